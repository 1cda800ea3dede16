"""Indicators stated in a 绩效自评报告's prose: ``1.产出指标全部完成,慰问对象120人,慰问标准300/人。``

A self-evaluation report describes how each 一级/二级指标 went in one sentence that starts with the
level's name and lists its 三级指标 as ``name value`` clauses. Such a sentence is read when it
starts (after its list number) with a level name of the national vocabulary; each clause whose
end is a figure with a unit (``120人``, ``300/人``, ``90%``, ``≥95%``) becomes an indicator with that
figure as its actual (实际完成值). Clauses without a figure (``全面完成指标任务``) are not indicators, nor
are the level's completion (``指标完成率100%``) and the bound it was held to (``低于…控制指标82起``).

A report also heads each level on a line of its own (``1.产出指标完成情况``, ``(1)数量指标。``) and lists its
三级指标 as ``name value`` clauses in the paragraphs below (``办理法律援助案件94件;调解各类纠纷数量1087件;``),
a paragraph of them possibly led by a 二级指标 (``数量指标:年度免费开放服务天360天,指标完成率100%;``). Those
are read where at least half the clauses end in a figure (a list, not a narrative naming a figure in
passing), up to the next heading or numbered item; a name stated twice there with two figures is left
out with a warning.

A project's 绩效目标 page states its targets the same way after a level name and a colon
(``社会效益:促进…,带动受益总人口200人;群众满意度:群众满意度达到95%以上``): read as targets when the
page's title says 绩效目标 (and never 自评), as actuals when it says 自评, and not at all otherwise.

A report names figures in its goal and completion clauses too (the last section below): targets after a level's goal
word (``投入目标:市级财政投入金额2000万元,财政资金到位率100%。产出目标:…``), after the targets' own heading run on
into them (``(二)绩效目标:道路硬化≥0.565km;…``), in the numbered items below the words announcing them
(``其具体绩效目标如下:`` / ``1、村支书年工资总额达到34406元、…``) and in a clause naming its figure the target
(``建成市级特色小镇20个左右的具体目标``); actuals in a part headed as the targets' completion (``(一)项目目标完成情况
1.…配备群测群防员95名,组织人员596人次``) and below an indicator's own numbered heading under a level's completion
(``1.产出指标完成情况分析。`` / ``(1)项目完成数量。`` / ``完成年度建设项目1个,新建300米深机井1座,…``). Any page's
forecast of a project's benefit (``预计直接或间接效益8万元,带动户数42``) states targets, and a scoring outline's
headings (``一、投入(14分)``) the weights of its parts. A figure a narrative names in passing, below none of these
(``已完成道路硬化4970平方米`` in a project's 概况, a 建设内容 list), is the sentence reader's stated figure, no
indicator.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from ingest.final_accounts.paragraphs import Paragraph, Paragraphs, as_paragraphs, build_paragraphs
from ingest.performance.levels import LEVEL1_NAMES, LEVEL2_PARENTS, is_level1, is_level2, level2_parent
from ingest.records import Indicator, ParseWarning
from ingest.text import CLAUSE_MARKS, Line, lines_holding, lines_with
from ingest.units import canonical_unit, is_physical
from ingest.vocabulary import (
    BOUND_SIGN_ALTERNATION,
    INDICATOR_UNITS,
    LIMIT_ALTERNATION,
    NEGATED_BOUND_WORDS,
    WRITTEN_DATE,
    YEAR,
    YEAR_NAMED,
    units_pattern,
)

# The sentence's start: list number, level name, then what was achieved.
START_RE = re.compile(
    r"^(?:\(?[0-9一二三四五六七八九十]{1,2}[.、)）]\s*)?(?P<level>[\u4e00-\u9fff]{2,12}?指标)"
    r"(?:全部|均已|已全部|基本)?(?:完成|达成|实现)(?:情况)?[,，:：。]"
)
# A level name and a colon inside a paragraph: 社会效益: / 满意度指标: / 群众满意度:
COLON_START_RE = re.compile(r"(?:^|[;；。])\s*(?P<level>[\u4e00-\u9fff]{0,6}(?:效益|满意度)(?:指标)?)[:：]")
# On a 绩效目标 page, an output level's whole name and a colon too (质量指标:…力争毕业生合格率达100%) — a
# cell of a 部门整体支出绩效目标申报表 whose targets are stated in a sentence; a level's whole name and its
# colon start a level wherever they stand (cells one per line join into one paragraph: …100%时效指标:…).
WHOLE_LEVEL_COLON = (
    r"(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|满意度)指标[:：]"
)
TARGET_COLON_START_RE = re.compile(
    rf"(?:(?:^|[;；。])\s*|(?={WHOLE_LEVEL_COLON}))"
    r"(?P<level>[\u4e00-\u9fff]{0,6}(?:效益|满意度)(?:指标)?|(?:数量|质量|时效|成本)指标)[:：]"
)
# A level's heading on a line of its own: its list number, the level's name and what is reported of it,
# then a full stop or a colon (``1.产出指标完成情况``, ``(1)数量指标。``, ``3、满意度指标完成情况分析:``); the text
# below it, up to the next heading or numbered item, states its indicators as ``name value`` clauses.
LIST_NUMBER = r"(?:\(?[0-9一二三四五六七八九十]{1,2}[.、)）]\s*)"
# The national framework's 二级 levels of 效益 and 满意度 are headed without their 指标 too, after a list number
# (``(1)经济效益。人均产粮增加290kg/人。``, ``(2)社会效益``, ``(3)满意度。``): the level's name all the same.
BARE_LEVEL2 = "(?:经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|满意度)"
LEVEL_HEADING_RE = re.compile(
    rf"^{LIST_NUMBER}?(?P<level>[\u4e00-\u9fff]{{2,12}}?指标|(?<=[.、)）\s]){BARE_LEVEL2})"
    r"(?P<done>(?:完成|达成|实现)情况(?:分析)?)?[。.:：]?$"
)
# What such a heading's line ends with (one scan of the document's compact lines, NUL between them).
LEVEL_HEADING_CANDIDATE_RE = re.compile(r"指标(?:(?:完成|达成|实现)情况(?:分析)?)?[。.:：]?(?![^\x00])")
DONE_HEADING_CANDIDATE_RE = re.compile(r"指标(?:完成|达成|实现)情况(?:分析)?[。.:：]?(?![^\x00])")
# A paragraph below a heading that starts with a level of its own (数量指标:年度免费开放服务天360天,…): its
# clauses are that level's.
LEVEL_LEAD_RE = re.compile(  # (matched at an offset: no ^)
    r"(?P<level>[\u4e00-\u9fff]{2,12}?指标)(?:(?:全部|均已|已全部|基本)?(?:完成|达成|实现)(?:情况)?)?[,，:：。]"
)
# The words pointing at the project before a level's name (该项目的效益指标, 本项目的产出指标): no part of the name.
DEICTIC_LEVEL_RE = re.compile(r"^[该本](?:项目|资金|单位)?的(?=[\u4e00-\u9fff]{2,}指标$)")
# A level's name and its colon (or full stop) where a clause starts inside a paragraph (``…已完成;质量指标:确保…``):
# a report's paragraph runs its levels on one after another, and each level's clauses are that level's.
INNER_LEAD_RE = re.compile(r"(?<=[;；。])\s*" + LEVEL_LEAD_RE.pattern)
# On a self-evaluation page, a level's numbered heading run on into its clauses on the same line, after its full
# stop or colon (``1.数量指标。该项目处治里程8公里,…标志标牌18块。``, ``(2)满意度指标:群众满意度96%``).
# Numbered only, and on a page its head names a report (:data:`REPORT_TITLE_RE`): a sheet's cell
# ``1.数量指标:全年举办展览12场`` may state the target.
# (or the outline's heading of all the levels, 绩效指标完成情况分析, run on into its clauses where the report names no
# level: ``(三)绩效指标完成情况分析。…项目验收合格率100%,…工作任务及时完成率≥90%,…`` — indicators of no level known)
RUN_ON_LEVEL_RE = re.compile(
    rf"^{LIST_NUMBER}(?P<level>[\u4e00-\u9fff]{{2,12}}?指标|{BARE_LEVEL2}(?=[。.:：]))"
    r"(?P<done>(?:完成|达成|实现)情况分析)?[。.:：]\s*(?=\S)"
)
# The name of all the levels together in the outline's heading (绩效指标, 项目绩效指标): no level of its own.
ALL_LEVELS_RE = re.compile(r"(?:项目)?绩效指标")
REPORT_TITLE_RE = re.compile(r"(?:自评|评价)报告")
# A paragraph that starts another part (a list number, a chapter heading): the heading's text ends before it.
PART_START_RE = re.compile(r"^\s*(?:\(?\s*[0-9一二三四五六七八九十]{1,3}\s*[.、)）]|第[一二三四五六七八九十]+部分)")
PARSER_NAME = "performance.narrative_indicators"
NAMED_TWICE_LEFT_OUT = (
    "an indicator named twice with two figures below one level's heading (two projects' or two years'): "
    "which figure is the indicator's the text does not say; left out"
)
NAME_UNCERTAIN_LEFT_OUT = (
    "a target stated in the template's words (目标值为, 指标值为) after a clause and a comma, below no level's "
    "heading: whether the clause is the indicator's name (名称:指标值为…) or words leading the sentence the text "
    "does not say; left out"
)
NUMBERED_RE = re.compile(LIST_NUMBER)
# The words naming who reports, alone before the template's words (本单位年初指标值为100%): no indicator's name.
SUBJECT_ALONE_RE = re.compile(r"^(?:本|该|我)(?:单位|项目|部门|局|院|校|中心|所|站|委|办)$")
SUBJECT_ALONE_LEFT_OUT = (
    "a target in the template's words glued to the words naming who reports (本单位年初指标值为…), no indicator's "
    "name: left out"
)
# The paragraphs read below a level's heading, at most.
HEADING_PARAGRAPHS = 3
CLAUSE_MARK = f"[{CLAUSE_MARKS}]"
CLAUSE_SPLIT_RE = re.compile(CLAUSE_MARK)
TITLE_LINES = 40
# What a line with a template placeholder after a name holds (``(≥**株)``).
PLACEHOLDER_CANDIDATE_RE = re.compile(r"\*\*[^)）*]{0,8}[)）]")
CANDIDATE_RE = re.compile(r"指标|效益|满意度")
# What a line START_RE matches holds (a level sentence: the level's name, then what was achieved
# and its comma or colon; never a heading such as ``(1)产出指标完成情况分析``).
SENTENCE_CANDIDATE_RE = re.compile(r"指标(?:全部|均已|已全部|基本)?(?:完成|达成|实现)(?:情况)?[,，:：。]")
# What a line holds in which START_RE or COLON_START_RE finds something: a level sentence, or a
# level's name straight before its colon (the rows of a 自评表 under a 自评 title are full of 指标,
# 效益 and 满意度 but never hold a level's name and a colon).
COLON_CANDIDATE_RE = re.compile(SENTENCE_CANDIDATE_RE.pattern + r"|(?:效益|满意度)(?:指标)?[:：]")
SELF_EVALUATION_CANDIDATE_RE = re.compile(
    COLON_CANDIDATE_RE.pattern + r"|指标(?:(?:完成|达成|实现)情况分析)?[。.:：](?=[^\x00])"  # (run on)
)
TARGET_CANDIDATE_RE = re.compile(COLON_CANDIDATE_RE.pattern + r"|(?:数量|质量|时效|成本)指标[:：]")
# A clause ending in a figure: the 三级指标 name, then the value with its unit (and its operator, in
# signs or words: 不超过300元; a count in 万: 25万人次; per mille: 0.0738‰). Units of dates (年, 月, 日) are
# none: 竣工于2021年 states when, not how much.
CLAUSE_UNITS = units_pattern(tuple(u for u in INDICATOR_UNITS if u not in ("年", "月", "日", "期", "百分比")))
# A physical quantity per unit (人均产粮增加290kg/人, 亩产450公斤/亩): a measure, the clause's value with both units —
# never money per unit (300元/人: a rate, no clause's value).
# (tried last, and only where a slash follows a unit's few characters: the parse's cost)
PER_UNIT = (
    r"(?=[^\d/]{1,4}/)"
    + units_pattern(tuple(u for u in INDICATOR_UNITS if is_physical(canonical_unit(u)))) + f"/{CLAUSE_UNITS}"
)
# The word closing a clause after its figure that says the standard is met (资助标准100%达标, 到位率100%达标): no part
# of the value.
MET = "(?:达标)?"
CLAUSE_RE = re.compile(
    # (达 links a name to a bare figure only: before an operator it ends the name's verb, 资金在规定时间下达≥90% —
    # but after a rate's 率 it is the link, 覆盖率达≥90%. A name holding 、 is none: 完整性、合规性100% may be two
    # indicators' or one's, 脱毒、健康种苗覆盖率 — the text does not say)
    r"^(?P<name>[\u4e00-\u9fff()（）]{2,16}?)"
    r"(?:(?:为|达到|达(?![≥≤≧≦><不])|(?<=率)达)[:：]?)?"
    r"(?P<value>(?:约为|约)?(?:≥|≤|≧|≦|>|<|不超过|不低于|不少于|不高于)?\d+(?:\.\d+)?"
    rf"(?:%|‰|/?万?{CLAUSE_UNITS}|[(（]万?{CLAUSE_UNITS}[)）]|{PER_UNIT})(?:{LIMIT_ALTERNATION})?){MET}$"
)
DIGIT_RE = re.compile(r"\d")
# The same with the name in quotes, as a template's cell printed it (``“接受孤儿助学项目资助的孤儿满意度”完成100%``):
# the quotes bound the name, so it may be longer and hold 的; what links it to its figure may be 完成 too.
QUOTED_CLAUSE_RE = re.compile(
    r"^[“\"](?P<name>[\u4e00-\u9fff()（）]{2,30})[”\"](?:完成|为|达到|达)?[:：]?"
    + CLAUSE_RE.pattern[CLAUSE_RE.pattern.index("(?P<value>") :]
)
# (约 before a value is printed as part of it: 约20000平方米, the raw value as printed, as the corpus records it)
# 已 (already) and a verb of completion ending in 成 (已新建成, 已完成, 已建成) before an indicator's name: what was
# done, no part of the name.
DONE = "已"
DONE_VERB_RE = re.compile(r"^已[\u4e00-\u9fff]{0,2}?成(?=[\u4e00-\u9fff]{2})")
# A clause that names no indicator of its own: the level's completion (指标完成率100%, 该项指标完成100%,
# 实际完成率约为100%, 目标完成度100%), a figure of the indicator named before it (我区实际完成值为100%), a target
# in the words of a plan (缴费人数年初任务数216786人: its figure is what was set, no actual), or the
# bound it was held to (低于市财政批复下达的控制指标82起, 高于控制指标32万元) — its figure is no indicator's actual.
# The words of a total before its figure (共4次, 累计4次, 全年共开展4次).
TOTAL_WORDS = r"(?:共|合计|总计|累计|全年共?)(?:计|开展|完成|举办|组织|召开)?"
NOT_INDICATOR_NAME_RE = re.compile(
    r"指标|(?:目标|实际|完成)值|(?:任务|目标|计划)数$|^(?:低于|高于|超过|超出|少于|多于|不足|不到|较|比|同比)"
    r"|^(?:实际|总体|整体|综合|项目|任务|目标)*完成(?:率|度|比例)$"
    rf"|^{TOTAL_WORDS}$"  # (累计4次: a total; its name said before)
)
# An indicator stated with its target and its actual: ``公共就业服务满意度，2022 年度目标值为≥95%，我区实际完成值为
# 100%`` — the name a clause of its own, then the target (目标值, 指标值: the national template's words for a
# target), then the actual (实际完成值, 实际值, 完成值: its words for an actual) in the same sentence, possibly after
# a clause that says how it was done (``设施质量合格率:指标值为“100%”,…均为合格产品,完成值为100%``). The target may
# be printed in quotes as the template's cell held it (``指标值为“约12000平方米”``, ``“2021年4月15日”``: read as
# printed); a target whose actual the sentence does not state (``超概算项目比例:指标值为“0%”,所有项目均未超概算,…``)
# is the target alone.
# (a rate per thing after its unit: 260元/辆)
FIGURE_VALUE = rf"(?:{BOUND_SIGN_ALTERNATION})?\s*\d+(?:\.\d+)?\s*(?:%|‰|/?万?{CLAUSE_UNITS}(?:/{CLAUSE_UNITS})?)?"
# A target's bound in words before its figure (年初指标值为不低于85%), and a target that is a date (年初指标值为2023年
# 12月底: when the project is to be done), read as printed.
TARGET_BOUND_WORDS = "(?:" + "|".join(NEGATED_BOUND_WORDS) + ")"
DATE_VALUE = rf"{WRITTEN_DATE}(?:底|末|前|之前|以前)?"
TARGET_WORDS = rf"(?:{YEAR_NAMED}度?)?(?:年度|年初|全年)?(?:目标值|指标值)(?:为|是)?[:：]?\s*"
# A plan's words for a target run on from the name with no separator (``全年缴费人数年初任务数216786人,全年完成值
# 201201人``): a time of the year, then 任务数 / 目标数 / 计划数 — or the template's 指标值 / 目标值 (``资助接受托养服务
# 人次数年初指标值为不低于105人,全年实际完成值116人``).
GLUED_TARGET_WORDS = r"(?:年度|年初|全年)(?:任务数|目标数|计划数|指标值|目标值)(?:为|是)?[:：]?\s*"
ACTUAL_WORDS = r"[\u4e00-\u9fff]{0,4}?(?:实际完成值|实际值|完成值)(?:为|是|达到)?[:：]?\s*"
TARGET_VALUES = (
    r"(?:[“\"](?P<quoted>[^“”\",，;；。]{0,16}\d[^“”\",，;；。]{0,16})[”\"]"
    + rf"|(?P<target>(?:约为|约)?(?:{TARGET_BOUND_WORDS}\s*)?(?:{DATE_VALUE}|{FIGURE_VALUE})))\s*(?={CLAUSE_MARK}|$)"
    # (the actual: after the target's comma and at most one clause without a figure, in the same sentence)
    + r"(?:[,，;；]\s*(?:[^,，;；。:：\d“”]{1,40}[,，]\s*)?" + ACTUAL_WORDS
    + rf"(?P<actual>(?:约为|约)?{FIGURE_VALUE})\s*(?={CLAUSE_MARK}|$))?"
)
TARGET_ACTUAL = r"\s*(?P<name>[\u4e00-\u9fff()（）]{2,20})\s*(?P<sep>[,，:：])\s*" + TARGET_WORDS + TARGET_VALUES
# (the same with the plan's words glued to the name: tried only in a paragraph holding one of PLAN_LITERALS; a glued
# name may be longer, its end told by the words: 有需求的困难残疾人得到残疾人基本康复服务比例年初指标值为…)
GLUED_TARGET_ACTUAL_RE = re.compile(
    rf"(?:^|(?<={CLAUSE_MARK}))" + r"\s*(?P<glued>[\u4e00-\u9fff()（）]{2,30}?)" + GLUED_TARGET_WORDS + TARGET_VALUES
)
GLUED_TEMPLATE_LITERALS = ("年初指标值", "年度指标值", "全年指标值", "年初目标值", "年度目标值", "全年目标值")
PLAN_LITERALS = ("任务数", "目标数", "计划数", *GLUED_TEMPLATE_LITERALS)
TARGET_ACTUAL_RE = re.compile(rf"(?:^|(?<={CLAUSE_MARK}))" + TARGET_ACTUAL)
# Each pattern of a sentence stating a target (and its actual), with the literals a paragraph holding one holds.
TARGET_SENTENCES = ((TARGET_ACTUAL_RE, ("目标值", "指标值")), (GLUED_TARGET_ACTUAL_RE, PLAN_LITERALS))
# The same from where a clause or a line of a paragraph starts (matched at its offset).
TARGET_ACTUAL_AT_RE = re.compile(TARGET_ACTUAL)
CLAUSE_START_RE = re.compile(CLAUSE_MARK)
# How far a target's form word (its 标值) stands after its name's start, at most: the name (20), the separator and
# the year's words (2022 年度), with spaces.
TARGET_NAME_REACH = 48
# What a paragraph holding such a sentence holds (looked for before the pattern; from a literal, 标值 of 目标值 and
# 指标值: one fast search of the document's text, where an alternation would try every character).
TARGET_WORD_RE = re.compile(r"标值(?:为|是)?[:：]?\s*[“\"\d≥≤≧≦><=约不]")


# A clause that ends in a figure (火案查处率100%, 低于控制指标0.8262个千分点): the text under a level's heading
# (or after its full stop) is read only where at least half its clauses do — a list of ``name value``
# clauses, not a narrative that names a figure in passing (年内已完成项目产出指标,…。已完成建设工程32.63公里,
# 我们局已组织相关技术人员…进行验收: a figure the sentence reader reads as stated).
FIGURE_CLAUSE_RE = re.compile(
    rf"\d(?:[%‰]|个[百千]分点|/?万?{CLAUSE_UNITS}|[(（]万?{CLAUSE_UNITS}[)）]|{PER_UNIT})"
    rf"(?:{LIMIT_ALTERNATION})?{MET}$"
)
# The characters of a clause's end looked at for its figure (the longest unit and bound words fit).
CLAUSE_TAIL = 12


def _lists_figures(text: str, parts: list[str] | None = None) -> bool:
    """Whether at least half of the clauses of ``text`` (split into ``parts`` by :data:`CLAUSE_SPLIT_RE`,
    if given) end in a figure (:data:`FIGURE_CLAUSE_RE`, tried on each clause's last characters only)."""
    tails = [
        tail for part in (CLAUSE_SPLIT_RE.split(text) if parts is None else parts)
        if (tail := "".join(part[-CLAUSE_TAIL:].split()))
    ]
    return 2 * sum(1 for tail in tails if FIGURE_CLAUSE_RE.search(tail)) >= len(tails) > 0


def _levels(level: str) -> tuple[str | None, str | None] | None:
    """(一级, 二级) of a level name as printed (社会效益 is the 二级 社会效益指标); None: no level."""
    name = level if level.endswith("指标") else level + "指标"
    if is_level1(name):
        return name, None
    if is_level2(name):
        return level2_parent(name), name
    return None


def _is_report(lines: list[Line]) -> bool:
    """Whether a page's head names it a self-evaluation's report (绩效自评报告, 绩效评价报告), not its table."""
    # (one search of the head's lines joined: the title's words never hold a line break)
    return REPORT_TITLE_RE.search("\n".join(line.compact for line in lines[:TITLE_LINES])) is not None


def _vocabulary_levels(level: str) -> tuple[str | None, str | None] | None:
    """:func:`_levels` of a level's name exactly as the national vocabulary spells it (数量指标, 社会效益指标), or of
    a 一级's word run on into one of its 二级s' names (产出数量指标: 产出指标's 数量指标); None for any other (二是效益
    指标: a clause's words before a level's name)."""
    if level in LEVEL1_NAMES or level in LEVEL2_PARENTS:
        return _levels(level)
    return RUN_TOGETHER_LEVELS.get(level)


def _heading_levels(level: str) -> tuple[str | None, str | None] | None:
    """:func:`_vocabulary_levels` of a level's numbered heading (:data:`RUN_ON_LEVEL_RE`), where a 二级 of 效益 or
    满意度 may be printed without its 指标 (``(1)经济效益。``: :data:`BARE_LEVEL2`) — an indicator's name led by its
    colon (``服务对象满意度:…``) names no level."""
    return _levels(level) if BARE_LEVEL2_RE.fullmatch(level) else _vocabulary_levels(level)


BARE_LEVEL2_RE = re.compile(BARE_LEVEL2)
# A 一级指标's word run on into the name of one of its 二级指标 (产出数量指标, 产出成本指标): both levels.
RUN_TOGETHER_LEVELS: dict[str, tuple[str | None, str | None]] = {
    parent[: -len("指标")] + name: (parent, name) for name, parent in LEVEL2_PARENTS.items()
    if parent != name and not name.startswith(parent[: -len("指标")])
}


# A clause naming what was actually done (当年实际完成使用, 实际支出) rather than an indicator.
ACTUAL_CLAUSE_RE = re.compile(r"^(?:当年|全年|年度|本年)?实际")


def _colon_stage(lines: list[Line]) -> str | None:
    head = "".join(line.compact for line in lines[:TITLE_LINES])
    if "自评" in head:
        return "self_evaluation"
    return "target" if "绩效目标" in head else None


def _indicators(text: str, levels: tuple[str | None, str | None], stage: str, line: Line) -> list[Indicator]:
    clauses = _clauses(text)
    if stage != "self_evaluation" or len(clauses) < 2:
        return [_indicator(levels, name, value, stage, line) for _, name, value in clauses]
    # what was done, stated after what was set: ``…使用率达100%,当年实际完成使用38.8万元,使用率100%`` — the
    # indicator named again by its name's end (使用率) states its actual, the first its target; a clause of what
    # was actually done (实际完成使用) between them names no indicator of its own
    out: list[Indicator] = []
    restated: set[int] = set()
    for index, (_, name, value) in enumerate(clauses):
        if index in restated:
            continue
        later = next((
            other for other in range(index + 1, len(clauses))
            if other not in restated and len(clauses[other][1]) >= 2 and name != clauses[other][1]
            and name.endswith(clauses[other][1])
            and all(ACTUAL_CLAUSE_RE.match(clauses[between][1]) for between in range(index + 1, other))
        ), None)
        if later is None:
            if not (out and ACTUAL_CLAUSE_RE.match(name)):
                out.append(_indicator(levels, name, value, stage, line))
            continue
        restated.update(range(index + 1, later + 1))
        indicator = _indicator(levels, name, clauses[later][2], stage, line)
        indicator.__dict__.update(target_raw=value)
        out.append(indicator)
    return out


def _clauses(text: str, parts: list[str] | None = None) -> list[tuple[int, str, str]]:
    """(offset of its value, name, value) of each clause of ``text`` (split into ``parts``, if given) that is
    an indicator's name and its figure."""
    out = []
    offset = 0
    for clause in CLAUSE_SPLIT_RE.split(text) if parts is None else parts:
        compact = "".join(clause.split())
        # (both patterns' value holds a digit: a clause without one, which each would try at every length of its
        # lazy name, is not matched)
        found = (CLAUSE_RE.match(compact) or (QUOTED_CLAUSE_RE.match(compact) if compact[:1] in "“\"" else None)) if (
            DIGIT_RE.search(compact) is not None) else None
        if found and not NOT_INDICATOR_NAME_RE.search(found.group("name")):
            out.append((offset + _raw_offset(clause, found.start("value")), found.group("name"), found.group("value")))
        offset += len(clause) + 1
    return out


def _raw_offset(raw: str, compact_offset: int) -> int:
    """The offset in ``raw`` of the character at ``compact_offset`` of ``raw`` without its whitespace."""
    seen = 0
    for index, char in enumerate(raw):
        if not char.isspace():
            if seen == compact_offset:
                return index
            seen += 1
    return len(raw)


def _indicator(
    levels: tuple[str | None, str | None], name: str, value: str, stage: str, line: Line, page: int | None = None
) -> Indicator:
    """A department-wide indicator stated in a sentence: its value a target, or an actual where the page
    evaluates (自评)."""
    target = stage == "target"
    name = DONE_VERB_RE.sub("", name, count=1) if name.startswith(DONE) else name  # 已新建成冷藏库: the thing built
    return Indicator(
        project_key=None,
        stage=stage,
        level1_name=levels[0],
        level2_name=levels[1],
        level3_name=name,
        target_raw=value if target else None,
        actual_raw=value if not target else None,
        source_line=line.number,
        source_page=line.page if page is None else page,
    )


# The national template's placeholder after an indicator's name, then its value (a 绩效目标 notice's
# sentences: ``黄金蜜(葡萄)种植数量(≥**株)>=17600株;``): the name back to the clause's start.
PLACEHOLDER_RE = re.compile(
    r"(?P<name>[^,，;；:：。、★\s][^,，;；:：。★\s]{1,29}?)[(（]"
    r"(?:" + BOUND_SIGN_ALTERNATION + r")?\*\*[^)）*]{0,8}[)）]"  # (≥**株, ≧**株: the vocabulary's signs)
    # (a number and its unit with spaces between, as a PDF prints them: ≥80 万元, >=100 %)
    rf"(?P<value>[^,，;；。(（)）\s]{{0,15}}\d\s+(?:%|{units_pattern(INDICATOR_UNITS)})(?![\u4e00-\u9fff])"
    r"|[^,，;；。(（)）\s]{1,16})"
)
NOTE_DASHES = ("—", "-", "－", "–")
# A level named in such a sentence, as 指标 or as 目标 (社会效益目标:): the rows after it are its.
PLACEHOLDER_LEVEL_RE = re.compile(
    r"(?:服务对象满意度|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响)(?:指标|目标)"
)


def _placeholder_indicators(line: Line, stage: str) -> list[Indicator]:
    """The indicators of a line whose names are each followed by the template's placeholder and then
    the value set (:data:`PLACEHOLDER_RE`), under the level named last before each."""
    text = line.norm
    levels_at = [(m.start(), m.group().replace("目标", "指标")) for m in PLACEHOLDER_LEVEL_RE.finditer(text)]
    out = []
    for found in PLACEHOLDER_RE.finditer(text):
        value = "".join(found.group("value").split())
        if not any(ch.isdigit() for ch in value) or value.startswith(NOTE_DASHES):
            continue  # (标准(<**元/户·年)——一户年最高5300元: a note on the name after its dash, no value set)
        named = [level for start, level in levels_at if start < found.start()]
        levels = _levels(named[-1]) if named else None
        out.append(_indicator(levels or (None, None), found.group("name"), value, stage, line))
    return out


# A heading saying a level's targets were issued (2.效益指标下达情况, (二)绩效目标下达情况): targets follow.
ISSUED_HEADING_RE = re.compile(r"(?:指标|目标)下达(?:情况)?[。.:：]?$")
ISSUED_LOOKBACK = 8  # (blank lines: a page re-printed with a blank line after each doubles them)
# A line that states a level's issued targets (数量指标:甘蔗良种推广1.8万亩;…): the next level's below it is issued too.
ISSUED_LEVEL_LINE_RE = re.compile(rf"^{LIST_NUMBER}?{WHOLE_LEVEL_COLON}")
ISSUED_LEVEL_LINES = 4


def _below_issued_heading(lines: list[Line], index: int) -> bool:
    """Whether the last non-blank line before ``lines[index]`` (within a few) is a heading saying targets were
    issued (:data:`ISSUED_HEADING_RE`), or a level's issued targets below such a heading (a level's whole name and
    its colon, :data:`ISSUED_LEVEL_LINE_RE`: the heading's levels one paragraph each)."""
    levels = 0
    back = index - 1
    blank = 0
    while back >= 0 and blank < ISSUED_LOOKBACK:
        compact = lines[back].compact
        back -= 1
        if not compact:
            blank += 1
            continue
        if ISSUED_HEADING_RE.search(compact) is not None:
            return True
        if levels >= ISSUED_LEVEL_LINES or ISSUED_LEVEL_LINE_RE.match(compact) is None:
            return False
        levels += 1
        blank = 0
    return False


# The heading of a part that states a project's targets (``(二)、项目绩效目标设定情况``, ``(二)项目绩效目标``,
# ``2.年度目标``): the level lines below it (``质量指标:项目(工程)验收合格率100%``) state targets, even on a
# self-evaluation's page. A heading that says how they went (绩效目标完成情况, 自评, 实现) is none.
TARGET_PART_HEADING_RE = re.compile(
    r"^(?:[(（]?[0-9一二三四五六七八九十]{1,2}[.、)）]+\s*)?[\u4e00-\u9fff]{0,10}?"
    r"(?:绩效目标|目标设定|年度目标)(?:设定|申报|分解)?(?:情况)?[。.:：]?$"
)
NOT_TARGET_PART_RE = re.compile(r"完成|自评|实现|评价|下达")
# A heading of the outline's own rank (一、 / (一)): the part it starts is another (a target part ends there).
OUTLINE_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）])")
# What such a heading starts with, and a word every target part's heading (and every level heading) holds: the
# lines above a candidate that start otherwise, or hold no such word, are not matched against the patterns.
OUTLINE_FIRST = "一二三四五六七八九十(（"
LIST_FIRST = "0123456789一二三四五六七八九十(（"  # (what a list number starts with)
TARGET_WORD, LEVEL_WORD = "目标", "指标"
TARGET_PART_LOOKBACK = 12  # (non-blank lines: the part's levels, their headings and their lines)


def _in_target_part(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` stands in a part headed as the project's targets (:data:`TARGET_PART_HEADING_RE`),
    within a few lines below its heading and before any other heading of the outline's rank."""
    for compact in _lines_above(lines, index):
        if TARGET_WORD in compact and TARGET_PART_HEADING_RE.match(compact) is not None:
            return NOT_TARGET_PART_RE.search(compact) is None
        if compact[0] in OUTLINE_FIRST and OUTLINE_HEADING_RE.match(compact) is not None:
            return False
    return False


def _below_done_heading(lines: list[Line], index: int) -> bool:
    """Whether ``lines[index]`` stands below a heading that says a level was done (:data:`LEVEL_HEADING_RE` with its
    完成情况), within a few lines and before any heading of the outline's rank."""
    for compact in _lines_above(lines, index):
        heading = LEVEL_HEADING_RE.match(compact) if LEVEL_WORD in compact else None
        if heading is not None and heading.group("done") is not None:
            return True
        if compact[0] in OUTLINE_FIRST and OUTLINE_HEADING_RE.match(compact) is not None:
            return False
    return False


def _below_level_done_headings(lines: list[Line], heading_lines: list[int]) -> list[int]:
    """The numbered lines (a list number's first character) a few non-blank lines below each of ``heading_lines`` that
    heads one level's completion (``1.产出指标完成情况分析``), before the next heading of the outline's rank or the
    next heading of a level's completion (the lines whose nearest such heading names a level: not
    ``(三)绩效指标完成情况分析``, all the levels together on a 绩效 page that may state no actuals)."""
    out: dict[int, None] = {}
    for index in heading_lines:
        compact = lines[index].compact
        heading = LEVEL_HEADING_RE.match(compact) if "情况" in compact else None  # (完成情况: a cheap test first)
        if heading is None or heading.group("done") is None or _vocabulary_levels(heading.group("level")) is None:
            continue
        seen = 0
        for following in range(index + 1, len(lines)):
            compact = lines[following].compact
            if not compact:
                continue
            seen += 1
            if seen > TARGET_PART_LOOKBACK or (compact[0] in OUTLINE_FIRST and OUTLINE_HEADING_RE.match(compact)):
                break
            if compact[0] in LIST_FIRST:
                if LEVEL_WORD in compact and (done := LEVEL_HEADING_RE.match(compact)) and done.group("done"):
                    break  # (the next level's completion: its own lines)
                out[following] = None
    return sorted(out)


def _lines_above(lines: list[Line], index: int) -> Iterator[str]:
    """The compact texts of the non-blank lines above ``lines[index]``, nearest first, at most
    :data:`TARGET_PART_LOOKBACK` of them: where a part's heading is looked for."""
    seen = 0
    for back in range(index - 1, -1, -1):
        if seen == TARGET_PART_LOOKBACK:
            return
        compact = lines[back].compact
        if compact:
            seen += 1
            yield compact


# A satisfaction stated at a narrative sentence's clause (``…社会效益均较显著,受益群众满意度100%。``,
# ``受益人口满意度为98%。``): its own clause's words before the figure its name, the figure a rate closing the
# clause (a delimiter follows: a table's cell has none). Read on a report only, in a part whose heading tells the stage.
SATISFACTION_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[,，;；。.]))(?P<name>[\u4e00-\u9fff“”\"()（）]{0,14}?[\u4e00-\u9fff]满意度)"
    r"(?:为|达到|达|是)?(?P<value>(?:" + BOUND_SIGN_ALTERNATION + r")?\d{1,3}(?:\.\d+)?%)(?=[,，;；。.])"
)
# A heading of the outline's rank that says how the targets went (（二）绩效目标完成情况分析): actuals below it.
DONE_PART_RE = re.compile(r"完成情况|实现情况|完成程度")
# A numbered heading of the targets and how they went (4.主要绩效目标及完成情况, 2、绩效目标完成情况): a part of
# its own.
DONE_TARGETS_PART_RE = re.compile(
    rf"^{LIST_NUMBER}[\u4e00-\u9fff]{{0,8}}目标[\u4e00-\u9fff]{{0,3}}(?:完成|实现)情况[。.:：]?$"
)


def _part_stage(lines: list[Line], index: int) -> str | None:
    """The stage stated by the part ``lines[index]`` stands in: ``target`` below a heading of the project's targets
    (:data:`TARGET_PART_HEADING_RE`), ``self_evaluation`` below an outline heading that says how they went
    (:data:`DONE_PART_RE`), None where the nearest heading tells neither or none is near."""
    for compact in _lines_above(lines, index):
        aimed = TARGET_WORD in compact  # (both headings of targets hold the word)
        if aimed and TARGET_PART_HEADING_RE.match(compact) is not None:
            return "target" if NOT_TARGET_PART_RE.search(compact) is None else (
                "self_evaluation" if DONE_PART_RE.search(compact) else None)
        if (compact[0] in OUTLINE_FIRST and OUTLINE_HEADING_RE.match(compact) is not None) or (
            aimed and DONE_TARGETS_PART_RE.match(compact) is not None
        ):
            return "self_evaluation" if DONE_PART_RE.search(compact) else None
    return None


def _satisfaction_clauses(
    lines: list[Line], wrapped: _ParagraphTails, read: list[Indicator | ParseWarning], stages: set[str]
) -> list[Indicator]:
    """The satisfactions stated at a clause of a narrative sentence (:data:`SATISFACTION_CLAUSE_RE`), each at the
    line its name starts on (a sentence hard-wrapped over lines is read whole, once), at the stage the part's heading
    tells (:func:`_part_stage`; none where it tells none); a name another reader read at that line is not read
    twice, a paragraph another reader read is not read again."""
    out: list[Indicator] = []
    known = {(item.level3_name, item.source_line) for item in read if isinstance(item, Indicator)}
    for line, paragraph, kept, found, stage in _staged_clauses(
        lines, wrapped, ("满意", "意度"), SATISFACTION_CLAUSE_RE, stages
    ):
        for match in found:
            name = match.group("name")
            at = line.at(paragraph.line_at(kept[match.start("name")]))
            if "指标" in name or (name, at.number) in known:
                continue
            out.append(_indicator(_levels("服务对象满意度") or (None, None), name, match.group("value"), stage, at))
    return out


# A clause listing what was done with ``、`` (``其中:完成超限车辆电子抓拍监控设施点7个、
# 支持普通国省道升级改造11.94公里、支持普通国省道桥涵标维护5座。``): after its 完成, every item the words of a thing
# and a figure with a unit closing it
# (no money: a 其中 list of funds is none), two items at least; each item an indicator named by its own words.
LIST_ITEM = r"[^、,，;；。:：.\d]{2,30}?\d+(?:\.\d+)?(?:(?!万元|亿元|元)" + CLAUSE_UNITS + r")"
DONE_LIST_RE = re.compile(
    r"(?:^|(?<=[,，;；。:：]))完成(?P<items>" + LIST_ITEM + r"(?:、" + LIST_ITEM + r")+)" + f"(?={CLAUSE_MARK})"
)
LIST_ITEM_RE = re.compile(r"(?P<name>[^、,，;；。:：.\d]{2,30}?)(?P<value>\d+(?:\.\d+)?" + CLAUSE_UNITS + r")")


def _done_list_indicators(
    lines: list[Line], wrapped: _ParagraphTails, read: list[Indicator | ParseWarning], stages: set[str]
) -> list[Indicator]:
    """The items of each clause of a narrative sentence listing what was done (:data:`DONE_LIST_RE`), at the stage
    the part's heading tells (:func:`_part_stage`; none where it tells none), each at the line its name starts on; a
    paragraph another reader read is not read again, a name read at that line not twice."""
    out: list[Indicator] = []
    known = {(item.level3_name, item.source_line) for item in read if isinstance(item, Indicator)}
    for line, paragraph, kept, found, stage in _staged_clauses(
        lines, wrapped, ("完成",), DONE_LIST_RE, stages, also="、"
    ):
        for match in found:
            offset = match.start("items")
            for item in match.group("items").split("、"):
                parts = LIST_ITEM_RE.fullmatch(item)
                if parts is not None and "指标" not in parts.group("name"):
                    at = line.at(paragraph.line_at(kept[offset]))
                    if (parts.group("name"), at.number) not in known:
                        out.append(_indicator((None, None), parts.group("name"), parts.group("value"), stage, at))
                offset += len(item) + 1
    return out


def _index_of(lines: list[Line], number: int) -> int:
    """The index in ``lines`` of the line numbered ``number``."""
    return bisect_right(lines, number, key=lambda line: line.number) - 1


def read_narrative_indicators(
    lines: list[Line], paragraphs: Sequence[Paragraph] | None = None
) -> list[Indicator | ParseWarning]:
    """The indicators of every level sentence of ``lines`` (see the module docstring); a sentence
    wrapped over lines is read on to the end of its paragraph (``paragraphs``, the document's; made
    from ``lines`` when not given), and read once."""
    out: list[Indicator | ParseWarning] = []
    colon_stage = _colon_stage(lines)
    wrapped = _ParagraphTails(paragraphs if paragraphs is not None else None, lines)
    # the lines that can hold a level sentence (or, on a 绩效目标/自评 page, a level and a colon):
    # one scan of the document's compact text finds every line whose normalised text can
    # (whitespace never joins words), then each is checked as printed
    candidates = {None: SENTENCE_CANDIDATE_RE, "target": TARGET_CANDIDATE_RE}.get(
        colon_stage, SELF_EVALUATION_CANDIDATE_RE)
    colon_start = TARGET_COLON_START_RE if colon_stage == "target" else COLON_START_RE
    # (a self-evaluation report states what was done: its numbered level heading run on into clauses gives actuals —
    # a 自评表's cell may state the year's targets so)
    is_report = _is_report(lines)
    report = colon_stage == "self_evaluation" and is_report
    placeholders = set(lines_with(lines, PLACEHOLDER_CANDIDATE_RE, "compact")) if colon_stage is not None else set()
    for index in sorted(placeholders):
        out.extend(_placeholder_indicators(lines[index], colon_stage or "target"))
    # (a heading that only names a level is read on a self-evaluation page only: elsewhere the lines
    # looked at are those that say the level was done)
    headings = LEVEL_HEADING_CANDIDATE_RE if colon_stage == "self_evaluation" else DONE_HEADING_CANDIDATE_RE
    stated: set[int] = set()  # the paragraphs whose target sentences a level's heading led
    # (a part of targets heading its levels on lines of their own: its own reader's, each level's clauses below it —
    # on a performance page, its head naming a 自评, its 绩效目标 or a report)
    blocks = _own_line_level_blocks(
        lines, lambda index: _part_stage(lines, index) or (colon_stage if colon_stage == "target" else None)
    ) if colon_stage is not None or is_report else []
    in_blocks: set[int] = set()
    for run in blocks:
        out.extend(_own_line_level_targets(lines, run))
        taken = {i for heading in run for i in (heading, *_block_lines(lines, heading))}
        in_blocks.update(run)
        wrapped.take([lines[i] for i in sorted(taken)])
    heading_lines = [i for i in lines_with(lines, headings, "compact") if i not in in_blocks]
    for index in heading_lines:
        out.extend(_under_heading(lines[index], colon_stage, wrapped, stated,
                                  lambda index=index: _in_target_part(lines, index)))
    if colon_stage != "self_evaluation" and heading_lines:
        # (a heading that only names a level, below one that says its level was done — 1.产出指标完成情况分析, then
        # (2)质量指标 — states what was done on any page: the part is the level's completion)
        done = set(heading_lines)
        for index in lines_with(lines, LEVEL_HEADING_CANDIDATE_RE, "compact"):
            if index not in done and _below_done_heading(lines, index):
                out.extend(_under_heading(lines[index], "self_evaluation", wrapped, stated))
    # (a level's numbered heading run on into its clauses, below a heading that says its level was done —
    # 1.产出指标完成情况分析。 / (1)数量指标。完成治理水土流失面积1429.39hm,其中坡改梯25.26hm,… — states what was
    # done on any page, as the heading alone does: the national outline of a 转移支付 self-evaluation, whose copy
    # may lose its title; so does a 二级 of 效益 or 满意度 headed without its 指标 on a line of its own, (1)经济效益.
    # The lines looked at: those a few lines below such a heading only, no scan of the whole page)
    for index in _below_level_done_headings(lines, heading_lines):
        if index in in_blocks:
            continue
        compact = lines[index].compact
        run_on = RUN_ON_LEVEL_RE.match(compact)
        if run_on is None:
            heading = LEVEL_HEADING_RE.match(compact)
            if heading is not None and BARE_LEVEL2_RE.fullmatch(heading.group("level")):
                out.extend(_under_heading(lines[index], "self_evaluation", wrapped, stated))
            continue
        levels = _heading_levels(run_on.group("level"))
        text = wrapped.tail(lines[index]) if levels is not None else None
        if levels is None or text is None or (run_on := RUN_ON_LEVEL_RE.match(text)) is None:
            continue
        out.extend(_run_on_indicators(text, run_on.end(), levels, lines[index], wrapped.lines_of(lines[index]),
                                      wrapped.position(lines[index]), stated))
    for index in lines_holding(lines, ("完成的绩效目标", "完成的目标"), "compact"):
        if DONE_TARGETS_HEADING_RE.match(lines[index].compact) is not None:  # (未完成的绩效目标: none)
            out.extend(_done_targets(lines[index], wrapped))
    for line_index in lines_with(lines, candidates, "compact"):
        if line_index in placeholders:
            continue
        line = lines[line_index]
        if not CANDIDATE_RE.search(line.norm):
            continue
        text = wrapped.tail(line)
        if text is None:
            continue  # a line of a sentence read from an earlier line
        match = START_RE.match(text)
        if match:
            levels = _levels(match.group("level"))
            # (a level's name and its full stop, a heading run on into its text: its clauses a list)
            if levels is not None and (not text[: match.end()].endswith("。") or _lists_figures(text[match.end() :])):
                out.extend(_indicators(text[match.end() :], levels, "self_evaluation", line))
            continue
        if report and (run_on := RUN_ON_LEVEL_RE.match(text)):
            levels = _heading_levels(run_on.group("level"))
            if levels is None and run_on.group("done") and ALL_LEVELS_RE.fullmatch(run_on.group("level")):
                levels = (None, None)  # 绩效指标完成情况分析。…: every level's clauses, the levels not named
            if levels is not None:
                out.extend(_run_on_indicators(text, run_on.end(), levels, line, wrapped.lines_of(line),
                                              wrapped.position(line), stated))
                continue
        if colon_stage is None:
            continue
        # (below a heading that says the level's targets were issued, 2.效益指标下达情况, a 自评 page states
        # targets: every level's whole name and its colon start its targets there, 数量指标:甘蔗良种推广1.8万亩, as
        # on a 绩效目标 page)
        issued = colon_stage == "self_evaluation" and _below_issued_heading(lines, line_index)
        # (in a part headed as the project's targets, 项目绩效目标设定情况, the same: each figure at the line it is
        # printed on — the part's level lines may join into one paragraph)
        line_at = (
            wrapped.lines_of(line)
            if colon_stage == "self_evaluation" and not issued and _in_target_part(lines, line_index) else None
        )
        issued = issued or line_at is not None
        if not issued and colon_stage != "target" and "效益" not in text and "满意度" not in text:
            continue
        starts = list((TARGET_COLON_START_RE if issued else colon_start).finditer(text))
        stage = "target" if issued else colon_stage
        if stage == "target" and _part_stage(lines, line_index) == "self_evaluation":
            stage = "self_evaluation"  # (4.主要绩效目标及完成情况: a part saying how the targets went, on any page)
        for index, start in enumerate(starts):
            levels = _levels(start.group("level"))
            if levels is not None:
                end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
                if line_at is None:
                    # (a level that opens a printed line of its own has its clauses at that line: a hard-wrapped
                    # page joins its level lines into one paragraph; a level inside a wrapped line, the sentence's)
                    at, level_at = wrapped.lines_of(line), start.start("level")
                    own = at is not None and level_at > 0 and at(level_at - 1) != at(level_at)
                    out.extend(_indicators(text[start.end() : end], levels, stage,
                                           line.at(at(level_at)) if at is not None and own else line))
                    continue
                for offset, name, value in _clauses(text[start.end() : end]):
                    out.append(_indicator(levels, name, value, stage, line.at(line_at(start.end() + offset))))
    out.extend(_stated_targets(wrapped, lines, "self_evaluation" if colon_stage == "self_evaluation" else "target",
                               stated))
    if is_report:  # (a report's sentence of its targets: a notice's intro restates its table)
        out.extend(_target_sentences_read(wrapped, lines))
    # (a report states what was done and its targets; a page of a project's targets, its targets only; a 自评表's
    # cells may state the year's targets in a sentence: none read there)
    if is_report or colon_stage == "target":
        stages = {"target", "self_evaluation"} if is_report else {"target"}
        out.extend(_satisfaction_clauses(lines, wrapped, out, stages))
        out.extend(_done_list_indicators(lines, wrapped, out, stages))
    if lines:
        known = _Read([item for item in out if isinstance(item, Indicator)])
        if is_report:  # (a report's goal and completion parts: a notice's or a table's words restate its cells)
            out.extend(_goal_targets(wrapped, lines, known))
            out.extend(_done_part_actuals(wrapped, lines, known))
        out.extend(_forecast_targets(wrapped, lines, known))
        if is_report or colon_stage == "self_evaluation":  # (an evaluation's scoring: a 决算's outline scores none)
            out.extend(_scored_headings(lines))
    return out


def _under_heading(
    line: Line, colon_stage: str | None, wrapped: _ParagraphTails, stated: set[int],
    in_target_part: Callable[[], bool] | None = None,
) -> list[Indicator | ParseWarning]:
    """The indicators stated below a level's heading (:data:`LEVEL_HEADING_RE`): the clauses of the rest of
    its paragraph and of the text paragraphs after it, up to the next heading or numbered item, each
    at the line its clause starts on. A heading that only names a level (``(1)数量指标。``) is read on a
    self-evaluation page only (one that says 自评 at its top); one that says the level was done
    (``产出指标完成情况``) on any page (a report's ``(二)绩效目标完成情况`` makes :func:`_colon_stage` take
    it for a 绩效目标 page)."""
    heading = LEVEL_HEADING_RE.match(line.compact)
    if heading is None or (heading.group("done") is None and colon_stage != "self_evaluation"):
        return []
    parent = _levels(heading.group("level"))
    if parent is None:
        return []
    # (a heading that only names a level, in a part headed as the project's targets: its clauses state targets)
    stage = (
        "target" if heading.group("done") is None and in_target_part is not None and in_target_part()
        else "self_evaluation"
    )
    out: list[Indicator] = []
    context: dict[str, str] = {}  # each name's clause, for a warning
    # (the first sentence alone is read in the paragraph right below a numbered heading only: a level's name in a
    # table's cell, 满意度指标, heads no paragraph)
    numbered = NUMBERED_RE.match(line.compact) is not None
    below = wrapped.below(line, HEADING_PARAGRAPHS)
    if not below and heading.group("done") is not None:  # (its indicators' numbered headings below it)
        out.extend(_sub_headed(line, parent, wrapped))
    for order, (paragraph, start) in enumerate(below):
        text = paragraph.text
        levels = parent
        lead = LEVEL_LEAD_RE.match(text, start)
        if lead is not None:
            levels = _levels(DEICTIC_LEVEL_RE.sub("", lead.group("level"), count=1)) or parent
            start = lead.end()
        for pattern, literals in TARGET_SENTENCES:
            if any(word in text for word in literals):  # (literals looked for before the pattern)
                stated.add(paragraph.line_numbers[0])
                out.extend(_target_and_actual(found, start, levels, paragraph, line)
                           for found in pattern.finditer(text[start:]))
        # (a paragraph that starts with a level's name and its colon may run on into the next level's)
        segments = _level_segments(text, start, levels) if lead is not None else [(levels, start, len(text))]
        for segment_levels, segment_start, segment_end in segments:
            # (a paragraph led by an indicator's name and its colon: its one figure is that indicator's)
            listed = _named_lead_clauses(text, start, segment_end) if lead is None and segment_start == start else []
            if not listed:
                listed = _listed_clauses(text, segment_start, segment_end)
            if not listed and numbered and order == 0 and segment_start == start:
                listed = _first_sentence_clauses(text, segment_start, segment_end)
            for name, value, at, actual in _paired(text, listed):
                number = paragraph.line_at(at)  # (the value's first character: the line its figure is printed on)
                indicator = _indicator(segment_levels, name, value, stage, line.at(number), paragraph.page_at(at))
                if actual is not None:
                    indicator.__dict__.update(stage="self_evaluation", target_raw=value, actual_raw=actual)
                out.append(indicator)
                context.setdefault(name, text[at : at + 40])
    # a name stated twice with two figures (该项目改造户数550户,…该项目改造户数733户: two projects') names neither
    if len(out) < 2:
        return out
    twice = {name for name, count in Counter(i.level3_name for i in out).items() if count > 1}
    if not twice:
        return out
    warnings = [
        ParseWarning(parser=PARSER_NAME, message=NAMED_TWICE_LEFT_OUT, context=context[i.level3_name],
                     source_line=i.source_line, source_page=i.source_page)
        for i in out if i.level3_name in twice
    ]
    return [i for i in out if i.level3_name not in twice] + warnings


def _run_on_indicators(
    text: str, start: int, levels: tuple[str | None, str | None], line: Line, line_at: Callable[[int], int] | None,
    position: tuple[Paragraph, int] | None = None, stated: set[int] | None = None,
) -> list[Indicator]:
    """The indicators of a level's heading run on into its clauses (:data:`RUN_ON_LEVEL_RE`): ``text`` the line's
    paragraph from the line on, its clauses from ``start``; each at the line its figure is printed on
    (``line_at``: the line of an offset of ``text``; the heading's line where not known). The sentences stating a
    target (and its actual) in the template's words (:data:`TARGET_SENTENCES`: ``第一,…服务比例年初指标值为不低于
    85%,全年实际完成值100%。``) are read as below a level's heading, where ``position`` (the paragraph and the
    offset of ``text`` in it) is known; its first line is then added to ``stated``."""
    out: list[Indicator] = []
    for segment_levels, segment_start, segment_end in _level_segments(text, start, levels):
        if position is not None:
            paragraph, begin = position
            segment = text[segment_start:segment_end]
            for pattern, literals in TARGET_SENTENCES:
                if any(word in segment for word in literals):  # (literals looked for before the pattern)
                    if stated is not None:
                        stated.add(paragraph.line_numbers[0])
                    out.extend(_target_and_actual(found, begin + segment_start, segment_levels, paragraph, line)
                               for found in pattern.finditer(segment))
        for name, value, at in _listed_clauses(text, segment_start, segment_end):
            out.append(_indicator(segment_levels, name, value, "self_evaluation",
                                  line if line_at is None else line.at(line_at(at))))
    return out


def _level_segments(
    text: str, start: int, levels: tuple[str | None, str | None]
) -> list[tuple[tuple[str | None, str | None], int, int]]:
    """(levels, start, end) of each part of ``text`` from ``start`` that states one level's clauses: a level's
    name and its colon where a clause starts (:data:`INNER_LEAD_RE`, ``…;质量指标:…``) begins the next part,
    the text before the first such name being ``levels``'."""
    out = []
    for lead in INNER_LEAD_RE.finditer(text, start):
        named = _vocabulary_levels(lead.group("level"))
        if named is None:
            continue  # (绩效指标完成, 该项指标, 二是效益指标: no level of the vocabulary)
        out.append((levels, start, lead.start()))
        levels, start = named, lead.end()
    out.append((levels, start, len(text)))
    return out


# A bound (≥6架, <5%) states a target; the clause right after it that names what was done (实际布防6架, 实际飞行时长
# 909.93小时) states the same indicator's actual: ``布防飞机数量≥6架,实际布防6架``.
BOUND_RE = re.compile(rf"^(?:{BOUND_SIGN_ALTERNATION}|{TARGET_BOUND_WORDS})")
ACTUAL_NAME = "实际"
# A plan's figure, then what was done naming the same thing again after 实际(已)完成: ``预定村集体收入60.3万元,实际已
# 完成村集体收入60.3万元`` — one indicator (村集体收入), the first figure its target, the second its actual. The first
# clause's name, without a plan's word before it (预定, 计划, 预计, 年初), ends with the name restated (带动受益…总收入
# / 实际完成受益…总收入) and names the indicator, as a rate restated by its name's end does (:func:`_indicators`).
RESTATED_ACTUAL_RE = re.compile(r"^实际(?:已经|已)?(?:完成|实现|达到)(?P<name>[\u4e00-\u9fff()（）]{2,})$")
PLAN_WORD_RE = re.compile(r"^(?:预定|预计|计划|原定|年初|目标)")


def _paired(text: str, listed: list[tuple[str, str, int]]) -> list[tuple[str, str, int, str | None]]:
    """(name, value, offset, actual) of each of ``listed`` (:func:`_listed_clauses` of ``text``): a clause whose value
    is a bound followed straight by one whose name starts with 实际 is one indicator, its target the bound and its
    actual the second's value (the second no indicator of its own); so is a clause followed straight by one that
    restates its name after 实际(已)完成 (:data:`RESTATED_ACTUAL_RE`), named by the first without its plan's word;
    every other clause's actual None."""
    out: list[tuple[str, str, int, str | None]] = []
    skip = False
    for index, (name, value, at) in enumerate(listed):
        if skip:
            skip = False
            continue
        following = listed[index + 1] if index + 1 < len(listed) else None
        if (
            following is not None
            and BOUND_RE.match(value)
            and following[0].startswith(ACTUAL_NAME)
            and len(CLAUSE_SPLIT_RE.findall(text, at + len(value), following[2])) == 1
        ):
            out.append((name, value, at, following[1]))
            skip = True
            continue
        restated = RESTATED_ACTUAL_RE.match(following[0]) if following is not None else None
        # (计划生育…, restated whole: the plan's word is the name's own)
        planned = next((named for named in (PLAN_WORD_RE.sub("", name, count=1), name)
                        if restated is not None and named.endswith(restated.group("name"))), None)
        if planned is not None and len(CLAUSE_SPLIT_RE.findall(text, at + len(value), following[2])) == 1:
            out.append((planned, value, at, following[1]))
            skip = True
            continue
        out.append((name, value, at, None))
    return out


def _first_sentence_clauses(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """:func:`_listed_clauses` of the first sentence of ``text[start:end]`` where more follows it: below a level's
    heading, a paragraph may state its indicators first and then say how (``救助资金发放准确率100%。按照相关规定,
    救助资金发放准确及时,…``) — the sentence a list of ``name value`` clauses by itself."""
    stop = text.find("。", start, end)
    return _listed_clauses(text, start, stop) if start < stop < end - 1 else []


def _listed_clauses(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """(name, value, offset of its value in ``text``) of the indicator clauses of ``text[start:end]``, where at
    least half its clauses end in a figure (:func:`_lists_figures`); none otherwise."""
    parts = CLAUSE_SPLIT_RE.split(text[start:end])
    if not _lists_figures(text, parts):
        return []
    return [(name, value, start + offset) for offset, name, value in _clauses(text[start:end], parts)]


# A paragraph below a level's heading led by an indicator's name and a colon, its first sentence saying how it
# went and ending in a figure: ``开展工作督导:一个季度开展工作督导一次,共4次。`` (the figure a total: 共, 合计,
# 累计, 全年), ``服务对象满意度:服务对象满意度≥80%。`` (a clause naming it again with its figure).
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
NAME_LEAD_RE = re.compile(r"\s*(?P<name>[\u4e00-\u9fff()（）]{2,16})\s*[:：]\s*")
TOTAL_CLAUSE_RE = re.compile(
    "^" + TOTAL_WORDS + r"(?P<value>\d+(?:\.\d+)?(?:%|‰|/?万?" + CLAUSE_UNITS + r"))$"
)


def _named_lead_clauses(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """(name, value, offset) of the indicator of a paragraph led by its name and a colon (:data:`NAME_LEAD_RE`):
    its first sentence's last clause a total (:data:`TOTAL_CLAUSE_RE`), or the clause naming the lead again with
    its figure; none where the sentence states more than one figure (which is the indicator's, it does not say)."""
    lead = NAME_LEAD_RE.match(text, start, end)
    if lead is None or NOT_INDICATOR_NAME_RE.search(lead.group("name")) or _vocabulary_levels(lead.group("name")):
        return []
    stop = text.find("。", lead.end(), end)
    stop = end if stop < 0 else stop
    sentence = text[lead.end() : stop]
    if len(NUMBER_RE.findall(sentence)) != 1:
        return []
    parts = CLAUSE_SPLIT_RE.split(sentence)
    last = "".join(parts[-1].split())
    offset = lead.end() + len(sentence) - len(parts[-1])
    if (total := TOTAL_CLAUSE_RE.match(last)) is not None:
        return [(lead.group("name"), total.group("value"), offset + _raw_offset(parts[-1], total.start("value")))]
    clause = CLAUSE_RE.match(last)
    if clause is not None and clause.group("name") == lead.group("name"):
        return [(clause.group("name"), clause.group("value"), offset + _raw_offset(parts[-1], clause.start("value")))]
    return []


def _name_key(found: re.Match[str]) -> str:
    """The group of a :data:`TARGET_ACTUAL_RE` or :data:`GLUED_TARGET_ACTUAL_RE` match that holds its name."""
    return "glued" if "glued" in found.re.groupindex else "name"


def _target_and_actual(
    found: re.Match[str], start: int, levels: tuple[str | None, str | None], paragraph: Paragraph, line: Line,
    stage: str = "self_evaluation",
) -> Indicator:
    """The indicator of a :data:`TARGET_ACTUAL_RE` match in the paragraph's text from ``start``: at the line
    of its name, its figures' lines in ``value_lines`` where they stand on others; a target without its actual
    at ``stage``."""
    target_key = "quoted" if found.group("quoted") is not None else "target"
    target = "".join(found.group(target_key).split())
    actual = "".join(found.group("actual").split()) if found.group("actual") is not None else None
    key = _name_key(found)
    at = paragraph.line_at(start + found.start(key))
    indicator = _indicator(levels, found.group(key), "", "self_evaluation" if actual else stage, line.at(at),
                           paragraph.page_at(start + found.start(key)))
    elsewhere = [
        f"{name}={paragraph.line_at(start + found.start(key))}"
        for name, key in (("target", target_key), ("actual", "actual"))
        if found.group(key) is not None and paragraph.line_at(start + found.start(key)) != at
    ]
    indicator.__dict__.update(target_raw=target, actual_raw=actual, value_lines=";".join(elsewhere) or None)
    return indicator


def _stated_targets(
    wrapped: _ParagraphTails, lines: list[Line], stage: str, done: set[int]
) -> list[Indicator | ParseWarning]:
    """The indicators of the sentences that state a target in the template's words (:data:`TARGET_ACTUAL_RE`)
    in the text paragraphs no level's heading led (``done``: the first lines of those read below one), of no
    level known: each named by the clause before its colon (``建设占地面积:指标值为“约12000平方米”,全年实际
    完成值约20000平方米``); a clause before a comma is left out with a warning (``根据文件要求,年度目标值为100%``
    names none). The template's words glued to the name (``…服务比例年初指标值为不低于85%,全年实际完成值100%``,
    :data:`GLUED_TARGET_ACTUAL_RE`) name it by the clause they close, where it holds no other line's start."""
    out: list[Indicator | ParseWarning] = []
    if not lines:
        return out
    paragraphs = wrapped.paragraphs()
    for index in paragraphs.having(TARGET_WORD_RE, "text"):
        paragraph = paragraphs[index]
        text = paragraph.text
        if paragraph.line_numbers[0] in done or ("目标值" not in text and "指标值" not in text):
            continue
        first = lines[0].at(paragraph.line_numbers[0])
        for found in _target_sentences(text, paragraph.starts):
            if found.group("sep") in ",，":  # (a clause before a comma: a name, or words that lead the sentence)
                at = found.start("name")
                out.append(ParseWarning(parser=PARSER_NAME, message=NAME_UNCERTAIN_LEFT_OUT,
                                        context=text[at : at + 40], source_line=paragraph.line_at(at),
                                        source_page=paragraph.page_at(at)))
                continue
            out.append(_target_and_actual(found, 0, (None, None), paragraph, first, stage))
        if any(word in text for word in GLUED_TEMPLATE_LITERALS):  # (literals looked for before the pattern)
            for found in GLUED_TARGET_ACTUAL_RE.finditer(text):
                name_start, name_end = found.span("glued")
                if any(name_start < start < name_end for start in paragraph.starts):
                    continue
                if SUBJECT_ALONE_RE.match(found.group("glued")):  # 本单位年初指标值为…: the text names no indicator
                    out.append(ParseWarning(parser=PARSER_NAME, message=SUBJECT_ALONE_LEFT_OUT,
                                            context=text[name_start : name_start + 40],
                                            source_line=paragraph.line_at(name_start),
                                            source_page=paragraph.page_at(name_start)))
                    continue
                out.append(_target_and_actual(found, 0, (None, None), paragraph, first, stage))
    return out


def _target_sentences(text: str, starts: list[int]) -> list[re.Match[str]]:
    """The :data:`TARGET_ACTUAL_AT_RE` matches of a paragraph's ``text`` whose name starts where a clause or one of
    its lines (``starts``) starts, and holds no other line's start (a heading joined to the line below it,
    ``绩效指标完成情况分析`` / ``建设占地面积:指标值为…``, names none: the line below does)."""
    begins = sorted({0, *starts, *(m.end() for m in CLAUSE_START_RE.finditer(text))})
    words = [m.start() for m in TARGET_WORD_RE.finditer(text)]  # (a begin is tried only a name's length before one)
    out: list[re.Match[str]] = []
    end = 0
    for begin in begins:
        nearest = bisect_right(words, begin)
        if begin < end or nearest == len(words) or words[nearest] - begin > TARGET_NAME_REACH:
            continue
        if (found := TARGET_ACTUAL_AT_RE.match(text, begin)) is None:
            continue
        name_start, name_end = found.span("name")
        if any(name_start < start < name_end for start in starts):
            continue  # (the line's own start is tried next)
        out.append(found)
        end = found.end()
    return out


# The template's heading of the targets done (a 项目自评结果's ``2.完成的绩效目标。``, before ``3.未完成的绩效目标。``):
# below it, a clause that says a thing was done and how much (``完成了市直养护里程1180.5公里``) states an indicator's
# actual — the verb 完成(了) and the clause's end in a figure are the structure; a share of something (完成预算的
# 83.5%) is none.
DONE_TARGETS_HEADING_RE = re.compile(rf"^{LIST_NUMBER}?完成的(?:绩效)?目标[。.:：]?$")
DONE_CLAUSE_RE = re.compile(r"^(?:完成了|已完成|完成)(?P<rest>.+)$")


def _done_targets(line: Line, wrapped: _ParagraphTails) -> list[Indicator]:
    """The actuals of the clauses ``完成(了)名称 数值`` of the text paragraphs below the heading of the targets done
    (:data:`DONE_TARGETS_HEADING_RE`), of no level known, each at the line its figure is printed on."""
    if DONE_TARGETS_HEADING_RE.match(line.compact) is None:
        return []
    out: list[Indicator] = []
    for paragraph, start in wrapped.below(line, HEADING_PARAGRAPHS):
        offset = start
        for clause in CLAUSE_SPLIT_RE.split(paragraph.text[start:]):
            if "完成" not in clause:
                offset += len(clause) + 1
                continue
            # (the clause after what leads it in: 具体为:完成了…)
            lead = max(clause.rfind(":"), clause.rfind("："))
            done = DONE_CLAUSE_RE.match("".join(clause[lead + 1 :].split()))
            found = CLAUSE_RE.match(done.group("rest")) if done is not None else None
            if found is not None and not found.group("name").endswith("的") and not NOT_INDICATOR_NAME_RE.search(
                found.group("name")
            ):
                # (the value's first character: the line its figure is printed on)
                at = offset + lead + 1 + _raw_offset(clause[lead + 1 :], len(done.group()) - len(found.group("value")))
                out.append(_indicator((None, None), found.group("name"), found.group("value"), "self_evaluation",
                                      line.at(paragraph.line_at(at)), paragraph.page_at(at)))
            offset += len(clause) + 1
    return out


# A sentence stating a project's targets: ``本项目总体的绩效目标是169处农村饮水工程维修养护,,覆盖服务人口4.52(万人)。``,
# ``绩效目标是:增加特色产业产值80万元,…`` — the subject (at most a few words: 本项目总体的) and 绩效目标是/为, then
# ``name value`` clauses to the sentence's end: targets, where at least half its clauses end in a figure. Read on a
# self-evaluation's report only (its head says 自评报告, 评价报告): a 绩效目标 notice's sentence restates its table.
# The project's overall target and its colon (``1. 项目绩效总目标:减免在校…学费;发放率100%,减免率100%,社会满意度达:
# 98%``) the same, its sentence read to its full stop (its aim, then its rates, after a semicolon).
TARGET_SENTENCE_RE = re.compile(
    rf"(?:^|(?<={CLAUSE_MARK}))\s*{LIST_NUMBER}?[\u4e00-\u9fff]{{0,8}}?(?:绩效目标(?:是|为)[:：]?|(?P<total>绩效总目标[:：]))"
)
SENTENCE_END_RE = re.compile(r"[。;；]")
FULL_STOP_RE = re.compile(r"。")
# (what such a paragraph holds: one scan of them all)
TARGET_SENTENCE_CANDIDATE_RE = re.compile(r"绩效目标[是为]|绩效总目标[:：]")


def _target_sentences_read(wrapped: _ParagraphTails, lines: list[Line]) -> list[Indicator]:
    """The targets of each sentence :data:`TARGET_SENTENCE_RE` starts, of no level known, each at the line its
    figure is printed on."""
    out: list[Indicator] = []
    if not lines:
        return out
    paragraphs = wrapped.paragraphs()
    for index in paragraphs.having(TARGET_SENTENCE_CANDIDATE_RE, "text"):
        paragraph = paragraphs[index]
        text = paragraph.text
        for sentence in TARGET_SENTENCE_RE.finditer(text):
            end = (FULL_STOP_RE if sentence.group("total") else SENTENCE_END_RE).search(text, sentence.end())
            stop = end.start() if end is not None else len(text)
            for name, value, at in _listed_clauses(text, sentence.end(), stop):
                out.append(_indicator((None, None), name, value, "target", lines[0].at(paragraph.line_at(at)),
                                      paragraph.page_at(at)))
    return out


class _ParagraphTails:
    """A line's text on to the end of its paragraph (the sentence wrapped over the lines below it),
    each paragraph's text given once: a later line of a paragraph already read gives None."""

    def __init__(self, paragraphs: Sequence[Paragraph] | None, lines: list[Line]) -> None:
        self._given = paragraphs
        self._lines = lines
        self._paragraphs: Sequence[Paragraph] | None = None
        self._read: set[int] = set()  # the paragraphs whose text was given

    def _index(self, line: Line) -> int:
        if self._paragraphs is None:
            self._paragraphs = self._given if self._given is not None else build_paragraphs(self._lines)
        return bisect_right(self._paragraphs, line.number, key=_first_line) - 1

    def paragraphs(self) -> Paragraphs:
        """The document's paragraphs."""
        if self._paragraphs is None:
            self._paragraphs = self._given if self._given is not None else build_paragraphs(self._lines)
        self._paragraphs = as_paragraphs(self._paragraphs)
        return self._paragraphs

    def take(self, taken: list[Line]) -> None:
        """Mark as read the text paragraphs all of whose lines are among ``taken`` (another reader read them)."""
        numbers = {(line.page, line.number) for line in taken}
        for line in taken:
            index = self._index(line)
            paragraph = self._paragraphs[index] if index >= 0 else None  # type: ignore[index]
            if paragraph is not None and line.number in paragraph.line_numbers and all(
                (page, number) in numbers
                for page, number in zip(paragraph.page_numbers or [paragraph.page] * len(paragraph.line_numbers),
                                        paragraph.line_numbers, strict=True)
            ):
                self._read.add(index)

    def below(self, line: Line, most: int) -> list[tuple[Paragraph, int]]:
        """(paragraph, offset) of the text below a heading on ``line``: the rest of its paragraph after
        that line, then up to ``most`` text paragraphs, to the next heading, table row or numbered
        item (:data:`PART_START_RE`) — each paragraph read once (the level sentences of the other
        readers never read it again)."""
        index = self._index(line)
        paragraphs = self._paragraphs
        assert paragraphs is not None
        if index < 0 or line.number not in paragraphs[index].line_numbers:
            return []
        out = []
        paragraph = paragraphs[index]
        position = paragraph.line_numbers.index(line.number)
        if position + 1 < len(paragraph.starts):  # the heading's paragraph runs on below its line
            if paragraph.kind == "text" and index not in self._read:
                self._read.add(index)
                out.append((paragraph, paragraph.starts[position + 1]))
            return out
        for following in range(index + 1, min(index + 1 + most, len(paragraphs))):
            paragraph = paragraphs[following]
            if paragraph.kind != "text" or following in self._read or PART_START_RE.match(paragraph.text):
                break
            self._read.add(following)
            out.append((paragraph, 0))
        return out

    def text_paragraph(self, line: Line) -> tuple[int, Paragraph | None]:
        """(index, paragraph) of the text paragraph holding ``line``; paragraph None where it is none or another
        reader already read its text."""
        index = self._index(line)
        assert self._paragraphs is not None
        paragraph = self._paragraphs[index] if index >= 0 else None
        if paragraph is None or paragraph.kind != "text" or line.number not in paragraph.line_numbers:
            return index, None
        return index, None if index in self._read else paragraph

    def position(self, line: Line) -> tuple[Paragraph, int] | None:
        """(the text paragraph holding ``line``, the offset of the line's start in its text); None where ``line`` is in
        no text paragraph."""
        index = self._index(line)
        assert self._paragraphs is not None
        paragraph = self._paragraphs[index] if index >= 0 else None
        if paragraph is None or paragraph.kind != "text" or line.number not in paragraph.line_numbers:
            return None
        return paragraph, paragraph.starts[paragraph.line_numbers.index(line.number)]

    def lines_of(self, line: Line) -> Callable[[int], int] | None:
        """The line of each offset of :meth:`tail`'s text of ``line`` (None: ``line`` in no text paragraph)."""
        index = self._index(line)
        assert self._paragraphs is not None
        paragraph = self._paragraphs[index] if index >= 0 else None
        if paragraph is None or paragraph.kind != "text" or line.number not in paragraph.line_numbers:
            return None
        begin = paragraph.starts[paragraph.line_numbers.index(line.number)]
        return lambda offset: paragraph.line_at(begin + offset)

    def tail(self, line: Line) -> str | None:
        index = self._index(line)
        assert self._paragraphs is not None
        paragraph = self._paragraphs[index] if index >= 0 else None
        if paragraph is None or paragraph.kind != "text" or line.number not in paragraph.line_numbers:
            return line.norm.strip()  # a heading, a table row: the line as printed
        if index in self._read:
            return None
        self._read.add(index)
        position = paragraph.line_numbers.index(line.number)
        return paragraph.text[paragraph.starts[position] :]


def _first_line(paragraph: Paragraph) -> int:
    return paragraph.line_numbers[0]


def _staged_clauses(
    lines: list[Line],
    wrapped: _ParagraphTails,
    words: tuple[str, ...],
    pattern: re.Pattern[str],
    stages: set[str],
    also: str = "",
) -> Iterator[tuple[Line, Paragraph, list[int], list[re.Match[str]], str]]:
    """Each text paragraph (once) holding one of ``words`` (and ``also``) on a line that is no table's row, whose
    text without spaces ``pattern`` finds clauses in, and whose part's heading tells one of ``stages``
    (:func:`_part_stage`): (its line found, the paragraph, where each kept character stands in its text, the
    clauses, the stage)."""
    seen: set[int] = set()
    for index in lines_holding(lines, words, "compact"):
        line = lines[index]
        if (also and also not in line.compact) or "|" in line.text or "\t" in line.text:
            continue  # (a table's row)
        paragraph_index, paragraph = wrapped.text_paragraph(line)
        if paragraph is None or paragraph_index in seen:
            continue
        seen.add(paragraph_index)
        raw = paragraph.text
        kept = [at for at, char in enumerate(raw) if not char.isspace()]
        found = list(pattern.finditer("".join(raw[at] for at in kept)))
        if not found:
            continue
        stage = _part_stage(lines, _index_of(lines, paragraph.line_numbers[0]))
        if stage in stages:
            yield line, paragraph, kept, found, stage


# ---- The figures a report's goal and completion clauses name ------------------------------------------------------
# A report states its targets after a goal word (``投入目标:市级财政投入金额2000万元,财政资金到位率100%``,
# ``(二)绩效目标:道路硬化≥0.565km;…``, ``其具体绩效目标如下:`` over numbered items) and what was done in a part headed
# as the targets' completion (``(一)项目目标完成情况 1.…配备群测群防员95名,组织人员596人次``), or below a level's
# heading under a numbered indicator's (``1.产出指标完成情况分析。`` / ``(1)项目完成数量。`` / ``完成年度建设项目1个,
# 新建300米深机井1座,…``); a notice states a project's expected benefit after 预计 (``预计直接或间接效益8万元,带动户数
# 42``). Each clause there that is a thing's name and its figure closing the clause is an indicator: a target where the
# words state a plan, an actual where they report what was done.

# The units a figure so named is counted in: an indicator's (:data:`~ingest.vocabulary.INDICATOR_UNITS`), no date's
# (竣工于2021年 says when, not how much).
# (and 名, people counted: 配备群测群防员95名; 点次, places visited times the visits: 1256点次)
ITEM_UNITS = units_pattern((*(u for u in INDICATOR_UNITS if u not in ("年", "月", "日", "百分比")), "名", "点次"))
MONEY_ENDS = ("元",)
# A figure: its bound in signs or words, the number, 余 or 多 (1286余份: more than), its unit — then a second figure of
# the same things in another unit (30户106人: households and their people), a bound word (20个左右, 20亿元以上) and a
# size in brackets (设备房1间(3.0m×3.0m)), all the value as printed.
ITEM_FIGURE = (
    r"(?:约为|约)?(?:≥|≤|≧|≦|>=|<=|>|<|=|不超过|不低于|不少于|不高于)?\d+(?:\.\d+)?(?:余|多)?"
    rf"(?:%|‰|{ITEM_UNITS})"
)
ITEM_VALUE = (
    rf"{ITEM_FIGURE}(?:\d+(?:\.\d+)?{ITEM_UNITS})?(?:左右|{LIMIT_ALTERNATION})?"
    r"(?:[(（][^()（）\u4e00-\u9fff]{1,16}[)）])?"
)
# A clause (without its spaces): the name (no figure closing it), the words linking it to its value (达到, 为, 达) with
# the thing the value is a share of (达到支书的90%), the value, and the words closing a list (等, 及其他配套设施).
ITEM_RE = re.compile(
    r"^(?P<name>.{2,40}?)(?<![\d.第])(?:(?P<link>达到|达|为)(?P<of>[\u4e00-\u9fff]{1,4}的)?)?"
    rf"(?P<value>{ITEM_VALUE})(?:等|及其他[\u4e00-\u9fff]{{1,8}})?$"
)
# A clause that prints its figure first and then the thing done to that count (1256点次进行隐患点实地排查).
FIGURE_FIRST_RE = re.compile(
    rf"^(?P<value>\d+(?:\.\d+)?(?:余|多)?{ITEM_UNITS})(?:进行|开展)(?P<name>[\u4e00-\u9fff()（）]{{2,16}})$"
)
# What leads a clause's name and names no thing: a list number, a joining word (并新增低压电线), the time it was
# done (今年以来), a total's word (共发放) — and the words that say what follows is the thing (主要建设内容为新建…),
# or who did it to whom (…应急管理局对全县各乡镇开展防汛工作大检查: the thing done is 防汛工作大检查).
ITEM_LEAD_RE = re.compile(
    rf"^{LIST_NUMBER}?(?:(?:并|及|和|以及|另外|另|同时|其中)[:：]?)?(?:今年以来|年内|目前|截至目前|截止目前)?"
    r"(?:共计|共|累计|合计)?"
)
CONTENT_LEAD_RE = re.compile(r"^.*?(?:内容为|内容是|内容[:：]|包括)")
ACTION_LEAD_RE = re.compile(r"^.*?对[^,，;；。]{1,20}?(?:开展|进行)")
# A per-thing average before the link (服务群众专项经费村均达10000元): the figure's, not the name's — the value is
# printed from it (村均达10000元).
AVERAGE_END_RE = re.compile(r"[村户人生校亩]均$")
ITEM_NAME_MOST = 24
# A 、 after a figure closes a clause (村支书年工资总额达到34406元、副支书…): a list of named figures; one between words
# (完整性、合规性100%) does not — whose figure the first word is the text does not say.
FIGURE_COMMA_RE = re.compile(rf"\d\s*(?:余|多)?\s*(?:%|‰|{ITEM_UNITS})\s*(?:左右|{LIMIT_ALTERNATION})?\s*、")


def _item_parts(text: str, funds: bool = True) -> list[tuple[int, str]]:
    """(offset, clause) of each clause of ``text``: split at :data:`CLAUSE_MARKS` and at a 、 after a figure (unless
    ``funds``, a clause so split whose items name money is none: a list of funds)."""
    out: list[tuple[int, str]] = []
    offset = 0
    for clause in CLAUSE_SPLIT_RE.split(text):
        begin = 0
        items: list[tuple[int, str]] = []
        for comma in FIGURE_COMMA_RE.finditer(clause):
            items.append((offset + begin, clause[begin : comma.end() - 1]))
            begin = comma.end()
        items.append((offset + begin, clause[begin:]))
        if funds or len(items) == 1 or not any(MONEY_ITEM_RE.search(item) for _, item in items):
            out.extend(items)
        offset += len(clause) + 1
    return out


MONEY_ITEM_RE = re.compile(r"\d\s*[万亿千]?元")


def _item(clause: str, money: bool = True, completion: bool = False) -> tuple[str, str, int] | None:
    """(name, value, offset of the value in ``clause``) of a clause that names a thing and closes with its figure
    (:data:`ITEM_RE`); None where it does not, where the name is no thing's (a level's, a completion's — unless
    ``completion``: below an indicator's own heading, 完成率100% is its —, one holding 、 or a colon) or the value is
    money and ``money`` is False."""
    compact = "".join(clause.split())
    found = ITEM_RE.match(compact)
    if found is None:
        if (first := FIGURE_FIRST_RE.match(compact)) is not None and not first.group("value").endswith(MONEY_ENDS):
            name = first.group("name")  # 1256点次进行隐患点实地排查: the thing done after its figure
            if sum("\u4e00" <= ch <= "\u9fff" for ch in name) >= 2 and not NOT_INDICATOR_NAME_RE.search(name):
                return name, first.group("value"), _raw_offset(clause, 0)
        return None
    value = found.group("value")
    if not money and value.rstrip("左右以上下内").endswith(MONEY_ENDS):
        return None
    name = found.group("name")
    at = found.start("value")
    if found.group("of"):
        value, at = found.group("of") + value, found.start("of")
    elif (average := AVERAGE_END_RE.search(name)) is not None:  # 村均达10000元: the average the value's
        value, at = name[average.start() :] + (found.group("link") or "") + value, average.start()
        name = name[: average.start()]
    name = ITEM_LEAD_RE.sub("", name, count=1)
    name = CONTENT_LEAD_RE.sub("", name, count=1)
    name = ACTION_LEAD_RE.sub("", name, count=1)
    if (
        len(name) > ITEM_NAME_MOST or sum("\u4e00" <= ch <= "\u9fff" for ch in name) < 2
        or any(mark in name for mark in "、:：“”\"") or "指标" in name or name.endswith("的")
        or (NOT_INDICATOR_NAME_RE.search(name) and not (completion and COMPLETION_NAME_RE.match(name)))
    ):
        return None
    return name, value, _raw_offset(clause, at)


# The completion of the indicator a heading names (项目实施进度 / 完成率100%): its name below that heading.
COMPLETION_NAME_RE = re.compile(r"^(?:实际)?完成(?:率|度|比例)$")


def _items(
    text: str, start: int, end: int, money: bool = True, listing: bool = True, completion: bool = False,
    funds: bool = True,
) -> list[tuple[str, str, int]]:
    """(name, value, offset in ``text``) of the named figures of ``text[start:end]`` (:func:`_item`); where
    ``listing``, only where at least half its clauses close with a figure (a list, not a narrative naming one in
    passing); unless ``funds``, none of a 、 list holding money (其中:完成投资120万元、修建桥梁2座: a list of funds)."""
    parts = _item_parts(text[start:end], funds)
    if listing:
        tails = [tail for _, clause in parts if (tail := "".join(clause[-CLAUSE_TAIL:].split()))]
        figures = sum(1 for _, clause in parts if _item(clause, True, completion) is not None)
        if not tails or 2 * figures < len(tails):
            return []
    out = []
    for offset, clause in parts:
        if (item := _item(clause, money, completion)) is not None:
            out.append((item[0], item[1], start + offset + item[2]))
    return out


class _Read:
    """The indicators read so far, by line: one read again — the same name at its line, or the same value under a name
    holding the other (完成村道硬化 12.5公里 of a clause another reader read as 村道硬化) — is not added."""

    def __init__(self, indicators: list[Indicator]) -> None:
        self._at: dict[int, list[tuple[str, str | None]]] = {}
        for indicator in indicators:
            self.add(indicator)

    def add(self, indicator: Indicator, paragraph: Paragraph | None = None) -> bool:
        """Whether ``indicator`` was not read before (it is recorded as read): at its line, or the same value under a
        name holding the other at any line of its ``paragraph`` (another reader may place it at its name's line)."""
        name, value = indicator.level3_name, indicator.actual_raw or indicator.target_raw
        if any(name == other for other, _ in self._at.get(indicator.source_line, ())):
            return False
        for number in paragraph.line_numbers if paragraph is not None else (indicator.source_line,):
            if value is not None and any(
                value == figure and (name in other or other in name) for other, figure in self._at.get(number, ())
            ):
                return False
        self._at.setdefault(indicator.source_line, []).append((name, value))
        return True


def _target(name: str, value: str, levels: tuple[str | None, str | None], paragraph: Paragraph, at: int,
            first: Line, stage: str = "target") -> Indicator:
    """The indicator of a named figure at offset ``at`` of ``paragraph``'s text (its line the figure's)."""
    return _indicator(levels, name, value, stage, first.at(paragraph.line_at(at)), paragraph.page_at(at))


# A level's goal word and its colon where a clause starts (投入目标:, 产出目标:, 效果目标:): the clauses after it,
# to the next such word or the sentence's end, state that level's targets.
GOAL_LEVEL_RE = re.compile(
    r"(?:^|(?<=[,，;；。:：\s]))(?P<level>(?:投入|过程|产出|效益|效果|满意度|数量|质量|时效|成本|社会效益|经济效益|生态效益"
    r"|可持续影响|服务对象满意度)目标)[:：]"
)
# The targets' own heading and its colon run on into them at a paragraph's start (``(二)绩效目标:道路硬化≥0.565km;…``,
# ``具体绩效目标:``, ``项目年度绩效目标:``) or at a sentence's start inside it (``…执行率100%。核心绩效目标:
# 资金支出率≥98%、…``; not a sentence's words, 为实现绩效目标:): the clauses of its sentence state targets of no level
# known.
TARGETS_COLON_RE = re.compile(
    rf"(?:^\s*{LIST_NUMBER}?|(?<=[。；;])\s*)(?:本|该)?(?:部门|单位|项目|年度|具体|总体|主要|整体|核心|重点|关键){{0,3}}"
    r"绩效目标[:：]"
)
# A paragraph closing with the words that announce the targets listed below it (其具体绩效目标如下:): the numbered items
# after it state them, each item's clauses read as a list.
TARGETS_BELOW_RE = re.compile(r"目标如下[:：]?\s*$")
ITEM_START_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、](?!\d)|[(（]\s*\d{1,2}\s*[)）])")
MOST_ITEMS = 12
# A clause naming its figure as the target set (建成市级特色小镇20个左右的具体目标): the clause before its 的…目标.
FIGURE_GOAL_RE = re.compile(r"的(?:具体|总体|年度|工作)?目标$")
# (what a paragraph holding any of them holds: 目标 and a colon, 如下 or a clause's end — a scan led by its literal)
GOAL_CANDIDATE_RE = re.compile(r"目标(?:[:：,，;；。]|如下|(?![^\x00]))")
FIGURE_GOAL_CANDIDATE_RE = re.compile(r"\d[^,，;；。\d]{0,8}的(?:具体|总体|年度|工作)?目标")


def _goal_levels(level: str) -> tuple[str | None, str | None]:
    """The levels a goal word names (产出目标: 产出指标; 数量目标: 产出指标's 数量指标), the vocabulary's where it knows
    them, else the word's own (投入目标: 投入指标)."""
    name = level[: -len("目标")] + "指标"
    return _levels(name) or (name, None)


def _goal_targets(
    wrapped: _ParagraphTails, lines: list[Line], known: _Read
) -> list[Indicator]:
    """The targets a report states after a goal word (:data:`GOAL_LEVEL_RE`, :data:`TARGETS_COLON_RE`), in the numbered
    items below the words announcing them (:data:`TARGETS_BELOW_RE`) and in a clause naming its figure the target
    (:data:`FIGURE_GOAL_RE`), each at the line its figure starts on; a name another reader read there not twice."""
    out: list[Indicator] = []
    paragraphs = wrapped.paragraphs()
    first = lines[0]

    def add(name: str, value: str, levels: tuple[str | None, str | None], paragraph: Paragraph, at: int) -> None:
        indicator = _target(name, value, levels, paragraph, at, first)
        if known.add(indicator, paragraph):
            out.append(indicator)

    for index in paragraphs.having(GOAL_CANDIDATE_RE):
        paragraph = paragraphs[index]
        text = paragraph.text
        if paragraph.kind == "table" or index in wrapped._read or "**" in text:  # (a template's placeholders: read)
            continue
        spans: list[tuple[tuple[str | None, str | None], int, int]] = []
        heads = list(GOAL_LEVEL_RE.finditer(text))
        if not heads and (lead := TARGETS_COLON_RE.search(text)) is not None:
            spans.append(((None, None), lead.end(), _sentence_end(text, lead.end())))
        for number, head in enumerate(heads):
            end = _sentence_end(text, head.end())
            if number + 1 < len(heads):
                end = min(end, heads[number + 1].start())
            spans.append((_goal_levels(head.group("level")), head.end(), end))
        for levels, start, end in spans:
            for name, value, at in _items(text, start, end):
                add(name, value, levels, paragraph, at)
        for offset, clause in _item_parts(text) if FIGURE_GOAL_CANDIDATE_RE.search(text) else ():
            compact = "".join(clause.split())
            if "目标" in compact and (tail := FIGURE_GOAL_RE.search(compact)) is not None:
                cut = _raw_offset(clause, tail.start())
                if (item := _item(clause[:cut])) is not None:
                    add(item[0], item[1], (None, None), paragraph, offset + item[2])
        if TARGETS_BELOW_RE.search(text):
            for following in range(index + 1, min(index + 1 + MOST_ITEMS, len(paragraphs))):
                item_paragraph = paragraphs[following]
                if item_paragraph.kind == "table" or not ITEM_START_RE.match(item_paragraph.text):
                    break
                for name, value, at in _items(item_paragraph.text, 0, _item_end(item_paragraph)):
                    add(name, value, (None, None), item_paragraph, at)
    return out


def _item_end(paragraph: Paragraph) -> int:
    """Where a numbered item ends in its paragraph: at the end of the first of its lines that closes with a sentence's
    or a list item's mark (``；``, ``。``) — the lines after it run on into the paragraph, not into the item."""
    text = paragraph.text
    for start in paragraph.starts[1:]:
        if text[:start].rstrip().endswith((";", "；", "。")):
            return start
    return len(text)


def _sentence_end(text: str, start: int) -> int:
    """The offset of the full stop closing the sentence at ``start`` of ``text`` (its end where none does)."""
    stop = text.find("。", start)
    return len(text) if stop < 0 else stop


# A part headed as how the targets went, after its outline number (``(一)2021 年 12 月 31 日项目目标完成情况``,
# ``二、年度目标完成情况:``): every clause of the part (to the next outline heading) that names a thing done and its
# figure states an indicator's actual — a report's sentences of what was done, the figures its own (no money: what was
# spent is the funds', not a target's). Not its analysis (目标完成情况分析), whose levels have their own headings.
DONE_PART_HEAD_RE = re.compile(
    r"(?:^|(?<=[\s。]))(?:[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、](?!\d))"
    r"[^。;；,，:：|]{0,24}?目标(?:完成|实现)情况(?![\u4e00-\u9fff])[。.:：]?"
)
DONE_PART_CANDIDATE_RE = re.compile(r"目标(?:完成|实现)情况")  # (what such a paragraph holds: one scan of them all)
# Where a part ends: the next heading of the outline's rank (二、, (二)).
OUTLINE_MARK_RE = re.compile(r"[(（][一二三四五六七八九十]{1,2}[)）]|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,2}、")
DONE_PART_PARAGRAPHS = 8


def _done_part_actuals(
    wrapped: _ParagraphTails, lines: list[Line], known: _Read
) -> list[Indicator]:
    """The actuals of the named figures of each part headed as the targets' completion (:data:`DONE_PART_HEAD_RE`),
    its text from the heading to the next outline heading (in the heading's paragraph, or the text paragraphs below
    it), each at the line its figure starts on; a paragraph another reader read, and a name read at a line, not
    again."""
    out: list[Indicator] = []
    paragraphs = wrapped.paragraphs()
    first = lines[0]
    for index in paragraphs.having(DONE_PART_CANDIDATE_RE):
        paragraph = paragraphs[index]
        if paragraph.kind == "table" or index in wrapped._read:
            continue
        text = paragraph.text
        for head in DONE_PART_HEAD_RE.finditer(text):
            mark = OUTLINE_MARK_RE.search(text, head.end())
            end = mark.start() if mark is not None else len(text)
            parts = [(paragraph, head.end(), end)]
            if not text[head.end() :].strip():  # (a heading of its own: the paragraphs below it)
                for following in range(index + 1, min(index + 1 + DONE_PART_PARAGRAPHS, len(paragraphs))):
                    below = paragraphs[following]
                    if below.kind != "text" or OUTLINE_MARK_RE.match(below.text.lstrip()) is not None:
                        break
                    if following not in wrapped._read:
                        parts.append((below, 0, len(below.text)))
            for part, start, stop in parts:
                for name, value, at in _items(part.text, start, stop, money=False, listing=False, funds=False):
                    indicator = _target(name, value, (None, None), part, at, first, "self_evaluation")
                    if known.add(indicator, part):
                        out.append(indicator)
    return out


# A forecast of a project's benefit (``预计直接或间接效益8万元,带动户数42``): the clauses of its sentence (to its full
# stop, or to a blank line: a paragraph joined across one may run on into the next item, 42 / 2南岗村…) state the
# project's targets; a count named by its noun's 数 may close its line with no unit (带动户数42) where a blank line or
# the document's end follows it — a figure wrapped onto the next line could not.
FORECAST_RE = re.compile(r"(?:预计|预期)(?=[^,，;；。]{0,8}效益)")
BARE_COUNT_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,12}数)(?P<value>\d+)$")


def _forecast_targets(
    wrapped: _ParagraphTails, lines: list[Line], known: _Read
) -> list[Indicator]:
    """The targets of each forecast of a benefit (:data:`FORECAST_RE`), of the level 效益指标, each at its figure's
    line."""
    out: list[Indicator] = []
    paragraphs = wrapped.paragraphs()
    first = lines[0]
    levels = ("效益指标", None)
    for index in paragraphs.having(FORECAST_RE):
        paragraph = paragraphs[index]
        if paragraph.kind == "table":
            continue
        text = paragraph.text
        for forecast in FORECAST_RE.finditer(text):
            start = forecast.end()
            line_end = _blank_line_after(paragraph, start)
            end = min(_sentence_end(text, start), line_end)
            found = _items(text, start, end)
            parts = _item_parts(text[start:end])
            last_offset, last = parts[-1]
            bare = BARE_COUNT_RE.match("".join(last.split()))
            if found and bare is not None and end == line_end and _line_closes(lines, paragraph.line_at(end - 1)):
                found.append((bare.group("name"), bare.group("value"), start + last_offset + _raw_offset(
                    last, bare.start("value"))))
            for name, value, at in found:
                indicator = _target(name, value, levels, paragraph, at, first)
                if known.add(indicator, paragraph):
                    out.append(indicator)
    return out


def _blank_line_after(paragraph: Paragraph, start: int) -> int:
    """The offset in ``paragraph``'s text of the first of its lines after ``start`` printed below a blank line (or a
    dropped one: its line number is not the next), else the text's end."""
    for position in range(1, len(paragraph.starts)):
        begin = paragraph.starts[position]
        if begin > start and paragraph.line_numbers[position] > paragraph.line_numbers[position - 1] + 1:
            return begin
    return len(paragraph.text)


def _line_closes(lines: list[Line], number: int) -> bool:
    """Whether the line numbered ``number`` is followed by a blank line or none (what it prints ends there) — or by
    a dropped one: the next line on its page is not numbered next (a web page's paragraphs, ``<p>…带动户数42</p>``
    and a blank source line before the next ``<p>``, keep no blank line but their source lines)."""
    index = _index_of(lines, number)
    if index + 1 >= len(lines) or not lines[index + 1].compact:
        return True
    following = lines[index + 1]
    return following.page == lines[index].page and following.number > lines[index].number + 1


# A scoring outline's heading: its outline number, the name of what is scored and its points in brackets, alone on its
# line (``一、投入(14分)``, ``(一)项目立项(8分):``, ``(1)项目立项(2分)``): the 分值 of that part of the evaluation —
# read where the page prints three such headings at least (an outline, not a note), on a page whose head names an
# evaluation (自评, 评价报告). Its levels are the names of the
# scored headings of higher rank above it (一、 above (一) above 1. above (1)), up to any other heading of their rank.
SCORED_HEADING_RE = re.compile(
    r"^(?P<number>[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）])"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）、]{0,19}?)[(（](?P<points>\d{1,3}(?:\.\d+)?)分[)）][:：。.]?$"
)
SCORED_CANDIDATE_WORDS = ("分)", "分）")  # (what such a heading's line holds: one string search each)
SCORED_HEADINGS_LEAST = 3


def _number_style(number: str) -> str:
    """The style of an outline number (一、 / (一) / 1. / (1)): what tells its rank."""
    chinese = number.strip("()（）、.")[:1] in "一二三四五六七八九十"
    return ("(" if number[0] in "(（" else "") + ("一" if chinese else "1")


def _scored_headings(lines: list[Line]) -> list[Indicator]:
    """The 分值 of each heading of a scoring outline (:data:`SCORED_HEADING_RE`), as indicators of stage
    ``self_evaluation`` with their weight."""
    found = [
        (index, heading) for index in lines_holding(lines, SCORED_CANDIDATE_WORDS, "compact")
        if (heading := SCORED_HEADING_RE.match(lines[index].compact)) is not None
    ]
    if len(found) < SCORED_HEADINGS_LEAST:
        return []
    above: dict[int, str] = {}  # the name of the scored heading of each rank above
    out: list[Indicator] = []
    previous = -1
    for index, heading in found:
        rank = NUMBER_RANKS[_number_style(heading.group("number"))]
        above = {r: name for r, name in above.items() if r < rank}
        # (another heading since the last scored one ends the parts of its rank and below: looked for where a part
        # could be a parent, each line's first character before its number's pattern)
        for between in range(previous + 1, index) if above else ():
            compact = lines[between].compact
            if compact[:1] in RANK_FIRST and (other := _rank(compact)) is not None:
                above = {r: name for r, name in above.items() if r < other}
                if not above:
                    break
        levels = [above[r] for r in sorted(above)][-2:]
        name = heading.group("name")
        indicator = _indicator(
            (levels[0], levels[1]) if len(levels) == 2 else (levels[0], None) if levels else (None, None),
            name, "", "self_evaluation", lines[index],
        )
        indicator.__dict__.update(target_raw=None, actual_raw=None, weight=Decimal(heading.group("points")))
        out.append(indicator)
        above[rank] = name
        previous = index
    return out


# A numbered heading naming one of a level's indicators below the level's heading that says it was done
# (``1.产出指标完成情况分析。`` / ``(1)项目完成数量。`` / ``(3)项目实施进度``): short, no figure, numbered at a
# deeper rank than the level's; the text below it (the rest of its paragraph after its line, then the text paragraphs
# to the next numbered one) lists that indicator's figures as ``name value`` clauses — under the heading's name as
# the 二级指标 (its completion, 完成率100%, too).
SUB_HEADING_RE = re.compile(
    r"^\s*(?P<number>[(（]\d{1,2}[)）]|\d{1,2}[.、](?!\d))\s*(?P<name>[\u4e00-\u9fff()（）]{2,16}?)\s*[。.:：]?\s*$"
)
NUMBER_RANKS = {"一": 0, "(一": 1, "1": 2, "(1": 3}
SUB_HEADINGS_MOST = 8


def _rank(compact: str) -> int | None:
    """The outline rank of a line's number (一、 0, (一) 1, 1. 2, (1) 3); None where it starts with none."""
    number = LIST_NUMBER_RE.match(compact)
    return None if number is None else NUMBER_RANKS.get(_number_style(number.group()))


LIST_NUMBER_RE = re.compile(r"[(（]?[0-9一二三四五六七八九十]{1,2}[.、)）]")
RANK_FIRST = frozenset("(（0123456789一二三四五六七八九十")  # (what such a number starts with: a line's first look)


def _sub_headed(
    line: Line, parent: tuple[str | None, str | None], wrapped: _ParagraphTails
) -> list[Indicator]:
    """The indicators stated below the numbered headings of a level's indicators (:data:`SUB_HEADING_RE`) that follow
    the level's heading on ``line``, up to a heading of the level's rank (or higher) or any other level's heading."""
    rank = _rank(line.compact)
    if rank is None:
        return []
    paragraphs = wrapped.paragraphs()
    index = wrapped._index(line)
    out: list[Indicator] = []
    name: str | None = None  # the indicator heading the text read
    for following in range(index + 1, min(index + 1 + 2 * SUB_HEADINGS_MOST, len(paragraphs))):
        paragraph = paragraphs[following]
        if paragraph.kind == "table" or following in wrapped._read:
            break
        first = paragraph.text[: paragraph.starts[1]] if len(paragraph.starts) > 1 else paragraph.text
        compact = "".join(first.split())
        own = _rank(compact)
        if own is not None:
            heading = SUB_HEADING_RE.match(first)
            if own <= rank or heading is None or LEVEL_HEADING_RE.match(compact) is not None:
                break
            name = heading.group("name")
            start = len(first)
        else:
            start = 0
        if name is None:
            break
        wrapped._read.add(following)
        levels = (parent[0], name)
        for item_name, value, at in _items(paragraph.text, start, len(paragraph.text), completion=True):
            out.append(_indicator(levels, item_name, value, "self_evaluation", line.at(paragraph.line_at(at)),
                                  paragraph.page_at(at)))
    return out


# A part of a project's targets that heads each level on a line of its own, its clauses on the lines below:
# ``产业指标:`` / ``全县23个美丽乡村建设示范村,受益农户9840个,涉及31500口人,…;`` / ``时效指标:`` /
# ``该项目实施期为2019年元月至2019年12月;`` / ``成本指标:`` / ``该项目需县级财政安排资金8144万元,县级安排877万元。``.
# Read where two such
# headings at least (a level's name ending in 指标 and a colon, alone on its line, a list number before it allowed)
# stand within a few lines of each other in a part headed as the targets (:func:`_part_stage`), one of them a level of
# the national vocabulary: a name it lacks (产业指标, a 产出指标 mistyped) is a level by its place among them — its
# printed name the 二级指标, its 一级 not known. Each heading's clauses are the lines below it, to the next heading,
# a heading of the outline or a numbered item, or the end of the sentence its lines print (``。``). A clause states a
# target where it is a name and its figure (县级安排877万元, the words pointing at the project and its need before the
# name no part of it: 该项目需县级财政安排资金8144万元), a whole area's count before what it counts (全县23个美丽乡村
# 建设示范村), a name and a date or a period after 为 (项目实施期为2019年元月至2019年12月), or a verb and a count of
# people in 口人 (涉及31500口人: the verb its name, as printed); any other clause (23个示范村按照实施方案的要求) states
# none. Each target at the line its figure is printed on.
OWN_LINE_LEVEL_RE = re.compile(rf"^{LIST_NUMBER}?(?P<level>[\u4e00-\u9fff]{{2,6}}指标)[:：]$")
OWN_LINE_LEVEL_WORDS = "指标:"  # (what such a line holds, normalised: one search of the document's shared index)
# The most non-blank lines between two headings of one part, and below the last.
LEVEL_BLOCK_LINES = 4
LEVEL_BLOCK_HEADINGS_LEAST = 2
# The words pointing at the project and its need before an indicator's name (该项目需, 本项目需要).
PROJECT_NEED_RE = re.compile(r"^[该本](?:(?:项目|资金)(?:需要|需))?")
PLACE_WIDE = r"全[县市区镇乡旗村州省]"
DATE_OF = rf"{YEAR}年(?:\d{{1,2}}|元)月(?:\d{{1,2}}日)?"
BLOCK_CLAUSE_RES = (
    # a whole area's count before what it counts
    re.compile(rf"^{PLACE_WIDE}(?P<value>\d+(?:\.\d+)?{CLAUSE_UNITS})(?P<name>[\u4e00-\u9fff]{{2,12}})$"),
    # a name and its date or period
    re.compile(
        rf"^(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:为|是)[:：]?"
        rf"(?P<value>{DATE_OF}(?:(?:至|到|-|—|~){DATE_OF}|底|末|前)?)$"
    ),
    # a verb and a count of people in 口人
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?P<value>\d+口人)$"),
)


def _own_line_level_blocks(lines: list[Line], stage_of: Callable[[int], str | None]) -> list[list[int]]:
    """The runs of level headings on lines of their own (:data:`OWN_LINE_LEVEL_RE`) that make a part of targets:
    each the indexes of its headings, then of the line after its last clause line (where the part ends)."""
    headings = [i for i in lines_holding(lines, (OWN_LINE_LEVEL_WORDS,), "compact")
                if (own := OWN_LINE_LEVEL_RE.match(lines[i].compact)) is not None
                and ALL_LEVELS_RE.fullmatch(own.group("level")) is None]
    runs: list[list[int]] = []
    for index in headings:
        if runs and index in _block_lines(lines, runs[-1][-1], stop_at=index):
            runs[-1].append(index)
        else:
            runs.append([index])
    out = []
    for run in runs:
        names = [OWN_LINE_LEVEL_RE.match(lines[i].compact).group("level") for i in run]  # type: ignore[union-attr]
        if (len(run) >= LEVEL_BLOCK_HEADINGS_LEAST and any(_levels(name) is not None for name in names)
                and stage_of(run[0]) == "target"):
            out.append(run)
    return out


def _block_lines(lines: list[Line], heading: int, stop_at: int | None = None) -> list[int]:
    """The indexes of the lines below the level heading ``lines[heading]`` that hold its clauses (blank lines among
    them), up to ``stop_at`` (the next heading, whose index closes the list), an outline heading or a numbered item, the
    line closing a sentence (``。``) or :data:`LEVEL_BLOCK_LINES` non-blank lines."""
    out: list[int] = []
    seen = 0
    for index in range(heading + 1, len(lines)):
        if index == stop_at:
            out.append(index)
            return out
        compact = lines[index].compact
        if not compact:
            out.append(index)
            continue
        if seen == LEVEL_BLOCK_LINES or PART_START_RE.match(compact) or OUTLINE_HEADING_RE.match(compact) \
                or OWN_LINE_LEVEL_RE.match(compact):
            break
        out.append(index)
        seen += 1
        if compact.endswith("。"):
            break
    return out if stop_at is None else []


def _own_line_level_targets(lines: list[Line], run: list[int]) -> list[Indicator]:
    """The targets of one run of level headings (:func:`_own_line_level_blocks`)."""
    out: list[Indicator] = []
    for position, heading in enumerate(run):
        name = OWN_LINE_LEVEL_RE.match(lines[heading].compact).group("level")  # type: ignore[union-attr]
        levels = _levels(name) or (None, name)
        below = [i for i in _block_lines(lines, heading, run[position + 1] if position + 1 < len(run) else None)
                 if position + 1 == len(run) or i != run[position + 1]]
        text, starts = "", []
        for index in below:
            starts.append(len(text))
            text += lines[index].compact
        offset = 0
        for clause in CLAUSE_SPLIT_RE.split(text):
            found = _block_clause(clause)
            if found is not None:
                clause_name, value, at = found
                line = lines[below[bisect_right(starts, offset + at) - 1]]
                out.append(_indicator(levels, clause_name, value, "target", line))
            offset += len(clause) + 1
    return out


def _block_clause(clause: str) -> tuple[str, str, int] | None:
    """(name, value, offset of the value) of a clause below a level's own heading that states a target, or None."""
    if (found := CLAUSE_RE.match(clause)) is not None:
        name = PROJECT_NEED_RE.sub("", found.group("name"), count=1)
        if len(name) >= 2 and not NOT_INDICATOR_NAME_RE.search(name):
            return name, found.group("value"), found.start("value")
        return None
    for pattern in BLOCK_CLAUSE_RES:
        if (found := pattern.match(clause)) is not None:
            name = PROJECT_NEED_RE.sub("", found.group("name"), count=1)
            return (name, found.group("value"), found.start("value")) if len(name) >= 2 else None
    return None

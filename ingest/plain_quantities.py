"""Plain quantities no sentence or table reader reads: a target list's counts, and a count of names listed under it.

**A target list** (:func:`parse_goal_quantities`): ``项目当年度目标:服务驻点人员在岗大于250天,…完成至少7个调研课题,…``
and ``年度绩效目标(文字) | 主体班培训280人次;…开设课程数量220门;… |``.

A report or a target table states the year's targets of a project as one list under a target heading — a line
opening with ``(项目)(当年度|年度|本年度|当年|全年|总体)(绩效)目标`` (each part but 目标 may be left out;
``(文字)`` may follow), then a colon or a table's cell separator — its items parted by ``,`` or ``;`` up to the
sentence's end (``。``) or the cell's (``|``). The sentence reader (:mod:`ingest.statements`) states no figure of a
target sentence (a target set is no figure done); these are the project's quantities all the same (the corpus
convention: a plain quantity no indicator structure names is a ``project`` count), each read as a ``count`` (a
length or an area: a ``measure``) of the item's words:

- an item holds **one** number, followed by a counting unit (the vocabulary's, :data:`ingest.vocabulary.COUNT_UNITS`:
  个 次 人次 批次 门 座 篇 户 人 名 项 所 家 场 期 份 册 件 辆 台 套 处 宗 张 床 …, and 天; 米 平方米 公里 亩 …),
  with at most a lower bound before it (the vocabulary's words and signs of one: 大于, 不少于, 至少, 超过, ≥ …);
- its label is the words before the number (the bound and a leading verb shed: 完成评估、考核、审计等报告不少于7篇 →
  评估、考核、审计等报告) or, where those are only a verb (完成至少7个调研课题, 推动建立1个县域商业审核,
  涉及6140人次困难学生) or a list of names closed by 等 (对荷花村、…、新湾村等17个村居), the noun after the
  unit — only where it ends the item (调研课题; not 17个村居凡有松树的林地山头…: left out).

Left out: an item with a percentage, money or a second number (满意度大于90%, 资金100万元, 2023年完成培训100人次),
a number after 第 (an ordinal) or run on from other digits, a count with a fractional part, a 个 of a duration
(6个月), and an item whose words name nothing (a verb alone with no noun after its count). The figures are the
target's: no metric.

**A count of names listed under it** (:func:`parse_listed_counts`): an organisation paragraph's line (within the
fifteen lines under a heading naming 机构: 机构设置, 内设机构, 机构及人员情况) naming what it counts and the bare
count at its end (``①局机关内设股室7``, ``③区级办公室2``: a numbering mark before, 个 after it at most), the next
line listing the names (``内设股室:办公室、督查考核股、…、城市管理指挥中心。``). The count is read (in 个) only where
the list holds as many names as it says — two or more, parted by 、, each two to twenty characters with no digit: a
number at a line's end that no list confirms may be a year's, a code's or a page's, and is left out.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.records import StatedFigure
from ingest.statements import TARGET_LIST_HEADING_RE, stated_figure
from ingest.text import Line, lines_holding, lines_with
from ingest.vocabulary import BOUND_SIGN_OPERATORS, BOUND_WORDS, COUNT_UNITS, LOWER_BOUND_OPERATORS

# A target heading opening its line (a numbering or a cell separator before it), then a colon or a cell separator
# (ingest.statements.TARGET_LIST_HEADING_RE: the sentence reader leaves such a line's figures to this reader).
HEADING_RE = TARGET_LIST_HEADING_RE
# Lines that may open with a heading (one scan of the document for its literal 目标, the colon or the cell separator
# right after it: most 目标 of a performance page, 绩效目标完成情况, 目标值, are followed by other words).
HEADING_LINE_RE = re.compile(r"目标(?:[(（]文字(?:描述)?[)）])?\s*[:：|]")
# What ends the list: the sentence's end, the cell's.
LIST_END_RE = re.compile(r"[。|]")
ITEM_SPLIT_RE = re.compile(r"[,，;；]")
# A target's floor before its number (大于250天, 不少于7篇, 至少7个, ≥10人): the vocabulary's bound words and signs of
# a lower bound, in its order (大于等于 before 大于, >= before >).
BOUND = "|".join((
    *(word for word, operator in BOUND_WORDS if operator in LOWER_BOUND_OPERATORS),
    *(re.escape(sign) for sign, operator in BOUND_SIGN_OPERATORS.items() if operator in LOWER_BOUND_OPERATORS),
))
MEASURE_UNITS = ("平方米", "平方公里", "平米", "公里", "千米", "公顷", "米", "亩")
# What a count unit's character opens in a target's words, where it is no unit (6个月, 3个工作日, 人员, 人均, 项目,
# 台账, 口径, 座谈, 卷宗, 盘活, 盒饭).
NOT_UNIT_AFTER = {
    "个": "月|工作日|小时|季度|学期|百分点", "人": "员|均|口|数|才|民", "万人": "员|均|口|数|才|民", "项": "目",
    "台": "账", "口": "径|岸|罩|腔|头|号|碑|述|语|令|味|感|气|才|子|袋|粮|算|试", "座": "谈|位",
    "卷": "[\u4e00-\u9fff]", "盘": "[\u4e00-\u9fff]", "盒": "[\u4e00-\u9fff]",
}
# The vocabulary's count units (in its order: the longer first), each not where it opens another word; and 天,
# the days a target counts (服务驻点人员在岗大于250天).
TARGET_UNITS = (
    *(f"{unit}(?!{NOT_UNIT_AFTER[unit]})" if unit in NOT_UNIT_AFTER else unit for unit in COUNT_UNITS), "天",
)
QUANTITY_RE = re.compile(
    rf"(?P<bound>{BOUND})?\s*(?<![\d.第A-Za-z])(?P<n>\d+(?:\.\d+)?)\s*"
    rf"(?P<unit>{'|'.join((*MEASURE_UNITS, *TARGET_UNITS))})"
)
# An item holding a percentage or money is no count's (满意度大于90%, 资金100万元).
NOT_COUNT_RE = re.compile(r"%|％|元|百分比")
DIGIT_RE = re.compile(r"\d+(?:\.\d+)?")
# The verbs an item may open with before what it counts (完成评估…报告, 组织培训班, 推动建立1个…).
# (or only say whom it reaches: 涉及6140人次困难学生, 惠及, 覆盖)
VERBS = r"推动|完成|组织|开展|举办|实现|新建|建立|建成|建设|新增|召开|落实|确保|协助|累计|共|计划|涉及|惠及|覆盖"
# Words closing a list of names before its count (对荷花村、…、新湾村等17个村居…): the noun after the count names them.
LIST_CLOSING_ENDS = ("等", "及", "和", "与", "、")
LEADING_VERB_RE = re.compile(rf"^(?:{VERBS})+")
ITEM_HEAD_RE = re.compile(r"^\s*(?:[(（]?\d{1,2}[)）、.]|[一二三四五六七八九十]{1,2}[、.])?\s*")
# The noun ending an item after its count (至少7个调研课题): CJK words, brackets and 、, up to the item's end — short,
# with no 的 (17个村居凡有松树的林地开展除治: a clause runs on, not a noun).
NOUN_AFTER_RE = re.compile(r"\s*(?P<noun>[\u4e00-\u9fff](?:(?!的)[\u4e00-\u9fff()（）、]){1,9}?)(?:等)?\s*$")
LABEL_CHARS_RE = re.compile(r"[\u4e00-\u9fff]{2}")


def _label(item: str, match: re.Match[str]) -> str | None:
    """The item's label: its words before the number (bound and leading verb shed), else the noun ending it."""
    before = ITEM_HEAD_RE.sub("", item[: match.start()], count=1).strip()
    words = LEADING_VERB_RE.sub("", before)
    if len(words) >= 2 and LABEL_CHARS_RE.search(words) and not words.endswith(LIST_CLOSING_ENDS):
        return words
    if words and not LABEL_CHARS_RE.search(words):
        return None  # (a word of one character or a sign: names nothing)
    noun = NOUN_AFTER_RE.fullmatch(item, match.end())
    return noun.group("noun") if noun else None


def parse_goal_quantities(lines: list[Line]) -> list[StatedFigure]:
    """Every quantity of a target list (see the module docstring), at its line."""
    out: list[StatedFigure] = []
    for index in lines_with(lines, HEADING_LINE_RE):
        line = lines[index]
        text = line.norm
        heading = HEADING_RE.match(text)
        if heading is None:
            continue
        end = LIST_END_RE.search(text, heading.end())
        listed = text[heading.end() : end.start() if end else len(text)]
        for item in ITEM_SPLIT_RE.split(listed):
            if NOT_COUNT_RE.search(item) or len(DIGIT_RE.findall(item)) != 1:
                continue
            match = QUANTITY_RE.search(item)
            if match is None:
                continue
            unit, number = match.group("unit"), match.group("n")
            if "." in number and unit not in MEASURE_UNITS:
                continue  # a count is whole
            label = _label(item, match)
            if label is None:
                continue
            out.append(stated_figure(
                label, "count", Decimal(number), unit, None, None, item.strip(), None, line.number, line.page,
            ))
    return out


# A line naming what it counts, the bare count at its end: a numbering mark, the words, the count (个 at most after it).
COUNT_HEADING_RE = re.compile(
    r"\s*(?:[①-⑳]|[(（]?\d{1,2}[)）.、]|[(（]?[一二三四五六七八九十]{1,2}[)）、])?\s*"
    r"(?P<label>[\u4e00-\u9fff]{2,16}?)\s*(?P<n>[1-9]\d?)\s*个?\s*"
)
# A line listing names: a lead naming them (内设股室:) at most, then names parted by 、, a full stop at most.
NAME_LIST_RE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,10}[:：])?\s*(?P<names>[\u4e00-\u9fff()（）]{2,20}(?:、[\u4e00-\u9fff()（）]{2,20})+)\s*[。;；]?\s*"
)
LIST_MARK = "、"
# Words ending a heading's label that make its number a date's or an ordinal's, not a count.
NOT_COUNTED_ENDS = ("年", "月", "日", "号", "第", "期", "页", "版")
MAX_LIST_LINE_CHARS = 300
MAX_CONTEXT_CHARS = 120
# The word of an organisation heading (机构设置, 内设机构, 机构及人员情况) and how many lines below it its counts stand.
ORGANISATION_WORD = "机构"
MAX_HEADING_CHARS = 24
MAX_ORGANISATION_LINES = 16
# What a line stating a bare count ends with: a digit, or 个.
COUNT_ENDS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "个")


def parse_listed_counts(lines: list[Line]) -> list[StatedFigure]:
    """Every count of names a line states bare and the next line lists (see the module docstring)."""
    out: list[StatedFigure] = []
    seen: set[int] = set()
    # (the lines under an organisation heading, 机构设置 / 内设机构 / 机构及人员情况: one string search of the document)
    for anchor in lines_holding(lines, (ORGANISATION_WORD,)):
        if len(lines[anchor].norm) > MAX_HEADING_CHARS:
            continue  # (prose naming 机构, no heading)
        for index in range(anchor + 1, min(len(lines) - 1, anchor + MAX_ORGANISATION_LINES)):
            above = lines[index]
            if index in seen or not above.norm.rstrip().endswith(COUNT_ENDS):
                continue
            seen.add(index)
            below = next((k for k in range(index + 1, min(len(lines), index + 3)) if lines[k].norm.strip()), None)
            if below is None or len(lines[below].norm) > MAX_LIST_LINE_CHARS:
                continue
            if (listed := NAME_LIST_RE.fullmatch(lines[below].norm)) is None:
                continue
            if (heading := COUNT_HEADING_RE.fullmatch(above.norm)) is None:
                continue
            label, number = heading.group("label"), int(heading.group("n"))
            if label.endswith(NOT_COUNTED_ENDS) or listed.group("names").count(LIST_MARK) + 1 != number:
                continue
            out.append(stated_figure(
                label, "count", Decimal(number), "个", None, None,
                f"{above.norm.strip()} {lines[below].norm.strip()}"[:MAX_CONTEXT_CHARS],
                None, above.number, above.page,
            ))
    return out

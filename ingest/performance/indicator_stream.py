"""Performance indicators read from any layout as a stream of cells (绩效指标 in any table shape).

The grid and wrapped readers of this package read the layouts they know; real tables also come
as one cell per line, pipe rows that drop empty cells, or whole rows run together without
separators (``产出指标数量指标农村义务教育学校改造覆盖率100%``). What every layout keeps is the
indicator structure itself: a 一级指标 name, a 二级指标 name (the national vocabulary of
:mod:`ingest.performance.levels`), a 三级指标 name, then its values. This reader turns the lines
after an indicator header (or the first level name) into cells — separated cells as printed,
run-together text split at level names and at a value at its end — and walks them:

- a level-1 / level-2 name sets the level for the rows below (merged cells print it once);
- any other text cell is a 三级指标 name, and the cells after it are its values: the target
  (年度指标值 / 指标值 / 目标值), for self-evaluations the actual (实际值 / 完成值), and numbers in
  score columns (分值 / 得分) when the header names them in that order;
- a value is an operator (≥ ≤ = > < 不低于 …), a number and a unit (%, 万元, 人, 天, 百分比 …) as
  printed, or a short text cell where cells are separated; under the 2021 template's 指标性质 |
  指标值 | 度量单位 a target is those three cells together (``≥ | 95 | %`` is ``≥95%``) and starts
  with its 指标性质 (the cells before the indicator columns — a unit, a budget — are no target).

It runs only where no other performance reader found indicators, so the layouts those read keep
their readers. What it cannot place (a name without a value) is left out.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from ingest.closing_pipes import pipes_only
from ingest.comparison_rows import comparison_header
from ingest.numbers import declared_unit, parse_decimal, to_amount
from ingest.performance.figure_cells import is_figure_or_placeholder
from ingest.performance.header_roles import (
    ORDINAL_WORDS,
    PROGRESS_COLUMN,
    PROGRESS_RE,
    STREAM_HEADER_WORDS,
    column_role,
    funds_column_role,
)
from ingest.performance.indicator_values import figure_in_words
from ingest.performance.levels import (
    LEVEL2_PARENTS,
    SHORT_LEVEL2_NAMES,
    SHORT_LEVEL2_PARENTS,
    TARGET_ROW_CELLS,
    is_level1,
    is_level2,
    is_level_shaped,
    level2_parent,
    levels_by_place,
    short_levels_by_place,
)
from ingest.performance.run_together import (
    SELF_SCORE_RE,
    SEPARATED_CELL_RE,
    TOTAL_RE,
    ScoredRow,
    SteppedRow,
    money_unit,
    points_last,
    rate_holds,
    read_funds_row,
    read_scored_rows,
    read_source_row,
    read_total,
)
from ingest.performance.self_evaluation import FUNDING_SOURCES
from ingest.performance.tables import tidy_cell
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding
from ingest.spaced_cells import letter_spaced_joined
from ingest.text import Line, is_markdown_rule, is_page_mark, lines_holding
from ingest.value_lines import (
    FUNDING_FIGURES,
    FUNDS_FIGURES,
    INDICATOR_FIGURES,
    PROJECT_FIGURES,
    TOTAL_FIGURES,
    value_lines,
)
from ingest.vocabulary import (
    BOUND_ALTERNATION,
    BOUND_SIGN_ALTERNATION,
    BOUND_SIGNS,
    INDICATOR_UNITS,
    LIMIT_ALTERNATION,
    units_pattern,
)

# Where an indicator block starts: a line beginning with its header or a 一级指标 name, or holding
# the header's level columns (一级指标 … 三级指标) — never a sentence that mentions 产出指标.
# (a sentence counting them, 其中一级指标3个,二级指标9个, names no header: a count follows each level word)
START_RE = re.compile(
    r"^(?:一级指标|绩效指标|产出指标)|一级指标(?!\d).{0,6}(?:二级指标|三级指标)"
    r"|二级指标(?!\d).{0,6}三级指标"
)
# A sentence: where a table has ended.
PROSE_RE = re.compile(r"[。;；!！]|[,，][\u4e00-\u9fff]{2,}[,，]")
# What a 三级指标 name never holds (but the template's number before it: 指标1:水利工程建设数量).
NOT_A_NAME_RE = re.compile(r"[。,，;；:：!！]")
# A table's title, or a name cut at its bracket (项目绩效目标表(2021年度) split at the year): no 三级指标.
TITLE_NAME_RE = re.compile(r"(?:目标|自评|评价|申报)表|[(（]$")
TABLE_TITLE_RE = re.compile(r"(?:目标|自评|评价|申报)表$")
NUMBERED_NAME_RE = re.compile(r"^\s*指标\s*\d{1,2}\s*[:：]")
# What may stand before a 三级指标's name with a colon: the template's number, or 其中 (a part of the row
# above: 其中:实施新造林总面积(亩)).
NAME_PREFIX_RE = re.compile(r"^\s*(?:指标\s*\d{1,2}|其中)\s*[:：]")
# The template's number at a run-together name's start, with or without its colon (指标1, 指标2:).
TEMPLATE_NUMBER_RE = re.compile(r"指标\d{1,2}[:：]?(?=[\u4e00-\u9fff])")
# The template's numbers of rows left empty before a cell (指标1:指标2:总分).
EMPTY_NUMBERS_RE = re.compile(r"^(?:指标\d{1,2}[:：]?)+")
# Where it ends (a 合计 row alone: the total of the weights).
END_RE = re.compile(
    r"总分|合计得分|自评得分|评价结论|附件|扫一扫|打印|关闭|说明[:：]|备注[:：]|^合计(?![\u4e00-\u9fff])|"
    r"部门审核意见|^审核意见|^填(?:表|报)人[:：]"
)
PARSER_NAME = "performance.indicator_stream"
CELL_SPLIT_RE = re.compile(r"\s*[|\t]\s*")
OPERATOR = rf"(?:{BOUND_ALTERNATION}|═)"
UNIT = units_pattern(INDICATOR_UNITS)
# A whole value cell: ``≥90%``, ``=300天``, ``100%``, ``2280次``, ``95%以上``.
VALUE_RE = re.compile(rf"^{OPERATOR}?\s*\d+(?:\.\d+)?\s*{UNIT}?(?:{LIMIT_ALTERNATION}|及以上)?$")
# A value run onto the end of a name: ``学校满意度≥90%`` → 学校满意度 | ≥90%.
TRAILING_VALUE_RE = re.compile(rf"(?P<value>{OPERATOR}?\s*\d+(?:\.\d+)?\s*{UNIT}(?:{LIMIT_ALTERNATION})?)$")
# What makes a unit a longer one (人 → 人次, 个 → 个月, 米 → 米² no): after it, the value has not ended.
UNIT_CONTINUATION = r"(?<=人)次|(?<=个)月|(?<=平方)公里"
# A name followed by its value inside run-together text.
# The name may end with the unit it is counted in (完成及时率%); OCR prints = as 二 (二100百分比).
# (a unit is never cut short of the longer one it begins: ``≥500人次520人次`` is no 500人 before 次…)
INLINE_RE = re.compile(
    rf"(?P<name>[\u4e00-\u9fff()（）、.★“”]{{2,40}}?)%?"
    rf"(?P<value>(?:{OPERATOR}|二(?=\d))?\d+(?:\.\d+)?{UNIT}(?!{UNIT_CONTINUATION})(?:{LIMIT_ALTERNATION})?)"
    r"(?=[\u4e00-\u9fff★]|$)"
)
# A note in brackets inside a name (no bracket inside it).
BRACKETED_NOTE_RE = re.compile(r"[(（][^()（）]*[)）]")
# A name whose note in brackets holds what no name's words do (a colon, a slash), then its value with an
# operator or a unit at the text's end.
NOTED_NAME_VALUE_RE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff、]{{2,20}}[(（][^()（）]{{1,30}}[)）])"
    rf"(?P<value>{OPERATOR}\s*\d+(?:\.\d+)?\s*{UNIT}?(?:{LIMIT_ALTERNATION})?|\d+(?:\.\d+)?\s*{UNIT}(?:{LIMIT_ALTERNATION})?)$"
)
# The points a level is worth, printed after its name: 产出指标(50分), 成本指标(0-20)分.
SCORE_NOTE_RE = re.compile(r"\(\d+(?:-\d+)?分?\)分?")
# A space inside a value: after an operator, before a unit or %. One space, never a tab or a run of
# spaces: those separate cells (``100⇥%`` and ``100   %`` are a number's cell and a unit column's, as
# ``100 | %`` is), and a row read so in one layout is read so in every other.
OPERATOR_SPACE_RE = re.compile(rf"({OPERATOR}) (?=\d)")
UNIT_SPACE_RE = re.compile(rf"(\d) (?=万?{UNIT})")  # (65 万元, 6 万立方米)
# A date's parts printed apart (2022 年 12 月 31 日前, once its numbers are joined to their 年 / 月 / 日): one value.
DATE_SPACE_RE = re.compile(r"(?<=\d年) +(?=\d{1,2}月)|(?<=\d月) +(?=\d{1,2}日)")
# A number and a short word after it, then another number and the same word (≥30 学时 30 学时 10 10: a unit the
# vocabulary lacks, printed apart after the target and the actual): the word is both numbers' unit, no cell of its
# own. (A word after one number only is a cell: ≥90 良好 10 9, the actual 良好.)
WORD_UNIT_SPACE_RE = re.compile(
    r"(?<=\d) (?P<unit>[\u4e00-\u9fff]{1,2}) (?P<next>[≥≤><=]?\d+(?:\.\d+)?) (?P=unit)(?=\s|$)"
)
PROJECT_NAME_WORD_RE = re.compile("项目(?:支出)?名称|专项资金名称|转移支付(?:\\(项目\\))?名称")
NAME_WORD = "名称"  # (every match of PROJECT_NAME_WORD_RE ends with it)
# A project's name: 项目名称 (a county's special fund's table: 专项资金名称) then the name, up to the
# next label of the form.
PROJECT_NAME_RE = re.compile(r"(?:二级)?(?:项目(?:支出)?|专项资金|转移支付(?:\(项目\))?)名称[:|]*(?P<name>[^:|]{0,60})")
NEXT_LABEL_RE = re.compile(
    r"项目(?:类型|分类|属性|起止|负责人|编码|代码|性质|类别|金额|资金|总额)|(?:中央|地方|省级|市级|县级)?(?:项目|业务)?主管部门"
    r"|(?:项目)?(?:实施|执行)单位|资金用途|"
    r"二级项目名称|负责人|联系电话|预算单位|[|]"
)
# The name as its own cell, where spaces separate cells: 项目名称 委托业务项目 主管部门 …
SPACED_NAME_RE = re.compile(r"项目名称[:：]?\s+(?P<name>[^\s|:：]{2,60})(?=\s|\||$)")
PROJECT_ALONE_RE = re.compile(r"^[\u4e00-\u9fff()“”、·A-Za-z0-9-]{2,40}$")
# A score cell: a bare number.
NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")
# Level names as printed inside run-together text, longest first.
LEVEL_WORDS = (
    "社会公众或服务对象满意度指标",
    "服务对象满意度指标",
    "生态环境成本指标",
    "可持续影响指标",
    "可持续发展指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "经济成本指标",
    "社会成本指标",
    "满意度指标",
    "产出指标",
    "效益指标",
    "成本指标",
    "数量指标",
    "质量指标",
    "时效指标",
)
LEVEL_SPLIT_RE = re.compile("(" + "|".join(LEVEL_WORDS) + ")")
# A bracketed gloss printed after a level name in the same cell (数量指标(或建筑规模指标),
# 时效指标（工期指标、形象进度指标）): it names the level, no indicator.
LEVEL_GLOSS_RE = re.compile(r"[(（][^()（）]{1,20}[)）]")
# A cell that only fills the template: an ellipsis (……, normalised to ......), 。。。
FILLER_RE = re.compile(r"^[.…。·]+$")
# At most this many one-piece lines are held while they may still join into a level name, each of
# at most this many characters (the longest level name has ten).
MAX_LEVEL_PIECES = 3
MAX_LEVEL_PIECE_CHARS = 10
# Header words that are not indicators (the shared vocabulary's, ingest/performance/header_roles.py).
HEADER_WORDS = STREAM_HEADER_WORDS
MIN_NAME_CHARS = 2
# Most pieces a header word or level name printed with spaces inside is read joined from (一级 指标).
MAX_SPLIT_WORD_PIECES = 3
MAX_NAME_CHARS = 40
MAX_TEXT_VALUE_CHARS = 12
# Most lines a header printed one cell per line takes (the 2021 template's has eleven cells).
MAX_HEADER_CELL_LINES = 16
# A line of a table printed one cell per line that is an empty cell (its closing pipe alone).
EMPTY_CELL_LINES = ("|", "｜")
# A header whose target is printed as three cells (the 2021 template): 指标性质, then 指标值, then 度量单位;
# a budget system's export names them 计算符号, 目标值, 度量单位.
SPLIT_TARGET_HEADER_RE = re.compile(r"(?:指标性质|计算符号).{0,6}(?:指标值|目标值).{0,6}(?:度量|计量)单位")
# A header with a unit column between the 三级指标 and the target (三级指标 | 单位 | 指标值: the 区域绩效目标表
# of a transfer): a row's unit cell before its target is no target, and a bare number takes it (11 | 个).
# (Chongqing's 项目绩效目标表 has the target's 指标性质 between them: 三级指标 | 计量单位 | 指标性质 | 指标值)
UNIT_BEFORE_TARGET_RE = re.compile(
    r"三级指标\W{0,4}(?:计量|度量)?单位\W{0,4}(?:指标性质\W{0,4})?(?:年度)?(?:指标值|目标值)"
)
# Header cells before the target that name no column of figures: the target's 指标性质, a unit column.
UNIT_COLUMN_WORDS_RE = re.compile("指标性质|计算符号|(?:计量|度量)?单位")
# A cell of that unit column: a unit, in ten thousands too (万亩, 万人次), or a rate (人/年).
UNIT_COLUMN_CELL_RE = re.compile(rf"万?{UNIT}|[\u4e00-\u9fff]{{1,2}}/[\u4e00-\u9fff]{{1,2}}")
# A target without a unit of its own (≥95, 11).
BARE_TARGET_RE = re.compile(rf"^{OPERATOR}?\s*\d+(?:\.\d+)?$")
# An operator alone in its cell, and a unit alone in its cell.
OPERATOR_CELL_RE = re.compile(OPERATOR)
UNIT_CELL_RE = re.compile(rf"万?{UNIT}|[\u4e00-\u9fff]{{1,2}}/[\u4e00-\u9fff]{{1,2}}")  # 万亩, 人/年, 次/年
# An operator, a number and perhaps such a unit in one cell (≤101400元, =1元/人, ≥90%).
OPERATOR_TARGET_RE = re.compile(rf"^{OPERATOR}\s*\d+(?:\.\d+)?(?:{UNIT_CELL_RE.pattern})?$")
# A number and such a unit joined (470人/天, 3万亩): a value, never a name.
NUMBER_UNIT_CELL_RE = re.compile(rf"\d+(?:\.\d+)?(?:{UNIT_CELL_RE.pattern})")
# A header whose target column (预期指标值) is split into 符号 and 单位(文字描述) sub-columns, each row
# printing the indicator's explanation between its name and its target: ``符合条件申报对象覆盖率 |
# 享受补贴政策人数占…的比例 | >= | 98 | %(百分比) | 100% | 完成 | 25.00 | 25.00 | 6.25``.
SIGNED_TARGET_HEADER_RE = re.compile(r"指标值.{0,40}符号.{0,4}单位")
# A target so printed, its cells joined (:func:`_joined_values`): an operator, a number, a unit and the
# unit's own words in brackets (>=98%(百分比)), read without them.
SIGNED_TARGET_RE = re.compile(rf"^(?P<value>{OPERATOR}\d+(?:\.\d+)?{UNIT}?)(?:\([\u4e00-\u9fff]{{1,6}}\))?$")
# Such a row's values: the target and the actual, then the 自评得分 group's three points (单项指标得分 |
# 权重占比(%) | 单项指标折算得分), read only where they hold as printed: 折算得分 = 单项指标得分 × 权重占比 / 100
# (25.00 | 25.00 | 6.25) — the row's score is its 单项指标得分; points that do not hold are left out.
SIGNED_COLUMNS_ORDER = ("target", "actual")
SIGNED_SCORED_ORDER = ("target", "actual", "score")
# An operator and a number in one cell (a target's 符号 and 值 printed one cell per line, joined: ``>=98``).
OPERATED_NUMBER_RE = re.compile(rf"^{OPERATOR}\d+(?:\.\d+)?$")
# The fewest cells a signed row prints: a name, its target's 符号 / 值 / 单位, the actual, three points.
MIN_SIGNED_ROW_CELLS = 8
# How far an indicator block reaches without a single level name or value.
MAX_GAP_LINES = 12
DIGIT_RE = re.compile(r"[0-9０-９]")
MAX_GAP_CELL_LINES = 30


# A mid-year monitoring sheet's column of the indicators' execution to a date (半年度指标执行情况, 1-6月执行情况,
# 截至9月底完成情况: 27d 14 L16-18): read where the actual stands (ingest/performance/monitoring.py then keeps it as
# the indicator's progress, not its actual).
VALUE_COLUMN_PATTERNS = (
    ("weight", re.compile(r"分值|权重")),
    ("target", re.compile(r"年度指标值|指标目标值|年初目标值|年度目标值|指标值|目标值|年度数值")),
    ("actual", re.compile(rf"全年实际值|实际完成(?:指标)?值|实际值|完成值|{PROGRESS_COLUMN}|实施进度|完成情况")),
    ("score", re.compile(r"得分")),
)


def _value_columns(text: str) -> list[tuple[int, str]]:
    """(where, kind) of each value column a header's text names first (target / actual / weight / score)."""
    return [(match.start(), kind) for kind, pattern in VALUE_COLUMN_PATTERNS if (match := pattern.search(text))]


@dataclass
class _Columns:
    """The value columns a header names, in printed order (target / actual / weight / score)."""

    order: list[str] = field(default_factory=lambda: ["target"])
    # The 2021 template prints a target as three cells, 指标性质 | 指标值 | 度量单位 (≥ | 95 | %).
    split_target: bool = False
    # A 偏差原因 column after the 得分 (a row's reason words may stand between its points and the next name).
    reasons: bool = False
    # The header names a value column (指标值, 完成值, 分值 …): False where ``order`` is only the default guess.
    named: bool = True
    # A unit's column after the target's (指标值 | 计量单位, no 指标性质): a unit printed apart after a number
    # (``100 %`` of a row printed with one space between its cells) is that column's cell, not joined to it.
    units_apart: bool = False

    @classmethod
    def from_header(cls, text: str) -> _Columns:
        """The columns after the header's 三级指标 (a funds header before it names 分值/得分 too).

        A header of two rows whose first names the value columns (绩效指标 | 年度指标值 | 实际完成值 |
        分值 | 得分) and whose second splits the target under them (一级指标 | 二级指标 | 三级指标 |
        指标性质 | 指标值 | 度量单位) has its columns in the first row's order, the target split."""
        after_level3 = "三级指标" in text
        before_level3 = text[: text.index("三级指标")] if after_level3 else ""
        if after_level3:
            text = text[text.index("三级指标") + 4 :][:80]
        found = _value_columns(text)
        order = [kind for _, kind in sorted(found)]
        if "target" not in order and order and before_level3:
            # a sheet flattened column by column (年度 实际 指标值 完成值 … 三级指标 … 分值 得分): the target and
            # actual columns' words printed before 三级指标, the points' after it
            above = [kind for _, kind in sorted(_value_columns(before_level3[-80:]))]
            if above[:2] == ["target", "actual"] and not set(above) & set(order):
                return cls([*above, *order])
        if "target" not in order:
            return cls(["target"], named=bool(order))
        split = SPLIT_TARGET_HEADER_RE.search(text) is not None
        if split and order == ["target"] and "指标值" in before_level3:
            above = [kind for _, kind in sorted(_value_columns(before_level3[-80:]))]
            if len(above) > 1 and above[0] == "target":
                return cls(above, split)
        # (the target's own cell, and a unit column before it: 三级指标 | 单位 | 指标值)
        before_first = UNIT_COLUMN_WORDS_RE.sub("", text[: min(start for start, _ in found)])
        if after_level3 and "weight" not in order and len(re.findall(r"[\u4e00-\u9fff]", before_first)) >= 3:
            order.insert(0, "weight")  # a column the header does not name before the target: an OCR'd 分值
        reasons = "score" in order and REASON_AFTER_SCORE_RE.search(text) is not None
        units_apart = not split and UNIT_AFTER_TARGET_RE.search(text) is not None
        return cls(order, split, reasons, units_apart=units_apart)

    @property
    def run_together(self) -> tuple[str, ...] | None:
        """The columns a run-together row holds, when the header makes rows splittable by their
        structure (a self-evaluation: an actual or a score after the target)."""
        if "actual" in self.order or "score" in self.order:
            return (*self.order, "reason") if self.reasons else tuple(self.order)
        return None


# A unit's column after the target's: 指标值 计量单位, *指标值 | 度量单位.
UNIT_AFTER_TARGET_RE = re.compile(r"(?:指标值|目标值)[^\u4e00-\u9fff]{0,3}(?:计量|度量)单位")
# A 偏差原因 column named after the 得分 column (得分偏差及原因分析, 得分未完成原因及改进措施).
REASON_AFTER_SCORE_RE = re.compile(r"得分.{0,6}(?:未完成|偏差)(?:及|的)?原因")


# The columns a row under a header of signed targets is read in (:func:`_signed_row`).
SIGNED_COLUMNS = _Columns(list(SIGNED_COLUMNS_ORDER))
SIGNED_SCORED_COLUMNS = _Columns(list(SIGNED_SCORED_ORDER))
# A header's target column (a table whose header names it and no actual, 分值 or 得分 sets targets).
TARGET_COLUMN_RE = re.compile(r"三级指标.{0,12}(?:指标值|目标值)")


# What every line START_RE finds something in holds.
START_CANDIDATE_WORDS = ("一级指标", "绩效指标", "产出指标", "二级指标")
START_CANDIDATE_RE = re.compile("|".join(START_CANDIDATE_WORDS))
# A row of cells (between pipes, tabs or spaces) whose target is printed as the 2021 template's three cells,
# 指标性质 | 指标值 | 度量单位 (``成本指标 | 宣传成本预算 | ≤ | 101400 | 元 | 5``), opening with a level's name:
# where a table's excerpt that lost its header starts (the rows of a page cut above them). Read on a line's
# normalised text (a Markdown row opens with a pipe).
_SEP = r"(?>\s*[|\t]\s*|\s+)"  # (atomic: a run of spaces is one separator, never tried split)
_SIGN = f"(?:{BOUND_SIGN_ALTERNATION})"  # (the vocabulary's signs of a bound: ≥, ≧, >= …)
HEADLESS_ROW_RE = re.compile(
    r"^\s*\|?\s*(?:" + "|".join(map(re.escape, LEVEL_WORDS)) + r")(?:\s*[(（][^|\t]{0,12}[)）])?" + _SEP
    + r"(?:[^|\t ]+" + _SEP + r"){1,2}" + _SIGN + _SEP + r"\d+(?:\.\d+)?(?:" + _SEP + r"|\s*$)"
)
# Such a row without its level cells (merged above): one to three cells, then the target's 指标性质 and 指标值.
HEADLESS_CELLS_RE = re.compile(
    r"^\s*\|?\s*(?:[^|\t ]*" + _SEP + r"){1,4}" + _SIGN + _SEP + r"\d+(?:\.\d+)?(?:" + _SEP + r"|\s*$)"
)
# What every line HEADLESS_ROW_RE matches holds (looked for in the document's joined normalised text).
HEADLESS_CANDIDATE_RE = re.compile(r"[|\t ]\s*" + _SIGN + r"\s*[|\t ]\s*\d")
# What the compact text of every line HEADLESS_CANDIDATE_RE finds something in holds (its spaces and tabs gone:
# an operator, perhaps a pipe, a digit): with START_CANDIDATE_WORDS, the lines :func:`_blocks` tries.
OPERATORS = tuple(sorted({sign[0] for sign in BOUND_SIGNS}))  # (the vocabulary's signs' first characters: ≧ too)
OPERATOR_NUMBER_COMPACT_RE = re.compile("[" + re.escape("".join(OPERATORS)) + r"]\|?\d")


def _starts_block(line: Line) -> bool:
    return bool(START_RE.search(line.compact) or HEADLESS_ROW_RE.match(line.norm))


@functools.lru_cache(maxsize=8192)  # (a pure function of a cell's key, asked of every cell by several rules)
def _is_level(key: str) -> bool:
    return key in LEVEL_WORDS or is_level1(key) or is_level2(key)


def _word_split_by_space(cells: Sequence[str | ScoredRow]) -> str | None:
    """The header word or level name a line's few cells spell joined (``绩效 指标``, ``一级 指标``, ``产出 指标``:
    one cell whose word a copy printed with a space inside), or None."""
    if not 1 < len(cells) <= MAX_SPLIT_WORD_PIECES or not all(isinstance(cell, str) for cell in cells):
        return None
    key = _key("".join(cell for cell in cells if isinstance(cell, str)))
    return key if HEADER_WORDS.match(key) or _is_level(key) else None


@functools.lru_cache(maxsize=8192)  # (a pure function of a cell's text, asked of a cell by several rules)
def _key(text: str) -> str:
    """A cell compacted for level matching: spaces, ``(50分)`` and star marks removed."""
    return _without_score_notes("".join(text.split()))  # str.split's whitespace is \s


def _without_score_notes(text: str) -> str:
    """``text`` without the points printed after level names (:data:`SCORE_NOTE_RE`; each opens
    with a bracket: most texts have none to look for)."""
    return SCORE_NOTE_RE.sub("", text) if "(" in text else text


def _run_together(piece: str) -> list[str]:
    """Names and values run together (``办公大楼日常维修维护次数2280次大楼安检巡察次数200次``) as
    alternating cells; a piece with no value inside stays whole."""
    numbered = TEMPLATE_NUMBER_RE.match(piece)
    if numbered and numbered.end() < len(piece):
        # the template's number before a name (指标1项目完成及时率): no name 指标 with the value 1项
        cells = _run_together(piece[numbered.end() :])
        return [numbered.group() + cells[0], *cells[1:]]
    cells: list[str] = []
    position = 0
    if ")" in piece and (noted := NOTED_NAME_VALUE_RE.match(piece)):
        # a name with a note in brackets, then its value (结余率(计算方法为:结余数/预算数)≤5%)
        return [noted.group("name"), noted.group("value")]
    # each pair is tried where the previous one ended, not searched for further on: a pair found
    # later would end the reading there anyway (the pattern matches no empty text)
    while match := INLINE_RE.match(piece, position):
        cells.extend([match.group("name"), match.group("value")])
        position = match.end()
    if not cells:
        return [piece]
    if position < len(piece):
        cells.append(piece[position:])
    return cells


def _name_body(cell: str) -> str:
    """A name's text without what may hold a colon or a comma in a name: the template's number or 其中 before
    it (指标1:, 其中:) and a full stop closing a name so numbered (指标1:基层医疗卫生机构实施基本药物制度补助。), a
    note in brackets (结余率(计算方法为:结余数/预算数))."""
    body = NAME_PREFIX_RE.sub("", cell, count=1)
    if len(body) < len(cell) and NUMBERED_NAME_RE.match(cell):
        body = body.rstrip().removesuffix("。")
    return BRACKETED_NOTE_RE.sub("", body) if "(" in body or "（" in body else body


def _space_cells(raw: str) -> list[str]:
    """Cells separated by spaces (``项目建设成本 ≤65万元 10``); letter-spaced words (``产 出 指 标``)
    are joined back (:func:`~ingest.spaced_cells.letter_spaced_joined`), and a formula's ``$ … $`` printed with
    spaces inside kept one cell."""
    if "$" not in raw:
        return letter_spaced_joined(raw.split())
    tokens: list[str] = []
    math = False  # (inside a formula's $ … $, printed with spaces: $\\geq 90\\%$ is one value)
    for token in raw.split():
        if math:
            tokens[-1] += " " + token
            math = token.count("$") % 2 == 0
            continue
        tokens.append(token)  # (a formula's cell holds a $: no letter-spaced word's character)
        math = token.count("$") % 2 == 1
    return letter_spaced_joined(tokens)


# The roles of an indicator table's own header cells (ingest/performance/header_roles.py): a header holding none
# of them, after an indicator block, heads another table.
INDICATOR_HEADER_ROLES = frozenset({"level", "target", "actual", "caption"})
# A separated line's cell breaks (each cell then compacted: no spaces around them to match, which on a line padded
# with runs of spaces would be tried at every space).
CELL_BREAK_RE = re.compile(r"[|\t]")
# Fewest cells another table's header has.
MIN_OTHER_HEADER_CELLS = 3


def _other_table_header(line: Line) -> bool:
    """Whether ``line`` is the header of a table that is no indicator table: its cells separated, the first
    its rows' number (序号), and none of them an indicator table's column (a level, a target, an actual:
    ``序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | … | 补助资金`` after a 绩效指标 table)."""
    if not line.compact.lstrip("|｜").startswith(ORDINAL_WORDS) or not is_separated(line):
        return False
    cells = [key for key in (_key(cell) for cell in CELL_BREAK_RE.split(line.norm)) if key]
    return (
        len(cells) >= MIN_OTHER_HEADER_CELLS and column_role(cells[0]) == "ordinal"
        and not any(column_role(cell) in INDICATOR_HEADER_ROLES for cell in cells[1:])
    )


def is_separated(line: Line) -> bool:
    """Whether a line's cells are separated (pipes, tabs or spaces between words)."""
    return _norm_separated(line.norm)


@functools.lru_cache(maxsize=4096)  # (asked of a block's lines several times: a pure function of the text)
def _norm_separated(norm: str) -> bool:
    raw = norm.strip()
    compact = "".join(norm.split())  # (a Line's compact text)
    return _separated_parts(raw if raw == compact else _joined_values(raw))[0]


def _raw(line: Line, units_apart: bool = False) -> str:
    """A line's normalised text, stripped, with a value's pieces printed apart joined back
    (:func:`_joined_values`; its unit not, under a header with a unit's column): a line without inner
    whitespace (its compact text) has none."""
    raw = line.norm.strip()
    return raw if raw == line.compact else _joined_values(raw, units_apart)


def _separated_parts(raw: str) -> tuple[bool, list[str]]:
    """Whether a line's text (:func:`_raw`) has separated cells (pipes, tabs or spaces between
    words), and its parts: the cells between pipes or tabs, else between spaces."""
    if "|" in raw or "\t" in raw:
        cells = [c for c in CELL_SPLIT_RE.split(raw) if c.strip()]
        return len(cells) > 1, cells  # one cell closed by a pipe (``产出指标 |``): a cell of a stream
    parts = _space_cells(raw)
    return len(parts) > 1, parts


def _joined_values(raw: str, units_apart: bool = False) -> str:
    """A value's pieces printed apart joined back (``100 %``, ``≥ 90%``, ``65 万元``), so that
    spaces between them are not taken for cell separators."""
    joined = OPERATOR_SPACE_RE.sub(r"\1", raw)
    if not units_apart:
        joined = UNIT_SPACE_RE.sub(r"\1", joined)
    if "年" in joined or "月" in joined:
        joined = DATE_SPACE_RE.sub("", joined)
    return joined if units_apart else WORD_UNIT_SPACE_RE.sub(r"\g<unit> \g<next>\g<unit>", joined)


def _cells(parts: list[str], columns: _Columns | None = None) -> list[str | ScoredRow]:
    """A line as cells, from its parts (:func:`_separated_parts`): separated cells, run-together
    text split at level names and a trailing value; whole scored rows
    (:mod:`~ingest.performance.run_together`) where the header says the rows hold scores."""
    scored = columns.run_together if columns is not None else None
    if len(parts) > 1:
        parts = _after_header_cells(parts)
    cells: list[str | ScoredRow] = []
    after_level = False  # (a level's gloss in a part of its own after it, between spaces: 数量指标 (必填))
    named = False  # (the part before was a separated cell of words: the row's name, or a value of words)
    for part in parts:
        if len(parts) > 1 and " " in part:
            part = _spaced_level(part)
        for piece in LEVEL_SPLIT_RE.split(_without_score_notes(_key(part) if len(parts) == 1 else part)):
            piece = piece.strip()
            if not piece:
                continue
            if after_level and LEVEL_GLOSS_RE.fullmatch(piece):
                after_level = False
                continue  # 数量指标(或建筑规模指标): the level's own gloss, in its cell — no name
            after_level = LEVEL_SPLIT_RE.fullmatch(piece) is not None
            if VALUE_RE.match(piece):
                cells.append(piece)
                continue
            if scored is not None and columns is not None:
                piece = _after_header(piece)
                rows, stop = read_scored_rows(piece, scored)
                cells.extend(rows)
                piece = piece[stop:]
                if rows and (not piece or END_RE.match(piece)):
                    continue
            if TOTAL_RE.match(EMPTY_NUMBERS_RE.sub("", piece, count=1)):
                continue  # (指标2:总分10098: the template's empty rows, then the table's 总分 and its score)
            pieces = _run_together(piece)
            if len(parts) > 1 and len(pieces) % 2 == 1 and len(pieces) > 1:
                # a separated cell with a figure inside and words after it is one name (指标12:孕产妇7天访视数),
                # not a name, its value and a next name
                pieces = [piece]
            elif named and len(pieces) == 2 and figure_in_words(piece) is not None:
                # a separated cell after the row's name: a sentence ending in its figure (本年度完成村卫生室352个),
                # a value cell whole, not a name and its value
                pieces = [piece]
            named = len(parts) > 1 and len(pieces) == 1 and not VALUE_RE.match(piece) and not _is_level(piece)
            if len(parts) == 1 and scored is not None and points_last(scored) and any(
                POINTS_GLUED_RE.search(cell) for cell in pieces[1:]
            ):
                continue  # (a cell ending in a row's points run into its words, 前7月55: the row's cells are not known)
            cells.extend(pieces)
    return cells


def _spaced_level(part: str) -> str:
    """A separated cell that is a level's name wrapped at a space, with or without its bracketed note
    (``社会效益 指标 (必填)``, ``数量指标 (必填硬性指标)``), as its compact text (社会效益指标(必填), the note
    then dropped as a level's gloss); any other cell as printed."""
    key = _key(part)
    match = LEVEL_SPLIT_RE.match(key)
    if match is None:
        return part
    rest = key[match.end() :]
    return key if not rest or LEVEL_GLOSS_RE.fullmatch(rest) else part


# Block lines whose cells are read once per spelling (a bounded cache of a pure function).
LINE_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=LINE_CACHE_SIZE)
def _line_cells(
    norm: str, scored: tuple[str, ...] | None, units_apart: bool = False
) -> tuple[bool, tuple[str | ScoredRow, ...]]:
    """Whether a block line's cells are separated, and its cells (:func:`_cells`, under a header
    whose :attr:`_Columns.run_together` is ``scored``), from the line's normalised text (its
    compact text is that without white space): a pure function of the two, read once per spelling
    (a table printed twice, the header and level lines every table repeats)."""
    line = _new(Line)
    line.norm, line.compact = norm, "".join(norm.split())
    separated, parts = _separated_parts(_raw(line, units_apart))
    return separated, tuple(_cells(parts, _Columns(list(scored)) if scored is not None else None))


_new = object.__new__


# Words then two digits or more at a cell's end: a row's 分值 and 得分 run into its last cell (前7月55).
POINTS_GLUED_RE = re.compile(r"[^\d.%％]\d{2,}$")


# The end of an indicator header run together with the rows: its last column words.
HEADER_END_RE = re.compile(
    r"三级指标.{0,60}(?:得分|实际值|完成值)(?:(?:未完成|偏差)(?:及|的)?原因[^产效满项]{0,16}?(?:措施|分析))?"
)


def _after_header(piece: str) -> str:
    """A run-together piece without the indicator header (and what stands before it)."""
    match = HEADER_END_RE.search(piece)
    return piece[match.end() :] if match else piece


def _after_header_cells(parts: list[str]) -> list[str]:
    """A separated line's cells after the indicator header it holds (and what stands before it:
    the project's name, funds and goal cells of a table flattened onto one line)."""
    if "级" not in "".join(parts):
        return parts  # no part's key is 三级指标 (a key is its part without white space and score notes)
    keys = [_key(part) for part in parts]
    if "三级指标" not in keys:
        return parts
    end = keys.index("三级指标") + 1
    while end < len(keys) and HEADER_WORDS.match(keys[end]):
        end += 1
    return parts[end:]


def _joined_targets(cells: list[str | ScoredRow], operator_optional: bool = False) -> list[str | ScoredRow]:
    """A row's cells with each target printed as three cells under 指标性质 | 指标值 | 度量单位 — an
    operator alone, a number, a unit alone (``≥ | 95 | %``) — made one value (``≥95%``); the unit
    cell may be empty (a count printed without one: ``= | 11 |``). With ``operator_optional`` (a row's
    cells on one line, between spaces or pipes) the 指标性质 cell may be empty too: a number and the
    unit cell after it are one value (``470 | 人/天`` → ``470人/天``)."""
    out = _with_targets_joined(cells, lambda cell: cell.strip() if isinstance(cell, str) else None,
                               lambda _cell, value: value)
    if not operator_optional:
        return out
    joined: list[str | ScoredRow] = []
    for cell in out:
        previous = joined[-1] if joined else None
        if (
            isinstance(cell, str) and isinstance(previous, str)
            and UNIT_CELL_RE.fullmatch(cell.strip()) and NUMBER_RE.match(previous.strip())
        ):
            joined[-1] = previous.strip() + cell.strip()
            continue
        joined.append(cell)
    return joined


# A cell, or a line of one cell (see :func:`_with_targets_joined`).
_T = TypeVar("_T")


def _with_targets_joined(
    items: list[_T], cell_of: Callable[[_T], str | None], joined: Callable[[_T, str], _T]
) -> list[_T]:
    """``items`` (cells, or lines of one cell each) with every run of an operator cell, a number cell
    and, if it follows, a unit cell made one item by ``joined(the number's item, "≥95%")``; ``cell_of``
    gives an item's one cell, None for an item that is no single cell."""
    out: list[_T] = []
    index = 0
    while index < len(items):
        first = cell_of(items[index])
        number = cell_of(items[index + 1]) if index + 1 < len(items) else None
        if first is not None and number is not None and OPERATOR_CELL_RE.fullmatch(first) and NUMBER_RE.match(number):
            value, taken = first + number, 2
            unit = cell_of(items[index + 2]) if index + 2 < len(items) else None
            if unit is not None and UNIT_CELL_RE.fullmatch(unit):
                value, taken = value + unit, 3
            out.append(joined(items[index + 1], value))  # (at the number's: the figure's own cell)
            index += taken
            continue
        out.append(items[index])
        index += 1
    return out


NO_INDEXES: frozenset[int] = frozenset()
# A header's columns of text after the target: what the indicator means, how it is scored.
EXPLANATION_HEADER_RE = re.compile(r"指标解释|评\(扣\)分标准|评分标准")
# The same, and the standard a target is set by (绩效标准: 计划标准, 历史标准), after the target's column.
TEXT_COLUMN_HEADER_RE = re.compile(r"指标解释|指标值?说明|评\(扣\)分标准|评分标准|绩效标准")
# The cells of a 指标值类型 column.
VALUE_TYPE_WORDS = frozenset({"定量", "定性"})
# The cells of a 指标方向 (指标方向性, 指标性质) column: whether more is better — never an indicator's name.
DIRECTION_WORDS = frozenset({"正向", "反向", "正向指标", "反向指标"})
# An operator-led target (≥90%, ≤65万元, =100%): never a name, never a level.
OPERATOR_VALUE_RE = re.compile(rf"^{OPERATOR}\s*\d")


def _unnamed_levels(cells: Sequence[str | ScoredRow]) -> frozenset[int]:
    """The indexes of a separated row's cells that are 二级指标 names missing from the level list:
    a cell ending in 指标 right before an indicator's name and its operator-led target
    (``预算(或投资规模)控制指标 | 年度预算执行率 | ≥90%``) — the name stands between the level and
    the target, so the cell before the name is the level, not an indicator named 控制指标 whose
    target is the name."""
    out: set[int] = set()
    for index in range(len(cells) - 2):
        level, name, value = cells[index], cells[index + 1], cells[index + 2]
        if not (isinstance(level, str) and isinstance(name, str) and isinstance(value, str)):
            continue
        key, name_key = _key(level), _key(name)
        if (
            key.endswith("指标")
            and not _is_level(key)
            and MIN_NAME_CHARS <= len(name_key) <= MAX_NAME_CHARS
            and not _is_level(name_key)
            and not VALUE_RE.match(name_key)
            and OPERATOR_VALUE_RE.match(_key(value))
        ):
            out.add(index)
    return frozenset(out)


def _levels_by_place(cells: Sequence[str | ScoredRow], columns: _Columns) -> int:
    """How many of a separated row's leading cells are its levels by their place, under a header naming 分值
    and 得分 after the target (:func:`~ingest.performance.levels.levels_by_place`)."""
    order = columns.order
    if "weight" not in order or "score" not in order or not all(isinstance(cell, str) for cell in cells):
        return 0
    keys = [_key(cell) for cell in cells if isinstance(cell, str)]
    return levels_by_place(keys, order.index("weight") + 1, order.index("score") + 1)  # (after the row's name)


def _level1_by_place(cells: Sequence[str | ScoredRow], index: int, key: str) -> bool:
    """Whether a separated row's cell is a 一级指标 by its place: a name shaped as a level's
    (:func:`~ingest.performance.levels.is_level_shaped`: 效果指标, 项目完成指标) that the level list lacks,
    right before a 二级指标 of the list (no 一级指标 of it: 满意度指标 may be either)."""
    if index + 1 >= len(cells) or _is_level(key) or not is_level_shaped(key):
        return False
    following = cells[index + 1]
    if not isinstance(following, str):
        return False
    level = _key(following)
    return is_level2(level) and not is_level1(level)


def _short_level_opens_row(cells: Sequence[str | ScoredRow], index: int) -> bool:
    """Whether ``cells[index]``, a 二级指标's name printed without its 指标 (社会效益, 满意度), is the row's 二级指标 by
    its place: the row's first cell or after its 一级指标's, a name after it (no value, no level) and a cell more —
    效益指标 | 社会效益 | 指标1:改善… | 显著改善; not 满意度 | ≥95%, the indicator's own name before its value."""
    before = cells[:index]
    after = cells[index + 1] if index + 1 < len(cells) else None
    return (
        index <= 1 and len(cells) - index > TARGET_ROW_CELLS
        and all(isinstance(cell, str) and is_level1(_key(cell)) for cell in before)
        and isinstance(after, str) and not _is_level(_key(after)) and not LEVEL_TAIL_RE.fullmatch(_key(after))
        and not _value_next(cells, index)
    )


# The rest of a level's name broken at its space, with its gloss (经济效益 | 指标 (选填)): no indicator's name.
LEVEL_TAIL_RE = re.compile(r"指标(?:[(（][^()（）]{0,12}[)）])?")


def _value_next(cells: Sequence[str | ScoredRow], index: int) -> bool:
    """Whether the cell after ``cells[index]`` (past a 指标值类型's 定量 / 定性) is a value: then a level's
    name right after the row's 二级指标 stands in the 三级指标 column — it is the indicator's name
    (成本指标 | 社会成本指标 | 定量 | 100 | %: the 一级指标 merged above, 社会成本指标 the indicator)."""
    for cell in cells[index + 1 :]:
        if not isinstance(cell, str):
            return False
        key = _key(cell)
        if key in VALUE_TYPE_WORDS:
            continue
        return bool(VALUE_RE.match(key) or NUMBER_RE.match(key))
    return False


def _is_value(cell: str, separated: bool) -> bool:
    """A target or actual: a figure with operator and unit, a period (2023.07-2024.01), or (in separated
    cells) a short text — never a level's name (效益指标 after a name whose values the page lost is the
    next level)."""
    compact = cell.replace(" ", "")
    if VALUE_RE.match(compact) or (separated and PERIOD_RE.fullmatch(compact)):
        return True
    return (
        separated
        and len(compact) <= MAX_TEXT_VALUE_CHARS
        and not NUMBERED_NAME_RE.match(compact)  # 指标25:家庭医生签约率: the template's next name
        and not HEADER_WORDS.match(compact)
        and not _is_level(_key(compact))
        and _balanced(compact)
    )


# A period as a target (服务周期 2023.07-2024.01, 2024年1月-12月): months of a year to months of a year.
PERIOD_RE = re.compile(r"\d{4}[.．/年-]\d{1,2}月?(?:[-—~～至到]+(?:\d{4}[.．/年-])?\d{1,2}月?)")
# A name whose cell holds a comma (服务周期内,市民对空气质量改善的满意程度): no sentence end inside.
COMMA_NAME_RE = re.compile(r"^[^。;；:：!！]+$")


def _comma_name(cell: str) -> bool:
    """Whether a cell holding a comma may still be an indicator's name (one cell of its own, the
    value below it): a comma is the only sentence mark in it, at most once."""
    text = cell.strip()
    return COMMA_NAME_RE.match(text) is not None and len(re.findall(r"[,，]", text)) == 1


def _value_follows(block: list[Line], position: int) -> bool:
    """Whether the next cell after ``block[position]`` (a table printed one cell per line) looks like a
    value: a figure, an operator before a number (≥80M), a period."""
    if position + 1 >= len(block):
        return False
    key = _key(_cell_text(block[position + 1]))
    return bool(VALUE_RE.match(key) or NUMBER_RE.match(key) or OPERATOR_VALUE_RE.match(key) or PERIOD_RE.fullmatch(key))


def _row_follows(block: list[Line], position: int, columns: _Columns) -> bool:
    """Whether the cells after ``block[position]`` (a table printed one cell per line) are a row's values,
    one for each column the header names in its order — a figure or a short text under the target and
    the actual, a number under 分值 and 得分 (at least one such) — and no more: then a name holding a
    comma (巩固脱贫成果，提升群众生活水平) with text values (提升 / 提升 / 15 / 15) is the row's name."""
    order = columns.order
    if not {"weight", "score"} & set(order):
        return False
    cells = [_key(_cell_text(line)) for line in block[position + 1 : position + 1 + len(order)]]
    if len(cells) < len(order):
        return False
    for column, key in zip(order, cells, strict=True):
        if column in ("weight", "score"):
            if not NUMBER_RE.match(key):
                return False
        elif not (VALUE_RE.match(key) or _is_value(key, True)):
            return False
    after = position + 1 + len(order)
    return after >= len(block) or not NUMBER_RE.match(_key(_cell_text(block[after])))


def _text_column_after_target(header: str) -> bool:
    """Whether an indicator header names a text column (绩效标准, 指标解释 …) after its target's."""
    text = header[header.index("三级指标") + 4 :] if "三级指标" in header else header
    explanation = TEXT_COLUMN_HEADER_RE.search(text)
    target = re.search(r"指标值|目标值", text)
    return explanation is not None and target is not None and target.start() < explanation.start()


def _balanced(text: str) -> bool:
    """Whether ``text`` closes every bracket it opens and opens every one it closes: a cell's piece cut
    where its text wrapped (``策(25`` / ``分)`` of ``策(25 分)``) is no name and no text value."""
    if "(" not in text and ")" not in text and "（" not in text and "）" not in text:
        return True
    return text.count("(") + text.count("（") == text.count(")") + text.count("）")


# How many header cells alone on their lines open a block printed one cell per line.
HEADER_CELLS_ALONE = 3


def _header_cells_alone(block: list[Line]) -> list[Line]:
    """``block`` with every line read as its one cell where the block's header is printed one cell per
    line (一级指标 / 二级指标 / 三级指标, each alone on its line, no pipe): a space inside a line is then
    no cell's end but a wrap left in the cell (``就业服务 办件量``, ``效益指 标``, ``2022 年 12 月 31 日``),
    dropped next to CJK characters as a cell's text is (:func:`~ingest.performance.tables.tidy_cell`).
    Other blocks as they are."""
    head = block[:HEADER_CELLS_ALONE]
    if len(head) < HEADER_CELLS_ALONE or not all(
        line.norm.strip() == line.compact and "|" not in line.compact and HEADER_WORDS.match(line.compact)
        for line in head
    ):
        return block
    spaced = [line.norm for line in block if line.norm.strip() != line.compact]
    if any(_row_on_line(norm) for norm in spaced):
        return block  # (its rows on lines of their own, their cells between spaces: the header alone wrapped)
    return [
        Line(line.number, tidy_cell(line.norm), line.page)
        if line.norm.strip() != line.compact and "|" not in line.norm and "\t" not in line.norm
        else line
        for line in block
    ]


def _row_on_line(norm: str) -> bool:
    """Whether a line's words between spaces are a row's cells rather than one cell's wrapped pieces: a
    level's name and more (``产出指标 数量指标 养护里程 …``), two values with an operator or unit
    (``≥20公里 22公里``), or two numbers at its end after its words (``明显改善 30 28``)."""
    if "|" in norm or "\t" in norm:
        return True
    words = norm.split()
    if len(words) < 2:
        return False
    if any(_is_level(_key(word)) for word in words):
        return True
    if sum(1 for word in words if VALUE_RE.match(word) and not NUMBER_RE.match(word)) >= 2:
        return True
    return len(words) >= 3 and all(NUMBER_RE.match(word) for word in words[-2:])


def _unknown_header_cells(header_lines: list[Line]) -> list[str]:
    """The cells of a header printed one cell per line (more than four lines before the first level
    name) that name no column a reader knows — a target per 乡镇 (一级指标 | 二级指标 | 三级指标 | 指标解释 |
    西坪镇尧山村 | 桃舟乡吾培村 …): empty unless at least two such cells follow the last known one, and
    the lines hold only a header — no figure, no level name, no bracket (a row's cells, or a header
    word with its note: 指标内容(150字内), are no unknown columns)."""
    if len(header_lines) <= 4 or any(is_separated(line) for line in header_lines):
        return []
    cells = [_cell_text(line).replace(" ", "") for line in header_lines]
    cells = list(itertools.takewhile(lambda cell: not _is_level(_key(cell)), (c for c in cells if c)))
    if any(DIGIT_OR_BRACKET_RE.search(cell) for cell in cells):
        return []
    known = [bool(HEADER_WORDS.match(cell) or START_RE.search(cell)) for cell in cells]
    if not any(known):
        return []
    last_known = max(index for index, is_known in enumerate(known) if is_known)
    unknown = cells[last_known + 1 :]
    if WRAPPED_REASON_HEADER_RE.fullmatch("".join(cells[last_known:])):
        return []  # 未完成原因 / 和整改 / 措施: the reason column's header cell wrapped, no unknown columns
    return unknown if len(unknown) >= 2 and known[: last_known + 1].count(False) <= 1 else []


DIGIT_OR_BRACKET_RE = re.compile(r"[\d(（%]")


def _header_lines(block: list[Line]) -> list[Line]:
    """The lines of a block that may hold its header: the first four, or, where the header is
    printed one cell per line (``一级指标 |`` / ``二级指标 |`` …), every line before the first level
    name (at most :data:`MAX_HEADER_CELL_LINES`)."""
    if any(is_separated(line) for line in block[:4]):
        return block[:4]
    head = list(itertools.takewhile(lambda line: not _is_level(_key(line.compact)), block[:MAX_HEADER_CELL_LINES]))
    return head if len(head) > 4 else block[:4]


# How far above a block its header's first row may stand (a row holding only a pipe between).
# (blank lines, page marks and pipes alone between: a copy may put a blank line after every line)
MAX_HEADER_ROW_ABOVE = 6


def _row_above(lines: list[Line], start: int) -> str:
    """The header row printed right above a block that starts at its level columns, where it names
    the value columns (``| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |`` over ``一级指标 | … |
    指标性质 | 指标值 | 度量单位``): its compact text, or nothing."""
    for line in reversed(lines[max(0, start - MAX_HEADER_ROW_ABOVE) : start]):
        if line.compact in EMPTY_CELL_LINES or not line.compact or is_page_mark(line.norm):
            continue
        return line.compact if "指标值" in line.compact and "三级指标" not in line.compact else ""
    return ""


def _targets_joined_across_lines(block: list[Line]) -> list[Line]:
    """``block`` with each target printed one cell per line under 指标性质 | 指标值 | 度量单位 — an
    operator alone, then a number, then a unit alone — made one line (``≥95%``, at the number's
    line): :func:`_joined_targets` across lines."""
    return _with_targets_joined(block, lambda line: None if is_separated(line) else _cell_text(line),
                                lambda line, value: Line(line.number, value, line.page))


def _level_pieces_joined(block: list[Line]) -> list[Line]:
    """``block`` with each level name wrapped one piece per line (a narrow merged cell: ``经济效益`` /
    ``指标``, ``可持续影`` / ``响指标``, ``服务对象`` / ``满意度指标``) made one line, at its first
    piece's line; pieces that join into no level name are left as printed."""
    out: list[Line] = []
    pieces: list[Line] = []
    for line in block:
        compact = line.compact
        # one piece: a short line with no white space inside, no pipe or tab (a cell of its own)
        one_piece = len(compact) <= MAX_LEVEL_PIECE_CHARS and compact == line.norm.strip() and "|" not in compact
        piece = _key(compact) if one_piece else None
        if piece and not VALUE_RE.match(piece) and not NUMBER_RE.match(piece):
            pieces.append(line)
            # the held pieces' last two, three … joined (a level name before the wrapped one, 效益指标
            # then 经济效益 / 指标, is a cell of its own and stays as printed)
            start = next((s for s in range(len(pieces) - 1) if _joins_level(pieces[s:], whole=s == 0)), None)
            if start is not None:
                out.extend(pieces[:start])
                joined = "".join(_key(p.compact) for p in pieces[start:])
                out.append(Line(pieces[start].number, joined, pieces[start].page))
                pieces.clear()
            elif len(pieces) > MAX_LEVEL_PIECES:
                out.append(pieces.pop(0))
            continue
        out.extend(pieces)
        pieces.clear()
        out.append(line)
    out.extend(pieces)
    return out


def _joins_level(pieces: list[Line], whole: bool) -> bool:
    """Whether one-piece lines join into a level name: all the held pieces into any (``可持续影`` /
    ``响指标``), the last few only into a name of the vocabulary (``经济效益`` / ``指标`` after the
    level ``效益指标``) or, where their last piece is no level itself, a name of a level's ending —
    never a value's or a name's piece before a level (``1600元/亩`` then ``效益指标``)."""
    joined = "".join(_key(p.compact) for p in pieces)
    if any(ch.isdigit() for ch in joined):
        return False  # (a level's name holds no figure: ``780元/生/年`` then ``效益指标`` is a value, then a level)
    if whole:
        return _is_level(joined)
    if joined in LEVEL_WORDS or is_level1(joined) or joined in LEVEL2_PARENTS:
        return True
    return _is_level(joined) and not _is_level(_key(pieces[-1].compact))


# The first piece of a header cell wrapped over two lines (年度 / 指标值, 实际 / 完成值) is at most this long.
MAX_WRAPPED_HEADER_HEAD = 4
# The longest rest of a header cell wrapped after its start, and the most pieces the cell is wrapped into.
MAX_WRAPPED_HEADER_REST = 6
MAX_WRAPPED_HEADER_PIECES = 2
# How many lines on the rest of a wrapped header cell may stand (blank lines between).
MAX_WRAPPED_HEADER_GAP = 3


def _wraps_header(block: list[Line], position: int, key: str) -> bool:
    """Whether ``key``, the one cell of ``block[position]``, and the next non-blank line's cell are one
    header cell wrapped (``年度`` then ``指标值``: :data:`HEADER_WORDS` joined) — no indicator's name."""
    for line in block[position + 1 : position + 1 + MAX_WRAPPED_HEADER_GAP]:
        rest = _key(_cell_text(line))
        if rest:
            return HEADER_WORDS.match(key + rest) is not None
    return False


def _ends_header(block: list[Line], position: int, key: str) -> bool:
    """Whether ``key``, the one cell of ``block[position]``, is the rest of a header cell wrapped over
    lines, the one or two pieces before it its start (``偏差原因`` / ``分析及`` / ``改进措施``:
    :data:`HEADER_WORDS` joined, a reason column's header whole) — no indicator's name nor target."""
    if len(key) > MAX_WRAPPED_HEADER_REST or _is_level(key) or VALUE_RE.match(key) or NUMBER_RE.match(key):
        return False
    joined, pieces = key, 0
    for line in reversed(block[max(0, position - 2 * MAX_WRAPPED_HEADER_GAP) : position]):
        piece = _key(_cell_text(line))
        if not piece:
            continue
        joined, pieces = piece + joined, pieces + 1
        if HEADER_WORDS.match(joined) and (
            not REASON_HEADER_RE.match(joined) or WRAPPED_REASON_HEADER_RE.fullmatch(joined)
        ):
            return True
        if pieces == MAX_WRAPPED_HEADER_PIECES:
            break
    return False


# A cell printed on its own line after a pipe that opens it (``        | 宣传次数``): a web page's table
# whose every cell but a row's first is printed so; the cell's text captured.
OPENED_CELL_RE = re.compile(r"^\s*\|\s*([^|]*?)\s*$")


def _opened_cells_read(lines: list[Line]) -> list[Line]:
    """``lines`` with each cell opened by a pipe on its own line (:data:`OPENED_CELL_RE`) as the cell's
    text alone, when a table is printed so (a line opening a header cell, ``| 一级指标``): read as a
    table printed one cell per line. Other lines, and other documents' lines, as they are."""
    held = lines_holding(lines, ("|一级指标",), "compact")  # (a literal search of the joined lines: most hold none)
    if not any(lines[index].compact.startswith("|一级指标") for index in held):
        return lines
    out = []
    for line in lines:
        match = OPENED_CELL_RE.match(line.norm) if line.compact.startswith("|") else None
        out.append(Line(line.number, match.group(1), line.page) if match else line)
    return out


# A header's level columns printed without their 指标 (一级 | 二级 | 三级: a county template's), in a cell of
# their own (between pipes, tabs or spaces, or alone on a line).
SHORT_LEVEL_HEADER_RE = re.compile(r"(?:^|[|\t ])([一二三])级(?=$|[|\t ])")
# A level's name as such a template spells it: 值 or 目标 where the vocabulary has 指标 (产出值, 数量值, 经济效益值).
SPELLED_LEVEL_RE = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,12}?)(?:值|目标)(?P<note>[(（][^()（）]{0,12}[)）])?$")
# How many lines such a header's three cells printed one per line may take (blank lines between them: a copy
# may put one, or more, after every line).
MAX_SHORT_HEADER_LINES = 12
# How many lines such a header's spellings are read in below it (a table printed one cell per line).
MAX_SPELLED_TABLE_LINES = 200


def _template_spellings(lines: list[Line]) -> list[Line]:
    """``lines`` with a header whose level columns are printed without their 指标 (一级 / 二级 / 三级: all
    three, on one line or on consecutive lines) read as the national header (一级指标 …), and the level
    cells below it that spell 指标 as 值 or 目标 (产出值 | 数量值, 产出目标 | 数量目标) as the vocabulary's
    names (产出指标 | 数量指标) — a cell only where its stem with 指标 is a level name, up to the table's
    end (a total, a signature, a sentence). Other lines, and other documents' lines, as they are."""
    candidates = lines_holding(lines, ("三级",), "compact")
    if not candidates:
        return lines
    out = list(lines)
    for index in candidates:
        header = _short_level_header(lines, index)
        if header is None:
            continue
        first, last = header
        for at in range(first, last + 1):
            out[at] = Line(lines[at].number, SHORT_LEVEL_HEADER_RE.sub(_level_word, lines[at].norm), lines[at].page)
        for at in range(last + 1, min(len(lines), last + 1 + MAX_SPELLED_TABLE_LINES)):
            line = lines[at]
            if END_RE.search(line.compact[:12]) or (PROSE_RE.search(line.norm) and not is_separated(line)):
                break
            cells = CELL_SPLIT_RE.split(line.norm.strip()) if ("|" in line.norm or "\t" in line.norm) else None
            if cells is None:  # one cell alone on its line
                spelled = _spelled_level(line.compact)
                if spelled is not None:
                    out[at] = Line(line.number, spelled, line.page)
                continue
            respelled = [_spelled_level(_key(cell)) or cell for cell in cells]
            if respelled != cells:
                out[at] = Line(line.number, " | ".join(respelled), line.page)
    return out


def _level_word(match: re.Match[str]) -> str:
    return match.group(0)[: -1] + "级指标" if match.group(0).endswith("级") else match.group(0)


def _short_level_header(lines: list[Line], index: int) -> tuple[int, int] | None:
    """(first, last) index of the lines holding a header's 一级 / 二级 / 三级 cells printed without 指标,
    where ``lines[index]`` holds its 三级 (the three on one line, or each alone on its line, blank
    lines between), else None."""
    if "三级指标" in lines[index].compact:
        return None
    levels = {m.group(1) for m in SHORT_LEVEL_HEADER_RE.finditer(lines[index].norm.strip())}
    if levels == {"一", "二", "三"}:
        return index, index
    if lines[index].compact != "三级":
        return None
    found, first, at = ["三"], index, index - 1
    while at >= 0 and len(found) < 3 and index - at <= MAX_SHORT_HEADER_LINES:
        compact = lines[at].compact
        if compact == ("二级", "一级")[len(found) - 1]:
            found.append(compact[0])
            first = at
        elif compact and not _page_break_line(lines, at):
            return None
        at -= 1
    return (first, index) if len(found) == 3 else None


def _page_break_line(lines: list[Line], at: int) -> bool:
    """Whether ``lines[at]`` is a page's number or the running header a page opens with (its first line of
    text, the line before it on another page): no cell of a table printed over the break."""
    line = lines[at]
    if is_page_mark(line.norm):
        return True
    before = next((lines[k] for k in range(at - 1, -1, -1) if lines[k].compact), None)
    return line.page is not None and before is not None and before.page != line.page


def _spelled_level(key: str) -> str | None:
    """The vocabulary's name of a level cell spelled with 值 or 目标 (产出值 → 产出指标), else None."""
    match = SPELLED_LEVEL_RE.match(key)
    if match is None:
        return None
    name = match.group("stem") + "指标"
    return name if _is_level(name) else None


def _cell_text(line: Line) -> str:
    """The one cell of a line printed one cell per line (its closing pipe dropped, and the empty cells a
    row's last cell is followed by: ``3500 | |||``; a pipe opening it too, ``| 3500 |  |``)."""
    return line.norm.strip().strip("|｜ \t")


def _block_candidates(lines: list[Line]) -> list[int]:
    """Indexes of the lines :data:`START_CANDIDATE_RE` (in their compact text) or :data:`HEADLESS_CANDIDATE_RE`
    (in their normalised text) finds something in, in order: a string search of the compact texts for each
    start word and each operator (not one alternation, whose first characters 一 and 二 would stop the regex
    engine at every numeral of the text, nor a character class tried at every character), the lines holding an
    operator kept where one stands before a number (its separators gone, :data:`OPERATOR_NUMBER_COMPACT_RE`),
    each line found by the operator then confirmed on its own."""
    operated = [index for index in lines_holding(lines, OPERATORS, "compact")
                if OPERATOR_NUMBER_COMPACT_RE.search(lines[index].compact)]
    found = sorted({*lines_holding(lines, START_CANDIDATE_WORDS, "compact"), *operated})
    return [index for index in found if START_CANDIDATE_RE.search(lines[index].compact)
            or HEADLESS_CANDIDATE_RE.search(lines[index].norm)]


def _blocks(lines: list[Line], template_starts: frozenset[int] = frozenset()) -> Iterator[tuple[int, list[Line]]]:
    """(index of the first line, lines) of each run from an indicator header or first level name
    to the block's end (``template_starts``: the level cells that open a template's rows whose header the
    page lost, :func:`_template_cell_starts`)."""
    index = 0
    # the only lines that can start a block
    candidates = iter(sorted({*_block_candidates(lines), *template_starts}))
    floor = 0  # where the previous block ended
    while (index := next((i for i in candidates if i >= index), len(lines))) < len(lines):
        if index not in template_starts and not _starts_block(lines[index]):
            index += 1
            continue
        if index not in template_starts and not START_RE.search(lines[index].compact):
            # rows without their header (HEADLESS_ROW_RE): the rows right above whose level cells are merged
            # into the first's (a name, then its target's cells) are the excerpt's too
            # (a Markdown table's rule under a row, the pipes a copy pads rows with, a 定性 row and a row's tail
            # printed on its own line are stepped over to the rows above them)
            at = index
            while at > floor:
                above = lines[at - 1].norm
                if HEADLESS_CELLS_RE.match(above):
                    at = index = at - 1
                elif is_markdown_rule(above) or pipes_only(above) or (
                    QUALITATIVE_ROW_RE.match(above) or CONTINUATION_RE.match(above)
                ):
                    at -= 1
                else:
                    break
        block: list[Line] = []
        start = index
        gap = 0
        # a table printed one closed cell per line (``一级指标 |``) spends a line on every cell: a row of
        # the 2021 template's twelve columns is twelve lines
        first = lines[index].compact
        # (a block's caption closed by a pipe over a header row of separated cells, ``绩 效 指 标 |`` over ``一级指标 |
        # 二级指标 | …`` — jinzhai-chagu-2023-dept-self-evaluation L14-15 — opens no table of one cell per line)
        following = next((line for line in lines[index + 1 : index + 1 + MAX_HEADER_ROW_ABOVE]
                          if line.text.strip() and line.compact not in EMPTY_CELL_LINES), None)
        closed_cells = first.endswith("|") and first.count("|") == 1 and not (
            following is not None and ("一级指标" in following.compact or "三级指标" in following.compact)
            and is_separated(following) and not (following.compact.endswith("|") and following.compact.count("|") == 1)
        )
        max_gap = MAX_GAP_CELL_LINES if closed_cells else MAX_GAP_LINES
        reason_column = False  # a header cell of its own naming the 偏差原因 column was read
        cells_alone = 0  # how many lines of one cell the block holds (-1 once it holds one of several)
        levels_seen = False  # (a level's name read: the header is over)
        while index < len(lines) and gap <= max_gap:
            line = lines[index]
            index += 1
            if not line.text.strip() or line.compact in EMPTY_CELL_LINES or (
                line.compact.startswith("|-") and is_markdown_rule(line.norm)
            ):
                continue  # (a blank line, an empty cell printed alone: ``|``, a Markdown table's rule)
            # (every level word ends with 指标: a line without it holds none)
            has_level = "指标" in line.compact and LEVEL_SPLIT_RE.search(line.compact) is not None  # (a LEVEL_WORD)
            prose = PROSE_RE.search(line.norm) and not is_separated(line) and not has_level
            if prose and closed_cells and _sentence_cell(line) and not _text_columns_named(lines, start, index):
                prose = False  # a cell of a table printed one closed cell per line: the sentence is the cell's
            elif prose and block and _sentence_between_level_and_value(lines, index, block[-1]) and (
                not _text_columns_named(lines, start, index)
            ):
                prose = False  # one bare cell per line: a 二级指标, the sentence, its value — the 三级指标's cell
            elif prose and block and not closed_cells and _bare_sentence_target(lines, index - 1, block) and (
                _target_column_only(lines, start, index)
            ):
                prose = False  # one bare cell per line under 三级指标 | 指标值: a row's target written as a sentence
            if block and closed_cells and (
                PROJECT_NAME_WORD_RE.match(line.compact) or TABLE_TITLE_RE.search(line.compact.rstrip("|｜"))
            ):
                break  # the next project's table (its title, 项目名称 |): its indicators are its own block's
            if block and closed_cells and _unclosed_line(lines, index - 1):
                break  # a line without its pipe in a table of closed cells: no cell of it (the next table's title)
            if block and prose and reason_column and _in_reason_column(line):
                block.append(line)  # a row's 偏差原因 printed one cell per line: a sentence in its cell
                gap += 1
                continue
            levels_seen = levels_seen or has_level
            if block and (END_RE.search(line.compact[:12]) or prose) and not (
                not levels_seen and column_role(_cell_text(line).replace(" ", "")) == "score"
                and _names_values(block)
            ):  # (自评得分 alone after a header's value column, before any level: its 得分 column so worded, no total)
                break  # the table ends: a total, a signature, or a sentence
            if block and _other_table_header(line):
                break  # another table's header (序号 | 学校性质 | 培训机构 …): its rows are no indicators
            # (a value: a figure with its unit, or a number alone in its cell — a score, a count)
            value = TRAILING_VALUE_RE.search(line.compact) or NUMBER_RE.match(_cell_text(line))
            # (cells between pipes or tabs: a space inside a line may be a wrap left in its one cell)
            several = ("|" in line.compact.strip("|") or "\t" in line.text) and is_separated(line)
            if several and not (has_level or value) and cells_alone >= MIN_CELLS_ALONE:
                break  # words in cells of their own after a table printed one cell per line: the page's footer
            cells_alone = -1 if several or cells_alone < 0 else cells_alone + 1  # (-1: a line of several seen)
            reason_column = reason_column or REASON_HEADER_RE.match(_cell_text(line).replace(" ", "")) is not None
            block.append(line)
            gap = 0 if has_level or value else gap + 1
        floor = index
        yield start, block


# A line that is one cell closed by its pipe (``打造…品牌赛事,提升…美誉度。 |``): no pipe inside its text.
CLOSED_CELL_LINE_RE = re.compile(r"^\s*[^|｜\t]+?\s*[|｜]\s*$")


def _unclosed_line(lines: list[Line], at: int) -> bool:
    """Whether ``lines[at]``, a line of text in a block of a table printed one closed cell per line (``一级指标 |``),
    is no cell of that table: no pipe in it, and neither the piece of a cell wrapped before its pipe (words, no
    figure, right before a closed cell of words: :func:`_wrapped_closed_cells_joined`) nor a cell whose pipe
    stands alone on the next line (``|``), nor a page's mark. (``自治区本级部门2019年项目支出预算绩``, the next
    table's title cut at the excerpt's end, read as a name and a target before.)"""
    line = lines[at]
    if "|" in line.norm or "｜" in line.norm or is_page_mark(line.norm):
        return False
    following = next((x for x in lines[at + 1 : at + 1 + MAX_VALUE_BELOW] if x.compact), None)
    if following is not None and following.compact in EMPTY_CELL_LINES:
        return False  # (its pipe on the next line)
    return not (
        following is not None
        and following.number == line.number + 1
        and "\t" not in line.norm
        and len(line.compact) <= MAX_WRAPPED_CELL_PIECE
        and not any(ch.isdigit() for ch in line.compact)
        and CLOSED_CELL_LINE_RE.match(following.norm)
        and not any(ch.isdigit() for ch in following.compact)
    )
# The longest cell a table printed one closed cell per line holds a sentence in (the samples' longest 三级指标
# name has 85 characters; a paragraph after the table is longer).
MAX_SENTENCE_CELL_CHARS = 100


# A header's column of text (what an indicator means, how it is scored): a sentence in a table may be its cell.
TEXT_COLUMN_WORDS_RE = re.compile(r"指标内容|评分细则|评分标准|评\(扣\)分标准|指标解释|绩效标准|指标值?说明|计算方法")
# How far above a block's first line its header's cells printed one per line may start.
MAX_HEADER_CELLS_ABOVE = 16


def _text_columns_named(lines: list[Line], start: int, index: int) -> bool:
    """Whether the header of the block starting at ``lines[start]`` (in its lines up to ``index``, or in the
    cells printed one per line right above it) names a column of text — then a sentence in a cell may be
    that column's, whose row the reader cannot place: the sentence ends the block as prose does."""
    above = lines[max(0, start - MAX_HEADER_CELLS_ABOVE) : index]
    return any(TEXT_COLUMN_WORDS_RE.search(line.compact) for line in above)


# How many lines below a sentence its value may stand (blank lines between: a copy may put one after every line).
MAX_VALUE_BELOW = 3


def _sentence_between_level_and_value(lines: list[Line], after: int, before: Line) -> bool:
    """Whether the sentence line right before ``lines[after]`` stands, in a table printed one bare cell per
    line, between a level's name alone on the line before it (``before``) and a value alone on the next
    line of text: a 三级指标's cell (慰问伤残军人50人;…320人。), not prose after the table."""
    sentence = lines[after - 1]
    if "|" in sentence.norm or "\t" in sentence.norm or len(sentence.compact) > MAX_SENTENCE_CELL_CHARS:
        return False
    if "|" in before.norm or "\t" in before.norm or not _is_level(_key(before.compact)):
        return False
    following = next((line for line in lines[after : after + MAX_VALUE_BELOW] if line.compact), None)
    if following is None or "\t" in following.norm:
        return False
    key = _key(_cell_text(following))
    return bool(VALUE_RE.match(key) or NUMBER_RE.match(key))


def _sentence_cell(line: Line) -> bool:
    """Whether a line holding a sentence is one cell closed by its pipe, of a cell's length: in a table
    printed one closed cell per line, a cell (a 三级指标 that states what was done, 慰问…50人;…320人。), not
    the prose after the table."""
    return CLOSED_CELL_LINE_RE.match(line.norm) is not None and len(line.compact) - 1 <= MAX_SENTENCE_CELL_CHARS


# A sentence's closing stop at a cell's end (a target written as a sentence: 按照资金测算控制各项成本。).
SENTENCE_END_RE = re.compile(r"[。；;！!]$")


def _target_column_only(lines: list[Line], start: int, index: int) -> bool:
    """Whether the header of the block starting at ``lines[start]`` (its lines up to ``index``, or its cells
    printed one per line right above it) names the target's column after its 三级指标 and no other value
    column (完成值, 分值, 得分) nor a column of text (:func:`_text_columns_named`)."""
    above = lines[max(0, start - MAX_HEADER_CELLS_ABOVE) : index]
    text = "".join(line.compact for line in above)
    if "三级指标" not in text or TEXT_COLUMN_WORDS_RE.search(text) or TEXT_COLUMN_HEADER_RE.search(text):
        return False
    columns = _Columns.from_header(text[text.rindex("三级指标") :])
    return columns.named and columns.order == ["target"]


def _bare_cell(line: Line) -> str | None:
    """The key of a line of one bare cell (no pipe, no tab but around it), else None."""
    text = line.norm.strip()
    return None if "|" in text or "｜" in text or "\t" in text else _key(text)


def _bare_name(key: str | None) -> bool:
    """Whether a bare cell's key may be a 三级指标's name: words of a name's length, no sentence's mark, no value,
    no level, no header word."""
    return (
        key is not None and MIN_NAME_CHARS <= len(key) <= MAX_NAME_CHARS and not NOT_A_NAME_RE.search(key)
        and not (VALUE_RE.match(key) or NUMBER_RE.match(key) or _is_level(key) or HEADER_WORDS.match(key))
        and not TITLE_NAME_RE.search(key) and _balanced(key)
    )


def _bare_sentence_target(lines: list[Line], at: int, block: list[Line]) -> bool:
    """Whether the sentence ``lines[at]``, in a table printed one bare cell per line, stands where a row's target
    does: a cell's length closed by a sentence's stop, right after a name (``block[-1]``) that follows a level's
    name, a value or another such target (``block[-2]``: the row before ended there), and before a level's name or
    a name with its value (or its own sentence) — not a paragraph after the table, which follows a row's value."""
    sentence = _bare_cell(lines[at])
    if sentence is None or len(sentence) > MAX_SENTENCE_CELL_CHARS or not SENTENCE_END_RE.search(sentence):
        return False
    if len(block) < 2 or not _bare_name(_bare_cell(block[-1])):
        return False
    before = _bare_cell(block[-2])
    if before is None or not (
        _is_level(before) or VALUE_RE.match(before) or NUMBER_RE.match(before)
        or (SENTENCE_END_RE.search(before) and len(before) <= MAX_SENTENCE_CELL_CHARS)
    ):
        return False
    following = [line for line in lines[at + 1 : at + 1 + 2 * MAX_VALUE_BELOW] if line.compact][:2]
    if not following or (key := _bare_cell(following[0])) is None:
        return False
    if _is_level(key):
        return True
    after = _bare_cell(following[1]) if len(following) > 1 else None
    return _bare_name(key) and after is not None and bool(
        VALUE_RE.match(after) or (SENTENCE_END_RE.search(after) and len(after) <= MAX_SENTENCE_CELL_CHARS)
    )


def _short_levels_named(block: list[Line]) -> list[Line]:
    """``block`` (a target table printed one cell per line: a name, its target) with each 二级指标 printed without
    its 指标 (社会效益, 满意度) as the level it names where its place makes it one
    (:func:`~ingest.performance.levels.short_levels_by_place`)."""
    keys = [_key(_cell_text(line)) for line in block]
    if not any(key in SHORT_LEVEL2_NAMES for key in keys):
        return block
    keys = ["" if HEADER_WORDS.match(key) else key for key in keys]  # (a header's words: no row's cell)
    named = short_levels_by_place(keys, TARGET_ROW_CELLS)
    return [Line(line.number, named[index], line.page) if index in named else line for index, line in enumerate(block)]


def _sentence_target(block: list[Line], position: int, row: _Row) -> bool:
    """Whether ``block[position]`` (a table printed one cell per line under a header naming only the target's
    column, :func:`read_indicators`'s ``sentence_targets``) is the target of ``row``, written as a sentence: the
    cell right after the row's name, which has no value yet, of a cell's length (no paragraph), closed by a
    sentence's stop, no level's name nor header word, its brackets closed — and after it a level's name, the
    block's end, or a name with its value (a value right after it would make it a name whose row lost its
    target: left to the rules for names)."""
    line = block[position]
    if row.values or position == 0 or block[position - 1] is not row.line:
        return False
    key = _key(_cell_text(line))
    if (
        not SENTENCE_END_RE.search(key) or len(key) > MAX_SENTENCE_CELL_CHARS or "|" in _cell_text(line)
        or "\t" in _cell_text(line) or LEVEL_SPLIT_RE.search(key) or _is_level(key) or HEADER_WORDS.match(key)
        or not _balanced(key)
    ):
        return False
    if position + 1 >= len(block):
        return True
    following = _key(_cell_text(block[position + 1]))
    if _is_level(following) or _spelled_level(following) is not None:
        return True
    cell_after = _cell_text(block[position + 1])
    if _value_follows(block, position) or "|" in cell_after or "\t" in cell_after:
        return False
    return _value_follows(block, position + 1) or (
        position + 2 < len(block) and SENTENCE_END_RE.search(_key(_cell_text(block[position + 2]))) is not None
    )


def _sentence_name(block: list[Line], position: int, columns: _Columns) -> bool:
    """Whether ``block[position]``, a line of a table printed one cell per line right after a 二级指标's cell,
    is the row's 三级指标 whole: a cell of a cell's length (no paragraph), words (no value, no level, no header
    word, its brackets closed), and a value after it — a figure or a short text; under a header with points
    columns (分值, 得分), a whole row of its columns' values (:func:`_row_follows`)."""
    key = _key(_cell_text(line := block[position]))
    if (
        not (NOT_A_NAME_RE.search(key) or len(key) > MAX_NAME_CHARS)  # (any other name is read as such)
        or len(key) > MAX_SENTENCE_CELL_CHARS or LEVEL_SPLIT_RE.search(key)
        or "|" in _cell_text(line) or "\t" in line.norm
        or VALUE_RE.match(key) or NUMBER_RE.match(key) or _is_level(key) or HEADER_WORDS.match(key)
        or TITLE_NAME_RE.search(key) or not _balanced(key)
    ):
        return False
    if {"weight", "score"} & set(columns.order):
        # (under a header with points columns, a whole row of its columns' values: else the sentence is not taken
        # for an indicator whose values it may not own)
        return _row_follows(block, position, columns)
    if _value_follows(block, position):
        return True
    following = _key(_cell_text(block[position + 1])) if position + 1 < len(block) else ""
    return bool(following) and _is_value(following, True)


# The longest piece of a closed cell's text wrapped onto a line of its own before the line that closes it.
MAX_WRAPPED_CELL_PIECE = 20


def _wrapped_closed_cells_joined(block: list[Line]) -> list[Line]:
    """A block of a table printed one closed cell per line (its first line ``一级指标 |``) with each cell whose
    text wrapped before its pipe (``打造金安国际网球`` / ``公开赛等系列品牌赛事 |``, ``一级`` / ``指标 |``) made
    one closed cell, at its closing line: words, no figure, on the line right before a closed cell of words.
    Other blocks as they are."""
    if not block or not CLOSED_CELL_LINE_RE.match(block[0].norm):
        return block
    out: list[Line] = []
    for line in block:
        previous = out[-1] if out else None
        if (
            previous is not None
            and "|" not in previous.norm and "｜" not in previous.norm and "\t" not in previous.norm
            and len(previous.compact) <= MAX_WRAPPED_CELL_PIECE
            and not any(ch.isdigit() for ch in previous.compact)
            and CLOSED_CELL_LINE_RE.match(line.norm)
            and not any(ch.isdigit() for ch in line.compact)
            and previous.number + 1 == line.number
        ):
            out[-1] = Line(line.number, previous.compact + line.norm.strip(), line.page)
            continue
        out.append(line)
    return out


# How many lines of one cell each make a block a table printed one cell per line (its header's five cells and more).
MIN_CELLS_ALONE = 8
# A header cell naming the column of a row's deviation reason (偏差原因分析及改进措施, 未完成原因分析).
REASON_HEADER_RE = re.compile(r"^(?:偏差原因|未完成原因|未完成的?原因|原因分析|偏差大或目标未完成原因)")
# A reason column's whole header (偏差原因分析及改进措施): joined from a cell wrapped over lines.
WRAPPED_REASON_HEADER_RE = re.compile(r"(?:偏差|未完成的?)原因(?:分析)?(?:及|和|、)?(?:改进|整改)?(?:措施|情况)?")


def _in_reason_column(line: Line) -> bool:
    """Whether a line may be a reason cell of a table printed one cell per line: one cell (no pipes
    between cells, no tabs) of a sentence's length at least."""
    text = _cell_text(line)
    return "|" not in text and "\t" not in text and len(text) >= MIN_REASON_CHARS


# The shortest sentence read as a reason cell (因天气原因延误。).
MIN_REASON_CHARS = 6


@dataclass
class _Row:
    """The indicator being read: its levels, name, values and where its name stands."""

    level1: str | None
    level2: str | None
    name: str
    line: Line
    values: list[str] = field(default_factory=list)
    value_lines: list[Line] = field(default_factory=list)
    reason: str | None = None
    unit: str | None = None  # its cell under a unit column before the target (UNIT_BEFORE_TARGET_RE)


def _project_name(lines: list[Line], named: Iterable[int] | None = None) -> tuple[str, Line] | None:
    """The last 项目名称 printed in ``lines`` (on its line, or alone on the next one); ``named``: the
    indexes of the lines that hold 项目名称 (the only ones either pattern matches), when known."""
    found: tuple[str, Line] | None = None
    for index in range(len(lines)) if named is None else named:
        line = lines[index]
        spaced = SPACED_NAME_RE.search(line.norm)
        for match in PROJECT_NAME_RE.finditer(line.compact):
            name = NEXT_LABEL_RE.split(match.group("name"))[0]
            if spaced and spaced.group("name").startswith(name) and not NEXT_LABEL_RE.search(spaced.group("name")):
                name = spaced.group("name")  # 委托业务项目 | 主管部门: the cell, not cut at 项目主管部门
            if not name:
                following = next((x for x in lines[index + 1 : index + 4] if x.text.strip()), None)
                alone = "".join(_cell_text(following).split()) if following is not None else ""
                name = alone if PROJECT_ALONE_RE.match(alone) else ""  # (its closing pipe dropped: ``X |``)
            if len(name) >= MIN_NAME_CHARS:
                found = (name, line)
    return found


# A comma inside a name framed as one (see :func:`_framed_name`); no sentence's stop.
FRAMED_NAME_STOP_RE = re.compile(r"[。;；:：!！]")


def _framed_name(cells: Sequence[str | ScoredRow], index: int) -> bool:
    """Whether a separated row's cell holding a comma is its indicator's name all the same: right after
    a level cell and right before the row's one value, which ends the row (``质量指标 | 按政策、法规乡镇
    申报、初审确认对象资格,县级按要求复审 | 100%``) — no sentence, whose figures would stand inside it."""
    if not 0 < index < len(cells) - 1 or index + 2 != len(cells):
        return False
    before, cell, value = cells[index - 1], cells[index], cells[index + 1]
    return (
        isinstance(before, str)
        and isinstance(cell, str)
        and isinstance(value, str)
        and _is_level(_key(before))
        and VALUE_RE.match(_key(value)) is not None
        and FRAMED_NAME_STOP_RE.search(cell) is None
    )


SignedRow = tuple[tuple[str, ...], str, str, str | None, bool, tuple[int, int, int]]


def _signed_row(cells: Sequence[str | ScoredRow]) -> SignedRow | None:
    """A row under a header of signed targets (:data:`SIGNED_TARGET_HEADER_RE`): its level cells, its
    indicator's name, the target (without its unit's words), the actual, its 单项指标得分 where the row's
    three points hold (:func:`_weighted_points`) and whether they were printed and did not, and the index in
    ``cells`` of the target's number, the actual and the score — the explanation between the name and the
    target left out. None for a row of another shape (a name and one cell before the signed target, an
    actual that is no figure)."""
    if not all(isinstance(cell, str) for cell in cells):
        return None
    keys, joined_at, dropped = _signed_target_joined([_key(cell) for cell in cells if isinstance(cell, str)])
    at = next((index for index, key in enumerate(keys) if SIGNED_TARGET_RE.match(key)), None)
    if at is None or at + 1 >= len(keys) or not VALUE_RE.match(keys[at + 1]):
        return None
    # the name stands after the row's last level cell (a 一级 name the list lacks, 效果指标, before it too)
    last_level = max((index for index, key in enumerate(keys[:at]) if _is_level(key)), default=-1)
    levels = tuple(
        key for index, key in enumerate(keys[: last_level + 1]) if _is_level(key) or _level1_by_place(keys, index, key)
    )
    name = keys[last_level + 1]
    if last_level + 1 >= at or not MIN_NAME_CHARS <= len(name) <= MAX_NAME_CHARS or NOT_A_NAME_RE.search(name):
        return None
    target = SIGNED_TARGET_RE.match(keys[at])
    assert target is not None
    score, unsettled = _weighted_points(keys[at + 2 :])
    number_at = at + (1 if at == joined_at and dropped == 2 else 0)  # (the number's cell of 符号 | 值 | 单位)
    indexes = (number_at, at + 1 + (dropped if at == joined_at else 0), len(cells) - 3)
    return (*levels, name), target.group("value"), keys[at + 1], score, unsettled, indexes


def _signed_target_joined(keys: list[str]) -> tuple[list[str], int, int]:
    """A signed row's cells with its target's cells (符号 | 值 | 单位(文字描述), a row between tabs or pipes:
    ``>= | 98 | %(百分比)``; one cell per line, the operator joined to its number: ``>=98`` / ``%(百分比)``)
    made the one cell a row between single spaces prints (``>=98%(百分比)``); where they were joined and how
    many cells were dropped (-1, 0 where none)."""
    for index in range(len(keys) - 1):
        operator, number, unit = keys[index], keys[index + 1], keys[index + 2] if index + 2 < len(keys) else ""
        if OPERATOR_CELL_RE.fullmatch(operator) and NUMBER_RE.match(number) and (
            SIGNED_TARGET_RE.match(operator + number + unit)
        ):
            return [*keys[:index], operator + number + unit, *keys[index + 3 :]], index, 2
        if OPERATED_NUMBER_RE.match(operator) and not number[:1].isdigit() and (
            SIGNED_TARGET_RE.match(operator + number)
        ):
            return [*keys[:index], operator + number, *keys[index + 2 :]], index, 1
    return keys, -1, 0


def _signed_rows_joined(block: list[Line]) -> tuple[list[Line], dict[Line, list[Line]], list[Line]]:
    """A table under a header of signed targets printed one cell per line, each row's cells made one line of
    cells between pipes (at its first cell's line), as a row printed on a line is read: a row's cells run from
    the block's first level name (its header's cells before it) or the row before to its three points
    holding (:func:`_weighted_points`, … 25.00 / 25.00 / 6.25 — where a row ends is not printed otherwise).
    With the lines of each joined row's cells (keyed by the joined line itself: a line hashes by its page, number
    and text, not by the object), and the lines of the cells no row so closed holds (left out: where such a row
    ends is not known)."""
    out: list[Line] = []
    cells: list[tuple[str, Line]] = []
    rows: dict[Line, list[Line]] = {}
    left: list[Line] = []
    started = False
    for line in block:
        text = _cell_text(line)
        started = started or _is_level(_key(text))
        if not started or not text:
            if not cells:  # (a blank line or a lone pipe inside a row: dropped)
                out.append(line)
            continue
        cells.append((text, line))
        if len(cells) >= MIN_SIGNED_ROW_CELLS and _weighted_points([_key(text) for text, _ in cells[-3:]])[0]:
            signs = sum(1 for text, _ in cells if OPERATOR_CELL_RE.fullmatch(key := _key(text))
                        or OPERATED_NUMBER_RE.match(key))
            if signs != 1:  # (two rows' cells, the first's points not holding: no row known)
                left.extend(cell_line for _, cell_line in cells)
                cells = []
                continue
            first = cells[0][1]
            joined = Line(first.number, " | ".join(text for text, _ in cells), first.page)
            rows[joined] = [cell_line for _, cell_line in cells]
            out.append(joined)
            cells = []
    left.extend(cell_line for _, cell_line in cells)
    return out, rows, left


def _weighted_points(cells: Sequence[str]) -> tuple[str | None, bool]:
    """The 单项指标得分 of a signed row's cells after its actual (a 完成情况 word, then 单项指标得分 |
    权重占比(%) | 单项指标折算得分), where the three figures hold: the weighted score is the score times the
    share, rounded as printed (25.00 × 25.00 % = 6.25), the score and the share within 100. (None, True)
    where three figures are printed that do not hold — a reading the table does not settle; (None, False)
    where the row prints no three figures there."""
    figures = [cell for cell in cells if NUMBER_RE.match(cell)]
    if len(figures) < 3 or figures != list(cells[len(cells) - len(figures) :]):
        return None, False
    score, share, weighted = (Decimal(x) for x in figures[-3:])
    exponent = Decimal(1).scaleb(Decimal(figures[-1]).as_tuple().exponent)
    held = (
        len(figures) == 3
        and score <= 100
        and share <= 100
        and (score * share / 100).quantize(exponent, rounding=ROUND_HALF_UP) == weighted
    )
    return (figures[0], False) if held else (None, True)


def read_indicators(lines: list[Line], stage: str) -> list[Indicator | Project | ProjectFunding | ParseWarning]:
    """Every indicator of every indicator block of ``lines`` (see the module docstring), each under
    the project whose 项目名称 is printed above its block (a :class:`Project` per name), or the
    department's when none is.

    A line of several cells is one row; lines of one cell each (one cell per line) are read as a
    stream: a name, then its values, until the next name or level."""
    out: list[Indicator | Project | ProjectFunding | ParseWarning] = []
    projects: dict[str, str] = {}  # name → project_key
    previous_end = 0
    lines = _template_spellings(_opened_cells_read(lines))
    # the lines _project_name can read (each holds the word every name's label ends with: one string search)
    name_lines = [index for index in lines_holding(lines, (NAME_WORD,), "compact")
                  if PROJECT_NAME_WORD_RE.search(lines[index].compact)]
    template_starts = _template_cell_starts(lines)
    for start, block in _blocks(lines, template_starts):
        region_start = previous_end
        in_region = name_lines[bisect.bisect_left(name_lines, region_start) : bisect.bisect_right(name_lines, start)]
        named = _project_name(lines[region_start : start + 1], [index - region_start for index in in_region])
        previous_end = start + len(block)
        project_key = None
        unread_funds = False  # a new project whose funds row the run-together reading did not find
        if named is not None:
            name, line = named
            if name not in projects:
                projects[name] = f"t{len(projects) + 1:02d}"
                figures, funds_line, at = _project_figures(lines[region_start : start + len(block)])
                unread_funds = funds_line is None
                out.append(
                    Project(
                        project_key=projects[name],
                        name=name,
                        source_line=line.number,
                        source_page=line.page,
                        **figures,
                        value_lines=value_lines(line.number, [
                            *((n, at.get(c)) for n, c in zip(PROJECT_FIGURES, FUNDS_CELLS, strict=True)),
                            *((n, at.get(n)) for n in TOTAL_FIGURES),
                        ]),
                    )
                )
                if funds_line is not None and figures.get("budget_full_year_yuan", figures.get("budget_initial_yuan")):
                    # the funds row as a funding record of its own line, as the table readers give it
                    out.append(
                        ProjectFunding(
                            project_key=projects[name],
                            source="total",
                            label="年度资金总额",
                            budget_initial_yuan=figures.get("budget_initial_yuan"),
                            budget_full_year_yuan=figures.get("budget_full_year_yuan"),
                            executed_yuan=figures.get("executed_yuan"),
                            execution_rate=figures.get("execution_rate"),
                            ulp_yuan=figures.get("ulp_yuan"),
                            source_line=funds_line.number,
                            source_page=funds_line.page,
                            value_lines=value_lines(funds_line.number, [
                                (n, at.get(c)) for n, c in zip(FUNDING_FIGURES, FUNDS_CELLS, strict=False)
                            ]),
                        )
                    )
                    out.extend(_source_rows(lines[region_start : start + len(block)], funds_line, projects[name]))
            project_key = projects[name]
        # a page's number (or its running header, read as one) between two pages of the table: no cell, no row
        block = [line for line in block if not is_page_mark(line.norm)] or block
        if start in template_starts:
            # the 2021 template's rows one cell per line below its funds header, the indicator header lost
            cells_alone = [Line(line.number, _cell_text(line), line.page) for line in block]  # (closing pipes dropped)
            out.extend(_template_cell_rows(_level_pieces_joined(cells_alone), project_key))
            continue
        block = _header_cells_alone(_wrapped_closed_cells_joined(block))
        wrapped = _spaces_are_wraps(block[0])
        if wrapped:  # (a text value's bounds are unknown in run-together text: only figures are values)
            block = [Line(line.number, line.compact, line.page) for line in block]
        header_lines = _header_lines(block)
        if any(comparison_header(line.norm) for line in header_lines):
            # a header whose value columns are an earlier year, the later one and their change (上年度 | 本年度 |
            # 增长): an account's two-year comparison (ingest/comparison_rows.py), whatever its label columns are
            # named (一级指标 | 二级指标): no target, no actual
            continue
        header = "".join(line.compact for line in header_lines)
        columns = _Columns.from_header(_row_above(lines, start) + header)
        # a target printed one cell per line as 指标性质 / 指标值 / 度量单位 (≥ / 95 / %): an operator
        # alone is no value, so it is joined to the number after it wherever the header is printed
        block = _targets_joined_across_lines(block)
        block = _level_pieces_joined(block)
        block_stage = "self_evaluation" if "actual" in columns.order else stage
        if TARGET_COLUMN_RE.search(header) and not {"actual", "weight", "score"} & set(columns.order):
            block_stage = "target"  # a header naming the target column and no actual, score or weight
        # (a monitoring sheet's actual is its progress to a date: its funds are a budget's, as a target table's)
        progress = PROGRESS_RE.search(header) is not None and "score" not in columns.order
        if unread_funds and project_key is not None and (not {"actual", "score"} & set(columns.order) or progress):
            # a target table (no actual, no score column): its funds cells, each label then its amount
            out.extend(_target_funds(lines[region_start:start], project_key))
        # a block opening at a row whose target is three cells (HEADLESS_ROW_RE), no header above: each
        # row's target read from those cells, its other figures (权重, 完成值, 得分) left out
        # (a block opening at such a row's 产出指标, no header word in its lines, is one too)
        headless = not START_RE.search(block[0].compact) or (
            HEADLESS_ROW_RE.match(block[0].norm) is not None and not _value_columns(_row_above(lines, start) + header)
        )
        if headless:
            columns = _Columns(["target"])
            out.append(_warning(
                block[0],
                "indicator rows without their table's header (its 指标性质 | 指标值 | 度量单位 cells "
                "read as each row's target): the figures after the target, whose columns no header names "
                "(权重, 完成值, 得分), were left out, but in a row printing all three (完成值 | 权重 | 得分, "
                "its 得分 at most its 权重)",
                context=block[0].norm[:120],
            ))
        unknown = _unknown_header_cells(header_lines)
        if unknown:
            out.append(_warning(
                block[0],
                f"an indicator table whose header printed one cell per line names columns no reader "
                f"knows ({'、'.join(unknown[:3])}…): its rows' cells cannot be placed, its indicators were left out",
                context=" | ".join(_cell_text(line) for line in header_lines)[:200],
            ))
            continue
        level1: str | None = None
        level2: str | None = None
        placed_level1 = False  # (the 一级指标 was read by its place, a name the level list lacks)
        row: _Row | None = None

        def flush(columns: _Columns = columns, stage: str = block_stage, project_key: str | None = project_key) -> None:
            nonlocal row
            if row is not None and row.values and not columns.named and row.level1 is None and row.level2 is None and (
                not any(DIGIT_RE.search(value) for value in row.values)
            ):  # (一级指标 / 专项 / 年度 / 产 / 绩效出 / 指: a wrapped header's pieces under a header naming no
                # value column — words with no figure, no level above them: no indicator's target)
                out.append(_warning(
                    row.value_lines[0],
                    "an indicator row without a level and without a figure under a header naming no value column "
                    "(指标值, 完成值 …): its words may be a wrapped header's pieces, not a target; left out",
                    context=" | ".join([row.name or "", *row.values])[:120],
                ))
            elif row is not None and row.values:
                out.append(_indicator(row, columns, stage, project_key))
            row = None

        # a table of signed targets printed one cell per line: each row's cells joined, up to its held points
        signed_cells: dict[Line, list[Line]] = {}
        above = "".join(line.compact for line in lines[max(0, start - MAX_HEADER_CELL_LINES) : start])
        if SIGNED_TARGET_HEADER_RE.search(above + header) is not None and _one_cell_per_line(block, columns):
            block, signed_cells, left = _signed_rows_joined(block)
            if left:
                out.append(_warning(
                    left[0],
                    "rows of signed targets printed one cell per line whose 单项指标得分 | 权重占比 | 折算得分 do "
                    "not hold (折算得分 ≠ 得分 × 权重占比): where those rows end is not known, they were left out",
                    context=" | ".join(_cell_text(line) for line in left)[:120],
                ))
        one_cell_lines = _one_cell_per_line(block, columns)
        typed = "指标值类型" in header  # a 定量 / 定性 column before the target (the Hunan templates)
        # text columns after the target (指标解释, 评(扣)分标准): a row's cells there are no indicators
        explained = EXPLANATION_HEADER_RE.search(header) is not None
        # printed one cell per line, such a column's cell follows each row's target (指标值及单位 | 绩效标准)
        text_after = one_cell_lines and _text_column_after_target(header)
        # a header printed one cell per line with a 偏差原因 cell: each row's sentence in that column
        reasons = one_cell_lines and any(REASON_HEADER_RE.match(_cell_text(x).replace(" ", "")) for x in block)
        signed = SIGNED_TARGET_HEADER_RE.search(header) is not None or bool(signed_cells)
        unit_first = UNIT_BEFORE_TARGET_RE.search(header) is not None
        level_cell_before = False  # (one cell per line: whether the cell before this line's was a level's name)
        # a target table printed one cell per line whose header names one value column, the target's, and no
        # text column (指标解释, 绩效标准 …): a sentence's cell after a row's name can only be its target
        sentence_targets = (
            one_cell_lines and columns.named and columns.order == ["target"] and not signed and not typed
            and TEXT_COLUMN_WORDS_RE.search(header) is None and TEXT_COLUMN_HEADER_RE.search(header) is None
        )
        # a header naming no text column (指标说明, 评分标准 …): a row's cells are its levels, its name and its values
        plain_header = TEXT_COLUMN_WORDS_RE.search(header) is None and TEXT_COLUMN_HEADER_RE.search(header) is None
        if sentence_targets:  # (rows of a name and its target, no other cell: 社会效益 | 发展全民健身运动 | …, a
            block = _short_levels_named(block)  # 二级指标 printed without its 指标, by its place)
        continued_at = -1  # (the position of a headless row's tail printed on the next line, read with it)
        for position, line in enumerate(block):
            if reasons and _in_reason_column(line) and PROSE_RE.search(line.norm):
                if row is not None and row.values:
                    row.reason = _cell_text(line)  # (its 偏差原因 cell: never a name nor a value)
                    flush()
                continue
            separated, cells = _line_cells(line.norm, columns.run_together, columns.units_apart)
            if separated and (word := _word_split_by_space(cells)) is not None:
                separated, cells = False, (word,)  # 绩效 指标, 一级 指标, 产出 指标: one cell, a space inside
            # a whole table flattened onto one line with spaces between its cells in no row order (its
            # header's value columns printed after its first indicator's level): a cell's own text may
            # wrap at a space too (资金是否全部纳入医 保统筹) — a text cell's bounds are unknown, only
            # figures are its values
            flattened = (
                separated and len(cells) > FLATTENED_LINE_CELLS and not _has_separators(line.norm)
                and _header_after_levels(cells)
            )
            if flattened:
                flush()
                out.append(_warning(
                    line,
                    "a table flattened onto one line with its cells out of their rows' order (its "
                    "header's value columns after its first indicator): its indicators were left out",
                    context=line.norm[:120],
                ))
                continue
            # one cell per line, the cell right after a 二级指标's stands in the 三级指标 column: a name, though it
            # states what was done in a sentence (慰问伤残军人50人;…边海防官兵320人。), where a value follows it
            sentence_name = level_cell_before and one_cell_lines and _sentence_name(block, position, columns)
            if position == continued_at:
                continue  # a row's tail printed on its own line, read with the row
            if sentence_targets and row is not None and _sentence_target(block, position, row):
                # one cell per line under 三级指标 | 指标值 and no text column: the sentence right after a row's
                # name is its target (按照资金测算控制各项成本。), where no value follows it (else it may be a name)
                row.values.append(_cell_text(line))
                row.value_lines.append(line)
                level_cell_before = False
                continue
            scored_row = _headless_scored(cells) if headless and separated else None
            tail_line = line
            if headless and separated and scored_row is None and (
                continued := _headless_continued(cells, block, position, columns)
            ):
                (scored_row, tail_line), continued_at = continued, position + 1
            if scored_row is not None:
                cells = scored_row[0]  # its level cells, read as every row's; its name and figures below
            elif headless:
                cells = _headless_cells(cells) if separated else ()
            elif sentence_name:
                cells = (_cell_text(line),)
            elif separated and columns.split_target:
                cells = _joined_targets(list(cells), operator_optional=True)
            elif one_cell_lines and len(cells) == 2 and _value_line_follows(block, position, columns):
                cells = (_cell_text(line),)  # a name ending in a count (村组干部230人), its value on the next line
            elif one_cell_lines and len(cells) > 1 and _whole_text_value(row, _cell_text(line), columns):
                cells = (_cell_text(line),)  # a value in words with a figure inside (至少全年完成2次宣传)
            if separated or len(cells) > 1:
                flush()
            signed_row = _signed_row(cells) if signed and separated else None
            if signed_row is not None:
                cells = signed_row[0][:-1]  # its level cells, read as every row's
            unnamed = _unnamed_levels(cells) if separated else NO_INDEXES
            placed = _levels_by_place(cells, columns) if separated else 0
            named_in_row = False  # (a separated row holds one indicator, unless a level starts another)
            operator_in_row = separated and columns.split_target and any(
                isinstance(cell, str) and (OPERATOR_VALUE_RE.match(_key(cell)) or _key(cell).startswith("定性"))
                for cell in cells
            )
            level2_at = -2  # the cell of this row read as its 二级指标
            for index, cell in enumerate(cells):
                if index in unnamed:  # 预算(或投资规模)控制指标 | 年度预算执行率 | ≥90%: a level the list lacks
                    flush()
                    level2 = _key(cell)
                    continue
                if index < placed and not _is_level(_key(cell)):
                    # 投入指标 | 资金管理 | 资金到位率 | 100% | 100% | 10 | 10: levels the list lacks, by their place
                    # before the row's name (only so do its 分值 and 得分 stand as numbers, 得分 ≤ 分值)
                    flush()
                    if index == placed - 1:
                        level2, level2_at = _key(cell), index
                    else:
                        level1, level2, placed_level1 = _key(cell), None, True
                    continue
                if isinstance(cell, ScoredRow):
                    flush()
                    out.append(_scored_indicator(cell, line, level1, level2, block_stage, project_key))
                    continue
                if isinstance(cell, SteppedRow):
                    flush()
                    out.append(_warning(
                        line,
                        "an indicator row run together whose cells no single reading splits (its name, "
                        "target and actual not told apart by their shapes): left out",
                        context=cell.text[:120],
                    ))
                    continue
                key = _key(cell)
                if separated and key in SHORT_LEVEL2_PARENTS and plain_header and _short_level_opens_row(cells, index):
                    # 社会效益 | 指标1:改善… | 显著改善: a 二级指标 printed without its 指标, as printed, under the
                    # 一级指标 carried (a county may group it its own way: 效益指标 | 满意度 | …), else its standard one
                    flush()
                    named_in_row, level_cell_before = False, False
                    level2, level2_at = key, index
                    level1 = level1 or SHORT_LEVEL2_PARENTS[key]
                    continue
                if HEADER_WORDS.match(key) or key == "-" or FILLER_RE.match(key):
                    continue
                if typed and key in VALUE_TYPE_WORDS:
                    continue  # the 指标值类型 column's 定量 / 定性: no target
                if key in DIRECTION_WORDS:
                    continue  # the 指标方向 column's 正向 / 反向: no name, no target
                if one_cell_lines and len(key) <= MAX_WRAPPED_HEADER_HEAD and _wraps_header(block, position, key):
                    continue  # 年度 / 指标值, 实际 / 完成值: a header cell wrapped over two lines
                if one_cell_lines and level1 is None and level2 is None and _ends_header(block, position, key):
                    continue  # 偏差原因 / 分析及 / 改进措施: the rest of a header cell wrapped, before any level
                if separated and _level1_by_place(cells, index, key):
                    flush()  # 效果指标 | 社会效益指标 | …: the 一级指标 a county names, by its place before a 二级
                    named_in_row, level_cell_before = False, False
                    level1, level2, placed_level1 = key, None, True
                    continue
                in_level3_column = separated and level2_at == index - 1 and _value_next(cells, index)
                if _is_level(key) and not in_level3_column:  # (a name before it whose values were lost is left out)
                    named_in_row = False
                    flush()
                    # 成本指标 is a 二级指标 under 产出指标 in older tables, a 一级指标 in newer ones
                    if is_level1(key) and key == level1 and level2 is None and row is None and is_level2(key):
                        level2 = key  # 满意度指标 | 满意度指标: the 一级指标, then its 二级指标 of the same name
                    elif is_level1(key) and key == level1 == level2:
                        pass  # that 二级指标 printed again on the next row (its 一级指标's cell merged): no new level
                    elif is_level1(key) and not (level1 == "产出指标" and level2_parent(key) == level1):
                        level1, level2, placed_level1 = key, None, False
                    else:
                        parent = level2_parent(key)
                        level2, level2_at = key, index
                        # (a 一级指标 read by its place keeps its 二级指标s: the county groups them its own way)
                        kept = level1 and (parent is None or parent == level1 or placed_level1)
                        level1 = level1 if kept else parent
                    level_cell_before = level2 is not None and index == len(cells) - 1
                    continue
                level_cell_before = False
                is_value = VALUE_RE.match(key) or NUMBER_RE.match(key) or NUMBER_UNIT_CELL_RE.fullmatch(key)
                after_target = text_after and row is not None and row.values and not is_value
                if after_target and not _value_follows(block, position):
                    continue  # the text column's cell after the row's target (计划标准), no name: the next one is
                if explained and separated and is_value and row is None:
                    named_in_row = True  # a value whose name the row lacks: the text after it is no name
                if unit_first and row is not None and not row.values and row.unit is None and (
                    UNIT_COLUMN_CELL_RE.fullmatch(key)
                ):
                    row.unit = key  # (猪肉产量稳定率 | % | ≥95%: the unit column's cell)
                    continue
                if (
                    columns.units_apart and row is not None and "actual" in columns.order
                    and len(row.values) == columns.order.index("target") + 1 and UNIT_COLUMN_CELL_RE.fullmatch(key)
                ):
                    # a self-evaluation's unit column's cell right after the target's (指标值 | 计量单位 | 完成值:
                    # ``≥200 人次 202 10 10``): the target's unit where its number is bare (as the grid reader joins
                    # them), never the actual — which would shift every figure after it by a column
                    if BARE_TARGET_RE.match(row.values[-1]):
                        row.values[-1] += key
                    continue
                texts = not (wrapped or flattened)
                # (a row printing its levels, its name and its values on its line, no 指标性质 in any cell:
                # whole, its cells placed — its target's number the first value)
                whole_row = separated and level2_at >= 0 and not operator_in_row
                if row is not None and _takes(row, cell, key, bool(is_value), columns, texts, whole_row):
                    value = cell.strip()
                    if row.unit and not row.values and BARE_TARGET_RE.match(value):
                        value += row.unit  # a target printed without its unit (11 | 个 → 11个)
                    row.values.append(value)
                    row.value_lines.append(line)
                    continue
                if explained and separated and named_in_row and (row is None or row.values):
                    continue  # a text cell after the row's indicator and its values: 指标解释, 评分标准
                if (
                    not is_value
                    and (MIN_NAME_CHARS <= len(key) <= MAX_NAME_CHARS or sentence_name)
                    and (
                        sentence_name
                        or not NOT_A_NAME_RE.search(_name_body(cell))
                        or (separated and _framed_name(cells, index))
                        or (one_cell_lines and _comma_name(cell)
                            and (_value_follows(block, position) or _row_follows(block, position, columns)))
                    )
                    and not TITLE_NAME_RE.search(key)
                    and _balanced(key)
                ):
                    flush()
                    row = _Row(level1, level2, cell.strip(), line)
                    named_in_row = separated
            if signed_row is not None:
                heads, target, actual, score, unsettled, indexes = signed_row
                cell_lines = signed_cells.get(line)  # (its cells' own lines, a row printed one cell per line)
                at_lines = [cell_lines[index] for index in indexes] if cell_lines else [line] * 3
                if score is None:
                    signed_values = _Row(level1, level2, heads[-1], line, [target, actual], at_lines[:2])
                    out.append(_indicator(signed_values, SIGNED_COLUMNS, block_stage, project_key))
                else:
                    signed_values = _Row(level1, level2, heads[-1], line, [target, actual, score], at_lines)
                    out.append(_indicator(signed_values, SIGNED_SCORED_COLUMNS, block_stage, project_key))
                if unsettled:
                    out.append(_warning(
                        line,
                        "a row's 单项指标得分 | 权重占比 | 折算得分 do not hold (折算得分 ≠ 得分 × 权重占比): "
                        "its points were left out",
                        context=line.norm[:120],
                    ))
            if scored_row is not None:
                _, name, figures = scored_row
                at_lines = [line, *[tail_line] * (len(figures) - 1)]  # (its tail's figures at the tail's line)
                scored_values = _Row(level1, level2, name, line, list(figures), at_lines)
                out.append(_indicator(scored_values, HEADLESS_SCORED_COLUMNS, block_stage, project_key))
            if separated or len(cells) > 1:
                flush()
        flush()
    out.extend(_funds_without_indicators(lines, previous_end, name_lines, projects))
    return out


# The 2021 template's funds header printed one cell per line: its money columns' words (年初预算数, 全年执行数 …),
# then 分值 and 得分 (and 执行率) each a cell alone — each by its role in the funds headers' vocabulary
# (ingest/performance/header_roles.py: 调整后预算数, 预算执行数; 权重 for 分值, 自评得分 for 得分).
TEMPLATE_MONEY_ROLES = frozenset({"initial", "full_year", "executed"})
# What the line of the funds header's 得分 cell holds (any word of a score's cell: 得分, 自评得分, 评分).
TEMPLATE_SCORE_WORDS = ("得分", "评分")
# An indicator header's cells: where one stands between the funds header and the rows, the header is not lost.
INDICATOR_HEADER_CELL_RE = re.compile(r"一级指标|二级指标|三级指标|指标值|完成值")
# How many lines above a level's cell the funds header's 得分 may stand (a row of the funds, garbled, between).
TEMPLATE_HEADER_WINDOW = 16
# The columns of the template's indicator rows after the 三级指标: 年度指标值 | 实际完成值 | 分值 | 得分.
TEMPLATE_ROW_CELLS = 5
TEMPLATE_COLUMNS = _Columns(["target", "actual", "weight", "score"])
TEMPLATE_ROW_LEFT_OUT = (
    "indicator rows of a 项目支出绩效自评表 printed one cell per line whose indicator header the page lost: the "
    "cells under this level are not one or more rows of a name, a target, an actual, a 分值 and a 得分 (得分 at "
    "most 分值) — which cell stands in which column is not known; left out"
)


def _names_values(block: list[Line]) -> bool:
    """Whether a block's lines hold a header's target or actual column, a cell alone (指标值, 完成值)."""
    return any(column_role(_cell_text(line).replace(" ", "")) in ("target", "actual") for line in block)


def _template_cell_starts(lines: list[Line]) -> frozenset[int]:
    """The lines opening the indicator rows of a 项目支出绩效自评表 (the 2021 template) printed one cell per line
    whose indicator header the page lost (a document-sharing preview skipping pages): a level's name alone on its
    line, at most :data:`TEMPLATE_HEADER_WINDOW` lines below the funds header's cells (a money column's word, 分值,
    得分, each alone on its line), no indicator header's cell (一级指标, 指标值 …) between."""
    starts: set[int] = set()
    for index in lines_holding(lines, TEMPLATE_SCORE_WORDS, "compact"):
        if column_role(_cell_text(lines[index]).replace(" ", "")) != "score":
            continue
        above = [_cell_text(x).replace(" ", "") for x in lines[max(0, index - TEMPLATE_HEADER_WINDOW) : index]]
        if not any(column_role(cell) == "weight" for cell in above) or not any(
            funds_column_role(cell) in TEMPLATE_MONEY_ROLES for cell in above
        ) or any(INDICATOR_HEADER_CELL_RE.search(cell) and not _is_level(cell) for cell in above):
            continue  # (no funds header, or the 得分 of an indicator header: its rows are the header's)
        for at in range(index + 1, min(len(lines), index + 1 + TEMPLATE_HEADER_WINDOW)):
            line = lines[at]
            cell = _cell_text(line).replace(" ", "")
            if "|" in cell or "\t" in cell or (INDICATOR_HEADER_CELL_RE.search(cell) and not _is_level(cell)):
                break  # (cells separated on a line, or the indicator header: not this layout)
            if _is_level(cell):
                starts.add(at)
                break
    return frozenset(starts)


def _template_cell_rows(block: list[Line], project_key: str | None) -> list[Indicator | ParseWarning]:
    """The indicator rows of a block opened by :func:`_template_cell_starts`: the cells under each level (its name
    alone on a line, wrapped pieces joined) are one or more rows of the template's columns after the 三级指标 —
    a name, 年度指标值, 实际完成值, 分值, 得分 — each row taken only where its name is words of a name's length, its
    target and actual values (a figure or a short text), its 分值 and 得分 numbers with 得分 ≤ 分值; cells falling
    otherwise leave the level's rows out with a parse warning."""
    out: list[Indicator | ParseWarning] = []
    level1: str | None = None
    level2: str | None = None
    segment: list[Line] = []

    def close() -> None:
        nonlocal level1, level2
        if not segment:
            return
        first = _key(_cell_text(segment[0]))
        if len(segment) % TEMPLATE_ROW_CELLS == 1 and (parent := SHORT_LEVEL2_PARENTS.get(first)) is not None:
            # a cell more than the rows', before them: a 二级指标 printed without its 指标 (满意度, 社会效益), the
            # level it names (as levels.peel_levels names 经济效益 | …)
            level2, level1 = SHORT_LEVEL2_NAMES[first], level1 if level1 == parent else parent
            del segment[0]
        chunks = [segment[i : i + TEMPLATE_ROW_CELLS] for i in range(0, len(segment), TEMPLATE_ROW_CELLS)]
        rows = [_template_row(chunk, level1, level2) for chunk in chunks]
        if all(row is not None for row in rows):
            out.extend(_indicator(row, TEMPLATE_COLUMNS, "self_evaluation", project_key) for row in rows if row)
        else:
            out.append(_warning(segment[0], TEMPLATE_ROW_LEFT_OUT,
                                " | ".join(_cell_text(line) for line in segment)[:120]))
        segment.clear()

    for line in block:
        key = _key(_cell_text(line))
        if not key:
            continue
        if _is_level(key):
            close()
            if is_level1(key) and not (level1 == "产出指标" and level2_parent(key) == level1):
                level1, level2 = key, None
            else:
                level2, level1 = key, level2_parent(key) or level1
            continue
        segment.append(line)
    close()
    return out


def _template_row(cells: list[Line], level1: str | None, level2: str | None) -> _Row | None:
    """One row of the template's cells (a name, 年度指标值, 实际完成值, 分值, 得分) where each holds its column's kind
    and 得分 ≤ 分值, else None."""
    if len(cells) != TEMPLATE_ROW_CELLS:
        return None
    name, target, actual, weight, score = (_key(_cell_text(line)) for line in cells)
    if not _bare_name(name) or any(ch.isdigit() for ch in name):
        return None
    if not all(VALUE_RE.match(value) or _is_value(value, True) for value in (target, actual)):
        return None
    if not (NUMBER_RE.match(weight) and NUMBER_RE.match(score)) or Decimal(score) > Decimal(weight):
        return None
    values = [_cell_text(line) for line in cells[1:]]
    return _Row(level1, level2, _cell_text(cells[0]), cells[0], values, list(cells[1:]))


# A target table's title (2024年度预算项目绩效目标公开表, 项目支出绩效目标申报表): its funds are a budget's.
TARGET_TITLE_RE = re.compile(r"绩效目标(?:申报|公开|批复)?(?:明细)?表")
# How far above its 项目名称 a target table's title may stand (lines of text: blank lines between are not
# counted), and how far below it its funds rows.
TITLE_ABOVE_NAME = 4
FUNDS_BELOW_NAME = 30


def _headless_cells(cells: Sequence[str | ScoredRow]) -> tuple[str | ScoredRow, ...]:
    """A row's cells under no header (:data:`HEADLESS_ROW_RE`): its level and name cells, then its target
    joined from its 指标性质 | 指标值 | 度量单位 cells (``≤ | 101400 | 元`` → ``≤101400元``), and nothing
    after it; a row without such a target, its level cells only (what stands in its other columns is
    not known)."""
    out: list[str | ScoredRow] = []
    for index, cell in enumerate(cells):
        if not isinstance(cell, str):
            break
        key = _key(cell)
        after = cells[index + 1] if index + 1 < len(cells) else None
        if OPERATOR_CELL_RE.fullmatch(key) and isinstance(after, str) and NUMBER_RE.match(after.strip()):
            return (*out, _joined_targets(list(cells[index : index + 3]))[0])
        if OPERATOR_TARGET_RE.match(key):  # (≤ and 101400 joined, and its unit: spaces or tabs between its cells)
            unit = after.strip() if isinstance(after, str) and UNIT_CELL_RE.fullmatch(after.strip()) else ""
            return (*out, key + unit if BARE_TARGET_RE.match(key) else key)
        if VALUE_RE.match(key) or NUMBER_RE.match(key) or key in VALUE_TYPE_WORDS:
            break
        out.append(cell)
    return tuple(cell for cell in out if isinstance(cell, str) and _is_level(_key(cell)))


# The columns of a headless row printing the template's three cells after its target (:func:`_headless_scored`).
HEADLESS_SCORED_COLUMNS = _Columns(["target", "actual", "weight", "score"], split_target=True)
# The most points one indicator weighs.
MAX_INDICATOR_WEIGHT = Decimal(100)


# A 定性 indicator's 指标性质 cell (its 指标值 the grades it is judged in: 好坏, 优良中低差).
QUALITATIVE = "定性"
# A row's tail a copy printed on the next line, opened by a pipe (``| 好坏 | 5 | 5 |``): a short value, then numbers.
CONTINUATION_RE = re.compile(
    r"^\s*[|｜]\s*[^|｜\t\d]{1,12}?\s*[|｜]\s*\d+(?:\.\d+)?\s*(?:[|｜]\s*\d+(?:\.\d+)?\s*)?[|｜]?\s*$"
)
# A headless row whose target is 定性 and its grades (``可持续影响指标 | …健全性 | 定性 | 好坏 |``): the excerpt's row.
QUALITATIVE_ROW_RE = re.compile(r"^\s*[|｜]?\s*(?:[^|｜\t]+[|｜]\s*){1,3}定性\s*[|｜]")


def _warning(line: Line, message: str, context: str) -> ParseWarning:
    """The stream reader's parse warning at ``line``."""
    return ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                        context=context)


def _headless_continued(
    cells: Sequence[str | ScoredRow], block: list[Line], position: int, columns: _Columns
) -> tuple[tuple[tuple[str, ...], str, tuple[str, ...]], Line] | None:
    """A headless row whose 完成值 | 权重 | 得分 a copy printed on the next line, opened by a pipe (``可持续影响指标 |
    …健全性 | 定性 | 好坏 |`` then ``| 好坏 | 5 | 5 |``): the row read with them (:func:`_headless_scored`) and the
    line they stand on; None where the next line is no such tail or the row is whole without it."""
    if position + 1 >= len(block) or not CONTINUATION_RE.match(block[position + 1].norm):
        return None
    following = block[position + 1]
    separated, tail = _line_cells(following.norm, columns.run_together, columns.units_apart)
    scored = _headless_scored([*cells, *tail]) if separated else None
    return (scored, following) if scored is not None else None


def _headless_scored(cells: Sequence[str | ScoredRow]) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """A row under no header (:data:`HEADLESS_ROW_RE`) whose target is the 2021 template's three cells and
    which prints after it exactly the three cells the template has there, all filled — 完成值 | 权重 | 得分
    (``满意度指标 | 服务对象满意度指标 | 活动参与人员满意度 | ≥ | 95 | % | 95 | 5 | 5``): its level cells, its
    name, and its target, actual, 权重 and 得分 — a value then two numbers, the 得分 at most the 权重, the
    权重 at most 100. None for any other row: a row missing a cell (an empty 完成值 or 得分 left out by the
    copy: ``= | 100 | % | 5``) cannot say which column its figures stand in."""
    if not all(isinstance(cell, str) for cell in cells):
        return None
    keys = [_key(cell) for cell in cells if isinstance(cell, str)]
    at = next((i for i in range(1, len(keys)) if OPERATOR_TARGET_RE.match(keys[i]) or (
        i + 1 < len(keys) and OPERATOR_CELL_RE.fullmatch(keys[i]) and NUMBER_RE.match(keys[i + 1])
    ) or (keys[i] == QUALITATIVE and i + 1 < len(keys))), None)
    if at is None:
        return None
    if keys[at] == QUALITATIVE:  # 定性 | 好坏: the target its 指标值 cell, the grades it is judged in (优良中低差)
        if not _is_value(keys[at + 1], True) or VALUE_RE.match(keys[at + 1]) or NUMBER_RE.match(keys[at + 1]):
            return None
        at, end = at + 1, at + 2
    else:
        # (≥ | 95 | %; or, between spaces or tabs, ≥95% or ≥95 | % — the operator and its number joined)
        number_end = at + 1 if OPERATOR_TARGET_RE.match(keys[at]) else at + 2
        bare = BARE_TARGET_RE.match("".join(keys[at:number_end])) is not None
        end = number_end + 1 if bare and number_end < len(keys) and UNIT_CELL_RE.fullmatch(keys[number_end]) else (
            number_end
        )
    rest = [key for key in keys[end:] if key]
    if len(rest) != 3:
        return None
    actual, weight, score = rest
    first = at - 1 if keys[at - 1] == QUALITATIVE else at  # (the 指标性质 cell's index)
    name, levels = keys[first - 1], keys[: first - 1]
    if (
        not NUMBER_RE.match(weight) or not NUMBER_RE.match(score)
        or not Decimal(score) <= Decimal(weight) <= MAX_INDICATOR_WEIGHT
        or not (VALUE_RE.match(actual) or _is_value(actual, True))
        or not all(_is_level(level) for level in levels)
        or _is_level(name) or not MIN_NAME_CHARS <= len(name) <= MAX_NAME_CHARS or NOT_A_NAME_RE.search(name)
    ):
        return None
    return tuple(levels), name, ("".join(keys[at:end]), actual, weight, score)


def _funds_without_indicators(
    lines: list[Line], start: int, name_lines: list[int], projects: dict[str, str]
) -> list[Project | ProjectFunding | ParseWarning]:
    """A target table whose indicators the text does not reach (an excerpt cut after its funds rows):
    the last 项目名称 after the last indicator block, right under a target table's title, and its
    funds cells (:func:`_target_funds`) — nothing where no funds row is read."""
    after = [index for index in name_lines if index >= start]
    if not after:
        return []
    index = after[-1]
    named = _project_name(lines[index : index + 4], [0])  # (its name on its line, or alone on the next)
    above = [line for line in lines[max(start, index - 3 * TITLE_ABOVE_NAME) : index] if line.compact]
    title = any(TARGET_TITLE_RE.search(line.compact) for line in above[-TITLE_ABOVE_NAME:])
    if named is None or not title or named[0] in projects:
        return []
    project_key = f"t{len(projects) + 1:02d}"
    funds = _target_funds(lines[index : index + FUNDS_BELOW_NAME], project_key)
    if not any(isinstance(funds_row, ProjectFunding) for funds_row in funds):
        return funds  # (its warnings)
    name, line = named
    return [Project(project_key=project_key, name=name, source_line=line.number, source_page=line.page), *funds]


# A header word with a space inside, once or twice (一级 指标, 一级指 标; not letter-spaced 一 级 指 标).
# (or a value column's word: 分 值, 得 分, 完成 值 — ``年度 指标值实际 完成值分 值得 分偏差原因分析``)
BROKEN_HEADER_WORD_RE = re.compile(
    "|".join(rf"{w[0]}\s*{w[1]}\s*{w[2]}\s*{w[3]}" for w in ("一级指标", "二级指标", "三级指标"))
    + r"|分\s{1,2}值|得\s{1,2}分|完成\s{1,2}值"
)


# Two header words run together, no separator between (指标二级, 三级指标年度指标值).
RUN_HEADER_WORDS_RE = re.compile(r"指标(?:二级|三级|年度|指标值|分值|得分|全年|实际|权重)")


def _spaces_are_wraps(first: Line) -> bool:
    """Whether the spaces of a block's first line are where a cell's text wrapped, not between cells:
    header words run together (``指标二级``) and one broken by one or two spaces (``一级 指标二级
    指标三级指标年度指标 值``) — text run together with its line breaks turned into spaces, whose
    pieces are no cells (a header cell wrapped in a table of separated cells, ``一级 指标`` alone,
    is not). Its lines are then read without their spaces, as run-together text."""
    norm = first.norm
    if " " not in norm or "|" in norm or "\t" in norm or not RUN_HEADER_WORDS_RE.search(norm):
        return False
    return any(0 < sum(ch.isspace() for ch in m.group()) < 3 for m in BROKEN_HEADER_WORD_RE.finditer(norm))


# The funds labels of a target table (绩效目标申报表): the total, and the fiscal part of it.
TARGET_FUNDS_LABEL_RE = re.compile(
    r"^(?:其中[:：])?(?P<label>(?:项目|年度|当年)?(?:预算)?资金(?:申请)?总额|(?:当年)?财政拨款|财政资金)[:：]?$"
)
# The funds of a level of government, by cell: this level's own (市本级, 年度本级预算金额, 本级财政, 同级财政资金)
# and a higher level's (上级资金, 该项目支出上级资金, 上级财政补助资金, 中央及自治区补助); each perhaps
# after 其中: (a part of the total beside it).
OWN_LEVEL_FUNDS_RE = re.compile(
    r"^(?:其中[:：])?(?:[省市县区州旗]|年度|当年)?[本同]级(?:财政)?(?:预算)?(?:金额|资金|拨款)?[:：]?$"
)
# The funds of no named source: 其他资金 (its 0 read too: every part of the total is then known).
OTHER_FUNDS_RE = re.compile(r"^(?:其中[:：])?其他资金[:：]?$")
SUPERIOR_FUNDS_RE = re.compile(
    r"^(?:其中[:：])?(?:(?:该项目(?:支出)?)?上级(?:财政)?(?:补助)?(?:资金)?|中央(?:及|和)?(?:自治区|省级?)?补助(?:资金)?)[:：]?$"
)
# A total or a subtotal cell after its row's caption: 项目资金 (万元) | 合计 | 250, 一般公共预算拨款 | 小计 | 250.
FUNDS_CAPTION_RE = re.compile(r"^(?:项目)?资金(?:情况|总额)?(?:\((?:万元|元)\))?$")
FISCAL_CAPTION_RE = re.compile(r"^(?:一般公共预算|财政)拨款$")
# An amount in its cell, with its unit or none, a breakdown in brackets after it (854万(…400万元…)).
TARGET_AMOUNT_RE = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<unit>万元|万|元)?(?:[(（].*)?$")


YEARLY_RE = re.compile("年度|当年")


def _target_funds(region: list[Line], project_key: str) -> list[ProjectFunding | ParseWarning]:
    """The funds of a target table from its cells above the indicators (pipe rows, or one cell per
    line): each funds label (年度资金总额:, 其中:财政拨款; 合计 after 项目资金, 小计 after 一般公共预算拨款;
    this level's money, 市本级 / 年度本级预算金额, and a higher level's, 上级资金 / 中央及自治区补助) and the
    amount in the next cell, in the unit the cell prints (854万) or the caption names (资金情况 (万元))
    — none read without a unit. A total and a fiscal row, the year's (年度…, 当年…) over the whole
    project's where both are printed, as the year's budget (budget_initial_yuan)."""
    cells: list[tuple[str, Line]] = []
    below: list[tuple[str, str, str, Line]] = []  # (source, label, figure, its line) of labels over figures
    warnings: list[ParseWarning] = []
    above: Line | None = None  # the last line of text (a blank line after every line, as a copy spaces them)
    for line in region:
        text = line.norm.strip()
        if above is not None and FIGURES_LINE_RE.match(text):
            paired = _labels_over_figures(above, line)
            if isinstance(paired, ParseWarning):
                warnings.append(paired)
                continue
            if paired:
                below.extend(paired)
                continue
        above = line if text else above
        parts = CELL_SPLIT_RE.split(text) if "|" in text or "\t" in text else [text]
        cells.extend(("".join(part.split()), line) for part in parts if part.strip())
    joined = "".join(cell for cell, _ in cells)
    caption = money_unit(joined) or declared_unit(joined)  # (资金情况 (万元), or the form's 单位:万元)
    chosen: dict[str, ProjectFunding] = {}
    previous = ""
    pairs: list[tuple[str | None, str, str, Line]] = []  # (source, label, the next cell, its line)
    for (cell, _), (after, line) in itertools.pairwise(cells):
        label = previous + cell if cell in ("合计", "小计") else cell  # (一般公共预算拨款小计)
        pairs.append((_funds_source(cell, previous), label, after, line))
        previous = cell
    for source, label, after, line in [*pairs, *below]:
        amount = TARGET_AMOUNT_RE.match(after)
        if source is None or amount is None:
            continue
        suffix = amount.group("unit")
        unit = ("万元" if suffix.startswith("万") else "元") if suffix else caption
        money = to_amount(amount.group("number"), unit) if unit else None
        yearly = "年度" in label or "当年" in label
        if money is None or (source in chosen and (not yearly or YEARLY_RE.search(chosen[source].label))):
            continue  # (the year's row over the project's whole: 年度资金申请总额 over 项目资金总额)
        chosen[source] = ProjectFunding(
            project_key=project_key,
            source=source,
            label=label.rstrip(":："),
            budget_initial_yuan=money.yuan,
            ulp_yuan=money.ulp_yuan,
            source_line=line.number,
            source_page=line.page,
        )
    return [*sorted(chosen.values(), key=lambda funding: funding.source_line), *warnings]


# A line of figures alone between spaces (``0.00  25.00  0.00``): the values of the labels on the line above.
FIGURES_LINE_RE = re.compile(r"^(?:\d[\d,]*(?:\.\d+)?(?:万元|万|元)?\s+)+\d[\d,]*(?:\.\d+)?(?:万元|万|元)?$")


def _labels_over_figures(labels: Line, figures: Line) -> list[tuple[str, str, str, Line]] | ParseWarning:
    """A target table's funds labels on one line and their figures on the next (``项目资金来源情况(万元)
    其中:上级财政补助资金 其中:同级财政资金 其他`` over ``0.00  25.00  0.00``): from the first part naming a
    funds source, every part a label (a bare 其他 after another: the other funds), and each label given the
    figure in its place — only where the labels are as many as the figures (else a figure left empty
    would put the others under the wrong labels): a warning then, none read. Nothing where the line
    above names no funds source."""
    parts = labels.norm.split()
    first = next((i for i, part in enumerate(parts) if _funds_source(part, "") is not None), None)
    if first is None:
        return []
    named = parts[first:]
    sources = [_funds_source(part, "") or ("other" if part == "其他" and at else None) for at, part in enumerate(named)]
    values = figures.norm.split()
    if None in sources or len(values) != len(named):
        return ParseWarning(
            source_line=figures.number, source_page=figures.page, parser=PARSER_NAME,
            message=f"funds labels on one line and figures on the next, {len(named)} labels and {len(values)} "
            "figures: not read",
            context=f"{labels.norm.strip()} / {figures.norm.strip()}",
        )
    return [(source, label, value, figures) for source, label, value in zip(sources, named, values, strict=True)]


def _funds_source(cell: str, previous: str) -> str | None:
    """The funds row a target table's cell labels (its amount in the next cell), given the cell before
    it: total, fiscal, own_level (本级), superior (上级), other (其他资金) — None for any other cell."""
    label = TARGET_FUNDS_LABEL_RE.match(cell)
    if label is not None:
        return "total" if "总额" in label.group("label") else "fiscal"
    if OWN_LEVEL_FUNDS_RE.match(cell):
        return "own_level"
    if SUPERIOR_FUNDS_RE.match(cell):
        return "superior"
    if OTHER_FUNDS_RE.match(cell):
        return "other"
    if cell == "合计" and FUNDS_CAPTION_RE.match(previous):
        return "total"
    if cell == "小计" and FISCAL_CAPTION_RE.match(previous):
        return "fiscal"
    return None


def _one_cell_per_line(block: list[Line], columns: _Columns) -> bool:
    """Whether ``block`` is a table printed one cell per line: no line of it holds cells separated
    by pipes, tabs or spaces."""
    return not any(_line_cells(line.norm, columns.run_together, columns.units_apart)[0] for line in block)


def _whole_text_value(row: _Row | None, text: str, columns: _Columns) -> bool:
    """Whether a cell of a table printed one cell per line is, whole, the next target or actual of the
    row before it (under a header naming a target and an actual, the row's next column one of them):
    a short text with a figure inside (``至少全年完成2次宣传``, ``已完成100%``), no level name, no
    numbered template name (指标2工程…)."""
    key = _key(text)
    return (
        row is not None
        and len(columns.order) > 1
        and len(row.values) < len(columns.order)
        and columns.order[len(row.values)] in ("target", "actual")
        and len(key) <= MAX_TEXT_VALUE_CHARS
        and not _is_level(key)
        and TEMPLATE_NUMBER_RE.match(key) is None
        and _balanced(key)
    )


def _value_line_follows(block: list[Line], position: int, columns: _Columns) -> bool:
    """Whether the line after ``block[position]`` is one value alone (``≥230个``, ``95``): in a table
    printed one cell per line, the cell before it is a name whole, though it ends in a figure — a
    name and its value run together (``村组干部230人`` read as 村组干部 / 230人) would leave that value
    a second target, so the line is read as its one cell."""
    if position + 1 >= len(block):
        return False
    separated, cells = _line_cells(block[position + 1].norm, columns.run_together, columns.units_apart)
    return not separated and len(cells) == 1 and isinstance(cells[0], str) and bool(
        VALUE_RE.match(_key(cells[0])) or NUMBER_RE.match(_key(cells[0]))
    )


def _cells_below_disagree(region: list[Line], label_line: Line, read: int) -> bool:
    """Whether a funds row whose label stands alone on its line prints its figures one per line below it
    (a table one cell per line) in another count than the run-together reading placed (``read`` cells):
    a column the reading does not know (资金来源 before 年初预算数) — its digits joined to the next cell's."""
    if not read or any(ch.isdigit() for ch in label_line.compact):
        return False
    cells = 0
    for line in region[region.index(label_line) + 1 :]:
        text = line.compact.strip("|")
        if not text:
            continue
        if not is_figure_or_placeholder(text):
            break
        cells += 1
    return cells not in (0, read)


# A funds row's cells (run_together.FundsRow.at), in the order of a project's figures (value_lines names).
FUNDS_CELLS = ("budget_initial", "budget_full_year", "executed", "rate", "weight", "score")


# More space-separated cells than this on one line: a whole table flattened onto it, not one row (the
# widest row of a self-evaluation has about fifteen cells).
FLATTENED_LINE_CELLS = 30


# The header's value columns, as cells of their own (a 实际 / 完成值 header cell split at a space too).
VALUE_HEADER_CELL_RE = re.compile(r"^(?:年度)?指标值$|^(?:实际)?完成值$|^实际$|^分值$|^得分$")


def _header_after_levels(cells: Sequence[str | ScoredRow]) -> bool:
    """Whether a line's cells print a value column's header cell (指标值, 完成值, 分值 …) after a level's
    name (数量指标): a sheet flattened column by column, its cells out of their rows' order."""
    first_level = next((i for i, c in enumerate(cells) if isinstance(c, str) and _is_level(_key(c))), None)
    return first_level is not None and any(
        isinstance(c, str) and VALUE_HEADER_CELL_RE.match(_key(c)) for c in cells[first_level + 1 :]
    )


def _has_separators(text: str) -> bool:
    """Whether a line separates its cells by pipes or tabs (not by spaces alone)."""
    return "|" in text or "｜" in text or "\t" in text


def _project_figures(region: list[Line]) -> tuple[dict[str, Decimal | None], Line | None, dict[str, int]]:
    """A project's funds row and totals read from its table's run-together text (cells without
    separators; :mod:`~ingest.performance.run_together`): only figures with a single reading; the
    line the funds row is printed on; and the line of each of its cells read (by FUNDS_CELLS name)."""
    texts = [line.compact for line in region]
    text = "".join(texts)
    figures: dict[str, Decimal | None] = {}
    total_weight, total_score = read_total(text)
    figures.update(total_weight=total_weight, total_score=total_score)
    ends = list(itertools.accumulate(map(len, texts)))

    def line_at(at: int) -> Line:
        return region[min(bisect.bisect_right(ends, at), len(region) - 1)]

    # the line of the 总分 row (or of the head's 自评得分) the totals were read from
    total_at = TOTAL_RE.search(text) if total_weight is not None else None
    if total_at is None and total_score is not None:
        total_at = TOTAL_RE.search(text) or SELF_SCORE_RE.search(text)
    totals = {} if total_at is None else {
        name: line_at(total_at.start()).number
        for name, value in (("total_weight", total_weight), ("total_score", total_score)) if value is not None
    }
    funds = read_funds_row(text)
    if funds is None:
        return figures, None, totals
    row, position = funds

    funds_line = line_at(position)
    if _cells_below_disagree(region, funds_line, len(row.at)):
        return figures, None, {}  # the digits' one reading is not the row's cells: a column it does not know
    figures.update(execution_rate=row.rate, funds_weight=row.weight, funds_score=row.score)
    unit = money_unit(text[max(0, position - 80) : position + 80])
    if unit is not None:
        for field_name, value in (
            ("budget_initial_yuan", row.budget_initial),
            ("budget_full_year_yuan", row.budget_full_year),
            ("executed_yuan", row.executed),
        ):
            amount = to_amount(str(value), unit) if value is not None else None
            figures[field_name] = amount.yuan if amount is not None else None
            if amount is not None:
                figures["ulp_yuan"] = amount.ulp_yuan
    read = {
        "budget_initial": figures.get("budget_initial_yuan"), "budget_full_year": figures.get("budget_full_year_yuan"),
        "executed": figures.get("executed_yuan"), "rate": row.rate, "weight": row.weight, "score": row.score,
    }
    at = {cell: line_at(start).number for cell, start in row.at if read.get(cell) is not None}
    return figures, funds_line, {**at, **totals}


# How many lines below a funds row its sources' rows (其中:财政资金, 其他资金) may stand.
MAX_SOURCE_ROWS = 6
ROW_CELL_SPLIT_RE = re.compile(r"[|｜\t]")


def _source_rows(region: list[Line], funds_line: Line, project_key: str) -> list[ProjectFunding]:
    """The rows of the funds' sources under a funds row whose cells are separated by pipes or tabs
    (``其中:中央财政资金 | 829.3万 | 829.3万 | 100%``): each with as many figures as the funds row, in its
    columns, its rate confirming them, and a label naming a source (财政资金, 上年结转, 其他资金 …); the rows
    of a source the vocabulary does not name (地方资金, 彩票公益金…) are left out."""
    at = next((i for i, line in enumerate(region) if line is funds_line), None)
    if at is None:
        return []
    separated = ROW_CELL_SPLIT_RE.search(funds_line.norm) is not None
    funds = read_funds_row("".join(line.compact for line in region[: at + 1]))  # (its header above it)
    order = [column for column, _ in funds[0].at] if funds is not None else []
    if "rate" not in order:
        return []
    unit = money_unit("".join(line.compact for line in region[max(0, at - 4) : at + 1]))
    if unit is None:
        return []
    out: list[ProjectFunding] = []
    rows = [line for line in region[at + 1 :] if line.norm.strip()][:MAX_SOURCE_ROWS]  # (blank lines between)
    for line in rows:
        if separated:
            cells = [cell.strip() for cell in ROW_CELL_SPLIT_RE.split(line.norm) if cell.strip()]
            if not cells or "指标" in cells[0]:
                break
            label = cells[0]
            values = [SEPARATED_CELL_RE.fullmatch(cell.replace(" ", "")) for cell in cells[1:]]
            if len(values) != len(order) or not all(values):
                continue
            figures = {column: Decimal(v.group("number").replace(",", ""))
                       for column, v in zip(order, values, strict=True) if v is not None}
        else:  # the funds row's digits run together: its sources' rows too, each read as it is
            if "指标" in line.compact:
                break
            row = RUN_TOGETHER_SOURCE_RE.fullmatch(line.compact)
            read = read_source_row(row.group("digits"), order) if row is not None else None
            if row is None or read is None:
                continue
            label, figures = row.group("label"), read
        source = _source_of(label)
        budget = figures.get("budget_full_year", figures.get("budget_initial"))
        if source is None or budget is None or "executed" not in figures or "rate" not in figures:
            continue
        if not rate_holds(budget, figures["executed"], figures["rate"]):
            continue
        amounts = {column: to_amount(str(figures[column]), unit) for column in FUNDS_FIGURES if column in figures}
        out.append(ProjectFunding(
            project_key=project_key, source=source, label=label.removeprefix("其中:").removeprefix("其中：").strip(),
            budget_initial_yuan=amounts["budget_initial"].yuan if amounts.get("budget_initial") else None,
            budget_full_year_yuan=amounts["budget_full_year"].yuan if amounts.get("budget_full_year") else None,
            executed_yuan=amounts["executed"].yuan if amounts.get("executed") else None,
            execution_rate=figures["rate"],
            ulp_yuan=next((a.ulp_yuan for a in amounts.values() if a is not None), None),
            source_line=line.number, source_page=line.page,
        ))
    return out


# A source's row run together: its label, then its figures (``其中:中央补助40004000100%``).
RUN_TOGETHER_SOURCE_RE = re.compile(r"(?P<label>(?:其中[:：]?)?[^\d]{2,12}?)[:：]?(?P<digits>\d[\d.,]*%?)")


def _source_of(label: str) -> str | None:
    """The source a funds source row's label names: the funding vocabulary's (财政资金, 上年结转, 其他资金 …)
    or a higher level's money (中央补助, 上级资金) — None for a source it does not name (地方资金)."""
    source = next((kind for word, kind in FUNDING_SOURCES if word in label and kind != "total"), None)
    if source is None and SUPERIOR_FUNDS_RE.match(label.replace(" ", "").removeprefix("其中:").removeprefix("其中：")):
        return "superior"
    return source


def _takes(
    row: _Row, cell: str, key: str, is_value: bool, columns: _Columns, texts: bool = True, whole_row: bool = False
) -> bool:
    """Whether ``cell`` is the row's next value. Under a header that names two or more value
    columns a row holds that many cells, each of its column's kind: a number in 分值/得分, a figure
    or a short text in the target and actual columns (``严格执行相关制度规定 | 达成预期指标 | 8 | 8``);
    otherwise any figure, and a short text only as the first value; no text where ``texts`` is false.
    Under 指标性质 | 指标值 | 度量单位 a target starts with its 指标性质 — or, in a row printing its level,
    its name and its values on one line (``whole_row``), with its number where the 指标性质 cell is left
    empty (``产出指标 成本指标 检查差旅费 470 人/天 2``)."""
    if len(columns.order) < 2:
        return is_value or (not row.values and _is_value(cell, texts))
    position = len(row.values)
    if position >= len(columns.order):
        return False
    if columns.order[position] in ("weight", "score"):
        return bool(NUMBER_RE.match(key))
    if columns.split_target and columns.order[position] == "target":
        # under 指标性质 | 指标值 | 度量单位 a target starts with its 指标性质 (≥95%, =11个, 定性 …)
        return (
            OPERATOR_CELL_RE.match(key) is not None or key.startswith("定性")
            or (whole_row and (VALUE_RE.match(key) is not None or NUMBER_UNIT_CELL_RE.fullmatch(key) is not None))
        )
    if is_value or _is_value(cell, texts):
        return True
    # (a sentence holding its one figure, under a header naming the target's and the actual's columns)
    return columns.named and columns.order[position] in ("target", "actual") and figure_in_words(key) is not None


def _scored_indicator(
    row: ScoredRow, line: Line, level1: str | None, level2: str | None, stage: str, project_key: str | None
) -> Indicator:
    return Indicator(
        project_key=project_key,
        stage=stage,
        level1_name=level1,
        level2_name=level2,
        level3_name=row.name,
        target_raw=row.target,
        actual_raw=row.actual,
        weight=row.weight,
        score=row.score,
        source_line=line.number,
        source_page=line.page,
    )


def _indicator(row: _Row, columns: _Columns, stage: str, project_key: str | None) -> Indicator:
    """Values placed by the header's column order; otherwise the first text value is the target."""
    values = row.values
    placed: dict[str, int] = {}  # each figure's value, by its index in the row's values
    if len(values) == len(columns.order):
        placed = {column: index for index, column in enumerate(columns.order)}
    else:
        texts = [index for index, v in enumerate(values) if not NUMBER_RE.match(v)]
        if not texts and not ("weight" in columns.order or "score" in columns.order):
            texts = [0] if values else []  # (a bare number is the target only where no column holds points)
        if texts:
            placed["target"] = texts[0]
        if len(texts) > 1 and "actual" in columns.order:
            placed["actual"] = texts[1]
    figures = {
        "target": values[placed["target"]] if "target" in placed else None,
        "actual": values[placed["actual"]] if "actual" in placed else None,
        "weight": parse_decimal(values[placed["weight"]]) if "weight" in placed else None,
        "score": parse_decimal(values[placed["score"]]) if "score" in placed else None,
    }
    own = row.value_lines[0].number  # where the target stands (the name may be lines above)
    return Indicator(
        project_key=project_key,
        stage=stage,
        level1_name=row.level1,
        level2_name=row.level2,
        level3_name=row.name,
        target_raw=figures["target"],
        actual_raw=figures["actual"],
        weight=figures["weight"],
        score=figures["score"],
        deviation_reason=row.reason,
        source_line=own,
        source_page=row.value_lines[0].page,
        value_lines=value_lines(own, [
            (name, row.value_lines[placed[name]].number)
            for name in INDICATOR_FIGURES if figures[name] not in (None, "")
        ]),
    )

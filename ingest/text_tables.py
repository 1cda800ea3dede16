"""Tables printed as text rows with cell separators (web pages rendered as ``a | b | c |``, tab-
separated extractions), read by their column headers wherever they stand.

A table is a run of rows with two or more cells. Its **header** is the rows above the first row
that holds a number (a year in a header, ``2023年预算数``, is no data); a second header row splits
the last column of the first (``2020年执行数`` over ``金额 | 占调整预算% | 比上年增长%``). Each
**leaf column** is classified by its words, never by its position:

- ``%``, 幅度, 率 with a change word (增长, 增减, 比上年) → ``change_pct``; with 占 → ``share_pct``;
- 增减, 增、减, 比上年, 变动 → ``change`` (a signed amount: the sign gives the direction);
- 原因, 说明, 备注 → text, not read; so are a performance table's indicator columns (一级指标,
  指标性质, 指标值, 度量单位, 完成值: a target or an actual in the indicator's own unit, never money);
- 分值, 得分, 权重 → ``score`` (points, never money);
- 数量, 人次, 车辆数, 批次 → ``count`` (a 三公 table's 团组数 / 人次 / 购置数 / 批次 column: whole numbers,
  never money under the table's 金额单位; its unit is the one printed in brackets, if any);
- anything else holding numbers (预算数, 决算数, 执行数, 金额) → ``amount``, or ``budget_initial``
  for a 预算 column of an earlier year than the table's latest.

Every data row gives one :class:`~ingest.records.StatedFigure` per filled numeric cell, labelled
``<row label> <column header>``. Money needs its unit (``单位:万元`` above or in the table); a
table without one keeps its percentages and counts but not its amounts (a parse warning says so).
A row with more numbers than the header has columns is left out with a warning: its cells
cannot be placed.

A **two-sided** table — a 收支总表 printing 收入 and 支出 side by side, ``收入项目 | 预算数 | 支出项目
| 预算数`` — names a label column again inside its header: each row is then two rows, cut where
that second label column stands (``一、一般公共预算拨款收入 | 675.82 | 一、一般公共服务支出 |
516.39``), each half read under its half of the header; the right half's figures are its own
label's, never the left one's. A budget's 收支总表 whose header names the label column twice as
项目 (``项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算``), printed by a
page that drops empty cells, is cut at its rows' labels instead, each side's labels named by their
words (:mod:`ingest.two_sided_budget`).

A column headed 序号, 行次, 行号 or 栏次 numbers the rows (``1 | 一、一般公共预算拨款收入 | 675.82``):
its integers are no figures, and it is dropped from the header and from every row holding an
integer or nothing there before the table is read; a 合计 standing there, the label's cell beside it
empty (``合计 | | | 100``: merged over both), is the row's label.

Columns right after the label column that **name** what a row is about — an allocation list's
``乡镇名称 | 项目名称 | 金额``, ``项目单位 | 补助项目 | 补助金额`` — join their words to the row's label
(``西坪镇 尧山村排洪排水工程建设 金额``) and hold no figure (:func:`name_columns`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ingest.numbers import decimals_of, declared_unit, parse_decimal, stated_unit, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line, after_site_words, is_markdown_rule, is_page_mark, lines_holding
from ingest.units import bracketed_thing_unit, is_physical, thing_unit
from ingest.vocabulary import MONEY_UNIT_ALTERNATION, YEAR, metric_of_amount, metric_of_label

CELL_SEPARATOR_RE = re.compile(r"\s*[|\t]\s*")
# What separates a row's cells; only a line holding one can be a row.
ROW_SEPARATORS = ("|", "\t")
# A table's money unit: 单位:万元, (单位:元), 金额单位:万元.
NUMBER_CELL_RE = re.compile(r"^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?$")
YEAR_RE = re.compile(rf"({YEAR})\s*年")
TEXT_COLUMN_RE = re.compile(r"原因|说明|备注|用途|内容")
# Columns of a performance table that name or measure an indicator (一级指标, 指标性质, 指标值, 度量单位,
# 完成值 …): their numbers are targets and actuals in the indicator's own unit (95 %, 230 个), never
# money under the table's 金额单位 — the performance readers read them.
INDICATOR_COLUMN_RE = re.compile(
    r"[一二三]级指标|指标(?:值|性质|方向)|度量单位|计量单位|(?:年度|绩效)目标|目标值|实际值|完成值|(?:项目|单位)名称"
)
CHANGE_RE = re.compile(r"增减|增、减|增加|减少|比上年|较上年|变动|增长|下降|同比")
RATE_RE = re.compile(r"%|幅度|率")
# A change column that names a decrease only (支出减少情况, 下降率): its positive figures are decreases.
DECREASE_ONLY_RE = re.compile(r"减少|下降|降低")
INCREASE_WORD_RE = re.compile(r"增")
SHARE_RE = re.compile(r"占|比例")
# Points, not money: 分值 / 得分 / 权重 columns of a performance table.
SCORE_RE = re.compile(r"分值|得分|权重|评分|分数")
# Counts, not money: a column of how many (数量, 人次, 车辆数, 批次).
COUNT_COLUMN_RE = re.compile(r"数量|人次|车辆数|批次")
# A count's or a measure's unit printed in brackets in its row's label or its column's header (公务用车购置数(辆),
# 危桥改造(座), 通双车道(条), 道路(公里), 面积(hm2)): ingest.units.bracketed_thing_unit. A column whose header prints
# one counts or measures — never money under the table's 金额单位; so does a row whose label prints one (a table's
# unit declared above it is the money rows'), unless its column's header prints a money unit of its own: the
# figure is then both, left out.
# A table declaring a count's unit above it or in its header (单位:个, 单位：座) and no money unit: its figures count.
DECLARED_THING_RE = re.compile(
    r"(?<!金额)单位\s*[:：]\s*(?P<unit>[^\s|｜,，;；:：()（）0-9]{1,4}?)(?=$|[\s|｜,，;；)）])"
)
# 类 / 项 in brackets in a count column's row (专项支出(类) | 3): what is counted; elsewhere a classification's level.
LEVEL_UNIT_RE = re.compile(r"[(（][类项][)）]")
MONEY_HEADER_RE = re.compile(rf"[(（](?:{MONEY_UNIT_ALTERNATION})[)）]|元")
COUNT_CELL_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# Headers of the label column.
# A header cell that names a column of figures (年初预算数, 全年执行数, 执行率, 分值, 得分): never the label
# column's, so a header one cell longer than the rows are wide means the rows lost a cell, not a label's header.
FIGURE_HEADER_RE = re.compile(r"(?:预算|执行|决算)数|执行率|分值|得分")
LABEL_HEADER_RE = re.compile(r"^(?:项目|科目|名称|指标|类别|单位|预算科目|功能分类|收入项目|支出项目)")
# A header cell that is a label column's whole name (no value column's: 项目支出 is one): where it
# stands again inside a header, the table prints two tables side by side (收入 | 支出).
# A column that numbers the rows (or a 栏次 row's first cell): its integers are no figures.
ROW_NUMBER_HEADER_RE = re.compile(r"序号|行次|行号|栏次|编号")
ROW_NUMBER_CELL_RE = re.compile(r"\d{1,3}")
# The label of a row numbering a table's columns (栏次 | | 1 | 2 | 3).
COLUMN_NUMBERS_LABELS = ("栏次", "栏号")
# The same words in a cell not yet compacted (序 号): looked for in a whole table's cells joined.
ROW_NUMBER_WORD_RE = re.compile(r"序\s*号|行\s*[次号]|栏\s*次|编\s*号")
SIDE_LABEL_HEADER_RE = re.compile(r"(?:收入|支出)?(?:项目|科目)(?:名称)?")
# A row's label standing in the column numbering the rows, the cells beside it merged (``合计 | | | 100``).
TOTAL_LABEL_RE = re.compile(r"合\s*计|总\s*计|小\s*计")
# A column naming what a row is about beside its label column — an allocation list's 乡镇名称 | 项目名称 |
# 金额, 项目单位 | 补助项目 | 补助金额: its words join the row's label (西坪镇 尧山村排洪排水工程建设), its cells
# hold no figure.
NAME_COLUMN_RE = re.compile(r"名称|项目|单位|乡镇|街道|对象|地区|学校")
# A cell that only declares the table's unit: 单位:万元, 金额单位：元, (万元).
# (a cell of its own ``单位:万`` whose 元 the copy dropped too — ingest.numbers.declared_unit reads it 万元)
UNIT_CELL_RE = re.compile(
    rf"(?:金额)?单位[:：]?(?:{MONEY_UNIT_ALTERNATION}|(?<=[:：])[亿万])|[(（](?:{MONEY_UNIT_ALTERNATION})[)）]"
)
WORD_RE = re.compile(r"\w")
# Rows above a table that may carry its unit.
UNIT_LOOKBACK = 4
MAX_LABEL_CHARS = 40
# Rows whose cells are split once per spelling (a bounded cache of a pure function).
ROW_CACHE_SIZE = 4096


# A separated row: its line and its cells.
Row = tuple[Line, tuple[str, ...]]


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None  # amount / budget_initial / change / change_pct / share_pct; None: text
    grouped: bool = False  # a leaf of a header whose top cells span repeated groups (:func:`_grouped_leaves`)
    # the earlier year a column's amounts are of (2019年决算数 beside 2020年执行数: "2019"; 上年执行数: prior_year)
    compared_with: str | None = None


def cells_of(line: Line) -> tuple[str, ...] | None:
    """The cells of a separated row (``a | b | c |``, ``a\\tb``), or None for a line that is no row."""
    return _cells(line.norm)


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def _cells(text: str) -> tuple[str, ...] | None:
    """:func:`cells_of` of a line's normalised text: a pure function of it, read once per spelling (a
    table's header rows repeat from table to table, and so do a template's rows)."""
    if "|" not in text and "\t" not in text:
        return None
    cells = CELL_SEPARATOR_RE.split(text.strip())
    if cells and cells[0] == "":
        cells = cells[1:]
    while cells and cells[-1] == "":
        cells.pop()
    return tuple(cells) if len(cells) >= 2 or _one_cell_row(text) else None


def _one_cell_row(text: str) -> bool:
    """A row holding its label only, its other cells empty: closed by a pipe (``地方政府债券收入 |``),
    or by the tabs of its empty cells where no tab stands before it (``城镇土地增值税\t\t\t``, a TSV
    row; ``\t项目名称\t``, tabs around a line of text, is none)."""
    return text.rstrip().endswith("|") or (text.rstrip(" ").endswith("\t") and not text.lstrip(" ").startswith("\t"))


def is_number_cell(cell: str) -> bool:
    return bool(NUMBER_CELL_RE.match(cell.replace(" ", "")))


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def is_data_row(cells: tuple[str, ...]) -> bool:
    """A row holding a number after its label (a pure function of its cells, told once per spelling)."""
    return len(cells) >= 2 and not is_number_cell(cells[0]) and any(is_number_cell(c) for c in cells[1:])


def _classify(header: str, latest_year: int | None) -> str | None:
    compact = "".join(header.split())
    if TEXT_COLUMN_RE.search(compact) or INDICATOR_COLUMN_RE.search(compact) or ROW_NUMBER_HEADER_RE.fullmatch(compact):
        return None  # (a row's number, 行号 | 1, is no figure: a column numbering the rows holds none)
    if SCORE_RE.search(compact):
        return "score"
    if RATE_RE.search(compact):
        return "change_pct" if CHANGE_RE.search(compact) else "share_pct"
    if SHARE_RE.search(compact):
        return "share_pct"
    if CHANGE_RE.search(compact):
        return "change"
    if COUNT_COLUMN_RE.search(compact) or bracketed_thing_unit(compact):  # (危桥改造(座): a count, no money)
        return "count"
    years = [int(y) for y in YEAR_RE.findall(compact)]
    if "预算" in compact and years and latest_year and max(years) < latest_year:
        return "budget_initial"
    return "amount"


def leaf_columns(header_rows: Sequence[Sequence[str]], width: int) -> list[Column] | None:
    """The ``width`` value columns named by ``header_rows`` (label column dropped), or None when the
    headers cannot be laid over that many columns."""
    rows = [["".join(c.split()) for c in row if c] for row in header_rows]  # 预 算 数 → 预算数
    rows = [row for row in rows if row]
    if not rows:
        return None
    top = rows[-1] if len(rows) == 1 else rows[-2]
    if top and (LABEL_HEADER_RE.match("".join(top[0].split())) or (
        len(top) == width + 1 and not FIGURE_HEADER_RE.search(top[0])
    )):
        top = top[1:]  # the label column's header (项目, 科目; not 年初预算数: a row that lost a cell)
    leaves: list[str]
    if len(rows) >= 2:
        sub = rows[-1]
        if len(top) == width:
            leaves = top
        elif len(top) + len(sub) - 1 == width:
            leaves = top[:-1] + [f"{top[-1]} {s}" for s in sub]
        elif len(sub) == width:
            leaves = sub
        elif (grouped := _grouped_leaves(top, sub, width) or (  # (its first cell the label column's: 时间)
                _grouped_leaves(top[1:], sub, width) if top and not FIGURE_HEADER_RE.search(top[0]) else None)):
            return _named_columns(grouped, grouped=True)
        else:
            return None
    else:
        if len(top) != width:
            return None
        leaves = top
    return _named_columns(leaves)


# Columns of amounts that are another year's, or what was done, beside a budget's (2019年决算数 | 2020年预算调整数 |
# 2020年执行数; 上年执行数 | 本年预算数): an earlier year's amounts are that year's (compared_with), and where a
# column of the same year's outcome stands beside it, a 预算 column is the budget that outcome is compared with
# (预算数 | 决算数 of a 三公 table), not a second amount of its row.
OUTCOME_COLUMN_RE = re.compile(r"决算|执行|实际|完成")
PRIOR_COLUMN_RE = re.compile(r"上一?年|去年")
CARRIED_COLUMN_RE = re.compile(r"结转|结余")


def _named_columns(leaves: Sequence[str], grouped: bool = False) -> list[Column]:
    """The columns ``leaves`` name, each classified (:func:`_classify`), an earlier year's marked and a budget
    beside its year's outcome made the budget (see :data:`OUTCOME_COLUMN_RE`)."""
    latest = max((int(y) for h in leaves for y in YEAR_RE.findall(h)), default=None)
    columns = [Column(h, _classify(h, latest), grouped, _earlier_year(h, latest)) for h in leaves]
    if any(c.field == "amount" and c.compared_with is None and _is_outcome(c.header) for c in columns):
        columns = [
            Column(c.header, "budget_initial", c.grouped, c.compared_with)
            if c.field == "amount" and "预算" in c.header and not _is_outcome(c.header) else c
            for c in columns
        ]
    return columns


def _is_outcome(header: str) -> bool:
    """Whether ``header`` names what was done (决算数, 执行数, 预算执行数), no budget alone."""
    return OUTCOME_COLUMN_RE.search(header) is not None


def _earlier_year(header: str, latest: int | None) -> str | None:
    """The earlier year a column of amounts is of: the year it names where another column names a later one, or
    prior_year for 上年 / 去年 (not 上年结转: this year's money)."""
    if CARRIED_COLUMN_RE.search(header) or CHANGE_RE.search(header) or RATE_RE.search(header):
        return None
    years = [int(y) for y in YEAR_RE.findall(header)]
    if years and latest is not None and max(years) < latest:
        return str(max(years))
    return "prior_year" if not years and PRIOR_COLUMN_RE.search(header) else None


def unit_near(lines: list[Line], start: int, header_text: str) -> str | None:
    unit = declared_unit(header_text)
    if unit is not None:
        return unit
    for line in lines[max(0, start - UNIT_LOOKBACK) : start]:
        unit = declared_unit(line.norm)
        if unit is not None:
            return unit
    return None


def _table_runs(lines: list[Line]) -> Iterator[tuple[int, list[Row]]]:
    """(index of the first row, rows) of each run of consecutive separated rows (blank lines and
    page numbers standing alone between them do not end a run; any other line does)."""
    run: list[Row] = []
    start = previous = 0
    for index in lines_holding(lines, ROW_SEPARATORS):  # lines that may be rows: the rest is read only between rows
        line = lines[index]
        if not line.text.strip():
            continue
        norm = line.norm
        if "|" not in norm and "\t" not in norm.strip() and not (norm[-1:] in "\t " and _one_cell_row(norm)):
            continue  # tabs only around its text: no row (cells_of), a line of text that ends a run like any other
        if run and index > previous + 1 and any(
            lines[k].text.strip() and not is_page_mark(lines[k].norm) for k in range(previous + 1, index)
        ):  # a line of text between (a page's number is none: the table goes on over the page)
            yield start, run
            run = []
        previous = index
        if is_markdown_rule(line.norm):
            continue  # a Markdown table's |---|:--:| under its header row: neither a row nor text
        cells = cells_of(line)
        if cells is None:
            if run:
                yield start, run
            run = []
            continue
        if _numbers_columns(cells):
            continue  # 栏次 | | 1 | 2 | 3: the columns' numbers under the header, no figures
        if not run:
            start = index
        run.append((line, cells))
    if run:
        yield start, run


def _numbers_columns(cells: tuple[str, ...]) -> bool:
    """A row numbering the columns, as the national template prints under a table's header (``栏次 | | 1 | 2 |
    3``): its label 栏次 (or 栏号), then the integers 1, 2, 3 … in order."""
    if not cells or cells[0][:1] != "栏" or "".join(cells[0].split()) not in COLUMN_NUMBERS_LABELS:
        return False
    numbers = [cell for cell in cells[1:] if cell]
    return bool(numbers) and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def _grouped_leaves(top: Sequence[str], sub: Sequence[str], width: int) -> list[str] | None:
    """The leaves of a header whose top cells each span the same group of sub cells but the last, which
    spans none (``省本级 | 转移支付 | 合计`` over ``金额 | 比例 | 金额 | 比例``: 省本级 金额, 省本级 比例, 转移支付
    金额, 转移支付 比例, 合计), or None. The groups must repeat the same words."""
    groups = len(top) - 1
    if groups < 2 or len(sub) + 1 != width or len(sub) % groups or len(sub) // groups < 2:
        return None
    size = len(sub) // groups
    if any(sub[k] != sub[k % size] for k in range(len(sub))):
        return None
    return [f"{top[k // size]} {cell}" for k, cell in enumerate(sub)] + [top[-1]]


def grouped_confirmed(columns: Sequence[Column], data: Sequence[tuple[str, Sequence[str]]]) -> bool | None:
    """For a table of amount / share pairs and a last total column (:func:`_grouped_leaves`): whether its
    arithmetic confirms the columns — in every row the amounts add up to the total and each share is its
    amount over the total (to the share's printed precision); the 合计 row each column's sum of the
    rows. None for a table of no such columns."""
    fields = [column.field for column in columns]
    pairs = len(fields) // 2
    if len(fields) % 2 != 1 or pairs < 2 or fields[-1] != "amount" or fields[:-1] != ["amount", "share_pct"] * pairs:
        return None
    rows: list[tuple[str, list[Decimal]]] = []
    for label, values in data:
        if len(values) != len(fields) or not all(is_number_cell(v) for v in values):
            return False
        numbers = [parse_decimal(v.rstrip("% ")) for v in values]
        if any(n is None for n in numbers):
            return False
        total = numbers[-1]
        amounts = numbers[0:-1:2]
        if not total or sum(amounts) != total:
            return False
        for k in range(pairs):
            share, printed = numbers[2 * k + 1], values[2 * k + 1].rstrip("% ")
            half = Decimal(5).scaleb(-decimals_of(printed) - 1)
            if abs(amounts[k] * 100 / total - share) > half + Decimal("0.0001"):
                return False
        rows.append((label, numbers))
    totals = [numbers for label, numbers in rows if TOTAL_LABEL_RE.fullmatch(label.strip())]
    items = [numbers for label, numbers in rows if not TOTAL_LABEL_RE.fullmatch(label.strip())]
    if len(totals) != 1 or len(items) < 2:
        return False
    return all(totals[0][k] == sum(item[k] for item in items) for k in range(0, len(fields), 2))


GROUPED_UNCONFIRMED = ("table of amount / share groups under merged header cells: its sums or shares do not hold, "
                       "or it prints no unit and no sentence near it states its total with one; left out")
# Lines looked at before a table (and after it) for a sentence stating its total with its unit.
STATED_LINES_BEFORE = 12
STATED_LINES_AFTER = 12


def unit_stated_near(lines: list[Line], start: int, data: Sequence[Row]) -> str | None:
    """The unit a sentence near a table printing none states its 合计 row's total in (``预算总额15000万元``)."""
    total = next((parse_decimal(cells[-1]) for _, cells in data if TOTAL_LABEL_RE.fullmatch(cells[0].strip())), None)
    if not total:
        return None
    end = next((k for k in range(start, len(lines)) if lines[k] is data[-1][0]), start)
    near = [*range(max(0, start - STATED_LINES_BEFORE), start), *range(end + 1, min(end + 1 + STATED_LINES_AFTER,
                                                                                      len(lines)))]
    return stated_unit((lines[k].norm for k in near), total)


def thing_unit_near(lines: list[Line], start: int, header_text: str) -> str | None:
    """The count's or measure's unit a table declares in its header or the rows above it (``单位:个``), where it
    declares no money unit; else None."""
    for text in (header_text, *(line.norm for line in lines[max(0, start - UNIT_LOOKBACK) : start])):
        if "单位" in text and (match := DECLARED_THING_RE.search(text)) and (unit := thing_unit(match.group("unit"))):
            return unit
    return None


def cell_figure(
    label: str, column: Column, cell: str, unit: str | None, line: Line, table_thing_unit: str | None = None
) -> StatedFigure | None:
    value = parse_decimal(cell.rstrip("% "))
    if value is None or column.field is None:
        return None
    field = column.field
    # a row whose label prints a count's or a measure's unit (危桥改造(座)), or a table declaring one (单位:个) and
    # no money unit: its amount columns count or measure that (a column printing its own money unit: both, none)
    thing = None
    if (table_thing_unit is not None or ")" in label) and field in ("amount", "budget_initial") and (
        (thing := bracketed_thing_unit(label)) or (unit is None and (thing := table_thing_unit))
    ):
        if MONEY_HEADER_RE.search(column.header):
            return None
        field = "count"
    direction = None
    if field in ("change", "change_pct"):
        direction = "decrease" if value < 0 else "increase"
        if DECREASE_ONLY_RE.search(column.header) and not INCREASE_WORD_RE.search(column.header):
            direction = "increase" if value < 0 else "decrease"  # 支出减少情况 | 5: a decrease of 5
        value = abs(value)
    ulp = None
    if field == "count":  # a whole number, its unit the one printed beside it (or none); a measure as printed
        unit_out = (
            thing or bracketed_thing_unit(label) or bracketed_thing_unit(column.header) or table_thing_unit
            or (LEVEL_UNIT_RE.search(label) or {0: ""})[0].strip("()（）")  # (a count column's 专项支出(类) | 3: 类)
        )
        if is_physical(unit_out):  # (道路(公里) 5.5: a length, its decimals its own)
            if value < 0:
                return None
            field = "measure"
        elif not COUNT_CELL_RE.fullmatch(cell.strip()):
            return None
        else:
            value = Decimal(cell.strip().replace(",", ""))
    elif field in ("change_pct", "share_pct"):
        unit_out = "percent"
    elif field == "score":
        unit_out = "point"
    else:
        if unit is None:
            return None
        amount = to_amount(cell.lstrip("+-−"), unit)
        if amount is None:
            return None
        value, ulp, unit_out = amount.yuan, amount.ulp_yuan, "yuan"
    return StatedFigure(
        label=f"{label} {' '.join(column.header.split())}",
        field=field,
        value=value,
        unit=unit_out,
        direction=direction,
        metric=metric_of_amount(label) if unit_out == "yuan" else metric_of_label(label),
        context=line.norm.strip()[:80],
        ulp=ulp,
        source_line=line.number,
        source_page=line.page,
        compared_with=column.compared_with if field in ("amount", "budget_initial") else None,
    )


def table_segments(rows: list[Row]) -> Iterator[tuple[int, int, list[Row]]]:
    """(first data row, end, the data rows) of each table in a run: a row of words after data rows
    starts the next table's header (a project table's funding rows, then its indicator rows)."""
    first_data: int | None = None
    data: list[Row] = []
    for index, row in enumerate(rows):
        if is_data_row(row[1]):
            if first_data is None:
                first_data = index
            data.append(row)
        elif first_data is not None and len([c for c in row[1] if c]) >= 2:
            yield first_data, index, data
            first_data, data = None, []
    if first_data is not None:
        yield first_data, len(rows), data


def parse_text_tables(lines: list[Line]) -> list[Record]:
    """Every figure of every separated-row table in ``lines`` (see the module docstring)."""
    out: list[Record] = []
    position: dict[int, int] | None = None
    for start, rows in _table_runs(lines):
        rows = _without_row_numbers(rows)
        header_start = 0
        for first_data, end, data in two_sided_kept_whole(rows, list(table_segments(rows))):
            table_start = start
            if header_start:  # a later table of the run: its unit is printed above its own header
                position = position or {id(line): index for index, line in enumerate(lines)}
                table_start = position[id(rows[header_start][0])]
            out.extend(read_table(lines, table_start, rows[header_start:first_data], data))
            header_start = end
    return out


def two_sided_kept_whole(
    rows: list[Row], segments: list[tuple[int, int, list[Row]]]
) -> list[tuple[int, int, list[Row]]]:
    """``segments`` with a two-sided budget table's rows of labels only (``二、上年结转 | 二、结转下年``: no header of a
    next table) kept in it, and the rows after them (see ingest/two_sided_budget.py)."""
    if len(segments) < 2:
        return segments
    out: list[tuple[int, int, list[Row]]] = []
    two_sided = False  # whether the table before is a two-sided budget table
    header_start = 0
    for first_data, end, data in segments:
        between = rows[header_start:first_data]
        if two_sided and _side_label_rows(between):
            kept_first, _, kept = out[-1]
            out[-1] = (kept_first, end, [*kept, *data])
        else:
            heads = [cells for _, cells in between if len([c for c in cells if c]) >= 2]
            two_sided = bool(heads) and label_columns(heads[-1]) is not None
            out.append((first_data, end, data))
        header_start = end
    return out


def _side_label_rows(rows: list[Row]) -> bool:
    """Whether ``rows`` are rows of a two-sided budget table printing labels only: each label naming its side."""
    from ingest.two_sided_budget import side_of  # (only under a two-sided header)

    labels = [cell.strip() for _, cells in rows for cell in cells if cell.strip()]
    return bool(labels) and all(side_of("".join(label.split())) is not None for label in labels)


def _without_row_numbers(rows: list[Row]) -> list[Row]:
    """``rows`` without the column numbering them (see the module docstring): from the first row that
    names it (序号, 行次) at some position, that cell is dropped from each row holding an integer or
    nothing there (a row of another shape keeps its cells). Most tables have no such column: one look
    at all their cells joined tells, before any row is looked at."""
    if not ROW_NUMBER_WORD_RE.search("\x00".join(cell for _, cells in rows for cell in cells)):
        return rows
    named = next((
        (first, at) for first, (_, cells) in enumerate(rows) if not any(is_number_cell(cell) for cell in cells)
        for at, cell in enumerate(cells) if ROW_NUMBER_HEADER_RE.fullmatch("".join(cell.split()))
    ), None)
    if named is None:
        return rows
    first, at = named
    out = rows[:first]
    for line, cells in rows[first:]:
        cell = "".join(cells[at].split()) if len(cells) > at else None
        if cell is not None and (
            not cell or ROW_NUMBER_CELL_RE.fullmatch(cell) or ROW_NUMBER_HEADER_RE.fullmatch(cell)
        ):
            cells = cells[:at] + cells[at + 1:]
        elif cell is not None and TOTAL_LABEL_RE.fullmatch(cell) and len(cells) > at + 1 and not cells[at + 1]:
            cells = (*cells[:at], cells[at], *cells[at + 2 :])  # 合计 over the numbers' and labels' cells
        out.append((line, cells))
    return out


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def _is_unit_row(cells: tuple[str, ...]) -> bool:
    """A row above a table that only declares its unit (``? | 单位:万元 | |``): a cell that is the
    declaration, and beside it only cells holding no word (``?``, ``—``). No header row: its cells
    name no column. (A pure function of the cells, told once per spelling.)"""
    filled = ["".join(cell.split()) for cell in cells if cell.strip()]
    return any(UNIT_CELL_RE.fullmatch(cell) for cell in filled) and all(
        UNIT_CELL_RE.fullmatch(cell) or not WORD_RE.search(cell) for cell in filled
    )


# A row that printed a rate (100%) under a column of money or points dropped empty cells before it
# (``其中:当年财政拨款 | 7.29 | 7.29 | 7.29 | 100% |`` under 年初预算数 … 分值 | 执行率 | 得分): which of its
# cells stand where the header says cannot be told.
RATE_MISPLACED = "row with a rate (…%) under a column of money or points: its cells cannot be placed, left out"
RATE_FIELDS = ("change_pct", "share_pct", None)


def _rate_misplaced(columns: Sequence[Column], values: Sequence[str]) -> bool:
    """A cell printed with % under a column that holds no rate (see :data:`RATE_MISPLACED`)."""
    return any(
        cell.endswith("%") and column.field not in RATE_FIELDS and is_number_cell(cell)
        for column, cell in zip(columns, values, strict=False)
    )


# The header cell naming each side's label column of a budget's two-sided 收支总表 (项 目 as printed: its spaces
# taken out): ``项目 | 预算数 | 项目 | 合计 | 一般公共预算 …`` is read by its rows' labels (ingest/two_sided_budget.py).
TWO_SIDED_LABEL_COLUMN = "项目"


def label_columns(header: Sequence[str]) -> int | None:
    """Where the right side's label column stands in a header whose first cell and one later cell are each
    项目 (literal compares only: the one check every table's header passes through), or None."""
    if len(header) < 4 or header[0].replace(" ", "") != TWO_SIDED_LABEL_COLUMN:
        return None
    second = [k for k in range(2, len(header) - 1) if header[k].replace(" ", "") == TWO_SIDED_LABEL_COLUMN]
    return second[0] if len(second) == 1 else None


def _second_side(header: tuple[str, ...]) -> int | None:
    """Where a two-sided table's second half starts: a header whose first cell and a later one (not
    the next) are a label column's name (``收入项目 | 预算数 | 支出项目 | 预算数`` → 2), or None."""
    names = ["".join(cell.split()) for cell in header]
    if len(names) < 4 or not SIDE_LABEL_HEADER_RE.fullmatch(names[0]):
        return None
    return next((k for k in range(2, len(names)) if SIDE_LABEL_HEADER_RE.fullmatch(names[k])), None)


def _labels_at(data: list[Row], side: int) -> bool:
    """Whether the rows hold labels where a second side starts: words in some row, a number in none."""
    cells = [cells[side] for _, cells in data if len(cells) > side and cells[side]]
    return bool(cells) and not any(is_number_cell(cell) for cell in cells)


def _read_two_sides(
    lines: list[Line], start: int, header_rows: list[Row], header: tuple[str, ...], side: int, data: list[Row]
) -> list[Record]:
    """The figures of a two-sided table (see the module docstring): each data row cut at ``side``, the
    left half read under the header's left half, the right half — where it holds a label and a
    number — under its right half. A header row above naming the sides (收入 | 支出) is no half's;
    the rows declaring the unit keep their place, so the unit is found as for one table."""
    out: list[Record] = []
    above = [
        row for row in header_rows
        if row[1] is not header and (len([c for c in row[1] if c]) < 2 or _is_unit_row(row[1]))
    ]
    anchor = next((line for line, cells in header_rows if cells is header), data[0][0])
    for half, cut in ((header[:side], lambda c: c[:side]), (header[side:], lambda c: c[side:])):
        rows = [(line, cut(cells)) for line, cells in data]
        rows = [(line, cells) for line, cells in rows if is_data_row(cells)]
        if rows:
            out.extend(read_table(lines, start, [*above, (anchor, half)], rows))
    return out


def name_columns(columns: Sequence[Column], rows: Sequence[Sequence[str]]) -> int:
    """How many columns right after the label column name what each row is about (see
    :data:`NAME_COLUMN_RE`): headed so, and holding words, not numbers, in most rows (``rows``: each
    row's cells, its label's first)."""
    count = 0
    for at, column in enumerate(columns, start=1):
        if not NAME_COLUMN_RE.search("".join(column.header.split())) or TEXT_COLUMN_RE.search(column.header):
            break
        filled = [cells[at] for cells in rows if len(cells) > at and cells[at].strip()]
        words = [cell for cell in filled if WORD_RE.search(cell) and not is_number_cell(cell)]
        if 2 * len(words) <= len(filled):  # (a 合计 row's merged cells may put its figure there)
            break
        count += 1
    return count


# A name ending in brackets that hold only a year (…养护项目(2021年度), …项目(2021年)): the project of that year —
# not a bracket saying more (民宿产业政策配套(2019年为“乡旅游工作经费”): an earlier name of it).
NAME_YEAR_RE = re.compile(rf"\((?P<year>{YEAR})\s*年度?\)$")


def named_label(cells: Sequence[str], names: int) -> str:
    """A row's label: its first cell and the words of the ``names`` columns after it (see
    :func:`name_columns`), without their wrap spaces. A cell holding a run of a site's words (see
    :func:`ingest.text.after_site_words`) is no part of it where another of its cells holds none; else the last such
    cell's words after the run are (the most particular name the row prints: a project's after its unit's)."""
    parts = [
        re.sub(r"\s+", "", cell) for k, cell in enumerate(cells[: 1 + names])
        if k == 0 or (WORD_RE.search(cell) and not is_number_cell(cell))
    ]
    cut = [after_site_words(part) for part in parts]
    if cut != parts:
        clean = [part for part, kept in zip(parts, cut, strict=True) if part == kept and part]
        parts = clean or [part for part in cut if part][-1:]
    return " ".join(parts).strip()[:MAX_LABEL_CHARS]


def name_year(cells: Sequence[str], names: int) -> int | None:
    """The year a row's name cell (its first or one of the ``names`` after it) ends naming in brackets of its own
    (:data:`NAME_YEAR_RE`), or None: the figures of the row are of that project's year."""
    for cell in cells[: 1 + names]:
        if cell.endswith(")") and (named := NAME_YEAR_RE.search(re.sub(r"\s+", "", cell))):
            return int(named.group("year"))
    return None


def read_table(
    lines: list[Line], start: int, header_rows: list[Row], data: list[Row], declared: str = ""
) -> list[Record]:
    """The figures of one table: its header rows and its data rows (:func:`table_segments` tells them);
    ``declared``: the text of the rows above its header that declare its unit, where the caller took them out of
    its header rows (``单位:某某局   单位:万元`` lined up with spaces, two cells)."""
    out: list[Record] = []
    headers = [cells for _, cells in header_rows if len([c for c in cells if c]) >= 2 and not _is_unit_row(cells)]
    if headers and (second := label_columns(headers[-1])) is not None:  # 项目 | 预算数 | 项目 | 合计 | 一般公共预算 …
        from ingest.two_sided_budget import read_two_sided  # (it reads each figure as this module does)

        unit = unit_near(lines, start, " ".join([*(" ".join(c) for _, c in header_rows), declared]))
        rows = [[(cell, line) for cell in cells] for line, cells in data]
        two_sided = read_two_sided(headers[-1], second, rows, unit)
        if two_sided is not None:
            return two_sided
    side = _second_side(headers[-1]) if headers else None
    if side is not None and _labels_at(data, side):  # 收入 | 支出 side by side: each half is a table of its own
        return _read_two_sides(lines, start, header_rows, headers[-1], side, data)
    width = max(len(cells) - 1 for _, cells in data)
    columns = leaf_columns(headers, width)
    if columns is None and headers:  # rows that dropped their empty 备注 / 说明 cells: the header's are none
        trimmed = list(headers[-1])
        while len(trimmed) > width + 1 and TEXT_COLUMN_RE.search("".join(trimmed[-1].split())):
            trimmed.pop()
        if len(trimmed) < len(headers[-1]):
            columns = leaf_columns([*headers[:-1], tuple(trimmed)], width)
    unit = unit_near(lines, start, " ".join([*(" ".join(c) for _, c in header_rows), declared]))
    anchor = header_rows[0][0] if header_rows else data[0][0]
    if columns is not None and columns[0].grouped:  # read only where the table's arithmetic confirms the groups
        confirmed = grouped_confirmed(columns, [(cells[0], cells[1:]) for _, cells in data])
        if unit is None and confirmed:
            unit = unit_stated_near(lines, start, data)
        if not confirmed or unit is None:
            out.append(ParseWarning(parser="text_tables", message=GROUPED_UNCONFIRMED,
                                    context=anchor.norm.strip()[:120], source_line=anchor.number,
                                    source_page=anchor.page))
            return out
    if columns is None and unit is not None:  # a money table whose figures are left out
        out.append(ParseWarning(
            parser="text_tables",
            message=f"table of {width} value columns: its header rows could not be laid over them",
            context=anchor.norm.strip()[:120],
            source_line=anchor.number,
            source_page=anchor.page,
        ))
    if columns is None:
        return out
    names = name_columns(columns, [cells for _, cells in data])
    # (a table declaring a count's unit, 单位:人, read only under one header row: columns laid over two rows of
    # merged cells may not be the figures' own)
    thing = (
        thing_unit_near(lines, start, " ".join(" ".join(c) for _, c in header_rows))
        if unit is None and len(headers) == 1 else None
    )
    for line, cells in data:
        label = named_label(cells, names)
        year = name_year(cells, names)
        values = cells[1:]
        if len(values) > len(columns):
            continue
        if _rate_misplaced(columns, values):
            out.append(ParseWarning(
                parser="text_tables",
                message=RATE_MISPLACED,
                context=line.norm.strip()[:120],
                source_line=line.number,
                source_page=line.page,
            ))
            continue
        for column, cell in zip(columns, values, strict=False):
            if cell and is_number_cell(cell):
                figure = cell_figure(label, column, cell, unit, line, thing)
                if figure is not None:
                    # (a project of a year of its own: the document's year is cleared by ingest.document)
                    out.append(figure if year is None else dataclasses.replace(figure, year=year))
    return out

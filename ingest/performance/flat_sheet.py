"""Project sheets whose text a PDF or spreadsheet extraction put onto one long line, cells between spaces,
their reading order partly scrambled (a head cell's words after its value, a row's label after its
figures)::

    财政项目支出绩效自评表 (2022 年度) <name> 项目名称 主管部门 … 年初预算数 全年预算数 全年执行数 分值 执行率
    得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 … 年度资金总额 …

A funds header's column cells (:func:`~ingest.performance.funds_block.column_role`) followed at once by
figures, no row label between (the labels printed elsewhere on the line), is the 年度资金总额 row's: the
template's first row. How many of the figures after the header are that row's is not printed (the next
rows' figures follow with nothing between); each count up to the header's columns is laid over the
columns in every order-keeping way the cells' kinds allow (:func:`~ingest.performance.funds_block._fits`),
and a laying is kept only where the row's own arithmetic confirms it:

- 执行率 = 执行数 / 预算数 (the rate printed in the row; :func:`~ingest.performance.funds_block.rate_agrees`)
  confirms the amounts and the rate, and the 分值 by its place;
- 得分 = 分值 × 执行数 / 预算数, capped at 分值 (to the 得分's printed precision) confirms the amounts, the
  分值 and the 得分 — the only check that places a 得分 (a sheet scoring by steps, 99 % → 9 of 10, has its
  得分 left out).

A column's figure is read where every confirmed laying gives it the same cell; where confirmed layings
disagree, or none is confirmed, nothing is read and a parse warning says so. Where no laying of the
figures after the header is confirmed and they are fewer than its columns, the row's other cells may
stand apart later in the sheet's head (``20000.00 20000.00 4.52 其中:当年财政拨款 0 0 — … 实施单位 9,034 …
目标 10 45.17%``): the few figures standing there after no funds label are tried in the free columns, and
a laying is kept only where both checks hold.

The indicator rows (:func:`_read_indicators`) may be printed as one run of figures right after the
header's value columns (年度 指标值 实际 完成值 分值 得分), a row's cells after another, then the 总分 row's
分值 and 得分, the 三级指标 names and the levels before or after the run::

    … 指标值 实际 完成值 分值 得分 =100% 100% 10 10 =100% 100% 20 20 及时 及时 20 20 … 100 98.62 率 产出指标 质量指标 …
    合同结算条款完成率 费用结算及时性 …

The run is cut into rows of the header's width; a count of rows is kept where the two cells after it
are the 总分 row's: the rows' 分值 with the funds row's summing to the first, their 得分 with the funds
row's to the second, every 得分 no more than its 分值. Exactly one count must hold, and the names left in
the region (not the header's words, level names, figures or page marks; a lone character the end of
the name before it: ``与委托运营方合同完成 率``) must be as many as the rows, taken in order; the 二级指标
names are the rows' where as many are printed, else the rows keep none. Otherwise nothing is read, with
a parse warning.

The sheet's name is the text between its 项目名称 and 主管部门 cells, or, where none stands there (a PDF's
text printing the name before its label), between the title's year cell and 项目名称. A line holding
several sheets is cut at each title (…绩效自评表). Documents without such a line cost one look at each
line's length and a few substring tests.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ingest.performance.funds_block import (
    MONEY_ROLES,
    PROJECT_FIELDS,
    BlockRow,
    Cell,
    _consistent,
    _figure,
    _fits,
    _funding,
    _half_ulp,
    _header_at,
    _is_placeholder,
    _unit,
    cells_of,
    column_role,
    label_sources,
    rate_agrees,
)
from ingest.performance.header_roles import FLAT_SHEET_COLUMNS, WEIGHT_WORDS
from ingest.performance.indicator_values import PRINTED_UNITS, parse_number
from ingest.performance.levels import LEVEL1_NAMES, is_block_caption, is_level2, level2_parent, without_points
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import Line, lines_holding

PARSER_NAME = "performance.flat_sheet"
# A line shorter than this holds no flattened sheet (a sheet's head, funds header and rows: ~150 characters).
MIN_LINE_CHARS = 150
# A sheet's title cell (项目支出绩效自评表, 财政项目支出绩效自评表 …): where a line's next sheet begins.
TITLE_RE = re.compile(r"绩效自评表")
# The title's year cell, or the title ending in its year ((2022年度), 2021年度, …自评表(2022年度)).
YEAR_CELL_RE = re.compile(r"\d{4}年度?\)?$")
NAME_LABEL, DEPARTMENT_LABEL = "项目名称", "主管部门"
# A project's name: words, digits, brackets and a few marks, 2 to 40 characters.
NAME_RE = re.compile(r"^[\u4e00-\u9fff()、·“”A-Za-z0-9-]{2,40}$")
# How many cells a name may take (a name wrapped over two or three cells).
NAME_CELLS = 4
HUNDRED, EPSILON = Decimal(100), Decimal("0.0001")


@dataclass
class FlatSheet:
    name: str
    line: Line
    unit: str
    figures: dict[str, str]  # role → the cell's text
    note: str | None = None  # why the funds row was left out
    context: str = ""
    rows: list[FlatRow] = field(default_factory=list)  # its indicator rows, where the arithmetic confirms them
    total: tuple[Decimal, Decimal] | None = None  # its 总分 row's 分值 and 得分
    rows_note: str | None = None  # why its indicator rows were left out


@dataclass(frozen=True)
class FlatRow:
    level1: str | None
    level2: str | None
    name: str
    figures: dict[str, str]  # target / actual / weight / score → the cell's text


def _budget(placed: dict[str, str | None]) -> str | None:
    return next((placed[role] for role in ("full_year", "initial")
                 if placed.get(role) is not None and not _is_placeholder(placed[role])), None)


def _rate_confirms(placed: dict[str, str | None]) -> bool:
    budget, executed, rate = _budget(placed), placed.get("executed"), placed.get("rate")
    if budget is None or executed is None or rate is None or _is_placeholder(executed) or _is_placeholder(rate):
        return False
    return rate_agrees(budget, executed, rate)


def _score_confirms(placed: dict[str, str | None]) -> bool:
    """Whether 得分 = 分值 × 执行数 / 预算数 (capped at 分值), each figure as rounded as printed."""
    budget, executed = _budget(placed), placed.get("executed")
    weight, score = placed.get("weight"), placed.get("score")
    if budget is None or any(c is None or _is_placeholder(c) for c in (executed, weight, score)):
        return False
    b, e = _figure(budget)[0], _figure(executed)[0]
    w, s = _figure(weight)[0], _figure(score)[0]
    hb, he, hs = _half_ulp(budget), _half_ulp(executed), _half_ulp(score)
    if b <= hb or not w:
        return False
    low = min(w, w * (e - he) / (b + hb))
    high = min(w, w * (e + he) / (b - hb))
    return low <= s + hs + EPSILON and high >= s - hs - EPSILON


def _readings(cells: Sequence[str], roles: Sequence[str]) -> list[dict[str, int]]:
    """Every laying of ``cells`` (a prefix of the figures after the header) over ``roles`` that the
    cells' kinds allow and the row's arithmetic confirms, as role → the index of its cell: the amounts
    and the 分值 by their places, the rate where the rate check confirms it, the 得分 where the score check
    does (a placeholder gives no figure)."""
    out: list[dict[str, int]] = []
    partial = len(cells) < len(roles)
    for columns in itertools.combinations(range(len(roles)), len(cells)):
        placed: dict[str, str | None] = {roles[c]: cells[i] for i, c in enumerate(columns)}
        if not all(_fits(roles[c], cells[i], True, partial) for i, c in enumerate(columns)):
            continue
        if not _consistent(placed, True):
            continue
        by_rate, by_score = _rate_confirms(placed), _score_confirms(placed)
        if not (by_rate or by_score):
            continue
        out.append({
            roles[c]: i for i, c in enumerate(columns)
            if not _is_placeholder(cells[i])
            and (roles[c] in MONEY_ROLES or roles[c] == "weight" or (roles[c] == "rate" and by_rate)
                 or (roles[c] == "score" and by_score))
        })
    return out


def _agreed(readings: Sequence[dict[str, int]], roles: Sequence[str]) -> dict[str, int] | None:
    """The figures every confirmed laying agrees on (role → index), None where two disagree: an amount
    is taken where every laying puts the same cell in its column (the 年初 / 全年 budget of a row with one
    budget printed is not known); a rate, 分值 or 得分 where the layings that hold one hold the same cell."""
    taken: dict[str, int] = {}
    for role in roles:
        if role in MONEY_ROLES:
            found = {reading.get(role) for reading in readings}
            if len(found) == 1 and (index := next(iter(found))) is not None:
                taken[role] = index
            continue
        found = {reading[role] for reading in readings if role in reading}
        if len(found) > 1:
            return None
        if found:
            taken[role] = next(iter(found))
    owner = {index: role for role, index in taken.items()}
    for reading in readings:  # (a cell taken in one column, another laying put in another: a disagreement)
        if any(owner.get(index, role) != role for role, index in reading.items()):
            return None
    return taken


def _funds_after_header(
    cells: Sequence[Cell], position: int, roles: Sequence[str]
) -> tuple[dict[str, str], str | None]:
    """The 年度资金总额 row's certain figures from the figures right after the header (role → text), and
    why they were left out (None where read, or where no figure follows)."""
    run: list[str] = []
    while position < len(cells) and len(run) < len(roles) and (
        _figure(cells[position].text) is not None or _is_placeholder(cells[position].text)
    ):
        run.append(cells[position].text)
        position += 1
    if len(run) < 2:
        return {}, None
    readings = [reading for count in range(2, len(run) + 1) for reading in _readings(run[:count], roles)]
    if not readings:
        return {}, "no laying of its figures over the header's columns is confirmed by 执行率 = 执行数 / 预算数 " \
                   "or 得分 = 分值 × 执行率"
    taken = _agreed(readings, roles)
    if taken is None:
        return {}, "its confirmed layings disagree"
    if "executed" not in taken:
        return {}, "its execution's column uncertain"
    return {role: run[index] for role, index in taken.items()}, None


# Where a sheet's indicators begin (its head's cells, goals among them, before: a PDF's text may put a
# funds cell after the goals' label).
INDICATORS_START_RE = re.compile(r"[一二三]级指标|绩效指标")
# The most figures standing apart in a sheet's head that a scattered row is looked for among.
MAX_STRAYS = 4


def _strays(cells: Sequence[Cell], position: int) -> list[str] | None:
    """The figures standing apart in the sheet's head after the figures right after the funds header
    (from ``position``) and before its indicators: not after a funds row's label (that row's),
    not in the title. None where more than a few stand so."""
    out: list[str] = []
    labelled = False  # (whether the figures now are a labelled row's)
    for cell in cells[position:]:
        text = cell.text
        if INDICATORS_START_RE.search(text):
            break
        if _figure(text) is None and not _is_placeholder(text):
            labelled = label_sources(text) is not None
            continue
        if not labelled and not _is_placeholder(text):
            out.append(text)
    return out if len(out) <= MAX_STRAYS else None


def _scattered_funds(cells: Sequence[Cell], position: int, roles: Sequence[str]) -> dict[str, str]:
    """The 年度资金总额 row whose figures right after the header are only some of its cells, the others
    standing apart later in the head (a PDF's text order: ``20000.00 20000.00 4.52 其中:当年财政拨款 0 0 — …
    实施单位 9,034 … 目标 10 45.17%``): the figures after the header laid over the columns in order, the
    apart ones in any free column, each laying kept only where both 执行率 = 执行数 / 预算数 and 得分 =
    分值 × 执行率 hold; read where every such laying agrees (empty where none or they disagree)."""
    run: list[str] = []
    at = position
    while at < len(cells) and _figure(cells[at].text) is not None:
        run.append(cells[at].text)
        at += 1
    strays = _strays(cells, at)
    if not run or not strays or len(run) >= len(roles):
        return {}
    cells_all = [*run, *strays]
    readings: list[dict[str, int]] = []
    for columns in itertools.combinations(range(len(roles)), len(run)):
        free = [column for column in range(len(roles)) if column not in columns]
        for count in range(1, min(len(free), len(strays)) + 1):
            for chosen in itertools.permutations(range(len(strays)), count):
                for placed_columns in itertools.combinations(free, count):
                    laying = {roles[c]: i for i, c in enumerate(columns)}
                    laying.update({roles[c]: len(run) + s for c, s in zip(placed_columns, chosen, strict=True)})
                    placed = {role: cells_all[i] for role, i in laying.items()}
                    if not all(_fits(role, text, True, True) for role, text in placed.items()):
                        continue
                    if _consistent(placed, True) and _rate_confirms(placed) and _score_confirms(placed):
                        readings.append(laying)
    if not readings:
        return {}
    taken = _agreed(readings, roles)
    if taken is None or "executed" not in taken:
        return {}
    return {role: cells_all[index] for role, index in taken.items()}


def _sheet_starts(cells: Sequence[Cell]) -> list[int]:
    starts = [index for index, cell in enumerate(cells) if TITLE_RE.search(cell.text)]
    return starts if starts and starts[0] == 0 else [0, *starts]


def _name(cells: Sequence[Cell]) -> str | None:
    """The sheet's project name (see the module's doc)."""
    at = next((i for i, cell in enumerate(cells) if cell.text == NAME_LABEL), None)
    if at is None:
        return None
    after = []
    for cell in cells[at + 1 : at + 1 + NAME_CELLS + 1]:
        if cell.text == DEPARTMENT_LABEL:
            break
        after.append(cell.text)
    else:
        after = []
    candidates = ["".join(after)] if after else []
    if not after:
        year = next((i for i in range(at - 1, max(-1, at - NAME_CELLS - 2), -1) if YEAR_CELL_RE.search(cells[i].text)),
                    None)
        if year is not None and 0 < at - year - 1 <= NAME_CELLS:
            candidates.append("".join(cell.text for cell in cells[year + 1 : at]))
    name = candidates[0] if candidates else None
    return name if name and NAME_RE.match(name) and column_role(name) is None else None


def read_flat_sheets(lines: Sequence[Line]) -> list[FlatSheet]:
    """The funds rows of the sheets flattened onto long lines (see the module's doc)."""
    out: list[FlatSheet] = []
    # (only a line holding 项目名称 can be one: the document's lines holding it, found by a search of them all)
    for index in lines_holding(lines, (NAME_LABEL,), "compact"):
        line = lines[index]
        if len(line.norm) < MIN_LINE_CHARS:
            continue
        compact = line.compact
        if "执行" not in compact or not any(word in compact for word in WEIGHT_WORDS):  # (分值, 权重)
            continue
        cells = cells_of([line])
        starts = _sheet_starts(cells)
        for number, start in enumerate(starts):
            sheet = cells[start : starts[number + 1] if number + 1 < len(starts) else len(cells)]
            found = _sheet(sheet, line)
            if found is not None:
                out.append(found)
    return out


def _sheet(cells: Sequence[Cell], line: Line) -> FlatSheet | None:
    name = _name(cells)
    if name is None:
        return None
    for start, cell in enumerate(cells):
        if column_role(cell.text) is None:
            continue
        header = _header_at(cells, start)
        if header is None:
            continue
        roles, position = header
        if position >= len(cells) or _figure(cells[position].text) is None:
            return None  # (a label after the header: the funds block reader's rows)
        figures, note = _funds_after_header(cells, position, roles)
        if not figures and note is not None:  # (the row's other cells printed elsewhere in the head?)
            figures = _scattered_funds(cells, position, roles) or figures
            note = None if figures else note
        context = " ".join(c.text for c in cells[position : position + len(roles)])
        if not figures and note is None:
            return None
        unit = _sheet_unit(cells)
        if unit is None:
            return FlatSheet(name=name, line=line, unit="", figures={}, context=context,
                             note="its money unit uncertain (元 and 万元 both declared)")
        sheet = FlatSheet(name=name, line=line, unit=unit or _unit(cells, start), figures=figures, note=note,
                          context=context)
        if figures and "weight" in figures:
            _read_indicators(cells, position, sheet)
        return sheet
    return None


# The indicator header's value columns (年度指标值, 实际 完成值, 分值, 得分), by their cells' words (the shared
# vocabulary's, ingest/performance/header_roles.py); the header's other cells (年度, 实际, the level columns'
# 一级指标 …) hold no column of the rows' figures.
INDICATOR_COLUMNS = FLAT_SHEET_COLUMNS
HEADER_WORD_RE = re.compile(r"^(?:[一二三]级指标|年度|实际|年初|全年|偏差.*|.*原因.*|改进措.*|施|绩效指标|备注)$")
# The 总分 row's label (总分, 自评总分, 合计).
TOTAL_LABEL_RE = re.compile(r"^(?:自评)?总(?:得)?分$|^合计$")
# A page's number printed in the text (-1-, —2—).
PAGE_MARK_RE = re.compile(r"^[-—–]\d{1,3}[-—–]$")
# The longest cell a row's target or actual may be (a longer one is a sentence: no row's cell here).
MAX_VALUE_CELL = 20
# How many header cells may stand between the value columns' cells (年度 指标值 实际 完成值 分值 得分).
HEADER_GAP = 2


def _indicator_column(text: str) -> str | None:
    return next((role for role, pattern in INDICATOR_COLUMNS if pattern.match(text)), None)


def _points(text: str) -> Decimal | None:
    figure = _figure(text)
    if figure is None or figure[1] not in (None, "分") or figure[0] > HUNDRED:
        return None
    return figure[0]


def _value_header(cells: Sequence[Cell], start: int) -> tuple[list[str], int, int] | None:
    """The indicator header's value columns from ``cells[start]`` on (in order) and where the header
    begins and ends: its 分值 and 得分 among them, at most a few other header cells between."""
    for index in range(start, len(cells)):
        if _indicator_column(cells[index].text) != "score":
            continue
        roles: list[str] = ["score"]
        first, gap = index, 0
        for back in range(index - 1, max(start - 1, index - 8), -1):
            role = _indicator_column(cells[back].text)
            if role is None:
                if not HEADER_WORD_RE.match(cells[back].text) or gap >= HEADER_GAP:
                    break
                gap += 1
                continue
            if role in roles:
                break
            roles.insert(0, role)
            first, gap = back, 0
        if "weight" in roles and len(roles) >= 3 and roles[-2:] == ["weight", "score"]:
            return roles, first, index + 1
        return None
    return None


def _runs(
    cells: Sequence[Cell], position: int, roles: Sequence[str], funds: tuple[Decimal, Decimal]
) -> list[tuple[int, int]]:
    """Each count of rows after which the next two cells (or the two after a 总分 label) are the 总分 row's
    分值 and 得分: the rows' 分值 and the funds' summing to the first, their 得分 to the second, every row's
    得分 no more than its 分值; as (count, the index of the 总分 row's 分值)."""
    width, counts = len(roles), []
    weights, scores = funds
    at = position
    while at + 1 < len(cells):
        if TOTAL_LABEL_RE.match(cells[at].text):  # (总分 100 98.62: the label before its figures)
            if at > position and at + 2 < len(cells) and (
                    _points(cells[at + 1].text), _points(cells[at + 2].text)) == (weights, scores):
                counts.append(((at - position) // width, at + 1))
            break
        total_weight, total_score = _points(cells[at].text), _points(cells[at + 1].text)
        if at > position and total_weight == weights and total_score == scores:
            counts.append(((at - position) // width, at))
        row = cells[at : at + width]
        if len(row) < width:
            break
        figures = dict(zip(roles, (cell.text for cell in row), strict=True))
        weight, score = _points(figures["weight"]), _points(figures["score"])
        if weight is None or score is None or score > weight:
            break
        if any(len(figures[role]) > MAX_VALUE_CELL or _level(figures[role]) or TOTAL_LABEL_RE.match(figures[role])
               for role in roles if role in ("target", "actual")):
            break
        weights, scores = weights + weight, scores + score
        at += width
    return counts


def _level(text: str) -> bool:
    """A 一级 / 二级指标 cell (its points note aside): the template's level names end in 指标."""
    key = without_points(text)
    return (len(key) <= 12 and key.endswith("指标") and not key.startswith("指标")) or is_level2(key)


def _name_cells(cells: Sequence[Cell]) -> tuple[list[str], list[str]]:
    """The 三级指标 names and the 二级指标 names, in order, among ``cells`` (the indicator region without
    its header's value columns and its rows' figures): a lone character joined to the cells beside it
    (绩 效 指 标, the caption; 率, a name's last character wrapped away from it)."""
    texts: list[str] = []
    lone = False  # (whether the last text is lone characters joined)
    for cell in cells:
        if len(cell.text) == 1 and lone and not cell.text.isdigit():
            texts[-1] += cell.text
            continue
        lone = len(cell.text) == 1 and not cell.text.isdigit()
        texts.append(cell.text)
    names: list[str] = []
    level2: list[str] = []
    for text in texts:
        key = without_points(text)
        if (HEADER_WORD_RE.match(text) or _indicator_column(text) or PAGE_MARK_RE.match(text)
                or _figure(text) is not None or _is_placeholder(text) or is_block_caption(key)):
            continue
        if _level(key):
            if key not in LEVEL1_NAMES:
                level2.append(key)
            continue
        if len(text) == 1:
            if names:
                names[-1] += text
            continue
        names.append(text)
    return names, level2


def _read_indicators(cells: Sequence[Cell], position: int, sheet: FlatSheet) -> None:
    """The sheet's indicator rows printed as a run of figures after the indicator header, their names
    elsewhere in the region (see the module's doc); ``sheet.rows`` and ``sheet.total`` where the
    arithmetic confirms one count of rows and the names are as many, else ``sheet.rows_note``."""
    level_header = next((i for i in range(position, len(cells)) if cells[i].text == "一级指标"), None)
    if level_header is None:
        return
    header = _value_header(cells, level_header)
    if header is None:
        return
    roles, header_start, run_start = header
    funds = (parse_number(sheet.figures.get("weight")) or Decimal(0),
             parse_number(sheet.figures.get("score")) or Decimal(0))
    run, ends = _with_units(cells[run_start:])
    counts = _runs(run, 0, roles, funds)
    if not counts:
        sheet.rows_note = "no count of its rows' figures sums to its 总分 row's 分值 and 得分"
        return
    if len(counts) > 1:
        sheet.rows_note = ("its rows' figures sum to a 总分 row after "
                           f"{' and after '.join(str(count) for count, _ in counts)} rows")
        return
    count, at = counts[0]  # (the 总分 row's two figures in the run)
    run_end = run_start + ends[at + 1]
    end = next((i for i in range(run_end, len(cells)) if TOTAL_LABEL_RE.match(cells[i].text)), len(cells))
    region = [*cells[level_header:header_start], *cells[header_start:run_start], *cells[run_end:end]]
    names, level2 = _name_cells(region)
    if len(names) != count:
        sheet.rows_note = f"{count} rows of figures but {len(names)} names ({' / '.join(names)[:80]})"
        return
    levels = level2 if len(level2) == count else [None] * count
    for number in range(count):
        row = run[number * len(roles) : (number + 1) * len(roles)]
        figures = {role: cell.text for role, cell in zip(roles, row, strict=True) if not _is_placeholder(cell.text)}
        name2 = levels[number]
        sheet.rows.append(FlatRow(level1=level2_parent(name2) if name2 else None, level2=name2, name=names[number],
                                  figures=figures))
    sheet.total = (_points(run[at].text), _points(run[at + 1].text))


def _with_units(cells: Sequence[Cell]) -> tuple[list[Cell], list[int]]:
    """``cells`` with a unit printed apart from its figure (``=100 %``, ``≥120 人``: a cell of the
    indicators' units after one ending in a digit) joined to it, and the index after each joined cell's
    last part among ``cells``."""
    out: list[Cell] = []
    ends: list[int] = []
    for index, cell in enumerate(cells):
        if out and cell.text in PRINTED_UNITS and out[-1].text[-1:].isdigit():
            out[-1] = Cell(out[-1].text + cell.text, out[-1].line)
            ends[-1] = index + 1
            continue
        out.append(cell)
        ends.append(index + 1)
    return out, ends


# A cell declaring the sheet's money unit: 项目资金(元), 年初预算数(万元), 单位:万元.
UNIT_CELL_RE = re.compile(r"\((万元|元)\)$|^(?:金额)?单位[:]?(万元|元)$")


def _sheet_unit(cells: Sequence[Cell]) -> str | None:
    """The money unit the sheet's cells declare wherever they stand (a PDF's text puts 项目资金(元) after
    the figures); "" where none does, None where both 元 and 万元 are declared."""
    units = {match.group(1) or match.group(2) for cell in cells if (match := UNIT_CELL_RE.search(cell.text))}
    if len(units) > 1:
        return None
    return next(iter(units), "")


def with_flat_sheets(lines: Sequence[Line], records: list[Record]) -> list[Record]:
    """``records`` with the funds rows, indicator rows and 总分 of the flattened sheets no reader read: onto
    the project of the same name on the same line where one is (and has no funds figures), else a new
    project; a warning for each part left out."""
    sheets = read_flat_sheets(lines)
    if not sheets:
        return records
    projects = {(r.source_page, r.source_line, r.name): r for r in records if isinstance(r, Project)}
    funded = {r.project_key for r in records if isinstance(r, ProjectFunding)}
    keys = {r.project_key for r in records if isinstance(r, Project)}
    # the lines where another reader read an indicator's 分值 or 得分 (its rows, not this reader's)
    with_rows = {(r.source_page, r.source_line) for r in records
                 if isinstance(r, Indicator) and (r.weight is not None or r.score is not None)}
    replaced: set[tuple[str | None, int | None, int]] = set()  # (project, page, line): others' rows dropped
    changed: dict[str, Project] = {}
    added: list[Record] = []
    for sheet in sheets:
        line = sheet.line
        for note, what in ((sheet.note, "funds row after the header"), (sheet.rows_note, "indicator rows")):
            if note is not None:
                added.append(ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                                          message=f"a sheet flattened onto one line, its {what}: {note}; left out",
                                          context=f"{sheet.name}: {sheet.context}"[:160]))
        if sheet.note is not None:
            continue
        project = projects.get((line.page, line.number, sheet.name))
        if project is None and any(r.name == sheet.name for r in projects.values()):
            continue  # (the project read elsewhere: its funds its readers')
        if project is not None and (project.project_key in funded or any(
                getattr(project, name) is not None for name in PROJECT_FIELDS)):
            continue
        if project is None:
            number = 1
            while f"p{number:02d}" in keys:
                number += 1
            key = f"p{number:02d}"
            keys.add(key)
            project = Project(source_line=line.number, source_page=line.page, project_key=key, name=sheet.name)
        row = BlockRow(label="年度资金总额", source="total", line=line, figures=dict(sheet.figures),
                       lines={role: line.number for role in sheet.figures})
        funding = _funding(project.project_key, row, sheet.unit)
        if funding is None:
            continue
        figures = (funding.budget_initial_yuan, funding.budget_full_year_yuan, funding.executed_yuan,
                   funding.execution_rate, parse_number(row.figures.get("weight")),
                   parse_number(row.figures.get("score")))
        changes: dict[str, object] = {name: value for name, value in zip(PROJECT_FIELDS, figures, strict=True)
                                      if value is not None}
        indicators: list[Record] = []
        if sheet.rows and (line.page, line.number) not in with_rows:
            changes.update(total_weight=sheet.total[0], total_score=sheet.total[1])
            indicators = [_indicator(project.project_key, flat, line) for flat in sheet.rows]
            # (another reader's rows of the sheet on its line, without a 分值 or 得分: names and text cells
            # read in their printed order, which the figures' run is not)
            replaced.add((project.project_key, line.page, line.number))
        filled = replace(project, **changes, ulp_yuan=project.ulp_yuan or funding.ulp_yuan)
        if project.project_key in changed or any(r is project for r in records):
            changed[project.project_key] = filled
        else:
            added.append(filled)
        added.append(funding)
        added.extend(indicators)
    if not added and not changed:
        return records
    return [
        changed.get(r.project_key, r) if isinstance(r, Project) else r for r in records
        if not (isinstance(r, Indicator) and (r.project_key, r.source_page, r.source_line) in replaced)
    ] + added


def _indicator(project_key: str, row: FlatRow, line: Line) -> Indicator:
    return Indicator(
        source_line=line.number, source_page=line.page, project_key=project_key, stage="self_evaluation",
        level1_name=row.level1, level2_name=row.level2, level3_name=row.name,
        target_raw=row.figures.get("target"), actual_raw=row.figures.get("actual"),
        weight=parse_number(row.figures.get("weight")), score=parse_number(row.figures.get("score")),
    )

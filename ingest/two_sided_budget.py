"""A budget's 收支总表 printed as separated rows, 收入 and 支出 side by side, read by the labels anchoring
each side (:func:`read_two_sided`).

The table's **header** names the label column twice: ``项目 | 预算数 | 项目 | 合计 | 一般公共预算 |
政府性基金预算 | 国有资本经营预算`` — the left side a label column and its amount columns, the right side
another label column and its own (a first amount column, 预算数 / 合计, then its parts). A page that
drops empty cells shifts a row's cells left wherever an inner cell was empty (``国有资本经营预算资金 |
节能环保支出 | 208.20 | 208.20``: the income side's amount is empty; ``城乡社区支出 | 22,408.46 |
22,408.46``: the whole income side is), so a row is cut not at the header's second 项目 but at its
**labels**, each belonging to the side its words name:

- income (left): a label printing 收入, or ending with 资金 / 拨款, or opening with 上年结转, 年初结转,
  上年结余, 用事业基金 (本年收入, 一般公共预算资金, 上年结转, 收入合计);
- spending (right): a label ending with 支出, or printing 支出合计 / 支出总计, or a 功能分类 类's name
  (预备费), or opening with 结转下年, 年末结转, 结余分配 (本年支出, 社会保障和就业支出, 结转下年);

a label naming neither takes the side its place leaves it (before a spending label: income; after an
income label: spending). The figures after a label, up to the next label, are its side's, filling that
side's columns left to right. The first amount column is certain wherever the label prints a figure. A
part column (一般公共预算, 政府性基金预算 …) is read only

- where the label fills every part column, or the table keeps its empty cells (some row prints an empty
  cell before a filled one: every cell stands in its column);
- or where the arithmetic places the parts uniquely: laid in order on the part columns, they add up to the
  first column, and none exceeds its column's bound — what a total row of the side (本年支出, 支出合计,
  itself filling every part column) prints there, and for a spending column that income labels name
  (一般公共预算 by 一般公共预算资金 and 一般公共预算拨款), what they print plus what is carried over
  (上年结转 …; an income label printing nothing gives nothing: a fund with no money spends none).

Where it cannot be told which part a figure is, the label's parts are left out with a parse warning: a
wrong figure is worse than a missing one. A header whose second 项目 stands over numbers in every row (no
row prints a spending label) is no two-sided table: the separated-row reader reads it as one; nor is a header
holding a column that numbers the rows (项目 | 行次 | 决算数 | 项目 | 行次 | 决算数: its numbers are no figures, the
row-number readers' table, :mod:`ingest.row_numbers`, :mod:`ingest.pipe_cells`).

Each figure is a :class:`~ingest.records.StatedFigure` as every separated-row table gives
(:func:`ingest.text_tables.cell_figure`): ``<label> <column>``, in 元 under the table's 单位; a part's
metric is none (the label's metric is its first column's).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import combinations

from ingest.numbers import parse_decimal
from ingest.pdf.table_records import CLASS_CODES, ORDINAL_PREFIX_RE
from ingest.records import ParseWarning, Record
from ingest.text import Line
from ingest.text_tables import ROW_NUMBER_HEADER_RE, cell_figure, is_number_cell, leaf_columns
from ingest.vocabulary import EMPTY_CELL_MARKS, metric_of_label

LEFT, RIGHT = 0, 1
# An income label's words (see the module docstring); the spending side's.
INCOME_WORDS_RE = re.compile(r"收入|(?:资金|拨款)$|^(?:上年结转|年初结转|上年结余|用事业基金)")
SPENDING_WORDS_RE = re.compile(r"支出$|支出(?:合计|总计)|^(?:结转下年|年末结转|结余分配)")
# A row's label opening with 其中: (其中:一般公共预算拨款): a part of the row above, its side that of its words.
AMONG_RE = re.compile(r"^其中[:：]?")
# Metrics of the vocabulary (seeds/metric_vocabulary.csv) that are a side's total: a total row's parts bound the
# parts of every other row of its side.
TOTAL_METRICS = frozenset({
    "income_total", "income_current_year", "expenditure_total", "expenditure_current_year", "fiscal_income_total",
    "fiscal_expenditure_total", "fiscal_income_current_year", "fiscal_expenditure_current_year",
})
TOTAL_WORDS_RE = re.compile(r"合计|总计")
# A cell ending a two-sided table printed one cell per line: a title or a table's number, a header's label column.
TABLE_END_RE = re.compile(r"^表[0-9一二三四五六七八九十]|表$|^(?:项目|科目(?:编码|名称)?)$")
# An income label of what is carried over from last year: any fund's money may be spent from it.
CARRIED_RE = re.compile(r"上年结转|年初结转|上年结余")
PARTS_UNPLACED = ("two-sided table: a label printing fewer part figures than its side has part columns (the page "
                  "dropped empty cells) and no sum placing them: which part each figure is cannot be told, parts left "
                  "out")
ROW_UNREAD = ("two-sided table: a row whose labels name no side, or more figures than its side has columns: its "
              "figures cannot be placed, left out")


@dataclasses.dataclass
class Segment:
    """A label and the cells after it up to the next label (each cell with its line)."""

    label: str
    line: Line
    side: int | None
    cells: list[tuple[str, Line]]
    row: int


def side_of(label: str) -> int | None:
    """The side a label's words name (see the module docstring), or None."""
    bare = AMONG_RE.sub("", ORDINAL_PREFIX_RE.sub("", label))
    income, spending = INCOME_WORDS_RE.search(bare), SPENDING_WORDS_RE.search(bare) or bare in CLASS_CODES
    if income and not spending:
        return LEFT
    if spending and not income:
        return RIGHT
    return None


def _is_total(label: str) -> bool:
    bare = ORDINAL_PREFIX_RE.sub("", label)
    return metric_of_label(bare) in TOTAL_METRICS or TOTAL_WORDS_RE.search(bare) is not None


def read_two_sided(
    header: Sequence[str], second: int, rows: Sequence[Sequence[tuple[str, Line]]], unit: str | None
) -> list[Record] | None:
    """The figures of a two-sided budget table (see the module docstring): ``header`` its last header row
    (``second`` where its second 项目 stands), ``rows`` its rows (each cell with its line), ``unit`` the table's
    money unit; None where no row prints a label of the spending side (a 项目 heading a column of numbers)."""
    compact = ["".join(cell.split()) for cell in header]
    if any(ROW_NUMBER_HEADER_RE.fullmatch(cell) for cell in compact):
        return None  # a column numbering the rows (行次): its numbers are no figures, the row-number readers' table
    sides = (compact[1:second], compact[second + 1 :])
    laid = [leaf_columns([names], len(names)) for names in sides]
    if laid[LEFT] is None or laid[RIGHT] is None:
        return [_warning(ROW_UNREAD, rows[0][0][1])] if rows and rows[0] else []
    columns = (laid[LEFT], laid[RIGHT])
    out: list[Record] = []
    segments: list[Segment] = []
    keeps_empties = False
    for row, cells in enumerate(rows):
        if not cells:
            continue
        line = cells[0][1]
        found: list[Segment] = []
        stray = False
        for raw, at in cells:
            cell = _cell(raw)
            if cell and not is_number_cell(cell):
                label = "".join(cell.split())
                found.append(Segment(label, at, side_of(label), [], row))
            elif found:
                found[-1].cells.append((cell, at))
            elif cell:
                stray = True  # a figure before any label of its row
        filled = [k for k, (raw, _) in enumerate(cells) if _cell(raw)]
        if filled and any(not _cell(raw) for raw, _ in cells[: filled[-1]]):
            keeps_empties = True  # an empty cell before a filled one: the page keeps its empty cells
        if len(found) == 2 and found[0].side is None and found[1].side == RIGHT:
            found[0].side = LEFT
        elif len(found) == 2 and found[0].side == LEFT and found[1].side is None:
            found[1].side = RIGHT
        if stray or [segment.side for segment in found] not in ([LEFT], [RIGHT], [LEFT, RIGHT]):
            if stray or any(cell for segment in found for cell, _ in segment.cells):
                out.append(_warning(ROW_UNREAD, line))
            continue
        segments.extend(found)
    if not any(segment.side == RIGHT for segment in segments):
        return None  # no row prints a spending label: the second 项目 heads a column of numbers, one table
    placed: dict[int, list[tuple[int, str, Line]]] = {}  # id(segment) → (column, cell, line) of each figure
    bounds: tuple[dict[int, Decimal], dict[int, Decimal]] = ({}, {})  # side → part column → its total
    partial: list[Segment] = []
    for segment in segments:
        width = len(columns[segment.side])
        cells = _without_trailing_empties(segment.cells)
        if not keeps_empties:
            cells = [(cell, line) for cell, line in cells if cell]
        at = [(k, cell, line) for k, (cell, line) in enumerate(cells) if cell]
        if not at:
            continue
        if len(cells) > width:
            out.append(_warning(ROW_UNREAD, segment.line))
            continue
        placed[id(segment)] = at
        if keeps_empties or len(at) == width or len(at) == 1:
            if _is_total(segment.label) and len(at) == width:
                for k, cell, _ in at[1:]:
                    if (value := parse_decimal(cell)) is not None:
                        bounds[segment.side][k] = max(value, bounds[segment.side].get(k, value))
        else:
            partial.append(segment)  # its first column is certain; its parts wait for the totals' bounds
    _bound_by_funds(sides[RIGHT], segments, placed, bounds[RIGHT])
    for segment in partial:
        first, *parts = placed[id(segment)]
        ways = _placements(first[1], [cell for _, cell, _ in parts], len(columns[segment.side]) - 1,
                           bounds[segment.side])
        if len(ways) == 1:
            placed[id(segment)] = [first, *((k, cell, line) for k, (_, cell, line) in zip(ways[0], parts, strict=True))]
        else:
            placed[id(segment)] = [first]
            out.append(_warning(PARTS_UNPLACED, segment.line))
    for segment in segments:
        for k, cell, line in placed.get(id(segment), ()):
            figure = cell_figure(segment.label, columns[segment.side][k], cell, unit, line)
            if figure is not None:
                out.append(figure if k == 0 else dataclasses.replace(figure, metric=None))
    return out


def rows_of_cells(cells: Sequence[tuple[str, Line]]) -> list[list[tuple[str, Line]]]:
    """A two-sided table printed one cell per line (its cells after its header, each with its line) cut into rows:
    a row starts at an income label, and at any label after a spending label; the table ends at a title or a
    table's number (一般公共预算财政拨款支出预算表, 表二) or a header's label column (项目, 科目编码) starting a row."""
    rows: list[list[tuple[str, Line]]] = []
    spending = True  # whether the row so far holds a spending label (none yet: a label starts a row)
    for raw, line in cells:
        cell = _cell(raw)
        if cell and not is_number_cell(cell):
            label = "".join(cell.split())
            side = side_of(label)
            if side == LEFT or spending:
                if side is None and TABLE_END_RE.search(label):
                    break
                rows.append([])
                spending = False
            spending = spending or side != LEFT
        if rows:
            rows[-1].append((raw, line))
    return rows


def _bound_by_funds(
    names: Sequence[str], segments: list[Segment], placed: dict[int, list[tuple[int, str, Line]]],
    bounds: dict[int, Decimal],
) -> None:
    """The spending side's part columns bounded by the income side (see the module docstring): a part column
    named by income labels (一般公共预算 by 一般公共预算资金, 一般公共预算拨款) spends at most what they print and
    what is carried over (上年结转 …); an income label printing nothing gives nothing. A column no income label
    names keeps its bound."""
    income = [
        (AMONG_RE.sub("", ORDINAL_PREFIX_RE.sub("", segment.label)), _first_value(placed.get(id(segment))))
        for segment in segments if segment.side == LEFT
    ]
    carried = sum((value for label, value in income if CARRIED_RE.match(label)), Decimal(0))
    for k, name in enumerate(names[1:], start=1):
        named = [value for label, value in income if name and name in label]
        if named:
            bound = sum(named, Decimal(0)) + carried
            bounds[k] = min(bound, bounds.get(k, bound))


def _first_value(figures: list[tuple[int, str, Line]] | None) -> Decimal:
    """A label's first column's figure, nothing printed as 0."""
    first = next((cell for k, cell, _ in figures or () if k == 0), None)
    return (parse_decimal(first) if first is not None else None) or Decimal(0)


def _cell(raw: str) -> str:
    """A cell's text, an empty cell's mark (-, —, /) none."""
    cell = raw.strip()
    return "" if cell in EMPTY_CELL_MARKS else cell


def _placements(first: str, parts: list[str], columns: int, bounds: dict[int, Decimal]) -> list[tuple[int, ...]]:
    """Every way to lay ``parts`` in order on the part columns 1 … ``columns`` that the arithmetic allows: they add
    up to ``first``, and none exceeds its column's total (``bounds``: column → what a total row prints there)."""
    total = parse_decimal(first)
    values = [parse_decimal(cell) for cell in parts]
    if total is None or None in values or sum(values) != total:  # type: ignore[arg-type]
        return []
    return [
        way for way in combinations(range(1, columns + 1), len(parts))
        if all(k not in bounds or value <= bounds[k] for k, value in zip(way, values, strict=True))
    ]


def _without_trailing_empties(cells: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    end = len(cells)
    while end and not cells[end - 1][0]:
        end -= 1
    return cells[:end]


def _warning(message: str, line: Line) -> ParseWarning:
    return ParseWarning(parser="text_tables", message=message, context=line.norm.strip()[:120],
                        source_line=line.number, source_page=line.page)

"""A “三公”经费 table with its items as rows, printed one cell per line (a web table flattened by a
copy): the column headers one per line, then each row as its label on a line and its numbers on
the lines after it.

    单位:万元 / 2023年决算数 / 2022年决算数 / 2023年决算比上年增、减情况 / 增、减额 / 增、减幅度 /
    820.33 / 688.84 / 131.49 / 19.09% / 1、因公出国(境)费 / 0 / 0 / 2、公务接待费 / 249.29 / 247.21 / 2.08 / 0.84% …

The columns are read by their words, as :func:`ingest.text_tables.leaf_columns` reads a separated
table's (决算数 → amount, 增减额 → change, 幅度 → change_pct); a header cell that only groups the
cells after it (``…增、减情况`` over 增、减额 and 增、减幅度) names no column. A copy drops the empty
cells, so a row's numbers stand in the columns' order only from the left: a row with every column
filled is read whole; a row with fewer numbers only where the table's own arithmetic confirms the
placement (the change is the difference of the two amounts before it); otherwise it is left out.
A row of numbers with no label (the total, printed before the first item) is left out too: its
name is not printed. Money needs the table's unit (单位:万元) printed above its header.

A copy may print a lone ``|`` between the cells (the grid's borders): such lines are no cells. The label
column's own header (项目) may stand first; a table of one value column (``项 目 / 预 算 数 / 合 计 / 11.4 /
因公出国(境)费 / 0.00 …``) is read only where its rows' sums hold: 合计 = 因公出国 + 公务用车购置及运行费 +
公务接待费, and 公务用车购置及运行费 = 购置费 + 运行费 (the 其中 rows are the vehicle row's parts, never
summed into the 合计). A table printing no unit takes the one a sentence of the same page states for its
合计 (``“三公”经费支出预算为11.4万元``), and only where those sums hold; otherwise it is left out with a
parse warning.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import decimals_of, declared_unit, parse_decimal, stated_unit
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import CLAUSE_MARKS, Line, lines_holding
from ingest.text_tables import LABEL_HEADER_RE, Column, cell_figure, leaf_columns
from ingest.vocabulary import metric_of_label

# A table is looked for after each line naming 三公 (its title).
TABLE_WORDS = ("三公",)
NUMBER_LINE_RE = re.compile(r"^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
# A header cell: short, naming a measure (决算数, 预算数, 增减额, 幅度 …), no item of the table.
HEADER_CELL_RE = re.compile(r"决算|预算|金额|增减|增、减|幅度|变动|比上年|情况|执行数")
MAX_HEADER_CHARS = 24
# A cell that only groups the cells after it (2023年决算比上年增、减情况 over 增、减额 and 增、减幅度).
GROUP_CELL_RE = re.compile(r"情况$")
# A row label: short, no sentence punctuation.
MAX_LABEL_CHARS = 24
LABEL_BREAKS_RE = re.compile(f"[{CLAUSE_MARKS}]")
# Enumerations and 其中 before a row's item (1、, 2), (1), 其中:).
LABEL_HEAD_RE = re.compile(
    r"^(?:其中[:：]?)?(?:\(?\d{1,2}\)|\d{1,2}[、.)]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?(?:其中[:：]?)?"
)
# Lines looked through after the title for the unit and the header, and for a row's cells.
MAX_HEADER_LINES = 16
MAX_ROWS_LINES = 400
# The total's row label (合计, 总计), which ends the header like an item's.
TOTAL_LABEL_RE = re.compile(r"^(?:合计|总计)$")
# A sentence stating the 三公 total with its unit (``“三公”经费支出预算为11.4万元``): lines looked at after
# the table (and before its title) for a table printing no unit.
PROSE_LINES_AFTER = 40
PROSE_LINES_BEFORE = 10
NO_UNIT_UNCONFIRMED = ("三公 table printing no unit: its rows' sums do not hold or no sentence states its 合计 "
                       "with a unit, left out")


def _text_lines(lines: list[Line], start: int, stop: int) -> list[int]:
    """The lines holding a cell: text, not blank and not only the grid's ``|`` borders."""
    return [k for k in range(start, min(stop, len(lines))) if lines[k].compact.strip("|｜")]


def _header(lines: list[Line], title: int) -> tuple[str | None, list[str], int] | None:
    """(unit, header cells, index of the first line after them) of the table titled at ``title``."""
    unit: str | None = None
    cells: list[str] = []
    labelled = False
    for k in _text_lines(lines, title + 1, title + 1 + MAX_HEADER_LINES * 2):
        text = lines[k].compact.strip("|｜")  # (a cell the copy closed with its border: 合 计 |)
        item = LABEL_HEAD_RE.sub("", text)
        if NUMBER_LINE_RE.match(text) or (cells and (metric_of_label(item) or TOTAL_LABEL_RE.match(item))):
            return (unit, cells, k) if len(cells) >= 2 or (cells and labelled) else None
        if (declared := declared_unit(lines[k].norm)) is not None and len(text) <= MAX_HEADER_CHARS:
            unit = declared
            continue
        if not cells and LABEL_HEADER_RE.match(text) and len(text) <= 4:  # 项目: the label column's own header
            labelled = True
            continue
        if len(text) <= MAX_HEADER_CHARS and HEADER_CELL_RE.search(text) and TABLE_WORDS[0] not in text:
            cells.append(text)
        else:
            return None  # prose, another title, or words no header cell prints: no such table here
    return None


def _rows(lines: list[Line], first: int) -> list[tuple[str | None, list[tuple[Line, str]]]]:
    """Each row from line ``first``: its label (None for numbers before any label) and its numbers."""
    rows: list[tuple[str | None, list[tuple[Line, str]]]] = [(None, [])]
    for k in _text_lines(lines, first, first + MAX_ROWS_LINES):
        text = lines[k].compact.strip("|｜")
        if NUMBER_LINE_RE.match(text):
            rows[-1][1].append((lines[k], text))
        elif len(text) <= MAX_LABEL_CHARS and not LABEL_BREAKS_RE.search(text) and not HEADER_CELL_RE.search(
            LABEL_HEAD_RE.sub("", text)
        ):
            rows.append((LABEL_HEAD_RE.sub("", text), []))
        else:
            break  # prose (or another table's header): the table has ended
    return [row for row in rows if row[1]]


def _columns(cells: list[str], width: int) -> list[Column] | None:
    """The ``width`` value columns of the header ``cells`` (a grouping cell dropped), or None."""
    if len(cells) == width + 1:
        groups = [k for k, cell in enumerate(cells) if GROUP_CELL_RE.search(cell)]
        if len(groups) == 1:
            cells = cells[: groups[0]] + cells[groups[0] + 1 :]
    return leaf_columns([cells], width)


def _placed(columns: list[Column], numbers: list[str]) -> bool:
    """Whether a row's numbers stand in the first columns (see the module docstring): no rate under a
    column of money, no plain number under a rate's; all filled, or the change the difference of the
    two amounts before it."""
    for column, number in zip(columns, numbers, strict=False):
        is_rate = column.field in ("change_pct", "share_pct")
        if number.endswith("%") != is_rate and not (is_rate and Decimal(0) == parse_decimal(number.rstrip("%"))):
            return False
    fields = [column.field for column in columns]
    amounts = [k for k, field in enumerate(fields) if field in ("amount", "budget_initial")]
    change = fields.index("change") if "change" in fields else None
    if len(amounts) >= 2 and change is not None and change > amounts[1] and change < len(numbers):
        a, b, c = (parse_decimal(numbers[k].rstrip("%")) for k in (amounts[0], amounts[1], change))
        if a is None or b is None or c is None:
            return False
        places = max(decimals_of(numbers[k]) for k in (amounts[0], amounts[1], change))
        return abs(a - b - c) <= Decimal(1).scaleb(-places)
    return len(numbers) == len(columns)


def _part_of(label: str) -> str | None:
    """Which of the table's six columns a row label names (合计, 出国, 用车, 购置, 运行, 接待), or None."""
    if TOTAL_LABEL_RE.match(label) or metric_of_label(label) == "three_public_total":
        return "total"
    if "因公出国" in label:
        return "overseas"
    if "接待" in label:
        return "reception"
    if "公务用车" in label or "公车" in label:
        purchase, operation = "购置" in label, "运行" in label
        return "purchase" if purchase and not operation else "operation" if operation and not purchase else "vehicle"
    return None


def _sums_hold(rows: list[tuple[str | None, list[tuple[Line, str]]]]) -> bool:
    """Whether the first value column's rows add up as a 三公 table's must (see the module docstring)."""
    values: dict[str, Decimal] = {}
    places = 0
    for label, numbers in rows:
        part = _part_of(label or "")
        value = parse_decimal(numbers[0][1].rstrip("%"))
        if part is None or part in values or value is None or numbers[0][1].endswith("%"):
            return False
        values[part] = value
        places = max(places, decimals_of(numbers[0][1]))
    tolerance = Decimal(1).scaleb(-places)
    parts = [values[p] for p in ("purchase", "operation") if p in values]
    vehicle = values.get("vehicle", sum(parts) if parts else None)
    if not {"total", "overseas", "reception"} <= values.keys() or vehicle is None or not values["total"]:
        return False
    if parts and abs(vehicle - sum(parts)) > tolerance:
        return False
    return abs(values["total"] - values["overseas"] - vehicle - values["reception"]) <= tolerance


def _prose_unit(lines: list[Line], title: int, after: int, total: Decimal) -> str | None:
    """The unit a sentence naming 三公 near the table states its total in (``…为11.4万元``), or None."""
    near = [*range(after, min(after + PROSE_LINES_AFTER, len(lines))),
            *range(max(0, title - PROSE_LINES_BEFORE), title)]
    return stated_unit((lines[k].norm for k in near if "三公" in lines[k].compact), total)


def parse_three_public_rows(lines: list[Line]) -> list[Record]:
    """The 三公 tables of ``lines`` with items as rows, one cell per line (see the module docstring)."""
    out: list[Record] = []
    after = 0  # the lines before it belong to a table already read
    for title in lines_holding(lines, TABLE_WORDS, "compact"):
        if title < after or len(lines[title].compact) > 60:
            continue
        header = _header(lines, title)
        if header is None:
            continue
        unit, cells, first = header
        rows = _rows(lines, first)
        if not rows:
            continue
        if unit is None or len(cells) == 1:  # (a table of one value column: only where its sums hold)
            end = rows[-1][1][-1][0].number  # (line numbers count from 1: the index after the last row's)
            total = next((parse_decimal(numbers[0][1]) for label, numbers in rows if _part_of(label or "") == "total"),
                         None)
            held = _sums_hold(rows)
            if unit is None and held and total is not None:
                unit = _prose_unit(lines, title, end, total)
            if unit is None or not held:
                out.append(ParseWarning(parser="three_public_rows", message=NO_UNIT_UNCONFIRMED,
                                        context=lines[title].norm.strip()[:120], source_line=lines[title].number,
                                        source_page=lines[title].page))
                continue
        width = max(len(numbers) for _, numbers in rows)
        columns = _columns(cells, width)
        if columns is None:
            out.append(ParseWarning(parser="three_public_rows", message=f"三公 table of {width} value columns: "
                                    "its header cells could not be laid over them", context=" / ".join(cells)[:120],
                                    source_line=lines[title].number, source_page=lines[title].page))
            continue
        after = rows[-1][1][-1][0].number  # (line numbers count from 1: the index after the last row's)
        for label, numbers in rows:
            if not label or len(numbers) > width or not _placed(columns, [n for _, n in numbers]):
                continue
            for column, (line, number) in zip(columns, numbers, strict=False):
                figure = cell_figure(label, column, number, unit, line)
                if isinstance(figure, StatedFigure):
                    out.append(figure)
    return out

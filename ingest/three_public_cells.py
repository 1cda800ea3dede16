"""The “三公”经费 table printed one cell per line (网页表格 flattened by a copy): its six columns as
header cells, then six numbers.

Every 三公经费 table has the same six columns, nationally: 合计 · 因公出国(境)费 · 公务用车购置及
运行费 (小计 · 公务用车购置费 · 公务用车运行费) · 公务接待费. When a page loses the table's grid, the
header cells come one per line in an order that depends on the merged header (公务接待费 often
before 小计), and the numbers follow one per line in the columns' order. So the numbers are read
in the standard column order — and only kept when the table's own arithmetic confirms it
(合计 = 出国 + 小计 + 接待, 小计 = 购置 + 运行, to the printed precision). 购置费 and 运行费 are not
told apart by a sum: when a sentence of the same document states one of them with the other
column's value, both are left out with a parse warning instead of guessed.

A table printed as one row of numbers that **dropped its empty cells** (``22.00 | 8.77 | 14.00 |
8.47 | 14.00 | 8.47 | 8.00 | 0.30`` under six 预算数/决算数 column pairs) is read the same way: every
placement of the numbers on the columns, in order, that makes both sums hold (an empty cell is
zero) is tried, and a column is read only when every such placement gives it the same number.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations, islice

from ingest.numbers import decimals_of, declared_unit, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line, lines_holding

# The standard columns in the order their numbers are printed: (metric, label).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("three_public_total", "“三公”经费合计"),
    ("three_public_overseas", "因公出国(境)费"),
    ("three_public_vehicle", "公务用车购置及运行费 小计"),
    ("three_public_vehicle_purchase", "公务用车购置费"),
    ("three_public_vehicle_operation", "公务用车运行费"),
    ("three_public_reception", "公务接待费"),
)
# Header words every such table prints (in any order, possibly broken over cells).
HEADER_WORDS = ("因公出国", "公务用车购置费", "公务用车运行", "接待费")
# A table is looked for from each line naming 三公 or 因公出国 (its title or first header cell),
# found by one scan of the document per word.
TABLE_WORDS = ("三公", "因公出国")
NUMBER_LINE_RE = re.compile(r"^\s*(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*\|?\s*$")
# Lines looked at above the header for its unit, and how many lines the header may span.
UNIT_LOOKBACK = 8
MAX_HEADER_LINES = 14


def _lines_with_text(lines: list[Line], start: int, count: int, step: int = 1) -> list[int]:
    """The indexes of the first ``count`` lines with text from line ``start`` on (``step`` −1: back
    from it): a copy may print a blank line between every two lines of the table, which then spans
    twice as many lines. Blank lines are looked past up to three for each line with text."""
    if step > 0:
        window = range(start, min(start + count * 4, len(lines)))
    else:
        window = range(start, max(start - count * 4, -1), -1)
    return list(islice((k for k in window if lines[k].norm.strip()), count))


def _number_run(lines: list[Line], start: int) -> list[tuple[Line, str]]:
    """The numbers printed one per line from ``start`` (blank and ``|`` lines skipped)."""
    run: list[tuple[Line, str]] = []
    for line in lines[start:]:
        text = line.norm.strip()
        if not text or set(text) <= {"|", " "}:
            continue
        match = NUMBER_LINE_RE.match(text)
        if not match:
            break
        run.append((line, match.group("number")))
    return run


def _sums_hold(values: list[Decimal], places: int) -> bool:
    total, overseas, vehicle, purchase, operation, reception = values
    tolerance = Decimal(1).scaleb(-places) * 3
    parts_add_up = abs(total - (overseas + vehicle + reception)) <= tolerance
    return parts_add_up and abs(vehicle - (purchase + operation)) <= tolerance


def _contradicted(purchase: Decimal, operation: Decimal, stated: list[StatedFigure]) -> bool:
    """A sentence states 购置费 as the 运行费 column's value (or the reverse): the columns are swapped."""
    for figure in stated:
        if figure.field != "amount":
            continue
        if figure.metric == "three_public_vehicle_purchase" and figure.value == operation != purchase:
            return True
        if figure.metric == "three_public_vehicle_operation" and figure.value == purchase != operation:
            return True
    return False


def _warning(message: str, run: list[tuple[Line, str]], line: Line) -> ParseWarning:
    return ParseWarning(parser="three_public_cells", message=message,
                        context=" ".join(number for _, number in run), source_line=line.number, source_page=line.page)


VALUES_ROW_SPLIT_RE = re.compile(r"[|\s]+")
VALUE_CELL_RE = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")


def _values_row(lines: list[Line], start: int) -> tuple[int, list[str]] | None:
    """The first line from ``start`` holding only numbers (at least four), as (index, cells)."""
    for k in _lines_with_text(lines, start, MAX_HEADER_LINES):
        cells = [c for c in VALUES_ROW_SPLIT_RE.split(lines[k].norm) if c]
        if len(cells) >= 4 and all(VALUE_CELL_RE.match(c) for c in cells):
            return k, cells
    return None


def _placements(series: list[list[Decimal]], places: int) -> list[tuple[int, ...]]:
    """Every choice of columns (in order) for the printed values whose sums hold in every series."""
    out = []
    for chosen in combinations(range(len(COLUMNS)), len(series[0])):
        ok = True
        for values in series:
            filled = [Decimal(0)] * len(COLUMNS)
            for column, value in zip(chosen, values, strict=True):
                filled[column] = value
            if not _sums_hold(filled, places):
                ok = False
                break
        if ok:
            out.append(chosen)
    return out


def _dropped_cells(
    lines: list[Line], header_start: int, header: str, found: tuple[int, list[str]] | None
) -> tuple[list[Record], int]:
    """A 三公 table whose one values row (``found``: :func:`_values_row`) dropped its empty cells (see the module
    docstring), and the index of the line after that row."""
    if found is None:
        return [], header_start + 1
    index, cells = found
    return _place(lines, header_start, header, index, cells), index + 1


def _place(
    lines: list[Line], header_start: int, header: str, index: int, cells: list[str],
    cell_lines: list[Line] | None = None, quiet: bool = False,
) -> list[Record]:
    """The figures of ``cells`` placed on the columns where the sums confirm it (see the module docstring),
    each at its cell's line (``cell_lines``: one cell per line) or at the row's (``lines[index]``); a parse
    warning where no placement holds (nothing where ``quiet``)."""
    paired = header.count("预算") >= 2 and header.count("决算") >= 2
    if paired and len(cells) % 2:
        return []
    width = len(cells) // 2 if paired else len(cells)
    if width > len(COLUMNS):
        return []
    values = [parse_decimal(c) for c in cells]
    if any(v is None for v in values):
        return []
    series = [values[0::2], values[1::2]] if paired else [values]
    fields = ["budget_initial", "amount"] if paired else ["amount"]
    places = max(decimals_of(c) for c in cells)
    placements = _placements(series, places)  # type: ignore[arg-type]
    unit = next((u for k in _lines_with_text(lines, header_start - 1, UNIT_LOOKBACK, -1)[::-1] + list(
        range(header_start, index)) if (u := declared_unit(lines[k].norm))), None)
    line = lines[index]
    if not placements or unit is None:
        if quiet:
            return []
        return [ParseWarning(parser="three_public_cells", message="三公 table row with dropped cells: no unit, or no "
                             "placement of its numbers on the columns makes the sums hold", context=" ".join(cells),
                             source_line=line.number, source_page=line.page)]
    out: list[Record] = []
    for column, (metric, label) in enumerate(COLUMNS):
        positions = {chosen.index(column) if column in chosen else None for chosen in placements}
        if len(positions) != 1 or None in positions:
            continue  # an empty cell, or not told apart (购置费 / 运行费 of the same value)
        position = positions.pop()
        for offset, field in enumerate(fields):
            cell = cells[position * len(series) + offset]
            amount = to_amount(cell, unit)
            at = cell_lines[position * len(series) + offset] if cell_lines else line
            if amount is not None:
                out.append(StatedFigure(label=f"{label} (表)", field=field, value=amount.yuan, unit="yuan",
                                        metric=metric, context=" ".join(cells)[:80], ulp=amount.ulp_yuan,
                                        source_line=at.number, source_page=at.page))
    return out


# A header printed one cell per line may go on past the lines looked at for its words (its 预算数 / 决算数 cells
# under each column): this many more lines of short cells at most before its first number.
MAX_MORE_HEADER_LINES = 2 * MAX_HEADER_LINES
MAX_HEADER_CELL_CHARS = 30


def _number_below_cells(lines: list[Line], start: int) -> int | None:
    """The line of the first number printed alone after the header's short cells from ``start`` on, or None
    where a longer line or a sentence comes first."""
    for k in _lines_with_text(lines, start, MAX_MORE_HEADER_LINES):
        text = lines[k].norm.strip()
        if NUMBER_LINE_RE.match(text):
            return k
        if len(text) > MAX_HEADER_CELL_CHARS or "。" in text:
            return None
    return None


# A column printed beside the 三公 ones in the same table (…“三公”经费及机关运行经费…表): its number stands first
# or last among the row's, one cell per line.
BESIDE_WORD = "机关运行"


def _cells_placed(lines: list[Line], header_start: int, header: str, first: int, run: list[tuple[Line, str]]) -> list[
        Record]:
    """A 三公 table's numbers one cell per line that are not its six columns' (empty cells dropped, a pair of
    预算数 / 决算数 columns for each): placed as a row that dropped its empty cells is (:func:`_place`), each
    figure at its cell's line. Where the header names a column beside the 三公 ones (机关运行经费), its number
    may stand first or last: the run without it is tried too, and read only where one reading alone holds."""
    if len(run) < 4:
        return []
    tries = [run]
    if BESIDE_WORD in header:
        tries += [run[1:], run[:-1]]
    read = [found for part in tries if (found := _place(
        lines, header_start, header, first, [number for _, number in part], [line for line, _ in part], quiet=True))]
    return read[0] if len(read) == 1 else []


def parse_three_public_cells(lines: list[Line], stated: list[StatedFigure]) -> list[Record]:
    """The 三公 tables of ``lines`` printed one cell per line (see the module docstring)."""
    out: list[Record] = []
    index = 0  # the lines before it belong to a table already read
    for start in lines_holding(lines, TABLE_WORDS, "compact"):
        if start < index:
            continue
        index = start
        window = _lines_with_text(lines, index, MAX_HEADER_LINES)
        header = "".join(lines[k].compact for k in window)
        if not all(word in header for word in HEADER_WORDS):
            continue
        first_number = next((k for k in window if NUMBER_LINE_RE.match(lines[k].norm)), None)
        values = _values_row(lines, index + 1) if first_number is None else None
        if first_number is None and values is None and window:
            first_number = _number_below_cells(lines, window[-1] + 1)
        if first_number is None:
            records, index = _dropped_cells(lines, index, header, values)
            out.extend(records)
            continue
        run = _number_run(lines, first_number)
        index = first_number + max(len(run), 1)
        if len(run) != len(COLUMNS):
            out.extend(_cells_placed(lines, start, header, first_number, run))
            continue
        above = _lines_with_text(lines, first_number - 1, MAX_HEADER_LINES + UNIT_LOOKBACK, -1)[::-1]
        unit = next((u for k in above if (u := declared_unit(lines[k].norm)) is not None), None)
        values = [parse_decimal(number) for _, number in run]
        places = max(decimals_of(number) for _, number in run)
        if unit is None or any(v is None for v in values) or not _sums_hold(values, places):  # type: ignore[arg-type]
            out.append(_warning("三公 table cells left out: no unit, or its sums do not confirm the column order",
                                run, run[0][0]))
            continue
        amounts = [to_amount(number, unit) for _, number in run]
        if _contradicted(amounts[3].yuan, amounts[4].yuan, stated):  # type: ignore[union-attr]
            out.append(_warning("三公 table: 公务用车购置费 and 运行费 columns disagree with the text; both left out",
                                run, run[3][0]))
            keep = {0, 1, 2, 5}
        else:
            keep = set(range(len(COLUMNS)))
        for position, ((metric, label), (line, _), amount) in enumerate(zip(COLUMNS, run, amounts, strict=True)):
            if position in keep and amount is not None:
                out.append(StatedFigure(
                    label=f"{label} (表)",
                    field="amount",
                    value=amount.yuan,
                    unit="yuan",
                    metric=metric,
                    context=header[:60],
                    ulp=amount.ulp_yuan,
                    source_line=line.number,
                    source_page=line.page,
                ))
    return out

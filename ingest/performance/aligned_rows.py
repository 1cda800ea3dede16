"""Rows of a 项目支出绩效自评表 whose columns are lined up with spaces (a PDF's text extracted with
its layout kept, ``pdftotext -layout``; a fixed-width copy): ``数量指标    培训人数    ≥100人    40    40``,
a row whose first cells are merged printing spaces where they stand.

Cells are what two spaces or more part (one space stays inside a cell). Where the columns start the
block itself says: a *stop* is where cells of :data:`MIN_STOP_ROWS` rows or more start, counted in
characters or in display columns (a CJK character two wide) — whichever count gives the fewer stops,
the count the columns were lined up in. Each cell goes to the last stop at or before its start, so
an empty cell keeps its place as a tab-separated row keeps it; a row two of whose cells would share
a column keeps them apart in the order printed and is read as printed. The readers of tab-separated
tables then read the rows, and :mod:`ingest.performance` takes their reading only where the table's
weights add up to its 总分 (a cell on the wrong column would not).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ingest.performance.tables import GridRow, TableBlock, clean_keyed, made_cell
from ingest.spaced_cells import SpacedCell, spaced_cells
from ingest.text import Line, is_page_mark

# Rows whose cells must start at a column for it to be one.
MIN_STOP_ROWS = 2
# A table is tried as lined up when this share of its first lines with text hold two cells or more.
MIN_SPACED_SHARE = 0.5
LOOKED_AT_LINES = 40


def looks_lined_up(block: TableBlock) -> bool:
    """Whether half the first lines with text of a table hold two cells or more parted by spaces."""
    texts = [line.norm.strip() for line in block.lines[:LOOKED_AT_LINES] if line.norm.strip()]
    return bool(texts) and sum(1 for text in texts if "  " in text) >= MIN_SPACED_SHARE * len(texts)


def _stops(rows: list[tuple[SpacedCell, ...]], wide: bool) -> list[int]:
    starts = Counter(cell.start_wide if wide else cell.start for cells in rows for cell in cells)
    return sorted(start for start, count in starts.items() if count >= MIN_STOP_ROWS)


def iter_aligned_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """The rows of a table lined up with spaces (see the module docstring)."""
    printed = [(line, spaced_cells(line.norm)) for line in lines if line.norm.strip() and not is_page_mark(line.norm)]
    rows = [cells for _, cells in printed]
    by_chars, by_width = _stops(rows, wide=False), _stops(rows, wide=True)
    wide = len(by_width) < len(by_chars)
    stops = by_width if wide else by_chars
    for line, cells in printed:
        placed: list[str] = []
        for cell in cells:
            start = cell.start_wide if wide else cell.start
            column = max(0, sum(1 for stop in stops if stop <= start) - 1)
            if column < len(placed):  # a column taken already: the cell stays after it, as printed
                column = len(placed)
            placed.extend([""] * (column - len(placed)))
            placed.append(cell.text)
        number = line.number
        keyed = [clean_keyed(text) if text else ("", "") for text in placed]
        yield GridRow.of(tuple(made_cell(text, number, key) for text, key in keyed), number)

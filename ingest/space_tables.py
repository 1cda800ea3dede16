"""Tables whose columns are lined up with spaces (a PDF's text extracted with its layout kept, as
``pdftotext -layout`` writes it, or a fixed-width copy): ``合计      2378.77      2415.44      36.67``.

A row is a line whose text splits into two or more cells at runs of two or more spaces (one space
stays inside a cell: ``项 目``, ``2019年 决算数``). A table's rows follow one another: blank lines,
page numbers standing alone and a row's label printed alone (a row whose amounts are all empty)
do not end it; any other line does. Its rows are read as the separated tables of
:mod:`ingest.text_tables` are (header rows above the first row holding a number, leaf columns
named by their words, one figure per filled cell under the table's unit) once each row's cells
are laid on the table's columns:

- a row with a cell for every column is laid on them in order (a *full* row);
- a row whose empty cells left only spaces behind is laid by where its cells stand: each on the one
  column whose cells, in the table's full rows, it overlaps. Whether a line counts its width in
  characters or in display columns (a CJK character two wide, as a terminal and the copies that
  pad by width print it) the full rows tell: the count in which their columns stand apart and line
  up closest (``pdftotext -layout`` counts characters; a copy padded for the screen, columns). A cell
  that overlaps no column or two, or a row that fits in neither count the same way, leaves its row
  out with a parse warning — a number on the wrong column is a wrong figure.

The rows declaring the table's unit (``单位:某某局   单位:万元``, two cells) are no header rows but give the
table its unit, and a budget's two-sided 收支总表 (``项目  预算数  项目  合计  一般公共预算 …``) keeps its rows of
labels only (``二、上年结转   二、结转下年``) and the rows after them: it is read by its rows' labels
(:mod:`ingest.two_sided_budget`), as its separated copy is.

A table whose header holds 行次 is left to :mod:`ingest.row_numbers`, and a line of a flattened
table (as many numbers as :data:`~ingest.flat_tables.MIN_NUMBERS`) to :mod:`ingest.flat_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ingest.numbers import declared_unit
from ingest.records import ParseWarning, Record
from ingest.spaced_cells import SpacedCell, spaced_cells
from ingest.text import Line, is_page_mark, lines_holding
from ingest.text_tables import is_data_row, is_number_cell, read_table, table_segments, two_sided_kept_whole

# Longest label printed alone on a row whose amounts are all empty.
MAX_LABEL_ALONE_CHARS = 30
SENTENCE_ENDS = ("。", ";", "；", ":", "：")
# A row label's item number (``1.``, ``2、``, ``(1)``): the only digits a label printed alone holds.
ITEM_NUMBER_RE = re.compile(r"^\d{1,2}[.、]|\(\d{1,2}\)")
# Rows printed as their label alone, one after another, that a table may hold (taxes not levied).
MAX_LABELS_ALONE = 12
# A line with this many numbers is a flattened table's (ingest.flat_tables reads it).
FLATTENED_NUMBERS = 9


@dataclass(frozen=True)
class _SpacedRow:
    index: int  # the line's index
    cells: tuple[SpacedCell, ...]


def _is_label_alone(text: str) -> bool:
    """A row's label printed alone: one short cell, no number but its item number, not the end of a
    sentence."""
    return (
        len(text) <= MAX_LABEL_ALONE_CHARS and "  " not in text and not text.endswith(SENTENCE_ENDS)
        and not any(c.isdigit() for c in ITEM_NUMBER_RE.sub("", text))
    )


def _blocks(lines: list[Line]) -> list[list[_SpacedRow]]:
    """The runs of spaced rows of ``lines`` (see the module docstring), each of two rows or more."""
    out: list[list[_SpacedRow]] = []
    end = 0  # the lines before it are in a block already
    for first in lines_holding(lines, ("  ",)):
        if first < end:
            continue
        block: list[_SpacedRow] = []
        pending_labels = 0  # labels alone read since the last spaced row
        index = first
        while index < len(lines):
            text = lines[index].norm.strip()
            if not text or is_page_mark(text):
                index += 1
                continue
            cells = spaced_cells(lines[index].norm) if "  " in text else ()
            if len(cells) >= 2:
                block.append(_SpacedRow(index, cells))
                pending_labels = 0
            elif block and _is_label_alone(text) and pending_labels < MAX_LABELS_ALONE:
                pending_labels += 1
            else:
                break
            index += 1
        end = max(index, first + 1)
        if len(block) >= 2:
            out.append(block)
    return out


def _spans(full: list[_SpacedRow], wide: bool) -> list[tuple[int, int]] | None:
    """Where each column stands (its cells' leftmost start to rightmost end) in the full rows, the
    label column first, counted in display columns or characters; None where two overlap."""
    spans = []
    for column in range(len(full[0].cells)):
        cells = [row.cells[column] for row in full]
        if wide:
            spans.append((min(c.start_wide for c in cells), max(c.end_wide for c in cells)))
        else:
            spans.append((min(c.start for c in cells), max(c.end for c in cells)))
    if any(left[1] >= right[0] for left, right in pairwise(spans)):
        return None
    return spans


def _layouts(full: list[_SpacedRow], rows: list[_SpacedRow]) -> list[tuple[bool, list[tuple[int, int]]]]:
    """(counted in display columns, the column spans) of the counts in which the full rows' columns
    stand apart — of the two, the one in which they line up closer (their cells wander less); where
    they line up as close (a single full row: 合计 beside rows that left their last cells empty), the
    one in which more of the other ``rows``' cells line up with a column's edge; or both where that
    ties too: then a row is laid only where both lay it alike."""
    layouts = [(wide, spans) for wide in (True, False) if full and (spans := _spans(full, wide)) is not None]
    if len(layouts) == 2:
        slack = [_slack(full, spans, wide) for wide, spans in layouts]
        if slack[0] != slack[1]:
            return [layouts[slack.index(min(slack))]]
        lined = [_lined_up(rows, spans, wide) for wide, spans in layouts]
        if lined[0] != lined[1]:
            return [layouts[lined.index(max(lined))]]
    return layouts


def _lined_up(rows: list[_SpacedRow], spans: list[tuple[int, int]], wide: bool) -> int:
    """How many value cells of ``rows`` start or end where a value column of ``spans`` does (lined up
    with it, left or right)."""
    edges = {edge for left, right in spans[1:] for edge in ((left, "start"), (right, "end"))}
    return sum(
        ((cell.start_wide if wide else cell.start), "start") in edges or ((cell.end_wide if wide else cell.end), "end")
        in edges
        for row in rows for cell in row.cells[1:]
    )


def _slack(full: list[_SpacedRow], spans: list[tuple[int, int]], wide: bool) -> int:
    """How far the value columns' cells wander: each span's width less its widest cell's, summed."""
    return sum(
        (right - left) - max((c.end_wide - c.start_wide) if wide else (c.end - c.start) for c in (
            row.cells[column] for row in full))
        for column, (left, right) in enumerate(spans) if column
    )


def _laid(row: _SpacedRow, spans: list[tuple[int, int]], wide: bool) -> tuple[str, ...] | None:
    """The cells of ``row`` on the columns whose ``spans`` they overlap (empty cells ""), or None."""
    cells = [""] * len(spans)
    for cell in row.cells:
        start, end = (cell.start_wide, cell.end_wide) if wide else (cell.start, cell.end)
        columns = [k for k, (left, right) in enumerate(spans) if start < right and end > left]
        if len(columns) != 1 or cells[columns[0]]:
            return None
        cells[columns[0]] = cell.text
    return tuple(cells) if cells[0] else None


def _table(lines: list[Line], rows: list[_SpacedRow]) -> list[Record]:
    out: list[Record] = []
    texts = [tuple(cell.text for cell in row.cells) for row in rows]
    separated = [(lines[row.index], cells) for row, cells in zip(rows, texts, strict=True)]
    # (a two-sided budget table's rows of labels only, 二、上年结转   二、结转下年, are its own: no next header)
    segments = two_sided_kept_whole(separated, list(table_segments(separated)))
    header_start = 0  # the rows of a later table's header follow the earlier table's data
    for first_data, end, _ in segments:
        header = [
            (lines[rows[k].index], texts[k]) for k in range(header_start, first_data)
            if not any(declared_unit(cell) for cell in texts[k])
        ]
        # (the rows declaring the unit, 单位:某某局   单位:万元: no header row, but the table's unit)
        declared = " ".join(" ".join(texts[k]) for k in range(header_start, first_data)
                            if any(declared_unit(cell) for cell in texts[k]))
        if any("行次" in cell for _, cells in header for cell in cells):
            header_start = end
            continue  # left to ingest.row_numbers
        data = [rows[k] for k in range(first_data, end) if is_data_row(texts[k])]
        width = max(len(row.cells) for row in data)
        full = [row for row in data if len(row.cells) == width]
        layouts = _layouts(full, [row for row in data if len(row.cells) != width])
        placed: list[tuple[Line, tuple[str, ...]]] = []
        for row in data:
            if len(row.cells) == width:
                placed.append((lines[row.index], tuple(cell.text for cell in row.cells)))
                continue
            readings = {_laid(row, spans, wide) for wide, spans in layouts}
            if len(readings) == 1 and None not in readings:
                placed.append((lines[row.index], readings.pop()))  # type: ignore[arg-type]
                continue
            line = lines[row.index]
            out.append(ParseWarning(parser="space_tables", message="row of a table lined up with spaces: its "
                                    "cells could not be laid on the columns (empty cells left no trace)",
                                    context=line.norm.strip()[:120], source_line=line.number, source_page=line.page))
        if placed:
            out.extend(read_table(lines, rows[min(header_start, first_data)].index, header, placed, declared))
        header_start = end
    return out


def parse_space_tables(lines: list[Line]) -> list[Record]:
    """Every figure of every table lined up with spaces (see the module docstring)."""
    out: list[Record] = []
    for rows in _blocks(lines):
        if any(sum(1 for cell in row.cells if is_number_cell(cell.text)) >= FLATTENED_NUMBERS for row in rows):
            continue  # a flattened table's line: ingest.flat_tables reads it
        out.extend(_table(lines, rows))
    return out

"""Where each figure of a performance row stands, when not on the row's own line.

A table printed one cell per line (a web page's table copied as text) puts a row's name on one
line and its target, actual, weight and score each on a line of its own below; a self-evaluation's
funds row puts its 年初预算数, 全年执行数, 执行率 … under its label. The readers give the row one
``source_line`` (its label's); this pass finds, for each figure, the line that prints it — so every
figure traces to its own line — and records those that differ in the record's ``value_lines``
(``target=14;actual=15;score=17``).

The figures are looked for in their columns' order, from the row's line down to the next row of
the same kind (at most :data:`MAX_ROW_LINES` lines): the first line holding a cell that prints the
figure — the same text for a target or an actual (``≥95%``), the same number for a weight, score
or rate (``10``, ``10分``, ``100.00%``), the same amount in 元 or 万元 for money. A line of one cell
is passed once its figure is found, so a row's equal target and actual (``100%``, ``100%``) stand
on their own two lines. A figure not found within :data:`NEXT_FIGURE_LINES` of the one before keeps the
row's line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from decimal import Decimal

from ingest.records import DepartmentFunding, Indicator, Project, ProjectFunding, Record
from ingest.text import Line

# The figures of each kind of record, in the order a row prints them: (name in value_lines, field, kind).
FIGURES: dict[type, tuple[tuple[str, str, str], ...]] = {
    Indicator: (
        ("target", "target_raw", "text"),
        ("actual", "actual_raw", "text"),
        ("weight", "weight", "number"),
        ("score", "score", "number"),
    ),
    Project: (
        ("budget_initial", "budget_initial_yuan", "money"),
        ("budget_full_year", "budget_full_year_yuan", "money"),
        ("executed", "executed_yuan", "money"),
        ("execution_rate", "execution_rate", "number"),
        ("funds_weight", "funds_weight", "number"),
        ("funds_score", "funds_score", "number"),
    ),
    ProjectFunding: (
        ("budget_initial", "budget_initial_yuan", "money"),
        ("budget_full_year", "budget_full_year_yuan", "money"),
        ("executed", "executed_yuan", "money"),
    ),
    DepartmentFunding: (
        ("budget_initial", "budget_initial_yuan", "money"),
        ("budget_full_year", "budget_full_year_yuan", "money"),
        ("executed", "executed_yuan", "money"),
        ("execution_rate", "execution_rate", "number"),
        ("weight", "weight", "number"),
        ("score", "score", "number"),
    ),
}
# Rows of the same kind that end a row's search: the next indicator ends an indicator's, the next
# funds row or indicator a funds row's.
ENDS: dict[type, tuple[type, ...]] = {
    Indicator: (Indicator,),
    Project: (Indicator,),
    ProjectFunding: (ProjectFunding, Indicator),
    DepartmentFunding: (DepartmentFunding, Indicator),
}
NEXT_FIGURE_LINES = 12  # a figure is looked for this many lines below the one before at most
MAX_ROW_LINES = 80  # (a project's funds row may stand 40 lines and more below its 项目名称)
CELL_SPLIT_RE = re.compile(r"[|\t]| {2,}")  # pipes, tabs, or the spaces lining up columns
WAN = Decimal(10000)
# A cell that prints a number, with its unit at most (1,852.62 / 10分 / 100.00% / 50万元).
NUMBER_CELL_RE = re.compile(r"([-+]?\d[\d,]*(?:\.\d+)?)(?:万元|元|分|%)?")


def _cells(line: Line) -> list[str]:
    return ["".join(cell.split()) for cell in CELL_SPLIT_RE.split(line.norm) if cell.strip()]


def _number(cell: str) -> Decimal | None:
    found = NUMBER_CELL_RE.fullmatch(cell)
    return Decimal(found.group(1).replace(",", "")) if found else None


class _Cells:
    """A line's cells and the numbers they print, split and parsed once however many rows look at it."""

    __slots__ = ("_numbers", "count", "texts")

    def __init__(self, line: Line) -> None:
        compact = line.compact.strip("|")
        if not compact:
            self.texts = []
        elif "|" in compact or "\t" in line.norm.strip() or "  " in line.norm.strip():
            self.texts = _cells(line)  # a row of cells: split at its separators
        else:
            self.texts = [compact]  # a cell alone (the usual line of such a table): no split
        self.count = len(self.texts)
        self._numbers: list[Decimal] | None = None

    def holds(self, value: object, kind: str) -> bool:
        if kind == "text":
            return value in self.texts  # (a text figure is compacted once, before the search)
        if self._numbers is None:
            self._numbers = [n for n in map(_number, self.texts) if n is not None]
        if kind == "money":
            return any(n == value or n * WAN == value for n in self._numbers)
        return value in self._numbers


def with_value_lines(records: list[Record], lines: Sequence[Line]) -> list[Record]:
    """``records`` with ``value_lines`` set on the performance rows whose figures stand on other lines
    than their own (see the module docstring); the other records as they are. A row whose own line
    holds cells (a pipe, tab or spaced row) prints its figures there: it is not looked below (a
    project's line is its name's, 项目名称 | …: its funds are looked for below)."""
    rows = [(k, r) for k, r in enumerate(records) if type(r) in FIGURES]
    if not rows:
        return records
    finder = _LineIndex(lines)
    cells_at: dict[int, _Cells] = {}

    def cells(i: int) -> _Cells:
        found = cells_at.get(i)
        if found is None:
            found = cells_at[i] = _Cells(lines[i])
        return found

    # the next row of each kind after each row (one pass from the end), that ends its search
    next_end: list[Record | None] = [None] * len(rows)
    last: dict[type, Record] = {}
    for position in range(len(rows) - 1, -1, -1):
        record = rows[position][1]
        ends = [last[kind] for kind in ENDS[type(record)] if kind in last]
        next_end[position] = min(ends, key=lambda r: (r.source_page or 0, r.source_line)) if ends else None
        last[type(record)] = record
    out = list(records)
    for position, (k, record) in enumerate(rows):
        figures = [(name, getattr(record, field), kind) for name, field, kind in FIGURES[type(record)]]
        figures = [
            (name, "".join(value.split()) if kind == "text" else value, kind)
            for name, value, kind in figures if value is not None and value != ""
        ]
        if not figures:
            continue
        start = finder.index(record.source_page, record.source_line)
        if start is None:
            continue
        if cells(start).count > 1 and type(record) is not Project:
            continue  # a row of cells (pipe, tab, spaced): its figures are on its line, or wrapped right after
        stop = min(start + MAX_ROW_LINES, len(lines))
        later = next_end[position]
        if later is not None and later.source_page == record.source_page:
            at = finder.index(later.source_page, later.source_line)
            if at is not None and at > start:
                stop = min(stop, at)
        found: list[str] = []
        at = start
        for index, (name, value, kind) in enumerate(figures):
            # each figure stands a few lines below the one before (the first below the row's name; a project's
            # funds row may stand far below its name)
            end = stop if index == 0 and type(record) is Project else min(stop, at + NEXT_FIGURE_LINES)
            for i in range(at, end):
                line_cells = cells(i)
                if line_cells.count and line_cells.holds(value, kind):
                    if i != start:
                        found.append(f"{name}={lines[i].number}")
                    at = i + 1 if line_cells.count <= 1 else i
                    break
        if found:
            out[k] = dataclasses.replace(record, value_lines=";".join(found))
    return out


class _LineIndex:
    """The index of a line in the document's lines by its page and number: a text file's line N is
    the N-th (looked at directly); a page's or a web page's numbering is mapped once, when needed. A
    record of a text with form feeds has no page yet (pages are given after every reader): its line's
    number, counted through the file, alone finds it."""

    __slots__ = ("_lines", "_map")

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._map: dict[tuple[int | None, int], int] | None = None

    def index(self, page: int | None, number: int) -> int | None:
        guess = number - 1
        if 0 <= guess < len(self._lines) and self._lines[guess].number == number and (
            page is None or self._lines[guess].page == page
        ):
            return guess
        if self._map is None:
            self._map = {}
            for i, line in enumerate(self._lines):
                self._map.setdefault((line.page, line.number), i)
                self._map.setdefault((None, line.number), i)
        return self._map.get((page, number))

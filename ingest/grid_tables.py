"""The nine 决算 / 预算 tables printed as separated-cell rows — a web page's table (``205 | 教育支出 |
1,234.56 |``), a tab-separated export — read by the PDF table reader into their 功能分类, 经济分类 and
收支 records, as a workbook's sheets are (:mod:`ingest.office`).

A table is found by its **title** (:func:`ingest.pdf.tables.match_title`: 一般公共预算财政拨款支出决算表,
支出决算表, 财政拨款收入支出决算总表 …, with a year or numbering before it) followed within three lines by
its **unit** (``单位:万元``), then its run of separated-cell rows (header rows, then rows anchored on a
科目编码 or a 合计). The run ends at the first line that is no row (a sentence, a heading) or at the next
title. Each run is laid out as a page of positioned words — one word per cell, cell *i* of every row in
grid column *i* — so that the PDF reader's header stacking, code anchoring and column assignment apply
unchanged, and each figure keeps its line.

A row's cells stand in their columns only where the row prints every cell, the empty ones too (``2080101 |
行政运行 | 100.00 | | 100.00 |``). A page that drops empty cells shifts the figures after a dropped cell
left, under the wrong header: a row with fewer cells than the table's header (``2080101 | 行政运行 |
100.00 | 100.00 |`` under 合计 | 基本支出 | 项目支出) keeps its code, its label and its **first** figure — the
total column, which stands first and is filled whenever any part is — and the rest is left out with a
:class:`~ingest.records.ParseWarning` (a wrong column is worse than a missing figure).

A sheet's 类 and 款 codes are often merged cells printed once over the rows of their group; copied as text, the
rows under them leave those cells empty (``|  |  | 01 | 行政运行 | …``) or drop them (``01 | 行政运行 | …``). The cell
above stands for them: such a row takes the codes of the coded row above it where its cells line up with that
row's (:func:`_codes_above_filled`); a row that does not line up so is left out with a warning — its part of a
code, anchored nowhere, would join the figures of the row above.

A web page's table needs none of that: its cells are placed on the page's own grid (``colspan``,
``rowspan``) and the page is laid out as a workbook's sheet (:func:`read_page_grid_tables`), a code merged down
over its group's rows standing on each of them (:func:`ingest.office.sheet_pages`).

Only the tables by 科目编码 are read so (:data:`GRID_KINDS`); the two-sided 收支总表 and the “三公” table are
left to the separated-row readers, which read them by their labels. Every line of a table read here is this
reader's: the separated-row reader's figures on them are dropped (it takes the codes above a table's 合计 for
its header and reads ``合计 20.00``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from ingest.html import GridCell
from ingest.office import Cell, Sheet, sheet_pages
from ingest.pdf.pages import Page, PageLine, Word
from ingest.pdf.table_records import table_records
from ingest.pdf.tables import CLASS_CODE_RE, CODED, UNIT_LOOKAHEAD, UNIT_RE, Table, find_tables, match_title
from ingest.records import FunctionalItem, Metric, ParseWarning, Record
from ingest.text import Line, lines_holding
from ingest.text_tables import is_number_cell

# The geometry of a run of rows laid out as a page (points), as a workbook's sheet is (ingest.office).
COLUMN_WIDTH = 60.0
ROW_PITCH = 20.0
FONT_SIZE = 10.0
CELL_MARGIN = 4.0
# A title line is short and names a table of a 决算 or 预算 (looked for before the title patterns).
MAX_TITLE_CHARS = 60
TITLE_WORDS = ("决算", "预算", "收支")
# What every unit line prints (单位:万元), looked for before the unit's pattern.
UNIT_WORD = "单位"
# How every table name read here ends (支出决算表, 财务收支预算总表, 一般公共预算支出表 …): the lines holding none
# are no title.
TITLE_ENDS = ("总表", "决算表", "预算表", "支出表")
TITLE_ENDS_RE = re.compile("|".join(TITLE_ENDS))
# A 科目编码 cell: 3, 5 or 7 digits (``2080101``), or printed in groups (``208 01 01``); a part of it printed in
# a column of its own (款 or 项: ``01``).
PART_CELL_RE = re.compile(r"^\d{1,2}$")
# A table's number printed before its title (``表3``, ``表三:``, ``附表1-2``): no part of the name.
TABLE_NUMBER_RE = re.compile(r"^\s*附?表\s*[0-9一二三四五六七八九十]+(?:\s*[-－]\s*\d+)?\s*[.、:：]?\s*")
# The tables read so: rows by 科目编码 (功能分类, 经济分类). A two-sided 收支总表 (its sides told apart by the
# positions of their labels, a 行次 column and a header of 金额 in the way) is left to the separated-row readers,
# which read it by its labels (ingest.text_tables, ingest.two_sided_budget); a “三公” table (one row of figures
# under a stacked header) to the “三公” readers, which read its one-cell-per-line and row layouts alike.
GRID_KINDS = (CODED,)
# A grid has a code or label column and two figure columns at least (科目名称 | 合计 | 基本支出).
MIN_COLUMNS = 3
PARTS_LEFT_OUT = (
    "a row's 基本支出 and 项目支出 add up to more than its total: the table's columns cannot be told apart, "
    "its totals kept and its parts left out"
)
CODES_ABOVE_UNPLACED = (
    "a row printing a part of its 科目编码 only (its 类 / 款 merged over the rows above) whose cells do not line up "
    "with the coded row above: its code cannot be told; left out"
)
SHORT_ROW_LEFT_OUT = (
    "a row printing fewer cells than its table's header (empty cells dropped): its figures after the first "
    "cannot be placed under their columns; left out"
)


def read_grid_tables(lines: list[Line]) -> tuple[list[Record], set[tuple[int | None, int]]]:
    """The records of every 决算 / 预算 table printed as separated-cell rows (none where a document prints
    none): :func:`ingest.pdf.table_records.table_records` of each, on the document's own lines; and the
    (page, line) of every line of the tables read (their titles, headers and rows: the grid reader's)."""
    out: list[Record] = []
    spans: set[tuple[int | None, int]] = set()
    for title_at, end in _table_runs(lines):
        run = lines[title_at:end]
        width = max((len(cells) for line in run if (cells := cells_of(line)) is not None), default=0)
        if width < MIN_COLUMNS:
            continue  # (one cell per line: no grid to stand its cells in; the cell readers read it)
        page, short, left_out = _laid_out(run, width)
        tables = [table for table in find_tables([page]) if table.rows and table.spec.kind in GRID_KINDS]
        if not tables:
            continue
        records = table_records(tables)
        if not records:
            continue
        if not _parts_within_totals(records):  # (columns misplaced some other way: the totals only)
            records = [*_totals_only(records, None), _parts_warning(run[0])]
        elif short:  # (a row's first figure stands under its total only by its place: none of it a part's)
            records = _totals_only(records, {line.number for line in short})
        out.extend(_on_lines(records, run))
        out.extend(_short_row_warnings(short, tables))
        out.extend(ParseWarning(parser="grid_tables", message=CODES_ABOVE_UNPLACED, context=line.text.strip()[:120],
                                source_line=line.number, source_page=line.page) for line in left_out)
        spans.update((line.page, line.number) for line in run)
    return out, spans


def read_page_grid_tables(lines: list[Line], grid: Sequence[tuple[GridCell, ...] | None]) -> list[Record]:
    """The records of every table by 科目编码 of a web page, its cells placed on the grid the page shows
    (:func:`ingest.html.html_lines_and_grid`: merged cells spanning their columns and rows) and laid out as a
    workbook's sheet is (:func:`ingest.office.sheet_pages`), so that a header merged over two columns stands
    over both; each record at its row's line. A paragraph's line is one cell (a title without its table's
    number, 表3)."""
    if not any(TITLE_ENDS_RE.search(line.text) for line, cells in zip(lines, grid, strict=True) if cells is None):
        return []  # (no table named: nothing to lay out)
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    for row, (line, cells) in enumerate(zip(lines, grid, strict=True), start=1):
        if cells is None:
            text = _title_of(line) if _names_a_table(line) else line.text
            rows.append((row, (Cell(text, row, 1, row, 1),)))
        else:
            rows.append((row, tuple(Cell(cell.text, row, cell.column + 1, row + cell.rows_below, cell.last_column + 1)
                                    for cell in cells)))
    tables = [table for table in find_tables(sheet_pages([Sheet(1, "", tuple(rows))]))
              if table.rows and table.spec.kind in GRID_KINDS]
    records = table_records(tables)
    if not _parts_within_totals(records):
        records = _totals_only(records, None)
    return [dataclasses.replace(record, source_line=lines[record.source_line - 1].number,
                                source_page=lines[record.source_line - 1].page) for record in records]


def _table_runs(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """(title index, end index) of every titled table whose unit follows within three lines and whose rows
    follow it: the title's line, its unit's, and the separated-cell rows after them up to the first line
    that is none (or the next title). Titles are looked for only on the lines holding a table name's last
    word (:data:`TITLE_ENDS`, one string search of the document each)."""
    count = len(lines)
    titled: list[tuple[int, int]] = []  # (title index, unit index): the unit looked for first, a title costlier
    for index in lines_holding(lines, TITLE_ENDS):
        unit_at = next((j for j in range(index, min(index + 1 + UNIT_LOOKAHEAD, count))
                        if UNIT_WORD in lines[j].norm and UNIT_RE.search(lines[j].norm)), None)
        if unit_at is not None and _names_a_table(lines[index]):
            titled.append((index, unit_at))
    title_set = {index for index, _ in titled}
    end = 0
    for index, unit_at in titled:
        if index < end:
            continue  # (a title inside the table before: no row stands between them)
        end = unit_at + 1
        while end < count and end not in title_set and (
            cells_of(lines[end]) is not None or not lines[end].text.strip()
        ):
            end += 1
        while end > unit_at + 1 and not lines[end - 1].text.strip():
            end -= 1  # (blank lines after the last row are no part of it)
        if end > unit_at + 1:
            yield index, end


def _names_a_table(line: Line) -> bool:
    text = line.text
    if len(text) > MAX_TITLE_CHARS or "表" not in text or not any(word in text for word in TITLE_WORDS):
        return False
    return match_title(_title_of(line)) is not None


def _title_of(line: Line) -> str:
    """A title line's text (its one cell, where it is printed as a row) without the table's number."""
    cells = cells_of(line)
    filled = [cell for cell in cells if cell] if cells is not None else []
    return TABLE_NUMBER_RE.sub("", filled[0] if len(filled) == 1 else line.text, count=1)


def _laid_out(run: Sequence[Line], width: int) -> tuple[Page, list[Line], list[Line]]:
    """The run as one page of positioned words (line numbers kept; page 0), the rows that print fewer
    cells than ``width`` and some figure after their first (their later figures are left out), and the rows
    left out whose codes merged above cannot be put back (:func:`_codes_above_filled`)."""
    page_lines: list[PageLine] = []
    short: list[Line] = []
    left_out: list[Line] = []
    # a header narrower than the rows under it (a web page's merged 项目 cell printed once over 科目编码 |
    # 科目名称) stands its column names over the wrong columns: only each row's first figure is placed
    header_width = max((len(cells) for line in run[1:] if (cells := cells_of(line)) is not None
                        and not any(is_number_cell(cell) for cell in cells)), default=0)
    aligned = header_width >= width
    rows, unplaced = _codes_above_filled([cells_of(line) if k else None for k, line in enumerate(run)], width)
    for position, (line, cells) in enumerate(zip(run, rows, strict=True), start=1):
        if position == 1:  # the title, without its table's number (表3), as the PDF reader knows titles
            line = Line(line.number, _title_of(line), line.page)
        if position - 1 in unplaced:
            left_out.append(line)
            continue
        if cells is None:
            words = (Word(" ".join(line.text.split()), CELL_MARGIN, COLUMN_WIDTH - CELL_MARGIN, ROW_PITCH * position,
                          FONT_SIZE),) if line.text.strip() else ()
        else:
            cells = _title_cell(cells)
            if (len(cells) < width or not aligned) and _figures_after_first(cells):
                short.append(line)
                cells = _through_first_figure(cells)
            words = tuple(
                Word(cell, COLUMN_WIDTH * column + CELL_MARGIN, COLUMN_WIDTH * (column + 1) - CELL_MARGIN,
                     ROW_PITCH * position, FONT_SIZE)
                for column, cell in enumerate(cells) if cell
            )
        if words:
            page_lines.append(PageLine(0, line.number, ROW_PITCH * position, words))
    page = Page(0, COLUMN_WIDTH * max(width, 1), ROW_PITCH * (len(run) + 2), tuple(page_lines))
    return page, short, left_out


def _codes_above_filled(
    rows: list[tuple[str, ...] | None], width: int
) -> tuple[list[tuple[str, ...] | None], set[int]]:
    """The rows of a table by 科目编码 whose 类 and 款 codes are printed once over the rows of their group (a
    sheet's merged cells copied as text), each with the codes of the row above standing for the leading cells it
    leaves to them: a row whose first cell holding anything is a code's part (``01``, 款 or 项) under a coded row
    (its 类 code first, then its parts, each in its column) takes that row's codes before its own part, where
    its cells then line up with the row above's (its label in the same column):

    - the leading cells left empty (``|  |  | 01 | 行政运行 | 100.00 |``): its cells where they stand;
    - the leading cells dropped (``01 | 行政运行 | 100.00 |``, fewer cells than the table's ``width``, as a
      browser copies a ``rowspan``): its cells lined up with the table's right-hand columns (a closing empty
      cell printed, ``| |``, counts).

    Such a row that does not line up so (the row above no coded row, or its codes not in every column before the
    row's part) is left out (None; its index among the second returned): its part, standing where no anchor reads
    it, would join the figures of the coded row above. Any other row is left as printed."""
    out: list[tuple[str, ...] | None] = []
    unplaced: set[int] = set()
    above: tuple[str, ...] | None = None  # the row above, where it is a coded row (its codes filled)
    coded = False  # (a coded row seen above in the run)
    for index, cells in enumerate(rows):
        lead = next((k for k, cell in enumerate(cells) if cell), 0) if cells else 0
        if cells and coded and PART_CELL_RE.match(cells[lead]) and (lead or len(cells) < width):
            lined = cells if lead or len(cells) >= width else ("",) * (width - len(cells)) + cells
            lead = next(k for k, cell in enumerate(lined) if cell)
            if above is not None and 0 < lead < len(above) and _label_at(lined) == _label_at(above) \
                    and all(PART_CELL_RE.match(above[k]) for k in range(1, lead)):
                cells = above[:lead] + lined[lead:]
            else:
                unplaced.add(index)
                cells = None
        out.append(cells)
        above = cells if cells and CLASS_CODE_RE.match(cells[0]) else None
        coded = coded or above is not None
    return out, unplaced


def _label_at(cells: Sequence[str]) -> int | None:
    """The column of a row's label: its first cell holding anything but a number."""
    return next((k for k, cell in enumerate(cells) if cell and not is_number_cell(cell)), None)


def cells_of(line: Line) -> tuple[str, ...] | None:
    """The cells of a separated-cell row, every empty one kept (``205\t教育支出\t\t1.00``: four, the third
    empty; ``| a | | b |``: three, the pipes opening and closing it no cells), or None for a line that is no
    row. Each separator stands between two cells: a run of tabs is as many empty cells (a tab export's grid),
    unlike the separated-row reader's tolerant split."""
    text = line.text.strip()
    separator = "|" if "|" in text else "\t" if "\t" in text else None
    if separator is None:
        return None
    cells = [cell.strip() for cell in text.split(separator)]
    if separator == "|":  # (| a | b |: the pipes open and close the row)
        cells = cells[1:] if cells and not cells[0] else cells
        cells = cells[:-1] if cells and not cells[-1] else cells
    return tuple(cells) if any(cells) else None


def _title_cell(cells: tuple[str, ...]) -> tuple[str, ...]:
    """A row holding one text cell (a title or unit printed in a table's first row) as that cell alone."""
    filled = [cell for cell in cells if cell]
    return (filled[0],) if len(filled) == 1 and not is_number_cell(filled[0]) else cells


def _figure_cells(cells: Sequence[str]) -> list[int]:
    """The indexes of a row's figures (a 科目编码 is none: it stands before the row's label)."""
    label_at = next((i for i, cell in enumerate(cells) if cell and not is_number_cell(cell)), len(cells))
    return [i for i, cell in enumerate(cells) if i > label_at and is_number_cell(cell)]


def _figures_after_first(cells: Sequence[str]) -> bool:
    return len(_figure_cells(cells)) > 1


def _through_first_figure(cells: tuple[str, ...]) -> tuple[str, ...]:
    figures = _figure_cells(cells)
    return cells[: figures[0] + 1] if figures else cells


def _parts_within_totals(records: list[Record]) -> bool:
    """Whether no item's 基本支出 and 项目支出 together exceed its total (by more than its last digit)."""
    return not any(
        record.basic_yuan + record.project_yuan > record.amount_yuan + (record.ulp_yuan or 0)
        for record in records
        if isinstance(record, FunctionalItem)
        and None not in (record.amount_yuan, record.basic_yuan, record.project_yuan)
    )


def _totals_only(records: list[Record], at: set[int] | None) -> list[Record]:
    """The records of one table without a part column's figure (on the lines ``at``, or everywhere): items
    without 基本支出 / 项目支出, no metric of a part (``合计/基本支出``)."""
    def part_of_row(record: Record) -> bool:
        return at is None or record.source_line in at

    return [
        dataclasses.replace(record, basic_yuan=None, project_yuan=None)
        if isinstance(record, FunctionalItem) and part_of_row(record) else record
        for record in records
        if not (isinstance(record, Metric) and "/" in record.label and part_of_row(record))
    ]


def _parts_warning(title: Line) -> ParseWarning:
    return ParseWarning(parser="grid_tables", message=PARTS_LEFT_OUT, context=title.text.strip()[:120],
                        source_line=title.number, source_page=title.page)


def _on_lines(records: list[Record], run: Sequence[Line]) -> list[Record]:
    """The records with the document's page of their line (the layout's page 0 is no page of it)."""
    page = run[0].page
    return [record if record.source_page == page else _with_page(record, page) for record in records]


def _with_page(record: Record, page: int | None) -> Record:
    return dataclasses.replace(record, source_page=page)


def _short_row_warnings(short: list[Line], tables: list[Table]) -> list[Record]:
    read = {row.line for table in tables for row in table.rows}
    return [
        ParseWarning(parser="grid_tables", message=SHORT_ROW_LEFT_OUT, context=line.text.strip()[:120],
                     source_line=line.number, source_page=line.page)
        for line in short if line.number in read
    ]

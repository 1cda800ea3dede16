"""Office documents as numbered lines: spreadsheets (.xlsx, .xls) and Word files (.docx).

Governments publish the nine 部门决算 / 预算 tables as spreadsheet attachments (one table per
sheet) and the 说明 as Word files. Each is turned into the lines the readers already know from
web pages (:mod:`ingest.html`): a table row is one line of its cells separated by `` | ``
(``205 | 教育支出 | 12345678.90 |``), a paragraph is a line of text.

**Spreadsheets.** Every sheet, in workbook order, is a *page*: ``page`` is the sheet's 1-based
index and a row's ``number`` is its row number in the sheet (as Excel shows it), so a figure
traces back to sheet and row the way a PDF's figure traces to page and line. The sheet's name is
a line of its own before its rows, numbered 0. Empty rows are skipped; a merged cell is printed
once, in its first row and column, and the cells it covers are not printed at all (what a browser
copy of the same table gives). A number is printed as the cell shows it: with the decimals of the
cell's number format (``#,##0.00`` → ``1,852.62``), or for the General format at Excel's 15
significant digits, so a float ``1852.6200000000001`` reads ``1852.62`` (the readers take it as a
Decimal from that text). Numbers stored as text are printed as stored. .xlsx is read with openpyxl
(read-only, cached values of formulas), .xls with xlrd.

The same grid is also laid out as the positioned words of a PDF page (:func:`sheet_pages`), so the
PDF table reader (:mod:`ingest.pdf.tables`) reads the nine tables of a workbook into their 功能分类,
经济分类 and “三公” records, with page = sheet and line = row. There a cell merged down over rows that each hold a
number right of it (a 类 / 款 code over its group's rows) stands on every row it spans, as the leading cell each
of them leaves to it; a header cell merged down stands beside the last row it spans.

**Word files.** The body's paragraphs and table rows, in document order, each numbered by its
ordinal in the body (every paragraph and every table row counts, empty ones too). A cell merged
across columns is printed once, a cell continuing a vertical merge not at all. Read with the
standard library (zipfile, ElementTree): a .docx is a zip holding ``word/document.xml``.

An old binary Word file (.doc) or anything that cannot be opened is refused with a one-line
:class:`~ingest.text.DocumentError`, so it lands in quarantine with its reason.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from xml.etree import ElementTree as ET

from ingest.pdf.pages import Page, PageLine, Word
from ingest.pdf.tables import match_title
from ingest.text import DocumentError, Line, one_line
from ingest.text_tables import NUMBER_CELL_RE

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")
WORD_SUFFIXES = (".docx", ".doc")
OFFICE_SUFFIXES = SPREADSHEET_SUFFIXES + WORD_SUFFIXES
# The signatures of a zip (.xlsx, .docx) and of an OLE2 compound file (.xls, .doc).
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"  # a Word file saved as RTF, often named .doc
DOC_REFUSED = "a Word 97-2003 .doc file: not read — save it as .docx or PDF"
# Excel keeps 15 significant digits; a float's further digits are binary noise (1852.6200000000001).
EXCEL_DIGITS = 15
# A number format's first section (positive numbers) and what it prints.
FORMAT_LITERAL_RE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
DECIMALS_RE = re.compile(r"\.([0#?]+)")
# The geometry of a sheet laid out as a PDF page (points): one column, one row, the font size.
COLUMN_WIDTH = 60.0
ROW_PITCH = 20.0
FONT_SIZE = 10.0
CELL_MARGIN = 4.0
# The rows of a sheet that may print its table's title.
TITLE_ROWS = 3

# A Word body's XML unpacked is at most this large (a zip bomb is refused, not unpacked).
MAX_XML_BYTES = 200 * 1024 * 1024
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Cell:
    """A printed cell of a sheet: its text and the rows and columns it spans (1-based, inclusive)."""

    text: str
    row: int
    col: int
    last_row: int
    last_col: int


@dataclass(frozen=True)
class Sheet:
    """A sheet's 1-based index, name and printed cells by row (empty rows left out)."""

    index: int
    name: str
    rows: tuple[tuple[int, tuple[Cell, ...]], ...]


# --- numbers ------------------------------------------------------------------------------------
def _plain(value: Decimal) -> str:
    """A Decimal in positional notation (never ``1E+3``), with no trailing zeros after its point."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_number(value: float | int | Decimal, number_format: str | None) -> str:
    """A number as a cell with ``number_format`` shows it (decimals, thousands, percent); the
    General format prints at most Excel's 15 significant digits."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    try:
        number = value if isinstance(value, Decimal) else Decimal(repr(value))
    except InvalidOperation:
        return str(value)
    if not number.is_finite():
        return str(value)
    section = FORMAT_LITERAL_RE.sub("", (number_format or "General").split(";")[0])
    if section.strip().lower() in ("general", "", "@") or not re.search(r"[0#?]", section):
        if number and number.adjusted() < EXCEL_DIGITS:
            number = round(number, max(0, EXCEL_DIGITS - 1 - number.adjusted()))
        return _plain(number)
    if "%" in section:
        number *= 100
    decimals = DECIMALS_RE.search(section)
    places = len(decimals.group(1)) if decimals else 0
    number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{number:,.{places}f}" if "," in section.split(".")[0] else f"{number:.{places}f}"
    if text.startswith("-") and not number:
        text = text[1:]
    return text + ("%" if "%" in section else "")


def _cell_text(value: object, number_format: str | None) -> str:
    """A cell's value as printed: numbers by their format, dates as dates, text on one line."""
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)):
        return format_number(value, number_format)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return " ".join(str(value).replace("|", " ").split())


# --- spreadsheets -------------------------------------------------------------------------------
def _grid_rows(values: dict[tuple[int, int], str], merges: list[tuple[int, int, int, int]]) -> tuple:
    """Printed cells by row, as a browser copies a table: a merged range's text once, in its first
    cell, the cells it covers left out; an empty cell between filled ones kept as an empty cell
    (from the sheet's first filled column on; none after a row's last filled cell)."""
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    last_row = max((row for row, _ in values), default=0)
    last_col = max((col for _, col in values), default=0)
    for row0, col0, row1, col1 in merges:
        if row0 > last_row or col0 > last_col:
            continue
        row1, col1 = min(row1, last_row), min(col1, last_col)  # (a whole column merged: only its used part)
        spans[(row0, col0)] = (row1, col1)
        covered.update((r, c) for r in range(row0, row1 + 1) for c in range(col0, col1 + 1) if (r, c) != (row0, col0))
    filled: dict[int, dict[int, str]] = {}
    for (row, col), text in values.items():
        if text and (row, col) not in covered:
            filled.setdefault(row, {})[col] = text
    first_col = min((col for cols in filled.values() for col in cols), default=1)
    out = []
    for row in sorted(filled):
        cols = filled[row]
        cells = []
        for col in range(first_col, max(cols) + 1):
            if (row, col) in covered:
                continue
            end_row, end_col = spans.get((row, col), (row, col))
            cells.append(Cell(cols.get(col, ""), row, col, end_row, end_col))
        out.append((row, tuple(cells)))
    return tuple(out)


def _xlsx_merges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a sheet, read from its XML (openpyxl's read-only mode keeps none)."""
    from openpyxl.utils.cell import range_boundaries

    merges = []
    with archive.open(member) as source:
        for _, element in ET.iterparse(source):
            if element.tag.endswith("}mergeCell"):
                try:
                    col0, row0, col1, row1 = range_boundaries(element.get("ref", ""))
                except (TypeError, ValueError):
                    continue
                if None not in (col0, row0, col1, row1):
                    merges.append((row0, col0, row1, col1))
            elif element.tag.endswith("}row"):
                element.clear()  # the cells are openpyxl's to read: keep memory flat
    return merges


def read_xlsx(data: bytes) -> list[Sheet]:
    """The sheets of an .xlsx workbook (cached values of formulas, numbers as shown)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError (no workbook part), InvalidFileException …
        raise DocumentError(f"unreadable .xlsx workbook: {one_line(exc)}") from None
    sheets: list[Sheet] = []
    try:
        archive = book._archive
        for index, ws in enumerate(book.worksheets, start=1):
            if not hasattr(ws, "_worksheet_path"):  # a chart sheet: no cells
                continue
            ws.reset_dimensions()  # a wrong <dimension> (A1) written by some exporters would cut rows
            values: dict[tuple[int, int], str] = {}
            for row_number, row in enumerate(ws.iter_rows(), start=1):
                for col_number, cell in enumerate(row, start=1):
                    value = getattr(cell, "value", None)
                    if value is not None:
                        values[(row_number, col_number)] = _cell_text(value, getattr(cell, "number_format", None))
            merges = _xlsx_merges(archive, ws._worksheet_path)
            sheets.append(Sheet(index, ws.title, _grid_rows(values, merges)))
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(f"unreadable .xlsx sheet: {one_line(exc)}") from None
    finally:
        book.close()
    return sheets


def read_xls(data: bytes) -> list[Sheet]:
    """The sheets of an Excel 97-2003 .xls workbook (xlrd; formats for the decimals shown)."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:  # XLRDError, CompDocError, struct errors of a damaged file
        raise DocumentError(f"unreadable .xls workbook: {one_line(exc)}") from None
    sheets: list[Sheet] = []
    try:
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            values: dict[tuple[int, int], str] = {}
            for r in range(ws.nrows):
                for c in range(ws.ncols):
                    cell = ws.cell(r, c)
                    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        continue
                    values[(r + 1, c + 1)] = _xls_text(book, cell)
            merges = [(r0 + 1, c0 + 1, r1, c1) for r0, r1, c0, c1 in ws.merged_cells]
            sheets.append(Sheet(index + 1, ws.name, _grid_rows(values, merges)))
            book.unload_sheet(index)
    except Exception as exc:
        raise DocumentError(f"unreadable .xls sheet: {one_line(exc)}") from None
    finally:
        book.release_resources()
    return sheets


def _xls_text(book, cell) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_NUMBER:
        xf = book.xf_list[cell.xf_index] if cell.xf_index is not None else None
        fmt = book.format_map.get(xf.format_key) if xf is not None else None
        return format_number(cell.value, fmt.format_str if fmt is not None else None)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return _cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), None)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return format_number(cell.value, None)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return _cell_text(cell.value, None)


def sheet_lines(sheets: list[Sheet]) -> list[Line]:
    """Every sheet's name (line 0), then its rows as ``cell | cell |`` lines (line = row number),
    each on the sheet's page."""
    lines: list[Line] = []
    for sheet in sheets:
        if not sheet.rows:
            continue
        lines.append(Line(0, " ".join(sheet.name.split()), sheet.index))
        for row, cells in sheet.rows:
            lines.append(Line(row, " | ".join(cell.text for cell in cells) + " |", sheet.index))
    return lines


def sheet_pages(sheets: list[Sheet]) -> list[Page]:
    """Each sheet as a PDF page of positioned words, for the PDF table reader: one word per printed
    cell, as wide as the columns it spans, on the baseline of the last row it spans (a header cell
    merged over two rows stands beside the lower header row, so it groups no cell under it).
    A line's number is its row; a sheet named after its table (一般公共预算财政拨款支出决算表) whose
    first rows print no title has its name as line 0."""
    pages: list[Page] = []
    for sheet in sheets:
        words_at: dict[int, list[Word]] = {}
        figure_at = _figure_columns(sheet) if any(c.last_row > c.row for _, cells in sheet.rows for c in cells) else {}
        for _, cells in sheet.rows:
            for cell in cells:
                if not cell.text:
                    continue
                x0 = COLUMN_WIDTH * (cell.col - 1) + CELL_MARGIN
                x1 = COLUMN_WIDTH * cell.last_col - CELL_MARGIN
                for row in _rows_labelled(cell, figure_at):
                    words_at.setdefault(row, []).append(Word(cell.text, x0, x1, ROW_PITCH * row, FONT_SIZE))
        lines = tuple(
            PageLine(sheet.index, row, ROW_PITCH * row, tuple(sorted(words, key=lambda w: w.x0)))
            for row, words in sorted(words_at.items())
        )
        if match_title(sheet.name) is not None and not any(match_title(line.text) for line in lines[:TITLE_ROWS]):
            # a sheet named by its table and printing no title: its name is the title (line 0)
            lines = (PageLine(sheet.index, 0, 0.0, (Word(sheet.name.strip(), CELL_MARGIN, COLUMN_WIDTH, 0.0,
                                                          FONT_SIZE),)), *lines)
        width = COLUMN_WIDTH * max((c.last_col for _, cells in sheet.rows for c in cells), default=1)
        height = ROW_PITCH * (max((c.last_row for _, cells in sheet.rows for c in cells), default=0) + 2)
        pages.append(Page(sheet.index, width, height, lines))
    return pages


def _figure_columns(sheet: Sheet) -> dict[int, int]:
    """Row → the first column of a cell of its own (one row high) holding a number: a code or a figure."""
    out: dict[int, int] = {}
    for _, cells in sheet.rows:
        for cell in cells:
            if cell.last_row == cell.row and NUMBER_CELL_RE.match(cell.text.replace(" ", "")):
                out[cell.row] = min(out.get(cell.row, cell.col), cell.col)
    return out


def _rows_labelled(cell: Cell, figure_at: dict[int, int]) -> range:
    """The rows a cell's word stands on: its last (a header cell merged over two rows stands beside the lower
    header row) — or, a cell merged down over rows each holding a number right of it (a 类 / 款 code or a
    一级指标 spanning the rows of its group, as a sheet's or a page's ``rowspan`` merges them), every row it
    spans: the cell above stands for the leading cell each of those rows leaves to it."""
    spanned = range(cell.row, cell.last_row + 1)
    if cell.last_row > cell.row and all(figure_at.get(row, 0) > cell.last_col for row in spanned):
        return spanned
    return range(cell.last_row, cell.last_row + 1)


# --- Word ---------------------------------------------------------------------------------------
def _text_of(element: ET.Element) -> str:
    """The text of a paragraph or cell: its runs' text, tabs and breaks as spaces, deletions out."""
    pieces: list[str] = []
    for node in element.iter():
        tag = node.tag
        if tag == W_NS + "t" and node.text:
            pieces.append(node.text)
        elif tag in (W_NS + "tab", W_NS + "br", W_NS + "cr"):
            pieces.append(" ")
        elif tag == W_NS + "p" and pieces:
            pieces.append(" ")  # paragraphs of one cell
    return " ".join("".join(pieces).replace("|", " ").split())


def _blocks(container: ET.Element) -> Iterator[ET.Element]:
    """Paragraphs and tables of a body in order, looking into content controls (w:sdt)."""
    for child in container:
        if child.tag in (W_NS + "p", W_NS + "tbl"):
            yield child
        elif child.tag in (W_NS + "sdt", W_NS + "sdtContent", W_NS + "customXml", W_NS + "smartTag"):
            yield from _blocks(child)


# Wrappers that hold a table's rows or a row's cells one level down: content controls, custom XML.
WRAPPER_TAGS = (W_NS + "sdt", W_NS + "sdtContent", W_NS + "customXml")


def _children(element: ET.Element, tag: str) -> Iterator[ET.Element]:
    """The ``tag`` children of ``element`` (rows of a table, cells of a row — not those of a table
    nested in one), looking into content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPER_TAGS:
            yield from _children(child, tag)


def _rows(table: ET.Element) -> Iterator[ET.Element]:
    return _children(table, W_NS + "tr")


def _row_cells(row: ET.Element) -> list[str]:
    """A table row's cells as printed: a vertical merge's continuation is not printed."""
    cells: list[str] = []
    for cell in _cells(row):
        properties = cell.find(W_NS + "tcPr")
        merge = properties.find(W_NS + "vMerge") if properties is not None else None
        if merge is not None and merge.get(W_NS + "val", "continue") != "restart":
            continue
        cells.append(_text_of(cell))
    return cells


def _cells(row: ET.Element) -> Iterator[ET.Element]:
    return _children(row, W_NS + "tc")


def read_docx(data: bytes) -> list[Line]:
    """The body of a .docx: paragraphs as lines, table rows as ``cell | cell |`` lines, each
    numbered by its ordinal in the body."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if archive.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
                raise DocumentError(f"unreadable .docx: its text is over {MAX_XML_BYTES // 1024 // 1024} MB unpacked")
            xml = archive.read("word/document.xml")
    except DocumentError:
        raise
    except KeyError:
        raise DocumentError("not a Word document: the .docx holds no word/document.xml") from None
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise DocumentError(f"unreadable .docx: {one_line(exc)}") from None
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise DocumentError(f"unreadable .docx: broken document.xml ({exc})") from None
    body = root.find(W_NS + "body")
    if body is None:
        raise DocumentError("unreadable .docx: document.xml has no body")
    lines: list[Line] = []
    ordinal = 0
    for block in _blocks(body):
        if block.tag == W_NS + "p":
            ordinal += 1
            text = _text_of(block)
            if text:
                lines.append(Line(ordinal, text))
            continue
        for row in _rows(block):
            ordinal += 1
            cells = _row_cells(row)
            if any(cells):
                lines.append(Line(ordinal, " | ".join(cells) + " |"))
    return lines


# --- dispatch -----------------------------------------------------------------------------------
def office_kind(data: bytes, suffix: str) -> str:
    """``xlsx`` / ``xls`` / ``docx`` / ``doc``: what an office file is by its bytes, its name
    deciding between the formats that share a container (an .xls saved as .xlsx and back)."""
    suffix = suffix.lower()
    if data.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            names = set()
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names or suffix in SPREADSHEET_SUFFIXES:
            return "xlsx"
        return "docx"
    if data.startswith(OLE_MAGIC):
        return "doc" if suffix == ".doc" else "xls" if suffix in SPREADSHEET_SUFFIXES else "doc"
    return {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".docx": "docx"}.get(suffix, "doc")


def office_document(data: bytes, suffix: str) -> tuple[list[Line], list[Page], str]:
    """Lines (and for a workbook its sheets as pages) of an office file, and its kind.

    Raises :class:`DocumentError` with a one-line reason for a .doc and for a file that cannot be
    read as what its name says."""
    if not data.strip():
        raise DocumentError("empty file")
    kind = office_kind(data, suffix)
    if kind == "doc" and data.lstrip()[:5] == RTF_MAGIC:
        raise DocumentError(f"an RTF file named {suffix.lower()}: not read — save it as .docx or PDF")
    if kind == "doc":
        if data.startswith(OLE_MAGIC) or suffix.lower() == ".doc":
            raise DocumentError(DOC_REFUSED)
        raise DocumentError(f"unreadable {suffix} file: not a zip (Office Open XML) nor an OLE2 file")
    if kind == "docx":
        return read_docx(data), [], kind
    sheets = read_xlsx(data) if kind == "xlsx" else read_xls(data)
    if not any(sheet.rows for sheet in sheets):
        raise DocumentError(f"empty workbook: no sheet holds a filled cell ({kind})")
    return sheet_lines(sheets), sheet_pages(sheets), kind


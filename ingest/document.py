"""One document from file to records: read, decode, detect, dispatch to the parsers.

:func:`parse_path` is the only entry point the CLI, the loader and the flow call. It never
raises anything but :class:`~ingest.text.DocumentError` (a one-line reason) for bad input.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import operator
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from ingest.allocation import parse_allocation_tables
from ingest.amount_lists import parse_amount_lists
from ingest.change_rows import parse_change_rows, percent_ended_lines
from ingest.closing_pipes import lines_with_cells_closed
from ingest.comparison_rows import parse_comparison_rows
from ingest.cost_formulas import parse_cost_formulas
from ingest.count_cells import parse_count_cells, parse_count_lists
from ingest.final_accounts import parse_final_account
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.flat_tables import parse_flat_tables
from ingest.grid_tables import read_grid_tables, read_page_grid_tables
from ingest.html import HTML_SUFFIXES, declared_charset, html_lines_and_grid, looks_like_html
from ingest.identity import department_left_out, parse_identity, sole_recipient
from ingest.label_values import parse_label_values
from ingest.ledger_rows import parse_ledger_rows
from ingest.metadata import external_metadata, merge_identity
from ingest.numbers import to_amount
from ingest.office import OFFICE_SUFFIXES, OLE_MAGIC, RTF_MAGIC, ZIP_MAGIC, office_document
from ingest.pdf import parse_pdf
from ingest.pdf.table_records import table_records as pdf_table_records
from ingest.pdf.tables import find_tables
from ingest.performance import parse_performance
from ingest.pipe_cells import parse_bare_cells, parse_pipe_cells
from ingest.plain_quantities import parse_goal_quantities, parse_listed_counts
from ingest.plausible import without_run_together_money
from ingest.rate_cells import parse_rate_cells
from ingest.records import (
    RECORD_TYPES,
    DocumentInfo,
    Indicator,
    Metric,
    ParseWarning,
    Record,
    SectionStatus,
    StatedFigure,
)
from ingest.review import parse_review
from ingest.row_numbers import parse_row_numbers
from ingest.script import to_simplified
from ingest.single_space_tables import parse_single_space_tables
from ingest.space_tables import parse_space_tables
from ingest.statements import parse_statements
from ingest.sum_rows import parse_sum_rows
from ingest.text import DocumentError, DocumentLines, Line, decode_text, pages_by_line, split_lines, with_pages
from ingest.text_tables import parse_text_tables
from ingest.three_public_cells import parse_three_public_cells
from ingest.three_public_rows import parse_three_public_rows
from ingest.unit_column import parse_unit_column_tables

# The one-line reason of a file in which nothing is fiscal content.
NOTHING_RECOGNISED = (
    "no recognisable section: looked for a figure with a unit (万元/元/%/人…) in a sentence, "
    "a 决算/预算 narrative section, a 三公/绩效 table"
)
# A fiscal table's title: 收入支出决算总表, 一般公共预算财政拨款支出决算表, 部门收支预算总表 …
# A performance sheet's or report's title: 项目支出绩效自评表, 绩效目标自评表, 部门整体支出绩效评价表, 绩效自评报告;
# a fund allocation table's: 资金分配表, 补助资金分配明细表, 资金安排表.
TABLE_TITLE_RE = re.compile(
    r"[\u4e00-\u9fff“”\"]{2,24}?(?:(?:决算|预算)总?表|预算(?:收入|支出|收支)?执行情况表)"
    r"|[\u4e00-\u9fff()（）]{2,16}?绩效(?:目标|自评|评价){1,2}(?:申报)?(?:表|报告)"
    r"|[\u4e00-\u9fff()（）]{2,16}?资金(?:分配|安排)(?:明细|情况)?表"
)
TABLE_TITLE_END, REPORT_TITLE_END = "表", "报告"  # (what every match of TABLE_TITLE_RE ends with)
# Decimal fields of each record type, looked at once (not per record) to tell read figures.
FIGURE_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if "Decimal" in str(f.type) and not f.name.startswith("ulp"))
    for cls in RECORD_TYPES
}
# (an indicator's target and actual values are read as it prints them: see _indicator_figures_read)
FIGURE_FIELDS[Indicator] = ("weight", "score")
# Every field of each record type (does it have a ``unit``?).
_FIELD_NAMES: dict[type, frozenset[str]] = {
    cls: frozenset(f.name for f in dataclasses.fields(cls)) for cls in RECORD_TYPES
}
# Largest document accepted; a fiscal disclosure is a few MB at most.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
# Encodings of documents whose lines carry their own page (a PDF's page, a workbook's sheet) and
# are numbered within it: no page is derived from a line number (see :func:`parse_lines`).
PAGED_ENCODINGS = ("pdf", "xlsx", "xls")
SHEET_ENCODINGS = ("xlsx", "xls")
# What an office file's name on a web page starts with (its first 4 KB, lower case).
OFFICE_PAGE_TAGS = (b"<table", b"<html", b"<!doctype html")


@dataclass(frozen=True)
class ParsedDocument:
    """A document's identity, provenance and every record read from it."""

    document_id: str  # sha256 of the file bytes
    source_path: str
    encoding: str  # utf-8 / utf-8-sig / utf-16 / gb18030 / cp950 (Big5) / pdf / xlsx / xls / docx
    info: DocumentInfo
    records: list[Record] = field(default_factory=list)

    @property
    def all_records(self) -> list[Record]:
        return [self.info, *self.records]


def document_id_of(data: bytes) -> str:
    """The warehouse's document key: sha256 of the file bytes, hex."""
    return hashlib.sha256(data).hexdigest()


def read_document_bytes(path: Path) -> bytes:
    """Read a file's bytes with one-line reasons for the ways that can fail."""
    try:
        if path.is_dir():
            raise DocumentError("is a directory, not a document")
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                f"file too large ({size / 1024 / 1024:.0f} MB > {MAX_DOCUMENT_BYTES // 1024 // 1024} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from None


def lines_of(data: bytes, path: Path) -> tuple[list[Line], str, list[Record], list[Record]]:
    """Numbered lines of a document, the encoding they were read with, for a PDF the records read
    from its tables (text files have none), and notes on how the text was read."""
    if data.startswith(PDF_MAGIC) or path.suffix.lower() == ".pdf":
        if not data.startswith(PDF_MAGIC):
            raise DocumentError("not a PDF: file has a .pdf name but no %PDF- header")
        lines, table_records = parse_pdf(data)
        return lines, "pdf", table_records, []
    if path.suffix.lower() in OFFICE_SUFFIXES and (
        data.startswith((ZIP_MAGIC, OLE_MAGIC)) or data.lstrip()[:5] == RTF_MAGIC
    ):  # (no signature: a page or a text export under an office name, read as one below)
        lines, pages, kind = office_document(data, path.suffix)
        # a workbook's sheets laid out as PDF pages: the PDF table reader reads the nine tables
        return lines, kind, pdf_table_records(find_tables(pages)) if pages else [], []
    if _is_page(data, path):
        charset = declared_charset(data)
        try:
            text, encoding = (data.decode(charset), charset) if charset else decode_text(data)
        except UnicodeDecodeError:  # the page lied about its encoding: detect it
            text, encoding = decode_text(data)
        text, converted = to_simplified(text)
        lines, grid = html_lines_and_grid(text)
        lines = lines_with_cells_closed(lines)  # (every line kept in its place: the grid stays beside it)
        # the nine tables' 科目编码 tables on the grid the page shows, read as a workbook's sheets are
        return lines, encoding, read_page_grid_tables(lines, grid), _converted_note(converted)
    text, encoding = decode_text(data)
    text, converted = to_simplified(text)
    lines = split_lines(text)
    if "\n|" in text:  # (most documents: no pipe starts a line; cells closed once running headers are told)
        lines = lines_with_cells_closed(lines)
    return lines, encoding, [], _converted_note(converted)


def _is_page(data: bytes, path: Path) -> bool:
    """A web page: by its name, by its first bytes, or an office file's name on a page (a site's
    "Excel" download is often an HTML table: ``<table>`` or ``<html>`` without the file's signature;
    one with no signature and no tag is read as text, a tab-separated export as any other)."""
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(data):
        return True
    return path.suffix.lower() in OFFICE_SUFFIXES and not data.startswith((ZIP_MAGIC, OLE_MAGIC)) and any(
        tag in data[:4096].lower() for tag in OFFICE_PAGE_TAGS)


def _converted_note(converted: bool) -> list[Record]:
    """A parse warning saying the text was read in simplified characters (its quotes are converted)."""
    if not converted:
        return []
    return [ParseWarning(parser="document", message="printed in traditional characters: read converted to "
                         "simplified (OpenCC t2s); figures and lines unchanged, quoted text converted",
                         source_line=1)]


# Layouts of a document printing its tables with tabs (ingest/identity.py detect_layout).
TAB_LAYOUTS = ("markdown_tsv", "cell_per_line")


def parse_lines(
    lines: list[Line],
    source_name: str,
    encoding: str = "utf-8",
    table_records: list[Record] | None = None,
) -> tuple[DocumentInfo, list[Record]]:
    """Run identity detection and every content parser over ``lines``.

    Narrative final-account sections are read only from final accounts; performance tables
    from every document; ``table_records`` (from a PDF's tables) come first.
    """
    if not isinstance(lines, DocumentLines):  # (split_lines makes them so, with a join already made)
        lines = DocumentLines(lines)  # every reader's scans share its joined texts
    info = parse_identity(lines, source_name=source_name, is_pdf=encoding == "pdf")
    records: list[Record] = list(table_records or [])
    # the nine tables printed as separated-cell rows (a web page's, a Word file's): read as a PDF's are
    # (a web page's tables on its own grid came as table_records: the grid of its lines is not read again)
    grid, grid_lines = read_grid_tables(lines) if encoding not in PAGED_ENCODINGS and not table_records else ([], set())
    records.extend(grid)
    paragraphs = build_paragraphs(lines)  # once, for every reader of prose
    if info.doc_type in ("final_account", "self_evaluation"):  # a self-evaluation report tells the year's 决算 too
        records.extend(parse_final_account(lines, info, paragraphs))
    records.extend(parse_performance(lines, info, paragraphs))
    statements_left_out: list[ParseWarning] = []  # money after a count nothing names (…8个项目985万元)
    statements = parse_statements(
        paragraphs, statements_left_out, info.fiscal_year if info.doc_type == "budget" else None, info.fiscal_year
    )
    # (a document whose tables are printed with tabs, or one tab-indented cell per line, prints none single-spaced)
    single = parse_single_space_tables(lines) if info.layout not in TAB_LAYOUTS else []
    spaced = [*parse_space_tables(lines), *single]
    # a comparison table's rows flattened with single spaces, read by their arithmetic; its rows are its own
    # as a table lined up with spaces has them (below), and what the sentence reader left out of them it read
    # (and a two-year comparison's rows with three numbers, label [unit] 上年 本年 增长%: the later year's figure
    # given no year where it is the document's own, the earlier's keeping the year its column prints)
    percent_ended = percent_ended_lines(lines)  # (the rows both comparison readers start from: one scan)
    comparisons = parse_comparison_rows(lines, percent_ended)
    comparisons = [*_own_year_none([r for r in comparisons if r.compared_with is None], info.fiscal_year),
                   *(r for r in comparisons if r.compared_with is not None)] if comparisons else []
    changes = [r for r in (*parse_change_rows(lines, percent_ended), *comparisons)
               if (r.source_page, r.source_line) not in
               {(s.source_page, s.source_line) for s in spaced if isinstance(s, StatedFigure)}]
    spaced = [*spaced, *changes]
    spaced_rows = {(r.source_page, r.source_line) for r in spaced if isinstance(r, StatedFigure)}
    if changes or single:  # (the sentence reader's warnings on a row a table reader read)
        read_rows = {(r.source_page, r.source_line) for r in (*changes, *single) if isinstance(r, StatedFigure)}
        statements_left_out = [w for w in statements_left_out if (w.source_page, w.source_line) not in read_rows]
    three_public = parse_three_public_rows(lines)
    tables = [*_own_year_none(parse_text_tables(lines), info.fiscal_year), *spaced, *parse_pipe_cells(lines),
              *parse_flat_tables(lines), *parse_row_numbers(lines), *parse_ledger_rows(lines),
              # (a cost item's formula, 维修费5次*5000=25000元: its amount and count, the sentence reader's
              # readings of its pieces held by them)
              *parse_cost_formulas(lines),
              # (a row of a table printed with one space between its cells read whole: not again by its sum)
              *(r for r in parse_sum_rows(lines) if (r.source_page, r.source_line) not in spaced_rows)]
    if three_public:  # a 三公 table printed one cell per line that the pipe-cell reader read (each cell closed by
        # a pipe) keeps that reader's figures: the three_public_rows reader reads each of its cells again
        read = _figures_read([r for r in tables if isinstance(r, StatedFigure)], fields=("value",))
        tables.extend(r for r in three_public if not (isinstance(r, StatedFigure) and read.holds(r)))
    allocated = parse_allocation_tables(lines)
    if allocated:  # an allocation table another table reader read keeps that reader's figures
        info = sole_recipient(info, [(r.label, r.source_line) for r in allocated if isinstance(r, StatedFigure)], lines)
        read = _figures_read([r for r in tables if isinstance(r, StatedFigure)], fields=("value",))
        tables.extend(r for r in allocated if not (isinstance(r, StatedFigure) and read.holds(r)))
    in_tables = _figures_read([r for r in tables if isinstance(r, StatedFigure)], fields=("value",))
    # a row of a table lined up with spaces is the table's: the sentence reader, which takes it for
    # prose, reads its cells run together (``幅度 合计 18.15 22.15 4 22%`` → 幅度合计18.1522.154 22 %)
    rows_read = {(r.source_page, r.source_line) for r in spaced if isinstance(r, StatedFigure)}
    if rows_read:
        statements = [s for s in statements if (s.source_page, s.source_line) not in rows_read]
    label_warnings: list[ParseWarning] = []
    generic = [
        *tables,
        *parse_three_public_cells(lines, statements),
        # a sentence reader's figure that a table row holds is the row's (its label is the row's)
        *[s for s in statements if not in_tables.holds(s)],
        *[f for f in parse_label_values(lines, label_warnings) if not in_tables.holds(f)],
        *label_warnings,
        # a list of amounts its total confirms: the parts no table or sentence reader read (a sentence in a cell)
        *_of_the_lines_year(parse_amount_lists(lines, lambda at: _read_elsewhere(at, in_tables, statements),
                                               paragraphs), statements),
        *parse_count_cells(lines),
        *parse_count_lists(lines, info.fiscal_year),
        # a target list's quantities (年度目标:…完成至少7个调研课题): where no reader above read its figure
        *_not_read_yet(parse_goal_quantities(lines), tables, statements),
        # a count stated bare at a line's end and confirmed by the names listed on the next (①局机关内设股室7)
        *_not_read_yet(parse_listed_counts(lines), tables, statements),
        # a form's rate or score one cell per line under its label cell: where no table read the value's line
        *[f for f in parse_rate_cells(lines) if not in_tables.holds(f)],
        *parse_unit_column_tables(lines),
    ]
    if encoding != "pdf" and table_records:  # (a workbook's, a web page's)
        # a workbook's row read by the table reader (a 功能分类 code, a 合计) is that reader's: the
        # separated-row reader takes the codes above a table's 合计 for its header (``合计 0.00``)
        rows_read = {(r.source_page, r.source_line) for r in table_records}
        generic = [r for r in generic
                   if not (isinstance(r, StatedFigure) and (r.source_page, r.source_line) in rows_read)]
    if grid_lines:  # a table the grid reader read is that reader's (a 功能分类 code, a 合计), as a workbook's is:
        # the separated-row reader takes the codes above the table's 合计 for its header (``合计 20.00``)
        generic = [r for r in generic
                   if not (isinstance(r, StatedFigure) and (r.source_page, r.source_line) in grid_lines)]
    bare = parse_bare_cells(lines) if encoding != "pdf" else []
    if bare:  # bare cells one per line: only where no other table reader read a figure of the line
        stated = {id(s) for s in statements}
        read_at = {(r.source_page, r.source_line) for r in (*records, *generic) if id(r) not in stated}
        bare = [r for r in bare if (r.source_page, r.source_line) not in read_at]
        # a cell's line is the table's: the sentence reader, which takes the cells for prose, reads them run
        # together (``2.公务接待费`` / ``3`` / ``7`` / ``4`` / ``133%`` → 公务接待费 占 133 %)
        cells_read = {(r.source_page, r.source_line) for r in bare if isinstance(r, StatedFigure)}
        generic = [r for r in generic if id(r) not in stated or (r.source_page, r.source_line) not in cells_read]
        generic.extend(bare)
    if comparisons:  # a two-year comparison's row its arithmetic read is that reader's: another table reader
        # places its cells by the header's words alone (增长率 over a change in percentage points, a count's row
        # under the money unit declared above)
        own = {id(r) for r in comparisons}
        rows_read = {(r.source_page, r.source_line) for r in changes if id(r) in own and isinstance(r, StatedFigure)}
        generic = [r for r in generic if id(r) in own or not isinstance(r, StatedFigure)
                   or (r.source_page, r.source_line) not in rows_read]
    # a text extraction with form feeds: pages from the lines, so a figure's page is the same for every reader
    page_of = pages_by_line(lines) if encoding not in PAGED_ENCODINGS else {}
    records, generic = with_pages(records, page_of), with_pages(generic, page_of)
    records.extend(statements_not_read(generic, records))
    if records:  # only of a document some parser recognised: the figures left out, R19–R21 statements
        records.extend(with_pages(statements_left_out, page_of))
        records.extend(parse_review(lines, info, paragraphs))
    if not records:
        records = tables_without_figures(lines)
    if not records:
        raise DocumentError(NOTHING_RECOGNISED)
    if info.department_evidence is None:  # (no body the page names as its own: none read, and said so)
        records.append(ParseWarning(parser="identity", message=department_left_out(lines), source_line=1))
    records = without_run_together_money(records)  # (a row's cells printed without separators: digits run together)
    if page_of:  # every record gets its page
        info, *records = with_pages([info, *records], page_of)
    return info, records


def _not_read_yet(figures: list[StatedFigure], *readings: list[Record]) -> list[StatedFigure]:
    """The ``figures`` no record of ``readings`` holds at the same line as the same kind of figure (most documents
    have none: the readings are not looked at)."""
    if not figures:
        return figures
    lines = {(f.source_page, f.source_line) for f in figures}
    read = _figures_read([r for reading in readings for r in reading if (r.source_page, r.source_line) in lines])
    return [f for f in figures if not read.holds(f)]


def _read_elsewhere(at: set[tuple[int | None, int]], in_tables: FiguresRead, statements: list[Record]):
    """Whether a money figure of a list of amounts (:mod:`ingest.amount_lists`: page, line, value in 元) was read by
    a table reader or the sentence reader (only the statements at ``at``, the lines of the lists, are looked at)."""
    stated = _figures_read([s for s in statements if isinstance(s, StatedFigure) and (s.source_page, s.source_line)
                            in at], fields=("value",))
    return lambda page, line, value: in_tables.holds_money(page, line, value) or stated.holds_money(page, line, value)


YEAR_OF = operator.attrgetter("year")


def _own_year_none(read: list[Record], year: int | None) -> list[Record]:
    """The table rows ``read``, a figure given the year its project's name ends with (…项目(2021年度): see
    ingest.text_tables.name_year) given none where that is the document's own ``year`` (a stated figure's year is
    another year's only)."""
    return [
        replace(record, year=None) if type(record) is StatedFigure and record.year is not None and record.year == year
        else record
        for record in read
    ]


def _of_the_lines_year(listed: list[Record], statements: list[Record]) -> list[Record]:
    """The figures of lists of amounts (:mod:`ingest.amount_lists`), each given the year of its line's stated figures
    where the sentence reader read every figure of that line as of one year other than the document's
    (``2021年度“三公”经费合计支出20.12万,其中:…公务接待12.39万,…`` in a 2022 budget: the part the sentence reader left
    out, read by its list's total, is 2021's as its total is); elsewhere as read."""
    if not listed or not any(map(YEAR_OF, statements)):  # (most documents: no figure of another year)
        return listed
    lines = {(r.source_page, r.source_line) for r in listed if type(r) is StatedFigure}
    years: dict[tuple[int | None, int], set[int | None]] = defaultdict(set)
    for figure in statements:
        if (at := (figure.source_page, figure.source_line)) in lines:
            years[at].add(figure.year)  # type: ignore[attr-defined]
    out = []
    for record in listed:
        one = years.get((record.source_page, record.source_line))
        if type(record) is StatedFigure and one is not None and len(one) == 1 and (year := next(iter(one))):
            record = replace(record, year=year, compared_with=record.compared_with or str(year))
        out.append(record)
    return out


def tables_without_figures(lines: list[Line]) -> list[Record]:
    """The fiscal tables a document names by title when no figure of them could be placed (an XLS
    flattened so that amounts stand apart from their rows): each is recorded as present, with a
    parse warning, so that the file is loaded and its gap is visible rather than rejected."""
    out: list[Record] = []
    seen: set[str] = set()
    for line in lines:
        if TABLE_TITLE_END not in line.compact and REPORT_TITLE_END not in line.compact:
            continue  # (every title ends with one of them: the pattern, which tries every word, is spared the rest)
        for match in TABLE_TITLE_RE.finditer(line.compact):
            title = match.group(0)
            if title in seen:
                continue
            seen.add(title)
            out.append(SectionStatus(section=f"table:{title}", status="present", source_line=line.number,
                                     source_page=line.page))
            out.append(ParseWarning(parser="document", message=f"{title}: recognised, but none of its figures "
                                    "could be placed on a row or in a sentence (cells run together without their "
                                    "labels, or a layout not known); left out",
                                    context=line.norm.strip()[:120], source_line=line.number, source_page=line.page))
    return out


class FiguresRead:
    """The figures the content parsers read, by the line they are printed on: :meth:`holds` looks
    up a stated figure's line, and only if something was read there compares its absolute value
    and kind with the few read there — at most lines nothing was. (Not a set of (page, line, value,
    kind) keys: a set hashes the Decimal of every key, a modular power for a number with decimals,
    ≈ 1 µs, and every stated figure of a document is looked up, most of them twice.)"""

    __slots__ = ("_at",)

    def __init__(self) -> None:
        self._at: defaultdict[tuple[int | None, int], list[tuple[Decimal, str]]] = defaultdict(list)

    def at(self, page: int | None, line: int) -> list[tuple[Decimal, str]]:
        """The (|value|, kind) of the figures read at a line, to add to."""
        return self._at[(page, line)]

    def holds_money(self, page: int | None, line: int, value: Decimal) -> bool:
        """Whether a money figure of ``value`` (in 元) was read at the line."""
        read = self._at.get((page, line))
        return read is not None and (abs(value), "money") in read

    def holds(self, figure: StatedFigure) -> bool:
        """Whether a figure of the same kind and absolute value as ``figure`` was read at its line (one of kind
        ``other`` also as an indicator printed it: in the same unit, :func:`_indicator_figures_read`)."""
        read = self._at.get((figure.source_page, figure.source_line))
        if read is None:
            return False
        value, kind = abs(figure.value), _kind_of_figure(figure)
        return (value, kind) in read or (kind == "other" and (value, _unit_kind(figure)) in read)


# The kind of a number an indicator prints in a unit (UNIT_KIND + its unit's first character, % for a percentage).
UNIT_KIND = "unit:"


def _unit_kind(figure: StatedFigure) -> str:
    """The kind an indicator's number printed in a stated figure's unit is read as (see :data:`UNIT_KIND`)."""
    return UNIT_KIND + ("%" if figure.unit == "percent" else "分" if figure.unit == "point" else figure.unit[:1])


def _figures_read(records: list[Record], fields: tuple[str, ...] | None = None) -> FiguresRead:
    """(page, line, |value|, kind) of every figure the content parsers read (the figure fields of
    ``records``, or only ``fields``)."""
    seen = FiguresRead()
    for record in records:
        cls = type(record)
        read = None  # the figures read at the record's line, once it has one
        if cls is StatedFigure:
            kind = _kind_of_figure(record)  # type: ignore[arg-type]
            for name in fields or FIGURE_FIELDS[StatedFigure]:
                value = getattr(record, name)
                if isinstance(value, Decimal):
                    read = read if read is not None else seen.at(record.source_page, record.source_line)
                    read.append((abs(value), kind))
            continue
        for name, kind, kind_if_yuan in _field_kinds(cls, fields):
            value = getattr(record, name)
            if isinstance(value, Decimal):
                if kind is None:
                    kind = "money" if record.unit == "yuan" else kind_if_yuan  # type: ignore[attr-defined]
                read = read if read is not None else seen.at(record.source_page, record.source_line)
                read.append((abs(value), kind))
    return seen


@functools.cache
def _field_kinds(cls: type, fields: tuple[str, ...] | None) -> tuple[tuple[str, str | None, str], ...]:
    """(name, kind, kind unless the record's unit is 元) of each figure field of a record type (see
    :func:`_kind_of_field_named`): the kind is None where it depends on the record's ``unit``."""
    out = []
    for name in fields or FIGURE_FIELDS.get(cls, ()):
        other = "change" if "growth" in name or "change" in name else "other"
        fixed = name.endswith("_yuan") or name.endswith("_pct") or "unit" not in _FIELD_NAMES.get(cls, ())
        out.append((name, _kind_of_field_named(name, None) if fixed else None, other))
    return tuple(out)


def _kind_of_field_named(name: str, unit: str | None) -> str:
    """What a record's figure is: ``money``, a ``change`` (比上年增长 %) or ``other`` (a share, a
    rate, a count, a score), so that a number read as one does not hide the same number read as
    another (完成年初预算的100% is not 下降100.00%)."""
    if name.endswith("_yuan") or (unit == "yuan" and not name.endswith("_pct")):
        return "money"
    if "growth" in name or "change" in name:
        return "change"
    return "other"


def _kind_of_figure(figure: StatedFigure) -> str:
    """:func:`_kind_of_field_named` of a stated figure: its unit and its field say it."""
    return "money" if figure.unit == "yuan" else "change" if figure.field == "change_pct" else "other"


# A number printed in an indicator's cells (≥90%, 5.2万人, 年度资金支付完成率100%) and what follows it: its unit (人, %,
# 百分比; 1286余份 counts 份).
PRINTED_FIGURE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:余|多)?\s*(.?)")
PERCENT_MARKS = ("%", "％", "百", "‰")
# A target of money (15万元, ≥20万元): its number and unit.
PRINTED_MONEY_RE = re.compile(r"\s*[≥≤<>=]*\s*(\d+(?:\.\d+)?)\s*(亿元|万元|元)")


def _indicator_figures_read(indicator: Indicator, seen: FiguresRead) -> None:
    """The numbers printed in an indicator's name, target and actual, as figures read at its line: the stated-figure
    reader, which takes a table row printed with spaces for a sentence, would read them again (``指标1:按时完成率
    100% 98% 15 14`` → 按时 100 %) under a label cut from the name. Each is read in the unit printed after it
    (:meth:`FiguresRead.holds`: a stated figure of another unit is another thing's — ``泥石流 2 处`` beside
    ``工作大检查 2次`` on a page flattened onto one line, a footnote's ``产出指标50分`` beside a row's
    ``≥50厘米``), a number printed with none in any; its values printed nowhere in any (its weight and score, in
    cells of their own: :data:`FIGURE_FIELDS`)."""
    read = seen.at(indicator.source_page, indicator.source_line)
    printed = set()
    for text in (indicator.level3_name, indicator.target_raw, indicator.actual_raw):
        if text:
            for number, unit in PRINTED_FIGURE_RE.findall(text):
                value = Decimal(number)
                printed.add(value)
                read.append((value, UNIT_KIND + ("%" if unit in PERCENT_MARKS else unit) if unit.isalpha() or
                             unit in PERCENT_MARKS else "other"))
    for value in (indicator.target_value, indicator.actual_value):
        if value is not None and abs(value) not in printed:
            read.append((abs(value), "other"))
    if indicator.weight is not None and indicator.target_raw and (
        money := PRINTED_MONEY_RE.match(indicator.target_raw)
    ) and (glued := to_amount(f"{indicator.weight.normalize():f}{money.group(1)}", money.group(2))) is not None:
        # a row run together without separators prints its weight right before its target (办公所需成本 | 4 | 15万元
        # → 办公所需成本415万元15万元4): the stated-figure reader's 415万元 is the weight and the target, no amount
        read.append((glued.yuan, "money"))


def statements_not_read(generic: list[Record], records: list[Record]) -> list[Record]:
    """The generic records (stated figures, table figures, their warnings) whose figure no content
    parser read already at the same line as the same kind of figure: a sentence the 决算 narrative
    parser understood keeps its :class:`Metric`, not a second, generic record.

    Only the records printed on a line that holds a generic stated figure can have read it (a key
    names the line): the others' figures are not looked at."""
    lines = {(r.source_page, r.source_line) for r in generic if isinstance(r, StatedFigure)}
    on_lines = [r for r in records if (r.source_page, r.source_line) in lines]
    seen = _figures_read(on_lines)
    for record in on_lines:
        if type(record) is Indicator:  # a table row read as an indicator: its printed figures are read
            _indicator_figures_read(record, seen)
    tables_read = any(not isinstance(r, (SectionStatus, ParseWarning)) for r in records)
    changes = _metric_changes(records, generic)
    return [
        _as_change(r, changes) if changes and type(r) is StatedFigure and r.field == "amount" else r
        for r in generic
        if (isinstance(r, StatedFigure) and not seen.holds(r))
        or (not isinstance(r, StatedFigure) and not tables_read)  # the table readers said what they missed
    ]




# A metric's change the 决算 narrative parser settled by arithmetic, as a stated figure may print it: (page, line,
# metric, |change|) → its direction.
Changes = dict[tuple[int | None, int, str, Decimal], str]


def _metric_changes(records: list[Record], generic: list[Record]) -> Changes:
    """Where the 决算 narrative parser settled by arithmetic that a figure printed as an amount with its growth
    (``…支出决算174,732.10元,增长176.55%``) is the change of the amount stated elsewhere: the lines printing such a
    growth as a stated figure of the metric, with the change's size and direction. A change as large as an amount of
    the metric (120200 from nothing) is none: which one a figure states, the text does not say."""
    changes: dict[tuple[str, Decimal], tuple[Decimal, str]] = {}  # (metric, |growth|) → (|change|, direction)
    amounts: set[tuple[str, Decimal]] = set()
    for record in records:
        if type(record) is Metric and record.value is not None:
            amounts.add((record.metric, abs(record.value)))
            if record.change_value and record.growth_pct is not None:
                changes[(record.metric, abs(record.growth_pct))] = (
                    abs(record.change_value), "increase" if record.change_value > 0 else "decrease")
    if not changes:
        return {}
    out: Changes = {}
    for figure in generic:  # (the growth printed right after the figure, a stated figure at its line)
        if type(figure) is StatedFigure and figure.field == "change_pct" and figure.metric is not None and (
            settled := changes.get((figure.metric, abs(figure.value)))
        ) and (figure.metric, settled[0]) not in amounts:
            out[(figure.source_page, figure.source_line, figure.metric, settled[0])] = settled[1]
    return out


def _as_change(figure: StatedFigure, changes: Changes) -> StatedFigure:
    """``figure`` (an amount) as its metric's change where the narrative parser settled its value is the change
    printed with its growth at its line (:func:`_metric_changes`)."""
    if figure.metric is None:
        return figure
    direction = changes.get((figure.source_page, figure.source_line, figure.metric, abs(figure.value)))
    return figure if direction is None else dataclasses.replace(figure, field="change", direction=direction)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one document is parsed, and resumed after.

    A parse makes hundreds of thousands of short-lived objects (lines, cells, matches, records)
    and no reference cycle worth collecting before it ends; the collector would walk every live
    object again and again while they are made (≈ 6 % of the parse). Memory is not at risk: what
    a parse makes is freed by reference counting, and the collector runs as usual between
    documents. (Not the collector's thresholds: they would stay changed for the whole process.)"""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_bytes(data: bytes, path: Path) -> ParsedDocument:
    """Parse a document already read into memory (``path`` names it and hints its type; a
    ``manifest.csv`` or the folders above it complete what the text does not print, see
    :mod:`ingest.metadata`)."""
    with _collector_paused():
        lines, encoding, table_records, notes = lines_of(data, path)
        info, records = parse_lines(lines, source_name=path.name, encoding=encoding, table_records=table_records)
        del lines  # freed before the collector resumes: it would walk every line once more
    records.extend(notes)  # after the content: a note alone does not make a file fiscal
    if _is_page(data, path):
        info = dataclasses.replace(info, layout="html")
    elif encoding in ("xlsx", "xls", "docx"):  # (the encoding of an office file is its kind)
        info = dataclasses.replace(info, layout=encoding)
    info, warnings = merge_identity(info, external_metadata(path))
    records.extend(warnings)
    return ParsedDocument(
        document_id=document_id_of(data),
        source_path=str(path),
        encoding=encoding,
        info=info,
        records=records,
    )


def parse_path(path: str | Path) -> ParsedDocument:
    """Parse the document at ``path``; raise :class:`DocumentError` with a one-line reason."""
    path = Path(path)
    return parse_bytes(read_document_bytes(path), path)

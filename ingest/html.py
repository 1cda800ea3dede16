"""Web pages (.html / .htm) as numbered lines: paragraphs as text, tables as ``cell | cell |`` rows.

Governments publish many disclosures as web pages. The page is read with the standard library's
HTML parser (tolerant of the unclosed tags real pages have), never with regular expressions:
``<script>``, ``<style>`` and comments are dropped, block elements (p, div, h1–h6, li, br …) end a
line, and each table row becomes one line of its cells separated by `` | `` — the separated-row
layout :mod:`ingest.text_tables` reads by its column headers. Every line keeps the line of the
HTML source where its text starts, so a figure traces back to the line an editor shows in the
page's source. Beside its line, each table row's cells are also placed on the grid the page shows
(:func:`html_lines_and_grid`: a cell's ``colspan`` and ``rowspan`` taken into account), for the reader of
the nine tables (:mod:`ingest.grid_tables`).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ingest.text import Line

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
# Elements whose start or end ends the current line.
BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
    "footer", "table", "caption", "blockquote", "pre", "hr", "dd", "dt", "dl", "title", "form", "tbody", "thead",
})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
HTML_START_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.I | re.S)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares (``<meta charset="gbk">``, ``content="text/html; charset=gb2312"``),
    normalised to a Python codec that reads it (GB2312 and GBK pages are read as GB18030, Big5 ones as Windows'
    Big5, cp950, which holds the codes its extensions add), or None."""
    match = CHARSET_RE.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    name = "gb18030" if name in ("gb2312", "gbk", "gb18030", "x-gbk") else name
    name = "cp950" if name in ("big5", "x-x-big5", "cp950") else name
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def looks_like_html(data: bytes) -> bool:
    """A document whose first bytes open an HTML page (whatever its file name)."""
    return bool(HTML_START_RE.match(data[:2048]))


class _PageText(HTMLParser):
    """Collects (source line, text) pieces: paragraphs, and table rows as cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._text: list[tuple[int, str]] = []  # (source line where the data starts, data)
        self._skip = 0
        self._row: list[str] | None = None
        self._row_line = 0
        self._cell: list[str] | None = None
        # the table grid: each line's cells with their grid columns and rows spanned (None for a paragraph's line)
        self.grid: list[tuple[GridCell, ...] | None] = []
        self._spans: list[tuple[int, int]] = []  # the cell being read: (colspan, rowspan)
        self._placed: list[GridCell] = []  # the row's cells placed on the grid
        self._covered: dict[int, int] = {}  # grid column → rows still covered by a cell above spanning down
        self._new_cover: dict[int, int] = {}  # (this row's cells spanning down: counted from the next row on)
        self._column = 0  # the grid column the next cell of the row is placed at (before covered columns)

    def _flush_text(self) -> None:
        """The paragraph as one line per source line it spans (a figure keeps its own line)."""
        by_line: dict[int, list[str]] = {}
        for start, data in self._text:
            for offset, piece in enumerate(data.split("\n")):
                by_line.setdefault(start + offset, []).append(piece)
        for number in sorted(by_line):
            text = " ".join("".join(by_line[number]).split())
            if text:
                self.lines.append((number, text))
                self.grid.append(None)
        self._text = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
            return
        if tag == "tr":
            self._end_row()
            self._flush_text()
            self._row, self._row_line = [], self.getpos()[0]
        elif tag in ("td", "th"):
            if self._row is None:  # a cell outside a row: its own row
                self._row, self._row_line = [], self.getpos()[0]
            self._end_cell()
            self._cell = []
            self._spans = [(_span(attrs, "colspan"), _span(attrs, "rowspan"))]
        elif tag == "table" and self._cell is None:
            self._flush_text()
            self._covered, self._new_cover = {}, {}  # (a new table: a new grid)
        elif tag in BLOCK_TAGS and self._cell is None:
            self._flush_text()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()
        elif tag in BLOCK_TAGS and self._cell is None:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._cell is not None:
            self._cell.append(data)
            return
        self._text.append((self.getpos()[0], data))

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            text = " ".join("".join(self._cell).split())
            self._row.append(text)
            colspan, rowspan = self._spans[0] if self._spans else (1, 1)
            while self._column in self._covered:
                self._column += 1
            self._placed.append(GridCell(text, self._column, self._column + colspan - 1, rowspan - 1))
            if rowspan > 1:
                self._new_cover.update((column, rowspan - 1) for column in range(self._column, self._column + colspan))
            self._column += colspan
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None and any(self._row):
            self.lines.append((self._row_line, " | ".join(self._row) + " |"))
            self.grid.append(tuple(self._placed))
        if self._row is not None:  # (the cells spanning down from rows above cover one row less)
            self._covered = {c: n - 1 for c, n in self._covered.items() if n > 1} | self._new_cover
        self._row, self._placed, self._new_cover, self._column = None, [], {}, 0

    def close(self) -> None:
        super().close()
        self._end_row()
        self._flush_text()


def html_lines(text: str) -> list[Line]:
    """The lines of an HTML page (see the module docstring), numbered by their source line."""
    return html_lines_and_grid(text)[0]


def html_lines_and_grid(text: str) -> tuple[list[Line], list[tuple[GridCell, ...] | None]]:
    """:func:`html_lines`, and beside each line its table row's cells placed on the table's grid (None for a
    paragraph's line): a cell spanning columns (colspan) takes them all, one spanning rows (rowspan) covers
    its column in the rows below, so the next cells of those rows stand right of it — the columns the page
    shows, which the row's line (each cell printed once) no longer tells."""
    parser = _PageText()
    parser.feed(text)
    parser.close()
    return [Line(number, body) for number, body in parser.lines], parser.grid


@dataclass(frozen=True)
class GridCell:
    """A table cell as a page shows it: its text, its first and last grid column (0-based) and how many
    rows below its own it spans down."""

    text: str
    column: int
    last_column: int
    rows_below: int


# The most columns or rows one cell is taken to span (a page's colspan="1000" is a layout trick, not a grid).
MAX_SPAN = 50


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    """A cell's colspan or rowspan (1 where absent or unreadable)."""
    value = next((v for k, v in attrs if k == name), None)
    try:
        return min(max(int((value or "1").strip()), 1), MAX_SPAN)
    except ValueError:
        return 1

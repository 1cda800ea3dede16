"""Locating performance tables and splitting them into cells, whatever the extraction layout.

Four layouts reach us (detected per table from the table's own lines, not from the document):

- ``tsv``: one row per line, cells separated by tabs (Changji, Bazhou). Cell *positions* are
  unreliable (merged cells leave a varying number of empty cells), so rows are read by the
  order of their non-empty cells.
- ``cell_per_line``: one cell per tab-indented line, rows separated by blank lines (Maoxian).
  Empty cells are kept, so positions match the header row's.
- ``pipe``: one row per line, cells between pipes (``总额 | 0.00 | 3.36 | ||``: a web page's table
  copied as text); read as ``tsv`` is, by the order of their non-empty cells, the empty cells the
  page pads a row with after its last cell dropped.
- ``wrapped``: hard-wrapped PDF text where cells flow into each other (Zengdu); handed over as
  non-empty text fragments with their line numbers (see :mod:`ingest.performance.wrapped`).

Cell text is cleaned: HTML tags left by converters (``<p>``) are dropped, NFKC-normalised, and
spaces next to CJK characters — PDF extraction artefacts such as ``效益指 标`` or
``2022 年 12 月`` — are removed.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from ingest.text import (
    LINE_JOIN,
    PAGE_MARK_FIRST,
    Line,
    compact,
    is_markdown_rule,
    is_page_mark,
    is_pipe_row,
    joined_texts,
    lines_holding,
    lines_with,
    normalise,
)

# Label of the row that opens every project table (项目名称).
PROJECT_NAME_LABEL = "项目名称"
PROJECT_NAME_RE = re.compile(PROJECT_NAME_LABEL)
# A table title (项目支出绩效自评表) must be this close above the 项目名称 row.
TITLE_LOOKBACK_LINES = 16
TITLE_MARKERS = ("自评表",)
# A table never runs longer than this many lines (guards against a missing end row).
MAX_TABLE_LINES = 420
# Rows whose cells are read once per spelling (a bounded cache of a pure function).
ROW_CACHE_SIZE = 4096

LAYOUT_TSV = "tsv"
LAYOUT_CELL_PER_LINE = "cell_per_line"
LAYOUT_WRAPPED = "wrapped"
LAYOUT_PIPE = "pipe"
LAYOUT_PIPE_CELLS = "pipe_cells"  # one cell per line, each closed by a pipe (ingest.performance.pipe_cell_rows)
LAYOUT_SPACE = "space"  # cells separated by spaces, empty ones gone (ingest.performance.space_rows)
LAYOUT_ALIGNED = "aligned"  # columns lined up with spaces (ingest.performance.aligned_rows)

HTML_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
SPACE_NEAR_CJK_RE = re.compile(rf"(?<=[{_CJK}])\s+|\s+(?=[{_CJK}])")


def clean_cell(text: str) -> str:
    """Normalise one cell: drop HTML tags, NFKC, remove spaces next to CJK characters."""
    if not text or text.isspace():
        return ""  # an empty cell (most cells of a tab-separated row)
    if "<" in text:
        text = HTML_TAG_RE.sub(" ", text)
    return tidy_cell(normalise(text))


def tidy_cell(text: str) -> str:
    """The rest of :func:`clean_cell` for text already normalised and free of HTML tags."""
    text = text.strip()
    if len(text.split()) == 1:
        return text  # no inner whitespace to remove or collapse
    text = SPACE_NEAR_CJK_RE.sub("", text)
    return " ".join(text.split())


def tidy_keyed(text: str) -> tuple[str, str]:
    """``(tidy_cell(text), compact(tidy_cell(text)))`` of normalised text without HTML tags.

    Normalised text stays normalised when whitespace is taken out of it or collapsed (white
    space composes with nothing), so its compact key is its words joined: no second NFKC pass.
    """
    words = text.split()
    if len(words) == 1:
        return words[0], words[0]
    if not words:
        return "", ""
    return " ".join(SPACE_NEAR_CJK_RE.sub("", text).split()), "".join(words)


def clean_keyed(text: str) -> tuple[str, str]:
    """``(clean_cell(text), compact(clean_cell(text)))``."""
    if not text or text.isspace():
        return "", ""
    if "<" in text:
        cleaned = clean_cell(text)
        return cleaned, compact(cleaned)
    return tidy_keyed(normalise(text))


# Cells, rows and fragments are never changed once made; they are slotted rather than frozen
# dataclasses because a document has thousands of them and frozen ones take twice as long to make.


@dataclass(slots=True, unsafe_hash=True, init=False)
class Cell:
    """One table cell and the line it starts on."""

    text: str
    line: int
    key: str = field(repr=False, compare=False)  # compacted text, for matching labels

    def __init__(self, text: str, line: int, key: str | None = None) -> None:
        """``key`` is ``compact(text)``, given by the row readers that know it already."""
        self.text, self.line = text, line
        self.key = (compact(text) if text else "") if key is None else key


def row_labels(cells: Sequence[Cell]) -> str:
    """A row's compacted cell texts, each between newlines (``\n项目名称\nX\n``).

    Keys hold no whitespace, so ``"执行" in labels`` asks whether any cell contains 执行,
    ``"\n主管部门" in labels`` whether a cell starts with it and ``"元)\n" in labels`` whether
    one ends with 元) — one substring test instead of a loop over the cells.
    """
    return "\n" + "\n".join([cell.key for cell in cells]) + "\n"


@dataclass(slots=True, unsafe_hash=True)
class GridRow:
    """One table row: all cells in printed order (empty ones included)."""

    cells: tuple[Cell, ...]
    line: int
    filled: tuple[Cell, ...] = field(init=False, repr=False, compare=False)  # the non-empty cells, in order
    labels: str = field(init=False, repr=False, compare=False)  # row_labels of the non-empty cells

    def __post_init__(self) -> None:
        self.filled = tuple([cell for cell in self.cells if cell.text])
        self.labels = row_labels(self.filled)

    @classmethod
    def of(cls, cells: tuple[Cell, ...], line: int, labels: str | None = None) -> GridRow:
        """``GridRow(cells, line)`` made without the dataclass's ``__init__`` (the row readers make
        one per line of every table); ``labels``: its :func:`row_labels`, when known."""
        row = _new(cls)
        row.cells, row.line = cells, line
        row.filled = filled = tuple([cell for cell in cells if cell.text])
        row.labels = row_labels(filled) if labels is None else labels
        return row


_new = object.__new__


def made_cell(text: str, line: int, key: str) -> Cell:
    """``Cell(text, line, key)`` made without a call of its ``__init__``: the row readers make
    tens of thousands per document (``key`` is ``compact(text)``)."""
    cell = _new(Cell)
    cell.text, cell.line, cell.key = text, line, key
    return cell


def _cleaned_cell(text: str, line: int) -> Cell:
    """The cell of ``text`` as printed (cleaned: :func:`clean_keyed`) on line ``line``."""
    cleaned, key = _clean_keyed_cached(text)
    return made_cell(cleaned, line, key)


@dataclass(frozen=True)
class TableBlock:
    """The lines of one project table, from its 项目名称 row to (at most) the next table."""

    layout: str
    lines: tuple[Line, ...]
    # the lines' compact texts joined by LINE_JOIN (cut from the document's joined text when the
    # locator has it; else joined when first asked for)
    joined_keys: str | None = field(default=None, repr=False, compare=False)

    @property
    def start_line(self) -> int:
        return self.lines[0].number

    @property
    def keys(self) -> str:
        """The block's compact line texts joined by :data:`~ingest.text.LINE_JOIN`: a label no
        line of the block holds is not looked for line by line."""
        if self.joined_keys is None:
            object.__setattr__(self, "joined_keys", LINE_JOIN.join([line.compact for line in self.lines]))
        return self.joined_keys  # type: ignore[return-value]


def _is_name_row(line: Line) -> bool:
    return line.compact.startswith(PROJECT_NAME_LABEL)


def _has_title_above(lines: list[Line], index: int) -> int | None:
    """Index of the 自评表 title within the lookback window above ``index`` (its lines of text: a blank
    line after every line, as a copy spaces them, does not push the title out of it), or None."""
    seen = 0
    for back in range(index - 1, -1, -1):
        key = lines[back].compact
        if not key:
            continue
        seen += 1
        if seen > TITLE_LOOKBACK_LINES:
            return None
        if any(marker in key for marker in TITLE_MARKERS):
            return back
        if back != index and _is_name_row(lines[back]):
            return None
    return None


# A line that is one cell closed by a pipe (``项目名称 |``).
PIPE_CELL_LINE_RE = re.compile(r"^\s*[^|]*\|\s*$")


def detect_layout(table_lines: list[Line]) -> str:
    """The layout of a table, judged from its 项目名称 row: pipe-separated cells (and no tab), one
    cell closed by a pipe, tabs between cells or before one, else hard-wrapped text."""
    head = table_lines[0].text
    if "\t" not in head and is_pipe_row(table_lines[0].norm):  # (a full-width ｜ is a pipe once normalised)
        return LAYOUT_PIPE
    if "\t" not in head and PIPE_CELL_LINE_RE.match(table_lines[0].norm):  # 项目名称 |
        return LAYOUT_PIPE_CELLS
    if "\t" in head:
        cells = [c for c in head.split("\t") if c.strip()]
        if len(cells) >= 2:
            return LAYOUT_TSV
        return LAYOUT_CELL_PER_LINE
    return LAYOUT_WRAPPED


def locate_project_tables(lines: list[Line]) -> list[TableBlock]:
    """Every 项目支出绩效自评表 in the document, in order, with its detected layout.

    A table starts at a 项目名称 row that has a 自评表 title a few lines above; it runs to the
    title of the next table (or :data:`MAX_TABLE_LINES`). The parsers stop at its 总分 row.
    """
    starts: list[tuple[int, int]] = []  # (name row index, title index)
    # the lines holding 项目名称, found in the document's joined compact text (the one every reader
    # scans), then those that start with it
    for index in lines_with(lines, PROJECT_NAME_RE, "compact"):
        if not lines[index].compact.lstrip("|").startswith(PROJECT_NAME_LABEL):  # (a Markdown row opens with a pipe)
            continue
        title = _has_title_above(lines, index)
        if title is not None:
            starts.append((index, title))
    blocks: list[TableBlock] = []
    text, offsets = joined_texts(lines, "compact", LINE_JOIN) if starts else ("", None)
    for pos, (index, _title) in enumerate(starts):
        end = starts[pos + 1][1] if pos + 1 < len(starts) else len(lines)
        end = min(end, index + MAX_TABLE_LINES)
        table_lines = lines[index:end]
        keys = text[offsets[index] : offsets[end] - 1] if offsets is not None else None  # lines[index:end]'s
        blocks.append(TableBlock(layout=detect_layout(table_lines), lines=tuple(table_lines), joined_keys=keys))
    return blocks


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def _tsv_cells(norm: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """(text, key) of each cell of a tab-separated line's normalised text, and the labels of its
    non-empty cells (:func:`row_labels`). A table's rows repeat: its header in every table, a
    table printed twice."""
    keyed = tuple(map(tidy_keyed, norm.split("\t")))
    return keyed, _labels(keyed)


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def _tagged_tsv_cells(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """:func:`_tsv_cells` of a tab-separated line as printed with HTML tags (``<br>``), which are
    dropped before normalising: rows of a converted page repeat as the others do."""
    keyed = tuple(map(clean_keyed, text.split("\t")))
    return keyed, _labels(keyed)


def _labels(keyed: Sequence[tuple[str, str]]) -> str:
    """:func:`row_labels` of the cells ``(text, key)``."""
    return "\n" + "\n".join([key for text, key in keyed if text]) + "\n"


# Cells repeat down a table and from table to table (level names, 100%, 10): each spelling is read
# once (a bounded cache of a pure function).
_clean_keyed_cached = functools.lru_cache(maxsize=ROW_CACHE_SIZE)(clean_keyed)


def tsv_rows(lines: list[Line] | tuple[Line, ...]) -> list[GridRow]:
    """Rows of a tab-separated table: one per non-blank line."""
    return list(iter_tsv_rows(lines))


def iter_tsv_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """:func:`tsv_rows`, each made when the reader reaches it (a reader stops at the 总分 row,
    and a table's block runs on to the next table's title)."""
    for line in lines:
        text = line.text
        if not text.strip() or ("\t" not in text and is_page_mark(line.norm)):  # (a table over two pages)
            continue
        number = line.number
        # HTML tags are dropped before normalising; otherwise the line's normalised text has the
        # same tabs: its cells are normalised already
        keyed, labels = _tagged_tsv_cells(text) if "<" in text else _tsv_cells(line.norm)
        empty = made_cell("", number, "")  # one for all the row's empty cells (most of them)
        cells = tuple([made_cell(cell, number, key) if cell else empty for cell, key in keyed])
        yield GridRow.of(cells, number, labels)


def iter_cell_per_line_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """Rows of a one-cell-per-line table: blocks of tab-indented lines between blank lines, each
    made when the reader reaches it.

    A line inside a block that does not start with a tab continues the previous cell (the
    converter broke the cell's text over two lines).
    """
    cells: list[Cell] = []  # the current row's cells
    # its last cell's text as printed (a line that continues it is added to it): ``last`` without
    # its first character (the tab) when ``last_tabbed``, cut only when a line continues it
    last, last_tabbed = "", False
    append = cells.append
    for line in lines:
        text = line.text
        if text.startswith("\t"):
            compact = line.compact
            if len(compact) + 1 == len(line.norm) and "<" not in text:
                # no white space in the normalised text but the tab before the cell (so no other
                # tab: a tab is a tab once normalised): cleaned, the cell is the line's compact
                # text (and so is its key); made here, without a call of made_cell (most lines)
                cell = _new(Cell)
                cell.text = cell.key = compact
                cell.line = line.number
                append(cell)
                last, last_tabbed = text, True
            elif text.count("\t") == 1:  # one cell, holding white space or a tag
                append(_cleaned_cell(text[1:], line.number))
                last, last_tabbed = text, True
            else:  # one cell per tab-separated part
                parts = text.split("\t")
                number = line.number
                cells.extend([_cleaned_cell(part, number) for part in parts[1:]])
                last, last_tabbed = parts[-1], False
        elif not text.strip():  # a blank line ends the row
            if cells:
                yield GridRow.of(tuple(cells), cells[0].line)
                cells.clear()
        elif is_page_mark(line.norm):  # a page's number between two pages of the table: no cell
            continue
        elif not cells:
            last, last_tabbed = text, False
            append(_cleaned_cell(text, line.number))
        else:
            last, last_tabbed = f"{last[1:] if last_tabbed else last} {text}".strip(), False
            cells[-1] = _cleaned_cell(last, cells[-1].line)
    if cells:
        yield GridRow.of(tuple(cells), cells[0].line)


def _is_cell_line(line: Line) -> bool:
    """A line of a one-cell-per-line table that holds a cell: tab-indented (an empty cell's tab alone
    too) or any text."""
    return line.text.startswith("\t") or bool(line.text.strip())


def blank_after_each_dropped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines of a table printed one tab-indented cell per line with a blank line added after every
    line (a copy that spaces its lines): no two cells on consecutive lines, and somewhere two blank lines
    in a row (a row's end, itself followed by its added blank line) — without the blank line after each
    cell, so that a blank line ends a row again. Other tables' lines as they are (most tables: two cells
    on consecutive lines come at once)."""
    if any(_is_cell_line(a) and _is_cell_line(b) for a, b in itertools.pairwise(lines)):
        return lines
    if not any(not _is_cell_line(a) and not _is_cell_line(b) for a, b in itertools.pairwise(lines)):
        return lines  # (no row's end told from a cell's: every line a row of one cell)
    out: list[Line] = []
    after_cell = False
    for line in lines:
        if after_cell and not _is_cell_line(line):
            after_cell = False
            continue  # the blank line added after a cell
        out.append(line)
        after_cell = _is_cell_line(line)
    return tuple(out)


# A line this long or longer (up to a page's width), followed by lines exactly as long, may be a text
# hard-wrapped at a fixed width.
MIN_WRAP_CHARS = 20
MAX_WRAP_CHARS = 120
# At least this many pieces of that one length, each another text (a table printed one cell per line may
# print two cells of one length, a target and its actual alike, before a short one).
MIN_WRAP_PIECES = 3


def performance_lines(lines: list[Line]) -> list[Line]:
    """A document's lines as its performance readers read them, whatever the copy did to its line breaks:

    - a copy that puts a blank line after every line (every second line blank, from the second on) has
      those blank lines dropped, so that a table's cells stand on consecutive lines again and a blank
      line ends a row, as in the copy without them;
    - a long line hard-wrapped at a fixed width (three lines or more of exactly one length, 20 to 120
      characters, each another text, then a line no longer, none holding a pipe or a tab: a PDF's text of a
      sheet flattened onto one line, cut inside words and numbers alike) holding 项目名称, 三级指标 or
      数量指标 in a piece (only the lines around those are measured) is one line again, at its first
      piece's number — not a table's rows lined up with spaces, as long as each other
      too (two spaces at one place in each).

    Every kept line keeps its number (a figure is read at the line it was printed on); ``lines`` itself
    where none applies. One look at every second line's emptiness, and at the lengths of the lines
    around the anchor words one scan finds."""
    kept = _blank_after_each_line_dropped(lines)
    out = _fixed_width_wraps_joined(kept)
    return lines if out is None and kept is lines else (out if out is not None else kept)


def _blank_after_each_line_dropped(lines: list[Line]) -> list[Line]:
    if len(lines) < 4 or any(line.text.strip() for line in lines[1::2]):
        return lines
    if not any(line.text.strip() for line in lines[0::2]):
        return lines
    return lines[0::2]


# Words of which one stands in a piece of every hard-wrapped line the performance readers read (a sheet
# flattened onto a line prints its 项目名称 and its header's 三级指标, a target notice its 数量指标): only the
# lines around them are looked at (three scans of the document; a word cut between two pieces is printed
# again elsewhere).
WRAP_ANCHORS = ("项目名称", "三级指标", "数量指标")


def _fixed_width_wraps_joined(lines: list[Line]) -> list[Line] | None:
    """``lines`` with each hard-wrapped line holding an anchor word joined (see :func:`performance_lines`);
    None where there is none. Only the lines around the anchors, found in one scan, are measured."""
    runs: list[tuple[int, int]] = []
    for index in lines_holding(lines, WRAP_ANCHORS, "compact"):
        if runs and index < runs[-1][1]:
            continue  # (in the run found last)
        run = _wrap_run(lines, index)
        if run is not None:
            runs.append(run)
    if not runs:
        return None
    out: list[Line] = []
    done = 0
    for first, end in runs:
        out.extend(lines[done:first])
        line = lines[first]
        out.append(Line(line.number, "".join(piece.text for piece in lines[first:end]), line.page))
        done = end
    out.extend(lines[done:])
    return out


def _wrap_run(lines: list[Line], index: int) -> tuple[int, int] | None:
    """(first, end) of the hard-wrapped line's pieces ``lines[index]`` is one of — the full pieces of one
    width, then a last one no longer — or None."""
    total = len(lines)
    for at in (index, index - 1):  # (the anchor's piece a full one, or the last after them)
        if at < 0:
            continue
        width = len(lines[at].text)
        if not MIN_WRAP_CHARS <= width <= MAX_WRAP_CHARS or not _wrap_piece(lines[at], lines[at]):
            continue
        first = at
        while first > 0 and len(lines[first - 1].text) == width and _wrap_piece(lines[first - 1], lines[first]) and (
            lines[first - 1].text != lines[first].text
        ):
            first -= 1
        end = at + 1
        while end < total and len(lines[end].text) == width and _wrap_piece(lines[end - 1], lines[end]) and (
            lines[end].text != lines[end - 1].text
        ):
            end += 1
        full = end - first
        if end < total and len(lines[end].text) <= width and _wrap_piece(lines[end - 1], lines[end]):
            end += 1  # (the last piece, shorter)
        pieces = lines[first : first + full]
        if index < end and full >= MIN_WRAP_PIECES and not _lined_up(pieces) and not _rows_repeating(pieces):
            return first, end
    return None


SPACE_RUN_RE = re.compile(r" {2,}")


def _lined_up(lines: Sequence[Line]) -> bool:
    """Whether lines of one length are a table's rows lined up with spaces (``pdftotext -layout``, a copy
    padded for the screen), not a hard-wrapped line's pieces: two spaces or more at one place in each."""
    gaps: set[int] | None = None
    for line in lines:
        text = line.text
        if "  " not in text:
            return False
        at = {k for match in SPACE_RUN_RE.finditer(text) for k in range(match.start() + 1, match.end())}
        gaps = at if gaps is None else gaps & at
        if not gaps:
            return False
    return bool(gaps)


def _rows_repeating(lines: Sequence[Line]) -> bool:
    """Whether lines of one length are a table's rows printed with one space between cells, each opening with the
    same cell (its level printed on every row: ``产 出 指 标 数量指标 …``), not a hard-wrapped line's pieces (each
    another text, cut wherever the width falls)."""
    heads = {line.text.split(" ", 1)[0] for line in lines}
    return len(heads) == 1 and all(line.text.count(" ") >= MIN_ROW_SPACES for line in lines)


# The fewest spaces a row of cells between single spaces holds (a name, a target, an actual, its points).
MIN_ROW_SPACES = 3


def _wrap_piece(before: Line, line: Line) -> bool:
    """Whether ``line`` may go on ``before`` as a piece of a hard-wrapped line: the next line of the same
    page, holding no pipe or tab (a table's row) and some text."""
    return (
        line.page == before.page and line.number - before.number <= 1
        and "|" not in line.text and "\t" not in line.text and bool(line.text.strip())
    )


def grid_rows(block: TableBlock) -> Iterator[GridRow]:
    """The rows of a ``tsv``, ``pipe`` or ``cell_per_line`` table, each made when the reader reaches it."""
    if block.layout == LAYOUT_CELL_PER_LINE:
        return iter_cell_per_line_rows(blank_after_each_dropped(block.lines))
    if block.layout == LAYOUT_PIPE:
        return iter_pipe_rows(block.lines)
    return iter_tsv_rows(block.lines)


def iter_pipe_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """Rows of a table printed as pipe-separated rows (``总额 | 0.00 | 3.36 | … | ||``): the cells
    between the pipes, the empty ones a rendered page pads the row with after its last cell dropped;
    a Markdown table's rule is no row, and its rows' opening pipe no cell."""
    # a Markdown table opens every row with a pipe (no cell before it) and prints a rule under its
    # first row; a page's table copied as text opens a row with a pipe only where its first cell is
    # empty (never its 项目名称 row)
    rows = [line.norm.strip() for line in lines if "|" in line.norm]
    markdown = bool(rows) and all(row.startswith("|") for row in rows)
    for line in lines:
        norm = line.norm
        if not norm.strip() or "|" not in norm:
            continue
        if is_markdown_rule(norm):
            continue  # the rule: no row (a Markdown table's under rows that are not, a page's own above it)
        parts = norm.split("|")
        if markdown and not parts[0].strip():
            parts = parts[1:]
        while parts and not parts[-1].strip():
            parts.pop()
        number = line.number
        cells = tuple(_cleaned_cell(part, number) for part in parts)
        if cells:
            yield GridRow.of(cells, number)


class Fragment:
    """A non-empty line of hard-wrapped text (a piece of one or more cells)."""

    __slots__ = ("_norm", "_text", "key", "line", "raw")

    def __init__(self, text: str, line: int, raw: str = "", key: str | None = None) -> None:
        """``key`` is ``compact(text)``, given by :func:`fragments` that knows it already."""
        self._text: str | None = text
        self._norm = ""
        self.line, self.raw = line, raw  # raw: as printed (full-width punctuation kept: it matters for line widths)
        self.key = compact(text) if key is None else key  # compacted text, for matching labels

    @property
    def text(self) -> str:
        """Normalised and stripped, white space collapsed; for a line's fragment, made when first
        asked for: the reader matches most fragments by their key only."""
        if self._text is None:
            self._text = " ".join(self._norm.split())
        return self._text

    def __repr__(self) -> str:
        return f"Fragment(text={self.text!r}, line={self.line!r}, raw={self.raw!r})"


def fragments(lines: list[Line] | tuple[Line, ...]) -> list[Fragment]:
    """The non-empty lines of a hard-wrapped table, normalised and stripped (a page's number
    between two pages of the table is none).

    A fragment's words are its line's (whitespace collapsed), so its key is the line's compact text.
    """
    return [
        _fragment(line, stripped) for line in lines
        if (stripped := line.text.strip()) and (stripped[0] not in PAGE_MARK_FIRST or not is_page_mark(stripped))
    ]


def _fragment(line: Line, stripped: str) -> Fragment:
    """The fragment of a non-empty line (``stripped``: its text stripped), made without a call of
    :class:`Fragment`'s ``__init__``: a hard-wrapped table has hundreds. Its text is its line's
    normalised text with white space collapsed, made when asked for."""
    fragment = _new(Fragment)
    fragment._text, fragment._norm, fragment.line = None, line.norm, line.number
    fragment.raw, fragment.key = stripped, line.compact
    return fragment


# How many lines :class:`Fragments` reads at a time (about half of a wrapped table's lines are blank).
LINES_AHEAD = 16


class Fragments:
    """:func:`fragments` of a block, each made when the reader reaches it: a hard-wrapped table's
    block runs on past its 总分 row to the next table's title. Indexing, slicing and ``len`` as a
    list's (``len`` and negative indexes make them all); :meth:`has` asks for one without
    making the rest; :attr:`made` is the list of those made so far."""

    __slots__ = ("_lines", "_next", "made")

    def __init__(self, lines: list[Line] | tuple[Line, ...]) -> None:
        self._lines = lines
        self._next = 0  # the next line to look at
        self.made: list[Fragment] = []  # grows as the reader goes

    def has(self, index: int) -> bool:
        """Whether fragment ``index`` exists (made, with the ones before it, when it does)."""
        made = self.made
        if index < len(made):
            return True
        lines, position = self._lines, self._next
        while len(made) <= index and position < len(lines):  # a few lines at a time: fewer calls
            end = position + LINES_AHEAD
            made.extend([_fragment(line, stripped) for line in lines[position:end] if (stripped := line.text.strip())
                         and (stripped[0] not in PAGE_MARK_FIRST or not is_page_mark(stripped))])
            position = end
        self._next = position
        return index < len(made)

    def __len__(self) -> int:
        self.has(len(self._lines))
        return len(self.made)

    def __bool__(self) -> bool:
        return self.has(0)

    @overload
    def __getitem__(self, index: int) -> Fragment: ...

    @overload
    def __getitem__(self, index: slice) -> list[Fragment]: ...

    def __getitem__(self, index: int | slice) -> Fragment | list[Fragment]:
        if isinstance(index, slice):
            if index.stop is None or index.stop < 0 or (index.start or 0) < 0:
                len(self)
            else:
                self.has(index.stop - 1)
        elif index < 0:
            len(self)
        else:
            self.has(index)
        return self.made[index]

"""Tables printed with one space between their cells, their empty cells gone: the rows whose figures the
header's columns take one each, read as the separated tables of :mod:`ingest.text_tables` are.

``pdftotext`` without ``-layout`` and a browser's copy of a web page's table print each row on a line with
one space between its cells and drop the empty ones::

    项目 2022年预算数 2023年预算数 2023年预算数增减 增减原因
    合计 2378.77 2415.44 36.67
    2、公务接待费 1114.54 989.86 -124.68 严格执行中央八项规定及压减一般性支出要求,减少公务接待。

The spaces no longer say which figure stands under which header word, but a row's cells are ambiguous
only where its label holds spaces (``合 计``) or where it lost cells. So a row is read here only where
it is certain:

- its **header** is the line of words right above its table's first row (a unit's line and blank lines
  between passed over): its cells split at the spaces (a letter-spaced word, ``项 目``, one cell), the
  first the label column's, the last ones a text column's words (原因, 说明, 备注 …) where it has them,
  the others the figure columns (two at least, or one before a text column) — no cell of it a number;
- a **row** is a line whose last tokens are figures (a placeholder, ``-`` / ``—``, holding its column's
  place), as many as the header has figure columns, then words only where the header has a text
  column after them; what stands before them is its label (spaces inside kept).

Such rows are laid over the header's cells in order, as a tab-separated copy prints them, and read by
:func:`ingest.text_tables.read_table` (the columns' meanings, the unit declared near the table). A row
with fewer figures than the header's columns lost empty cells without saying which: it is left to the
readers confirmed by arithmetic (:mod:`ingest.sum_rows`: a 合计 the sum of the rows;
:mod:`ingest.change_rows`: ``b − a = c``) and is not read here. A table whose header holds 行次 is left
to :mod:`ingest.row_numbers`.
"""

from __future__ import annotations

import re

from ingest.numbers import declared_unit
from ingest.records import Record
from ingest.text import Line, is_page_mark
from ingest.text_tables import NUMBER_CELL_RE, TEXT_COLUMN_RE, leaf_columns, read_table

# A placeholder holding an empty figure cell's place.
PLACEHOLDERS = frozenset({"-", "--", "—", "——", "–", "－", "/"})
# A header cell is short and holds a word; none is a number.
MAX_HEADER_CELL_CHARS = 20
# A header names two figure columns at least, or one before a text column (项目 本年预算数 备注).
MIN_FIGURE_COLUMNS = 2
# How many lines (blank, a unit's) may stand between a header and its first row.
HEADER_GAP = 2
# A line holding a cell separator other than one space: another reader's (pipes, tabs, columns lined up).
OTHER_SEPARATOR_RE = re.compile(r"[|\t]| {2}")
WORD_RE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_END_RE = re.compile(r"[。;；!?]$")


def _is_figure(token: str) -> bool:
    return token in PLACEHOLDERS or NUMBER_CELL_RE.match(token) is not None


def _tokens(text: str) -> list[str]:
    """A line's cells at its single spaces, a letter-spaced word (``项 目``, ``合 计``) one cell."""
    out: list[str] = []
    single = False
    for token in text.split(" "):
        if not token:
            continue
        is_single = len(token) == 1 and "\u4e00" <= token <= "\u9fff"
        if out and is_single and single:
            out[-1] += token
        else:
            out.append(token)
        single = is_single
    return out


def _header(text: str) -> tuple[str, ...] | None:
    """A header line's cells, or None where the line is no header: three cells at least, each short with a
    word in it, no number among them, no sentence."""
    if SENTENCE_END_RE.search(text):
        return None
    cells = _tokens(text)
    if len(cells) < 1 + MIN_FIGURE_COLUMNS or any(
        len(cell) > MAX_HEADER_CELL_CHARS or _is_figure(cell) or not WORD_RE.search(cell) for cell in cells
    ):
        return None
    return tuple(cells)


def _sub_header(lines: list[Line], position: int) -> tuple[str, ...] | None:
    """The second row of a header at ``lines[position]``: two cells or more, words each, no figure, none long
    (the columns the first row's last cell divides into), then a row of figures on the next line."""
    if position + 1 >= len(lines):
        return None
    text = lines[position].norm.strip()
    if not text or OTHER_SEPARATOR_RE.search(text) or SENTENCE_END_RE.search(text):
        return None
    cells = _tokens(text)
    if len(cells) < 2 or any(
        len(cell) > MAX_HEADER_CELL_CHARS or _is_figure(cell) or not WORD_RE.search(cell) for cell in cells
    ):
        return None
    following = lines[position + 1].norm.strip().split(" ")
    return tuple(cells) if following and _is_figure(following[-1]) else None


def _figure_columns(header: tuple[str, ...]) -> tuple[int, int]:
    """(figure columns, text columns after them) of a header: its cells after the label's, the last ones
    naming words (原因, 说明 …) the text columns."""
    texts = 0
    while texts < len(header) - 1 and TEXT_COLUMN_RE.search(header[len(header) - 1 - texts]):
        texts += 1
    return len(header) - 1 - texts, texts


def _row(text: str, figures: int, texts: int) -> tuple[str, ...] | None:
    """A row's cells laid over a header of ``figures`` figure columns and ``texts`` text columns: its label,
    its figures, its words (one cell) — None where its last figures are not as many as the columns."""
    tokens: list[str] = []
    for token in text.split(" "):
        if token == "%" and tokens and tokens[-1][-1:].isdigit():
            tokens[-1] += token  # (a percent sign printed apart from its number: 100 %)
        elif token:
            tokens.append(token)
    end = len(tokens)
    while end and not _is_figure(tokens[end - 1]):
        end -= 1
    tail = tokens[end:]
    if tail and not texts:
        return None
    start = end
    while start and _is_figure(tokens[start - 1]):
        start -= 1
    if end - start != figures or not start:
        return None
    label = " ".join(tokens[:start])
    if not WORD_RE.search(label) or SENTENCE_END_RE.search(label):
        return None
    cells = (label, *tokens[start:end])
    return (*cells, " ".join(tail), *([""] * (texts - 1))) if texts else cells


def parse_single_space_tables(lines: list[Line]) -> list[Record]:
    """Every figure of the certain rows of every table printed with one space between its cells."""
    out: list[Record] = []
    index = 0
    count = len(lines)
    while index < count:
        norm = lines[index].norm.strip()
        header = _header(norm) if " " in norm and not OTHER_SEPARATOR_RE.search(norm) else None
        if header is None or any("行次" in cell for cell in header):
            index += 1
            continue
        figures, texts = _figure_columns(header)
        headers = [(lines[index], header)]
        position, gap = index + 1, 0
        sub = _sub_header(lines, position)
        if sub is not None:  # a second header row dividing the first's last cell (金额 占调整预算% 比上年增长%)
            headers.append((lines[position], sub))
            figures, texts, position = len(header) - 2 + len(sub), 0, position + 1
        named = [cells for _, cells in headers[:-1]] + [headers[-1][1][: len(headers[-1][1]) - texts]]
        if figures < MIN_FIGURE_COLUMNS - (texts > 0) or leaf_columns(named, figures) is None:
            index += 1
            continue
        rows: list[tuple[Line, tuple[str, ...]]] = []
        while position < count:
            text = lines[position].norm.strip()
            if not text or is_page_mark(text) or (not rows and declared_unit(text) and len(text) <= 20):
                gap += 1
                if gap > HEADER_GAP and not rows:
                    break
                position += 1
                continue
            if OTHER_SEPARATOR_RE.search(text):
                break
            cells = _row(text, figures, texts)
            if cells is None:
                if _tokens(text) and not any(_is_figure(t) for t in text.split(" ")) and len(text) <= 30 and (
                    rows and not SENTENCE_END_RE.search(text)
                ):
                    position += 1  # a row's label alone (its figures all empty): no row, the table goes on
                    continue
                if rows and any(_is_figure(t) for t in text.split(" ")[-1:]):
                    position += 1  # a row that lost empty cells: left to the readers of arithmetic
                    continue
                break
            rows.append((lines[position], cells))
            position += 1
        if rows:
            out.extend(read_table(lines, index, headers, rows))
            index = position
        else:
            index += 1
    return out

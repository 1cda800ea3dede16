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
to :mod:`ingest.row_numbers`; a document whose tables are printed with tabs is not looked at.

A budget's two-sided 收支总表 (``项目 预算数 项目 合计 一般公共预算 政府性基金预算 …``) is cut at its rows' labels
instead and read as its separated copy is (:func:`_two_sided_table`, :mod:`ingest.two_sided_budget`): its labels hold
no space, so each token is a cell, and where two words stand side by side without each naming its side (one label
holding a space, or two), the row is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from ingest.numbers import declared_unit
from ingest.performance.header_roles import OUTLINE_RE
from ingest.records import ParseWarning, Record
from ingest.spaced_cells import letter_spaced_joined
from ingest.text import CLAUSE_MARKS, LINE_JOIN, Line, is_page_mark, joined_texts
from ingest.text_tables import NUMBER_CELL_RE, TEXT_COLUMN_RE, label_columns, leaf_columns, read_table, unit_near
from ingest.vocabulary import EMPTY_CELL_MARKS

# A placeholder holding an empty figure cell's place.
PLACEHOLDERS = EMPTY_CELL_MARKS | {"–", "－"}
# A header cell is short and holds a word; none is a number.
MAX_HEADER_CELL_CHARS = 20
# A header names two figure columns at least, or one before a text column (项目 本年预算数 备注).
MIN_FIGURE_COLUMNS = 2
# How many lines (blank, a unit's) may stand between a header and its first row.
HEADER_GAP = 2
# How many rows not ending with a figure (their text column's words after it) may stand above the first that does.
ROWS_ABOVE = 3
# A line holding a cell separator other than one space: another reader's (pipes, tabs, columns lined up).
OTHER_SEPARATOR_RE = re.compile(r"[|\t]| {2}")
WORD_RE = re.compile(r"[\u4e00-\u9fff]")
# A line ending with a figure after a space (a row's last cell; one scan of the joined lines finds them).
ROW_END_RE = re.compile(r" [-+−]?\d[\d,]*(?:\.\d+)?(?: ?%)? *$")
# The most characters a row's last figure takes, with its sign, separators, % and trailing spaces.
ROW_END_CHARS = 32
# A line break after a digit or a percent sign, in the lines joined by NUL (the literal first: the
# engine skips to each line break).
FIGURE_LINE_END_RE = re.compile(r"\x00(?<=[\d%]\x00)")
# What a row of figures never holds, a sentence's line does (its clause marks), or a table lined up with spaces.
NOT_A_ROW_RE = re.compile(rf"[{CLAUSE_MARKS}]|  ")
# The same but the half-width comma (a figure's thousands separator in a row: 合计 2,378.77 2,415.44).
SENTENCE_MARK_RE = re.compile(rf"[{CLAUSE_MARKS.replace(',', '')}]|  ")
# A figure cell after a row's first token (a row above the first that ends with a figure, its words after it).
FIGURE_TOKEN_RE = re.compile(r" [-+−]?\d[\d,]*(?:\.\d+)?%?(?= |$)")
SENTENCE_END_RE = re.compile(r"[。;；!?]$")
LABELS_UNCUT = ("two-sided table printed with one space between its cells: labels side by side that do not each name "
                "their side by their words (one label holding a space, or two): where each ends cannot be told, row "
                "left out")
# What no header holds: a clause's marks, an indicator table's level names (产出指标 质量指标 …: its rows).
NOT_A_HEADER_RE = re.compile(rf"[{CLAUSE_MARKS}]|指标(?: |$)")


def _is_figure(token: str) -> bool:
    return token in PLACEHOLDERS or NUMBER_CELL_RE.match(token) is not None


def _tokens(text: str) -> list[str]:
    """A line's cells at its single spaces, a letter-spaced word (``项 目``, ``合 计``) one cell."""
    return letter_spaced_joined([token for token in text.split(" ") if token])


def _header_cells(cells: list[str]) -> bool:
    """Whether every cell is a header's: short, a word in it, no figure."""
    return not any(
        len(cell) > MAX_HEADER_CELL_CHARS or _is_figure(cell) or not WORD_RE.search(cell) for cell in cells
    )


def _header(text: str, divided: bool = False) -> tuple[str, ...] | None:
    """A header line's cells, or None where the line is no header: three cells at least (two where a second row
    divides its last, printed as one word: ``项目 2016年预算数`` over ``小计 其中:一般公共预算安排数``), each short
    with a word in it, no number among them, no sentence, not a numbered row's label first (``(一)因公出国(境)费
    单位不需填列 单位不需填列`` is a row whose cells print words), no two figure columns named alike."""
    if SENTENCE_END_RE.search(text):
        return None
    cells = _tokens(text)
    if len(cells) < 1 + MIN_FIGURE_COLUMNS - divided or NOT_A_HEADER_RE.search(text) or not _header_cells(cells):
        return None
    if divided and len(cells) < 1 + MIN_FIGURE_COLUMNS and cells[-1] != text.split()[-1]:
        return None  # (科目名称 计 出 出 出: a PDF's header broken over lines, its letters joined)
    if OUTLINE_RE.match(cells[0]) or len(set(cells[1:])) < len(cells) - 1:  # (a row's numbered label: (一)…, 1.…)
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
    if len(cells) < 2 or not _header_cells(cells):
        return None
    below = _text_line(lines, position + 1, 1)
    following = lines[below].norm.strip().split(" ") if below is not None else []
    return tuple(cells) if following and _is_figure(following[-1]) else None


def _text_line(lines: list[Line], position: int, step: int) -> int | None:
    """The index of the first line holding text from ``position`` on (``step`` 1 down, -1 up), blank lines passed
    over (:data:`HEADER_GAP` at most: a copy printing a blank line after every line), or None."""
    for _ in range(HEADER_GAP + 1):
        if not 0 <= position < len(lines):
            return None
        if lines[position].norm.strip():
            return position
        position += step
    return None


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


def _row_with_commas(text: str) -> bool:
    """Whether a line's commas are its figures' thousands separators only (合计 2,378.77 2,415.44)."""
    return "," in text and not SENTENCE_MARK_RE.search(text) and all(
        _is_figure(token) for token in text.split(" ") if "," in token)


def _readings_above(lines: list[Line], index: int) -> list[tuple[list[tuple[Line, tuple[str, ...]]], int]]:
    """The header readings above the row at ``lines[index]`` — two rows where the second divides the first's last
    cell, then one — each with the index of its first line; a unit's line and blank lines passed over
    (:data:`HEADER_GAP` at most)."""
    above, passed, rows = index - 1, 0, 0
    while above >= 0:
        text = lines[above].norm.strip()
        if text and FIGURE_TOKEN_RE.search(text):
            rows += 1  # a row above the first that ends with a figure (its last cell words: 合计 4196 注:…)
            if rows > ROWS_ABOVE:
                return []
            above -= 1
            continue
        if text and not (len(text) <= 20 and (is_page_mark(text) or declared_unit(text))):
            break
        passed += 1
        if passed > HEADER_GAP:
            return []
        above -= 1
    if above < 0:
        return []
    text = lines[above].norm.strip()
    if " " not in text or OTHER_SEPARATOR_RE.search(text):
        return []
    out = []
    top_index = _text_line(lines, above - 1, -1)
    if rows == 0 and top_index is not None and _text_line(lines, above + 1, 1) == index and (
        sub := _sub_header(lines, above)
    ) is not None:  # (only blank lines between the header's rows and the first row)
        first = lines[top_index].norm.strip()
        top = _header(first, divided=True) if " " in first and not OTHER_SEPARATOR_RE.search(first) else None
        if top is not None:
            out.append(([(lines[top_index], top), (lines[above], sub)], top_index))
    if (header := _header(text)) is not None:
        out.append(([(lines[above], header)], above))
    return out


def _columns(headers: list[tuple[Line, tuple[str, ...]]]) -> tuple[int, int] | None:
    """(figure columns, text columns) of a header's rows, or None where its words name no such columns."""
    header = headers[0][1]
    figures, texts = _figure_columns(header)
    if len(headers) == 2:
        figures, texts = len(header) - 2 + len(headers[1][1]), 0
    named = [cells for _, cells in headers[:-1]] + [headers[-1][1][: len(headers[-1][1]) - texts]]
    if figures < MIN_FIGURE_COLUMNS - (texts > 0) or any("行次" in c for _, cells in headers for c in cells):
        return None
    return (figures, texts) if leaf_columns(named, figures) is not None else None


def _row_ends(lines: list[Line]) -> list[int]:
    """Indexes of the lines ending with a figure after a space (:data:`ROW_END_RE`): the line breaks after a
    digit or a percent sign found in one scan of the joined lines (a literal the engine skips to), each line's
    end then matched."""
    text, starts = joined_texts(lines, "norm", LINE_JOIN)
    if starts is None:
        return [index for index, line in enumerate(lines) if _ends_row(line.norm)]
    ends = [bisect_right(starts, match.start()) - 1 for match in FIGURE_LINE_END_RE.finditer(text)]
    if lines and lines[-1].norm.rstrip()[-1:] in "0123456789%":
        ends.append(len(lines) - 1)
    return [index for index in ends if _ends_row(lines[index].norm)]


def _ends_row(norm: str) -> bool:
    """Whether a line (ending with a digit or a %) ends with a figure after a space, no other separator in it."""
    tail = norm[-ROW_END_CHARS:]
    return " " in tail and "\t" not in norm and "|" not in norm and ROW_END_RE.search(tail) is not None


def parse_single_space_tables(lines: list[Line]) -> list[Record]:
    """Every figure of the certain rows of every table printed with one space between its cells."""
    out: list[Record] = []
    count = len(lines)
    end = 0  # the lines before it are a table's already
    failed = -2  # the last candidate no header stood above (the next row's is the same: not looked for again)
    for candidate in _row_ends(lines):
        if candidate < end or candidate == failed + 1:
            failed = candidate if candidate == failed + 1 else failed
            continue
        first = lines[candidate].norm.strip()
        if NOT_A_ROW_RE.search(first) and not _row_with_commas(first):
            continue
        readings = _readings_above(lines, candidate)
        two_sided = next(((header, start) for headers, start in readings if len(headers) == 1
                          and (header := headers[0][1]) and label_columns(header) is not None), None)
        if two_sided is not None:
            records, end = _two_sided_table(lines, *two_sided)
            out.extend(records)
            continue
        reading = next(((headers, start, columns) for headers, start in readings
                        if (columns := _columns(headers)) is not None and _row(first, *columns) is not None), None)
        if reading is None:
            failed = candidate
            continue
        headers, start, (figures, texts) = reading
        position = start + 1  # (the rows from the header on: one above the candidate too)
        if len(headers) == 2:
            position = _text_line(lines, start + 1, 1) + 1  # (after the header's second row)
        rows: list[tuple[Line, tuple[str, ...]]] = []
        while position < count:
            text = lines[position].norm.strip()
            if not text or is_page_mark(text) or (not rows and declared_unit(text) and len(text) <= 20):
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
            out.extend(read_table(lines, start, headers, rows))
            end = position
    return out


def _two_sided_table(lines: list[Line], header: tuple[str, ...], start: int) -> tuple[list[Record], int]:
    """A budget's two-sided 收支总表 (``项目 预算数 项目 合计 一般公共预算 …``, its header at ``lines[start]``) printed
    with one space between its cells: its rows' cells at their spaces (a letter-spaced word one cell), read by
    their labels as a separated copy's are (:mod:`ingest.two_sided_budget`: each label's side by its words, its
    figures filling that side's columns, the parts placed by the arithmetic). A row whose labels stand side by side
    without each naming its side by its words (``一、本年收入 合计 …``: one label holding a space, or two) is
    left out with a parse warning: where one label ends cannot be told. The table ends at a line of other
    separators or a sentence's, a title or a table's number (``表二``), or a line of words too long for labels;
    (the records, the index of the line after the table)."""
    from ingest.two_sided_budget import TABLE_END_RE, read_two_sided, side_of  # (only under a two-sided header)

    rows: list[list[tuple[str, Line]]] = []
    left_out: list[Record] = []
    position = start + 1
    while position < len(lines):
        line = lines[position]
        text = line.norm.strip()
        if not text or is_page_mark(text) or (not rows and declared_unit(text) and len(text) <= 20):
            position += 1
            continue
        cells = _tokens(text)
        if (OTHER_SEPARATOR_RE.search(text) or (NOT_A_ROW_RE.search(text) and not _row_with_commas(text))
                or TABLE_END_RE.search(cells[0])
                or any(len(cell) > MAX_HEADER_CELL_CHARS and not _is_figure(cell) for cell in cells)):
            break
        if any(not _is_figure(one) and not _is_figure(after) and (side_of(one) is None or side_of(after) is None)
               for one, after in pairwise(cells)):
            left_out.append(ParseWarning(parser="single_space_tables", message=LABELS_UNCUT,
                                         context=text[:120], source_line=line.number, source_page=line.page))
        else:
            rows.append([(cell, line) for cell in cells])
        position += 1
    if not rows:
        return [], position
    unit = unit_near(lines, start, " ".join(header))
    read = read_two_sided(header, label_columns(header) or 0, rows, unit)  # type: ignore[arg-type]
    return [*(read or []), *left_out], position

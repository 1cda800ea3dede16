"""Tables a web page's copy prints with each cell's text on its own line and the pipe that closes the
cell on the next line alone, read as the tables whose cells close their own lines.

Copied from some sites, a table's cells come out as ``项目`` / ``|`` / ``预算数`` / ``|`` / ``|`` /
``合计`` / ``|`` / ``3.50`` / ``|`` … — a cell's text, then its pipe below it; an empty cell a pipe
alone (a merged cell's several, ``||||``); a cell's text wrapped over two lines before its pipe.
Every reader of tables printed one cell per line expects each cell closed on its own line
(``项目 |``), so :func:`with_cells_closed` moves each closing pipe up to its cell's last text line
(``预算数 |``) and leaves the pipe's line blank (a merged cell's other pipes stay as empty cells) —
every line keeps its number, so every figure keeps its line. A cell wrapped over two lines is
joined on its second line, the first left blank; so is one hard-wrapped at a fixed width over more (two
pieces or more of one length, 20 characters or more, then one no longer), joined on its last piece.
Only runs of such cells are rewritten (six cells at least, no line in them holding a pipe among text): a
lone pipe that opens a row of closed cells (``|`` / ``序号 |``), or a line of prose before a table, is left
as printed. A copy that puts a blank line after every line is read so too, its blank lines kept where they
stand.
"""

from __future__ import annotations

import re

from ingest.text import Line, is_page_mark

LONE_PIPE = "|"
# A line of pipes only: an empty cell (``|``), or a merged cell's pipes (``||||``, ``| | |``).
PIPES_ONLY_RE = re.compile(r"\|(?:\s*\|)*")
# A line of two pipes or more right after a cell's closing pipe (``|`` / ``||||||``): the end of a row laid on
# a wider grid than its cells (some 湖南 / 云南 pages), no cells of its own.
ROW_OF_PIPES_RE = re.compile(r"\|(?:\s*\|)+")
# A run is rewritten when it holds this many cells with text at least.
MIN_CELLS = 6
# A cell's text: at most this many lines before its pipe, each at most this long.
MAX_CELL_LINES = 2
MAX_CELL_CHARS = 200
MAX_WRAPPED_PIECE_CHARS = 16  # (a header's words wrapped: 一般公共 / 预算; no line of prose before a table)


def _is_text(line: str) -> bool:
    """A cell's text: short, or a sentence of any length (a column of words' cell, 备注 printing a note)."""
    text = line.strip()
    return bool(text) and "|" not in text and (len(text) <= MAX_CELL_CHARS or text.endswith("。")) and (
        not is_page_mark(text))


def _furniture(text: str) -> bool:
    """A blank line, or a page's number (a running header too, as :func:`~ingest.text.split_lines` reads it):
    no cell, between two cells of a table printed over two pages."""
    return not text or is_page_mark(text)


def with_cells_closed(text: str) -> str:
    """``text`` with every run of cells closed by a pipe on the next line rewritten as cells closing
    their own lines (see the module docstring); ``text`` itself where it holds none."""
    if "\n|" not in text:
        return text  # (most documents: no pipe starts a line)
    lines = text.split("\n")
    changed = False
    index = 0
    while index < len(lines):
        run_end, cells = _run(lines, index)
        if cells >= MIN_CELLS:
            _close(lines, index, run_end)
            changed = True
            index = run_end
        else:
            index = max(run_end, index + 1)
    return "\n".join(lines) if changed else text


def lines_with_cells_closed(lines: list[Line]) -> list[Line]:
    """:func:`with_cells_closed` on lines already made (a web page's, each numbered by its source line; a text's,
    its running headers read as page numbers): the lines rewritten made again with the same number and page;
    ``lines`` themselves where none is."""
    texts = [line.text for line in lines]
    if not any(text[:1] == LONE_PIPE for text in texts) or any("\n" in text for text in texts):
        return lines  # (most pages: no line starts with a pipe)
    closed = with_cells_closed("\n".join(texts)).split("\n")
    if len(closed) != len(lines):
        return lines
    return [line if text == line.text else Line(line.number, text, line.page)
            for line, text in zip(lines, closed, strict=True)]


def _run(lines: list[str], start: int) -> tuple[int, int]:
    """(end, cells with text) of the run of cells closed below that starts at ``start``."""
    index, cells = start, 0
    while index < len(lines):
        stripped = lines[index].strip()
        if _furniture(stripped) or pipes_only(stripped):  # a blank (a page's number), or empty cells
            index += 1
            continue
        cell = _cell_at(lines, index)
        if cell is None:
            break
        cells += 1
        index = cell[1] + 1
    return index, cells


# Lines of furniture (blank lines, a page's number and running header) between a cell's text and its pipe.
MAX_FURNITURE_LINES = 3


def _past_furniture(lines: list[str], start: int) -> int:
    """The index of the first line from ``start`` on that is no furniture (at most MAX_FURNITURE_LINES passed)."""
    index = start
    while index < len(lines) and index - start < MAX_FURNITURE_LINES and _furniture(lines[index].strip()):
        index += 1
    return index


def _cell_at(lines: list[str], index: int) -> tuple[list[int], int] | None:
    """(the lines of a cell's text, the line of its pipe) of the cell whose text starts at ``index``: one line
    of text or two (a header's words wrapped: 一般公共 / 预算), then a line of pipes — blank lines (a copy printing
    one after every line) or a page's furniture may stand between; None where no pipe closes it."""
    if not _is_text(lines[index]):
        return None
    if pieces := _wrapped_cell(lines, index):  # a cell hard-wrapped at a fixed width, its pipe right below
        return list(range(index, index + pieces)), index + pieces
    after = _past_furniture(lines, index + 1)
    if after < len(lines) and pipes_only(lines[after].strip()):
        return [index], after
    if after < len(lines) and _is_text(lines[after]) and not any(
        len(lines[k].strip()) > MAX_WRAPPED_PIECE_CHARS for k in (index, after)
    ):  # (no wrapped cell where a piece is long: one cell, or a line before the run)
        below = _past_furniture(lines, after + 1)
        # (furniture between the text's two lines only as between its text and its pipe: a copy printing a blank
        # line after every line — a title above the first cell, a blank line between, is no part of it)
        if below < len(lines) and pipes_only(lines[below].strip()) and (after == index + 1) == (below == after + 1):
            return [index, after], below
    return None


# A cell's text hard-wrapped at a fixed width (a PDF's text: every piece but the last this long at least, all
# of one length) before its pipe: its pieces, however many.
MIN_WRAP_CHARS = 20
MAX_WRAP_PIECES = 12


def _wrapped_cell(lines: list[str], index: int) -> int:
    """How many lines from ``index`` are one cell's text hard-wrapped at a fixed width — two pieces or more
    of one length (20 characters or more), then one no longer — right before the pipe closing it; else 0."""
    width = len(lines[index])
    if width < MIN_WRAP_CHARS or not _is_text(lines[index]):
        return 0
    end = index + 1
    while end < len(lines) and end - index < MAX_WRAP_PIECES and len(lines[end]) == width and _is_text(lines[end]):
        end += 1
    if end - index < 2 or end >= len(lines):
        return 0
    if pipes_only(lines[end].strip()):
        return end - index  # (the last piece as long as the others)
    last = _is_text(lines[end]) and len(lines[end]) <= width
    if last and end + 1 < len(lines) and pipes_only(lines[end + 1].strip()):
        return end - index + 1
    return 0


def _close(lines: list[str], start: int, end: int) -> None:
    """Rewrite the run ``lines[start:end]`` in place (see :func:`with_cells_closed`): each cell's pipe moved up
    to its text's last line, a text of two lines joined on the second (the first left blank)."""
    index = start
    while index < end:
        stripped = lines[index].strip()
        if _furniture(stripped) or pipes_only(stripped):
            if index > start and ROW_OF_PIPES_RE.fullmatch(stripped) and (
                pipes_only(lines[index - 1]) or not lines[index - 1].strip()
            ):  # a row of pipes after a cell's pipe (moved up: its line blank): the row's end, padding a wider grid
                lines[index] = ""
            index += 1
            continue
        texts, pipe = _cell_at(lines, index)  # type: ignore[misc]  # (every cell of a run has one)
        lines[texts[-1]] = "".join(lines[k].strip() for k in texts) + " |" if len(texts) > 1 else (
            f"{lines[index].rstrip()} |")
        for k in texts[:-1]:
            lines[k] = ""
        lines[pipe] = _after_first_pipe(lines[pipe])
        index = pipe + 1


def pipes_only(text: str) -> bool:
    """Whether a line holds pipes only (``|``, ``| |||``: empty cells, a merged cell's, or a copy's padding)."""
    text = text.strip()
    return text[:1] == LONE_PIPE and PIPES_ONLY_RE.fullmatch(text) is not None


def _after_first_pipe(line: str) -> str:
    """A line of pipes without the one that closes the cell above (the rest: empty cells, or nothing)."""
    return line.strip()[1:].strip()

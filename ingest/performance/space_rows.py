"""Rows of a 项目支出绩效自评表 whose cells are separated by spaces (a web page's table copied as text).

A page's table copied as text often keeps each row on a line with its cells separated by spaces,
the empty cells gone, and the narrow merged cells of the levels wrapped one piece per line:

    年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
    年度资金总额: 880 880 880 10 10
    …
    数量指标 指标1:完成中型灌区节水改造项目数量 1 1 10 10
    ……
    经济效益
    指标
    指标1:全市安全度汛 10 10

:func:`iter_space_rows` gives the grid reader (:mod:`~ingest.performance.self_evaluation`) the
rows such a table holds: a line's space-separated parts as cells (the reader maps the non-empty
cells of a row in order, as it does for a tab-separated row whose empty cells were dropped, and
leaves a row with fewer values than its header's columns unplaced); the pieces of a level name
wrapped over lines joined into one cell (``经济效益`` + ``指标``); a header's pieces printed on the
lines above it (``项目资金`` / ``(万元)``) as its first cells. What only fills the template is
dropped: ellipsis lines (``……``), a level's points (``(50分)``) and numbered indicator rows with
nothing in them (``指标2:``, ``指标1:/ / /``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ingest.performance.indicator_values import EMPTY_VALUES
from ingest.performance.levels import is_level1, is_level2
from ingest.performance.tables import GridRow, TableBlock, made_cell, tidy_keyed
from ingest.spaced_cells import letter_spaced_joined
from ingest.text import PAGE_MARK_FIRST, Line, is_page_mark
from ingest.units import canonical_unit

# A line that only fills the template: an ellipsis (……, ..., 。。。), a level's points ((50分)).
FILLER_RE = re.compile(r"^(?:[.…。·]+|\(\d+(?:\.\d+)?分\))$")
# A numbered indicator of the template (指标1:) and the placeholders of an empty cell (an empty value's).
NUMBERED_RE = re.compile(r"^指标\d+[:]")
PLACEHOLDERS = EMPTY_VALUES
# Words of a header row: the lines above it holding one piece each belong to it (项目资金 / (万元)).
HEADER_WORDS = ("年初预算", "三级指标")
# At most this many single pieces are held while they may still join into a level name.
MAX_PIECES = 3


# What a space-separated table prints on one line each (and a table whose cells were wrapped at
# their columns' widths seldom does): its funds header (年初预算数 全年预算数(A) 全年执行数(B) …)
# and its 总分 row with its numbers (总分 100 100) — the weights are checked against that row.
FUNDS_HEADER_RE = re.compile(r"(?:年初|全年)预算数?\S*\s+\S*(?:执行数|预算数)")
TOTAL_ROW_RE = re.compile(r"^\s*(?:总分|合计)\s+\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)?\s*$")


def could_be_space_separated(block: TableBlock) -> bool:
    """Whether a table printed as plain text may be read as cells between spaces: it prints its
    funds header and its 总分 row each on one line (a cheap look before the rows are read)."""
    total = funds = False
    for line in block.lines:  # (each pattern tried only on the lines holding its words)
        compact = line.compact
        total = total or (("总分" in compact or "合计" in compact) and TOTAL_ROW_RE.match(line.norm) is not None)
        funds = funds or ("预算" in compact and FUNDS_HEADER_RE.search(line.norm) is not None)
        if total and funds:
            return True
    return False


def _is_filler(tokens: list[str]) -> bool:
    """A line of the template's filler: an ellipsis, a level's points, or a numbered indicator
    whose name and values are all empty (``指标2:``, ``指标1:/ / /``)."""
    if len(tokens) == 1 and FILLER_RE.match(tokens[0]):
        return True
    first = NUMBERED_RE.match(tokens[0])
    return first is not None and all(
        token in PLACEHOLDERS for token in (tokens[0][first.end() :], *tokens[1:])
    )


def _row(parts: list[str], number: int) -> GridRow:
    """The grid row of ``parts`` (texts as printed) on line ``number``."""
    cells = []
    for part in parts:
        text, key = tidy_keyed(part)
        cells.append(made_cell(text, number, key))
    return GridRow.of(tuple(cells), number)


def _is_unit(token: str) -> bool:
    """A unit of the vocabulary printed alone (``%``, ``个``, ``元/亩``, ``元/平方米``, ``hm2``)."""
    return canonical_unit(token) is not None


def _units_joined(tokens: list[str]) -> list[str]:
    """``tokens`` with a unit printed apart from its number joined back to it (``95 %`` is ``95%``,
    ``50 个`` is ``50个``, ``<=475 元/亩`` is ``<=475元/亩``): a space between a number and the unit after it
    separates no cells (a unit is never a cell of its own after a number: a unit column's cell stands
    under its header, joined or not, and a unit beside the number is the number's)."""
    if len(tokens) < 2 or not any(
        token[-1:].isdigit() and _is_unit(after) for token, after in pairwise(tokens)
    ):
        return tokens
    out: list[str] = []
    for token in tokens:
        if out and out[-1][-1:].isdigit() and _is_unit(token):
            out[-1] += token
        else:
            out.append(token)
    return out


def iter_space_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """The rows of a table whose cells are separated by spaces (see the module's docstring), each
    made when the reader reaches it."""
    pieces: list[tuple[str, int]] = []  # single-piece lines that may still join into a level name
    for line in lines:
        # (a word printed letter-spaced, 产 出 指 标 — corpus 31 xiaoxian L15 — one cell, as the stream reads it)
        tokens = letter_spaced_joined(_units_joined(line.norm.split()))
        if not tokens or _is_filler(tokens) or (tokens[0][0] in PAGE_MARK_FIRST and is_page_mark(line.norm)):
            continue  # (a page's number between two pages of the table: no row)
        if len(tokens) == 1:
            pieces.append((tokens[0], line.number))
            joined = "".join(piece for piece, _ in pieces)
            if is_level1(joined) or is_level2(joined):  # 经济效益 + 指标, 可持续影 + 响指标
                yield _row([joined], pieces[0][1])
                pieces.clear()
            elif len(pieces) > MAX_PIECES:
                del pieces[0]
            continue
        if pieces and any(word in "".join(tokens) for word in HEADER_WORDS):
            tokens = [piece for piece, _ in pieces] + tokens  # 项目资金 / (万元) above the header
        pieces.clear()
        yield _row(tokens, line.number)
    for piece, number in pieces:  # a table's last single pieces (a 总分 row printed alone)
        yield _row([piece], number)

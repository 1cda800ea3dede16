"""The cells of a line whose columns are lined up with spaces, and where each stands; and the cells of a line
printed with one space between its cells, a letter-spaced word one cell.

A cell is a run of non-spaces joined by single spaces (two spaces or more part two cells: ``项 目``
is one cell, ``合计      2378.77`` two). Where a cell stands is counted two ways, as extractions
line columns up: in characters (``pdftotext -layout``) and in display columns, a CJK character two
wide (a copy padded for the screen). Used by :mod:`ingest.space_tables` and
:mod:`ingest.performance.aligned_rows`.

Where one space parts the cells too, a word printed letter-spaced to fill its cell (``项 目``, ``产 出 指 标``)
is joined back by :func:`letter_spaced_joined` (:mod:`ingest.single_space_tables`,
:mod:`ingest.performance.indicator_stream`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

CELL_RE = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class SpacedCell:
    text: str
    start: int  # in characters
    end: int
    start_wide: int  # in display columns (a wide character counts two)
    end_wide: int


def letter_spaced_joined(tokens: Iterable[str]) -> list[str]:
    """``tokens`` (a line's words between single spaces, none empty) as cells: a run of single CJK characters is a
    letter-spaced word, one cell (``项 目`` → ``项目``, ``产 出 指 标`` → ``产出指标``; never ``8 8``)."""
    cells: list[str] = []
    previous_single = False
    for token in tokens:
        single = len(token) == 1 and "\u4e00" <= token <= "\u9fff"
        if cells and single and previous_single:
            cells[-1] += token
        else:
            cells.append(token)
        previous_single = single
    return cells


def display_width(text: str) -> int:
    """Display columns of ``text``: a wide or full-width character (CJK) counts two."""
    return len(text) + sum(1 for char in text if ord(char) > 0x2E7F and unicodedata.east_asian_width(char) in "WF")


def spaced_cells(text: str) -> tuple[SpacedCell, ...]:
    """The cells of ``text`` (a line's normalised text) and where each stands."""
    out: list[SpacedCell] = []
    width = position = 0
    for match in CELL_RE.finditer(text):
        start, end = match.span()
        width += display_width(text[position:start])
        start_wide = width
        width += display_width(match.group())
        position = end
        out.append(SpacedCell(match.group(), start, end, start_wide, width))
    return tuple(out)

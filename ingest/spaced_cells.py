"""The cells of a line whose columns are lined up with spaces, and where each stands.

A cell is a run of non-spaces joined by single spaces (two spaces or more part two cells: ``项 目``
is one cell, ``合计      2378.77`` two). Where a cell stands is counted two ways, as extractions
line columns up: in characters (``pdftotext -layout``) and in display columns, a CJK character two
wide (a copy padded for the screen). Used by :mod:`ingest.space_tables` and
:mod:`ingest.performance.aligned_rows`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CELL_RE = re.compile(r"\S+(?: \S+)*")


@dataclass(frozen=True)
class SpacedCell:
    text: str
    start: int  # in characters
    end: int
    start_wide: int  # in display columns (a wide character counts two)
    end_wide: int


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

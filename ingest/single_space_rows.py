"""A table's row printed with single spaces, its cells' borders gone: a label, then numbers, then words.

A web page's or a PDF's table copied as text often loses its cells' borders and prints each row on a line
with one space between its cells — ``合 计 213.4 259``, ``1. 财政补助收入 6909800 55508400 48598600 703.33%``.
The spaces no longer tell which number stands under which header, so the readers of such rows
(:mod:`ingest.sum_rows`: a 合计 the sum of the other rows; :mod:`ingest.change_rows`: ``b − a = c``,
``c / a = d%``) accept a row only where its arithmetic confirms it. This module cuts a line into a row's
parts, the same way for both (:func:`spaced_row`):

- the **numbers**: the row's last ``count`` numbers, separated by spaces, each as printed (a sign, thousands
  separators, a ``%`` after it, a space allowed before the ``%``) — never a number run into words after it
  (``1.5万人次``) nor one after a digit, a point, a comma or a ``%``;
- the **label**: the text before them (a space inside it kept, ``合 计``; it may be empty, or run into the
  first number, ``收入6909800``: :attr:`SpacedRow.spaced` says whether a space parts them);
- after them, where the reader allows it, a **tail** of words (a text column's cell, ``测算依据``) after a
  space, or a pipe closing the row (``703.33%|``).

Each reader then says what its numbers and its label may be.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

NUMBER = r"[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# One number of the row, with its percent sign if it has one.
NUMBER_CELL = rf"{NUMBER}(?:\s*+%)?"
NUMBER_CELL_RE = re.compile(NUMBER_CELL)


@dataclass(frozen=True)
class SpacedRow:
    """A line cut into a row's parts (see the module docstring)."""

    label: str
    numbers: tuple[str, ...]  # as printed (``703.33%``, ``-1,234.5``, ``5 %``)
    tail: str | None  # the words after the numbers, where allowed
    spaced: bool  # a space stands between the label and the first number


@functools.cache
def _row_re(count: int, tail: bool, pipe: bool) -> re.Pattern[str]:
    return re.compile(
        # (possessive spaces, *+ / ++: a line padded with spaces, a table lined up in display columns, is cut in
        # linear time — backtracking into a run of spaces can place nothing differently)
        rf"^\s*+(?P<label>.*?)\s*+(?<![\d.,%])(?P<numbers>{NUMBER_CELL}(?:\s++{NUMBER_CELL}){{{count - 1}}})"
        + (r"(?:\s+(?P<tail>\S.*))?" if tail else "")
        + (r"\s*[|]?" if pipe else "")
        + r"\s*$"
    )


def spaced_row(text: str, count: int, *, tail: bool = False, pipe: bool = False) -> SpacedRow | None:
    """``text`` cut into a label and its last ``count`` numbers (then words, with ``tail``; or a pipe closing
    the row, with ``pipe``), or None where it ends otherwise."""
    match = _row_re(count, tail, pipe).match(text)
    if match is None:
        return None
    return SpacedRow(
        label=match.group("label"),
        numbers=tuple(cell.group() for cell in NUMBER_CELL_RE.finditer(match.group("numbers"))),
        tail=match.group("tail") if tail else None,
        spaced=match.end("label") < match.start("numbers"),
    )

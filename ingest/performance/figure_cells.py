"""The cells of a funds row printed one per line: a figure (``1,172.55``, ``10分``, ``97.5%``, ``50万元``) or a
dash holding an empty column's place (``-``, ``——``, ``/``) — what the department funds reader, the wrapped
reader's cell-per-line funds rows and the run-together reading's check all take a row's cells to be."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ingest.vocabulary import EMPTY_CELL_MARKS

# A cell that is a figure: a number with its unit at most.
FIGURE_CELL_RE = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:万元|元|分|%)?")
# A dash or slash holding an empty column's place.
PLACEHOLDER_CELLS = EMPTY_CELL_MARKS | {"\\"}

Cell = TypeVar("Cell")


def is_figure_or_placeholder(key: str) -> bool:
    """Whether a cell's compact text is a figure or a column's placeholder."""
    return key in PLACEHOLDER_CELLS or FIGURE_CELL_RE.fullmatch(key) is not None


def figures_from(
    cells: Sequence[Cell], start: int, most: int, key: Callable[[Cell], str]
) -> tuple[list[tuple[str | None, Cell]], int]:
    """The figure cells from ``cells[start]`` on, ``most`` at the most, up to the first other cell: each
    as (its compact text, or None for a placeholder; the cell), and where they end."""
    figures: list[tuple[str | None, Cell]] = []
    position = start
    while position < len(cells) and len(figures) < most:
        text = key(cells[position])
        if text in PLACEHOLDER_CELLS:
            figures.append((None, cells[position]))
        elif FIGURE_CELL_RE.fullmatch(text):
            figures.append((text, cells[position]))
        else:
            break
        position += 1
    return figures, position

"""Shared by the allocation-table tests: the records of ``parse_allocation_tables`` as label → value, warnings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.allocation import parse_allocation_tables
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
WAN = Decimal(10000)


def read_allocation(text: str) -> tuple[dict[str, Decimal], list[ParseWarning]]:
    """The figures of the allocation tables of ``text`` by their labels, and the parse warnings."""
    records = parse_allocation_tables(split_lines(text))
    figures = {r.label: r.value for r in records if isinstance(r, StatedFigure)}
    return figures, [r for r in records if isinstance(r, ParseWarning)]

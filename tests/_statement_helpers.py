"""Shared by the unseen prose batches' tests: the statements of a text, of a fixture page, and the
identity of a text written to a file."""

from __future__ import annotations

from pathlib import Path

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def figures(text: str) -> list[StatedFigure]:
    """The statements the sentence reader reads in ``text``."""
    return parse_statements(build_paragraphs(split_lines(text)))


def stated(name: str) -> list[StatedFigure]:
    """The statements of the whole document of the fixture page ``name``."""
    return [r for r in parse_path(PAGES / name).records if isinstance(r, StatedFigure)]


def page_info(text: str, folder: Path):
    """The document info of ``text`` written to a file in ``folder`` and parsed."""
    path = folder / "page.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path).info

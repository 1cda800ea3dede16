"""Statements a 预决算公开 reviewer checks beyond sums (R19–R21): direction words with the figures
they compare, the years a document states for itself, and template leftovers.

:func:`parse_review` reads every line of any document (narrative, tables, cover) once into
paragraphs (:mod:`.passages`) and runs one extractor per concept: :mod:`.direction_words`
(大于 / 小于 / 持平 / 增加 / 下降 …), :mod:`.years` (2024年度部门决算, 截至2024年12月31日) and
:mod:`.leftovers` (XX, ××, 某某, empty brackets, 模板). The rules live in
``models/reconciliation/``; these records only say what the document prints, and where.
"""

from __future__ import annotations

from ingest.final_accounts.paragraphs import Paragraph, as_paragraphs, build_paragraphs
from ingest.records import DocumentInfo, Record
from ingest.review.direction_words import parse_direction_words
from ingest.review.leftovers import parse_leftovers
from ingest.review.years import parse_years
from ingest.text import Line

__all__ = ["parse_review"]


def parse_review(lines: list[Line], info: DocumentInfo, paragraphs: list[Paragraph] | None = None) -> list[Record]:
    """Direction statements, year statements and template leftovers of ``lines`` (``paragraphs``:
    the document's paragraphs when the caller has built them already)."""
    paragraphs = build_paragraphs(lines) if paragraphs is None else as_paragraphs(paragraphs)
    records: list[Record] = []
    records.extend(parse_direction_words(paragraphs))
    records.extend(parse_years(paragraphs, info))
    records.extend(parse_leftovers(lines))
    return records

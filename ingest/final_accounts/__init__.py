"""Parsers of 部门决算 (final account) narrative sections.

:func:`parse_final_account` builds the paragraphs and sections once (:mod:`.sections`) and runs
one parser per concept: :mod:`.summary`, :mod:`.fiscal_appropriation`, :mod:`.functional_items`,
:mod:`.basic_expenditure`, :mod:`.three_public`, :mod:`.other_matters`, :mod:`.personnel`,
:mod:`.performance_summary`, plus a :class:`~ingest.records.SectionStatus` per expected section.
"""

from __future__ import annotations

from ingest.final_accounts.basic_expenditure import parse_basic_expenditure
from ingest.final_accounts.fiscal_appropriation import parse_fiscal_appropriation
from ingest.final_accounts.functional_items import parse_functional_items
from ingest.final_accounts.other_matters import parse_other_matters
from ingest.final_accounts.paragraphs import Paragraph
from ingest.final_accounts.performance_summary import parse_performance_summary
from ingest.final_accounts.personnel import parse_personnel
from ingest.final_accounts.sections import build_narrative, parse_section_statuses
from ingest.final_accounts.summary import parse_summary
from ingest.final_accounts.three_public import parse_three_public
from ingest.final_accounts.unreadable_figures import unreadable_headline_figures
from ingest.records import DocumentInfo, Record
from ingest.text import Line

__all__ = ["parse_final_account"]


def parse_final_account(
    lines: list[Line], info: DocumentInfo, paragraphs: list[Paragraph] | None = None
) -> list[Record]:
    """Every final-account figure of the narrative as records (empty if no narrative is found);
    ``paragraphs``: the document's paragraphs when the caller has built them already."""
    narrative = build_narrative(lines, paragraphs)
    if not any(block.in_narrative for block in narrative.blocks):
        # a fragment without the narrative's headings: its 类/款/项 sentences are still recognisable
        return [item for item in parse_functional_items(narrative, anywhere=True) if item.level != "类"]
    records: list[Record] = []
    records.extend(parse_personnel(narrative))
    records.extend(parse_summary(narrative))
    records.extend(parse_fiscal_appropriation(narrative))
    records.extend(parse_functional_items(narrative))
    records.extend(parse_basic_expenditure(narrative))
    records.extend(parse_three_public(narrative))
    records.extend(parse_other_matters(narrative))
    records.extend(parse_performance_summary(narrative))
    records.extend(parse_section_statuses(narrative))
    records.extend(unreadable_headline_figures(lines, records))
    return records

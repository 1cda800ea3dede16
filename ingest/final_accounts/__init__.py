"""Parsers of 部门决算 (final account) narrative sections (placeholder, being built)."""

from __future__ import annotations

from ingest.records import DocumentInfo, Record
from ingest.text import Line


def parse_final_account(lines: list[Line], info: DocumentInfo) -> list[Record]:
    """Every final-account figure of the document as records."""
    return []

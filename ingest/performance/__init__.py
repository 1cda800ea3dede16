"""Parsers of performance tables: 项目支出绩效自评表 and 整体支出绩效目标表 (placeholder)."""

from __future__ import annotations

from ingest.records import DocumentInfo, Record
from ingest.text import Line


def parse_performance(lines: list[Line], info: DocumentInfo) -> list[Record]:
    """Every project, funding row, indicator, target task and goal of the document."""
    return []

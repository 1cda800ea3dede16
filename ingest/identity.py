"""Who published a document, for which year, and in what layout (placeholder, being built)."""

from __future__ import annotations

from ingest.records import DocumentInfo
from ingest.text import Line


def parse_identity(lines: list[Line], *, source_name: str, is_pdf: bool = False) -> DocumentInfo:
    """Detect department, region, year, document type and layout from the text."""
    return DocumentInfo(department_name=source_name, source_line=1, layout="pdf" if is_pdf else "unknown")

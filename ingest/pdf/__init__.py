"""Reading PDFs with a text layer (placeholder: plain text per page, no tables yet)."""

from __future__ import annotations

import io

from ingest.records import Record
from ingest.text import DocumentError, Line, split_lines


def parse_pdf(data: bytes) -> tuple[list[Line], list[Record]]:
    """Text lines of every page (numbered within the page, ``page`` set) and table records."""
    import pdfplumber

    lines: list[Line] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page_no, page in enumerate(pdf.pages, start=1):
                lines.extend(split_lines(page.extract_text() or "", page=page_no))
    except Exception as exc:  # pdfminer raises many types for broken files
        raise DocumentError(f"unreadable PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    if not any(line.text.strip() for line in lines):
        raise DocumentError("PDF has no text layer (scanned images?): nothing to parse")
    return lines, []

"""Reading PDFs with a text layer: lines for the narrative parsers, records from the tables.

:func:`parse_pdf` is what :mod:`ingest.document` calls. It reads every page once with PDFium
(:mod:`ingest.pdf.pages`), finds the 决算 / 预算 tables (:mod:`ingest.pdf.tables`), maps their rows
to records (:mod:`ingest.pdf.table_records`) and reports
which required tables and sections the document has (:mod:`ingest.pdf.completeness`).
"""

from __future__ import annotations

from ingest.pdf.completeness import completeness_statuses
from ingest.pdf.pages import lines_of_pages, read_pages
from ingest.pdf.table_records import table_records
from ingest.pdf.tables import find_tables
from ingest.records import Record
from ingest.text import Line

__all__ = ["parse_pdf"]


def parse_pdf(data: bytes) -> tuple[list[Line], list[Record]]:
    """Text lines of every page (numbered within the page, ``page`` set) and table records.

    Raises :class:`~ingest.text.DocumentError` (one line) for a corrupt PDF or one without text.
    """
    pages = read_pages(data)
    tables = find_tables(pages)
    records: list[Record] = [*table_records(tables), *completeness_statuses(tables, pages)]
    return lines_of_pages(pages), records

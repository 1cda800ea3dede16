"""One document from file to records: read, decode, detect, dispatch to the parsers.

:func:`parse_path` is the only entry point the CLI, the loader and the flow call. It never
raises anything but :class:`~ingest.text.DocumentError` (a one-line reason) for bad input.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ingest.final_accounts import parse_final_account
from ingest.identity import parse_identity
from ingest.pdf import parse_pdf
from ingest.performance import parse_performance
from ingest.records import DocumentInfo, Record
from ingest.review import parse_review
from ingest.text import DocumentError, Line, decode_text, split_lines, with_pages

# Largest document accepted; a fiscal disclosure is a few MB at most.
MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")


@dataclass(frozen=True)
class ParsedDocument:
    """A document's identity, provenance and every record read from it."""

    document_id: str  # sha256 of the file bytes
    source_path: str
    encoding: str  # utf-8 / utf-8-sig / utf-16 / gb18030 / pdf
    info: DocumentInfo
    records: list[Record] = field(default_factory=list)

    @property
    def all_records(self) -> list[Record]:
        return [self.info, *self.records]


def document_id_of(data: bytes) -> str:
    """The warehouse's document key: sha256 of the file bytes, hex."""
    return hashlib.sha256(data).hexdigest()


def read_document_bytes(path: Path) -> bytes:
    """Read a file's bytes with one-line reasons for the ways that can fail."""
    try:
        if path.is_dir():
            raise DocumentError("is a directory, not a document")
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise DocumentError(
                f"file too large ({size / 1024 / 1024:.0f} MB > {MAX_DOCUMENT_BYTES // 1024 // 1024} MB)"
            )
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc.strerror or exc}") from None


def lines_of(data: bytes, path: Path) -> tuple[list[Line], str, list[Record]]:
    """Numbered lines of a document, the encoding they were read with, and for a PDF the
    records read from its tables (text files have none)."""
    if data.startswith(PDF_MAGIC) or path.suffix.lower() == ".pdf":
        if not data.startswith(PDF_MAGIC):
            raise DocumentError("not a PDF: file has a .pdf name but no %PDF- header")
        lines, table_records = parse_pdf(data)
        return lines, "pdf", table_records
    text, encoding = decode_text(data)
    return split_lines(text), encoding, []


def parse_lines(
    lines: list[Line],
    source_name: str,
    encoding: str = "utf-8",
    table_records: list[Record] | None = None,
) -> tuple[DocumentInfo, list[Record]]:
    """Run identity detection and every content parser over ``lines``.

    Narrative final-account sections are read only from final accounts; performance tables
    from every document; ``table_records`` (from a PDF's tables) come first.
    """
    info = parse_identity(lines, source_name=source_name, is_pdf=encoding == "pdf")
    records: list[Record] = list(table_records or [])
    if info.doc_type == "final_account":
        records.extend(parse_final_account(lines, info))
    records.extend(parse_performance(lines, info))
    if records:  # R19–R21 statements only of a document some parser recognised
        records.extend(parse_review(lines, info))
    if not records:
        raise DocumentError(
            "no recognisable section: not a 部门决算, 预算 or 绩效 document this parser knows"
        )
    if encoding != "pdf":  # a text extraction with form feeds: every record gets its page
        info, *records = with_pages([info, *records], lines)
    return info, records


def parse_bytes(data: bytes, path: Path) -> ParsedDocument:
    """Parse a document already read into memory (``path`` names it and hints its type)."""
    lines, encoding, table_records = lines_of(data, path)
    info, records = parse_lines(lines, source_name=path.name, encoding=encoding, table_records=table_records)
    return ParsedDocument(
        document_id=document_id_of(data),
        source_path=str(path),
        encoding=encoding,
        info=info,
        records=records,
    )


def parse_path(path: str | Path) -> ParsedDocument:
    """Parse the document at ``path``; raise :class:`DocumentError` with a one-line reason."""
    path = Path(path)
    return parse_bytes(read_document_bytes(path), path)

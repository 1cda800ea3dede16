"""Finding the documents of a corpus folder and loading them into the warehouse."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ingest.document import ParsedDocument, document_id_of, parse_bytes, read_document_bytes
from ingest.text import DocumentError
from juesuan.load import load_documents, log_outcome, quarantine

DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".markdown", ".pdf")


def discover_documents(docs_dir: Path) -> Iterator[Path]:
    """Every document file below ``docs_dir``, sorted; symlinked folders are not followed.

    Hidden files and files with other suffixes are skipped.
    """
    for root, dirs, files in os.walk(docs_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(DOCUMENT_SUFFIXES):
                continue
            yield Path(root) / name


@dataclass
class LoadSummary:
    run_id: str
    loaded: list[str] = field(default_factory=list)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    records: int = 0
    seconds: float = 0.0


def parse_one(path: Path) -> tuple[ParsedDocument | None, str | None, bytes | None]:
    """Parse one file: ``(document, None, bytes)`` or ``(None, reason, bytes-or-None)``."""
    data: bytes | None = None
    try:
        data = read_document_bytes(path)
        return parse_bytes(data, path), None, data
    except DocumentError as exc:
        return None, str(exc), data
    except Exception as exc:  # a parser bug must not stop the other documents
        return None, f"parser error: {type(exc).__name__}: {exc}".splitlines()[0], data


def load_corpus(docs_dir: Path, db_path: Path) -> LoadSummary:
    """Parse every document below ``docs_dir`` and load it into ``db_path``."""
    summary = LoadSummary(run_id=uuid.uuid4().hex[:12])
    started = time.perf_counter()
    with duckdb.connect(str(db_path)) as con:
        for path in discover_documents(docs_dir):
            t0 = time.perf_counter()
            doc, reason, data = parse_one(path)
            doc_id = document_id_of(data) if data is not None else None
            if doc is None:
                quarantine(con, source_path=str(path), reason=reason or "unknown", document_id=doc_id, content=data)
                log_outcome(con, run_id=summary.run_id, source_path=str(path), status="quarantined",
                            document_id=doc_id, reason=reason, seconds=time.perf_counter() - t0)
                summary.quarantined.append((str(path), reason or "unknown"))
                continue
            result = load_documents(con, [doc])
            con.execute("delete from audit.quarantine where source_path = ?", [str(path)])
            log_outcome(con, run_id=summary.run_id, source_path=str(path), status="loaded",
                        document_id=doc.document_id, records=result.records, seconds=time.perf_counter() - t0)
            summary.loaded.append(str(path))
            summary.records += result.records
    summary.seconds = time.perf_counter() - started
    return summary

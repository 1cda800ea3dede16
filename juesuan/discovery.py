"""Which files of a documents folder are documents, and what each one is before it is parsed.

:func:`discover_corpus` walks the folder (symlinked folders are skipped with a reason, so a
symlink loop cannot trap the walk); :func:`fingerprint_documents` reads each file's size and
sha256 — the document's identity, whatever its path (a file over ``MAX_DOCUMENT_BYTES`` is
refused by its size, never read); :func:`parser_version` names the parser code that reads them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import ingest
from ingest.document import MAX_DOCUMENT_BYTES

# (office files: ingest/office.py reads .xlsx/.xls/.docx; a .doc is refused with its reason, so it is
# quarantined rather than silently ignored)
DOCUMENT_SUFFIXES = (
    ".txt", ".md", ".text", ".markdown", ".pdf", ".html", ".htm", ".shtml", ".xhtml",
    ".xlsx", ".xlsm", ".xls", ".docx", ".doc",
)
@dataclass(frozen=True)
class Discovery:
    """Document files of a folder and the folders that were skipped, with the reason."""

    paths: list[Path]
    skipped: list[tuple[str, str]] = field(default_factory=list)


def _is_document(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(DOCUMENT_SUFFIXES)


def discover_corpus(docs_dir: Path) -> Discovery:
    """Every document file below ``docs_dir`` (absolute, sorted) and the skipped folders.

    Hidden files and other suffixes are ignored; symlinked folders are not followed (a link back
    to a parent would loop) and are reported as skipped. Symlinked files are kept: reading one
    that loops fails later with a one-line reason.
    """
    root_dir = Path(os.path.abspath(docs_dir))
    paths: list[Path] = []
    skipped: list[tuple[str, str]] = []
    for root, dirs, files in os.walk(root_dir, followlinks=False):
        kept = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if os.path.islink(os.path.join(root, name)):
                skipped.append((os.path.join(root, name), "symlinked folder not followed (could loop)"))
                continue
            kept.append(name)
        dirs[:] = kept
        paths.extend(Path(root) / name for name in sorted(files) if _is_document(name))
    return Discovery(paths=paths, skipped=skipped)


def discover_documents(docs_dir: Path) -> list[Path]:
    """Every document file below ``docs_dir``, sorted (see :func:`discover_corpus`)."""
    return discover_corpus(docs_dir).paths


@dataclass(frozen=True)
class Fingerprint:
    """A file's identity before parsing: sha256 of its bytes, or the reason it was refused."""

    path: str
    size_bytes: int | None
    document_id: str | None  # sha256 hex; None when refused
    reason: str | None = None  # why the file cannot be read at all

    @property
    def is_pdf(self) -> bool:
        return self.path.lower().endswith(".pdf")


def fingerprint(path: Path) -> Fingerprint:
    """sha256 of one file, streaming; a too-large or unreadable file is refused, not read."""
    try:
        if path.is_dir():
            return Fingerprint(str(path), None, None, "is a directory, not a document")
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            limit = MAX_DOCUMENT_BYTES // 1024 // 1024
            return Fingerprint(str(path), size, None, f"file too large ({size / 1024 / 1024:.0f} MB > {limit} MB)")
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        return Fingerprint(str(path), size, digest)
    except OSError as exc:
        return Fingerprint(str(path), None, None, f"cannot read file: {exc.strerror or exc}")


def fingerprint_documents(paths: Sequence[Path]) -> list[Fingerprint]:
    """Fingerprints of ``paths`` in order."""
    return [fingerprint(Path(p)) for p in paths]


def parser_version() -> str:
    """sha256 of the ``ingest/`` source: when the parsers change, every document is re-read."""
    root = Path(ingest.__file__).parent
    digest = hashlib.sha256()
    for source in sorted(root.rglob("*.py")):
        digest.update(str(source.relative_to(root)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]

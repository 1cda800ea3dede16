"""Finding, fingerprinting, parsing and loading the documents of a corpus folder, incrementally.

One refresh of the ``raw`` schema in four steps, each a plain function the Prefect flow wraps
in a thin task (``flows/refresh.py``) and ``juesuan load`` calls directly:

1. :func:`discover_documents` — every document file below the folder (symlinked folders are
   skipped with a reason, so a symlink loop cannot trap the walk);
2. :func:`fingerprint_documents` — size and sha256 of each file (a file over
   ``MAX_DOCUMENT_BYTES`` is refused by its size, never read);
3. :func:`plan_refresh` — compare with ``audit.document_state`` (what the warehouse holds for
   each path): an unchanged document (same sha256 at the same path, same parser code) is not
   parsed again; new and changed ones are; removed ones are retired;
4. :func:`parse_documents` (in worker processes when the work is worth their start-up) and
   :func:`apply_refresh` — bulk-load the parsed documents, quarantine the unreadable ones, retire
   the removed ones, and log every document's outcome of the run in ``audit.load_log``
   (``loaded`` / ``unchanged`` / ``quarantined`` / ``retired``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa

import ingest
from ingest.document import MAX_DOCUMENT_BYTES, ParsedDocument, parse_bytes, read_document_bytes
from ingest.text import DocumentError
from juesuan.load import (
    MAX_KEPT_BYTES,
    Outcome,
    Quarantined,
    delete_paths,
    ensure_schema,
    load_documents,
    log_outcomes,
    quarantine_documents,
    retire_documents,
)
from juesuan.publish import warehouse_lock

DOCUMENT_SUFFIXES = (".txt", ".md", ".text", ".markdown", ".pdf")
T = TypeVar("T")

# Documents parsed and loaded per step of a refresh: bounds the parsed records held at once
# (~0.25 MB a document) while keeping the worker start-up (~1 s a step) small.
PARSE_CHUNK = 2000
# Documents loaded per bulk insert (one progress step each): each batch deletes and inserts once per
# raw table, so small batches cost a statement per table for a handful of documents.
LOAD_BATCH = 250
# Measured on the 2-core build machine: a spawned worker costs ~0.5-1 s to start and import the
# parsers; a text document parses in ~20 ms, a PDF in ~1-3 s. Below this estimate of sequential
# parse seconds, parsing in-process is faster than starting workers.
POOL_BREAK_EVEN_SECONDS = 3.0
EST_SECONDS_PER_PDF = 1.5
EST_TEXT_BYTES_PER_SECOND = 2_000_000

STATE_DDL = """
create table if not exists audit.document_state (
    source_path varchar primary key,
    document_id varchar,              -- sha256 of the bytes last seen at this path
    size_bytes bigint,
    parser_version varchar,           -- sha256 of the ingest/ code that read it
    status varchar not null,          -- loaded / quarantined
    reason varchar,
    records bigint,
    run_id varchar not null,
    updated_at timestamp not null
);
"""

ProgressCallback = Callable[[int], None]


# --- 1. discover ----------------------------------------------------------------------------
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


# --- 2. fingerprint -------------------------------------------------------------------------
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


# --- 3. plan --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PriorState:
    """What the warehouse holds for one path (a row of ``audit.document_state``)."""

    source_path: str
    document_id: str | None
    status: str  # loaded / quarantined
    reason: str | None = None
    records: int | None = None
    parser_version: str | None = None


@dataclass
class Plan:
    """What a refresh does with each document."""

    to_parse: list[Fingerprint] = field(default_factory=list)  # new or changed
    unchanged: list[tuple[Fingerprint, PriorState]] = field(default_factory=list)
    refused: list[Fingerprint] = field(default_factory=list)  # unreadable before parsing
    duplicates: list[tuple[Fingerprint, str]] = field(default_factory=list)  # same bytes as that path
    removed: list[PriorState] = field(default_factory=list)  # gone from the folder
    prior: dict[str, PriorState] = field(default_factory=dict)


def plan_refresh(prior: dict[str, PriorState], fingerprints: Sequence[Fingerprint], version: str) -> Plan:
    """Sort each document into parse / unchanged / refused / duplicate, and find removed ones.

    A document is unchanged when the same bytes (sha256) sit at the same path and were read by
    the same parser code; an unchanged quarantined document stays quarantined without a retry.
    """
    plan = Plan(prior=dict(prior))
    first_path_of: dict[str, str] = {}
    for fp in fingerprints:
        if fp.document_id is None:
            plan.refused.append(fp)
            continue
        if fp.document_id in first_path_of:
            plan.duplicates.append((fp, first_path_of[fp.document_id]))
            continue
        first_path_of[fp.document_id] = fp.path
        before = prior.get(fp.path)
        if before and before.document_id == fp.document_id and before.parser_version == version:
            plan.unchanged.append((fp, before))
        else:
            plan.to_parse.append(fp)
    present = {fp.path for fp in fingerprints}
    plan.removed = [state for path, state in sorted(prior.items()) if path not in present]
    return plan


def read_state(con: duckdb.DuckDBPyConnection) -> dict[str, PriorState]:
    """``audit.document_state`` by path (empty for a new warehouse)."""
    ensure_state(con)
    rows = con.execute(
        "select source_path, document_id, status, reason, records, parser_version from audit.document_state"
    ).fetchall()
    return {row[0]: PriorState(*row) for row in rows}


def ensure_state(con: duckdb.DuckDBPyConnection) -> None:
    """Create the ``raw``/``audit`` tables and ``audit.document_state`` if missing."""
    ensure_schema(con)
    con.execute(STATE_DDL)


# --- 4a. parse ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParseOutcome:
    """One document parsed (``document``) or not (``reason``), and how long it took.

    Once its records are in ``raw`` (:func:`load_parsed`) the outcome keeps only their count
    (``records``), so a run does not hold every parsed document until its bookkeeping.
    """

    path: str
    document_id: str | None
    document: ParsedDocument | None
    reason: str | None
    seconds: float
    records: int | None = None  # set once loaded: the document's record count

    @property
    def parsed(self) -> bool:
        return self.document is not None or self.records is not None


def parse_file(path: str) -> ParseOutcome:
    """Read and parse one file; never raises (a parser bug becomes a one-line reason)."""
    started = time.perf_counter()
    data: bytes | None = None
    try:
        data = read_document_bytes(Path(path))
        doc = parse_bytes(data, Path(path))
        return ParseOutcome(path, doc.document_id, doc, None, time.perf_counter() - started)
    except DocumentError as exc:
        reason = str(exc)
    except Exception as exc:  # a parser bug must not stop the other documents
        reason = f"parser error: {type(exc).__name__}: {exc}"
    doc_id = hashlib.sha256(data).hexdigest() if data is not None else None
    first_line = reason.splitlines()[0] if reason.strip() else "unknown error"
    return ParseOutcome(path, doc_id, None, first_line, time.perf_counter() - started)


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def choose_workers(fingerprints: Sequence[Fingerprint], max_workers: int | None = None) -> int:
    """Worker processes worth starting for ``fingerprints``: 1 (in-process) when the estimated
    sequential parse time is below :data:`POOL_BREAK_EVEN_SECONDS`."""
    limit = min(max_workers or available_cpus(), len(fingerprints))
    if limit <= 1:
        return 1
    pdfs = sum(1 for fp in fingerprints if fp.is_pdf)
    text_bytes = sum(fp.size_bytes or 0 for fp in fingerprints if not fp.is_pdf)
    estimate = pdfs * EST_SECONDS_PER_PDF + text_bytes / EST_TEXT_BYTES_PER_SECOND
    return limit if estimate >= POOL_BREAK_EVEN_SECONDS else 1


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` in consecutive lists of at most ``size``."""
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def parse_documents(
    fingerprints: Sequence[Fingerprint],
    *,
    workers: int = 1,
    on_parsed: Callable[[ParseOutcome], None] | None = None,
) -> list[ParseOutcome]:
    """Parse every fingerprinted file, in ``workers`` spawned processes (1: in this process).

    Results come back in the order of ``fingerprints``; ``on_parsed`` is called as each one ends.
    A worker process that dies turns its documents into one-line reasons.
    """
    paths = [fp.path for fp in fingerprints]
    if workers <= 1 or len(paths) <= 1:
        outcomes = []
        for path in paths:
            outcomes.append(parse_file(path))
            if on_parsed:
                on_parsed(outcomes[-1])
        return outcomes
    by_path: dict[str, ParseOutcome] = {}
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(parse_file, path): path for path in paths}
        for future in as_completed(futures):
            path = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # BrokenProcessPool: the worker died (memory, a crash)
                outcome = ParseOutcome(path, None, None, f"parser process died: {type(exc).__name__}", 0.0)
            by_path[path] = outcome
            if on_parsed:
                on_parsed(outcome)
    return [by_path[path] for path in paths]


# --- 4b. load -------------------------------------------------------------------------------
@dataclass
class RefreshCounts:
    """Documents and records of one refresh of ``raw``."""

    run_id: str
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # folders not walked
    orphans: list[str] = field(default_factory=list)  # document ids whose raw rows were deleted
    parsed: int = 0
    records: int = 0  # records loaded by this run
    seconds: float = 0.0

    @property
    def changes_raw(self) -> bool:
        """True when this run added, replaced or deleted rows of ``raw`` (dbt has something to build)."""
        return bool(self.loaded or self.orphans)


STATE_COLUMNS: dict[str, pa.DataType] = {
    "source_path": pa.string(), "document_id": pa.string(), "size_bytes": pa.int64(), "parser_version": pa.string(),
    "status": pa.string(), "reason": pa.string(), "records": pa.int64(), "run_id": pa.string(),
    "updated_at": pa.timestamp("us"),
}


def _upsert_states(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, object]]) -> None:
    """Replace the ``audit.document_state`` rows of these paths, in one statement."""
    if not rows:
        return
    table = pa.table({col: pa.array([row[col] for row in rows], type=t) for col, t in STATE_COLUMNS.items()})
    con.register("_state_rows", table)
    try:
        col_list = ", ".join(STATE_COLUMNS)
        con.execute(f"insert or replace into audit.document_state ({col_list}) select {col_list} from _state_rows")
    finally:
        con.unregister("_state_rows")


def _kept_bytes(path: str) -> bytes | None:
    try:
        if os.path.getsize(path) > MAX_KEPT_BYTES:
            return None
        return Path(path).read_bytes()
    except OSError:
        return None


def load_parsed(
    con: duckdb.DuckDBPyConnection,
    outcomes: Sequence[ParseOutcome],
    *,
    on_loaded: ProgressCallback | None = None,
) -> list[ParseOutcome]:
    """Load the parsed documents of ``outcomes`` into ``raw`` in bulk (their old rows replaced).

    Returns the outcomes with each loaded document replaced by its record count: the caller
    can drop the records (a cold refresh of 10,000 documents held 3 GB of them). Outcomes
    already loaded or not parsed pass through. The ``raw`` schema must exist (:func:`ensure_state`).
    """
    to_load = [o for o in outcomes if o.document is not None]
    for start in range(0, len(to_load), LOAD_BATCH):
        batch = to_load[start : start + LOAD_BATCH]
        load_documents(con, [o.document for o in batch if o.document is not None], schema_ready=True)
        if on_loaded:
            on_loaded(len(batch))
    return [
        replace(o, document=None, document_id=o.document.document_id, records=len(o.document.records))
        if o.document is not None
        else o
        for o in outcomes
    ]


def apply_refresh(
    con: duckdb.DuckDBPyConnection,
    plan: Plan,
    outcomes: Sequence[ParseOutcome],
    *,
    run_id: str,
    version: str,
    on_loaded: ProgressCallback | None = None,
) -> RefreshCounts:
    """Write one refresh into the warehouse behind ``con`` and log every document's outcome.

    Parsed documents are loaded in bulk (their old rows replaced); unreadable ones quarantined
    with their reason; documents gone from the folder, or whose old bytes were replaced, are
    retired from ``raw`` (rows of bytes still present at another path are kept). The bookkeeping
    (``audit.load_log``, ``audit.quarantine``, ``audit.document_state``) is written as a few bulk
    inserts per run, whatever the number of documents.
    """
    ensure_state(con)
    now = dt.datetime.now()
    outcomes = load_parsed(con, outcomes, on_loaded=on_loaded)
    counts = RefreshCounts(run_id=run_id, parsed=len(outcomes))
    sizes = {fp.path: fp.size_bytes for fp in plan.to_parse}
    parsed_docs = [o for o in outcomes if o.parsed]
    failed = [o for o in outcomes if not o.parsed]
    log: list[Outcome] = []
    states: list[dict[str, object]] = []

    def state(path: str, document_id: str | None, size: int | None, status: str, reason: str | None = None,
              records: int | None = None) -> dict[str, object]:
        return {"source_path": path, "document_id": document_id, "size_bytes": size, "parser_version": version,
                "status": status, "reason": reason, "records": records, "run_id": run_id, "updated_at": now}

    for fp, before in plan.unchanged:
        if before.status == "loaded":
            log.append(Outcome(fp.path, "unchanged", fp.document_id, None, before.records, 0.0))
            counts.unchanged.append(fp.path)
        else:
            log.append(Outcome(fp.path, "quarantined", fp.document_id, before.reason, before.records, 0.0))
            counts.quarantined.append((fp.path, before.reason or "quarantined"))

    for outcome in parsed_docs:
        records = outcome.records or 0
        states.append(state(outcome.path, outcome.document_id, sizes.get(outcome.path), "loaded", records=records))
        log.append(Outcome(outcome.path, "loaded", outcome.document_id, None, records, outcome.seconds))
        counts.loaded.append(outcome.path)
        counts.records += records
    delete_paths(con, "audit.quarantine", counts.loaded)

    rejected: list[tuple[str, str | None, int | None, str, float]] = [
        (o.path, o.document_id, sizes.get(o.path), o.reason or "unknown", o.seconds) for o in failed
    ]
    rejected += [(fp.path, None, fp.size_bytes, fp.reason or "unreadable", 0.0) for fp in plan.refused]
    rejected += [(fp.path, fp.document_id, fp.size_bytes, f"same bytes as {Path(first).name}: loaded once", 0.0)
                 for fp, first in plan.duplicates]
    quarantine_documents(
        con,
        [Quarantined(path, reason, doc_id, _kept_bytes(path), size) for path, doc_id, size, reason, _ in rejected],
        schema_ready=True,
    )
    for path, doc_id, size, reason, seconds in rejected:
        states.append(state(path, doc_id, size, "quarantined", reason))
        log.append(Outcome(path, "quarantined", doc_id, reason, None, seconds))
        counts.quarantined.append((path, reason))
    _upsert_states(con, states)

    removed = [s.source_path for s in plan.removed]
    delete_paths(con, "audit.document_state", removed)
    delete_paths(con, "audit.quarantine", removed)
    for gone in plan.removed:
        log.append(Outcome(gone.source_path, "retired", gone.document_id, "document removed from the corpus folder"))
        counts.retired.append(gone.source_path)

    log_outcomes(con, run_id, log, schema_ready=True)
    counts.orphans = retire_orphans(con)
    return counts


def retire_orphans(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Delete the ``raw`` rows of every document no path of the corpus holds any more."""
    orphans = [
        row[0]
        for row in con.execute(
            "select document_id from raw.documents except "
            "select document_id from audit.document_state where status = 'loaded'"
        ).fetchall()
    ]
    retire_documents(con, orphans, schema_ready=True)
    return orphans


def refresh_raw(
    con: duckdb.DuckDBPyConnection,
    docs_dir: Path,
    *,
    run_id: str | None = None,
    max_workers: int | None = None,
) -> RefreshCounts:
    """All four steps on an open warehouse: what ``juesuan load`` runs (no dbt, no publish)."""
    started = time.perf_counter()
    run_id = run_id or new_run_id()
    discovery = discover_corpus(docs_dir)
    fingerprints = fingerprint_documents(discovery.paths)
    version = parser_version()
    plan = plan_refresh(read_state(con), fingerprints, version)
    outcomes = parse_documents(plan.to_parse, workers=choose_workers(plan.to_parse, max_workers))
    counts = apply_refresh(con, plan, outcomes, run_id=run_id, version=version)
    counts.skipped = discovery.skipped
    counts.seconds = time.perf_counter() - started
    return counts


def new_run_id() -> str:
    """A short unique id of one run (also names the build file and the published version)."""
    return uuid.uuid4().hex[:12]


def load_corpus(docs_dir: Path, db_path: Path, *, lock_wait: float = 0.0) -> RefreshCounts:
    """Incrementally load every document below ``docs_dir`` straight into ``db_path`` (under its lock)."""
    with warehouse_lock(db_path, "load", wait_seconds=lock_wait), duckdb.connect(str(db_path)) as con:
        return refresh_raw(con, docs_dir)


# --- warehouse figures for the summary ------------------------------------------------------
def warehouse_figures(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Documents and records in ``raw`` and indicator targets the parsers could not read."""
    tables = [
        row[0]
        for row in con.execute(
            "select table_name from information_schema.tables where table_schema = 'raw' and table_name <> 'documents'"
        ).fetchall()
    ]
    records = sum(con.execute(f'select count(*) from raw."{t}"').fetchone()[0] for t in tables)  # type: ignore[index]
    figures = {
        "documents": con.execute("select count(*) from raw.documents").fetchone()[0],  # type: ignore[index]
        "records": records,
        "unparsed_targets": 0,
    }
    if "indicators" in tables:
        figures["unparsed_targets"] = con.execute(
            "select count(*) from raw.indicators where not target_parsed"
        ).fetchone()[0]  # type: ignore[index]
    return figures

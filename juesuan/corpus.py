"""Loading the parsed documents of a corpus folder into ``raw`` and recording each one's outcome.

One refresh of the ``raw`` schema, each step a plain function the Prefect flow wraps in a thin
task (``flows/refresh.py``) and ``juesuan load`` calls directly (:func:`refresh_raw`):

1. :mod:`juesuan.discovery` — the document files of the folder and their sha256;
2. :mod:`juesuan.document_state` — what the warehouse holds for each document, and the plan:
   parse the new and changed ones, keep the unchanged and moved ones, retire the removed ones
   (refused when that would empty most of the warehouse);
3. :mod:`juesuan.parsing` — parse, in worker processes when the work is worth their start-up;
4. :func:`load_parsed` and :func:`apply_refresh` (here) — bulk-load the parsed documents (a
   document whose records break a load constraint is set aside, not the batch), quarantine the
   unreadable ones, retire the removed ones, and log every document's outcome of the run in
   ``audit.load_log`` (``loaded`` / ``unchanged`` / ``quarantined`` / ``retired``).
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import pyarrow as pa

from ingest.document import ParsedDocument
from ingest.final_accounts.unreadable_figures import PARSER_NAME as HEADLINE_FIGURES_PARSER
from ingest.records import ParseWarning
from juesuan import discovery
from juesuan.document_state import Plan, check_retirement, ensure_state, plan_refresh, read_state, upsert_states
from juesuan.failures import disk_full_cause, first_line
from juesuan.load import (
    MAX_KEPT_BYTES,
    Outcome,
    Quarantined,
    delete_paths,
    load_documents,
    log_outcomes,
    move_paths,
    quarantine_documents,
    retire_documents,
)
from juesuan.parsing import ParseOutcome, choose_workers, parse_documents
from juesuan.publish import warehouse_lock

# Documents loaded per bulk insert (one progress step each): each batch deletes and inserts once per
# raw table, so small batches cost a statement per table for a handful of documents.
LOAD_BATCH = 250

# What a document's records can break when loaded: a value no column type holds (a misread run of
# digits), a constraint. Anything else (a full disk, a broken database, a bug) fails the run.
LOAD_CONSTRAINT_ERRORS = (duckdb.DataError, duckdb.IntegrityError, duckdb.InvalidInputException,
                          pa.ArrowException, ArithmeticError, ValueError, TypeError)

ProgressCallback = Callable[[int], None]


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
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old path, new path) of the same bytes
    warnings: list[tuple[str, str]] = field(default_factory=list)  # loaded documents with unreadable figures
    parsed: int = 0
    records: int = 0  # records loaded by this run
    seconds: float = 0.0

    @property
    def changes_raw(self) -> bool:
        """True when this run added, replaced or deleted rows of ``raw`` (dbt has something to build)."""
        return bool(self.loaded or self.orphans or self.moved)


def _kept_bytes(path: str) -> bytes | None:
    try:
        if os.path.getsize(path) > MAX_KEPT_BYTES:
            return None
        return Path(path).read_bytes()
    except OSError:
        return None


def _load_isolated(con: duckdb.DuckDBPyConnection, batch: Sequence[ParseOutcome]) -> list[ParseOutcome]:
    """Load ``batch`` in one transaction; if that fails, each document in its own, so a document
    whose records break a load constraint is set aside (its outcome gets the reason) and the
    others load. A full disk is nobody's document: it is raised."""
    try:
        load_documents(con, [o.document for o in batch if o.document is not None], schema_ready=True)
        return list(batch)
    except LOAD_CONSTRAINT_ERRORS as exc:
        if disk_full_cause(exc) is not None:
            raise
        if len(batch) == 1:
            return [replace(batch[0], document=None, reason=f"cannot load: {first_line(exc)}")]
    return [kept for outcome in batch for kept in _load_isolated(con, [outcome])]


def load_parsed(
    con: duckdb.DuckDBPyConnection,
    outcomes: Sequence[ParseOutcome],
    *,
    on_loaded: ProgressCallback | None = None,
) -> list[ParseOutcome]:
    """Load the parsed documents of ``outcomes`` into ``raw`` in bulk (their old rows replaced).

    Returns the outcomes with each loaded document replaced by its record count: the caller
    can drop the records (a cold refresh of 10,000 documents held 3 GB of them). A document that
    could not be loaded comes back unparsed, with the reason (it is quarantined). Outcomes
    already loaded or not parsed pass through. The ``raw`` schema must exist (:func:`ensure_state`).
    """
    to_load = [o for o in outcomes if o.document is not None]
    loaded: dict[str, ParseOutcome] = {}
    for start in range(0, len(to_load), LOAD_BATCH):
        batch = to_load[start : start + LOAD_BATCH]
        loaded.update((o.path, o) for o in _load_isolated(con, batch))
        if on_loaded:
            on_loaded(len(batch))
    return [_counted(loaded.get(o.path, o)) for o in outcomes]


def _counted(outcome: ParseOutcome) -> ParseOutcome:
    """A loaded outcome without its records, keeping their count."""
    if outcome.document is None:
        return outcome
    document: ParsedDocument = outcome.document
    warnings = tuple(r.message for r in document.records
                     if isinstance(r, ParseWarning) and r.parser == HEADLINE_FIGURES_PARSER)
    return replace(outcome, document=None, document_id=document.document_id, records=len(document.records),
                   warnings=warnings)


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
    with their reason; moved ones keep their rows under their new path; documents gone from the
    folder, or whose old bytes were replaced, are retired from ``raw`` (rows of bytes still
    present at another path are kept). The bookkeeping
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
            log.append(Outcome(fp.path, "unchanged", fp.document_id, before.reason, before.records, 0.0))
            counts.unchanged.append(fp.path)
            if before.reason:  # the warnings it was loaded with
                counts.warnings.append((fp.path, before.reason))
        else:
            log.append(Outcome(fp.path, "quarantined", fp.document_id, before.reason, before.records, 0.0))
            counts.quarantined.append((fp.path, before.reason or "quarantined"))

    for fp, before in plan.moved:  # same bytes at a new path: not parsed again, not retired
        states.append(state(fp.path, fp.document_id, fp.size_bytes, before.status, before.reason, before.records))
        if before.status == "loaded":
            moved = "; ".join(filter(None, [f"moved from {before.source_path}", before.reason]))
            log.append(Outcome(fp.path, "unchanged", fp.document_id, moved, before.records, 0.0))
            counts.unchanged.append(fp.path)
            if before.reason:
                counts.warnings.append((fp.path, before.reason))
        else:
            log.append(Outcome(fp.path, "quarantined", fp.document_id, before.reason, before.records, 0.0))
            counts.quarantined.append((fp.path, before.reason or "quarantined"))
        counts.moved.append((before.source_path, fp.path))
    delete_paths(con, "audit.document_state", [old for old, _ in counts.moved])
    delete_paths(con, "audit.quarantine", [new for _, new in counts.moved])  # what the new path held before
    move_paths(con, counts.moved)

    for outcome in parsed_docs:
        records = outcome.records or 0
        warned = "; ".join(outcome.warnings) or None  # loaded, with figures it could not read
        states.append(state(outcome.path, outcome.document_id, sizes.get(outcome.path), "loaded", warned, records))
        log.append(Outcome(outcome.path, "loaded", outcome.document_id, warned, records, outcome.seconds))
        if warned:
            counts.warnings.append((outcome.path, warned))
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
    upsert_states(con, states)

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
    allow_retire: bool = False,
) -> RefreshCounts:
    """All four steps on an open warehouse: what ``juesuan load`` runs (no dbt, no publish).

    Raises :class:`~juesuan.document_state.RetireRefused` (nothing written) when the folder lacks
    most of the warehouse's documents, unless ``allow_retire``.
    """
    started = time.perf_counter()
    run_id = run_id or new_run_id()
    found = discovery.discover_corpus(docs_dir)
    fingerprints = discovery.fingerprint_documents(found.paths)
    version = discovery.parser_version()
    plan = plan_refresh(read_state(con), fingerprints, version)
    check_retirement(plan, allow=allow_retire)
    outcomes = parse_documents(plan.to_parse, workers=choose_workers(plan.to_parse, max_workers))
    counts = apply_refresh(con, plan, outcomes, run_id=run_id, version=version)
    counts.skipped = found.skipped
    counts.seconds = time.perf_counter() - started
    return counts


def new_run_id() -> str:
    """A short unique id of one run (also names the build file and the published version)."""
    return uuid.uuid4().hex[:12]


def load_corpus(docs_dir: Path, db_path: Path, *, lock_wait: float = 0.0, allow_retire: bool = False) -> RefreshCounts:
    """Incrementally load every document below ``docs_dir`` straight into ``db_path`` (under its lock)."""
    with warehouse_lock(db_path, "load", wait_seconds=lock_wait), duckdb.connect(str(db_path)) as con:
        return refresh_raw(con, docs_dir, allow_retire=allow_retire)


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

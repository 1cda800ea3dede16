"""What the warehouse holds for each document (``audit.document_state``) and what a refresh does
with each file of the folder (:func:`plan_refresh`).

A document is known by its bytes (the sha256 of :mod:`juesuan.discovery`), not by its path: the
same bytes at the same path, read by the same parser code, are **unchanged**; the same bytes at a
new path (a renamed file, a moved or re-mounted folder) are **moved** — neither parsed again nor
retired. New and changed files are parsed; files gone from the folder are retired, unless that
would retire more of the warehouse than :func:`check_retirement` allows (the night the documents
share fails to mount, the folder is empty: that must not publish an empty warehouse).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from juesuan.discovery import Fingerprint
from juesuan.load import ensure_schema

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
STATE_COLUMNS: dict[str, pa.DataType] = {
    "source_path": pa.string(), "document_id": pa.string(), "size_bytes": pa.int64(), "parser_version": pa.string(),
    "status": pa.string(), "reason": pa.string(), "records": pa.int64(), "run_id": pa.string(),
    "updated_at": pa.timestamp("us"),
}
# A refresh refuses to retire more than this share of the documents in the warehouse (and refuses
# to retire all of them) unless told to (``--allow-retire``).
MAX_RETIRED_SHARE = 0.5


class RetireRefused(ValueError):
    """The folder lacks most of the warehouse's documents: a missing mount, not a withdrawal."""


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
    moved: list[tuple[Fingerprint, PriorState]] = field(default_factory=list)  # same bytes, new path
    refused: list[Fingerprint] = field(default_factory=list)  # unreadable before parsing
    duplicates: list[tuple[Fingerprint, str]] = field(default_factory=list)  # same bytes as that path
    removed: list[PriorState] = field(default_factory=list)  # gone from the folder
    prior: dict[str, PriorState] = field(default_factory=dict)


def plan_refresh(prior: dict[str, PriorState], fingerprints: Sequence[Fingerprint], version: str) -> Plan:
    """Sort each document into parse / unchanged / moved / refused / duplicate, and find removed ones.

    A document is unchanged when the same bytes (sha256) sit at the same path and were read by
    the same parser code; it has moved when the bytes a gone path held (read by the same parser
    code) turn up at a new path. An unchanged or moved quarantined document stays quarantined
    without a retry.
    """
    plan = Plan(prior=dict(prior))
    present = {fp.path for fp in fingerprints}
    gone_by_id = {
        state.document_id: state for path, state in sorted(prior.items())
        if path not in present and state.document_id is not None
    }
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
            continue
        moved_from = gone_by_id.get(fp.document_id)
        if moved_from is not None and moved_from.parser_version == version:
            del gone_by_id[fp.document_id]
            plan.moved.append((fp, moved_from))
        else:
            plan.to_parse.append(fp)
    moved = {state.source_path for _, state in plan.moved}
    plan.removed = [state for path, state in sorted(prior.items()) if path not in present and path not in moved]
    return plan


def check_retirement(plan: Plan, *, allow: bool = False) -> None:
    """Raise :class:`RetireRefused` when ``plan`` would retire every loaded document of the warehouse
    or more than :data:`MAX_RETIRED_SHARE` of them (``allow``: the operator removed them on purpose)."""
    loaded = sum(1 for state in plan.prior.values() if state.status == "loaded")
    retiring = sum(1 for state in plan.removed if state.status == "loaded")
    if allow or not retiring or (retiring < loaded and retiring <= loaded * MAX_RETIRED_SHARE):
        return
    raise RetireRefused(
        f"refusing to retire {retiring} of the {loaded} documents in the warehouse: is the documents folder "
        "empty or not mounted? (--allow-retire retires them)"
    )


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


def upsert_states(con: duckdb.DuckDBPyConnection, rows: Sequence[dict[str, object]]) -> None:
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

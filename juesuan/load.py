"""Loading parsed documents into the DuckDB ``raw`` schema, with ``audit`` bookkeeping.

One ``raw`` table per record type (``raw.metrics``, ``raw.functional_items`` …), its columns
derived from the record dataclass, plus ``document_id`` and ``record_index``. Loading a
document deletes its previous rows first, so loading the same file again adds nothing.
Rows are inserted in bulk from Arrow tables, never one by one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow as pa

from ingest.document import ParsedDocument
from ingest.records import RECORD_TYPES, DocumentInfo, Record

MONEY_TYPE = pa.decimal128(20, 2)  # DECIMAL(20,2): 元
NUMBER_TYPE = pa.decimal128(24, 6)  # DECIMAL(24,6): percentages, counts, raw values
# Quarantined files larger than this keep their path but not their bytes.
MAX_KEPT_BYTES = 50 * 1024 * 1024

DOCUMENT_COLUMNS: dict[str, pa.DataType] = {
    "document_id": pa.string(),
    "source_path": pa.string(),
    "file_name": pa.string(),
    "encoding": pa.string(),
    "loaded_at": pa.timestamp("us"),
}

AUDIT_DDL = """
create schema if not exists audit;
create table if not exists audit.load_log (
    run_id varchar not null,
    document_id varchar,
    source_path varchar not null,
    status varchar not null,          -- loaded / unchanged / quarantined / retired
    reason varchar,
    records bigint,
    seconds double,
    logged_at timestamp not null
);
create table if not exists audit.quarantine (
    document_id varchar,
    source_path varchar not null,
    reason varchar not null,
    size_bytes bigint,
    content blob,                     -- the file's bytes (up to 50 MB)
    quarantined_at timestamp not null
);
"""


def table_name(record_cls: type[Record]) -> str:
    """``raw`` table of a record type: ``metric`` → ``raw.metrics``."""
    name = record_cls.record_type
    return f"raw.{name}s" if not name.endswith("s") else f"raw.{name}es"


def _arrow_type(name: str, annotation: object) -> pa.DataType:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    base = args[0] if isinstance(annotation, types.UnionType | typing._UnionGenericAlias) and args else annotation  # type: ignore[attr-defined]
    if base is Decimal:
        return MONEY_TYPE if name.endswith("_yuan") else NUMBER_TYPE
    if base is bool:
        return pa.bool_()
    if base is int:
        return pa.int64()
    return pa.string()


def record_columns(record_cls: type[Record]) -> dict[str, pa.DataType]:
    """Arrow column types of a record type's raw table (without document_id/record_index)."""
    hints = typing.get_type_hints(record_cls)
    return {f.name: _arrow_type(f.name, hints[f.name]) for f in dataclasses.fields(record_cls)}


def _duck_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_decimal(arrow_type):
        return f"DECIMAL({arrow_type.precision},{arrow_type.scale})"
    if pa.types.is_boolean(arrow_type):
        return "BOOLEAN"
    if pa.types.is_integer(arrow_type):
        return "BIGINT"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMP"
    return "VARCHAR"


def _create_ddl(name: str, columns: dict[str, pa.DataType]) -> str:
    body = ",\n    ".join(f'"{col}" {_duck_type(t)}' for col, t in columns.items())
    return f"create table if not exists {name} (\n    {body}\n);"


def _raw_columns(record_cls: type[Record]) -> dict[str, pa.DataType]:
    if record_cls is DocumentInfo:
        return {**DOCUMENT_COLUMNS, **record_columns(record_cls)}
    return {"document_id": pa.string(), "record_index": pa.int64(), **record_columns(record_cls)}


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the ``raw`` and ``audit`` schemas and tables if they do not exist.

    New record fields become new columns of existing tables (``alter table add column``). One
    query reads the existing columns of every ``raw`` table; still, call it once per connection
    (a refresh does), not once per document.
    """
    con.execute("create schema if not exists raw")
    con.execute(AUDIT_DDL)
    existing: dict[str, set[str]] = {}
    for table, column in con.execute(
        "select table_name, column_name from information_schema.columns where table_schema = 'raw'"
    ).fetchall():
        existing.setdefault(table, set()).add(column)
    for record_cls in RECORD_TYPES:
        name = "raw.documents" if record_cls is DocumentInfo else table_name(record_cls)
        columns = _raw_columns(record_cls)
        table = name.split(".")[1]
        if table not in existing:
            con.execute(_create_ddl(name, columns))
            continue
        for col, arrow_type in columns.items():
            if col not in existing[table]:
                con.execute(f'alter table {name} add column "{col}" {_duck_type(arrow_type)}')


def _convert(value: object, arrow_type: pa.DataType) -> object:
    if value is None:
        return None
    if pa.types.is_decimal(arrow_type):
        return Decimal(value).quantize(Decimal(1).scaleb(-arrow_type.scale))  # type: ignore[arg-type]
    return value


def _arrow_table(columns: dict[str, pa.DataType], rows: Sequence[dict[str, object]]) -> pa.Table:
    arrays = {
        col: pa.array([_convert(row.get(col), t) for row in rows], type=t) for col, t in columns.items()
    }
    return pa.table(arrays)


@dataclass(frozen=True)
class LoadResult:
    documents: int
    records: int


def load_documents(
    con: duckdb.DuckDBPyConnection, docs: Iterable[ParsedDocument], *, schema_ready: bool = False
) -> LoadResult:
    """Replace the raw rows of every document in ``docs`` in one transaction, in bulk.

    ``schema_ready=True`` skips :func:`ensure_schema` (the caller ran it on this connection).
    """
    docs = list(docs)
    if not docs:
        return LoadResult(0, 0)
    if not schema_ready:
        ensure_schema(con)
    now = dt.datetime.now()
    rows_by_type: dict[type[Record], list[dict[str, object]]] = {cls: [] for cls in RECORD_TYPES}
    for doc in docs:
        rows_by_type[DocumentInfo].append(
            {
                "document_id": doc.document_id,
                "source_path": doc.source_path,
                "file_name": Path(doc.source_path).name,
                "encoding": doc.encoding,
                "loaded_at": now,
                **{f.name: getattr(doc.info, f.name) for f in dataclasses.fields(doc.info)},
            }
        )
        for index, record in enumerate(doc.records):
            row = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
            row.update(document_id=doc.document_id, record_index=index)
            rows_by_type[type(record)].append(row)
    ids = pa.table({"document_id": pa.array([d.document_id for d in docs], pa.string())})
    con.execute("begin transaction")
    try:
        con.register("_load_ids", ids)
        for record_cls in RECORD_TYPES:
            name = "raw.documents" if record_cls is DocumentInfo else table_name(record_cls)
            con.execute(f"delete from {name} where document_id in (select document_id from _load_ids)")
            rows = rows_by_type[record_cls]
            if rows:
                columns = _raw_columns(record_cls)
                con.register("_load_rows", _arrow_table(columns, rows))
                col_list = ", ".join(f'"{col}"' for col in columns)
                con.execute(f"insert into {name} ({col_list}) select {col_list} from _load_rows")
                con.unregister("_load_rows")
        con.unregister("_load_ids")
        con.execute("commit")
    except Exception:
        # after a failed write (a full disk) DuckDB may have ended the transaction itself: the
        # rollback's own "no transaction is active" must not hide the cause
        with contextlib.suppress(duckdb.Error):
            con.execute("rollback")
        raise
    return LoadResult(len(docs), sum(len(d.records) for d in docs))


def retire_documents(
    con: duckdb.DuckDBPyConnection, document_ids: Sequence[str], *, schema_ready: bool = False
) -> None:
    """Delete every raw row of documents that are gone from the corpus."""
    if not document_ids:
        return
    if not schema_ready:
        ensure_schema(con)
    ids = pa.table({"document_id": pa.array(list(document_ids), pa.string())})
    con.register("_retire_ids", ids)
    for record_cls in RECORD_TYPES:
        name = "raw.documents" if record_cls is DocumentInfo else table_name(record_cls)
        con.execute(f"delete from {name} where document_id in (select document_id from _retire_ids)")
    con.unregister("_retire_ids")


@dataclass(frozen=True)
class Quarantined:
    """A document that could not be loaded (a row of ``audit.quarantine``).

    ``content`` is the file's bytes (kept up to 50 MB); ``size_bytes`` its size when the bytes
    were not read (too large to keep).
    """

    source_path: str
    reason: str
    document_id: str | None = None
    content: bytes | None = None
    size_bytes: int | None = None


@dataclass(frozen=True)
class Outcome:
    """One document's outcome of a run (a row of ``audit.load_log``)."""

    source_path: str
    status: str  # loaded / unchanged / quarantined / retired
    document_id: str | None = None
    reason: str | None = None
    records: int | None = None
    seconds: float | None = None


QUARANTINE_COLUMNS: dict[str, pa.DataType] = {
    "document_id": pa.string(), "source_path": pa.string(), "reason": pa.string(), "size_bytes": pa.int64(),
    "content": pa.large_binary(), "quarantined_at": pa.timestamp("us"),
}
LOAD_LOG_COLUMNS: dict[str, pa.DataType] = {
    "run_id": pa.string(), "document_id": pa.string(), "source_path": pa.string(), "status": pa.string(),
    "reason": pa.string(), "records": pa.int64(), "seconds": pa.float64(), "logged_at": pa.timestamp("us"),
}


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, pa.DataType],
                  rows: Sequence[dict[str, object]]) -> None:
    view = f"_rows_{table.replace('.', '_')}"
    con.register(view, pa.table({col: pa.array([row[col] for row in rows], type=t) for col, t in columns.items()}))
    try:
        col_list = ", ".join(f'"{col}"' for col in columns)
        con.execute(f"insert into {table} ({col_list}) select {col_list} from {view}")
    finally:
        con.unregister(view)


def delete_paths(con: duckdb.DuckDBPyConnection, table: str, paths: Sequence[str]) -> None:
    """Delete the rows of ``table`` whose ``source_path`` is one of ``paths`` (one statement)."""
    if not paths:
        return
    con.register("_delete_paths", pa.table({"source_path": pa.array(list(paths), pa.string())}))
    try:
        con.execute(f"delete from {table} where source_path in (select source_path from _delete_paths)")
    finally:
        con.unregister("_delete_paths")


def move_paths(con: duckdb.DuckDBPyConnection, moves: Sequence[tuple[str, str]]) -> None:
    """Give documents whose bytes moved (``(old path, new path)``) their new path in ``raw.documents``
    (and ``file_name``) and ``audit.quarantine``; their records stay as they are."""
    if not moves:
        return
    table = pa.table({"old_path": pa.array([old for old, _ in moves], pa.string()),
                      "new_path": pa.array([new for _, new in moves], pa.string()),
                      "new_name": pa.array([Path(new).name for _, new in moves], pa.string())})
    con.register("_moves", table)
    try:
        con.execute("update raw.documents set source_path = m.new_path, file_name = m.new_name "
                    "from _moves m where raw.documents.source_path = m.old_path")
        con.execute("update audit.quarantine set source_path = m.new_path "
                    "from _moves m where audit.quarantine.source_path = m.old_path")
    finally:
        con.unregister("_moves")


def quarantine_documents(
    con: duckdb.DuckDBPyConnection, entries: Sequence[Quarantined], *, schema_ready: bool = False
) -> None:
    """Record documents that could not be loaded, in one bulk insert (their previous rows replaced)."""
    if not entries:
        return
    if not schema_ready:
        ensure_schema(con)
    now = dt.datetime.now()
    rows = []
    for entry in entries:
        kept = entry.content if entry.content is not None and len(entry.content) <= MAX_KEPT_BYTES else None
        size = len(entry.content) if entry.content is not None else entry.size_bytes
        rows.append({"document_id": entry.document_id, "source_path": entry.source_path, "reason": entry.reason,
                     "size_bytes": size, "content": kept, "quarantined_at": now})
    delete_paths(con, "audit.quarantine", [e.source_path for e in entries])
    _insert_arrow(con, "audit.quarantine", QUARANTINE_COLUMNS, rows)


def log_outcomes(
    con: duckdb.DuckDBPyConnection, run_id: str, outcomes: Sequence[Outcome], *, schema_ready: bool = False
) -> None:
    """Append the outcomes of one run to ``audit.load_log`` in one bulk insert."""
    if not outcomes:
        return
    if not schema_ready:
        ensure_schema(con)
    now = dt.datetime.now()
    rows = [{"run_id": run_id, "logged_at": now, **dataclasses.asdict(o)} for o in outcomes]
    _insert_arrow(con, "audit.load_log", LOAD_LOG_COLUMNS, rows)


def quarantine(
    con: duckdb.DuckDBPyConnection,
    *,
    source_path: str,
    reason: str,
    document_id: str | None,
    content: bytes | None,
    size_bytes: int | None = None,
) -> None:
    """Record one document that could not be loaded (see :func:`quarantine_documents`)."""
    quarantine_documents(con, [Quarantined(source_path, reason, document_id, content, size_bytes)])


def log_outcome(
    con: duckdb.DuckDBPyConnection,
    *,
    run_id: str,
    source_path: str,
    status: str,
    document_id: str | None = None,
    reason: str | None = None,
    records: int | None = None,
    seconds: float | None = None,
) -> None:
    """Append one document's outcome of a run to ``audit.load_log`` (see :func:`log_outcomes`)."""
    log_outcomes(con, run_id, [Outcome(source_path, status, document_id, reason, records, seconds)])

"""What the last ``dbt build`` + reconciliation of a warehouse was made from (``audit.build_state``).

A refresh that changed no row of ``raw`` need not run dbt or reconciliation again — unless the
models, seeds, macros or reconciliation suites changed since the warehouse was last built. Like
the parser version of each document (``juesuan.corpus.parser_version``), the build records a
hash of that code; a refresh compares it with the code it runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import duckdb

from juesuan.settings import PROJECT_ROOT

# The code a build is made from: dbt's project, and the suites that validate its checks.
BUILD_SOURCES = ("dbt_project.yml", "models", "macros", "seeds", "expectations")
BUILD_SUFFIXES = (".sql", ".yml", ".yaml", ".csv", ".py", ".md")
STATE_DDL = """
create schema if not exists audit;
create table if not exists audit.build_state (
    models_version varchar not null,  -- sha256 of the dbt project and reconciliation suites
    run_id varchar not null,
    built_at timestamp not null
);
"""


def models_version(root: Path = PROJECT_ROOT) -> str:
    """sha256 (16 hex digits) of the dbt project and the reconciliation suites below ``root``."""
    digest = hashlib.sha256()
    for name in BUILD_SOURCES:
        source = root / name
        files = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.suffix in BUILD_SUFFIXES)
        for path in files:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def built_version(con: duckdb.DuckDBPyConnection) -> str | None:
    """``models_version`` of the last complete build of this warehouse (None: never built)."""
    exists = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'audit' and table_name = 'build_state'"
    ).fetchone()[0]  # type: ignore[index]
    if not exists:
        return None
    row = con.execute("select models_version from audit.build_state order by built_at desc limit 1").fetchone()
    return str(row[0]) if row else None


def record_build(con: duckdb.DuckDBPyConnection, version: str, run_id: str) -> None:
    """Note that the warehouse was just built (dbt and reconciliation) from code ``version``."""
    con.execute(STATE_DDL)
    con.execute("insert into audit.build_state values (?, ?, ?)", [version, run_id, dt.datetime.now()])


def last_error_findings(con: duckdb.DuckDBPyConnection) -> int | None:
    """Error-severity failures of the last reconciliation recorded in the warehouse (None: none)."""
    exists = con.execute(
        "select count(*) from information_schema.tables "
        "where table_schema = 'audit' and table_name = 'reconciliation_results'"
    ).fetchone()[0]  # type: ignore[index]
    if not exists:
        return None
    row = con.execute(
        "with last as (select run_id from audit.reconciliation_results order by checked_at desc limit 1) "
        "select count(*) filter (where outcome = 'failed' and severity = 'error'), count(*) "
        "from audit.reconciliation_results where run_id = (select run_id from last)"
    ).fetchone()
    return int(row[0]) if row and row[1] else None  # type: ignore[index]

"""Shared helpers of the refresh tests: a scratch corpus, snapshots of a warehouse."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
from conftest import BAZHOU, CHANGJI, MAOXIAN, ZENGDU

TEXT_SAMPLES = (CHANGJI, MAOXIAN, ZENGDU, BAZHOU)


def make_corpus(folder: Path, samples: tuple[Path, ...] = TEXT_SAMPLES) -> Path:
    """A documents folder holding copies of ``samples``."""
    folder.mkdir(parents=True, exist_ok=True)
    for sample in samples:
        shutil.copyfile(sample, folder / sample.name)
    return folder


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables_of(db: Path, schema: str) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tables_of_con(con, schema)


def snapshot(db: Path, schema: str, exclude_columns: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of ``schema``, sorted (``select * … order by all``)."""
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in tables_of_con(con, schema):
            cols = [
                c[0] for c in con.execute(
                    "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
                    "order by ordinal_position", [schema, table]).fetchall()
                if c[0] not in exclude_columns
            ]
            col_list = ", ".join(f'"{c}"' for c in cols)
            out[table] = con.execute(f'select {col_list} from {schema}."{table}" order by all').fetchall()
    return out


def tables_of_con(con: duckdb.DuckDBPyConnection, schema: str) -> list[str]:
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = ? order by 1", [schema]
    ).fetchall()
    return [r[0] for r in rows]


def outcomes(db: Path, run_id: str) -> dict[str, str]:
    """``audit.load_log`` of one run: file name → status."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select source_path, status from audit.load_log where run_id = ?", [run_id]).fetchall()
    return {Path(path).name: status for path, status in rows}


def quarantine_reasons(db: Path) -> dict[str, str]:
    """``audit.quarantine``: file name → reason."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select source_path, reason from audit.quarantine").fetchall()
    return {Path(path).name: reason for path, reason in rows}


def loaded_files(db: Path) -> set[str]:
    """File names of the documents in ``raw.documents``."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {r[0] for r in con.execute("select file_name from raw.documents").fetchall()}


def build_with_value(db: Path, run_id: str, value: int) -> Path:
    """A build of ``db`` whose table ``t`` holds ``value`` (on top of the published rows)."""
    from juesuan import publish

    building = publish.start_build(db, run_id)
    with duckdb.connect(str(building)) as con:
        con.execute("create table if not exists t (v integer)")
        con.execute("insert into t values (?)", [value])
    return building


def values_of(db: Path) -> list[int]:
    """The values of table ``t`` of a warehouse built by :func:`build_with_value`."""
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("select v from t order by v").fetchall()]

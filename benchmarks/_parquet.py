"""The ``raw`` schema as a Parquet lake partitioned by fiscal year and province.

Past one machine, parse workers write their records as Parquet files and the warehouse engine
(DuckDB, MotherDuck, Trino, Spark) reads them in place; partitioning by ``fiscal_year`` and
``province`` lets a refresh rewrite only the partitions whose documents changed and lets a
query for one province-year read only its files. This module exports a loaded warehouse to
that layout with DuckDB's ``COPY … (FORMAT parquet, PARTITION_BY (…))`` and reads it back.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

PARTITIONS = ("fiscal_year", "province")
UNKNOWN = "unknown"  # partition value for a document whose year or province was not detected


def raw_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The ``raw`` tables of a warehouse, ``raw.documents`` first."""
    rows = con.execute(
        "select table_name from information_schema.tables where table_schema = 'raw' order by table_name"
    ).fetchall()
    names = [r[0] for r in rows]
    return sorted(names, key=lambda n: (n != "documents", n))


def export_raw(db: Path, lake: Path) -> dict[str, object]:
    """Write every ``raw`` table to ``lake/<table>/fiscal_year=…/province=…/*.parquet``."""
    lake.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rows = 0
    with duckdb.connect(str(db), read_only=True) as con:
        tables = raw_tables(con)
        for table in tables:
            if table == "documents":
                source = f"""select * replace (coalesce(cast(fiscal_year as varchar), '{UNKNOWN}') as fiscal_year,
                                               coalesce(province, '{UNKNOWN}') as province)
                             from raw.documents"""
            else:
                source = f"""select r.*, coalesce(cast(d.fiscal_year as varchar), '{UNKNOWN}') as fiscal_year,
                                    coalesce(d.province, '{UNKNOWN}') as province
                             from raw.{table} r join raw.documents d using (document_id)"""
            count = con.execute(f"select count(*) from ({source})").fetchone()[0]
            if not count:
                continue
            rows += count
            con.execute(
                f"copy ({source}) to '{lake / table}' "
                f"(format parquet, partition_by ({', '.join(PARTITIONS)}), overwrite_or_ignore true)"
            )
    size = sum(p.stat().st_size for p in lake.rglob("*.parquet"))
    return {"tables": len(tables), "rows": rows, "seconds": time.perf_counter() - started, "bytes": size,
            "files": sum(1 for _ in lake.rglob("*.parquet"))}


def read_lake(lake: Path, table: str) -> str:
    """SQL that reads one table of the lake with its partition columns (hive partitioning)."""
    return f"read_parquet('{lake / table}/**/*.parquet', hive_partitioning = true, union_by_name = true)"


def time_pruned_query(lake: Path) -> dict[str, object]:
    """One province-year's metrics read from the lake: only its partition's files are scanned."""
    with duckdb.connect() as con:
        metrics = read_lake(lake, "metrics")
        year, province = con.execute(
            f"select fiscal_year, province from {metrics} group by all order by count(*) desc limit 1"
        ).fetchone()
        t0 = time.perf_counter()
        rows = con.execute(
            f"select metric, sum(value) from {metrics} where fiscal_year = ? and province = ? group by all",
            [year, province],
        ).fetchall()
        return {"seconds": time.perf_counter() - t0, "rows": len(rows), "partition": f"{year}/{province}"}

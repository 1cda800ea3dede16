"""What publishing in DuckDB storage v1.0.0 (readable by 1.x BI drivers) costs.

Builds the warehouse of one synthetic corpus (load + ``dbt build``) into a file in DuckDB 2.0's
own format, converts it as a publish does when it finds another format (``COPY FROM DATABASE``
into a file in :data:`juesuan.publish.STORAGE_VERSION`), next to the same rewrite into the native
format (the compaction publish already did), then runs ``dbt build`` again on the native and on
the converted file (what a refresh's dbt stage costs in each format). Prints one JSON object:
seconds and bytes of each. ``--reuse`` keeps a native warehouse built by an earlier run.

    .venv/bin/python -m benchmarks.storage_version --docs /tmp/juesuan-bench/n10000 --out /tmp/juesuan-bench/sv
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path

import duckdb

from juesuan import publish
from juesuan.corpus import load_corpus
from juesuan.dbt_runner import build_warehouse

QUERY = "select count(*), sum(expenditure_total_yuan) from marts.mart_department_year"


def _build(docs: Path, db: Path, target: Path) -> dict[str, float]:
    started = time.perf_counter()
    load_corpus(docs, db)
    loaded = time.perf_counter()
    build_warehouse(db, target_path=target)
    built = time.perf_counter()
    publish.checkpoint(db)
    return {"load_s": round(loaded - started, 1), "dbt_s": round(built - loaded, 1), "bytes": db.stat().st_size}


def _rewrite(source: Path, out: Path, storage: str | None) -> dict[str, float]:
    out.unlink(missing_ok=True)
    option = f" (storage_version '{storage}')" if storage else ""
    started = time.perf_counter()
    with duckdb.connect() as con:
        con.execute(f"attach '{source}' as src (read_only)")
        con.execute(f"attach '{out}' as dst{option}")
        con.execute("copy from database src to dst")
    return {"seconds": round(time.perf_counter() - started, 2), "bytes": out.stat().st_size,
            "storage": publish.storage_version(out)}


def _query_ms(db: Path) -> float:
    with duckdb.connect(str(db), read_only=True) as con:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            con.execute(QUERY).fetchall()
            times.append((time.perf_counter() - started) * 1000)
    return round(sorted(times)[2], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, required=True, help="a corpus from benchmarks.make_corpus")
    parser.add_argument("--out", type=Path, required=True, help="scratch folder for the warehouses")
    parser.add_argument("--reuse", action="store_true", help="keep OUT/native.duckdb from an earlier run")
    args = parser.parse_args()
    native, v1 = args.out / "native.duckdb", args.out / "v1.duckdb"
    results: dict[str, object] = {"documents": sum(1 for p in args.docs.rglob("*.txt"))}
    if not (args.reuse and native.exists()):
        shutil.rmtree(args.out, ignore_errors=True)
        args.out.mkdir(parents=True)
        results["build_native"] = _build(args.docs, native, args.out / "target")
    results["rewrite_native"] = _rewrite(native, args.out / "native-rewritten.duckdb", None)
    results["convert_to_v1"] = _rewrite(native, v1, publish.STORAGE_VERSION)
    for name, db in (("native", native), ("v1", v1)):
        started = time.perf_counter()
        build_warehouse(db, target_path=args.out / "target")
        publish.checkpoint(db)
        results[f"dbt_rebuild_{name}"] = {"seconds": round(time.perf_counter() - started, 1),
                                          "bytes": db.stat().st_size, "storage": publish.storage_version(db)}
    results["query_ms"] = {"native": _query_ms(native), "v1": _query_ms(v1)}
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

"""One benchmark stage per process: ``python -m benchmarks._stages STAGE [options]``.

Each stage runs in its own process so that the harness (``benchmarks/run.py``) can measure
its wall time and the peak memory of its process tree in isolation. The stage prints one
line ``RESULT {json}`` as its last line of output. A stage whose module other work has not
delivered yet reports ``{"status": "not available yet"}`` instead of failing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._queries import analyst_queries

RESULT_PREFIX = "RESULT "
LOAD_BATCH = 250  # documents parsed and loaded per transaction
QUERY_REPEATS = 5
MAX_REASONS = 5


def _emit(result: dict[str, object]) -> None:
    print(RESULT_PREFIX + json.dumps(result, ensure_ascii=False, default=str), flush=True)


def _optional(module: str, name: str) -> Callable[..., object] | None:
    """``module.name`` if that module exists yet, else None."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def corpus_files(docs: Path, limit: int | None = None) -> list[Path]:
    """The documents of a corpus folder in a stable order (the flow's discovery if present)."""
    discover = _optional("juesuan.corpus", "discover_documents")
    files = list(discover(docs)) if discover else sorted(p for p in docs.rglob("*.txt"))
    return files[:limit] if limit else files


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have finished."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _parse_count(path: Path) -> tuple[int, int, str | None]:
    """Parse one file: (bytes, records, error) — nothing big crosses the process boundary."""
    from ingest.document import parse_path
    from ingest.text import DocumentError

    size = path.stat().st_size
    try:
        doc = parse_path(path)
    except DocumentError as exc:
        return size, 0, f"DocumentError: {exc}"
    except Exception as exc:  # a parser bug is a finding, not a benchmark crash
        return size, 0, f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    return size, len(doc.records) + 1, None


def stage_parse(args: argparse.Namespace) -> dict[str, object]:
    """Parse throughput: every document parsed, records counted, on 1 or ``--jobs`` processes."""
    files = corpus_files(Path(args.docs), args.limit)
    started = time.perf_counter()
    cpu0 = _cpu_seconds()
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(_parse_count, files, chunksize=8))
    else:
        outcomes = [_parse_count(p) for p in files]
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu0
    size = sum(o[0] for o in outcomes)
    errors = [o[2] for o in outcomes if o[2]]
    reasons: dict[str, int] = {}
    for e in errors:
        reasons[e] = reasons.get(e, 0) + 1
    return {
        "documents": len(files),
        "bytes": size,
        "records": sum(o[1] for o in outcomes),
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds if seconds else None,
        "docs_per_s": len(files) / seconds if seconds else None,
        "jobs": args.jobs,
        "cpu_seconds": cpu,  # user+system of this process and its finished workers
        "mb_per_cpu_s": size / 1e6 / cpu if cpu else None,  # per core, whatever else shares the machine
        "failed": len(errors),
        "reasons": sorted(reasons.items(), key=lambda kv: -kv[1])[:MAX_REASONS],
    }


def _parse_doc(path: Path) -> object:
    from ingest.document import parse_path
    from ingest.text import DocumentError

    try:
        return parse_path(path)
    except DocumentError:
        return None
    except Exception:
        return None


def _batches(items: Sequence[Path], size: int) -> Iterator[Sequence[Path]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def stage_load(args: argparse.Namespace) -> dict[str, object]:
    """Parse (process pool) and bulk-load every document into a fresh DuckDB ``raw`` schema."""
    import duckdb

    from juesuan.load import load_documents

    db = Path(args.db)
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    files = corpus_files(Path(args.docs), args.limit)
    parse_s = load_s = 0.0
    loaded = records = 0
    with duckdb.connect(str(db)) as con, ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for batch in _batches(files, LOAD_BATCH):
            t0 = time.perf_counter()
            docs = [d for d in pool.map(_parse_doc, batch, chunksize=8) if d is not None]
            t1 = time.perf_counter()
            result = load_documents(con, docs)
            parse_s += t1 - t0
            load_s += time.perf_counter() - t1
            loaded += result.documents
            records += result.records
        con.execute("checkpoint")
    return {
        "documents": loaded,
        "records": records,
        "parse_seconds": parse_s,
        "seconds": load_s,
        "records_per_s": records / load_s if load_s else None,
        "db_bytes": db.stat().st_size,
    }


def stage_dbt(args: argparse.Namespace) -> dict[str, object]:
    """``dbt build`` (seeds, models, tests) over the loaded raw schema."""
    build = _optional("juesuan.dbt_runner", "build_warehouse")
    if build is None:
        return {"status": "not available yet"}
    t0 = time.perf_counter()
    try:
        build(Path(args.db), target_path=Path(args.work) / "dbt-target")
        status = "ok"
    except Exception as exc:
        status = f"failed: {' '.join(str(exc).split())[:300]}"
    return {"status": status, "seconds": time.perf_counter() - t0, "db_bytes": Path(args.db).stat().st_size}


def stage_validate(args: argparse.Namespace) -> dict[str, object]:
    """Great Expectations reconciliation over the built warehouse."""
    run = _optional("expectations.runner", "run_reconciliation")
    if run is None:
        return {"status": "not available yet"}
    t0 = time.perf_counter()
    summary: object = None
    try:
        summary = run(Path(args.db), f"bench-{int(time.time())}", data_docs_dir=Path(args.work) / "data-docs")
        status = "ok"
    except Exception as exc:
        status = f"failed: {' '.join(str(exc).split())[:300]}"
    out: dict[str, object] = {"status": status, "seconds": time.perf_counter() - t0}
    out["outcomes"] = _reconciliation_outcomes(Path(args.db))
    if summary is not None and not out["outcomes"]:
        out["summary"] = str(summary)[:300]
    return out


def _reconciliation_outcomes(db: Path) -> dict[str, int]:
    import duckdb

    try:
        with duckdb.connect(str(db), read_only=True) as con:
            cols = {r[0] for r in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = 'audit' and table_name = 'reconciliation_results'"
            ).fetchall()}
            if not cols:
                return {}
            expr = "outcome" if "outcome" in cols else "case when passed then 'passed' else 'failed' end"
            last_run = "select run_id from audit.reconciliation_results order by checked_at desc limit 1"
            latest = f"where run_id = ({last_run})" if "checked_at" in cols else ""  # the run just measured
            rows = con.execute(
                f"select {expr}, count(*) from audit.reconciliation_results {latest} group by 1"
            ).fetchall()
            return {str(k): int(v) for k, v in rows}
    except Exception:
        return {}


def stage_queries(args: argparse.Namespace) -> dict[str, object]:
    """Latency of the six analyst queries on the marts (median and worst of a few runs)."""
    import duckdb

    out: dict[str, object] = {}
    with duckdb.connect(str(args.db), read_only=True) as con:
        queries, origin = analyst_queries(con)
        for name, sql in queries:
            times: list[float] = []
            python_times: list[float] = []
            try:
                rows = 0
                for _ in range(QUERY_REPEATS):
                    t0 = time.perf_counter()
                    rows = con.sql(sql).to_arrow_table().num_rows  # what a BI tool or a DataFrame fetches
                    times.append(time.perf_counter() - t0)
                    t0 = time.perf_counter()
                    con.execute(sql).fetchall()  # Python tuples: Decimal objects cost more than the query
                    python_times.append(time.perf_counter() - t0)
                out[name] = {"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000, "rows": rows,
                             "python_rows_ms": statistics.median(python_times) * 1000}
            except Exception as exc:
                out[name] = {"status": f"failed: {' '.join(str(exc).split())[:160]}"}
    return {"origin": origin, "queries": out}


def stage_parquet(args: argparse.Namespace) -> dict[str, object]:
    """Export ``raw`` to Parquet partitioned by fiscal year and province; time a pruned read."""
    import shutil

    from benchmarks._parquet import export_raw, time_pruned_query

    lake = Path(args.work) / "lake"
    shutil.rmtree(lake, ignore_errors=True)
    out = export_raw(Path(args.db), lake)
    out["pruned_query"] = time_pruned_query(lake)
    return out


YEAR_SHIFT = 6  # the corpus spans six years; copy i moves every document 6·i years on


def stage_replicate(args: argparse.Namespace) -> dict[str, object]:
    """A warehouse ``--factor`` times larger without parsing again: the ``raw`` rows of
    ``--db`` copied with new document ids, each copy moved ``6·i`` fiscal years on so that
    department-years stay distinct. For measuring dbt, reconciliation and queries at sizes
    whose parse is extrapolated from its measured per-document cost."""
    import shutil

    import duckdb

    from benchmarks._parquet import raw_tables

    target = Path(args.to)
    for stale in (target, target.with_name(target.name + ".wal")):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with duckdb.connect(str(args.db)) as src:
        src.execute("checkpoint")
    shutil.copyfile(args.db, target)
    with duckdb.connect(str(target)) as con:
        tables = raw_tables(con)
        con.execute("create temp table copies as select range as i from range(1, ?)", [args.factor])
        for table in tables:
            cols = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'raw' and table_name = ? "
                "order by ordinal_position", [table]).fetchall()]
            exprs = []
            for c in cols:
                if c == "document_id":
                    exprs.append("document_id || '-r' || i")
                elif c == "fiscal_year" and table == "documents":
                    exprs.append(f"fiscal_year + {YEAR_SHIFT} * i")
                elif c == "source_path":
                    exprs.append("source_path || '#r' || i")
                else:
                    exprs.append(f'"{c}"')
            quoted = ", ".join(f'"{c}"' for c in cols)
            con.execute(f"insert into raw.{table} ({quoted}) "
                        f"select {', '.join(exprs)} from raw.{table} cross join copies")
        docs = con.execute("select count(*) from raw.documents").fetchone()[0]
        con.execute("checkpoint")
    return {"documents": docs, "seconds": time.perf_counter() - t0, "db_bytes": target.stat().st_size}


STAGES: dict[str, Callable[[argparse.Namespace], dict[str, object]]] = {
    "parse": stage_parse,
    "load": stage_load,
    "dbt": stage_dbt,
    "validate": stage_validate,
    "queries": stage_queries,
    "parquet": stage_parquet,
    "replicate": stage_replicate,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("--docs", default=None)
    parser.add_argument("--db", default=None)
    parser.add_argument("--work", default="/tmp/juesuan-bench/work")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--to", default=None, help="replicate: the larger warehouse to write")
    parser.add_argument("--factor", type=int, default=10, help="replicate: how many times larger")
    args = parser.parse_args(argv)
    Path(args.work).mkdir(parents=True, exist_ok=True)
    _emit(STAGES[args.stage](args))
    return 0


if __name__ == "__main__":
    sys.exit(main())

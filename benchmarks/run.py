"""Measure juesuan on synthetic corpora of growing size and write ``benchmarks/RESULTS.md``.

For each N: generate the corpus (``make_corpus.py``, under ``--root``, reused when present),
then run each stage in its own process (``_stages.py``) while sampling the resident memory of
its whole process tree:

- parse throughput on one process and on all cores (process pool), MB/s and documents/s;
- load: parse + bulk insert into a fresh DuckDB ``raw`` schema (insert time reported);
- ``dbt build`` on that warehouse; Great Expectations reconciliation; the six analyst queries;
- ``juesuan refresh`` end to end on a cold warehouse, then again with nothing changed.

A stage whose module is not there yet is reported as "not available yet". Results of every
size measured so far are kept in ``ROOT/results.json``, so sizes can be run one at a time;
RESULTS.md shows all of them (text below its ``<!-- notes -->`` line is kept).

    python -m benchmarks.run --sizes 100,1000          # python -m benchmarks.run --quick
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from benchmarks._report import write_results
from benchmarks._stages import RESULT_PREFIX

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS_MD = Path(__file__).resolve().parent / "RESULTS.md"
DEFAULT_ROOT = Path("/tmp/juesuan-bench")
SERIAL_LIMIT = 500  # one-process parse throughput is measured on at most this many documents
SAMPLE_SECONDS = 0.1
PLANT_RATE = 0.02
STAGE_TIMEOUT = 3600


def machine() -> dict[str, object]:
    """Cores, memory, CPU model, versions: what the numbers were measured on."""
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import duckdb

    return {
        "cpu": model,
        "cores": psutil.cpu_count(logical=True),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "os": platform.platform(terse=True),
    }


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def measured(cmd: list[str], *, env: dict[str, str] | None = None) -> tuple[float, int, int, str, str]:
    """Run ``cmd``; return (seconds, peak RSS of its process tree in bytes, exit code, stdout, stderr)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT_ROOT,
        env={**os.environ, **(env or {})},
    )
    ps = psutil.Process(proc.pid)
    peak = 0
    # sample memory while the pipes drain on a helper thread
    out: dict[str, str] = {}

    def drain() -> None:
        out["stdout"], out["stderr"] = proc.communicate(timeout=STAGE_TIMEOUT)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    while reader.is_alive():
        with contextlib.suppress(psutil.Error):
            peak = max(peak, _tree_rss(ps))
        reader.join(SAMPLE_SECONDS)
    return time.perf_counter() - t0, peak, proc.returncode, out.get("stdout", ""), out.get("stderr", "")


def run_stage(stage: str, *args: str) -> dict[str, object]:
    """One ``_stages.py`` stage in its own process, with wall time and peak tree RSS added."""
    cmd = [sys.executable, "-m", "benchmarks._stages", stage, *args]
    seconds, peak, code, stdout, stderr = measured(cmd)
    lines = [line for line in stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if code != 0 or not lines:
        tail = " ".join(stderr.strip().splitlines()[-1:]) or f"exit {code}"
        return {"status": f"failed: {tail[:300]}", "wall_seconds": seconds, "peak_rss": peak}
    result = json.loads(lines[-1][len(RESULT_PREFIX):])
    result.update(wall_seconds=seconds, peak_rss=peak)
    print(f"  {stage:<9} {seconds:8.1f} s  peak {peak / 2**20:7.0f} MB  {_short(result)}", flush=True)
    return result


def _short(result: dict[str, object]) -> str:
    keys = ("status", "documents", "mb_per_s", "docs_per_s", "failed", "seconds", "origin")
    parts = []
    for k in keys:
        if k in result:
            v = result[k]
            parts.append(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}")
    return " ".join(parts)


def refresh(docs: Path, db: Path, work: Path, label: str) -> dict[str, object]:
    """``juesuan refresh`` as a user runs it; wall time and peak memory of the whole tree.

    Its output goes to ``WORK/refresh-LABEL.log`` (the flow prints seconds per stage there)."""
    cmd = [sys.executable, "-m", "juesuan.cli", "refresh", "--docs", str(docs), "--db", str(db)]
    seconds, peak, code, stdout, stderr = measured(cmd, env={"JUESUAN_WORK": str(work)})
    (work / f"refresh-{label}.log").write_text(stdout + "\n--- stderr ---\n" + stderr, encoding="utf-8")
    result: dict[str, object] = {"seconds": seconds, "peak_rss": peak, "exit": code}
    if code != 0:
        result["status"] = "failed: " + " ".join(stderr.strip().splitlines()[-1:])[:300]
    else:
        result["status"] = "ok"
        for line in stdout.splitlines():  # the flow's own account: what it parsed, seconds per stage
            text = line.strip()
            if text.startswith(("parsed this run", "seconds per stage", "documents ")):
                key = text.split("  ")[0].strip().replace(" ", "_")
                result[key] = " ".join(text.split()[len(key.split("_")):])
    print(f"  refresh   {seconds:8.1f} s  peak {peak / 2**20:7.0f} MB  {result['status']}", flush=True)
    return result


def ensure_corpus(n: int, seed: int, root: Path, jobs: int) -> tuple[Path, dict[str, object]]:
    """The corpus of size N (generated unless a complete one is already there)."""
    docs = root / f"n{n}" / "docs"
    manifest = docs / "manifest.jsonl"
    if manifest.exists() and sum(1 for _ in manifest.open(encoding="utf-8")) == n:
        rows = [json.loads(line) for line in manifest.open(encoding="utf-8")]
        seconds = None
    else:
        from benchmarks.make_corpus import make_corpus

        t0 = time.perf_counter()
        rows = make_corpus(n, seed, docs, plant_rate=PLANT_RATE, jobs=jobs)
        seconds = time.perf_counter() - t0
    size = sum((docs / str(r["file"])).stat().st_size for r in rows)
    mix: dict[str, int] = {}
    for r in rows:
        key = f"{r['template']}/{r['layout']}"
        mix[key] = mix.get(key, 0) + 1
    info = {"documents": n, "bytes": size, "generate_seconds": seconds, "seed": seed,
            "planted": sum(1 for r in rows if r["planted"]), "mix": mix}
    print(f"corpus n={n}: {size / 1e6:.1f} MB in {docs}", flush=True)
    return docs, info


def bench_size(n: int, args: argparse.Namespace, previous: dict[str, object] | None = None) -> dict[str, object]:
    """Measure the selected stages at size N; stages not selected keep their ``previous`` result."""
    root: Path = args.root
    jobs = args.jobs
    docs, corpus = ensure_corpus(n, args.seed, root, jobs)
    work = root / f"n{n}" / "work"
    work.mkdir(parents=True, exist_ok=True)
    db = root / f"n{n}" / "stages.duckdb"
    common = ["--docs", str(docs), "--work", str(work)]
    out: dict[str, object] = dict(previous or {})
    out.pop("replicated_from", None)  # this size is measured on its own corpus now
    out.pop("replicate", None)
    out.update(n=n, measured_at=dt.datetime.now().isoformat(timespec="seconds"), corpus=corpus)
    stages = set(args.stages.split(","))
    if "parse" in stages:
        limit = min(n, SERIAL_LIMIT)
        out["parse_1"] = run_stage("parse", *common, "--jobs", "1", "--limit", str(limit))
        out["parse_all"] = run_stage("parse", *common, "--jobs", str(jobs))
    if "load" in stages:
        out["load"] = run_stage("load", *common, "--db", str(db), "--jobs", str(jobs))
    if "dbt" in stages:
        out["dbt"] = run_stage("dbt", "--db", str(db), "--work", str(work))
    if "validate" in stages:
        out["validate"] = run_stage("validate", "--db", str(db), "--work", str(work))
    if "queries" in stages:
        out["queries"] = run_stage("queries", "--db", str(db), "--work", str(work))
    if "parquet" in stages:
        out["parquet"] = run_stage("parquet", "--db", str(db), "--work", str(work))
    if db.exists():
        out["warehouse_bytes"] = db.stat().st_size
    if "refresh" in stages:
        rdb = root / f"n{n}" / "refresh.duckdb"
        for stale in (rdb, rdb.with_name(rdb.name + ".wal")):
            stale.unlink(missing_ok=True)
        out["refresh_cold"] = refresh(docs, rdb, work, "cold")
        out["refresh_nochange"] = refresh(docs, rdb, work, "nochange")
        if rdb.exists():
            out["refresh_warehouse_bytes"] = rdb.stat().st_size
    return out


def bench_replicated(n: int, base: dict[str, object], args: argparse.Namespace) -> dict[str, object]:
    """Size N measured on the warehouse side only: the raw rows of a measured smaller size B
    replicated N/B times (``_stages.py replicate``), then dbt, reconciliation, queries and the
    Parquet export on it. Parse, load and refresh times are B's scaled linearly (documents),
    and are marked ``extrapolated``."""
    b = int(base["n"])  # type: ignore[call-overload]
    factor = n // b
    root: Path = args.root
    src = root / f"n{b}" / "stages.duckdb"
    work = root / f"n{n}r" / "work"
    work.mkdir(parents=True, exist_ok=True)
    db = root / f"n{n}r" / "stages.duckdb"
    out: dict[str, object] = {"n": n, "replicated_from": b}
    out["measured_at"] = dt.datetime.now().isoformat(timespec="seconds")
    corpus = dict(base["corpus"])  # type: ignore[arg-type]
    corpus.update(documents=n, bytes=int(corpus["bytes"]) * factor, mix={})
    out["corpus"] = corpus
    out["replicate"] = run_stage("replicate", "--db", str(src), "--to", str(db), "--factor", str(factor))
    for stage in ("dbt", "validate", "queries", "parquet"):
        if stage in args.stages.split(","):
            out[stage] = run_stage(stage, "--db", str(db), "--work", str(work))
    out["warehouse_bytes"] = db.stat().st_size if db.exists() else None
    out.update(extrapolated(base, factor, ("parse_1", "parse_all", "load", "refresh_cold", "refresh_nochange")))
    return out


def extrapolated(base: dict[str, object], factor: int, keys: tuple[str, ...]) -> dict[str, object]:
    """Stage results of a measured size scaled linearly by ``factor`` documents, marked ``extrapolated``
    (``parse_1`` is a per-core rate: copied, not scaled)."""
    out: dict[str, object] = {}
    for key in keys:
        measured_b = base.get(key)
        if isinstance(measured_b, dict) and measured_b.get("status", "ok") == "ok":
            scaled = dict(measured_b)
            if key != "parse_1":
                for field in ("seconds", "wall_seconds", "parse_seconds", "cpu_seconds"):
                    if isinstance(scaled.get(field), int | float):
                        scaled[field] = scaled[field] * factor
                for field in ("documents", "bytes", "records", "failed"):
                    if isinstance(scaled.get(field), int):
                        scaled[field] = scaled[field] * factor
            scaled["extrapolated"] = True
            scaled["extrapolated_from"] = base.get("n")
            out[key] = scaled
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 100,1000,10000)")
    parser.add_argument("--quick", action="store_true", help="one small corpus (N=50) for a smoke run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="where corpora and warehouses go")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for 'all cores'")
    parser.add_argument("--stages", default="parse,load,dbt,validate,queries,parquet,refresh")
    parser.add_argument("--results", type=Path, default=RESULTS_MD)
    parser.add_argument("--replicate", default=None, metavar="N:B",
                        help="measure size N on the raw rows of the measured size B replicated N/B times")
    parser.add_argument("--extrapolate-refresh", default=None, metavar="N:B",
                        help="fill size N's refresh rows from measured size B, scaled linearly and labelled")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in (args.sizes or ("50" if args.quick else "100,1000,10000")).split(",")]
    args.root.mkdir(parents=True, exist_ok=True)
    store = args.root / "results.json"
    saved = json.loads(store.read_text()) if store.exists() else {}
    saved["machine"] = machine()
    saved.setdefault("sizes", {})
    if args.replicate:
        n, b = (int(x) for x in args.replicate.split(":"))
        saved["sizes"][str(n)] = bench_replicated(n, saved["sizes"][str(b)], args)
        store.write_text(json.dumps(saved, ensure_ascii=False, indent=1, default=str))
        write_results(saved, args.results)
        sizes = []
    if args.extrapolate_refresh:
        n, b = (int(x) for x in args.extrapolate_refresh.split(":"))
        refresh_keys = ("refresh_cold", "refresh_nochange")
        saved["sizes"][str(n)].update(extrapolated(saved["sizes"][str(b)], n // b, refresh_keys))
        store.write_text(json.dumps(saved, ensure_ascii=False, indent=1, default=str))
        write_results(saved, args.results)
        sizes = []
    for n in sizes:
        saved["sizes"][str(n)] = bench_size(n, args, saved["sizes"].get(str(n)))
        store.write_text(json.dumps(saved, ensure_ascii=False, indent=1, default=str))
        write_results(saved, args.results)
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

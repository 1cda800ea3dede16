"""Rendering the saved benchmark results as ``benchmarks/RESULTS.md``.

One column per corpus size, one row per measure, the target beside it. A column computed
from a smaller measured size (``"extrapolated_from"``) is labelled as such in its header.
Text below the ``<!-- notes -->`` line of an existing RESULTS.md is kept.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path

NOTES_MARK = "<!-- notes -->"
MB = 1e6
MIB = 2**20

Getter = Callable[[dict], str]


def _get(d: dict, *path: str) -> object:
    for key in path:
        if not isinstance(d, dict) or key not in d:
            return None
        d = d[key]
    return d


def _status(d: dict, *path: str) -> str | None:
    """"not available yet" / "failed: …" of a stage, shortened, or None if it ran."""
    status = _get(d, *path, "status")
    if isinstance(status, str) and status != "ok":
        return status if len(status) <= 60 else status[:57] + "…"
    return None


def _num(value: object, fmt: str) -> str:
    return format(value, fmt) if isinstance(value, int | float) else "–"


def _parse(kind: str) -> Getter:
    def get(d: dict) -> str:
        st = _status(d, kind)
        if st:
            return st
        r = _get(d, kind) or {}
        if not r:
            return "–"
        note = f" ({r['documents']} docs)" if kind == "parse_1" and r.get("documents") != d.get("n") else ""
        cpu = f" · {r['mb_per_cpu_s']:.2f} MB per CPU-s" if r.get("mb_per_cpu_s") else ""
        if r.get("extrapolated"):
            note += " (extrapolated)" if kind != "parse_1" else f" (measured at N = {d.get('replicated_from'):,})"
        return f"{_num(r.get('mb_per_s'), '.2f')} MB/s · {_num(r.get('docs_per_s'), '.1f')} docs/s{cpu}{note}"

    return get


def _seconds(*path: str, key: str = "seconds") -> Getter:
    def get(d: dict) -> str:
        st = _status(d, *path)
        if st:
            return st
        value = _get(d, *path, key)
        if value is None:
            return "–"
        if not _get(d, *path, "extrapolated"):
            return _num(value, ".1f") + " s"
        source = _get(d, *path, "extrapolated_from")
        return _num(value, ".0f") + " s (extrapolated" + (f" from N = {source:,})" if source else ")")

    return get


def _peak(d: dict) -> str:
    peaks = {}
    for key in ("parse_1", "parse_all", "load", "dbt", "validate", "queries", "refresh_cold", "refresh_nochange"):
        value = _get(d, key, "peak_rss")
        if isinstance(value, int | float) and value:
            peaks[key] = value
    if not peaks:
        return "–"
    worst = max(peaks, key=lambda k: peaks[k])
    return f"{peaks[worst] / MIB:,.0f} MB ({worst})"


def _size(d: dict) -> str:
    values = [v for v in (d.get("warehouse_bytes"), d.get("refresh_warehouse_bytes")) if v]
    return f"{max(values) / MB:,.1f} MB" if values else "–"


def _failed(d: dict) -> str:
    r = _get(d, "parse_all") or {}
    if "failed" not in r:
        return "–"
    return f"{r['failed']} of {r['documents']}"


def _outcomes(d: dict) -> str:
    out = _get(d, "validate", "outcomes")
    if not out:
        return "–"
    return ", ".join(f"{k} {v}" for k, v in sorted(out.items()))


def _parquet(d: dict) -> str:
    st = _status(d, "parquet")
    if st:
        return st
    r = _get(d, "parquet")
    if not r or "bytes" not in r:
        return "–"
    q = r.get("pruned_query") or {}
    pruned = f", one province-year read in {q['seconds'] * 1000:.0f} ms" if "seconds" in q else ""
    return f"{r['seconds']:.1f} s → {r['bytes'] / MB:,.1f} MB in {r['files']:,} files{pruned}"


ROWS: tuple[tuple[str, Getter, str], ...] = (
    ("corpus", lambda d: f"{d['n']:,} docs · {d['corpus']['bytes'] / MB:,.1f} MB", ""),
    ("parse, 1 process", _parse("parse_1"), "≥ 5 MB/s per core"),
    ("parse, all cores (process pool)", _parse("parse_all"), ""),
    ("documents that failed to parse", _failed, ""),
    ("load into DuckDB raw (bulk insert)", _seconds("load"), ""),
    ("`dbt build`", _seconds("dbt"), ""),
    ("reconciliation (Great Expectations)", _seconds("validate"), ""),
    ("reconciliation outcomes", _outcomes, ""),
    ("`juesuan refresh`, cold", _seconds("refresh_cold"), "< 10 min at 10,000"),
    ("`juesuan refresh`, nothing changed", _seconds("refresh_nochange"), "< 30 s at 10,000"),
    ("peak memory (process tree RSS)", _peak, "< 4 GB"),
    ("warehouse file", _size, ""),
    ("raw as Parquet by (fiscal_year, province)", _parquet, ""),
)


def _query_rows(sizes: list[dict]) -> list[tuple[str, list[str]]]:
    names: list[str] = []
    for d in sizes:
        for name in (_get(d, "queries", "queries") or {}):
            if name not in names:
                names.append(name)
    rows = []
    for name in names:
        cells = []
        for d in sizes:
            q = _get(d, "queries", "queries", name)
            if not q:
                cells.append(_status(d, "queries") or "–")
            elif "status" in q:
                cells.append(q["status"][:60])
            else:
                py = f"; {q['python_rows_ms']:.0f} ms as Python rows" if "python_rows_ms" in q else ""
                cells.append(f"{q['median_ms']:.1f} ms (max {q['max_ms']:.1f}, {q['rows']:,} rows{py})")
        rows.append((name, cells))
    return rows


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True,
            cwd=Path(__file__).resolve().parent,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def render(saved: dict) -> str:
    m = saved.get("machine", {})
    sizes = [saved["sizes"][k] for k in sorted(saved.get("sizes", {}), key=int)]
    header = []
    for d in sizes:
        label = f"N = {d['n']:,}"
        if d.get("replicated_from"):
            label += f" (warehouse: N = {d['replicated_from']:,} records × {d['n'] // d['replicated_from']})"
        header.append(label)
    lines = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} at commit `{_commit()}` on {m.get('cores')} cores "
        f"({m.get('cpu')}), {m.get('memory_gb')} GB memory, {m.get('os')}, Python {m.get('python')}, "
        f"DuckDB {m.get('duckdb')}. The machine was shared with other work while measuring.",
        "",
        "Corpus: `python -m benchmarks.make_corpus --n N --seed 7 --plant-errors 0.02` (the four samples "
        "re-published by other departments, regions and years; figures rescaled; layouts mixed). "
        "Regenerate this file with `python -m benchmarks.run --sizes 100,1000,10000`.",
        "",
        "| measure | " + " | ".join(header) + " | target |",
        "|---|" + "---|" * len(sizes) + "---|",
    ]
    for title, getter, target in ROWS:
        cells = []
        for d in sizes:
            try:
                cells.append(getter(d))
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("–")
        lines.append(f"| {title} | " + " | ".join(cells) + f" | {target} |")
    origin = next((_get(d, "queries", "origin") for d in reversed(sizes) if _get(d, "queries", "origin")), None)
    for name, cells in _query_rows(sizes):
        lines.append(f"| query: {name} | " + " | ".join(cells) + " | < 200 ms at 10,000 |")
    if origin:
        lines += ["", f"Analyst queries from {origin}: median of 5 runs on a warm connection, fetching the "
                  "result as Arrow (as a BI tool or a DataFrame would); fetching it as Python tuples "
                  "(Decimal objects) is shown beside it."]
    mixes = [(d["n"], d["corpus"].get("mix", {})) for d in sizes if d.get("corpus", {}).get("mix")]
    if mixes:
        n, mix = mixes[-1]
        lines += ["", f"Corpus mix at N = {n:,} (template/layout: documents): "
                  + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())) + "."]
    return "\n".join(lines) + "\n"


def write_results(saved: dict, path: Path) -> None:
    """Write RESULTS.md, keeping the hand-written notes below ``<!-- notes -->``."""
    notes = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if NOTES_MARK in old:
            notes = old[old.index(NOTES_MARK):]
    text = render(saved)
    path.write_text(text + ("\n" + notes if notes else "\n" + NOTES_MARK + "\n"), encoding="utf-8")

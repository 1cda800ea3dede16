"""Parsing a corpus on a Dask cluster through Prefect's task runner (the ``scale`` extra).

The same parse task runs on one machine or on a cluster; only the flow's task runner changes:

    parse_corpus.with_options(task_runner=DaskTaskRunner(address="tcp://scheduler:8786"))(docs)

Without an address ``DaskTaskRunner`` starts a local ``distributed.LocalCluster`` (one process
per worker), which is how the test and ``python -m benchmarks._dask_parse DIR`` exercise it.
Each task parses a batch of files and returns only counts and reasons; in a real deployment
the batch writes its records as Parquet next to the documents (docs/scaling.md) so that
nothing large travels back to the flow.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

BATCH_SIZE = 32  # documents per task: large enough that scheduling is a small share of the work


@task(name="parse-batch", cache_policy=NO_CACHE)
def parse_batch(paths: list[str]) -> list[tuple[str, int, int, str | None]]:
    """Parse a batch of documents: ``(path, bytes, records, error)`` for each."""
    from ingest.document import parse_path
    from ingest.text import DocumentError

    out = []
    for p in paths:
        size = Path(p).stat().st_size
        try:
            out.append((p, size, len(parse_path(p).records) + 1, None))
        except DocumentError as exc:
            out.append((p, size, 0, str(exc)))
        except Exception as exc:
            out.append((p, size, 0, f"{type(exc).__name__}: {exc}".splitlines()[0]))
    return out


@flow(name="juesuan-parse-corpus")
def parse_corpus(docs_dir: str, batch_size: int = BATCH_SIZE) -> dict[str, float]:
    """Parse every ``*.txt`` below ``docs_dir`` in batches mapped over the flow's task runner."""
    files = sorted(str(p) for p in Path(docs_dir).rglob("*.txt"))
    batches = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    started = time.perf_counter()
    results = [row for future in parse_batch.map(batches) for row in future.result()]
    seconds = time.perf_counter() - started
    size = sum(r[1] for r in results)
    return {
        "documents": len(results),
        "failed": sum(1 for r in results if r[3]),
        "records": sum(r[2] for r in results),
        "bytes": size,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds if seconds else 0.0,
    }


def parse_on_dask(docs_dir: Path, *, address: str | None = None, n_workers: int = 2) -> dict[str, float]:
    """Run :func:`parse_corpus` on a Dask cluster (a local one unless ``address`` is given)."""
    from prefect_dask import DaskTaskRunner

    runner = (
        DaskTaskRunner(address=address)
        if address
        else DaskTaskRunner(cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1, "processes": True})
    )
    return parse_corpus.with_options(task_runner=runner)(str(docs_dir))


if __name__ == "__main__":
    print(parse_on_dask(Path(sys.argv[1]), address=sys.argv[2] if len(sys.argv) > 2 else None))

"""Parse throughput of the bundled documents: ``python benchmarks/parse_throughput.py [-n N] [--pdf]``.

Parses every bundled text document (and with ``--pdf`` the PDFs) N times and prints MB/s and
documents per second, reading each file's bytes once so only parsing is timed. One untimed parse
of each document first compiles the parsers' regexes (a once-per-process cost). Throughput is
given per wall-clock second and per CPU-second of this process (one core): on a machine shared
with other work the CPU figure is the parser's own speed; the load average is printed with it.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from ingest.document import parse_bytes
from ingest.text import DocumentError
from juesuan.settings import SAMPLE_DOCUMENTS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--repeat", type=int, default=20, help="parses per document (default 20)")
    parser.add_argument("--pdf", action="store_true", help="include the PDFs (slow: pdfplumber)")
    args = parser.parse_args()
    paths = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))
    if args.pdf:
        paths += sorted(SAMPLE_DOCUMENTS.glob("pdf/*.pdf"))
    docs = [(path, path.read_bytes()) for path in paths]
    size = sum(len(data) for _, data in docs)
    for path, data in docs:  # warm-up: compile the regexes
        _parse(path, data)
    records = failed = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for path, data in docs:
            count = _parse(path, data)
            records += max(count, 0)
            failed += count < 0  # still timed: a rejected document costs parsing too
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    parsed = len(docs) * args.repeat
    megabytes = size * args.repeat / 1e6
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"{parsed} documents ({megabytes:.2f} MB, {records} records, {failed} rejected) in {seconds:.2f} s "
        f"({cpu_seconds:.2f} CPU-s): {megabytes / seconds:.2f} MB/s wall, {megabytes / cpu_seconds:.2f} MB/s per "
        f"CPU-second, {parsed / seconds:.1f} docs/s; load average {load} on {os.cpu_count()} cores"
    )


def _parse(path: Path, data: bytes) -> int:
    """Records parsed from one document, or -1 when it is rejected."""
    try:
        return len(parse_bytes(data, Path(path)).records)
    except DocumentError:
        return -1


if __name__ == "__main__":
    main()

"""Parse throughput of the bundled documents: ``python benchmarks/parse_throughput.py [-n N] [--pdf]``.

Parses every bundled text document (and with ``--pdf`` the PDFs) N times and prints MB/s and
documents per second, reading each file's bytes once so only parsing is timed.
"""

from __future__ import annotations

import argparse
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
    records = failed = 0
    start = time.perf_counter()
    for _ in range(args.repeat):
        for path, data in docs:
            try:
                records += len(parse_bytes(data, Path(path)).records)
            except DocumentError:
                failed += 1  # still timed: a rejected document costs parsing too
    seconds = time.perf_counter() - start
    parsed = len(docs) * args.repeat
    print(
        f"{parsed} documents ({size * args.repeat / 1e6:.2f} MB, {records} records, {failed} rejected) in {seconds:.2f} s: "  # noqa: E501
        f"{size * args.repeat / 1e6 / seconds:.2f} MB/s, {parsed / seconds:.1f} docs/s"
    )


if __name__ == "__main__":
    main()

"""PDF parsing throughput: pages per second and seconds per document for the bundled PDFs.

Run ``.venv/bin/python -m benchmarks.pdf_throughput [--repeat N] [FILES…]``. For each PDF it
times the page reading alone (PDFium, :func:`ingest.pdf.pages.read_pages`) and the whole
:func:`ingest.pdf.parse_pdf` (lines, tables, records, completeness), best of ``--repeat`` runs,
and compares with pdfplumber's plain ``extract_text`` of the same pages (``--plumber``). The
last columns are the whole document's parse (:func:`ingest.document.parse_bytes`: the PDF's
lines and tables, then every reader of the text) in CPU-seconds of this process, best of
``--repeat``, and its pages per CPU-second — the figure to read on a machine shared with other
work, where wall-clock seconds include waiting for a core.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.document import parse_bytes
from ingest.pdf import parse_pdf
from ingest.pdf.pages import read_pages
from juesuan.settings import SAMPLE_DOCUMENTS

DEFAULT_DIR = SAMPLE_DOCUMENTS / "pdf"


def _best(fn, repeat: int, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = clock()
        fn()
        best = min(best, clock() - started)
    return best


def _plumber_seconds(data: bytes) -> float:
    import io

    import pdfplumber

    started = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--plumber", action="store_true", help="also time pdfplumber extract_text")
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_DIR.glob("*.pdf"))
    total_pages = 0
    total_seconds = total_cpu = 0.0
    print(
        f"{'document':<40} {'MB':>5} {'pages':>5} {'read s':>7} {'parse s':>7} {'pages/s':>8}"
        f" {'cpu s':>7} {'pages/cpu-s':>11}"
    )
    for path in files:
        data = path.read_bytes()
        pages = len(read_pages(data))
        read_s = _best(lambda d=data: read_pages(d), args.repeat)
        parse_s = _best(lambda d=data: parse_pdf(d), args.repeat)
        cpu_s = _best(lambda d=data, p=path: parse_bytes(d, p), args.repeat, time.process_time)
        total_pages += pages
        total_seconds += parse_s
        total_cpu += cpu_s
        line = f"{path.name[:40]:<40} {len(data) / 1e6:>5.1f} {pages:>5} {read_s:>7.3f} {parse_s:>7.3f}"
        line += f" {pages / parse_s:>8.1f} {cpu_s:>7.3f} {pages / cpu_s:>11.1f}"
        if args.plumber:
            line += f"  pdfplumber extract_text {_plumber_seconds(data):.2f} s"
        print(line)
    print(
        f"{'all':<40} {'':>5} {total_pages:>5} {'':>7} {total_seconds:>7.3f} {total_pages / total_seconds:>8.1f}"
        f" {total_cpu:>7.3f} {total_pages / total_cpu:>11.1f}"
    )


if __name__ == "__main__":
    main()

"""Instructions of one warm parse: ``python -m benchmarks.icount [--tree DIR ...] [--rounds N]``.

The steady measure of the parse's cost on a shared machine, where process CPU drifts ±20-30 %
between runs: the number of machine instructions (valgrind's ``Ir``) one warm parse of a fixed set
of documents executes. It changes only when the code does (given ``PYTHONHASHSEED=0``, which this
sets), so a cost change of under 1 % can be told.

- **Documents**: the synthetic corpus ``make_corpus --n 120 --seed 7`` (built into a temporary
  folder, or ``--corpus DIR`` to reuse one), every 8th document (``--every``) of its files in
  sorted path order: 15 documents, ≈ 1.4 MB.
- **One warm parse**: each document's bytes read first, every document parsed once untimed (the
  regexes compiled, the caches filled), then the measured pass (``ingest.document.parse_bytes`` of
  each). valgrind 3.19's ``cachegrind`` has no way for Python to switch counting on and off (its
  client requests came in 3.22; ``--toggle-collect`` is callgrind's and names a C function), so
  two processes run under ``valgrind --tool=cachegrind --cache-sim=no``: one parses once, one
  parses twice, and the measure is the difference of their totals — the start-up, imports and
  the first (cold) pass cancel out.
- **Trees**: ``--tree DIR`` (repeatable) measures the ``ingest`` of that checkout (the child
  processes run with ``PYTHONPATH=DIR``); without it, the tree this script is in. With several
  trees and ``--rounds N`` they are measured alternately, N rounds; ``--jobs 2`` runs two
  valgrind processes at once (the count does not depend on the machine's load).
- ``--keep DIR`` keeps the cachegrind output files (``cachegrind.out.<tree>.<passes>``): the
  per-C-function counts of the two-pass run, for ``cg_annotate`` (``cg_annotate --diff`` of the
  two runs gives the warm pass alone). Python-level costs: cProfile on the same documents.

Needs ``valgrind`` (Debian's package). A run takes about 1-2 minutes per tree per round.

    python -m benchmarks.icount --tree /work/base --tree . --rounds 2 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent  # the tree this script is in
CORPUS_N, CORPUS_SEED, EVERY = 120, 7, 8

# What each child process runs (with PYTHONPATH = the tree measured): read the listed documents'
# bytes, then parse each of them PASSES times, in order, one document after another per pass.
CHILD = """
import sys
from pathlib import Path
import ingest
from ingest.document import parse_bytes
from ingest.text import DocumentError
passes, listing = int(sys.argv[1]), sys.argv[2]
paths = [Path(p) for p in Path(listing).read_text(encoding="utf-8").split("\\n") if p]
docs = [(p, p.read_bytes()) for p in paths]
records = 0
for _ in range(passes):
    for p, data in docs:
        try:
            records += len(parse_bytes(data, p).records)
        except DocumentError:
            pass
print(ingest.__file__, records)
"""

SUMMARY_RE = re.compile(r"^summary:\s+(\d+)", re.MULTILINE)


def documents(corpus: Path, every: int) -> list[Path]:
    """Every ``every``-th document of the corpus, in sorted path order."""
    paths = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "manifest.jsonl")
    return paths[::every]


def instructions(tree: Path, passes: int, listing: Path, out: Path) -> tuple[int, str]:
    """Total instructions of a child process parsing the listed documents ``passes`` times."""
    env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
    cmd = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
        sys.executable, "-c", CHILD, str(passes), str(listing),
    ]
    done = subprocess.run(cmd, env=env, cwd=tree, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"valgrind failed ({done.returncode}): {done.stderr[-2000:]}")
    match = SUMMARY_RE.search(out.read_text(encoding="utf-8", errors="replace"))
    if match is None:
        raise SystemExit(f"no summary line in {out}")
    return int(match.group(1)), done.stdout.strip()


def measure(tree: Path, listing: Path, keep: Path, jobs: int) -> tuple[int, str]:
    """Instructions of one warm parse in ``tree``: two passes minus one pass."""
    tag = tree.name or "root"
    outs = {passes: keep / f"cachegrind.out.{tag}.{passes}" for passes in (1, 2)}
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, 2))) as pool:
        futures = {passes: pool.submit(instructions, tree, passes, listing, out) for passes, out in outs.items()}
        (one, printed), (two, _) = futures[1].result(), futures[2].result()
    return two - one, printed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, action="append",
                        help="checkout to measure (repeatable; default: this one)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds over the trees, alternating (default 1)")
    parser.add_argument("--jobs", type=int, default=1, help="valgrind processes at once: 1 or 2 (default 1)")
    parser.add_argument("--corpus", type=Path, help="an existing make_corpus --n 120 --seed 7 folder")
    parser.add_argument("--every", type=int, default=EVERY, help="take every N-th document (default 8)")
    parser.add_argument("--keep", type=Path, help="folder to keep the cachegrind output files in")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed")
    trees = [t.resolve() for t in (args.tree or [HERE])]
    with tempfile.TemporaryDirectory(prefix="juesuan-icount-") as tmp:
        work = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            from benchmarks.make_corpus import make_corpus

            corpus = work / "corpus"
            make_corpus(CORPUS_N, CORPUS_SEED, corpus)
        docs = documents(corpus.resolve(), args.every)
        listing = work / "documents.txt"
        listing.write_text("".join(f"{p}\n" for p in docs), encoding="utf-8")
        size = sum(p.stat().st_size for p in docs)
        print(f"{len(docs)} documents, {size / 1e6:.2f} MB (every {args.every}th of {corpus})", flush=True)
        keep = args.keep or work
        keep.mkdir(parents=True, exist_ok=True)
        for round_ in range(1, args.rounds + 1):
            for tree in trees:
                count, printed = measure(tree, listing, keep, args.jobs)
                print(f"round {round_}  {tree}: {count / 1e6:,.1f} M instructions ({printed})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The ``juesuan`` command: parses arguments and calls library functions, nothing more."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from ingest.document import parse_path
from ingest.text import DocumentError
from juesuan.settings import DEFAULT_DB, SAMPLE_DOCUMENTS, Settings


def _fail(message: str) -> int:
    print(f"juesuan: error: {message}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        doc = parse_path(args.file)
    except DocumentError as exc:
        return _fail(f"{args.file}: {exc}")
    out = sys.stdout
    for record in doc.all_records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from juesuan.corpus import load_corpus

    try:
        settings = Settings(docs_dir=Path(args.docs), db_path=Path(args.db))
    except ValueError as exc:
        return _fail(str(exc))
    summary = load_corpus(settings.docs_dir, settings.db_path)
    print(
        f"loaded {len(summary.loaded)} documents ({summary.records} records), "
        f"quarantined {len(summary.quarantined)}, in {summary.seconds:.2f} s -> {settings.db_path}"
    )
    for path, reason in summary.quarantined:
        print(f"  quarantined {path}: {reason}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="juesuan", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="parse one document and print its records as JSON lines")
    extract.add_argument("file")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")
    extract.set_defaults(func=cmd_extract)

    for name, helptext in (
        ("load", "parse every document of a folder into the raw tables"),
        ("refresh", "the whole pipeline: parse, load, dbt build, reconcile, publish"),
    ):
        cmd = sub.add_parser(name, help=helptext)
        cmd.add_argument("--docs", default=str(SAMPLE_DOCUMENTS), help="documents folder (default: bundled samples)")
        cmd.add_argument("--db", default=DEFAULT_DB, help="DuckDB file (default: ./warehouse.duckdb)")
        cmd.set_defaults(func=cmd_load)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())

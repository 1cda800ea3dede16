"""The ``juesuan`` command: parses arguments and calls library functions, nothing more.

One ``cmd_*`` function per subcommand; ``build_parser`` wires them.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ingest.document import parse_path
from ingest.text import DocumentError
from juesuan.publish import DEFAULT_KEEP_VERSIONS
from juesuan.settings import DEFAULT_DB, SAMPLE_DOCUMENTS, Settings

# Prefect phones home by default; a nightly job on an offline server should not log errors for it.
# Without PREFECT_API_URL a run starts a temporary Prefect server and gives up if it does not
# answer within PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS (Prefect's default: 20 s); on a
# loaded 2-core machine start-up took 37 s, so allow 3 minutes. Either can be set in the environment.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}


def _fail(message: str) -> int:
    print(f"juesuan: error: {message}", file=sys.stderr)
    return 2


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(docs_dir=Path(args.docs), db_path=Path(args.db))


def _prefect_environment() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        doc = parse_path(args.file)
    except DocumentError as exc:
        return _fail(f"{args.file}: {exc}")
    out = sys.stdout
    try:
        for record in doc.all_records:
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        out.flush()
    except BrokenPipeError:  # the reader stopped reading (`| head -1`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())  # so the interpreter's final flush does not fail again
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from juesuan.corpus import load_corpus
    from juesuan.document_state import RetireRefused
    from juesuan.publish import PublishError

    settings: Settings = args.settings
    try:
        counts = load_corpus(settings.docs_dir, settings.db_path, lock_wait=args.wait, allow_retire=args.allow_retire)
    except (PublishError, RetireRefused) as exc:
        return _fail(str(exc))
    print(
        f"loaded {len(counts.loaded)} documents ({counts.records} records), unchanged {len(counts.unchanged)}, "
        f"quarantined {len(counts.quarantined)}, retired {len(counts.retired)}, "
        f"in {counts.seconds:.2f} s -> {settings.db_path}"
    )
    for path, reason in counts.quarantined:
        print(f"  quarantined {path}: {reason}")
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    settings: Settings = args.settings
    _prefect_environment()
    from flows.refresh import refresh_flow
    from juesuan.failures import reason
    from juesuan.progress import format_summary
    from juesuan.run_log import log_path, logged_to_file

    log = log_path(settings.db_path, "refresh")
    try:
        with logged_to_file(log):
            summary = refresh_flow(
                docs_dir=str(settings.docs_dir), db_path=str(settings.db_path), keep_versions=args.keep,
                max_workers=args.workers, strict=args.strict, lock_wait=args.wait, allow_retire=args.allow_retire,
            )
    except Exception as exc:
        cause = reason(exc, folder=settings.db_path.absolute().parent)
        return _fail(f"refresh failed, {settings.db_path} left as it was: {cause} (log: {log})")
    print(format_summary(summary))
    print(f"  log: {log}")
    return 0


def cmd_rollback(args: argparse.Namespace) -> int:
    from juesuan.publish import PublishError, list_versions, rollback

    db = Path(args.db)
    if args.list:
        versions = list_versions(db)
        if not versions:
            return _fail(f"no kept versions of {db}")
        for v in versions:
            print(f"{'*' if v.is_current else ' '} {v.name}  {v.size_bytes / 1024 / 1024:.1f} MB")
        return 0
    try:
        version = rollback(db, args.to, wait_seconds=args.wait)
    except PublishError as exc:
        return _fail(str(exc))
    print(f"rolled back {db} to version {version.name}")
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    settings: Settings = args.settings
    _prefect_environment()
    from flows.schedule import build_deployment, serve_nightly

    try:
        deployment = build_deployment(settings.docs_dir, settings.db_path, cron=args.cron,
                                      timezone=args.timezone, keep_versions=args.keep)
    except ValueError as exc:
        return _fail(str(exc))
    print(f"serving {deployment.flow_name}/{deployment.name}: '{args.cron}' ({args.timezone}); Ctrl-C stops")
    serve_nightly(deployment)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    import uuid

    from expectations import ReconciliationError, run_reconciliation

    try:
        report = run_reconciliation(Path(args.db), f"validate-{uuid.uuid4().hex[:12]}",
                                    fail_on=args.fail_on, max_failures=args.max_failures)
    except ReconciliationError as exc:
        return _fail(str(exc))
    print(report.format_table())
    if report.exceeds_threshold:
        print(f"juesuan: reconciliation failed: {report.threshold_message()}", file=sys.stderr)
        return 1
    return 0


def _add_corpus_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--docs", default=str(SAMPLE_DOCUMENTS), help="documents folder (default: bundled samples)")
    cmd.add_argument("--db", default=DEFAULT_DB, help="DuckDB file (default: ./warehouse.duckdb)")


def _add_retire_option(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--allow-retire", action="store_true",
                     help="retire the documents missing from the folder even if that is most or all of the warehouse")


def _add_wait_option(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--wait", type=float, default=0.0, metavar="SECONDS",
                     help="wait this long for another refresh, rollback or load of the warehouse to end (default: 0)")


def build_parser() -> argparse.ArgumentParser:
    from flows import DEFAULT_CRON, DEFAULT_TIMEZONE

    parser = argparse.ArgumentParser(prog="juesuan", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser(
        "extract", help="parse one document and print its records as JSON lines",
        description="Parse one document (.txt/.md, .html, .pdf, .xlsx/.xls, .docx) and print its records as "
        "JSON lines. source_line is the line in a text file or web page's source, the line within its page "
        "of a PDF (source_page: the page), the row number within its sheet of a workbook (source_page: "
        "the sheet's 1-based index; line 0 is the sheet's name) and the ordinal of the paragraph or "
        "table row in a Word file's body.",
    )
    extract.add_argument("file")
    extract.add_argument("--format", choices=["jsonl"], default="jsonl")
    extract.set_defaults(func=cmd_extract)

    load = sub.add_parser("load", help="parse new and changed documents of a folder into the raw tables")
    _add_corpus_options(load)
    _add_retire_option(load)
    _add_wait_option(load)
    load.set_defaults(func=cmd_load)

    refresh = sub.add_parser("refresh", help="the whole pipeline: parse, load, dbt build, reconcile, publish")
    _add_corpus_options(refresh)
    refresh.add_argument("--keep", type=int, default=DEFAULT_KEEP_VERSIONS, help="published versions kept")
    refresh.add_argument("--workers", type=int, default=None, help="parser processes (default: CPUs)")
    refresh.add_argument("--strict", action="store_true", help="do not publish if reconciliation finds errors")
    _add_retire_option(refresh)
    _add_wait_option(refresh)
    refresh.set_defaults(func=cmd_refresh)

    rollback = sub.add_parser("rollback", help="publish a kept earlier version of the warehouse again")
    rollback.add_argument("--db", default=DEFAULT_DB, help="DuckDB file (default: ./warehouse.duckdb)")
    rollback.add_argument("--to", default=None, help="version name, prefix or run id (default: the previous one)")
    rollback.add_argument("--list", action="store_true", help="list the kept versions (* = published)")
    _add_wait_option(rollback)
    rollback.set_defaults(func=cmd_rollback)

    schedule = sub.add_parser("schedule", help="serve the refresh on a cron schedule (runs until stopped)")
    _add_corpus_options(schedule)
    schedule.add_argument("--cron", default=DEFAULT_CRON, help=f"cron expression (default: '{DEFAULT_CRON}')")
    schedule.add_argument("--timezone", default=DEFAULT_TIMEZONE, help=f"IANA time zone (default: {DEFAULT_TIMEZONE})")
    schedule.add_argument("--keep", type=int, default=DEFAULT_KEEP_VERSIONS, help="published versions kept")
    schedule.set_defaults(func=cmd_schedule)

    validate = sub.add_parser("validate", help="run the reconciliation suites (R01–R24) and print the findings")
    validate.add_argument("--db", default=DEFAULT_DB, help="DuckDB file (default: ./warehouse.duckdb)")
    validate.add_argument("--fail-on", choices=["error", "warning", "none"], default="error",
                          help="lowest severity whose failed checks count against the threshold (default: error)")
    validate.add_argument("--max-failures", type=int, default=0,
                          help="exit 1 when more failed checks than this count (default: 0)")
    validate.set_defaults(func=cmd_validate)
    return parser


# Commands that start child processes (parse workers, a temporary Prefect server): a watchdog
# stops them if the command is killed (juesuan.lifetime).
WATCHED_COMMANDS = frozenset({"refresh", "load", "schedule"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. From the command line (``argv`` None) the process's exit stays quiet:
    no Prefect shutdown lines, no leak reports (``nanobind: leaked …``) after a failed run."""
    args = build_parser().parse_args(argv)
    if hasattr(args, "docs"):  # the commands that read a documents folder: checked once, here
        try:
            args.settings = _settings(args)
        except ValueError as exc:
            return _fail(str(exc))
    from juesuan.lifetime import watch_children

    from_command_line = argv is None
    watched = watch_children(until_exit=from_command_line) if args.command in WATCHED_COMMANDS else None
    with watched or contextlib.nullcontext():
        code = int(args.func(args))
    if from_command_line:
        atexit.register(_quiet_exit)  # registered last: runs first, before Prefect's own exit handlers
    return code


def _quiet_exit() -> None:
    """The first exit handler: what follows the command's last line — Prefect stopping its server
    (or starting one again to send its last logs), the interpreter's leak reports — is not shown."""
    from juesuan.run_log import quiet_console

    quiet_console()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stderr.fileno())


if __name__ == "__main__":
    sys.exit(main())

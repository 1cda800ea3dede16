"""The nightly refresh as a Prefect flow: discover → fingerprint → parse → load → dbt → reconcile → publish.

Every task is a few lines calling ``juesuan.corpus`` (documents), ``juesuan.dbt_runner`` (dbt),
``expectations.runner`` (reconciliation) or ``juesuan.publish`` (the atomic swap). All the
work happens in ``PATH.building-<run>``, a copy of the published warehouse; only the last task
renames it over ``PATH``. If any task fails the copy is deleted and the published warehouse is
exactly as it was.

Parsing runs in spawned worker processes (``concurrent.futures``) when the estimated work pays
for their start-up, in-process otherwise. Prefect's ``ProcessPoolTaskRunner`` was measured and
not used: each of its workers imports Prefect and reports to the API, ~18 s of overhead for four
text documents on a 2-core machine, against ~1 s for plain worker processes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from flows import build_state
from juesuan import corpus, discovery, document_state, parsing, publish
from juesuan.failures import first_line, retry_transient
from juesuan.progress import RunSummary, progress_bar, summary_markdown
from juesuan.review import REVIEW_DIR

FLOW_NAME = "juesuan-refresh"
# Seconds to wait before each retry of a publish that failed transiently (a busy or timed-out
# filesystem, ``juesuan.failures.is_transient``). Nothing else is retried: a dbt build, a full
# disk or a broken document fails the same way on a second try.
PUBLISH_RETRY_DELAYS = [1, 5]
# dbt's target/ (manifest, run results, logs), next to the warehouse it builds.
DBT_TARGET_DIR = "target"
ARTIFACT_KEY = "juesuan-refresh-summary"
# Failed checks written to the flow's log (all of them are in audit.reconciliation_results):
# rendering and sending 45,000 of them (10,000 documents) took a minute and 16 MB of log.
FAILURES_IN_LOG = 50

T = TypeVar("T")


class ReconciliationFailed(RuntimeError):
    """``strict`` refresh: reconciliation found error-severity failures; nothing published."""


def _run_id() -> str:
    run = flow_run.get_id()
    return run.replace("-", "")[:12] if run else corpus.new_run_id()


# --- tasks ----------------------------------------------------------------------------------
@task(name="discover", cache_policy=NO_CACHE)
def discover(docs_dir: Path) -> discovery.Discovery:
    found = discovery.discover_corpus(docs_dir)
    logger = get_run_logger()
    logger.info("found %d documents in %s", len(found.paths), docs_dir)
    for path, reason in found.skipped:
        logger.warning("skipped %s: %s", path, reason)
    return found


@task(name="fingerprint", cache_policy=NO_CACHE)
def fingerprint(paths: list[Path]) -> list[discovery.Fingerprint]:
    return discovery.fingerprint_documents(paths)


@task(name="prepare-build", cache_policy=NO_CACHE)
def prepare_build(db_path: Path, run_id: str) -> Path:
    for stale in publish.remove_debris(db_path):
        get_run_logger().warning("removed %s left by a run that did not finish", stale.name)
    return publish.start_build(db_path, run_id)


@task(name="plan", cache_policy=NO_CACHE)
def plan(building: Path, fingerprints: list[discovery.Fingerprint], version: str,
         allow_retire: bool) -> document_state.Plan:
    with duckdb.connect(str(building)) as con:
        planned = document_state.plan_refresh(document_state.read_state(con), fingerprints, version)
    document_state.check_retirement(planned, allow=allow_retire)
    get_run_logger().info(
        "%d to parse, %d unchanged, %d moved, %d unreadable, %d duplicate, %d removed",
        len(planned.to_parse), len(planned.unchanged), len(planned.moved), len(planned.refused),
        len(planned.duplicates), len(planned.removed),
    )
    return planned


@task(name="check-build", cache_policy=NO_CACHE)
def check_build(building: Path) -> tuple[str | None, int | None]:
    """The code version the build file was last built from, and that build's error findings."""
    with duckdb.connect(str(building)) as con:
        return build_state.built_version(con), build_state.last_error_findings(con)


@task(name="parse", cache_policy=NO_CACHE)
def parse(to_parse: list[discovery.Fingerprint], max_workers: int | None) -> list[parsing.ParseOutcome]:
    workers = parsing.choose_workers(to_parse, max_workers)
    get_run_logger().info("parsing %d documents with %d process(es)", len(to_parse), workers)
    with progress_bar("parse", len(to_parse)) as advance:
        return parsing.parse_documents(to_parse, workers=workers, on_parsed=lambda _outcome: advance(1))


@task(name="load-raw", cache_policy=NO_CACHE)
def load_raw(building: Path, outcomes: list[parsing.ParseOutcome]) -> list[parsing.ParseOutcome]:
    """Load one batch of parsed documents into ``raw``; return the outcomes without their records."""
    loaded = sum(1 for o in outcomes if o.document is not None)
    with duckdb.connect(str(building)) as con, progress_bar("load", loaded) as advance:
        document_state.ensure_state(con)
        return corpus.load_parsed(con, outcomes, on_loaded=advance)


@task(name="record-outcomes", cache_policy=NO_CACHE)
def record_outcomes(
    building: Path, planned: document_state.Plan, outcomes: list[parsing.ParseOutcome], run_id: str, version: str
) -> tuple[corpus.RefreshCounts, dict[str, int]]:
    """Quarantine, retire and log every document of the run (the parsed ones are loaded already)."""
    with duckdb.connect(str(building)) as con:
        counts = corpus.apply_refresh(con, planned, outcomes, run_id=run_id, version=version)
        figures = corpus.warehouse_figures(con)
    logger = get_run_logger()
    for path, reason in counts.quarantined:
        logger.warning("quarantined %s: %s", Path(path).name, reason)
    for path, reason in counts.warnings:
        logger.warning("loaded %s with warnings: %s", Path(path).name, reason)
    return counts, figures


@task(name="dbt-build", cache_policy=NO_CACHE)
def dbt_build(building: Path, target_path: Path) -> None:
    from juesuan.dbt_runner import build_warehouse  # imports dbt: only when a build runs

    build_warehouse(building, target_path=target_path)


@task(name="reconcile", cache_policy=NO_CACHE)
def reconcile(building: Path, run_id: str) -> int:
    from expectations.runner import run_reconciliation  # imports Great Expectations: only when needed

    report = run_reconciliation(building, run_id)
    get_run_logger().info("reconciliation:\n%s", report.format_table(limit=FAILURES_IN_LOG))
    return int(report.error_failures)


@task(name="review-report", cache_policy=NO_CACHE)
def review_report(building: Path, folder: Path) -> None:
    """The self-contained review report (``review/index.html``) beside the warehouse."""
    from juesuan.review import write_review

    write_review(building, folder)


@task(name="record-build", cache_policy=NO_CACHE)
def record_build(building: Path, models_version: str, run_id: str) -> None:
    with duckdb.connect(str(building)) as con:
        build_state.record_build(con, models_version, run_id)


@task(name="publish", cache_policy=NO_CACHE)
def publish_build(building: Path, db_path: Path, run_id: str, keep: int, expected: tuple[int, int, int] | None) -> str:
    """Swap the build in; only if ``db_path`` is still the file the build was copied from."""
    logger = get_run_logger()
    version = retry_transient(
        lambda: publish.publish(building, db_path, run_id, keep=keep, expected=expected), PUBLISH_RETRY_DELAYS,
        on_retry=lambda exc, delay: logger.warning("publish failed (%s); retrying in %s s", first_line(exc), delay),
    )
    logger.info("published %s (version %s)", db_path, version.name)
    return version.name


# --- the flow -------------------------------------------------------------------------------
def _timed(summary: RunSummary, stage: str, step: Callable[..., T], *args: Any) -> T:
    started = time.perf_counter()
    try:
        return step(*args)
    finally:
        summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + time.perf_counter() - started


@flow(name=FLOW_NAME)
def refresh_flow(
    docs_dir: str,
    db_path: str,
    keep_versions: int = publish.DEFAULT_KEEP_VERSIONS,
    max_workers: int | None = None,
    build: bool = True,
    strict: bool = False,
    lock_wait: float = 0.0,
    allow_retire: bool = False,
) -> RunSummary:
    """Refresh the warehouse at ``db_path`` from the documents below ``docs_dir``, atomically.

    ``build=False`` stops after loading ``raw`` (no dbt, no reconciliation); ``strict`` refuses
    to publish when reconciliation finds error-severity failures; ``lock_wait`` is how long to wait
    for another refresh, rollback or load of the warehouse to end; ``allow_retire`` lets a run retire
    most (or all) of the warehouse's documents, which it otherwise refuses. A run that changed no row of
    ``raw`` skips dbt and reconciliation when the build file was built by the same models and
    suites: its marts are already current, and the published version differs only in ``audit``
    (this run's ``load_log`` rows).
    """
    docs, db = Path(docs_dir), Path(db_path).absolute()
    review = db.parent / REVIEW_DIR / "index.html"
    run_id = _run_id()
    summary = RunSummary(run_id=run_id, db_path=str(db))
    with publish.warehouse_lock(db, "refresh", wait_seconds=lock_wait):
        published = publish.identity(db)  # publish only over this very file (not a rollback made since)
        building = _timed(summary, "prepare", prepare_build, db, run_id)
        try:
            found = _timed(summary, "discover", discover, docs)
            fingerprints = _timed(summary, "fingerprint", fingerprint, found.paths)
            version = discovery.parser_version()
            # quote(): Prefect would otherwise walk every record of these inputs looking for futures
            # (~25 s for the 160,000 records of 1,000 documents)
            planned = _timed(summary, "plan", plan, building, quote(fingerprints), version, allow_retire)
            # parse and load in chunks: a chunk's records are dropped once loaded, so memory does not
            # grow with the corpus (a cold 10,000-document run held 3 GB of records before)
            outcomes: list[parsing.ParseOutcome] = []
            for chunk in parsing.chunked(planned.to_parse, parsing.PARSE_CHUNK) or [[]]:
                parsed = _timed(summary, "parse", parse, quote(chunk), max_workers)
                outcomes += _timed(summary, "load", load_raw, building, quote(parsed))
                del parsed
            counts, figures = _timed(summary, "load", record_outcomes, building, quote(planned), quote(outcomes),
                                     run_id, version)
            _fill(summary, counts, figures, found)
            if build:
                models = build_state.models_version()
                built, findings = check_build(building)
                if counts.changes_raw or built != models:
                    _timed(summary, "dbt", dbt_build, building, db.parent / DBT_TARGET_DIR)
                    if summary.documents_in_warehouse:
                        summary.rule_findings = _timed(summary, "reconcile", reconcile, building, run_id)
                    else:
                        summary.notes.append("no document in the warehouse: reconciliation skipped")
                    record_build(building, models, run_id)
                else:
                    summary.rule_findings = findings
                    summary.notes.append("no change in raw or in the models: dbt and reconciliation skipped, "
                                         "marts and findings as last built")
                if summary.documents_in_warehouse and (built != models or counts.changes_raw or not review.exists()):
                    _timed(summary, "review", review_report, building, review.parent)
                if strict and summary.rule_findings:
                    raise ReconciliationFailed(f"{summary.rule_findings} error-severity rule findings; not published")
            summary.published_version = _timed(summary, "publish", publish_build, building, db, run_id,
                                                keep_versions, published)
        finally:
            publish.discard_build(building)  # gone after a publish (renamed); deleted after a failure
    get_run_logger().info(
        "done: %d loaded, %d unchanged, %d quarantined, %d retired, %s rule findings",
        summary.loaded, summary.unchanged, len(summary.quarantined), summary.retired, summary.rule_findings,
    )
    artifact = create_markdown_artifact(summary_markdown(summary), key=ARTIFACT_KEY,
                                        description=f"juesuan refresh {run_id}")
    summary.artifact_id = str(artifact)
    return summary


def _fill(summary: RunSummary, counts: corpus.RefreshCounts, figures: dict[str, int],
          found: discovery.Discovery) -> None:
    summary.loaded = len(counts.loaded)
    summary.unchanged = len(counts.unchanged)
    summary.quarantined = counts.quarantined
    summary.warnings = counts.warnings
    summary.retired = len(counts.retired)
    summary.parsed = counts.parsed
    summary.records_loaded = counts.records
    summary.documents_in_warehouse = figures["documents"]
    summary.records_in_warehouse = figures["records"]
    summary.unparsed_targets = figures["unparsed_targets"]
    summary.notes += [f"skipped {path}: {reason}" for path, reason in found.skipped]
    summary.notes += [f"moved {Path(old).name} → {new}: same bytes, not parsed again" for old, new in counts.moved]

"""Running the dbt project (staging → intermediate → marts) on one DuckDB file, in-process.

dbt is called through its Python entry point (``dbtRunner``), never as a subprocess. The project
and ``profiles.yml`` live at the repository root; the profile reads the DuckDB path from the
``JUESUAN_DB`` environment variable, which is set for the duration of one invocation.

dbt is not safe to run twice at once in one process (global state), so invocations are
serialised with a lock; parallel processes should pass their own ``target_path`` so they do not
share ``target/`` (manifest, run results, logs).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from juesuan.settings import PROJECT_ROOT

DB_ENV_VAR = "JUESUAN_DB"
# dbt statuses of a node that broke the build (RunStatus / TestStatus values).
FAILED_STATUSES = frozenset({"error", "fail", "runtime error"})
MAX_NAMED_NODES = 5

_DBT_LOCK = threading.Lock()


class DbtBuildError(RuntimeError):
    """A dbt command failed; the message is one line naming the failed nodes."""


@contextlib.contextmanager
def _env(name: str, value: str) -> Iterator[None]:
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def _common_args(target_path: Path | None, log_path: Path | None) -> list[str]:
    args = ["--project-dir", str(PROJECT_ROOT), "--profiles-dir", str(PROJECT_ROOT)]
    if target_path is not None:
        args += ["--target-path", str(target_path)]
        log_path = log_path if log_path is not None else Path(target_path) / "logs"
    if log_path is not None:
        args += ["--log-path", str(log_path)]
    return args


def _failed_nodes(result: object) -> list[str]:
    """Names and messages of the nodes that failed, from a dbt run result (if any)."""
    failed = []
    for node_result in getattr(result, "results", None) or []:
        status = str(getattr(node_result, "status", "")).lower()
        if status in FAILED_STATUSES:
            node = getattr(node_result, "node", None)
            name = getattr(node, "name", None) or getattr(node_result, "unique_id", "?")
            message = " ".join(str(getattr(node_result, "message", "") or "").split())
            failed.append(f"{name} ({status}{': ' + message[:120] if message else ''})")
    return failed


def _summary(command: str, failed: Sequence[str], exception: BaseException | None) -> str:
    if failed:
        shown = "; ".join(failed[:MAX_NAMED_NODES])
        more = f" and {len(failed) - MAX_NAMED_NODES} more" if len(failed) > MAX_NAMED_NODES else ""
        return f"dbt {command} failed on {len(failed)} node(s): {shown}{more}"
    reason = " ".join(str(exception).split()) if exception is not None else "unknown error"
    return f"dbt {command} failed: {reason[:300]}"


def _release_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in-process, so the file can be reopened (read-only)."""
    from dbt.adapters.factory import reset_adapters

    reset_adapters()
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:  # pragma: no cover - dbt-duckdb is a dependency
        return
    with DuckDBConnectionManager._LOCK:
        if DuckDBConnectionManager._ENV is not None:
            DuckDBConnectionManager._ENV.close()
            DuckDBConnectionManager._ENV = None


def run_dbt(
    command: Sequence[str],
    db_path: Path,
    *,
    target_path: Path | None = None,
    log_path: Path | None = None,
) -> object:
    """Invoke one dbt command (e.g. ``["build"]``) on ``db_path``; raise :class:`DbtBuildError` on failure.

    Returns dbt's result object (``RunExecutionResult`` for build/run/test, ``CatalogArtifact`` for docs).
    """
    from dbt.cli.main import dbtRunner  # imported late: dbt is slow to import

    args = [*command, *_common_args(target_path, log_path), "--quiet"]
    with _DBT_LOCK, _env(DB_ENV_VAR, str(Path(db_path).resolve())):
        try:
            outcome = dbtRunner().invoke(args)
        finally:
            _release_duckdb()
    if not outcome.success:
        failed = _failed_nodes(outcome.result)
        raise DbtBuildError(_summary(command[0], failed, outcome.exception))
    return outcome.result


def build_warehouse(
    db_path: Path,
    *,
    target_path: Path | None = None,
    select: str | None = None,
    log_path: Path | None = None,
) -> None:
    """``dbt build`` (seeds, models, data tests) on the DuckDB file ``db_path``.

    dbt unit tests (fixed inputs, e.g. region resolution) test the SQL, not the data: the tests run
    them (``dbt test --select test_type:unit``), the refresh does not.

    ``select`` is a dbt selection (e.g. ``"+mart_department_year"``); ``target_path`` keeps this run's
    artifacts apart from ``target/`` (use a temporary folder in tests and parallel runs).
    Raises :class:`DbtBuildError` with a one-line summary naming the failed nodes.
    """
    command = ["build", "--exclude-resource-type", "unit_test"] + (["--select", select] if select else [])
    run_dbt(command, db_path, target_path=target_path, log_path=log_path)


def generate_docs(db_path: Path, target_path: Path | None = None, *, log_path: Path | None = None) -> Path:
    """``dbt docs generate``: writes ``index.html``, ``manifest.json`` and ``catalog.json``; returns the folder."""
    run_dbt(["docs", "generate"], db_path, target_path=target_path, log_path=log_path)
    return Path(target_path) if target_path is not None else PROJECT_ROOT / "target"

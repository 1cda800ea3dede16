"""The nightly schedule: the refresh flow as a Prefect deployment with a cron in a time zone.

``juesuan schedule --cron "0 2 * * *" --timezone Asia/Shanghai`` calls :func:`serve_nightly`,
which registers the deployment with the Prefect API and runs the flow at every cron tick until
stopped (Ctrl-C). :func:`build_deployment` builds the same deployment without serving it.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from prefect.deployments.runner import EntrypointType, RunnerDeployment
from prefect.schedules import Cron, Schedule, validate_cron_string

from flows import DEFAULT_CRON, DEFAULT_TIMEZONE
from flows.refresh import refresh_flow
from juesuan.publish import DEFAULT_KEEP_VERSIONS

DEPLOYMENT_NAME = "nightly"


def nightly_schedule(cron: str = DEFAULT_CRON, timezone: str = DEFAULT_TIMEZONE) -> Schedule:
    """A cron schedule in ``timezone``; ``ValueError`` with a one-line reason if either is invalid."""
    try:
        validate_cron_string(cron)
    except ValueError as exc:
        raise ValueError(f"invalid cron expression {cron!r}: {exc}".splitlines()[0]) from None
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {timezone!r} (use an IANA name like Asia/Shanghai)") from None
    return Cron(cron, timezone=timezone)


def build_deployment(
    docs_dir: Path,
    db_path: Path,
    *,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    keep_versions: int = DEFAULT_KEEP_VERSIONS,
) -> RunnerDeployment:
    """The refresh flow as a deployment scheduled at ``cron`` in ``timezone`` (paths made absolute)."""
    return refresh_flow.to_deployment(
        name=DEPLOYMENT_NAME,
        schedule=nightly_schedule(cron, timezone),
        parameters={
            "docs_dir": str(Path(docs_dir).absolute()),
            "db_path": str(Path(db_path).absolute()),
            "keep_versions": keep_versions,
        },
        description=f"Refresh the juesuan warehouse {Path(db_path).absolute()} at '{cron}' ({timezone})",
        tags=["juesuan", "nightly"],
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_nightly(deployment: RunnerDeployment) -> None:
    """Register ``deployment`` and run it on schedule until interrupted."""
    from prefect import serve

    serve(deployment)

"""What a person watching a refresh sees: progress bars in a terminal and a one-screen summary.

Progress bars (rich) are drawn only when stdout is a terminal; under cron, CI or a Prefect
worker the bars are no-ops and Prefect's logs tell the story. The same summary is printed at the
end of ``juesuan refresh`` and attached to the Prefect flow run as a Markdown artifact.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

Advance = Callable[[int], None]
# Longest list of quarantined documents shown before "… and N more".
MAX_LISTED = 8


def is_terminal() -> bool:
    """Whether stdout is an interactive terminal."""
    return sys.stdout.isatty()


@contextlib.contextmanager
def progress_bar(description: str, total: int, *, enabled: bool | None = None) -> Iterator[Advance]:
    """A rich progress bar of ``total`` steps; yields ``advance(n)``. A no-op off a terminal."""
    if not (is_terminal() if enabled is None else enabled) or total <= 0:
        yield lambda n=1: None
        return
    columns = (TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=False) as progress:
        task_id = progress.add_task(description, total=total)
        yield lambda n=1: progress.advance(task_id, n)


@dataclass
class RunSummary:
    """Everything the end-of-run summary shows."""

    run_id: str
    db_path: str
    loaded: int = 0
    unchanged: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # loaded, but headline figures unreadable
    retired: int = 0
    parsed: int = 0
    records_loaded: int = 0
    documents_in_warehouse: int = 0
    records_in_warehouse: int = 0
    unparsed_targets: int = 0
    rule_findings: int | None = None  # error-severity reconciliation failures; None: not run
    stage_seconds: dict[str, float] = field(default_factory=dict)
    published_version: str | None = None
    notes: list[str] = field(default_factory=list)
    artifact_id: str | None = None  # the Prefect Markdown artifact of the run

    @property
    def total_seconds(self) -> float:
        return sum(self.stage_seconds.values())


def _short(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _rows(summary: RunSummary) -> list[tuple[str, str]]:
    findings = "not run" if summary.rule_findings is None else str(summary.rule_findings)
    return [
        ("documents", f"{summary.loaded} loaded · {summary.unchanged} unchanged · "
                      f"{len(summary.quarantined)} quarantined · {summary.retired} retired"),
        ("parsed this run", str(summary.parsed)),
        ("records", f"{summary.records_loaded} loaded this run · {summary.records_in_warehouse} in warehouse "
                    f"({summary.documents_in_warehouse} documents)"),
        ("unparsed indicator targets", str(summary.unparsed_targets)),
        ("rule findings (errors)", findings),
        ("seconds per stage", " · ".join([*(f"{k} {v:.1f}" for k, v in summary.stage_seconds.items()),
                                          f"total {summary.total_seconds:.1f}"])),
        ("published", f"{summary.db_path} (version {summary.published_version})"
         if summary.published_version else f"nothing published; {summary.db_path} unchanged"),
    ]


def _listed(documents: list[tuple[str, str]], table: str) -> list[str]:
    lines = [f"{_short(path)}: {reason}" for path, reason in documents[:MAX_LISTED]]
    if len(documents) > MAX_LISTED:
        lines.append(f"… and {len(documents) - MAX_LISTED} more (see {table})")
    return lines


def _quarantine_lines(summary: RunSummary) -> list[str]:
    return _listed(summary.quarantined, "audit.quarantine")


def _warning_lines(summary: RunSummary) -> list[str]:
    return _listed(summary.warnings, "audit.load_log")


def format_summary(summary: RunSummary) -> str:
    """The one-screen plain-text summary printed at the end of a refresh."""
    width = max(len(k) for k, _ in _rows(summary))
    out = [f"juesuan refresh {summary.run_id}"]
    out += [f"  {key:<{width}}  {value}" for key, value in _rows(summary)]
    if summary.quarantined:
        out.append("  quarantined:")
        out += [f"    {line}" for line in _quarantine_lines(summary)]
    if summary.warnings:
        out.append("  loaded with warnings:")
        out += [f"    {line}" for line in _warning_lines(summary)]
    out += [f"  note: {note}" for note in summary.notes]
    return "\n".join(out)


def summary_markdown(summary: RunSummary) -> str:
    """The same summary as a Markdown table (the Prefect artifact of the run)."""
    out = [f"# juesuan refresh `{summary.run_id}`", "", "| | |", "|---|---|"]
    out += [f"| {key} | {value.replace('|', '/')} |" for key, value in _rows(summary)]
    if summary.quarantined:
        out += ["", "## Quarantined", ""] + [f"- {line}" for line in _quarantine_lines(summary)]
    if summary.warnings:
        out += ["", "## Loaded with warnings", ""] + [f"- {line}" for line in _warning_lines(summary)]
    if summary.notes:
        out += ["", "## Notes", ""] + [f"- {note}" for note in summary.notes]
    return "\n".join(out) + "\n"

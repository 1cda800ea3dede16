"""The one-screen summary and the progress bars of a refresh (no Prefect, milliseconds)."""

from __future__ import annotations

import io

from rich.console import Console

from juesuan import progress
from juesuan.progress import RunSummary, format_summary, progress_bar, summary_markdown


def _summary() -> RunSummary:
    return RunSummary(
        run_id="3f2a9c1b7d0e", db_path="/srv/warehouse.duckdb", loaded=1, unchanged=10,
        quarantined=[(f"/docs/bad{i}.txt", "empty file") for i in range(10)], retired=1, parsed=1,
        records_loaded=190, documents_in_warehouse=11, records_in_warehouse=2100, unparsed_targets=8,
        rule_findings=2, stage_seconds={"parse": 2.5, "dbt": 17.25}, published_version="20250301T020000-3f2a9c1b7d0e",
    )


def test_the_summary_fits_one_screen_and_names_every_figure() -> None:
    text = format_summary(_summary())
    lines = text.splitlines()
    assert len(lines) <= 25 and max(len(line) for line in lines) <= 120
    assert "1 loaded · 10 unchanged · 10 quarantined · 1 retired" in text
    assert "190 loaded this run · 2100 in warehouse (11 documents)" in text
    assert "unparsed indicator targets  8" in text and "rule findings (errors)      2" in text
    assert "parse 2.5 · dbt 17.2 · total 19.8" in text
    assert "    bad0.txt: empty file" in text and "… and 2 more (see audit.quarantine)" in text


def test_a_run_that_published_nothing_says_so() -> None:
    summary = RunSummary(run_id="r", db_path="w.duckdb")
    assert "nothing published; w.duckdb unchanged" in format_summary(summary)
    rows = dict(line.strip().split("  ", 1) for line in format_summary(summary).splitlines()[1:])
    assert rows["rule findings (errors)"].strip() == "not run"
    assert rows["seconds per stage"].strip() == "total 0.0"


def test_the_markdown_artifact_is_a_table_of_the_same_figures() -> None:
    markdown = summary_markdown(_summary())
    assert markdown.startswith("# juesuan refresh `3f2a9c1b7d0e`\n\n| | |\n|---|---|\n")
    assert "| documents | 1 loaded · 10 unchanged · 10 quarantined · 1 retired |" in markdown
    assert "## Quarantined" in markdown and "- bad9.txt" not in markdown


def test_progress_bars_only_in_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr(progress, "is_terminal", lambda: False)
    with progress_bar("parse", 3) as advance:
        advance(1)  # a no-op off a terminal
    out = io.StringIO()
    monkeypatch.setattr("rich.progress.get_console", lambda: Console(file=out, force_terminal=True, width=80))
    with progress_bar("parse", 3, enabled=True) as advance:
        for _ in range(3):
            advance(1)
    assert "parse" in out.getvalue() and "3/3" in out.getvalue()

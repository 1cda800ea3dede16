"""Plain-text rendering of a reconciliation report with rich tables (for ``juesuan validate``): the
rules, then the findings as ``marts.fct_review_finding`` holds them (failed checks, then checks
with insufficient data), each with its department and year, page and line, and source snippet."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from expectations.runner import Failure, ReconciliationReport

WAN = Decimal(10000)
TABLE_WIDTH = 160


def format_amount(value: Decimal | None, unit: str | None) -> str:
    """A figure as the documents print it: 元 amounts in 万元, percentages with %, scores bare."""
    if value is None:
        return "—"
    if unit == "yuan":
        return f"{value / WAN:,.4f}".rstrip("0").rstrip(".") + " 万元"
    if unit == "percent":
        return f"{value:.4f}".rstrip("0").rstrip(".") + "%"
    return f"{value:.4f}".rstrip("0").rstrip(".")


# Longest snippet printed in a findings table.
SNIPPET_WIDTH = 60
FINDING_HEADERS = ("document", "rule", "check", "stated", "implied", "difference", "tolerance", "where", "source")


def _document_cell(failure: Failure) -> str:
    who = " ".join(str(x) for x in (failure.department, failure.fiscal_year) if x)
    return f"{failure.document}\n{who}" if who else failure.document


def _failure_row(failure: Failure) -> list[str]:
    return [
        _document_cell(failure),
        f"{failure.rule_id} ({failure.severity})",
        failure.check_key,
        format_amount(failure.actual, failure.unit),
        format_amount(failure.expected, failure.unit),
        format_amount(failure.difference, failure.unit),
        format_amount(failure.tolerance, failure.unit),
        failure.where,
        (failure.snippet or failure.source_lines or "")[:SNIPPET_WIDTH],
    ]


def _findings_table(title: str, findings: list[Failure]) -> Table:
    table = Table(title=title)
    for header in FINDING_HEADERS:
        table.add_column(header, overflow="fold")
    for finding in findings:
        table.add_row(*_failure_row(finding))
    return table


def format_report(report: ReconciliationReport, limit: int | None = None) -> str:
    """Rules table, then failures table (the first ``limit`` failures; all when None), then the threshold line."""
    console = Console(file=io.StringIO(), record=True, width=TABLE_WIDTH, force_terminal=False, color_system=None)
    rules = Table(title=f"Reconciliation run {report.run_id}: {report.documents} documents")
    for header in ("rule", "severity", "checks", "documents checked", "passed", "failed", "not applicable",
                   "insufficient data"):
        rules.add_column(header, justify="left" if header in ("rule", "severity") else "right")
    for rule in report.rules:
        rules.add_row(rule.rule_id, rule.severity, str(rule.checks), str(rule.documents_checked), str(rule.passed),
                      str(rule.failed), str(rule.not_applicable), str(rule.insufficient_data))
    console.print(rules)
    if report.failures:
        title = f"{len(report.failures)} failed checks (stated vs implied by the other figures; where: page/line)"
        console.print(_findings_table(title, report.failures[:limit]))
        if limit is not None and len(report.failures) > limit:
            console.print(f"… and {len(report.failures) - limit} more failed checks: "
                          f"audit.reconciliation_results where run_id = '{report.run_id}' and outcome = 'failed'")
    else:
        console.print("No check failed.")
    if report.insufficient:
        shown = report.insufficient[:limit]
        title = f"{len(report.insufficient)} checks with insufficient data (a figure the parser did not read)"
        console.print(_findings_table(title, shown))
        if len(shown) < len(report.insufficient):
            console.print(f"… and {len(report.insufficient) - len(shown)} more: marts.fct_review_finding")
    console.print(report.threshold_message())
    if report.data_docs_index is not None:
        console.print(f"Data Docs: {report.data_docs_index}")
    return console.export_text()

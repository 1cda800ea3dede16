"""The Great Expectations Data Docs of a reconciliation run: built, and naming the failed rules."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest
from _reconciliation_helpers import RUN_ID, ReconciledWarehouse, reconciled_warehouse

pytestmark = pytest.mark.slow
# a table row whose status icon is the red cross, and the rule id its description starts with
FAILED_ROW = re.compile(
    r"<tr>(?:(?!</tr>).)*?fa-times text-danger(?:(?!</tr>).)*?\b(R\d\d) \((?:error|warning)\)", re.S
)


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


def _failed_rules_on_pages(folder: Path) -> set[str]:
    rules: set[str] = set()
    for page in folder.glob("validations/**/*.html"):
        rules |= set(FAILED_ROW.findall(page.read_text(encoding="utf-8")))
    return rules


def test_data_docs_index_links_every_suite(warehouse: ReconciledWarehouse) -> None:
    index = warehouse.data_docs_dir / "index.html"
    assert warehouse.report.data_docs_index == index
    html = index.read_text(encoding="utf-8")
    for suite in ("summary_balances", "functional_breakdown", "basic_expenditure", "three_public", "procurement",
                  "performance"):
        assert suite in html


def test_validation_pages_name_the_failed_rules(warehouse: ReconciledWarehouse) -> None:
    failed_in_rows = set(warehouse.rows.loc[warehouse.rows.outcome == "failed", "rule_id"])
    assert failed_in_rows >= {"R01", "R06", "R10", "R15"}
    assert _failed_rules_on_pages(warehouse.data_docs_dir) == failed_in_rows


def test_audit_table_holds_the_run(warehouse: ReconciledWarehouse) -> None:
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        counts = con.execute(
            "select count(*), count(*) filter (where passed is false), count(distinct document_id) "
            "from audit.reconciliation_results where run_id = ?",
            [RUN_ID],
        ).fetchone()
    assert counts[0] == len(warehouse.rows)
    assert counts[1] == len(warehouse.report.failures)
    assert counts[2] == warehouse.rows.document_id.nunique()


def test_format_table_lists_rules_and_failures(warehouse: ReconciledWarehouse) -> None:
    text = warehouse.report.format_table()
    for header in ("documents checked", "passed", "failed", "not applicable"):
        assert header in text
    assert "maoxian" in text and "R10 (warning)" in text
    assert "-3 万元" in text  # Maoxian's stated prior year vs 本年 − 增减额
    assert warehouse.report.error_failures > 0  # the injected R01 … errors
    assert warehouse.report.exceeds_threshold


def test_format_table_can_stop_after_the_first_failures(warehouse: ReconciledWarehouse) -> None:
    report = warehouse.report
    text = report.format_table(limit=2)
    more = len(report.failures) - 2
    assert f"… and {more} more failed checks: audit.reconciliation_results where run_id = '{report.run_id}'" in text
    assert len(text) < len(report.format_table())

"""A rule lacking its figures is not_applicable, never passed; one side missing is insufficient_data."""

from __future__ import annotations

import pytest
from _reconciliation_helpers import ReconciledWarehouse, reconciled_warehouse
from conftest import BAZHOU

from expectations.rules import RULES

pytestmark = pytest.mark.slow
# Rules about the whole document, not its figures: every document is checked for template leftovers
# (R21) and its required tables (R23; insufficient_data when the parser reports no section at all
# and no target-table row was read).
DOCUMENT_RULES = ["R21", "R23"]


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


def test_document_without_figures_is_not_applicable_for_every_rule(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of("synthetic-no-figures.txt")
    assert set(rows.rule_id) == {rule.rule_id for rule in RULES}
    figure_rules = rows[~rows.rule_id.isin(DOCUMENT_RULES)]
    assert set(figure_rules.outcome) == {"not_applicable"}
    assert figure_rules.tolerance.isna().all()
    assert set(rows[rows.rule_id == "R21"].outcome) == {"passed"}
    assert set(rows[rows.rule_id == "R23"].outcome) == {"insufficient_data"}


def test_performance_targets_have_no_final_account_rules(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of(BAZHOU.name)
    # R20: "2022年度" in its title is its own year
    final_account_rules = rows[~rows.rule_id.isin(["R15", "R20", *DOCUMENT_RULES])]
    assert set(final_account_rules.outcome) == {"not_applicable"}
    # its 部门（单位）整体支出绩效目标表 is there: its 70 indicators were read
    assert set(rows[rows.rule_id == "R23"].outcome) == {"passed"}
    assert set(rows[rows.rule_id == "R15"].outcome) == {"passed"}


def test_not_applicable_is_never_counted_as_passed(warehouse: ReconciledWarehouse) -> None:
    summary = {rule.rule_id: rule for rule in warehouse.report.rules}
    # Bazhou and the synthetic document without figures state nothing for R01
    assert summary["R01"].not_applicable >= 2
    assert summary["R01"].documents_checked == summary["R01"].passed + summary["R01"].failed


@pytest.mark.parametrize(("rule_id", "check_key"), [
    ("R09", "three_public_total"),  # 公务接待费 not extracted
    ("R13", "procurement_small_micro <= procurement_sme"),  # SME amount not extracted
    ("R06", "expenditure_basic ÷ expenditure_current_year @L40"),  # the share's base not extracted
])
def test_one_side_missing_is_insufficient_data(warehouse: ReconciledWarehouse, rule_id: str, check_key: str) -> None:
    rows = warehouse.rows_of("synthetic-parser-missed.txt")
    row = rows[(rows.rule_id == rule_id) & (rows.check_key == check_key)].iloc[0]
    assert row.outcome == "insufficient_data"
    assert "missing" in row.description


def test_total_above_parts_with_unstated_components_is_insufficient(warehouse: ReconciledWarehouse) -> None:
    # Zengdu: 收入总计 3,198.03 = 收入合计 3,188.53 + 年初结转和结余 9.5, stated only in a 主要原因 clause
    rows = warehouse.rows_of("zengdu-district-hrss-2022-final-account.txt")
    row = rows[(rows.rule_id == "R02") & (rows.check_key == "income_total")].iloc[0]
    assert row.outcome == "insufficient_data"
    assert "carryover_begin" in row.description

"""R01–R24 on copies of the samples: one figure changed beyond its tolerance breaks exactly its rule
for that document; a change within the tolerance breaks nothing; twenty 0.01-万元 figures may miss
by 0.10 万元 but not by 0.11. Also: the real findings the samples contain."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reconciliation_helpers import BEYOND_TOLERANCE, WITHIN_TOLERANCE, ReconciledWarehouse, reconciled_warehouse
from _review_variants import RECORD_VARIANTS
from conftest import CHANGJI, MAOXIAN, ZENGDU

from expectations.rules import RULES

pytestmark = pytest.mark.slow
SQL_CATALOG = Path(__file__).resolve().parent.parent / "models" / "reconciliation" / "rec_rule_catalog.sql"


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


def test_every_rule_has_an_injected_error() -> None:
    injected = {variant.rule for variant in BEYOND_TOLERANCE} | {variant.rule for variant in RECORD_VARIANTS}
    assert injected == {rule.rule_id for rule in RULES}


@pytest.mark.parametrize("variant", BEYOND_TOLERANCE, ids=lambda v: v.name)
def test_error_beyond_tolerance_fails_exactly_its_rule(warehouse: ReconciledWarehouse, variant) -> None:
    new = warehouse.new_failures(variant.file_name, variant.base.name)
    assert new, f"{variant.name}: the injected error was not found"
    assert {rule for rule, _ in new} == {variant.rule}, new


@pytest.mark.parametrize("variant", RECORD_VARIANTS, ids=lambda v: v.name)
def test_slip_planted_in_the_caizhengju_pdf_fails_exactly_its_rule(warehouse: ReconciledWarehouse, variant) -> None:
    new = warehouse.new_failures(variant.file_name, variant.base.name)
    assert new, f"{variant.name}: the planted slip was not found"
    assert {rule for rule, _ in new} == {variant.rule}, new


@pytest.mark.parametrize("variant", WITHIN_TOLERANCE, ids=lambda v: v.name)
def test_change_within_tolerance_passes(warehouse: ReconciledWarehouse, variant) -> None:
    assert warehouse.new_failures(variant.file_name, variant.base.name) == set()


def test_r02_boundary_on_changji(warehouse: ReconciledWarehouse) -> None:
    # 收入总计 1,852.62 = 1,718.02 + 0.00 + 年初结转和结余: four 0.01-万元 figures, tolerance 0.02 万元
    rows = warehouse.rows_of(f"{CHANGJI.stem}--R02.txt")
    row = rows[(rows.rule_id == "R02") & (rows.check_key == "income_total")].iloc[0]
    assert row.tolerance == 200 and row.difference == -300 and row.outcome == "failed"
    rows = warehouse.rows_of(f"{CHANGJI.stem}--R02-within.txt")
    row = rows[(rows.rule_id == "R02") & (rows.check_key == "income_total")].iloc[0]
    assert row.tolerance == 200 and row.difference == -200 and row.outcome == "passed"


@pytest.mark.parametrize(("doc_id", "outcome"), [("synthetic-twenty-within", "passed"),
                                                 ("synthetic-twenty-beyond", "failed")])
def test_twenty_figures_may_miss_by_a_tenth(warehouse: ReconciledWarehouse, doc_id: str, outcome: str) -> None:
    rows = warehouse.rows_of(f"{doc_id}.txt")
    row = rows[(rows.rule_id == "R07") & rows.check_key.str.startswith("社会保障和就业支出 (类) = Σ 项")].iloc[0]
    assert row.tolerance == 1000  # 20 × 0.005 万元, in 元
    assert row.outcome == outcome


def test_sql_and_python_catalogs_agree() -> None:
    sql = SQL_CATALOG.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"('{rule.rule_id}', '{rule.family}', '{rule.title}', '{rule.severity}')" in sql


# --- the findings the samples really contain (docs/reconciliation.md explains each) -----------
def _failed(warehouse: ReconciledWarehouse, file_name: str) -> set[tuple[str, str]]:
    return warehouse.failed_checks(file_name)


def test_changji_other_expenditure_share_is_misstated(warehouse: ReconciledWarehouse) -> None:
    # 其他支出(类) 66.40 万元 of 1,725.94 万元 is 3.847%, printed 3.84% (the five shares then add to 100.00)
    assert _failed(warehouse, CHANGJI.name) == {("R06", "其他支出 (类) ÷ general_budget_expenditure")}


def test_maoxian_change_of_the_totals_is_misstated(warehouse: ReconciledWarehouse) -> None:
    # 543.25 万元 "与2021年相比 534.72万元增加5.53万元": 543.25 − 534.72 = 8.53 (and 8.53 ÷ 534.72 = 1.6%)
    failed = _failed(warehouse, MAOXIAN.name)
    assert {rule for rule, _ in failed} == {"R10"}
    assert ("R10", "income_total change") in failed and ("R10", "general_budget_expenditure change") in failed
    rows = warehouse.rows_of(MAOXIAN.name)
    row = rows[rows.check_key.str.startswith("income_total @L") & rows.check_key.str.endswith("change")].iloc[0]
    assert row.difference == -30000  # the stated prior year is 3.00 万元 below 本年 − 增减额


def test_zengdu_growth_and_funds_score_are_misstated(warehouse: ReconciledWarehouse) -> None:
    # 一般公共预算财政拨款支出 减少 8.62 万元 "下降 2.87%": 8.62 ÷ 3,004.08 = 0.29%;
    # 劳动争议调解仲裁经费 得分 20 of "20分*执行率" with 27.34 ÷ 45 = 60.76% → 12.15
    assert _failed(warehouse, ZENGDU.name) == {
        ("R10", "general_budget_expenditure growth"),
        ("R11", "劳动争议调解仲裁经费 funds_score"),
    }


def test_a_leftover_printed_twice_on_a_line_is_one_finding(warehouse: ReconciledWarehouse) -> None:
    # 《…自评报告().doc》…《…自评报告().doc(8页)》: the same empty brackets twice on one line are one R21
    # finding (its key, token and line, unique: the findings' ids are made of it)
    variant = next(v for v in BEYOND_TOLERANCE if v.name == "R21-twice")
    rows = warehouse.rows_of(variant.file_name)
    leftovers = rows[(rows["rule_id"] == "R21") & (rows["outcome"] == "failed")]
    assert len(leftovers) == 1 and leftovers["check_key"].is_unique

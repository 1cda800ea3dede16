"""曾都区人力资源和社会保障局 2022 年度部门决算 (hard-wrapped PDF text, scrambled lines)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _final_account_helpers import economic, item, items, metric, narrative, status, wan
from conftest import ZENGDU

from ingest.document import parse_path
from ingest.records import EconomicItem


@pytest.fixture(scope="module")
def doc():
    return parse_path(ZENGDU)


@pytest.fixture(scope="module")
def records(doc):
    return doc.records


def test_identity(doc):
    info = doc.info
    assert info.department_name == "曾都区人力资源和社会保障局"
    assert (info.province, info.prefecture, info.county, info.admin_level) == (None, "随州市", "曾都区", "district")
    assert (info.fiscal_year, info.layout, info.doc_type) == (2022, "hard_wrapped", "final_account")


def test_totals(records):
    total = metric(records, "income_total")
    assert (total.value, total.change_value, total.growth_pct, total.source_line) == (
        wan("3198.03"), wan("-1833.77"), Decimal("-36.44"), 95)
    assert metric(records, "expenditure_total").value == wan("3198.03")
    income = metric(records, "income_current_year")
    assert (income.value, income.change_value, income.growth_pct) == (wan("3188.53"), wan("-31.68"), Decimal("-0.98"))
    fiscal = metric(records, "fiscal_income_total")
    assert (fiscal.value, fiscal.change_value, fiscal.growth_pct) == (wan("2995.46"), wan("-2013.81"), Decimal("-40.2"))


@pytest.mark.parametrize(
    ("key", "wan_value", "line", "share"),
    [
        ("income_fiscal", "2985.96", 129, "93.65"),
        ("income_superior_subsidy", "0", 131, "0"),
        ("income_other", "202.57", 137, "6.35"),
        ("expenditure_current_year", "2995.46", 142, None),
        ("expenditure_basic", "1985.7", 152, "66.29"),
        ("expenditure_project", "1009.75", 154, "33.71"),
        ("general_budget_basic_expenditure", "1985.7", 395, None),
        ("personnel_expense", "1947.53", 398, None),
        ("public_expense", "38.17", 418, None),
        ("three_public_overseas", "0", 453, None),
        ("three_public_vehicle", "18.06", 465, None),
        ("three_public_vehicle_purchase", "11.97", 469, None),
        ("three_public_vehicle_operation", "6.09", 488, None),
        ("three_public_reception", "0.57", 498, None),
        ("operation_expense", "16.23", 520, None),
        ("procurement_goods", "104.33", 531, None),
        ("procurement_services", "25", 533, None),
        ("procurement_sme", "69.89", 535, "54.04"),
        ("procurement_small_micro", "69.89", 537, "100"),
        ("performance_budget", "570.02", 569, "56.45"),
    ],
)
def test_money_figures(records, key, wan_value, line, share):
    m = metric(records, key)
    assert (m.value, m.source_line) == (wan(wan_value), line)
    assert m.share_pct == (Decimal(share) if share else None)


def test_budget_statements(records):
    total = metric(records, "three_public_total")
    assert (total.value, total.budget_value, total.budget_completion_pct) == (
        wan("18.63"), wan("24.18"), Decimal("77.05"))
    gb = metric(records, "general_budget_expenditure")
    assert (gb.value, gb.budget_value, gb.budget_completion_pct) == (wan("2995.46"), wan("3464.92"), Decimal("86.45"))
    assert (gb.change_value, gb.growth_pct) == (wan("-8.62"), Decimal("-2.87"))
    assert metric(records, "procurement_small_micro").share_base == "procurement_sme"


def test_counts_and_score(records):
    assert metric(records, "vehicles_purchased").value == 1  # not the 2 of 2021 quoted in a reason
    assert metric(records, "vehicles_held").value == 8
    assert (metric(records, "reception_batches").value, metric(records, "reception_persons").value) == (10, 44)
    assert metric(records, "performance_projects_evaluated").value == 18
    assert metric(records, "performance_score").value == 99
    assert metric(records, "vehicles_total").value == 8


def test_functional_items(records):
    assert len(items(records)) == 12
    assert [(c.class_name, c.amount_yuan, c.share_pct) for c in items(records, "类")] == [
        ("社会保障和就业支出", wan("2995.46"), Decimal("100"))]
    run = item(records, "行政运行")
    assert (run.budget_initial_yuan, run.amount_yuan, run.completion_pct, run.source_line) == (
        wan("619.87"), wan("250.92"), Decimal("40.48"), 250)
    assert run.kuan_name == "人力资源和社会保障管理事务"
    assert item(records, "劳动保障监察").kuan_name == "人力资源和社会保障管理事务项"  # as printed: 事务项(款)
    other = item(records, "其他人力资源和社会保障管理事务支出")
    assert (other.budget_initial_yuan, other.amount_yuan, other.source_line) == (wan("0"), wan("904.16"), 361)
    assert item(records, "行政单位医疗/公务员医疗补助").budget_initial_yuan == wan("69.7")


def test_economic_items(records):
    economics = [r for r in records if isinstance(r, EconomicItem)]
    assert len([e for e in economics if e.group == "人员经费"]) == 18
    assert len([e for e in economics if e.group == "公用经费"]) == 17
    assert economic(records, "基本工资").amount_yuan == wan("597.64")
    assert economic(records, "退职(役)费").amount_yuan == wan("1.41")
    assert economic(records, "退职(役)费").source_line == 412
    assert economic(records, "办公设备购置").amount_yuan == wan("0.48")
    assert sum(e.amount_yuan for e in economics if e.group == "公用经费") == wan("38.17")


def test_sections_and_annex(records):
    assert status(records, "government_fund").status == "empty"
    assert status(records, "state_capital").status == "empty"
    assert status(records, "procurement").status == "present"
    assert all(r.source_line < 586 for r in narrative(records))

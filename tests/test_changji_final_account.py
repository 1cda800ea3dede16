"""新疆昌吉州人力资源和社会保障局 2022 年度部门决算 (markdown with tab tables)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _final_account_helpers import economic, item, items, metric, narrative, status, wan
from conftest import CHANGJI

from ingest.document import parse_path


@pytest.fixture(scope="module")
def doc():
    return parse_path(CHANGJI)


@pytest.fixture(scope="module")
def records(doc):
    return doc.records


def test_identity(doc):
    info = doc.info
    assert info.department_name == "新疆昌吉州人力资源和社会保障局"
    assert (info.province, info.prefecture, info.county) == ("新疆维吾尔自治区", "昌吉州", None)
    assert info.admin_level == "prefecture"
    assert (info.fiscal_year, info.doc_type, info.layout) == (2022, "final_account", "markdown_tsv")
    assert info.source_line == 3


def test_income_total_with_change_and_reason(records):
    m = metric(records, "income_total")
    assert m.value == Decimal("18526200.00") and m.ulp == Decimal("100.00")
    assert m.change_value == wan("-1291.13") and m.growth_pct == Decimal("-41.07")
    assert m.reason.startswith("本年减少三支一扶工作经费")
    assert m.source_line == 91


@pytest.mark.parametrize(
    ("key", "wan_value", "line"),
    [
        ("income_current_year", "1718.02", 91),
        ("use_of_non_fiscal_balance", "0.00", 91),
        ("carryover_begin", "134.60", 91),
        ("expenditure_total", "1852.62", 93),
        ("expenditure_current_year", "1774.57", 93),
        ("carryover_end", "78.04", 93),
        ("income_other", "0.96", 97),
        ("expenditure_basic", "1338.01", 103),
        ("expenditure_project", "436.56", 103),
        ("fiscal_carryover_begin", "8.89", 107),
        ("fiscal_income_current_year", "1717.05", 107),
        ("fiscal_expenditure_total", "1725.94", 109),
        ("general_budget_basic_expenditure", "1336.29", 179),
        ("personnel_expense", "1188.72", 181),
        ("public_expense", "147.58", 185),
        ("three_public_vehicle", "8.80", 189),
        ("three_public_vehicle_operation", "8.80", 193),
        ("three_public_reception", "0.20", 189),
        ("operation_expense", "147.58", 213),
        ("procurement_total", "201.61", 217),
        ("procurement_goods", "42.71", 217),
        ("procurement_services", "158.90", 217),
        ("procurement_small_micro", "201.61", 219),
        ("fixed_assets_value", "8577.73", 223),
        ("performance_budget", "618.00", 229),
        ("performance_executed", "341.59", 229),
    ],
)
def test_money_figures(records, key, wan_value, line):
    m = metric(records, key)
    assert (m.value, m.source_line) == (wan(wan_value), line)


def test_shares(records):
    assert metric(records, "income_fiscal").share_pct == Decimal("99.94")
    assert metric(records, "income_fiscal").share_base == "income_current_year"
    assert metric(records, "expenditure_basic").share_pct == Decimal("75.40")
    gb = metric(records, "general_budget_expenditure")
    assert (gb.share_pct, gb.change_value, gb.growth_pct) == (Decimal("97.26"), wan("-1147.99"), Decimal("-39.94"))


def test_fiscal_budget_comparison(records):
    m = metric(records, "fiscal_income_total")
    assert (m.value, m.budget_value, m.budget_kind, m.budget_variance_pct) == (
        wan("1725.94"), wan("1541.71"), "initial", Decimal("11.95"))


def test_three_public(records):
    total = metric(records, "three_public_total")
    assert (total.value, total.change_value, total.growth_pct) == (wan("9.00"), wan("-0.17"), Decimal("-1.85"))
    assert (total.budget_value, total.budget_kind) == (wan("9.00"), "full_year")
    reception = metric(records, "three_public_reception")
    assert (reception.share_pct, reception.change_value) == (Decimal("2.22"), wan("-0.17"))
    assert metric(records, "three_public_vehicle").share_pct == Decimal("97.78")
    assert metric(records, "vehicles_held").value == 4
    assert metric(records, "reception_batches").value == 2
    assert metric(records, "reception_persons").value == 13


def test_personnel_and_assets(records):
    assert [metric(records, k).value for k in ("headcount_total", "headcount_in_service",
                                                "headcount_retired_veteran", "headcount_retired")] == [110, 60, 0, 50]
    assert metric(records, "floor_area_sqm").value == Decimal("23005.82")
    assert metric(records, "vehicles_total").value == 7
    assert metric(records, "vehicles_other").value == 7
    assert metric(records, "performance_projects_evaluated").value == 13


def test_functional_items(records):
    assert len(items(records)) == 22
    assert [c.class_name for c in items(records, "类")] == [
        "一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出", "其他支出"]
    assert items(records, "类")[1].amount_yuan == wan("1496.38")
    assert items(records, "类")[1].share_pct == Decimal("86.70")
    run = item(records, "行政运行")
    assert (run.amount_yuan, run.change_yuan, run.growth_pct) == (wan("1054.33"), wan("-209.84"), Decimal("-16.60"))
    wrapped = item(records, "其他人力资源和社会保障管理事务支出")
    assert (wrapped.amount_yuan, wrapped.source_line) == (wan("82.16"), 145)
    medical = item(records, "行政单位医疗")
    assert medical.kuan_name == "行政事业单位医疗" and medical.source_line == 157
    assert item(records, "博士后日常经费").growth_pct == Decimal("-100")


def test_sections_and_no_economic_amounts(records):
    assert status(records, "government_fund").status == "empty"
    assert status(records, "state_capital").statement.startswith("我单位本年度无国有资本经营")
    assert status(records, "three_public").status == "present"
    with pytest.raises(AssertionError):
        economic(records, "基本工资")  # listed without amounts: no record


def test_nothing_from_tables_or_glossary(records):
    assert all(r.source_line < 233 for r in narrative(records))

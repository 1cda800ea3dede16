"""茂县人力资源和社会保障局 2022 年度部门决算 (one table cell per tab-indented line)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _final_account_helpers import item, items, metric, narrative, status, wan
from conftest import MAOXIAN

from ingest.document import parse_path


@pytest.fixture(scope="module")
def doc():
    return parse_path(MAOXIAN)


@pytest.fixture(scope="module")
def records(doc):
    return doc.records


def test_identity(doc):
    info = doc.info
    assert info.department_name == "茂县人力资源和社会保障局"
    assert (info.province, info.prefecture, info.county, info.admin_level) == ("四川省", "阿坝州", "茂县", "county")
    assert (info.fiscal_year, info.layout, info.scope) == (2022, "cell_per_line", "department")


def test_totals_with_prior_year(records):
    for key in ("income_total", "expenditure_total", "fiscal_income_total", "general_budget_expenditure"):
        m = metric(records, key)
        assert (m.value, m.prior_year_value, m.change_value, m.growth_pct) == (
            wan("543.25"), wan("534.72"), wan("5.53"), Decimal("1.6")), key
    assert metric(records, "income_total").source_line == 41


@pytest.mark.parametrize(
    ("key", "wan_value", "line"),
    [
        ("income_current_year", "543.25", 43),
        ("income_general_budget", "543.25", 43),
        ("expenditure_current_year", "543.25", 45),
        ("expenditure_basic", "307.34", 45),
        ("expenditure_project", "235.91", 45),
        ("general_budget_basic_expenditure", "307.34", 64),
        ("personnel_expense", "294.66", 65),
        ("public_expense", "12.67", 66),
        ("three_public_total", "3.35", 69),
        ("three_public_overseas", "0", 71),
        ("three_public_vehicle", "3.13", 71),
        ("three_public_reception", "0.22", 71),
        ("three_public_vehicle_purchase", "0", 75),
        ("three_public_vehicle_operation", "3.13", 76),
        ("operation_expense", "12.67", 87),
        ("procurement_total", "81.96", 89),
    ],
)
def test_money_figures(records, key, wan_value, line):
    m = metric(records, key)
    assert (m.value, m.source_line) == (wan(wan_value), line)


def test_shares_and_changes(records):
    assert metric(records, "expenditure_basic").share_pct == Decimal("56.57")
    vehicle = metric(records, "three_public_vehicle")
    assert (vehicle.share_pct, vehicle.change_value, vehicle.growth_pct) == (Decimal("93.43"), wan("-3.01"), Decimal("-49.02"))  # noqa: E501
    assert metric(records, "three_public_reception").change_value == wan("-0.99")
    operation = metric(records, "operation_expense")
    assert (operation.change_value, operation.growth_pct) == (wan("-3.5"), Decimal("-21.65"))
    assert metric(records, "three_public_total").budget_completion_pct == Decimal("100")


def test_counts(records):
    values = {k: metric(records, k).value for k in (
        "overseas_groups", "vehicles_purchased", "vehicles_held", "reception_batches", "reception_persons",
        "foreign_reception_batches", "vehicles_total", "vehicles_other", "equipment_over_1m_units",
        "performance_projects_evaluated")}
    assert values == {
        "overseas_groups": 0, "vehicles_purchased": 0, "vehicles_held": 2, "reception_batches": 4,
        "reception_persons": 28, "foreign_reception_batches": 0, "vehicles_total": 2, "vehicles_other": 2,
        "equipment_over_1m_units": 0, "performance_projects_evaluated": 4}


def test_functional_items(records):
    assert len(items(records)) == 7
    assert [(c.class_name, c.amount_yuan, c.share_pct) for c in items(records, "类")] == [
        ("社会保障和就业支出", wan("286.75"), Decimal("52.78")),
        ("卫生健康支出", wan("15.85"), Decimal("2.92")),
        ("农林水支出支出", wan("219.97"), Decimal("40.49")),  # as printed (the alias seed maps it)
        ("住房保障支出", wan("20.68"), Decimal("3.81")),
    ]
    run = item(records, "行政运行")
    assert (run.amount_yuan, run.completion_pct, run.source_line) == (wan("233.73"), Decimal("100"), 55)
    assert run.reason == "用于行政单位日常经费开支"
    fund = item(records, "住房公积金")
    assert (fund.class_name, fund.kuan_name, fund.completion_pct) == ("住房保障", "住房改革", Decimal("100"))


def test_glossary_and_annex_give_nothing(records):
    assert all(r.source_line < 103 for r in narrative(records))
    assert not [i for i in items(records) if i.kuan_name == "人力资源事务"]


def test_empty_sections(records):
    assert status(records, "government_fund").status == "empty"
    assert status(records, "state_capital").statement == "2022年人社局无国有资本经营预算拨款支出"
    assert not [r for r in records if (getattr(r, "metric", None) or "").startswith("headcount")]

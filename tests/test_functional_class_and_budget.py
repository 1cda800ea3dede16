"""Year over year by 类/款 (mart_functional_class_year) and budget against final (mart_budget_vs_final)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse, unit_test_outcomes

CLASS_YEAR = """
select c.amount_yuan, c.amount_basis, c.items_sum_yuan, c.prior_year_amount_yuan, c.prior_year_basis,
       c.change_yuan, c.growth_pct, c.is_derived
from marts.mart_functional_class_year as c join marts.dim_department as d using (department_id)
where d.department_name like ? and c.fiscal_year = ? and c.functional_code = ?
  and c.fund_scope = 'general_budget' and c.stage = 'final'
"""
BUDGET_VS_FINAL = """
select b.final_initial_budget_yuan, b.final_full_year_budget_yuan, b.final_yuan, b.budget_basis,
       b.budget_completion_pct, b.budget_variance_pct
from marts.mart_budget_vs_final as b join marts.dim_department as d using (department_id)
where d.department_name like ? and b.fiscal_year = ? and b.figure = ?
"""


@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory):
    with duckdb.connect(str(build_sample_warehouse(tmp_path_factory)), read_only=True) as con:
        yield con


@pytest.mark.slow
def test_changji_social_security_class_stated_against_last_years_items(marts) -> None:
    # 社会保障和就业支出 1,496.38 万元 (结构情况, line 122); its 12 项 print 上年决算 summing to 2,606.11
    row = marts.execute(CLASS_YEAR, ["%昌吉州%", 2022, "208"]).fetchone()
    assert row == (
        Decimal("14963800.00"), "stated", Decimal("14963700.00"), Decimal("26061100.00"),
        "previous_year_summed_items", Decimal("-11097300.00"), Decimal("-42.5819"), False,
    )
    # 2021 is known only from the 2022 account's prior-year figures
    assert marts.execute(CLASS_YEAR, ["%昌吉州%", 2021, "208"]).fetchone()[1::6] == ("summed_items", True)


@pytest.mark.slow
def test_changji_kuan_summed_from_its_items_with_their_printed_prior_year(marts) -> None:
    # 就业补助(款) 20807: one 项, 54.62 万元, 上年 107.41 万元
    row = marts.execute(CLASS_YEAR, ["%昌吉州%", 2022, "20807"]).fetchone()
    assert row[:2] == (Decimal("546200.00"), "summed_items")
    assert row[3:7] == (Decimal("1074100.00"), "stated", Decimal("-527900.00"), Decimal("-49.1481"))


@pytest.mark.slow
def test_every_class_year_row_carries_a_fund_scope(marts) -> None:
    scopes = dict(marts.execute(
        "select fund_scope, count(*) from marts.mart_functional_class_year group by all"
    ).fetchall())
    assert None not in scopes and scopes["general_budget"] > 0


@pytest.mark.slow
def test_zengdu_budget_against_final(marts) -> None:
    # 一般公共预算财政拨款支出 年初预算 3,464.92 万元, 决算 2,995.46 万元
    assert marts.execute(BUDGET_VS_FINAL, ["%曾都区%", 2022, "general_budget_expenditure"]).fetchone() == (
        Decimal("34649200.00"), None, Decimal("29954600.00"), "final_account_initial",
        Decimal("86.4511"), Decimal("-13.5489"),
    )
    # 行政运行 2080101: 年初预算 619.87, 决算 250.92 万元
    row = marts.execute(BUDGET_VS_FINAL, ["%曾都区%", 2022, "2080101"]).fetchone()
    assert row[0] == Decimal("6198700.00") and row[2] == Decimal("2509200.00") and row[4] == Decimal("40.4795")


@pytest.mark.slow
def test_changji_three_public_against_its_full_year_budget(marts) -> None:
    # “三公”经费 全年预算数 9.00 万元, 决算数 9.00 万元
    assert marts.execute(BUDGET_VS_FINAL, ["%昌吉州%", 2022, "three_public_total"]).fetchone() == (
        None, Decimal("90000.00"), Decimal("90000.00"), "final_account_full_year", Decimal("100"), Decimal("0"),
    )


@pytest.mark.slow
def test_budget_vs_final_unit_test_passes(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dbt unit test of mart_budget_vs_final (models/marts/_marts__unit_tests.yml)."""
    assert unit_test_outcomes(tmp_path_factory, "mart_budget_vs_final") == ["pass"]

"""完成预算% and 预决算差异率 as two measures (fct_department_metric), never one column meaning either."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse

QUERY = """
select budget_completion_pct, budget_variance_pct, printed_budget_completion_pct, printed_budget_variance_pct
from marts.fct_department_metric as m
join marts.dim_document as d using (document_id)
where d.file_name like ? and m.metric = ? and m.stage = 'final' and not m.is_derived
"""


@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory):
    with duckdb.connect(str(build_sample_warehouse(tmp_path_factory)), read_only=True) as con:
        yield con


def _pcts(con: duckdb.DuckDBPyConnection, sample: str, metric: str) -> tuple:
    return con.execute(QUERY, [f"{sample}%", metric]).fetchone()


@pytest.mark.slow
def test_zengdu_prints_completion_and_gets_the_variance_too(marts) -> None:
    # 一般公共预算财政拨款支出 2,995.46 万元 of a 年初预算 of 3,464.92 万元, "完成年初预算的 86.45%"
    assert _pcts(marts, "zengdu", "general_budget_expenditure") == (
        Decimal("86.4511"), Decimal("-13.5489"), Decimal("86.45"), None
    )


@pytest.mark.slow
def test_changji_prints_the_variance_and_gets_the_completion_too(marts) -> None:
    # 财政拨款收入 1,725.94 万元 against a 年初预算 of 1,541.71 万元, "预决算差异率 11.95%"
    assert _pcts(marts, "changji", "fiscal_income_total") == (
        Decimal("111.9497"), Decimal("11.9497"), None, Decimal("11.95")
    )
    # “三公”经费 9.00 of 9.00 万元: on budget is 100% completed, 0% variance
    assert _pcts(marts, "changji", "three_public_total")[:2] == (Decimal("100"), Decimal("0"))


@pytest.mark.slow
def test_a_printed_rate_without_the_budget_figure_gives_both_measures(marts) -> None:
    # Maoxian prints 一般公共预算财政拨款支出 "完成预算的 100%" but not the budget figure
    assert _pcts(marts, "maoxian", "general_budget_expenditure") == (
        Decimal("100"), Decimal("0"), Decimal("100"), None
    )


@pytest.mark.slow
def test_nothing_spent_is_0_percent_completed_and_minus_100_variance(marts) -> None:
    # 上海市普陀区财政局 2024: “三公”经费 0 spent of a 0.95 万元 budget
    assert _pcts(marts, "上海市普陀区财政局", "three_public_total")[:2] == (Decimal("0"), Decimal("-100"))

"""Figures of the sample documents read back through the marts (Changji, Maoxian, Zengdu, Bazhou, 财政局 PDF)."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse


@pytest.fixture(scope="session")
def marts(tmp_path_factory: pytest.TempPathFactory):
    db = build_sample_warehouse(tmp_path_factory)
    with duckdb.connect(str(db), read_only=True) as con:
        yield con


def _department(con: duckdb.DuckDBPyConnection, fragment: str) -> str:
    rows = con.execute(
        "select department_id from marts.dim_department where department_name like ?", [f"%{fragment}%"]
    ).fetchall()
    assert len(rows) == 1, (fragment, rows)
    return rows[0][0]


def _amount(con: duckdb.DuckDBPyConnection, department_id: str, year: int, code: str) -> tuple:
    return con.execute(
        "select amount_yuan, prior_year_amount_yuan, is_derived, item_name from marts.fct_expenditure_by_function "
        "where department_id = ? and fiscal_year = ? and functional_code = ? and stage = 'final' "
        "and fund_scope = 'general_budget'",
        [department_id, year, code],
    ).fetchone()


@pytest.mark.slow
def test_changji_administrative_operation_2022_and_derived_2021(marts) -> None:
    changji = _department(marts, "昌吉")
    amount, prior, derived, name = _amount(marts, changji, 2022, "2080101")
    assert (amount, prior, derived, name) == (Decimal("10543300.00"), Decimal("12641700.00"), False, "行政运行")
    amount_2021, _, derived_2021, _ = _amount(marts, changji, 2021, "2080101")
    assert (amount_2021, derived_2021) == (Decimal("12641700.00"), True)


@pytest.mark.slow
def test_zengdu_and_maoxian_administrative_operation_share_the_code(marts) -> None:
    zengdu = _amount(marts, _department(marts, "曾都区"), 2022, "2080101")
    maoxian = _amount(marts, _department(marts, "茂县"), 2022, "2080101")
    assert zengdu[0] == Decimal("2509200.00")
    assert maoxian[0] == Decimal("2337300.00")


@pytest.mark.slow
def test_renamed_and_misspelt_paths_map_through_aliases(marts) -> None:
    maoxian = _department(marts, "茂县")
    rows = dict(
        marts.execute(
            "select functional_code, amount_yuan from marts.fct_expenditure_by_function "
            "where department_id = ? and fiscal_year = 2022 and mapping_method = 'alias'",
            [maoxian],
        ).fetchall()
    )
    # 医疗卫生与计划生育(类) → 卫生健康支出; 扶贫(款) → 巩固脱贫衔接乡村振兴; 住房保障(类)住房改革(款)
    assert rows["2101101"] == Decimal("158500.00")
    assert rows["2130599"] == Decimal("2199700.00")
    assert rows["2210201"] == Decimal("206800.00")


@pytest.mark.slow
def test_every_functional_item_maps_to_a_code(marts) -> None:
    unmapped = marts.execute(
        "select printed_class_name, printed_kuan_name, printed_item_name from marts.fct_expenditure_by_function "
        "where functional_code = '0'"
    ).fetchall()
    assert unmapped == []
    assert marts.execute("select count(*) from marts.fct_expenditure_by_function").fetchone()[0] > 40


@pytest.mark.slow
def test_department_ids_resolve_regions(marts) -> None:
    rows = {
        r[0]: r[1:]
        for r in marts.execute(
            "select region_id, province, prefecture, county, admin_level from marts.dim_department "
            "where region_id is not null"
        ).fetchall()
    }
    assert rows["652300"] == ("新疆维吾尔自治区", "昌吉回族自治州", None, "prefecture")
    assert rows["513223"] == ("四川省", "阿坝藏族羌族自治州", "茂县", "county")
    assert rows["421303"] == ("湖北省", "随州市", "曾都区", "district")
    assert rows["310107"] == ("上海市", None, "普陀区", "district")


@pytest.mark.slow
def test_mart_department_year_has_one_row_per_sample_department_year(marts) -> None:
    documented = set(
        marts.execute(
            "select department_id, fiscal_year from marts.dim_document"
            " where fiscal_year is not null and not is_template"
        ).fetchall()
    )
    rows = marts.execute("select department_id, fiscal_year, is_derived from marts.mart_department_year").fetchall()
    keys = [(r[0], r[1]) for r in rows]
    assert len(keys) == len(set(keys))
    assert documented <= set(keys)
    assert {(r[0], r[1]) for r in rows if not r[2]} == documented


@pytest.mark.slow
def test_mart_department_year_puts_changji_headlines_side_by_side(marts) -> None:
    changji = _department(marts, "昌吉")
    row = marts.execute(
        "select general_budget_expenditure_yuan, general_budget_expenditure_wan, reconciliation_failures "
        "from marts.mart_department_year where department_id = ? and fiscal_year = 2022",
        [changji],
    ).fetchone()
    assert row[0] == Decimal("17259400.00")  # 一般公共预算财政拨款支出 1,725.94 万元
    assert row[1] == Decimal("1725.94")
    # reconciliation_failures counts this build's failed checks of the department-year's documents
    failed = marts.execute(
        "select count(*) from reconciliation.rec_reconciliation_checks as c "
        "join marts.dim_document as d using (document_id) "
        "where c.outcome = 'failed' and d.department_id = ? and d.fiscal_year = 2022",
        [changji],
    ).fetchone()[0]
    assert row[2] == failed


@pytest.mark.slow
def test_completeness_score_counts_declared_empty_sections(marts) -> None:
    changji = _department(marts, "昌吉")
    score, empty = marts.execute(
        "select completeness_score, required_declared_empty from marts.dim_document "
        "where department_id = ? and doc_type = 'final_account'",
        [changji],
    ).fetchone()
    assert empty >= 2  # 政府性基金, 国有资本经营: 本部门无
    assert Decimal(0) < score <= Decimal(100)


def test_the_national_template_is_a_document_but_no_department(marts) -> None:
    template = marts.execute(
        "select is_template, is_primary, department_id, completeness_score from marts.dim_document"
        " where source_path like '%部门决算模板%'"
    ).fetchall()
    missing = marts.execute("select department_id from marts.dim_department where is_missing_member").fetchone()[0]
    assert len(template) == 1
    is_template, is_primary, department_id, completeness = template[0]
    assert is_template and not is_primary and department_id == missing
    assert completeness == 100  # percent: still complete, every required table is there (empty)
    for table in ("dim_department", "mart_department_year", "mart_department_completeness"):
        rows = marts.execute(f"select count(*) from marts.{table} where department_name like '%模板%'").fetchone()[0]
        assert rows == 0, table
    in_mart = marts.execute("select count(*) from marts.mart_department_year where department_id = ?", [missing])
    assert in_mart.fetchone()[0] == 0

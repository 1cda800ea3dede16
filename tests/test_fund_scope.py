"""Spending by function in one fund scope per row (fct_expenditure_by_function.fund_scope).

The 上海市普陀区财政局 2024 决算 prints 2010602 一般行政管理事务 as 10.00 万元 of 一般公共预算 (p15 table,
p22 prose) and of all funds (支出决算表 p10), but 16.19 万元 in 收入决算表 (p8: income, 10.00 财政拨款 +
6.19 其他收入), which is no expenditure. A written copy of the 上海市普陀区司法局 2026 部门预算 whose
政府性基金预算支出功能分类预算表 (p17) spends 120.00 万元 on 212 城乡社区支出 keeps that spending out of
the 一般公共预算 rows.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import PDF_DIR
from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from test_dbt_build import build_sample_warehouse

from juesuan.corpus import load_corpus
from juesuan.dbt_runner import build_warehouse
from juesuan.settings import PROJECT_ROOT

SEED = PROJECT_ROOT / "seeds" / "functional_origin_scopes.csv"
ANALYSES = PROJECT_ROOT / "analyses"
SIFAJU_2026 = PDF_DIR / "上海市普陀区司法局2026年部门预算.pdf"
FUND_TABLE_PAGE = 17  # 2026年部门政府性基金预算支出功能分类预算表, printed empty (无)
# (类, 款, 项, name, 合计, 基本支出, 项目支出) in 元, as the written page prints them
FUND_ROWS = (
    ("212", "", "", "城乡社区支出", "1200000.00", "0.00", "1200000.00"),
    ("212", "99", "", "其他城乡社区支出", "1200000.00", "0.00", "1200000.00"),
    ("212", "99", "99", "其他城乡社区支出", "1200000.00", "0.00", "1200000.00"),
)
WAN = Decimal(10000)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def _department(con: duckdb.DuckDBPyConnection, fragment: str) -> str:
    (row,) = _rows(con, "select department_id from marts.dim_department where department_name like ?", f"%{fragment}%")
    return row[0]


# --- the 财政局 2024 决算 in the sample warehouse ---------------------------------------------
@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory):
    with duckdb.connect(str(build_sample_warehouse(tmp_path_factory)), read_only=True) as con:
        yield con


@pytest.mark.slow
def test_caizhengju_2010602_is_10_in_general_budget_and_all_funds_and_income_is_no_row(marts) -> None:
    caizhengju = _department(marts, "财政局")
    rows = _rows(
        marts,
        "select fund_scope, amount_yuan, origin, source_page from marts.fct_expenditure_by_function "
        "where department_id = ? and fiscal_year = 2024 and stage = 'final' and functional_code = '2010602' "
        "order by fund_scope",
        caizhengju,
    )
    assert rows == [
        ("all_funds", 10 * WAN, "table:支出决算表", 10),
        ("general_budget", 10 * WAN, "narrative", 22),
    ]
    sixteen = _rows(
        marts,
        "select count(*) from marts.fct_expenditure_by_function where department_id = ? and amount_yuan = ?",
        caizhengju,
        Decimal("161900.00"),
    )
    assert sixteen == [(0,)]  # the 收入决算表's 16.19 万元 is income, no expenditure row


@pytest.mark.slow
def test_caizhengju_208_is_one_row_per_scope_each_from_its_own_tables(marts) -> None:
    caizhengju = _department(marts, "财政局")
    rows = dict(
        _rows(
            marts,
            "select fund_scope, amount_yuan from marts.fct_expenditure_by_function "
            "where department_id = ? and fiscal_year = 2024 and functional_code = '208'",
            caizhengju,
        )
    )
    # 支出决算表 (p10) 326.72 wins over 收入支出决算总表 (p6) 326.71 in all funds; 财政拨款 is the 总表's
    assert rows == {
        "all_funds": Decimal("3267200.00"),
        "fiscal": Decimal("3267100.00"),
        "general_budget": Decimal("3267200.00"),
    }


@pytest.mark.slow
def test_budget_and_prior_year_fill_only_within_one_scope(marts) -> None:
    caizhengju = _department(marts, "财政局")
    rows = dict(
        _rows(
            marts,
            "select fund_scope, budget_initial_yuan from marts.fct_expenditure_by_function "
            "where department_id = ? and fiscal_year = 2024 and functional_code = '2010601'",
            caizhengju,
        )
    )
    # 年初预算 1,560.05 万元 is stated by the prose about 一般公共预算, not about all funds
    assert rows == {"general_budget": Decimal("15600500.00"), "all_funds": None}


@pytest.mark.slow
def test_a_code_printed_in_two_scopes_is_no_finding(marts) -> None:
    rows = _rows(
        marts,
        "select rule_id, check_key, outcome, expected, actual from reconciliation.rec_reconciliation_checks "
        "where rule_id in ('R14', 'R22') and check_key like '%一般行政管理事务%'",
    )
    # only the prose against the 一般公共预算 table (R22), both 10.00 万元; the 支出决算表's 10.00 and the
    # 收入决算表's 16.19 are other scopes, compared with neither
    assert rows == [("R22", "一般公共服务支出/财政事务/一般行政管理事务 (项)", "passed", 10 * WAN, 10 * WAN)]


@pytest.mark.slow
def test_every_row_is_in_the_scope_of_the_table_it_was_read_in(marts) -> None:
    with SEED.open(encoding="utf-8") as f:
        scope_of = {row["origin"]: row["scope"] for row in csv.DictReader(f)}
    rows = _rows(marts, "select distinct origin, fund_scope from marts.fct_expenditure_by_function")
    assert rows and all(scope_of[origin] == scope for origin, scope in rows)
    assert "income" not in {scope for _, scope in rows}
    duplicates = _rows(
        marts,
        "select department_id, fiscal_year, stage, fund_scope, functional_code from marts.fct_expenditure_by_function "
        "group by all having count(*) > 1",
    )
    assert duplicates == []


def analysis_sql(name: str) -> str:
    """analyses/<name>.sql with its {{ ref('model') }} read as marts.model (as the notebook does)."""
    sql = (ANALYSES / f"{name}.sql").read_text(encoding="utf-8")
    return re.sub(r"\{\{\s*ref\(\s*'(\w+)'\s*\)\s*\}\}", r"marts.\1", sql)


@pytest.mark.slow
def test_cross_county_analyses_compare_general_budget_only(marts) -> None:
    for name in ("shared_functional_items", "yoy_by_functional_class"):
        assert "fund_scope = 'general_budget'" in analysis_sql(name), name
        scopes = set(marts.execute(analysis_sql(name)).df()["fund_scope"])
        assert scopes <= {"general_budget"}, name
    shared = marts.execute(analysis_sql("shared_functional_items")).df()
    assert "2080101" in set(shared["functional_code"])


# --- a written document with 政府性基金 spending -----------------------------------------------
def fund_table_page() -> bytes:
    """Page 17 of the 司法局 2026 部门预算 as printed, with three 政府性基金 rows instead of 无."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = 842.0, 595.0
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(width, height))

    def text(x: float, baseline: float, words: str, size: float = 13.3, right: bool = False) -> None:
        page.setFont("STSong-Light", size)
        (page.drawRightString if right else page.drawString)(x, height - baseline, words)

    text(232.3, 93.2, "2026年部门政府性基金预算支出功能分类预算表", 20)
    text(57.3, 118.2, "编制部门：上海市普陀区司法局")
    text(735.3, 118.2, "单位：元")
    text(232.3, 147.2, "项目")
    text(556.3, 147.2, "政府性基金预算支出")
    text(64.3, 171.2, "功能分类科目编码")
    for x, words in ((253.3, "功能分类科目名称"), (481.3, "合计"), (585.3, "基本支出"), (702.3, "项目支出")):
        text(x, 183.2, words)
    for x, words in ((68.3, "类"), (106.3, "款"), (143.3, "项")):
        text(x, 195.2, words)
    total = ("", "", "", "合计", *FUND_ROWS[0][4:])
    for i, (cls, kuan, item, name, amount, basic, project) in enumerate((*FUND_ROWS, total)):
        baseline = 219.2 + 24 * i
        for x, words in ((65.3, cls), (106.3, kuan), (143.3, item), (232.3 if name == "合计" else 169.3, name)):
            if words:
                text(x, baseline, words)
        for x, figure in ((548.3, amount), (660.3, basic), (780.3, project)):
            text(x, baseline, figure, right=True)
    page.showPage()
    page.save()
    return buffer.getvalue()


def with_fund_spending(source: Path) -> bytes:
    """The 司法局 2026 部门预算 with its empty 政府性基金 table replaced by :func:`fund_table_page`."""
    written = PdfReader(io.BytesIO(fund_table_page())).pages[0]
    writer = PdfWriter()
    for number, page in enumerate(PdfReader(source).pages, start=1):
        writer.add_page(written if number == FUND_TABLE_PAGE else page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# A web page printing two of the nine tables as HTML tables (ingest/grid_tables.py): 支出决算表 over all funds,
# 一般公共预算财政拨款支出决算表 over 一般公共预算 — 205 spends 1,000.50 万元 of all funds, 900.50 of them 一般公共预算.
WEB_PAGE_TABLES = """<html><head><meta charset="utf-8"><title>临潭县教育局2022年度部门决算</title></head><body>
<p>临潭县教育局2022年度部门决算</p>
<p>表3 支出决算表</p>
<p>单位:万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>本年支出合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>205</td><td>教育支出</td><td>1,000.50</td><td>900.00</td><td>100.50</td></tr>
<tr><td>20502</td><td>普通教育</td><td>1,000.50</td><td>900.00</td><td>100.50</td></tr>
<tr><td>2050203</td><td>初中教育</td><td>1,000.50</td><td>900.00</td><td>100.50</td></tr>
</table>
<p>表5 一般公共预算财政拨款支出决算表</p>
<p>单位:万元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>205</td><td>教育支出</td><td>900.50</td><td>900.00</td><td>0.50</td></tr>
<tr><td>20502</td><td>普通教育</td><td>900.50</td><td>900.00</td><td>0.50</td></tr>
<tr><td>2050203</td><td>初中教育</td><td>900.50</td><td>900.00</td><td>0.50</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def fund_warehouse(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("fund_scope")
    docs = root / "docs"
    docs.mkdir()
    (docs / "上海市普陀区司法局2026年部门预算-政府性基金.pdf").write_bytes(with_fund_spending(SIFAJU_2026))
    (docs / "临潭县教育局2022年度部门决算.html").write_text(WEB_PAGE_TABLES, encoding="utf-8")
    db = root / "warehouse.duckdb"
    load_corpus(docs, db)
    build_warehouse(db, target_path=root / "target")
    with duckdb.connect(str(db), read_only=True) as con:
        yield con


@pytest.mark.slow
def test_government_fund_spending_is_its_own_scope(fund_warehouse) -> None:
    sifaju = _department(fund_warehouse, "司法局")
    rows = _rows(
        fund_warehouse,
        "select functional_code, amount_yuan, project_yuan, origin, source_page from marts.fct_expenditure_by_function "
        "where department_id = ? and fiscal_year = 2026 and stage = 'budget' and fund_scope = 'government_fund' "
        "order by functional_code",
        sifaju,
    )
    assert rows == [
        (code, Decimal("1200000.00"), Decimal("1200000.00"), "table:政府性基金预算支出功能分类预算表", FUND_TABLE_PAGE)
        for code in ("212", "21299", "2129999")
    ]


@pytest.mark.slow
def test_government_fund_spending_stays_out_of_general_budget_rows(fund_warehouse) -> None:
    sifaju = _department(fund_warehouse, "司法局")
    general = dict(
        _rows(
            fund_warehouse,
            "select functional_code, amount_yuan from marts.fct_expenditure_by_function "
            "where department_id = ? and fiscal_year = 2026 and fund_scope = 'general_budget' and level = '类'",
            sifaju,
        )
    )
    assert "212" not in general
    # the 一般公共预算 类 still add up to the table's 合计 alone (p15: 204 公共安全支出 8,726.73 万元 …)
    assert general["204"] == Decimal("87267272.44")
    (total,) = _rows(
        fund_warehouse,
        "select value_yuan from marts.fct_department_metric "
        "where department_id = ? and fiscal_year = 2026 and metric = 'general_budget_expenditure' and stage = 'budget'",
        sifaju,
    )
    assert sum(general.values()) == total[0]


@pytest.mark.slow
def test_r07_sums_the_government_fund_table_within_its_own_scope(fund_warehouse) -> None:
    rows = _rows(
        fund_warehouse,
        "select check_key, outcome, expected from reconciliation.rec_functional_breakdown "
        "where check_key like '%政府性基金%'",
    )
    assert rows, "the 政府性基金 table's 类 = Σ 款 check"
    assert {outcome for _, outcome, _ in rows} == {"passed"}
    assert not [key for key, _, _ in rows if key.startswith("budget: general_budget_expenditure")]


@pytest.mark.slow
def test_a_web_pages_tables_give_spending_by_function_in_each_tables_scope(fund_warehouse) -> None:
    jiaoyuju = _department(fund_warehouse, "临潭县教育局")
    rows = _rows(
        fund_warehouse,
        "select fund_scope, functional_code, amount_yuan, basic_yuan, project_yuan, origin, source_line "
        "from marts.fct_expenditure_by_function where department_id = ? and fiscal_year = 2022 and stage = 'final' "
        "and functional_code = '2050203' order by fund_scope",
        jiaoyuju,
    )
    assert rows == [
        ("all_funds", "2050203", Decimal("10005000.00"), Decimal("9000000.00"), Decimal("1005000.00"),
         "table:支出决算表", 9),
        ("general_budget", "2050203", Decimal("9005000.00"), Decimal("9000000.00"), Decimal("5000.00"),
         "table:一般公共预算财政拨款支出决算表", 17),
    ]
    # R07 (类 = Σ 款 = Σ 项) holds within each of the page's tables
    checks = _rows(
        fund_warehouse,
        "select check_key, outcome from reconciliation.rec_functional_breakdown where document_id in "
        "(select document_id from marts.dim_document where department_id = ?)", jiaoyuju,
    )
    item_checks = {key: outcome for key, outcome in checks if "(类)" in key or "(款)" in key}
    assert len(item_checks) == 4 and set(item_checks.values()) == {"passed"}, checks

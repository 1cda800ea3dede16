"""上海市普陀区财政局2024年度部门决算.pdf: the nine tables, exact figures, row counts, duplicates."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from ingest.pdf import parse_pdf
from ingest.pdf.duplicates import find_conflicting_duplicates
from ingest.pdf.pages import read_pages
from ingest.pdf.tables import find_tables
from ingest.records import EconomicItem, FunctionalItem, Metric, SectionStatus
from juesuan.settings import SAMPLE_DOCUMENTS

CAIZHENGJU_2024 = SAMPLE_DOCUMENTS / "pdf" / "上海市普陀区财政局2024年度部门决算.pdf"
WAN = Decimal(10000)


def wan(text: str) -> Decimal:
    return (Decimal(text) * WAN).quantize(Decimal("0.01"))


@pytest.fixture(scope="module")
def parsed():
    return parse_pdf(CAIZHENGJU_2024.read_bytes())


@pytest.fixture(scope="module")
def records(parsed):
    return parsed[1]


@pytest.fixture(scope="module")
def tables():
    return {t.spec.canonical: t for t in find_tables(read_pages(CAIZHENGJU_2024.read_bytes()))}


def metric(records, key: str, origin: str) -> Metric:
    (found,) = [r for r in records if isinstance(r, Metric) and r.metric == key and r.origin == f"table:{origin}"]
    return found


def item(records, code: str, origin: str) -> FunctionalItem:
    (found,) = [
        r for r in records if isinstance(r, FunctionalItem) and r.code == code and r.origin == f"table:{origin}"
    ]
    return found


def test_all_nine_tables_found_with_their_row_counts(tables):
    counts = {title: (len(t.rows), sum(1 for r in t.rows if r.code)) for title, t in tables.items()}
    assert counts == {
        "收入支出决算总表": (42, 0),  # with 年初结转和结余 and 结余分配 rows continued on p7
        "收入决算表": (20, 19),
        "支出决算表": (20, 19),
        "财政拨款收入支出决算总表": (38, 0),
        "一般公共预算财政拨款支出决算表": (20, 19),
        "一般公共预算财政拨款基本支出决算表": (66, 64),
        "财政拨款“三公”经费支出决算表": (1, 0),
        "政府性基金预算财政拨款收入支出决算表": (0, 0),
        "国有资本经营预算财政拨款收入支出决算表": (0, 0),
    }
    assert tables["收入决算表"].pages == [8, 9]
    assert all(t.unit == "万元" for t in tables.values())


def test_income_and_expenditure_summary_table(records):
    origin = "收入支出决算总表"
    assert metric(records, "income_total", origin).value == wan("2995.39")
    assert metric(records, "expenditure_total", origin).value == wan("2995.39")
    assert metric(records, "income_current_year", origin).value == wan("2946.25")
    assert metric(records, "expenditure_current_year", origin).value == wan("2940.05")
    assert metric(records, "income_general_budget", origin).value == wan("2940.05")
    assert metric(records, "income_other", origin).value == wan("6.20")
    total = metric(records, "income_total", origin)
    assert (total.source_page, total.source_line, total.ulp) == (7, 3, Decimal("100.00"))
    housing = item(records, "221", origin)
    assert (housing.class_name, housing.amount_yuan, housing.level) == ("住房保障支出", wan("445.69"), "类")


def test_income_table_by_functional_code(records):
    origin = "收入决算表"
    row = item(records, "2010601", origin)
    assert row.amount_yuan == wan("1511.90")
    assert (row.level, row.class_name, row.kuan_name, row.item_name) == (
        "项",
        "一般公共服务支出",
        "财政事务",
        "行政运行",
    )
    assert (row.source_page, row.source_line, row.stage) == (8, 12, "final")
    # a label wrapped over two lines around its row
    assert item(records, "2080505", origin).item_name == "机关事业单位基本养老保险缴费支出"
    assert metric(records, "income_current_year", origin).value == wan("2946.25")
    assert metric(records, "income_other", origin).value == wan("6.20")


def test_expenditure_table_basic_and_project(records):
    row = item(records, "2010601", "支出决算表")
    assert (row.amount_yuan, row.basic_yuan, row.project_yuan) == (wan("1511.89"), wan("1503.52"), wan("8.37"))
    assert metric(records, "expenditure_basic", "支出决算表").value == wan("2336.91")
    assert metric(records, "expenditure_project", "支出决算表").value == wan("603.14")


def test_fiscal_summary_table(records):
    origin = "财政拨款收入支出决算总表"
    assert metric(records, "fiscal_income_total", origin).value == wan("2961.68")
    assert metric(records, "fiscal_carryover_begin", origin).value == wan("21.63")
    assert metric(records, "fiscal_carryover_end", origin).value == wan("21.63")
    assert item(records, "208", origin).amount_yuan == wan("326.71")


def test_general_budget_expenditure_table(records):
    origin = "一般公共预算财政拨款支出决算表"
    assert metric(records, "general_budget_expenditure", origin).value == wan("2940.05")
    assert metric(records, "general_budget_basic_expenditure", origin).value == wan("2336.91")
    row = item(records, "2210203", origin)
    assert (row.item_name, row.amount_yuan, row.basic_yuan) == ("购房补贴", wan("258.50"), wan("258.50"))


def test_basic_expenditure_table_by_economic_code(records):
    items = {r.code: r for r in records if isinstance(r, EconomicItem)}
    assert items["30102"].amount_yuan == wan("1238.58") and items["30102"].group == "人员经费"
    assert items["30239"].name == "其他交通费用" and items["30239"].amount_yuan == wan("48.49")
    assert items["30239"].group == "公用经费"
    assert items["31002"].amount_yuan == wan("13.58")
    origin = "一般公共预算财政拨款基本支出决算表"
    assert metric(records, "personnel_expense", origin).value == wan("2152.26")
    assert metric(records, "public_expense", origin).value == wan("184.65")
    personnel = sum(r.amount_yuan for r in items.values() if len(r.code) == 3 and r.group == "人员经费")
    assert personnel == wan("2152.26")


def test_three_public_table_budget_and_actual(records):
    origin = "财政拨款“三公”经费支出决算表"
    total = metric(records, "three_public_total", origin)
    assert (total.budget_value, total.value) == (wan("0.95"), None)
    assert metric(records, "three_public_reception", origin).budget_value == wan("0.95")


def test_empty_fund_tables_are_declared_empty(records):
    statuses = {s.section: s for s in records if isinstance(s, SectionStatus)}
    fund = statuses["table:政府性基金预算财政拨款收入支出决算表"]
    assert fund.status == "empty" and "故本表无数据" in fund.statement
    assert statuses["table:国有资本经营预算财政拨款收入支出决算表"].status == "empty"
    assert statuses["table:收入决算表"].status == "present"
    assert statuses["section:政府性基金预算财政拨款收入支出决算情况说明"].status == "empty"


def test_social_security_class_printed_twice_with_two_values(records):
    conflicts = find_conflicting_duplicates(records)
    assert [(c.key, c.first_value, c.second_value) for c in conflicts] == [
        (("functional", "final", "all_funds", "208", "amount"), wan("326.71"), wan("326.72"))
    ]
    (conflict,) = conflicts
    assert (conflict.first.origin, conflict.first.source_page) == ("table:收入支出决算总表", 6)
    assert (conflict.second.origin, conflict.second.source_page) == ("table:支出决算表", 10)


def test_narrative_lines_read_naturally(parsed):
    lines = parsed[0]
    texts = {(line.page, line.text) for line in lines}
    assert (21, "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出") in texts
    assert (23, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是") not in texts
    assert (24, "机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。主要原因是") in texts


def test_parses_in_under_five_seconds():
    data = CAIZHENGJU_2024.read_bytes()
    started = time.perf_counter()
    parse_pdf(data)
    assert time.perf_counter() - started < 5


def test_duplicates_respect_printed_precision_and_item_levels(records):
    table_other = metric(records, "income_other", "收入支出决算总表")
    prose_other = Metric(metric="income_other", label="其他收入", value=wan("6.2"), ulp=Decimal("1000"), source_line=9)
    prose_total = Metric(metric="fiscal_income_total", label="财政拨款收入支出总计", value=wan("0.3"), source_line=14)
    prose_item = FunctionalItem(level="项", class_name="社会保障和就业支出", amount_yuan=wan("84.65"), source_line=5)
    conflicts = find_conflicting_duplicates([*records, prose_other, prose_total, prose_item])
    keys = [c.key for c in conflicts]
    assert ("metric", "final", "income_other", "value") not in keys  # 6.2 and 6.20 agree
    assert table_other.value == prose_other.value
    # the prose of page 21 prints 财政拨款收入支出总计 as 0.3 万元 against 2,961.68 in the table
    assert ("metric", "final", "fiscal_income_total", "value") in keys
    assert len(conflicts) == 2  # the 208 pair and the fiscal total; the 项 without a code is not keyed


def test_carry_over_rows_continued_on_the_next_page(records):
    """p7 continues 收入支出决算总表 with rows that have no ordinal: they are data, not a header."""
    begin = metric(records, "carryover_begin", "收入支出决算总表")
    end = metric(records, "carryover_end", "收入支出决算总表")
    assert (begin.value, begin.source_page, begin.source_line) == (Decimal("491400.00"), 7, 2)
    assert (end.value, end.source_page, end.source_line) == (Decimal("553400.00"), 7, 2)

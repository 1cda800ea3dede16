"""The nine tables printed as separated-cell rows (web pages, Word tables, tab exports): tables by 科目编码 read by
the PDF table reader into 功能分类 / 经济分类 records (ingest/grid_tables.py)."""

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.grid_tables import read_grid_tables
from ingest.records import EconomicItem, FunctionalItem, Metric, ParseWarning, StatedFigure
from ingest.text import split_lines

NATIONAL_FINAL = """某县教育局2022年度部门决算
表3
支出决算表
部门:某县教育局 | | | 金额单位:万元
项目 | | 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出
功能分类科目编码 | 科目名称 | | | |
栏次 | | 1 | 2 | 3 | 4
合计 | | 1,000.50 | 900.00 | 100.50 | 0.00
205 | 教育支出 | 1,000.50 | 900.00 | 100.50 | 0.00
20502 | 普通教育 | 1,000.50 | 900.00 | 100.50 | 0.00
2050203 | 初中教育 | 1,000.50 | 900.00 | 100.50 | 0.00
注:本表反映部门本年度各项支出情况。
"""


def _records(text: str, name: str = "page.txt"):
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _items(records):
    return {r.code: r for r in records if isinstance(r, FunctionalItem)}


def test_a_national_template_table_gives_every_class_kuan_and_item_with_its_parts():
    records = _records(NATIONAL_FINAL)
    items = _items(records)
    assert set(items) == {"205", "20502", "2050203"}
    item = items["2050203"]
    assert (item.level, item.class_name, item.kuan_name, item.item_name) == ("项", "教育支出", "普通教育", "初中教育")
    assert (item.amount_yuan, item.basic_yuan, item.project_yuan) == (
        Decimal("10005000.00"), Decimal("9000000.00"), Decimal("1005000.00"))
    assert (item.stage, item.origin, item.source_line) == ("final", "table:支出决算表", 11)
    totals = {r.metric: r.value for r in records if isinstance(r, Metric) and r.origin == "table:支出决算表"}
    assert totals["expenditure_current_year"] == Decimal("10005000.00")
    assert totals["expenditure_project"] == Decimal("1005000.00")


def test_the_column_numbers_and_the_codes_are_no_figures():
    # (the separated-row reader took the 栏次 row's 1 2 3 4 for amounts in 万元, and the codes for a header)
    figures = [r for r in _records(NATIONAL_FINAL) if isinstance(r, StatedFigure)]
    assert not [f for f in figures if 7 <= f.source_line <= 11], figures


def test_the_same_table_with_tabs_in_yuan_without_separators():
    text = "\n".join("\t".join(cell.strip() for cell in line.split("|")) for line in NATIONAL_FINAL.splitlines())
    text = text.replace("金额单位:万元", "金额单位:元")
    text = text.replace("1,000.50", "10005000.00").replace("900.00", "9000000.00").replace("100.50", "1005000.00")
    items = _items(_records(text))
    assert items["2050203"].amount_yuan == Decimal("10005000.00")
    assert items["205"].project_yuan == Decimal("1005000.00")


def test_a_budget_template_title_numbered_before_it_and_codes_in_three_columns():
    text = """某县教育局2023年部门预算
表5 一般公共预算支出表
单位:元
科目编码 | | | 科目名称 | 合计 | 基本支出 | 项目支出
类 | 款 | 项 | | | |
205 | | | 教育支出 | 10005000.00 | 9000000.00 | 1005000.00
205 | 02 | | 普通教育 | 10005000.00 | 9000000.00 | 1005000.00
205 | 02 | 03 | 初中教育 | 10005000.00 | 9000000.00 | 1005000.00
"""
    items = _items(_records(text))
    assert set(items) == {"205", "20502", "2050203"}
    assert items["20502"].stage == "budget"
    assert items["20502"].origin == "table:一般公共预算支出功能分类预算表"
    assert items["2050203"].basic_yuan == Decimal("9000000.00")


def test_a_web_page_table_of_economic_codes_side_by_side():
    page = """<html><head><meta charset="utf-8"></head><body>
<p>某县教育局2022年度部门决算</p>
<p>表6 一般公共预算财政拨款基本支出决算表</p>
<p>单位:元</p>
<table>
<tr><td>科目编码</td><td>科目名称</td><td>决算数</td><td>科目编码</td><td>科目名称</td><td>决算数</td></tr>
<tr><td>301</td><td>工资福利支出</td><td>800000.00</td><td>302</td><td>商品和服务支出</td><td>100000.00</td></tr>
<tr><td>30101</td><td>基本工资</td><td>500000.00</td><td>30201</td><td>办公费</td><td>100000.00</td></tr>
<tr><td>30102</td><td>津贴补贴</td><td>300000.00</td><td></td><td></td><td></td></tr>
</table></body></html>
"""
    items = {r.code: r for r in _records(page, "page.html") if isinstance(r, EconomicItem)}
    assert {code: item.amount_yuan for code, item in items.items()} == {
        "301": Decimal("800000.00"), "302": Decimal("100000.00"), "30101": Decimal("500000.00"),
        "30201": Decimal("100000.00"), "30102": Decimal("300000.00")}
    assert items["30201"].group == "公用经费"


def test_a_row_whose_empty_cells_were_dropped_keeps_its_total_only():
    text = """某县教育局2022年度部门决算
表3 支出决算表
单位:万元
科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出
205 | 教育支出 | 1,000.50 | 900.00 | 100.50
2050203 | 初中教育 | 100.50 | 100.50
"""
    records = _records(text)
    item = _items(records)["2050203"]
    # (100.50 | 100.50 under 合计 | 基本支出 | 项目支出: the second is 基本 or 项目 — it cannot be told)
    assert (item.amount_yuan, item.basic_yuan, item.project_yuan) == (Decimal("1005000.00"), None, None)
    assert any(isinstance(r, ParseWarning) and r.parser == "grid_tables" and r.source_line == 6 for r in records)


@pytest.mark.parametrize("text", [
    # no unit near the title: the amounts' unit is not known
    "表3 支出决算表\n科目编码 | 科目名称 | 合计\n205 | 教育支出 | 1,000.50\n",
    # one cell per line: no grid
    "表3 支出决算表\n单位:万元\n205 |\n教育支出 |\n1,000.50 |\n",
    # a two-sided 收支总表: left to the readers that read it by its labels
    "表1 收入支出决算总表\n单位:万元\n项目 | 行次 | 金额 | 项目 | 行次 | 金额\n"
    "一、一般公共预算财政拨款收入 | 1 | 1,200.50 | 五、教育支出 | 36 | 1,200.50\n",
])
def test_what_is_no_grid_of_codes_is_left_to_the_other_readers(text):
    records, lines_read = read_grid_tables(split_lines(text))
    assert (records, lines_read) == ([], set())


MERGED_HEADER_PAGE = """<html><head><meta charset="utf-8"></head><body>
<p>某县教育局2022年度部门决算</p><p>表3 支出决算表</p><p>单位:万元</p>
<table>
<tr><td colspan="2">项目</td><td rowspan="2">本年支出合计</td><td rowspan="2">基本支出</td>
<td rowspan="2">项目支出</td></tr>
<tr><td>科目编码</td><td>科目名称</td></tr>
<tr><td colspan="2">合计</td><td>1,000.50</td><td>900.00</td><td>100.50</td></tr>
<tr><td>205</td><td>教育支出</td><td>1,000.50</td><td>900.00</td><td>100.50</td></tr>
<tr><td>2050203</td><td>初中教育</td><td>1,000.50</td><td></td><td>1,000.50</td></tr>
</table></body></html>
"""


def test_a_web_pages_merged_cells_stand_over_the_columns_they_span():
    # (项目 over 科目编码 | 科目名称, each amount's header spanning the header's two rows, 合计 over two columns)
    records = _records(MERGED_HEADER_PAGE, "page.html")
    items = _items(records)
    assert {code: (i.amount_yuan, i.basic_yuan, i.project_yuan, i.source_line) for code, i in items.items()} == {
        "205": (Decimal("10005000.00"), Decimal("9000000.00"), Decimal("1005000.00"), 8),
        "2050203": (Decimal("10005000.00"), None, Decimal("10005000.00"), 9)}
    totals = {r.metric: r.value for r in records if isinstance(r, Metric) and r.origin == "table:支出决算表"}
    assert totals["expenditure_basic"] == Decimal("9000000.00")
    # (no figure of the table's rows is read again by the separated-row readers)
    assert not [r for r in records if isinstance(r, StatedFigure) and 7 <= r.source_line <= 9]


def test_the_same_table_copied_as_text_its_merged_cells_printed_once_keeps_each_rows_total_only():
    lines = split_lines("某县教育局2022年度部门决算\n表3 支出决算表\n单位:万元\n"
                        "项目 | 本年支出合计 | 基本支出 | 项目支出 |\n科目编码 | 科目名称 |\n"
                        "205 | 教育支出 | 1,000.50 | 900.00 | 100.50 |\n"
                        "2050203 | 初中教育 | 1,000.50 |  | 1,000.50 |\n")
    records, _ = read_grid_tables(lines)
    items = _items(records)
    assert {code: (i.amount_yuan, i.basic_yuan, i.project_yuan) for code, i in items.items()} == {
        "205": (Decimal("10005000.00"), None, None), "2050203": (Decimal("10005000.00"), None, None)}


def test_parts_adding_up_to_more_than_the_total_are_left_out():
    text = NATIONAL_FINAL.replace(
        "205 | 教育支出 | 1,000.50 | 900.00 | 100.50", "205 | 教育支出 | 1,000.50 | 1,000.50 | 900.00")
    records = _records(text)
    assert all(i.basic_yuan is None and i.project_yuan is None for i in _items(records).values())
    assert _items(records)["205"].amount_yuan == Decimal("10005000.00")
    assert any(isinstance(r, ParseWarning) and "add up to more than its total" in r.message for r in records)

"""The department-narrative batch of unseen pages (/tmp/unseen11: 18 部门预算/决算 pages): the
收支总表 printed 收入 and 支出 side by side, and columns that number the rows (序号, 行次, 行号), each
rule tested on the page as printed (tests/fixtures/pages) and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.pipe_cells import parse_pipe_cells
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines
from ingest.text_tables import parse_text_tables

PAGES = Path(__file__).parent / "fixtures" / "pages"


def stated(name: str) -> list[StatedFigure]:
    return [r for r in parse_path(PAGES / name).records if isinstance(r, StatedFigure)]


def table(records) -> dict[str, Decimal]:
    return {f.label: f.value for f in records if isinstance(f, StatedFigure)}


# 收支总表 one cell per line, rows numbered by a 序号 column, under a 栏次 row (平山县下口镇财政所 2025)


def test_real_page_numbered_two_sided_cells():
    found = {(f.source_line, f.label): f.value for f in stated("pingshan-xiakou-2025-budget-numbered-cells.txt")}
    assert found[(22, "一、一般公共预算拨款收入 预算数")] == Decimal("6758200.00")
    # the 支出 half's figures are its own labels', never the 收入 label beside them
    assert found[(24, "一、一般公共服务支出 预算数")] == Decimal("5163900.00")
    assert found[(59, "八、社会保障和就业支出 预算数")] == Decimal("982500.00")
    assert found[(119, "二十、住房保障支出 预算数")] == Decimal("396500.00")
    assert found[(179, "本年支出合计 预算数")] == Decimal("6903600.00")
    assert found[(187, "收入总计 预算数")] == Decimal("6903600.00")
    # 序号 (1 … 34) and 栏次 (1 … 4) are no figures
    assert all(f.value >= 100000 for f in stated("pingshan-xiakou-2025-budget-numbered-cells.txt") if f.unit == "yuan")


NUMBERED = """收支预算总表
单位:元 | ||
序号 |
收入 |
支出 | ||
项 目 |
预算数 |
项 目 |
预算数 | |
栏次 |
1 |
2 |
3 |
4 |
1 |
一、一般公共预算拨款收入 |
1,250.00 |
一、教育支出 |
1,000.00 |
2 |
二、上年结转 |
|
二、住房保障支出 |
250.00 |
3 |
|
|
三、卫生健康支出 |
|
4 |
收入总计 |
1,250.00 |
支出总计 |
1,250.00 |
"""

EXPECTED = {
    "一、一般公共预算拨款收入 预算数": Decimal("1250.00"), "一、教育支出 预算数": Decimal("1000.00"),
    "二、住房保障支出 预算数": Decimal("250.00"), "收入总计 预算数": Decimal("1250.00"),
    "支出总计 预算数": Decimal("1250.00"),
}


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        lambda t: t.replace(" |\n", "|\n\n"),  # a blank line after every cell
        lambda t: t.replace("栏次 |\n1 |\n2 |\n3 |\n4 |\n", ""),  # no 栏次 row
        lambda t: t.replace(" |\n", "｜\n").replace("单位:元", "单位：元"),  # full-width pipe and colon
        lambda t: t.replace("项 目 |", "项目名称 |"),
    ],
)
def test_variant_numbered_two_sided_cells(variant):
    assert table(parse_pipe_cells(split_lines(variant(NUMBERED)))) == EXPECTED


def test_variant_numbered_cells_in_wan_yuan():
    found = table(parse_pipe_cells(split_lines(NUMBERED.replace("单位:元", "单位:万元"))))
    assert found["一、教育支出 预算数"] == Decimal("10000000.00")


def test_variant_numbered_row_that_does_not_fit_leaves_the_table_out():
    # a figure where the 支出 half has no label: which row it belongs to cannot be told
    text = NUMBERED.replace("三、卫生健康支出 |\n|\n", "|\n30.00 |\n")
    records = parse_pipe_cells(split_lines(text))
    assert not [r for r in records if isinstance(r, StatedFigure)]
    assert any(isinstance(r, ParseWarning) and "numbered rows" in r.message for r in records)


def test_values_of_one_and_two_are_no_row_numbers():
    # a 三公 table whose cells print 1 and 2 before figures: no numbered rows (a number follows them)
    text = "项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n3 |\n1.71 |\n公务接待费 |\n1 |\n0.53 |\n公务用车 |\n2 |\n1.18 |\n"
    assert table(parse_pipe_cells(split_lines("单位:万元\n" + text)))["公务接待费 决算数"] == Decimal("5300.00")


# 收支总表 as separated rows: 收入 | 预算数 | 支出 | 预算数


SIDE_BY_SIDE = """部门收支总表
单位:万元
收入项目 | 预算数 | 支出项目 | 预算数
一、一般公共预算拨款收入 | 675.82 | 一、一般公共服务支出 | 516.39
二、政府性基金预算拨款收入 | | 八、社会保障和就业支出 | 98.25
本年收入合计 | 675.82 | 本年支出合计 | 690.36
收入总计 | 690.36 | 支出总计 | 690.36
"""

SIDES = {
    "一、一般公共预算拨款收入 预算数": Decimal("6758200.00"), "本年收入合计 预算数": Decimal("6758200.00"),
    "收入总计 预算数": Decimal("6903600.00"), "一、一般公共服务支出 预算数": Decimal("5163900.00"),
    "八、社会保障和就业支出 预算数": Decimal("982500.00"), "本年支出合计 预算数": Decimal("6903600.00"),
    "支出总计 预算数": Decimal("6903600.00"),
}


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        lambda t: t.replace("收入项目 | 预算数 | 支出项目 | 预算数", "收入 | | 支出 |\n项目 | 预算数 | 项目 | 预算数"),
        lambda t: "\n".join(f"| {line} |" if "|" in line else line for line in t.splitlines()),  # closed rows
        lambda t: t.replace(" | | ", "\t-\t").replace(" | ", "\t"),  # tab-separated, an empty cell as -
        # a 序号 column numbering the rows
        lambda t: "\n".join(
            (f"序号 | {line}" if line.startswith("收入项目") else f"{k} | {line}") if "|" in line else line
            for k, line in enumerate(t.splitlines())
        ),
    ],
)
def test_variant_side_by_side_rows_each_half_its_own_labels(variant):
    found = table(parse_text_tables(split_lines(variant(SIDE_BY_SIDE))))
    assert found == SIDES


def test_a_project_expenditure_column_is_no_second_side():
    # 项目支出 is a value column, not the label column of a 支出 half
    text = ("单位:万元\n项目 | 合计 | 基本支出 | 项目支出\n"
            "一般公共服务支出 | 100.00 | 60.00 | 40.00\n教育支出 | 50.00 | 50.00 |\n")
    found = table(parse_text_tables(split_lines(text)))
    assert found["一般公共服务支出 项目支出"] == Decimal("400000.00")
    assert found["教育支出 基本支出"] == Decimal("500000.00")


# 行号: a column numbering the rows of a hospital's income table (株洲市妇幼保健院, traditional script)


def test_real_page_row_number_column_is_no_amount():
    found = stated("zhuzhou-fuyou-2020-hospital-row-numbers-traditional.txt")
    assert not [f for f in found if "行号" in f.label]
    by = {(f.source_line, f.label): f.value for f in found}
    assert by[(5, "1、总收入 本期")] == Decimal("61625022.26")
    assert by[(7, "财政拨款收入 上年同期")] == Decimal("11152900.00")


@pytest.mark.parametrize("name", ["行次", "行号", "序号", "行 次"])
def test_variant_row_number_column_in_the_middle(name):
    text = f"单位:元\n项目 | {name} | 决算数\n一、财政拨款收入 | 1 | 1,200.50\n二、事业收入 | 2 | 300.00\n"
    assert table(parse_text_tables(split_lines(text))) == {
        "一、财政拨款收入 决算数": Decimal("1200.50"), "二、事业收入 决算数": Decimal("300.00"),
    }


# Identity: a 社区 is no district; a year compared with is not the document's


def info(name: str) -> dict:
    return parse_path(PAGES / name).info.to_dict()


def test_real_page_community_office_is_no_department_of_a_district():
    # 南纪门街道 2023: 民政和社区事务办公室 is one of its offices, not 民政和社区's 事务办公室
    found = info("yuzhong-nanjimen-2023-final-street.txt")
    assert found["department_name"] != "民政和社区事务办公室" and found.get("county") != "民政和社区"


@pytest.mark.parametrize("office", ["民政和社区事务办公室", "社区事务办公室", "城乡社区事务中心"])
def test_variant_community_office_names_no_district(office):
    text = f"二、机构设置\n内设{office}、党政办公室。\n2023年度收入总计100.00万元。\n"
    lines = split_lines(text)
    from ingest.identity import detect_department
    assert detect_department(lines)[0] is None


def test_variant_real_district_still_a_district():
    from ingest.identity import detect_department
    lines = split_lines("重庆市渝中区民政局2023年度部门决算\n2023年度收入总计100.00万元。\n")
    assert detect_department(lines)[0] == "重庆市渝中区民政局"


def test_real_page_year_compared_with_is_not_the_fiscal_year():
    # 较 2022 年度决算数 four times, 本单位 2023 年度总支出 once: the document is 2023's
    assert info("wuzhou-unit-2023-final-compared-years.txt")["fiscal_year"] == 2023


@pytest.mark.parametrize("word", ["较", "比", "与"])
def test_variant_year_compared_with(word):
    from ingest.identity import detect_year
    text = (f"收入合计 8.02 万元,{word}2021年度决算数增加 0.78 万元。\n"
            f"支出 6.00 万元,{word} 2021 年度决算数减少 1.00 万元。\n本单位2022年度总支出 9.00 万元。\n")
    lines = split_lines(text)
    assert detect_year(lines, "") == 2022


# 较2017年部门预算收入总数8014212.00元增长1.13%: the year compared with names its subject again


def test_real_page_prior_year_budget_of_the_subject():
    found = [f for f in stated("wangcang-zhanghua-2018-budget.txt") if f.source_line == 15]
    assert [(f.field, f.value, f.compared_with) for f in found if f.field == "budget_initial"] == [
        ("budget_initial", Decimal("8014212.00"), "2017"), ("budget_initial", Decimal("8014212.00"), "2017"),
    ]
    assert not [f for f in found if f.field == "amount" and f.value == Decimal("8014212.00")]


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("2024年部门收入总额1,200.5万元,比2023年部门收入总额1,100.5万元增加100万元。", "amount",
         Decimal("11005000.00")),
        ("2024年支出预算数１２０万元，较上年支出预算数１００万元增长20%。", "budget_initial", Decimal("1000000")),
        ("本年决算数为300.00元,与上年决算数280.00元相比增长7.14%。", "amount", Decimal("280.00")),
    ],
)
def test_variant_prior_year_figure_of_the_subject(sentence, field, value):
    from ingest.final_accounts.paragraphs import build_paragraphs
    from ingest.statements import parse_statements
    found = parse_statements(build_paragraphs(split_lines(sentence)))
    prior = [f for f in found if f.compared_with is not None and f.field in ("amount", "budget_initial")]
    assert [(f.field, f.value) for f in prior] == [(field, value)]


def test_variant_change_named_after_the_year_is_no_prior_figure():
    from ingest.final_accounts.paragraphs import build_paragraphs
    from ingest.statements import parse_statements
    found = parse_statements(build_paragraphs(split_lines("2024年收入总额120万元,较2023年增加支出总额20万元。")))
    assert not [f for f in found if f.field in ("amount", "budget_initial") and f.value == Decimal("200000")]


# A page naming no kind of document: a total stated as a 预算 (财政拨款收支总预算 7,057,486.18 元)


def test_real_page_total_budget_states_a_budget():
    assert info("wuzhou-school-2023-budget-no-title.txt")["doc_type"] == "budget"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("2024年财政拨款收支总预算为1,085,203.63元。", "budget"),
        ("2024 年收支总预算 120.5 万元,比上年增加 3 万元。", "budget"),
        ("2023年度部门支出总决算为 96.2 万元。", "final_account"),
    ],
)
def test_variant_total_stated_as_a_kind(sentence, kind):
    from ingest.identity import detect_doc_type
    assert detect_doc_type(split_lines(sentence), "") == kind


# A 决算 title whose text states the budget first (2021年我镇“三公”经费预算为20万元 … 支出共计9.07万元)


def test_real_page_final_title_over_a_stated_budget():
    assert info("tongliang-anju-2021-three-public-final.txt")["doc_type"] == "final_account"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2021年“三公”经费决算汇总情况", "final_account"),
        ("某某镇2022年度三公经费决算情况说明", "final_account"),
        ("2024年“三公”经费预算情况", "budget"),
    ],
)
def test_variant_title_line_names_the_kind(title, kind):
    from ingest.identity import detect_doc_type
    text = f"某某镇人民政府\n{title}\n2021年我镇“三公”经费预算为20万元,支出共计9.07万元,较年初预算数减少10.93万元。\n"
    assert detect_doc_type(split_lines(text), "") == kind


@pytest.mark.parametrize(
    "header",
    ["项目 | 收入 | 支出 | 结余", "项目 | 预算数 | 项目 | 决算数"],
)
def test_a_second_label_header_over_numbers_is_no_second_side(header):
    # 收入 and 支出 as value columns; a header repeating 项目 over a column of numbers: one table
    text = f"单位:万元\n{header}\n一、财政拨款 | 100.00 | 80.00 | 20.00\n二、事业收入 | 10.00 | 5.00 | 5.00\n"
    found = table(parse_text_tables(split_lines(text)))
    assert len(found) == 6 and found[f"一、财政拨款 {header.split(' | ')[-1]}"] == Decimal("200000.00")

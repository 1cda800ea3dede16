"""The narrative and 三公 batch of unseen pages (/tmp/unseen10n: 21 pages of 14 provinces): each rule
tested on the page as printed (tests/fixtures/pages) and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.label_values import parse_label_values
from ingest.records import StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines
from ingest.three_public_rows import parse_three_public_rows
from ingest.vocabulary import metric_of_label

PAGES = Path(__file__).parent / "fixtures" / "pages"


def figures(text: str) -> list[StatedFigure]:
    return parse_statements(build_paragraphs(split_lines(text)))


def stated(name: str) -> list[StatedFigure]:
    return [r for r in parse_path(PAGES / name).records if isinstance(r, StatedFigure)]


def rows(found: list[StatedFigure], line: int | None = None) -> list[tuple]:
    return [(f.label, f.field, f.value, f.metric) for f in found if line is None or f.source_line == line]


# 预算数为…,决算支出数为…: a budget and a final of one subject


def test_real_page_budget_then_final_of_one_subject():
    # 云县 2023 三公: “三公”经费预算数为832.05万元,决算支出数为820.33万元 — 832.05 is the budget, not the amount
    found = rows(stated("yunxian-2023-three-public-final.txt"), 18)
    assert ("三公经费", "budget_initial", Decimal("8320500.00"), "three_public_total") in found
    assert ("三公经费", "amount", Decimal("8203300.00"), "three_public_total") in found
    assert ("公务用车购置费", "budget_initial", Decimal("434800.00"), "three_public_vehicle_purchase") in found
    assert ("公务用车购置费", "amount", Decimal("630600.00"), "three_public_vehicle_purchase") in found
    amounts = {(label, value) for label, field, value, _ in found if field == "amount"}
    assert ("三公经费", Decimal("8320500.00")) not in amounts
    assert ("公务用车购置费", Decimal("434800.00")) not in amounts


@pytest.mark.parametrize(
    "text",
    [
        "公务接待费预算数为12万元,决算数为10万元,完成预算的83.33%。",
        "公务接待费预算为 120,000 元，支出决算为 100,000 元，完成预算的83.33%。",
        "公务接待费预算数是12万元，决算支出数是10万元。",
    ],
    ids=["万元", "元, full-width, spaces", "是"],
)
def test_budget_then_final_of_one_subject(text):
    found = [(f.label, f.field, f.value) for f in figures(text) if f.field in ("amount", "budget_initial")]
    assert found == [("公务接待费", "budget_initial", Decimal("120000.00")),
                     ("公务接待费", "amount", Decimal("100000.00"))]


def test_a_final_of_another_year_is_no_pair():
    # a budget's page: 2024年预算数 and 2023年决算数 are two years' figures, not a budget and its final
    found = [(f.label, f.field) for f in figures("公务接待费2024年预算数为12万元,2023年决算数为10万元。")]
    assert ("公务接待费", "budget_initial") not in found


# 较预算数1237万元减少103万元: the budget compared with


def test_real_page_the_budget_compared_with_is_the_subjects():
    found = rows(stated("diqing-2021-three-public-final.txt"), 22)
    assert ("公务接待费", "budget_initial", Decimal("3390000.00"), "three_public_reception") in found
    assert ("公务接待费", "change", Decimal("2170000.00"), "three_public_reception") in found
    assert ("公务用车购置费", "budget_initial", Decimal("620000.00"), "three_public_vehicle_purchase") in found
    assert ("公务接待费", "amount", Decimal("3390000.00"), "three_public_reception") not in found


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("公务接待费为122万元,较预算数339万元减少217万元,下降64%。", Decimal("3390000.00")),
        ("公务接待费 122 万元，比年初预算 339 万元减少 217 万元。", Decimal("3390000.00")),
        ("公务接待费支出1,220,000元,与全年预算数3,390,000元相比减少2,170,000元。", Decimal("3390000.00")),
    ],
    ids=["较预算数", "比年初预算, full-width", "元 with separators"],
)
def test_the_budget_compared_with_is_the_subjects(text, budget):
    found = [(f.label.removesuffix("支出"), f.field, f.value) for f in figures(text)]
    assert found[0] == ("公务接待费", "amount", Decimal("1220000.00"))
    assert ("公务接待费", "budget_initial", budget) in found
    assert [f[1] for f in found].count("amount") == 1


# 国内公务接待221批次,1768人: the people of the batches


def test_real_pages_people_after_groups():
    guancang = rows(stated("guancang-2015-three-public-final.txt"), 8)
    assert ("国内公务接待人数", "count", Decimal("1768"), None) in guancang
    beijing = [(f.label, f.value, f.unit, f.metric) for f in stated("beijing-2015-three-public-final-news.txt")]
    assert ("全年市级因公出国(境)人次", Decimal("4772"), "人次", None) in beijing
    assert ("全年市级因公出国(境)团组", Decimal("1378"), "个", "overseas_groups") in beijing


@pytest.mark.parametrize(
    ("text", "label", "unit"),
    [
        ("国内公务接待 221 批次，1768 人。", "国内公务接待人数", "人"),
        ("因公出国(境)团组3个,共12人次。", "因公出国(境)人次", "人次"),
        ("公务接待15批次、共计120人次。", "公务接待人次", "人次"),
    ],
    ids=["批次, 人, full-width", "团组个, 共人次", "、共计人次"],
)
def test_people_after_groups(text, label, unit):
    people = [(f.label, f.unit) for f in figures(text) if f.unit in ("人", "人次")]
    assert people == [(label, unit)]


def test_a_count_of_people_after_another_count_of_people_is_no_groups_people():
    assert [f.label for f in figures("在职人员12人,退休8人。")] == ["在职人员", "退休"]
    assert len(figures("共有车辆3辆,5人。")) == 1  # 5人 after vehicles: not the vehicles' people


# 与上年持平公务接待费预算数为…: a settled comparison run into the next label


def test_real_page_a_settled_comparison_run_into_the_next_label():
    found = rows(stated("yunxian-2023-three-public-final.txt"), 18)
    assert ("公务接待费", "budget_initial", Decimal("3103700.00"), "three_public_reception") in found


@pytest.mark.parametrize(
    "text",
    ["因公出国(境)费0万元,与上年持平公务接待费为5万元。",
     "因公出国(境)费0万元，较上年无增减公务接待费为 5 万元。",
     "因公出国(境)费0万元,与2022年决算数一致公务接待费为50,000元。"],
    ids=["与上年持平", "较上年无增减, full-width", "与2022年决算数一致, 元"],
)
def test_a_settled_comparison_run_into_the_next_label(text):
    assert ("公务接待费", Decimal("50000.00")) in [(f.label, f.value) for f in figures(text)]


# 相较于上年增加: the comparison's 相 is no label's


def test_real_page_compared_with_xiangjiao():
    found = rows(stated("echeng-2022-three-public-final.txt"), 10)
    assert found == [("三公经费", "change", Decimal("2757600.00"), "three_public_total")]


@pytest.mark.parametrize("text", ["三公经费决算数相较于上年增加275.76万元。",
                                  "“三公”经费 相较上年 减少 3 万元，下降5%。"])
def test_compared_with_xiangjiao(text):
    assert {f.label for f in figures(text)} == {"三公经费"}


# 人均因公出国(境)费用2.4万元: an average, not the total


def test_real_page_an_average_names_no_metric():
    beijing = [(f.label, f.metric) for f in stated("beijing-2015-three-public-final-news.txt")]
    assert ("人均因公出国(境)费用", None) in beijing
    assert ("公务用车购置费", "three_public_vehicle_purchase") in beijing


@pytest.mark.parametrize("label", ["人均因公出国(境)费用", "车均公务用车运行维护费", "平均公务接待费", "户均补助资金"])
def test_an_average_names_no_metric(label):
    assert metric_of_label(label) is None


# 合  计 / 444.16: a letter-spaced label over its number


def test_real_page_a_letter_spaced_label_over_its_number():
    # (the 三公 table's cells closed by pipes: ingest.three_public_rows reads the same figure as its 合计 row
    # under its column, its sums holding — 1.7 + 196.48 + 245.98 = 444.16)
    found = rows(stated("lieshan-2023-three-public-budget.txt"), 18)
    assert found == [("合计 预算数", "amount", Decimal("4441600.00"), None)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("(单位:万元)\n\n合  计\n\n444.16\n", Decimal("4441600.00")),
     ("单位：元\n合 计\n4441600\n", Decimal("4441600.00")),
     ("单位:万元\n支 出 合 计\n\n12.5\n", Decimal("125000.00"))],
    ids=["two spaces, blank lines", "one space, 元", "every character spaced"],
)
def test_a_letter_spaced_label_over_its_number(text, value):
    found = [(f.field, f.value) for f in parse_label_values(split_lines(text))]
    assert found == [("amount", value)]


# A 三公 table with its items as rows, one cell per line (ingest.three_public_rows)


def test_real_page_three_public_rows_one_cell_per_line():
    # 云县 2023: 单位:万元 / 2023年决算数 / 2022年决算数 / 2023年决算比上年增、减情况 / 增、减额 / 增、减幅度, then rows
    page = stated("yunxian-2023-three-public-final.txt")
    found = {(f.source_line, f.label, f.field, f.value, f.direction) for f in page}
    assert (52, "公务接待费 2023年决算数", "amount", Decimal("2492900.00"), None) in found
    assert (54, "公务接待费 2022年决算数", "amount", Decimal("2472100.00"), None) in found
    assert (56, "公务接待费 增、减额", "change", Decimal("20800.00"), "increase") in found
    assert (96, "公务用车购置及运行维护费 增、减幅度", "change_pct", Decimal("29.3"), "increase") in found
    assert (100, "公务用车运行维护费 2023年决算数", "amount", Decimal("5079800.00"), None) in found
    lines = {line for line, *_ in found}
    assert not lines & {36, 38, 40, 42}  # the total row, whose name is not printed
    assert not lines & {46, 48}  # 因公出国(境)费 0 / 0: two numbers of four columns, not placed
    assert not lines & {110, 112}  # 公务用车购置 63.06 / 13.8 (the page ends): not placed


TABLE_VARIANT = """2022年“三公”经费决算统计表
单位：元
2022年决算数
2021年决算数
增减额
增减幅度
{total}
1、公务接待费
12,000.00
14,080.00
-2,080.00
-14.77%
(1)公务用车运行维护费
50,000.00
40,000.00
{middle}
25%
"""


def test_three_public_rows_in_yuan_without_blank_lines():
    found = [(f.label, f.field, f.value, f.direction)
             for f in parse_three_public_rows(split_lines(TABLE_VARIANT.format(total="62000.00", middle="10,000.00")))]
    assert found == [
        ("公务接待费 2022年决算数", "amount", Decimal("12000.00"), None),
        ("公务接待费 2021年决算数", "amount", Decimal("14080.00"), None),
        ("公务接待费 增减额", "change", Decimal("2080.00"), "decrease"),
        ("公务接待费 增减幅度", "change_pct", Decimal("14.77"), "decrease"),
        ("公务用车运行维护费 2022年决算数", "amount", Decimal("50000.00"), None),
        ("公务用车运行维护费 2021年决算数", "amount", Decimal("40000.00"), None),
        ("公务用车运行维护费 增减额", "change", Decimal("10000.00"), "increase"),
        ("公务用车运行维护费 增减幅度", "change_pct", Decimal("25"), "increase"),
    ]


def test_three_public_rows_a_row_that_lost_a_middle_cell_is_left_out():
    # 50,000 / 40,000 / 25%: the change cell is missing — its 25% would fall under the change column
    text = TABLE_VARIANT.format(total="62000.00", middle="").replace("\n\n25%", "\n25%")
    labels = {f.label.split()[0] for f in parse_three_public_rows(split_lines(text))}
    assert labels == {"公务接待费"}


def test_three_public_rows_need_the_unit():
    text = TABLE_VARIANT.format(total="62000.00", middle="10,000.00").replace("单位：元\n", "")
    records = parse_three_public_rows(split_lines(text))  # (no sentence states its total: a warning says so)
    assert not [r for r in records if isinstance(r, StatedFigure)] and records


# …。2021年的三公经费决算数合计为807.95万,其中:…: a sentence headed by an earlier year states that year's amounts


def test_real_page_a_sentence_headed_by_an_earlier_year():
    found = [(f.label, f.value, f.compared_with) for f in stated("echeng-2022-three-public-final.txt")
             if f.source_line == 8 and f.field == "amount"]
    assert ("公务用车购置费", Decimal("3992500.00"), None) in found
    assert ("公务用车购置费", Decimal("2725300.00"), "2021") in found
    assert ("公务接待费", Decimal("394300.00"), "2021") in found


@pytest.mark.parametrize(
    "text",
    ["2023年公务接待费12万元,公务用车运行维护费8万元。2022年公务接待费10万元,公务用车运行维护费9万元。",
     "本单位 2023 年公务接待费 120,000 元，公务用车运行维护费 80,000 元；2022 年公务接待费 100,000 元，"
     "公务用车运行维护费 90,000 元。"],
    ids=["万元, two sentences", "元, spaces, a semicolon"],
)
def test_a_sentence_headed_by_an_earlier_year(text):
    found = [(f.label.split("年")[-1], f.value, f.compared_with) for f in figures(text)]  # (本单位2023年公务接待费)
    assert found == [("公务接待费", Decimal("120000.00"), None), ("公务用车运行维护费", Decimal("80000.00"), None),
                     ("公务接待费", Decimal("100000.00"), "2022"), ("公务用车运行维护费", Decimal("90000.00"), "2022")]


def test_a_later_year_heading_a_sentence_is_the_documents_own():
    # a budget page: 2023年决算… then 2024年预算…: the later year is no other year's figure
    found = [f.compared_with for f in figures("2023年公务接待费决算10万元。2024年公务接待费预算12万元。")]
    assert found == [None, None]


# 第41次会议: an ordinal counts nothing; 相比预算数6.1亿元: the budget compared with; 购置和运行


def test_real_page_ordinals_and_a_budget_compared_with_xiangbi():
    beijing = stated("beijing-2015-three-public-final-news.txt")
    assert [f for f in beijing if f.source_line == 2] == []  # 市人大常委会第28次会议
    vehicle = [(f.field, f.value, f.metric) for f in beijing if f.source_line == 7]
    assert ("budget_initial", Decimal("610000000.00"), "three_public_vehicle") in vehicle
    assert ("amount", Decimal("500000000.00"), "three_public_vehicle") in vehicle


@pytest.mark.parametrize(
    "text", ["在区第十七届人大常委会第41次会议上,公务接待12批次。", "第 3 批次项目资金共计5万元，公务接待 12 批次。"]
)
def test_an_ordinal_counts_nothing(text):
    assert [(f.value, f.unit) for f in figures(text) if f.field == "count"] == [(Decimal("12"), "批次")]


@pytest.mark.parametrize(
    "text",
    ["公务用车购置和运行维护费5亿元,相比预算数6.1亿元减少1.1亿元,下降17.9%。",
     "公务用车购置和运行维护费 50,000 元，相较预算 61,000 元减少 11,000 元。"],
)
def test_a_budget_compared_with_xiangbi(text):
    found = {(f.field, f.metric) for f in figures(text)}
    assert {("amount", "three_public_vehicle"), ("budget_initial", "three_public_vehicle"),
            ("change", "three_public_vehicle")} <= found

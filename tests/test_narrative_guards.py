"""The narrative readers look for a statement's words before running its pattern (a paragraph
without 包括 holds no list of economic items, one without (类) no 类 share, one without a budget
followed by a final figure no budget comparison): statements that print those words are still
read, in every wording the patterns accept. A label's leading lookbehinds are moved after its first
character so that the engine can skip to it (literal_first): the labels match what they matched."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from _final_account_helpers import economic, items, metric, wan
from conftest import CHANGJI, MAOXIAN, ZENGDU

from ingest.final_accounts import (
    basic_expenditure,
    fiscal_appropriation,
    other_matters,
    parse_final_account,
    summary,
    three_public,
)
from ingest.final_accounts.figures import literal_first
from ingest.records import DocumentInfo, EconomicItem
from ingest.text import split_lines

INFO = DocumentInfo(department_name="测试局", source_line=1)
OVERVIEW = "一、收入支出决算总体情况说明\n"
GENERAL_BUDGET = "三、一般公共预算财政拨款支出决算情况说明\n"
BASIC = "四、一般公共预算财政拨款基本支出决算情况说明\n"


def parse(text: str):
    return parse_final_account(split_lines(text), INFO)


LABELS = [
    spec.label
    for module in (summary, fiscal_appropriation, three_public, basic_expenditure)
    for spec in module.SPECS
] + [spec.label for spec in (*other_matters.PROCUREMENT_SPECS, *other_matters.OPERATION_SPECS)]


@pytest.mark.parametrize(
    ("label", "moved"),
    [
        ("(?<!财政拨款)收入总计", "收(?<!(?:财政拨款)收)入总计"),
        ("本年收入(?!合计)|(?<![本财])收入合计", "本年收入(?!合计)|收(?<!(?:[本财])收)入合计"),
        ("(?<!预算)(?<!本年)财政拨款收入", "财(?<!(?:预算)财)(?<!(?:本年)财)政拨款收入"),
        ("(?:日常)?公用经费", "(?:日常)?公用经费"),  # no lookbehind first: as written
    ],
)
def test_lookbehinds_move_after_a_labels_first_character(label, moved):
    assert literal_first(label) == moved


def test_labels_with_lookbehinds_moved_match_what_they_matched():
    texts = [path.read_text(encoding="utf-8") for path in (CHANGJI, MAOXIAN, ZENGDU)]
    texts.append(
        "财政拨款收入总计 收入总计 本年收入合计 财收入合计 本收入合计 预算财政拨款收入 本年财政拨款收入 开展经营支出"
    )
    moved = [label for label in LABELS if literal_first(label) != label]
    assert len(moved) >= 10  # the summary's totals, 公务接待费, 采购支出 …
    for label in moved:
        written, faster = re.compile(label), re.compile(literal_first(label))
        for text in texts:
            assert [m.span() for m in written.finditer(text)] == [m.span() for m in faster.finditer(text)], label


def test_class_shares_wherever_their_name_starts():
    records = parse(
        GENERAL_BUDGET
        + "一般公共服务支出(类)2.16万元,占0.13%教育支出(类)3.00 万元,占 0.20%;\n"
        + "其中:社会保障和就业 (类) 支出 1,496.38 万元，占 86.70%。\n"
    )
    shares = {c.class_name: (c.amount_yuan, c.share_pct) for c in items(records, "类")}
    assert shares == {
        "一般公共服务支出": (wan("2.16"), Decimal("0.13")),
        "教育支出": (wan("3.00"), Decimal("0.20")),
        "社会保障和就业支出": (wan("1496.38"), Decimal("86.70")),
    }


def test_economic_items_only_of_a_list_introduced_by_baokuo():
    listed = parse(BASIC + "人员经费 100.00 万元，主要包括：基本工资 60.00 万元、津贴补贴 40.00 万元。\n")
    assert economic(listed, "基本工资").amount_yuan == wan("60.00")
    assert economic(listed, "津贴补贴").amount_yuan == wan("40.00")
    unlisted = parse(BASIC + "人员经费 100.00 万元，基本工资 60.00 万元、津贴补贴 40.00 万元。\n")
    assert metric(unlisted, "personnel_expense").value == wan("100.00")
    assert not [r for r in unlisted if isinstance(r, EconomicItem)]


def test_budget_comparisons_in_each_wording():
    records = parse(
        OVERVIEW
        + "收入总计年初预算为 120.00 万元，决算为 100.00 万元，完成预算的 83.33%。\n"
        + "本年支出合计全年预算数 90.00 万元;支出决算数 80.00 万元。\n"
    )
    income = metric(records, "income_total")
    assert (income.value, income.budget_value, income.budget_kind) == (wan("100.00"), wan("120.00"), "initial")
    assert income.budget_completion_pct == Decimal("83.33")
    spent = metric(records, "expenditure_current_year")
    assert (spent.value, spent.budget_value, spent.budget_kind) == (wan("80.00"), wan("90.00"), "full_year")


def test_prior_year_comparisons_subject_first_and_prior_first():
    records = parse(
        OVERVIEW
        + "收入总计 200.00 万元。收入总计与上年相比,减少 10.00 万元,下降 4.76%,主要原因是项目减少。\n"
        + "本年支出合计 150.00 万元。与2021年相比，本年支出合计 140.00 万元增加 10.00 万元。\n"
    )
    income = metric(records, "income_total")
    assert (income.value, income.change_value, income.growth_pct) == (wan("200.00"), wan("-10.00"), Decimal("-4.76"))
    assert income.reason == "项目减少"
    spent = metric(records, "expenditure_current_year")  # 140.00 after 与2021年相比 is last year's
    assert (spent.value, spent.change_value, spent.prior_year_value) == (wan("150.00"), wan("10.00"), wan("140.00"))

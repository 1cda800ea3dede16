"""A budget narrative's comparison sentence with no subject of its own, right after the sentence that states a whole
and its parts (2022年基本支出3736.92万元,其中人员经费…,公用经费…。比2021年预算增加654万元,增长9%): the whole's
change — and the earlier year's budget it is compared with (比2021年预算601.16万元增加18.74万元), that year's
``budget_initial``. Real pages of held-out batch 26q (甘肃 武山 洛门学区, 天水 殡仪馆 2022 budgets) and variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import ParseWarning
from ingest.statements import parse_statements
from ingest.text import split_lines
from tests._statement_helpers import figures, stated

WUSHAN = "wushan-luomen-xuequ-2022-budget-school-district.txt"
TIANSHUI = "gansu-tianshui-funeral-home-2022-budget.txt"


def _read(found, line=None):
    return [(f.label, f.field, f.value, f.direction, f.compared_with) for f in found
            if line is None or f.source_line == line]


def test_real_page_the_change_after_the_parts_sentence_is_the_wholes():
    found = stated(WUSHAN)
    assert _read(found, 16) == [
        ("基本支出", "amount", Decimal("37369200.00"), None, None),
        ("人员经费", "amount", Decimal("37277100.00"), None, None),
        ("公用经费", "amount", Decimal("3537100.00"), None, None),
        ("基本支出", "change", Decimal("6540000.00"), "increase", "2021"),
        ("基本支出", "change_pct", Decimal("9"), "increase", "2021"),
    ]
    assert {f.metric for f in found if f.source_line == 16 and f.label == "基本支出"} == {"expenditure_basic"}


def test_real_page_an_earlier_years_budget_compared_with_is_its_budget_initial():
    found = stated(TIANSHUI)
    assert _read(found, 39) == [
        ("支出预算", "amount", Decimal("6199000.00"), None, None),
        ("支出预算", "budget_initial", Decimal("6011600.00"), None, "2021"),
        ("支出预算", "change", Decimal("187400.00"), "increase", "2021"),
        ("支出预算", "change_pct", Decimal("3.12"), "increase", "2021"),
    ]
    # 1、基本支出 / 2022年基本支出264.72万元,其中…。比2021年预算231.17万元增加33.55万元,增长17.51 %: the whole's
    after = [f for f in found if f.source_line == 43 and f.field != "amount"]
    assert [(f.field, f.value, f.compared_with, f.metric) for f in after] == [
        ("budget_initial", Decimal("2311700.00"), "2021", "expenditure_basic"),
        ("change", Decimal("335500.00"), "2021", "expenditure_basic"),
        ("change_pct", Decimal("17.51"), "2021", "expenditure_basic"),
    ]
    # (the heading 1、基本支出 on the line before is no part of the label)
    labels = {f.label for f in found if f.source_line == 43 and f.field != "count"}
    assert labels == {"基本支出", "人员经费", "公用经费"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other names and figures, full-width punctuation, a space after the stop
        ("2023年项目支出120.5万元，其中运转类项目80万元，发展类项目40.5万元。 比2022年预算减少15万元，下降11.1％。",
         [("项目支出", "change", Decimal("150000.00"), "decrease", "2022"),
          ("项目支出", "change_pct", Decimal("11.1"), "decrease", "2022")]),
        # in 元, the earlier year's budget printed
        ("2022年基本支出2647200元,其中人员经费2272200元,公用经费375000元。比2021年预算2311700元增加335500元。",
         [("基本支出", "budget_initial", Decimal("2311700"), None, "2021"),
          ("基本支出", "change", Decimal("335500"), "increase", "2021")]),
        # a wrap inside the comparison
        ("2022年基本支出264.72万元,其中人员经费227.22万元,公用经费37.5万元。比2021\n年预算231.17万元增加33.55万元。",
         [("基本支出", "budget_initial", Decimal("2311700.00"), None, "2021"),
          ("基本支出", "change", Decimal("335500.00"), "increase", "2021")]),
        # 同比 opening the sentence
        ("2022年基本支出264.72万元,其中人员经费227.22万元,公用经费37.5万元。同比增长5%。",
         [("基本支出", "change_pct", Decimal("5"), "increase", "prior_year")]),
        # 与上年相比 opening the sentence
        ("2024年三公经费支出预算为14.01万元,其中:公务用车运行维护费14.01万元,公务接待费0万元。与2023年预算相比增长16.75%。",
         [("三公经费支出预算", "change_pct", Decimal("16.75"), "increase", "2023")]),
        # the rate first, full-width, spaces inside the figures
        ("三公经费预算 100 万元，其中：公务接待费 40 万元、公务用车运行费 60 万元。"
         "与上年相比下降 9.1 %，减少 10 万元。",
         [("三公经费预算", "change_pct", Decimal("9.1"), "decrease", "prior_year"),
          ("三公经费预算", "change", Decimal("100000.00"), "decrease", "prior_year")]),
    ],
    ids=["other names, full-width", "yuan, budget printed", "wrapped", "同比", "与…相比", "rate first"],
)
def test_a_subjectless_comparison_after_a_whole_and_its_parts_is_the_wholes(text, expected):
    assert [r for r in _read(figures(text)) if r[1] != "amount"] == expected


@pytest.mark.parametrize(
    ("text", "field", "value", "compared"),
    [
        ("2022年支出预算619.9万元,比2021年预算601.16万元增加18.74万元,增长3.12 %。", "budget_initial",
         Decimal("6011600.00"), "2021"),
        ("2023年收入预算850万元，比2022年预算数800万元增加50万元。", "budget_initial", Decimal("8000000.00"), "2022"),
        ("本年支出预算500万元,较上年预算480万元增加20万元。", "budget_initial", Decimal("4800000.00"),
         "prior_year_budget"),
        # (the budget of the same year, as before)
        ("公务接待费支出10万元,较预算数12万元减少2万元。", "budget_initial", Decimal("120000.00"), "budget"),
    ],
)
def test_a_years_budget_compared_with_is_the_subjects_budget_initial(text, field, value, compared):
    found = figures(text)
    assert [(f.field, f.value, f.compared_with) for f in found if f.field == field] == [(field, value, compared)]
    # and the change after it is measured against the same
    assert {f.compared_with for f in found if f.field == "change"} == {compared}


@pytest.mark.parametrize(
    "text",
    [
        # the whole stated a sentence before the list's: the sentence before names only parts
        "三公经费预算为100万元。其中:公务接待费40万元,公务用车运行费60万元。比上年减少10万元,下降9.1%。",
        # two wholes before the list: which one, not told
        "收入100万元,支出90万元,其中人员经费50万元,公用经费40万元。比上年增加10万元。",
        # the list's sentence with no whole
        "其中:公务接待费40万元,公务用车运行费60万元。比上年110万元减少10万元。",
        # a sentence opening with words that compare nothing (与此同时): no comparison of the whole's
        "2022年基本支出264.72万元,其中人员经费227.22万元,公用经费37.5万元。与此同时,增加5万元。",
    ],
)
def test_a_comparison_after_parts_without_a_single_whole_before_is_left_out(text):
    warnings: list[ParseWarning] = []
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    assert [f for f in found if f.field != "amount"] == []
    assert not [f for f in found if f.value in (Decimal("1100000.00"),)]


def test_the_compared_years_amount_after_parts_is_left_out_with_a_warning():
    warnings: list[ParseWarning] = []
    text = "三公经费预算为100万元。其中:公务接待费40万元,公务用车运行费60万元。比上年110万元减少10万元。"
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    assert [(f.label, f.value) for f in found] == [
        ("三公经费预算", Decimal("1000000.00")), ("公务接待费", Decimal("400000.00")),
        ("公务用车运行费", Decimal("600000.00"))]
    assert any("110万元" in w.context for w in warnings)


def test_a_sentence_naming_its_own_subject_keeps_it():
    found = figures("2022年基本支出264.72万元,其中人员经费227.22万元,公用经费37.5万元。人员经费比2021年增加5万元。")
    assert _read(found)[-1] == ("人员经费", "change", Decimal("50000.00"), "increase", "2021")


HENGSHAN = "hengshan-mzj-2023-welfare-lottery-use.txt"


def test_real_page_a_numbered_items_heading_on_the_line_before_is_no_part_of_the_label():
    # 1.总体情况 / 2023年衡山县收到省级福利彩票公益金支持社会福利事业资金总额为80万元
    first = next(f for f in stated(HENGSHAN) if f.source_line == 16 and f.field == "amount")
    assert (first.label, first.value) == ("衡山县收到省级福利彩票公益金支持社会福利事业资金总额", Decimal("800000.00"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1、基本支出\n\n2022年基本支出264.72万元,其中人员经费227.22万元。", "基本支出"),
        # full-width digits, a wrap inside the label
        ("１、基本支出\n2022年基本\n支出264.72万元。", "基本支出"),
        ("2.项目支出\n2022年项目支出预算50万元,比2021年预算减少5万元。", "项目支出预算"),
        # the heading's words are kept where the line after does not name the item again
        ("1、基本支出\n2022年共计264.72万元。", "基本支出"),
        # a year inside a label on one line stays
        ("截止2013年已安排项目经费380万元。", "截止2013年已安排项目经费"),
    ],
)
def test_a_numbered_items_heading_on_its_own_line_is_no_part_of_the_label(text, label):
    assert next(f.label for f in figures(text) if f.field == "amount") == label

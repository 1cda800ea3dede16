"""Variants of final-account wording: punctuation width, separators, 元, wraps, missing sections."""

from __future__ import annotations

from decimal import Decimal

from _final_account_helpers import item, metric, status, wan

from ingest.final_accounts import parse_final_account
from ingest.records import DocumentInfo, Metric
from ingest.text import split_lines

INFO = DocumentInfo(department_name="测试局", source_line=1)
HEAD = "一、收入支出决算总体情况说明\n"


def parse(text: str):
    return parse_final_account(split_lines(text), INFO)


def test_full_and_half_width_read_alike():
    full = HEAD + "２０２２年度收入总计１，８５２．６２万元，其中：本年收入合计１，７１８．０２万元。\n"
    half = HEAD + "2022年度收入总计1,852.62万元,其中:本年收入合计1,718.02万元。\n"
    for text in (full, half):
        records = parse(text)
        assert metric(records, "income_total").value == wan("1852.62")
        assert metric(records, "income_current_year").value == wan("1718.02")


def test_without_thousands_separator():
    records = parse(HEAD + "2022 年度收入总计 1852.62 万元。\n")
    assert metric(records, "income_total").value == Decimal("18526200.00")


def test_amount_in_yuan():
    records = parse(HEAD + "2022年度收入总计18,526,200.00元，其中：本年收入合计17,180,200.00元。\n")
    m = metric(records, "income_total")
    assert (m.value, m.ulp) == (Decimal("18526200.00"), Decimal("0.01"))


def test_wrapped_mid_number_with_page_number_and_caption():
    text = HEAD + "2022 年度收入总计 1,852.\n\n12\n\n图 1：收、支决算总计变动情况\n62 万元，其中：本年收入合计\n1,718.02 万元。\n"  # noqa: E501
    records = parse(text)
    total = metric(records, "income_total")
    assert (total.value, total.source_line) == (wan("1852.62"), 2)
    assert metric(records, "income_current_year").source_line == 8
    assert not [r for r in records if isinstance(r, Metric) and r.value == Decimal("120000.00")]


def test_change_signs():
    records = parse(HEAD + "2022年度收入总计100.00万元。收入总计与上年相比，减少20.00万元，下降16.67%，主要原因是：人员减少。\n")  # noqa: E501
    m = metric(records, "income_total")
    assert (m.change_value, m.growth_pct, m.reason) == (wan("-20.00"), Decimal("-16.67"), "人员减少")


def test_figures_inside_a_reason_are_not_read():
    text = HEAD + "2022年度收、支总计均为3198.03万元。主要原因是：一是2021年年初结转和结余为1811.59万元；二是机构改革。\n"  # noqa: E501
    records = parse(text)
    assert not [r for r in records if isinstance(r, Metric) and r.metric == "carryover_begin"]


def test_missing_and_empty_sections_are_recorded():
    text = HEAD + "2022年度收入总计100.00万元。\n八、政府性基金预算财政拨款收入支出决算情况说明\n本部门本年度无政府性基金预算财政拨款收入支出。\n"  # noqa: E501
    records = parse(text)
    assert status(records, "overview").status == "present"
    assert status(records, "government_fund").status == "empty"
    assert status(records, "three_public").status == "missing"
    assert status(records, "procurement").status == "missing"


def test_item_line_half_width_markers_and_wrap():
    text = (
        "五、一般公共预算财政拨款支出决算情况说明\n(三) 一般公共预算财政拨款支出决算具体情况\n"
        "1.社会保障和就业支出(类)人力资源和社会保障管理\n事务(款)行政运行(项)年初预算为 619.87 万元，支出决\n"
        "算为250.92 万元，完成年初预算40.48 %。\n"
    )
    run = item(parse(text), "行政运行")
    assert (run.budget_initial_yuan, run.amount_yuan, run.completion_pct) == (wan("619.87"), wan("250.92"), Decimal("40.48"))  # noqa: E501
    assert run.kuan_name == "人力资源和社会保障管理事务"


def test_no_narrative_gives_no_records():
    assert parse("这是一段与决算无关的文字。\n") == []


def test_change_against_the_prior_year_with_jiao():
    """较上年(决算数)减少 as well as 比上年 / 与上年相比 (an unseen Anhui 三公 page and the corpus's
    Chongqing pages print 较)."""
    for wording in ("较上年决算数减少", "较上年减少", "比上年减少"):
        records = parse(HEAD + f"2022年度收入合计617.85万元,{wording}76.03万元,下降11.0%。\n")
        m = metric(records, "income_current_year")
        assert (m.change_value, m.growth_pct) == (wan("-76.03"), Decimal("-11.0")), wording


THREE_PUBLIC_HEAD = "七、财政拨款“三公”经费支出决算情况说明\n"


def test_completion_clause_that_states_the_budget():
    """完成全年预算84.82万元的73.2% (an unseen Guangdong page): the budget inside the completion clause
    is the metric's budget, of its kind; 完成预算的100% alone states no budget."""
    text = THREE_PUBLIC_HEAD + (
        "2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%,比上年决算数增加38.97万元,"
        "增长168.7%;其中:公务接待费支出决算为22.59万元,完成年初预算43.2万元的52.3%。\n"
    )
    records = parse(text)
    total = metric(records, "three_public_total")
    assert (total.budget_value, total.budget_kind, total.budget_completion_pct) == (
        wan("84.82"), "full_year", Decimal("73.2"))
    assert (total.change_value, total.growth_pct) == (wan("38.97"), Decimal("168.7"))
    reception = metric(records, "three_public_reception")
    assert (reception.budget_value, reception.budget_kind, reception.budget_completion_pct) == (
        wan("43.2"), "initial", Decimal("52.3"))
    alone = metric(parse(HEAD + "2022年度收入合计100.00万元,完成预算的100%。\n"), "income_current_year")
    assert (alone.budget_value, alone.budget_completion_pct) == (None, Decimal("100"))


def test_change_against_an_earlier_year_is_no_year_on_year_change():
    """A comparison naming a year is year-on-year only when its sentence speaks of the year after:
    the Guangdong page's ``2023年度…比上年决算数增加38.97万元…;比2019年(疫情前)决算数减少24.87万元``
    states the change against 2019 too — the metric's change is the first, and where only the 2019
    one is printed the metric has none (value − change would be taken for the 2022 figure)."""
    guangdong = THREE_PUBLIC_HEAD + (
        "广东省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%,比上年决算数"
        "增加38.97万元,增长168.7%;比2019年(疫情前)决算数减少24.87万元,降低28.6%。\n"
    )
    total = metric(parse(guangdong), "three_public_total")
    assert (total.change_value, total.growth_pct) == (wan("38.97"), Decimal("168.7"))
    only_2019 = guangdong.replace("比上年决算数增加38.97万元,增长168.7%;", "")
    total = metric(parse(only_2019), "three_public_total")
    assert (total.value, total.change_value, total.growth_pct) == (wan("62.07"), None, None)
    # a variant: the year before the sentence's year is the prior year; two years back is not
    for compared, expected in (("与2022年相比", wan("-5.00")), ("与2021年相比", None), ("较2022年度", wan("-5.00"))):
        records = parse(HEAD + f"2023年度收入合计100.00万元,{compared}减少5.00万元。\n")
        assert metric(records, "income_current_year").change_value == expected, compared
    # the label again before its comparison, and an item's sentence
    for year, expected in (("2021", None), ("2022", wan("-5.00"))):
        records = parse(HEAD + f"2023年度收入合计100.00万元,收入合计比{year}年减少5.00万元。\n")
        assert metric(records, "income_current_year").change_value == expected, year
    item_text = (
        "五、一般公共预算财政拨款支出决算情况说明\n(三) 一般公共预算财政拨款支出决算具体情况\n"
        "1.社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)2023年度支出决算为"
        "{amount}万元,比{year}年减少3.00万元。\n"
    )
    run = item(parse(item_text.format(amount="30.00", year="2022")), "机关事业单位基本养老保险缴费支出")
    assert run.change_yuan == wan("-3.00")
    run = item(parse(item_text.format(amount="30.00", year="2020")), "机关事业单位基本养老保险缴费支出")
    assert (run.amount_yuan, run.change_yuan) == (wan("30.00"), None)

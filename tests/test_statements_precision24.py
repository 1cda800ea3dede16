"""Figures the sentence reader stored with a wrong meaning, which the scoreboard does not see (it matches a figure by
its line, field and value; an amount and a budget count alike there): a budget or plan a share is of read as a new
amount, a rate stored under the words of its base, a decrease rate read as a share, a ratio given the subject's name,
and last year's outcome in a budget stored as this year's. Each on the real sentence and on variants written here
(full- and half-width punctuation, 万元 / 元 / 亿元, spaces, other verbs)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import Metric, ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines
from ingest.text_tables import parse_text_tables


def read(text: str) -> tuple[list[StatedFigure], list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    return found, warnings


def rows(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    return [(f.label, f.field, f.value, f.compared_with) for f in read(text)[0]]


# --- a budget or plan a share is of (完成…B万元的P%) -------------------------------------------------------------

HUARONG = (
    "2021年,全县一般公共预算收入完成112853万元,占年计划100500万元的112.29%,同比增长21.41%。其中,上划中央收入完成"
    "36400万元,占年计划34300万元的106.12%,同比增长21.73%。"
)


def test_the_plan_a_share_is_of_is_the_subjects_budget_real_sentence():
    # corpus 10_hunan_huarong_2021_gov_final.txt L38: 100500 was an amount called 占年计划, and the rates after it its
    found = rows(HUARONG)
    subject = "全县一般公共预算收入完成"
    assert found[:4] == [
        (subject, "amount", Decimal("1128530000.00"), None),
        (subject, "budget_initial", Decimal("1005000000.00"), None),
        (subject, "share_pct", Decimal("112.29"), None),
        (subject, "change_pct", Decimal("21.41"), "prior_year"),
    ]
    assert ("上划中央收入完成", "budget_initial", Decimal("343000000.00"), None) in found
    assert not [f for f in found if f[0].startswith("占")]


@pytest.mark.parametrize(
    ("sentence", "budget"),
    [
        ("全县一般公共预算收入完成8.2亿元,占年度预算7.5亿元的109.3%,同比增长3%。", Decimal("750000000.00")),
        (
            "全县一般公共预算收入完成８２０００万元，占年度预算７５０００万元的１０９．３％，同比增长３％。",
            Decimal("750000000.00"),
        ),
        ("全县税收收入完成52000万元,完成税收收入计划50000万元的104%,同比增长5%。", Decimal("500000000.00")),
        ("全镇财政收入完成 5200000 元 ,达到年度收入计划 5000000 元 的 104% ,同比增长5%。", Decimal("5000000.00")),
        ("一般公共预算收入完成8亿元，完成调整预算收入计划7.8亿元的102.6%，增长3%。", Decimal("780000000.00")),
        ("非税收入完成3000万元;为全年任务2800万元的107.1%,同比增长2%。", Decimal("28000000.00")),
    ],
)
def test_the_budget_or_plan_a_share_is_of_in_any_printing(sentence, budget):
    found = rows(sentence)
    subject = found[0][0]
    assert found[0][1] == "amount"
    assert found[1][1:3] == ("budget_initial", budget) and found[1][0] == subject
    assert [f[1] for f in found[2:]] == ["share_pct", "change_pct"] and {f[0] for f in found} == {subject}


def test_another_things_amount_a_share_is_of_keeps_its_own_name_and_names_no_subject():
    found = rows("全县收入完成25亿元,占全市一般公共预算收入250亿元的10%,同比增长5%。")
    assert found == [
        ("全县收入完成", "amount", Decimal("2500000000.00"), None),
        ("全市一般公共预算收入", "amount", Decimal("25000000000.00"), None),
        ("全县收入完成", "share_pct", Decimal("10"), None),
        ("全县收入完成", "change_pct", Decimal("5"), "prior_year"),
    ]


def test_last_years_amount_a_ratio_is_of_is_that_years_and_the_ratio_no_share():
    found, warnings = read("契税收入3.2亿元,为上年3.5亿元的91.4%。\n")
    assert [(f.label, f.field, f.value, f.compared_with) for f in found] == [
        ("契税收入", "amount", Decimal("320000000.00"), None),
        ("契税收入", "amount", Decimal("350000000.00"), "prior_year"),
    ]
    assert any("ratio to the previous year" in w.message for w in warnings)


# --- a rate stored under the words of its base (为年预算的, 超收) ---------------------------------------------------


def test_a_share_of_a_budget_however_qualified_is_the_subjects_real_sentences():
    # /tmp/unseen12g 08_henan_luoshan L2 and /tmp/unseen20n 16_hubei_wuhan-wuchang L20: the labels were 为年预算的 and
    # 为年度预算(调整数)的
    found = rows("1-5月,我县地方一般公共预算收入累计完成34096万元,为年预算的32.3%,同比降低10.2%,位居全市第9位。")
    assert [f[0] for f in found] == ["我县地方一般公共预算收入累计完成"] * 3
    found = rows("2022年,全区地方一般公共预算收入为1,359,324万元,为年度预算(调整数)的105.4%,比2021下降3.0%。")
    assert found[1] == ("全区地方一般公共预算收入", "share_pct", Decimal("105.4"), None)


@pytest.mark.parametrize(
    "sentence",
    [
        "税收收入完成5亿元，为全年收入计划的 98%。",
        "税收收入完成50000万元,为年度预算（调整数）的98%。",
        "税收收入完成500000000元,为调整后预算的98%;",
    ],
)
def test_a_share_of_a_plan_variants(sentence):
    found = rows(sentence)
    assert found[-1] == (found[0][0], "share_pct", Decimal("98"), None)


def test_revenue_above_or_below_its_budget_is_the_subjects_change_against_it():
    # /tmp/unseen12g 03_neimenggu_tuquan L11 (短收5645万: no figure before; 35215 = 40860 − 5645)
    found = rows("2021年度公共预算收入35215万元,较年初预算40860万元,短收5645万,主要原因是企业欠缴。")
    assert found[-1] == ("公共预算收入", "change", Decimal("56450000.00"), "budget")
    found = read("一般公共预算收入完成8亿元,超收0.5亿元,增长3%。\n")[0]
    assert [(f.label, f.field, f.direction, f.compared_with) for f in found] == [
        ("一般公共预算收入完成", "amount", None, None),
        ("一般公共预算收入完成", "change", "increase", "budget"),
        ("一般公共预算收入完成", "change_pct", "increase", None),  # (not against the budget, nor 超收's)
    ]
    found = read("非税收入完成２亿元，超收额为２０００万元。\n")[0]
    assert (found[-1].label, found[-1].field, found[-1].value) == ("非税收入完成", "change", Decimal("20000000.00"))


# --- a decrease rate worded 降幅 -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "公务接待费支出3万元,同比降幅12.5%;公务用车运行维护费2万元,同比增幅10%。",
        "公务接待费支出30000元，同比降幅为12.5%；公务用车运行维护费2万元，同比增幅10%。",
        "公务接待费支出 3 万元 , 降幅达 12.5% ; 公务用车运行维护费 2 万元 , 涨幅 10% 。",
    ],
)
def test_a_decrease_worded_as_its_fall_is_a_negative_growth(sentence):
    found = read(sentence + "\n")[0]
    rates = [(f.label, f.field, f.direction, f.value) for f in found if f.unit == "percent"]
    assert rates[0][1:] == ("change_pct", "decrease", Decimal("12.5")) and rates[0][0].startswith("公务接待费")
    assert rates[1][1:] == ("change_pct", "increase", Decimal("10")) and rates[1][0] == "公务用车运行维护费"


# --- a ratio named by its own word (药占比) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年医院医疗收入52000万元,同比增长5.2%,药占比为28.5%,耗占比20.1%。",
        "2023年医院医疗收入5.2亿元，同比增长5.2%，药占比28.5%；耗占比为 20.1% 。",
    ],
)
def test_a_ratio_named_by_one_word_and_zhanbi_is_not_the_subjects_share(sentence):
    found = rows(sentence)
    assert ("药占比", "share_pct", Decimal("28.5"), None) in found
    assert ("耗占比", "share_pct", Decimal("20.1"), None) in found
    assert not [f for f in found if f[0].endswith("医疗收入") and f[1] == "share_pct"]
    # (a share the subject has, or a word's share, stays as it was)
    assert rows("基本支出729.95万元,占比100%。")[-1][:2] == ("基本支出", "share_pct")
    assert rows("税收收入5亿元,税收占比为62.57%。")[-1][:2] == ("税收", "share_pct")


# --- last year's outcome printed beside this year's budget -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "compared"),
    [
        ("一般公共预算支出预算180000万元,上年执行数175000万元,增长2.9%。", "prior_year"),
        ("一般公共预算支出预算18亿元，上年决算数为17.5亿元，增长2.9%。", "prior_year"),
        ("2024年一般公共预算支出预算180000万元,2023年执行数为175000万元,增长2.9%。", "2023"),
        ("2024年一般公共预算支出预算1800000000元 , 2023年预计执行数1750000000元 , 增长2.9% 。", "2023"),
    ],
)
def test_last_years_execution_beside_a_budget_is_that_years_amount_of_the_subject(sentence, compared):
    found = rows(sentence)
    subject = found[0][0]
    assert found[1][0] == subject and found[1][1] == "amount" and found[1][3] == compared
    assert found[1][2] == Decimal("1750000000.00")
    assert found[2][:2] == (subject, "change_pct")


def test_an_earlier_years_three_public_final_in_a_budget_is_that_years():
    found = rows("2024年“三公”经费预算20万元,比2023年预算减少1万元,2023年“三公”经费决算数18.5万元。")
    assert found[-1] == ("三公经费", "amount", Decimal("185000.00"), "2023")
    # this year's and last year's carry-over are this year's money; a year after the first is no earlier year's
    assert rows("上年结转资金50万元,本年收入100万元。")[0] == ("上年结转资金", "amount", Decimal("500000.00"), None)
    assert rows("2023年收入100万元,2024年预算收入120万元。")[-1][3] is None
    # a news report's 去年 names the year it reports, its subject named anew
    assert rows("去年的“三公”经费财政拨款决算6.4亿元,比年初预算8.3亿元减少1.8亿元。")[0][3] is None


# --- a 三公 budget beside its final, the item named again -------------------------------------------------------

TAOJIANG = (
    "2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元。其中公务接待费为20.10万元。"
)


@pytest.mark.parametrize(
    "sentence",
    [
        TAOJIANG,  # corpus 18_hunan_taojiang_2019_sangong_final.txt L2: 44.52 was a second amount of the 三公 total
        "2019年度三公经费财政拨款支出预算为445200元，2019年实际支出三公经费决算为226200元。",
        "2019年度 “三公”经费 财政拨款支出预算为 44.52 万元 , 全年实际支出 “三公”经费 决算为 22.62 万元 。",
    ],
)
def test_a_budget_then_the_final_of_the_same_item_named_again(sentence):
    found = read(sentence + "\n")[0]
    totals = [(f.field, f.value) for f in found if f.metric == "three_public_total"]
    assert totals == [("budget_initial", Decimal("445200.00")), ("amount", Decimal("226200.00"))]
    # (another item's final after a budget leaves the budget as it was stated)
    other = read("公务接待费预算为5万元,公务用车运行维护费决算为4万元。\n")[0]
    assert [f.field for f in other] == ["amount", "amount"]


# --- tables: a budget column beside its outcome's, an earlier year's column ----------------------------------------

LUAN_GSL = """六安市工商业联合会2021年度一般公共预算财政拨款“三公”经费支出决算
单位:万元
项 目 | 预 算 数 | 决 算 数 |
合 计 | 1.8 | 1.52 |
公务接待费 | 1.8 | 1.52 |
"""
YIYUAN = """2020年中庄镇一般公共预算收入执行情况表 | |||||
单位:万元 | |||||
项 目 | 2019年决算数 | 2020年预算调整数 | 2020年执行数 | ||
金额 | 占调整预算% | 比上年增长% | |||
一、税收收入 | 401 | 431 | 431 | 100 | 7.48 |
增值税 | 266 | 292 | 292 | 100 | 9.77 |
"""


def table_figures(text: str) -> list[tuple[str, str, Decimal, str | None]]:
    found = [r for r in parse_text_tables(split_lines(text)) if isinstance(r, StatedFigure)]
    return [(" ".join(f.label.split()), f.field, f.value, f.compared_with) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        LUAN_GSL,  # /tmp/unseen16n 01_anhui_luan-gsl L3-L8 (and fixtures' 三公 tables): 预算数 was a second amount
        LUAN_GSL.replace(" | ", "\t").replace(" |", ""),
        LUAN_GSL.replace("万元", "元").replace("1.8", "18000").replace("1.52", "15200"),
        "单位：万元\n项目 | 年初预算数 | 决算支出数 |\n公务接待费 | 1.8 | 1.52 |\n",
    ],
)
def test_a_budget_column_beside_the_outcome_column_is_the_budget(text):
    found = {(label, field): value for label, field, value, _ in table_figures(text)}
    reception = {field: value for (label, field), value in found.items() if label.startswith("公务接待费")}
    assert reception == {"budget_initial": Decimal("18000.00"), "amount": Decimal("15200.00")}


def test_an_earlier_years_column_is_that_years_and_the_years_budget_its_budget():
    # corpus 16_shandong_yiyuan-zhongzhuang_2020_gov_budget.txt L9-L12: 2019年决算数 was an amount of no year
    found = table_figures(YIYUAN)
    assert ("一、税收收入 2019年决算数", "amount", Decimal("4010000.00"), "2019") in found
    assert ("一、税收收入 2020年预算调整数", "budget_initial", Decimal("4310000.00"), None) in found
    assert ("一、税收收入 2020年执行数 金额", "amount", Decimal("4310000.00"), None) in found
    found = table_figures("单位:元\n项目\t上年执行数\t本年预算数\n公务接待费\t15200\t18000\n")
    assert found == [
        ("公务接待费 上年执行数", "amount", Decimal("15200.00"), "prior_year"),
        ("公务接待费 本年预算数", "amount", Decimal("18000.00"), None),  # (a budget page's budget: its amount)
    ]
    # (a budget page's columns of two budgets, or of last year's carry-over, stay as they were)
    found = table_figures("单位:万元\n项目 | 2023年预算数 | 2024年预算数 |\n合计 | 20 | 18 |\n")
    assert found == [
        ("合计 2023年预算数", "budget_initial", Decimal("200000.00"), "2023"),
        ("合计 2024年预算数", "amount", Decimal("180000.00"), None),
    ]


YINGDE = (
    "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。其中:1、公务接待费2016年预算"
    "8万元,2015年预算12.5万元;对比减少4.35万元;减少率35.22%。"
)


@pytest.mark.parametrize(
    "sentence",
    [
        YINGDE,  # corpus 29_guangdong_yingde-jxj_2016_sangong_budget.txt L3: 57.55 and 12.5 were amounts of no year
        YINGDE.replace(",", "，").replace(";", "；").replace(":", "："),
        YINGDE.replace("57.55万元", "575500元").replace("12.5万元", "125000元"),
    ],
)
def test_an_earlier_years_budget_in_a_budget_is_that_years_budget(sentence):
    found = read(sentence + "\n")[0]
    earlier = [(f.field, f.value, f.compared_with) for f in found if f.compared_with == "2015"]
    assert earlier == [
        ("budget_initial", Decimal("575500.00"), "2015"),
        ("budget_initial", Decimal("125000.00"), "2015"),
    ]
    assert not [f for f in found if f.field == "amount" and f.value in (Decimal("575500.00"), Decimal("125000.00"))]
    # the changes after them are the budget year's subject's, not an item called 预算
    assert not [f for f in found if f.label == "预算"]


@pytest.mark.parametrize(
    "words",
    [
        "相当于年初预算的",
        "达到年初预算的",
        "达年度预算的",
        "是预算数的",
        "为年初预算的",
        "完成全年目标任务的",
        "达到收入计划的",
    ],
)
def test_a_share_of_a_budget_after_any_verb_is_the_subjects(words):
    found = rows(f"税收收入完成5亿元,{words}98%。")
    assert found[-1] == ("税收收入完成", "share_pct", Decimal("98"), None)
    found = rows(f"税收收入完成 50000 万元，{words} 98% 。")
    assert found[-1] == ("税收收入完成", "share_pct", Decimal("98"), None)


def test_a_budgets_completion_rate_names_itself():
    assert rows("税收收入完成5亿元,预算完成率98%。")[-1] == ("预算完成率", "share_pct", Decimal("98"), None)


# --- the 决算 narrative reader: changes listed with 分别 after the last item --------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "2023年度“三公”经费财政拨款支出决算为10.5万元,比上年减少2.3万元,下降18%。其中因公出国(境)费0万元,公务接待费3.5万元,"
        "公务用车购置及运行费7万元,分别比上年减少0万元、1.3万元、1万元,分别下降0%、27.1%、12.5%。",
        "2023年度“三公”经费财政拨款支出决算为105000元，比上年减少23000元。其中因公出国（境）费0元，公务接待费35000元，"
        "公务用车购置及运行费70000元，分别比上年减少0元、13000元、10000元。",
        "2023年度“三公”经费财政拨款支出决算为10.5万元,比上年减少2.3万元。其中因公出国(境)费0万元,公务接待费3.5万元,\n"
        "公务用车购置及运行费7万元,分别较上年减少0万\n元、1.3万元、1万元。",
    ],
)
def test_changes_listed_with_fenbie_are_not_the_last_items(statement, tmp_path):
    page = tmp_path / "sangong.txt"
    page.write_text("二、“三公”经费支出情况\n" + statement + "\n", encoding="utf-8")
    metrics = {r.metric: r for r in parse_path(page).records if isinstance(r, Metric)}
    assert metrics["three_public_vehicle"].value == Decimal("70000.00")
    assert metrics["three_public_vehicle"].change_value in (None, Decimal("-10000.00"))  # (not the first one's 0)
    assert metrics["three_public_total"].change_value == Decimal("-23000.00")


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年“三公”经费决算数为18.5万元,预算为20万元。",
        "2023年“三公”经费决算数为185000元，年度预算为200000元，完成92.5%。",
        "2023年 “三公”经费 决算数为 18.5 万元 , 全年预算 20 万元 。",
    ],
)
def test_a_budget_named_only_by_its_word_after_a_final_is_the_subjects_budget(sentence):
    found = rows(sentence)
    assert found[1][:3] == ("三公经费", "budget_initial", Decimal("200000.00"))
    assert not [f for f in found if f[0].endswith("预算")]


def test_a_rate_of_the_budget_names_itself_with_its_formula_or_weight():
    # /tmp/unseen16p 06_sichuan_suining-jkq-scjg L12, /tmp/unseen19t 02_hainan_swt-huizhan L2: the label was 预算
    assert rows("支付预算数(A) 5.8万元 预算执行率(B/A) 100%")[-1][:2] == ("预算执行率", "share_pct")
    assert rows("财政拨款:2430.30万元,预算执行率权重:10%")[-1][:2] == ("预算执行率权重", "share_pct")
    assert rows("项目预算执行率（%）为98%。")[-1][:3] == ("项目预算执行率", "share_pct", Decimal("98"))


def test_a_share_whose_words_are_only_its_base_is_left_out():
    # /tmp/unseen11 10_guangxi_wuzhou-culture_2025_budget.txt L2 (the page starts after the sentence's 占)
    for text in ("支出总预算的 95.57%,同比减少 43506.06 元,下降 4.03 %;", "支出总预算的95.57%，同比减少4.35万元。"):
        found, warnings = read(text + "\n")
        assert not [f for f in found if f.unit == "percent"] and any("share whose words" in w.message for w in warnings)
    assert rows("基本支出100万元,占支出总预算的 95.57%。")[-1][:2] == ("基本支出", "share_pct")


# --- a 三公 budget and final of the same item, one stated as each -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "2021年“三公”经费预算数20万元,“三公”经费决算数9.07万元,较预算减少10.93万元。",
        "2021年“三公”经费决算数9.07万元,“三公”经费预算数20万元。",
        "2021年“三公”经费决算数为90700元；“三公”经费预算数为200000元。",
        "2021年我镇“三公”经费预算为20万元,实际支出9.07万元,较年初预算数减少10.93万元。",
    ],
)
def test_a_budget_and_a_final_of_one_item_on_one_line(sentence):
    found = read(sentence + "\n")[0]
    total = sorted((f.field, f.value) for f in found if f.metric == "three_public_total" and f.unit == "yuan")
    assert ("budget_initial", Decimal("200000.00")) in total and ("amount", Decimal("90700.00")) in total
    assert ("amount", Decimal("200000.00")) not in total
    # (two items, each its budget and its final named by its word)
    found = read("公务接待费预算5万元，实际支出3万元，下降40%；公务用车运行维护费预算8万元，实际支出7万元。\n")[0]
    assert [(f.label, f.field, f.value) for f in found if f.unit == "yuan"] == [
        ("公务接待费", "budget_initial", Decimal("50000.00")),
        ("公务接待费", "amount", Decimal("30000.00")),
        ("公务用车运行维护费", "budget_initial", Decimal("80000.00")),
        ("公务用车运行维护费", "amount", Decimal("70000.00")),
    ]


TONGLIANG = (
    "2021年我镇“三公”经费预算为20万元,其中:因公出国(境)费0万元,公务接待费9万元,公务用车运行维护费11万元,公务用车购置0万元。\n"
    "2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元,下降54.65%。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        TONGLIANG,  # /tmp/unseen11 18_chongqing_tongliang-anju L5-L6 (and its fixture): 20 was a second 三公 amount
        TONGLIANG.replace(",", "，").replace(":", "："),
        TONGLIANG.replace("20万元", "200000元").replace("9万元", "90000元").replace("11万元", "110000元"),
    ],
)
def test_a_budget_the_final_and_its_change_against_it_make_is_the_budget(text):
    found = read(text)[0]
    first = [(f.field, f.value) for f in found if f.source_line == 1 and f.unit == "yuan"]
    assert {field for field, _ in first} == {"budget_initial"} and len(first) == 5
    assert next((f.field, f.value) for f in found if f.source_line == 2) == ("amount", Decimal("90700.00"))
    # (where the final and its change do not make it, the budget stated is left as it was)
    other = read(text.replace("10.93万元", "10.9万元"))[0]
    assert next(f.field for f in other if f.source_line == 1) == "amount"


# --- an aside saying what a figure includes; a value changed from and to ------------------------------------------


def test_an_aside_of_what_a_figure_includes_is_no_label():
    # /tmp/unseen11 08_guangxi_wuzhou-unit L11 (fixture wuzhou-unit-2023-final-compared-years): the label was 专用结余;
    # /tmp/unseen12g 11_unknown_district_half_year_traditional L5: 本级预算和上级专项
    assert rows("7.使用非财政拨款结余(含专用结余)0.00 万元")[0][:2] == ("使用非财政拨款结余", "amount")
    found = rows("上半年,完成公共财政预算支出83885万元,为预算的(包括本级预算和上级专项)69.5%,同比增长17%。")
    assert found[1] == ("完成公共财政预算支出", "share_pct", Decimal("69.5"), None)
    assert rows("医疗收入5.2亿元，药占比（不含中药饮片）28.5%。")[-1][:2] == ("药占比", "share_pct")
    assert rows("一般公共预算支出38亿元(不含上级补助),增长3%。")[-1][:2] == ("一般公共预算支出", "change_pct")
    # (an aside that names the thing stays part of the label)
    assert rows("特别扶助其他人员(手术并发症)7人")[0][0] == "特别扶助其他人员(手术并发症)"


@pytest.mark.parametrize(
    ("sentence", "field", "value"),
    [
        ("三公经费支出从25万元下降至20万元,下降20%。", "amount", Decimal("200000.00")),
        ("三公经费支出从250000元降至200000元，下降20%。", "amount", Decimal("200000.00")),
        ("资产负债率由65%降至62.36%。", "share_pct", Decimal("62.36")),
        ("医疗收入5.2亿元，药占比由 30.2% 下降到 28.5% 。", "share_pct", Decimal("28.5")),
        ("在职职工由25人增加到30人。", "count", Decimal("30")),
    ],
)
def test_a_value_changed_from_is_left_out_and_the_one_it_came_to_is_the_subjects(sentence, field, value):
    found, warnings = read(sentence + "\n")
    assert any("changed from" in w.message for w in warnings)
    came_to = [f for f in found if f.field == field and f.value == value]
    assert came_to and came_to[0].label in ("三公经费支出", "资产负债率", "药占比", "在职职工")
    assert not [f for f in found if f.label.endswith(("至", "到", "由", "从"))]


XIXIA = (
    "2021年西夏区一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 2020年 2021年 2021年 完成数 预算数 完成数 "
    "49,171 51,385 51,385 100.00% 4.50% 税收收入小计 27,631 33,385 33,385 100.00% 20.82% "
    "增值税 13,950 18,835 17,585 93.36% 26.06% 企业所得税 564 600 850 141.67% 50.71%\n"
)


@pytest.mark.parametrize(
    "text",
    [
        XIXIA,  # corpus 17_ningxia_yinchuan-xixia_2021_gov_budget.txt L3: 2020年完成数 was an amount of no year
        XIXIA.replace("单位:万元", "单位：万元").replace(",", ""),
    ],
)
def test_a_flattened_tables_earlier_year_column_is_that_years(text, tmp_path):
    page = tmp_path / "flat.txt"
    page.write_text(text, encoding="utf-8")
    found = [r for r in parse_path(page).records if isinstance(r, StatedFigure) and r.label.startswith("增值税")]
    by_column = {f.label.split()[-1]: (f.field, f.value, f.compared_with) for f in found}
    assert by_column["2020年完成数"] == ("amount", Decimal("139500000.00"), "2020")
    assert by_column["2021年预算数"] == ("budget_initial", Decimal("188350000.00"), None)
    assert by_column["2021年完成数"] == ("amount", Decimal("175850000.00"), None)


def test_guards_a_parts_share_of_a_whole_budget_a_budget_adjusted_and_last_year_in_another_sentence():
    # a part's share of the whole's budget: that whole's amount, not the part's budget
    found = rows("其中设备购置费50万元,占项目总预算200万元的25%。")
    assert ("项目总预算", "amount", Decimal("2000000.00"), None) in found
    assert not [f for f in found if f[1] == "budget_initial"]
    # a budget adjusted from one figure to another: both budgets, as the plan and its change
    found = rows("年初预算由100万元调整为120万元,实际支出110万元。")
    assert [f[1] for f in found] == ["budget_initial", "budget_initial", "amount"]
    # last year's outcome named alone in a sentence of its own: whose, the sentence does not say
    assert len(rows("本年支出100万元。办公楼维修完成。上年决算数80万元。")) == 1

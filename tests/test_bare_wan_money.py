"""Money printed in 万 without 元 (资金100万, 比上年2665.56万增加253.4万) read as 万元 where the label or the paragraph
names money, never where 万 counts (10万人, 5万亩) or the label names what it counts (人口, 游客) or a bound (支出小于
71 万). Real lines of the batches that print 万 so (26p 11 L7, 26s 06 L13, 26t 07 L14), and lines of the batches
printed in 万元 written with 万 alone (benchmarks/reprints.WORDINGS "万 for 万元"), as other departments print them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _statement_helpers import figures

from ingest.document import parse_bytes
from ingest.records import Metric

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def _line(batch: str, name: str, number: int) -> str:
    return (HELDOUT / batch / "text" / name).read_text("utf-8").split("\n")[number - 1]


def _money(text: str) -> set[tuple[str, str, Decimal]]:
    return {(f.label, f.field, f.value) for f in figures(text) if f.unit == "yuan"}


def test_real_lines_in_wan_without_yuan():
    # 投入中央直达资金29.6万,执行数29.6万,执行率100%。
    assert ("投入中央直达资金", "amount", Decimal("296000.00")) in _money(
        _line("26p", "11_anhui_jinghu-cl_2023_selfeval_report.txt", 7))
    # …学生资助资金86.5万,目前资金已全部落实到位
    assert any(v == Decimal("865000.00") for _, _, v in _money(
        _line("26s", "06_anhui_huoqiu-xueqian_2019_selfeval_scores.txt", 13)))
    # 2020年度“三公经费”预算2万元,与2019年预算相比减少2万。
    assert any(field == "change" and v == Decimal("20000.00") for _, field, v in _money(
        _line("26t", "07_shanxi_yuncheng-railway-school_2020_budget.txt", 14)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 万 before a change word (26u 01 L28 re-worded): the prior year's amount and the change
        ("2020年度收、支总计2918.96万,比上年2665.56万增加253.4万,增长9.51%。",
         {Decimal("29189600.00"), Decimal("26655600.00"), Decimal("2534000.00")}),
        # 万 before 的 (corpus 10_hunan_huarong L38 re-worded): a label that names no money in a paragraph of 收入
        ("全县一般公共预算收入完成112853万,占年计划100500万的112.29%。分征收系统来看,税务系统完成94740万,"
         "占年计划85000万的111.46%。", {Decimal("1128530000.00"), Decimal("947400000.00")}),
        # a tax's own line (26u 07 L18 re-worded): 税 names money
        ("(1)增值税63728万,占调整预算109.9%,下降16.6%;", {Decimal("637280000.00")}),
        # variants: full-width punctuation, a space before 万, the money noun after the figure's clause
        ("项目资金共603万，截止2020年9月30日，已完成拨付603 万，执行率100%。", {Decimal("6030000.00")}),
    ],
)
def test_wan_without_yuan_is_money(text, expected):
    assert expected <= {v for _, _, v in _money(text)}


@pytest.mark.parametrize(
    "text",
    [
        "全县人口45万,财政收入12亿元。",  # 人口 counts people
        "服务人口10万人,项目资金100万元。",  # 万人
        "种植面积5万亩,投入资金200万元。",  # 万亩
        "游客接待量120万,旅游收入5亿元。",  # 接待量
        "惠及群众5万,资金已拨付。",  # 群众
        "成本指标为支出不超过预算安排,支出小于 71 万。",  # a bound
        "今年投放鱼苗2万尾,资金已到位。",  # 万尾
        # a fixture page's seed potatoes counted in 万粒 in a paragraph of 资金 (yuanzhou-njzx-2022-selfeval-ocr L5)
        "项目资金年度总体目标一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户发放。",
        # cells run together (yueyangxian-2022-targets L34): the second 854万's label holds the first
        "其中:财政拨款854万854万",
    ],
)
def test_wan_that_counts_is_no_money(text):
    assert not {v for _, _, v in _money(text) if v in (
        Decimal("450000"), Decimal("100000"), Decimal("50000"), Decimal("1200000"), Decimal("710000"),
        Decimal("20000"), Decimal("4250000"), Decimal("8540000"))}


@pytest.mark.parametrize("separator", [",", "、"])
@pytest.mark.parametrize(("down", "rate"), [("减少", "下降"), ("减", "降幅"), ("减", "减")])
def test_respective_totals_in_wan_with_short_change_words(separator, down, rate):
    # 26q 02 L4, as printed in 万元 and re-worded: 万 alone, 减 for 减少, 降幅 for 下降
    text = ("二、收入支出决算总体情况说明\n"
            f"2022年度收、支总计各是4125.49{separator}4143.91万。与2021年相比,收、支总计各{down}1267.86{separator}"
            f"2570.97万,各{rate}23.51%、38.28%。\n")
    metrics = {m.metric: m for m in parse_bytes(text.encode(), Path("page.txt")).records if isinstance(m, Metric)}
    assert (metrics["income_total"].value, metrics["income_total"].change_value, metrics["income_total"].growth_pct) \
        == (Decimal("41254900.00"), Decimal("-12678600.00"), Decimal("-23.51"))
    assert (metrics["expenditure_total"].value, metrics["expenditure_total"].change_value) == (
        Decimal("41439100.00"), Decimal("-25709700.00"))


@pytest.mark.parametrize("words", ["完成预算的", "为预算的", "为年初预算的", "执行率"])
def test_masked_summary_rate_under_each_wording(words):
    # 26u 04 L5 (项目全年预算数78.*元,执行数78.*元,完成预算的100%),
    # worded as 26v 03 L26 words its rate (为调整预算的101.9%)
    text = f"项目三:一线边民补助,项目全年预算数78.*元,执行数78.*元,{words}100%。受益人群三个嘎查261人。"
    assert (Decimal(100), "percent") in {(f.value, f.unit) for f in parse_bytes(text.encode(), Path("p.txt")).records
                                         if getattr(f, "field", None) == "share_pct"}

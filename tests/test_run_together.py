"""Self-evaluation rows run together without cell separators, split by their structure
(ingest/performance/run_together.py): on the real pages of the corpus and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.run_together import read_funds_row, read_total, split_scored_rows
from ingest.records import Indicator, Project

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
FULL = ("weight", "target", "actual", "score")


def test_rows_split_at_the_repeated_target_and_actual():
    rows, stop = split_scored_rows("安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10", FULL)
    assert [(r.name, r.weight, r.target, r.actual, r.score) for r in rows] == [
        ("安装坡面水标尺", Decimal(10), "≥266米", "≥266米", Decimal(10)),
        ("水标尺宽度", Decimal(10), "≥50厘米", "≥50厘米", Decimal(10)),
    ]
    assert stop == len("安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10")


def test_a_variant_with_other_names_units_and_text_values():
    text = "道路硬化里程15≥3.5公里≥3.5公里15群众满意情况5基本满意基本满意4项目完成时间52024年6月2024年6月5"
    rows, _ = split_scored_rows(text, FULL)
    assert [(r.name, r.target, r.actual, r.score) for r in rows] == [
        ("道路硬化里程", "≥3.5公里", "≥3.5公里", Decimal(15)),
        ("群众满意情况", "基本满意", "基本满意", Decimal(4)),
        ("项目完成时间", "2024年6月", "2024年6月", Decimal(5)),
    ]


def test_different_target_and_actual_need_the_same_unit():
    rows, _ = split_scored_rows("门诊收入达到3亿元3亿元3.25亿元10", ("target", "actual", "score"))
    assert [(r.name, r.target, r.actual) for r in rows] == [("门诊收入达到3亿元", "3亿元", "3.25亿元")]
    # units that differ: no reading, nothing taken
    assert split_scored_rows("培训人数50人50次10", ("target", "actual", "score"))[0] == []


def test_a_score_above_its_weight_or_a_unit_cut_off_is_not_a_reading():
    # 分值 5 with 得分 8 cannot be; a next "row" starting with 万元 means a figure was cut
    assert split_scored_rows("宣传次数5≥2次≥2次8", FULL)[0] == []
    assert split_scored_rows("补助资金101010万元", ("target", "actual", "score"))[0] == []


def test_ambiguous_digits_are_left_out():
    # 总分100100 has no indicator reading: weight 1, target 0, actual 0, score 100 … is one of several
    assert split_scored_rows("总分100100", FULL)[0] == []


def test_a_bare_number_inside_a_name_ends_the_row_before_it():
    text = "专款专用率专款专用专款专用10成本每年补助500万元500万元500万元10"
    rows, _ = split_scored_rows(text, ("target", "actual", "score"))
    assert [r.name for r in rows] == ["专款专用率", "成本每年补助500万元"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real page: 全年预算数 20, 全年执行数 20, 分值 10, 执行率 100.00%, 得分 10
        (
            "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中",
            (None, Decimal(20), Decimal(20), Decimal("100.00"), Decimal(10), Decimal(10)),
        ),
        # a variant: header after the label, 年初/调整 budgets, a rate below 100
        (
            "年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)120.5120.5108.4590%",
            (Decimal("120.5"), Decimal("120.5"), Decimal("108.45"), Decimal(90), None, None),
        ),
    ],
)
def test_funds_row_digits_read_by_the_rate(text, expected):
    funds, _ = read_funds_row(text)
    assert (
        funds.budget_initial,
        funds.budget_full_year,
        funds.executed,
        funds.rate,
        funds.weight,
        funds.score,
    ) == expected


def test_funds_row_with_two_readings_is_left_out():
    # 12|9|75% and 129|7|5% both satisfy 执行率 = 执行数 / 预算数: none is taken
    assert read_funds_row("预算数(A)执行数(B)执行率(B/A)年度资金总额12975%") is None


def test_funds_row_read_where_nothing_executed_at_0_percent_is_the_other_reading():
    # 阆中市交通运输局's 转移支付 table: 4000|4000|100% and 400040001|0|0% both hold; a reading with nothing
    # executed at 0 % confirms nothing (any digits ending 0% read so), the rate of the other is the division's
    funds, _ = read_funds_row("全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:40004000100%")
    assert (funds.budget_full_year, funds.executed, funds.rate) == (Decimal(4000), Decimal(4000), Decimal(100))
    # a variant: a rate below 100, decimals, 万元 caption and an initial budget column
    funds, _ = read_funds_row("项目资金(万元)年初预算数全年执行数执行率年度资金总额:250.5200.480%")
    assert (funds.budget_initial, funds.executed, funds.rate) == (Decimal("250.5"), Decimal("200.4"), Decimal(80))


def test_funds_row_read_where_its_amounts_repeat_at_100_percent():
    # 永州市零陵区疾控中心: 2456.18 three times, 分值 10, 100%, 得分 10; 2|456.182|456.1824 … hold too
    funds, _ = read_funds_row(
        "年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10按收入性质分"
    )
    assert (funds.budget_initial, funds.budget_full_year, funds.executed, funds.weight, funds.rate, funds.score) == (
        Decimal("2456.18"), Decimal("2456.18"), Decimal("2456.18"), Decimal(10), Decimal(100), Decimal(10))
    # a variant: two amounts, 11|11|100% over 1|11|1100% (the old ambiguity, the repeat marks the cells)
    funds, _ = read_funds_row("预算数(A)执行数(B)执行率(B/A)年度资金总额1111100%")
    assert (funds.budget_full_year, funds.executed, funds.rate) == (Decimal(11), Decimal(11), Decimal(100))


def test_readings_outranked_never_hide_the_printed_one():
    # every row budget|executed|rate (integer rates) under 1000: where more than one reading holds, the
    # one taken is the printed one or none
    for budget in range(10, 1000):
        for executed in range(1, budget + 1):
            if executed * 100 % budget:
                continue
            rate = executed * 100 // budget
            read = read_funds_row(f"全年预算数全年执行数执行率年度资金总额{budget}{executed}{rate}%")
            if read is not None:
                assert (read[0].budget_full_year, read[0].executed) == (budget, executed)


def test_totals():
    assert read_total("……总分100100注:") == (Decimal(100), Decimal(100))
    assert read_total("自评得分98财政") == (None, Decimal(98))
    assert read_total("总分9590说明") == (Decimal(95), Decimal(90))


def _doc(prefix: str):
    path = next(REAL.glob(prefix + "*"))
    return parse_path(path).records


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_page_zhongjiang_self_evaluation():
    records = _doc("32_")
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal(200000),
        Decimal(200000),
        Decimal("100.00"),
    )
    assert (project.total_weight, project.total_score) == (Decimal(100), Decimal(100))
    by_name = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    cost = by_name["项目计划总投资"]
    assert (cost.level1_name, cost.level2_name, cost.target_raw, cost.actual_raw, cost.weight, cost.score) == (
        "产出指标",
        "成本指标",
        "20万元",
        "20万元",
        Decimal(10),
        Decimal(10),
    )
    assert by_name["受益脱贫(含监测对象)户满意度"].target_raw == "≥95%"
    assert all(not name.startswith("现已完成") for name in by_name)  # the sentence before the table is no row


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_pages_with_ocr_headers():
    # 34: the 分值 header is OCR'd (考值参分), the rows still hold a weight; 得分 "IO" is 10
    records = _doc("34_")
    by_name = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    assert (by_name["保障人数"].target_raw, by_name["保障人数"].score) == ("2370人", Decimal(10))
    assert by_name["办公所需成本"].actual_raw == "15万元"
    assert "绿化、水电费等成本" not in by_name  # its target is OCR'd (3M.8万元): left out
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.execution_rate, project.total_score) == (
        Decimal(648000),
        Decimal(100),
        Decimal(98),
    )
    # 33: no 分值 column; a 5亿元 target and a 6.47亿元 actual
    income = next(r for r in _doc("33_") if isinstance(r, Indicator) and r.actual_raw == "6.47亿元")
    assert income.target_raw == "5亿元"


def test_the_funds_row_keeps_its_own_line():
    from ingest.performance.indicator_stream import read_indicators
    from ingest.records import ProjectFunding
    from ingest.text import split_lines

    text = (
        "项目名称村道维修项目主管部门某镇人民政府\n"
        "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分\n"
        "年度资金总额:504510090.00%9\n"
        "一级指标二级指标三级指标分值年度指标值全年实际值得分\n"
        "产出指标数量指标维修道路里程20≥3公里≥3公里20\n"
    )
    records = read_indicators(split_lines(text), "self_evaluation")
    funding = next(r for r in records if isinstance(r, ProjectFunding))
    assert (funding.source_line, funding.budget_full_year_yuan, funding.executed_yuan) == (
        3, Decimal("500000.00"), Decimal("450000.00"))
    project = next(r for r in records if isinstance(r, Project))
    assert (project.source_line, project.execution_rate, project.funds_score) == (1, Decimal("90.00"), Decimal(9))

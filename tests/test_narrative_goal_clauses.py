"""The figures a report names in its goal and completion clauses (ingest/performance/narrative_indicators.py, the
section after ``_done_targets``): targets after a goal word (投入目标:, 产出目标:, (二)绩效目标:, 具体绩效目标如下:
over numbered items, …20个左右的具体目标), actuals in a part headed as the targets' completion ((一)项目目标完成情况)
and below an indicator's own numbered heading under a level's completion ((1)项目完成数量), a notice's forecast of a
project's benefit (预计…效益8万元,带动户数42), and a scoring outline's points (一、投入(14分)). Each on the real page
it was seen on and on variants written for it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.narrative_indicators import read_narrative_indicators
from ingest.records import Indicator, ParseWarning, StatedFigure
from ingest.text import split_lines

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "sample-documents"


def _targets(text: str) -> list[tuple]:
    found = [i for i in read_narrative_indicators(split_lines(text)) if isinstance(i, Indicator)]
    return [(i.source_line, i.level1_name, i.level3_name, i.target_raw, i.actual_raw) for i in found]


def _page(name: str) -> list[Indicator]:
    return [r for r in parse_path(PAGES / name).all_records if isinstance(r, Indicator)]


# ---- targets after a level's goal word --------------------------------------------------------------------------

def test_real_page_goal_words_yangzhou_fgw():
    # 扬州市发改委 2019 市直发展项目绩效自评价报告, line 14: 投入目标:…。产出目标:…。效果目标:(cut)
    found = {(i.level1_name, i.level3_name): i.target_raw for i in _page("yangzhou-fgw-2019-selfeval-report.txt")
             if i.source_line == 14}
    assert found == {
        ("投入指标", "市级财政投入金额"): "2000万元",
        ("投入指标", "财政资金投入率"): "100%",
        ("投入指标", "财政资金到位率"): "100%",
        ("投入指标", "财政资金使用率"): "100%",
        ("产出指标", "完成特色小镇创建专项规划"): "24个",
        ("产出指标", "建成小镇客厅"): "20个",
        ("产出指标", "年度完成固定资产投资"): "20亿元以上",
        ("产出指标", "开工亿元以上项目"): "5个",
    }


GOAL_REPORT = """\
某某县2020年度乡村振兴项目绩效自评报告
一、项目概况
2、项目年度绩效目标。其中，投入目标：县级财政投入金额5000000元，资金到位率100%；
产出目标：建成村级服务站12个，培训农民300人次以上。效益目标：带动就业约50人。
满意度目标：群众满意度≥90%。
"""


def test_goal_words_wrapped_in_yuan_with_full_width_punctuation():
    assert _targets(GOAL_REPORT) == [
        (3, "投入指标", "县级财政投入金额", "5000000元", None),
        (3, "投入指标", "资金到位率", "100%", None),
        (4, "产出指标", "建成村级服务站", "12个", None),
        (4, "产出指标", "培训农民", "300人次以上", None),
        (4, "效益指标", "带动就业", "约50人", None),
        (5, "满意度指标", "群众满意度", "≥90%", None),
    ]


def test_goal_words_not_on_a_report_nor_before_a_narrative():
    # a page whose head names no report (a notice restating its table) is not read; a goal word before a narrative that
    # names a figure in passing (most clauses close with none) states no list
    assert _targets(GOAL_REPORT.replace("绩效自评报告", "实施方案")) == []
    narrative = GOAL_REPORT.replace(
        "效益目标：带动就业约50人。", "效益目标：通过项目实施，改善群众出行条件，受益群众1200人，提升满意度。")
    assert ("效益指标", "受益群众") not in {(row[1], row[2]) for row in _targets(narrative)}


# ---- the targets' own heading run on into them -----------------------------------------------------------------

def test_real_page_targets_heading_shangyou_traditional():
    # 上犹县寺下镇 2019 高其坑通组道路 绩效評價報告 (a mirror in traditional characters, pinyin glosses), line 16:
    # (二)績效目標:道路硬化≥0.565km;…≥96%;受益建檔立卡貧困人口數(shù)≥23人改善村基礎(chǔ)設(shè)施 — the last figure
    # runs on into words with no mark between: where its unit ends the text does not say, so it is not read
    found = [(i.source_line, i.level3_name, i.target_raw) for i in
             _page("shangyou-sixiazhen-2019-eval-report-traditional.txt")]
    assert found == [
        (16, "道路硬化", "≥0.565km"), (16, "项目(工程)验收合格率", "≥100%"), (16, "受益贫困人口满意度", "≥96%")]


def test_targets_heading_variants():
    page = (
        "某某镇2021年度道路项目绩效评价报告\n一、项目基本情况\n"
        "（二）年度绩效目标：新建道路≥2.5公里；项目验收合格率=100%；\n受益群众满意度≥95%。\n"
    )
    assert _targets(page) == [
        (3, None, "新建道路", "≥2.5公里", None), (3, None, "项目验收合格率", "=100%", None),
        (4, None, "受益群众满意度", "≥95%", None),
    ]
    # the words inside a sentence (not the paragraph's own heading) lead no list
    assert _targets(page.replace("（二）年度绩效目标：", "为实现绩效目标：")) == []


def test_real_page_targets_heading_inside_a_paragraph_xuwen():
    # 徐闻县下桥镇 2024 部门整体支出绩效自评, line 18: …预算执行率100%。核心绩效目标:资金支出率≥98%、支出及时率≥97%、
    # 工作质量达标率≥98%,圆满完成年度重点任务… — the targets' heading opens a sentence inside the paragraph
    found = [(i.source_line, i.level3_name, i.target_raw, i.actual_raw) for i in
             _page("xuwen-xiaqiao-2024-dept-selfeval-core-targets.txt") if i.source_line == 18]
    assert found == [(18, "资金支出率", "≥98%", None), (18, "支出及时率", "≥97%", None),
                     (18, "工作质量达标率", "≥98%", None)]


def test_targets_heading_inside_a_paragraph_variants():
    page = (
        "某某街道办事处2023年度部门整体支出绩效自评报告\n"
        "2023年度财政拨款支出合计1,203.5万元，预算执行率96.2%；重点绩效目标：项目开工率≥95%、群众满意度≥90%。\n"
    )
    assert _targets(page) == [(2, None, "项目开工率", "≥95%", None), (2, None, "群众满意度", "≥90%", None)]
    half_width = page.replace("；重点绩效目标：", ";核心绩效目标:").replace("、", ",").replace("。\n", "\n")
    assert _targets(half_width) == [(2, None, "项目开工率", "≥95%", None), (2, None, "群众满意度", "≥90%", None)]
    # a sentence's words before the heading (为实现…) lead no list, inside a paragraph either
    assert _targets(page.replace("；重点绩效目标：", "；为实现绩效目标：")) == []


# ---- the targets listed below the words announcing them -------------------------------------------------------

def test_real_page_targets_listed_below_taojiang():
    # 三堂街镇 2021 村管费支出 绩效评价报告: 其具体绩效目标如下: then numbered items; 2、's clauses close with 拨付 (no
    # figure closes them) and the items from 4、 on name none
    found = [(i.source_line, i.level3_name, i.target_raw) for i in _page("taojiang-santangjie-2021-eval-report.txt")]
    assert found == [
        (11, "村支书年工资总额", "34406元"), (11, "副支书和村主任", "支书的90%"), (11, "其他人员", "支书的70%"),
        (13, "服务群众专项经费", "村均达10000元"),  # (an average per village: the figure's, printed with it)
    ]


def test_targets_listed_below_variants():
    page = (
        "某某县教育局2022年度项目绩效评价报告\n（二）项目绩效目标设立情况\n本项目年度绩效目标如下：\n"
        "（1）培训教师达到120人次、考核合格率达到95%；\n（2）补助资金按每人500元发放；\n（3）人均补助1500元；\n"
        "上述目标均已完成，共计培训200人次。\n"
    )
    assert _targets(page) == [
        (4, None, "培训教师", "120人次", None), (4, None, "考核合格率", "95%", None),
        (6, None, "人均补助", "1500元", None),
    ]


# ---- a clause naming its figure the target --------------------------------------------------------------------

def test_figure_named_the_target_real_and_variant():
    found = {(i.source_line, i.level3_name, i.target_raw) for i in _page("yangzhou-fgw-2019-selfeval-report.txt")}
    assert (12, "建成市级特色小镇", "20个左右") in found  # 提出…,建成市级特色小镇20个左右的具体目标
    page = "某某市2021年度项目绩效自评报告\n一、项目概况\n文件提出到2025年，建成示范村15个以上的总体目标。\n"
    assert _targets(page) == [(3, None, "建成示范村", "15个以上", None)]


# ---- what was done, in a part headed as the targets' completion ---------------------------------------------

def test_real_page_done_part_quannan_flattened():
    # 全南县 2021 地质灾害群测群防 评价报告: the whole .doc on line 3, spaces around every number; the part
    # (一)…项目目标完成情况 runs to the excerpt's end. 793 户 3411 人 and 泥石流 2 处 in the 概况 before it are no
    # indicators'
    found = [(i.level3_name, i.actual_raw) for i in _page("quannan-zrzyj-2021-eval-report-flattened.txt")]
    assert found == [
        ("地质灾害重点村全部配备群测群防员", "95名"), ("组织人员", "596人次"), ("隐患点实地排查", "1256点次"),
        ("防汛(地质灾害)工作大检查", "2次"), ("发放避灾明白卡", "1286余份"), ("发放宣传资料", "1000余份"),
        ("落实地质灾害防治群测群防员", "99人"), ("临灾转移群众", "30户106人"), ("发布地质灾害预警报告", "1期"),
    ]
    # the 概况's count that prints the same number as an actual (泥石流 2 处 beside 大检查 2 次) is still read
    stated = {(r.label, r.value) for r in parse_path(PAGES / "quannan-zrzyj-2021-eval-report-flattened.txt").all_records
              if isinstance(r, StatedFigure)}
    assert ("泥石流", Decimal("2")) in stated


DONE_PART = """\
某某县2022年度农村饮水项目绩效评价报告
二、项目执行情况
（一）项目目标完成情况
1.截至2022年底，新建供水站3座，铺设管网12.5公里，
受益群众1200余人。
2.开展水质检测48次、培训管水员20名。
（二）资金使用情况
共支出资金120万元，检测经费5万元，检测48次。
"""


def test_done_part_variants():
    assert _targets(DONE_PART) == [
        (4, None, "新建供水站", None, "3座"), (4, None, "铺设管网", None, "12.5公里"),
        (5, None, "受益群众", None, "1200余人"), (6, None, "开展水质检测", None, "48次"),
        (6, None, "培训管水员", None, "20名"),
    ]
    # run on after its heading on one line, as a flattened .doc prints it; no money (the funds' part, not a target's)
    flat = DONE_PART.split("\n")[0] + "\n" + " ".join(DONE_PART.split("\n")[1:]).replace("1200余人", "1200 余人")
    assert [(name, actual) for _, _, name, _, actual in _targets(flat)] == [
        ("新建供水站", "3座"), ("铺设管网", "12.5公里"), ("受益群众", "1200余人"), ("开展水质检测", "48次"),
        ("培训管水员", "20名")]
    assert _targets(DONE_PART.replace("项目目标完成情况", "项目目标完成情况分析")) == []  # (its levels' own headings)
    assert _targets(DONE_PART.replace("评价报告", "实施方案")) == []


# ---- an indicator's own numbered heading below a level's completion ----------------------------------------

def test_real_page_indicator_headings_below_a_level_xiuying():
    # 海口市秀英区水务局 2022 衔接资金 自评报告: 1.产出指标完成情况分析。 / (1)项目完成数量。 / the clauses of line 20
    found = [(i.source_line, i.level2_name, i.level3_name, i.actual_raw)
             for i in _page("xiuying-swj-2022-selfeval-report.txt")]
    assert found == [
        (20, "项目完成数量", "完成年度建设项目", "1个"), (20, "项目完成数量", "新建300米深机井", "1座"),
        (20, "项目完成数量", "新建20米100吨水塔", "1座"), (20, "项目完成数量", "设备房", "1间(3.0m×3.0m)"),
        (20, "项目完成数量", "潜水泵", "2台"), (20, "项目完成数量", "配套Ф160PVC干管管长", "1100m"),
        (20, "项目完成数量", "Ф110PVC分干管管长", "1100m"), (20, "项目完成数量", "新增低压电线", "50m"),
        (24, "项目实施进度", "完成率", "100%"),
    ]


SUB_HEADED = """\
某某镇2023年度供水项目绩效自评报告
（二）项目绩效指标完成情况分析
1、产出指标完成情况分析：
（1）项目完成数量
新建蓄水池2座，铺设管道3.2km，
安装水泵4台。
（2）项目完成时效
项目按期完工，完成率100%。
2、效益指标完成情况分析：
受益人口500人。
"""


def test_indicator_headings_below_a_level_variants():
    found = [(i.source_line, i.level1_name, i.level2_name, i.level3_name, i.actual_raw)
             for i in read_narrative_indicators(split_lines(SUB_HEADED)) if isinstance(i, Indicator)]
    assert found == [
        (5, "产出指标", "项目完成数量", "新建蓄水池", "2座"), (5, "产出指标", "项目完成数量", "铺设管道", "3.2km"),
        (6, "产出指标", "项目完成数量", "安装水泵", "4台"), (8, "产出指标", "项目完成时效", "完成率", "100%"),
        (10, "效益指标", None, "受益人口", "500人"),
    ]
    # a narrative below the indicator's heading (most clauses close with no figure) is not read
    narrative = SUB_HEADED.replace(
        "新建蓄水池2座，铺设管道3.2km，\n安装水泵4台。", "项目按设计要求实施，工程质量良好，\n已新建蓄水池2座。")
    assert "新建蓄水池" not in {i.level3_name for i in read_narrative_indicators(split_lines(narrative))
                                if isinstance(i, Indicator)}


# ---- a forecast of a project's benefit -----------------------------------------------------------------------

def test_real_page_forecast_jiamusi_fund_notice():
    # 前进区 2024 衔接资金项目计划安排 公告: 预计直接或间接效益8万元,带动户数42 closing line 13 (a blank line after it;
    # the paragraph runs on into 2南岗村… with no mark between)
    found = [(i.source_line, i.level1_name, i.level3_name, i.target_raw)
             for i in _page("jiamusi-qianjin-2024-fund-notice.txt")]
    assert found == [
        (13, "效益指标", "直接或间接效益", "8万元"), (13, "效益指标", "带动户数", "42"),
        (15, "效益指标", "直接或间接效益", "1.2万元"), (15, "效益指标", "带动户数", "23"),
    ]


def test_real_page_forecast_as_a_web_page():
    # the same notice as a web page (a <p> per line, a blank source line between them: no blank line read, the
    # next line's number not the next) — 带动户数42 closes its paragraph as a blank line after it does
    from benchmarks.reprints import VARIANTS
    from ingest.document import parse_bytes

    lines = (PAGES / "jiamusi-qianjin-2024-fund-notice.txt").read_text("utf-8").split("\n")
    page, _ = VARIANTS["HTML page"](lines)
    found = [(i.source_line, i.level3_name, i.target_raw) for i in parse_bytes(page.encode(), Path("x.html")).records
             if isinstance(i, Indicator)]
    assert found == [(13, "直接或间接效益", "8万元"), (13, "带动户数", "42"), (15, "直接或间接效益", "1.2万元"),
                     (15, "带动户数", "23")]


@pytest.mark.parametrize(
    ("page", "count"),
    [("<p>预计年增收效益3万元，带动户数15</p>\n\n<p>2南岗村项目。</p>", "15"),
     ("<p>预计年增收效益3万元，带动户数15</p>\n<p>2南岗村项目。</p>", None)],
)
def test_forecast_web_page_variants(page, count):
    # (a <p> on the next source line keeps the lines' numbers in a row: whether 15 goes on is not told — not read)
    from ingest.document import parse_bytes

    html = '<html><head><meta charset="utf-8"></head><body>' + page + "</body></html>"
    found = [(i.level3_name, i.target_raw) for i in parse_bytes(html.encode(), Path("x.html")).records
             if isinstance(i, Indicator)]
    assert found == [("年增收效益", "3万元")] + ([("带动户数", count)] if count else [])


@pytest.mark.parametrize(("after", "count"), [("\n\n", "15"), ("", "15"), ("\n6户。\n", "156户"),
                                             ("\n2南岗村项目。\n", None)])
def test_forecast_variants(after, count):
    # a bare count closes its line only where a blank line or the page's end follows: 15 / 6户 is a number wrapped
    # (156户, the lines joined as the paragraph joins them), 15 / 2南岗村… may be 152 — not read
    page = "某某村光伏项目。计划投资50万元。预计年增收效益35000元，带动脱贫户数15" + after
    expected = [(1, "效益指标", "年增收效益", "35000元", None)]
    if count:
        expected.append((1, "效益指标", "带动脱贫户数", count, None))
    assert _targets(page) == expected


def test_forecast_wrapped_over_lines_to_a_blank_line():
    # (预计带动户数9 forecasts no benefit: no 效益 named after 预计)
    page = ("1某某村光伏项目计划投资50万元。预计直接\n或间接效益8万元，带动户数42\n\n2南岗村项目。预计效益2万元，"
            "带动户数9\n3某某项目。预计带动户数5\n")
    assert _targets(page) == [
        (2, "效益指标", "直接或间接效益", "8万元", None), (2, "效益指标", "带动户数", "42", None),
        (4, "效益指标", "效益", "2万元", None)]


# ---- a scoring outline's points ------------------------------------------------------------------------------

def test_real_page_scoring_outline_huoqiu():
    # 霍邱县 2019 学前教育 项目绩效自评: 一、投入(14分) / (一)项目立项(8分): / (1)项目立项(2分) …
    found = [(i.source_line, i.level1_name, i.level2_name, i.level3_name, i.weight)
             for i in _page("huoqiu-xueqian-2019-selfeval-scores.txt")]
    assert found[:6] == [
        (2, None, None, "投入", Decimal("14")), (3, "投入", None, "项目立项", Decimal("8")),
        (4, "投入", "项目立项", "项目立项", Decimal("2")), (6, "投入", "项目立项", "项目预算规范性", Decimal("3")),
        (9, "投入", "项目立项", "项目绩效目标设立", Decimal("3")), (12, "投入", None, "资金落实", Decimal("6")),
    ]
    assert found[6] == (15, None, None, "过程", Decimal("43"))


def test_scoring_headings_on_an_evaluation_page_only():
    # 曾都区人社局 2022 决算 appends its projects' self-evaluations, scored (（1）产出指标（40分）,
    # 1. 执行率情况（20 分））: a 决算's page (its head names no evaluation) is not read for them — the parse's cost of
    # every 决算 — while the same outline under an evaluation's title is
    assert not [i for i in parse_path(SAMPLES / "zengdu-district-hrss-2022-final-account.txt").all_records
                if isinstance(i, Indicator) and i.weight is not None and i.project_key is None]
    outline = "（1）产出指标（40分）\n数量指标已完成。\n（2）效益指标（40分）\n效益明显。\n（3）满意度指标（20分）\n"
    assert [i for i in read_narrative_indicators(split_lines("某某县2022年度部门决算\n" + outline))
            if isinstance(i, Indicator)] == []
    found = [(i.level3_name, i.weight) for i in read_narrative_indicators(
        split_lines("某某县2022年度项目绩效自评报告\n" + outline)) if isinstance(i, Indicator)]
    assert found == [("产出指标", Decimal("40")), ("效益指标", Decimal("40")), ("满意度指标", Decimal("20"))]


def test_scoring_outline_variants():
    outline = (
        "一、决策（20分）\n（一）项目立项（10分）\n1.立项依据充分性（5分）：\n依据充分。自评得5分。\n"
        "二、过程（30 分）\n"
    )
    found = [(i.source_line, i.level1_name, i.level2_name, i.level3_name, i.weight)
             for i in read_narrative_indicators(split_lines(outline)) if isinstance(i, Indicator)]
    assert found == [
        (1, None, None, "决策", Decimal("20")), (2, "决策", None, "项目立项", Decimal("10")),
        (3, "决策", "项目立项", "立项依据充分性", Decimal("5")), (5, None, None, "过程", Decimal("30")),
    ]
    two = "一、决策（20分）\n依据充分。\n二、过程（30分）\n"  # (two headings: a note, not an outline)
    assert [i for i in read_narrative_indicators(split_lines(two)) if not isinstance(i, ParseWarning)] == []

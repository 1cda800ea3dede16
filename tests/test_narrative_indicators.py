"""Indicators stated in a 绩效自评报告's sentences (ingest/performance/narrative_indicators.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.indicator_values import parse_indicator_value
from ingest.performance.narrative_indicators import read_narrative_indicators
from ingest.records import Indicator, ParseWarning
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def _rows(text: str) -> list[tuple]:
    found = read_narrative_indicators(split_lines(text))
    return [(i.level1_name, i.level2_name, i.level3_name, i.actual_raw) for i in found]


def test_level_sentences_of_a_variant_report():
    text = (
        "(一)产出指标均已完成:培训村医 85 人次,覆盖乡镇12个;\n"
        "二、时效指标完成情况:资金拨付及时率达到100%。\n"
        "3.效益指标全部完成,群众健康意识明显提高。\n"
        "产出指标的设定依据是实施方案,共15项。\n"  # a sentence about indicators, not a level sentence
    )
    assert _rows(text) == [
        ("产出指标", None, "培训村医", "85人次"),
        ("产出指标", None, "覆盖乡镇", "12个"),
        ("产出指标", "时效指标", "资金拨付及时率", "100%"),
    ]


def test_level_sentences_with_full_width_punctuation_among_headings_and_table_rows():
    # the lines scanned for are those holding a level name, what was achieved and its comma or
    # colon (full-width as printed): headings (完成情况分析) and table rows are never read
    text = (
        "（一）产出指标完成情况分析\n"
        "产出指标\t数量指标\t培训人次\t≥80人次\t85人次\n"
        "1．产出指标全部达成，培训村医 85 人次，覆盖乡镇12个；\n"
        "2、效益指标基本实现：群众知晓率95%。\n"
    )
    assert _rows(text) == [
        ("产出指标", None, "培训村医", "85人次"),
        ("产出指标", None, "覆盖乡镇", "12个"),
        ("效益指标", None, "群众知晓率", "95%"),
    ]


def test_colon_form_on_a_self_evaluation_page_between_table_rows():
    page = (
        "2023年度项目支出绩效自评表\n"
        "效益指标\t社会效益指标\t惠及群众\t≥1000人\t1500人\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\n"
        "社会效益：惠及群众1500人；满意度指标：群众满意度达到95%\n"
    )
    found = read_narrative_indicators(split_lines(page))
    assert [(i.stage, i.level2_name, i.level3_name, i.actual_raw, i.source_line) for i in found] == [
        ("self_evaluation", "社会效益指标", "惠及群众", "1500人", 4),
        ("self_evaluation", None, "群众满意度", "95%", 4),
    ]


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_report_baoshan():
    indicators = [r for r in parse_path(next(REAL.glob("35_*"))).records if isinstance(r, Indicator)]
    assert {(i.level3_name, i.actual_raw, i.source_line) for i in indicators} >= {
        ("慰问对象", "120人", 29), ("慰问标准", "300/人", 29), ("群众满意度", "90%", 33)}


def test_colon_form_on_a_target_page_and_not_elsewhere():
    page = (
        "2024年某镇道路改造项目支出绩效目标申报表\n"
        "项目概况 硬化道路3公里。经济效益:带动务工增收;社会效益:惠及群众1500人,改善出行条件;"
        "满意度指标:群众满意度达到90%以上。\n"
    )
    found = read_narrative_indicators(split_lines(page))
    assert [(i.stage, i.level2_name, i.level3_name, i.target_raw, i.actual_raw) for i in found] == [
        ("target", "社会效益指标", "惠及群众", "1500人", None),
        ("target", None, "群众满意度", "90%以上", None),
    ]
    # the same sentence in a page that names neither 绩效目标 nor 自评 is no indicator
    assert read_narrative_indicators(split_lines(page.replace("支出绩效目标申报表", "情况说明"))) == []


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_target_page_fengjie():
    indicators = [r for r in parse_path(next(REAL.glob("41_*"))).records if isinstance(r, Indicator)]
    assert {(i.level3_name, i.target_raw, i.stage) for i in indicators if i.source_line == 13} >= {
        ("带动受益总人口", "200人", "target"), ("群众满意度", "95%以上", "target")}


@pytest.mark.parametrize("width", [9, 14, 23])
def test_a_level_sentence_wrapped_over_lines_is_read_to_its_end_and_once(width):
    """A PDF's text breaks a sentence where the page's line ends, inside a clause or a figure
    (``惠及群众15`` / ``00人``): the sentence is read on through the lines of its paragraph, once."""
    sentence = "社会效益:惠及群众1500人,改善出行条件;满意度指标:群众满意度达到90%以上。"
    wrapped = "\n".join(sentence[k : k + width] for k in range(0, len(sentence), width))
    page = "2024年某镇道路改造项目支出绩效目标申报表\n项目概况 硬化道路3公里。\n" + wrapped + "\n"
    found = read_narrative_indicators(split_lines(page))
    assert [(i.level3_name, i.target_raw, i.source_line) for i in found] == [
        ("惠及群众", "1500人", 3), ("群众满意度", "90%以上", 3)]


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_target_page_fengjie_hard_wrapped():
    from ingest.document import parse_bytes

    lines = next(REAL.glob("41_*")).read_text("utf-8").split("\n")
    line = lines[12]  # line 13: the project's overview, its 效益 and 满意度 clauses
    wrapped = [line[k : k + 34] for k in range(0, len(line), 34)]
    text = "\n".join([*lines[:12], *wrapped, *lines[13:]])
    records = parse_bytes(text.encode(), Path("fengjie.txt")).records
    found = {(i.level3_name, i.target_raw, i.stage) for i in records if isinstance(i, Indicator)}
    assert {("带动受益总人口", "200人", "target"), ("群众满意度", "95%以上", "target")} <= found


# --- a level's heading, then its indicators as ``name value`` clauses (prose18, unseen 17p) ---

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _page_rows(name: str) -> set[tuple]:
    records = parse_path(PAGES / name).records
    return {(i.level1_name, i.level2_name, i.level3_name, i.actual_raw, i.source_line)
            for i in records if isinstance(i, Indicator)}


def test_real_page_clauses_below_a_level_heading_baoshan_library():
    # 保山市图书馆 2022: ``1.产出指标完成情况`` then ``数量指标:年度免费开放服务天360天,指标完成率100%;…``;
    # ``3.满意度指标完成情况`` then ``读者满意度调查好评率90%,指标完成率99.14%。``
    rows = _page_rows("baoshan-library-2022-selfeval-report.txt")
    assert rows == {
        ("产出指标", "数量指标", "年度免费开放服务天", "360天", 25),
        ("产出指标", "数量指标", "年度免费开放服务", "25万人次", 25),
        ("满意度指标", None, "读者满意度调查好评率", "90%", 33),
    }  # (a level's 指标完成率 is no indicator; 服务市民阅读需求有效提高 states no figure)


def test_real_page_clauses_below_a_bare_level_heading_qingchuan():
    # 青川县司法局 2021: ``(1)数量指标。`` alone, its clauses on the next line; ``(2)质量指标。`` likewise
    rows = _page_rows("qingchuan-sfj-2021-selfeval-report.txt")
    assert rows == {
        ("产出指标", "数量指标", "办理法律援助案件", "94件", 22),
        ("产出指标", "数量指标", "调解各类纠纷数量", "1087件", 22),
        ("产出指标", "数量指标", "开展普法宣传活动场次", "86场", 22),
        ("产出指标", "数量指标", "参与信访接待和处理案件数量", "6件", 22),
        ("产出指标", "质量指标", "采购装备出现不合格装备的比例", "≦0%", 24),
    }


def test_real_page_a_heading_run_on_after_its_full_stop_baoshan_lcj():
    # 保山市林业和草原局 2021: ``1.产出指标完成情况。该项指标完成100%。…共发生森林火灾3起,低于…控制指标82起;…``:
    # the bounds it was held to (控制指标82起, 高于控制指标32万元) and the level's completion are no indicators
    rows = _page_rows("baoshan-lcj-2021-selfeval-report.txt")
    assert rows == {
        ("产出指标", None, "我市共发生森林火灾", "3起", 15),
        ("产出指标", None, "火案查处率", "100%", 15),
        ("产出指标", None, "市级森林防火物资储备", "112万元", 15),
        ("效益指标", None, "森林受害面积", "93.24公顷", 16),
        ("效益指标", None, "森林受害率", "0.0738‰", 16),
    }


HEADED_REPORT = """\
某县图书馆2023年度项目支出绩效自评报告
一、自评结论
(二)绩效目标完成情况
{h1}
{body1}
{h2}
{body2}
(三)存在的问题
经费不足。
"""


@pytest.mark.parametrize(
    ("h1", "body1", "h2", "body2"),
    [
        ("1.产出指标完成情况", "数量指标:开放服务天数360天,指标完成率100%;服务读者2.5万人次。",
         "2.满意度指标完成情况", "读者满意度90%,指标完成率100%。"),
        # full-width punctuation and numbering, a colon after the heading
        ("１、产出指标完成情况：", "数量指标：开放服务天数３６０天，指标完成率１００％；服务读者2.5万人次。",
         "（二）满意度指标完成情况分析", "读者满意度９０％，指标完成率１００％。"),
        # a bare level name as the heading (on a 自评 page), a clause wrapped over two lines
        ("(1)数量指标。", "开放服务天数360\n天;服务读者2.5万人次。", "(2)满意度指标。", "读者满意度90%。"),
    ],
    ids=["as printed", "full-width", "bare level, wrapped clause"],
)
def test_clauses_below_a_level_heading_variants(h1, body1, h2, body2):
    text = HEADED_REPORT.format(h1=h1, body1=body1, h2=h2, body2=body2)
    found = [i for i in read_narrative_indicators(split_lines(text)) if isinstance(i, Indicator)]
    assert [(i.level2_name or i.level1_name, i.level3_name, i.actual_raw) for i in found] == [
        ("数量指标", "开放服务天数", "360天"),
        ("数量指标", "服务读者", "2.5万人次"),
        ("满意度指标", "读者满意度", "90%"),
    ]
    assert all(i.stage == "self_evaluation" for i in found)


def test_money_clauses_below_a_heading_in_yuan_and_wan():
    text = HEADED_REPORT.format(
        h1="1、成本指标完成情况", body1="人均补助标准300元/人;项目总成本12.5万元;培训费不超过8000元。",
        h2="2、效益指标完成情况", body2="带动增收1.2万元。",
    )
    found = [i for i in read_narrative_indicators(split_lines(text)) if isinstance(i, Indicator)]
    assert [(i.level1_name, i.level3_name, i.actual_raw) for i in found] == [
        ("成本指标", "项目总成本", "12.5万元"),  # (300元/人: a rate per person, no clause value)
        ("成本指标", "培训费", "不超过8000元"),
        ("效益指标", "带动增收", "1.2万元"),
    ]


def test_a_narrative_below_a_level_heading_is_not_read():
    # a paragraph that names a figure in passing (most of its clauses state none) is the sentence
    # reader's: 已完成建设工程32.63公里 is no indicator of the heading's level
    text = HEADED_REPORT.format(
        h1="1、产出指标完成情况分析",
        body1="年内已完成项目产出指标,产出质量、数量指标等均能按时完成。已完成建设工程32.63公里,我局已组织验收,质量合格。",
        h2="2、效益指标完成情况分析", body2="项目实施后群众出行条件明显改善。",
    )
    assert read_narrative_indicators(split_lines(text)) == []


def test_a_name_stated_twice_below_a_heading_is_left_out_with_a_warning():
    text = HEADED_REPORT.format(
        h1="(1)数量指标。", body1="一期改造户数550户;二期改造户数733户;改造小区2个。",
        h2="(2)质量指标。", body2="验收合格率100%。",
    )
    found = read_narrative_indicators(split_lines(text))
    assert [(i.level3_name, i.actual_raw) for i in found if isinstance(i, Indicator)] == [
        ("一期改造户数", "550户"), ("二期改造户数", "733户"), ("改造小区", "2个"), ("验收合格率", "100%")]
    text = text.replace("一期改造户数", "改造户数").replace("二期改造户数", "改造户数")
    found = read_narrative_indicators(split_lines(text))
    assert [(i.level3_name, i.actual_raw) for i in found if isinstance(i, Indicator)] == [
        ("改造小区", "2个"), ("验收合格率", "100%")]
    assert [w.source_line for w in found if isinstance(w, ParseWarning)] == [5, 5]


def test_a_bare_level_heading_is_read_on_a_self_evaluation_page_only():
    text = HEADED_REPORT.format(
        h1="(1)数量指标。", body1="服务读者2.5万人次。", h2="(2)满意度指标。", body2="读者满意度90%。"
    )
    assert read_narrative_indicators(split_lines(text.replace("自评报告", "情况说明").replace("自评", ""))) == []
    # one that says the level was done is read on any page
    done = text.replace("(1)数量指标。", "(1)数量指标完成情况。").replace("(2)满意度指标。", "(2)满意度指标完成情况。")
    assert len(read_narrative_indicators(split_lines(done.replace("自评报告", "情况说明").replace("自评", "")))) == 2


def test_real_sample_an_indicator_with_its_target_and_its_actual_zengdu():
    # 曾都区人社局 2022 决算's project reports: ``(3)满意度指标完成情况分析。`` then ``公共就业服务满意度，2022 年度
    # 目标值为≥95%，我区实际`` / ``完成值为 100%，目标已完成，目标完成度 100%。`` — the name, its target and actual;
    # 目标完成度 and 我区实际完成值 are no indicators
    sample = Path(__file__).resolve().parents[1] / "sample_documents" / "zengdu-district-hrss-2022-final-account.txt"
    found = [i for i in parse_path(sample).records if isinstance(i, Indicator) and i.project_key is None]
    assert ("满意度指标", "公共就业服务满意度", "≥95%", "100%", 2934, "actual=2936") in {
        (i.level1_name, i.level3_name, i.target_raw, i.actual_raw, i.source_line, i.value_lines) for i in found}
    # and the 产出指标's clauses: 全区城镇新增就业 6907 人,完成目标任务 4350 人的 158%,失 / 业人员再就业 6590 人 …
    assert {("全区城镇新增就业", "6907人", 884), ("失业人员再就业", "6590人", 886)} <= {
        (i.level3_name, i.actual_raw, i.source_line) for i in found}
    assert not [i for i in found if "完成值" in i.level3_name or "完成度" in i.level3_name]


@pytest.mark.parametrize(
    "body",
    [
        "公共就业服务满意度,2022年度目标值为≥95%,我区实际完成值为100%,目标已完成。",
        "公共就业服务满意度：年度指标值为 ≥95%；实际值 100%。",  # full-width, spaced, 指标值 / 实际值
        "公共就业服务满意度，2022 年度目标值为≥95%，我区实际\n完成值为 100%，目标完成度 100%。",  # wrapped
    ],
    ids=["as printed", "full-width, 指标值", "wrapped"],
)
def test_an_indicator_with_its_target_and_its_actual_variants(body):
    text = HEADED_REPORT.format(h1="(1)满意度指标完成情况分析", body1=body, h2="(2)存在问题", body2="无。")
    found = [i for i in read_narrative_indicators(split_lines(text)) if isinstance(i, Indicator)]
    assert [(i.level1_name, i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in found] == [
        ("满意度指标", "公共就业服务满意度", "≥95%", "100%", 5)]
    assert found[0].value_lines == ("actual=6" if "\n" in body else None)


# --- a level's heading run on into its clauses; levels run on in one paragraph (lead, fourteenth session) ---


def test_real_page_a_level_heading_run_on_into_its_clauses_mouding():
    # 牟定县交通运输局 2020: ``1.数量指标。该项目处治里程8公里,完成工程量波型护栏1820米,标志标牌18块。`` — the level's
    # name, its full stop and its clauses on one line; ``2.质量指标。…于2020年6月20日完工,…验收合格率为100%。`` is
    # a narrative (most clauses state no figure) and ``5.社会效益目标。`` names no level of the vocabulary
    rows = _page_rows("mouding-jtysj-2020-selfeval-report.txt")
    assert rows == {
        ("产出指标", "数量指标", "该项目处治里程", "8公里", 23),
        ("产出指标", "数量指标", "完成工程量波型护栏", "1820米", 23),
        ("产出指标", "数量指标", "标志标牌", "18块", 23),
        ("成本指标", None, "项目投资", "56万元", 29),
        ("成本指标", None, "实际决算金额", "54.6万元", 29),
        ("效益指标", "可持续影响指标", "提升公路交通安全保障水平", "≥95%", 33),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥95%", 35),
    }


def test_real_page_levels_run_on_in_one_paragraph_dongli():
    # 天津东丽湖光辉路 2020: below ``1.产出指标完成情况分析。`` the lines ``数量指标:完成道路建设491米,已完成;`` /
    # ``质量指标:确保天桥质量,已完成;`` / ``时效指标:…`` make one paragraph: each level's clauses are read as its own
    rows = _page_rows("dongli-guanghuilu-2020-selfeval-report.txt")
    assert rows == {("产出指标", "数量指标", "完成道路建设", "491米", 32)}


RUN_ON_REPORT = """\
某县农业农村局2022年度项目支出绩效自评报告
(三)绩效指标完成情况分析
{body}
四、存在的问题
"""


@pytest.mark.parametrize(
    "body",
    [
        "1.数量指标。完成高标准农田建设1200亩,新建机耕路3.5公里。\n2.满意度指标。受益农户满意度96%。",
        # full-width numbering and a colon, the clauses wrapped over two lines
        "１、数量指标：完成高标准农田建设1200亩，新建机耕路\n3.5公里。\n（2）满意度指标：受益农户满意度９６％。",
        # the levels run on in one paragraph below a heading
        "1.产出指标完成情况分析。\n数量指标:完成高标准农田建设1200亩,新建机耕路3.5公里,已完成;"
        "满意度指标:受益农户满意度96%,已完成。",
    ],
    ids=["full stop", "full-width, wrapped", "run on below a heading"],
)
def test_a_level_run_on_into_its_clauses_variants(body):
    found = read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body)))
    assert [(i.level2_name or i.level1_name, i.level3_name, i.actual_raw) for i in found] == [
        ("数量指标", "完成高标准农田建设", "1200亩"),
        ("数量指标", "新建机耕路", "3.5公里"),
        ("满意度指标", "受益农户满意度", "96%"),
    ]


def test_a_run_on_level_is_read_on_a_self_evaluation_page_only_and_in_the_vocabulary_only():
    body = "1.数量指标。完成高标准农田建设1200亩,新建机耕路3.5公里。"
    assert read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body).replace("自评", ""))) == []
    # a name that is not the vocabulary's (二是效益指标) opens no level: the paragraph is read as one, a narrative
    body = ("1.产出指标完成情况分析。\n数量指标:本单位履行职责完成了项目任务目标,已完成年度计划,工作有序推进;"
            "二是效益指标:群众满意度96%。")
    assert read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body))) == []


def test_a_level_and_its_colon_without_a_list_number_is_not_a_run_on_heading():
    # a sheet's cell (``数量指标:全年举办展览12场``) may state the target: only a numbered heading runs on
    body = "数量指标:完成高标准农田建设1200亩,新建机耕路3.5公里。"
    assert read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body))) == []


# --- the outline's heading of all the levels run on into its clauses (prose22, fifteenth session) ---


def test_real_page_all_levels_heading_run_on_huining():
    # 会宁县财政局 2021 (转移支付 self-evaluation in the national outline): ``(三)绩效指标完成情况分析。建设项目规划
    # 编制的完整性、合规性100%,项目验收合格率100%,…工作任务及时完成率≥90%,资金在规定时间下达≥90%,…`` — the
    # clauses of every level, none named: indicators of no level known (a name holding 、 is no indicator's name)
    rows = _page_rows("huining-czj-2021-selfeval-report-all-levels.txt")
    assert (None, None, "项目验收合格率", "100%", 13) in rows
    assert (None, None, "工作任务及时完成率", "≥90%", 13) in rows
    assert len([row for row in rows if row[4] == 13]) == 7


@pytest.mark.parametrize(
    "heading",
    ["(三)绩效指标完成情况分析。", "三、项目绩效指标完成情况分析:", "（三）绩效指标完成情况分析："],
    ids=["outline", "项目, colon", "full-width"],
)
def test_all_levels_heading_run_on_variants(heading):
    body = heading + "项目验收合格率100%,受益群众 1200 人次,资金及时拨付率≥90%,工作扎实有效。"
    found = read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body)))
    assert [(i.level1_name, i.level2_name, i.level3_name, i.actual_raw) for i in found] == [
        (None, None, "项目验收合格率", "100%"),
        (None, None, "受益群众", "1200人次"),
        (None, None, "资金及时拨付率", "≥90%"),
    ]


def test_all_levels_heading_run_on_into_a_narrative_or_not_done_is_not_read():
    # a narrative (most clauses state no figure), and the heading's name without 完成情况分析: nothing
    body = "(三)绩效指标完成情况分析。项目按计划推进,各项指标均已完成,群众反映良好,验收合格率100%。"
    assert read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body))) == []
    body = "(三)绩效指标。项目验收合格率100%,资金及时拨付率≥90%。"
    assert read_narrative_indicators(split_lines(RUN_ON_REPORT.format(body=body))) == []


# --- the stage of a prose indicator from its part's heading; a bound and its 实际 clause as one indicator (prose26) ---

def _staged(text: str) -> list[tuple]:
    found = read_narrative_indicators(split_lines(text))
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.source_line)
            for i in found if isinstance(i, Indicator)]


# 抚远市 基础设施工程农村饮水维修养护项目 2022 (http://hljfy.gov.cn/govinfo/contents/1186/20346.html, lines 2-19 as
# printed): a self-evaluation's report whose part ``(二)、项目绩效目标设定情况`` lists the targets under level words.
FUYUAN = (
    "# source: http://hljfy.gov.cn/govinfo/contents/1186/20346.html\n"
    "按照《…操作指南(试行)〉的通知》(黑财农〔2019〕211号)要求,我单位及时对基础设施配套工程路边沟建设项目开展自评,"
    "县级自评情况报告如下:\n"
    "一、绩效目标分解下达情况\n"
    "(一)、财政衔接推进乡村振兴补助资金下达预算及项目情况\n"
    "根据《…批复》,下达预算资金201.48万元用于基础设施工程农村饮水维修养护项目,石头卧子村新建水房1座。\n"
    "(二)、项目绩效目标设定情况\n"
    "总体目标:目标1:石头卧子村新建水房1座、铺设输水管线;目标2:八盖村改建铺设输水管线\n"
    "1、产出指标数量指标:\n"
    "石头卧子村新建水房1座、铺设输水管线;八盖村改建铺设输水管线。\n"
    "质量指标:项目(工程)验收合格率100%\n"
    "时效指标:项目(工程)完成及时率100%\n"
    "成本指标:计划资金201.48万元\n"
    "2、效益指标\n"
    "社会效益指标:解决贫困人口饮水安全问题人数≥27人;贫困地区农村集中供水率≥≥98%;受益建档立卡贫困人口数≥24人。\n"
    "可持续影响指标:工程设计使用年限≥15年\n"
    "3、满意度指标\n"
    "服务对象满意度指标:受益贫困人口满意度≥100%\n"
    "二、绩效自评工作开展情况\n"
    "按照要求,年度终了开展绩效自评。\n"
)


def test_real_page_targets_listed_under_level_words_in_a_target_part_fuyuan():
    rows = set(_staged(FUYUAN))
    assert rows == {
        ("产出指标", "质量指标", "项目(工程)验收合格率", "100%", None, 10),
        ("产出指标", "时效指标", "项目(工程)完成及时率", "100%", None, 11),
        ("成本指标", None, "计划资金", "201.48万元", None, 12),
        ("效益指标", "社会效益指标", "解决贫困人口饮水安全问题人数", "≥27人", None, 14),
        ("效益指标", "社会效益指标", "受益建档立卡贫困人口数", "≥24人", None, 14),
        ("满意度指标", "服务对象满意度指标", "受益贫困人口满意度", "≥100%", None, 17),
    }


@pytest.mark.parametrize("heading", ["（二）项目绩效目标设定情况：", "2.年度目标", "(二)绩效目标"])
def test_targets_in_a_target_part_variants(heading):
    # full-width punctuation, blank lines between the lines, 万元 vs 元, another heading of the targets' part
    text = (
        "某县2021年度项目支出绩效自评报告\n"
        f"{heading}\n\n"
        "质量指标：设备验收合格率≥95%\n\n"
        "成本指标：计划资金 350000元\n\n"
        "社会效益指标：受益群众人数不少于1200人；群众满意度≥90%\n"
        "二、绩效目标完成情况\n"
    )
    rows = set(_staged(text))
    assert rows == {
        ("产出指标", "质量指标", "设备验收合格率", "≥95%", None, 4),
        ("成本指标", None, "计划资金", "350000元", None, 6),
        ("效益指标", "社会效益指标", "受益群众人数", "不少于1200人", None, 8),
        ("效益指标", "社会效益指标", "群众满意度", "≥90%", None, 8),
    }


def test_level_lines_below_a_completion_heading_stay_actuals():
    # a part headed as how the targets went (完成情况), or one no heading names: read as today (actuals of 社会效益)
    for heading in ("(二)绩效目标完成情况", "(二)项目实施情况"):
        text = (
            "某县2021年度项目支出绩效自评报告\n"
            f"{heading}\n\n"
            "质量指标:设备验收合格率95%;社会效益指标:受益群众人数1200人\n"
        )
        rows = _staged(text)
        assert ("效益指标", "社会效益指标", "受益群众人数", None, "1200人", 4) in rows
        assert all(row[3] is None for row in rows)


# 云南省 2022年度中央自然灾害资金绩效自评报告 (https://yjglt.yn.gov.cn/html/2023/ysgk_0601/27146.html, lines 30-34 as
# printed): a bound and the clause of what was done after it, one indicator's target and actual.
YUNNAN = (
    "云南省2022年度中央自然灾害资金绩效自评报告\n"
    "4.绩效指标完成情况分析。\n"
    "\n"
    "(1)产出指标。\n"
    "\n"
    "数量指标:布防飞机数量≥6架,实际布防6架;飞机飞行时长≥928小时,实际飞行时长909.93小时。\n"
)


def test_real_page_a_bound_and_its_actual_clause_yunnan():
    rows = _staged(YUNNAN)
    assert ("产出指标", "数量指标", "飞机飞行时长", "≥928小时", "909.93小时", 6) in rows
    assert not any(row[2].startswith("实际") for row in rows)


@pytest.mark.parametrize("body, expected", [
    ("数量指标：巡查里程不低于500公里，实际巡查里程612公里；", ("巡查里程", "不低于500公里", "612公里")),
    ("数量指标: 培训人数 ≥ 200 人 , 实际培训 236 人 。", ("培训人数", "≥200人", "236人")),
    ("成本指标:单位成本≤30万元,实际成本28.5万元", ("单位成本", "≤30万元", "28.5万元")),
])
def test_a_bound_and_its_actual_clause_variants(body, expected):
    text = "某县2021年度项目支出绩效自评报告\n(1)产出指标完成情况\n" + body + "\n"
    rows = _staged(text)
    assert [row[2:5] for row in rows] == [expected]


def test_a_figure_without_a_bound_before_an_actual_clause_is_not_paired():
    # 培训人数200人 states what was done (no bound): it and 实际… stay two clauses as read today
    text = "某县2021年度项目支出绩效自评报告\n(1)产出指标完成情况\n数量指标:培训人数200人,实际到场人数180人;\n"
    rows = _staged(text)
    assert ("产出指标", "数量指标", "培训人数", None, "200人", 3) in rows
    assert all(row[3] is None for row in rows)


# 深圳市福田区民政局 2021年中央财政困难群众救助补助资金 (http://www.szft.gov.cn/bmxx/qmzj/tzgg/content/post_10506497.html,
# lines 22-40 as printed, shortened): no 自评 at its head; ``1.产出指标完成情况分析``, then each level's bare heading
# and a paragraph that states its indicator first, then says how.
FUTIAN = (
    "深圳市福田区民政局关于“2021年中央财政困难群众救助补助资金”管理使用情况\n"
    "\n"
    "  四、资金绩效评价结果\n"
    "\n"
    "  1.产出指标完成情况分析\n"
    "\n"
    "  (1)数量指标\n"
    "\n"
    "  100%及时、足额发放在册低保、特困、申请临时救助人员和孤儿救助资金,达到应保尽保、应救尽救。\n"
    "\n"
    "  (2)质量指标\n"
    "\n"
    "  救助资金发放准确率100%。按照相关规定,救助资金发放准确及时,2021年最低生活保障标准为1300元/人/月,"
    "按综合评估收入补差发放;临时救助标准按申请人家庭困难程度给予2-12个月最低生活保障标准一次性发放。\n"
    "\n"
    "  (3)时效指标\n"
    "\n"
    "  救助资金发放及时率100%,按照相关规定,救助资金的发放及时。\n"
    "\n"
    "  (4)成本指标\n"
    "\n"
    "  社会化发放率100%。困难群众救助资金均通过银行社会化发放。\n"
)


def test_real_page_bare_level_headings_below_a_done_heading_futian():
    rows = _staged(FUTIAN)
    assert rows == [
        ("产出指标", "质量指标", "救助资金发放准确率", None, "100%", 13),
        ("成本指标", None, "社会化发放率", None, "100%", 21),
    ]


def test_bare_level_headings_below_a_done_heading_variants():
    # one cell per line without blank lines, full-width stops, a count in 万元; a narrative's first sentence is none
    text = (
        "某区民政局关于2022年困难群众救助补助资金使用情况\n"
        "一、资金绩效评价结果\n"
        "1、产出指标完成情况\n"
        "（1）数量指标。\n"
        "全年救助困难群众 1285 人次，发放救助金 96.5万元。上述资金均按时发放到位。\n"
        "（2）质量指标。\n"
        "资金发放工作按要求完成，群众反映良好。全年无差错。\n"
    )
    rows = _staged(text)
    assert rows == [
        ("产出指标", "数量指标", "全年救助困难群众", None, "1285人次", 5),
        ("产出指标", "数量指标", "发放救助金", None, "96.5万元", 5),
    ]


def test_bare_level_headings_without_a_done_heading_are_not_read_off_self_evaluation_pages():
    text = (
        "某区民政局关于2022年困难群众救助补助资金使用情况\n"
        "一、资金使用情况\n"
        "(2)质量指标\n"
        "救助资金发放准确率100%。按照相关规定发放。\n"
    )
    assert _staged(text) == []


def test_a_bound_in_aircraft_and_its_actual():
    text = "某省2022年度资金绩效自评报告\n(1)产出指标完成情况\n数量指标:布防飞机数量≥6架,实际布防6架;\n"
    (row,) = read_narrative_indicators(split_lines(text))
    assert (row.level3_name, row.target_raw, row.actual_raw) == ("布防飞机数量", "≥6架", "6架")
    # (架, the aircraft's count word, a unit of an indicator's value)
    target = parse_indicator_value(row.target_raw)
    assert (target.operator, target.value, target.unit) == (">=", Decimal("6"), "架")
    assert parse_indicator_value("6架").unit == "架"


# 海南 2016年学生资助专项项目绩效评价报告 (http://www.sunntoy.com/news_show.php?id=324, lines 3-11 as printed, the
# school's name shortened): the project's overall target, its aim and then its rates, in one sentence.
HAINAN = (
    "2016年学生资助专项项目绩效评价报告\n"
    "根据省财政厅《关于开展2017年预算绩效管理工作的通知》的文件精神和要求,对纳入绩效目标管理的预算项目开展绩效自评。\n"
    "一、项目概况\n"
    "(二)项目绩效目标\n"
    "1. 项目绩效总目标:减免在校一、二、三年级学生学费;发放率100%,减免率100%,社会满意度达:98%,学生满意度达:90%。\n"
    "二、项目资金使用及管理情况\n"
)


def test_real_page_rates_in_the_overall_target_sentence_hainan():
    assert _staged(HAINAN) == [
        (None, None, "发放率", "100%", None, 5),
        (None, None, "减免率", "100%", None, 5),
        (None, None, "社会满意度", "98%", None, 5),
        (None, None, "学生满意度", "90%", None, 5),
    ]


@pytest.mark.parametrize("sentence", [
    "（1）项目绩效总目标：资助困难学生；资助覆盖率≥95%，家长满意度达：90%。",
    "项目绩效总目标: 资助困难学生; 资助覆盖率 ≥95% , 家长满意度达到90% 。",
])
def test_rates_in_the_overall_target_sentence_variants(sentence):
    text = "某校2020年学生资助项目绩效自评报告\n一、项目概况\n(二)项目绩效目标\n" + sentence + "\n"
    assert [row[2:4] for row in _staged(text)] == [("资助覆盖率", "≥95%"), ("家长满意度", "90%")]


def test_an_overall_target_sentence_without_figures_is_not_read():
    text = (
        "某校2020年学生资助项目绩效自评报告\n"
        "1.项目绩效总目标:资助困难学生,减轻家庭负担;促进教育公平,受益学生约300人。\n"
    )
    assert _staged(text) == []


@pytest.mark.parametrize("heading, read", [("(2)质量指标", True), ("2、质量指标。", True), ("质量指标", False)])
def test_a_first_sentence_is_read_below_a_numbered_heading_only(heading, read):
    # a level's name alone on a line without a number may be a table's cell (满意度指标): the paragraph below it is
    # not its text
    text = (
        "某区民政局2021年度项目支出绩效自评报告\n"
        "\n"
        f"{heading}\n"
        "\n"
        "救助资金发放准确率100%。按照相关规定,救助资金发放准确及时,临时救助标准按申请人家庭困难程度给予。\n"
    )
    expected = [("产出指标", "质量指标", "救助资金发放准确率", None, "100%", 5)] if read else []
    assert _staged(text) == expected


# --- a satisfaction stated at a narrative sentence's clause, its stage from the part's heading (prose27) ---


def _satisfactions(text: str) -> list[tuple]:
    found = read_narrative_indicators(split_lines(text))
    return [(i.stage, i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in found
            if isinstance(i, Indicator) and "满意度" in (i.level3_name or "")]


def test_real_page_satisfaction_clause_below_a_done_part_gushi():
    # 固始县 祖师庙镇 2024: ``(二)绩效目标完成情况分析`` then ``…社会效益均较显著,受益群众满意度100%。``
    found = {(i.stage, i.level3_name, i.actual_raw, i.source_line)
             for i in parse_path(PAGES / "gushi-zushimiao-2024-selfeval-report.txt").records
             if isinstance(i, Indicator) and "满意度" in (i.level3_name or "")}
    assert found == {("self_evaluation", "受益群众满意度", "100%", 12)}


def test_real_page_satisfaction_clause_below_a_target_part_yaoan_traditional():
    # 姚安县 交通运输局 2024 (traditional characters): ``(二)項目績效目標`` then ``…受益人口滿意度為98%。``
    found = {(i.stage, i.level3_name, i.target_raw, i.source_line)
             for i in parse_path(PAGES / "yaoan-jtysj-2024-selfeval-report-untitled-traditional.txt").records
             if isinstance(i, Indicator) and "满意度" in (i.level3_name or "")}
    assert ("target", "受益人口满意度", "98%", 9) in found


@pytest.mark.parametrize("comma, stop", [(",", "。"), ("，", "。"), (", ", ". "), (";", ";")])
def test_satisfaction_clause_variants_punctuation_and_spaces(comma, stop):
    text = (
        "某镇道路建设项目绩效自评报告\n"
        "(二)绩效目标完成情况分析\n"
        f"项目已验收{comma}群众出行条件改善{comma}服务对象满意度达到 96.5%{stop}\n"
        "(三)项目绩效目标\n"
        f"改善村民生活条件{comma}受益群众满意度为≥90%{stop}\n"
    )
    assert _satisfactions(text) == [
        ("self_evaluation", "服务对象满意度", None, "96.5%", 3),
        ("target", "受益群众满意度", "≥90%", None, 5),
    ]


def test_satisfaction_clause_hard_wrapped_is_read_once_at_its_line():
    text = (
        "某镇道路建设项目绩效自评报告\n"
        "(二)绩效目标完成情况分析\n"
        "项目实施后,可有效解决群众出行问题,社会效益较显著,受益\n"
        "群众满意度100%。\n"
    )
    assert _satisfactions(text) == [("self_evaluation", "受益群众满意度", None, "100%", 3)]


def test_satisfaction_clause_not_read_where_the_part_tells_no_stage_nor_in_a_table():
    text = (
        "某镇道路建设项目绩效自评报告\n"
        "(三)项目组织管理情况\n"
        "项目按期完工,群众满意度98%。\n"  # (a part that tells no stage: left as read today)
        "(二)绩效目标完成情况\n"
        "满意度指标 | 群众满意度 | 95% | 98% |\n"  # (a table's row)
        "群众满意度98%以上\n"  # (no delimiter after the figure: not a clause's close)
    )
    assert _satisfactions(text) == []


# --- a clause listing what was done with 、, each item a thing and its figure (prose27) ---


def _listed(text: str) -> list[tuple]:
    found = read_narrative_indicators(split_lines(text))
    return [(i.stage, i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in found
            if isinstance(i, Indicator)]


def test_real_page_done_list_below_a_target_part_maoming_traditional():
    # 茂名市 交通运输局 2023 (traditional): ``(二)績效目標情況`` then ``…其中:完成超限車輛電子抓拍監控設施點7個、
    # 支持普通國省道升級改造11.94公里、支持普通國省道橋涵標維護5座。``
    found = {(i.stage, i.level3_name, i.target_raw, i.source_line)
             for i in parse_path(PAGES / "maoming-jtysj-2023-selfeval-report-traditional.txt").records
             if isinstance(i, Indicator) and i.source_line == 28}
    assert found == {("target", "超限车辆电子抓拍监控设施点", "7个", 28),
                     ("target", "支持普通国省道升级改造", "11.94公里", 28),
                     ("target", "支持普通国省道桥涵标维护", "5座", 28)}


@pytest.mark.parametrize("colon, comma, stop", [(":", ",", "。"), ("：", "，", "。"), (": ", ", ", "; ")])
def test_done_list_variants(colon, comma, stop):
    text = (
        "某县交通运输局项目绩效自评报告\n"
        "(二)绩效目标完成情况\n"
        f"全年任务已完成{stop}其中{colon}完成 村道硬化 12.5 公里、安装路灯 30 盏、修建桥梁 2座{stop}\n"
        "(三)项目绩效目标\n"
        f"计划任务{colon}完成站点建设3个、培训人员120人次{comma}带动就业。\n"
    )
    assert _listed(text) == [
        ("self_evaluation", "村道硬化", None, "12.5公里", 3),
        ("self_evaluation", "安装路灯", None, "30盏", 3),
        ("self_evaluation", "修建桥梁", None, "2座", 3),
        ("target", "站点建设", "3个", None, 5),
        ("target", "培训人员", "120人次", None, 5),
    ]


def test_done_list_hard_wrapped_each_item_at_its_line():
    text = (
        "某县交通运输局项目绩效自评报告\n"
        "(二)绩效目标完成情况\n"
        "全年任务已完成。其中:完成村道硬化12.5公里、安装\n"
        "路灯30盏、修建桥梁2座。\n"
    )
    assert _listed(text) == [
        ("self_evaluation", "村道硬化", None, "12.5公里", 3),
        ("self_evaluation", "安装路灯", None, "30盏", 3),
        ("self_evaluation", "修建桥梁", None, "2座", 4),
    ]


def test_done_list_not_read_with_money_an_item_without_figure_no_stage_or_in_a_table():
    text = (
        "某县交通运输局项目绩效自评报告\n"
        "(二)绩效目标完成情况\n"
        "其中:完成投资120万元、修建桥梁2座。\n"  # (money: a list of funds, none)
        "全年完成道路养护、修建桥梁2座。\n"  # (an item without its figure: no list of results)
        "年度工作 | 完成送文化下乡20场次、开展活动4场次 |\n"  # (a table's cell)
        "(三)项目组织管理情况\n"
        "完成村道硬化12公里、修建桥梁2座。\n"  # (a part that tells no stage)
    )
    assert _listed(text) == []

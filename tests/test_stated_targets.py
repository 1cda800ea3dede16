"""Indicators whose target (and actual) a report's prose states in the national template's words — ``名称:指标值为
“…”,全年实际完成值…`` — and the targets of a self-evaluation listed by level below a heading saying they were issued
(ingest/performance/narrative_indicators.py)."""

from __future__ import annotations

import pytest

from ingest.performance.narrative_indicators import NAME_UNCERTAIN_LEFT_OUT, read_narrative_indicators
from ingest.records import Indicator, ParseWarning
from ingest.text import split_lines

# 天津东疆 2020 直达资金 project self-evaluation (/tmp/unseen21p 10), its analysis part as printed
DONGJIANG = """\
一、绩效目标完成情况分析
(一)资金投入情况分析。
本项目2020年下达直达资金2300万元,资金全部用于本项目建设使用。
(三)绩效指标完成情况分析。
建设占地面积:指标值为“约12000平方米”,全年实际完成值约20000平方米;
建设三座服务中心等配套设施面积:指标值为“约120平方米”,全年实际完成值约1737平方米;
项目竣工验收合格率:指标值为“100%”,全年实际完成值为0,因项目尚在建设工期内,未到竣工验收环节;
设施质量合格率:指标值为“100%”,使用直达资金采购的各类设施及物料均为合格产品,完成值为100%;
完工日期:指标值为“2021年4月15日”,全年实际完成值为0,因项目尚在建设工期内,未到完工日期;
超概算项目比例:指标值为“0%”,所有项目均未超概算,全年实际完成
"""


def _indicators(text: str) -> list[Indicator]:
    return [r for r in read_narrative_indicators(split_lines(text)) if isinstance(r, Indicator)]


def test_real_page_targets_and_actuals_in_the_template_words_dongjiang():
    rows = [(i.level1_name, i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in _indicators(DONGJIANG)]
    assert rows == [
        (None, "建设占地面积", "约12000平方米", "约20000平方米", 5),
        (None, "建设三座服务中心等配套设施面积", "约120平方米", "约1737平方米", 6),
        (None, "项目竣工验收合格率", "100%", "0", 7),  # (printed 0: not yet due)
        (None, "设施质量合格率", "100%", "100%", 8),  # (the actual after a clause saying how)
        (None, "完工日期", "2021年4月15日", "0", 9),  # (a date in quotes: as printed)
        (None, "超概算项目比例", "0%", None, 10),  # (its actual cut off: the target alone)
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # full-width colon, spaces, straight quotes
        ("建设占地面积 : 指标值为 \"约12000平方米\" , 全年实际完成值 约20000 平方米 ;",
         ("约12000平方米", "约20000平方米")),
        # unquoted, 年度指标值 and colons, money in 万元
        ("项目总成本：年度指标值：≤90万元，实际完成值：89.97万元。", ("≤90万元", "89.97万元")),
        # 目标值, the actual as 实际值 after a 是
        ("群众满意度:目标值为≥95%;实际值是98%", ("≥95%", "98%")),
        # a figure in the clause between: that clause's, not the actual — the target alone
        ("设施质量合格率:指标值为“100%”,抽检12批次,完成值为100%;", ("100%", None)),
    ],
    ids=["spaced, straight quotes", "万元, 年度指标值:", "目标值, 实际值", "a figure between"],
)
def test_targets_and_actuals_in_the_template_words_variants(line, expected):
    found = _indicators("某项目2022年度绩效自评报告\n" + line + "\n")
    assert [(i.target_raw, i.actual_raw, i.source_line) for i in found] == [(*expected, 2)]


@pytest.mark.parametrize(
    "line",
    [
        "即目标值为≥X得分=权重*B/A,反向指标(即目标值为≤X,得分=权重*A/B)",  # the scoring rule: no figure
        "合格率:实际完成值为100%,指标值为100%。",  # the actual first: no target after a name
        "三级指标:年度指标值 实际完成值 分值 得分",  # a header row run into a line
    ],
    ids=["formula", "actual first", "header"],
)
def test_what_is_no_stated_target(line):
    assert read_narrative_indicators(split_lines("某项目2022年度绩效自评报告\n" + line + "\n")) == []


def test_a_clause_before_a_comma_below_no_heading_is_left_out_with_a_warning():
    # (below a level's heading the clause before the comma is the indicator's name: 公共就业服务满意度,2022年度
    # 目标值为…)
    text = "某项目2022年度绩效自评报告\n根据文件要求,年度目标值为100%,实际完成值为100%。\n"
    found = read_narrative_indicators(split_lines(text))
    assert [(type(r), r.source_line) for r in found] == [(ParseWarning, 2)]
    assert found[0].message == NAME_UNCERTAIN_LEFT_OUT


# 施甸县农业农村局 2021 转移支付 self-evaluation (/tmp/unseen21p 13): the targets issued, one level a paragraph
SHIDIAN = """\
施甸县2021年糖料蔗良种良法技术推广补助资金绩效自评报告
(二)具体绩效目标

1.产出指标下达情况

数量指标:甘蔗良种推广1.8万亩;甘蔗机械化深翻开沟1.17万亩。

质量指标:糖料甘蔗脱毒、健康种苗覆盖率达≥90%;机械化深翻开沟覆盖率达≥95%。

2.效益指标下达情况

效益指标:亩产提高≥10%;蔗糖分提高≥0.5%。
"""


def test_real_page_targets_issued_level_by_level_shidian():
    rows = [(i.stage, i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.source_line)
            for i in _indicators(SHIDIAN)]
    assert rows == [
        ("target", "产出指标", "数量指标", "甘蔗良种推广", "1.8万亩", None, 6),
        ("target", "产出指标", "数量指标", "甘蔗机械化深翻开沟", "1.17万亩", None, 6),
        # (脱毒、健康种苗覆盖率: a name holding 、 may be one indicator's or two — left out; 率达: the link)
        ("target", "产出指标", "质量指标", "机械化深翻开沟覆盖率", "≥95%", None, 8),
        ("target", "效益指标", None, "亩产提高", "≥10%", None, 12),
        ("target", "效益指标", None, "蔗糖分提高", "≥0.5%", None, 12),
    ]


def test_targets_issued_level_by_level_variants():
    # the page re-printed with a blank line after every line (three blank lines between a heading and its level)
    doubled = SHIDIAN.replace("\n", "\n\n")
    assert [(i.level3_name, i.target_raw) for i in _indicators(doubled)] == [
        (i.level3_name, i.target_raw) for i in _indicators(SHIDIAN)]
    # no blank lines, full-width colons, 时效指标 below 数量指标
    text = ("某县2022年度项目绩效自评报告\n1、产出指标下达情况：\n数量指标：培训农户300人；\n"
            "时效指标：资金拨付及时率≥95%。\n")
    assert [(i.stage, i.level2_name, i.level3_name, i.target_raw) for i in _indicators(text)] == [
        ("target", "数量指标", "培训农户", "300人"), ("target", "时效指标", "资金拨付及时率", "≥95%")]
    # below no heading saying they were issued, a 自评 page's 数量指标: line is not read as targets
    text = "某县2022年度项目绩效自评报告\n1、产出指标完成情况说明\n数量指标:培训农户300人。\n"
    assert [i for i in _indicators(text) if i.target_raw] == []
    # nor past a line that is no level's (a narrative paragraph between)
    text = ("某县2022年度项目绩效自评报告\n1、产出指标下达情况\n数量指标:培训农户300人。\n"
            "项目按计划实施,群众反映良好。\n质量指标:合格率100%。\n")
    assert [i.level3_name for i in _indicators(text) if i.target_raw] == ["培训农户"]


def test_a_heading_joined_to_the_line_below_names_no_indicator():
    # a heading without a full stop joins the line below into one paragraph: the name starts at the line's start
    text = ("某项目2022年度绩效自评报告\n绩效指标完成情况分析\n"
            "建设占地面积:指标值为“约12000平方米”,全年实际完成值约20000平方米\n")
    assert [(i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in _indicators(text)] == [
        ("建设占地面积", "约12000平方米", "约20000平方米", 3)]


# 黄石市公路局 2020 项目自评结果 (/tmp/unseen21p 12): the Hubei template's ``2.完成的绩效目标。`` and the things done
HUANGSHI = """\
黄石市公路局2020年度项目支出绩效自评结果
1.自评结论。
2020年度养护类项目预算数为1132万元,执行数为1132万元,预算执行率100%。
2.完成的绩效目标。
年度绩效目标已全部完成,具体为:完成了市直养护里程1180.5公里,完成了市直桥梁养护67座,完成了市直隧道养护2个,延长了公路使用寿命,保障群众正常出行。
3.未完成的绩效目标。
无。
"""


def test_real_page_the_targets_done_huangshi():
    assert [(i.stage, i.level3_name, i.target_raw, i.actual_raw, i.source_line) for i in _indicators(HUANGSHI)] == [
        ("self_evaluation", "市直养护里程", None, "1180.5公里", 5),
        ("self_evaluation", "市直桥梁养护", None, "67座", 5),
        ("self_evaluation", "市直隧道养护", None, "2个", 5),
    ]


def test_the_targets_done_variants():
    # full-width, spaced, 已完成, wrapped onto the next line (the figure's line), a share of a budget (完成…的83.5%) and
    # a clause without 完成 (新增就业120人: a thing stated, not a thing done) are none
    text = HUANGSHI.replace(
        "年度绩效目标已全部完成,具体为:完成了市直养护里程1180.5公里,完成了市直桥梁养护67座,完成了市直隧道养护2个,"
        "延长了公路使用寿命,保障群众正常出行。",
        "具体为：已完成 市直养护里程 1180.5 公里；完成预算的83.5%，新增就业120人，完成桥梁养护\n67座。",
    )
    assert [(i.level3_name, i.actual_raw, i.source_line) for i in _indicators(text)] == [
        ("市直养护里程", "1180.5公里", 5), ("桥梁养护", "67座", 6)]
    # below no heading of the targets done: nothing
    assert _indicators(HUANGSHI.replace("2.完成的绩效目标。", "2.工作开展情况。")) == []


# 旌德县农业农村水利局 2021 (/tmp/unseen21p 11): the project's targets in one sentence of its report
JINGDE = """\
旌德县2021年农村饮水工程维修养护工程水利发展资金绩效自评报告
一、概述
本项目总体的绩效目标是169处农村饮水工程维修养护,,覆盖服务人口4.52(万人)。
"""


def test_real_page_a_sentence_of_the_targets_jingde():
    # (169处农村饮水工程维修养护: the figure before the thing — which words name it the clause does not say; left out)
    assert [(i.stage, i.level3_name, i.target_raw, i.source_line) for i in _indicators(JINGDE)] == [
        ("target", "覆盖服务人口", "4.52(万人)", 3)]


def test_a_sentence_of_the_targets_variants():
    text = JINGDE.replace(
        "本项目总体的绩效目标是169处农村饮水工程维修养护,,覆盖服务人口4.52(万人)。",
        "项目绩效目标为：新增特色产业产值80万元，覆盖服务人口 4.52 （万人）；项目按期完工。",
    )
    assert [(i.level3_name, i.target_raw) for i in _indicators(text)] == [
        ("新增特色产业产值", "80万元"), ("覆盖服务人口", "4.52(万人)")]  # (the sentence ends at its ；)
    # a notice's intro sentence (no report's head) restates its table: not read
    assert _indicators(JINGDE.replace("绩效自评报告", "绩效目标的通知")) == []
    # a narrative (most clauses without a figure): not read
    text = JINGDE.replace("169处农村饮水工程维修养护,,覆盖服务人口4.52(万人)",
                          "改善群众饮水条件,保障工程正常运行,受益人口4.52万人")
    assert _indicators(text) == []

"""Performance target tables and department-wide tables of the thirteenth unseen batch (部门整体支出
绩效目标表, 项目支出绩效目标申报表, 部门整体支出绩效自评表), each rule on its real page and on a variant
written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows

from ingest.document import parse_path
from ingest.performance import parse_targets
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Indicator, Project, ProjectFunding, StatedFigure
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def parse_path_text(text: str) -> list:
    from ingest.performance.narrative_indicators import read_narrative_indicators

    return read_narrative_indicators(split_lines(text))


def _targets(records) -> list[tuple]:
    return [(i.source_line, i.level2_name, i.level3_name, i.target_raw) for i in records if isinstance(i, Indicator)]


def test_real_page_a_flattened_target_table_one_row_per_line():
    # 宁德市委党史和地方志研究室 2019 部门整体支出绩效目标表, an XLS table flattened to space-separated
    # cells: rows under a merged level cell print no level name, and a 指标解释 column stands before the
    # 目标值 — the rows had run into one name (…时效100%(历史标准) 100%确保日常工作正常运行…) whose target was
    # the third row's ≥60%, and the header's 指标解释 / 目标值 had made an indicator
    records = parse_path(PAGES / "ningde-dsb-2019-dept-targets.txt").all_records
    assert _targets(records)[:6] == [
        (37, "数量指标", "志鉴地情相关工作开展所需资金的供应时效", "100%"),
        (38, "数量指标", "确保日常工作正常运行", "100%"),
        (39, "数量指标", "按年度发放绩效奖、文明奖、综治平安奖、应休未休补贴", "≥60%"),
        (40, "质量指标", "调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率", "1"),
        (41, "质量指标", "各类书籍审稿率", "1"),
        (42, "时效指标", "项目完成时间", "100%"),
    ]
    assert not [i for i in records if isinstance(i, Indicator) and i.level3_name in ("指标解释", "目标值")]


# The same shape written otherwise: the text column after the target (绩效标准), a level name on a row
# of its own line, a row whose name holds a space, 万元 targets.
FLATTENED = "\n".join([
    "部门整体支出绩效目标表",
    "部门(单位)名称 某某县档案馆",
    "一级指标 二级指标 三级指标 指标值 绩效标准",
    "产出指标 数量指标 档案数字化数量 ≥12000卷 计划标准",
    "接收进馆档案 ≥800卷 历史标准",
    "成本指标 数字化 外包成本 ≤36万元 计划标准",
    "效益指标 社会效益指标 查档利用人次 ≥1500人次 历史标准",
]) + "\n"


def test_a_flattened_target_table_variant():
    assert [(i.level1_name, i.level2_name, i.level3_name, i.target_raw)
            for i in parse_targets(split_lines(FLATTENED)) if isinstance(i, Indicator)] == [
        ("产出指标", "数量指标", "档案数字化数量", "≥12000卷"),
        ("产出指标", "数量指标", "接收进馆档案", "≥800卷"),
        ("产出指标", "成本指标", "数字化外包成本", "≤36万元"),  # (its words joined)
        ("效益指标", "社会效益指标", "查档利用人次", "≥1500人次"),
    ]


def test_real_page_a_text_column_after_the_target_one_cell_per_line():
    # 湘潭市环境卫生管理处 2023 项目支出绩效目标申报表, one cell per line: each row's 绩效标准 cell
    # (计划标准) after its 指标值及单位 had become an indicator whose target was the next row's name; a
    # period (2023.07-2024.01) and a name holding a comma were not read; the signature row made
    # 宋云花 an indicator with the target 联系电话
    records = parse_path(PAGES / "xiangtan-hwc-2023-targets.txt").all_records
    assert _targets(records) == [
        (44, "数量指标", "雾炮车降尘抑尘服务配备车辆数", "10辆"),
        (49, "数量指标", "雾炮车风炮射程", "≥80M"),
        (55, "质量指标", "服务周期内空气质量", "优良"),
        (61, "时效指标", "服务周期", "2023.07-2024.01"),
        (67, "成本指标", "控制在预算成本内", "250万"),
        (80, "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "≥85%"),
        (98, "社会公众或服务对象满意度指标", "市民满意度", "≥90%"),
    ]


# The same shape: cells one per line without closing pipes, a row whose 绩效标准 cell is empty (the
# next name right after its target), full-width comma, a 年 period.
ONE_CELL = "\n".join([
    "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准",
    "产出指标", "数量指标", "培训场次", "≥6场", "计划标准",
    "培训人次", "≥300人次",
    "时效指标", "培训完成时间", "2024年3月-11月", "计划标准",
    "效益指标", "社会效益指标", "参训人员，对课程内容的满意程度", "≥90%", "行业标准",
    "主管部门审核意见", "同意",
]) + "\n"


def test_a_text_column_after_the_target_variant():
    assert indicator_rows(read_indicators(split_lines(ONE_CELL), "target")) == [
        ("产出指标", "数量指标", "培训场次", "≥6场"),
        ("产出指标", "数量指标", "培训人次", "≥300人次"),
        ("产出指标", "时效指标", "培训完成时间", "2024年3月-11月"),
        ("效益指标", "社会效益指标", "参训人员,对课程内容的满意程度", "≥90%"),  # (read in half-width)
    ]


def _funds(records) -> list[tuple]:
    return [(f.source, f.label, f.budget_initial_yuan, f.source_line) for f in records if isinstance(f, ProjectFunding)]


def test_real_page_a_target_tables_funds_by_level_of_government():
    # 湘潭 2023 申报表, one cell per line: 项目支出名称 names the project, 年度本级 预算金额 | 250万 is this
    # level's money and 该项目支出上级资金 | 0 a higher level's, under the form's 单位:万元 — none was read
    records = parse_path(PAGES / "xiangtan-hwc-2023-targets.txt").all_records
    assert [p.name for p in records if isinstance(p, Project)] == ["雾炮车降尘抑尘服务"]
    assert _funds(records) == [
        ("own_level", "年度本级预算金额", Decimal("2500000.00"), 16),
        ("superior", "该项目支出上级资金", Decimal("0.00"), 18),
    ]


def test_real_page_a_target_table_cut_before_its_indicators():
    # 百色市教育局 2024 项目绩效目标公开表, pipe rows: the excerpt ends before the indicators, so no block
    # was read and its funds (合计 after 项目资金, 小计 after 一般公共预算拨款, 市本级) were lost
    records = parse_path(PAGES / "baise-jyj-2024-targets.txt").all_records
    assert [p.name for p in records if isinstance(p, Project)] == ["百色市百东实验初级中学生均教育事业费"]
    assert _funds(records) == [
        ("total", "项目资金(万元)合计", Decimal("2500000.00"), 7),
        ("fiscal", "一般公共预算拨款小计", Decimal("2500000.00"), 8),
        ("own_level", "市本级", Decimal("2500000.00"), 9),
    ]


# The same rows written otherwise: 元, a higher level's money printed, a colon after labels, tabs, and
# the indicators that follow.
FUNDS_BY_LEVEL = "\n".join([
    "项目支出绩效目标表",
    "项目名称\t乡村道路养护",
    "项目资金(元)\t合计\t800000",
    "财政拨款\t小计\t800000",
    "县本级:\t300000",
    "中央及省级补助\t500000",
    "其他资金\t",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t养护里程\t≥35公里",
]) + "\n"


def test_a_target_tables_funds_by_level_variant():
    records = read_indicators(split_lines(FUNDS_BY_LEVEL), "target")
    assert _funds(records) == [
        ("total", "项目资金(元)合计", Decimal("800000.00"), 3),
        ("fiscal", "财政拨款小计", Decimal("800000.00"), 4),
        ("own_level", "县本级", Decimal("300000.00"), 5),
        ("superior", "中央及省级补助", Decimal("500000.00"), 6),
    ]
    assert indicator_rows(records) == [("产出指标", "数量指标", "养护里程", "≥35公里")]


def test_real_page_target_sentences_under_an_output_levels_name():
    # 南岳区实验中学 2017 部门整体支出绩效目标申报表, one cell per line with blank lines between: 质量指标:
    # …力争毕业生合格率达100% was not read (only 效益 / 满意度 levels were, on a 绩效目标 page), and its
    # cell joins the next (…100%时效指标:…) into one paragraph
    found = indicator_rows(parse_path(PAGES / "nanyue-syzx-2017-dept-targets.txt").all_records)
    assert found == [
        ("产出指标", "质量指标", "力争毕业生合格率", "100%"),
        ("效益指标", "环境效益指标", "学校绿化覆盖", "70%"),
        ("满意度指标", "服务对象满意度指标", "社区满意度", "95%以上"),
    ]


# The same cells written otherwise: a 数量指标 cell of two figures, a 成本指标 cell, the cells run
# into one line without a sentence end between them, and a 自评 page whose like cells stay unread.
TARGET_SENTENCES = "\n".join([
    "部门整体支出绩效目标申报表",
    "部门名称 某某县文化馆",
    "年度绩效指标",
    "数量指标:全年举办展览12场,送戏下乡达到30场",
    "",
    "成本指标:人均培训成本不超过300元质量指标:群众文化活动合格率达95%",
]) + "\n"


def test_target_sentences_under_an_output_levels_name_variant():
    assert indicator_rows(parse_path_text(TARGET_SENTENCES)) == [
        ("产出指标", "数量指标", "全年举办展览", "12场"),
        ("产出指标", "数量指标", "送戏下乡", "30场"),
        ("成本指标", None, "人均培训成本", "不超过300元"),
        ("产出指标", "质量指标", "群众文化活动合格率", "95%"),
    ]
    evaluated = TARGET_SENTENCES.replace("绩效目标申报表", "绩效自评表")
    assert indicator_rows(parse_path_text(evaluated)) == []


def _stated(records) -> list[tuple]:
    return [(f.source_line, f.label, f.value) for f in records if isinstance(f, StatedFigure)]


def test_real_page_label_value_funds_under_a_caption_that_lost_its_bracket():
    # 衡山县贯塘乡 2023 部门整体支出绩效自评表, one cell per line with blank lines between: the funds cells
    # after the 年度资金总额 row are 'label:value' (其中:基本支出:900.47) under 年度预算申请 / (万元 — its
    # closing bracket lost, so no unit was declared, and the cells stand more than 30 lines (15 with
    # text) below it
    found = _stated(parse_path(PAGES / "hengshan-guantang-2023-dept-selfeval.txt").all_records)
    assert (250, "其中:基本支出", Decimal("9004700.00")) in found
    assert (254, "项目支出", Decimal("10252000.00")) in found
    assert (259, "其他资金", Decimal("5856200.00")) in found


# The same cells: a caption (元 closing the line, full-width bracket), a blank line between every two
# lines, the pairs 40 lines below it.
LABEL_VALUES = "\n\n".join([
    "部门整体支出绩效自评表",
    "年度预算申请（元",
    *[f"说明{i}" for i in range(14)],
    "资金总额:1250000",
    "其中:财政拨款:1000000",
    "其他资金:250000",
]) + "\n"


def test_label_value_funds_under_a_caption_that_lost_its_bracket_variant():
    from ingest.label_values import parse_label_values

    assert [(f.source_line, f.label, f.value) for f in parse_label_values(split_lines(LABEL_VALUES))] == [
        (33, "资金总额", Decimal("1250000.00")),
        (35, "其中:财政拨款", Decimal("1000000.00")),
        (37, "其他资金", Decimal("250000.00")),
    ]


def test_real_page_a_level_name_in_the_third_level_column_is_the_indicator():
    # 岳阳楼区价格认证鉴定中心 2023 整体绩效目标表, pipe rows with the 一级指标 merged above: 成本指标 |
    # 社会成本指标 | 定量 | 100 | % — 社会成本指标 stands in the 三级指标 column, its value right after; it
    # had been read as a level and the row's 100 lost
    found = indicator_rows(parse_path(PAGES / "yueyanglou-jgrz-2023-dept-targets.txt").all_records)
    assert ("产出指标", "成本指标", "社会成本指标", "100") in found
    assert ("产出指标", "质量指标", "业务工作支出到位率", "100") in found


# The same rows: no 指标值类型 column, the 2021 template's 一级 成本指标 printed on its row (its 二级 a
# level, then a name), and a row whose 三级 name the page lost (效益指标 | 社会效益指标 | ≥95%: nothing).
LEVEL_AS_NAME = "\n".join([
    "一级指标 | 二级指标 | 三级指标 | 指标值 |",
    "产出指标 | 数量指标 | 检测批次 | ≥120批次 |",
    "成本指标 | 经济成本指标 | ≤18万元 |",
    "成本指标 | 经济成本指标 | 设备维护成本 | ≤5万元 |",
    "效益指标 | 社会效益指标 | ≥95% |",
]) + "\n"


def test_a_level_name_in_the_third_level_column_variant():
    assert indicator_rows(read_indicators(split_lines(LEVEL_AS_NAME), "target")) == [
        ("产出指标", "数量指标", "检测批次", "≥120批次"),
        ("产出指标", "成本指标", "经济成本指标", "≤18万元"),
        ("成本指标", "经济成本指标", "设备维护成本", "≤5万元"),
    ]

"""Performance tables of the eleventh unseen batch (a second batch of 项目支出绩效自评表 / 绩效目标表
pages), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows

from ingest.document import parse_path
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Indicator
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


_indicators = indicator_rows


def test_real_page_a_levels_gloss_and_a_level_the_list_lacks_are_no_indicators():
    # 东莞市 2019 绩效目标批复表, pipe rows: 数量指标(或建筑规模指标) | 镇街补助款完成结算项目数 | 3 —
    # the gloss was read as the indicator and its name as the target; 预算(或投资规模)控制指标 |
    # 年度预算执行率 | ≥90% made an indicator 控制指标 whose target was the name
    found = set(_indicators(parse_path(PAGES / "dongguan-jtj-2019-targets.txt").all_records))
    assert ("产出指标", "数量指标", "镇街补助款完成结算项目数", "3") in found
    assert ("产出指标", "时效指标", "结算款支付及时性", "及时") in found
    assert ("产出指标", "预算(或投资规模)控制指标", "年度预算执行率", "≥90%") in found
    # (the page's own 一级指标, 效果指标, read by its place before the 二级指标 — it had been the 二级指标's
    # standard parent, 效益指标)
    assert ("效果指标", "社会、经济、生态效益指标", "补助款结算争议率", "0%") in found
    names_as_targets = ("镇街补助款完成结算项目数", "年度预算执行率")
    assert not [row for row in found if row[2].startswith("(") or row[3] in names_as_targets]


# The same shapes: full-width brackets, a gloss after a 一级 name's 二级 name, tab-free pipe rows.
GLOSSES = "\n".join([
    "一级指标 | 二级指标 | 三级指标 | 指标值 |",
    "产出指标 | 数量指标（或建筑规模指标） | 新建道路长度 | ≥12公里 |",
    "时效指标（工期指标、形象进度指标） | 工程完工及时率 | 100% |",
    "投资控制指标 | 工程结算审减率 | ≤5% |",
    "效益指标 | 社会效益指标 | 受益人口 | ≥3000人 |",
]) + "\n"


def test_a_levels_gloss_and_a_level_the_list_lacks_variant():
    assert _indicators(read_indicators(split_lines(GLOSSES), "target")) == [
        ("产出指标", "数量指标", "新建道路长度", "≥12公里"),
        ("产出指标", "时效指标", "工程完工及时率", "100%"),
        ("产出指标", "投资控制指标", "工程结算审减率", "≤5%"),
        ("效益指标", "社会效益指标", "受益人口", "≥3000人"),
    ]


# A name ending in 指标 whose target is a text, not an operator-led figure, stays an indicator.
TEXT_TARGET = "\n".join([
    "一级指标 | 二级指标 | 三级指标 | 指标值 |",
    "产出指标 | 质量指标 | 水质监测指标 | 达标 |",
    "质量指标 | 设备验收合格率 | ≥95% |",
]) + "\n"


def test_a_name_ending_in_zhibiao_with_a_text_target_stays_an_indicator_variant():
    assert _indicators(read_indicators(split_lines(TEXT_TARGET), "target")) == [
        ("产出指标", "质量指标", "水质监测指标", "达标"),
        ("产出指标", "质量指标", "设备验收合格率", "≥95%"),
    ]


def _funding(records) -> list[tuple]:
    from ingest.records import ProjectFunding

    return [
        (f.label, f.budget_initial_yuan, f.budget_full_year_yuan, f.executed_yuan)
        for f in records
        if isinstance(f, ProjectFunding)
    ]


def _project(records):
    from ingest.records import Project

    return next(r for r in records if isinstance(r, Project))


def test_real_page_a_funds_label_alone_on_its_row_takes_the_values_row_below():
    # 临翔区 2023 项目支出绩效自评表: '年度资金总额 |' then '| 32.4 | 31.69 | 10 | 97.80% | 9 |' — five values
    # under six headers (the empty 年初预算数 cell dropped); 31.69 / 32.4 = 97.81% confirms the reading
    records = parse_path(PAGES / "linxiang-lcj-2023-selfeval.txt").all_records
    assert _funding(records) == [
        ("年度资金总额", None, Decimal("324000.00"), Decimal("316900.00")),
        ("其中:当年财政拨款", None, Decimal("324000.00"), Decimal("316900.00")),
    ]
    project = _project(records)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal("97.80"), 10, 9)


def _selfeval(funds_values: str) -> str:
    return "\n".join([
        "项目支出绩效自评表 |",
        "项目名称 | 村道硬化工程 |",
        "项目资金 (万元) |",
        "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "年度资金总额 |",
        funds_values,
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "产出指标 | 数量指标 | 硬化道路长度 | ≥2公里 | 2.1公里 | 50 | 50 | 无 |",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 40 | 40 | 无 |",
        "总分 | 100 | 100 |",
    ]) + "\n"


def _parsed(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(text, encoding="utf-8")
        return parse_path(path).all_records


def test_a_funds_label_alone_on_its_row_takes_the_values_row_below_variant():
    # 万元 with thousands separators, the rate cut (not rounded) at its last digit: 1,180.5 / 1,250 = 94.44%
    records = _parsed(_selfeval("| 1,250 | 1,180.5 | 10 | 94.44% | 9 |"))
    assert _funding(records) == [("年度资金总额", None, Decimal("12500000"), Decimal("11805000"))]
    project = _project(records)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal("94.44"), 10, 9)


def test_a_funds_row_one_value_short_whose_rate_disagrees_is_not_aligned_variant():
    # 1,180.5 / 1,250 = 94.44%, printed 90%: which cell was lost cannot be told — no amounts read
    records = _parsed(_selfeval("| 1,250 | 1,180.5 | 10 | 90% | 9 |"))
    assert all(row[1:] == (None, None, None) for row in _funding(records))
    assert not [r for r in records if getattr(r, "executed_yuan", None) is not None]


def test_real_page_a_table_one_cell_per_line_with_blank_lines_keeps_funds_and_rows():
    # 昌宁县供销社 2022 项目支出绩效自评表, one cell per line, blank-line runs for empty columns: the
    # name after '项目名称' on its own line (the table was dropped as nameless), the funds row
    # 50 / 10 / 20 / 4 with the rate printed without % (10 / 50 = 20%); its indicators, once run into
    # one row by the wrapped-text reader, are read one per 三级指标
    records = parse_path(PAGES / "changning-gxs-2022-selfeval.txt").all_records
    project = _project(records)
    assert project.name == "昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设项目"
    assert (project.budget_full_year_yuan, project.executed_yuan) == (Decimal("500000.00"), Decimal("100000.00"))
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (20, 20, 4)
    rows = [(i.level3_name, i.target_raw, i.actual_raw, i.score) for i in records if isinstance(i, Indicator)]
    assert ("公猪舍(≥**平方米)", "22.8", "22.8", 1) in rows
    assert ("管理用房及消通道(≥**平方米)", "76.44", "76.44", 2) in rows
    assert len(rows) == 19
    assert all(len(row[0]) < 30 and len(row[1] or "") < 10 for row in rows)


def _cell_per_line(rate: str) -> str:
    cells = [
        "2023年度项目支出绩效自评表", "项目名称", "村级公益设施维护项目", "主管部门", "某镇人民政府",
        "项目实施单位", "某镇人民政府", "预算执行情况(万元)", "(10分)", "预算数(A)", "执行数(B)",
        "执行率(B/A)", "得分", "年度财政资金总额", "120", "114", rate, "9.5", "年度绩效目标", "(90分)",
        "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分",
        "产出指标", "数量指标", "维护公益设施数量(≥个)", "12", "12", "45",
        "效益指标", "社会效益指标", "受益群众人数(≥人)", "3000", "3200", "45", "总分", "99.5",
    ]
    return "\n\n".join(cells) + "\n"


def test_a_funds_rate_printed_without_percent_one_cell_per_line_variant():
    records = _parsed(_cell_per_line("95"))
    project = _project(records)
    assert (project.budget_full_year_yuan, project.executed_yuan) == (Decimal("1200000"), Decimal("1140000"))
    assert (project.execution_rate, project.funds_score) == (95, Decimal("9.5"))


def test_a_funds_rate_without_percent_that_disagrees_is_not_read_variant():
    # 114 / 120 = 95%, printed 59: no reading of the row
    records = _parsed(_cell_per_line("59"))
    assert not [r for r in records if getattr(r, "executed_yuan", None) is not None]


def _department_funding(records) -> list[tuple]:
    from ingest.records import DepartmentFunding

    return [
        (f.label, f.budget_initial_yuan, f.budget_full_year_yuan, f.executed_yuan, f.execution_rate, f.weight, f.score)
        for f in records
        if isinstance(f, DepartmentFunding)
    ]


def test_real_page_a_department_self_evaluation_one_cell_per_line():
    # 衡山县贯塘乡 2023 部门整体支出绩效自评表, a Word table one cell per line with a blank line after
    # every cell: the header's words each alone (年初预算数 … 自评得分), then 年度资金总额 and its six
    # figures one per line — nothing was read
    records = parse_path(PAGES / "hengshan-guantang-2023-dept-selfeval.txt").all_records
    assert _department_funding(records) == [
        ("年度资金总额", Decimal("8611000.00"), Decimal("20301200.00"), Decimal("20301200.00"), 100, 10, 10)
    ]


def _department_cells(figures: list[str]) -> str:
    cells = [
        "2022年度部门整体支出绩效自评表", "部门(单位)名称", "某县文化馆", "年度预算申请", "(万元)",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额:", *figures,
        "其中:基本支出", "300.5", "310.5", "309", "/", "99.52%", "/",
        "年度总体目标", "完成全年文化活动",
    ]
    return "\n\n".join(cells) + "\n"


def test_a_department_self_evaluation_one_cell_per_line_variant():
    records = _parsed(_department_cells(["1,200", "1,350.25", "1,296.24", "10", "96.00%", "9.6"]))
    assert _department_funding(records) == [
        ("年度资金总额", Decimal("12000000"), Decimal("13502500"), Decimal("12962400"), Decimal("96.00"), 10,
         Decimal("9.6")),
        ("其中:基本支出", Decimal("3005000"), Decimal("3105000"), Decimal("3090000"), Decimal("99.52"), None, None),
    ]


def test_a_department_funds_row_one_figure_short_is_left_out_variant():
    records = _parsed(_department_cells(["1,200", "1,350.25", "10", "96.00%", "9.6"]))
    assert [row[0] for row in _department_funding(records)] == ["其中:基本支出"]


def _money_figures(records) -> list:
    from ingest.records import StatedFigure

    return [r for r in records if isinstance(r, StatedFigure) and r.unit == "yuan"]


def test_real_page_an_indicator_tables_weights_one_cell_per_line_are_no_money():
    # 财政支出绩效目标申报表 (2021) template, one cell per line closed by ' |', under 项目资金申请(万元):
    # the indicator rows' 分值 (5, 15, 5, 10) were read as amounts of 5万元 … 15万元
    records = parse_path(PAGES / "guangxi-2021-targets-template.txt").all_records
    assert _money_figures(records) == []


def test_an_indicator_tables_weights_one_cell_per_line_are_no_money_variant():
    text = "\n".join([
        "本项目年度资金总额50万元。",
        "项目资金(万元) |", "资金总额: |", "|",
        "一级指标 |", "二级指标 |", "分值 |", "指标值 |", "|",
        "产出指标 |", "数量指标 |", "20 |", "≥3个 |", "|",
        "时效指标 |", "10 |", "按时完成 |", "|",
        "效益指标 |", "社会效益指标 |", "30 |", "明显提升 |", "|",
    ]) + "\n"
    assert [figure.value for figure in _money_figures(_parsed(text))] == [Decimal("500000")]  # the sentence's


def test_real_page_a_target_tables_value_type_and_explanation_columns_are_no_indicators():
    # 岳阳楼区价格认证鉴定中心 2023 整体绩效目标表 (a traditional-character mirror): 一级指标 | 二级指标 |
    # 三级指标 | 指标值类型 | *指标值 | 计量单位 | *指标解释 | *评(扣)分标准 | 备注 — 定量 was read as the
    # target, and each row's 指标解释 as a second indicator whose target was its 评(扣)分标准
    found = _indicators(parse_path(PAGES / "yueyanglou-jgrz-2023-dept-targets.txt").all_records)
    assert found == [
        ("产出指标", "数量指标", "业务工作支出安排金额", "28.8万元"),
        ("产出指标", "质量指标", "业务工作支出到位率", "100"),
        ("产出指标", "时效指标", "工作安排时间", "按月安排"),
        # (成本指标 | 社会成本指标 | 定量 | 100 | %: the name in the 三级指标 column, as the rows above print
        # theirs — see test_performance_unseen13t)
        ("产出指标", "成本指标", "社会成本指标", "100"),
        ("效益指标", "社会效益指标", "保证单位正常运转", "应保尽保"),
    ]


EXPLAINED = "\n".join([
    "一级指标 | 二级指标 | 三级指标 | 指标值类型 | 指标值 | 计量单位 | 指标解释 | 评(扣)分标准 | 备注 |",
    "产出指标 | 数量指标 | 培训人次 | 定量 | ≥300 | 人次 | 反映培训覆盖情况 | 每少10人扣1分 | |",
    "质量指标 | 培训合格率 | 定量 | 95% | | 反映培训质量 | 未达到扣2分 | |",
    "成本指标 | 经济成本指标 | 定量 | 12万元 | | 反映成本控制 | 超支不得分 | |",
    "效益指标 | 社会效益指标 | 群众知晓度 | 定性 | 明显提高 | | 反映宣传效果 | 酌情扣分 | |",
]) + "\n"


def test_a_target_tables_value_type_and_explanation_columns_variant():
    # the 成本指标 row prints 经济成本指标 where the rows above print their 三级指标 (二级 | 三级 | 定量 | value):
    # it is the row's indicator, its explanation and scoring texts no indicators
    assert _indicators(read_indicators(split_lines(EXPLAINED), "target")) == [
        ("产出指标", "数量指标", "培训人次", "≥300"),
        ("产出指标", "质量指标", "培训合格率", "95%"),
        ("产出指标", "成本指标", "经济成本指标", "12万元"),
        ("效益指标", "社会效益指标", "群众知晓度", "明显提高"),
    ]


def test_real_page_a_year_opening_the_next_label_is_no_headcount():
    # 衡山县贯塘乡 基础数据表 one cell per line: 编制数 / 2023 年实际在职人数 / 控制率 / 46 / 50 / 108.70% —
    # 编制数 was read as 2023 人
    from ingest.records import StatedFigure

    records = parse_path(PAGES / "hengshan-guantang-2023-dept-selfeval.txt").all_records
    assert not [r for r in records if isinstance(r, StatedFigure) and r.value == 2023]


def test_a_year_opening_the_next_label_is_no_headcount_variant():
    from ingest.count_cells import parse_count_cells

    text = "人员编制数\n\n2022 年实有人数\n\n30\n\n28\n在职人员\n\n15\n"
    assert [(f.label, f.value) for f in parse_count_cells(split_lines(text))] == [("在职人员", 15)]

"""Readings of the nineteenth unseen batches that were wrong (a direction column read as the indicator's
name, a row number read as an amount, header cells read as indicators …): each cause on its real page
and on a variant written here — read right, or left out with a parse warning."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.identity import parse_identity
from ingest.records import DepartmentFunding, ParseWarning, Project, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines
from tests._performance_helpers import indicator_rows, parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_a_direction_column_is_no_indicator_name():
    # 乌海市供销社 2021 项目绩效目标表: 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 —
    # each row's 正向 / 反向 was read as its 三级指标 (the name before it dropped)
    rows = indicator_rows(parse_path(PAGES / "wuhai-gxs-2021-project-targets-direction-column.txt").all_records)
    assert rows[0] == ("产出指标", "数量指标", "出差人数", "=8")
    assert rows[7] == ("产出指标", "成本指标", "出差总成本", "=1万元")
    assert not [r for r in rows if r[2] in {"正向", "反向"}]


def test_a_direction_column_is_no_indicator_name_variant():
    head = "项目名称 | 乡村道路养护\n一级指标 | 二级指标 | 三级指标 | 指标方向性 | 指标值 | 分值\n"
    rows = [
        "产出指标 | 数量指标 | 养护里程 | 正向指标 | ≥120公里 | 10",
        "产出指标 | 成本指标 | 单位成本 | 反向 | ≤3万元 | 10",
    ]
    expected = [("产出指标", "数量指标", "养护里程", "≥120公里"), ("产出指标", "成本指标", "单位成本", "≤3万元")]
    assert indicator_rows(parsed_page(head + "\n".join(rows) + "\n")) == expected
    # one cell per line, each closed by a pipe
    cells = "\n".join(f"{cell.strip()} |" for row in [head.splitlines()[1], *rows] for cell in row.split("|"))
    assert indicator_rows(parsed_page(head.splitlines()[0] + "\n" + cells + "\n")) == expected


def _amounts(records) -> list[tuple]:
    return [(f.label, f.value, f.source_line) for f in records if isinstance(f, StatedFigure) and f.field == "amount"]


def test_real_page_a_row_number_after_a_numbered_header_is_no_amount():
    # 德化县民政局 2025 老年助餐省级补助资金分配表 printed one cell per line: 序号 / 乡镇 / (社区) / 补助对象 /
    # 补助金额, then the first row's 1 — read as 补助金额 1万元
    records = parse_path(PAGES / "dehua-mzj-2025-project-targets-numbered-allocation.txt").all_records
    assert not [f for f in _amounts(records) if f[2] == 50]
    assert ("合计", Decimal("100000.00"), 68) in _amounts(records)


def test_a_row_number_after_a_numbered_header_is_no_amount_variant():
    # each cell closed by its pipe, the unit 元, 编号 for 序号
    cells = ["单位:元", "编号", "单位名称", "分配金额", "3", "城关镇", "50000", "合计", "50000"]
    found = _amounts(parsed_page("\n".join(f"{c} |" for c in cells) + "\n"))
    assert [(label, value) for label, value, _ in found] == [("合计", Decimal("50000.00"))]
    # no 序号 column: the label's number is its amount
    cells = ["单位:万元", "", "年度资金总额", "", "3", "", "其中:财政拨款", "", "3"]
    found = _amounts(parsed_page("\n".join(cells) + "\n"))
    assert [(label, value) for label, value, _ in found] == [
        ("年度资金总额", Decimal("30000.00")), ("其中:财政拨款", Decimal("30000.00"))
    ]


def _statements(text: str) -> tuple[list[StatedFigure], list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    return found, warnings


def test_real_page_an_amount_glued_to_a_count_is_no_count():
    # 南江县林业局 2024 资金分配表 flattened onto one line: …能力提升建设补助134.18103245亩非国有… (the
    # amount 134.18 then the task 103245亩) was read as the count 134.18103245亩
    records = parse_path(PAGES / "nanjiang-lyj-2024-allocation-flattened-glued-count.txt").all_records
    assert not [f for f in records if isinstance(f, StatedFigure) and str(f.value).startswith("134.18")]


def test_an_amount_glued_to_a_count_is_no_count_variant():
    found, warnings = _statements("保护区能力提升建设补助 56.5012000 亩,另安排林业有害生物防治补助24万元。")
    assert [(f.value, f.unit) for f in found if f.field in ("count", "measure")] == []
    assert [w.message for w in warnings if "four decimals" in w.message]
    # an area with its own few decimals is read (a measure, precision28)
    found, _ = _statements("完成人工造林面积3.25亩。")
    assert [(f.value, f.unit) for f in found if f.field == "measure"] == [(Decimal("3.25"), "亩")]


def test_real_page_header_cells_printed_with_a_space_are_no_indicators():
    # 蒙城县卫健委 2024 项目支出绩效目标申报表, one cell per line closed by pipes: 绩效 指标 / 一级 指标 /
    # 产出 指标 (a space inside each cell) were read as indicators 绩效, 一级, 产出 with the target 指标 (read right
    # since main moves each closing pipe up to its cell; the bare printings below need the rule)
    records = parse_path(PAGES / "mengcheng-wjw-2024-project-targets-spaced-header-cells.txt").all_records
    rows = indicator_rows(records)
    assert not [r for r in rows if r[3] == "指标" or r[2] in {"绩效", "一级", "产出"}]
    assert rows[:2] == [
        ("产出指标", "数量指标", "适龄儿童国家免疫规划疫苗接种率", "≧90%"),
        ("产出指标", "数量指标", "7岁以下儿童健康管理率", "≧85%"),
    ]


def test_header_cells_printed_with_a_space_are_no_indicators_variant():
    cells = ["项目名称", "乡村道路养护", "绩效 指标", "一级 指标", "二级 指标", "三级指标", "指标值",
             "产出 指标", "数量 指标", "养护里程", "≥120公里"]
    expected = [("产出指标", "数量指标", "养护里程", "≥120公里")]
    assert indicator_rows(parsed_page("\n".join(f"{c} |" for c in cells) + "\n")) == expected
    # bare cells, a blank line after each, full-width spaces inside
    assert indicator_rows(parsed_page("\n\n".join(c.replace(" ", "\u3000") for c in cells) + "\n")) == expected


@pytest.mark.parametrize(
    ("page", "doc_type"),
    [
        # its title 项目支出绩效目标申报表 below a project's numbered notes, past the head
        ("mengcheng-wjw-2024-project-targets-spaced-header-cells.txt", "performance_target"),
        # no title: 一、项目基本情况 … (二)项目绩效目标 (in traditional characters)
        ("yaoan-jtysj-2024-selfeval-report-untitled-traditional.txt", "self_evaluation"),
        # 关于上报2023年1-4级残疾军人护理费项目支出绩效自评的报告
        ("linxia-tyjrswj-2023-selfeval-report-de-baogao.txt", "self_evaluation"),
    ],
)
def test_real_page_a_performance_text_naming_no_kind_is_no_final_account(page, doc_type):
    # each fell through to the default final_account: no 部门决算 / 部门预算 named, no figure stated as either
    assert parse_path(PAGES / page).info.doc_type == doc_type


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("".join(f"({n})项目说明第{n}项。\n" for n in range(1, 8)) + "项目绩效目标申报表\n项目名称 | 道路养护\n",
         "performance_target"),
        ("一、基本情况\n该项目全长3公里,审定价为120万元。\n二、项目绩效指标完成情况\n质量达标率100%。\n",
         "self_evaluation"),
        ("关于报送2022年度乡村振兴项目绩效评价的报告\n根据通知要求,现将情况报告如下。\n", "self_evaluation"),
        # a text naming 决算 stays a final account
        ("一、基本情况\n二、项目绩效目标完成情况\n本年决算支出120万元。\n", "final_account"),
    ],
)
def test_a_performance_text_naming_no_kind_is_no_final_account_variant(text, doc_type):
    assert parse_identity(split_lines(text), source_name="x.txt").doc_type == doc_type


def test_real_page_a_flattened_sheets_department_field_ends_at_the_next_label():
    # 龙岩市 2023 民族发展专项资金 notice and 专项转移支付绩效目标表 flattened onto one line: the department
    # came back as 项转移支付绩效目标表龙岩市财政局 (a run of words before a 局), its 部门(单位)名称 field unread
    info = parse_path(PAGES / "longyan-mzj-2023-targets-flattened-named-field.txt").info
    assert info.department_name == "龙岩市民族与宗教事务局"


@pytest.mark.parametrize("label", ["部门预算编码", "项目名称", "主管部门", "单位代码"])
def test_a_flattened_sheets_department_field_ends_at_the_next_label_variant(label):
    text = ("相关县(市、区)财政局:现下达专项资金30万元,附件:1.2023年漳州市文化惠民资金分配表2.专项转移支付绩效目标表"
            "漳州市财政局漳州市文化体育和旅游局2023年3月13日附件2专项转移支付绩效目标表(2023年度)部门(单位)名称"
            f"漳州市文化体育和旅游局{label}230001资金情况(万元)资金总额:30其中:财政拨款30\n")
    assert parse_identity(split_lines(text), source_name="x.txt").department_name == "漳州市文化体育和旅游局"


def test_real_page_a_sentences_year_is_no_titles_year():
    # 厦门市同安区 关于下达2020居家社区养老服务照料中心建设补助资金的通知 (its year without 年): the year was
    # taken from the first sentence, 在2021年区镇上下级结算时收回…
    assert parse_path(PAGES / "tongan-xinmin-2020-notice-title-year-without-nian.txt").info.fiscal_year == 2020


def test_a_sentences_year_is_no_titles_year_variant():
    text = ("某某县财政局关于下达养老服务补助资金的通知\n\n各乡镇:\n"
            "为加强预算执行,在2023年结算时收回结余资金10万元。\n现下达你镇2022年养老服务补助资金5万元。\n"
            "附件:2022年养老服务补助资金绩效目标表\n")
    assert parse_identity(split_lines(text), source_name="x.txt").fiscal_year == 2022


def test_real_page_a_reason_header_wrapped_over_lines_is_no_indicator():
    # 零陵区林业局 2021 自评表 one cell per line, a blank line after each: 偏差原因 / 分析及 / 改进措施 (one
    # header cell wrapped over three lines) was read as the indicator 分析及 with the target 改进措施
    rows = indicator_rows(parse_path(PAGES / "lingling-lyj-2021-selfeval-cell-per-line-blank-lines.txt").all_records)
    assert not [r for r in rows if "分析" in r[2] or "措施" in (r[3] or "")]
    assert rows[0] == ("产出指标", "数量指标", "造林面积", "1.2万亩")


@pytest.mark.parametrize("spacing", ["\n", "\n\n", " |\n"])
def test_a_reason_header_wrapped_over_lines_is_no_indicator_variant(spacing):
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
              "未完成原因", "和整改", "措施"]
    rows = ["产出指标", "数量指标", "养护里程", "120公里", "118公里", "10", "9"]
    assert indicator_rows(parsed_page(spacing.join(["项目名称", "道路养护", *header, *rows]) + "\n")) == [
        ("产出指标", "数量指标", "养护里程", "120公里")
    ]


def test_real_page_a_level_cell_between_pipe_lines_is_no_heading():
    # 保山市退役军人事务局 2022 项目支出绩效自评表, each cell on a line and its closing pipe on the next: the
    # 数量指标 cell was read as a report's heading and the counts of its 三级指标 cell (慰问伤残军人50人;革命烈士
    # 遗属50人;…) as five indicators; the 项目名称 and 主管部门 as the pipe after their label
    records = parse_path(PAGES / "baoshan-tyjrswj-2022-selfeval-cell-then-pipe-line.txt").all_records
    assert not [r for r in indicator_rows(records) if r[2] in {"革命烈士遗属", "边海防官兵"}]
    project = next(p for p in records if isinstance(p, Project))
    assert (project.name, project.competent_department, project.implementing_unit) == (
        "春节走访慰问经费", "保山市退役军人事务局", "保山市退役军人事务局"
    )


@pytest.mark.parametrize("pipe", ["|", "||||"])
def test_a_level_cell_between_pipe_lines_is_no_heading_variant(pipe):
    cells = ["2023年度项目支出绩效自评表", "项目名称", pipe, "优抚对象慰问", pipe, "主管部门", pipe, "某县民政局", pipe,
             "实施单位", pipe, "某县民政局", pipe, "数量指标", pipe, "慰问烈属30户;慰问老复员军人12人。", pipe]
    records = parsed_page("\n".join(cells) + "\n")
    assert not [r for r in indicator_rows(records) if r[2] in {"慰问烈属", "慰问老复员军人"}]
    # a report's heading on a line of its own, prose below: its clauses are indicators
    report = "2023年度项目支出绩效自评报告\n(1)数量指标\n慰问烈属30户;慰问老复员军人12人。\n"
    assert [r[2] for r in indicator_rows(parsed_page(report))] == ["慰问烈属", "慰问老复员军人"]


def test_real_page_run_on_cells_of_a_flattened_sheet_are_read_no_further():
    # 蚕茶卫生院 2021 整体支出绩效自评表 flattened by a document site: 业务收入达到55万元 under a label that ran on
    # from 项目支出 (tagged 项目支出), 业务收入77.57万元 from 三公经费控制率达标 (tagged a 三公经费 total); 分值 4,
    # 得分 3 and 个别人 read as 43个; 水电支出减少01万元 as a change of 1万元
    records = parse_path(PAGES / "nanchangxian-cancha-wsy-2021-dept-selfeval-flattened-docx.txt").all_records
    figures = [f for f in records if isinstance(f, StatedFigure)]
    income = [f for f in figures if f.label.endswith("业务收入") and f.field == "amount"]
    assert [(f.value, f.metric) for f in income] == [(Decimal("550000.00"), None), (Decimal("775700.00"), None)]
    assert not [f for f in figures if f.value == Decimal("43") or (f.field == "change" and f.source_line == 6)]
    assert [w for w in records if isinstance(w, ParseWarning) and "leading zero" in w.message]


def test_run_on_cells_of_a_flattened_sheet_are_read_no_further_variant():
    found, warnings = _statements(
        "项目支出 年度总体目标 事业收入达到 120 万元;公用经费支出 8 万元;三公经费控制达标医疗收入 98.5万元。"
        "及时率按规定时限 5 4 个别科室未完成;水电支出减少 02 万元;办公费减少0.2万元。"
    )
    assert [(f.label, f.metric) for f in found if f.field == "amount"] == [
        ("项目支出年度总体目标事业收入", None), ("公用经费支出", "public_expense"), ("三公经费控制达标医疗收入", None)
    ]
    assert not [f for f in found if f.field == "count"]
    assert [(f.direction, f.value) for f in found if f.field == "change"] == [("decrease", Decimal("2000.00"))]
    assert [w for w in warnings if "leading zero" in w.message]
    # a label that is the metric's own keeps it
    found, _ = _statements("2021年项目支出 120 万元。")
    assert [f.metric for f in found] == ["expenditure_project"]


def test_real_page_a_score_under_a_misread_label_is_left_out():
    # 2020年度长江禁捕项目自评表, a scan flattened by a document site: …资金总额1.561.56120度效标O0B年绩目1分 — the
    # 1 glued after the funds row's cells read as a score of 1 under the misread words 度效标O0B年绩目
    records = parse_path(PAGES / "cjjb-2020-selfeval-flattened-scan-noise.txt").all_records
    assert not [f for f in records if isinstance(f, StatedFigure) and f.field == "score" and f.source_line == 4]
    assert [w for w in records if isinstance(w, ParseWarning) and "Latin letters" in w.message]


def test_a_score_under_a_misread_label_is_left_out_variant():
    found, warnings = _statements("预算执行情况 12.5 12.5 100% 20 年度绩效目标 EB 二级指标 3 分;项目自评 得分 92 分。")
    assert [(f.label, f.value) for f in found if f.field == "score"] == [("项目自评得分", Decimal("92"))]
    found, warnings = _statements("资金总额 5.0 5.0 1 20 度效标Q8年绩目 1分")
    assert not [f for f in found if f.field == "score"]
    assert [w for w in warnings if "Latin letters" in w.message]


def test_real_page_an_amount_due_keeps_its_noun():
    # 临夏市退役军人事务局 2023 自评报告: 全年应执行数为7.79万元 was labelled 全年应 (执行数 stripped as the
    # field's word)
    records = parse_path(PAGES / "linxia-tyjrswj-2023-selfeval-report-de-baogao.txt").all_records
    assert [(f.label, f.value) for f in records if isinstance(f, StatedFigure) and f.field == "amount"
            and f.source_line == 30][-1] == ("全年应执行数", Decimal("77900.00"))


def test_an_amount_due_keeps_its_noun_variant():
    found, _ = _statements("全年须执行数为 12,000 元;公用经费决算数为3万元;本年应预算数 5.5万元。")
    assert [(f.label, f.value) for f in found] == [
        ("全年须执行数", Decimal("12000")), ("公用经费", Decimal("30000")), ("本年应预算数", Decimal("55000"))
    ]


def _department_funds(records) -> list[tuple]:
    return [(f.label, f.budget_initial_yuan, f.executed_yuan, f.weight, f.score, f.value_lines)
            for f in records if isinstance(f, DepartmentFunding)]


def test_real_page_department_funds_header_cells_wrapped_over_two_lines():
    # 零陵区林业局 2021 部门整体支出绩效自评表 one cell per line, blank lines between: 年初 / 预算数 and 全年 / 执行数
    # (header cells wrapped) were no columns — the row's 年初预算数 read as its 执行数, its 分值 as its 得分
    records = parse_path(PAGES / "lingling-lyj-2021-selfeval-cell-per-line-blank-lines.txt").all_records
    assert _department_funds(records) == [(
        "年度资金总额", Decimal("47536600.00"), Decimal("38242600.00"), Decimal("10"), Decimal("10"),
        "budget_full_year=43;executed=45;execution_rate=49;weight=47;score=51",
    )]


@pytest.mark.parametrize("spacing", ["\n", "\n\n", "\n\u3000\n"])
def test_department_funds_header_cells_wrapped_over_two_lines_variant(spacing):
    # (each cell closed by its pipe is not read by this reader at all, wrapped or not)
    cells = ["部门整体支出绩效自评表", "部门(单位)名称", "某县林业局", "资金(元)", "年初", "预算数", "全年预算数",
             "全年", "执行数", "分值", "执行率", "得分", "年度资金总额", "120000", "120000", "96000", "10", "80%", "8"]
    found = _department_funds(parsed_page(spacing.join(cells) + "\n"))
    assert [f[:5] for f in found] == [
        ("年度资金总额", Decimal("120000"), Decimal("96000"), Decimal("10"), Decimal("8"))
    ]
    # in 万元, 执行率 wrapped too (执行 / 率): the rate's column read
    cells[3], cells[10:11] = "资金(万元)", ["执行", "率"]
    cells[-6:] = ["12", "12", "9.6", "10", "80%", "8"]
    found = parsed_page(spacing.join(cells) + "\n")
    assert [(f.executed_yuan, f.execution_rate, f.score) for f in found if isinstance(f, DepartmentFunding)] == [
        (Decimal("96000.0"), Decimal("80"), Decimal("8"))
    ]

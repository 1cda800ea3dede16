"""Performance documents of the fifteenth unseen batch (部门整体绩效目标表, 项目支出绩效自评表, 转移支付自评表,
自评报告 from provinces and sites not seen before), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows, parsed_page

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding, StatedFigure, TargetTask

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_department_targets_as_pipe_rows_with_a_split_target():
    # 浮梁县林业局 部门整体绩效目标 (a budget system's export pasted as pipe rows): its header names the target's
    # three cells 计算符号 | 目标值 | 度量单位 and a text column 指标值说明 after them; rows after a group's
    # first drop its level cells. The table had been read as hard-wrapped text (every row one name) and a
    # target read as 该指标值数据合理
    records = parse_path(PAGES / "fuliang-lyj-2026-dept-targets-pipe.txt").all_records
    rows = {(i.source_line, i.level1_name, i.level2_name, i.level3_name, i.target_raw)
            for i in records if isinstance(i, Indicator)}
    assert {
        (23, "产出指标", "数量指标", "保障在职职工人数(人)", "=116人"),
        (24, "产出指标", "数量指标", "保障退休职工人数(人)", "=81人"),
        (26, "产出指标", "数量指标", "林木采伐监管(万立方米)", "=6万立方米"),
        (29, "产出指标", "数量指标", "林业产业(万亩)", "=0.5万亩"),
        (34, "产出指标", "数量指标", "自然保护区负氧离子监测点(个)", "=4个"),
        (35, "产出指标", "质量指标", "工资发放准确性(%)", "≥95%"),
    } <= rows
    assert not any("合理" in (i.target_raw or "") or i.weight is not None for i in records if isinstance(i, Indicator))


def test_department_targets_as_pipe_rows_variant():
    # full-width pipes and spaces, the split target's header as 指标性质 | 指标值 | 计量单位, a unit in ten
    # thousands (万人次) and one without a unit cell, the explanation column named 指标说明
    records = parsed_page("\n".join([
        "某县文化馆部门整体支出绩效目标表",
        "｜ 部门名称： ｜ 某县文化馆 ｜ ｜",
        "｜ 一级指标 ｜ 二级指标 ｜ 三级指标 ｜ 指标性质 ｜ 指标值 ｜ 计量单位 ｜ 指标说明 ｜",
        "｜ 产出指标 ｜ 数量指标 ｜ 免费开放天数 ｜ ≥ ｜ 300 ｜ 天 ｜ 按年计 ｜",
        "｜ 接待观众人次 ｜ ≥ ｜ 1.5 ｜ 万人次 ｜ 按年计 ｜｜｜",
        "｜ 质量指标 ｜ 展览合格率 ｜ = ｜ 100 ｜ % ｜ 按年计 ｜",
    ]))
    assert [r for r in indicator_rows(records)] == [
        ("产出指标", "数量指标", "免费开放天数", "≥300天"),
        ("产出指标", "数量指标", "接待观众人次", "≥1.5万人次"),
        ("产出指标", "质量指标", "展览合格率", "=100%"),
    ]


def test_real_page_flattened_sheet_out_of_row_order_is_left_out():
    # 稷山县医疗保障局 2020 自评表 (.xlsx flattened onto one line): the indicator header's value columns
    # (实际 指标值 完成值 … 分值 得分) are printed after the first indicator and its 实施单位, and a cell's own
    # text wraps at a space (资金是否全部纳入医 保统筹): targets had been read as 稷山县医疗保险服务中心 and 保统筹
    records = parse_path(PAGES / "jishan-ybj-2020-selfeval-flattened.txt").all_records
    assert not [i for i in records if isinstance(i, Indicator)]
    assert any(isinstance(w, ParseWarning) and "out of their rows' order" in w.message for w in records)


def test_flattened_sheet_in_row_order_is_still_read_variant():
    # the same kind of line with its header before the rows (the template's order): read, its text targets too
    header = ("项目支出绩效自评表 项目名称 某某经费 主管部门 某局 "
              "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分")
    rows = " ".join(f"产出指标 数量指标 指标{n}:培训人数{n} ≥{n}0人 {n}0人 10 10" for n in range(1, 5))
    records = parsed_page(f"{header} {rows} 质量指标 制度执行情况 严格执行 严格执行 10 10 总分 100 100\n")
    assert ("产出指标", "质量指标", "制度执行情况", "严格执行") in indicator_rows(records)
    # out of order (value columns' header after the first level): left out, whatever its cells
    scrambled = ("项目名称 某某经费 一级指标 二级指标 三级指标 数量指标 指标1:培训人数 某县某中心 "
                 "产出 指标 实际 指标值 完成值 " + rows)
    records = parsed_page(scrambled + "\n")
    assert not [i for i in records if isinstance(i, Indicator)]


def test_real_page_total_row_line_of_a_run_together_table():
    # 新洲区文化和旅游局 2020 自评表 (a .docx run together in numbered chunks): 总分10098 is printed on the
    # second chunk's line, not on the 项目名称's — the project's 100 / 98 had stood at the name's line
    records = parse_path(PAGES / "xinzhou-whlyj-2020-selfeval-run-together.txt").all_records
    project = next(r for r in records if isinstance(r, Project) and r.name == "演出设备更新专项经费")
    assert (project.source_line, project.total_weight, project.total_score) == (3, Decimal(100), Decimal(98))
    assert project.value_lines == "total_weight=4;total_score=4"


def test_total_row_line_variant():
    # chunks of a .docx run together: the 总分 run onto the third chunk's end, two lines below the name
    records = parsed_page("\n".join([
        "1、项目支出绩效自评表(2023年度)项目名称社区服务经费主管部门某街道项目资金(万元)年初预算数全年预算数",
        "2、全年执行数分值执行率得分一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标服务人次≥500人次",
        "3、520人次5050满意度指标服务对象满意度指标群众满意度≥90%95%5045总分10095",
    ]))
    project = next(r for r in records if isinstance(r, Project))
    assert (project.total_weight, project.total_score, project.value_lines) == (
        Decimal(100), Decimal(95), "total_weight=3;total_score=3")


def test_real_page_transfer_self_evaluation_funds_row_with_wan_cells():
    # 霍山县 医疗救助补助资金 转移支付项目绩效目标自评表 2024: the project named 转移支付(项目)名称, its funds row's
    # cells separated by pipes, each figure followed by 万 under the header's (万元) — nothing had been read
    records = parse_path(PAGES / "huoshan-ybj-2024-transfer-selfeval.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        "医疗救助补助资金", Decimal("33596200.00"), Decimal("33596200.00"), Decimal(100))
    assert project.value_lines == "budget_full_year=8;executed=8;execution_rate=8"


def test_transfer_self_evaluation_funds_row_variant():
    # 元 in the caption, full-width pipes, an 年初预算数 column too, figures with thousands separators and no 万;
    # a row whose rate does not hold (90 of 100 printed 80%) is left out
    lines = [
        "转移支付项目绩效自评表",
        "转移支付名称 ｜ 农村公路养护补助 ｜",
        "资金投入情况（元） ｜ 年初预算数 ｜ 全年预算数 ｜ 全年执行数 ｜ 执行率 ｜",
        "年度资金总额： ｜ 1,200,000 ｜ 1,200,000 ｜ 1,080,000 ｜ 90% ｜",
        "一级指标 ｜ 二级指标 ｜ 三级指标 ｜ 指标值 ｜ 全年实际完成值 ｜",
        "产出指标 ｜ 数量指标 ｜ 养护里程 ｜ ≥120公里 ｜ 126 ｜",
    ]
    project = next(r for r in parsed_page("\n".join(lines)) if isinstance(r, Project))
    assert (project.name, project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan,
            project.execution_rate) == ("农村公路养护补助", Decimal(1200000), Decimal(1200000), Decimal(1080000),
                                        Decimal(90))
    lines[3] = "年度资金总额： ｜ 100万 ｜ 100万 ｜ 90万 ｜ 80% ｜"
    project = next(r for r in parsed_page("\n".join(lines)) if isinstance(r, Project))
    assert (project.executed_yuan, project.execution_rate) == (None, None)


def _counts(records) -> set[tuple[int, str, Decimal]]:
    return {(f.source_line, f.unit, f.value) for f in records if isinstance(f, StatedFigure) and f.field == "count"}


def test_real_page_counts_of_performances_and_book_loans():
    # 东阳市文化和广电旅游体育局 2020 绩效评价: 送书和流通图书下乡116559册次, 送戏下乡197场 — counts in 场 and 册次
    # had not been read (次, 家, 个 were)
    records = parse_path(PAGES / "dongyang-wgltj-2020-eval-summary.txt").all_records
    assert {(10, "册次", Decimal(116559)), (10, "场", Decimal(197)), (10, "次", Decimal(173)),
            (10, "家", Decimal(67))} <= _counts(records)


def test_counts_of_performances_variant():
    # 场次 and spaces before the unit; 场 beginning a word (场所, 场地) is no unit
    records = parsed_page("全年开展文艺演出 36 场次,组织线上招聘会12场,新建文化活动场所5个,改造运动场地3处。\n")
    counts = _counts(records)
    assert {(1, "场次", Decimal(36)), (1, "场", Decimal(12)), (1, "个", Decimal(5))} <= counts
    assert not any(unit == "场" and value in (5, 3) for _, unit, value in counts)


def test_real_page_unit_then_operator_then_value_one_cell_per_line():
    # 荣昌区林业局 2022 项目绩效目标表 (Chongqing's template: 三级指标 | 计量单位 | 指标性质 | 指标值) one cell per
    # line closed by pipes, the row's last cell followed by its empty cells (3500 | |): the unit cell had been
    # read as the target (米, 株, %)
    records = parse_path(PAGES / "rongchang-lyj-2022-targets-unit-before-target.txt").all_records
    rows = {(i.source_line, i.level2_name, i.level3_name, i.target_raw) for i in records if isinstance(i, Indicator)}
    assert rows == {
        (90, "数量指标", "绿化美化公路", "=3500米"),
        (95, "数量指标", "购买发放李子苗", "=15000株"),
        (101, "质量指标", "树木成活率", "≥85%"),
    }


def test_unit_then_operator_then_value_variant():
    # full-width pipes, 度量单位 for 计量单位, blank lines between cells, a unit in ten thousands (万株)
    cells = ["项目绩效目标表", "一级指标", "二级指标", "三级指标", "度量单位", "指标性质", "指标值",
             "产出指标", "数量指标", "造林面积", "亩", "≥", "1200", "苗木数量", "万株", "=", "1.5",
             "满意度指标", "服务对象满意度指标", "群众满意度", "%", "≥", "90"]
    records = parsed_page("\n\n".join(f"{cell} ｜" for cell in cells) + " ｜｜\n")
    assert indicator_rows(records) == [
        ("产出指标", "数量指标", "造林面积", "≥1200亩"),
        ("产出指标", "数量指标", "苗木数量", "=1.5万株"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def _amounts(records) -> set[tuple[int, str, Decimal]]:
    return {(f.source_line, f.label, f.value) for f in records if isinstance(f, StatedFigure) and f.unit == "yuan"}


def test_real_page_numbered_funds_labels_one_cell_per_line():
    # 荣昌区林业局 2022: 其中:1.中央资金 | / 2.市级资金 | / 153.5184 | — a numbered label had not been one
    records = parse_path(PAGES / "rongchang-lyj-2022-targets-unit-before-target.txt").all_records
    assert {(54, "年度资金总额", Decimal("1535184.00")), (60, "市级资金", Decimal("1535184.00"))} <= _amounts(records)


def test_numbered_funds_labels_variant():
    # 、 after the number, full-width pipes, blank lines between
    records = parsed_page("\n".join([
        "项目绩效目标表", "资金情况(万元) ｜", "年度资金总额: ｜", "120 ｜", "其中:1、中央资金 ｜", "",
        "80 ｜", "2、区级资金 ｜", "40 ｜ ｜｜", "项目概况 ｜",
    ]))
    assert {(4, "年度资金总额", Decimal(1200000)), (7, "中央资金", Decimal(800000)),
            (9, "区级资金", Decimal(400000))} <= _amounts(records)


def _figures(records) -> set[tuple[int, str, str, Decimal]]:
    return {(f.source_line, f.label, f.field, f.value) for f in records if isinstance(f, StatedFigure)}


def test_real_page_executed_amount_after_the_budget_in_a_summary():
    # 东阳市 2020 绩效评价: 项目全年预算数为1050万元,执行数为1050万元,完成预算的100% — the 自评综述 sentence of the
    # template; 执行数 names no subject of its own (it is the budget's), and had been left out with the rate
    records = parse_path(PAGES / "dongyang-wgltj-2020-eval-summary.txt").all_records
    assert {(10, "项目", "budget_initial", Decimal("10500000.00")), (10, "项目", "amount", Decimal("10500000.00")),
            (10, "项目", "share_pct", Decimal(100))} <= _figures(records)


def test_executed_amount_after_the_budget_variant():
    # spaces before units, 是 for 为, a subject named before 预算数, and a rate without 的
    records = parsed_page("绩效自评综述:就业见习补贴项目全年预算数是 63 万元,执行数是 62.89 万元,完成预算 99.83%。\n")
    assert {(1, "就业见习补贴项目", "budget_initial", Decimal("630000.00")),
            (1, "就业见习补贴项目", "amount", Decimal("628900.00")),
            (1, "就业见习补贴项目", "share_pct", Decimal("99.83"))} <= _figures(records)


def test_real_page_header_words_broken_by_spaces_are_no_cells():
    # 新洲区 2020 自评表 run together: its header's words broken where the .docx wrapped them (年度 指标值实际
    # 完成值分 值得 分偏差原因分析): read as cells they had made indicators named 值得 and 标一级指标二级指标…
    records = parse_path(PAGES / "xinzhou-whlyj-2020-selfeval-run-together.txt").all_records
    names = {i.level3_name for i in records if isinstance(i, Indicator)}
    assert not names & {"值得", "总体", "标一级指标二级指标三级指标年度", "经济效益"}


def test_header_words_broken_by_spaces_variant():
    # 分 值 and 得 分 broken, the rows run together after the header on the same line: no indicator named
    # after the header's pieces (指标值实际, 分偏差原因分析), and 500人次 never cut to 500人 before 次520人次
    records = parsed_page(
        "1、项目支出绩效自评表项目名称社区服务经费一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 "
        "及改进措施产出指标数量指标服务人次≥500人次520人次5050\n"
        "2、满意度指标服务对象满意度指标群众满意度≥90%95%5045总分10095\n"
    )
    indicators = [i for i in records if isinstance(i, Indicator)]
    assert not {i.level3_name for i in indicators} & {"指标值实际", "分偏差原因分析"}
    assert not [i for i in indicators if i.target_raw == "≥500人"]


def test_run_together_value_keeps_its_whole_unit():
    # a row run together without spaces: ≥500人次520人次 had been read as target ≥500人 and actual 次520人次5050
    records = parsed_page(
        "项目支出绩效自评表项目名称社区服务经费一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析"
        "及改进措施产出指标数量指标服务人次≥500人次520人次5050\n"
    )
    assert not [i for i in records if isinstance(i, Indicator) and i.target_raw == "≥500人"]


def test_department_targets_split_target_separated_by_tabs_variant():
    # the same table with tabs between its cells, a unit in ten thousands after a space-joined figure
    records = parsed_page("\n".join([
        "部门整体支出绩效目标表",
        "一级指标\t二级指标\t三级指标\t计算符号\t目标值\t度量单位\t指标值说明",
        "产出指标\t数量指标\t林木采伐监管(万立方米)\t=\t6\t万立方米\t该指标值数据合理",
        "保障在职职工人数(人)\t=\t116\t人\t该指标值数据合理",
        "质量指标\t工资发放准确性(%)\t≥\t95\t%\t该指标值数据合理",
    ]))
    assert indicator_rows(records) == [
        ("产出指标", "数量指标", "林木采伐监管(万立方米)", "=6万立方米"),
        ("产出指标", "数量指标", "保障在职职工人数(人)", "=116人"),
        ("产出指标", "质量指标", "工资发放准确性(%)", "≥95%"),
    ]


def test_transfer_funds_row_cells_ending_in_wan_without_separators_variant():
    # tabs between the cells, gone from the compact text: each cell's 万 ends it (3359.62万3359.62万100%)
    records = parsed_page("\n".join([
        "转移支付项目绩效目标自评表",
        "转移支付(项目)名称\t医疗救助补助资金",
        "资金投入情况(万元)\t全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)",
        "年度资金总额:\t3359.62万\t3359.62万\t100%",
        "一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值",
        "产出指标\t数量指标\t享受医疗救助人次\t≥50000人次\t110406",
    ]))
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("33596200.00"), Decimal("33596200.00"), Decimal(100))


def _fundings(records) -> list[tuple]:
    return [(f.source_line, f.source, f.label, f.budget_full_year_yuan, f.executed_yuan)
            for f in records if isinstance(f, ProjectFunding)]


def test_real_page_sources_under_a_separated_funds_row():
    # 霍山县 2024: 其中:中央财政资金 | 829.3万 | 829.3万 | 100% under the 年度资金总额 row; 彩票公益金… names no
    # source of the vocabulary and is left out; 地方资金 is the local governments' money (the funds block reader's)
    records = parse_path(PAGES / "huoshan-ybj-2024-transfer-selfeval.txt").all_records
    assert _fundings(records) == [
        (8, "total", "年度资金总额", Decimal("33596200.00"), Decimal("33596200.00")),
        (9, "fiscal", "中央财政资金", Decimal("8293000.00"), Decimal("8293000.00")),
        (11, "local", "地方资金", Decimal("25303200.00"), Decimal("25303200.00")),
    ]


def test_sources_under_a_separated_funds_row_variant():
    # tabs, 元 and no 万, a 年初预算数 column, 上年结转 and 其他资金 rows; a row whose rate does not hold is left out
    records = parsed_page("\n".join([
        "转移支付项目绩效自评表",
        "转移支付名称\t农村公路养护补助",
        "资金投入情况(元)\t年初预算数\t全年预算数\t全年执行数\t执行率",
        "年度资金总额:\t1200000\t1200000\t1080000\t90%",
        "其中:财政拨款\t1000000\t1000000\t900000\t90%",
        "上年结转资金\t150000\t150000\t130000\t70%",
        "其他资金\t50000\t50000\t50000\t100%",
        "一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值",
        "产出指标\t数量指标\t养护里程\t≥120公里\t126",
    ]))
    assert [(source, label, executed) for _, source, label, _, executed in _fundings(records)] == [
        ("total", "年度资金总额", Decimal(1080000)),
        ("fiscal", "财政拨款", Decimal(900000)),
        ("other", "其他资金", Decimal(50000)),
    ]
    # a blank line after every line (a copy's): the same rows
    lines = [line for line in "\n".join([
        "转移支付名称\t农村公路养护补助",
        "资金投入情况(元)\t全年预算数\t全年执行数\t执行率",
        "年度资金总额:\t1200000\t1080000\t90%",
        "其中:财政拨款\t1000000\t900000\t90%",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t养护里程\t≥120公里",
    ]).split("\n")]
    records = parsed_page("\n\n".join(lines) + "\n")
    assert [(source, executed) for _, source, _, _, executed in _fundings(records)] == [
        ("total", Decimal(1080000)), ("fiscal", Decimal(900000))]


def test_department_targets_as_pipe_rows_keep_their_tasks_variant():
    # the task rows above the indicator header (任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金) as pipe rows too:
    # read as tasks, the indicators by the stream reader
    records = parsed_page("\n".join([
        "某局部门（单位）整体支出绩效目标表",
        "| 任务名称 | 主要内容 | 预算金额（万元） | | |",
        "| | | 总额 | 财政拨款 | 其他资金 |",
        "| 人员保障 | 保障在职人员工资 | 1663.73 | 1663.73 | 0 |",
        "| 运转保障 | 保障机关正常运转 | 114.4 | 114.4 | 0 |",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 |",
        "| 产出指标 | 数量指标 | 保障在职人数 | 120人 |",
    ]))
    assert [(t.task_name, t.total_yuan) for t in records if isinstance(t, TargetTask)] == [
        ("人员保障", Decimal("16637300.00")), ("运转保障", Decimal("1144000.00"))]
    assert indicator_rows(records) == [("产出指标", "数量指标", "保障在职人数", "120人")]

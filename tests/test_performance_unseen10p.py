"""Performance tables of the tenth unseen batch (项目支出绩效自评表 / 绩效目标表 pages from provinces the
development corpus lacks), each rule on its real page and on a variant written here."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows

from ingest.document import parse_path
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Goal, Indicator, Project, ProjectFunding
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


_indicators = indicator_rows


def test_real_page_a_level_name_wrapped_after_a_level_is_no_indicator():
    # 岳阳县 2022 绩效目标申报表, one cell per line with a blank line between cells: 效益指标, then the
    # 二级指标 wrapped as 经济效益 / 指标 — once read as an indicator 经济效益 with the target 指标
    found = _indicators(parse_path(PAGES / "yueyangxian-2022-targets.txt").all_records)
    assert ("效益指标", "经济效益指标", "年增粮食", "3500公斤") in found
    assert ("效益指标", "社会效益指标", "受益脱贫(监测)人口数", "≥500人") in found
    assert ("产出指标", "成本指标", "财政资金补助", "1600元/亩") in found
    assert not [row for row in found if row[3] == "指标" or row[2] in ("经济效益", "社会效益")]
    assert len(found) == 12


# The same shape without blank lines, 满意度 wrapped too, a value before a level name (no join).
WRAPPED_LEVELS = "\n".join([
    "一级指标", "二级指标", "三级指标", "指标值",
    "产出指标", "数量指标", "新建道路", "≥2公里",
    "成本指标", "补助标准", "30元/平方米",
    "效益指标", "社会效益", "指标", "受益人口", "≥300人",
    "生态效益", "指标", "绿化面积", "500平方米",
    "满意度指标", "服务对象", "满意度指标", "群众满意度", "≥90%",
]) + "\n"


def test_a_level_name_wrapped_after_a_level_is_no_indicator_variant():
    assert _indicators(read_indicators(split_lines(WRAPPED_LEVELS), "target")) == [
        ("产出指标", "数量指标", "新建道路", "≥2公里"),
        ("产出指标", "成本指标", "补助标准", "30元/平方米"),
        ("效益指标", "社会效益指标", "受益人口", "≥300人"),
        ("效益指标", "生态效益指标", "绿化面积", "500平方米"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_real_page_a_name_ending_in_a_count_keeps_it_when_its_value_is_in_km():
    # 清涧县 2021 绩效目标申报表, one cell per line closed by ' |': 寨山石坪村新建水泥路1条 | then 2km | —
    # 2km was no value (km no unit of the vocabulary), so the name was cut and 1条 read as its target
    found = _indicators(parse_path(PAGES / "qingjian-2021-targets.txt").all_records)
    assert found[:2] == [
        ("产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km"),
        ("产出指标", "数量指标", "呼家河至鲍家沟新建水泥路1条", "2km"),
    ]
    assert ("产出指标", "成本指标", "硬化水泥砼公路补助标准", "≤120万元") in found


LATIN_UNITS = "".join(f"{cell} |\n" for cell in [
    "一级指标", "二级指标", "三级指标", "指标值",
    "产出指标", "数量指标", "新修机耕路2条", "≥3.5km", "清运垃圾", "1200kg",
    "效益指标", "经济效益指标", "年增粮食", "≥5000公斤",
])


def test_values_in_km_kg_and_gongjin_are_values_variant():
    assert _indicators(read_indicators(split_lines(LATIN_UNITS), "target")) == [
        ("产出指标", "数量指标", "新修机耕路2条", "≥3.5km"),
        ("产出指标", "数量指标", "清运垃圾", "1200kg"),
        ("效益指标", "经济效益指标", "年增粮食", "≥5000公斤"),
    ]


def test_a_count_of_incidents_in_qi_is_a_value_variant():
    text = "绩效指标一级指标二级指标三级指标指标值\n满意度指标服务对象满意度指标安全事故发生数0起群众满意度≥90%\n"
    assert _indicators(read_indicators(split_lines(text), "target")) == [
        ("满意度指标", "服务对象满意度指标", "安全事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def _funding(records) -> list[tuple]:
    return [
        (f.label, f.budget_full_year_yuan, f.executed_yuan)
        for f in records
        if isinstance(f, ProjectFunding)
    ]


def test_real_page_a_table_run_together_with_its_line_breaks_as_spaces():
    # 衡山县 2020 县级专项资金绩效目标自评表 (a DOCX's text): cells run together, each wrapped cell's line
    # break a space (一级 指标二级 指标三级指标年度指标 值全年 完成值): the spaces are no cell
    # separators — read as cells they gave 26 indicators such as 标数量 with the target 指标
    records = parse_path(PAGES / "hengshan-2020-special-fund-self-evaluation.txt").all_records
    found = [(i.level2_name, i.level3_name, i.target_raw, i.actual_raw) for i in records if isinstance(i, Indicator)]
    assert ("质量指标", "县级储备粮管理制度严格执行率", "100%", "100%") in found
    assert ("时效指标", "县级储备粮贷款付息及时率", "100%", "100%") in found
    assert ("经济效益指标", "政策性挂账利息补贴保障率", "100%", None) in found
    # 0起 (起 counts incidents) and the OCR'd 290% (≥90%) of the last rows
    assert ("服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起") in found
    assert ("服务对象满意度指标", "市民满意度调查", "290%", "100%") in found
    assert all(row[1] and not row[1].startswith("标") and "指标" not in (row[2] or "") for row in found)
    # the table names its project 专项资金名称: the funds row (全年预算数(A) 全年执行数(B) 执行率) is read
    assert _funding(records) == [("年度资金总额", Decimal("1949000.00"), Decimal("1949000.00"))]


def test_real_page_a_score_table_run_together_gives_no_indicators():
    # a 部门整体支出 scoring table (部门决 策(25 分) 目标任务(15 分) …) once read as 11 indicators such
    # as 部门决 with the target 策(25
    records = parse_path(PAGES / "department-2017-score-table.txt").all_records
    assert not [i for i in records if isinstance(i, Indicator)]


WRAPS_AS_SPACES = (
    "专项资金名称 乡村道路养护负责人及电话 张三 主管部门 某县交通运输局 项目资金(万元)全年预算数(A)全年执行数(B)"
    "执行率(B/A)年度资金总额50.545.590.10%其中:县级资金50.545.590.10%\n"
    "绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标养护里 程"
    "≥20公里21公里质量 指标验收合 格率100%100%满意 度指 标服务 对象 满意 度指 标群众满意度≥90%95%\n"
)


def test_a_table_run_together_with_its_line_breaks_as_spaces_variant():
    records = read_indicators(split_lines(WRAPS_AS_SPACES), "self_evaluation")
    found = [(i.level2_name, i.level3_name, i.target_raw, i.actual_raw) for i in records if isinstance(i, Indicator)]
    assert found == [
        ("数量指标", "养护里程", "≥20公里", "21公里"),
        ("质量指标", "验收合格率", "100%", "100%"),
        ("服务对象满意度指标", "群众满意度", "≥90%", "95%"),
    ]
    assert _funding(records) == [("年度资金总额", Decimal("505000.00"), Decimal("455000.00"))]
    assert [p.name for p in records if type(p).__name__ == "Project"] == ["乡村道路养护"]


SCORE_TABLE = (
    "一级指 标 二级指标 三级指标 得分 项目决 策(20 分) 项目立项(10 分) 立项规范性(5 分)\n"
    "4 绩效目标合理性(5 分)\n"
    "5 资金管 理(20 分) 资金到位率(10 分)\n"
)


def test_a_score_table_whose_cells_wrapped_gives_no_fragment_indicators_variant():
    assert _indicators(read_indicators(split_lines(SCORE_TABLE), "self_evaluation")) == []


def _funds(records) -> list[tuple]:
    return [
        (f.source, f.budget_initial_yuan, f.budget_full_year_yuan, f.executed_yuan)
        for f in records
        if isinstance(f, ProjectFunding)
    ]


def test_real_page_a_pipe_cell_table_cut_before_its_total_keeps_its_funds_rows():
    # 鄂州市行政审批局 2021 自评表, one cell per line closed by ' |': the funds header's label cell is
    # empty (项目资金 (万元) | / | / 年初预算数 | …), every row ends with a line of pipes, and the
    # excerpt stops before 总分 — the funds rows were lost (read shifted by a column, then dropped)
    records = parse_path(PAGES / "ezhou-xzspj-2021-self-evaluation.txt").all_records
    wan = Decimal("10000")
    assert _funds(records)[:2] == [
        ("total", 150 * wan, 150 * wan, Decimal("125.25") * wan),
        ("fiscal", 150 * wan, 150 * wan, Decimal("125.25") * wan),
    ]
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.execution_rate, project.funds_score) == ("市民中心运行维护费", Decimal("83.5"), 98)
    goals = [r.text for r in records if isinstance(r, Goal)]
    assert goals and not any("|" in text for text in goals)  # (no row's padding read as its goal)
    # the indicators, read by the stream reader, are the project's
    indicators = [i for i in records if isinstance(i, Indicator)]
    assert {i.project_key for i in indicators} == {project.project_key}
    first = indicators[0]
    assert (first.level3_name, first.target_raw, first.actual_raw, first.weight, first.score) == (
        "预算执行率", "100%", "83.5%", 20, 18,
    )


def _pipe_cells(*rows: tuple[str, ...], padding: int = 4) -> str:
    """Rows printed one cell per line closed by ' |' (an empty cell a pipe alone), each row ended by a
    line of pipes."""
    out = []
    for row in rows:
        out.extend(f"{cell} |" if cell else "|" for cell in row)
        out.append("|" * padding)
    return "\n".join(out) + "\n"


def _variant(executed: str, rate: str) -> str:
    return _pipe_cells(
        ("项目支出绩效自评表",),
        ("项目名称", "村级公益事业奖补"),
        ("项目资金 (元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        ("年度资金总额", "80000", "80000", executed, "10", rate, "9"),
        ("其中:当年财政拨款", "80000", "80000", executed, "—", "", "—"),
        ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
        ("产出指标", "数量指标", "奖补村数", "≥4个", "4个", "50", "50", ""),
    )


def test_a_pipe_cell_table_without_its_total_keeps_funds_its_rate_confirms_variant():
    records = parse_path_text(_variant("72000", "90%"))
    assert _funds(records) == [
        ("total", Decimal("80000.00"), Decimal("80000.00"), Decimal("72000.00")),
        ("fiscal", Decimal("80000.00"), Decimal("80000.00"), Decimal("72000.00")),
    ]
    assert [(i.level3_name, i.target_raw, i.actual_raw) for i in records if isinstance(i, Indicator)] == [
        ("奖补村数", "≥4个", "4个"),
    ]
    # a rate its amounts do not give (72000 / 80000 is 90%, not 95%) confirms no columns: no funds read
    assert _funds(parse_path_text(_variant("72000", "95%"))) == []


def parse_path_text(text: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "自评表.txt"
        path.write_text(text, encoding="utf-8")
        return parse_path(path).all_records


def _rows(records) -> list[tuple]:
    return [
        (i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score, i.deviation_reason)
        for i in records
        if isinstance(i, Indicator)
    ]


def test_real_page_a_reason_sentence_in_a_table_one_cell_per_line_ends_no_table():
    # 廊坊市食品工程学校 2019 自评表, one cell per line with a blank line after each: the first row's
    # 偏差原因 is a sentence (已完工,剩余3%尾款未付,…。) — it ended the table, so only that row was read;
    # 指标1项目完成及时率 was cut into 指标 | 1项 (项 a unit); a 二级指标 wrapped (社会效益 / 指标) after
    # rows of bare numbers was past the block's reach
    rows = _rows(parse_path(PAGES / "langfang-foodschool-2019-self-evaluation-rows.txt").all_records)
    reason = "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。"
    assert rows[0] == ("数量指标", "指标1工程资金金额", "43.2", "37.24", 10, 9, reason)
    assert [row[1] for row in rows] == [
        "指标1工程资金金额", "指标1工程完工率", "指标2工程验收合格率", "指标1项目完成及时率", "指标1成本控制率",
        "指标1安全率", "指标1学校发展能力",
    ]
    assert all(row[2:6] == ("100", "100", 10, 10) for row in rows[1:])


REASON_CELLS = [
    "项目支出绩效自评表", "项目名称", "乡村道路维修",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    "产出指标", "数量指标", "维修道路里程", "≥3公里", "2.8公里", "20", "18",
    "受雨季影响工期延误,部分路段未完工,下一步加快施工进度。",
    "质量指标", "验收合格率", "100%", "100%", "20", "20",
    "时效指标", "完成及时率", "100%", "90%", "10", "9",
    "因招标程序延后,项目开工较计划推迟1个月,已督促施工单位。",
    "效益指标", "社会效益指标", "群众出行条件改善", "明显改善", "明显改善", "20", "20",
    "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10",
]
REASON_ROWS = [
    ("数量指标", "维修道路里程", "≥3公里", "2.8公里", 20, 18, "受雨季影响工期延误,部分路段未完工,下一步加快施工进度。"),
    ("质量指标", "验收合格率", "100%", "100%", 20, 20, None),
    ("时效指标", "完成及时率", "100%", "90%", 10, 9, "因招标程序延后,项目开工较计划推迟1个月,已督促施工单位。"),
    ("社会效益指标", "群众出行条件改善", "明显改善", "明显改善", 20, 20, None),
    ("服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, None),
]


def test_reason_sentences_one_cell_per_line_are_no_names_and_shift_no_column_variant():
    for separator in ("\n", "\n\n"):  # one cell per line, and a blank line after each
        text = separator.join(REASON_CELLS) + "\n"
        assert _rows(read_indicators(split_lines(text), "self_evaluation")) == REASON_ROWS, separator
    # the same closed by pipes (the whole document: a table reader may take it)
    assert _rows(parse_path_text("".join(f"{cell} |\n" for cell in REASON_CELLS))) == REASON_ROWS


def _target_funds(records) -> list[tuple]:
    return [(f.source, f.label, f.budget_initial_yuan, f.source_line) for f in records if isinstance(f, ProjectFunding)]


def test_real_pages_a_target_tables_funds_cells_are_read():
    # 第一师六团 2021 绩效目标申报表 in pipe rows (资金情况 (万元) | 项目资金总额: | 1500 | …) and 岳阳县 2022
    # one cell per line (年度资金总额: / 854万(高标准农田建设400万元,…)): no funds were read
    bingtuan = parse_path(PAGES / "bingtuan-6tuan-2021-targets.txt").all_records
    assert _target_funds(bingtuan) == [  # (the year's: 年度资金申请总额, 其中:当年财政拨款)
        ("total", "年度资金申请总额", Decimal("15000000.00"), 14),
        ("fiscal", "其中:当年财政拨款", Decimal("15000000.00"), 15),
    ]
    yueyang = parse_path(PAGES / "yueyangxian-2022-targets.txt").all_records
    assert _target_funds(yueyang) == [("total", "年度资金总额", Decimal("8540000.00"), 30)]
    # 清涧县 2021 prints no unit anywhere in its table: its 500 is left out
    assert _target_funds(parse_path(PAGES / "qingjian-2021-targets.txt").all_records) == []


def test_a_target_tables_funds_cells_variant():
    head = ["绩效目标表", "项目名称", "农村饮水安全巩固提升", "主管部门", "县水利局"]
    indicators = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "新建供水站", "≥2座"]
    caption = [*head, "资金情况(元)", "年度资金总额:", "350000", "其中:财政拨款", "300000", "其他资金", "50000"]
    records = read_indicators(split_lines("\n\n".join(caption + indicators) + "\n"), "target")
    assert [(s, label, amount) for s, label, amount, _ in _target_funds(records)] == [
        ("total", "年度资金总额", Decimal("350000")),
        ("fiscal", "其中:财政拨款", Decimal("300000")),
        ("other", "其他资金", Decimal("50000")),  # (a funds label since unseen 16t's 其他资金 | 0)
    ]
    funds = "资金情况 | 年度资金总额: | 35万元 | 其中:当年财政拨款 | 30万 |"
    pipes = " | ".join(head) + "\n" + funds + "\n" + "\n".join(indicators)
    found = _target_funds(read_indicators(split_lines(pipes + "\n"), "target"))
    assert [(s, amount) for s, _, amount, _ in found] == [("total", Decimal("350000")), ("fiscal", Decimal("300000"))]
    # a project over years: its year's funds, not the whole project's
    years = (
        "资金情况 (万元) | 项目资金总额: | 3000 | 年度资金申请总额 | 1500 |\n"
        "其中:财政资金 | 2800 | 其中:当年财政拨款 | 1400 |\n"
    )
    text = " | ".join(head) + "\n" + years + "\n".join(indicators)
    found = _target_funds(read_indicators(split_lines(text), "target"))
    assert [(s, label, amount) for s, label, amount, _ in found] == [
        ("total", "年度资金申请总额", Decimal("15000000")),
        ("fiscal", "其中:当年财政拨款", Decimal("14000000")),
    ]
    # no unit printed: nothing read
    bare = [*head, "资金情况", "年度资金总额:", "350000"]
    assert _target_funds(read_indicators(split_lines("\n".join(bare + indicators) + "\n"), "target")) == []


def test_real_page_cells_opened_by_pipes_one_per_line():
    # 大英县 2020 自评报告: its indicator table printed one cell per line, each cell but a row's first
    # after an indented '| ' (``        | 宣传次数``), the actual column named 实施进度 — nothing was read
    rows = [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw)
        for i in parse_path(PAGES / "daying-2020-self-evaluation-report.txt").all_records
        if isinstance(i, Indicator)
    ]
    assert rows == [
        ("产出指标", "数量指标", "宣传次数", "至少全年完成2次宣传", "已完成100%"),
        ("产出指标", "质量指标", "创建质量", "按质按量完成", "已完成100%"),
        ("产出指标", "时效指标", "全年", "1-12月", "已完成100%"),
        ("产出指标", "成本指标", "成本", "10万元", "已完成100%"),
        ("效益指标", "社会效益指标", "提升全县消费者维权意识", "不断提升", "已完成100%"),
        ("满意度指标", "满意度指标", "群众满意度", "90%", "已完成100%"),
    ]


OPENED_CELLS = """绩效指标
    | 一级指标
    | 二级指标
    | 三级指标
    | 指标值
    | 完成情况
产出指标
    | 数量指标
    | 培训人次
    | 全年培训3期共150人次
    | 完成3期160人次
    | |
质量指标
    | 培训合格率
    | ≥95%
    | 98%
    | ||
满意度指标
    | 满意度指标
    | 学员满意度
    | ≥90%
    | 96%
"""


def test_cells_opened_by_pipes_one_per_line_variant():
    assert [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw)
        for i in read_indicators(split_lines(OPENED_CELLS), "self_evaluation")
        if isinstance(i, Indicator)
    ] == [
        ("产出指标", "数量指标", "培训人次", "全年培训3期共150人次", "完成3期160人次"),
        ("产出指标", "质量指标", "培训合格率", "≥95%", "98%"),
        ("满意度指标", "满意度指标", "学员满意度", "≥90%", "96%"),
    ]


def test_real_page_targets_after_the_templates_placeholders_in_a_notice():
    # 同心县下马关镇 2023 绩效目标设定的公示: each target written after the national template's
    # placeholder (黄金蜜(葡萄)种植数量(≥**株)>=17600株;) — none was read
    found = [
        (i.stage, i.level2_name, i.level3_name, i.target_raw)
        for i in parse_path(PAGES / "tongxin-xiamaguan-2023-targets-notice.txt").all_records
        if isinstance(i, Indicator)
    ]
    assert found == [
        ("target", "数量指标", "黄金蜜(葡萄)种植数量", ">=17600株"),
        ("target", "数量指标", "种植作物成活率", ">=85"),
        ("target", "时效指标", "完成及时率", ">=100%"),
        ("target", None, "黄金蜜(葡萄)补助成本", "≤28.40/株"),
        ("target", "经济效益指标", "脱贫地区特色产业产值", "≥80万元"),
        ("target", "经济效益指标", "促使脱贫户、监测户增加收入", "≥80万元"),
        ("target", "社会效益指标", "受益脱贫户、监测户人口数", "≥10户"),
        ("target", "服务对象满意度指标", "受益脱贫户满意度", "≥95%"),
    ]


PLACEHOLDER_NOTICE = (
    "关于某村光伏帮扶项目绩效目标的公示\n"
    "产出指标:数量指标:新建光伏电站装机容量（≥**千瓦）≥300千瓦;质量指标:验收合格率（≥**%）100%。\n"
    "效益指标:经济效益指标:村集体年增收（≥**万元）≥15万元,受益户数（≥**户）≥45户;"
    "可持续影响目标:电站使用年限（≥**年）25年。生态效益指标:生态环境改善(定性)明显改善。\n"
    "满意度指标:受益群众满意度（≥**%）≥95%。\n"
)


def test_targets_after_the_templates_placeholders_variant():
    found = [
        (i.level2_name, i.level3_name, i.target_raw)
        for i in parse_path_text(PLACEHOLDER_NOTICE)
        if isinstance(i, Indicator)
    ]
    assert found == [
        ("数量指标", "新建光伏电站装机容量", "≥300千瓦"),
        ("质量指标", "验收合格率", "100%"),
        ("经济效益指标", "村集体年增收", "≥15万元"),
        ("经济效益指标", "受益户数", "≥45户"),
        ("可持续影响指标", "电站使用年限", "25年"),
        (None, "受益群众满意度", "≥95%"),  # (满意度指标 alone: the 一级指标)
    ]


def test_real_page_a_target_table_in_a_notice_sets_targets():
    # 清涧县 2021: a 绩效目标申报表 attached to a 财政局 notice (the document read as no target page):
    # its header names 指标值 and no 实际值, 分值 or 得分, so its indicators are targets, not self-evaluations
    stages = {i.stage for i in parse_path(PAGES / "qingjian-2021-targets.txt").all_records if isinstance(i, Indicator)}
    assert stages == {"target"}


def test_a_header_naming_only_the_target_sets_targets_variant():
    targets = "一级指标 | 二级指标 | 三级指标 | 指标值\n产出指标 | 数量指标 | 新建路灯 | 120盏\n"
    scored = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值\n产出指标 | 数量指标 | 路灯 | 120盏 | 118盏\n"
    assert {i.stage for i in read_indicators(split_lines(targets), "self_evaluation")} == {"target"}
    assert {i.stage for i in read_indicators(split_lines(scored), "target")} == {"self_evaluation"}

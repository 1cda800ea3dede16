"""The generated national performance templates (benchmarks/templates.py): every shape read, never a wrong figure."""

from decimal import Decimal

from benchmarks.templates import DIMENSIONS, by_dimension, score

# The recall reached so far on the generated tables (all of them), and per dimension value the floor.
RECALL_FLOOR = 0.96
VALUE_FLOOR = 0.60


def test_generated_templates_read_without_a_wrong_figure():
    outcomes = score()
    found = sum(status == "found" for *_, status in outcomes)
    wrong = [(table.number, fact["item"], status) for table, fact, status in outcomes if status.startswith("wrong")]
    assert wrong == []
    assert found / len(outcomes) >= RECALL_FLOOR
    per_value = by_dimension(outcomes)
    assert {name for name, _ in per_value} == set(DIMENSIONS)
    low = {key: found / n for key, (n, found, _) in per_value.items() if found / n < VALUE_FLOOR}
    assert low == {}


def test_a_unit_column_after_a_self_evaluations_target_single_spaced():
    """A self-evaluation whose header prints a unit column after the target (``指标值 计量单位 完成值 …``: the
    structure of 岳阳楼区价格认定中心's ``*指标值 计量单位``, fixture yueyanglou-jgrz-2023-dept-targets) printed with
    one space between cells, its first level's characters spaced apart (``产 出 指 标``, corpus 31 L15): the unit's
    cell after a bare target is the target's unit, never its actual (which would shift the 完成值 into the 权重 and
    the 权重 into the 得分). Written here (generated table 89's shape), another unit and wording too."""
    from ingest.records import Indicator
    from tests.test_single_space_funds import _records

    for header, unit in (
        ("年度指标值 计量单位 实际完成值 分值 得分", "人次"),
        ("指标值 度量单位 完成值 权重 自评得分", "万元"),
    ):
        text = "\n".join([
            "# source: written here",
            "2023年度项目支出绩效自评表",
            f"绩效指标 一级指标 二级指标 三级指标 {header} 偏差原因分析及改进措施",
            f"产 出 指 标 数量指标 培训人次 ≥200 {unit} 202 40 39",
            "补助发放户数 350 户 350 40 40",
            "满 意 度 指 标 服务对象满意度指标 参训人员满意度 ≥95 % 96 10 10",
            "总分 100 99",
        ])
        rows = {r.level3_name: r for r in _records(text, "written.txt") if isinstance(r, Indicator)}
        read = {name: (r.target_raw, r.actual_raw, r.weight, r.score) for name, r in rows.items()}
        assert read["培训人次"] == (f"≥200{unit}", "202", 40, 39)
        assert read["补助发放户数"] == ("350户", "350", 40, 40)  # (its levels not printed: the rowspan copied)


def test_a_split_targets_empty_or_joined_cells_dropped_from_a_separated_row():
    """The 2021 template's target printed as three cells, ``指标性质 | 指标值 | 度量单位`` (the header of
    nanchong-lyj-2023-selfeval-pipe L14, daying-sfj-2023-selfeval-pipe-cut-rows L21), over rows whose empty cells are
    dropped (tabs, one space between cells) or whose sign is printed in the value's cell: ``≥200 | 人次``, a text
    target whose sign and unit cells are empty. Each row is laid over the header without the operator's column, the
    unit's or both — the one way its cells fit (a sign alone under 指标性质, a unit alone under 度量单位, 得分 ≤ 权重).
    Written here: tabs and single spaces, 元 and 万元."""
    from ingest.records import Indicator
    from tests.test_single_space_funds import _records

    header = ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
              "权重", "得分", "未完成原因分析"]
    rows = [
        ["产出指标", "数量指标", "培训人次", "≥200", "人次", "200", "30", "30"],
        ["产出指标", "时效指标", "项目完成时间", "2023年12月底前", "2023年11月", "20", "20"],
        ["产出指标", "成本指标", "人均培训成本", "≤", "300", "元", "301", "30", "29"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥95", "%", "96", "10", "10"],
        ["总分", "100", "99"],
    ]
    for separator in ("\t", " "):
        head = [["项目名称", "培训经费"], ["主管部门", "某县教育局", "实施单位", "某县教育局"],
                ["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
                ["年度资金总额", "230.95", "230.95", "207.86", "10", "9.0"],
                ["年度总体目标", "预期目标", "实际完成情况"], ["完成培训任务。", "已完成培训任务。"]]
        text = "\n".join(["# source: written here", "2023年度项目支出绩效自评表",
                          *(separator.join(cells) for cells in (*head, header, *rows))])
        read = {r.level3_name: (r.target_raw, r.actual_raw, r.weight, r.score)
                for r in _records(text, "written.txt") if isinstance(r, Indicator)}
        assert read["培训人次"] == ("≥200人次", "200", 30, 30)
        assert read["项目完成时间"] == ("2023年12月底前", "2023年11月", 20, 20)
        assert read["人均培训成本"] == ("≤300元", "301", 30, 29)
        assert read["参训人员满意度"] == ("≥95%", "96", 10, 10)


def _indicators(text: str) -> dict[str, tuple]:
    from ingest.records import Indicator
    from tests.test_single_space_funds import _records

    return {r.level3_name: (r.target_raw, r.actual_raw, r.weight, r.score)
            for r in _records(text, "written.txt") if isinstance(r, Indicator)}


SINGLE_SPACED_SHEET = """# source: written here (generated table 23's shape)
2022年度项目支出绩效自评表
项目名称 义务教育薄弱环节改善项目
主管部门 某县教育局 实施单位 某县教育局
项目资金 (万元) |
全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额 308.94 295.04 10 95.50% 9.6
其中:本年财政拨款 308.94 302.76 — 98.00% —
年度总体目标 预期目标 实际完成情况
完成项目年度建设任务。 已完成项目年度建设任务。
一级指标 二级指标 三级指标 指标性质 指标值 度量单位 实际值 分值 得分 偏差原因分析及改进措施
产 出 指 标 数量指标 指标1:培训人次 ≥ 200 人次 198 45 43
效 益 指 标 社会效益指标 指标1:群众生产生活条件 有效改善 明显改善 30 30
满 意 度 指 标 服务对象满意度指标 指标1:参训人员满意度 ≥ 95 % 95.2 15 15
总分 100 97.6"""


def test_a_single_spaced_sheet_is_read_by_its_cells_where_its_weights_add_up():
    """The national sheet printed with one space between cells (pdftotext without -layout): its funds header the
    lettered one without 年初预算数 (``全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分``, corpus 31 xiaoxian L6), its
    一级指标 printed with their characters spaced apart (``满 意 度 指 标``, corpus 31 L15), its target as 指标性质 |
    指标值 | 度量单位 (nanchong-lyj-2023-selfeval-pipe L14). Its cells between the spaces, laid over the header, make
    weights that add up to the 总分 (45 + 30 + 15 + the funds' 10 = 100): that reading, not the hard-wrapped one (a
    得分 column only, which took 95.2 for the 满意度 row's target)."""
    rows = _indicators(SINGLE_SPACED_SHEET)
    assert rows["指标1:培训人次"] == ("≥200人次", "198", 45, 43)
    assert rows["指标1:群众生产生活条件"] == ("有效改善", "明显改善", 30, 30)
    assert rows["指标1:参训人员满意度"] == ("≥95%", "95.2", 15, 15)
    # written here too: the 万元 sheet in 元 — the caption's unit
    in_yuan = SINGLE_SPACED_SHEET.replace("(万元)", "(元)").replace("308.94 295.04", "3089400.00 2950400.00")
    from tests.test_single_space_funds import _records
    total = next(r for r in _records(in_yuan, "written.txt") if r.record_type == "project_funding")
    assert (total.budget_full_year_yuan, total.executed_yuan) == (3089400, 2950400)


def test_a_caption_closed_by_a_pipe_over_a_header_of_tabs_opens_no_cell_per_line_table():
    """``绩 效 指 标 |`` (jinzhai-chagu-2023-dept-self-evaluation L14) over a header row of tabs and rows of tabs whose
    target is 指标性质 | 指标值 | 度量单位: the caption closed by a pipe is no cell of a table printed one cell per
    line — the rows are read by their tabs (the sign, the number and the unit joined), never the sign alone for the
    target. Written here (generated table 85's shape)."""
    text = "\n".join([
        "# source: written here", "2022年度项目支出绩效目标表", "项目名称\t义务教育薄弱环节改善项目",
        "项目资金(万元)\t年度资金总额\t676.02", "年度绩效目标\t完成项目年度建设任务。", "绩 效 指 标 |",
        "一级指标\t二级指标\t三级指标\t指标性质\t预期 指标值", "度量单位 |",
        "\t产 出 指 标\t数量指标\t培训人次\t≥\t200\t人次",
        "\t产 出 指 标\t质量指标\t项目验收合格率\t=\t100\t%",
        "\t满 意 度 指 标\t服务对象满意度指标\t受益群众满意度\t≥\t90\t%",
    ])
    rows = _indicators(text)
    assert rows["培训人次"][0] == "≥200人次"
    assert rows["受益群众满意度"][0] == "≥90%"


def test_a_row_whose_cells_stand_shifted_under_a_unit_column_is_not_read_shifted():
    """A row under ``… | 权重 | 目标值 | 计量单位 | 实际 完成值 |`` (its header broken over two lines, 自评得分 on the
    next) whose text target leaves its unit cell empty, the empty cell dropped: ``指标1:项目完成时间 | 10 |
    2023年12月底前 | 2023年11月 | 10``. Laid over the header's columns, 2023年11月 would stand under 计量单位 — no
    unit: the cells are shifted, and the row is laid again without the unit's column or left out, never read with
    the actual joined to its target. Written here (generated table 95's shape)."""
    text = "\n".join([
        "# source: written here", "2022年度项目支出绩效自评表", "项目名称 | 培训经费 |",
        "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "年度资金总额 | 100.00 | 100.00 | 100.00 | 10 | 100.00% | 10 |",
        "年度总体目标 | 预期目标 | 实际完成情况 |", "| 完成培训。 | 已完成培训。 |",
        "一级指标 | 二级指标 | 三级指标 | 权重 | 目标值 | 计量单位 | 实际 完成值 |",
        "自评得分 | 偏差原因 分析及改进措施 |",
        "| 产出指标 | 数量指标 | 指标1:培训人次 | 80 | 不低于200 | 人次 | 202 | 80 |  |",
        "| 产出指标 | 时效指标 | 指标1:项目完成时间 | 10 | 2023年12月底前 |  | 2023年11月 | 10 |  |",
        "总分 | 100 | 100 |",
    ])
    rows = _indicators(text)
    target, actual, *_ = rows.get("指标1:项目完成时间", (None, None))
    assert target in (None, "2023年12月底前")
    assert actual in (None, "2023年11月")
    # the header's second line (自评得分 | 偏差原因 分析及改进措施 |) continues it: its columns the header's last
    assert rows["指标1:培训人次"] == ("不低于200人次", "202", 80, 80)
    assert rows["指标1:项目完成时间"] == ("2023年12月底前", "2023年11月", 10, 10)


EXPORT_HEADER = "年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分"


def test_a_budget_systems_funds_header_execution_weight_and_score():
    """A budget system's export names the funds' points 执行率权重 | 执行率得分 and the adjusted budget
    全年(调整)预算数, its rate a bare number (27b 05 zhongxian-kx L6-8: ``年初预算数 | 全年(调整)预算数 |
    全年执行数 | 执行率 | 执行率权重 | 执行率得分``). 执行率权重 is the weight's column, not a second rate's;
    全年(调整)预算数 the full year's budget. Written here: a project's sheet (the grid reader) and a
    department's (its own reader), pipes and cells one per line."""
    from benchmarks.reprints import VARIANTS
    from tests.test_single_space_funds import _records

    project = "\n".join([
        "# source: written here", "2023年度项目支出绩效自评表", "| 项目名称 | 非物质文化遗产保护经费 |",
        f"| 项目资金(元) | {EXPORT_HEADER} |",
        "| 年度资金总额 | 1521700.00 | 1690800.00 | 1521700.00 | 90.00 | 10.00 | 9.00 |",
        "| 年度总体目标 | 预期目标 | 实际完成情况 |",
    ])
    funds = next(r for r in _records(project, "written.txt") if r.record_type == "project_funding")
    assert (funds.budget_full_year_yuan, funds.executed_yuan, funds.execution_rate) == (1690800, 1521700, 90)
    department = "\n".join([
        "# source: written here", "2022年度部门整体支出绩效自评表", "部门 | 某县林业局 |",
        f"预算资金(万元) | {EXPORT_HEADER} |",
        "年度资金总额 | 666.37 | 666.37 | 636.38 | 95.50 | 10.00 | 9.60 |", "年度总体目标 | 预期目标 | 实际完成情况 |",
    ])
    for text in (department, VARIANTS["tables one cell per line, a row of pipes between rows"](
            department.split("\n"))[0]):
        total = next(r for r in _records(text, "written.txt") if r.record_type == "department_funding")
        assert (total.budget_full_year_yuan, total.executed_yuan, total.execution_rate, total.weight, total.score) == (
            6663700, 6363800, Decimal("95.50"), 10, Decimal("9.60"))


def test_rows_of_one_length_opening_with_the_same_level_are_no_hard_wrapped_line():
    """Rows printed with one space between cells, each opening with its level (``产 出 指 标 数量指标 …``), three of
    them by chance of one length: a table's rows, not the pieces of a line hard-wrapped at a fixed width (which are
    each another text) — each row read at its own line. Written here (generated table 185's shape)."""
    from ingest.records import Indicator
    from tests.test_single_space_funds import _records

    rows = ["产 出 指 标 数量指标 补助发放户数 5 = 350 户 350 5",
            "产 出 指 标 数量指标 开展宣传活动次数 20 ≥ 6 次 6 20",
            "产 出 指 标 数量指标 购置设备数量 20 = 15 台 15 20"]
    assert len({len(row) for row in rows}) == 1
    text = "\n".join(["# source: written here", "2022年度部门整体支出绩效自评表", "部门 某县教育局",
                      "绩效指标 一级指标 二级指标 三级指标 权重 指标性质 年度指标值 度量单位 完成值 自评得分"
                      " 偏差原因分析及改进措施",
                      *rows, "效 益 指 标 社会效益指标 带动就业人数 55 ≥ 30 人 30.5 55", "总分 100 100"])
    lines = {r.level3_name: r.source_line for r in _records(text, "written.txt") if isinstance(r, Indicator)}
    assert lines == {"补助发放户数": 5, "开展宣传活动次数": 6, "购置设备数量": 7, "带动就业人数": 8}

"""The generated national performance templates (benchmarks/templates.py): every shape read, never a wrong figure."""

from benchmarks.templates import DIMENSIONS, by_dimension, score

# The recall reached so far on the generated tables (all of them), and per dimension value the floor.
RECALL_FLOOR = 0.97
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

"""部门（单位）整体支出绩效目标表 of Bazhou: tasks, 年度总体目标 and target indicators."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import BAZHOU

from ingest.performance import parse_performance
from ingest.records import DocumentInfo, Goal, Indicator, ParseWarning, Project, Record, TargetTask
from ingest.text import decode_text, split_lines


@pytest.fixture(scope="module")
def records() -> list[Record]:
    lines = split_lines(decode_text(BAZHOU.read_bytes())[0])
    return parse_performance(lines, DocumentInfo(source_line=1, department_name="test"))


def indicator(records: list[Record], level3: str, target_raw: str | None = None) -> Indicator:
    return next(
        r
        for r in records
        if isinstance(r, Indicator) and r.level3_name == level3 and (target_raw is None or r.target_raw == target_raw)
    )


def test_tasks_with_budgets_in_yuan(records: list[Record]) -> None:
    tasks = [r for r in records if isinstance(r, TargetTask)]
    assert [(t.task_name, t.total_yuan, t.fiscal_yuan, t.other_yuan, t.source_line) for t in tasks] == [
        ("人员保障", Decimal("16637300.00"), Decimal("16637300.00"), Decimal("0.00"), 9),
        ("运转保障", Decimal("1144000.00"), Decimal("1144000.00"), Decimal("0.00"), 10),
        ("促进就业政策、管理及实施", Decimal("6220000.00"), Decimal("6220000.00"), Decimal("0.00"), 11),
        ("年度主要任务", Decimal("3385400.00"), Decimal("3385400.00"), Decimal("0.00"), 12),
    ]
    assert tasks[0].content.startswith("用于保障本单位行政、事业在职人员日常基本工资")
    assert tasks[1].ulp_yuan == Decimal("1000.00")  # 114.4 万元: one decimal printed


def test_nine_department_goals(records: list[Record]) -> None:
    goals = [r for r in records if isinstance(r, Goal)]
    assert len(goals) == 9
    assert all(g.project_key is None and g.source_line == 14 for g in goals)
    assert goals[0].text == "目标1:坚持把稳就业保就业作为工作主线,不断扩大就业规模,提升就业质量。"
    assert goals[8].text.startswith("目标9:进一步促进新疆医科大高职学院顺利运转")


def test_indicator_counts_by_level(records: list[Record]) -> None:
    rows = [r for r in records if isinstance(r, Indicator)]
    assert len(rows) == 70
    assert all(r.stage == "target" and r.project_key is None for r in rows)
    by_level2: dict[str, int] = {}
    for row in rows:
        by_level2[row.level2_name] = by_level2.get(row.level2_name, 0) + 1
    assert by_level2 == {
        "数量指标": 20,
        "质量指标": 13,
        "时效指标": 13,
        "成本指标": 14,
        "经济效益指标": 1,
        "社会效益指标": 2,
        "可持续影响指标": 2,
        "满意度指标": 5,
    }
    assert not [r for r in records if isinstance(r, (ParseWarning, Project))]
    assert all(r.target_parsed for r in rows)


def test_staff_count_target(records: list[Record]) -> None:
    row = indicator(records, "保障在职人员数量")
    assert (row.target_raw, row.target_operator, row.target_value, row.target_unit) == (">=109人", ">=", 109, "人")
    assert (row.level1_name, row.level2_name, row.source_line) == ("产出指标", "数量指标", 18)


def test_rows_after_the_page_break_keep_level1(records: list[Record]) -> None:
    row = indicator(records, "高职学院临聘人员工资发放准确率")
    assert (row.source_line, row.level1_name, row.level2_name) == (43, "产出指标", "质量指标")
    assert (row.target_operator, row.target_value, row.target_unit) == ("=", 100, "%")
    cost = indicator(records, "就业创业宣传成本")
    assert (cost.source_line, cost.level1_name, cost.level2_name) == (72, "产出指标", "成本指标")
    assert (cost.target_operator, cost.target_value, cost.target_unit) == ("<=", Decimal("3.80"), "万元")
    benefit = indicator(records, "办公用品利用率")
    assert (benefit.level1_name, benefit.level2_name) == ("效益指标", "经济效益指标")
    quality = indicator(records, "全州人力资源和社会保障经办服务质量")
    assert (quality.level1_name, quality.level2_name) == ("效益指标", "社会效益指标")  # inherited
    assert (quality.target_raw, quality.target_operator, quality.target_value) == ("有效提升", None, None)


def test_other_units_and_dates(records: list[Record]) -> None:
    assert indicator(records, "房屋建筑物供暖面积").target_value == Decimal("7851.03")
    assert indicator(records, "房屋建筑物供暖面积").target_unit == "平方米"
    assert indicator(records, "信息中心网络系统故障修复处理时间").target_unit == "小时"
    assert indicator(records, "每人缴纳92-93辞去现职保留公职人员社").target_unit == "万元/人"
    assert indicator(records, "社会保障业务项目支付完成时间").target_value == 20221210
    assert indicator(records, "设备采购完成时间").target_value == 20221131  # as printed (there is no 11月31日)
    satisfaction = indicator(records, "单位职工满意度")
    assert (satisfaction.level1_name, satisfaction.target_operator, satisfaction.target_value) == (
        "满意度指标",
        ">=",
        90,
    )
    same_name = indicator(records, "缴纳92-93辞去现职保留公职人员社保费", "=12次")
    assert same_name.source_line == 29

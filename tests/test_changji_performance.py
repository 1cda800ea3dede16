"""项目支出绩效自评表 in the Changji final account (tab-separated markdown rows)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CHANGJI

from ingest.performance import parse_performance
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import decode_text, split_lines

INDICATORS_PER_PROJECT = {
    "访惠聚工作队工作经费(州级)": 10,
    "访惠聚工作为办实事(区级)": 10,
    "机关运行补助经费": 17,
    "就业工作经费": 12,
    "劳动保障监察工作经费": 13,
    "劳动能力鉴定工作经费": 13,
    "劳动人事争议调解仲裁工作经费": 18,
    "农村富余劳动力转移就业工作经费": 14,
    "人社局劳动保障大厦维修经费": 8,
    "社保基金监督检查审计经费": 12,
    "四级联动的视频会议系统使用及日常网络维护费": 11,
    "行政复议案件办案及工作经费": 11,
    "专业技术人员继续教育网络培训经费": 13,
}


def records_of(path: Path) -> list[Record]:
    lines = split_lines(decode_text(path.read_bytes())[0])
    return parse_performance(lines, DocumentInfo(source_line=1, department_name="test"))


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return records_of(CHANGJI)


def projects(records: list[Record]) -> dict[str, Project]:
    return {r.name: r for r in records if isinstance(r, Project)}


def indicator(records: list[Record], key: str, level3: str) -> Indicator:
    return next(r for r in records if isinstance(r, Indicator) and r.project_key == key and r.level3_name == level3)


def test_thirteen_projects_with_their_indicator_counts(records: list[Record]) -> None:
    found = projects(records)
    assert list(found) == list(INDICATORS_PER_PROJECT)
    assert [p.project_key for p in found.values()] == [f"p{i:02d}" for i in range(1, 14)]
    for name, count in INDICATORS_PER_PROJECT.items():
        key = found[name].project_key
        assert sum(1 for r in records if isinstance(r, Indicator) and r.project_key == key) == count, name
    assert not [r for r in records if isinstance(r, ParseWarning) and "cut off" in r.message]


def test_fanghuiju_project_header_and_funds(records: list[Record]) -> None:
    project = projects(records)["访惠聚工作队工作经费(州级)"]
    assert project.source_line == 236
    assert project.competent_department == "人力资源和社会保障局"
    assert project.implementing_unit == "人力资源和社会保障局"
    assert project.budget_initial_yuan == Decimal("60000.00")
    assert project.budget_full_year_yuan == Decimal("60000.00")
    assert project.executed_yuan == Decimal("53500.00")
    assert project.execution_rate == Decimal("89.17")
    assert (project.funds_weight, project.funds_score) == (Decimal("10"), Decimal("8.92"))
    assert (project.total_weight, project.total_score) == (Decimal("100"), Decimal("98.60"))
    assert project.ulp_yuan == Decimal("100.00")
    assert project.goal_text.startswith("依据“访惠聚工作”要求")
    assert project.achievement_text.startswith("2022年,工作队为民办实事5件")
    funding = [r for r in records if isinstance(r, ProjectFunding) and r.project_key == project.project_key]
    assert [(f.source, f.executed_yuan, f.source_line) for f in funding] == [
        ("total", Decimal("53500.00"), 239),
        ("fiscal", Decimal("53500.00"), 240),
        ("carryover", Decimal("0.00"), 241),
        ("other", Decimal("0.00"), 242),
    ]


def test_work_team_cost_row(records: list[Record]) -> None:
    row = indicator(records, "p01", "工作队工作成本")
    assert row.source_line == 253
    assert (row.level1_name, row.level2_name) == ("产出指标", "成本指标")
    assert (row.target_raw, row.target_operator, row.target_value, row.target_unit) == (
        "≤2万元",
        "<=",
        Decimal("2"),
        "万元",
    )
    assert (row.actual_value, row.actual_unit) == (Decimal("1.35"), "万元")
    assert (row.weight, row.score) == (Decimal("1"), Decimal("0.68"))
    assert row.deviation_reason == "受疫情影响,部分工作无法按照计划开展,导致绩效评价偏低"
    assert row.stage == "self_evaluation"


def test_blank_levels_inherit_and_qualitative_targets(records: list[Record]) -> None:
    row = indicator(records, "p01", "开展宣传教育活动(次)")
    assert (row.level1_name, row.level2_name, row.target_operator, row.target_value) == (
        "产出指标",
        "数量指标",
        ">=",
        4,
    )
    benefit = indicator(records, "p01", "长期开展各类政策宣传,不断提高群众思想认识")
    assert (benefit.level1_name, benefit.level2_name) == ("效益指标", "可持续影响指标")
    assert (benefit.target_raw, benefit.target_operator, benefit.target_value, benefit.target_parsed) == (
        "长期",
        None,
        None,
        True,
    )


def test_latex_operators_and_dates(records: list[Record]) -> None:
    satisfaction = indicator(records, "p02", "工作队辖区内群众满意率")
    assert (satisfaction.target_raw, satisfaction.target_operator, satisfaction.target_value) == (
        "$\\geq 90\\%$",
        ">=",
        Decimal("90"),
    )
    assert (satisfaction.level1_name, satisfaction.level2_name) == ("满意度指标", "满意度指标")
    deadline = indicator(records, "p02", "完成各项目标任务时间")
    assert (deadline.target_operator, deadline.target_value, deadline.target_unit) == ("<=", 20221231, "date")
    late = indicator(records, "p10", "工作完成期限")
    assert (late.target_value, late.actual_value, late.score) == (20221231, 20230630, Decimal("0"))


def test_cells_split_by_spaces_are_rejoined(records: list[Record]) -> None:
    row = indicator(records, "p04", "就业服务办件量")
    assert (row.target_operator, row.target_value, row.target_unit) == (">=", Decimal("10000"), "件")
    assert row.actual_value == Decimal("446403")
    assert row.source_line == 335
    economic = indicator(records, "p07", "个案案件挽回当事人经济损失程度")
    assert (economic.level1_name, economic.level2_name, economic.target_value) == ("效益指标", "经济效益指标", 30)
    assert indicator(records, "p06", "专家鉴定费").target_raw == "<=72750元"
    assert indicator(records, "p06", "专家鉴定费").target_unit == "元"


def test_project_without_total_score(records: list[Record]) -> None:
    project = projects(records)["就业工作经费"]
    assert (project.total_weight, project.total_score) == (Decimal("100"), None)
    assert project.executed_yuan == Decimal("500000.00")
    first = indicator(records, "p04", "城镇新增就业人数")
    assert (first.target_value, first.target_unit, first.actual_value, first.score) == (
        Decimal("2.31"),
        "万人",
        Decimal("2.2026"),
        Decimal("0.95"),
    )


def test_every_target_is_parsed(records: list[Record]) -> None:
    assert [r.target_raw for r in records if isinstance(r, Indicator) and not r.target_parsed] == []

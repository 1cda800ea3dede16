"""部门预算项目支出绩效自评表 in the Maoxian final account (one cell per tab-indented line)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import MAOXIAN

from ingest.performance import parse_performance
from ingest.records import DocumentInfo, Goal, Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import decode_text, split_lines


@pytest.fixture(scope="module")
def records() -> list[Record]:
    lines = split_lines(decode_text(MAOXIAN.read_bytes())[0])
    return parse_performance(lines, DocumentInfo(source_line=1, department_name="test"))


def test_four_projects_with_codes_and_indicator_counts(records: list[Record]) -> None:
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.project_key, p.code, p.name) for p in projects] == [
        ("p01", "51322322T000005968529", "东西部协作对口联络站建设"),
        ("p02", "51322321T000000065891", "第一书记临岗补贴"),
        ("p03", "51322322T000006215213", "三支一扶人员安家费"),
        ("p04", "51322322T000006842585", "社保公共服务能力建设"),
    ]
    counts = [sum(1 for r in records if isinstance(r, Indicator) and r.project_key == p.project_key) for p in projects]
    assert counts == [3, 2, 3, 3]
    assert not [r for r in records if isinstance(r, ParseWarning)]


def test_liaison_station_funds(records: list[Record]) -> None:
    project = next(r for r in records if isinstance(r, Project) and r.project_key == "p01")
    assert project.source_line == 157
    assert project.competent_department == "茂县人力资源和社会保障局"
    assert project.implementing_unit == "茂县人力资源和社会保障局(行政)"
    assert project.budget_initial_yuan == Decimal("0.00")
    assert project.budget_full_year_yuan == Decimal("2191300.00")  # 调整后预算数 219.13 万元
    assert project.executed_yuan == Decimal("2191300.00")
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal("100"), Decimal("10"), None)
    assert (project.total_weight, project.total_score) == (Decimal("100"), None)
    assert project.goal_text.startswith("建设一个集标准化流动人员档案管理室")
    assert project.achievement_text.startswith("可以有效缓解用工难的矛盾")
    funding = [r for r in records if isinstance(r, ProjectFunding) and r.project_key == "p01"]
    assert [(f.source, f.label, f.budget_full_year_yuan, f.source_line) for f in funding] == [
        ("total", "总额", Decimal("2191300.00"), 189),
        ("fiscal", "其中:财政资金", Decimal("2191300.00"), 199),
        ("special_account", "财政专户管理资金", Decimal("0.00"), 209),
        ("unit_own", "单位资金", Decimal("0.00"), 219),
    ]  # 其他资金 is printed with no figures and yields no row
    goals = [r for r in records if isinstance(r, Goal) and r.project_key == "p01"]
    assert len(goals) == 1 and goals[0].source_line == 172


def test_operator_value_and_unit_cells(records: list[Record]) -> None:
    rows = [r for r in records if isinstance(r, Indicator) and r.project_key == "p01"]
    first = rows[0]
    assert first.source_line == 251
    assert (first.level1_name, first.level2_name) == ("产出指标", "质量指标")
    assert first.level3_name == "利用茂县生态农业综合(扶贫)开发产业园原有二楼进行改造)"
    assert (first.target_raw, first.target_operator, first.target_value, first.target_unit) == ("≥90%", ">=", 90, "%")
    assert (first.actual_raw, first.weight, first.score, first.deviation_reason) == (None, Decimal("50"), None, None)
    assert [r.weight for r in rows] == [Decimal("50"), Decimal("30"), Decimal("10")]
    assert rows[2].level2_name == "服务对象满意度指标" and rows[2].level1_name == "满意度指标"


def test_full_width_operators_and_yuan_targets(records: list[Record]) -> None:
    second = [r for r in records if isinstance(r, Indicator) and r.project_key == "p02"]
    assert (second[1].target_raw, second[1].target_operator, second[1].target_value) == (
        "=100%",
        "=",
        100,
    )  # cells are NFKC-normalised: ＝ → =
    assert second[0].level2_name == "可持续发展指标" and second[0].level1_name == "效益指标"
    third = [r for r in records if isinstance(r, Indicator) and r.project_key == "p03"]
    assert (third[0].target_operator, third[0].target_value, third[0].target_unit) == ("=", Decimal("27000"), "元")
    assert (third[1].target_operator, third[1].target_value) == (">", Decimal("90"))
    fourth = [r for r in records if isinstance(r, Indicator) and r.project_key == "p04"]
    assert (fourth[0].target_value, fourth[0].target_unit) == (Decimal("2.6931"), "万人")
    project = next(r for r in records if isinstance(r, Project) and r.project_key == "p02")
    assert (project.budget_initial_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("8400.00"),
        Decimal("8400.00"),
        Decimal("100.00"),
    )

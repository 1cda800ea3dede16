"""项目绩效自评表 in the Zengdu final account: hard-wrapped PDF text, cells flowing together."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import ZENGDU

from ingest.performance import parse_performance
from ingest.performance.wrapped import _strip_prefix, display_width, split_two_cells
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import decode_text, split_lines

FIXTURES = Path(__file__).parent / "fixtures" / "performance"


def records_of(path: Path) -> list[Record]:
    lines = split_lines(decode_text(path.read_bytes())[0])
    return parse_performance(lines, DocumentInfo(source_line=1, department_name="test"))


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return records_of(ZENGDU)


def rows_of(records: list[Record], key: str) -> list[Indicator]:
    return [r for r in records if isinstance(r, Indicator) and r.project_key == key]


def test_eight_projects_each_printed_once(records: list[Record]) -> None:
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.name, p.source_line, p.copy_count) for p in projects] == [
        ("国有企业退休人员社会化档案管理经费", 1697, 1),
        ("养老保险待遇稽核工作经费", 1970, 1),
        ("机关事业养老保险征收工作经费", 2244, 1),
        ("取消企业退休人员社会化管理收费缺口补贴", 2538, 1),
        ("创业就业担保货款贴息资金和工作经费", 2954, 1),
        ("取消职业介绍补贴的工作经费", 3320, 1),
        ("劳动争议调解仲裁经费", 4235, 1),
        ("仲裁建设和专业设备购置费", 4563, 1),
    ]
    assert [len(rows_of(records, p.project_key)) for p in projects] == [6, 6, 6, 6, 8, 8, 6, 6]
    assert not [r for r in records if isinstance(r, ParseWarning)]


def test_header_and_funds_of_the_arbitration_project(records: list[Record]) -> None:
    project = next(r for r in records if isinstance(r, Project) and r.name == "劳动争议调解仲裁经费")
    assert project.competent_department == "区人社局"
    assert project.implementing_unit == "随州市曾都区劳动人事争议仲裁院"  # wrapped over two lines
    assert (project.budget_full_year_yuan, project.executed_yuan) == (Decimal("450000.00"), Decimal("273400.00"))
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (Decimal("61"), 20, 20)
    assert project.total_score == 100
    funding = [r for r in records if isinstance(r, ProjectFunding) and r.project_key == project.project_key]
    assert [(f.source, f.label, f.source_line) for f in funding] == [("total", "年度财政资金总额", 4270)]


def test_wrapped_level3_and_target_are_split(records: list[Record]) -> None:
    rows = rows_of(records, "p02")
    assert rows[0].source_line == 2025
    assert rows[0].level3_name == "完成国家、省、市大数据比对产生的疑点数据核实、处理、社保基金追回工作"
    assert (rows[0].target_raw, rows[0].actual_raw, rows[0].score) == ("按时完成目标任务", "计划标准", Decimal("10"))
    assert (rows[4].level1_name, rows[4].level2_name) == ("效益指标", "经济效益指标")  # 经济效益指 / 标
    assert (rows[4].level3_name, rows[4].target_raw) == ("优化资源配置,提高财政资金使用效益", "各项支出不超出预算安排")
    cost = rows[3]
    assert (cost.level2_name, cost.level3_name, cost.target_operator, cost.target_value, cost.target_unit) == (
        "成本指标",
        "支出不超过预算",
        "<=",
        Decimal("27"),
        "万",
    )
    third = rows_of(records, "p03")
    assert (third[0].level3_name, third[0].target_raw) == ("强化工作力度,按时完成认定计划,应保尽保", "按时完成认定计划")


def test_digits_stranded_one_per_line_are_rejoined(records: list[Record]) -> None:
    project = next(r for r in records if isinstance(r, Project) and r.project_key == "p05")
    assert (project.budget_full_year_yuan, project.funds_score) == (Decimal("1080000.00"), Decimal("20"))
    rows = rows_of(records, "p05")
    assert [r.score for r in rows] == [Decimal("10")] * 8
    assert (rows[0].level3_name, rows[0].target_operator, rows[0].target_value, rows[0].target_unit) == (
        "免费为约200多人提供货款",
        "=",
        Decimal("220"),
        "人",
    )
    assert (rows[1].target_operator, rows[1].target_value, rows[1].actual_value) == (">=", 95, 100)
    assert (rows[4].level3_name, rows[4].target_raw, rows[4].actual_raw) == ("创业担保贷款人数", "210", "219")
    assert (rows[4].target_value, rows[4].target_unit, rows[4].actual_unit) == (Decimal(210), "人", "人")
    assert rows[5].level2_name == "社会效益指标" and rows[6].level2_name == "生态效益指标"


def test_unit_less_figures_are_counted_as_unparsed(records: list[Record]) -> None:
    """Bare counts under a name that says what is counted (…人数) take its unit; the rest stay raw."""
    unparsed = [r.target_raw for r in records if isinstance(r, Indicator) and not r.target_parsed]
    assert sorted(unparsed) == sorted(
        [
            "≤108",
            "≤27",
            "省厅要求结案率90%,调解率60%",
            "仲裁案件审理期限为45天",
            "省厅要求结案率90%,调解率60%",
            "仲裁案件审理期限为45天",
        ]
    )


def test_split_of_two_wrapped_cells_by_line_widths() -> None:
    lines = ["完成考核系统上疑点", "数据的核实、处理、", "社保基金追回工作", "按时完成目标任", "务"]
    assert split_two_cells(lines) == (lines[:3], lines[3:])
    lines = ["强化工作力度，按时完", "成认定计划，应保尽保", "按时完成认定计", "划"]
    assert split_two_cells(lines) == (lines[:2], lines[2:])


def test_display_width_counts_wide_and_full_width_characters_twice() -> None:
    assert display_width("经济效益指标") == 12
    assert display_width(" 数量 指标 ") == 8  # spaces next to CJK characters are extraction artefacts
    assert display_width("≥90% 10") == 7  # ≥ is ambiguous-width: narrow
    assert display_width("（４０分）") == 10  # full-width brackets and digits
    assert display_width("ｶﾞ") == 2  # half-width katakana


def test_level_name_stripped_from_its_line_with_or_without_spaces_inside() -> None:
    assert _strip_prefix("数量指标 培训人次 ≥80人次", "数量指标") == "培训人次 ≥80人次"
    assert _strip_prefix("数量 指标 培训人次", "数量指标") == "培训人次"  # letter-spaced as extracted
    assert _strip_prefix("标 培训人次", "标") == "培训人次"  # the end of a name wrapped onto this line
    assert _strip_prefix("数量指标", "数量指标") == ""


def test_repeated_table_is_kept_once_when_copies_agree() -> None:
    records = records_of(FIXTURES / "zengdu_repeated_tables.txt")
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.name, p.copy_count) for p in projects] == [("取消职业介绍补贴的工作经费", 2)]
    assert len(rows_of(records, "p01")) == 8
    assert not [r for r in records if isinstance(r, ParseWarning)]


def test_repeated_table_disagreement_is_reported() -> None:
    records = records_of(FIXTURES / "zengdu_repeated_tables_disagree.txt")
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.name, p.copy_count, p.executed_yuan) for p in projects] == [
        ("取消职业介绍补贴的工作经费", 2, Decimal("270000.00"))  # the first copy is kept
    ]
    warnings = [r for r in records if isinstance(r, ParseWarning)]
    assert len(warnings) == 1
    assert "disagrees" in warnings[0].message and "4 figure(s)" in warnings[0].message
    assert "funding[年度财政资金总额].executed: 27 (line 10) vs 26 (line 90)" in warnings[0].context
    assert "6907" in warnings[0].context and "6970" in warnings[0].context

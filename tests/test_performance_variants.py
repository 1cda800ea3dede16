"""Performance tables that are cut off, reordered or absent: readable rows, warnings, no crash."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import CHANGJI, MAOXIAN, ZENGDU

from ingest.performance import parse_performance
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, Record
from ingest.text import Line, decode_text, split_lines

FIXTURES = Path(__file__).parent / "fixtures" / "performance"
INFO = DocumentInfo(source_line=1, department_name="test")


def lines_of(path: Path) -> list[Line]:
    return split_lines(decode_text(path.read_bytes())[0])


def indicators(records: list[Record], key: str = "p01") -> list[Indicator]:
    return [r for r in records if isinstance(r, Indicator) and r.project_key == key]


def comparable(rows: list[Indicator]) -> list[tuple]:
    fields = ("level1_name", "level2_name", "level3_name", "target_operator", "target_value", "target_unit")
    fields += ("actual_value", "actual_unit", "weight", "score", "deviation_reason")
    return [tuple(getattr(r, name) for name in fields) for r in rows]


def test_changji_with_columns_shuffled_reads_the_same() -> None:
    original = parse_performance(lines_of(CHANGJI), INFO)
    shuffled = parse_performance(lines_of(FIXTURES / "changji_columns_shuffled.txt"), INFO)
    assert not [r for r in shuffled if isinstance(r, ParseWarning)]
    assert comparable(indicators(shuffled)) == comparable(indicators(original))
    project = next(r for r in shuffled if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("60000.00"),
        Decimal("53500.00"),
        Decimal("89.17"),
    )
    cost = next(r for r in indicators(shuffled) if r.level3_name == "工作队工作成本")
    assert (cost.target_value, cost.actual_value, cost.weight, cost.score) == (2, Decimal("1.35"), 1, Decimal("0.68"))


def test_changji_cut_off_keeps_readable_rows_and_never_shifts_cells() -> None:
    records = parse_performance(lines_of(FIXTURES / "changji_truncated.txt"), INFO)
    rows = indicators(records)
    assert [r.level3_name for r in rows][-2:] == ["为民办实事好事经费", "工作队工作成本"]
    assert len(rows) == 7  # running text after the cut is not read as indicators
    broken = rows[-1]
    # the row lacks its 实际完成值: nothing is moved into the wrong column
    assert (broken.target_raw, broken.actual_raw, broken.weight, broken.score) == (None, None, None, None)
    assert (broken.level1_name, broken.level2_name) == ("产出指标", "成本指标")
    assert rows[-2].target_value == 4 and rows[-2].score == 4
    messages = [r.message for r in records if isinstance(r, ParseWarning)]
    assert any("fewer cells than its header" in m for m in messages)
    assert any("cut off" in m for m in messages)
    project = next(r for r in records if isinstance(r, Project))
    assert (project.executed_yuan, project.total_score) == (Decimal("53500.00"), None)


def test_maoxian_with_columns_reordered_reads_the_same() -> None:
    original = parse_performance(lines_of(MAOXIAN), INFO)
    shuffled = parse_performance(lines_of(FIXTURES / "maoxian_columns_shuffled.txt"), INFO)
    assert not [r for r in shuffled if isinstance(r, ParseWarning)]
    assert comparable(indicators(shuffled)) == comparable(indicators(original))
    assert [r.weight for r in indicators(shuffled)] == [50, 30, 10]


def test_maoxian_cut_off_inside_an_indicator_row() -> None:
    records = parse_performance(lines_of(FIXTURES / "maoxian_truncated.txt"), INFO)
    project = next(r for r in records if isinstance(r, Project))
    assert project.budget_full_year_yuan == Decimal("2191300.00")
    (row,) = indicators(records)
    assert (row.level1_name, row.level2_name, row.target_raw) == ("产出指标", "质量指标", "≥90")
    assert (row.target_parsed, row.weight, row.score) == (False, None, None)  # the 度量单位 cell is missing
    messages = [r.message for r in records if isinstance(r, ParseWarning)]
    assert any("indicator row cut off" in m for m in messages)
    assert any("table cut off" in m for m in messages)


def test_zengdu_table_without_its_indicator_block() -> None:
    lines = lines_of(ZENGDU)[3315:3350]  # 取消职业介绍补贴的工作经费, up to the funds row
    records = parse_performance(lines, INFO)
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.executed_yuan) == ("取消职业介绍补贴的工作经费", Decimal("270000.00"))
    assert [r.message for r in records if isinstance(r, ParseWarning)] == [
        "no indicator header (一级指标) found: table cut off?"
    ]


@pytest.mark.parametrize(("path", "start", "end"), [(CHANGJI, 0, 230), (ZENGDU, 4700, 5400), (MAOXIAN, 0, 150)])
def test_narrative_without_tables_gives_nothing(path: Path, start: int, end: int) -> None:
    # (but the indicators its report prose states below a level's heading: ``(1)产出指标完成情况分析`` then
    # ``全区城镇新增就业 6907 人,…`` — read since prose18, tests/test_narrative_indicators.py)
    found = parse_performance(lines_of(path)[start:end], INFO)
    prose = {
        (r.source_line, r.level3_name, r.actual_raw) for r in found
        if isinstance(r, Indicator) and r.project_key is None and r.target_raw is None
    }
    assert prose == ({
        (4895, "单位对重点工作办理落实程度", "100%"), (5364, "全区城镇新增就业", "6907人"),
        (5366, "失业人员再就业", "6590人"), (5368, "就业困难人员再就业", "6769人"),
        (5370, "已脱贫人口外出务工", "9777人"),
    } if path == ZENGDU else set())
    assert len(found) == len(prose)


@pytest.mark.parametrize("path", [CHANGJI, MAOXIAN, ZENGDU])
def test_randomly_damaged_tables_never_crash(path: Path) -> None:
    lines = lines_of(path)
    rng = random.Random(20220)
    for _ in range(10):
        damaged = [line for line in lines if rng.random() > 0.08]
        if rng.random() < 0.5:
            cut = rng.randrange(len(damaged))
            damaged = damaged[:cut]
        records = parse_performance(damaged, INFO)
        for record in records:
            if isinstance(record, Indicator):
                assert record.level3_name
                assert record.weight is None or record.weight <= 100

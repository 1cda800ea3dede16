"""An indicator table whose header, printed one cell per line, names columns no reader knows (a target per
乡镇: 一级指标 | 二级指标 | 三级指标 | 指标解释 | 西坪镇尧山村 | 桃舟乡吾培村 …) is left out with a warning: its
header cells had been read as indicators (西坪镇尧山村 with the target 桃舟乡吾培村) and its rows named by
their 指标解释 cell, with one 乡镇's figure as the target."""

from __future__ import annotations

from pathlib import Path

from ingest.document import parse_bytes

PAGE = Path(__file__).parent / "fixtures" / "pages" / "anxi-slj-2022-targets-per-township-columns.txt"


def _read(text: str) -> tuple[list, list]:
    records = parse_bytes(text.encode("utf-8"), Path("page.txt")).records
    indicators = [r for r in records if r.record_type == "indicator"]
    warnings = [r for r in records if r.record_type == "parse_warning" and "no reader knows" in r.message]
    return indicators, warnings


def test_the_real_page_reads_no_header_cell_as_an_indicator() -> None:
    # 安溪县水利局 2022 省级第七批水利专项资金绩效目标表 (unseen 17p)
    records = parse_bytes(PAGE.read_bytes(), PAGE).records
    assert not [r for r in records if r.record_type == "indicator"]
    warned = [r for r in records if r.record_type == "parse_warning" and "no reader knows" in r.message]
    assert warned and "西坪镇尧山村" in warned[0].message
    # its funds are still read: 资金总额 100 万元, 其中:财政拨款 100 万元
    funds = {r.label: r.budget_initial_yuan for r in records if r.record_type == "project_funding"}
    assert funds == {"资金总额": 1000000, "其中:财政拨款": 1000000}


TABLE = (
    "2023年项目支出绩效目标表\n项目名称\n道路维修\n绩效指标\n一级指标\n二级指标\n三级指标\n{columns}"
    "产出指标\n数量指标\n维修道路(公里)\n{values}"
)


def test_a_table_written_here_with_a_column_per_district() -> None:
    text = TABLE.format(columns="指标解释\n城关镇\n新城街道\n", values="反映道路维修情况\n3\n2\n")
    indicators, warnings = _read(text)
    assert not indicators and warnings


def test_the_same_table_with_its_target_column_is_read() -> None:
    text = TABLE.format(columns="指标值\n", values="5\n")
    indicators, warnings = _read(text)
    assert [(i.level3_name, i.target_raw) for i in indicators] == [("维修道路(公里)", "5")] and not warnings

"""Each figure of a performance row printed one cell per line traces to its own line
(ingest/value_lines.py): ``value_lines`` names the lines off the row's own; a pipe row has none."""

from __future__ import annotations

from pathlib import Path

from benchmarks.fidelity import candidates_of
from ingest.document import parse_lines, parse_path
from ingest.records import Indicator, ProjectFunding
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _lines(value_lines: str | None) -> dict[str, int]:
    return {name: int(line) for name, line in (p.split("=") for p in (value_lines or "").split(";") if p)}


def test_real_page_one_cell_per_line_each_figure_at_its_line():
    """廊坊市食品工程学校 2019 self-evaluation, one cell per line with a blank line between cells: the funds
    row 年度资金总额 (L46) prints 43.2 / 43.2 / 37.24 on L48, L50, L52; 指标1工程完工率's target 100 stands
    on its row's line (L167), its actual 100, weight 10 and score 10 on L169, L171, L173."""
    path = PAGES / "langfang-foodschool-2019-self-evaluation-rows.txt"
    records = parse_path(path).records
    total = next(r for r in records if isinstance(r, ProjectFunding) and r.source == "total")
    assert (total.source_line, _lines(total.value_lines)) == (
        46, {"budget_initial": 48, "budget_full_year": 50, "executed": 52})
    rate = next(r for r in records if isinstance(r, Indicator) and r.level3_name == "指标1工程完工率")
    assert (rate.source_line, _lines(rate.value_lines)) == (167, {"actual": 169, "weight": 171, "score": 173})
    text = path.read_text("utf-8").split("\n")
    assert [text[n - 1].strip() for n in (169, 171, 173)] == ["100", "10", "10"]
    # the scoreboard scores each figure at its own line
    at = {c.field: c.line for c in candidates_of(rate.to_dict()) if c.field in ("actual",)}
    assert at == {"actual": 169}


CELLS = """项目支出绩效自评表
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
培训人次
≥200人次
230人次
20
20
质量指标
培训合格率
100%
100%
10
10
"""


def test_written_table_equal_target_and_actual_each_on_its_line():
    _, records = parse_lines(split_lines(CELLS), source_name="x.txt")
    rows = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    assert set(rows) >= {"培训人次", "培训合格率"}
    quality = rows["培训合格率"]
    lines = _lines(quality.value_lines)
    expected = {"target": 18, "actual": 19, "weight": 20, "score": 21}
    assert {name: lines.get(name, quality.source_line) for name in expected} == expected


def test_a_pipe_row_keeps_its_figures_on_its_line():
    text = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 培训人次 | ≥200人次 | 230人次 | 20 | 20 |\n")
    _, records = parse_lines(split_lines(text), source_name="x.txt")
    (row,) = [r for r in records if isinstance(r, Indicator)]
    assert row.value_lines is None and "value_lines" not in row.to_dict()

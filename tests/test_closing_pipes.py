"""Cells whose closing pipe stands alone on the next line (ingest/closing_pipes.py): each pipe moved up
to its cell's line, every line keeping its number — on variants written here, on a real page printed
so (plpkl 2019, a 三公 budget table), and on a real self-evaluation table re-printed so (南充 2023)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.reprints import one_cell_per_line
from ingest.closing_pipes import with_cells_closed
from ingest.document import parse_bytes
from ingest.records import Indicator, ProjectFunding, StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"

BELOW = "单位:万元\n|\n项 目\n|\n合计\n|\n一般公共\n预算\n|\n|\n行政经费\n|\n312.23\n|\n312.23\n|\n|\n说明\n"


def test_each_pipe_moves_up_to_its_cell_and_every_line_keeps_its_number():
    closed = with_cells_closed(BELOW)
    assert len(closed.split("\n")) == len(BELOW.split("\n"))
    assert closed.split("\n") == [
        "单位:万元 |", "", "项 目 |", "", "合计 |", "", "", "一般公共预算 |", "", "|",
        "行政经费 |", "", "312.23 |", "", "312.23 |", "", "|", "说明", "",
    ]


def test_text_without_such_a_run_is_left_as_printed():
    opened = "单位:万元\n|\n序号 |\n项目 |\n金额 |\n|\n1 |\n甲 |\n5 |\n"  # a row opened by a pipe of its own
    assert with_cells_closed(opened) == opened
    few = "项目\n|\n金额\n|\n合计\n|\n"  # three cells: no table
    assert with_cells_closed(few) == few
    prose = "本单位2023年度“三公”经费预算情况说明如下表所示,单位为万元\n" + BELOW
    assert with_cells_closed(prose).split("\n")[:2] == [prose.split("\n")[0], "单位:万元 |"]  # joins no cell


def test_a_real_page_printed_so_keeps_its_figures():
    records = parse_bytes((PAGES / "plpkl-2019-three-public-budget-traditional.txt").read_bytes(), Path("p.txt"))
    figures = {(r.source_line, r.value) for r in records.all_records if isinstance(r, StatedFigure)}
    assert any(value == 3122300 for _, value in figures)  # 行政經費 312.23 万元


def _performance(text: str) -> tuple[set, set]:
    records = parse_bytes(text.encode("utf-8"), Path("sheet.txt")).all_records
    funds = {(r.label, r.budget_initial_yuan, r.executed_yuan, r.execution_rate, r.source_line)
             for r in records if isinstance(r, ProjectFunding)}
    indicators = {(r.level3_name, r.target_raw, r.actual_raw, r.score, r.source_line)
                  for r in records if isinstance(r, Indicator)}
    return funds, indicators


def test_a_self_evaluation_printed_with_its_pipes_below_reads_as_closed_by_pipes():
    lines = (PAGES / "nanchong-lyj-2023-selfeval-pipe.txt").read_text("utf-8").split("\n")
    closed, _ = one_cell_per_line(lines, closed=True)
    below, _ = one_cell_per_line(lines, closed=True, pipe_below=True)
    funds, indicators = _performance(closed)
    assert funds and indicators
    funds_below, indicators_below = _performance(below)
    assert {f[:4] for f in funds_below} == {f[:4] for f in funds}
    assert {i[:4] for i in indicators_below} == {i[:4] for i in indicators}


def test_a_line_of_several_pipes_closes_the_cell_above_and_keeps_the_others():
    # a row of pipes after a cell's own pipe (保山市退役军人事务局 2022): the row's end, padding a wider grid — no cells
    text = "项目名称\n|\n春节走访慰问经费\n|\n||||||||\n主管部门\n|\n退役军人事务局\n|\n||||||\n项目类别\n|\n一般\n|\n"
    closed = with_cells_closed(text).split("\n")
    assert closed[:6] == ["项目名称 |", "", "春节走访慰问经费 |", "", "", "主管部门 |"]
    assert closed[9] == ""  # (the next row's end alike)
    text = "项目名称\n||\n春节走访慰问经费\n|\n主管部门\n|||\n退役军人事务局\n|\n项目类别\n|\n一般\n|\n"
    assert with_cells_closed(text).split("\n")[:6] == ["项目名称 |", "|", "春节走访慰问经费 |", "", "主管部门 |", "||"]


def test_a_table_with_a_row_of_pipes_between_rows_reads_as_printed_without():
    """南充市林业局 2023 项目支出绩效自评表 re-printed one cell per line, the pipe on the next line and a row of pipes
    closing each row (benchmarks/reprints.py, the shape of 保山 / 岳阳 pages): its funds read as without the rows
    of pipes (before, each row of pipes was empty cells shifting the next row: its funds rows unread)."""
    from benchmarks.reprints import VARIANTS

    name = "nanchong-lyj-2023-selfeval-pipe.txt"

    def funds(variant: str) -> dict:
        text, origin = VARIANTS[variant]((PAGES / name).read_text("utf-8").split("\n"))
        records = parse_bytes(text.encode("utf-8"), Path(name)).records
        return {(r.source, origin[r.source_line - 1]): (r.budget_full_year_yuan, r.executed_yuan, r.execution_rate)
                for r in records if isinstance(r, ProjectFunding)}

    without = funds("tables one cell per line, the pipe on the next line")
    assert without[("fiscal", 10)] == (50000, 50000, 100)
    for variant in ("tables one cell per line, a row of pipes between rows", "units on a line of their own"):
        assert funds(variant) == without, variant

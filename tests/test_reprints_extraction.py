"""The re-printings of tables as extraction tools and web copies print them (benchmarks/reprints.py):
one space between cells, one cell per line with a row of pipes between rows, units on a line of their own."""

from __future__ import annotations

from benchmarks.reprints import VARIANTS

ROWS = [
    "项目资金情况",
    "项目资金(万元)|全年预算数(A)|全年执行数(B)|执行率(B/A)",
    "年度资金总额:|2300.67|2300.67|100%",
    "其他资金||||",
    "说明。",
]


def test_single_spaces_join_the_cells_and_drop_the_empty_ones():
    text, origin = VARIANTS["tables with one space between cells"](ROWS)
    assert text.split("\n") == [
        "项目资金情况",
        "项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)",
        "年度资金总额: 2300.67 2300.67 100%",
        "其他资金",
        "说明。",
    ]
    assert origin is None  # (every line stays)


def test_tab_rows_are_single_spaced_too():
    text, _ = VARIANTS["tables with one space between cells"](["中央补助\t\t442.43\t442.43"])
    assert text == "中央补助 442.43 442.43"


def test_one_cell_per_line_with_a_row_of_pipes_closing_each_row():
    text, origin = VARIANTS["tables one cell per line, a row of pipes between rows"](ROWS)
    lines = text.split("\n")
    # each cell's text, a pipe alone under it; the row closed by a line of pipes (a grid two wider than
    # the widest row: 4 cells + 2, less the row's own cells)
    assert lines[:11] == ["项目资金情况", "项目资金(万元)", "|", "全年预算数(A)", "|", "全年执行数(B)", "|",
                          "执行率(B/A)", "|", "||", "年度资金总额:"]
    assert lines[-4:] == ["其他资金", "|", "|||||", "说明。"]
    assert origin == [1] + [2] * 9 + [3] * 9 + [4] * 3 + [5]


def test_an_empty_cell_is_a_pipe_alone():
    text, _ = VARIANTS["tables one cell per line, a row of pipes between rows"](["a|b|c", "合计||5"])
    assert text.split("\n")[7:] == ["合计", "|", "|", "5", "|", "||"]


def test_units_on_a_line_of_their_own_under_their_cell():
    text, origin = VARIANTS["units on a line of their own"](
        ["预算执行情况（万元）|金额 (元)|比例(%)|权重(20分)|面积(亩)|执行率(B/A)|(万元)", "合计|1|2|3|4|5|6"]
    )
    lines = text.split("\n")
    assert lines[:14] == ["预算执行情况", "（万元）", "|", "金额", "(元)", "|", "比例", "(%)", "|", "权重", "(20分)",
                          "|", "面积", "(亩)"]
    # a bracket that is no unit stays, and a unit alone in its cell stays where it is
    assert lines[14:19] == ["|", "执行率(B/A)", "|", "(万元)", "|"]
    assert len(origin) == len(lines) and set(origin) == {1, 2}

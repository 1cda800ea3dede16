"""Where the performance readers take their lines from: table blocks and the last target table."""

from __future__ import annotations

from decimal import Decimal

from conftest import BAZHOU, CHANGJI, ZENGDU
from test_bazhou_target_layouts import cell_per_line

from ingest.performance.indicator_values import parse_indicator_value
from ingest.performance.project_table import IndicatorRow, ProjectTable, table_records
from ingest.performance.self_evaluation import read_grid_table
from ingest.performance.tables import (
    LAYOUT_TSV,
    Fragment,
    Fragments,
    TableBlock,
    clean_cell,
    fragments,
    iter_cell_per_line_rows,
    locate_project_tables,
)
from ingest.performance.targets import MAX_TABLE_LINES, _find_tables, _table_rows
from ingest.performance.wrapped import LEVEL2_NAME_HEADS, LEVEL2_NAME_STARTS, LEVEL2_NAMES, _level2_at
from ingest.records import Indicator
from ingest.text import LINE_JOIN, compact, split_lines


def test_a_blocks_keys_are_its_lines_compact_texts_joined() -> None:
    # cut from the document's joined text by the locator: the same as joining the block's lines
    for path in (ZENGDU, CHANGJI):
        lines = split_lines(path.read_text(encoding="utf-8"))
        blocks = locate_project_tables(lines)
        assert len(blocks) >= 2 and all(block.joined_keys is not None for block in blocks)
        for block in blocks:
            joined = LINE_JOIN.join(line.compact for line in block.lines)
            assert block.keys == joined
            assert TableBlock(layout=block.layout, lines=block.lines).keys == joined  # joined when asked
    assert "一级指标" in locate_project_tables(split_lines(ZENGDU.read_text(encoding="utf-8")))[-1].keys


def test_the_last_cell_per_line_target_table_stops_after_its_row_limit() -> None:
    # a last table runs to the document's end: only its first MAX_TABLE_LINES rows are made
    text = cell_per_line(BAZHOU.read_text(encoding="utf-8"))
    filler = "".join(f"\t行{number}\n\t{number}\n\n" for number in range(2 * MAX_TABLE_LINES))
    lines = split_lines(text + "\n\n" + filler)
    last = _find_tables(lines)[-1]
    rows = _table_rows(lines, last, None)
    every_row = list(iter_cell_per_line_rows(lines[last + 1 :]))
    assert len(every_row) > MAX_TABLE_LINES + 100
    assert rows == every_row[:MAX_TABLE_LINES]


def test_cell_per_line_cells_are_cleaned_whatever_their_spaces() -> None:
    # a cell without white space is taken as its line's compact text; the others are cleaned
    raws = ["项目名称", "效益指 标", "2022 年 12 月", "１００％", "≥ 90%", "满意度 ", "<p>95%</p>", "", "  "]
    raws.append("a\u3000b")
    lines = split_lines("\n".join(f"\t{raw}" for raw in raws) + "\n\n\t两行\n的单元格\n\n")
    first, second = iter_cell_per_line_rows(lines)
    expected = [(clean_cell(raw), compact(clean_cell(raw)), number) for number, raw in enumerate(raws, 1)]
    assert [(cell.text, cell.key, cell.line) for cell in first.cells] == expected
    assert first.cells[1].text == "效益指标" and first.cells[3].text == "100%" and first.cells[6].text == "95%"
    assert [(cell.text, cell.line) for cell in second.cells] == [("两行的单元格", len(raws) + 2)]


def test_a_line_without_a_tab_continues_whatever_cell_stands_before_it() -> None:
    # the cell before it as printed: a tab-indented cell with or without white space, the last
    # part of a line of several tab-separated cells, or a first line printed without a tab
    text = "\t两行\n的单元格\n\n\t效益 指\n标\n\n\t甲\t乙 丙\n丁\n\n首 行\n续\n\t<p>95</p>\n%\n"
    rows = list(iter_cell_per_line_rows(split_lines(text)))
    assert [[(cell.text, cell.line) for cell in row.cells] for row in rows] == [
        [("两行的单元格", 1)],
        [("效益指标", 4)],
        [("甲", 7), ("乙丙丁", 7)],
        [("首行续", 10), ("95 %", 12)],
    ]


def test_a_row_printed_alike_in_two_tables_takes_each_tables_levels_and_line() -> None:
    # what a row says is read once per spelling: the levels it inherits and its line are its own
    header = "项目名称\t\t测试项目\t\n一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
    shared = "\t\t发放资料\t=5份\t5份\t10\t10\n"
    first = header + "产出指标\t数量指标\t培训人数\t≥10人\t12人\t10\t10\n" + shared + "总分\t\t\t\t\t20\t20\n"
    second = header + "效益指标\t社会效益指标\t就业人数\t≥3人\t4人\t10\t10\n" + shared + "总分\t\t\t\t\t20\t20\n"
    lines = split_lines(first + "\n" * 3 + second)
    tables = [read_grid_table(TableBlock(layout=LAYOUT_TSV, lines=tuple(lines[start : start + 5]))) for start in (0, 8)]
    rows = [(row.line, row.level1, row.level2, row.level3, row.target.value, row.actual.value)
            for table in tables for row in table.indicators]
    assert rows == [
        (3, "产出指标", "数量指标", "培训人数", 10, 12),
        (4, "产出指标", "数量指标", "发放资料", 5, 5),
        (11, "效益指标", "社会效益指标", "就业人数", 3, 4),
        (12, "效益指标", "社会效益指标", "发放资料", 5, 5),
    ]


def test_a_fragments_text_is_its_lines_normalised_words() -> None:
    # made when first asked for: the line's normalised text, stripped, white space collapsed
    lines = split_lines("\n  效益指 标\u3000 ２０２２ 年  \n\n合计\n")
    first, second = fragments(lines)
    assert (first.text, first.key, first.line) == ("效益指 标 2022 年", "效益指标2022年", 2)
    assert first.raw == "效益指 标\u3000 ２０２２ 年"  # as printed (its widths)
    assert (second.text, second.line) == ("合计", 4)
    given = Fragment("≥90 %", 7)
    assert (given.text, given.key, given.raw) == ("≥90 %", "≥90%", "")


def test_every_level2_name_and_head_begins_with_one_of_the_starts_looked_for() -> None:
    # the wrapped reader asks for a 二级指标 only at fragments beginning with one of LEVEL2_NAME_STARTS
    assert {name[:2] for name in (*LEVEL2_NAMES, *LEVEL2_NAME_HEADS)} == LEVEL2_NAME_STARTS
    frags = Fragments(split_lines("经济效益指\n标 带动就业 100人\n数量指标 培训人次\n"))
    assert frags.has(2)
    assert _level2_at(frags, 0) == ("经济效益指标", "带动就业 100人", 2)
    assert _level2_at(frags, 2) == ("数量指标", "培训人次", 1)


def test_only_a_bare_figure_takes_the_unit_its_indicator_name_implies() -> None:
    table = ProjectTable(line=1, layout="tsv", name="调解项目")
    for line, name, target, actual in ((2, "案件结案率", "95", "96%"), (3, "帮扶人数", "按时完成", "210")):
        values = {"target": parse_indicator_value(target), "actual": parse_indicator_value(actual)}
        table.indicators.append(IndicatorRow(line, None, None, name, **values))
    first, second = [r for r in table_records(table, "p01") if isinstance(r, Indicator)]
    assert (first.target_value, first.target_unit) == (Decimal(95), "%")  # bare: the name's unit
    assert (first.actual_value, first.actual_unit) == (Decimal(96), "%")  # printed with its unit
    assert (second.target_raw, second.target_unit) == ("按时完成", None)  # no figure
    assert (second.actual_value, second.actual_unit) == (Decimal(210), "人")

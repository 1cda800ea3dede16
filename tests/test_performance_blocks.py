"""Where the performance readers take their lines from: table blocks and the last target table."""

from __future__ import annotations

from conftest import BAZHOU, CHANGJI, ZENGDU
from test_bazhou_target_layouts import cell_per_line

from ingest.performance.tables import TableBlock, iter_cell_per_line_rows, locate_project_tables
from ingest.performance.targets import MAX_TABLE_LINES, _find_tables, _table_rows
from ingest.text import LINE_JOIN, split_lines


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

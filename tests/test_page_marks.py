"""A table printed over two pages: the page's number standing alone between its rows (``- 3 -``,
``第4页``; in text extracted from a PDF, with the form feed between the pages) is no line of text
that ends the table, and no cell of a table printed one cell per line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.flat_tables import parse_flat_tables
from ingest.records import StatedFigure
from ingest.text import is_page_mark, split_lines
from ingest.text_tables import parse_text_tables

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
needs_corpus = pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
# What a page break prints, inserted after a line: the page's number below it, the next page's on top.
BREAKS = {
    "dashes, then a form feed": ["- 3 -", "\f"],
    "full-width dashes and 第N页 on the next page": ["－3－", "\f第4页"],
    "em dashes and 第N页共M页, no form feed": ["—3—", "第 4 页 共 20 页"],
}


@pytest.mark.parametrize(
    ("text", "mark"),
    [("- 3 -", True), ("—12—", True), ("第3页", True), ("第 3 页 共 20 页", True), ("共20页 第3页", True),
     ("  - 3 -  ", True), ("3", False), ("-3", False), ("- 3 - 4", False), ("第3页说明", False), ("第三页", False)],
)
def test_a_page_mark_is_a_number_between_dashes_or_with_its_page_word(text, mark):
    assert is_page_mark(text) is mark  # (a bare 3 may be a cell: never taken for a page's number)


def _with_break(lines: list[str], after: int, name: str) -> str:
    """``lines`` with a page break after line ``after`` (1-based); the lines after it move down."""
    return "\n".join([*lines[:after], *BREAKS[name], *lines[after:]]) + "\n"


PIPE_ROWS = [
    "单位:万元 | ||||", "项目 | 2019年决算数 | 2020年执行数 | 比上年增长% |", "税收收入 | 431 | 469 | 8.82 |",
    "非税收入 | 100 | 90 | -10 |", "收入总计 | 2843 | 2782 | -2.15 |",
]


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_separated_table_goes_on_over_a_page_break(name):
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_text_tables(
        split_lines(_with_break(PIPE_ROWS, 3, name))) if isinstance(r, StatedFigure)}
    assert found[("收入总计 2020年执行数", "amount")] == (Decimal(27820000), 7)  # its header two pages up
    assert found[("税收收入 2019年决算数", "amount")] == (Decimal(4310000), 3)


@needs_corpus
def test_real_page_zhongzhuang_pipe_table_over_a_page_break():
    lines = next(REAL.glob("16_*")).read_text("utf-8").split("\n")
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_text_tables(
        split_lines(_with_break(lines, 40, "dashes, then a form feed"))) if isinstance(r, StatedFigure)}
    assert found[("收入总计 2020年执行数 金额", "amount")] == (Decimal(27820000), 43 + 2)
    assert found[("收入总计 2020年执行数 比上年增长%", "change_pct")] == (Decimal("2.15"), 43 + 2)


CELLS = [
    "单位:万元", "收入", "预算数", "调整预算数", "决算数", "支出", "预算数", "调整预算数", "决算数",
    "总计", "5200", "6100", "6080", "总计", "5200", "6100", "5990",
    "一、本级收入", "3000", "3300", "3310", "一、本级支出", "4100", "4800", "4700",
]


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_table_printed_one_cell_per_line_goes_on_over_a_page_break(name):
    after = CELLS.index("6080") + 1  # between the rows: its numbers do not move between columns
    found = {(r.label, r.field): r.value for r in parse_flat_tables(
        split_lines(_with_break(CELLS, after, name))) if isinstance(r, StatedFigure)}
    assert found[("总计(收入) 决算数", "amount")] == Decimal(60800000)
    assert found[("总计(支出) 决算数", "amount")] == Decimal(59900000)
    assert found[("一、本级支出(支出) 调整预算数", "amount")] == Decimal(48000000)


@needs_corpus
def test_real_page_fengdu_balance_table_over_a_page_break():
    lines = next(REAL.glob("11_*")).read_text("utf-8").split("\n")
    paged = split_lines(_with_break(lines, 57, "full-width dashes and 第N页 on the next page"))
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_flat_tables(paged)
             if isinstance(r, StatedFigure)}
    assert found[("总计(收入) 决算数", "amount")] == (Decimal(9293930000), 60 + 2)
    assert found[("总计(收入) 调整预算数", "amount")] == (Decimal(9257660000), 56)

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


RUNNING = "政务公开 某县财政预决算信息"


def _pages(lines: list[str], every: int, header: str = RUNNING) -> str:
    """``lines`` printed as a PDF's text: ``header`` over every page, the page's number under it,
    a form feed between pages."""
    out = [header]
    for number, line in enumerate(lines, start=1):
        out.append(line)
        if number % every == 0:
            out += [f"- {number // every} -", "\f" + header]
    return "\n".join(out) + "\n"


def test_a_running_header_over_every_page_reads_as_page_furniture_after_its_first_print():
    text = _pages([f"第{k}行的文字。" for k in range(1, 13)], every=4)
    lines = split_lines(text)
    printed = [line.number for line in lines if line.text == RUNNING]
    assert printed == [1]  # pages 2 and 3 print it again: page furniture, read as their page's number
    assert [line.text for line in lines if line.number in (7, 13)] == ["- 2 -", "- 3 -"]
    assert all(is_page_mark(line.norm) for line in lines if line.number in (7, 13))
    assert [line.page for line in lines if line.number == 9] == [2]  # (numbers and pages as printed)


def test_a_table_and_a_sentence_go_on_under_a_running_header():
    rows = [*PIPE_ROWS, "本年收入合计 | 1374 | 1341 | -2.40 |"]
    sentence = ["全年一般公共预算收入1341万元,比上年", "下降2.40%。"]
    text = _pages([*rows[:3], *rows[3:], "说明文字。", "说明文字。", *sentence, "结束。", "结束。"], every=4)
    records = parse_text_tables(split_lines(text))
    found = {(r.label, r.field): r.value for r in records if isinstance(r, StatedFigure)}
    assert found[("本年收入合计 2020年执行数", "amount")] == Decimal(13410000)  # its header a page up
    from ingest.document import parse_bytes

    parsed = parse_bytes(text.encode(), Path("paged.txt")).records
    stated = {(r.label, r.field): r.value for r in parsed if isinstance(r, StatedFigure) and r.unit == "percent"}
    assert stated[("全年一般公共预算收入", "change_pct")] == Decimal("2.40")


def test_a_short_cell_at_the_top_of_two_pages_of_many_is_no_running_header():
    cells = ["产出指标", "质量指标", "重点建设工程验收合格率", "100%"] * 10  # 40 lines, 10 pages
    lines = split_lines(_pages(cells, every=4, header="第一部分"))
    assert sum(1 for line in lines if line.text == "质量指标") == 10
    assert sum(1 for line in lines if line.text == "第一部分") == 1


@needs_corpus
def test_real_page_fengdu_over_pages_with_a_running_header():
    lines = next(REAL.glob("11_*")).read_text("utf-8").split("\n")
    text = _pages(lines, every=40)  # line n printed at 1 + n + 2 * ((n - 1) // 40)
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_flat_tables(split_lines(text))
             if isinstance(r, StatedFigure)}
    assert found[("总计(收入) 决算数", "amount")] == (Decimal(9293930000), 1 + 60 + 2)


def test_a_performance_tables_rows_skip_a_page_number_in_every_layout():
    """A 项目支出绩效自评表 printed over two pages: the page's number between its rows is no row
    (tab rows), no cell and no continuation of the cell above (one cell per line), no fragment
    (hard-wrapped text)."""
    from ingest.performance.tables import fragments, iter_cell_per_line_rows, iter_tsv_rows

    tsv = split_lines("数量指标\t培训人数\t≥100人\n- 3 -\n\f质量指标\t合格率\t≥95%\n")
    assert [[cell.text for cell in row.cells if cell.text] for row in iter_tsv_rows(tsv)] == [
        ["数量指标", "培训人数", "≥100人"], ["质量指标", "合格率", "≥95%"]]
    per_line = split_lines("\t数量指标\n\t培训人数\n- 3 -\n\t≥100人\n\n\t质量指标\n")
    assert [[cell.text for cell in row.cells] for row in iter_cell_per_line_rows(per_line)] == [
        ["数量指标", "培训人数", "≥100人"], ["质量指标"]]
    assert [f.key for f in fragments(split_lines("总分 100 98.60\n第 4 页 共 9 页\n项目名称\n"))] == [
        "总分10098.60", "项目名称"]


@pytest.mark.parametrize(
    ("text", "following", "score"),
    [("总分 100 98.60", "", Decimal("98.60")), ("总 分 98.60 分", "", Decimal("98.60")),
     ("总分", "100 98.60", Decimal("98.60")), ("总分 90 98.60", "", None), ("总分 100 98 3", "", None)],
)
def test_a_total_row_gives_its_score_read_in_its_printed_cells(text, following, score):
    """``总分 100 98.60`` (the weights' sum, then the score) lined up with spaces: never 10098.60,
    what its compact form runs together."""
    from ingest.performance.wrapped import _total_score

    assert _total_score(text, following) == score


def test_a_pipe_closing_a_cell_is_no_word_of_a_hard_wrapped_targets_table():
    """Bazhou's 绩效目标表 copied one cell per line, each closed by `` |`` and an empty cell a ``|``
    alone: the pipe is never a 三级指标 or a target (it was both, for every indicator)."""
    from benchmarks.reprints import one_cell_per_line
    from ingest.performance.targets import parse_targets
    from ingest.records import Indicator
    from juesuan.settings import SAMPLE_DOCUMENTS

    sample = (SAMPLE_DOCUMENTS / "bazhou-prefecture-hrss-2022-performance-targets.txt").read_text("utf-8")
    text, _ = one_cell_per_line(sample.split("\n"), closed=True)
    found = [(r.level3_name, r.target_raw) for r in parse_targets(split_lines(text)) if isinstance(r, Indicator)]
    assert found and not [row for row in found if "|" in (row[0] or "") + (row[1] or "")]


@pytest.mark.parametrize("page", ["tianchang-2022-self-evaluation.txt", "qingshen-2023-self-evaluation.txt"])
def test_a_self_evaluation_over_a_page_break_reads_as_on_one_page(page):
    """Tianchang's table separated by spaces and Qingshen's one pipe-closed cell per line, each with
    a page's number and a running header between two of its rows: the same project and indicators
    (each at its line of the original)."""
    from ingest.document import parse_bytes
    from ingest.records import Indicator, Project

    lines = (Path(__file__).parent / "fixtures" / "pages" / page).read_text("utf-8").split("\n")
    middle = 22  # (both tables' indicator rows: Tianchang's 71 lines, Qingshen's 98)

    def read(text: str, moved: int) -> list[tuple]:
        records = parse_bytes(text.encode(), Path(page)).records
        return sorted((type(r).__name__, r.source_line - (moved if r.source_line > middle else 0),
                       getattr(r, "name", None), getattr(r, "level3_name", None), getattr(r, "target_raw", None),
                       getattr(r, "weight", None), getattr(r, "score", None))
                      for r in records if isinstance(r, (Project, Indicator)))

    original = read("\n".join(lines), 0)
    assert original
    assert read(_with_break(lines, middle, "dashes, then a form feed"), 2) == original

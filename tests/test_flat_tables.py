"""Tables flattened into one line (ingest/flat_tables.py): rows found by their shape, unnamed
percentage columns named by arithmetic; on the real page of the corpus and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.flat_tables import parse_flat_tables
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def _figures(text: str) -> dict[tuple[str, str], Decimal]:
    return {(r.label, r.field): r.value for r in parse_flat_tables(split_lines(text)) if isinstance(r, StatedFigure)}


def test_labelled_rows_with_a_named_header_and_arithmetic_percentages():
    # a variant: 支出 table, labels on every row, one-row header, 万元; 执行% and 增长% unnamed
    text = (
        "2023年某县一般公共预算支出执行情况表 单位:万元 上年决算数 预算数 执行数 "
        "一般公共服务支出 1,000 1,200 1,100 91.67% 10.00% "
        "教育支出 2,000 2,500 2,600 104.00% 30.00% "
        "卫生健康支出 800 900 720 80.00% -10.00%"
    )
    figures = _figures(text)
    assert figures[("教育支出 执行数", "amount")] == Decimal(26000000)
    assert figures[("教育支出 预算数", "budget_initial")] == Decimal(25000000)
    assert figures[("一般公共服务支出 执行数占预算数%", "share_pct")] == Decimal("91.67")
    assert figures[("卫生健康支出 执行数比上年决算数增长%", "change_pct")] == Decimal("10.00")  # a decrease
    decrease = next(r for r in parse_flat_tables(split_lines(text))
                    if isinstance(r, StatedFigure) and r.label.startswith("卫生健康支出") and r.field == "change_pct")
    assert decrease.direction == "decrease"


def test_a_percentage_no_pair_explains_is_left_out():
    text = (
        "单位:万元 预算数 执行数 甲项 100 90 12.00% 乙项 200 150 33.00% 丙项 300 300 7.00%"
    )
    figures = _figures(text)
    assert figures[("乙项 执行数", "amount")] == Decimal(1500000)
    assert not [key for key in figures if key[1].endswith("pct")]


def test_without_a_unit_amounts_are_left_out_and_percentages_kept():
    text = "预算数 执行数 甲项 100 90 90.00% 乙项 200 150 75.00% 丙项 300 300 100.00%"
    figures = _figures(text)
    assert figures == {
        ("甲项 执行数占预算数%", "share_pct"): Decimal("90.00"),
        ("乙项 执行数占预算数%", "share_pct"): Decimal("75.00"),
        ("丙项 执行数占预算数%", "share_pct"): Decimal("100.00"),
    }


def test_rows_of_unequal_width_are_no_table():
    assert _figures("单位:万元 预算数 执行数 甲项 100 90 乙项 200 丙项 300 300 1") == {}


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_page_xixia_revenue_table():
    records = parse_path(next(REAL.glob("17_*"))).records
    figures = {(r.label, r.field): r.value for r in records if isinstance(r, StatedFigure)}
    assert figures[("增值税 2021年完成数", "amount")] == Decimal(175850000)
    assert figures[("增值税 2021年完成数占2021年预算数%", "share_pct")] == Decimal("93.36")
    assert figures[("房产税 2021年完成数比2020年完成数增长%", "change_pct")] == Decimal("36.59")
    # the first row has no label: kept under the table's title, with a warning
    first = [key for key in figures if "首行" in key[0] and key[1] == "budget_initial"]
    assert [figures[key] for key in first] == [Decimal(513850000)]
    assert any(isinstance(r, ParseWarning) and r.parser == "flat_tables" for r in records)
    assert not any("564600850" in r.label for r in records if isinstance(r, StatedFigure))


def test_a_balance_table_printed_one_cell_per_line_with_side_by_side_groups():
    """A 收支平衡表 copied from a web page: one cell per line, blank lines between, the 收入 and 支出
    column groups side by side, so rows alternate between the two sides."""
    text = (
        "表2:2023年某县政府性基金预算收支决算平衡表 单位:万元 收入 预算数 调整预算数 决算数 "
        "支出 预算数 调整预算数 决算数 总计 5200 6100 6080 总计 5200 6100 5990 "
        "一、本级收入 3000 3300 3310 一、本级支出 4100 4800 4700"
    )
    cells = text.split(" ")
    records = parse_flat_tables(split_lines("\n\n".join(cells) + "\n"))
    found = {(r.label, r.field): (r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}
    line_of = {cell: 2 * index + 1 for index, cell in enumerate(cells)}  # 1-based, blank lines between
    assert found[("总计(收入) 决算数", "amount")] == (Decimal(60800000), line_of["6080"])
    assert found[("总计(支出) 决算数", "amount")][0] == Decimal(59900000)
    assert found[("一、本级收入(收入) 预算数", "budget_initial")][0] == Decimal(30000000)
    assert found[("一、本级支出(支出) 调整预算数", "amount")][0] == Decimal(48000000)  # adjusted: no 年初预算
    assert line_of["5990"] == found[("总计(支出) 决算数", "amount")][1]


@pytest.mark.parametrize("indent", ["　　", "  ", "\u3000"])
def test_a_table_printed_one_cell_per_line_keeps_its_reading_when_every_cell_is_indented(indent):
    """A copy that keeps the page's indent indents the number cells too (``　　6080``): they are
    cells like the others, and a document whose every number is indented still has enough of them."""
    text = (
        "表2:2023年某县政府性基金预算收支决算平衡表 单位:万元 收入 预算数 调整预算数 决算数 "
        "支出 预算数 调整预算数 决算数 总计 5200 6100 6080 总计 5200 6100 5990 "
        "一、本级收入 3000 3300 -3310 一、本级支出 4100 4800 4700"
    )
    lines = split_lines("\n\n".join(indent + cell for cell in text.split(" ")) + "\n")
    found = {(r.label, r.field): r.value for r in parse_flat_tables(lines) if isinstance(r, StatedFigure)}
    assert found[("总计(收入) 决算数", "amount")] == Decimal(60800000)
    assert found[("一、本级收入(收入) 决算数", "amount")] == Decimal(-33100000)


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_page_fengdu_balance_table_with_its_cells_indented():
    path = next(REAL.glob("11_*"))
    lines = path.read_text("utf-8").split("\n")
    indented = split_lines("\n".join("　　" + line if line.strip() else line for line in lines))
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_flat_tables(indented)
             if isinstance(r, StatedFigure)}
    assert found[("总计(收入) 决算数", "amount")] == (Decimal(9293930000), 60)  # 929393 万元, as printed unindented


def _streams_line_by_line(lines):
    """What ``_streams`` finds, as a loop over every line finds it (the reader before its scans):
    the runs of cells only those in which the reader finds rows (``_runs`` of their groups)."""
    from ingest.flat_tables import MAX_CELL_CHARS, MIN_NUMBERS, _groups, _is_number, _runs, _tokens

    streams, norms = [], [line.norm for line in lines]
    for index, text in enumerate(norms):
        if len(text) >= MIN_NUMBERS * 4 and text.count(" ") >= MIN_NUMBERS - 1:
            tokens = [(token, lines[index]) for token in _tokens(text)]
            if sum(1 for token, _ in tokens if _is_number(token)) >= MIN_NUMBERS:
                streams.append(tokens)
    def may_start_a_number(text):  # after the indent and a sign: a digit, "," or "."
        text = text.lstrip()
        text = text[1:] if text[:1] in "-+−" else text
        return text[:1].isdecimal() or text[:1] in ",."

    if sum(1 for text in norms if may_start_a_number(text)) < MIN_NUMBERS:
        return streams
    run: list = []
    for line, raw in zip(lines, norms, strict=True):
        text = raw.strip()
        if not text:
            continue
        if " " not in text and "\t" not in text and len(text) <= MAX_CELL_CHARS:
            run.append((text.rstrip("|").strip() or text, line))
            continue
        if sum(1 for token, _ in run if _is_number(token)) >= MIN_NUMBERS and _runs(_groups(run)):
            streams.append(list(run))
        run.clear()
    if sum(1 for token, _ in run if _is_number(token)) >= MIN_NUMBERS and _runs(_groups(run)):
        streams.append(list(run))
    return streams


CELL_RUN = "项目\n金额\n" + "".join(f"科目{k}\n{k * 1.5:.2f}\n\n" for k in range(1, 12))
# Rows of two numbers (预算数, 决算数), a blank line between cells: what the reader reads.
CELL_ROWS = "单位:万元\n预算数\n决算数\n" + "".join(f"科目{k}\n\n{k}.00\n\n{k}.50\n\n" for k in range(1, 11))
EDGE_CASES = {
    "cells with pipes and signs": CELL_RUN.replace("\n3.00\n", "\n-3.00 |\n").replace("\n6.00", "\n  +6.00||  "),
    "rows with pipes and signs": CELL_ROWS.replace("\n3.00\n", "\n-3.00|\n").replace("\n5.50\n", "\n  +5.50||  \n"),
    "negative cells only (no line starts with a digit)": "".join(f"−{k}.5\n" for k in range(12)),
    "rows of negative cells (no line starts with a digit)": "".join(f"项{k}\n−{k}.5\n−{k}.7\n" for k in range(12)),
    "a digit that is not decimal starts lines": "".join(f"²{k}\n{k}\n" for k in range(6)),
    "indented rows": "".join(f"　　项{k}\n　　{k}.5\n  {k}.7\n" for k in range(12)),
    "few lines may start a number": "".join(f"项{k}\n−{k}.5\n" for k in range(3)),
    "a vertical tab inside a cell": CELL_ROWS.replace("\n4.50\n", "\n4.50\x0b|\n"),
    "a spaced cell breaks the run": CELL_RUN.replace("\n7.50\n", "\n7.50 |\n").replace("科目9\n", "科目 九\n"),
    "a spaced cell breaks the rows": CELL_ROWS.replace("\n6.00\n", "\n6.00 |\n"),
    "a cell too long for a cell breaks the rows": CELL_ROWS.replace("科目4\n", "科目" + "四" * 40 + "\n"),
    "two tables of rows, a line of words between": CELL_ROWS + "说明 文字\n" + CELL_ROWS,
    "too few numbers on each side of a line of words":
        CELL_ROWS.split("科目9")[0].replace("科目5\n", "说明 文字\n科目5\n"),
    "a long number line after the rows": CELL_ROWS + "\n" + "1" * 40 + "\n",
    "prose with numbers alone on lines": "".join(f"第{k}段文字\n{k}\n" for k in range(20)),
    "long flattened line":
        "单位:万元 " + " ".join(f"项{k} {k}.00 {k}.50 {k * 2}.00" for k in range(6)) + "\n" + CELL_RUN,
    "a long line without numbers": "甲 乙 丙 丁 戊 己 庚 辛 壬 癸 子 丑 寅 卯 辰 巳 午 未 申 酉\n",
}


def test_rows_printed_one_cell_per_line_are_read_and_a_line_of_words_ends_them():
    """Number cells in rows of two (no other cell between a row's numbers) are read; a line that
    is no cell ends the run, and a run without rows (one number after each word) is not read."""
    records = parse_flat_tables(split_lines(CELL_ROWS))
    found = {(r.label, r.field): (r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}
    assert len(found) == 20
    assert found[("科目3 决算数", "amount")] == (Decimal(35000), 4 + 6 * 2 + 4)  # 3 lines of header, 6 a row
    assert found[("科目10 预算数", "budget_initial")][0] == Decimal(100000)
    second_table = "说明 文字\n单位:万元\n预算数\n决算数\n科目5\n"
    split = parse_flat_tables(split_lines(CELL_ROWS.replace("科目5\n", second_table)))
    assert {r.label for r in split if isinstance(r, StatedFigure)} == {
        f"科目{k} {kind}" for k in range(5, 11) for kind in ("预算数", "决算数")}  # four rows above: too few
    assert parse_flat_tables(split_lines(CELL_RUN)) == []


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_streams_found_by_scans_are_those_a_loop_over_lines_finds(name):
    from ingest.flat_tables import _streams

    lines = split_lines(EDGE_CASES[name])
    assert _streams(lines) == _streams_line_by_line(lines)


def test_streams_of_the_samples_and_a_real_page_as_a_loop_over_lines_finds_them():
    from ingest.flat_tables import _streams
    from juesuan.settings import SAMPLE_DOCUMENTS

    found = 0
    for path in sorted(SAMPLE_DOCUMENTS.glob("*.txt")):
        lines = split_lines(path.read_text(encoding="utf-8"))
        streams = _streams(lines)
        assert streams == _streams_line_by_line(lines)
        found += len(streams)
    assert found > 0

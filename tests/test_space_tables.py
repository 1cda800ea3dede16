"""Tables whose columns are lined up with spaces (``pdftotext -layout``, a fixed-width copy): read by
their headers like separated tables, a row whose empty cells left only spaces laid on the columns
by where its cells stand — in characters or in display columns, whichever the table's full rows
line up in — and left out with a warning where that cannot be told."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import display_width, lined_up
from ingest.records import ParseWarning, StatedFigure
from ingest.space_tables import parse_space_tables
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
needs_corpus = pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")


def _lined(rows: list[list[str]], width=len) -> list[str]:
    """``rows`` printed with every column padded to its widest cell (benchmarks.reprints.lined_up)."""
    return lined_up(["| " + " | ".join(row) + " |" for row in rows], width)


ROWS = [
    ["项目", "2022年预算数", "2023年预算数", "增减"],
    ["合计", "2378.77", "2415.44", "36.67"],
    ["1、因公出国(境)费用", "", "12.50", ""],
    ["2、公务接待费", "1114.54", "989.86", "-124.68"],
    ["3、公务用车购置及运行费", "1264.23", "", "161.35"],
]


def _figures(text: str) -> dict[tuple[str, str], tuple[Decimal, str | None, int]]:
    return {(r.label, r.field): (r.value, r.direction, r.source_line)
            for r in parse_space_tables(split_lines(text)) if isinstance(r, StatedFigure)}


@pytest.mark.parametrize("width", [len, display_width], ids=["characters", "display columns"])
def test_a_table_lined_up_with_spaces_is_read_by_its_header_and_empty_cells_stay_empty(width):
    text = "单位:万元\n" + "\n".join(_lined(ROWS, width)) + "\n"
    found = _figures(text)
    assert found[("2、公务接待费 2023年预算数", "amount")] == (Decimal("9898600.00"), None, 5)
    assert found[("2、公务接待费 增减", "change")] == (Decimal("1246800.00"), "decrease", 5)
    assert found[("1、因公出国(境)费用 2023年预算数", "amount")][0] == Decimal("125000.00")  # not under 2022
    assert ("1、因公出国(境)费用 2022年预算数", "budget_initial") not in found
    assert found[("3、公务用车购置及运行费 增减", "change")][0] == Decimal("1613500.00")  # not under 2023
    assert found[("合计 2022年预算数", "budget_initial")][0] == Decimal("23787700.00")


def test_a_row_whose_cells_stand_between_two_columns_is_left_out_with_a_warning():
    lines = _lined(ROWS)
    lines[2] = "1、因公出国(境)费用" + " " * (lines[1].index("2378.77") + 4 - len("1、因公出国(境)费用")) + "1,212.50"
    records = parse_space_tables(split_lines("单位:万元\n" + "\n".join(lines) + "\n"))
    assert not [r for r in records if isinstance(r, StatedFigure) and r.label.startswith("1、")]
    assert [r.source_line for r in records if isinstance(r, ParseWarning)] == [4]  # (line 1: the unit)
    assert any(isinstance(r, StatedFigure) and r.label == "合计 增减" for r in records)


def test_rows_printed_as_their_label_alone_and_a_page_number_do_not_end_the_table():
    rows = _lined(ROWS)
    text = "单位:万元\n" + "\n".join([*rows[:3], "资源税", "- 2 -", "\f土地增值税", "", *rows[3:]]) + "\n"
    found = _figures(text)
    assert found[("3、公务用车购置及运行费 增减", "change")][0] == Decimal("1613500.00")


def test_prose_with_double_spaces_a_row_numbers_table_and_a_flattened_line_are_not_read_here():
    assert parse_space_tables(split_lines("本年收入合计  100万元,比上年增长  5%。\n支出  90万元。\n")) == []
    with_row_numbers = [["项目", "行次", "金额"], ["本年收入合计", "26", "1,354.56"], ["年初结转和结余", "27", "49.14"]]
    assert parse_space_tables(split_lines("单位:万元\n" + "\n".join(_lined(with_row_numbers)) + "\n")) == []
    flattened = [["项目"] + [f"{k}月" for k in range(1, 10)], ["合计"] + [f"{k}.00" for k in range(1, 10)],
                 ["甲"] + [f"{k}.50" for k in range(1, 10)]]
    assert parse_space_tables(split_lines("单位:万元\n" + "\n".join(_lined(flattened)) + "\n")) == []


@needs_corpus
@pytest.mark.parametrize("width", [len, display_width], ids=["characters", "display columns"])
def test_real_page_fengxin_three_public_table__lined(width):
    """24 (Jiangxi, 奉新县) prints its 三公 table with pipes; lined up with spaces, the same figures."""
    lines = next(REAL.glob("24_*")).read_text("utf-8").split("\n")
    table = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines[2:9]]  # lines 3–9
    text = "\n".join([*lines[:2], *_lined(table, width), *lines[9:]])
    found = _figures(text)
    assert found[("合计 2023年预算数", "amount")] == (Decimal("24154400.00"), None, 4)
    assert found[("2、公务接待费 2023年预算数增减", "change")] == (Decimal("1246800.00"), "decrease", 6)
    assert found[("(2)公务用车购置费 2022年预算数", "budget_initial")][0] == Decimal("2570000.00")


def test_a_document_keeps_the_tables_reading_of_its_rows_not_the_sentence_readers():
    """The sentence reader takes a row lined up with spaces for prose and reads its cells run
    together (``增减幅度 合计 …`` → a label holding numbers); the table's reading of the row is kept."""
    from ingest.document import parse_bytes

    rows = [["项目", "2023年预算数", "2024年预算数", "增减幅度"], ["合计", "18.15", "22.15", "22%"],
            ["2.公务接待费", "3", "7", "133%"]]
    text = "某县2024年“三公”经费预算表\n单位:万元\n" + "\n".join(_lined(rows)) + "\n公务接待费预算7万元。\n"
    records = parse_bytes(text.encode(), Path("sangong.txt")).records
    at_rows = {(r.label, r.value) for r in records if isinstance(r, StatedFigure) and r.source_line in (4, 5)}
    assert at_rows == {("合计 2023年预算数", Decimal(181500)), ("合计 2024年预算数", Decimal(221500)),
                       ("合计 增减幅度", Decimal(22)), ("2.公务接待费 2023年预算数", Decimal(30000)),
                       ("2.公务接待费 2024年预算数", Decimal(70000)), ("2.公务接待费 增减幅度", Decimal(133))}

"""Comparison tables flattened to one row per line with single spaces (ingest/change_rows.py): a row is
read only where its numbers are an earlier amount, a later one, their difference and its rate."""

from __future__ import annotations

from decimal import Decimal

from _statement_helpers import PAGES

from ingest.change_rows import parse_change_rows
from ingest.document import parse_path
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

HEADER = "项目及编号 2016年度 2017年度 2017比2016增减\n增减值 增减%\n"


def _read(text: str):
    records = parse_change_rows(split_lines(text))
    figures = {(r.source_line, r.field): r for r in records if isinstance(r, StatedFigure)}
    warnings = [r for r in records if isinstance(r, ParseWarning)]
    return figures, warnings


def test_real_page_rows_read_by_their_arithmetic():
    records = parse_path(PAGES / "dachuan-zyy-2017-hospital-comparison.txt").records
    figures = {(r.source_line, r.field): r for r in records if isinstance(r, StatedFigure)}
    assert figures[(10, "amount")].value == Decimal("117154424.70")  # 117154424.7 − 58596771.09 ≈ 58557653.59
    assert figures[(10, "change")].value == Decimal("58557653.59")
    assert figures[(10, "change_pct")].value == Decimal("99.93")
    assert figures[(11, "change_pct")].value == Decimal("703.33")
    assert (figures[(20, "change")].value, figures[(20, "change")].direction) == (Decimal("128966.75"), "decrease")
    assert (figures[(20, "change_pct")].value, figures[(20, "change_pct")].direction) == (Decimal("76.87"), "decrease")
    assert figures[(23, "amount")].label == "三、出院者平均医药费用"  # the label printed alone above
    # the earlier year's amount is no amount of this document's year: where the table's header rows are read
    # (ingest/single_space_tables.py: every row's figures fill the header's columns) it is the 2016 column's,
    # compared_with 2016, as a separated table's earlier year is
    assert all(r.compared_with == "2016" for r in records
               if isinstance(r, StatedFigure) and r.value == Decimal("58596771.09"))
    # the sentence reader's warnings on the rows read are gone
    assert not any(isinstance(r, ParseWarning) and r.source_line == 11 for r in records)


def test_wan_yuan_commas_and_wider_spaces():
    text = (
        "收入支出对比表\n(单位:万元)\n项目 上年数 本年数 增减额 增减率\n"
        "基本支出 1,200.00  1,500.00  300.00  25.00%\n"
    )
    figures, warnings = _read(text)
    assert figures[(4, "amount")].value == Decimal("15000000.00")
    assert figures[(4, "change")].value == Decimal("3000000.00")
    assert figures[(4, "change_pct")].value == Decimal("25.00")
    assert not warnings


def test_arithmetic_fails_nothing_and_a_warning():
    # 100 − 60 = 40, but 40 / 60 is no 40%: a total, its parts and a share, perhaps — no columns known
    text = "单位:元\n" + HEADER + "支出合计 60 100 40 40.00%\n"
    figures, warnings = _read(text)
    assert not figures
    assert len(warnings) == 1 and warnings[0].source_line == 4


def test_earlier_amount_zero_left_out():
    figures, warnings = _read("单位:元\n" + HEADER + "科教项目收入 0 500 500 0.00%\n")
    assert not figures and len(warnings) == 1


def test_no_change_header_or_no_unit_nothing():
    assert _read("单位:元\n项目 2016年度 2017年度\n医疗收入 100 110 10 10.00%\n") == ({}, [])
    assert _read(HEADER + "医疗收入 100 110 10 10.00%\n") == ({}, [])


def test_separated_rows_are_not_this_readers():
    assert _read("单位:元\n" + HEADER + "医疗收入 | 100 | 110 | 10 | 10.00% |\n") == ({}, [])


def test_full_width_signs_and_label_above():
    text = (
        "（单位：元）\n" + HEADER + "三、出院者平均医药费用\n5591.34 5641.93 50.59 0.90％\n"
        "5. 其他支出 167780.84 38814.09 −128966.75 −76.87%\n"
    )
    figures, warnings = _read(text)
    assert figures[(5, "amount")].label == "三、出院者平均医药费用"
    assert figures[(5, "change_pct")].value == Decimal("0.90")
    assert figures[(6, "change")].direction == "decrease" and figures[(6, "change")].value == Decimal("128966.75")
    assert not warnings

"""Headcounts printed as cells without a unit (ingest/count_cells.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.count_cells import parse_count_cells, parse_count_lists
from ingest.text import split_lines


def _found(text: str) -> list[tuple[str, Decimal, str, str | None, int]]:
    return [(f.label, f.value, f.unit, f.metric, f.source_line) for f in parse_count_cells(split_lines(text))]


def test_one_cell_per_line_with_blank_lines_between():
    text = "一、部门基本概况\n\n联系电话\n\n0730-8690022\n\n人员编制\n\n35\n\n实有人数\n\n33\n\n职能职责概述\n"
    assert _found(text) == [
        ("人员编制", Decimal(35), "人", "headcount_authorised", 9),
        ("实有人数", Decimal(33), "人", "headcount_total", 13),
    ]


def test_pipe_and_space_cells_of_a_school_and_a_hospital():
    text = "在校学生(人) | 683 | 教职工 | 82 |\n编制床位 120 实有床位 150\n"
    assert _found(text) == [
        ("在校学生(人)", Decimal(683), "人", None, 1),
        ("教职工", Decimal(82), "人", None, 1),
        ("编制床位", Decimal(120), "张", None, 2),
        ("实有床位", Decimal(150), "张", None, 2),
    ]


def test_a_count_in_a_sentence_or_a_year_is_not_a_cell():
    assert _found("本单位人员编制按照2023年核定的方案执行,实有人数较上年增加,共计35人。\n") == []
    assert _found("编制数\n2023年\n") == []


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("实有人数", ("headcount_total", "人")), ("人员编制数(人):", ("headcount_authorised", "人")),
     ("编制数", ("headcount_authorised", "人")), ("离退休人员", ("headcount_retired_all", "人")),
     ("退休人数：", ("headcount_retired", "人")), ("在校学生人数(名)", (None, "人")), ("开放床位数(张)", (None, "张")),
     ("床位", (None, "张")), ("实有人数合计", None), ("编制内人员经费", None)],
)
def test_a_label_cell_names_its_count_by_the_first_label_that_fits(cell, expected):
    from ingest.count_cells import _label

    assert _label(cell) == expected


# Every label of COUNT_LABELS, with and without its unit in brackets and a colon: the document scan
# for lines that may hold a label cell (LABEL_CELL_END_RE) must find each.
EVERY_LABEL = ["实有人数", "实有人员", "编制", "核定编制数", "人员编制人数", "在职人员", "在职人数", "离退休人员",
               "退休人数", "学生", "在校学生人数", "在校生", "教职工", "教职工人数", "专任教师", "医护人员",
               "卫生技术人员", "床位", "开放床位数"]


@pytest.mark.parametrize("label", EVERY_LABEL)
@pytest.mark.parametrize("suffix", ["", "(人)", ":", "(张)："])
def test_every_label_is_read_in_a_row_and_one_cell_per_line(label, suffix):
    cell = label + suffix
    assert [found[:2] for found in _found(f"{cell} | 12 |\n{cell}\t7\n\n{cell}\n\n35\n")] == [
        (cell.rstrip(":："), Decimal(12)), (cell.rstrip(":："), Decimal(7)), (cell.rstrip(":："), Decimal(35))]


def test_a_label_word_inside_prose_or_a_longer_cell_is_no_label():
    assert _found("人员编制内 12\n编制数量 5\n在校生\u4e00 3\n机构人员经费 | 40 |\n") == []


def test_the_scans_by_first_character_find_the_lines_the_whole_pattern_finds():
    # (LABEL_CELL_END_BY_FIRST: one literal-led scan per first character, for speed — the same lines)
    from ingest.count_cells import LABEL_CELL_END_BY_FIRST, LABEL_CELL_END_RE
    from ingest.text import lines_with

    rows = [f"{label}{suffix}{end}" for label in EVERY_LABEL for suffix in ("", "(人)", ":", "(张)：")
            for end in ("", " 12", " | 7 |", "\t3", "内 5", "经费 40")]
    lines = split_lines("\n".join(["一、部门基本概况", *rows, "人员经费支出12万元。", "教师节 | 1 |", "床位 数 9"]))
    by_first = sorted({index for pattern in LABEL_CELL_END_BY_FIRST for index in lines_with(lines, pattern)})
    assert by_first == lines_with(lines, LABEL_CELL_END_RE)
    assert 0 not in by_first and 1 in by_first  # (line 0 is the heading, line 1 实有人数 alone)


def _listed(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.label, f.value, f.metric) for f in parse_count_lists(split_lines(text))]


def test_a_sentence_listing_headcounts_without_their_unit():
    """永修县江上乡 2022 budget (26v 04, after its held-out run): ``人员情况要求:编制人数42,其中:行政编制人数19、
    参照公务员管理的事业编制人数0、…实有人数49,其中:在职人数49,…`` — each label ending in 人数 and its bare number a
    count of people; the cell labels' metrics for 编制人数 / 实有人数 / 在职人数."""
    page = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout" / "26v" / "text" / (
        "04_jiangxi_yongxiu-jiangshang_2022_budget.txt")
    found = {(label, value, metric) for label, value, metric in _listed(page.read_text("utf-8"))}
    assert {("编制人数", Decimal(42), "headcount_authorised"), ("行政编制人数", Decimal(19), None),
            ("实有人数", Decimal(49), "headcount_total"), ("在职人数", Decimal(49), "headcount_in_service"),
            ("全部补助事业在职人数", Decimal(17), None), ("离休人数", Decimal(0), None)} <= found
    written = _listed("单位人员情况：核定编制人数 12；实有人数11，其中：在职人数9、退休人数2。")
    assert written == [("实有人数", Decimal(11), "headcount_total"), ("在职人数", Decimal(9), "headcount_in_service"),
                       ("退休人数", Decimal(2), "headcount_retired")]


@pytest.mark.parametrize(
    "text",
    [
        "参与培训人数120,覆盖全县。",  # one count: a sentence's figure, the statements' (with its unit)
        "实有人数49人,在职人数49人。",  # printed with their unit: the statements'
        "培训人数2019年为120人,2020年参训人数2020年12月统计。",  # a year after 人数
    ],
)
def test_no_list_of_bare_headcounts_no_count(text):
    assert _listed(text) == []

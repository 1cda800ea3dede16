"""三公 tables printed one cell per line that the header's width alone does not cut (batch
/tmp/unseen20n): a table whose rows print a 行次 after their label under a header of more cells
than a row (a 栏次 cell, a cell grouping the change columns), cut at its row numbers and kept only
where its labels name the 三公 items and its sums hold (ingest/pipe_cells.py); ``-`` / ``无`` printed
for an empty cell; a counts table whose header names 数量 / 人次 / 批次 (ingest/text_tables.py).
Each tested on the page as printed (tests/fixtures/pages) and on variants written here."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from _statement_helpers import PAGES

from ingest.document import parse_lines, parse_path
from ingest.pipe_cells import parse_bare_cells, parse_pipe_cells
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines


def _figures(records) -> dict[tuple[str, str], tuple[Decimal, str | None]]:
    return {(f.label, f.field): (f.value, f.direction) for f in records if isinstance(f, StatedFigure)}


def _page(name: str) -> list:
    return parse_path(PAGES / name).records


# ---- a 三公 table with a 行次 column (红河县 2018, one pipe-closed cell per line)

ROW_NUMBERED = """红河县2017年“三公”经费决算统计表
单位:万元
项 目 |
行次 |
2017年决算数 |
2018年决算数 |
2017年决算比上年增减情况 |
栏 次 |
增加额 |
增加幅度 |
(一)支出合计 |
2 |
1,131.15 |
1,224.42 |
93.27 |
8.25% |
1.因公出国(境)费 |
3 |
|
4.20 |
|
|
2.公务用车购置及运行维护费 |
4 |
806.15 |
872.60 |
66.45 |
8.24% |
(1)公务用车购置费 |
5 |
21.28 |
28.19 |
6.91 |
32.47% |
(2)公务用车运行维护费 |
6 |
784.87 |
844.41 |
59.54 |
7.59% |
3.公务接待费 |
7 |
325.01 |
347.62 |
22.61 |
6.96% |
其中:外事接待费 |
8 |
3.17 |
0.90 |
-2.27 |
-71.61% |
按照中央八项规定的要求,严控“三公”经费支出。
"""
GROUP = "2017年决算比上年增减情况"
EXPECTED = {
    ("(一)支出合计 2018年决算数", "amount"): (Decimal("12244200.00"), None),
    ("(一)支出合计 2017年决算数", "amount"): (Decimal("11311500.00"), None),
    (f"(一)支出合计 {GROUP} 增加额", "change"): (Decimal("932700.00"), "increase"),
    (f"(一)支出合计 {GROUP} 增加幅度", "change_pct"): (Decimal("8.25"), "increase"),
    ("1.因公出国(境)费 2018年决算数", "amount"): (Decimal("42000.00"), None),
    ("(1)公务用车购置费 2018年决算数", "amount"): (Decimal("281900.00"), None),
    (f"(1)公务用车购置费 {GROUP} 增加额", "change"): (Decimal("69100.00"), "increase"),
    (f"(2)公务用车运行维护费 {GROUP} 增加幅度", "change_pct"): (Decimal("7.59"), "increase"),
    ("其中:外事接待费 2018年决算数", "amount"): (Decimal("9000.00"), None),
    (f"其中:外事接待费 {GROUP} 增加额", "change"): (Decimal("22700.00"), "decrease"),
}


def _pipe_below(text: str) -> str:
    """Each cell's text on its line, the pipe closing it on the next (an empty cell: the pipe alone)."""
    out: list[str] = []
    for line in text.split("\n"):
        match = re.match(r"^(.*?) ?\|$", line)
        if match is None:
            out.append(line)
        else:
            out.extend([match.group(1), "|"] if match.group(1) else ["|"])
    return "\n".join(out)


def test_real_page_row_numbered_table_read_at_each_cell_line():
    found = {(f.source_line, f.field): f for f in _page("honghe-2018-three-public-final.txt")
             if isinstance(f, StatedFigure)}
    assert found[(19, "amount")].value == Decimal("12244200.00")
    assert found[(19, "amount")].metric == "three_public_total"
    assert found[(25, "amount")].value == Decimal("42000.00")
    assert found[(37, "amount")].value == Decimal("281900.00")
    assert (found[(38, "change")].value, found[(38, "change")].direction) == (Decimal("69100.00"), "increase")
    assert found[(43, "amount")].metric == "three_public_vehicle_operation"
    assert (found[(62, "change")].value, found[(62, "change")].direction) == (Decimal("22700.00"), "decrease")
    assert not any(isinstance(r, ParseWarning) and r.parser == "pipe_cells"
                   for r in _page("honghe-2018-three-public-final.txt"))


def test_row_numbered_table_cut_at_its_row_numbers():
    found = _figures(parse_pipe_cells(split_lines(ROW_NUMBERED)))
    assert {key: found[key] for key in EXPECTED} == EXPECTED
    assert not any(label.startswith(("1.因公出国(境)费 2017", "1.因公出国(境)费 2017年决算比")) for label, _ in found)


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace(" |\n", "|\n"),  # no space before the pipe
        lambda t: t.replace(" |\n", " ｜\n").replace("单位:万元", "单位：万元"),  # full-width pipe and colon
        _pipe_below,  # the pipe closing each cell on the next line
        lambda t: t.replace("栏 次 |\n", ""),  # no 栏次 cell
        lambda t: t.replace("项 目 |", "项 目(万元) |").replace("单位:万元\n", ""),  # the unit in the header
    ],
    ids=["tight", "full-width", "pipe below", "no 栏次", "unit in header"],
)
def test_row_numbered_variants_read_alike(variant):
    _, records = parse_lines(split_lines(variant(ROW_NUMBERED)), "x.txt")
    found = _figures(records)
    assert {key: found.get(key) for key in EXPECTED} == EXPECTED


def test_row_numbered_bare_cells_an_empty_cell_a_blank_line():
    bare = re.sub(r" ?\|\n", "\n", ROW_NUMBERED)  # no pipes: the lone pipes of empty cells are blank lines
    found = _figures(parse_bare_cells(split_lines(bare)))
    assert {key: found.get(key) for key in EXPECTED} == EXPECTED


def test_row_numbered_in_yuan():
    # (in 元, without the rounding of the 万元 page: its 2017 合计 and change as the parts add up)
    text = ROW_NUMBERED.replace("单位:万元", "单位:元")
    text = text.replace("1,131.15 |", "1,131.16 |").replace("93.27 |", "93.26 |")
    for wan in re.findall(r"^-?[\d,]+\.\d\d(?= \|)", text, flags=re.M):
        text = text.replace(f"\n{wan} |\n", f"\n{Decimal(wan.replace(',', '')) * 10000:.0f} |\n", 1)
    found = _figures(parse_pipe_cells(split_lines(text)))
    assert found[("(一)支出合计 2018年决算数", "amount")] == (Decimal("12244200.00"), None)
    assert found[("(一)支出合计 2017年决算数", "amount")] == (Decimal("11311600.00"), None)
    assert found[(f"其中:外事接待费 {GROUP} 增加额", "change")] == (Decimal("22700.00"), "decrease")


def test_row_numbered_items_not_adding_up_left_out_with_a_warning():
    text = ROW_NUMBERED.replace("844.41 |", "854.41 |").replace("59.54 |", "69.54 |")  # 28.19 + 854.41 ≠ 872.60
    records = parse_pipe_cells(split_lines(text))
    assert not [r for r in records if isinstance(r, StatedFigure)]
    assert any(isinstance(r, ParseWarning) and "do not add up" in r.message for r in records)


def test_row_numbered_change_no_difference_left_out():
    text = ROW_NUMBERED.replace("6.91 |", "9.61 |")  # 28.19 − 21.28 = 6.91
    assert not [r for r in parse_pipe_cells(split_lines(text)) if isinstance(r, StatedFigure)]


def test_row_numbered_table_of_other_items_not_cut():
    # the same layout with rows that name no 三公 item: not this reader's (left out as before)
    text = ROW_NUMBERED
    for item in ("因公出国(境)费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"):
        text = text.replace(item, f"项目{len(item)}")
    records = parse_pipe_cells(split_lines(text))
    assert not [r for r in records if isinstance(r, StatedFigure)]


def test_row_numbers_not_counting_up_not_cut():
    text = ROW_NUMBERED.replace("\n5 |\n", "\n9 |\n")
    found = _figures(parse_pipe_cells(split_lines(text)))
    assert ("(1)公务用车购置费 2018年决算数", "amount") not in found


# ---- placeholders for empty cells, and a counts table (渝中区 2020)

AMOUNTS = """2020年度全区“三公”经费决算情况
经费项目 |
2020年度支出 (万元) |
支出减少情况(万元) |
支出减少率 |
因公出国(境)费 |
0 |
0 |
0% |
公务接待费 |
71.53 |
- |
- |
公务用车购置及运行维护费 |
1857.23 |
12.5 |
— |
总“三公”经费支出 |
1928.76 |
- |
- |
"""
COUNTS = """2020年度全区“三公”经费使用情况
使用项目 |
2020年度数量或人次 |
因公出国(境)团组数 |
0 |
公务用车购置数 |
32 |
国内公务接待批次 |
486 |
国内公务接待人次 |
7371 |
国(境)外公务接待情况 |
无 |
"""


def test_real_page_placeholders_and_counts():
    found = {(f.source_line, f.field): f for f in _page("yuzhong-2020-three-public-final.txt")
             if isinstance(f, StatedFigure)}
    assert (found[(8, "amount")].value, found[(8, "amount")].metric) == (Decimal("0.00"), "three_public_overseas")
    assert (found[(28, "amount")].value, found[(28, "amount")].metric) == (Decimal("19287600.00"), "three_public_total")
    counts = {line: (f.value, f.metric) for (line, field), f in found.items() if field == "count"}
    assert counts == {
        35: (Decimal(0), "overseas_groups"), 37: (Decimal(0), None), 39: (Decimal(32), "vehicles_purchased"),
        41: (Decimal(660), "vehicles_held"), 43: (Decimal(486), "reception_batches"),
        45: (Decimal(7371), "reception_persons"),
    }


@pytest.mark.parametrize("placeholder", ["-", "—", "/", "--", "－"])
def test_a_placeholder_is_an_empty_cell(placeholder):
    text = AMOUNTS.replace("\n- |\n", f"\n{placeholder} |\n")
    found = _figures(parse_pipe_cells(split_lines(text)))
    assert found[("总“三公”经费支出 2020年度支出(万元)", "amount")] == (Decimal("19287600.00"), None)
    assert found[("因公出国(境)费 2020年度支出(万元)", "amount")] == (Decimal("0.00"), None)
    # a column naming a decrease: its figure is a decrease
    assert found[("公务用车购置及运行维护费 支出减少情况(万元)", "change")] == (Decimal("125000.00"), "decrease")
    assert ("公务接待费 支出减少情况(万元)", "change") not in found


@pytest.mark.parametrize(
    "variant, unit",
    [
        (lambda t: t, ""),
        (lambda t: t.replace(" |\n", "|\n"), ""),
        (lambda t: t.replace("2020年度数量或人次", "2020年度车辆数及批次(个)"), "个"),
        (lambda t: t.replace("使用项目 |\n2020年度数量或人次 |\n", "项 目 |\n单位 |\n数 量 |\n")
         .replace("0 |\n", "个 |\n0 |\n", 1).replace("32 |\n", "辆 |\n32 |\n").replace("486 |\n", "批 |\n486 |\n")
         .replace("7371 |\n", "人次 |\n7371 |\n").replace("无 |\n", "- |\n无 |\n"), None),
    ],
    ids=["as printed", "tight", "车辆数 in brackets", "unit column"],
)
def test_counts_column_read_as_counts_not_money(variant, unit):
    records = parse_pipe_cells(split_lines("单位:万元\n" + variant(COUNTS)))
    counts = {f.label.split()[0]: (f.value, f.unit) for f in records if isinstance(f, StatedFigure)}
    assert not any(isinstance(f, StatedFigure) and f.unit == "yuan" for f in records)
    if unit is None:  # (a 单位 column of words: read by ingest/unit_column.py, not here)
        return
    assert counts == {
        "因公出国(境)团组数": (Decimal(0), unit), "公务用车购置数": (Decimal(32), unit),
        "国内公务接待批次": (Decimal(486), unit), "国内公务接待人次": (Decimal(7371), unit),
    }


def test_a_count_with_decimals_is_no_count():
    records = parse_pipe_cells(split_lines(COUNTS.replace("486 |", "48.6 |")))
    assert "国内公务接待批次" not in {f.label.split()[0] for f in records if isinstance(f, StatedFigure)}


def test_separated_rows_count_column():
    text = "单位:万元\n项目 | 金额 | 车辆数\n公务用车购置费 | 28.19 | 2\n公务用车运行维护费 | 844.41 | 31\n"
    _, records = parse_lines(split_lines(text), "x.txt")
    found = {(f.label, f.field): (f.value, f.unit) for f in records if isinstance(f, StatedFigure)}
    assert found[("公务用车购置费 车辆数", "count")] == (Decimal(2), "")
    assert found[("公务用车购置费 金额", "amount")] == (Decimal("281900.00"), "yuan")

"""Fund allocation tables (资金分配表 / 安排表 / 预算表 printed with a 下达 notice), read by their structure
(ingest/allocation.py): a header naming the recipients (单位, 市县/单位名称, 项目名称) and the amounts, rows
with 合计 / 小计, a two-row header of groups over their parts, in every layout — one cell per line closed by
pipes, pipe rows, tab rows, flattened onto one line. Real pages (益阳 民政, 山东 林业, 海南 基建投资, 海南 会展,
龙岩 民族, 乐昌 中职) and variants written here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _allocation_helpers import PAGES, WAN
from _allocation_helpers import read_allocation as _read

from ingest.allocation import parse_allocation_tables
from ingest.document import parse_lines, parse_path
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines


def _page(name: str) -> list:
    return parse_path(PAGES / name).all_records


def _at(records, line: int) -> set[Decimal]:
    return {r.value for r in records if isinstance(r, StatedFigure) and r.source_line == line and r.unit == "yuan"}


# --------------------------------------------------------------------------- real pages


def test_yiyang_allocation_printed_one_cell_per_line():
    """益阳市财政局 2017 自然灾害生活补助资金分配表: 单位 | 补助资金(万元) | 备注, each row opened by an empty cell."""
    records = _page("yiyang-czj-2017-disaster-relief-allocation-cells.txt")
    assert _at(records, 26) == {150 * WAN}
    assert _at(records, 30) == {210 * WAN}
    assert _at(records, 34) == {40 * WAN}
    assert _at(records, 38) == {400 * WAN}


def test_hainan_investment_budget_table_cut_before_its_end():
    """海南 2024年中央基建投资预算表: 市县/单位名称 | 项目名称 | 金额 | 两个科目列; the page stops inside the table,
    so its 合计 (78,400) is more than the rows printed: the rows are still read, and the 合计."""
    records = _page("hainan-czt-2024-investment-budget-table-cells.txt")
    figures = {r.label: (r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}
    assert figures["合计 金额"] == (78400 * WAN, 22)
    assert figures["海南省大数据管理局 反走私综合执法站信息化配套项目 金额"] == (8000 * WAN, 27)
    assert _at(records, 32) == {20500 * WAN} and _at(records, 37) == {5700 * WAN}
    assert not _at(records, 28)  # 2299999-其他支出: a 科目 column, no figure


def test_yiyuan_two_row_header_its_parts_unplaced_left_out():
    """山东 2021年中央财政林业改革发展资金分配表: 单位 | 小计 | three groups over eight parts, nine value columns:
    which group has no parts cannot be told, so only 小计 is read (its rows' sums confirm it); the file is no
    longer rejected."""
    records = _page("yiyuan-zrzyj-2021-allocation-two-row-header-cells.txt")
    assert _at(records, 37) == {9746 * WAN}
    assert _at(records, 49) == {677 * WAN}
    assert _at(records, 61) == {654 * WAN}
    assert not _at(records, 38) and not _at(records, 46)  # 573, 240: their column is not told
    assert any(isinstance(r, ParseWarning) and r.parser == "allocation" and "second row" in r.message
               for r in records)


def test_lechang_two_row_header_laid_by_its_sums():
    """乐昌 2018 中职资金安排表 (traditional characters): 单位 | 全年中央补助资金 | 其中:免学费补助 | 其中:国家助学金
    over 小计 | 提前下达 | 本次下达 twice; the only laying whose 小计 are their parts' sums names every column."""
    records = _page("lechang-zzxx-2018-aid-allocation-two-row-header.txt")
    figures = {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.source_line == 7}
    assert figures["乐昌市中等职业技术学校 全年中央补助资金"] == Decimal(7548150)
    assert figures["乐昌市中等职业技术学校 其中:免学费补助/小计"] == Decimal(7074550)
    assert figures["乐昌市中等职业技术学校 其中:免学费补助/本次下达"] == Decimal(345625)
    assert figures["乐昌市中等职业技术学校 其中:国家助学金/提前下达"] == Decimal(414400)


def test_hainan_reward_allocation_flattened_with_years_opening_names():
    """海南 项目奖励资金分配表 flattened onto the notice's line: ``5002省贸促会``, ``54.332021中国…`` (an amount,
    the next row's number and the year opening its name run together), read where its 合计 confirms it."""
    records = _page("hainan-swt-2021-reward-allocation-flattened.txt")
    values = _at(records, 2)
    for amount in ("500", "54.3", "225.6", "287.9", "329.8", "394.7", "638", "2430.3"):
        assert Decimal(amount) * WAN in values, amount


def test_longyan_allocation_flattened_with_county_groups():
    """龙岩 民族发展专项资金分配表: county groups (1上杭县, 2漳平市) each closed by its 小计, then 合计."""
    records = _page("longyan-mzj-2023-targets-flattened-named-field.txt")
    values = _at(records, 2)
    for amount in ("10", "8", "50", "5", "6", "3", "20", "70"):
        assert Decimal(amount) * WAN in values, amount


# --------------------------------------------------------------------------- variants

TITLE = "附件1\n2023年某县专项资金分配表\n单位:{unit}\n"
HEADER = ("县(市、区)", "项目名称", "分配金额", "备注")
ROWS = [("甲县", "道路硬化项目", "12.5", ""), ("乙县", "饮水工程", "7.5", "新建"), ("合计", "", "20", "")]
EXPECTED = {"甲县 道路硬化项目 分配金额": Decimal("12.5"), "乙县 饮水工程 分配金额": Decimal("7.5"),
            "合计 分配金额": Decimal(20)}


def _pipe_rows(unit="万元", rows=ROWS) -> str:
    return TITLE.format(unit=unit) + "".join(" | ".join(row) + " |\n" for row in [HEADER, *rows]) + "附件2\n"


def _tab_rows() -> str:
    return TITLE.format(unit="万元") + "".join("\t".join(row) + "\n" for row in [HEADER, *ROWS]) + "附件2\n"


def _cell_per_line(opened: bool = False) -> str:
    cells = []
    for row in [HEADER, *ROWS]:
        cells.extend(([""] if opened else []) + list(row))
    return TITLE.format(unit="万元") + "".join(f"{c} |\n" if c else "|\n" for c in cells) + "附件2\n"


@pytest.mark.parametrize("text", [
    pytest.param(_pipe_rows(), id="pipe rows"),
    pytest.param(_tab_rows(), id="tab rows"),
    pytest.param(_cell_per_line(), id="one cell per line"),
    pytest.param(_cell_per_line(opened=True), id="one cell per line, each row opened by an empty cell"),
    pytest.param(_pipe_rows().replace("单位:", "单位："), id="full-width colon"),
])
def test_an_allocation_table_in_every_layout(text):
    figures, _ = _read(text)
    assert figures == {label: value * WAN for label, value in EXPECTED.items()}


def test_an_allocation_table_in_yuan_reads_yuan():
    rows = [("甲县", "道路硬化项目", "125,000.50", ""), ("乙县", "饮水工程", "75,000", ""),
            ("合计", "", "200,000.50", "")]
    figures, _ = _read(_pipe_rows(unit="元", rows=rows))
    assert figures["甲县 道路硬化项目 分配金额"] == Decimal("125000.50")
    assert figures["合计 分配金额"] == Decimal("200000.50")


def test_a_total_that_is_not_the_rows_sum_leaves_the_table_out():
    rows = [("甲县", "道路硬化项目", "12.5", ""), ("乙县", "饮水工程", "7.5", ""), ("合计", "", "21", "")]
    figures, warnings = _read(_pipe_rows(rows=rows))
    assert figures == {}
    assert any("not the sums" in w.message for w in warnings)


def test_groups_with_subtotals_checked_and_read():
    rows = [("甲县", "道路", "10", ""), ("甲县", "饮水", "5", ""), ("小计", "", "15", ""),
            ("乙县", "桥梁", "4", ""), ("小计", "", "4", ""), ("合计", "", "19", "")]
    figures, _ = _read(_pipe_rows(rows=rows))
    assert figures["甲县 道路 分配金额"] == 10 * WAN and figures["合计 分配金额"] == 19 * WAN
    bad = [*rows[:2], ("小计", "", "16", ""), *rows[3:]]
    assert _read(_pipe_rows(rows=bad))[0] == {}


TWO_ROW = (
    "2021年某项资金分配表\n单位:万元\n"
    "单位 | 合计 | 其中:甲类补助 | 其中:乙类补助 |\n"
    "小计 | 提前下达 | 本次下达 | 小计 | 提前下达 | 本次下达 |\n"
    "某县 | {row} |\n附件2\n"
)


def test_two_row_header_laid_by_its_subtotals():
    figures, warnings = _read(TWO_ROW.format(row="100 | 70 | 50 | 20 | 30 | 10 | 20"))
    assert figures["某县 合计"] == 100 * WAN
    assert figures["某县 其中:甲类补助/小计"] == 70 * WAN
    assert figures["某县 其中:乙类补助/本次下达"] == 20 * WAN
    assert not warnings


def test_two_row_header_no_laying_fits_reads_nothing():
    figures, warnings = _read(TWO_ROW.format(row="100 | 70 | 40 | 20 | 30 | 10 | 20"))  # 70 ≠ 40 + 20
    assert figures == {} and warnings


def test_a_short_row_gives_only_its_confirmed_total():
    """Wansheng-like: 预算单位 | 老年人福利 over 小计 | 甲 | 乙, a row of two figures: only 小计, which its other
    figure adds up to; which of 甲 / 乙 holds the other cannot be told."""
    text = ("2025年某项目资金分配表\n单位:万元\n序号 |\n预算单位 |\n老年人福利 | ||\n小计 |\n助餐经费 |\n"
            "床位建设 | ||\n1 |\n卫生健康局 |\n11.7 |\n11.7 |\n附件2\n")
    figures, warnings = _read(text)
    assert figures == {"卫生健康局 老年人福利/小计": Decimal("11.7") * WAN}
    assert any("shorter" in w.message for w in warnings)


def test_flattened_table_read_where_its_sums_confirm_one_reading():
    # 122乙县: 12 then row 2; 3.53丙县: 3.5 then row 3; 2021年道路项目: a year opening a name
    text = ("附件1某市专项资金分配表单位:万元序号单位项目金额"
            "1甲县饮水工程122乙县2021年道路项目3.53丙县桥梁5合计20.5附件2\n")
    figures, _ = _read(text)
    assert set(figures.values()) == {12 * WAN, Decimal("3.5") * WAN, 5 * WAN, Decimal("20.5") * WAN}


def test_flattened_table_in_yuan_with_half_width_brackets():
    text = "附件1某市专项资金分配表序号单位项目金额(元)1甲县饮水工程12002乙县道路项目800合计2000附件2\n"
    figures, _ = _read(text)
    assert set(figures.values()) == {Decimal(1200), Decimal(800), Decimal(2000)}


def test_flattened_table_whose_sum_fits_two_readings_reads_nothing():
    # 1甲县工程112乙县… : 11 then row 2, or 1 then 12? both can make 合计 when the sum allows: here only one
    text = "附件1某市专项资金分配表单位:万元序号单位项目金额1甲县工程112乙县工程1合计12附件2\n"
    figures, warnings = _read(text)
    assert set(figures.values()) == {11 * WAN, 1 * WAN, 12 * WAN}
    bad = "附件1某市专项资金分配表单位:万元序号单位项目金额1甲县工程112乙县工程1合计13附件2\n"
    figures, warnings = _read(bad)
    assert figures == {} and warnings


def test_a_notice_without_a_table_after_its_title_reads_nothing():
    text = "附件:1.2023年某专项资金分配表\n2.绩效目标表\n某县财政局\n"
    assert _read(text) == ({}, [])


def test_parse_lines_keeps_the_table_once():
    """Through the whole parse: each figure once (the list reader and this one do not both give it)."""
    _, records = parse_lines(split_lines(_pipe_rows()), "a.txt")
    amounts = [r for r in records if isinstance(r, StatedFigure) and r.value == Decimal("12.5") * WAN]
    assert len(amounts) == 1


def test_dehua_allocation_printed_one_bare_cell_per_line():
    """德化县 2025年老年助餐省级补助资金分配表: 序号 / 乡镇 / (社区) / 补助对象 / 补助金额, each cell on its line with a
    blank line after it, the 乡镇 cell merged over two rows (the second row one cell short): read as a flattened
    table's cells, where 合计 10 confirms 5 + 5."""
    records = _page("dehua-mzj-2025-project-targets-numbered-allocation.txt")
    assert _at(records, 58) == {5 * WAN} and _at(records, 64) == {5 * WAN} and _at(records, 68) == {10 * WAN}
    assert not _at(records, 50)  # the row number 1


@pytest.mark.parametrize("blank", ["\n", ""])
def test_bare_cells_variant_in_yuan(blank):
    cells = ["2024年某镇补助资金分配表", "单位：元", "序号", "村名", "项目名称", "补助金额", "1", "东村", "修路",
             "12000.50", "2", "西村", "修桥", "8000", "合计", "20000.50", "附件2"]
    figures, _ = _read("".join(cell + "\n" + blank for cell in cells))
    assert figures == {"东村 修路": Decimal("12000.50"), "西村 修桥": Decimal("8000"), "合计": Decimal("20000.50")}
    wrong = [*cells[:-2], "20000", "附件2"]
    figures, warnings = _read("".join(cell + "\n" + blank for cell in wrong))
    assert figures == {} and warnings


# The same 益阳 page as another capture printed it (the `pages` index holds both): one bare cell per line, a line
# holding a space between rows, no 序号 column (the first row opens at its label).
YIYANG_BARE = (
    "附件:\n\n \n\n2017年自然灾害生活补助资金分配表\n\n \n\n \n\n \n\n单位:万元\n\n单位\n\n补助资金(万元)\n\n备注\n\n"
    "资阳区\n\n150\n\n \n\n赫山区\n\n210\n\n \n\n大通湖区\n\n40\n\n \n\n合计\n\n400\n\n \n\n \n\n"
    "扫一扫在手机打开当前页\n"
)


def test_yiyang_allocation_captured_as_bare_cells():
    records = parse_allocation_tables(split_lines(YIYANG_BARE))
    figures = {(r.label, r.source_line): r.value for r in records if isinstance(r, StatedFigure)}
    assert figures == {("资阳区", 23): 150 * WAN, ("赫山区", 29): 210 * WAN, ("大通湖区", 35): 40 * WAN,
                       ("合计", 41): 400 * WAN}


@pytest.mark.parametrize("number_header", ["序号", "编号", "序"])
def test_a_pipe_table_numbered_under_any_row_number_header(number_header):
    """The pipe rows' row-number column, headed 序号, 编号 or 序 (the one-cell-per-line path knew all three;
    the pipe path only 序号, and left the rows of a table headed 编号 out)."""
    header = (number_header, *HEADER)
    rows = [(str(n), *row) for n, row in enumerate(ROWS[:2], 1)] + [("", *ROWS[2])]
    text = TITLE.format(unit="万元") + "".join(" | ".join(row) + " |\n" for row in [header, *rows]) + "附件2\n"
    figures, _ = _read(text)
    assert figures == {label: value * WAN for label, value in EXPECTED.items()}

"""Allocation tables whose recipients' column is told by the table's structure, not by its header's word
(ingest/allocation.py): under an allocation title, a header of words with an amount column, a first column
whose rows hold names, most rows a name and an amount, a printed 合计 their sum. Real page (清流 村名 | 金额 |
列支科目 | 备注, one cell per line) and variants written here (学校名称, 社区, 合作社名称; pipe, tab and one-cell
rows; 万元 and 元)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _allocation_helpers import PAGES, WAN
from _allocation_helpers import read_allocation as _read

from ingest.allocation import parse_allocation_tables
from ingest.document import parse_path
from ingest.records import StatedFigure
from ingest.text import split_lines

# --------------------------------------------------------------------------- the real page


def test_qingliu_village_allocation_header_told_by_structure():
    """清流县 2024 省级乡村振兴试点示范专项资金分配表: 村名 | 金额 | 列支科目 | 备注, one cell per line closed by
    ' |'; amounts of two and three digits before their 科目 cell are figures (no 序号 column); the row whose
    科目 cell splits its 50 between two codes keeps its 50, and the cell's two parts, which add up to it
    (tests/test_amount_lists.py); 合 计 = the sum."""
    records = parse_path(PAGES / "qingliu-czj-2024-village-allocation-cells.txt").all_records
    figures = {r.label: (r.value, r.source_line) for r in records if isinstance(r, StatedFigure)
               and 20 <= r.source_line <= 38}
    assert figures == {
        "林畲镇林畲村 金额": (50 * WAN, 21),
        "林畲镇石下村 金额": (110 * WAN, 25),
        "李家乡鲜水村 金额": (Decimal("89.424") * WAN, 29),
        "沙芜乡铁石村 金额": (50 * WAN, 33),
        "沙芜乡铁石村 款列2110302": (Decimal("39.046") * WAN, 34),
        "沙芜乡铁石村 款列2160699": (Decimal("10.954") * WAN, 34),
        "合计 金额": (Decimal("299.424") * WAN, 37),
    }


# --------------------------------------------------------------------------- variants

TITLE = "附件1\n2024年某县{what}资金分配表\n{unit_line}"
ROWS = [("{a}", "30", "2080208", ""), ("{b}", "12.5", "2080208", "续建"), ("合 计", "42.5", "", "")]


def _table(first: str, names: tuple[str, str], layout: str, unit: str = "万元", amount: str = "金额",
           rows=ROWS, title: str | None = None) -> str:
    header = (first, amount, "列支科目", "备注")
    body = [tuple(cell.format(a=names[0], b=names[1]) for cell in row) for row in rows]
    head = title if title is not None else TITLE.format(what="专项", unit_line=f"单位:{unit}\n" if unit else "")
    if layout == "pipes":
        text = "".join(" | ".join(row) + "\n" for row in [header, *body])
    elif layout == "tabs":
        text = "".join("\t".join(row) + "\n" for row in [header, *body])
    else:  # one cell per line closed by ' |', an empty cell a lone '|'
        text = "".join(f"{cell} |\n" if cell else "|\n" for row in [header, *body] for cell in row)
    return head + text + "附件2\n"


RECIPIENTS = [
    ("学校名称", ("城关小学", "实验中学")),
    ("社区", ("东门社区", "西城社区")),
    ("合作社名称", ("绿源种植专业合作社", "丰收养殖专业合作社")),
    ("村名", ("林畲村", "石下村")),
]


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
@pytest.mark.parametrize(("first", "names"), RECIPIENTS, ids=[first for first, _ in RECIPIENTS])
def test_recipients_column_of_any_word(first, names, layout):
    figures, warnings = _read(_table(first, names, layout))
    assert figures == {f"{names[0]} 金额": 30 * WAN, f"{names[1]} 金额": Decimal("12.5") * WAN,
                       "合计 金额": Decimal("42.5") * WAN}
    assert not warnings


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
def test_yuan_on_the_unit_line_and_in_the_amount_cell(layout):
    rows = [("{a}", "300,000", "2080208", ""), ("{b}", "125,000.50", "", ""), ("合计", "425,000.50", "", "")]
    expected = {"东门社区 补助金额(元)": Decimal(300000), "西城社区 补助金额(元)": Decimal("125000.50"),
                "合计 补助金额(元)": Decimal("425000.50")}
    figures, _ = _read(_table("社区", ("东门社区", "西城社区"), layout, unit="", amount="补助金额(元)", rows=rows))
    assert figures == expected
    figures, _ = _read(_table("社区", ("东门社区", "西城社区"), layout, unit="元", amount="补助金额", rows=rows))
    assert figures == {label.replace("(元)", ""): value for label, value in expected.items()}


@pytest.mark.parametrize("layout", ["pipes", "tabs", "cells"])
def test_a_total_that_disagrees_leaves_the_table_out(layout):
    rows = [*ROWS[:2], ("合计", "45", "", "")]  # 30 + 12.5 = 42.5
    figures, warnings = _read(_table("学校名称", ("城关小学", "实验中学"), layout, rows=rows))
    assert figures == {}
    assert any("合计" in w.message for w in warnings)


def test_two_amounts_in_the_subject_cell_are_its_parts_where_they_add_up():
    rows = [("{a}", "50", "其中39.046万款列2110302;10.954万元款列2160699;", ""), ("{b}", "20", "2110302", ""),
            ("合计", "70", "", "")]
    for layout in ("pipes", "cells"):
        figures, _ = _read(_table("村名", ("铁石村", "鲜水村"), layout, rows=rows))
        assert figures == {"铁石村 金额": 50 * WAN, "鲜水村 金额": 20 * WAN, "合计 金额": 70 * WAN,
                           "铁石村 款列2110302": Decimal("39.046") * WAN, "铁石村 款列2160699": Decimal("10.954") * WAN}
        # (parts that do not add up to the row's amount: the cell reads nothing)
        rows_off = [(rows[0][0], rows[0][1], rows[0][2].replace("10.954", "10.95"), ""), *rows[1:]]
        figures, _ = _read(_table("村名", ("铁石村", "鲜水村"), layout, rows=rows_off))
        assert figures == {"铁石村 金额": 50 * WAN, "鲜水村 金额": 20 * WAN, "合计 金额": 70 * WAN}


@pytest.mark.parametrize("layout", ["pipes", "cells"])
def test_no_allocation_title_no_table(layout):
    """The same table under a heading that names no allocation is not read by this path."""
    text = _table("学校名称", ("城关小学", "实验中学"), layout, title="附件1\n2024年某县学校名单\n单位:万元\n")
    assert parse_allocation_tables(split_lines(text)) == []


def test_counts_are_no_money():
    """A 学生人数 column beside the amount: only the amount column is read (the header names it money)."""
    text = ("2024年某县学生资助资金分配表\n单位:万元\n学校名称 | 学生人数 | 补助金额\n城关小学 | 120 | 30\n"
            "实验中学 | 50 | 12.5\n合计 | 170 | 42.5\n")
    figures, _ = _read(text)
    assert figures == {"城关小学 补助金额": 30 * WAN, "实验中学 补助金额": Decimal("12.5") * WAN,
                       "合计 补助金额": Decimal("42.5") * WAN}


def test_a_first_column_of_figures_is_no_recipients_column():
    text = "2024年某县专项资金分配表\n单位:万元\n年度 | 金额\n2022 | 30\n2023 | 12.5\n合计 | 42.5\n"
    assert _read(text)[0] == {}


def test_one_recipient_row_is_not_enough():
    text = "2024年某县专项资金分配表\n单位:万元\n受益对象 | 金额\n城关小学 | 30\n"
    assert _read(text)[0] == {}


# --------------------------------------------------------------------------- a title with an aside, a column of words


def test_anxi_township_allocation_real_page():
    """安溪县 2025 市级财政乡村振兴专项资金(第一批整镇推进创建乡镇奖补)分配表和任务清单 (traditional characters), one
    cell per line: the title's bracketed aside, a 乡镇类型 and a 任务清单 column of words (no header word names them
    text), row numbers before names and 50 before its 任务清单 sentence, 合计 merged over the first cells: 50 + 50 =
    100."""
    records = parse_path(PAGES / "anxi-nyncj-2025-allocation-cells-aside-title.txt").all_records
    figures = {(r.source_line, r.value) for r in records if isinstance(r, StatedFigure) and "补助资金" in r.label}
    assert figures == {(22, 50 * WAN), (27, 50 * WAN), (30, 100 * WAN)}


ANXI = ("附件1\n2025年某市乡村振兴专项资金(第一批{aside})分配表和任务清单\n单位:万元\n"
        "序号 | 乡镇名单 | 乡镇类型 | 补助资金(万元) | 任务清单 |\n"
        "1 | 甲镇 | 农业生态型 | 50 | 用于整镇推进项目建设补助,项目预算总投资不低于100万元 |\n"
        "2 | 乙乡 | 文旅融合型 | 30.5 | 用于整镇推进项目建设补助 |\n"
        "合计 | {total} | |\n附件2\n")


@pytest.mark.parametrize("layout", ["pipes", "cells"])
def test_a_title_with_an_aside_and_a_column_of_words_variant(layout):
    text = ANXI.format(aside="整镇推进创建乡镇奖补资金", total="80.5")
    if layout == "cells":  # one cell per line closed by its pipe
        text = "".join(f"{cell.strip()} |\n" if "|" in line else f"{line}\n"
                       for line in text.splitlines() for cell in (line.split("|")[:-1] or [line]))
    figures, _ = _read(text)
    assert {label: value for label, value in figures.items() if "补助资金" in label} == {
        "甲镇 农业生态型 补助资金(万元)": 50 * WAN,
        "乙乡 文旅融合型 补助资金(万元)": Decimal("30.5") * WAN,
        "合计 补助资金(万元)": Decimal("80.5") * WAN,
    }
    # a total its rows do not add up to: nothing is read
    figures, warnings = _read(text.replace("80.5", "81.5"))
    assert not [label for label in figures if "补助资金" in label]
    assert warnings


def test_title_words_found_by_one_scan():
    """The lines holding an allocation title's word are found by one scan for 表 and look-behinds: the same lines
    as a search for each word (and no line with another word: 预算明细表, 分配计划表)."""
    from ingest.allocation import TITLE_WORD_LINE_RE, TITLE_WORDS
    from ingest.text import lines_holding, lines_with

    assert all(word.endswith("表") for word in TITLE_WORDS)
    text = "".join(f"2024年某县资金{word}\n正文\n" for word in TITLE_WORDS) + "资金预算明细表\n资金分配计划表\n表\n"
    lines = split_lines(text)
    assert lines_with(lines, TITLE_WORD_LINE_RE, attr="compact") == lines_holding(lines, TITLE_WORDS, attr="compact")
    assert len(lines_with(lines, TITLE_WORD_LINE_RE, attr="compact")) == len(TITLE_WORDS)

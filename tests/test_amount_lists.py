"""Lists of amounts in one sentence read where their total confirms them (ingest/amount_lists.py): the parts
before a 合计 / 共计 / 总计, or after a total and its 其中 / 分别是 / 包括, in prose or in a table's cell; the
parts named after their figures in a cell whose row prints the total (ingest/allocation.py). Real pages (阳泉
项目实施计划 in a pipe row, 清流 列支科目 cell) and variants written here (other layouts, units, spacing, a sum
that fails)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _allocation_helpers import PAGES, WAN, read_allocation

from ingest.amount_lists import parse_amount_lists, parts_of
from ingest.document import parse_path
from ingest.numbers import to_amount
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines


def _read(text: str) -> tuple[dict[str, Decimal], list[ParseWarning]]:
    records = parse_amount_lists(split_lines(text))
    return ({r.label: r.value for r in records if isinstance(r, StatedFigure)},
            [r for r in records if isinstance(r, ParseWarning)])


# --------------------------------------------------------------------------- real pages


def test_yangquan_plan_in_a_pipe_cell_real_page():
    """阳泉市公路服务中心 2021 项目支出绩效目标表: 项目实施计划 | …审批需20万元;…检查需20万元;…验收需10万元,合计
    50万元。 — a sentence in a table's cell, which the sentence reader does not read."""
    records = parse_path(PAGES / "yangquan-glfwzx-2021-project-targets-pipe.txt").all_records
    got = sorted((r.value, r.label) for r in records if isinstance(r, StatedFigure) and r.source_line == 17)
    assert [value for value, _ in got] == [10 * WAN, 20 * WAN, 20 * WAN, 50 * WAN]
    labels = {label for _, label in got}
    assert "项目实施计划 财务审计、工程竣工验收" in labels
    assert "项目实施计划 合计" in labels


def test_qingliu_parts_in_a_subject_cell_real_page():
    """清流县 2024 分配表: 沙芜乡铁石村 | 50 | 其中39.046万款列2110302;10.954万元款列2160699; — the cell's parts add
    up to the row's 50, so each is read, named by the words after its figure."""
    records = parse_path(PAGES / "qingliu-czj-2024-village-allocation-cells.txt").all_records
    got = {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.source_line == 34}
    assert got == {"沙芜乡铁石村 款列2110302": Decimal("39.046") * WAN,
                   "沙芜乡铁石村 款列2160699": Decimal("10.954") * WAN}


# --------------------------------------------------------------------------- variants


@pytest.mark.parametrize("text", [
    "设计审批需20万元;督导检查需20万元;财务审计需10万元,合计50万元。",  # prose
    "设计审批需 20 万元；督导检查需 20 万元；财务审计需 10 万元，合计 50 万元。",  # full width, spaces
    "项目实施计划\t设计审批需20万元;督导检查需20万元;财务审计需10万元,合计50万元。",  # a tab row's cell
    "| 项目实施计划 | 设计审批需20万元;督导检查需20万元;财务审计需10万元,共计为50万元 |",  # pipes, 共计为
])
def test_parts_before_their_total(text):
    figures, warnings = _read(text)
    assert not warnings
    assert sorted(figures.values()) == [10 * WAN, 20 * WAN, 20 * WAN, 50 * WAN]
    assert any(label.endswith("财务审计") for label in figures)


def test_parts_after_their_total_in_yuan():
    figures, _ = _read("本项目共安排资金2390000元,其中上级资金1792500元,本级597500元,用于学校运转。")
    assert figures["上级资金"] == Decimal(1792500)
    assert figures["本级"] == Decimal(597500)
    assert Decimal(2390000) in figures.values()


def test_parts_after_a_total_with_a_colon_and_mixed_units():
    figures, _ = _read("项目总投资1.2亿元,其中:中央资金8000万元、省级资金4000万元。")
    assert figures["中央资金"] == 8000 * WAN
    assert figures["省级资金"] == 4000 * WAN


def test_parts_named_after_their_figures():
    figures, _ = _read("下达资金50万元,其中30万元用于道路硬化;20万元用于路灯安装。")
    assert figures == {"用于道路硬化": 30 * WAN, "用于路灯安装": 20 * WAN, "下达资金": 50 * WAN}


@pytest.mark.parametrize("text", [
    "设计审批需20万元;督导检查需20万元;财务审计需10万元,合计60万元。",
    "项目总投资100万元,其中中央资金60万元,省级资金30万元。",
])
def test_a_list_whose_parts_do_not_add_up_gives_a_warning_and_nothing(text):
    figures, warnings = _read(text)
    assert figures == {}
    assert [w.message for w in warnings] and "do not add up" in warnings[0].message


def test_a_figure_in_brackets_is_no_part():
    # the aside's 791 is no part of the list: 100 + 50 = 150 without it
    figures, _ = _read("加上:上年结转100万元、年终结余50万元(其中:本级791万元),支出总计150万元。")
    assert sorted(figures.values()) == [50 * WAN, 100 * WAN, 150 * WAN]


def test_a_count_between_is_no_part():
    figures, _ = _read("资助学生120人,共计6万元,其中春季3万元,秋季3万元。")
    assert figures == {"春季": 3 * WAN, "秋季": 3 * WAN, "共计": 6 * WAN}


def test_parts_of_a_cell_against_a_total_printed_elsewhere():
    assert parts_of("其中39.046万款列2110302;10.954万元款列2160699;", 50 * WAN) == [
        ("款列2110302", _amount("39.046")), ("款列2160699", _amount("10.954"))]
    assert parts_of("其中39.046万款列2110302;10.954万元款列2160699;", 60 * WAN) is None  # not the row's amount
    assert parts_of("2110302-水体", 50 * WAN) is None


def _amount(wan: str):
    return to_amount(wan, "万元")


def test_allocation_row_with_parts_in_its_subject_cell_variant():
    text = ("附件1\n2024年某县专项资金分配表\n单位:万元\n"
            "村名 | 金额 | 列支科目 | 备注\n"
            "东村 | 30 | 其中20万元款列2130505,10万元款列2130599 |\n"
            "西村 | 12 | 2130505 |\n"
            "合计 | 42 | |\n")
    figures, _ = read_allocation(text)
    assert figures["东村 款列2130505"] == 20 * WAN
    assert figures["东村 款列2130599"] == 10 * WAN
    # parts that do not add up to the row's amount are not read
    figures, _ = read_allocation(text.replace("10万元款列2130599", "11万元款列2130599"))
    assert "东村 款列2130599" not in figures and figures["东村 金额"] == 30 * WAN


# --------------------------------------------------------------------------- a sentence wrapped over lines


def _read_wrapped(text: str) -> dict[tuple[str, int], Decimal]:
    from ingest.final_accounts.paragraphs import build_paragraphs

    lines = split_lines(text)
    records = parse_amount_lists(lines, paragraphs=build_paragraphs(lines))
    return {(r.label, r.source_line): r.value for r in records if isinstance(r, StatedFigure)}


def test_jiamusi_fund_notice_hard_wrapped():
    """前进区 2024 衔接资金 公告 (batch 26s) as a PDF's prose prints it, hard-wrapped: ``…省级衔接推进乡村振兴补助资金
    376万元,`` / ``共计751万元,计划安排实施以下项目。`` — the sentence read whole, each figure at its own line."""
    from benchmarks.reprints import VARIANTS

    lines = (PAGES / "jiamusi-qianjin-2024-fund-notice.txt").read_text("utf-8").split("\n")
    text, origin = VARIANTS["prose hard-wrapped"](lines)
    records = parse_path_text(text)
    totals = [(origin[r.source_line - 1], r.value) for r in records
              if isinstance(r, StatedFigure) and r.label == "共计"]
    assert totals == [(9, 751 * WAN)]


def parse_path_text(text: str):
    from pathlib import Path

    from ingest.document import parse_bytes

    return parse_bytes(text.encode(), Path("x.txt")).records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("下达中央资金375万元，省级资金\n376万元，共计751万元，计划安排实施以下项目。\n",
         {("下达中央资金", 1): 375 * WAN, ("省级资金", 2): 376 * WAN, ("共计", 2): 751 * WAN}),
        ("发放住房补贴30万元、医疗补助20\n万元，合计50\n万元。\n",
         {("发放住房补贴", 1): 30 * WAN, ("医疗补助", 1): 20 * WAN, ("合计", 2): 50 * WAN}),
        ("发放住房补贴30万元、\n医疗补助20万元、\n交通补贴5万元，共计55万元，已全部到位。\n",
         {("发放住房补贴", 1): 30 * WAN, ("医疗补助", 2): 20 * WAN, ("交通补贴", 3): 5 * WAN, ("共计", 3): 55 * WAN}),
    ],
)
def test_wrapped_sentence_variants(text, expected):
    assert _read_wrapped(text) == expected


def test_a_total_before_its_parts_wrapped_is_not_read_whole():
    # (the total first, its parts after 其中 on the next line: only a total closing its parts is read whole)
    assert _read_wrapped("项目总投资120万元,其中中央资金80\n万元,县级资金40万元。\n") == {}


def test_wrapped_sentence_not_adding_up_reads_none():
    assert _read_wrapped("下达中央资金375万元，省级资金\n376万元，共计750万元。\n") == {}

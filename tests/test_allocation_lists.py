"""Lists with numbered rows and several name columns — a fund's allocation (资金安排表 / 分配表: 序号 |
乡镇名称 | 项目名称 | 金额 | 备注) printed beside a 绩效目标表 — read by their header in every layout
(ingest/text_tables.py, ingest/pipe_cells.py): each row's figure labelled with its names, the 合计
row merged over the row-number and name cells read too. Two real pages (福建 安溪县水利局, 莆田市文化和旅游局)
and variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_lines, parse_path
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
WAN = Decimal(10000)

ROWS = [
    ("1", "西坪镇", "尧山村排洪排水工程建设", "20", ""),
    ("2", "桃舟乡", "吾培村前村洋头水圳修复", "15", ""),
    ("3", "芦田镇", "三洋村坝头溪河道治理", "20.5", "新建"),
]
HEADER = ("序号", "乡镇名称", "项目名称", "金额", "备注")
TITLE = "2022年省级第七批水利专项资金安排表\n单位:万元\n"
EXPECTED = {
    "西坪镇 尧山村排洪排水工程建设 金额": 20 * WAN,
    "桃舟乡 吾培村前村洋头水圳修复 金额": 15 * WAN,
    "芦田镇 三洋村坝头溪河道治理 金额": Decimal("20.5") * WAN,
    "合计 金额": Decimal("55.5") * WAN,
}


def _figures(text: str) -> dict[str, Decimal]:
    _, records = parse_lines(split_lines(text), "list.txt")
    return {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.field == "amount"}


def _pipe_rows() -> str:
    rows = [HEADER, *ROWS, ("合计", "", "", "55.5", "")]
    return TITLE + "".join("| " + " | ".join(row) + " |\n" for row in rows)


def _cell_per_line(total: list[str]) -> str:
    cells = [*HEADER, *(cell for row in ROWS for cell in row), *total]
    return TITLE + "".join(f"{cell} |\n" if cell else "|\n" for cell in cells) + "附件2\n"


def _opened_by_a_pipe() -> str:
    rows = [HEADER, *ROWS, ("", "合计", "", "55.5", "")]
    return TITLE + "".join("|\n" + "".join(f"{cell} |\n" if cell else "|\n" for cell in row) for row in rows) + "说明\n"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_pipe_rows(), id="pipe rows, 合计 in the row-number column"),
        pytest.param(_cell_per_line(["合计", "", "", "55.5", ""]), id="one cell per line, 合计 in the number's cell"),
        pytest.param(_cell_per_line(["合计", "55.5"]), id="one cell per line, 合计 row merged to its figure"),
        pytest.param(_opened_by_a_pipe(), id="one cell per line, rows opened by a pipe, 合计 in the label's cell"),
    ],
)
def test_an_allocation_list_gives_each_row_under_its_names(text):
    figures = _figures(text)
    for label, value in EXPECTED.items():
        assert figures.get(label) == value, label


def test_a_list_in_yuan_reads_yuan():
    text = _pipe_rows().replace("单位:万元", "单位:元").replace("20.5", "205000.50").replace("55.5", "555000.50")
    figures = _figures(text)
    assert figures["芦田镇 三洋村坝头溪河道治理 金额"] == Decimal("205000.50")
    assert figures["合计 金额"] == Decimal("555000.50")


def test_tab_separated_rows_keep_their_names():
    text = TITLE + "".join("\t".join(row) + "\n" for row in [HEADER, *ROWS])
    figures = _figures(text)
    assert figures["桃舟乡 吾培村前村洋头水圳修复 金额"] == 15 * WAN


def test_a_list_whose_row_holds_a_word_under_its_amount_is_left_out_with_a_warning():
    text = _cell_per_line(["合计", "", "", "55.5", ""]).replace("15 |", "十五 |")
    _, records = parse_lines(split_lines(text), "list.txt")
    assert not any(isinstance(r, StatedFigure) and "金额" in r.label for r in records)
    assert any(isinstance(r, ParseWarning) and "numbered rows" in r.message for r in records)


def test_a_merged_total_with_more_figures_than_value_columns_is_not_placed():
    figures = _figures(_cell_per_line(["合计", "55.5", "3"]))
    assert "合计 金额" not in figures
    assert figures["西坪镇 尧山村排洪排水工程建设 金额"] == 20 * WAN


def test_anxi_allocation_list_real_page():
    """安溪县水利局 2022: 序号 | 乡镇名称 | 项 目 名 称 | 金额 | 备注, one cell per line, 合计 | 100."""
    records = parse_path(PAGES / "anxi-slj-2022-targets-per-township-columns.txt").all_records
    figures = {(r.source_line, r.label): r.value for r in records if isinstance(r, StatedFigure)}
    assert figures[(20, "西坪镇 尧山村排洪排水工程建设 金额")] == 20 * WAN
    assert figures[(50, "尚卿乡 尤俊村堤岸修复 金额")] == 15 * WAN
    assert figures[(53, "合计 金额")] == 100 * WAN


def test_putian_allocation_list_real_page():
    """莆田 2022: rows opened by a pipe of their own, one numbered row, 合计 in the 项目单位 cell."""
    records = parse_path(PAGES / "putian-wlj-2022-allocation-and-targets.txt").all_records
    figures = {(r.source_line, r.label): r.value for r in records if isinstance(r, StatedFigure)}
    assert figures[(22, "莆田市图书馆 全国智慧图书馆体系建设 补助金额")] == 15 * WAN
    assert figures[(28, "合计 补助金额")] == 15 * WAN

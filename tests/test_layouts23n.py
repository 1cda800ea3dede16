"""Prose, 三公 and report tables re-printed in other layouts (benchmarks/reprints.py) lost figures the
original gives: each case on a real page re-printed and on a variant written here. The cells a table's
lines give are read the same whatever the layout; a figure the layout leaves unclear is left out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes
from ingest.records import StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"
CLOSED = "tables one cell per line, closed by pipes"
BARE = "tables one cell per line, a blank line after each row"
PIPE_BELOW = "tables one cell per line, the pipe on the next line"


def _reprinted(name: str, variant: str) -> list:
    text, _ = VARIANTS[variant]((PAGES / name).read_text("utf-8").split("\n"))
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _parsed(text: str) -> list:
    return parse_bytes(text.encode("utf-8"), Path("page.txt")).records


def _figures(records: list) -> set[tuple[str, str, Decimal]]:
    return {(r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)}


def test_a_markdown_row_opening_with_prose_reads_the_prose():
    """临洮县 2024年2月 大口径财政收入: a paragraph and the table it introduces flattened onto one line; as a
    Markdown row (``| 2月份,全县实现…增长87.49%。 具体收入项目情况如下: …表 | 预 算 科 目 | …``) the sentences
    are read as on the line without the opening pipe (the whole page had been rejected)."""
    figures = _figures(_reprinted("lintao-2024-02-revenue-table-flattened.txt", "Markdown tables"))
    assert ("税收收入", "amount", Decimal("153480000.00")) in figures
    assert ("非税收入", "amount", Decimal("17080000.00")) in figures
    written = _figures(_parsed(
        "| 全年全县一般公共预算收入完成28000万元,比上年增长5.2%,其中税收收入完成20000万元,占71.4%。"
        "收入情况如下: 收入执行表 | 科目 | 预算数 | 完成数 |\n|---|---|---|---|\n| 税收收入 | 21000 | 20000 |\n"))
    assert ("税收收入完成", "amount", Decimal("200000000.00")) in written
    assert ("全年全县一般公共预算收入完成", "change_pct", Decimal("5.2")) in written


ZHUZHOU = "zhuzhou-fuyou-2020-hospital-row-numbers-traditional.txt"


@pytest.mark.parametrize("variant", [CLOSED, BARE, PIPE_BELOW])
def test_a_table_numbering_its_rows_after_the_label_one_cell_per_line(variant):
    """株洲市妇幼保健院 2020 收支表 (项目 | 行号 | 本期 | 上年同期 | 增加额 | 增长率), one cell per line: the 行号 is
    no figure (it had been read as an amount of 1 元 where the cells are bare) and the rows are read as the
    pipe rows are — also where the run ends with a date under the table and the row 3、收费水平 lost its
    empty cells, and where each cell's pipe stands on the next line without a pipe opening the rows."""
    figures = _figures(_reprinted(ZHUZHOU, variant))
    assert ("1、总收入 本期", "amount", Decimal("61625022.26")) in figures
    assert ("2、总支出 增长率", "change_pct", Decimal("11.39")) in figures
    assert not [f for f in figures if "行号" in f[0]]


def test_a_written_table_numbering_its_rows_after_the_label():
    cells = ["单位:万元", "", "项目", "行次", "预算数", "决算数", "合计", "1", "10.50", "8.20",
             "公务接待费", "2", "4.50", "3.20", "公务用车运行费", "3", "6", "5", "2023-1-5"]
    closed = _figures(_parsed("".join(f"{cell} |\n" if cell else "|\n" for cell in cells)))
    below = _figures(_parsed("".join(f"{cell}\n|\n" if cell else "|\n" for cell in cells)))
    for figures in (closed, below):
        assert ("公务接待费 决算数", "amount", Decimal("32000.00")) in figures
        assert ("合计 预算数", "amount", Decimal("105000.00")) in figures
        assert not [f for f in figures if "行次" in f[0]]

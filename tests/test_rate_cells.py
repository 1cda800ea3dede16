"""Rates and scores printed by a form one cell per line, a label cell over its value cell (``资金抽查占比 |`` /
``100% |``, ``自评分值 |`` / ``100 |``): read at the value's line (not read before; a page of the nineteenth
session's batch, 黄果树镇, and the 总分 of a 2019 targets table of 宁晋县 of the fourteenth session's)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.rate_cells import parse_rate_cells
from ingest.records import StatedFigure
from ingest.text import split_lines

PAGE = Path(__file__).parent / "fixtures" / "pages" / "huangguoshu-town-2023-eval-report.txt"


def figures(text: str) -> list[tuple[int, str, str, Decimal]]:
    return [(f.source_line, f.label, f.field, f.value) for f in parse_rate_cells(split_lines(text))]


def test_real_page_rates_and_score():
    found = {(r.source_line, r.field): r.value for r in parse_path(PAGE).records if isinstance(r, StatedFigure)}
    assert found[(27, "score")] == Decimal("100")
    assert found[(35, "share_pct")] == Decimal("100")
    assert found[(65, "share_pct")] == Decimal("78.34")


@pytest.mark.parametrize(
    "text",
    [
        "自评分值 |\n96.5 |\n资金抽查占比 |\n98.2% |\n自评等级 |\n优 |",
        "自评分值\n96.5\n资金抽查占比\n98.2%\n自评等级\n优",
        "自评分值 |\n\n96.5 |\n\n资金抽查占比 |\n\n98.2 % |\n\n自评等级 |\n\n优 |",
        "| 自评分值 |\n| 96.5 |\n| 资金抽查 占比 |\n| 98.2% |\n| 自评等级 |\n| 优 |",
    ],
)
def test_label_over_value_variants(text):
    found = {(label, field): value for _, label, field, value in figures(text)}
    assert found == {("自评分值", "score"): Decimal("96.5"), ("资金抽查占比", "share_pct"): Decimal("98.2")}, found


@pytest.mark.parametrize(
    "text",
    [
        "执行率 |\n98% |\n100% |\n得分 |",  # values running on: a table's row under its header's cells
        "自评分值 |\n120 |\n自评等级 |",  # no score of 100
        "资金执行率为98%,项目已完成。",  # a sentence: the statements reader's
        "资金抽查占比 |\n246.37 |\n自评等级 |",  # a number without % under a rate's label
    ],
)
def test_not_a_pair(text):
    assert figures(text) == []


def test_document_reads_pairs_once():
    text = "2023年某镇项目绩效评价报告\n自评分值 |\n96.5 |\n资金抽查占比 |\n98.2% |\n自评等级 |\n优 |\n"
    records = parse_bytes(text.encode(), Path("x.txt")).records
    stated = [(r.source_line, r.field, r.value) for r in records if isinstance(r, StatedFigure)]
    assert stated == [(3, "score", Decimal("96.5")), (5, "share_pct", Decimal("98.2"))], stated

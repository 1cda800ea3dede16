"""Money no disclosure prints (ingest/plausible.py): a figure of ten 万亿元 or more is the digits of a row's cells
run together, left out with a warning; every smaller figure stays."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_lines
from ingest.plausible import MAX_MONEY_YUAN, RUN_TOGETHER, without_run_together_money
from ingest.records import Metric, ParseWarning, StatedFigure
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
# The corpus's 沂源县中庄镇 2021 budget report: pipe rows of 2020 执行数 | 2021 预算数 | 增长 …
ZHONGZHUANG = next(iter(sorted(REAL.glob("16_shandong_yiyuan-zhongzhuang_*.txt"))), None)


def _money(records) -> list[Decimal]:
    return [r.value for r in records if isinstance(r, (StatedFigure, Metric)) and r.unit == "yuan" and r.value]


@pytest.mark.skipif(ZHONGZHUANG is None, reason="../shared/real-documents not present")
def test_real_page_its_rows_run_together_give_no_figure_of_their_digits():
    lines = ZHONGZHUANG.read_text("utf-8").split("\n")
    glued = ["".join(cell.strip() for cell in line.split("|")) if "|" in line else line for line in lines]
    _, records = parse_lines(split_lines("\n".join(glued)), ZHONGZHUANG.name, "utf-8")
    assert all(value < MAX_MONEY_YUAN for value in _money(records))
    warned = {r.source_line for r in records if isinstance(r, ParseWarning) and r.message == RUN_TOGETHER}
    assert 11 in warned  # 一、税收收入401431431100748…: 401 | 431 | 431 | 100 | 748 run together
    _, as_printed = parse_lines(split_lines("\n".join(lines)), ZHONGZHUANG.name, "utf-8")
    assert not [r for r in as_printed if isinstance(r, ParseWarning) and r.message == RUN_TOGETHER]


def test_variant_a_table_row_run_together_in_yuan():
    text = "本单位2023年收入总计123456789012345678元,比上年增加1234567.89元。\n"
    records = parse_bytes(text.encode(), Path("page.txt")).records
    assert Decimal("1234567.89") in _money(records)
    assert all(value < MAX_MONEY_YUAN for value in _money(records))
    assert [r.source_line for r in records if isinstance(r, ParseWarning) and r.message == RUN_TOGETHER] == [1]


def test_a_provinces_figure_in_yi_stays():
    text = "2023年全省一般公共预算收入3456.78亿元,比上年增长5.2%。\n"
    records = parse_bytes(text.encode(), Path("page.txt")).records
    assert Decimal("345678000000.00") in _money(records)


def test_only_the_record_holding_it_is_left_out():
    big = StatedFigure(label="收入", field="amount", value=Decimal("4e16"), unit="yuan", source_line=3)
    count = StatedFigure(label="人数", field="count", value=Decimal("4e16"), unit="人", source_line=4)
    fine = Metric(metric="income_total", label="收入总计", value=Decimal("1e12"), source_line=5)
    kept = without_run_together_money([big, count, fine])
    assert kept[1:] == [count, fine]
    assert isinstance(kept[0], ParseWarning) and kept[0].source_line == 3

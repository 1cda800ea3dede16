"""Table-shaped misses of the fresh batches 21n / 21p, each read where the table's own arithmetic
confirms it: a unit line whose 元 the copy dropped (``单位:万``), …"""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.numbers import declared_unit
from ingest.script import to_simplified
from ingest.text import split_lines
from ingest.text_tables import parse_text_tables

# 沅陵县 2021 三公 budget (https://71584.cn/yuanling/c108884/202104/1dbac9a6670c4f599a1b887ee212fb09.shtml),
# a mirror site in traditional script: the unit line printed 單位:萬, its 元 dropped.
YUANLING = (
    "沅陵縣2021年“三公”經費預算財政撥款情況統計表 | |||||\n"
    "單位:萬 | |||||\n"
    "項目 | 本年預算數 | 備注 | |||\n"
    "合計 | 4196 | 注:按照黨中央、國務院有關文件及部門預算管理有關規定,“三公”經費包括因公出國(境)費。 |\n"
    "|||\n"
    "1、因公出國(境)費用 | 0 | ||||\n"
    "2、公務接待費 | 2747 | ||||\n"
    "3、公務用車費 | 1449 | ||||\n"
    "其中:(1)公務用車運行維護費 | 1449 | ||||\n"
    "(2)公務用車購置 | 0 | ||||\n"
)

# Variants written here: simplified, full-width colon, tab cells, the unit in the header row's cell.
CLIPPED_VARIANTS = [
    YUANLING,
    YUANLING.replace("單位:萬", "单位：万"),
    YUANLING.replace(" | ", "\t").replace("|", ""),
    YUANLING.replace("單位:萬 | |||||\n", "").replace("項目 | 本年", "項目 單位:萬 | 本年"),
]


@pytest.mark.parametrize("text", CLIPPED_VARIANTS)
def test_a_unit_line_without_its_yuan_declares_wan_yuan(text):
    figures = parse_text_tables(split_lines(to_simplified(text)[0]))
    read = {f.label.split(" ", 1)[0]: f.value for f in figures if f.unit == "yuan"}
    assert read["合计"] == Decimal("41960000.00")
    assert read["2、公务接待费"] == Decimal("27470000.00")
    assert read["其中:(1)公务用车运行维护费"] == Decimal("14490000.00")
    assert read["1、因公出国(境)费用"] == Decimal("0.00")


@pytest.mark.parametrize(("text", "unit"), [
    ("单位:万", "万元"), ("单位：万 | |", "万元"), ("单位: 万, %", "万元"), ("单位:亿", "亿元"),
    ("单位:万元", "万元"), ("(万元)", "万元"),
    ("单位:万人", None), ("单位:万亩", None), ("预算单位", None), ("单位:万平方米", None),
])
def test_declared_unit_reads_a_clipped_unit_only_at_the_cells_end(text, unit):
    assert declared_unit(text) == unit

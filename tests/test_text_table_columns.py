"""Separated-row tables (ingest/text_tables.py): a performance table's indicator columns (一级指标,
指标性质, 指标值, 度量单位, 完成值 …) hold an indicator's words, targets and actuals in its own unit,
never money under the table's 金额单位 — even where merged cells shift a row's cells."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.text import split_lines
from ingest.text_tables import parse_text_tables

# 井研县马踏镇 2023 部门预算项目绩效目标申报表 (Sichuan; a page never used to build the readers): a
# project's later indicator rows print only the indicator columns, shifted left under the header
MATA = (Path(__file__).parent / "fixtures" / "pages" / "mata-2023-targets.txt").read_text(encoding="utf-8")

# A variant written here: tab-separated, a self-evaluation's 年度指标值 / 实际完成值 columns, 万元
VARIANT = (
    "单位:万元\n"
    "项目名称\t预算数\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "某某项目\t12.5\t产出指标\t数量指标\t培训人次\t300\t320\t20\t20\n"
    "产出指标\t质量指标\t合格率\t95\t98\t20\t19\n"
)


@pytest.mark.parametrize("text", [MATA, VARIANT])
def test_indicator_columns_hold_no_money(text):
    figures = parse_text_tables(split_lines(text))
    money = [(f.label, f.value) for f in figures if f.unit == "yuan"]
    assert not [m for m in money if m[1] < 1000]  # no 95 元, 230 元, 1 元 from a target or a shifted row
    assert not [f for f in figures if "指标" in f.label.split(" ", 1)[-1]]


def test_the_money_column_of_a_performance_table_is_still_read():
    figures = parse_text_tables(split_lines(MATA))
    # (the 项目名称 column names the row beside its 单位名称: both in the label)
    read = [(f.label, f.value) for f in figures]
    assert ("820001-井研县马踏镇人民政府 村组干部报酬 预算数", Decimal("3309840.00")) in read
    figures = parse_text_tables(split_lines(VARIANT))
    assert ("某某项目 预算数", Decimal("125000.00")) in [(f.label, f.value) for f in figures]

"""A row under a funds header of several kinds of amount column is no ``label number`` pair
(ingest.label_values: ``_names_several_columns``): its cells run together (年初预算数 220 and 1-6月执行数 87.57
printed ``22087.57``) would be read as one amount. The rule on the real page (27d 14, a 绩效监控表 whose rows run
together — benchmarks/reprints.RUN_TOGETHER) and on variants written for it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import RUN_TOGETHER
from ingest.document import parse_bytes
from ingest.records import StatedFigure
from ingest.text import DocumentError

PAGE = next((Path(__file__).resolve().parents[1] / "benchmarks" / "heldout" / "27d" / "text").glob("14_*.txt"))


def _figures(text: str, name: str = "x_monitoring.txt") -> dict[str, Decimal]:
    try:
        parsed = parse_bytes(text.encode(), Path(name))
    except DocumentError:  # (nothing read: no figure)
        return {}
    return {f.label: f.value for f in parsed.all_records if isinstance(f, StatedFigure)}


def test_real_monitoring_rows_run_together_read_no_amount():
    lines = PAGE.read_text("utf-8").split("\n")
    reprinted = RUN_TOGETHER["table rows run together"](lines)
    text = reprinted[0] if isinstance(reprinted, tuple) else reprinted
    text = text if isinstance(text, str) else "\n".join(text)
    assert "其中:当年一般公共预算拨款22087.57" in text  # (the row as the copy prints it)
    assert "其中:当年一般公共预算拨款" not in _figures(text, PAGE.name)


@pytest.mark.parametrize("header", [
    "项目资金(万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数",
    "项目资金（万元）年初预算数 全年预算数 全年执行数",
    "资金情况(单位:万元)\t全年预算数\t全年执行数",
])
def test_variant_a_row_under_several_kinds_of_column_is_no_pair(header):
    text = f"{header}\n年度资金总额:1500120\n其中:财政拨款 1500120\n"
    figures = _figures(text)
    assert "年度资金总额" not in figures and "其中:财政拨款" not in figures


@pytest.mark.parametrize(("caption", "scale"), [("资金情况(万元)", Decimal(10000)), ("金额单位:元", Decimal(1))])
def test_variant_pairs_under_a_unit_alone_stay(caption, scale):
    figures = _figures(f"{caption}\n年度资金总额:16\n其中:上级资金 12\n")
    assert figures["年度资金总额"] == 16 * scale and figures["其中:上级资金"] == 12 * scale


def test_variant_a_two_sided_table_naming_one_kind_on_each_side_keeps_its_pairs():
    text = ("部门收支总表 单位:万元 收入 项目 2020年预算数 支出 项目 2020年预算数\n"
            "一般公共预算拨款收入 16,745.59 一般公共服务支出 120.5\n")
    figures = _figures(text, "x_budget.txt")
    assert figures.get("一般公共预算拨款收入") == Decimal("167455900.00")

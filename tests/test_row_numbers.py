"""Rows printed as label, 行次, amount after the table lost its grid (ingest/row_numbers.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import StatedFigure
from ingest.row_numbers import parse_row_numbers
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def _found(text: str) -> dict[str, Decimal]:
    return {f.label: f.value for f in parse_row_numbers(split_lines(text))}


def test_one_line_with_interleaved_columns():
    text = (
        "收入支出决算总表 金额单位:元 项目 行次 金额 一、财政拨款收入 1 1,200,000.50 一、一般公共服务支出 32 "
        "二、上级补助收入 2 三、国防支出 33 三、事业收入 3 18000 四、公共安全支出 34 5,000.00 五、教育支出 35"
    )
    assert _found(text) == {
        "一、财政拨款收入 (行次1)": Decimal("1200000.50"),
        "四、公共安全支出 (行次34)": Decimal("5000.00"),
    }  # 18000 (an integer) could be the next 行次: left out


def test_one_cell_per_line_in_wan_yuan():
    text = "单位:万元\n项目\n行次\n决算数\n六、科学技术支出\n\n40\n\n12.30 \n七、文化旅游体育与传媒支出\n41\n\n"
    assert _found(text) == {"六、科学技术支出 (行次40)": Decimal("123000.00")}


def test_a_lone_number_after_a_label_is_no_row_number():
    assert _found("行次 单位:元 一、财政拨款收入 7 1,000.00 其他内容") == {}


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_tables():
    daguan = {r.label: r.value for r in parse_path(next(REAL.glob("08_*"))).records if isinstance(r, StatedFigure)}
    assert daguan["九、卫生健康支出 (行次39)"] == Decimal("25037565.22")
    xining = {r.label: r.value for r in parse_path(next(REAL.glob("07_*"))).records if isinstance(r, StatedFigure)}
    assert xining["五、教育支出 (行次39)"] == Decimal("4095200.00")

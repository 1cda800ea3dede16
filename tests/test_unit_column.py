"""Tables of 项目 | 单位 | 数值 printed one cell per line, the unit cell merged over the rows below it
(ingest/unit_column.py): on an unseen public hospital's 财务信息公开表 and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import StatedFigure
from ingest.text import split_lines
from ingest.unit_column import parse_unit_column_tables

# 内蒙古自治区公立医院财务信息公开表 (2016), as a mirror page prints it: the page would be rejected
# without this reader (no unit beside any number, no sentence).
HOSPITAL_2016 = Path(__file__).parent / "fixtures" / "pages" / "neimenggu-hospital-2016-finance-sheet.txt"


def found(text: str) -> dict[str, tuple]:
    return {f.label: (f.field, f.value, f.unit, f.source_line) for f in parse_unit_column_tables(split_lines(text))}


def test_real_page_a_hospital_finance_sheet():
    doc = parse_path(HOSPITAL_2016)
    read = {r.label: (r.field, r.value, r.source_line) for r in doc.records if isinstance(r, StatedFigure)}
    assert read["资产总额"] == ("amount", Decimal("1411610000.00"), 9)  # its own unit cell: 万元
    assert read["负债总额"] == ("amount", Decimal("511760000.00"), 11)  # the merged 万元 above
    assert read["年末在编在职职工人数"] == ("count", Decimal(1886), 14)
    assert read["开放床位数"] == ("count", Decimal(1226), 17)
    assert read["财政补助收入"] == ("amount", Decimal("148190000.00"), 46)  # 万元 still, past counts' units
    assert read["公务用车购置及运行维护费"] == ("amount", Decimal("490000.00"), 61)
    # a count whose unit cell the page lost, rates, averages, and numbers without their labels: left out
    assert "年出院人数" not in read and "病床使用率" not in read and "出院患者人均医药费用" not in read
    assert "公务接待费" not in read and "其中:公务接待费" not in read  # a label with no number
    assert Decimal("135820000.00") not in {v for _, v, _ in read.values()}  # 13582 after 39394, unlabelled


def test_the_merged_unit_cell_reaches_money_rows_only():
    text = (
        "项目 |\n单位 |\n数值 |\n收入合计 |\n万元 |\n1,250.5 |\n其中:财政拨款收入 |\n800 |\n职工人数 |\n人 |\n"
        "52 |\n退休人数 |\n9 |\n支出合计 |\n1,100 |\n人均支出 |\n21.2 |\n门诊次均费用 |\n元 |\n310.5 |\n"
        "住院费用 |\n2,000 |\n"
    )
    assert found(text) == {
        "收入合计": ("amount", Decimal("12505000.00"), "yuan", 6),
        "其中:财政拨款收入": ("amount", Decimal("8000000.00"), "yuan", 8),
        "职工人数": ("count", Decimal(52), "人", 11),
        "支出合计": ("amount", Decimal("11000000.00"), "yuan", 15),
        "住院费用": ("amount", Decimal("2000.00"), "yuan", 22),  # the last money unit above is 元
    }


def test_only_a_header_of_unit_then_value_cells_starts_such_a_table():
    # 单位 / 数值 not each alone on a line, or 数值 without 单位 above: no table
    assert found("项目 单位 数值\n收入合计\n万元\n100\n") == {}
    assert found("数值\n收入合计\n万元\n100\n") == {}
    # blank lines between the cells
    assert found("项 目\n\n单 位\n\n数 值\n\n资产总额\n\n万元\n\n88\n")["资产总额"][1] == Decimal("880000.00")


def test_a_page_number_between_the_cells_is_no_cell():
    text = "项目\n单位\n数值\n资产总额\n万元\n100\n- 2 -\n负债总额\n40\n"
    assert found(text) == {
        "资产总额": ("amount", Decimal("1000000.00"), "yuan", 6),
        "负债总额": ("amount", Decimal("400000.00"), "yuan", 9),
    }


def test_every_count_unit_of_the_vocabulary_is_read_from_its_cell():
    # (vocab25: the unit cells read are the vocabulary's count units, ingest.vocabulary.COUNT_UNITS — 次 and 批次 as
    # the hospital sheet's 人次 and 床 are; a money unit still reaches only the money rows under it)
    text = (
        "项目 |\n单位 |\n数值 |\n收入合计 |\n万元 |\n1,250.5 |\n开展健康教育 |\n次 |\n12 |\n下乡义诊 |\n批次 |\n4 |\n"
        "支出合计 |\n1,100 |\n"
    )
    assert found(text) == {
        "收入合计": ("amount", Decimal("12505000.00"), "yuan", 6),
        "开展健康教育": ("count", Decimal(12), "次", 9),
        "下乡义诊": ("count", Decimal(4), "批次", 12),
        "支出合计": ("amount", Decimal("11000000.00"), "yuan", 14),
    }

"""Money a sentence only allocates (``安排5万元``, ``市财政下达10万元``) is named by what it is for, printed right
after it: ``安排5万元资助万荣县乡镇社工站示范站点建设项目,…`` is 5万元 for that project (read so, no figure was
read before: the words before name nothing). A table's cells printed together after a money figure
(``年度资金总额50万元47.6895.00%``: 预算数 | 执行数 | 执行率) leave the money out: which column it is, the
sentence does not say (read before as the amount: a wrong figure on a page of the nineteenth session's batch).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import ParseWarning, StatedFigure

PAGE = Path(__file__).parent / "fixtures" / "pages" / "wanrong-mzj-2023-welfare-lottery-use.txt"
HEAD = "2023年某县民政局福利彩票公益金使用情况公告\n一、资金使用情况\n"


def amounts(records) -> dict[str, Decimal]:
    return {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.field == "amount"}


def read(body: str):
    return parse_bytes((HEAD + body + "\n").encode(), Path("x.txt")).records


def test_real_page_money_named_by_its_purpose():
    records = parse_path(PAGE).records
    found = {(r.source_line, r.label): r.value for r in records if isinstance(r, StatedFigure) and r.field == "amount"}
    assert found[(27, "万荣县乡镇社工站示范站点建设项目")] == Decimal("50000.00")
    assert found[(27, "万荣县通化镇西孝原村农村殡仪服务站建设补助项目")] == Decimal("75000.00")
    assert found[(25, "开展敬老、爱老、扶老活动")] == Decimal("530000.00")
    assert found[(25, "万荣县特殊困难老年人适老化改造项目")] == Decimal("130000.00")  # (named before, as ever)


@pytest.mark.parametrize(
    ("body", "label", "yuan"),
    [
        ("社会公益类项目12.5万元:安排5万元资助乡镇社工站建设项目,主要用于房屋维修。", "乡镇社工站建设项目", "50000.00"),
        ("社会公益类项目12.5万元：安排5万元资助乡镇社工站建设项目，主要用于维修。", "乡镇社工站建设项目", "50000.00"),
        ("安排资金20万元用于村级养老互助幸福院运营补贴;", "村级养老互助幸福院运营补贴", "200000.00"),
        ("另安排3万元,用于敬老活动。", "敬老活动", "30000.00"),
        ("市财政下达10万元支持老年食堂建设。", "老年食堂建设", "100000.00"),
        ("其中:30万元用于基建工程项目审计;", "基建工程项目审计", "300000.00"),
        ("安排 200000 元 专项用于残疾人康复服务。", "残疾人康复服务", "200000.00"),
    ],
)
def test_allocated_money_named_by_its_purpose(body, label, yuan):
    assert amounts(read(body)).get(label) == Decimal(yuan), amounts(read(body))


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("项目资金50万元用于购置设备。", "项目资金"),  # the words before name the money: kept
        ("2023年使用彩票公益金309.8万元支持民政等公益事业发展。", "使用彩票公益金"),
    ],
)
def test_money_named_before_keeps_its_name(body, label):
    assert label in amounts(read(body))


def test_purpose_not_settled_is_no_name():
    """A purpose listing several things (、) names none of them; a name wrapped onto the next line is whole."""
    found = amounts(read("安排30万元用于基建工程项目设计、规划、测绘。安排19.8万元用于适老化改造\n项目的后续建设。"))
    assert not any(label.startswith("基建") for label in found), found
    assert found.get("适老化改造项目的后续建设") == Decimal("198000.00"), found


@pytest.mark.parametrize(
    "row",
    [
        "年度资金总额50万元47.6895.00%",
        "其中:中央财政补助50万元47.6895.00%",
        "年度资金总额 30万元28.5095.00%",
    ],
)
def test_money_glued_to_a_rows_other_cells_is_left_out(row):
    text = "本项目收到资金共50万元。\n项目资金 (万元)全年预算数全年执行数执行率\n" + row
    records = read(text)
    assert [r.source_line for r in records if isinstance(r, StatedFigure)] == [3], records  # (the sentence's)
    assert any(isinstance(r, ParseWarning) and "followed right away by more digits" in r.message for r in records)


def test_money_before_a_years_sentence_is_kept():
    """``…其他资金859.6万元2023年支出2310.4万元``: a sentence's break lost before a year, no table cells."""
    found = amounts(read("收到财政资金共2330.9万元,其中:中央资金1372.7万元,其他资金859.6万元2023年支出2310.4万元。"))
    assert found.get("其他资金") == Decimal("8596000.00"), found

"""Per-unit standards (补助标准5000元/户, 每人每月100元, 户均1000元/年, 4000元的最低资助标准) read as StatedFigure field
``rate`` with ``per_unit``, never as an amount; counts with other units in brackets (16954套(台、块、项)) read as a
count of the first unit; and the scorer's rule that a rate finds an ``amount`` fact only where the fact's item names a
per-unit standard. Real pages: benchmarks/heldout 27g/05, 27g/06, 27f/09, 27h/03, 27h/13, 27h/15, 27c/07, 27g/10."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fidelity import score_document
from ingest.document import parse_bytes, parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import RATE_LIST_LEFT_OUT, parse_statements
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def figures(text: str, warnings: list | None = None) -> list[StatedFigure]:
    return parse_statements(build_paragraphs(split_lines(text)), warnings)


def rates(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.label, f.value, f.per_unit) for f in figures(text) if f.field == "rate"]


def page(batch: str, number: str) -> Path:
    return next((HELDOUT / batch / "text").glob(f"{number}_*"))


def page_rates(batch: str, number: str) -> list[StatedFigure]:
    return [r for r in parse_path(page(batch, number)).records if isinstance(r, StatedFigure) and r.field == "rate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit after a slash, half- or full-width, 元 or 万元, one noun or two
        ("补贴标准为5000元/户。", [("补贴标准", Decimal("5000"), "户")]),
        ("生活补助标准3.5万元/人。", [("生活补助标准", Decimal("35000"), "人")]),
        ("资助标准为1000元/生。", [("资助标准", Decimal("1000"), "生")]),
        ("护理补贴500元/人·年。", [("护理补贴", Decimal("500"), "人·年")]),
        ("护理补贴500元/人/年。", [("护理补贴", Decimal("500"), "人·年")]),
        ("改造补助30元/平方米。", [("改造补助", Decimal("30"), "平方米")]),
        ("秸秆收储补贴200元/吨。", [("秸秆收储补贴", Decimal("200"), "吨")]),
        ("道路养护补助1.2万元/公里。", [("道路养护补助", Decimal("12000"), "公里")]),
        # 户均 / 人均 before, a span of time after: 户·年
        ("运行费用补贴标准为户均1000元/年,连补3年。", [("运行费用补贴标准户均", Decimal("1000"), "户·年")]),
        ("人均补助3000元。", [("人均补助", Decimal("3000"), "人")]),
        # 每 before or after
        ("按每人每月100元标准给予补贴。", [("按每人每月", Decimal("100"), "人·月")]),
        ("每月每人补助200元。", [("每月每人补助", Decimal("200"), "人·月")]),
        ("冷库仓储3100元每平方米。", [("冷库仓储", Decimal("3100"), "平方米")]),
        # a standard named after the money, per the noun counted by 一名 before it
        ("无法达到一名学生4000元的最低资助标准。", [("最低资助标准", Decimal("4000"), "生")]),
        ("按照每人每亩财政给予100元的小麦种植补贴标准发放。", [("小麦种植补贴标准", Decimal("100"), "人·亩")]),
        # a standard set year by year: each of its year
        ("补贴标准为2018年5000元/户,2019年4000元/户,2020年3000元/户。",
         [("补贴标准", Decimal(v), "户") for v in ("5000", "4000", "3000")]),
        # the value it came to keeps the standard's label; the value it came from is left out
        ("一次性建设补贴标准从5000元/户提高到6500元/户。", [("一次性建设补贴标准", Decimal("6500"), "户")]),
    ],
)
def test_a_per_unit_standard_is_a_rate(text, expected):
    assert rates(text) == expected
    assert not [f for f in figures(text) if f.field == "amount"]  # never an amount an analyst would sum


def test_a_standard_printed_in_traditional_characters_and_a_full_width_slash():
    # (27g/05 L5 re-printed: full-width slashes, spaces around them, 萬元)
    text = (
        "2018年實施氣代煤改造的,各級財政對清潔取暖建設費用給予一次性補貼,補貼標準為0.5萬元 ／ 戶,"
        "運行費用補貼標準為戶均1000元／年,連補3年。2018年實施電代煤改造且使用空氣源熱泵的,"
        "一次性建設補貼標準從5000元／戶提高到6500元／戶。\n"
    )
    read = [(r.value, r.per_unit) for r in parse_bytes(text.encode(), Path("t.txt")).records
            if isinstance(r, StatedFigure) and r.field == "rate"]
    assert read == [(Decimal("5000"), "户"), (Decimal("1000"), "户·年"), (Decimal("6500"), "户")]


def test_a_year_amount_and_a_change_of_a_rate_are_no_rate():
    assert [(f.field, f.value) for f in figures("每年安排500万元。")] == [("amount", Decimal("5000000"))]
    assert rates("补助标准提高200元/人。") == []
    assert rates("预算数/执行数为100元/200元。") == []  # (no unit after the slash)


def test_a_rate_is_of_the_year_printed_before_it():
    found = [f for f in figures("补贴标准为2018年5000元/户,2019年4000元/户。") if f.field == "rate"]
    assert [f.year for f in found] == [2018, 2019]
    assert all(f.metric is None and f.unit == "yuan" for f in found)


def test_a_list_of_rates_paired_with_as_many_names():
    text = (
        "收住城乡低保人员、特困人员、半失能老人和失能老人,按实际入住人数每人每月100元、200元、300元、400元标准给予补贴;"
        "收住其他老年人的,按实际入住人数每人每月100元标准给予补贴。"
    )
    assert rates(text) == [
        ("收住城乡低保人员每人每月", Decimal("100"), "人·月"),
        ("特困人员每人每月", Decimal("200"), "人·月"),
        ("半失能老人每人每月", Decimal("300"), "人·月"),
        ("失能老人每人每月", Decimal("400"), "人·月"),
        ("按实际入住人数每人每月", Decimal("100"), "人·月"),
    ]
    # (three names, two figures: not paired — none of the list is read)
    warnings: list[ParseWarning] = []
    assert [f for f in figures("低保人员、特困人员和孤儿,每人每月100元、200元标准给予补贴。", warnings)] == []
    assert any(w.message == RATE_LIST_LEFT_OUT for w in warnings)


def test_the_real_subsidy_pages_read_their_standards():
    # 27g/05 L5: 補貼標準為5000元/戶,運行費用補貼標準為戶均1000元/年 (traditional characters)
    read = {(f.source_line, f.value, f.per_unit) for f in page_rates("27g", "05")}
    assert {(5, Decimal("5000"), "户"), (5, Decimal("1000"), "户·年"), (5, Decimal("6500"), "户")} <= read
    # 27g/06 L10: 補貼標準為2018年5000元/戶,2019年4000元/戶,2020年3000元/戶
    read = {(f.source_line, f.year, f.value) for f in page_rates("27g", "06")}
    assert {(10, 2018, Decimal("5000")), (10, 2019, Decimal("4000")), (10, 2020, Decimal("3000"))} <= read
    # 27f/09 L18: 城乡低保人员、特困人员、半失能老人和失能老人 … 每人每月100元、200元、300元、400元标准
    read = [(f.value, f.per_unit) for f in page_rates("27f", "09") if f.source_line == 18]
    assert [v for v, _ in read] == [Decimal(v) for v in ("100", "200", "300", "400", "100")]
    assert {u for _, u in read} == {"人·月"}
    # 27h/13 L8: 一名学生4000元的最低资助标准
    assert [(f.label, f.value, f.per_unit) for f in page_rates("27h", "13")] == [
        ("最低资助标准", Decimal("4000"), "生")
    ]


def test_a_count_with_other_units_in_brackets_is_of_its_first_unit():
    text = (
        "共建设和安装软硬件设备共16954套(台、块、项),其中:总平台安装软硬件设备558套(台、块、项);"
        "新建停车场12个(处),购置设备35台(套)。"
    )
    found = [(f.value, f.unit) for f in figures(text) if f.field == "count"]
    assert found == [(Decimal("16954"), "套"), (Decimal("558"), "套"), (Decimal("12"), "个"), (Decimal("35"), "台")]
    assert "(台、块、项)" in figures(text)[0].context
    read = {(f.source_line, f.value, f.unit) for f in parse_path(page("27g", "10")).records
            if isinstance(f, StatedFigure) and f.field == "count"}
    assert {(5, Decimal("16954"), "套"), (5, Decimal("558"), "套"), (5, Decimal("242"), "套")} <= read


def _records(text: str) -> list[dict]:
    return [r.to_dict() for r in parse_bytes(text.encode(), Path("t.txt")).records]


def test_the_scorer_finds_a_standard_by_a_rate_but_never_a_total():
    records = _records("各级财政给予一次性补贴,补贴标准为5000元/户。")
    line = next(r["source_line"] for r in records if r.get("field") == "rate")
    standard = {"line": line, "field": "amount", "item": "一次性建设补贴标准(元/户)", "value": 5000, "unit": "元"}
    per_person = {"line": line, "field": "amount", "item": "每户补贴", "value": 5000, "unit": "元"}
    total = {"line": line, "field": "amount", "item": "补贴资金", "value": 5000, "unit": "元"}
    statuses = [status for _, status, _ in score_document([standard, per_person, total], records)]
    assert statuses == ["found", "found", "missing"]
    # (a budget's figure per unit, 每县4000万元 set aside, is hand-read as budget_initial: found the same way)
    budgeted = {**per_person, "field": "budget_initial"}
    assert [status for _, status, _ in score_document([budgeted, {**total, "field": "budget_initial"}], records)] == [
        "found", "missing"
    ]


def test_one_figure_after_a_count_and_fenbie_is_what_each_gets():
    # 27h/09 L14: 對周王、新田…和向陽共十個鄉鎮分別補助7萬元 (what each 乡镇 gets)
    read = [(f.value, f.per_unit) for f in page_rates("27h", "09") if f.source_line == 14]
    assert read == [(Decimal("70000"), "乡镇")]
    assert rates("对5个村分别奖励2万元。") == [("对5个村分别奖励", Decimal("20000"), "村")]
    assert [(v, u) for _, v, u in rates("今年对全县十二所学校分别补助10万元,用于校舍维修。")] == [
        (Decimal("100000"), "学校")
    ]
    # (a list after 分别: no rate; its figures are the names' — or none where they cannot be laid over them)
    assert rates("两个乡镇分别补助7万元和5万元。") == []

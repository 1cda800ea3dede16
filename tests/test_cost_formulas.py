"""A cost item's 测算依据 printed as its formula (ingest/cost_formulas.py): ``1.维修费5次*5000=25000元`` — the item's
amount where its factors' product is its result, in the formula's own money unit, and its count where the first
factor is one; a formula whose arithmetic does not hold, or whose result prints no money unit, left out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.cost_formulas import parse_cost_formulas
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
D = Decimal


def _figures(records) -> list[tuple]:
    return [(r.source_line, r.label, r.field, r.value, r.unit) for r in records if isinstance(r, StatedFigure)]


def test_cost_formulas_real_page() -> None:
    # (26y 01: a 项目支出绩效目标表 one cell per line, its 成本构成 block's 测算依据 in 元 under a table in 万元)
    text = (HELDOUT / "26y" / "text" / "01_hubei_ezhou-library_2020_project_targets.txt").read_text("utf-8")
    records = parsed_page(text)
    formulas = [f for f in _figures(records) if f[0] in range(52, 70)]
    assert formulas == [
        (53, "维修费", "amount", D("25000.00"), "yuan"), (53, "维修费", "count", D(5), "次"),
        (55, "汽油", "amount", D("10000.00"), "yuan"), (55, "汽油", "count", D(20), "次"),
        (57, "保险", "amount", D("12000.00"), "yuan"), (57, "保险", "count", D(1), "次"),
        (59, "洗车费", "amount", D("3000.00"), "yuan"), (59, "洗车费", "count", D(100), "次"),
        (66, "报刊", "amount", D("15000.00"), "yuan"), (66, "报刊", "count", D(1000), "种"),
        (68, "图书", "amount", D("500000.00"), "yuan"), (68, "图书", "count", D(20000), "册"),
    ]
    # (3.电子图书5000, cut before its price: no formula)
    assert not [f for f in _figures(records) if f[0] == 70 and f[2] == "amount"]


def test_cost_formulas_variant() -> None:
    # (other signs and widths: ×, ＊ and ＝, an ordinal in brackets, a price with its unit per count, three factors,
    # a result in 万元, formulas in a pipe row's cell and two on one line)
    text = ("（1）办公用品１２人×３００元/人＝３６００元\n"
            "| 差旅费 | 2.4 | 差旅费4人*3次*2000元=2.4万元 |\n"
            "印刷费500份*2元=1000元;会议费2次×1500=3000元\n")
    assert _figures(parse_cost_formulas(split_lines(text))) == [
        (1, "办公用品", "amount", D("3600.00"), "yuan"), (1, "办公用品", "count", D(12), "人"),
        (2, "差旅费", "amount", D("24000.00"), "yuan"), (2, "差旅费", "count", D(4), "人"),
        (3, "印刷费", "amount", D("1000.00"), "yuan"), (3, "印刷费", "count", D(500), "份"),
        (3, "会议费", "amount", D("3000.00"), "yuan"), (3, "会议费", "count", D(2), "次"),
    ]


def test_cost_formulas_left_out() -> None:
    # (a product that is not the result — 5 × 5000 ≠ 2500 —, a result without its money unit: warnings, no figure;
    # a first factor in 元 or 月 no count)
    text = "1.维修费5次*5000=2500元\n2.汽油20次*500=10000\n3.租金12月*2000元=24000元\n4.保险1200元*1=1200元\n"
    records = parse_cost_formulas(split_lines(text))
    assert _figures(records) == [
        (3, "租金", "amount", D("24000.00"), "yuan"), (4, "保险", "amount", D("1200.00"), "yuan"),
    ]
    assert [r.source_line for r in records if isinstance(r, ParseWarning)] == [1, 2]

"""Two-year comparison tables with three numbers a row (``label [unit] 上年 本年 增长%``), written in the family's
layouts, words and units, with the figures each must be read as (``tests/test_comparison_tables.py``).

The family: a public hospital's 财务信息公开指标 sheet (``一级指标 二级指标 单位 上年度 本年度 增长`` over
``(2018年) (2019年)``: benchmarks/heldout/27g 12 L16-29, the 新乡市 template), and any 收支 / 主要指标 对比 table that
prints the earlier year, the later year and the growth without the difference (the four-number sibling, ``a b c d%``:
tests/fixtures/pages/dachuan-zyy-2017-hospital-comparison.txt). What varies (:func:`tables`):

- the cells' separators: single spaces, tabs, pipes (a merged 一级指标 cell left empty on its group's later rows);
- the unit: a 单位 column, or none (the money rows' unit declared above the table, ``单位:万元``, a count's in brackets
  after its label, ``在职人数(人)``); money printed in 元 or in 万元;
- the years: in the header's cells (``上年度(2018年)`` / ``2018年``), alone on the line under it, or not printed;
- the change column's word: 增长, 增长率, 增减%, 同比;
- a decrease printed ``-6.68%`` or ``下降6.68%``;
- and a share row whose change is printed in percentage points (``0.12 0.43 0.31``), as the 27g sheet prints some.

Each table's facts are computed here from its rows: at every row's line, this year's figure (元 for money, a count, a
share in %, a duration as a measure), the earlier year's, and the growth (``change_pct``, unsigned, with its
direction) — no growth for a row whose change is in points.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

# A row: (group, label, unit, earlier, later, change printed in points). The group is printed on its first row only.
Row = tuple[str, str, str, str, str, bool]

HOSPITAL: list[Row] = [
    ("经济指标", "总收入", "万元", "21226.69", "24309.16", False),
    ("经济指标", "总支出", "万元", "19021.49", "21614.49", False),
    ("资源配置", "门诊人次", "人次", "652456", "750838", False),
    ("资源配置", "出院人次", "人次", "34670", "32353", False),
    ("资源配置", "实际开放床位", "张", "420", "450", False),
    ("医疗效率", "病床使用率", "%", "88.5", "91.2", False),
    ("医疗效率", "平均住院日", "天", "8.2", "7.9", False),
    ("医疗费用", "门诊次均费用", "元", "212.35", "225.18", False),
    ("医院收入结构", "药品收入占比", "%", "31.97", "30.59", False),
    ("医院收入结构", "耗材收入占比", "%", "10.33", "11.24", True),
]
DEPARTMENT: list[Row] = [
    ("收入", "财政拨款收入", "万元", "1852.62", "2013.4", False),
    ("收入", "事业收入", "万元", "320.5", "298.76", False),
    ("支出", "基本支出", "万元", "1456.08", "1502.33", False),
    ("支出", "项目支出", "万元", "690.2", "781.45", False),
    ("人员", "在职人数", "人", "56", "58", False),
]
LABEL_SETS = {"hospital": HOSPITAL, "department": DEPARTMENT}
SEPARATORS = {"spaces": " ", "tabs": "\t", "pipes": " | "}
YEARS = ("in the header", "under the header", "not printed")
CHANGE_WORDS = ("增长", "增长率", "增减%", "同比")
DECREASES = ("minus", "下降")
MONEY = ("万元", "元")
UNIT_COLUMN = (True, False)
EARLIER, LATER = 2018, 2019
WAN = Decimal(10000)
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Table:
    name: str
    text: str
    facts: list[tuple[int, str, Decimal, str | None]]  # (line, field, value, direction)


def _growth(a: str, b: str) -> Decimal:
    return ((Decimal(b) - Decimal(a)) * 100 / Decimal(a)).quantize(CENT, ROUND_HALF_UP)


def _in_yuan(number: str) -> str:
    """A 万元 figure printed in 元 (as a 元 table prints it)."""
    return format((Decimal(number) * WAN).quantize(CENT), "f")


def _field(unit: str) -> str:
    return {"%": "share_pct", "天": "measure"}.get(unit, "amount" if unit.endswith("元") else "count")


def write_table(rows: list[Row], separator: str, years: str, word: str, decrease: str, money: str,
                unit_column: bool) -> Table:
    """One table of ``rows`` printed so, with its facts."""
    if not unit_column:  # (a table without a 单位 column: its money in the declared unit, its counts' in brackets)
        rows = [row for row in rows if row[2] not in ("%", "天", "元")]
    cells_of_years = ("上年度", "本年度")
    if years == "in the header":
        cells_of_years = (f"上年度({EARLIER}年)", f"本年度({LATER}年)")
    if years == "in the header" and separator == " ":
        cells_of_years = (f"{EARLIER}年", f"{LATER}年")
    header = ["一级指标", "二级指标", *(["单位"] if unit_column else []), *cells_of_years, word]
    pipe = separator == " | "
    lines = ["医院主要指标对比表" if rows is HOSPITAL else "收支情况对比表"]
    if not unit_column:
        lines.append(f"单位:{money}")
    lines.append(_joined(header, separator, pipe))
    if years == "under the header":
        lines.append(_joined(["", "", *([""] if unit_column else []), f"({EARLIER}年)", f"({LATER}年)", ""], separator,
                             pipe) if pipe else f"({EARLIER}年) ({LATER}年)")
    facts: list[tuple[int, str, Decimal, str | None]] = []
    group_printed = None
    for group, label, unit, a, b, points in rows:
        printed_unit = money if unit == "万元" else unit
        a_printed, b_printed = (_in_yuan(a), _in_yuan(b)) if printed_unit == "元" and unit == "万元" else (a, b)
        if points:
            change = (Decimal(b) - Decimal(a)).quantize(CENT)
            g = format(change, "f")
        else:
            growth = _growth(a, b)
            g = (f"下降{-growth}%" if decrease == "下降" else f"{growth}%") if growth < 0 else f"{growth}%"
        shown_label = label if unit_column or unit.endswith("元") else f"{label}({unit})"
        group_cell = group if group != group_printed else ""
        group_printed = group
        cells = [group_cell, shown_label, *([printed_unit] if unit_column else []), a_printed, b_printed, g]
        if not pipe:
            cells = [cell for cell in cells if cell]
        lines.append(_joined(cells, separator, pipe))
        line = len(lines)
        field = _field(unit)
        for value in (a, b):
            facts.append((line, field, Decimal(value) * WAN if unit == "万元" else Decimal(value), None))
        if not points:
            growth = _growth(a, b)
            facts.append((line, "change_pct", abs(growth), "decrease" if growth < 0 else "increase"))
    return Table(name="", text="\n".join(lines) + "\n", facts=facts)


def _joined(cells: list[str], separator: str, pipe: bool) -> str:
    return f"| {separator.join(cells)} |" if pipe else separator.join(cells)


def tables() -> Iterator[tuple[str, Table]]:
    """Every table of the family: label set × separator × years × change word × decrease × money unit × unit
    column."""
    for (set_name, rows), (sep_name, separator), years, word, decrease, money, unit_column in itertools.product(
        LABEL_SETS.items(), SEPARATORS.items(), YEARS, CHANGE_WORDS, DECREASES, MONEY, UNIT_COLUMN
    ):
        column = "unit column" if unit_column else "no unit column"
        name = f"{set_name}/{sep_name}/years {years}/{word}/{decrease}/{money}/{column}"
        yield name, write_table(rows, separator, years, word, decrease, money, unit_column)


def score(table: Table) -> tuple[int, int, list[str]]:
    """(facts found, facts, the wrong figures: a figure the comparison reader gave on a row's line that is no
    fact of it, and any indicator read from the table)."""
    from ingest.document import parse_lines
    from ingest.records import Indicator, StatedFigure
    from ingest.text import split_lines

    _, records = parse_lines(split_lines(table.text), "comparison.txt")
    read = {(r.source_line, r.field, r.value, r.direction if r.field == "change_pct" else None)
            for r in records if isinstance(r, StatedFigure)}
    expected = set(table.facts)
    rows = {fact[0] for fact in table.facts}
    found = len(expected & read)
    wrong = [f"L{line} {field}={value}" for line, field, value, _ in read - expected
             if line in rows and not any(f[0] == line and f[1] == field and f[2] == value for f in expected)]
    wrong += [f"indicator {r.level3_name}" for r in records if isinstance(r, Indicator)]
    return found, len(expected), wrong

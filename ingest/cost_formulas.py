"""A cost item's 测算依据 printed as its formula: ``1.维修费5次*5000=25000元`` — the item's amount, and its count.

A 项目支出绩效目标表's 项目预算 / 成本构成 block (and a budget's 测算依据 column) states how each cost item's money
was reckoned: the item's name, then the factors multiplied — a quantity with its unit (5次, 1000种, 20000册,
12人), a price (5000, 15元, 500元/次) — then ``=`` and the amount with its money unit::

    1.维修费5次*5000=25000元
    2.汽油20次*500=10000元
    (3)办公用品12人×300元/人=3600元

Read as a structure: an item's name (words, an ordinal before it aside) opening the formula, two factors or more
joined by ``*`` / ``×``, ``=``, a result in 元 or 万元. The result is the item's amount only where the factors'
product is it (to the result's printed precision): a formula whose arithmetic does not hold, or whose result
prints no money unit, is left out with a warning (a wrong figure is worse than a missing one); a price in 元 with the
result in 万元 (``4人*3次*2000元=2.4万元``) is compared in 元. The first factor,
where it is a count in a unit of its own (次, 种, 册, 人 — not 元 or 月), is the item's count.

The amounts are in the unit the formula prints (元 here though the table's is 万元): a formula's own unit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import last_place, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line, lines_holding

PARSER_NAME = "cost_formulas"
WAN = Decimal(10000)
# One factor: a number and its unit (次, 种, 元, 元/次, 人·月), at most a few characters.
FACTOR = r"\d[\d,]*(?:\.\d+)?[\u4e00-\u9fff]{0,3}(?:/[\u4e00-\u9fff]{1,2})?"
# A formula: an item's name (after an ordinal, a separator or the line's start), two factors or more joined by * or
# ×, then = and the result with its money unit.
FORMULA_RE = re.compile(
    r"(?:^|(?<=[|:;,、。\s]))(?:\(?\d{1,2}[.、)]|[(][一二三四五六七八九十]{1,2}[)])?"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()]{0,15}?)"
    rf"(?P<factors>{FACTOR}(?:[*×]{FACTOR}){{1,4}})"
    r"=(?P<result>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|元)?(?![\d.])"
)
FACTOR_RE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{0,3}(?:/[\u4e00-\u9fff]{1,2})?)")
# A first factor's unit that is no count of the item: money, a span of time, a rate.
NOT_A_COUNT_RE = re.compile(r"元|^(?:年|月|天|日|小时|个月)$|/")
# Where a formula may stand: a line printing a multiplication sign and an equals sign.
SIGNS = ("*", "×")


def parse_cost_formulas(lines: list[Line]) -> list[Record]:
    """Every cost item's amount (and count) its formula states, where its arithmetic holds (module docstring)."""
    out: list[Record] = []
    for index in lines_holding(lines, SIGNS):
        line = lines[index]
        if "=" not in line.compact:
            continue
        for match in FORMULA_RE.finditer(line.compact):
            out.extend(_formula(match, line))
    return out


def _formula(match: re.Match[str], line: Line) -> list[Record]:
    name, unit = match.group("name"), match.group("unit")
    factors = [(m.group("number"), m.group("unit")) for m in FACTOR_RE.finditer(match.group("factors"))]
    result_text = match.group("result").replace(",", "")
    numbers = [parse_decimal(number) for number, _ in factors]
    result = parse_decimal(result_text)
    if result is None or any(number is None for number in numbers):
        return []
    product = Decimal(1)
    for number in numbers:
        product *= number  # type: ignore[operator]
    half = last_place(result) / 2
    # (a price in 元 and the result in 万元: 4人*3次*2000元=2.4万元, the product in 元)
    in_yuan = unit == "万元" and any("元" in factor_unit for _, factor_unit in factors)
    holds = abs(product - result) <= half or (in_yuan and abs(product - result * WAN) <= half * WAN)
    if not holds or unit is None:
        why = "its factors' product is not its result" if unit else "its result prints no money unit"
        return [ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                             message=f"cost formula of {name}: {why}; left out", context=match.group()[:80])]
    amount = to_amount(result_text, unit)
    if amount is None:
        return []
    records: list[Record] = [StatedFigure(
        source_line=line.number, source_page=line.page, label=name, field="amount", value=amount.yuan, unit="yuan",
        context=match.group(), ulp=amount.ulp_yuan,
    )]
    count_unit = factors[0][1]
    if count_unit and not NOT_A_COUNT_RE.search(count_unit):
        records.append(StatedFigure(
            source_line=line.number, source_page=line.page, label=name, field="count",
            value=numbers[0], unit=count_unit, context=match.group(),  # type: ignore[arg-type]
        ))
    return records

"""The readers' one vocabulary of units, bounds and dates (ingest/vocabulary.py, vocab25): each list once, in the
order its alternations need, and each reader's subset or form taken from it."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from ingest import plain_quantities, statements, unit_column
from ingest.identity import SIGNED_DATE_RE
from ingest.performance.header_grid import DATE_RE as HEADER_GRID_DATE_RE
from ingest.performance.indicator_values import OPERATOR_WORDS, OPERATORS_OF_PLACEHOLDER, parse_indicator_value
from ingest.performance.narrative_indicators import DATE_VALUE
from ingest.units import canonical_unit
from ingest.vocabulary import (
    BOUND_SIGN_OPERATORS,
    BOUND_SIGNS,
    BOUND_WORDS,
    COUNT_UNITS,
    LOWER_BOUND_OPERATORS,
    MONEY_UNITS,
    WRITTEN_DATE,
)


@pytest.mark.parametrize("words", [COUNT_UNITS, MONEY_UNITS, [w for w, _ in BOUND_WORDS], BOUND_SIGNS])
def test_each_list_holds_a_word_once_and_the_longer_before_a_word_it_begins_with(words):
    assert len(set(words)) == len(words)
    for i, shorter in enumerate(words):
        assert not any(longer.startswith(shorter) for longer in words[i + 1 :]), shorter


def test_the_readers_take_their_units_from_the_vocabulary():
    assert unit_column.COUNT_UNITS == COUNT_UNITS and unit_column.MONEY_UNITS == MONEY_UNITS
    assert statements.MONEY_UNITS == MONEY_UNITS
    # prose reads every count unit but its named few, each behind its not-a-word lookahead
    prose = [re.sub(r"\(\?!.*\)$", "", unit) for unit in statements.COUNT_UNITS[2:-3]]
    assert prose == [u for u in COUNT_UNITS if u not in statements.PROSE_UNREAD_COUNT_UNITS]
    targets = [re.sub(r"\(\?!.*\)$", "", unit) for unit in plain_quantities.TARGET_UNITS]
    assert targets == [*COUNT_UNITS, "天"]
    # a unit printed alone in a space-separated row: one of ingest/units.py (the former fast path's tokens are)
    assert all(canonical_unit(unit) is not None for unit in ("%", "万元", "元", "个", "人", "人次", "次", "天", "年"))


def test_the_readers_take_their_bounds_from_the_vocabulary():
    assert OPERATOR_WORDS[: len(BOUND_WORDS)] == BOUND_WORDS
    assert OPERATORS_OF_PLACEHOLDER == BOUND_SIGN_OPERATORS
    lower = plain_quantities.BOUND.split("|")
    assert {w for w, op in BOUND_WORDS if op in LOWER_BOUND_OPERATORS} <= set(lower)
    assert "不超过" not in lower and "≤" not in lower
    # prose's signs of a bound: the inequalities, not = (a sum's), not the look-alikes (a named subset)
    assert set(statements.BOUND_SIGNS) == {"≥", "≤", ">", "<", ">=", "<=", "＞", "＜"}  # (＞ ＜: NFKC makes them > <)


@pytest.mark.parametrize("text", ["2024年3月", "2023 年 12 月 31 日", "2025年9月19日"])
def test_a_written_date(text):
    assert re.fullmatch(WRITTEN_DATE, text)
    assert SIGNED_DATE_RE.fullmatch(" " + text)
    assert re.fullmatch(DATE_VALUE, text + "前")


@pytest.mark.parametrize("text, is_date", [
    ("2023年12月", True), ("2024.3.1", True), ("2024-03-01", True), ("2021/1/1-12/31", True),
    ("2023年度", False), ("合格率", False), ("3000.5", False),
])
def test_a_date_in_a_grid_cell(text, is_date):
    assert bool(HEADER_GRID_DATE_RE.match(text)) is is_date


def test_a_whole_day_as_an_indicator_value():
    value = parse_indicator_value("2022年12月31日前")
    assert (value.operator, value.value, value.unit) == ("<=", Decimal(20221231), "date")


def test_an_indicator_value_opens_with_any_bound_of_the_vocabulary():
    # (the stream's and the flat rows' values: 至少3个, 不小于90%, 大于等于95%, ⩾20平方米 as ≥95% is)
    from ingest.performance.flat_rows import FIGURE_RE
    from ingest.performance.indicator_stream import VALUE_RE
    from ingest.performance.narrative_indicators import BOUND_RE, TARGET_BOUND_WORDS

    for bound in (*(word for word, _ in BOUND_WORDS), *BOUND_SIGNS):
        assert VALUE_RE.match(f"{bound}90%") and VALUE_RE.match(f"{bound} 3个"), bound
        assert FIGURE_RE.match(f"{bound}90%"), bound
    assert all(BOUND_RE.match(f"{sign}95%") for sign in BOUND_SIGNS)
    assert re.fullmatch(TARGET_BOUND_WORDS, "不多于") and not re.fullmatch(TARGET_BOUND_WORDS, "达到")

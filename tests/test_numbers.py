"""Reading amounts: thousands separators, units, precision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.numbers import parse_decimal, parse_percent, to_amount


@pytest.mark.parametrize(
    ("text", "value"),
    [("1,852.62", "1852.62"), ("1852.62", "1852.62"), ("0.00", "0.00"), ("−3.5", "-3.5"), ("1, 852.62", "1852.62")],
)
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "12,34"])
def test_parse_decimal_rejects_non_numbers(text: str) -> None:
    assert parse_decimal(text) is None


def test_wan_yuan_becomes_yuan_with_its_precision() -> None:
    amount = to_amount("1,852.62", "万元")
    assert amount is not None
    assert amount.yuan == Decimal("18526200.00")
    assert amount.ulp_yuan == Decimal("100.00")


def test_yuan_stays_yuan() -> None:
    amount = to_amount("72750", "元")
    assert amount is not None
    assert (amount.yuan, amount.ulp_yuan) == (Decimal("72750.00"), Decimal("1.00"))


def test_percent() -> None:
    assert parse_percent("97.26%") == Decimal("97.26")

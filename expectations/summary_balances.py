"""Summary balances (收入支出决算总体情况): R01–R05 totals and components, R06 shares,
R10 year-on-year changes, R14 figures stated twice."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "summary_balances"


def build() -> gx.ExpectationSuite:
    """The ``summary_balances`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

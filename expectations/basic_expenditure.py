"""Basic expenditure (基本支出): R08 人员经费 + 公用经费 and their economic items."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "basic_expenditure"


def build() -> gx.ExpectationSuite:
    """The ``basic_expenditure`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

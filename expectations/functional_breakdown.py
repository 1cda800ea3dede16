"""Functional breakdown (支出功能分类): R07 Σ 类 = 一般公共预算财政拨款支出, Σ 项 in a 类 = that 类; R17 codes."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "functional_breakdown"


def build() -> gx.ExpectationSuite:
    """The ``functional_breakdown`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

"""Performance (绩效): R11 execution rates and funds scores, R12 scores and weights, R15 绩效目标表 tasks,
R24 部门整体支出绩效自评表 funds: 年度资金总额 = the sum of its parts."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "performance"


def build() -> gx.ExpectationSuite:
    """The ``performance`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

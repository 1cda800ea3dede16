"""三公经费: R09 因公出国(境) + 公务用车购置及运行 + 公务接待, 车 = 购置 + 运行."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "three_public"


def build() -> gx.ExpectationSuite:
    """The ``three_public`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

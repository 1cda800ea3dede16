"""政府采购: R13 goods + works + services, SME and small/micro bounds."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "procurement"


def build() -> gx.ExpectationSuite:
    """The ``procurement`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

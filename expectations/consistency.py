"""Consistency: R19 direction words, R20 years, R21 template leftovers, R22 prose vs tables, R23 required tables."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "consistency"


def build() -> gx.ExpectationSuite:
    """The ``consistency`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

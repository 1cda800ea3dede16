"""Across documents: R16 this year's opening balances = last year's closing ones, R18 a final
account's 年初预算 = the budget document (R17 code–name joins when the classification lands)."""

from __future__ import annotations

import great_expectations as gx

from expectations._suite import build_suite
from expectations.rules import rules_of

SUITE_NAME = "cross_document"


def build() -> gx.ExpectationSuite:
    """The ``cross_document`` suite: one expectation per rule of the area."""
    return build_suite(SUITE_NAME, rules_of(SUITE_NAME))

"""Building one Great Expectations suite over the reconciliation rows (``rec_reconciliation_checks``).

Every rule gets one expectation, tagged ``meta={"rule_id": …}``: among that rule's rows the
outcome is passed, not_applicable or insufficient_data — a ``failed`` row is a finding, listed
by document and check in the Data Docs. Two structural expectations per suite keep the rows
honest: outcomes come from the controlled set, and every compared row carries its tolerance.
"""

from __future__ import annotations

import great_expectations as gx
from great_expectations import expectations as gxe
from great_expectations.expectations.metadata_types import FailureSeverity
from great_expectations.expectations.row_conditions import Column, Condition

from expectations.rules import ACCEPTED_OUTCOMES, OUTCOMES, Rule

# Columns that name a failed row in the validation result and the Data Docs.
ROW_ID_COLUMNS = ["document_id", "check_key"]
GX_SEVERITY = {"error": FailureSeverity.CRITICAL, "warning": FailureSeverity.WARNING}


def _rules_condition(rules: tuple[Rule, ...]) -> Condition:
    return Column("rule_id").is_in([rule.rule_id for rule in rules])


def rule_expectation(rule: Rule) -> gxe.Expectation:
    """The expectation that asserts one rule: none of its rows failed."""
    return gxe.ExpectColumnValuesToBeInSet(
        column="outcome",
        value_set=list(ACCEPTED_OUTCOMES),
        row_condition=Column("rule_id") == rule.rule_id,
        description=f"{rule.rule_id} ({rule.severity}): {rule.title} — no check of the rule failed",
        severity=GX_SEVERITY[rule.severity],
        meta={"rule_id": rule.rule_id, "severity": rule.severity, "rule": rule.title},
    )


def build_suite(name: str, rules: tuple[Rule, ...]) -> gx.ExpectationSuite:
    """A suite of one expectation per rule plus the structural expectations over those rules' rows."""
    suite = gx.ExpectationSuite(name=name, meta={"rule_ids": [rule.rule_id for rule in rules]})
    for rule in rules:
        suite.add_expectation(rule_expectation(rule))
    suite.add_expectation(
        gxe.ExpectColumnValuesToBeInSet(
            column="outcome",
            value_set=list(OUTCOMES),
            row_condition=_rules_condition(rules),
            description="every outcome is passed, failed, not_applicable or insufficient_data",
            meta={"rule_id": "*"},
        )
    )
    suite.add_expectation(
        gxe.ExpectColumnValuesToNotBeNull(
            column="tolerance",
            row_condition=_rules_condition(rules) & Column("outcome").is_in(["passed", "failed"]),
            description="every compared check carries the tolerance derived from its figures' printed precision",
            meta={"rule_id": "*"},
        )
    )
    return suite

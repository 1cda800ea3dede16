"""Reconciliation suites (R01–R23) as code: one Great Expectations suite per area over the rows of
``rec_reconciliation_checks``, run by :func:`run_reconciliation`."""

from expectations.rules import RULE_BY_ID, RULES, Rule
from expectations.runner import ReconciliationError, ReconciliationReport, run_reconciliation

__all__ = ["RULES", "RULE_BY_ID", "ReconciliationError", "ReconciliationReport", "Rule", "run_reconciliation"]

"""Reconciliation suites (R01–R24) as code: one Great Expectations suite per area over the rows of
``rec_reconciliation_checks``, run by :func:`run_reconciliation`.

The runner's names are imported on first use (PEP 562): Great Expectations takes ~3.5 s to import,
and what only formats a report or reads the rules (``juesuan.review`` in every refresh, before a
refresh that is refused at its plan) should not pay for it."""

from typing import TYPE_CHECKING

from expectations.rules import RULE_BY_ID, RULES, Rule

if TYPE_CHECKING:
    from expectations.runner import ReconciliationError, ReconciliationReport, run_reconciliation

_RUNNER_NAMES = frozenset({"ReconciliationError", "ReconciliationReport", "run_reconciliation"})

__all__ = ["RULES", "RULE_BY_ID", "ReconciliationError", "ReconciliationReport", "Rule", "run_reconciliation"]


def __getattr__(name: str) -> object:
    if name in _RUNNER_NAMES:
        from expectations import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

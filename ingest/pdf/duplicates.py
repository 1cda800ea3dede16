"""Figures printed twice in one document with two different values (rule R14).

Two records state the same figure when they share a key: a Metric by (stage, metric), a
FunctionalItem by (stage, scope, 功能分类 code, measure), an EconomicItem by (stage, code). The
scope keeps apart tables that measure different things for the same code — income by function
(收入决算表) is not expenditure (支出决算表), and 一般公共预算 appropriations are a part of all
funds. Two values conflict when they differ by more than half a unit of the coarser printed
precision (``6.2`` and ``6.20`` 万元 agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ingest.pdf.table_records import CLASS_CODES
from ingest.records import EconomicItem, FunctionalItem, Metric, Record

# What the figures of a table (or the prose) measure, by origin: all_funds (every source of money:
# 财政拨款, 事业收入, 其他收入 …), income (income by function), fiscal (all 财政拨款), general_budget
# (一般公共预算), government_fund (政府性基金), state_capital (国有资本经营). The warehouse's fund
# scopes (seeds/functional_origin_scopes.csv) are the same names.
SCOPE_BY_ORIGIN: dict[str, str] = {
    "table:收入支出决算总表": "all_funds",
    "table:支出决算表": "all_funds",
    "table:财务收支预算总表": "all_funds",
    "table:支出预算总表": "all_funds",
    "table:收入决算表": "income",
    "table:收入预算总表": "income",
    "table:财政拨款收入支出决算总表": "fiscal",
    "table:财政拨款收支预算总表": "fiscal",
    "table:一般公共预算财政拨款支出决算表": "general_budget",
    "table:一般公共预算支出功能分类预算表": "general_budget",
    "table:政府性基金预算财政拨款收入支出决算表": "government_fund",
    "table:政府性基金预算支出功能分类预算表": "government_fund",
    "table:国有资本经营预算财政拨款收入支出决算表": "state_capital",
    "table:国有资本经营预算支出功能分类预算表": "state_capital",
    # The prose states 功能分类 figures in its 一般公共预算财政拨款支出 section.
    "narrative": "general_budget",
}


@dataclass(frozen=True)
class DuplicateConflict:
    """One figure stated twice with two values."""

    key: tuple[str, ...]
    first: Record
    second: Record
    first_value: Decimal
    second_value: Decimal

    @property
    def difference(self) -> Decimal:
        return self.second_value - self.first_value


def figure_keys(record: Record) -> list[tuple[tuple[str, ...], Decimal, Decimal | None]]:
    """``(key, value, ulp)`` for each figure a record states (empty for other records)."""
    if isinstance(record, Metric):
        out = []
        if record.value is not None:
            out.append((("metric", record.stage, record.metric, "value"), record.value, record.ulp))
        if record.budget_value is not None:
            out.append((("metric", record.stage, record.metric, "budget"), record.budget_value, record.ulp))
        return out
    if isinstance(record, FunctionalItem):
        scope = SCOPE_BY_ORIGIN.get(record.origin, record.origin)
        code = record.code or (CLASS_CODES.get(record.class_name or "") if record.level == "类" else None)
        if code is None:
            return []
        measures = (("amount", record.amount_yuan), ("basic", record.basic_yuan), ("project", record.project_yuan))
        return [
            (("functional", record.stage, scope, code, name), value, record.ulp_yuan)
            for name, value in measures
            if value is not None
        ]
    if isinstance(record, EconomicItem) and record.code and record.amount_yuan is not None:
        return [(("economic", record.stage, record.code), record.amount_yuan, record.ulp_yuan)]
    return []


def _agree(a: Decimal, ulp_a: Decimal | None, b: Decimal, ulp_b: Decimal | None) -> bool:
    tolerance = max(ulp_a or Decimal(0), ulp_b or Decimal(0)) / 2
    return abs(a - b) <= tolerance


def find_conflicting_duplicates(records: list[Record]) -> list[DuplicateConflict]:
    """Every pair of records that state the same figure with values that disagree.

    Each later statement is compared with the first statement of its key, in record order.
    """
    first_seen: dict[tuple[str, ...], tuple[Record, Decimal, Decimal | None]] = {}
    conflicts: list[DuplicateConflict] = []
    for record in records:
        for key, value, ulp in figure_keys(record):
            if key not in first_seen:
                first_seen[key] = (record, value, ulp)
                continue
            first, first_value, first_ulp = first_seen[key]
            if not _agree(first_value, first_ulp, value, ulp):
                conflicts.append(DuplicateConflict(key, first, record, first_value, value))
    return conflicts

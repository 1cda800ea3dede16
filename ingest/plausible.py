"""Money no disclosure prints: a figure of ten 万亿元 (10¹³ 元) or more.

No county, city or province states a figure that large (a province's whole budget is some 万亿元); such a
number is the digits of a row's cells run together — a table printed without separators between its cells, as
a mirror's preview text prints it (``税收收入 | 401 | 431 | 431 | 100 | 748`` as ``税收收入401431431100748``), whose
parts cannot be told apart. A record holding one is left out with a parse warning: a wrong figure is worse than a
missing one (:func:`without_run_together_money`, run over every record of a document).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from ingest.records import ParseWarning, Record

MAX_MONEY_YUAN = Decimal("1e13")
# The money fields of a record whose ``unit`` is 元 (a Metric's, a StatedFigure's); a field named ``…_yuan`` is
# money whatever the record.
YUAN_UNIT_FIELDS = frozenset({"value", "prior_year_value", "change_value", "budget_value"})
RUN_TOGETHER = ("a figure of ten 万亿元 or more: the digits of a row's cells run together (printed without "
                "separators), which cell holds which cannot be told — left out")


@cache
def _money_fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """(name, whether it is money only where the record's unit is 元) of each money field of ``cls``."""
    names = [field.name for field in dataclasses.fields(cls)]
    return tuple(
        (name, name in YUAN_UNIT_FIELDS) for name in names if name.endswith("_yuan") or name in YUAN_UNIT_FIELDS
    )


def _run_together(record: Record) -> bool:
    for name, needs_unit in _money_fields(type(record)):
        value = getattr(record, name)
        if isinstance(value, Decimal) and abs(value) >= MAX_MONEY_YUAN and (
            not needs_unit or getattr(record, "unit", None) == "yuan"
        ):
            return True
    return False


def without_run_together_money(records: Sequence[Record]) -> list[Record]:
    """``records`` without those holding money of ten 万亿元 or more, a warning at the line of each."""
    out: list[Record] = []
    for record in records:
        if _run_together(record):
            context = (getattr(record, "context", None) or "")[:120] or None
            out.append(ParseWarning(parser="document", message=RUN_TOGETHER, context=context,
                                    source_line=record.source_line, source_page=record.source_page))
        else:
            out.append(record)
    return out

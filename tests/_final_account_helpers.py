"""Lookup helpers shared by the final-account tests (not a test module)."""

from __future__ import annotations

from decimal import Decimal

from ingest.records import EconomicItem, FunctionalItem, Metric, Record, SectionStatus


def metric(records: list[Record], key: str) -> Metric:
    found = [r for r in records if isinstance(r, Metric) and r.metric == key]
    assert len(found) == 1, f"{key}: {found}"
    return found[0]


def wan(text: str) -> Decimal:
    """A 万元 figure in 元."""
    return (Decimal(text) * 10000).quantize(Decimal("0.01"))


def items(records: list[Record], level: str = "项") -> list[FunctionalItem]:
    return [r for r in records if isinstance(r, FunctionalItem) and r.level == level]


def item(records: list[Record], name: str, kuan: str | None = None) -> FunctionalItem:
    found = [r for r in items(records) if r.item_name == name and (kuan is None or r.kuan_name == kuan)]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def economic(records: list[Record], name: str) -> EconomicItem:
    found = [r for r in records if isinstance(r, EconomicItem) and r.name == name]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def status(records: list[Record], section: str) -> SectionStatus:
    return next(r for r in records if isinstance(r, SectionStatus) and r.section == section)


def narrative(records: list[Record]) -> list[Record]:
    """The records of the narrative parsers (not those of the performance tables after it)."""
    return [r for r in records if isinstance(r, (Metric, FunctionalItem, EconomicItem, SectionStatus))]

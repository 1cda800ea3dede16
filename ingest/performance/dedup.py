"""Tables printed more than once (Zengdu prints project tables in part three and again in an annex).

Copies are recognised by project name (and code). The first copy is kept with
``copy_count`` set to the number of copies; every figure of the other copies (funds, indicator
targets, actual values, scores, totals) is compared with it, and each disagreement becomes a
note on the kept table — a ParseWarning that names the field and both values.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ingest.performance.project_table import ProjectTable


def _identity(table: ProjectTable) -> tuple[str, str]:
    return (table.code or "", table.name or "")


def figures(table: ProjectTable) -> dict[str, Any]:
    """The comparable figures of a table, keyed by a readable field path."""
    out: dict[str, Any] = {
        "total_weight": table.total_weight,
        "total_score": table.total_score,
        "indicator_count": len(table.indicators),
    }
    for row in table.funding:
        for name in ("initial", "full_year", "executed", "weight", "rate", "score"):
            out[f"funding[{row.label}].{name}"] = _norm(getattr(row, name))
    for position, row in enumerate(table.indicators):
        label = f"indicator[{position + 1}:{row.level3}]"
        out[f"{label}.target"] = _value(row.target.operator, row.target.value, row.target.unit, row.target.raw)
        out[f"{label}.actual"] = _value(None, row.actual.value, row.actual.unit, row.actual.raw)
        out[f"{label}.weight"] = _norm(row.weight)
        out[f"{label}.score"] = _norm(row.score)
    return out


def _value(operator: str | None, value: Decimal | None, unit: str | None, raw: str | None) -> str | None:
    """One comparable text for a target/actual: ``>=95%``; the raw text when there is no figure."""
    if value is None:
        return _norm(raw)
    return f"{operator or ''}{_norm(value)}{unit or ''}"


def _norm(value: Any) -> Any:
    """Compare ``5.30`` and ``5.3`` as equal (printed plainly); strings without spaces."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, str):
        return "".join(value.split())
    return value


def differences(kept: ProjectTable, copy: ProjectTable) -> list[str]:
    """Human-readable list of the figures on which two copies disagree."""
    a, b = figures(kept), figures(copy)
    out = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            out.append(f"{key}: {a.get(key)} (line {kept.line}) vs {b.get(key)} (line {copy.line})")
    return out


def deduplicate(tables: list[ProjectTable]) -> list[ProjectTable]:
    """Keep the first copy of each project table; count copies and note disagreements."""
    kept: dict[tuple[str, str], ProjectTable] = {}
    order: list[ProjectTable] = []
    for table in tables:
        key = _identity(table)
        if not table.name or key not in kept:
            if table.name:
                kept[key] = table
            order.append(table)
            continue
        first = kept[key]
        first.copy_count += 1
        diffs = differences(first, table)
        if diffs:
            first.note(
                table.line,
                f"the copy of this table at line {table.line} disagrees with the one at line {first.line} "
                f"on {len(diffs)} figure(s); the first copy was kept",
                "; ".join(diffs),
            )
    return order

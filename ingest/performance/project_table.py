"""One project self-evaluation table as read, before it becomes records.

The layout readers (:mod:`~ingest.performance.self_evaluation` for tab-separated and
cell-per-line tables, :mod:`~ingest.performance.wrapped` for hard-wrapped PDF text) fill a
:class:`ProjectTable`; :mod:`~ingest.performance.dedup` merges repeated copies; and
:func:`table_records` turns it into Project, ProjectFunding, Indicator, Goal and ParseWarning
records with a document-wide ``project_key``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ingest.numbers import to_amount
from ingest.performance.indicator_values import IndicatorValue, with_unit_from_name
from ingest.records import Goal, Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.value_lines import FUNDING_FIGURES, PROJECT_FIGURES, TOTAL_FIGURES, value_lines

PARSER_NAME = "performance.self_evaluation"
DEFAULT_MONEY_UNIT = "万元"
# 目标1: … 目标2: … items inside a 年度总体目标 cell.
GOAL_ITEM_RE = re.compile(r"目标\s*\d+\s*[:：]")
# A project code printed before the name: 51322322T000005968529-东西部协作对口联络站建设
# A body's budget code printed before its name (046-霍山县残疾人联合会, [103]某某局, 046001 - 某某局): not the name.
BUDGET_CODE_BEFORE_RE = re.compile(r"^\s*(?:\[\d{2,12}\]|\d{2,12}\s*[-－—_])\s*(?=[\u4e00-\u9fff])")


def _without_budget_code(name: str | None) -> str | None:
    """``name`` without a budget code printed before it (see :data:`BUDGET_CODE_BEFORE_RE`)."""
    return BUDGET_CODE_BEFORE_RE.sub("", name) if name else name


PROJECT_CODE_RE = re.compile(r"^([0-9A-Z]{12,})\s*[-－—_]\s*(.+)$")
# A funds row's columns, in the order of a project's figures (ingest/value_lines.py names).
FUNDS_COLUMNS = ("initial", "full_year", "executed", "rate", "weight", "score")


# The note a table reader leaves on a funds row whose figures it could not place (dropped where another reader
# then reads that row: :func:`ingest.performance.funds_block.with_funds_blocks`).
UNREAD_FUNDS_ROW = "funds row could not be read"


@dataclass
class FundingRow:
    """A 年度资金总额 / 财政拨款 / 上年结转 / 其他资金 row; amounts as printed."""

    source: str  # total / fiscal / carryover / special_account (财政专户) / unit_own (单位资金) / other
    label: str
    line: int
    initial: str | None = None
    full_year: str | None = None
    executed: str | None = None
    weight: Decimal | None = None
    rate: Decimal | None = None
    score: Decimal | None = None
    # the line of each figure's cell, by its column (initial, full_year, executed, rate, weight, score)
    lines: dict[str, int] = field(default_factory=dict)


@dataclass
class IndicatorRow:
    """One 三级指标 row with its inherited levels."""

    line: int
    level1: str | None
    level2: str | None
    level3: str
    target: IndicatorValue
    actual: IndicatorValue
    weight: Decimal | None = None
    score: Decimal | None = None
    reason: str | None = None
    value_lines: str | None = None  # its figures printed off its line (ingest/value_lines.py)


@dataclass
class TableNote:
    """Something the reader could not read fully (becomes a ParseWarning)."""

    line: int
    message: str
    context: str | None = None


@dataclass
class ProjectTable:
    """Everything read from one 项目支出绩效自评表."""

    line: int
    layout: str
    name: str | None = None
    code: str | None = None
    competent_department: str | None = None
    implementing_unit: str | None = None
    money_unit: str = DEFAULT_MONEY_UNIT
    funding: list[FundingRow] = field(default_factory=list)
    goal_text: str | None = None
    achievement_text: str | None = None
    goal_line: int | None = None
    indicators: list[IndicatorRow] = field(default_factory=list)
    total_weight: Decimal | None = None
    total_score: Decimal | None = None
    # the lines of the 总分 / 合计 row's cells its totals were read from (TOTAL_FIGURES names), where known
    total_lines: dict[str, int] = field(default_factory=dict)
    notes: list[TableNote] = field(default_factory=list)
    copy_count: int = 1
    # printed one cell per line (its name alone after 项目名称): its indicators are the stream reader's
    cell_per_line: bool = False

    def note(self, line: int, message: str, context: str | None = None) -> None:
        self.notes.append(TableNote(line=line, message=message, context=context))

    def set_name(self, text: str) -> None:
        """项目名称 cell, splitting off a printed project code."""
        text = text.strip()
        match = PROJECT_CODE_RE.match(text)
        if match:
            self.code, self.name = match.group(1), match.group(2).strip()
        else:
            self.name = text or None

    @property
    def total_funding(self) -> FundingRow | None:
        return next((row for row in self.funding if row.source == "total"), None)


@functools.lru_cache(maxsize=4096)  # a pure function of repeated spellings; Decimals are immutable
def _yuan(text: str | None, unit: str) -> tuple[Decimal | None, Decimal | None]:
    if text is None:
        return None, None
    cleaned = text.replace(" ", "")
    for suffix in ("万元", "元", "万"):
        if cleaned.endswith(suffix):
            unit = "万元" if suffix == "万" else suffix
            cleaned = cleaned[: -len(suffix)]
            break
    amount = to_amount(cleaned, unit)
    return (amount.yuan, amount.ulp_yuan) if amount else (None, None)


def goal_items(text: str) -> list[str]:
    """Split a 年度总体目标 text into its 目标1 / 目标2 … items (the whole text if unnumbered)."""
    starts = [match.start() for match in GOAL_ITEM_RE.finditer(text)]
    if len(starts) < 2:
        return [text.strip()] if text.strip() else []
    items = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    head = text[: starts[0]].strip()
    return ([head] if head else []) + [item for item in items if item]


def _figure_lines(
    own_line: int, row: FundingRow | None, names: tuple[str, ...], values: tuple[object, ...]
) -> str | None:
    """``value_lines`` of a record at ``own_line`` holding a funds row's figures ``values`` (named
    ``names``, in the order of :data:`FUNDS_COLUMNS`): the lines of the row's cells they were read from."""
    if row is None or not row.lines:
        return None
    return value_lines(own_line, [
        (name, row.lines.get(column))
        for name, column, value in zip(names, FUNDS_COLUMNS, values, strict=False)
        if value is not None
    ])


def _with_total_lines(table: ProjectTable, lines: str | None) -> str | None:
    """A project's ``value_lines`` (its funds row's figures) with the lines of its 总分 / 合计 row's figures
    read off the project's line (a table printed one cell per line: ``合计`` / ``100``)."""
    totals = value_lines(table.line, [
        (name, table.total_lines.get(name))
        for name, value in zip(TOTAL_FIGURES, (table.total_weight, table.total_score), strict=True)
        if value is not None
    ])
    return ";".join(part for part in (lines, totals) if part) or None


def table_records(table: ProjectTable, project_key: str) -> list[Record]:
    """The records of one table: Project, its funding rows, goals, indicators and warnings."""
    records: list[Record] = []
    total = table.total_funding
    initial, ulp = _yuan(total.initial, table.money_unit) if total else (None, None)
    full_year, ulp_full = _yuan(total.full_year, table.money_unit) if total else (None, None)
    executed, _ = _yuan(total.executed, table.money_unit) if total else (None, None)
    records.append(
        Project(
            source_line=table.line,
            project_key=project_key,
            name=table.name or "",
            code=table.code,
            competent_department=_without_budget_code(table.competent_department),
            implementing_unit=_without_budget_code(table.implementing_unit),
            budget_initial_yuan=initial,
            budget_full_year_yuan=full_year,
            executed_yuan=executed,
            execution_rate=total.rate if total else None,
            funds_weight=total.weight if total else None,
            funds_score=total.score if total else None,
            total_weight=table.total_weight,
            total_score=table.total_score,
            goal_text=table.goal_text,
            achievement_text=table.achievement_text,
            copy_count=table.copy_count,
            ulp_yuan=ulp or ulp_full,
            value_lines=_with_total_lines(table, _figure_lines(
                table.line, total, PROJECT_FIGURES,
                (initial, full_year, executed, *((total.rate, total.weight, total.score) if total else ())),
            )),
        )
    )
    for row in table.funding:
        initial, ulp = _yuan(row.initial, table.money_unit)
        full_year, ulp_full = _yuan(row.full_year, table.money_unit)
        executed, ulp_exec = _yuan(row.executed, table.money_unit)
        if initial is None and full_year is None and executed is None:
            continue  # a funding row printed with no figures (其他资金 left blank)
        records.append(
            ProjectFunding(
                source_line=row.line,
                project_key=project_key,
                source=row.source,
                label=row.label,
                budget_initial_yuan=initial,
                budget_full_year_yuan=full_year,
                executed_yuan=executed,
                execution_rate=row.rate,
                ulp_yuan=ulp or ulp_full or ulp_exec,
                value_lines=_figure_lines(row.line, row, FUNDING_FIGURES, (initial, full_year, executed, row.rate)),
            )
        )
    if table.goal_text:
        for item in goal_items(table.goal_text):
            records.append(Goal(source_line=table.goal_line or table.line, project_key=project_key, text=item))
    for row in table.indicators:
        # only a bare figure takes a unit from the indicator's name (most values have a unit or no figure)
        target, actual = row.target, row.actual
        if target.value is not None and target.unit is None:
            target = with_unit_from_name(target, row.level3)
        if actual.value is not None and actual.unit is None:
            actual = with_unit_from_name(actual, row.level3)
        records.append(
            Indicator(
                source_line=row.line,
                project_key=project_key,
                stage="self_evaluation",
                level1_name=row.level1,
                level2_name=row.level2,
                level3_name=row.level3,
                target_raw=target.raw,
                target_operator=target.operator,
                target_value=target.value,
                target_unit=target.unit,
                actual_raw=actual.raw,
                actual_value=actual.value,
                actual_unit=actual.unit,
                weight=row.weight,
                score=row.score,
                deviation_reason=row.reason,
                target_parsed=target.parsed,
                value_lines=row.value_lines,
            )
        )
    for note in table.notes:
        context = f"{table.name or '?'}: {note.context}" if note.context else table.name
        records.append(ParseWarning(source_line=note.line, parser=PARSER_NAME, message=note.message, context=context))
    return records

"""Running the reconciliation suites on a built warehouse and recording what they found.

:func:`run_reconciliation` appends every row of ``rec_reconciliation_checks`` (built by dbt from
the staging models) to ``audit.reconciliation_results`` with the run id (``insert … select`` in
DuckDB), counts outcomes per rule in SQL, validates the rows that matter with one Great
Expectations suite per area in an ephemeral context, builds the Data Docs HTML, and returns a
:class:`ReconciliationReport`.

Memory does not grow with the corpus: pandas only ever holds the failed checks (the findings)
and, for Great Expectations, at most :data:`GX_ROWS_PER_GROUP` rows of each rule × outcome ×
(tolerance missing or not). Every row that could break an expectation (a failed outcome, an
outcome outside the set, a compared check without tolerance) falls in a group of its own, so
each expectation succeeds or fails exactly as it would on every row; only the row counts the
Data Docs show are those of the bounded frame.

A failed check is a finding about a document, not an error of the run: the run fails only
when the failures at or above ``fail_on`` severity exceed ``max_failures``
(:attr:`ReconciliationReport.exceeds_threshold`).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from expectations import (
    basic_expenditure,
    consistency,
    cross_document,
    functional_breakdown,
    performance,
    procurement,
    summary_balances,
    three_public,
)
from expectations._suite import ROW_ID_COLUMNS
from expectations.offline_docs import make_offline
from expectations.rules import RULES, SEVERITIES

CHECKS_TABLE = "rec_reconciliation_checks"
FINDINGS_TABLE = "fct_review_finding"
RESULTS_TABLE = "audit.reconciliation_results"
DATA_DOCS_SITE = "reconciliation"
SUITE_BUILDERS = (summary_balances, functional_breakdown, basic_expenditure, three_public, procurement, performance,
                  cross_document, consistency)
FAIL_ON_LEVELS = ("error", "warning", "none")
NUMERIC_COLUMNS = ("expected", "actual", "difference", "tolerance")
WAN = Decimal(10000)
# Rows per rule × outcome × (tolerance is null) handed to Great Expectations.
GX_ROWS_PER_GROUP = 1000

RESULTS_DDL = f"""
create schema if not exists audit;
create table if not exists {RESULTS_TABLE} (
    run_id varchar not null,
    document_id varchar not null,
    rule_id varchar not null,
    check_key varchar not null,
    description varchar,
    expected decimal(24, 6),
    actual decimal(24, 6),
    difference decimal(24, 6),
    tolerance decimal(24, 6),
    unit varchar,                     -- yuan / percent / score
    passed boolean,                   -- null when not_applicable or insufficient_data
    outcome varchar not null,         -- passed / failed / not_applicable / insufficient_data
    severity varchar not null,        -- error / warning
    source_lines varchar,
    checked_at timestamp not null
);
"""


class ReconciliationError(RuntimeError):
    """The reconciliation could not run (no warehouse, no checks table); the message is one line."""


@dataclass(frozen=True)
class RuleSummary:
    """One rule over every document: how many documents it checked and what it found."""

    rule_id: str
    title: str
    severity: str
    checks: int
    documents_checked: int  # documents with at least one compared check
    passed: int  # documents whose every compared check passed
    failed: int
    not_applicable: int
    insufficient_data: int
    suite_success: bool | None = None  # what Great Expectations said of the rule's expectation


@dataclass(frozen=True)
class Failure:
    """One failed check: the document, both sides and their difference."""

    document_id: str
    document: str
    rule_id: str
    severity: str
    check_key: str
    description: str
    expected: Decimal | None
    actual: Decimal | None
    difference: Decimal | None
    tolerance: Decimal | None
    unit: str | None
    source_lines: str | None
    outcome: str = "failed"  # or insufficient_data
    department: str | None = None
    fiscal_year: int | None = None
    stated_page: int | None = None
    stated_line: int | None = None
    implied_page: int | None = None
    implied_line: int | None = None
    snippet: str | None = None

    @property
    def where(self) -> str:
        """Page and line of the stated side, then of the implied one: ``p21 L14 ← p13 L27``."""
        def at(page: int | None, line: int | None) -> str:
            return " ".join(x for x in (f"p{page}" if page else "", f"L{line}" if line else "") if x)
        stated, implied = at(self.stated_page, self.stated_line), at(self.implied_page, self.implied_line)
        return f"{stated} ← {implied}" if implied and implied != stated else stated


@dataclass
class ReconciliationReport:
    """What one reconciliation run found, per rule and per failed check."""

    run_id: str
    rules: list[RuleSummary]
    failures: list[Failure]
    documents: int
    insufficient: list[Failure] = field(default_factory=list)  # checks a parser lacked a figure for
    fail_on: str = "error"
    max_failures: int = 0
    suite_success: dict[str, bool] = field(default_factory=dict)
    data_docs_index: Path | None = None

    @property
    def error_failures(self) -> int:
        return sum(1 for f in self.failures if f.severity == "error")

    @property
    def warning_failures(self) -> int:
        return sum(1 for f in self.failures if f.severity == "warning")

    @property
    def counted_failures(self) -> int:
        """Failures at or above the ``fail_on`` severity."""
        if self.fail_on == "none":
            return 0
        levels = SEVERITIES[: SEVERITIES.index(self.fail_on) + 1]
        return sum(1 for f in self.failures if f.severity in levels)

    @property
    def exceeds_threshold(self) -> bool:
        """True when the run should fail: more counted failures than ``max_failures``."""
        return self.counted_failures > self.max_failures

    def threshold_message(self) -> str:
        """One line saying whether the findings exceed the threshold."""
        return (
            f"{self.counted_failures} failed check(s) of severity ≥ {self.fail_on} "
            f"({'exceeds' if self.exceeds_threshold else 'within'} the threshold of {self.max_failures})"
        )

    def format_table(self, limit: int | None = None) -> str:
        """The summary per rule, then every failure (the first ``limit``) with both sides and the difference."""
        from expectations.report_format import format_report

        return format_report(self, limit)


def _checks_schema(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(
        "select table_schema from information_schema.tables where table_name = ? "
        "order by table_schema = 'reconciliation' desc, table_schema limit 1",
        [CHECKS_TABLE],
    ).fetchone()
    if row is None:
        raise ReconciliationError(f"no {CHECKS_TABLE} table: build the warehouse (dbt build) before validating")
    return str(row[0])


def _document_name(con: duckdb.DuckDBPyConnection) -> tuple[str, str]:
    """The expression naming a check's document (its file name when ``raw.documents`` exists) and its join."""
    has_documents = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'raw' and table_name = 'documents'"
    ).fetchone()[0]  # type: ignore[index]
    if not has_documents:
        return "c.document_id", ""
    return "coalesce(d.file_name, c.document_id)", "left join raw.documents as d on c.document_id = d.document_id"


def _read_findings(con: duckdb.DuckDBPyConnection, schema: str) -> pd.DataFrame:
    """The failed and insufficient checks: the rows of ``marts.fct_review_finding`` when the
    warehouse has it (department, year, page and line of both sides), else the bare checks."""
    has_mart = con.execute(
        "select count(*) from information_schema.tables where table_schema = 'marts' and table_name = ?",
        [FINDINGS_TABLE],
    ).fetchone()[0]  # type: ignore[index]
    if has_mart:
        return con.execute(
            "select f.document_id, coalesce(f.file_name, f.document_id) as document, f.rule_id, f.severity, "
            "f.check_key, f.checked as description, f.implied_value as expected, f.stated_value as actual, "
            "f.difference, f.tolerance, f.unit, f.source_lines, f.outcome, f.department_name as department, "
            "f.fiscal_year, f.stated_page, f.stated_line, f.implied_page, f.implied_line, f.snippet "
            f"from marts.{FINDINGS_TABLE} as f order by f.document_id, f.rule_id, f.check_key"
        ).df()
    name, join = _document_name(con)
    return con.execute(
        f"select c.*, {name} as document from {schema}.{CHECKS_TABLE} as c {join} "
        "where c.outcome in ('failed', 'insufficient_data') order by c.document_id, c.rule_id, c.check_key"
    ).df()


def _read_validation_rows(con: duckdb.DuckDBPyConnection, schema: str) -> pd.DataFrame:
    """A bounded frame for Great Expectations: up to ``GX_ROWS_PER_GROUP`` rows of each rule ×
    outcome × (tolerance is null), so every kind of row an expectation looks at is present."""
    name, join = _document_name(con)
    return con.execute(
        f"select c.*, {name} as document from {schema}.{CHECKS_TABLE} as c {join} "
        "qualify row_number() over (partition by c.rule_id, c.outcome, c.tolerance is null "
        "order by c.document_id, c.check_key) <= ? "
        "order by c.document_id, c.rule_id, c.check_key",
        [GX_ROWS_PER_GROUP],
    ).df()


def _rule_counts(con: duckdb.DuckDBPyConnection, schema: str) -> tuple[dict[str, dict[str, int]], int]:
    """Per rule: checks (``check_key`` not ``*``) and documents per document outcome; and the documents."""
    rows = con.execute(
        f"""
        with per_document as (
            select rule_id, document_id,
                   case when bool_or(outcome = 'failed') then 'failed'
                        when bool_or(outcome = 'passed') then 'passed'
                        when bool_or(outcome = 'insufficient_data') then 'insufficient_data'
                        else 'not_applicable' end as outcome,
                   count(*) filter (where check_key <> '*') as checks
            from {schema}.{CHECKS_TABLE}
            group by rule_id, document_id
        )
        select rule_id, outcome, count(*), sum(checks) from per_document group by rule_id, outcome
        """
    ).fetchall()
    counts: dict[str, dict[str, int]] = {}
    for rule_id, outcome, documents, checks in rows:
        per_rule = counts.setdefault(rule_id, {})
        per_rule[outcome] = int(documents)
        per_rule["checks"] = per_rule.get("checks", 0) + int(checks or 0)
    documents = con.execute(f"select count(distinct document_id) from {schema}.{CHECKS_TABLE}").fetchone()[0]  # type: ignore[index]
    return counts, int(documents)


def _record_results(con: duckdb.DuckDBPyConnection, schema: str, run_id: str, checked_at: dt.datetime) -> None:
    con.execute(RESULTS_DDL)
    con.execute("begin transaction")
    try:
        con.execute(f"delete from {RESULTS_TABLE} where run_id = ?", [run_id])
        con.execute(
            f"""
            insert into {RESULTS_TABLE}
            select ?, document_id, rule_id, check_key, description, expected, actual, difference, tolerance, unit,
                   case outcome when 'passed' then true when 'failed' then false end,
                   outcome, severity, source_lines, ?
            from {schema}.{CHECKS_TABLE}
            """,
            [run_id, checked_at],
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def _validate(frame: pd.DataFrame, run_id: str, data_docs_dir: Path | None) -> tuple[dict[str, bool], dict[str, bool]]:
    """Run every suite on ``frame``; return success per suite and per rule (from the expectations' meta)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    sites = {}
    if data_docs_dir is not None:
        sites[DATA_DOCS_SITE] = {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(data_docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
        analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False),
        data_docs_sites=sites,
    )
    context = gx.get_context(mode="ephemeral", project_config=config)
    asset = context.data_sources.add_pandas("warehouse").add_dataframe_asset(CHECKS_TABLE)
    batch = asset.add_batch_definition_whole_dataframe("all documents")
    definitions = []
    for module in SUITE_BUILDERS:
        suite = context.suites.add(module.build())
        definitions.append(
            context.validation_definitions.add(gx.ValidationDefinition(name=suite.name, data=batch, suite=suite))
        )
    # No UpdateDataDocsAction: it rebuilds the whole site after every suite; one build at the end.
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(
            name="reconciliation",
            validation_definitions=definitions,
            result_format={
                "result_format": "SUMMARY",
                "unexpected_index_column_names": ROW_ID_COLUMNS,
                "partial_unexpected_count": 20,
            },
        )
    )
    result = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=gx.RunIdentifier(run_name=run_id))
    suite_success: dict[str, bool] = {}
    rule_success: dict[str, bool] = {}
    for validation in result.run_results.values():
        suite_success[validation.suite_name] = bool(validation.success)
        for expectation_result in validation.results:
            rule_id = (expectation_result.expectation_config.meta or {}).get("rule_id")
            if rule_id and rule_id != "*":
                rule_success[rule_id] = bool(expectation_result.success)
    if sites:
        context.build_data_docs(site_names=[DATA_DOCS_SITE])
        make_offline(data_docs_dir)  # type: ignore[arg-type]  # CDN assets → vendored copies
    return suite_success, rule_success


def _summaries(counts: dict[str, dict[str, int]], rule_success: dict[str, bool]) -> list[RuleSummary]:
    summaries = []
    for rule in RULES:
        per_rule = counts.get(rule.rule_id, {})
        summaries.append(
            RuleSummary(
                rule_id=rule.rule_id,
                title=rule.title,
                severity=rule.severity,
                checks=per_rule.get("checks", 0),
                documents_checked=per_rule.get("passed", 0) + per_rule.get("failed", 0),
                passed=per_rule.get("passed", 0),
                failed=per_rule.get("failed", 0),
                not_applicable=per_rule.get("not_applicable", 0),
                insufficient_data=per_rule.get("insufficient_data", 0),
                suite_success=rule_success.get(rule.rule_id),
            )
        )
    return summaries


def _decimal(value: object) -> Decimal | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[arg-type]


def _text(row: object, name: str) -> str | None:
    value = getattr(row, name, None)
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _failures(failed: pd.DataFrame) -> list[Failure]:
    return [
        Failure(
            document_id=row.document_id,
            document=row.document,
            rule_id=row.rule_id,
            severity=row.severity,
            check_key=row.check_key,
            description=_text(row, "description") or "",
            expected=_decimal(row.expected),
            actual=_decimal(row.actual),
            difference=_decimal(row.difference),
            tolerance=_decimal(row.tolerance),
            unit=row.unit,
            source_lines=_text(row, "source_lines"),
            outcome=row.outcome,
            department=_text(row, "department"),
            fiscal_year=_int(getattr(row, "fiscal_year", None)),
            stated_page=_int(getattr(row, "stated_page", None)),
            stated_line=_int(getattr(row, "stated_line", None)),
            implied_page=_int(getattr(row, "implied_page", None)),
            implied_line=_int(getattr(row, "implied_line", None)),
            snippet=_text(row, "snippet"),
        )
        for row in failed.itertuples(index=False)
    ]


def _first_clause(message: str) -> str:
    """DuckDB's message up to its first full stop (``IO Error: Could not set lock on file "…": Conflicting lock
    is held in … (PID 4217)``), on one line."""
    return " ".join(message.split(". ")[0].split())


def run_reconciliation(
    db_path: Path,
    run_id: str,
    *,
    data_docs_dir: Path | None = None,
    build_data_docs: bool = True,
    fail_on: str = "error",
    max_failures: int = 0,
) -> ReconciliationReport:
    """Validate the reconciliation rows of ``db_path`` and record them under ``run_id``.

    ``data_docs_dir`` defaults to ``<db dir>/data_docs/`` (``build_data_docs=False`` skips them).
    ``fail_on`` (``error``/``warning``/``none``) and ``max_failures`` set when the report says the
    run should fail; the findings themselves never raise. Raises :class:`ReconciliationError`
    with a one-line reason when the warehouse has no reconciliation rows to validate.
    """
    if fail_on not in FAIL_ON_LEVELS:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON_LEVELS)}, not {fail_on!r}")
    db_path = Path(db_path)
    if not db_path.exists():
        raise ReconciliationError(f"no warehouse at {db_path}: run `juesuan refresh` first")
    docs_dir = (data_docs_dir or db_path.resolve().parent / "data_docs") if build_data_docs else None
    checked_at = dt.datetime.now()
    try:
        connection = duckdb.connect(str(db_path))
    except duckdb.IOException as exc:  # (another process holds the file: a BI tool's reader, a refresh)
        raise ReconciliationError(
            f"{db_path} is open in another process, and validating records its checks in the warehouse: "
            f"retry when it is closed ({_first_clause(str(exc))})"
        ) from exc
    with connection as con:
        schema = _checks_schema(con)
        _record_results(con, schema, run_id, checked_at)
        counts, documents = _rule_counts(con, schema)
        findings = _failures(_read_findings(con, schema))
        gx_frame = _read_validation_rows(con, schema)
    for column in NUMERIC_COLUMNS:
        gx_frame[column] = pd.to_numeric(gx_frame[column].astype("object"), errors="coerce").astype("float64")
    suite_success, rule_success = _validate(gx_frame, run_id, docs_dir)
    return ReconciliationReport(
        run_id=run_id,
        rules=_summaries(counts, rule_success),
        failures=[f for f in findings if f.outcome == "failed"],
        insufficient=[f for f in findings if f.outcome == "insufficient_data"],
        documents=documents,
        fail_on=fail_on,
        max_failures=max_failures,
        suite_success=suite_success,
        data_docs_index=(docs_dir / "index.html") if docs_dir is not None else None,
    )

"""The six analyst queries whose latency the benchmark reports.

They are read from the project when it has them — ``analyses/*.sql`` (dbt analyses, with
``{{ ref('model') }}`` resolved to the schema the model was built in) or
``notebooks/queries.sql`` (statements separated by ``;``, each optionally preceded by a
``-- name: …`` comment) — and otherwise are the six below, written against the marts of
``warehouse-contract.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ANALYSES = PROJECT_ROOT / "analyses"
NOTEBOOK_QUERIES = PROJECT_ROOT / "notebooks" / "queries.sql"
REF_RE = re.compile(r"\{\{\s*ref\(\s*['\"](\w+)['\"]\s*\)\s*\}\}")
SOURCE_RE = re.compile(r"\{\{\s*source\(\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]\s*\)\s*\}\}")
NAME_RE = re.compile(r"^\s*--\s*name:\s*(.+)$", re.M)

FALLBACK: tuple[tuple[str, str], ...] = (
    (
        "headline figures of one year, across departments",
        """
        select d.province, d.prefecture, d.county, d.department_name, m.*
        from marts.mart_department_year m join marts.dim_department d using (department_id)
        where m.fiscal_year = (select max(fiscal_year) from marts.mart_department_year)
        order by d.province, d.prefecture, d.county
        """,
    ),
    (
        "三公经费 by province and year",
        """
        select d.province, f.fiscal_year, sum(f.value) as three_public_yuan,
               count(distinct f.department_id) as departments
        from marts.fct_department_metric f join marts.dim_department d using (department_id)
        where f.metric = 'three_public_total' and f.stage = 'final'
        group by all order by 1, 2
        """,
    ),
    (
        "expenditure by functional class (类) and year",
        """
        select fiscal_year, class_name, sum(amount_yuan) as amount_yuan, count(*) as items
        from marts.fct_expenditure_by_function
        where fund_scope = 'general_budget'
        group by all order by fiscal_year, amount_yuan desc
        """,
    ),
    (
        "projects executed below 80 %",
        """
        select p.*, d.department_name
        from marts.fct_project_performance p join marts.dim_department d using (department_id)
        where p.execution_rate < 80
        order by p.budget_full_year_yuan desc nulls last limit 100
        """,
    ),
    (
        "indicators not met, by indicator level",
        """
        select i.level1_name, i.level2_name, count(*) as indicators,
               count(*) filter (where not f.is_met) as not_met
        from marts.fct_performance_indicator f join marts.dim_indicator i using (indicator_id)
        group by all order by not_met desc
        """,
    ),
    (
        "year-on-year change of total expenditure per department",
        """
        with t as (
            select department_id, fiscal_year, sum(value) as total
            from marts.fct_department_metric
            where metric = 'expenditure_total' and stage = 'final'
            group by all
        )
        select department_id, fiscal_year, total,
               total - lag(total) over (partition by department_id order by fiscal_year) as change_yuan
        from t order by department_id, fiscal_year
        """,
    ),
)


def _model_schemas(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute("select table_name, table_schema from information_schema.tables").fetchall()
    schemas: dict[str, str] = {}
    for name, schema in rows:
        schemas.setdefault(name, schema)
    return schemas


def _resolve(sql: str, schemas: dict[str, str]) -> str:
    sql = REF_RE.sub(lambda m: f"{schemas.get(m.group(1), 'marts')}.{m.group(1)}", sql)
    return SOURCE_RE.sub(lambda m: f"{m.group(1)}.{m.group(2)}", sql)


def _from_notebook(text: str) -> list[tuple[str, str]]:
    out = []
    for i, chunk in enumerate(c for c in text.split(";") if c.strip() and not _only_comments(c)):
        m = NAME_RE.search(chunk)
        out.append((m.group(1).strip() if m else f"query {i + 1}", chunk.strip()))
    return out


def _only_comments(chunk: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in chunk.splitlines())


def analyst_queries(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[str, str]], str]:
    """The queries to time and where they came from."""
    schemas = _model_schemas(con)
    files = sorted(ANALYSES.glob("*.sql")) if ANALYSES.is_dir() else []
    if files:
        queries = [(p.stem, _resolve(p.read_text(encoding="utf-8"), schemas)) for p in files]
        return queries, "analyses/"
    if NOTEBOOK_QUERIES.is_file():
        queries = _from_notebook(NOTEBOOK_QUERIES.read_text(encoding="utf-8"))
        if queries:
            return [(n, _resolve(q, schemas)) for n, q in queries], "notebooks/queries.sql"
    return list(FALLBACK), "benchmarks/_queries.py (fallback)"

"""Open the published warehouse read-only with an older DuckDB (1.x, run by .clients/duckdb1) and
print the cross-county mart as JSON lines; with ``--sqlalchemy``, go the Superset way instead:
SQLAlchemy 1.4 + duckdb-engine, reflecting every marts table and querying through the engine."""

from __future__ import annotations

import json
import sys

QUERY = (
    "select department_name, fiscal_year, cast(expenditure_total_yuan as varchar) as expenditure_total_yuan, "
    "typeof(expenditure_total_yuan) as money_type "
    "from marts.mart_department_year order by department_name, fiscal_year"
)


def with_duckdb(path: str) -> None:
    import duckdb

    print(json.dumps({"client": "duckdb", "version": duckdb.__version__}))
    with duckdb.connect(path, read_only=True) as con:
        cursor = con.execute(QUERY)
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            print(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False))


def with_sqlalchemy(path: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(f"duckdb:///{path}", connect_args={"read_only": True})
    inspector = sa.inspect(engine)
    tables = inspector.get_table_names(schema="marts")
    columns = {table: [c["name"] for c in inspector.get_columns(table, schema="marts")] for table in tables}
    print(json.dumps({"client": "sqlalchemy", "version": sa.__version__, "tables": columns}, ensure_ascii=False))
    with engine.connect() as con:
        for row in con.execute(sa.text(QUERY)):
            print(json.dumps(dict(row._mapping), ensure_ascii=False))


if __name__ == "__main__":
    (with_sqlalchemy if "--sqlalchemy" in sys.argv else with_duckdb)(sys.argv[1])

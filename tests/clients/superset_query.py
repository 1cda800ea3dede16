"""One cross-county question asked through Apache Superset (run by `make superset-check`).

Superset's own ``Database`` model with the DuckDB engine spec, pointed read-only at the published
warehouse: it lists the ``marts`` tables as SQL Lab's schema browser does and runs the basic-
expenditure share comparison (基本支出占比 by department and year) as a SQL Lab query would.
Exits 1 with a one-line reason when anything fails. Usage: superset_query.py WAREHOUSE
"""

from __future__ import annotations

import sys

QUESTION = (
    "select department_name, fiscal_year, basic_share_pct from marts.mart_department_year "
    "where basic_share_pct is not null order by basic_share_pct desc"
)


def main(path: str) -> int:
    from superset.app import create_app

    app = create_app()
    with app.app_context():
        from superset.models.core import Database

        database = Database(database_name="juesuan", sqlalchemy_uri=f"duckdb:///{path}?access_mode=read_only")
        tables = sorted(t.table for t in database.get_all_table_names_in_schema(catalog=None, schema="marts"))
        print(f"engine spec {database.db_engine_spec.__name__}; marts tables: {', '.join(tables)}")
        frame = database.get_df(QUESTION, schema="marts")
        print(frame.to_string(index=False))
        if "mart_department_year" not in tables or frame.empty:
            print("superset-check: no marts table or no row answered", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

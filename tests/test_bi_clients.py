"""The published warehouse opens in the clients BI tools bundle, with its descriptions.

The older clients are real packages from the registries, installed by ``make clients`` (the
``test`` target depends on it): DuckDB 1.2.2 for Python in ``.clients/duckdb1`` (with SQLAlchemy
1.4 + duckdb-engine, the Superset path) and ``@duckdb/node-api`` 1.2.2 (what Evidence bundles) in
``.clients/node``. Each reads ``marts.mart_department_year``: Chinese department names and DECIMAL
money, the same rows DuckDB 2.0 reads. And one real BI tool end to end: Apache Superset 4.1
(``make superset``, ``.clients/superset``) started as a web server, asked a cross-county question
through SQL Lab's API.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse

from juesuan import publish

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / ".clients"
OLD_PYTHON = CLIENTS / "duckdb1" / "bin" / "python"
NODE_MODULES = CLIENTS / "node" / "node_modules"
SUPERSET = CLIENTS / "superset"
SCRIPTS = ROOT / "tests" / "clients"
# The cross-county query of the client scripts, as DuckDB 2.0 runs it.
QUERY = (
    "select department_name, fiscal_year, cast(expenditure_total_yuan as varchar) as expenditure_total_yuan, "
    "typeof(expenditure_total_yuan) as money_type "
    "from marts.mart_department_year order by department_name, fiscal_year"
)
# 昌吉州人社局 2022: 支出总计 1,852.62 万元 (line 91 of the sample), in 元 as DECIMAL(20,2).
CHANGJI_2022 = {"department_name": "新疆昌吉州人力资源和社会保障局", "fiscal_year": 2022,
                "expenditure_total_yuan": "18526200.00", "money_type": "DECIMAL(20,2)"}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample warehouse (built by DuckDB 2.0 in its own format) published as a refresh does."""
    folder = tmp_path_factory.mktemp("published")
    db = folder / "warehouse.duckdb"
    building = publish.building_path(db, "bi-clients")
    shutil.copyfile(build_sample_warehouse(tmp_path_factory), building)
    assert publish.storage_version(building) != publish.STORAGE_VERSION  # so publish must convert it
    publish.publish(building, db, "bi-clients")
    return db


def _rows_2_0(db: Path, query: str = QUERY) -> list[dict]:
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(query)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _json_lines(command: list[str], **env: str) -> tuple[dict, list[dict]]:
    out = subprocess.run(command, capture_output=True, text=True, timeout=600, env={**os.environ, **env})
    assert out.returncode == 0, out.stderr
    header, *rows = [json.loads(line) for line in out.stdout.splitlines()]
    return header, rows


@pytest.mark.slow
def test_the_published_file_and_its_kept_version_are_in_the_1x_format(published: Path) -> None:
    assert publish.storage_version(published) == publish.STORAGE_VERSION == "v1.0.0"
    (kept,) = publish.list_versions(published)
    assert publish.storage_version(kept.path) == "v1.0.0"


@pytest.mark.slow
@pytest.mark.skipif(not OLD_PYTHON.exists(), reason="DuckDB 1.x client not installed: run `make clients`")
def test_duckdb_1x_python_reads_decimal_money_and_chinese_names(published: Path) -> None:
    header, rows = _json_lines([str(OLD_PYTHON), str(SCRIPTS / "read_mart.py"), str(published)])
    assert header == {"client": "duckdb", "version": "1.2.2"}
    assert CHANGJI_2022 in rows
    assert rows == _rows_2_0(published)


@pytest.mark.slow
@pytest.mark.skipif(not OLD_PYTHON.exists(), reason="DuckDB 1.x client not installed: run `make clients`")
def test_sqlalchemy_1_4_and_duckdb_engine_reflect_the_marts(published: Path) -> None:
    header, rows = _json_lines([str(OLD_PYTHON), str(SCRIPTS / "read_mart.py"), str(published), "--sqlalchemy"])
    assert header["version"].startswith("1.4.")
    assert "basic_share_pct" in header["tables"]["mart_department_year"]
    assert set(header["tables"]) >= {"dim_department", "fct_expenditure_by_function", "mart_department_year"}
    assert rows == _rows_2_0(published)


@pytest.mark.slow
@pytest.mark.skipif(not NODE_MODULES.exists() or shutil.which("node") is None,
                    reason="@duckdb/node-api not installed: run `make clients`")
def test_duckdb_node_api_reads_decimal_money_and_chinese_names(published: Path) -> None:
    header, rows = _json_lines(["node", str(SCRIPTS / "read_mart.cjs"), str(published)],
                               JUESUAN_NODE_MODULES=str(NODE_MODULES))
    assert header == {"client": "node-api", "version": "v1.2.2"}
    assert CHANGJI_2022 in rows
    assert rows == _rows_2_0(published)


@pytest.mark.slow
@pytest.mark.skipif(not NODE_MODULES.exists() or shutil.which("node") is None,
                    reason="@duckdb/node-api not installed: run `make clients`")
def test_a_file_in_duckdb_2_format_is_refused_by_the_node_client(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Why publish converts: the unconverted build is unreadable for a 1.x driver."""
    out = subprocess.run(["node", str(SCRIPTS / "read_mart.cjs"), str(build_sample_warehouse(tmp_path_factory))],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "JUESUAN_NODE_MODULES": str(NODE_MODULES)})
    assert out.returncode == 1
    assert "version number" in out.stderr


@pytest.mark.slow
@pytest.mark.skipif(not (SUPERSET / ".installed").exists(), reason="Apache Superset not installed: run `make superset`")
def test_superset_answers_a_cross_county_question_through_sql_lab(published: Path) -> None:
    """Superset's server, REST API and SQL Lab on the published file, with duckdb-engine and DuckDB 1.2."""
    header, rows = _json_lines([str(SUPERSET / "bin" / "python"), str(SCRIPTS / "superset_query.py"), str(published)])
    assert (header["client"], header["version"], header["backend"]) == ("superset", "4.1.4", "duckdb")
    assert {"dim_department", "fct_expenditure_by_function", "mart_department_year"} <= set(header["tables"])
    shares = {(r["department_name"], r["fiscal_year"]): Decimal(str(r["basic_share_pct"])) for r in rows}
    # 昌吉州人社局 2022: 基本支出 1,338.01 ÷ 本年支出合计 1,774.57 万元.
    assert shares[("新疆昌吉州人力资源和社会保障局", 2022)] == Decimal("75.3991")
    assert len({(r["province"], r["prefecture"], r["county"]) for r in rows}) >= 4  # four counties compared
    expected = _rows_2_0(published, (  # the same question asked of DuckDB 2.0
        "select department_name, fiscal_year, basic_share_pct from marts.mart_department_year "
        "where basic_share_pct is not null order by basic_share_pct desc, department_name, fiscal_year"))
    assert [(r["department_name"], r["fiscal_year"], Decimal(str(r["basic_share_pct"]))) for r in rows] == [
        (r["department_name"], r["fiscal_year"], r["basic_share_pct"]) for r in expected]


@pytest.mark.slow
def test_every_marts_table_and_column_has_its_description_as_a_comment(published: Path) -> None:
    with duckdb.connect(str(published), read_only=True) as con:
        tables = con.execute("select table_name, comment from duckdb_tables() where schema_name = 'marts'").fetchall()
        columns = con.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    assert len(tables) >= 10 and len(columns) >= 200
    assert [t for t, comment in tables if not (comment or "").strip()] == []
    assert [(t, c) for t, c, comment in columns if not (comment or "").strip()] == []
    comments = {(t, c): comment for t, c, comment in columns}
    assert "基本支出" in comments[("mart_department_year", "basic_share_pct")]

"""The dbt warehouse built from the bundled samples: `build_warehouse` runs, its errors are one line.

The samples are loaded and built once per test session (``sample_warehouse``), shared with
``test_marts.py`` and ``test_notebook.py``, so dbt runs once.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from juesuan.corpus import load_corpus
from juesuan.dbt_runner import DbtBuildError, build_warehouse, generate_docs, run_dbt
from juesuan.settings import SAMPLE_DOCUMENTS

# The four text samples and the one final-account PDF (its tables print 科目编码).
SAMPLE_FILES = (
    "changji-prefecture-hrss-2022-final-account.txt",
    "maoxian-county-hrss-2022-final-account.txt",
    "zengdu-district-hrss-2022-final-account.txt",
    "bazhou-prefecture-hrss-2022-performance-targets.txt",
    "pdf/上海市普陀区财政局2024年度部门决算.pdf",
    "pdf/附件2：部门决算模板.pdf",  # a blank form: a document, but no department
)
CONTRACT_TABLES = (
    "dim_department",
    "dim_fiscal_year",
    "dim_document",
    "dim_functional_item",
    "dim_indicator",
    "fct_department_metric",
    "fct_expenditure_by_function",
    "fct_project_performance",
    "fct_performance_indicator",
    "mart_department_year",
)

_BUILT: dict[str, Path] = {}


def build_sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Load the sample documents into a fresh DuckDB file and ``dbt build`` it (once per session)."""
    if "db" not in _BUILT:
        root = tmp_path_factory.mktemp("warehouse")
        docs = root / "docs"
        for name in SAMPLE_FILES:
            target = docs / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SAMPLE_DOCUMENTS / name, target)
        db = root / "warehouse.duckdb"
        load_corpus(docs, db)
        build_warehouse(db, target_path=root / "target")
        _BUILT["db"] = db
        _BUILT["target"] = root / "target"
    return _BUILT["db"]


def unit_test_outcomes(tmp_path_factory: pytest.TempPathFactory, model: str) -> list:
    """Outcomes of the dbt unit tests of ``model``, run on a copy of the sample warehouse
    (other tests hold the shared one open read-only)."""
    work = tmp_path_factory.mktemp(f"unit_{model}")
    db = work / "warehouse.duckdb"
    shutil.copyfile(build_sample_warehouse(tmp_path_factory), db)
    result = run_dbt(["test", "--select", f"{model},test_type:unit"], db, target_path=work / "target")
    return [r.status for r in result.results]  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_warehouse(tmp_path_factory)


@pytest.mark.slow
def test_build_creates_every_contract_table(sample_warehouse: Path) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        tables = {
            row[0]
            for row in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'marts' and table_type = 'BASE TABLE'"
            ).fetchall()
        }
        assert set(CONTRACT_TABLES) <= tables
        for table in CONTRACT_TABLES:
            assert con.execute(f"select count(*) from marts.{table}").fetchone()[0] > 0, table


@pytest.mark.slow
def test_money_columns_are_decimal(sample_warehouse: Path) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        types = dict(
            con.execute(
                "select table_name || '.' || column_name, data_type from information_schema.columns "
                "where table_schema = 'marts' and column_name like '%\\_yuan' escape '\\'"
            ).fetchall()
        )
    assert types["fct_expenditure_by_function.amount_yuan"] == "DECIMAL(20,2)"
    assert types["fct_project_performance.executed_yuan"] == "DECIMAL(20,2)"
    assert all(t == "DECIMAL(20,2)" for t in types.values()), types


@pytest.mark.slow
def test_docs_generate_writes_the_catalog(sample_warehouse: Path, tmp_path: Path) -> None:
    # a copy: other tests may hold the shared warehouse open read-only, and dbt opens it read-write
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copyfile(sample_warehouse, warehouse)
    out = generate_docs(warehouse, target_path=tmp_path / "docs")
    assert (out / "index.html").exists()
    assert "fct_expenditure_by_function" in (out / "catalog.json").read_text(encoding="utf-8")


@pytest.mark.slow
def test_failed_build_names_the_failed_node_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    duckdb.connect(str(db)).close()  # no raw schema: every staging view fails
    with pytest.raises(DbtBuildError) as info:
        build_warehouse(db, target_path=tmp_path / "target", select="stg_disclosures__documents")
    message = str(info.value)
    assert "\n" not in message
    assert "stg_disclosures__documents" in message

"""The warehouse built from real documents of many provinces (../shared/real-documents: 43 files
and a web page written here): every document loads, and dbt builds it with every test passing —
no document's surprise (a title printed twice on one line, a region-level aggregate, a flattened
table, a page without a cover) fails the build."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from juesuan.corpus import load_corpus
from juesuan.dbt_runner import build_warehouse

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p>2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表</p><p>单位：万元</p>
<table><tr><td>项目</td><td>2023年预算数</td><td>2024年预算数</td></tr>
<tr><td>合计</td><td>18.15</td><td>22.15</td></tr></table></body></html>
"""

# A page that prints no year (nor does a manifest or its folders give one), written here: it loads,
# its department is in dim_document, and it is nobody's latest disclosure (no year to rank it by).
NO_YEAR_PAGE = """“三公”经费支出决算情况说明
大关县文化和旅游局“三公”经费财政拨款支出决算为62.07万元,完成预算84.82万元的73.2%。其中:公务接待费支出决算为22.59万元;公务用车运行维护费支出决算为27.46万元。
"""

# A department-wide self-evaluation (部门整体支出绩效自评表, unseen batch /tmp/unseen8): its funds rows
# reach the warehouse as department-wide rows (staging.stg_performance__department_fundings).
PAGES = Path(__file__).parent / "fixtures" / "pages"
DEPT_SELF_EVALUATION = PAGES / "suiyang-taibai-2021-dept-self-evaluation.txt"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present"),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("real")
    docs = root / "docs"
    shutil.copytree(REAL, docs)
    (docs / "kasi.html").write_text(PAGE, encoding="utf-8")
    (docs / "no-year.txt").write_text(NO_YEAR_PAGE, encoding="utf-8")
    # and every unseen page the tests hold (tests/fixtures/pages: 30 pages of 20 provinces, news reports,
    # traditional characters, OCR'd forms …): each loads, and the build passes with all of them
    shutil.copytree(PAGES, docs / "pages")
    db = root / "warehouse.duckdb"
    load_corpus(docs, db)
    build_warehouse(db, target_path=root / "target")  # raises on any failed model or test
    return db


def test_every_real_document_loads(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        loaded = con.execute("select count(*) from marts.dim_document").fetchone()[0]
        quarantined = con.execute("select count(*) from audit.quarantine").fetchone()[0]
    pages = len(list(PAGES.glob("*.txt")))
    assert pages >= 30
    assert (loaded, quarantined) == (45 + pages, 0)


def test_aggregates_stay_out_of_department_comparisons(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        kinds = dict(con.execute(
            "select entity_kind, count(*) from marts.dim_document group by all").fetchall())
        luzhai = con.execute(
            "select entity_kind from marts.dim_document where file_name like '19_%'").fetchone()[0]
    assert luzhai == "aggregate" and kinds["aggregate"] >= 10 and kinds["department"] >= 30


def test_stated_figures_reach_the_warehouse_with_their_line(warehouse: Path) -> None:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        row = con.execute(
            "select s.value, s.source_line from staging.stg_disclosures__stated_figures s "
            "join marts.dim_document d using (document_id) "
            "where d.file_name like '19_%' and s.metric = 'three_public_total' and s.figure_field = 'amount'"
        ).fetchone()
    assert row == (11650800, 5)


def test_department_wide_funds_rows_reach_the_warehouse(warehouse: Path) -> None:
    """The funds rows of a 部门整体支出绩效自评表 are department-wide: no project, in
    stg_performance__department_fundings with their lines; none of them becomes a project."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute(
            "select f.source, f.budget_initial_yuan, f.executed_yuan, f.weight, f.score, f.source_line "
            "from staging.stg_performance__department_fundings f join marts.dim_document d using (document_id) "
            "where d.file_name = ? order by f.source_line",
            [DEPT_SELF_EVALUATION.name],
        ).fetchall()
        projects = con.execute(
            "select count(*) from staging.stg_performance__projects p join marts.dim_document d using (document_id) "
            "where d.file_name = ?",
            [DEPT_SELF_EVALUATION.name],
        ).fetchone()[0]
    assert rows == [
        ("total", 11725500, 12687200, 10, 10, 5),
        ("basic", 9851900, 9149700, 10, 10, 6),
        ("project", 1873600, 3537500, 10, 10, 8),
    ]
    assert projects == 0


def test_a_document_without_a_year_loads_and_ranks_nowhere(warehouse: Path) -> None:
    """A document whose year nothing states loads (its figures with their lines) and does not
    break the build: the completeness ranking takes a department's latest disclosure of a known
    year, and no aggregate (区本级, 县汇总) is ranked as a department."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        document_id, year = con.execute(
            "select document_id, fiscal_year from marts.dim_document where file_name = 'no-year.txt'"
        ).fetchone()
        figures = con.execute(
            "select sum(value) from staging.stg_disclosures__metrics where document_id = ? "
            "and metric like 'three_public%'", [document_id]
        ).fetchone()[0]
        ranked = con.execute(
            "select count(*) from marts.mart_department_completeness where document_id = ?", [document_id]
        ).fetchone()[0]
        aggregates = con.execute(
            "select count(*) from marts.mart_department_completeness c join marts.dim_document d "
            "using (document_id) where d.entity_kind <> 'department'"
        ).fetchone()[0]
    assert year is None and figures == 620700 + 225900 + 274600  # 元, from 万元
    assert ranked == 0 and aggregates == 0

"""Completeness by document kind (dim_document.completeness_score, fct_document_required_table).

One list of tables per doc_type (seeds/required_tables.csv): the nine 决算 tables, the nine 预算
tables, the 部门（单位）整体支出绩效目标表. Complete samples score 100; the Changji 决算 with its
“三公” section cut out loses exactly that table, with the reason.
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import CHANGJI
from test_dbt_build import build_sample_warehouse, unit_test_outcomes

from juesuan.corpus import load_corpus
from juesuan.dbt_runner import run_dbt

# Lines 187-200 of the Changji sample: 七、财政拨款“三公”经费支出决算情况说明 and its paragraphs.
THREE_PUBLIC_SECTION = range(187, 201)


def _build_completeness(db: Path, target: Path) -> None:
    """``dbt build`` of dim_document and what it reads, with the tests of those models only."""
    run_dbt(
        [
            "build", "--select", "+dim_document", "--indirect-selection", "cautious",
            "--exclude-resource-type", "unit_test",
        ],
        db,
        target_path=target,
    )


@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory):
    with duckdb.connect(str(build_sample_warehouse(tmp_path_factory)), read_only=True) as con:
        yield con


@pytest.mark.slow
def test_complete_budgets_targets_and_final_accounts_score_100(marts) -> None:
    rows = marts.execute(
        "select file_name, doc_type, required_tables, completeness_score, missing_tables from marts.dim_document"
    ).fetchall()
    kinds = {doc_type for _, doc_type, *_ in rows}
    assert kinds == {"final_account", "performance_target"}  # the shared sample warehouse has no budget PDF
    for file_name, doc_type, required, score, missing in rows:
        assert (required, score, missing) == ({"final_account": 9, "performance_target": 1}[doc_type], 100, None), (
            file_name
        )


@pytest.mark.slow
def test_every_budget_pdf_prints_its_nine_tables(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The four budget PDFs of one 普陀区 department: 收入预算总表 and 支出预算总表 are found too."""
    root = tmp_path_factory.mktemp("budgets")
    docs = root / "docs"
    docs.mkdir()
    for name in ("上海市普陀区司法局2026年部门预算.pdf", "上海市普陀区司法局2026年单位预算.pdf"):
        shutil.copyfile(CHANGJI.parent / "pdf" / name, docs / name)
    db = root / "warehouse.duckdb"
    load_corpus(docs, db)
    _build_completeness(db, root / "target")
    with duckdb.connect(str(db), read_only=True) as con:
        scores = con.execute("select file_name, completeness_score from marts.dim_document").fetchall()
        titles = con.execute(
            "select title_zh, status from marts.fct_document_required_table order by document_id, sort_order"
        ).fetchall()
    assert {score for _, score in scores} == {Decimal(100)} and len(scores) == 2
    assert ("收入预算总表", "present") in titles and ("支出预算总表", "present") in titles
    assert ("政府性基金预算支出功能分类预算表", "declared_empty") in titles
    assert len(titles) == 18


@pytest.mark.slow
def test_a_final_account_without_its_three_public_section_loses_exactly_that_table(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    root = tmp_path_factory.mktemp("cut")
    docs = root / "docs"
    docs.mkdir()
    lines = CHANGJI.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for number, line in enumerate(lines, 1) if number not in THREE_PUBLIC_SECTION]
    (docs / CHANGJI.name).write_text("".join(kept), encoding="utf-8")
    db = root / "warehouse.duckdb"
    load_corpus(docs, db)
    _build_completeness(db, root / "target")
    with duckdb.connect(str(db), read_only=True) as con:
        score, missing, counts = con.execute(
            "select completeness_score, missing_tables,"
            " (required_tables, required_present, required_declared_empty, required_missing)"
            " from marts.dim_document"
        ).fetchone()
        reasons = con.execute(
            "select table_key, missing_reason from marts.fct_document_required_table where status = 'missing'"
        ).fetchall()
    assert score == Decimal("88.8889")  # 8 of 9
    assert counts == (9, 6, 2, 1)
    assert missing == "财政拨款“三公”经费支出决算表"
    reason = "未找到财政拨款“三公”经费支出决算表: the narrative has no section on it and no 本部门无… statement"
    assert reasons == [("three_public", reason)]


@pytest.mark.slow
def test_required_tables_unit_test_passes(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dbt unit test of fct_document_required_table (models/marts/_marts__unit_tests.yml)."""
    assert unit_test_outcomes(tmp_path_factory, "fct_document_required_table") == ["pass"]


@pytest.mark.slow
def test_required_tables_are_judged_on_whole_documents_only(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dbt unit test of R23 (models/reconciliation/_reconciliation__unit_tests.yml): a part of a
    document (a 三公 statement on its own: one of four printed) is not judged on the rest; a whole one is."""
    assert unit_test_outcomes(tmp_path_factory, "rec_required_tables") == ["pass"]

"""R14 on the 上海市普陀区财政局 2024 决算 PDF: a figure printed twice with two values is a finding;
the same code in tables of different scope (income vs expenditure) is not compared (prose vs a
table is R22)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from _reconciliation_helpers import ReconciledWarehouse, reconciled_warehouse
from conftest import CAIZHENGJU_2024

from ingest.pdf.duplicates import SCOPE_BY_ORIGIN

SEED = Path(__file__).resolve().parent.parent / "seeds" / "functional_origin_scopes.csv"


def test_the_scope_seed_matches_the_pdf_parsers_scopes() -> None:
    with SEED.open(encoding="utf-8") as f:
        seeded = {row["origin"]: row["scope"] for row in csv.DictReader(f)}
    assert seeded == SCOPE_BY_ORIGIN


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


@pytest.mark.slow
def test_caizhengju_208_printed_as_326_71_and_326_72_is_a_finding(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of(CAIZHENGJU_2024.name)
    r14 = rows[(rows.rule_id == "R14") & (rows.outcome == "failed")]
    keys = set(r14.check_key)
    assert "社会保障和就业支出 (类) [all_funds]" in keys, keys
    row = r14[r14.check_key == "社会保障和就业支出 (类) [all_funds]"].iloc[0]
    # 收入支出决算总表 p6 prints 326.71 万元, 支出决算表 p10 prints 326.72 万元
    assert {row.expected, row.actual} == {3267100, 3267200}
    assert row.tolerance == 50  # both printed to 0.01 万元: any difference is a conflict
    assert "p6" in row.source_lines and "p10" in row.source_lines


@pytest.mark.slow
def test_tables_of_different_scope_are_not_compared(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of("synthetic-two-scopes.txt")
    # no two tables of one scope: R14 has nothing to compare; the prose vs the 一般公共预算 table is R22
    assert list(rows[rows.rule_id == "R14"].outcome) == ["not_applicable"]
    r22 = rows[rows.rule_id == "R22"]
    assert set(r22.outcome) == {"passed"}
    assert list(r22.check_key) == ["社会保障和就业支出 (类)"]

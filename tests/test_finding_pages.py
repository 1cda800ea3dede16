"""Every finding on a PDF names its page and line as a reviewer looks them up: ``p21 L25``.

The R06 finding on the 上海市普陀区财政局 2024 决算 (一般公共服务支出 "占 71.73%", which is
71.65%) stands on page 21, line 25; the check and both sides' references say so.
"""

from __future__ import annotations

import re

import duckdb
import pytest
from _reconciliation_helpers import ReconciledWarehouse, reconciled_warehouse
from conftest import CAIZHENGJU_2024, CHANGJI

# A reference to where a figure stands: "(p6 L12)" for a PDF, "(L91)" for a text file.
REF_RE = re.compile(r"\((p\d+ )?L\d+\)")


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


@pytest.mark.slow
def test_the_caizhengju_share_finding_prints_page_and_line(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of(CAIZHENGJU_2024.name)
    r06 = rows[(rows.rule_id == "R06") & (rows.outcome == "failed")]
    keys = list(r06.check_key)
    assert any(key.endswith(" @p21 L25") for key in keys), keys
    row = r06[r06.check_key.str.endswith(" @p21 L25")].iloc[0]
    assert "(p21 L25)" in row.source_lines


@pytest.mark.slow
def test_no_pdf_finding_or_record_lacks_its_page(warehouse: ReconciledWarehouse) -> None:
    pdf_rows = warehouse.rows[warehouse.rows.file_name.str.endswith(".pdf") & (warehouse.rows.check_key != "*")]
    assert not pdf_rows.empty
    for row in pdf_rows.itertuples():
        refs = REF_RE.findall(row.source_lines if isinstance(row.source_lines, str) else "")
        assert all(page for page in refs), (row.check_key, row.source_lines)  # every ref has its page
        assert "@L" not in row.check_key, row.check_key
    text_rows = warehouse.rows[(warehouse.rows.file_name == CHANGJI.name) & warehouse.rows.source_lines.notna()]
    assert not any(page for lines in text_rows.source_lines for page in REF_RE.findall(lines))  # no page, no "p"
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.columns "
            "where table_schema = 'raw' and column_name = 'source_page'"
        ).fetchall()]
        assert tables
        for table in tables:
            missing = con.execute(
                f"select count(*) from raw.{table} as r join raw.documents as d using (document_id) "
                "where d.file_name like '%.pdf' and r.source_page is null"
            ).fetchone()[0]
            assert missing == 0, table

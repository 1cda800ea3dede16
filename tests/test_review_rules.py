"""R16, R18–R23 (the consistency rules a 预决算公开 reviewer applies) on the samples and on copies
of them with a planted slip, and ``marts.fct_review_finding`` — what the samples really contain
(docs/reconciliation.md lists each finding with its page and line)."""

from __future__ import annotations

import duckdb
import pytest
from _reconciliation_helpers import ReconciledWarehouse, reconciled_warehouse
from _review_variants import CLEAN_DEPARTMENT, CLEAN_ITEM_DEPARTMENT, CLEAN_VARIANTS, RECORD_VARIANTS
from conftest import CAIZHENGJU_2024, CHANGJI, MAOXIAN, ZENGDU

pytestmark = pytest.mark.slow
TEXT_SAMPLES = (CHANGJI, MAOXIAN, ZENGDU)
NEW_RULES = ("R16", "R18", "R19", "R20", "R21", "R22", "R23")


@pytest.fixture(scope="session")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> ReconciledWarehouse:
    return reconciled_warehouse(tmp_path_factory.getbasetemp() / "reconciliation")


def _rows(warehouse: ReconciledWarehouse, file_name: str, rule: str):
    rows = warehouse.rows_of(file_name)
    return rows[rows.rule_id == rule]


# --- clean: the samples pass every new rule but R22's real finding ----------------------------
@pytest.mark.parametrize("sample", TEXT_SAMPLES, ids=lambda p: p.stem)
def test_text_samples_pass_the_consistency_rules(warehouse: ReconciledWarehouse, sample) -> None:
    rows = warehouse.rows_of(sample.name)
    rows = rows[rows.rule_id.isin(NEW_RULES)]
    assert set(rows.outcome) <= {"passed", "not_applicable"}, rows[rows.outcome == "failed"].check_key.tolist()
    for rule in ("R20", "R21", "R23"):
        assert "passed" in set(rows[rows.rule_id == rule].outcome), rule


def test_zengdu_direction_words_agree_with_their_figures(warehouse: ReconciledWarehouse) -> None:
    # 年初预算为 682.71 万元，支出决算为 308.53 万元 … 支出决算数小于年初预算数 (line 275), and ten more
    r19 = _rows(warehouse, ZENGDU.name, "R19")
    assert len(r19) >= 15 and set(r19.outcome) == {"passed"}
    row = r19[r19.check_key == "budget 小于 @L275"].iloc[0]
    assert (row.expected, row.actual) == (6827100, 3085300)


def test_maoxian_equal_to_budget_checked_against_100_percent(warehouse: ReconciledWarehouse) -> None:
    # 支出决算为233.73万元，完成预算100%，决算数等于预算数 (line 55): no budget figure, the rate is 100%
    r19 = _rows(warehouse, MAOXIAN.name, "R19")
    row = r19[r19.check_key == "budget 等于 @L55"].iloc[0]
    assert (row.expected, row.actual, row.unit, row.outcome) == (100, 100, "percent", "passed")


def test_caizhengju_prose_fiscal_total_0_3_against_2961_68_is_a_finding(warehouse: ReconciledWarehouse) -> None:
    # p21 L14 "财政拨款收入支出总计0.3万元" against 总计 2,961.68 万元 of 财政拨款收入支出决算总表 (p13 L27)
    r22 = _rows(warehouse, CAIZHENGJU_2024.name, "R22")
    failed = r22[r22.outcome == "failed"]
    assert set(failed.check_key) == {"fiscal_income_total", "fiscal_expenditure_total"}
    row = failed.iloc[0]
    assert (row.actual, row.expected, row.tolerance) == (3000, 29616800, 500)
    assert "p21" in row.source_lines and "p13" in row.source_lines
    assert (r22.outcome == "passed").sum() >= 20  # the other figures of the prose agree with the tables


def test_caizhengju_direction_years_leftovers_tables_pass(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of(CAIZHENGJU_2024.name)
    for rule, at_least in (("R19", 12), ("R20", 10), ("R21", 1), ("R23", 13)):
        checks = rows[rows.rule_id == rule]
        assert set(checks.outcome) == {"passed"} and len(checks) >= at_least, rule
    # 2024年度部门决算 (cover), 截至2024年12月31日 (p24 L12)
    assert "year as_of 2024 @p24 L12" in set(rows.check_key)


def test_corrected_prose_total_passes_r22(warehouse: ReconciledWarehouse) -> None:
    variant = next(v for v in CLEAN_VARIANTS if v.name == "R22-clean")
    assert set(_rows(warehouse, variant.file_name, "R22").outcome) == {"passed"}
    assert warehouse.new_failures(variant.file_name, CAIZHENGJU_2024.name) == set()


def test_template_is_not_held_to_leftover_or_year_rules(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows
    ids = set(rows[rows.rule_id == "R21"].document_id)
    assert "synthetic-no-figures" in ids  # a document without leftovers passes R21


# --- cross-document: R16 and R18 ---------------------------------------------------------------
def _department_rows(warehouse: ReconciledWarehouse, department: str, year: int, doc_type: str, rule: str):
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        doc_ids = {r[0] for r in con.execute(
            "select document_id from raw.documents where department_name = ? and fiscal_year = ? and doc_type = ?",
            [department, year, doc_type]).fetchall()}
    rows = warehouse.rows
    return rows[rows.document_id.isin(doc_ids) & (rows.rule_id == rule)]


def test_opening_balances_equal_last_years_closing_ones(warehouse: ReconciledWarehouse) -> None:
    r16 = _department_rows(warehouse, CLEAN_DEPARTMENT, 2024, "final_account", "R16")
    assert set(r16.outcome) == {"passed"}
    # 年初结转和结余 49.14 (p7 L2); 年初财政拨款结转和结余 21.63 (p13 L21); 2,940.05 "减少63.14万元" (p21 L20);
    # 184.65 "增加2.55万元" (p24 L1)
    assert set(r16.check_key) == {"carryover_begin = 2023 carryover_end",
                                  "fiscal_carryover_begin = 2023 fiscal_carryover_end",
                                  "general_budget_expenditure prior year = 2023", "operation_expense prior year = 2023"}


def test_prior_year_items_equal_last_years_items(warehouse: ReconciledWarehouse) -> None:
    # Changji prints "比上年决算增加 0.12 万元" for each 项: 本年 − 增减额 = last year's 项 amount
    r16 = _department_rows(warehouse, CLEAN_ITEM_DEPARTMENT, 2022, "final_account", "R16")
    items = r16[r16.check_key.str.match(r"^\d{7} prior year")]
    assert len(items) >= 15 and set(r16.outcome) == {"passed"}


def test_cross_document_rules_not_applicable_without_the_other_document(warehouse: ReconciledWarehouse) -> None:
    rows = warehouse.rows_of(CAIZHENGJU_2024.name)
    for rule in ("R16", "R18"):
        assert list(rows[rows.rule_id == rule].outcome) == ["not_applicable"]


def test_final_accounts_budget_equals_the_budget_document(warehouse: ReconciledWarehouse) -> None:
    r18 = _department_rows(warehouse, CLEAN_DEPARTMENT, 2024, "final_account", "R18")
    assert set(r18.outcome) == {"passed"} and len(r18) >= 10  # eleven 项 and the 三公 total
    r18 = _department_rows(warehouse, "上海市普陀区民政局", 2024, "final_account", "R18")
    failed = r18[r18.outcome == "failed"]
    assert len(failed) == 1 and failed.iloc[0].difference == -10000  # the budget document's 项 is 1.00 万元 more


def test_record_variants_are_distinct_documents() -> None:
    names = [v.file_name for v in RECORD_VARIANTS + CLEAN_VARIANTS]
    assert len(set(names)) == len(names)


# --- fct_review_finding ---------------------------------------------------------------------------
def test_review_findings_answer_which_documents_and_where(warehouse: ReconciledWarehouse) -> None:
    with duckdb.connect(str(warehouse.db_path), read_only=True) as con:
        rows = con.execute(
            "select rule_id, severity, outcome, stated_value, implied_value, unit, stated_page, stated_line, "
            "implied_page, implied_line, snippet, department_name, fiscal_year, county "
            "from marts.fct_review_finding where file_name = ? order by rule_id, check_key",
            [CAIZHENGJU_2024.name],
        ).fetchall()
        checks = con.execute(
            "select count(*) from reconciliation.rec_reconciliation_checks as c join raw.documents as d "
            "using (document_id) where d.file_name = ? and outcome in ('failed', 'insufficient_data')",
            [CAIZHENGJU_2024.name],
        ).fetchone()[0]
        types = dict(con.execute(
            "select column_name, data_type from information_schema.columns "
            "where table_schema = 'marts' and table_name = 'fct_review_finding'").fetchall())
    assert len(rows) == checks  # one row per failed or insufficient check
    assert types["stated_value"].startswith("DECIMAL") and types["implied_value"].startswith("DECIMAL")
    r22 = [r for r in rows if r[0] == "R22"]
    assert r22[0][1:10] == ("error", "failed", 3000, 29616800, "yuan", 21, 14, 13, 27)
    assert "财政拨款收入支出总计" in r22[0][10]
    assert {(r[11], r[12], r[13]) for r in rows} == {("上海市普陀区财政局", 2024, "普陀区")}
    r14 = next(r for r in rows if r[0] == "R14")
    assert (r14[6], r14[7], r14[8], r14[9]) == (10, 21, 6, 13)  # 326.72 on p10 L21 against 326.71 on p6 L13


def test_validate_prints_the_findings_with_department_and_page(warehouse: ReconciledWarehouse) -> None:
    text = warehouse.report.format_table()
    assert "insufficient data" in text and "where" in text
    r22 = next(f for f in warehouse.report.failures
               if f.rule_id == "R22" and f.document == CAIZHENGJU_2024.name)
    assert (r22.department, r22.fiscal_year, r22.where) == ("上海市普陀区财政局", 2024, "p21 L14 ← p13 L27")
    assert "财政拨款收入支出总计" in (r22.snippet or "")


def test_both_printed_years_agree_with_the_word(warehouse: ReconciledWarehouse) -> None:
    # Maoxian line 41: "与2021年相比，收、支总计534.72万元增加5.53万元" to 543.25 万元: up, as 增加 says
    r19 = _rows(warehouse, MAOXIAN.name, "R19")
    pairs = r19[r19.check_key.str.startswith("prior_year 收、支总计")]
    assert len(pairs) >= 1 and set(pairs.outcome) == {"passed"}


def test_next_years_draft_presented_with_the_account_passes_r20(warehouse: ReconciledWarehouse) -> None:
    """A report on 2024's execution presenting 2025's draft budget (context draft): R20 passes; a draft two years on
    fails (the RECORD variant R20-draft)."""
    variant = next(v for v in CLEAN_VARIANTS if v.name == "R20-draft-clean")
    r20 = _rows(warehouse, variant.file_name, "R20")
    assert "year draft 2025 @p1 L1" in set(r20.check_key) and set(r20.outcome) == {"passed"}

"""Records from the nine tables of a 部门预算 / 单位预算 (stage ``budget``).

Same records as the 决算 tables so that a department's budget sits beside its final accounts:
财务收支预算总表 / 财政拨款收支预算总表 → totals and 类 amounts; 收入预算总表, 支出预算总表 and the
功能分类 tables → FunctionalItem per code; 基本支出经济分类预算表 → EconomicItem per code;
“三公”经费和机关运行经费预算表 → the “三公” budget and 机关运行经费.
"""

from __future__ import annotations

from ingest.pdf import table_records as tr
from ingest.pdf.tables import Table
from ingest.records import Record


def parse_budget_tables(tables: list[Table]) -> list[Record]:
    """Records of every 预算 table in ``tables`` (final-account tables are ignored)."""
    out: list[Record] = []
    for table in tables:
        if table.spec.stage != "budget":
            continue
        out.extend(_records_of(table))
        out.extend(tr.contradiction_warnings(table))
    return out


def _records_of(table: Table) -> list[Record]:
    title = table.spec.canonical
    if title == "财务收支预算总表":
        return tr.two_sided_records(table, fiscal=False)
    if title == "财政拨款收支预算总表":
        return tr.two_sided_records(table, fiscal=True)
    if title == "收入预算总表":
        return tr.functional_records(table, "income_current_year", tr.INCOME_COLUMNS)
    if title == "支出预算总表":
        return tr.functional_records(table, "expenditure_current_year", tr.EXPENDITURE_COLUMNS)
    if title == "一般公共预算支出功能分类预算表":
        return tr.functional_records(
            table, "general_budget_expenditure", basic_metric="general_budget_basic_expenditure"
        )
    if title == "政府性基金预算支出功能分类预算表":
        return tr.functional_records(table, "government_fund_expenditure")
    if title == "国有资本经营预算支出功能分类预算表":
        return tr.functional_records(table, "state_capital_expenditure")
    if title == "一般公共预算基本支出经济分类预算表":
        return tr.economic_records(table)
    if title == "“三公”经费和机关运行经费预算表":
        return tr.three_public_records(table)
    return []

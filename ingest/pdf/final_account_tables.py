"""Records from the nine tables of a 部门决算 (stage ``final``).

收入支出决算总表 and 财政拨款收入支出决算总表 give the income/expenditure totals and the 类 totals;
收入决算表, 支出决算表 and 一般公共预算财政拨款支出决算表 give every 功能分类 code with 基本/项目;
一般公共预算财政拨款基本支出决算表 gives the 经济分类 items (人员经费 / 公用经费); the “三公” table
gives each category's 预算数 and 决算数; the 政府性基金 and 国有资本经营 tables are usually empty.
"""

from __future__ import annotations

from ingest.pdf import table_records as tr
from ingest.pdf.tables import Table
from ingest.records import Record


def parse_final_account_tables(tables: list[Table]) -> list[Record]:
    """Records of every 决算 table in ``tables`` (budget tables are ignored)."""
    out: list[Record] = []
    for table in tables:
        if table.spec.stage != "final":
            continue
        out.extend(_records_of(table))
        out.extend(tr.contradiction_warnings(table))
    return out


def _records_of(table: Table) -> list[Record]:
    title = table.spec.canonical
    if title == "收入支出决算总表":
        return tr.two_sided_records(table, fiscal=False)
    if title == "财政拨款收入支出决算总表":
        return tr.two_sided_records(table, fiscal=True)
    if title == "收入决算表":
        return tr.functional_records(table, "income_current_year", tr.INCOME_COLUMNS)
    if title == "支出决算表":
        return tr.functional_records(table, "expenditure_current_year", tr.EXPENDITURE_COLUMNS)
    if title == "一般公共预算财政拨款支出决算表":
        return tr.functional_records(
            table, "general_budget_expenditure", basic_metric="general_budget_basic_expenditure"
        )
    if title == "一般公共预算财政拨款基本支出决算表":
        return tr.economic_records(table)
    if title == "财政拨款“三公”经费支出决算表":
        return tr.three_public_records(table)
    if title == "政府性基金预算财政拨款收入支出决算表":
        return tr.functional_records(table, "government_fund_expenditure")
    if title == "国有资本经营预算财政拨款收入支出决算表":
        return tr.functional_records(table, "state_capital_expenditure")
    return []

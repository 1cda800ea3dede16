"""财政拨款收入支出决算总体情况 and 一般公共预算财政拨款支出决算总体情况.

Reads 财政拨款收入/支出总计 (also stated together as ``财政拨款收、支总计``), 年初/年末财政拨款
结转和结余, 财政拨款本年收入/支出, the income split by fund (一般公共预算 / 政府性基金 /
国有资本经营), 一般公共预算财政拨款支出 with its share of 本年支出合计, and the 年初预算
comparisons (``年初预算数 1,541.71 万元，决算数 1,725.94 万元，预决算差异率 11.95%``).
"""

from __future__ import annotations

from ingest.final_accounts.figures import read_metrics, spec
from ingest.final_accounts.sections import Narrative
from ingest.records import Metric

SECTIONS = ("fiscal", "general_budget")
SPECS = (
    spec(("fiscal_income_total", "fiscal_expenditure_total"), r"财政拨款收\s*、\s*支总计|财政拨款收入支出总计"),
    spec("fiscal_income_total", r"财政拨款收入总计"),
    spec("fiscal_expenditure_total", r"财政拨款支出总计"),
    spec("fiscal_carryover_begin", r"年初财政拨款结转和结余|财政拨款年初结转和结余", tail=False),
    spec("fiscal_carryover_end", r"年末财政拨款结转和结余|财政拨款年末结转和结余", tail=False),
    spec("fiscal_income_current_year", r"财政拨款本年收入|本年财政拨款收入", tail=False),
    spec("fiscal_expenditure_current_year", r"财政拨款本年支出|本年财政拨款支出", tail=False),
    spec("income_general_budget", r"一般公共预算财政拨款收入", tail=False),
    spec("income_government_fund", r"政府性基金预算财政拨款收入", tail=False),
    spec("income_state_capital", r"国有资本经营预算财政拨款收入", tail=False),
    spec(
        "general_budget_expenditure",
        r"一般公共预算(?:财政拨款)?支出(?!决算[^数为\d\s])|一般公共预算财政拨款(?=\s*\d)",
        "expenditure_current_year",
    ),
)


def parse_fiscal_appropriation(narrative: Narrative) -> list[Metric]:
    """财政拨款 totals and 一般公共预算财政拨款支出 with prior year, 年初预算 and 差异率."""
    return read_metrics(narrative.in_sections(*SECTIONS), SPECS)

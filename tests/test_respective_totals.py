"""``收、支总计各是 a,b 万元``: two totals stated each of its own (ingest/final_accounts/summary.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import Metric

TEXT = (
    "某县水利局2023年度部门决算\n"
    "第二部分 2023年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "2023年度收、支总计各是1,200.50,1,180.25万元。与2022年相比,收、支总计各增加100.50,80.25万元,"
    "各增长9.14%、7.30%。主要原因是水库维修项目增加。\n"
)


def test_each_total_of_its_own_with_its_change(tmp_path: Path):
    path = tmp_path / "respective.txt"
    path.write_text(TEXT, encoding="utf-8")
    totals = {r.metric: r for r in parse_path(path).records if isinstance(r, Metric) and r.metric.endswith("_total")}
    income, expenditure = totals["income_total"], totals["expenditure_total"]
    assert (income.value, income.change_value, income.growth_pct) == (
        Decimal("12005000.00"), Decimal("1005000.00"), Decimal("9.14"))
    assert (expenditure.value, expenditure.change_value, expenditure.growth_pct) == (
        Decimal("11802500.00"), Decimal("802500.00"), Decimal("7.30"))
    assert income.source_line == expenditure.source_line == 4

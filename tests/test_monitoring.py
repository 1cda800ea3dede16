"""A mid-year 绩效监控表 (ingest/performance/monitoring.py): the funds executed from the year's start to a month
(``年初预算数 | 1-6月执行数 | 全年预计执行数``) and the indicators' execution to that date
(``指标值 | 半年度指标执行情况 | 完成目标可能性``) — each in its own field, never the year's execution or actual."""

from __future__ import annotations

from decimal import Decimal

from _statement_helpers import PAGES

from benchmarks.fidelity import candidates_of
from ingest.document import parse_lines, parse_path
from ingest.performance.header_roles import column_role
from ingest.performance.monitoring import read_monitoring_funds
from ingest.records import Indicator, ParseWarning, ProjectFunding
from ingest.text import split_lines


def _parse(text: str):
    return parse_lines(split_lines(text), "m.txt")[1]


def test_real_page_hubei_monitoring_sheet():
    # 27d 14: 项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数 (the last empty), then the 其中 row; the
    # indicators' header wrapped over three lines (指标值 | / 半年度 指标执行情况 | / 完成目标可能性…)
    records = parse_path(PAGES / "huangshi-wwj-2019-monitoring.txt").records
    fundings = {r.source_line: r for r in records if isinstance(r, ProjectFunding)}
    assert fundings[14].budget_initial_yuan == Decimal("2200000.00")
    assert fundings[14].executed_to_date_yuan == Decimal("875700.00")
    assert fundings[14].executed_to_month == 6
    assert fundings[14].executed_yuan is None
    assert fundings[15].source == "fiscal"  # 其中:当年一般公共预算拨款
    assert fundings[15].executed_to_date_yuan == Decimal("875700.00")
    cost = next(r for r in records if isinstance(r, Indicator) and r.source_line == 22)
    assert cost.progress_raw == "按进度执行,已使用约40%"
    assert cost.actual_raw is None
    assert cost.target_raw == "年度预算220万元"  # a monitoring sheet's target cell kept as printed


def test_variant_spaces_to_month_nine_with_rate_and_full_year_budget():
    text = (
        "单位:元\n"
        "项目资金 全年预算数 截至9月底执行数 执行进度\n"
        "资金总额 500000 300000 60%\n"
        "其中:财政资金 400000 300000 75.00%\n"
        "其他资金 100000 0 0%\n"
    )
    read = [r for r, _ in (x for x in read_monitoring_funds(split_lines(text)) if not isinstance(x, ParseWarning))]
    assert [(r.source, r.budget_full_year_yuan, r.executed_to_date_yuan, r.executed_to_month) for r in read] == [
        ("total", Decimal("500000.00"), Decimal("300000.00"), 9),
        ("fiscal", Decimal("400000.00"), Decimal("300000.00"), 9),
        ("other", Decimal("100000.00"), Decimal("0.00"), 9),
    ]


def test_rows_that_do_not_hold_are_left_out():
    text = (
        "项目资金(万元)\t年初预算数\t1-6月执行数\t执行进度\n"
        "年度资金总额\t100\t120\t\n"  # more than the budget
        "其中:财政拨款\t100\t40\t60%\n"  # 40 / 100 is not 60%
    )
    read = read_monitoring_funds(split_lines(text))
    assert len(read) == 2 and all(isinstance(x, ParseWarning) for x in read)


def test_a_year_end_sheet_is_no_monitoring_sheet():
    text = "项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率\n年度资金总额 | 100 | 100 | 90 | 90%\n"
    assert read_monitoring_funds(split_lines(text)) == []
    assert column_role("1-6月执行情况") == "actual" and column_role("截至9月底完成情况") == "actual"


def test_variant_progress_column_one_to_n_months_in_tabs():
    text = (
        "项目名称\t文物保护经费\n"
        "项目资金(万元)\t年初预算数\t1至9月执行数\n"
        "年度资金总额\t80\t50\n"
        "一级指标\t二级指标\t三级指标\t指标值\t1-9月执行情况\t完成目标可能性\n"
        "产出指标\t数量指标\t修缮文物点数量\t≥5个\t已完成3个\t确定能\n"
    )
    records = _parse(text)
    indicator = next(r for r in records if isinstance(r, Indicator) and r.source_line == 5)
    assert indicator.progress_raw == "已完成3个" and indicator.actual_raw is None
    funding = next(r for r in records if isinstance(r, ProjectFunding) and r.source_line == 3)
    assert (funding.executed_to_date_yuan, funding.executed_to_month, funding.executed_yuan) == (
        Decimal("500000.00"), 9, None)


def test_scorer_takes_progress_and_to_date_figures_as_the_sheets_actual_and_amount():
    # (the hand-readers record a monitoring sheet's 1-6月执行数 as an amount and its 半年度执行情况 as the actual)
    funding = {"record_type": "project_funding", "source_line": 14, "label": "年度资金总额",
               "executed_to_date_yuan": "875700.00"}
    assert [(c.field, c.value) for c in candidates_of(funding)] == [("amount", Decimal("875700.00"))]
    indicator = {"record_type": "indicator", "source_line": 22, "level3_name": "成本", "progress_raw": "已使用约40%"}
    assert [(c.field, c.value) for c in candidates_of(indicator)] == [("actual", "已使用约40%")]

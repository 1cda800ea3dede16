"""Causes shared by the performance batches' misses (10p … 16t), each fixed once where every reader
takes it: each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.records import Project, ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _funding(records) -> dict[str, ProjectFunding]:
    return {r.source: r for r in records if isinstance(r, ProjectFunding)}


def test_real_page_run_together_funds_row_and_its_source_row():
    # 阆中市交通运输局 (a 车购税 转移支付 自评表, every cell run together): 年度资金总额:40004000100% is
    # 4000 | 4000 | 100% (400040001 | 0 | 0% holds too, and confirms nothing), and the 其中:中央补助 row
    # under it reads as it does
    records = parse_path(PAGES / "langzhong-jtysj-2021-transfer-selfeval-run-together.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("40000000.00"), Decimal("40000000.00"), Decimal(100))
    funding = _funding(records)
    assert funding["total"].source_line == 24
    superior = funding["superior"]
    assert (superior.label, superior.source_line) == ("中央补助", 25)
    assert (superior.budget_full_year_yuan, superior.executed_yuan) == (Decimal("40000000.00"), Decimal("40000000.00"))
    assert set(funding) == {"total", "superior"}  # (地方资金, 其他资金: empty rows, nothing read)


def test_run_together_source_rows_variant():
    # a variant: 年初/全年 budgets, 分值 and 得分 on the funds row only, a rate below 100, rows 其中:财政拨款
    # and 上年结转资金 (an unconfirmed row, 其他资金 5050 without a rate that holds, left out)
    records = parsed_page("\n".join([
        "项目支出绩效自评表",
        "(2022年度)",
        "项目名称某县农村公路养护工程",
        "主管部门某县交通运输局实施单位某县公路事务中心",
        "项目资金",
        "(万元)",
        "年初预算数全年预算数全年执行数分值执行率得分",
        "年度资金总额:120120961080%8",
        "其中:财政拨款1001008080%",  # (no 分值/得分: read with its amounts and rate alone)
        "上年结转资金20201680%",
        "其他资金505010%",
        "年度总体目标预期目标实际完成情况",
        "一级指标二级指标三级指标年度指标值实际完成值分值得分",
        "产出指标数量指标养护里程≥50公里52公里2020",
        "总分10096",
    ]))
    funding = _funding(records)
    assert (funding["total"].budget_initial_yuan, funding["total"].executed_yuan) == (
        Decimal("1200000.00"), Decimal("960000.00"))
    assert (funding["fiscal"].budget_full_year_yuan, funding["fiscal"].executed_yuan) == (
        Decimal("1000000.00"), Decimal("800000.00"))
    assert (funding["carryover"].budget_initial_yuan, funding["carryover"].executed_yuan) == (
        Decimal("200000.00"), Decimal("160000.00"))
    assert "other" not in funding


def test_real_page_target_table_other_funds_row_read_with_its_zero():
    # 巴南区接龙镇 (a 项目支出绩效目标申报表 in pipe rows): 年度资金总额 179.9, 其中:财政拨款 179.9 and
    # 其他资金 | 0 — the 0 had not been read (其他资金 was no target table's funds label)
    records = parse_path(PAGES / "banan-jielong-2021-project-targets-pipe.txt").all_records
    funding = _funding(records)
    assert (funding["total"].budget_initial_yuan, funding["fiscal"].budget_initial_yuan) == (
        Decimal("1799000.00"), Decimal("1799000.00"))
    other = funding["other"]
    assert (other.label, other.budget_initial_yuan, other.source_line) == ("其他资金", Decimal("0.00"), 18)


def test_target_table_other_funds_variant():
    # a variant: one cell per line, 元 in the cell, a full-width colon after the label
    records = parsed_page("\n".join([
        "2022年项目支出绩效目标申报表",
        "项目名称",
        "某县乡村道路养护",
        "主管部门",
        "某县交通运输局",
        "资金情况(万元)",
        "年度资金总额:",
        "60",
        "其中:财政拨款",
        "50",
        "其他资金：",
        "100000元",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "养护里程",
        "≥50公里",
    ]))
    funding = _funding(records)
    assert funding["other"].budget_initial_yuan == Decimal("100000")
    assert funding["total"].budget_initial_yuan == Decimal("600000")

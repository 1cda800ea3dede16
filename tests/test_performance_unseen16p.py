"""Performance documents of the sixteenth unseen batch (项目支出绩效自评表 and 转移支付自评表 from sites not
seen before), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.records import ParseWarning, Project, ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_funds_row_read_under_its_header_columns_with_the_empty_columns_kept():
    # 南充市林业局 (a Sichuan 部门预算项目支出绩效自评表 OCR'd to pipe rows): the header prints two empty
    # columns between 预算执行数 and 预算执行率, the 总额 row prints them empty too and leaves 得分 empty,
    # so it has one value fewer than the header's roles. It had been read for its rate alone.
    records = parse_path(PAGES / "nanchong-lyj-2023-selfeval-pipe.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert project.source_line == 3
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (
        Decimal("50000.00"), Decimal("50000.00"), Decimal("50000.00"))
    assert project.execution_rate == Decimal("100.00")
    assert project.funds_weight == Decimal("10") and project.funds_score is None
    fiscal = next(r for r in records if isinstance(r, ProjectFunding) and r.source == "fiscal")
    assert fiscal.executed_yuan == Decimal("50000.00")
    assert not any(isinstance(r, ParseWarning) and "different number of cells" in r.message and r.source_line == 9
                   for r in records)


HEADER = (
    "预算执行情况(10分) | 年度预算数(元) | 年初预算 | 调整后预算数 | 预算执行数 | | | "
    "预算执行率 | 权重 | 得分 | 原因 |"
)


def _page(*rows: str) -> list:
    return parsed_page("\n".join([
        "部门预算项目支出绩效自评表(2022年度) | | | |",
        "项目名称 | | 某县文化馆免费开放经费 | |",
        "主管部门 | | 某县文化和旅游局 | | 实施单位(盖章) | 某县文化馆 |",
        HEADER,
        *rows,
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |",
        "| 产出指标 | 数量指标 | 免费开放天数 | ≥ | 300 | 天 | 310 | 30 | 30 |",
        "合计 | 100 | 98 |",
    ]))


def test_funds_row_under_its_header_columns_variant():
    # 元 instead of 万元, full-width ｜ separators, a rate below 100 and the 权重 cell empty too
    records = _page(
        "｜ 总额 ｜ 120000 ｜ 150000 ｜ 142500 ｜ ｜ ｜ 95.00% ｜ ｜ ｜ ｜",
        "| 其中:财政资金 | 120000 | 150000 | 142500 | | | 95.00% | / | / | |",
    )
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (
        Decimal("120000"), Decimal("150000"), Decimal("142500"))
    assert project.execution_rate == Decimal("95.00")


def test_funds_row_that_dropped_its_empty_cells_is_not_read_by_columns():
    # the same row with its two empty middle cells dropped: its rate would stand under an empty column,
    # so it is not read column by column (the rate alone, with a warning, as before) — but by the funds
    # block's arithmetic (ingest/performance/funds_block.py): three amounts in the three money columns in
    # order, 100.00% = 5.00 / 5.00 confirming them; the 10 a 权重 or a 得分, left out
    records = _page("| 总额 | 5.00 | 5.00 | 5.00 | 100.00% | 10 |")
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("5.00"), Decimal("5.00"), Decimal("100.00"))
    assert project.funds_weight is None and project.funds_score is None
    assert any(isinstance(r, ParseWarning) and "different number of cells" in r.message for r in records)

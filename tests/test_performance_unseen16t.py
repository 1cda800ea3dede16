"""Performance target tables of the sixteenth unseen batch (项目支出绩效目标申报表 from provinces not seen
before), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Project, ProjectFunding
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _funds(records) -> list[tuple]:
    return [(f.source, f.label, f.budget_initial_yuan, f.source_line) for f in records if isinstance(f, ProjectFunding)]


def test_real_page_a_target_tables_year_budget_total_named_with_yusuan():
    # 阳泉市 2021 市级预算部门项目支出绩效目标申报表, cut before its indicators: the funds row names the
    # project's and the year's totals 中期预算资金总额 | 年度预算资金总额 | 25 under 项目预算资金(万元). The
    # label with 预算 was not a funds label, and the file was rejected (no recognisable section)
    records = parse_path(PAGES / "yangquan-glfwzx-2021-project-targets-pipe.txt").all_records
    assert [p.name for p in records if isinstance(p, Project)] == ["“四好农村路”、“三个一号旅游路”工作经费"]
    assert _funds(records) == [("total", "年度预算资金总额", Decimal("250000.00"), 12)]


def test_a_target_tables_year_budget_total_named_with_yusuan_variant():
    head = ["项目支出绩效目标申报表", "项目名称", "农村公路养护", "主管部门及代码", "县交通运输局"]
    indicators = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "养护里程", "≥120公里"]
    # one cell per line, both totals printed: the year's over the project's
    cells = [*head, "项目预算资金(万元)", "中期预算资金总额", "90", "年度预算资金总额:", "30", "其中:财政拨款", "30"]
    found = _funds(read_indicators(split_lines("\n".join(cells + indicators) + "\n"), "target"))
    assert [(s, label, amount) for s, label, amount, _ in found] == [
        ("total", "年度预算资金总额", Decimal("300000")),
        ("fiscal", "其中:财政拨款", Decimal("300000")),
    ]
    # pipe rows, full-width colon, the amount with its unit (元) and no caption unit
    pipes = " | ".join(head) + "\n项目资金 | 项目预算资金总额: | 120000元 |\n" + "\n".join(indicators) + "\n"
    found = _funds(read_indicators(split_lines(pipes), "target"))
    assert [(s, amount) for s, _, amount, _ in found] == [("total", Decimal("120000"))]
    # no unit anywhere: nothing read
    bare = [*head, "项目预算资金", "年度预算资金总额", "30"]
    assert _funds(read_indicators(split_lines("\n".join(bare + indicators) + "\n"), "target")) == []

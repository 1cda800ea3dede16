"""A funds block whose header letters its columns and writes its rates as formulas of them
(ingest/performance/lettered_funds.py): each row's cells laid over the lettered columns in every order-keeping way
whose printed rates are the quotients of their letters' figures, a column's figure read where every laying agrees;
the project the fund the sheet's title names."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.performance.lettered_funds import read_lettered_funds
from ingest.records import ParseWarning, Project, ProjectFunding, StatedFigure
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
PARSER = "performance.lettered_funds"
D = Decimal


def _funds(records) -> list[tuple]:
    return [(r.source_line, r.source, r.budget_full_year_yuan, r.executed_yuan, r.execution_rate, r.value_lines)
            for r in records if isinstance(r, ProjectFunding)]


def _stated(records) -> list[tuple]:
    return [(r.source_line, r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)]


def test_lettered_funds_real_page() -> None:
    # (26y 13: each header cell's words over its letter on the next line, a 列次 row, rows opening with their 行次
    # and wrapped after their first figure; B empty and dropped — only C, D filled makes D/C = 100% and E/C = 58.33%
    # with the budget A filled)
    text = (HELDOUT / "26y" / "text" / "13_sichuan_yaan-mingshan-lyj_2024_fund_eval.txt").read_text("utf-8")
    records = parsed_page(text)
    assert [(p.name, p.budget_full_year_yuan, p.executed_yuan, p.execution_rate) for p in records
            if isinstance(p, Project)] == [("林业草原改革发展资金", D("528000.00"), D("308000.00"), D("58.33"))]
    assert _funds(records) == [
        (31, "total", D("528000.00"), D("308000.00"), D("58.33"), "executed=32;execution_rate=32"),
        (33, "fiscal", D("528000.00"), D("308000.00"), D("58.33"), "executed=34;execution_rate=34"),
    ]
    assert [s for s in _stated(records) if "到位" in s[1]] == [
        (32, "年度资金总额全年到位资金", "amount", D("528000.00")),
        (32, "年度资金总额预算到位", "share_pct", D("100.00")),
        (34, "中央财政资金全年到位资金", "amount", D("528000.00")),
        (34, "中央财政资金预算到位", "share_pct", D("100.00")),
    ]


VARIANT = """XX县2023年度农业生产发展资金绩效自评表
资金投入情况（元）
| 年初预算数（A） | 全年预算数（B） | 全年执行数（C） | 执行率（C/B×100%） |
| 年度资金总额 | 1,200,000 | 1,500,000 | 1,350,000 | 90.00% |
| 其中：中央财政资金 | 1,000,000 | 1,000,000 | 100.00% |
| 地方资金 | 100,000 | 80,000 |
| 其他资金 | 300,000 | 200,000 | 40.00% |
资金管理情况
"""


def test_lettered_funds_variant() -> None:
    # (pipes, full-width brackets, money in 元 with separators, the letters' roles by their words; the 中央 row drops
    # a cell: its rate C/B prints, so B and C are filled and A is the one dropped; 地方资金's two amounts, no rate:
    # A and B, A and C or B and C — uncertain, left out; 其他资金's 40% is no quotient of 200,000 by 300,000: left out)
    records = read_lettered_funds(split_lines(VARIANT))
    assert [p.name for p in records if isinstance(p, Project)] == ["农业生产发展资金"]
    assert _funds(records) == [
        (4, "total", D("1500000.00"), D("1350000.00"), D("90.00"), None),
        (5, "fiscal", D("1000000.00"), D("1000000.00"), D("100.00"), None),
    ]
    assert [r.source_line for r in records if isinstance(r, ParseWarning) and r.parser == PARSER] == [6, 7]


def test_lettered_funds_without_a_title_or_letters_out_of_order() -> None:
    # (no title naming the fund: no project to hold the rows; letters skipping one: no header)
    assert read_lettered_funds(split_lines(VARIANT.split("\n", 1)[1])) == []
    assert read_lettered_funds(split_lines(VARIANT.replace("全年执行数（C）", "全年执行数（D）"))) == []


def test_a_project_s_sheet_naming_its_project_under_its_title_is_not_read_here() -> None:
    # (vocab25: the reader's condition is its block's shape, not other readers' output — a sheet printing 项目名称
    # between its title and its lettered header is a project's table, its funds the project table's reader's)
    named = VARIANT.replace("资金投入情况（元）", "项目名称 | 农业生产发展项目\n资金投入情况（元）")
    assert read_lettered_funds(split_lines(named)) == []
    assert read_lettered_funds(split_lines(named.replace("项目名称 |", "项 目 名 称："))) == []


def test_a_fund_s_sheet_after_a_project_table_is_read_keyed_after_its_project() -> None:
    # (vocab25: read in a document where another reader found a project too — its project the next key)
    page = Path(__file__).parent / "fixtures" / "pages" / "daying-sfj-2023-selfeval-pipe-cut-rows.txt"
    records = parsed_page(page.read_text("utf-8") + "\n" + VARIANT)
    assert [(p.project_key, p.name) for p in records if isinstance(p, Project)] == [
        ("p01", "2023年全县安可替代补助资金项目"), ("p02", "农业生产发展资金"),
    ]
    assert {(f.source, f.budget_full_year_yuan) for f in records
            if isinstance(f, ProjectFunding) and f.project_key == "p02"} == {
        ("total", D("1500000.00")), ("fiscal", D("1000000.00")),
    }

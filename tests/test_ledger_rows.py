"""A self-evaluation report's 项目支出明细: the project's ledger entries, each with its accounting voucher (会计凭证号),
read in the unit the table declares or, declaring none, in 元 where an entry read in 万元 would exceed the project's
funds the report prints in 万元 (ingest/ledger_rows.py); and the unit of a funds table printed one cell per line
reaching past its rows' rules of pipes (ingest/label_values.py). Real page of held-out batch 26r (10: 岳阳县 农村公路
养护, traditional characters with pinyin glosses on a mirror) and variants."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.ledger_rows import parse_ledger_rows
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
YUEYANG = "yueyangxian-ncgl-2020-selfeval-ledger-traditional.txt"
NANHU = "yueyang-nanhu-mzj-2016-selfeval-report.txt"


def _entries(records):
    return [(r.source_line, r.label, r.value) for r in records if isinstance(r, StatedFigure)]


def test_real_page_the_ledger_entries_in_yuan():
    records = parse_path(PAGES / YUEYANG).records
    entries = [(line, value) for line, label, value in _entries(records) if line > 80]
    assert entries == [
        (87, Decimal("50000.00")), (92, Decimal("50000.00")), (97, Decimal("83490.00")),
        (102, Decimal("340758.00")), (107, Decimal("452552.75")),
        (112, Decimal("82733.05")),  # (the page cut off inside its last row, after the amount)
    ]
    labels = {label for line, label, _ in _entries(records) if line > 80}
    assert "30226 劳务费 付旷宴良荣黄线养护劳务费" in labels  # (code and item, then the note; in simplified)
    assert not {r.metric for r in records if isinstance(r, StatedFigure) and r.source_line > 80} - {None}


def test_real_page_the_countys_planned_funds_under_their_unit():
    records = parse_path(PAGES / YUEYANG).records
    assert ("县财政", Decimal("7000000.00")) in {(r.label, r.value) for r in records
                                                if isinstance(r, StatedFigure) and r.source_line == 62}
    # (7,00.0,77: no number, not read)
    assert not [r for r in records if isinstance(r, StatedFigure) and r.source_line in (28, 30, 64, 66)]


def test_a_ledger_whose_entries_fit_either_unit_is_left_out():
    """南湖新区 2016: the same template, its entries 70.1 under 1208.75 万元 of funds (万元 or 元: not told), the rows
    without their note's cell."""
    records = parse_path(PAGES / NANHU).records
    assert not [r for r in records if isinstance(r, StatedFigure) and 78 <= r.source_line <= 108]
    assert any(isinstance(r, ParseWarning) and r.parser == "ledger_rows" for r in records)


FUNDS = ("项目名称:乡村道路养护\n计划安排资金 (万元) |\n{funds} |\n实际支出 (万元) |\n{funds} |\n||||||\n"
         "二、项目支出明细情况 |\n")


def _read(text):
    records = parse_ledger_rows(split_lines(text))
    return _entries(records), [r.message for r in records if isinstance(r, ParseWarning)]


@pytest.mark.parametrize(
    "table",
    [
        # one cell per line, closed by pipes, no rule between rows
        "支出内容 |\n支出金额 |\n凭证号 |\n摘要 |\n30201 办公费 |\n12,000.00 |\n3月记账 12 |\n购纸张 |\n"
        "30213 维修费 |\n450000 |\n5月记账 7 |\n|\n",
        # one row per line, pipes between cells (Markdown)
        "| 支出内容 | 支出金额 | 凭证号 | 摘要 |\n| 30201 办公费 | 12,000.00 | 3月记账 12 | 购纸张 |\n"
        "| 30213 维修费 | 450000 | 5月记账 7 | |\n",
        # one row per line, tabs between cells
        "支出内容\t支出金额\t记账凭证号\t摘要\n30201 办公费\t12,000.00\t3月记账 12\t购纸张\n"
        "30213 维修费\t450000\t5月记账 7\t\n合计说明见附件。\n",
    ],
)
def test_variants_read_in_yuan_when_an_entry_exceeds_the_funds(table):
    entries, _ = _read(FUNDS.format(funds="30") + table)
    assert [(label, value) for _, label, value in entries] == [
        ("30201 办公费 购纸张", Decimal("12000.00")), ("30213 维修费", Decimal("450000")),
    ]


LEDGER = ["支出内容 |", "实际支出数 |", "会计凭证号 |", "备注 |", "||||||",
          "30226 劳务费 |", "50,000.00 |", "2020年01月记账 9 |", "付养护劳务费 |", "||||||",
          "30906 大型修缮 |", "340,758.00 |", "2020年01月记账 9 |", "|", "||||||",
          "30906 大型修缮 |", "82,733.05 |", "2020年01月记账 9 |", "付工程款"]


@pytest.mark.parametrize(
    "reprint",
    [
        lambda rows: rows,
        # each rule printed as one pipe (a copy closing each cell of the grid's empty row)
        lambda rows: ["|" if row == "||||||" else row for row in rows],
        # each rule as a Markdown row and its rule
        lambda rows: [part for row in rows for part in (["|  |", "|---|"] if row == "||||||" else [row])],
        # a blank line after every line
        lambda rows: [part for row in rows for part in (row, "")],
    ],
)
def test_rules_between_rows_however_printed(reprint):
    entries, warnings = _read(FUNDS.format(funds="700") + "\n".join(reprint(LEDGER)) + "\n")
    assert [(label, value) for _, label, value in entries] == [
        ("30226 劳务费 付养护劳务费", Decimal("50000.00")), ("30906 大型修缮", Decimal("340758.00")),
        ("30906 大型修缮 付工程款", Decimal("82733.05")),  # (the text ends inside the last row: its cell unclosed)
    ] and warnings == []


def test_a_declared_unit_is_the_tables():
    table = "单位:万元\n支出内容 |\n支出金额 |\n凭证号 |\n30201 办公费 |\n1.20 |\n3月记账 12 |\n"
    entries, _ = _read(FUNDS.format(funds="30") + table)
    assert [value for _, _, value in entries] == [Decimal("12000.00")]


@pytest.mark.parametrize("funds", ["50000", None])
def test_no_unit_told_no_entry_read(funds):
    """Entries that fit within the funds read in 万元 (12,000.00 under 50000 万元), or no funds printed above: 万元 or
    元 is not told."""
    table = "支出内容 |\n支出金额 |\n凭证号 |\n30201 办公费 |\n12,000.00 |\n3月记账 12 |\n"
    head = FUNDS.format(funds=funds) if funds else "二、项目支出明细情况 |\n"
    entries, warnings = _read(head + table)
    assert entries == [] and warnings


def test_a_row_missing_a_cell_between_rules_is_left_out():
    table = ("支出内容 |\n支出金额 |\n凭证号 |\n备注 |\n||||\n30201 办公费 |\n12,000.00 |\n3月记账 12 |\n||||\n"
             "30213 维修费 |\n450,000.00 |\n5月记账 7 |\n付维修款 |\n||||\n")
    entries, warnings = _read(FUNDS.format(funds="30") + table)
    assert [value for _, _, value in entries] == [Decimal("450000.00")]
    assert len(warnings) == 1


def _pairs(text):
    from ingest.label_values import parse_label_values

    return [(f.label, f.value) for f in parse_label_values(split_lines(text))]


def _funds_grid(rows: int, between: str = "") -> str:
    """A funds table in 万元 one cell per line, a rule of pipes after each row, ``rows`` empty rows before 县财政's."""
    head = "计划安排资金 (万元) |\n700 |\n实际支出 (万元) |\n650 |\n||||||\n"
    empty = "".join(f"{name} |\n|\n{name} |\n|\n||||||\n" for name in ("其中:中央财政", "省财政", "市财政")[:rows])
    return head + empty * 3 + between + "县财政 |\n700 |\n县财政 |\n650 |\n||||||\n"


def test_a_units_reach_counts_no_rule_of_pipes():
    assert ("县财政", Decimal("7000000.00")) in _pairs(_funds_grid(3))


def test_a_units_reach_ends_at_another_tables_title():
    assert ("县财政", Decimal("7000000.00")) not in _pairs(_funds_grid(1, between="二、项目支出明细表\n"))
    assert ("县财政", Decimal("7000000.00")) not in _pairs(_funds_grid(1, between="附件2 专项资金绩效目标表 |\n"))

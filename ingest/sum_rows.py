"""A small table of amounts printed as rows with single spaces, read where its 合计 row is the sum of
its other rows: a 项目支出绩效目标申报表's funds (a web page's table copied as text, its cells' borders
gone)::

    项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 本年度申请资金
    合 计 213.4 259
    市级资金
    县级资金 213.4 259

The **header** is a line naming the label column (项目, printed 项 目) and, after it, the columns' names —
two or more, words with no digit, the last possibly a text column (测算依据及说明) — with the table's
money unit declared on it (``(万元)``, ``单位:万元``). Each line after it is a **row**: its label (words, a
space allowed inside: ``合 计``), then one number per money column, then, in a text column, words; a
label printed alone is a row whose cells are empty. The first other line ends the table.

A line is cut into its label, numbers and words by :func:`ingest.single_space_rows.spaced_row`, the reader
:mod:`ingest.change_rows` shares; here the label holds no digit and stands apart from plain numbers.
Single spaces do not tell which number stands where, so the table is read only where its arithmetic
confirms it: one 合计 row, at least one other row with numbers, and in every money column the 合计 is
the sum of the other rows (to the last printed digit). Otherwise it is left out with a parse warning.
A column of an earlier year's arrangement (上年度安排资金, 上年预算) is ``budget_initial``; the others
``amount``. Each figure is labelled ``<row label> <column name>`` at its row's line.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import declared_unit, parse_decimal
from ingest.records import ParseWarning, Record
from ingest.single_space_rows import spaced_row
from ingest.text import Line, lines_holding
from ingest.text_tables import TEXT_COLUMN_RE, TOTAL_LABEL_RE, Column, cell_figure

PARSER_NAME = "sum_rows"
# The label column's header (项 目), after which the columns' names follow on the header line.
LABEL_HEADER_RE = re.compile(r"项\s*目\s+(?P<columns>[^\d|\t]+?)\s*$")
# A money column's name: an amount of money (资金, 金额, 预算, 经费 …), no digit.
MONEY_COLUMN_RE = re.compile(r"资金|金额|预算|经费|拨款|支出")
# A column of an earlier year's arrangement or budget.
EARLIER_COLUMN_RE = re.compile(r"上年")
# A money cell: digits, a decimal point (no sign, no thousands separator, no %).
PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
MAX_LABEL_CHARS = 24
MAX_ROWS = 30
UNCONFIRMED = ("table of amounts printed as rows with single spaces: its 合计 row is not the sum of its other "
               "rows in every column (or it prints none); left out")


def _row(text: str, money: int, words: bool) -> tuple[str, list[str]] | None:
    """(label, money cells) of a row (:func:`~ingest.single_space_rows.spaced_row`): a label of words apart
    from its numbers, then as many plain numbers as the money columns (then the text column's words)."""
    row = spaced_row(text, money, tail=words)
    if row is None or not row.spaced or any(char.isdigit() for char in row.label) or not all(
        PLAIN_NUMBER_RE.fullmatch(number) for number in row.numbers
    ):
        return None
    return row.label, list(row.numbers)


def _read(lines: list[Line], at: int) -> list[Record]:
    header = lines[at]
    match = LABEL_HEADER_RE.search(header.norm)
    unit = declared_unit(header.norm)
    if match is None or unit is None:
        return []
    names = match.group("columns").split()
    text = bool(names) and TEXT_COLUMN_RE.search(names[-1]) is not None
    money = names[:-1] if text else names
    if len(money) < 2 or not all(MONEY_COLUMN_RE.search(name) for name in money):
        return []
    rows: list[tuple[Line, str, list[str]]] = []
    for line in lines[at + 1 : at + 1 + MAX_ROWS]:
        norm = line.norm.strip()
        if not norm:
            continue
        found = _row(norm, len(money), text)
        if found is not None and len(found[0]) <= MAX_LABEL_CHARS:
            rows.append((line, *found))
        elif len(norm) <= MAX_LABEL_CHARS and not any(ch.isdigit() for ch in norm) and " " not in norm:
            continue  # a row whose cells are empty (市级资金)
        else:
            break
    if not rows:
        return []
    totals = [row for row in rows if TOTAL_LABEL_RE.fullmatch("".join(row[1].split()))]
    items = [row for row in rows if row not in totals]
    if len(totals) != 1 or not items or not all(
        _sum_holds(totals[0][2][k], [item[2][k] for item in items]) for k in range(len(money))
    ):
        return [ParseWarning(parser=PARSER_NAME, message=UNCONFIRMED, context=header.norm.strip()[:120],
                             source_line=header.number, source_page=header.page)]
    columns = [Column(name, "budget_initial" if EARLIER_COLUMN_RE.search(name) else "amount") for name in money]
    out: list[Record] = []
    for line, label, numbers in rows:
        for column, number in zip(columns, numbers, strict=True):
            figure = cell_figure(label, column, number, unit, line)
            if figure is not None:
                out.append(figure)
    return out


def _sum_holds(total: str, parts: list[str]) -> bool:
    places = max(len(n.split(".")[1]) if "." in n else 0 for n in [total, *parts])
    t, s = parse_decimal(total), sum((parse_decimal(p) or Decimal(0) for p in parts), Decimal(0))
    return t is not None and abs(t - s) <= Decimal(1).scaleb(-places) / 2


def parse_sum_rows(lines: list[Line]) -> list[Record]:
    """Every such table of ``lines`` (see the module docstring)."""
    out: list[Record] = []
    for at in lines_holding(lines, ("项 目", "项目 "), "norm"):
        out.extend(_read(lines, at))
    return out

"""Comparison tables flattened to one row per line with single spaces, read by their arithmetic:
``1. 财政补助收入 6909800 55508400 48598600 703.33%`` under ``项目 2016年度 2017年度 2017比2016增减`` /
``增减值 增减%`` (a 公立医院情况对比表, a 收支对比表 copied from a PDF or a web page without its cells' borders).

The spaces no longer tell which number stands under which header word (the header spans two rows, and
one space separates everything), so a row is read only where its own numbers say what they are: a
label, then four numbers ``a b c d%`` with

- ``c = b − a`` (to the last printed digit of the least precise of the three: a copy drops trailing zeros,
  ``117154424.7``) — c is the change from a to b;
- ``d = c / a × 100`` (to the last printed digit of d), of the same sign as c — d is that change's rate;

(the line cut into its label and numbers by :func:`ingest.single_space_rows.spaced_row`, as
:mod:`ingest.sum_rows` cuts its rows) so a is the earlier year's amount, b this year's, c the 增减值 and d
the 增减%. A row is read under a
header printed above it that names a change (增减, 增长, 比上年 …) and a money unit declared above
(``单位:元``); a row of that shape whose arithmetic fails is left out with a parse warning (its columns
are not known), as is one whose earlier amount is 0 (no rate can be checked). A row's label printed alone
on the line above its numbers (``三、出院者平均医药费用`` then ``5591.34 5641.93 50.59 0.90%``) is its label.

Each row read gives this year's amount (``amount``), the change (``change``, unsigned, its direction from
the sign) and its rate (``change_pct``), compared with the earlier year. The earlier year's amount is
not recorded (it is the compared figure, not this document's).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import declared_unit, last_place, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.single_space_rows import NUMBER, spaced_row
from ingest.text import Line, lines_with
from ingest.vocabulary import metric_of_amount, metric_of_label

PARSER_NAME = "change_rows"
# A row: its label (possibly empty: printed on the line above), then four numbers, the last a percentage
# (:func:`_row`).
ROW_NUMBERS = 4
# What a row's line ends with (found by one scan of the document's lines joined by NUL: a % at a line's end).
ROW_CANDIDATE_RE = re.compile(r"%[ \t|]*(?=\x00|\Z)")
# A header naming a change: the column of the differences (增减值, 增减%, 比上年增长, 增减变动).
CHANGE_HEADER_RE = re.compile(r"增减|增长|比上年|较上年|变动")
# How far above a row its header and its unit may be printed (lines).
LOOKBACK = 40
# A label printed alone above its row's numbers: short, no digit but its item number.
MAX_LABEL_CHARS = 30
ITEM_NUMBER_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]{1,2}[.、)])")
LABEL_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")
NUMBER_TOKEN_RE = re.compile(rf"(?<!\S){NUMBER}%?(?!\S)")
ARITHMETIC_FAILS = (
    "a comparison table's row (label, then four numbers, the last a percentage) whose numbers are not an earlier "
    "amount, a later one, their difference and its rate (b − a = c, c / a = d%): its columns are not known; "
    "left out"
)
NO_EARLIER_AMOUNT = (
    "a comparison table's row whose earlier amount is 0: the rate cannot be checked, its columns are not known; "
    "left out"
)


def _row(text: str) -> tuple[str, list[str]] | None:
    """(label, the numbers a b c d) of a row (:func:`~ingest.single_space_rows.spaced_row`): four numbers at
    the line's end (a pipe may close it), only the last a percentage (its ``%`` taken off)."""
    row = spaced_row(text, ROW_NUMBERS, pipe=True)
    if row is None or not row.numbers[-1].endswith("%") or any("%" in number for number in row.numbers[:-1]):
        return None
    return row.label, [*row.numbers[:-1], row.numbers[-1][:-1].rstrip()]


def _decimal(text: str) -> Decimal | None:
    return parse_decimal(text.replace("−", "-").lstrip("+"))


def _label_above(lines: list[Line], index: int) -> str | None:
    """The label printed alone on the line with text above line ``index``, or None."""
    for k in range(index - 1, max(-1, index - 3), -1):
        text = lines[k].norm.strip()
        if not text:
            continue
        words = ITEM_NUMBER_RE.sub("", text)
        if len(text) <= MAX_LABEL_CHARS and LABEL_WORD_RE.search(words) and not any(c.isdigit() for c in words):
            return text
        return None
    return None


def _context(lines: list[Line], index: int) -> tuple[str | None, bool]:
    """The money unit declared above line ``index`` (the nearest within :data:`LOOKBACK` lines) and whether a
    header naming a change is printed between it and the row."""
    header = False
    for k in range(index - 1, max(-1, index - LOOKBACK), -1):
        text = lines[k].norm
        if CHANGE_HEADER_RE.search(text) and _row(text) is None:
            header = True
        if "元" in text and (unit := declared_unit(text)) is not None:
            return unit, header
    return None, header


def percent_ended_lines(lines: list[Line]) -> list[int]:
    """Indexes of the lines ending in a percentage (a comparison row's candidates: this module's and
    :mod:`ingest.comparison_rows`'s), in one scan."""
    return lines_with(lines, ROW_CANDIDATE_RE)


def parse_change_rows(lines: list[Line], candidates: list[int] | None = None) -> list[Record]:
    """Every figure of every row of a comparison table flattened with single spaces (see the module docstring);
    ``candidates``: :func:`percent_ended_lines`, where already found."""
    out: list[Record] = []
    for index in percent_ended_lines(lines) if candidates is None else candidates:
        line = lines[index]
        if "|" in line.norm.rstrip(" |") or "\t" in line.norm:
            continue  # a row with cell separators: the separated tables' reader's
        row = _row(line.norm)
        if row is None:
            continue
        label, numbers = row
        label = label.strip()
        if NUMBER_TOKEN_RE.search(label):
            continue  # more numbers than four: not this shape
        if not label:
            label = _label_above(lines, index) or ""
        if not LABEL_WORD_RE.search(ITEM_NUMBER_RE.sub("", label)):
            continue
        unit, header = _context(lines, index)
        if unit is None or not header:
            continue
        a, b, c, d = (_decimal(number) for number in numbers)
        if a is None or b is None or c is None or d is None:
            continue
        context = line.norm.strip()[:80]
        if a == 0:
            out.append(ParseWarning(parser=PARSER_NAME, message=NO_EARLIER_AMOUNT, context=context,
                                    source_line=line.number, source_page=line.page))
            continue
        tolerance = max(last_place(a), last_place(b), last_place(c))
        rate = c * 100 / a
        if abs(b - a - c) > tolerance or abs(rate - d) > last_place(d) or ((c < 0) != (d < 0) and d != 0):
            out.append(ParseWarning(parser=PARSER_NAME, message=ARITHMETIC_FAILS, context=context,
                                    source_line=line.number, source_page=line.page))
            continue
        amount, change = to_amount(numbers[1], unit), to_amount(numbers[2].lstrip("-−+"), unit)
        if amount is None or change is None:
            continue
        direction = "decrease" if c < 0 else "increase"
        label = " ".join(label.split())
        money_metric = metric_of_amount(label)
        out.append(StatedFigure(label=label, field="amount", value=amount.yuan, unit="yuan", metric=money_metric,
                                context=context, ulp=amount.ulp_yuan, source_line=line.number,
                                source_page=line.page))
        out.append(StatedFigure(label=label, field="change", value=change.yuan, unit="yuan", direction=direction,
                                metric=money_metric, context=context, ulp=change.ulp_yuan,
                                source_line=line.number, source_page=line.page, compared_with="prior_year"))
        out.append(StatedFigure(label=label, field="change_pct", value=abs(d), unit="percent", direction=direction,
                                metric=metric_of_label(label), context=context, source_line=line.number,
                                source_page=line.page, compared_with="prior_year"))
    return out

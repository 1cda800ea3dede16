"""Headline figures (总计/合计) whose label is printed but whose number cannot be read.

A text extraction can turn the digits of a figure into other characters (``收入总计 ■,■■■.■■
万元``, ``l,8S2.6二 万元``). The figure readers then find no number after the label and the
metric is simply absent, which looks the same as a document that never states it. This module
tells the two apart for the figures the reconciliation rules R02–R05 rest on: when such a metric
was not read but its label is printed with a 万元/元 amount that holds no readable number, it
yields a :class:`~ingest.records.ParseWarning` at that line (the run summary, ``audit.load_log``
and ``dim_document.completeness_score`` report it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ingest.final_accounts.figures import NUM
from ingest.records import Metric, ParseWarning, Record
from ingest.text import Line, lines_with

PARSER_NAME = "final_account.headline_figures"
# metric key → its printed label (收、支总计 states both totals at once)
HEADLINE_LABELS: tuple[tuple[str, str], ...] = (
    ("income_total", r"(?<!财政拨款)(?:收入总计|收\s*、\s*支总计)"),
    ("expenditure_total", r"(?<!财政拨款)(?:支出总计|收\s*、\s*支总计)"),
    ("income_current_year", r"本年收入合计"),
    ("expenditure_current_year", r"本年支出合计"),
    ("fiscal_income_total", r"财政拨款(?:收入总计|收\s*、\s*支总计)"),
    ("fiscal_expenditure_total", r"财政拨款(?:支出总计|收\s*、\s*支总计)"),
)
# After the label: a few filler characters, then a short token and the money unit: an amount is
# printed there. It is unreadable when the token is not a number (digits turned into ■, l, O, S, 二).
AMOUNT = r"\s*(?:[:,]\s*)?(?:均为|为|是)?\s*(?P<amount>[^。;:\s][^。;]{0,15}?)\s*(?:万元|元)"
NUMBER = re.compile(NUM)
# Not a garbled figure: a blank form's placeholder (the national template prints ``XXX 万元``,
# ``增加(减少)XXX 万元``), a change stated after the label (``支出总计增加 …``), or words.
NOT_A_FIGURE = re.compile(r"[Xx×*＊]{2,}|增加|减少|增长|下降|[\u4e00-\u9fff]{2,}")


def _amounts(pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """The unreadable amounts printed after the label ``pattern`` matches in ``text``."""
    for found in pattern.finditer(text):
        amount = found.group("amount").strip()
        if not NUMBER.fullmatch(amount) and not NOT_A_FIGURE.search(amount):
            yield amount


def unreadable_headline_figures(lines: Sequence[Line], records: Iterable[Record]) -> list[ParseWarning]:
    """One warning per headline metric not read whose label is printed with an unreadable amount."""
    read = {r.metric for r in records if isinstance(r, Metric)}
    missing = [(metric, label) for metric, label in HEADLINE_LABELS if metric not in read]
    warnings: list[ParseWarning] = []
    for metric, label in missing:
        pattern = re.compile(label + AMOUNT)
        scanned = lines if isinstance(lines, list) else list(lines)
        printed = [scanned[index] for index in lines_with(scanned, re.compile(label))]  # one scan finds the label
        found = next(((line, amount) for line in printed for amount in _amounts(pattern, line.norm)), None)
        if found:
            line, amount = found
            warnings.append(ParseWarning(
                source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                message=f"{metric} unreadable: its label is printed but its amount is not a number ({amount!r})",
                context=line.text.strip()[:120],
            ))
    return warnings

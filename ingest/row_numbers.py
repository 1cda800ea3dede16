"""Rows of a 决算 table that print a 行次 (row number) between their label and their amount, read
when the table has lost its grid: ``五、教育支出 39 409.52 五、附属单位上缴收入 6 …`` (one line, or
one cell per line).

Without the grid, a number after a label could be the row number or the amount. The 行次 column
says which: row numbers count up by one down a column (38, 39, 40 …), so an integer after a label
is a 行次 when its neighbour (one less or one more) is the 行次 of another label of the same table;
the cell right after it is the row's amount when it is printed as money (decimals or thousands
separators) — an amount printed as a bare integer cannot be told from the next 行次 and is left
out. Amounts of rows whose cells were printed apart from their labels (a column of amounts after a
column of labels) are not placed either: only a label, its 行次 and its amount in that order are
read. The money unit is the table's (``金额单位:元`` above the rows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.numbers import declared_unit, to_amount
from ingest.records import StatedFigure
from ingest.text import Line, lines_holding
from ingest.vocabulary import metric_of_amount

ORDINAL = r"(?:[一二三四五六七八九十]{1,3}[、.]|其中[:：]?|\(?[一二三四五六七八九十]{1,3}\)|[1-9]\d?[.、])"
ORDINAL_RE = re.compile(f"^{ORDINAL}")
ROW_LABEL_RE = re.compile(rf"^{ORDINAL}?[\u4e00-\u9fff()（）、]{{2,30}}(?:收入|支出|合计|总计|结余|结转|拨款)$")
ROW_NUMBER_RE = re.compile(r"^[1-9]\d{0,2}$")
MONEY_RE = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{1,2})$")
# Where the table's unit is looked for: this many tokens before a row.
UNIT_LOOKBACK = 400


@dataclass(frozen=True)
class _Token:
    text: str
    line: Line


def _tokens(lines: list[Line]) -> list[_Token]:
    return [_Token(text, line) for line in lines for text in line.norm.replace("|", " ").split()]


def parse_row_numbers(lines: list[Line]) -> list[StatedFigure]:
    """The amounts of rows printed as label, 行次, amount (see the module docstring)."""
    if not lines_holding(lines, ("行次",)):  # no 行次 column printed: one scan of the document says so
        return []
    tokens = _tokens(lines)
    rows: list[tuple[int, int]] = []  # (token index of the label, 行次)
    for index in range(len(tokens) - 1):
        if ROW_LABEL_RE.match(tokens[index].text) and ROW_NUMBER_RE.match(tokens[index + 1].text):
            rows.append((index, int(tokens[index + 1].text)))
    numbers = {number for _, number in rows}
    out: list[StatedFigure] = []
    for index, number in rows:
        if number - 1 not in numbers and number + 1 not in numbers:
            continue  # no neighbouring 行次: the integer may be an amount
        if index + 2 >= len(tokens) or not MONEY_RE.match(tokens[index + 2].text):
            continue
        amount_token = tokens[index + 2]
        unit = next(
            (u for k in range(index - 1, max(-1, index - UNIT_LOOKBACK), -1)
             if (u := declared_unit(tokens[k].text + (tokens[k + 1].text if k + 1 < index else "")))),
            None,
        )
        amount = to_amount(amount_token.text, unit) if unit else None
        if amount is None:
            continue
        label = tokens[index].text
        out.append(StatedFigure(
            label=f"{label} (行次{number})",
            field="amount",
            value=amount.yuan,
            unit="yuan",
            metric=metric_of_amount(ORDINAL_RE.sub("", label)),
            context=f"{label} {number} {amount_token.text}",
            ulp=amount.ulp_yuan,
            source_line=amount_token.line.number,
            source_page=amount_token.line.page,
        ))
    return out

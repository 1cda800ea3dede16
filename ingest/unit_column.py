"""Tables of 项目 | 单位 | 数值 printed one cell per line (a public hospital's 财务信息公开表, a fact
sheet): each row is its label, its unit cell, its value — the unit cell merged over the rows below
it, so printed only where the unit changes::

    项 目 / 单 位 / 数 值
    资产总额 / 万元 / 141161
    负债总额 / 51176                      (万元, the merged cell above)
    开放床位数 / 张 / 1226
    年出院人数 / 35866                    (unit lost: left out)

A row whose unit cell is printed gives its figure: money in 元, a count in its unit (人, 张, 人次 …).
A row without one takes the last money unit printed above it in the table only where its label
names money (收入, 支出, 成本, 费用, 资产, 负债, 总额 …) and no rate, share or average (率, 占, 比重,
人均, 次均, 每 …): a count's or a percentage's unit is its own row's. A number with no label right
above it (a row whose label the page lost) and a label with no number (a heading, a row whose value
is empty) are left out.

Only a table whose header prints 单位 and then 数值 each alone on a line is read: one scan of the
document finds the lines holding 数值.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import to_amount
from ingest.records import StatedFigure
from ingest.text import CJK_RE, Line, is_page_mark, lines_holding
from ingest.vocabulary import COUNT_UNITS, MONEY_UNITS, metric_of_amount

# The header cells, compact (their spaces dropped: 项 目 / 单 位 / 数 值), a closing pipe allowed.
VALUE_HEADER = "数值"
UNIT_HEADER = "单位"
# A unit cell of money or of a count is read (the vocabulary's MONEY_UNITS and COUNT_UNITS: 万元, 人次, 床, 辆 …).
# Any unit cell (a unit this reader does not read, such as %, 天, 平方米, ends the money unit's reach
# for the rows without a unit cell no more than a count's does: both are their own row's).
OTHER_UNITS = ("%", "天", "平方米", "元/人", "元/床日")
NUMBER_RE = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")
MONEY_LABEL_RE = re.compile(r"收入|支出|成本|费用|经费|资产|负债|总额|资金|拨款|补助|结余|费$")
NOT_MONEY_LABEL_RE = re.compile(r"率|占|比重|比例|增幅|降幅|涨幅|百元|人均|次均|床日|每|平均")
# A label cell: short, with CJK characters, no sentence punctuation.
LABEL_RE = re.compile(r"^[^。;!?]{2,40}$")
# How far the 单位 cell may stand above the 数值 cell (blank lines between).
MAX_HEADER_GAP = 3
# Lines read after the header at most; the table ends earlier at a line of prose.
MAX_TABLE_LINES = 400
MAX_LABEL_CHARS = 40


def _cell(line: Line) -> str:
    """A line's cell: its compact text without a closing pipe; nothing for a page mark (a page's
    number, or its running header read as one: no cell, the table goes on under it)."""
    return "" if is_page_mark(line.norm) else line.compact.rstrip("|")


def _header_ends(lines: list[Line]) -> list[int]:
    """Indexes of the 数值 cells that close a 单位 / 数值 header printed one cell per line."""
    out: list[int] = []
    for index in lines_holding(lines, (VALUE_HEADER,), "compact"):
        if _cell(lines[index]) != VALUE_HEADER:
            continue
        above = [k for k in range(max(0, index - MAX_HEADER_GAP), index) if lines[k].compact]
        if above and _cell(lines[above[-1]]) == UNIT_HEADER:
            out.append(index)
    return out


def _unit_of(cell: str) -> str | None:
    return cell if cell in MONEY_UNITS or cell in COUNT_UNITS or cell in OTHER_UNITS else None


def _figure(label: str, number: str, unit: str, line: Line) -> StatedFigure | None:
    if unit in MONEY_UNITS:
        amount = to_amount(number, unit)
        if amount is None or amount.yuan < 0:
            return None
        value, ulp, unit_out, field, metric = amount.yuan, amount.ulp_yuan, "yuan", "amount", metric_of_amount(label)
    elif unit in COUNT_UNITS and "." not in number and not number.startswith("-"):
        value, ulp, unit_out, field, metric = Decimal(number.replace(",", "")), None, unit, "count", None
    else:
        return None
    return StatedFigure(
        label=label, field=field, value=value, unit=unit_out, metric=metric, context=f"{label} {number} {unit}",
        ulp=ulp, source_line=line.number, source_page=line.page,
    )


def _read_table(lines: list[Line], start: int) -> list[StatedFigure]:
    out: list[StatedFigure] = []
    label: str | None = None  # the label cell waiting for its value
    row_unit: str | None = None  # the unit cell printed in the row being read
    money_unit: str | None = None  # the last money unit cell printed above
    for line in lines[start + 1 : start + 1 + MAX_TABLE_LINES]:
        cell = _cell(line)
        if not cell:
            continue
        unit = _unit_of(cell)
        if unit is not None:
            row_unit = unit
            if unit in MONEY_UNITS:
                money_unit = unit
            continue
        if NUMBER_RE.match(cell):
            if label is not None:
                if row_unit is None and MONEY_LABEL_RE.search(label) and not NOT_MONEY_LABEL_RE.search(label):
                    row_unit = money_unit
                if row_unit is not None and not (NOT_MONEY_LABEL_RE.search(label) and row_unit in MONEY_UNITS):
                    figure = _figure(label, cell, row_unit, line)
                    if figure is not None:
                        out.append(figure)
            label, row_unit = None, None
            continue
        if not LABEL_RE.match(cell) or not CJK_RE.search(cell):
            break  # prose: the table has ended
        label, row_unit = cell[:MAX_LABEL_CHARS], None
    return out


def parse_unit_column_tables(lines: list[Line]) -> list[StatedFigure]:
    """Every figure of every 项目 | 单位 | 数值 table printed one cell per line (see the module docstring)."""
    out: list[StatedFigure] = []
    for start in _header_ends(lines):
        out.extend(_read_table(lines, start))
    return out

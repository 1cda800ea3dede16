"""Two-year comparison tables with three numbers a row: ``label [unit] 上年 本年 增长%`` — a 公立医院财务信息公开指标
sheet (``一级指标 二级指标 单位 上年度 本年度 增长`` over ``(2018年) (2019年)``, ``经济指标 总收入 万元 21226.69
24309.16 14.52%``), a 收支对比表 or 主要指标对比 copied without its cells' borders, or with pipes or tabs.

The sibling with four numbers (``a b c d%``: the 增减额 column printed) is :mod:`ingest.change_rows`'s. Here the
structure is:

- a **header** whose last columns are, in this order, the earlier year (上年 / 上年度 / 上年数 / 上年同期, or a
  year ``2018年``), the later year (本年 / 本年度 / 本年数 / 本期, or the next year ``2019年``) and a change
  column (增长 / 增长率 / 增减 / 增减% / 增减率 / 增幅 / 同比), nothing after it (:func:`comparison_header`); the
  years may stand in brackets after the column words, or alone on the line under the header
  (``(2018年) (2019年)``, the second the year after the first);
- then **rows**, one a line, each its label cells, an optional unit cell, and three numbers ``a b g``, cells
  separated by spaces, tabs or pipes (the rows run on from the header: a line of another shape ends the
  table). The label's first cell may be its group's (一级指标, printed on the group's first row only): the
  label is kept as printed.

A row is read only where its own numbers say what they are:

- ``g = (b − a) / a × 100`` to g's last printed digit (``14.52%``, ``-6.68%``, ``下降6.68%``): g is the
  growth rate of b over a — unless, printed without ``%``, g is also ``b − a`` (then which it is is not
  known);
- in a row whose unit is ``%``, ``g = b − a`` (``0.12 0.43 0.31``): g is the change in percentage points
  (not a rate: not recorded);
- in another row, ``g = b − a`` with g printed without ``%``: g is the difference (增减额, ``change``).

Any other row is left out with a parse warning (its columns are not known); so is a row whose earlier
figure is 0 (no rate to check).

The unit of a row is its unit cell (the last cell before the numbers, a unit the vocabulary knows:
``seeds/indicator_units.csv``), or a bracketed unit closing its label (``总收入(万元)``); under a header
without a 单位 column, a money unit declared above the header (``单位:万元``). Money is in 元 (``amount``),
a count as a count (人 / 人次 / 张 / 床 …, whole numbers only), a row in ``%`` a ``share_pct`` (a rate or a
share: a measure, never money), a duration (天) or a physical quantity a ``measure``; a rate per unit
(元/人次) or a row without a unit keeps only its growth. Each row read gives this year's figure, the
earlier year's (``compared_with="prior_year"``, its printed year in ``year``) and the growth
(``change_pct``, unsigned, its direction from the sign) or the difference (``change``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.change_rows import percent_ended_lines
from ingest.numbers import NUMBER_PATTERN, declared_unit, last_place, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line
from ingest.units import UNIT_KINDS, canonical_unit, is_physical
from ingest.vocabulary import YEAR, metric_of_amount, metric_of_label

PARSER_NAME = "comparison_rows"
# Words a comparison header's change column holds (a string search before the header's regex).
CHANGE_WORDS = ("增长", "增减", "增幅", "同比")
# A column of a year: 上年 / 上年度 / 上年数 / 上年同期, 本年 / 本年度 / 本年数 / 本期, or a year; its year may
# follow in brackets (上年度(2018年)).
def _bracket(name: str) -> str:
    """A year in brackets after a column's words (上年度(2018年)), as the group ``name``."""
    return rf"(?:\s*[(（]\s*(?P<{name}>{YEAR})\s*年?度?\s*[)）])?"


_SEP = r"[\s|｜\t]*"
COMPARISON_HEADER_RE = re.compile(
    rf"(?P<prior>上年(?:度|同期)?(?:数|值)?|(?P<py>{YEAR})\s*年度?(?:数|值)?){_bracket('pb')}{_SEP}"
    rf"(?P<current>本年(?:度)?(?:数|值)?|本期(?:数|值)?|(?P<cy>{YEAR})\s*年度?(?:数|值)?){_bracket('cb')}"
    rf"{_SEP}(?P<change>(?:同比|比上年)?(?:增长|增减|增幅)(?:率|幅度|比例)?(?:\s*[(（]?\s*[%％]\s*[)）]?)?|同比(?:\s*[%％])?)"
    rf"{_SEP}$"
)
# The years alone on the line under a header: ``(2018年) (2019年)``.
YEARS_LINE_RE = re.compile(
    rf"^[\s|｜\t]*[(（]?\s*(?P<py>{YEAR})\s*年?度?\s*[)）]?[\s|｜\t]+"
    rf"[(（]?\s*(?P<cy>{YEAR})\s*年?度?\s*[)）]?[\s|｜\t]*$"
)
NUMBER_RE = re.compile(rf"^{NUMBER_PATTERN}$")
# The change cell: a signed number, or one after a word of direction, then an optional %.
CHANGE_CELL_RE = re.compile(
    rf"^(?P<word>下降|减少|降低|增长|增加|上升)?\s*(?P<number>{NUMBER_PATTERN})\s*(?P<pct>[%％])?$"
)
DECREASE_WORDS = ("下降", "减少", "降低")
# A unit in brackets closing a label: 总收入(万元).
LABEL_UNIT_RE = re.compile(r"[(（]\s*([^()（）\s]{1,6})\s*[)）]$")
LABEL_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")
MARKDOWN_RULE_RE = re.compile(r"^[\s|:：\-—]*$")
# How many blank lines may stand between two rows of one table, how far above a header its unit may be declared,
# and how many lines a table's rows above one of them may take.
MAX_BLANK = 1
MAX_TABLE_ROWS = 60
UNIT_LOOKBACK = 4
ARITHMETIC_FAILS = (
    "a comparison table's row (label, then an earlier figure, a later one and their change) whose change is "
    "neither the later figure's growth over the earlier ((b − a) / a) nor their difference: its columns are not "
    "known; left out"
)
AMBIGUOUS = (
    "a comparison table's row whose change, printed without %, is both the growth rate and the difference of its "
    "figures: which it is is not known; left out"
)
NO_EARLIER_FIGURE = (
    "a comparison table's row whose earlier figure is 0: its growth cannot be checked; left out"
)


def comparison_header(text: str) -> re.Match[str] | None:
    """Whether ``text`` is a two-year comparison header (its last columns an earlier year, the later year and
    their change, see the module docstring): the match (``py`` / ``pb`` and ``cy`` / ``cb``: the printed years),
    or None. The years, where both are printed, must be consecutive."""
    if not any(word in text for word in CHANGE_WORDS):
        return None
    match = COMPARISON_HEADER_RE.search(text)
    if match is None:
        return None
    prior, current = match.group("py") or match.group("pb"), match.group("cy") or match.group("cb")
    if (prior is None) != (current is None) and (match.group("py") or match.group("cy")):
        return None  # one year column printed as a year, the other not: not this header
    if prior and current and int(current) != int(prior) + 1:
        return None
    return match


def _cells(text: str) -> list[str]:
    """The cells of a row: split at pipes, else at tabs, else at spaces (empty cells dropped)."""
    if "|" in text or "｜" in text:
        parts = re.split(r"[|｜]", text)
    elif "\t" in text:
        parts = text.split("\t")
    else:
        parts = text.split()
    return [" ".join(part.split()) for part in parts if part.strip()]


def _unit_kind(printed: str) -> tuple[str, str] | None:
    """(the vocabulary's unit, its kind) of a unit cell, or None where ``printed`` is no unit."""
    unit = canonical_unit(printed.replace("％", "%"))
    if unit is None:
        return None
    if "/" in unit:
        return unit, "per_unit"
    return unit, UNIT_KINDS.get(unit, "unspecified")


def _row(text: str) -> tuple[str, tuple[str, str] | None, str, str, str] | None:
    """(label, (unit, kind) or None, a, b, g) of a comparison row, or None where ``text`` is not one."""
    if "|" not in text and "｜" not in text and "\t" not in text and len(text.split(None, 3)) < 4:
        return None  # (fewer than four cells split at spaces, a sentence's line: not split and joined cell by cell)
    cells = _cells(text)
    if len(cells) < 4:
        return None
    a, b, g = cells[-3:]
    if not NUMBER_RE.match(a) or not NUMBER_RE.match(b) or not CHANGE_CELL_RE.match(g):
        return None
    rest = cells[:-3]
    unit = _unit_kind(rest[-1]) if rest else None
    if unit is not None:
        rest = rest[:-1]
    if not rest or any(NUMBER_RE.match(cell.rstrip("%％")) for cell in rest):
        return None
    label = " ".join(rest)
    if not LABEL_WORD_RE.search(label):
        return None
    if unit is None and (bracket := LABEL_UNIT_RE.search(label)):
        unit = _unit_kind(bracket.group(1))
    return label, unit, a, b, g


def _number(text: str) -> Decimal | None:
    return parse_decimal(text.replace("−", "-").lstrip("+"))


def _declared_above(lines: list[Line], index: int) -> str | None:
    """A money unit declared on the lines right above a header (``单位:万元``), or None."""
    for k in range(index, max(-1, index - UNIT_LOOKBACK), -1):
        if (unit := declared_unit(lines[k].norm)) is not None:
            return unit
    return None


def parse_comparison_rows(lines: list[Line], candidates: list[int] | None = None) -> list[Record]:
    """Every figure of every row of a two-year comparison table with three numbers a row (see the module
    docstring). A table is found from a row of it ending in a percentage (``candidates``: the lines ending so,
    :func:`ingest.change_rows.percent_ended_lines`, found once for both comparison readers): its header is the
    first line above its rows (and the years' line under the header) that is no row."""
    out: list[Record] = []
    done: set[int] = set()
    for row_index in percent_ended_lines(lines) if candidates is None else candidates:
        if row_index in done or _row(lines[row_index].norm.strip()) is None:
            continue
        index = _header_above(lines, row_index)
        if index is None or index in done:
            continue
        done.add(index)
        header = comparison_header(lines[index].norm)
        if header is None:
            continue
        prior_year, year = header.group("py") or header.group("pb"), header.group("cy") or header.group("cb")
        unit_column = "单位" in lines[index].norm[: header.start()]
        declared = None if unit_column else _declared_above(lines, index)
        blank = 0
        for k in range(index + 1, len(lines)):
            line = lines[k]
            text = line.norm.strip()
            if not text or MARKDOWN_RULE_RE.match(text):
                blank += not text
                if blank > MAX_BLANK:
                    break
                continue
            blank = 0
            if k == index + 1 and (years := YEARS_LINE_RE.match(text)):
                if prior_year is None and int(years.group("cy")) == int(years.group("py")) + 1:
                    prior_year, year = years.group("py"), years.group("cy")
                continue
            row = _row(text)
            if row is None:
                break
            done.add(k)
            out.extend(_read_row(line, row, declared, prior_year, year))
    return out


def _header_above(lines: list[Line], index: int) -> int | None:
    """The index of the first line above row ``index`` that is no row (nor blank, a rule, or the years' line under
    a header), within :data:`MAX_TABLE_ROWS` lines; None where there is none."""
    for k in range(index - 1, max(-1, index - MAX_TABLE_ROWS), -1):
        text = lines[k].norm.strip()
        if not text or MARKDOWN_RULE_RE.match(text) or _row(text) is not None:
            continue
        if YEARS_LINE_RE.match(text) and k > 0:
            return k - 1
        return k
    return None


def _read_row(
    line: Line, row: tuple[str, tuple[str, str] | None, str, str, str], declared: str | None,
    prior_year: str | None, year: str | None,
) -> list[Record]:
    label, unit, a_text, b_text, g_text = row
    context = line.norm.strip()[:80]
    a, b = _number(a_text), _number(b_text)
    change = CHANGE_CELL_RE.match(g_text)
    g = _number(change.group("number")) if change else None
    if a is None or b is None or g is None or change is None:
        return []
    if change.group("word") in DECREASE_WORDS:
        if g < 0:
            return []
        g = -g
    warning = ParseWarning(parser=PARSER_NAME, message=ARITHMETIC_FAILS, context=context,
                           source_line=line.number, source_page=line.page)
    if a == 0:
        return [ParseWarning(parser=PARSER_NAME, message=NO_EARLIER_FIGURE, context=context,
                             source_line=line.number, source_page=line.page)]
    tolerance = max(last_place(a), last_place(b), last_place(g))
    is_rate = abs((b - a) * 100 / a - g) <= last_place(g) and ((g < 0) == (b < a) or g == 0)
    is_difference = abs(b - a - g) <= tolerance and change.group("word") is None
    percent_row = unit is not None and unit[1] == "rate"
    if percent_row and is_difference:
        kind = "points"  # (a share's change in percentage points, % or not)
    elif is_rate and is_difference and not change.group("pct"):
        return [ParseWarning(parser=PARSER_NAME, message=AMBIGUOUS, context=context,
                             source_line=line.number, source_page=line.page)]
    elif is_rate:
        kind = "rate"
    elif is_difference and not change.group("pct"):
        kind = "difference"
    else:
        return [warning]
    if unit is None and declared is not None:
        unit = (declared, "amount")
    label = " ".join(label.split())
    compared = prior_year or "prior_year"
    direction = "decrease" if b < a else "increase"
    out: list[Record] = []
    figures = _figures(label, unit, a_text, b_text)
    for (field, value, unit_name, ulp, metric), of_prior in zip(figures, (True, False), strict=False):
        out.append(StatedFigure(
            label=label, field=field, value=value, unit=unit_name, metric=metric, context=context, ulp=ulp,
            source_line=line.number, source_page=line.page,
            year=int(prior_year if of_prior else year) if (prior_year and year) else None,
            compared_with="prior_year" if of_prior else None,
        ))
    if kind == "rate":
        out.append(StatedFigure(label=label, field="change_pct", value=abs(g), unit="percent", direction=direction,
                                metric=metric_of_label(label), context=context, source_line=line.number,
                                source_page=line.page, compared_with=compared))
    elif kind == "difference" and figures and figures[0][0] in ("amount", "count"):
        field, _, unit_name, _, metric = figures[0]
        value = abs(b - a)
        ulp = None
        if field == "amount":
            amount = to_amount(g_text.lstrip("-−+"), unit[0] if unit else None)
            if amount is None:
                return out
            value, ulp = amount.yuan, amount.ulp_yuan
        out.append(StatedFigure(label=label, field="change", value=value, unit=unit_name, direction=direction,
                                metric=metric, context=context, ulp=ulp, source_line=line.number,
                                source_page=line.page, compared_with=compared))
    return out


def _figures(
    label: str, unit: tuple[str, str] | None, a_text: str, b_text: str
) -> list[tuple[str, Decimal, str, Decimal | None, str | None]]:
    """(field, value, unit, ulp, metric) of the earlier and the later figure of a row in ``unit``, or none where
    its unit does not say what they are (no unit, a rate per unit, a count in 万, a count not whole)."""
    if unit is None:
        return []
    name, kind = unit
    out = []
    for text in (a_text, b_text):
        if kind == "amount":
            amount = to_amount(text, name)
            if amount is None:
                return []
            out.append(("amount", amount.yuan, "yuan", amount.ulp_yuan, metric_of_amount(label)))
            continue
        value = _number(text)
        if value is None:
            return []
        if kind == "rate":
            out.append(("share_pct", value, "percent", None, metric_of_label(label)))
        elif kind == "count" and name in UNIT_KINDS and value == value.to_integral_value() and "万" not in name:
            out.append(("count", value, name, None, None))
        elif kind == "duration" or is_physical(name):
            out.append(("measure", value, name, None, None))
        else:
            return []
    return out

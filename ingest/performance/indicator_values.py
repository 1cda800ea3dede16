"""Reading an indicator's target or actual value: ``≥90%``, ``<=2万元``, ``2022 年 12 月 31 日前``.

Performance tables print 年度指标值 / 实际完成值 in many spellings: ``>=``, ``≥``, ``≧``, the
LaTeX ``$\\geq 90\\%$`` some extraction tools leave behind, ``＝``, words such as 不低于 / 不超过,
spaces inside numbers and units (``≥ 20 万元``). :func:`parse_indicator_value` turns one such
string into an operator (``>=`` ``<=`` ``=`` ``>`` ``<``), the number *as printed* (``≤2万元`` →
2, unit 万元: not converted to 元) and its unit. Dates become ``unit="date"`` with the value
``yyyymmdd`` (``2022年12月31日前`` → ``<=`` 20221231). Qualitative targets (提升, 保障, 长期)
carry no operator or value and count as parsed; text with an operator or digits that cannot be
read is reported as unparsed (``parsed=False``) so the load summary can count it. A bare figure
(``210``) takes its unit from the indicator's name where the name says what is counted
(``创业担保贷款人数`` → 人, ``结案率`` → %): :func:`with_unit_from_name`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ingest.numbers import parse_decimal
from ingest.text import normalise
from ingest.units import KNOWN_UNITS, SPELLINGS, canonical_unit
from ingest.vocabulary import (
    BOUND_SIGN_ALTERNATION,
    BOUND_SIGN_OPERATORS,
    BOUND_WORDS,
    EMPTY_CELL_MARKS,
    LIMIT_ALTERNATION,
    WRITTEN_DAY,
)

# What an empty target / actual cell holds: nothing, a placeholder mark, 无.
EMPTY_VALUES = EMPTY_CELL_MARKS | {"", "无"}
# Values and scores repeat down a table (``100%``, ``≥95%``, ``10``): each spelling is read once
# (bounded caches of pure functions: what they return is immutable).
VALUE_CACHE_SIZE = 4096

# Operators as printed → canonical form. Longest spellings first (matched as prefixes): the vocabulary's bound
# words, then the signs as :func:`~ingest.text.normalise` leaves them (＝ ＞ ＜ as = > <), with the spellings of
# them some tables print (=>, =<, ==, ═).
OPERATOR_WORDS: tuple[tuple[str, str], ...] = (
    *BOUND_WORDS,
    (">=", ">="),
    ("=>", ">="),
    ("<=", "<="),
    ("=<", "<="),
    ("==", "="),
    ("≥", ">="),
    ("≧", ">="),
    ("⩾", ">="),
    ("≤", "<="),
    ("≦", "<="),
    ("⩽", "<="),
    ("=", "="),
    ("═", "="),  # a box-drawing double bar printed for = (永德县 2022: ═ | 100 | %)
    (">", ">"),
    ("<", "<"),
)
# The same, grouped by first character (in the same order) so a value tries only its candidates.
OPERATORS_BY_FIRST_CHAR: dict[str, tuple[tuple[str, str], ...]] = {
    first: tuple(pair for pair in OPERATOR_WORDS if pair[0][0] == first) for first in {w[0] for w, _ in OPERATOR_WORDS}
}
# Words after the figure that carry the operator: 90%以上, 5天以内, 2022年12月31日前.
SUFFIX_OPERATORS: tuple[tuple[str, str], ...] = (
    ("及以上", ">="),
    ("以上", ">="),
    ("之前", "<="),
    ("以前", "<="),
    ("以内", "<="),
    ("以下", "<="),
    ("前", "<="),
    ("内", "<="),
    ("左右", "="),
)
SUFFIX_WORDS = tuple(word for word, _ in SUFFIX_OPERATORS)
# LaTeX left in the text by some PDF-to-markdown tools.
LATEX_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    ("\\geqslant", "≥"),
    ("\\leqslant", "≤"),
    ("\\geq", "≥"),
    ("\\leq", "≤"),
    ("\\ge", "≥"),
    ("\\le", "≤"),
    ("\\gt", ">"),
    ("\\lt", "<"),
    ("\\%", "%"),
    ("\\text", ""),
    ("\\mathrm", ""),
    ("{", ""),
    ("}", ""),
    ("$", ""),
)
# Units printed after indicator values (万元 is not converted here): the vocabulary of ingest/units.py
# (seeds/indicator_units.csv) — counts, money, rates, durations and physical quantities (米, 公顷, 立方米, 吨,
# 千瓦时 …); their Latin spellings (hm2, m3, t, kg, kW) are read as the vocabulary's names (canonical_unit).
UNITS: frozenset[str] = KNOWN_UNITS
# The same with every printed spelling (a unit printed in a cell of its own: ``1200 | hm2``).
PRINTED_UNITS: frozenset[str] = KNOWN_UNITS | frozenset(SPELLINGS)
DATE_UNIT = "date"
# What an indicator name ending in these words counts: a bare figure takes this unit.
UNIT_OF_NAME_ENDING: tuple[tuple[str, str], ...] = (
    ("人次", "人次"),
    ("户次", "户次"),
    ("人数", "人"),
    ("次数", "次"),
    ("户数", "户"),
    ("个数", "个"),
    ("件数", "件"),
    ("天数", "天"),
    ("场次", "场"),
    ("率", "%"),
)

# A name ending in the unit its figures are counted in, in brackets: 养护里程(公里), 新建排水沟（m）;
# Latin spellings of units read as the Chinese ones. The national template's placeholder at a
# name's end (苗木成活率(≥**%), 项目总投入(≥**万元)): how the figure after it reads.
NAME_PLACEHOLDER_RE = re.compile(rf"[(（](?P<op>{BOUND_SIGN_ALTERNATION})?\s*\*+(?P<unit>[^()（）*]{{0,8}})[)）]$")
# (each of the vocabulary's signs as its operator: ≧ and ⩾ as ≥, ＝ as =)
OPERATORS_OF_PLACEHOLDER = BOUND_SIGN_OPERATORS
NAME_UNIT_RE = re.compile(r"[(（]([^()（）]{1,6})[)）]$")
DATE_RE = re.compile(WRITTEN_DAY)
NUMBER_UNIT_RE = re.compile(r"([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(.*)")
DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class IndicatorValue:
    """A target or actual value read from its printed text."""

    raw: str | None
    operator: str | None = None  # >= <= = > <
    value: Decimal | None = None  # the number as printed (dates: yyyymmdd)
    unit: str | None = None  # 次, 人, 万元, %, date …
    parsed: bool = True  # False: has an operator or digits that could not be read


def clean_latex(text: str) -> str:
    """``$\\geq 90\\%$`` → ``≥90%``: drop LaTeX markup some extraction tools leave."""
    if "\\" not in text and "$" not in text:
        return text
    for old, new in LATEX_REPLACEMENTS:
        text = text.replace(old, new)
    return text


def _compact(text: str) -> str:
    """Normalised text without any whitespace (PDF extraction puts spaces inside numbers)."""
    return "".join(normalise(clean_latex(text)).split())


def _split_operator(text: str) -> tuple[str | None, str]:
    """Split a leading operator off; a word operator (达到, 不低于) counts only before a figure."""
    for word, op in OPERATORS_BY_FIRST_CHAR.get(text[:1], ()):
        if text.startswith(word):
            rest = text[len(word) :]
            if not word.isascii() and len(word) > 1 and not rest[:1].isdigit():
                return None, text
            return op, rest
    return None, text


def _split_suffix(text: str) -> tuple[str | None, str]:
    """Split a trailing operator word off (``90%以上`` → ``>=``, ``90%``)."""
    if not text.endswith(SUFFIX_WORDS):
        return None, text  # most values end in a digit or unit
    for word, op in SUFFIX_OPERATORS:
        if text.endswith(word) and len(text) > len(word):
            return op, text[: -len(word)]
    return None, text


def _parse_date(text: str, operator: str | None) -> IndicatorValue | None:
    match = DATE_RE.fullmatch(text)
    if not match:
        return None
    year, month, day = match.groups()
    stamp = Decimal(f"{year}{int(month):02d}{int(day):02d}")
    return IndicatorValue(raw=None, operator=operator or "=", value=stamp, unit=DATE_UNIT)


# Punctuation closing a value written as a sentence or a list's item (95%以上。 100%; 达到90%以上，): not the value's.
CLOSING_STOPS = "。；;，,、"


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def parse_indicator_value(raw: str | None, *, default_operator: str | None = None) -> IndicatorValue:
    """Parse one printed target/actual value.

    ``default_operator`` is used when a figure carries no operator (targets: ``"="``; actual
    values: ``None``). Empty text and placeholders (``—``, ``/``) give an empty value.
    """
    if raw is None:
        return IndicatorValue(raw=None)
    # as printed, whitespace collapsed, without the stop that closes a cell written as a sentence (95%以上。)
    raw_clean = " ".join(raw.split()).rstrip(CLOSING_STOPS)
    text = _compact(raw).rstrip(CLOSING_STOPS)
    if text in EMPTY_VALUES:
        return IndicatorValue(raw=raw_clean or None)
    operator, rest = _split_operator(text)
    suffix_op, rest = _split_suffix(rest)
    operator = operator or suffix_op
    if not DIGIT_RE.search(rest):
        # qualitative (提升, 保障, 长期, 按时完成) – or an operator with nothing readable after it
        return IndicatorValue(raw=raw_clean, parsed=operator is None)
    date = _parse_date(rest, operator)
    if date is not None:
        return IndicatorValue(raw=raw_clean, operator=date.operator, value=date.value, unit=DATE_UNIT)
    match = NUMBER_UNIT_RE.fullmatch(rest)
    if match:
        value = parse_decimal(match.group(1))
        printed = match.group(2) or None
        unit = canonical_unit(printed) if printed else None  # (80M: 80 米; 12hm2: 12 公顷)
        if value is not None and (printed is None or unit is not None):
            return IndicatorValue(
                raw=raw_clean,
                operator=operator or default_operator,
                value=value,
                unit=unit,
                parsed=unit is not None,
            )
    return IndicatorValue(raw=raw_clean, operator=operator, parsed=False)


def with_unit_from_name(value: IndicatorValue, indicator_name: str | None) -> IndicatorValue:
    """A bare figure with the unit its indicator's name implies, else ``value`` unchanged.

    ``210`` under 创业担保贷款人数 is 210 人, ``95`` under 结案率 is 95 %, ``30`` under 修建作业道长度(公里)
    is 30 公里. The national template's placeholder in a name says how its figure reads: ``85`` under
    苗木成活率(≥**%) is ≥ 85 % (the placeholder's operator where the figure prints none). The raw
    text stays as printed, so the unit can always be told apart from one the cell states.
    """
    if value.value is None or value.unit is not None or not indicator_name:
        return value
    operator, unit = value.operator, None
    placeholder = NAME_PLACEHOLDER_RE.search(indicator_name) if "*" in indicator_name else None
    if placeholder:
        if placeholder.group("op") and value.raw is not None and value.raw.lstrip()[:1].isdigit():
            operator = OPERATORS_OF_PLACEHOLDER[placeholder.group("op")]  # the figure prints none of its own
        unit = canonical_unit(placeholder.group("unit")) if placeholder.group("unit") else None
    unit = unit or _unit_of_name(indicator_name)
    if unit == "%" and not Decimal(1) < value.value <= Decimal(100):
        unit = None  # a rate of 0.95 or 1 may be a fraction: leave it unitless
    if unit is None and operator == value.operator:
        return value
    return IndicatorValue(
        raw=value.raw, operator=operator, value=value.value, unit=unit, parsed=unit is not None or value.parsed
    )


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def _unit_of_name(indicator_name: str) -> str | None:
    """The unit an indicator's name implies by its ending (人数 → 人, 率 → %) or names in brackets at
    its end (养护里程(公里) → 公里, 排水沟(m) → 米), or None; other words in brackets at the end are no
    part of the ending (培训人数(含线上) → 人)."""
    name = _compact(indicator_name)
    bracketed = NAME_UNIT_RE.search(name) if name.endswith((")", "）")) else None
    if bracketed:
        unit = canonical_unit(bracketed.group(1))
        if unit is not None:
            return unit
        name = name[: bracketed.start()]
    return next((unit for ending, unit in UNIT_OF_NAME_ENDING if name.endswith(ending)), None)


def parse_parts(operator: str | None, value: str | None, unit: str | None) -> IndicatorValue:
    """Parse a value printed as three cells (指标性质 / 指标值 / 度量单位): ``≥`` ``90`` ``%``."""
    parts = [part.strip() for part in (operator, value, unit) if part and part.strip()]
    if not parts:
        return IndicatorValue(raw=None)
    return parse_indicator_value("".join(parts), default_operator="=")


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def parse_number(text: str | None) -> Decimal | None:
    """A weight or score cell: ``10``, ``8.92分``, ``10.00 分``; ``—`` / ``/`` / empty → None."""
    if text is None:
        return None
    cleaned = _compact(text).rstrip("分").rstrip("%")
    return parse_decimal(cleaned) if cleaned else None


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def parse_percent_cell(text: str | None) -> Decimal | None:
    """An execution-rate cell: ``89.17%``, ``61%%``, ``100%`` → percent units."""
    if text is None:
        return None
    cleaned = _compact(text).rstrip("%")
    return parse_decimal(cleaned) if cleaned else None


# ---- figures inside a value cell's words ------------------------------------------------------------------
# A target's or an actual's cell may be a sentence holding its figure (实施乡镇社区基层医疗机构37个。, 本年度已完成
# 37个基层医疗机构基药补助制度实施。) or list several figures, each after its noun (困难台胞432人、高龄台胞1792人). A
# figure counts only with its unit (or a %): a calendar word after a figure (2021年, 12月, 31日, 第3季度) is a
# date's piece, 分 a score's, and 第 before it an ordinal — none of them a value.
CALENDAR_UNITS = frozenset({"年", "月", "日", "周", "季度", "分"})
_SENTENCE_UNITS = sorted((unit for unit in UNITS if unit not in CALENDAR_UNITS), key=len, reverse=True)
_FIGURE = r"\d+(?:\.\d+)?"
_FIGURE_UNIT = "(?:" + "|".join(re.escape(unit) for unit in _SENTENCE_UNITS) + ")"
_BOUND = "(?:" + "|".join(re.escape(word) for word, _ in sorted(OPERATOR_WORDS, key=lambda pair: -len(pair[0]))) + ")"
_SUFFIX = f"(?:及以上|{LIMIT_ALTERNATION})"
# Every figure of a text (a date's and an ordinal's too): a sentence holding one only reads as that figure.
FIGURE_RUN_RE = re.compile(r"\d+(?:[.,]\d+)*")
SENTENCE_FIGURE_RE = re.compile(rf"(?<!第)(?P<figure>{_BOUND}?{_FIGURE}{_FIGURE_UNIT}{_SUFFIX}?)")
# One piece of a list: its noun, then its figure with its unit, nothing after (开展丰收节活动1次).
NOUN_FIGURE_RE = re.compile(rf"(?P<noun>[^\d、,，;；。:：()（）]{{2,20}}?)(?P<figure>{_BOUND}?{_FIGURE}{_FIGURE_UNIT})")
LIST_SPLIT_RE = re.compile(r"[、,，;；]")
# The longest sentence a value cell may be read from; the fewest words around its figure (a sentence's: 实施乡镇社区
# 基层医疗机构 37个), fewer being a value's own (6万立方米, 已完成100%).
MAX_SENTENCE_CHARS = 60
MIN_SENTENCE_WORDS = 4
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Words setting a bound (至少, 不低于, 以上 …): a sentence holding one apart from its figure is left unread.
BOUND_WORD_RE = re.compile("|".join(re.escape(word) for word, _ in (*OPERATOR_WORDS, *SUFFIX_OPERATORS)
                                    if not word.isascii() and word != "前" and word != "内"))
# A measure's name right before the figure, or a 为 / 是 / 达 stating it (资金到位率达100%, 覆盖率为95%, 仲裁案件审理
# 期限为45天): the cell restates its indicator and gives its value, read as printed (as a hand reads it; a 期限's
# figure a bound its reading would lose), no sentence around a figure.
NAME_LED_RE = re.compile(r"(?:率|度|数|量|进度|比例|比重|占比|期限|时限)(?:达到?|为|是|约)?$|(?:为|是|达到?)$")
# Marks next to a figure that make it a rate's, a range's or a tolerance's (180元/人, 5-8个, ±3%).
RUN_ON_MARKS = frozenset("/±-~～—")


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def sentence_figure(text: str) -> str | None:
    """The one figure a value cell's sentence holds, as printed with its unit and bound (``37个``, ``≥90%``),
    or None: no sentence (a value as such, words without a figure), several figures, a figure without a
    unit, a date's or an ordinal's."""
    compact = _compact(text).rstrip("。.")
    if len(compact) > MAX_SENTENCE_CHARS or len(FIGURE_RUN_RE.findall(compact)) != 1:
        return None
    match = SENTENCE_FIGURE_RE.search(compact)
    if match is None or match.group("figure") == compact:
        return None  # (no figure with its unit; or the cell is the value itself, read as such)
    if compact[match.end() : match.end() + 1] in CALENDAR_UNITS:
        return None  # (3个月: a duration's unit runs on)
    after, before = compact[match.end() : match.end() + 1], compact[match.start() - 1 : match.start()]
    if after in RUN_ON_MARKS or before in RUN_ON_MARKS:
        return None  # (180元/人、天, ±3%以内, 5-8个: a rate's or a range's figure, no sentence's)
    words = compact[: match.start()] + compact[match.end() :]
    if len(CJK_RE.findall(words)) < MIN_SENTENCE_WORDS:
        return None  # (6万立方米, 已完成100%: a value with its unit's or a verb's words, no sentence)
    if BOUND_WORD_RE.search(words):
        return None  # (至少全年完成2次宣传: a bound the figure is not printed with, which its reading would lose)
    if NAME_LED_RE.search(compact[: match.start()]):
        return None  # (资金到位率达100%: the indicator's measure restated before its value, a value as printed)
    return match.group("figure")


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def noun_figures(text: str) -> tuple[tuple[str, str], ...]:
    """A cell listing several figures, each after its noun (``困难台胞432人、高龄台胞1792人``): the (noun, figure)
    pairs in order, or ``()`` where any piece is something else (words without a figure, a figure without its
    unit, a noun in brackets)."""
    compact = _compact(text).rstrip("。.")
    if len(compact) > MAX_SENTENCE_CHARS * 2 or not LIST_SPLIT_RE.search(compact):
        return ()
    pairs: list[tuple[str, str]] = []
    for piece in LIST_SPLIT_RE.split(compact):
        match = NOUN_FIGURE_RE.fullmatch(piece)
        if match is None:
            return ()
        pairs.append((match.group("noun"), match.group("figure")))
    return tuple(pairs) if len(pairs) > 1 else ()


@functools.lru_cache(maxsize=VALUE_CACHE_SIZE)
def figure_in_words(text: str) -> str | None:
    """The figure a value cell of words holds — a sentence's one figure with its unit (:func:`sentence_figure`)
    where the cell reads as no value as printed — or None."""
    if not any(ch.isdigit() for ch in text) or parse_indicator_value(text).parsed:
        return None
    return sentence_figure(text)

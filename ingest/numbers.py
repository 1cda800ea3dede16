"""Reading numbers and money as printed in Chinese fiscal documents.

Amounts appear as ``1,852.62``, ``1852.62``, ``１，８５２．６２`` (normalise first, see
:func:`ingest.text.normalise`), with the unit 万元 or 元 somewhere nearby. Money is always
:class:`~decimal.Decimal`, never float.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ingest.vocabulary import MONEY_UNIT_ALTERNATION

# 万元 → 元 factor and friends; keys are the normalised unit words.
UNIT_FACTORS: dict[str, Decimal] = {
    "万元": Decimal(10000),
    "元": Decimal(1),
    "亿元": Decimal(100000000),
    "千元": Decimal(1000),
    "万": Decimal(10000),  # (万 printed without 元, where the reader has found the figure to be money: BARE_WAN)
}
# 万 printed without 元 after a figure (资金100万, 比上年2665.56万增加253.4万, 占年计划100500万的112.29%): 万元 where
# the reader finds its label or its clause names money — never where a word follows that 万 counts or measures
# (10万人, 5万亩, 2万尾, 425万粒, 3万多, 万余, 万平方米) nor 万元 itself.
WAN_COUNTED = (
    "元人个户次件名亩台平方米公里吨所家座辆条份册场项余多千百株头只套间处张本页字篇期批床位斤尾羽箱袋盒瓶支卷步"
    "粒棵枚颗块盏例架部片罐桶对双副把艘栋幢层口"
)
BARE_WAN = f"万(?![{WAN_COUNTED}A-Za-z0-9])"

# One cent: money is kept to 0.01 元.
CENT = Decimal("0.01")
UNIT_DECIMAL = Decimal(1)
# A number as printed: optional sign, digits with optional thousands separators, decimals.
NUMBER_PATTERN = r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER_RE = re.compile(NUMBER_PATTERN)
# A number with nothing to clean: digits, then decimals.
PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Amount:
    """A money figure in 元 and the value of one unit of its last printed digit (``ulp``)."""

    yuan: Decimal
    ulp_yuan: Decimal


# A table's or block's money unit as printed once: 单位：万元, 金额单位:元, (万元).
# (a caption cell whose closing bracket the copy lost, ``年度预算申请(万元`` at the end, declares it too)
# A unit line whose 元 the copy dropped, ``单位:万`` with nothing after it but the line's end, a space, a pipe
# or punctuation (the cell's end), declares 万元: a money table's unit is money (万人 / 万亩 keep their noun
# and are no money unit).
DECLARED_UNIT_RE = re.compile(
    rf"单位\s*[:：]\s*(?:(?P<unit>{MONEY_UNIT_ALTERNATION})|(?P<clipped>亿|万)(?=$|[\s|｜,，;；)）]))"
    rf"|[(（](?P<bare>{MONEY_UNIT_ALTERNATION})(?:[)）]|\s*$)"
)


def declared_unit(text: str) -> str | None:
    """The money unit ``text`` declares for the figures under it (``单位:万元`` → ``万元``; a clipped
    ``单位:万`` → ``万元``), or None."""
    if "元" not in text and "单位" not in text:
        return None
    match = DECLARED_UNIT_RE.search(text)
    if match is None:
        return None
    clipped = match.group("clipped")
    return match.group("unit") or match.group("bare") or (clipped + "元" if clipped else None)


# A figure a sentence states with its money unit (``预算总额15000万元``, ``为11.4万元``).
STATED_AMOUNT_RE = re.compile(rf"(?<![\d.])(?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<unit>{MONEY_UNIT_ALTERNATION})")


def stated_unit(texts: Iterable[str], value: Decimal) -> str | None:
    """The money unit the first of ``texts`` stating ``value`` with one prints (``…为11.4万元`` → 万元), or
    None: a table printing no unit of its own takes the one its page's sentence gives its total."""
    for text in texts:
        for match in STATED_AMOUNT_RE.finditer(text):
            if parse_decimal(match.group("number")) == value:
                return match.group("unit")
    return None


def last_place(number: Decimal) -> Decimal:
    """One unit of ``number``'s last printed digit (``Decimal('89.7')`` → ``0.1``, ``100`` → ``1``): how far a
    figure rounded as printed may be from the value it stands for."""
    exponent = number.as_tuple().exponent
    return Decimal(1).scaleb(exponent) if isinstance(exponent, int) else Decimal(1)


def parse_decimal(text: str) -> Decimal | None:
    """``'1,852.62'`` → ``Decimal('1852.62')``; ``None`` for text that is not one number.

    Accepts a Unicode minus and a leading ``+``; spaces inside the number (a PDF line break
    joined with a space, ``1, 852.62``) are removed first.
    """
    if PLAIN_NUMBER_RE.fullmatch(text):  # most numbers: digits and a decimal point only
        return Decimal(text)
    cleaned = text.strip().replace("−", "-").replace(" ", "")
    if not cleaned:
        return None
    match = NUMBER_RE.fullmatch(cleaned)
    if not match:
        return None
    try:
        return Decimal(cleaned.replace(",", "").lstrip("+"))
    except InvalidOperation:
        return None


def decimals_of(number_text: str) -> int:
    """How many decimals a printed number has (``'1,852.62'`` → 2, ``'25'`` → 0)."""
    cleaned = number_text.strip()
    return len(cleaned.split(".", 1)[1]) if "." in cleaned else 0


def unit_factor(unit: str | None) -> Decimal:
    """The factor that turns a figure in ``unit`` into 元 (``万元`` → 10000). Default 元."""
    if not unit:
        return Decimal(1)
    try:
        return UNIT_FACTORS[unit.strip()]
    except KeyError:
        raise ValueError(f"unknown money unit {unit!r}") from None


@functools.lru_cache(maxsize=8192)
def to_amount(number_text: str, unit: str | None) -> Amount | None:
    """Parse ``number_text`` printed in ``unit`` into an :class:`Amount` in 元.

    ``to_amount('1,852.62', '万元')`` → ``Amount(yuan=18526200.00, ulp_yuan=100.00)``.

    Worked out once per printed figure and unit (an :class:`Amount` is immutable): a document
    prints its figures again and again, in its tables, its narrative and its summaries.
    """
    value = parse_decimal(number_text)
    if value is None:
        return None
    factor = unit_factor(unit)
    yuan = (value * factor).quantize(CENT)
    return Amount(yuan=yuan, ulp_yuan=_ulp_yuan(decimals_of(number_text.replace(" ", "")), factor))


@functools.lru_cache(maxsize=256)
def _ulp_yuan(digits: int, factor: Decimal) -> Decimal:
    """One unit of the last of ``digits`` printed decimals, in 元 (to the cent when a cent or more)."""
    ulp = UNIT_DECIMAL.scaleb(-digits) * factor
    return ulp.quantize(CENT) if ulp >= CENT else ulp


def parse_percent(text: str) -> Decimal | None:
    """``'97.26%'`` / ``'97.26'`` → ``Decimal('97.26')`` (percent units)."""
    return parse_decimal(text.strip().rstrip("%％").strip())

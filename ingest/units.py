"""Units of measure a figure may be printed in, kept in one place.

The units themselves — what kind of value each measures and its factor to one base unit — are the
rows of ``seeds/indicator_units.csv`` (the warehouse converts indicator values through the same seed):
money (元 万元), rates (%), counts of things (人 户 座 条 所 台 套 册 场 人次 …), durations, and the
physical quantities of the national units of measure (GB 3100 / GB 3102: 米 千米, 平方米 公顷 平方千米,
立方米, 吨 千克, 千瓦 千瓦时) with the Chinese statistical units beside them (公里, 亩, 公斤, 万吨, 万立方米).

This module adds how they are *printed*: the Latin symbols of GB 3100 (``m`` ``km`` ``hm2`` ``m3``
``t`` ``kg`` ``kW`` ``kWh``), as the text reads after NFKC normalisation (``m²`` and ``㎡`` → ``m2``,
``m³`` → ``m3``), and 万 before a symbol (``万t``, ``万m3``) — each spelling maps to the seed's Chinese
unit, so a figure keeps one name for its unit whichever way the page prints it. A unit per unit
(``kg/人``, ``元/人``, ``吨/年``, ``万元/公里``) is two known units (or a per-word: 人, 年, 月 …) with a
slash between.

A physical quantity (:data:`PHYSICAL_KINDS`) is never money nor a count of things: a reader keeps its
value as printed with its unit (``12.5公顷`` → 12.5, 公顷), it is not converted to 元 nor read as a
whole count. A figure after a unit this vocabulary does not know is left out, as before.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "indicator_units.csv"
DATE_UNIT = "date"


def _seed_rows() -> dict[str, str]:
    with SEED.open(encoding="utf-8", newline="") as handle:
        return {row["unit"]: row["value_kind"] for row in csv.DictReader(handle)}


# unit → value_kind (count, amount, rate, duration, length, area, volume, weight, energy, power, …)
UNIT_KINDS: dict[str, str] = _seed_rows()
# Kinds of physical quantities (a length, an area, a volume, a mass, energy, power): measured, not counted.
PHYSICAL_KINDS = frozenset(("length", "area", "volume", "weight", "energy", "power"))
# Every unit a figure may be printed in (as the parser names it), the date pseudo-unit aside.
KNOWN_UNITS: frozenset[str] = frozenset(unit for unit in UNIT_KINDS if unit != DATE_UNIT)
# Units of physical quantities (米, 公里, 亩, 公顷, 立方米, 吨, 千瓦时 …).
PHYSICAL_UNITS: frozenset[str] = frozenset(unit for unit, kind in UNIT_KINDS.items() if kind in PHYSICAL_KINDS)

# Latin symbols (GB 3100) and other spellings as printed after NFKC, → the seed's unit. Case as printed:
# ``M`` / ``KM`` are read as 米 / 公里 (a page's capitals), ``T`` is no tonne (a letter), ``kw`` / ``KW`` are 千瓦.
SPELLINGS: dict[str, str] = {
    "m": "米", "M": "米", "km": "公里", "KM": "公里", "Km": "公里", "cm": "厘米", "mm": "毫米",
    "m2": "平方米", "㎡": "平方米", "平米": "平方米", "km2": "平方公里", "hm2": "公顷",
    "hm": "公顷",  # (hm² with its ² lost in a copy: an area in hectares — no page measures in hectometres)
    "m3": "立方米", "万m3": "万立方米", "万m2": "万平方米",
    "t": "吨", "万t": "万吨", "kg": "千克", "KG": "千克", "Kg": "千克",
    "kW": "千瓦", "kw": "千瓦", "KW": "千瓦", "MW": "兆瓦", "kWh": "千瓦时", "kW·h": "千瓦时", "KWh": "千瓦时",
    "kwh": "千瓦时", "万kW": "万千瓦", "万kWh": "万千瓦时",
}
# Words after a slash that say what a rate is per (元/人, 吨/年, 次/月): no unit of their own in the seed.
PER_WORDS = frozenset(
    ("人", "月", "年", "次", "户", "天", "日", "台", "辆", "生", "亩", "公里", "米", "床", "床日", "小时")
)


@functools.lru_cache(maxsize=1024)
def canonical_unit(printed: str) -> str | None:
    """The vocabulary's name of a unit as printed (``hm2`` → 公顷, ``kg/人`` → 千克/人, ``人次`` → 人次),
    or None for a unit it does not know."""
    unit = SPELLINGS.get(printed, printed)
    if unit in KNOWN_UNITS:
        return unit
    if "/" in printed:
        parts = [SPELLINGS.get(part, part) for part in printed.split("/")]
        if len(parts) >= 2 and parts[0] in KNOWN_UNITS and all(p in KNOWN_UNITS or p in PER_WORDS for p in parts[1:]):
            return "/".join(parts)
    return None


def is_physical(unit: str | None) -> bool:
    """A unit of a physical quantity (length, area, volume, mass, energy, power): a measure, not a count."""
    return unit is not None and UNIT_KINDS.get(unit) in PHYSICAL_KINDS


# A unit in brackets (危桥改造(座), 道路(公里), 面积(hm2), 单位:个): what the figures of a row or a column count or
# measure. 类 / 款 / 项 in brackets mark a functional classification's level (社会保障和就业支出(类)), no unit.
BRACKETED_RE = re.compile(r"[(（]([^()（）]{1,6})[)）]")
CLASSIFICATION_LEVELS = frozenset(("类", "款", "项"))
# Points of a score (得分(分)) and a multiple (倍) count nothing.
NOT_THINGS = CLASSIFICATION_LEVELS | {"分", "倍"}
NOT_A_THING_KINDS = frozenset(("amount", "rate", "date", "unspecified", "duration"))


def thing_unit(printed: str) -> str | None:
    """The vocabulary's name of ``printed`` where it counts things or measures a physical quantity (座, 户, 人次,
    公里, 公顷, hm2 → 公顷), or None: money, a rate, a duration, a classification level, a unit it does not know."""
    unit = canonical_unit(printed)
    if unit is None or unit in NOT_THINGS or "/" in unit or UNIT_KINDS.get(unit) in NOT_A_THING_KINDS:
        return None
    return unit


@functools.lru_cache(maxsize=4096)
def bracketed_thing_unit(text: str) -> str | None:
    """The count or physical unit a label or a header prints in brackets (``危桥改造(座)`` → 座,
    ``改造面积（hm²）`` → 公顷 as NFKC prints it), or None."""
    if "(" not in text and "（" not in text:
        return None
    return next((unit for match in BRACKETED_RE.finditer(text) if (unit := thing_unit(match.group(1).strip()))), None)

"""A page converted to traditional characters (a mirror site's copy), with or without the pinyin
some converters print in brackets, reads as the simplified original (ingest/script.py)."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import ParseWarning, StatedFigure
from ingest.script import MIN_TRADITIONAL, SIMPLIFIED_ONLY, TRADITIONAL_ONLY, is_traditional, to_simplified

SIMPLIFIED = (
    "某县文化馆2023年度“三公”经费决算情况说明\n"
    "2023年度财政拨款“三公”经费支出决算为6.8万元,比上年减少1.2万元,下降15%。其中:"
    "因公出国(境)费0万元;公务用车购置及运行维护费4.5万元;公务接待费2.3万元。\n"
)
TRADITIONAL = (
    "某縣文化館2023年度“三公”經費決算情況說明\n"
    "2023年度財政撥款“三公”經費支出決算為6.8萬元,比上年減少1.2萬元,下降15%。其中:"
    "因公出國(境)費0萬元;公務用車購置及運行維護費4.5萬元;公務接待費2.3萬元。\n"
)
WITH_PINYIN = TRADITIONAL.replace("經費", "經(jīng)費(fèi)").replace("萬元", "萬(wàn)元")
# The same with the page's punctuation full-width, its pinyin's brackets too (（jīng）).
FULL_WIDTH_PINYIN = WITH_PINYIN.translate(str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"}))


def _figures(path: Path) -> set[tuple[str | None, str, Decimal, int]]:
    records = parse_path(path).records
    return {(r.metric, r.field, r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}


def test_detection_and_conversion():
    assert not is_traditional(SIMPLIFIED) and is_traditional(TRADITIONAL)
    assert to_simplified(SIMPLIFIED) == (SIMPLIFIED, False)
    assert to_simplified(WITH_PINYIN)[0] == to_simplified(TRADITIONAL)[0]
    assert "经费" in to_simplified(WITH_PINYIN)[0] and "(jīng)" not in to_simplified(WITH_PINYIN)[0]


def test_detection_counts_every_character_of_either_script():
    """The characters of either script are counted as a regex of all of them would count them,
    also around the threshold (as many traditional characters as it asks, as many simplified)."""
    assert len(set(TRADITIONAL_ONLY)) == len(TRADITIONAL_ONLY) and len(set(SIMPLIFIED_ONLY)) == len(SIMPLIFIED_ONLY)

    def by_regex(text: str) -> bool:
        traditional = len(re.findall(f"[{TRADITIONAL_ONLY}]", text))
        return traditional >= MIN_TRADITIONAL and traditional > len(re.findall(f"[{SIMPLIFIED_ONLY}]", text))

    rng = random.Random(5)
    texts = []
    for _ in range(400):
        traditional, simplified = rng.randint(0, 2 * MIN_TRADITIONAL), rng.randint(0, 2 * MIN_TRADITIONAL)
        chars = [rng.choice(TRADITIONAL_ONLY) for _ in range(traditional)]
        chars += [rng.choice(SIMPLIFIED_ONLY) for _ in range(simplified)] + list("收入,1.5万元\n" * 3)
        rng.shuffle(chars)
        texts.append("".join(chars))
    decided = [is_traditional(text) for text in texts]
    assert decided == [by_regex(text) for text in texts] and any(decided) and not all(decided)
    assert is_traditional("經" * MIN_TRADITIONAL) and not is_traditional("經" * (MIN_TRADITIONAL - 1))
    assert not is_traditional("經費" * MIN_TRADITIONAL + "经费" * MIN_TRADITIONAL)


def test_a_traditional_page_gives_the_figures_of_the_simplified_one(tmp_path: Path):
    paths = {}
    for name, text in (("s", SIMPLIFIED), ("t", TRADITIONAL), ("p", WITH_PINYIN), ("f", FULL_WIDTH_PINYIN)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    original = _figures(paths["s"])
    assert ("three_public_reception", "amount", Decimal(23000), 2) in original
    assert _figures(paths["t"]) == original == _figures(paths["p"]) == _figures(paths["f"])
    assert "（jīng）" in FULL_WIDTH_PINYIN
    notes = [r for r in parse_path(paths["t"]).records if isinstance(r, ParseWarning) and "traditional" in r.message]
    assert len(notes) == 1

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


def test_a_gloss_broken_by_a_line_break_is_taken_out_and_the_line_kept(tmp_path: Path):
    """A page with pinyin hard-wrapped at a fixed width (a PDF's text) breaks lines inside glosses as inside words:
    ``…決算為6.8萬(wàn`` / ``)元,…``, ``減少1.2萬(w`` / ``àn)元``. Each piece of the gloss is taken out and the line
    break kept: the figures read as on the page unwrapped, each at the line its number is printed on."""
    wrapped = ("某縣文化館2023年度“三公”經(jīng)費(fèi)決算情況說明\n"
               "2023年度財政撥款“三公”經(jīng)費(fèi)支出決算為6.8萬(wàn\n"
               ")元,比上年減少1.2萬(w\nàn)元,下降15%。其中:公務接待費2.3萬(\nwàn)元。\n")
    text, converted = to_simplified(wrapped)
    assert converted and text.count("\n") == wrapped.count("\n")
    assert "6.8万\n元" in text and "1.2万\n元" in text and "2.3万\n元" in text and "(" not in text
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped, encoding="utf-8")
    read = {(r.field, r.value, r.source_line) for r in parse_path(path).records if isinstance(r, StatedFigure)}
    assert {("amount", Decimal(68000), 2), ("change", Decimal(12000), 3), ("amount", Decimal(23000), 4)} <= read
    # a bracket of letters with no tone mark, broken or not, is no gloss: kept
    assert to_simplified(TRADITIONAL + "說明(a\nb)\n")[0].endswith("说明(a\nb)\n")


def test_a_real_page_with_pinyin_hard_wrapped():
    """昌吉职业技术学院 2019 项目 notice (a mirror page with pinyin) hard-wrapped: ``…享受?chē)?guó)家助學(xu`` / ``é)金
    895.8萬(wàn`` / ``)元,…`` — 895.8万元 read as on the page, at its line."""
    from benchmarks.reprints import VARIANTS
    from ingest.document import parse_lines
    from ingest.text import split_lines

    page = Path(__file__).parent / "fixtures" / "pages" / "changji-zhiyuan-2019-project-notice-targets-traditional.txt"
    wrapped, origin = VARIANTS["prose hard-wrapped"](page.read_text("utf-8").split("\n"))
    text, _ = to_simplified(wrapped)
    _, records = parse_lines(split_lines(text), page.name, "utf-8")
    read = {(origin[r.source_line - 1], r.field, r.value) for r in records if isinstance(r, StatedFigure)}
    assert (7, "amount", Decimal(8958000)) in read


def test_a_gloss_whose_character_and_bracket_the_copy_lost_goes_too(tmp_path: Path):
    """``享受?chē)?guó)家助學金``: the copy printed ``?`` for a character and the bracket opening its gloss (昌吉职业
    技术学院 2019, held-out batch 26p 07) — the glosses go, as whole ones do, and the clause reads (its lost character
    stays lost); a ``?`` with no gloss after it stays, and so does a word in brackets without a tone mark."""
    text = to_simplified(TRADITIONAL + "4、成本指標:享受?chē)?guó)家助學金平均每生每年3300元。\n")[0]
    assert "享受家助学金平均每生每年3300元" in text
    assert to_simplified(TRADITIONAL + "是否?(是)經費?(abc)\n")[0].endswith("是否?(是)经费?(abc)\n")
    page = Path(__file__).parent / "fixtures" / "pages" / "changji-zhiyuan-2019-project-notice-targets-traditional.txt"
    from ingest.records import Indicator

    cost = [r for r in parse_path(page).records if isinstance(r, Indicator) and r.source_line == 22]
    assert [(r.level3_name, r.target_raw, r.stage) for r in cost] == [("享受家助学金平均每生每年", "3300元", "target")]


PAGES = Path(__file__).parent / "fixtures" / "pages"
# The glosses a mirror prints after the fiscal words' converted characters (公務(wù)接待費, 預(yù)算數(shù)).
GLOSSES = {"經": "jīng", "費": "fèi", "萬": "wàn", "務": "wù", "預": "yù", "決": "jué", "與": "yǔ", "資": "zī",
           "數": "shù", "額": "é", "財": "cái", "項": "xiàng", "區": "qū", "縣": "xiàn"}


def test_a_real_mirror_page_with_glosses_reads_its_table_and_its_change():
    """九华山风景区宗教事务局 2019 三公 决算 (held-out 27j 16, a mirror's copy in traditional characters with pinyin
    glosses, ``預(yù) 算 數(shù) |``, ``公務(wù)接待費支出6.28萬元,與2018年度決算相比,減少0.28萬元,下降4.27%``):
    the table's figures at their lines, the change of its sentence, its body — read as the simplified page would be."""
    parsed = parse_path(PAGES / "jiuhuashan-zjj-2019-sangong-final-traditional-pinyin.txt")
    read = {(r.metric, r.field, r.value, r.source_line) for r in parsed.records if isinstance(r, StatedFigure)}
    assert {
        ("three_public_reception", "budget_initial", Decimal(120000), 16),
        ("three_public_reception", "amount", Decimal(62800), 17),
        ("three_public_reception", "change", Decimal(2800), 32),
        ("three_public_reception", "change_pct", Decimal("4.27"), 32),
    } <= read
    assert parsed.info.department_name == "九华山风景区宗教事务局" and parsed.info.fiscal_year == 2019


def _s2t(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def test_a_simplified_page_converted_by_the_library_reads_the_same_figures_at_the_same_lines(tmp_path: Path):
    """Real simplified pages (a 三公 决算 statement, a 决算 comparing years, a self-evaluation's indicators) converted
    to traditional characters by OpenCC ``s2t`` as a mirror converts them, with and without pinyin glosses after the
    fiscal words' characters, in half- and full-width brackets: the same figures at the same lines, the same body.
    (Every fixture page converted so reads so: checked when this was written.)"""
    for name in ("yuzhong-2020-three-public-final.txt", "wuzhou-unit-2023-final-compared-years.txt",
                 "xiping-fpb-2020-selfeval-restated-actuals.txt"):
        original = (PAGES / name).read_text("utf-8")
        traditional = _s2t(original)
        glossed = re.sub(f"[{''.join(GLOSSES)}]", lambda m: f"{m.group()}({GLOSSES[m.group()]})", traditional)
        full_width = re.sub(f"[{''.join(GLOSSES)}]", lambda m: f"{m.group()}（{GLOSSES[m.group()]}）", traditional)
        assert is_traditional(traditional) and "(wàn)" in glossed and "（" in full_width
        expected = _figures(PAGES / name)
        assert expected
        for variant, text in (("t", traditional), ("g", glossed), ("f", full_width)):
            path = tmp_path / variant / name  # (the same file name: a body read from none but the name is the same)
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            assert to_simplified(text)[0].count("\n") == original.count("\n")
            assert _figures(path) == expected, (name, variant)
            assert parse_path(path).info.department_name == parse_path(PAGES / name).info.department_name


def test_a_simplified_page_with_a_few_traditional_characters_is_left_as_printed(tmp_path: Path):
    """A simplified page naming a person or a place with traditional characters (張國華, 乾县, a quoted 預算) is no
    traditional page: its text is not converted, and it reads as before."""
    original = (PAGES / "yuzhong-2020-three-public-final.txt").read_text("utf-8")
    mixed = original.replace("\n", "\n联系人:張國華(乾县)。《預算法》\n", 1)
    assert to_simplified(mixed) == (mixed, False)
    path = tmp_path / "mixed.txt"
    path.write_text(mixed, encoding="utf-8")
    assert {(metric, field, value, line - 1 if line > 1 else line) for metric, field, value, line in _figures(path)} \
        == _figures(PAGES / "yuzhong-2020-three-public-final.txt")


def test_a_page_encoded_in_big5_reads_as_the_same_page_in_utf8(tmp_path: Path):
    """A page in traditional characters as a big5 site serves it (Big5 bytes, which GB18030 would read as other
    characters): decoded as Big5, converted to simplified — the figures of the simplified page at the same lines; and
    the 27k 10 page so encoded names its body. (Every fixture page so encoded decodes so: checked when written.)"""
    name = "yuzhong-2020-three-public-final.txt"
    path = tmp_path / "big5" / name
    path.parent.mkdir()
    # (OpenCC writes 爲 for 为, a variant Big5 has no code for: a Big5 page prints 為)
    path.write_bytes(_s2t((PAGES / name).read_text("utf-8")).replace("爲", "為").encode("cp950"))
    assert parse_path(path).encoding == "cp950" and _figures(path) == _figures(PAGES / name)
    page = (PAGES / "beijing-zhigongdang-2023-final-traditional-established.txt").read_text("utf-8")
    page = page.replace("説", "說").replace("産", "產")  # (two variants Big5 has no code for)
    encoded = tmp_path / "page.txt"
    encoded.write_bytes(page.encode("cp950"))
    assert parse_path(encoded).info.department_name == "中国致公党北京市委员会"

"""``normalise`` (with its full-width fast path) equals plain NFKC on every kind of text, but for the
circled numbers ①–⑳, which become (1)–(20) rather than bare digits."""

from __future__ import annotations

import random
import unicodedata

import pytest
from conftest import BAZHOU, CHANGJI, MAOXIAN, ZENGDU

from ingest.text import CIRCLED_NUMBERS, OTHER_NORMAL_SPACES, Line, compact, normalise, split_lines

# Characters that interact with the full-width fast path: combining marks compose with a folded
# letter (Ａ + ◌́ → Á), compatibility forms, Hangul jamo, spaces.
TRICKY = "Ａａ１，（）：；％　\u0301\u0308\u0327\u3099\u309a\u00a0\u00a8\u2460ｶ\uff9e\u1100\u1161\u11a8カ\u2002e"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(CIRCLED_NUMBERS))


def test_a_circled_number_is_a_marker_not_a_digit():
    # 宁德市地方志 部门整体支出绩效自评表 (unseen 16t): a column header 年中调整金额③ had been read as 3 万元
    assert normalise("年中调整金额③ 小计") == "年中调整金额(3) 小计"
    assert normalise("④ = ①+② +③") == "(4) = (1)+(2) +(3)"
    assert normalise("⑳项，（１）") == "(20)项,(1)"  # with full-width forms folded too
    assert normalise("⑴ ⒈") == "(1) 1."  # the parenthesised and dotted forms stay NFKC's


def test_a_circled_column_marker_is_no_figure():
    from pathlib import Path

    from ingest.document import parse_bytes

    text = "部门整体支出绩效自评表\n(万元)\n年初部门预算安排金额①\t历年结余结转②\n年中调整金额③ 小计\n④ = ①+② +③\n"
    records = parse_bytes(text.encode("utf-8"), Path("p.txt")).records
    assert not [r for r in records if r.record_type == "stated_figure" and r.label.startswith("年中调整金额")]


def test_every_bmp_character_alone():
    chars = [chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]
    assert [normalise(c) for c in chars] == [nfkc(c) for c in chars]


def test_random_mixtures_with_combining_marks():
    rng = random.Random(7)
    alphabet = TRICKY + "收入决算1,852.62万元"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    assert [normalise(t) for t in texts] == [nfkc(t) for t in texts]
    assert normalise("Ａ\u0301") == "Á"


@pytest.mark.parametrize("alphabet", ["（一）收入，１，８５２．６２万元　：；％", TRICKY + "收入决算1,852.62万元",
                                      "收入 万\t元\u3000", "收入 \t\x0b\x1c\x85\u2028\u1680万元",
                                      "（一）收入ＡＢＣｋｍ＠［］｛｝～＿｀１，　"],
                         ids=["full-width only", "needs NFKC", "spaces and tabs", "whitespace of every kind",
                              "full-width letters"])
def test_whole_text_normalisation_equals_each_line_normalised(alphabet):
    """The lines of a document normalised all at once (full-width forms folded in the joined
    text) give each line's own NFKC, also where a line starts with a combining mark or NFKC is
    needed for more than the full-width forms."""
    rng = random.Random(11)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += ["\u0301收入", "Ａ", "\u0301"]
    lines = split_lines("\n".join(texts) + "\n")
    assert [(line.number, line.norm, line.compact) for line in lines] == [
        (number, nfkc(t), "".join(nfkc(t).split())) for number, t in enumerate(texts, start=1)
    ]


def test_no_full_width_form_is_in_an_nfkc_text():
    """A text NFKC-normal once its full-width punctuation and digits are folded holds no other
    full-width form (what lets the whole-text normalisation stop there)."""
    assert all(nfkc(chr(code)) != chr(code) for code in (*range(0xFF01, 0xFF5F), 0x3000))
    assert normalise("收入ＡＢ,１") == "收入AB,1"


def test_other_whitespace_an_nfkc_text_can_hold():
    """Every code point ``str.split()`` splits at, other than a space, a tab and a line break, that
    an NFKC-normal text can hold is among the ones whose presence makes the compact forms be made
    line by line."""
    kept = {chr(code) for code in range(0x110000) if chr(code).isspace() and nfkc(chr(code)) == chr(code)}
    assert kept - set(" \t\n") == set(OTHER_NORMAL_SPACES)


@pytest.mark.parametrize("space", [s for s in OTHER_NORMAL_SPACES if s not in "\f\r"], ids=lambda s: f"U+{ord(s):04X}")
def test_compact_forms_beside_any_other_whitespace(space):
    """(A form feed is a page break and a carriage return a line break: not inside a line.)"""
    lines = split_lines(f"收入，１ 万\t元\n支出{space}２万元\n\n")
    assert [(line.norm, line.compact) for line in lines] == [
        ("收入,1 万\t元", "收入,1万元"), (f"支出{space}2万元", "支出2万元"), ("", "")
    ]


@pytest.mark.parametrize("sample", [CHANGJI, MAOXIAN, ZENGDU, BAZHOU], ids=lambda p: p.stem)
def test_sample_lines(sample):
    lines = split_lines(sample.read_text(encoding="utf-8"))
    assert [line.norm for line in lines] == [nfkc(line.text) for line in lines]
    assert [line.compact for line in lines] == ["".join(nfkc(line.text).split()) for line in lines]


def test_line_keys_and_equality():
    line = Line(3, "项目名称　（类）１，８５２．６２")
    assert (line.norm, line.compact) == ("项目名称 (类)1,852.62", "项目名称(类)1,852.62")
    assert compact(" 效益指 标 ") == "效益指标"
    assert line == Line(3, "项目名称　（类）１，８５２．６２") and hash(line) == hash(Line(3, line.text))
    assert line != Line(4, line.text)


def test_repeated_lines_keep_their_own_numbers():
    lines = split_lines("（一）收入\n\n（一）收入\nb\n", page=2)
    assert [(line.number, line.text, line.norm, line.compact, line.page) for line in lines] == [
        (1, "（一）收入", "(一)收入", "(一)收入", 2),
        (2, "", "", "", 2),
        (3, "（一）收入", "(一)收入", "(一)收入", 2),
        (4, "b", "b", "b", 2),
    ]
    assert lines[0] != lines[2] and lines[0] == Line(1, "（一）收入", 2)

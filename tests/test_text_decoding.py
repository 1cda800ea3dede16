"""Decoding text documents: encodings detected, binaries refused with a one-line reason."""

from __future__ import annotations

import codecs
import random
import unicodedata

import pytest

from ingest.text import DocumentError, _control_share, decode_text, normalise, split_lines

SAMPLE = "2022 年度收入总计 1,852.62 万元，其中：本年收入合计 1,718.02 万元。\n第二行\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_are_detected(data: bytes, encoding: str) -> None:
    text, detected = decode_text(data)
    assert detected == encoding
    assert text.lstrip("\ufeff") == SAMPLE


# The sample in traditional characters, as a page a big5 site serves is encoded.
TRADITIONAL_SAMPLE = "2022 年度收入總計 1,852.62 萬元，其中：本年收入合計 1,718.02 萬元。\n第二行\n"


def test_big5_is_told_from_gb18030_by_the_characters_each_reading_gives() -> None:
    """Big5's two-byte codes are mostly GB18030 codes too (read there as other characters, no error): of the two
    readings, the one holding the characters fiscal texts print (年, 收入, 萬元 …) is the page's — a Big5 page reads
    in traditional characters, a GBK or GB18030 one as before, also where its bytes are valid Big5."""
    big5 = TRADITIONAL_SAMPLE.encode("cp950")
    assert big5.decode("gb18030") != TRADITIONAL_SAMPLE  # (valid GB18030, other characters)
    assert decode_text(big5) == (TRADITIONAL_SAMPLE, "cp950")
    assert SAMPLE.encode("gbk").decode("cp950", errors="replace")  # (read as Big5 it is other characters)
    assert decode_text(SAMPLE.encode("gbk")) == (SAMPLE, "gb18030")
    assert decode_text(TRADITIONAL_SAMPLE.encode("gb18030")) == (TRADITIONAL_SAMPLE, "gb18030")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (bytes(range(256)) * 50, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" * 100, "binary"),
    ],
)
def test_bad_bytes_get_a_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError) as err:
        decode_text(data)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_control_characters_are_counted_among_every_character() -> None:
    """The share of control characters (category Cc but tab, line feed, form feed and carriage
    return) counts them among all the characters, Chinese ones and those above U+00FF too."""
    rng = random.Random(3)
    alphabet = "收入é\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1f \x7e\x7f\x80\x9f\xa0\xff\u0100\u3000\uff0c"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        controls = sum(unicodedata.category(c) == "Cc" and c not in "\t\n\x0c\r" for c in text)
        assert _control_share(text) == (controls / len(text) if text else 0.0)
    prose = "收入" * 50
    assert decode_text((prose + "\x07").encode())[0] == prose + "\x07"  # one control in 101: kept
    with pytest.raises(DocumentError, match="control characters"):
        decode_text((prose + "\x07\x85").encode())  # two in 102: refused


def test_normalise_folds_full_width_forms() -> None:
    assert normalise("１，８５２．６２万元（类）") == "1,852.62万元(类)"


def test_split_lines_numbers_from_one() -> None:
    lines = split_lines("a\r\nb\n\nc")
    assert [(line.number, line.text) for line in lines] == [(1, "a"), (2, "b"), (3, ""), (4, "c")]

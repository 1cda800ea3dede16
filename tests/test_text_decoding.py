"""Decoding text documents: encodings detected, binaries refused with a one-line reason."""

from __future__ import annotations

import codecs

import pytest

from ingest.text import DocumentError, decode_text, normalise, split_lines

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


def test_normalise_folds_full_width_forms() -> None:
    assert normalise("１，８５２．６２万元（类）") == "1,852.62万元(类)"


def test_split_lines_numbers_from_one() -> None:
    lines = split_lines("a\r\nb\n\nc")
    assert [(line.number, line.text) for line in lines] == [(1, "a"), (2, "b"), (3, ""), (4, "c")]

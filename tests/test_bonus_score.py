"""A score above 100 stated in a sentence right after the words naming it a score (``自评得分102.8分。``: bonus points
a scheme gives on top of 100, 巩义市 2023 衔接资金 绩效自评报告, batch 26u) is read; a score above 100 glued to an
indicator's name (``绩效产出指标4012分``: cells' digits printed together) or above what a bonus gives is left out with a
warning, as before (ingest/statements.py, MAX_BONUS_SCORE)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

PAGE = Path(__file__).parent / "fixtures" / "pages" / "gongyi-2023-xianjie-selfeval-report.txt"
HEAD = "2023年度某某资金绩效自评报告\n"


def _scores(records) -> list[tuple]:
    return [(r.label, r.value) for r in records if isinstance(r, StatedFigure) and r.field == "score"]


def test_real_page_gongyi():
    records = parse_path(PAGE).records
    assert [(r.source_line, r.value) for r in records if isinstance(r, StatedFigure) and r.field == "score"] == [
        (7, Decimal("102.8"))]
    assert not [r for r in records if isinstance(r, ParseWarning) and "above 100" in r.message]


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("经逐项对照自评，自评得分为105分。", Decimal("105")),
        ("综合评定,项目总分:101.5 分,等级为优。", Decimal("101.5")),
        ("对照考核办法自评，评分达110分;存在问题如下。", Decimal("110")),
    ],
)
def test_bonus_score_variants(sentence, score):
    records = parse_bytes((HEAD + sentence + "\n").encode(), Path("x.txt")).records
    assert [value for _, value in _scores(records)] == [score]


@pytest.mark.parametrize(
    "sentence",
    ["绩效产出指标4012分。", "自评得分10095分。", "自评得分125分。", "自评得分102.8分的项目予以奖励。"],
)
def test_above_a_bonus_or_not_closing_left_out(sentence):
    records = parse_bytes((HEAD + sentence + "\n").encode(), Path("x.txt")).records
    assert _scores(records) == []
    warnings: list[ParseWarning] = []
    assert _scores(parse_statements(build_paragraphs(split_lines(HEAD + sentence)), warnings)) == []
    assert any("above 100" in w.message for w in warnings)

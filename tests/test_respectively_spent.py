"""A 分别 whose list is numbers printed without a unit (``分四个等级,分别是:90≤优、80≤良<90、60≤中<80、差<60``) is
spent on them: a figure after them in the same sentence (``本次评价得分76.91分``) is named by its own words, not left
out as an item of the list whose names cannot be laid over its numbers (三亚市统计局 2017, held-out batch 26p).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

PAGE = Path(__file__).parent / "fixtures" / "pages" / "sanya-tjj-2017-selfeval-score-after-grades.txt"


def labels(text: str) -> list[tuple[str, str, Decimal]]:
    return [(f.label, f.field, f.value) for f in parse_statements(build_paragraphs(split_lines(text)), [])]


def test_real_page_score_after_the_grades():
    figures = [f for f in parse_path(PAGE).records if isinstance(f, StatedFigure)]
    assert [(f.label, f.field, f.value) for f in figures if f.source_line == 47] == [
        ("本次评价得分", "score", Decimal("76.91"))]
    assert ("部门整体支出绩效评价总分", Decimal("100")) in {(f.label, f.value) for f in figures if f.source_line == 43}


@pytest.mark.parametrize(
    "text",
    [
        "评价总分100分,分四个等级,分别是:\n\n90≤优、80≤良<90、60≤中<80、差<60\n\n本次评价得分88.5分,等级为良。\n",
        # (full-width)
        "评价总分100分，分四个等级，分别是：\n90≤优、80≤良<90、60≤中<80、差<60\n本次评价得分88.5分，等级为良。\n",
        "评价总分100分,分为四个等级,分别为90分以上为优、80至89为良、60至79为中、60以下为差,本次自评得\n分88.5分。\n",
    ],
)
def test_score_after_a_list_of_bare_numbers(text):
    found = labels(text)
    assert found[-1][1:] == ("score", Decimal("88.5")), found
    assert found[-1][0].endswith(("评价得分", "自评得分")), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (分别 then the figures it lists: each the name in its place, as before)
        ("因公出国(境)费、公务接待费分别为1万元、2万元。\n",
         [("因公出国(境)费", Decimal("10000")), ("公务接待费", Decimal("20000"))]),
        # (a year after 分别 is no list of its own)
        ("因公出国(境)费、公务接待费分别比2020年减少1万元、2万元。\n",
         [("因公出国(境)费", Decimal("10000")), ("公务接待费", Decimal("20000"))]),
    ],
)
def test_a_list_after_respectively_still_laid_over_its_names(text, expected):
    assert [(label, value) for label, _, value in labels(text)] == expected

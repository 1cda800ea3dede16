"""Money in a sentence that opens with a forecast (``预计2023年彩票销量14.5亿元,筹集公益金2.35亿元``) is no amount spent
or held: left out with a warning (read before as two amounts of the project, on a page of the nineteenth session's
batch). A subject's estimate stated after it (``一般公共预算支出预计完成411120万元``) is read as ever."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import ParseWarning, StatedFigure

PAGE = Path(__file__).parent / "fixtures" / "pages" / "ningxia-fucai-center-2023-selfeval-ocr.txt"
HEAD = "2023年某中心项目支出绩效自评报告\n一、项目基本情况\n项目总预算50万元。"


def amounts(text: str) -> dict[str, Decimal]:
    records = parse_bytes((HEAD + text + "\n").encode(), Path("x.txt")).records
    return {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.field == "amount"}


def test_real_page_forecast_left_out():
    records = parse_path(PAGE).records
    assert not [r for r in records if isinstance(r, StatedFigure) and r.value >= Decimal("100000000")]
    assert sum(isinstance(r, ParseWarning) and "forecast" in r.message for r in records) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "预计2024年销售彩票10亿元,筹集公益金2亿元。",
        "预计2024年销售彩票10亿元，筹集公益金2亿元。",
        "预期带动农户增收50万元。",
    ],
)
def test_forecast_sentences(sentence):
    assert list(amounts(sentence)) == ["项目总预算"], amounts(sentence)


def test_estimate_after_its_subject_kept():
    assert Decimal("4111200000.00") in amounts("全县一般公共预算支出预计完成411120万元。").values()

"""Two structures of batch 26u's narrative reports (ingest/statements.py):

- a summary whose amounts the copying site masked (``项目全年预算数*元,执行数78.*元,完成预算的100%``, 乌力吉苏木 2023
  转移支付 绩效自评, an aggregator's mirror): the rate, printed as it was and naming itself, is read as a share of the
  budget; a masked amount is never read as a number (78.* is no 78) — left out with a warning;
- people counted in 口 (``带动2437口回汉群众受益``, 西平县民族宗教局 2022 衔接资金 监控报告), wells too (机井3口),
  not 口径 / 口岸 / 口罩.

On the real pages and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import ParseWarning, StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"
HEAD = "2023年度某某项目绩效自评报告\n\n一、项目概况\n"


def _figures(records, field: str) -> list[tuple]:
    return [(r.source_line, r.label, r.value) for r in records if isinstance(r, StatedFigure) and r.field == field]


def _read(text: str):
    return parse_bytes((HEAD + text + "\n").encode(), Path("x.txt")).records


def test_real_page_masked_amounts():
    records = parse_path(PAGES / "alashanzuoqi-wulijisumu-2023-selfeval-masked.txt").records
    rates = _figures(records, "share_pct")
    assert (4, "完成预算", Decimal(100)) in rates and (5, "完成预算", Decimal(100)) in rates
    assert not [r for r in records if isinstance(r, StatedFigure) and r.unit == "yuan"]  # (no 78, no 387)
    assert [r.source_line for r in records if isinstance(r, ParseWarning) and "masked" in r.message] == [3, 4, 5]


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("项目二:某某建设项目，项目全年预算数**万元，执行数**万元，完成预算的98.5%。", Decimal("98.5")),
        ("项目三:某某补助,项目年初预算数12*.*元,实际执行数*元,执行率为96%。", Decimal("96")),
        ("项目一:某某项目,项目全年预算数*,执行数*元,完成预算的100 %。", Decimal("100")),
    ],
)
def test_masked_variants(sentence, rate):
    records = _read(sentence)
    assert [value for _, _, value in _figures(records, "share_pct")] == [rate]
    assert not [r for r in records if isinstance(r, StatedFigure) and r.unit == "yuan"]
    assert any(isinstance(r, ParseWarning) and "masked" in r.message for r in records)


def test_a_rate_read_by_the_sentence_reader_is_not_read_again():
    records = _read("项目全年预算数*元,执行数*元,完成预算的100%。")
    assert len(_figures(records, "share_pct")) == 1


def test_real_page_people_in_kou():
    records = parse_path(PAGES / "xiping-mzzjj-2022-xianjie-monitor-report.txt").records
    assert (17, "带动", Decimal(2437)) in _figures(records, "count")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("项目实施后,带动1200口群众受益。", [("带动", Decimal(1200), "口")]),
        ("本年新打机井3口,铺设管道2公里。", [("本年新打机井", Decimal(3), "口")]),
        ("按照2口径统计,经3口岸出口。", []),
    ],
)
def test_kou_variants(sentence, expected):
    records = _read(sentence)
    got = [(r.label, r.value, r.unit) for r in records if isinstance(r, StatedFigure) and r.field == "count"]
    assert got == expected

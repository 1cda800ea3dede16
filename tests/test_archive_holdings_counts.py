"""Counts of an archive's holdings stated in a sentence (纸质档案111675卷, 声像档案2285盘, 照片档案906盒,
实物档案1755件, 资料14091册): counts in the units of seeds/indicator_units.csv (卷 盘 盒 件 册), read only where no
word runs on from the unit (卷宗, 盘活, a scan's 50册合理…); a count whose unit is followed by other units in brackets
(馆藏档案资料合计共132697卷(册、盘、盒、件)) counts several units together: a count of its first unit, the bracket kept
in its context. The real page
is held-out batch 26q's 13 (云南 保山市档案局 2017 项目绩效自评报告)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines
from ingest.units import canonical_unit
from tests._statement_helpers import PAGES, figures

BAOSHAN = PAGES / "baoshan-daj-2017-selfeval-archive-holdings.txt"


def test_real_page_holdings_counted_in_one_unit_each_are_read():
    doc = parse_path(BAOSHAN)
    counts = [(f.label, f.value, f.unit) for f in doc.records
              if isinstance(f, StatedFigure) and f.source_line == 9 and f.field == "count"]
    assert counts == [
        ("保山市档案馆馆藏档案", Decimal("155"), "个"),
        ("馆藏档案资料合计共", Decimal("132697"), "卷"),
        ("档案", Decimal("118606"), "卷"),
        ("纸质档案", Decimal("111675"), "卷"),
        ("声像档案", Decimal("2285"), "盘"),
        ("照片档案", Decimal("906"), "盒"),
        ("实物档案", Decimal("1755"), "件"),
        ("现行公开文件", Decimal("102"), "卷"),
        ("特色档案", Decimal("1883"), "卷"),
        ("资料", Decimal("14091"), "册"),
    ]


def test_real_page_a_count_of_several_units_together_is_of_its_first_unit():
    doc = parse_path(BAOSHAN)
    mixed = [f for f in doc.records if isinstance(f, StatedFigure) and f.value in (
        Decimal("132697"), Decimal("118606"), Decimal("1883"))]
    assert [(f.source_line, f.unit) for f in mixed] == [(9, "卷")] * 3
    assert all(f.context.endswith("卷(册、盘、盒、件)") for f in mixed)
    assert not [w for w in doc.all_records if isinstance(w, ParseWarning) and "several" in w.message]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other names and figures, full-width punctuation and brackets
        ("截至2023年底，本馆馆藏档案合计共5400卷（册、件），其中：文书档案4200卷，照片档案300盒、"
         "录音录像档案85盘、实物档案65件；资料750册。",
         [("本馆馆藏档案合计共", Decimal("5400"), "卷"), ("文书档案", Decimal("4200"), "卷"),
          ("照片档案", Decimal("300"), "盒"),
          ("录音录像档案", Decimal("85"), "盘"), ("实物档案", Decimal("65"), "件"), ("资料", Decimal("750"), "册")]),
        # cases in 件, a wrap inside the sentence
        ("全年受理信访案件120件,办结\n118件。",
         [("全年受理信访案件", Decimal("120"), "件"), ("办结", Decimal("118"), "件")]),
        # a wrap between the number and its unit, a space before it
        ("纸质档案111675\n卷,声像档案2285 盘。",
         [("纸质档案", Decimal("111675"), "卷"), ("声像档案", Decimal("2285"), "盘")]),
        # a word running on from the unit: no count (卷宗, 盘活), nor a scan's noise
        ("整理档案120卷宗,完成3盘活任务。", []),
        ("(50%,80%)50%-0%(50册合理确定分值", []),
        ("共印发3件套宣传品。发放10册子。", []),
        # a year's work in the same units, half- and full-width
        ("全年接收进馆档案3250卷,整理照片档案120盒、声像档案35盘。",
         [("全年接收进馆档案", Decimal("3250"), "卷"), ("整理照片档案", Decimal("120"), "盒"),
          ("声像档案", Decimal("35"), "盘")]),
        ("全年接收进馆档案3250卷，征集实物档案86件；购置图书1200册。",
         [("全年接收进馆档案", Decimal("3250"), "卷"), ("征集实物档案", Decimal("86"), "件"),
          ("购置图书", Decimal("1200"), "册")]),
        ("全年接收进馆档案 3250 卷,办理人大建议\n15 件。",
         [("全年接收进馆档案", Decimal("3250"), "卷"), ("办理人大建议", Decimal("15"), "件")]),
    ],
    ids=["other names, full-width", "件, wrapped", "wrap before the unit", "words on", "scan noise",
         "件套, 册子", "a year's work", "a year's work, full-width", "spaces and a wrap"],
)
def test_counts_in_archive_units(text, expected):
    assert [(f.label, f.value, f.unit) for f in figures(text) if f.field == "count"] == expected


def test_a_mixed_count_with_other_units_in_brackets_is_of_its_first_unit():
    warnings: list[ParseWarning] = []
    text = "馆藏合计共2000卷(册、件),其中档案1500卷、资料500册;新建停车场12个(处)。"
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    assert [(f.label, f.value, f.unit) for f in found] == [
        ("馆藏合计共", Decimal("2000"), "卷"), ("档案", Decimal("1500"), "卷"), ("资料", Decimal("500"), "册"),
        ("新建停车场", Decimal("12"), "个")]
    assert found[0].context == "馆藏合计共2000卷(册、件)" and found[-1].context.endswith("12个(处)")
    assert not [w for w in warnings if "several" in w.message]


def test_the_units_are_the_seeds():
    assert [canonical_unit(u) for u in ("卷", "盘", "盒", "件", "册")] == ["卷", "盘", "盒", "件", "册"]

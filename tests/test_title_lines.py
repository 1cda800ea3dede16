"""A title line is no start of the sentence after it: 英德市经信局's 2016 三公 budget (corpus document 29)
prints its title ``英德市经信局2016年“三公经费”预算对比增减说明`` on the line before its first sentence
``2016年三公经费预算拨入33万元,…``; the title names its year, so the heading rule (a title holds no digit)
did not stop it, the two lines were joined and the first figures were labelled
``信局2016年三公经费预算对比增减说明2016年三公经费预算``. A title naming its year — no figure, no sentence end,
ending like a title (说明, 情况) — is a text paragraph of its own (ingest/final_accounts/paragraphs.py); no
section heading (the sections are not cut at it). Same on 呈贡区财政局 2016 (/tmp/unseen15n/15) and 海南省交通运输厅
2022 (/tmp/unseen21n/12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from benchmarks.fidelity import REAL_DOCUMENTS
from ingest.document import parse_lines, parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import StatedFigure
from ingest.text import split_lines

YINGDE = REAL_DOCUMENTS / "text" / "29_guangdong_yingde-jxj_2016_sangong_budget.txt"


def _labels(records) -> dict[tuple[Decimal, str], str]:
    return {(f.value, f.field): f.label for f in records if isinstance(f, StatedFigure)}


@pytest.mark.skipif(not YINGDE.exists(), reason="../shared/real-documents not present")
def test_real_page_title_is_no_label():
    labels = _labels(parse_path(YINGDE).all_records)
    assert labels[(Decimal("330000.00"), "amount")] == "三公经费预算"
    assert labels[(Decimal("245500.00"), "change")] == "三公经费预算"
    assert not any("说明" in label for label in labels.values())


@pytest.mark.parametrize(
    "title, sentence, label",
    [
        ("英德市经信局2016年“三公经费”预算对比增减说明", "2016年三公经费预算拨入33万元,与上年对比减少24.55万元。",
         "三公经费预算"),
        ("某某局 2021 年度 \"三公\" 经费预算情况", "本局“三公”经费预算安排33万元。", "本局三公经费预算"),  # spaces
        ("某某中心2022年度“三公”经费决算情况说明。", "某某中心2022年度“三公”经费支出330000元。",  # 元, a full stop
         "某某中心2022年度三公经费支出"),
        ("某某镇2020年度部门预算情况说明", "  部门收入预算33万元,比上年减少24.55万元;", "部门收入预算"),  # indented
    ],
    ids=["as printed", "spaced year, half-width quotes", "元, title ending 。", "indented sentence"],
)
def test_title_naming_its_year_is_no_label(title, sentence, label):
    text = f"{title}\n{sentence}\n"
    paragraphs = build_paragraphs(split_lines(text))
    assert [p.kind for p in paragraphs] == ["text", "text"]
    assert paragraphs[0].text.strip() == split_lines(text)[0].norm.strip()
    _, records = parse_lines(split_lines(text), "x.txt")
    amounts = [f for f in records if isinstance(f, StatedFigure) and f.field == "amount"]
    assert amounts and amounts[0].label == label and amounts[0].value == Decimal("330000")


def test_a_title_with_a_figure_still_runs_on():
    # a line stating a figure is no title, whatever its end: it is joined to the next as a wrapped line
    paragraphs = build_paragraphs(split_lines("某某局2021年支出14.5万元情况\n说明如下。\n"))
    assert [p.text for p in paragraphs] == ["某某局2021年支出14.5万元情况说明如下。"]


def test_a_title_wrapped_onto_its_year_line_stays_whole():
    # 昌吉州人社局 2022 决算 (sample), lines 3–6: 新疆昌吉州人力资源和社会保障局 / 2022 年度部门决算公开说明 / / 目 录
    text = "新疆昌吉州人力资源和社会保障局\n2022 年度部门决算公开说明\n\n目 录\n"
    paragraphs = build_paragraphs(split_lines(text))
    assert [p.text for p in paragraphs] == ["新疆昌吉州人力资源和社会保障局2022 年度部门决算公开说明", "目 录"]

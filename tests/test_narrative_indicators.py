"""Indicators stated in a 绩效自评报告's sentences (ingest/performance/narrative_indicators.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.narrative_indicators import read_narrative_indicators
from ingest.records import Indicator
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def _rows(text: str) -> list[tuple]:
    found = read_narrative_indicators(split_lines(text))
    return [(i.level1_name, i.level2_name, i.level3_name, i.actual_raw) for i in found]


def test_level_sentences_of_a_variant_report():
    text = (
        "(一)产出指标均已完成:培训村医 85 人次,覆盖乡镇12个;\n"
        "二、时效指标完成情况:资金拨付及时率达到100%。\n"
        "3.效益指标全部完成,群众健康意识明显提高。\n"
        "产出指标的设定依据是实施方案,共15项。\n"  # a sentence about indicators, not a level sentence
    )
    assert _rows(text) == [
        ("产出指标", None, "培训村医", "85人次"),
        ("产出指标", None, "覆盖乡镇", "12个"),
        ("产出指标", "时效指标", "资金拨付及时率", "100%"),
    ]


def test_level_sentences_with_full_width_punctuation_among_headings_and_table_rows():
    # the lines scanned for are those holding a level name, what was achieved and its comma or
    # colon (full-width as printed): headings (完成情况分析) and table rows are never read
    text = (
        "（一）产出指标完成情况分析\n"
        "产出指标\t数量指标\t培训人次\t≥80人次\t85人次\n"
        "1．产出指标全部达成，培训村医 85 人次，覆盖乡镇12个；\n"
        "2、效益指标基本实现：群众知晓率95%。\n"
    )
    assert _rows(text) == [
        ("产出指标", None, "培训村医", "85人次"),
        ("产出指标", None, "覆盖乡镇", "12个"),
        ("效益指标", None, "群众知晓率", "95%"),
    ]


def test_colon_form_on_a_self_evaluation_page_between_table_rows():
    page = (
        "2023年度项目支出绩效自评表\n"
        "效益指标\t社会效益指标\t惠及群众\t≥1000人\t1500人\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\n"
        "社会效益：惠及群众1500人；满意度指标：群众满意度达到95%\n"
    )
    found = read_narrative_indicators(split_lines(page))
    assert [(i.stage, i.level2_name, i.level3_name, i.actual_raw, i.source_line) for i in found] == [
        ("self_evaluation", "社会效益指标", "惠及群众", "1500人", 4),
        ("self_evaluation", None, "群众满意度", "95%", 4),
    ]


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_report_baoshan():
    indicators = [r for r in parse_path(next(REAL.glob("35_*"))).records if isinstance(r, Indicator)]
    assert {(i.level3_name, i.actual_raw, i.source_line) for i in indicators} >= {
        ("慰问对象", "120人", 29), ("慰问标准", "300/人", 29), ("群众满意度", "90%", 33)}


def test_colon_form_on_a_target_page_and_not_elsewhere():
    page = (
        "2024年某镇道路改造项目支出绩效目标申报表\n"
        "项目概况 硬化道路3公里。经济效益:带动务工增收;社会效益:惠及群众1500人,改善出行条件;"
        "满意度指标:群众满意度达到90%以上。\n"
    )
    found = read_narrative_indicators(split_lines(page))
    assert [(i.stage, i.level2_name, i.level3_name, i.target_raw, i.actual_raw) for i in found] == [
        ("target", "社会效益指标", "惠及群众", "1500人", None),
        ("target", None, "群众满意度", "90%以上", None),
    ]
    # the same sentence in a page that names neither 绩效目标 nor 自评 is no indicator
    assert read_narrative_indicators(split_lines(page.replace("支出绩效目标申报表", "情况说明"))) == []


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_target_page_fengjie():
    indicators = [r for r in parse_path(next(REAL.glob("41_*"))).records if isinstance(r, Indicator)]
    assert {(i.level3_name, i.target_raw, i.stage) for i in indicators if i.source_line == 13} >= {
        ("带动受益总人口", "200人", "target"), ("群众满意度", "95%以上", "target")}


@pytest.mark.parametrize("width", [9, 14, 23])
def test_a_level_sentence_wrapped_over_lines_is_read_to_its_end_and_once(width):
    """A PDF's text breaks a sentence where the page's line ends, inside a clause or a figure
    (``惠及群众15`` / ``00人``): the sentence is read on through the lines of its paragraph, once."""
    sentence = "社会效益:惠及群众1500人,改善出行条件;满意度指标:群众满意度达到90%以上。"
    wrapped = "\n".join(sentence[k : k + width] for k in range(0, len(sentence), width))
    page = "2024年某镇道路改造项目支出绩效目标申报表\n项目概况 硬化道路3公里。\n" + wrapped + "\n"
    found = read_narrative_indicators(split_lines(page))
    assert [(i.level3_name, i.target_raw, i.source_line) for i in found] == [
        ("惠及群众", "1500人", 3), ("群众满意度", "90%以上", 3)]


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_target_page_fengjie_hard_wrapped():
    from ingest.document import parse_bytes

    lines = next(REAL.glob("41_*")).read_text("utf-8").split("\n")
    line = lines[12]  # line 13: the project's overview, its 效益 and 满意度 clauses
    wrapped = [line[k : k + 34] for k in range(0, len(line), 34)]
    text = "\n".join([*lines[:12], *wrapped, *lines[13:]])
    records = parse_bytes(text.encode(), Path("fengjie.txt")).records
    found = {(i.level3_name, i.target_raw, i.stage) for i in records if isinstance(i, Indicator)}
    assert {("带动受益总人口", "200人", "target"), ("群众满意度", "95%以上", "target")} <= found

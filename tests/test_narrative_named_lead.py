"""A 绩效自评报告's indicator stated below its level's heading as a paragraph led by its name and a colon, the
sentence saying how it went and ending in its figure: ``开展工作督导: 一个季度开展工作督导一次,共4次。`` is the
indicator 开展工作督导, actual 4次 (a total: 共 / 合计 / 累计 / 全年); ``服务对象满意度:服务对象满意度≥80%。`` is
服务对象满意度, actual ≥80%. Not read before: no clause of the sentence names its figure (a page of the nineteenth
session's batch, 红河州第二人民医院)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "honghe-2nd-hospital-2023-selfeval-report.txt"
HEAD = "2023年某医院项目支出绩效自评报告\n(三)绩效指标完成情况分析。\n1.产出指标完成情况分析。\n(1)数量指标。\n"


def actuals(records) -> dict[str, tuple[int, str | None]]:
    return {r.level3_name: (r.source_line, r.actual_raw) for r in records if isinstance(r, Indicator)}


def test_real_report_named_leads():
    found = actuals(parse_path(PAGE).records)
    assert found["开展工作督导"] == (24, "4次")
    assert found["开展考核评价"] == (28, "4次")
    assert found["及时发现隐患和薄弱环节"] == (31, "4次")
    assert found["服务对象满意度"] == (33, "≥80%")


@pytest.mark.parametrize(
    "paragraph",
    [
        "开展工作督导:一个季度开展工作督导一次,共4次。",
        "开展工作督导：一个季度开展工作督导一次，共4次。",  # full-width
        "开展工作督导: 每季度开展一次, 全年共开展 4 次。",
        "开展工作督导:按季度开展,累计4次",
    ],
)
def test_named_lead_total_variants(paragraph):
    found = actuals(parse_bytes((HEAD + paragraph + "\n").encode(), Path("x.txt")).records)
    assert found.get("开展工作督导", (0, None))[1].replace(" ", "") == "4次", found


@pytest.mark.parametrize(
    "paragraph",
    [
        "开展工作督导:一个季度开展一次,共4次,涉及12个单位。",  # two figures: whose, the sentence does not say
        "开展工作督导:全年按计划开展。",  # no figure
        "开展工作督导:督导覆盖率100%。",  # a clause naming another thing
    ],
)
def test_named_lead_unsettled_is_left_out(paragraph):
    found = actuals(parse_bytes((HEAD + paragraph + "\n").encode(), Path("x.txt")).records)
    assert "开展工作督导" not in found, found


def test_named_lead_outside_a_level_heading_is_not_read():
    """The same paragraph with no level's heading above it: no indicator (a narrative's aside)."""
    text = "2023年某医院项目支出绩效自评报告\n一、项目基本情况\n开展工作督导:一个季度开展工作督导一次,共4次。\n"
    assert "开展工作督导" not in actuals(parse_bytes(text.encode(), Path("x.txt")).records)

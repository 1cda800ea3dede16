"""Rows of an indicator table whose cells run together, cut inside their names: a Latin word (``福彩APP系统改版升级
100%100%`` was read as 福彩A | P | P and 系统改版升级 | 100% | 100%) — letters alone are no target nor actual; and the
year a name compares with (``彩票系统信息化建设程度同比2022年销量显著提高``, read as target 2022年) — left out with a
warning. Both on an OCR'd page of the nineteenth session's batch (宁夏福彩中心)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.performance.run_together import read_scored_rows
from ingest.records import Indicator, ParseWarning

PAGE = Path(__file__).parent / "fixtures" / "pages" / "ningxia-fucai-center-2023-selfeval-ocr.txt"


def test_real_page_names_not_cut():
    records = parse_path(PAGE).records
    names = {r.level3_name: (r.target_raw, r.actual_raw) for r in records if isinstance(r, Indicator)}
    assert names["福彩APP系统改版升级"] == ("100%", "100%")
    assert "福彩A" not in names and "系统改版升级" not in names
    assert not [name for name in names if name.endswith("同比")], names
    assert any(isinstance(r, ParseWarning) and r.source_line == 25 and "comparison" in r.message for r in records)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("福彩APP系统改版升级100%100%", "福彩APP系统改版升级"),
        ("OA系统上线运行率≥95%98%", "OA系统上线运行率"),
        ("GPS定位设备安装数量20台20台", "GPS定位设备安装数量"),
    ],
)
def test_latin_word_in_a_run_together_name(text, name):
    rows, _ = read_scored_rows(text, ("target", "actual"))
    assert [row.name for row in rows] == [name], rows


@pytest.mark.parametrize(
    "row",
    [
        "可持续影响指标彩票系统信息化建设程度同比2022年销量显著提高显著提高",
        "可持续影响指标 | 信息化建设程度较 | 2022年有提升 | 有提升 |",
    ],
)
def test_name_cut_at_a_compared_year_is_left_out(row):
    header = "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 |"
    text = "2023年某中心项目支出绩效自评表\n" + header + "\n" + row + "\n"
    records = parse_bytes(text.encode(), Path("x.txt")).records
    assert not [r for r in records if isinstance(r, Indicator) and (r.target_raw or "").startswith("2022年")]


def test_completion_year_target_kept():
    """A date target under a name that compares nothing (完成时间 | 2022年 | 2022年) is kept."""
    text = ("2023年某中心项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 |\n"
            "产出指标 | 时效指标 | 项目完成时间 | 2022年 | 2022年 |\n")
    records = parse_bytes(text.encode(), Path("x.txt")).records
    assert [(r.level3_name, r.target_raw) for r in records if isinstance(r, Indicator)] == [("项目完成时间", "2022年")]

"""A level's colon line in a part whose numbered heading says how the targets went (``4.主要绩效目标及完成情况``)
states what was done, even on a page whose head names 绩效目标 and never 自评 (read before as targets); and an
indicator named again by its name's end after what was actually done (``中央集中彩票公益金使用率达100%,当年实际完成使用
38.8万元,使用率100%``) is one indicator, its target the first figure and its actual the second — not three (a page of
the nineteenth session's batch, 衡山县 民政局)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "hengshan-mzj-2023-welfare-lottery-use.txt"


def indicators(records) -> dict[str, tuple[str, str | None, str | None]]:
    return {r.level3_name: (r.stage, r.target_raw, r.actual_raw) for r in records if isinstance(r, Indicator)}


def test_real_page_restated_actual():
    found = indicators(r for r in parse_path(PAGE).records if r.source_line == 12)
    assert found == {"中央集中彩票公益金使用率": ("self_evaluation", "100%", "100%")}


HEAD = "2023年度某县福利彩票公益金使用情况公告\n一、资金使用情况\n1.总体情况\n收到资金总额为38.8万元,已全部使用。\n"


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("4.主要绩效目标及完成情况", "数量指标:公益金使用率达100%,当年实际完成使用38.8万元,使用率98%;"),
        ("4、绩效目标完成情况", "数量指标：公益金使用率达100%，当年实际完成使用38.8万元，使用率98%；"),
        ("(4)主要绩效目标及完成情况:", "数量指标:公益金使用率达到100%,实际支出38.8万元,使用率98%。"),
    ],
)
def test_restated_actual_variants(heading, line):
    found = indicators(parse_bytes((HEAD + heading + "\n" + line + "\n").encode(), Path("x.txt")).records)
    assert found.get("公益金使用率") == ("self_evaluation", "100%", "98%"), found
    assert not [name for name in found if name.startswith(("当年", "实际")) or name == "使用率"], found


def test_targets_part_keeps_targets():
    """The same line under a heading of the targets alone (4.主要绩效目标) states targets, as before."""
    text = HEAD + "4.主要绩效目标\n数量指标:公益金使用率达100%。\n"
    assert indicators(parse_bytes(text.encode(), Path("x.txt")).records).get("公益金使用率") == (
        "target", "100%", None)


def test_real_page_quoted_name_at_its_line():
    """``满意度指标:“接受孤儿助学项目资助的孤儿满意度”完成100%。``: the quoted name is the indicator's, at the line its
    level is printed on (the page's level lines join into one paragraph) — read before as a share of nothing."""
    found = indicators(r for r in parse_path(PAGE).records if r.source_line == 13)
    assert found == {"接受孤儿助学项目资助的孤儿满意度": ("self_evaluation", None, "100%")}


@pytest.mark.parametrize(
    "line",
    [
        "满意度指标:“受资助孤儿的满意度”完成100%。",
        "满意度指标：“受资助孤儿的满意度”达到96%。",
        '满意度指标:"受资助孤儿的满意度"为96%。',
    ],
)
def test_quoted_name_variants(line):
    text = HEAD + "4.主要绩效目标及完成情况\n数量指标:公益金使用率达100%,实际支出38.8万元,使用率98%;\n" + line + "\n"
    found = {r.level3_name: (r.source_line, r.actual_raw) for r in parse_bytes(text.encode(), Path("x.txt")).records
             if isinstance(r, Indicator)}
    assert found.get("受资助孤儿的满意度", (0, ""))[0] == 7, found
    assert found["受资助孤儿的满意度"][1] in ("100%", "96%"), found

"""An indicator stated in prose as a plan and what was done, the plan's words run on from its name with no
separator: ``全年缴费人数年初任务数216786人,全年完成值201201人`` is the indicator 全年缴费人数, target 216786人,
actual 201201人 — not an indicator named …年初任务数 whose actual is the plan's figure (read so before: a
wrong figure on a page of the eighteenth session's fresh batch, 锡林郭勒盟 人社局).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "xilinguole-rsj-2022-selfeval-plan-pairs.txt"


def indicators(records) -> dict[str, tuple[str | None, str | None]]:
    return {r.level3_name: (r.target_raw, r.actual_raw) for r in records if isinstance(r, Indicator)}


def test_real_page_plan_and_done_pairs():
    found = indicators(parse_path(PAGE).records)
    assert found["养老金领取人数全年平均数"] == ("101974人", "103119人")
    assert found["全年缴费人数"] == ("216786人", "201201人")
    assert not [name for name in found if name.endswith("任务数")]


HEAD = "2022年度某县城乡居民基本养老保险补助资金绩效自评报告\n(四)绩效指标完成情况分析。\n1.产出指标。\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "数量指标。参保人数年初任务数5200人,全年完成值5380人。",
        "数量指标。参保人数年初任务数5200人，全年完成值5380人。",  # full-width comma
        "数量指标。参保人数全年目标数5200人;全年完成值为5380人。",
        "数量指标。参保人数年度计划数 5200 人，实际完成值 5380 人。",
    ],
)
def test_plan_pair_variants(sentence):
    found = indicators(parse_bytes((HEAD + sentence + "\n").encode(), Path("x.txt")).records)
    assert found.get("参保人数") == ("5200人", "5380人"), found


def test_a_plan_alone_is_no_actual():
    """``…年初任务数5200人`` with no completion after it: its figure is a target, never the actual."""
    text = HEAD + "数量指标。参保人数年初任务数5200人,发放标准每人每月143元。\n"
    records = parse_bytes(text.encode(), Path("x.txt")).records
    assert not [r for r in records if isinstance(r, Indicator) and r.actual_raw == "5200人"]

"""Below a level's heading, a plan's figure and then what was done, the thing named again after 实际(已)完成:
``预定村集体收入60.3万元,实际已完成村集体收入60.3万元`` is one indicator (村集体收入, target 60.3万元, actual
60.3万元), not an indicator named 预定村集体收入 whose actual is the plan's figure and a second named 实际已完成…
(西平县扶贫办 2020, held-out batch 26p). A paragraph led by ``该项目的效益指标,`` is the 效益指标's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "xiping-fpb-2020-selfeval-restated-actuals.txt"


def indicators(records) -> dict[str, Indicator]:
    return {r.level3_name: r for r in records if isinstance(r, Indicator)}


def test_real_page_plan_then_restated_actual():
    found = indicators(parse_path(PAGE).records)
    income = found["村集体收入"]
    assert (income.level1_name, income.level2_name) == ("效益指标", None)
    assert (income.target_raw, income.actual_raw, income.source_line) == ("60.3万元", "60.3万元", 18)
    total = found["带动受益建档立卡贫困户总收入"]
    assert (total.target_raw, total.actual_raw, total.source_line) == ("42.21万元", "42.21万元", 18)
    assert not [name for name in found if name.startswith(("预定", "实际"))]
    # (552户1186人: two figures run together, no indicator's value)
    assert not [i for i in found.values() if "552" in (i.target_raw or "") + (i.actual_raw or "")]


HEAD = "2023年度某县某项目绩效自评报告\n(二)绩效目标完成情况分析\n2.效益指标完成情况分析\n"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        ("该项目的效益指标,计划带动就业人数120人,实际完成带动就业人数135人;培训农民300人次。",
         "带动就业人数", ("120人", "135人")),
        ("该项目的效益指标，预计增加村集体收入8.5万元，实际已完成增加村集体收入9万元；培训农民300人次。",  # full-width
         "增加村集体收入", ("8.5万元", "9万元")),
        ("预定户均增收3000元,实际实现户均增收3200元;培训农民300人次。", "户均增收", ("3000元", "3200元")),
        ("计划生育家庭补助人数40人,实际完成计划生育家庭补助人数42人;培训农民300人次。",
         "计划生育家庭补助人数", ("40人", "42人")),
    ],
)
def test_restated_actual_variants(body, name, expected):
    found = indicators(parse_bytes((HEAD + body + "\n").encode(), Path("x.txt")).records)
    assert name in found, found
    assert (found[name].target_raw, found[name].actual_raw) == expected
    assert found[name].level1_name == "效益指标"
    assert found["培训农民"].actual_raw == "300人次"


def test_restated_actual_wrapped_inside_the_sentence():
    text = HEAD + "该项目的效益指标,预定村集体收入60.3万元,实际已完成村集\n体收入61万元;培训农民300人次。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert (found["村集体收入"].target_raw, found["村集体收入"].actual_raw) == ("60.3万元", "61万元")


def test_another_thing_done_is_no_actual_of_the_plan():
    """What was done names another thing (培训农民, not 村集体收入): no pair; the plan's clause is read as printed."""
    text = HEAD + "预定村集体收入60.3万元,实际完成培训农民300人次;带动就业120人。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert "村集体收入" not in found
    assert all(i.target_raw is None for i in found.values())

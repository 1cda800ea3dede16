"""A report's level heading run on into its clauses, the 一级's word run on into the 二级's name (``1、产出数量指标:``),
each clause an indicator's name glued to the template's words of its target (``年初指标值为``, no separator), the
target's bound in words (``不低于85%``), then what was done (``全年实际完成值100%``): one indicator's target and actual,
at levels 产出指标 / 数量指标. A target alone (``项目完成时间年初指标值为2023年12月底,实际在规定时间内完成``) is the
target only; a rate per thing (``260元/辆``) is read whole (镜湖区残联 2023, held-out batch 26p).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator, ParseWarning

PAGE = Path(__file__).parent / "fixtures" / "pages" / "jinghu-cl-2023-selfeval-glued-targets.txt"


def indicators(records) -> dict[str, Indicator]:
    return {r.level3_name: r for r in records if isinstance(r, Indicator)}


def test_real_page_glued_targets_and_actuals():
    found = indicators(parse_path(PAGE).records)
    first = found["有需求的困难残疾人得到残疾人基本康复服务比例"]
    assert (first.level1_name, first.level2_name) == ("产出指标", "数量指标")
    assert (first.target_raw, first.actual_raw, first.source_line) == ("不低于85%", "100%", 13)
    care = found["资助接受托养服务人次数"]
    assert (care.target_raw, care.actual_raw) == ("不低于105人", "116人")
    fuel = found["发放残疾人机动轮椅车燃油补贴人次数"]
    assert (fuel.target_raw, fuel.actual_raw) == ("不低于180人", "164人")
    when = found["项目完成时间"]
    assert (when.level2_name, when.target_raw, when.actual_raw) == ("时效指标", "2023年12月底", None)
    assert when.source_line == 14
    cost = found["残疾人机动轮椅车燃油补贴年均补助标准"]
    assert (cost.level2_name, cost.target_raw, cost.actual_raw, cost.source_line) == ("成本指标", "260元/辆", None, 15)
    # (no indicator named by the template's words, nor the ordinal leading a clause)
    assert not [name for name in found if "指标值" in name or name.startswith("第")]


HEAD = "2023年度某县某项目资金绩效自评报告\n(四)绩效指标完成情况分析。\n"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("1、产出数量指标:第一,培训农民人次数年初指标值为不低于300人次,全年实际完成值320人次。",
         "培训农民人次数", ("不低于300人次", "320人次")),
        ("1.产出数量指标：第一，培训农民人次数年初指标值为不少于300人次，全年实际完成值为320人次。",  # full-width
         "培训农民人次数", ("不少于300人次", "320人次")),
        ("1、产出质量指标:验收合格率年度指标值为≥95%;实际完成值98%。", "验收合格率", ("≥95%", "98%")),
        ("2、产出成本指标:每户补助标准年初指标值为1.2万元,全年实际完成值1.2万元。",
         "每户补助标准", ("1.2万元", "1.2万元")),
        ("2、产出成本指标:每户补助标准年初指标值为12000元,全年实际完成值12000元。",
         "每户补助标准", ("12000元", "12000元")),
        ("2、产出成本指标:燃油补贴标准年初目标值为300元/人,实际按该标准发放。", "燃油补贴标准", ("300元/人", None)),
        ("3、产出时效指标:工程竣工时间年初指标值为2024年6月底,实际按期完成。", "工程竣工时间", ("2024年6月底", None)),
    ],
)
def test_glued_target_variants(text, name, expected):
    found = indicators(parse_bytes((HEAD + text + "\n").encode(), Path("x.txt")).records)
    assert name in found, found
    assert (found[name].target_raw, found[name].actual_raw) == expected
    assert found[name].level1_name == "产出指标"


def test_glued_target_wrapped_inside_the_sentence():
    """A PDF's text wraps the sentence over lines: read on to the end of its paragraph, each figure at its line."""
    text = HEAD + "1、产出数量指标:第一,培训农民人次数年初指标值为不低于300\n人次,全年实际完成值320人次。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert (found["培训农民人次数"].target_raw, found["培训农民人次数"].actual_raw) == ("不低于300人次", "320人次")
    assert found["培训农民人次数"].level2_name == "数量指标"


def test_run_together_level_names():
    from ingest.performance.narrative_indicators import _vocabulary_levels

    assert _vocabulary_levels("产出数量指标") == ("产出指标", "数量指标")
    assert _vocabulary_levels("产出成本指标") == ("产出指标", "成本指标")
    assert _vocabulary_levels("效益社会效益指标") == ("效益指标", "社会效益指标")
    assert _vocabulary_levels("二是数量指标") is None


@pytest.mark.parametrize(
    "text",
    [
        "经核查,项目验收合格率年初指标值为≥95%,全年实际完成值98%。资金到位率年度目标值为100%,实际完成值100%。\n",
        "经核查，项目验收合格率年初指标值为≥95%，全年实际完成值98%；资金到位率年度目标值为100%；实际完成值100%。\n",
        "经核查,项目验收合格率年初指标值为≥95%,全年实际\n完成值98%。资金到位率年度目标值为100%,实际完成值100%。\n",
    ],
)
def test_glued_targets_below_no_heading(text):
    """A paragraph no level's heading leads: the indicators of no level known."""
    records = parse_bytes(("2023年度某县某项目绩效自评报告\n\n" + text).encode(), Path("x.txt")).records
    found = indicators(records)
    assert (found["项目验收合格率"].target_raw, found["项目验收合格率"].actual_raw) == ("≥95%", "98%")
    assert (found["资金到位率"].target_raw, found["资金到位率"].actual_raw) == ("100%", "100%")
    assert found["项目验收合格率"].level1_name is None


def test_glued_to_who_reports_is_left_out_with_a_warning():
    text = "2023年度某县某项目绩效自评报告\n\n经核查,本单位年初指标值为100%,实际完成值90%。\n"
    records = parse_bytes(text.encode(), Path("x.txt")).records
    assert not indicators(records)
    assert [r for r in records if isinstance(r, ParseWarning) and "本单位年初指标值" in (r.context or "")]

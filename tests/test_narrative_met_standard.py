"""A level's clauses on a 绩效目标 notice closed by the word that says the standard is met after the figure
(``2、质量指标:资助标准100%达标。``, ``3、时效指标:资助经费发放率100%达标,资助经费到位率100%达标。``): each
an indicator whose target is the figure, 达标 no part of it (昌吉职业技术学院 2019, a mirror's page in traditional
characters with pinyin glosses; held-out batch 26p).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "changji-zhiyuan-2019-project-notice-targets-traditional.txt"


def indicators(records) -> dict[str, Indicator]:
    return {r.level3_name: r for r in records if isinstance(r, Indicator)}


def test_real_page_targets_met():
    found = indicators(parse_path(PAGE).records)
    standard = found["资助标准"]
    assert (standard.level1_name, standard.level2_name, standard.stage) == ("产出指标", "质量指标", "target")
    assert (standard.target_raw, standard.source_line) == ("100%", 20)
    assert (found["资助经费发放率"].target_raw, found["资助经费发放率"].source_line) == ("100%", 21)
    assert (found["资助经费到位率"].target_raw, found["资助经费到位率"].level2_name) == ("100%", "时效指标")
    assert found["资助建档立卡贫困子女"].target_raw == "1966人"
    assert not [i for i in found.values() if "达标" in (i.target_raw or "")]


HEAD = "某县2024年某项目情况公告公示\n七、绩效目标\n(一)产出指标\n"


@pytest.mark.parametrize(
    ("line", "name", "target"),
    [
        ("2、质量指标:验收合格率100%达标。", "验收合格率", "100%"),
        ("2、质量指标：验收合格率≥95%达标。", "验收合格率", "≥95%"),  # full-width colon
        ("3、时效指标:补助资金发放及时率100%达标,补助到位率98%达标。", "补助到位率", "98%"),
        ("4、成本指标:人均补助标准3000元达标。", "人均补助标准", "3000元"),
        ("4、成本指标:补助总额160.77万元达标。", "补助总额", "160.77万元"),
    ],
)
def test_met_standard_variants(line, name, target):
    found = indicators(parse_bytes((HEAD + line + "\n").encode(), Path("x.txt")).records)
    assert name in found, found
    assert (found[name].target_raw, found[name].stage) == (target, "target")


def test_met_standard_wrapped_inside_the_sentence():
    text = HEAD + "3、时效指标:补助资金发放及时率100%达标,补助到\n位率98%达标。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert found["补助资金发放及时率"].target_raw == "100%"
    assert found["补助到位率"].target_raw == "98%"

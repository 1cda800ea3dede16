"""Indicator results written as clauses under the level headings of the national 转移支付绩效自评报告 outline
(``(三)绩效指标完成情况分析`` / ``1.产出指标完成情况分析。`` / ``(1)数量指标。完成治理水土流失面积1429.39hm,其中
坡改梯25.26hm,…`` / ``2.效益指标完成情况分析。`` / ``(1)经济效益。人均产粮增加290kg/人。`` / ``3.满意度指标完成情况
分析。群众满意度100%。``): each level's numbered heading run on into its ``name value`` clauses, below the heading
that says its level was done, states actuals on any page — a copy that lost its title (芦山县 西川河小流域 水土保持
project, a document site's copy with every year masked; held-out batch 27d) as well as a titled report. The 二级
levels of 效益 and 满意度 are headed without their 指标 too (经济效益, 社会效益, 满意度), and an area's hm² may be
printed with its ² lost (hm: 公顷), a rate per person as kg/人.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator
from ingest.units import canonical_unit

# (the real page: benchmarks/heldout/27d 03, an untitled 水利发展资金 自评报告)
PAGE = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout" / "27d" / "text" / "03_sichuan_lushan-xichuanhe_selfeval_report.txt"  # noqa: E501


def indicators(records) -> dict[str, Indicator]:
    return {r.level3_name: r for r in records if isinstance(r, Indicator)}


def test_real_page_outline_clauses():
    found = indicators(parse_path(PAGE).records)
    area = found["其中坡改梯"]
    assert (area.level1_name, area.level2_name, area.stage) == ("产出指标", "数量指标", "self_evaluation")
    assert (area.actual_raw, area.source_line) == ("25.26hm", 14)
    assert found["保土耕作"].actual_raw == "412.83hm"
    grain = found["人均产粮增加"]
    assert (grain.level1_name, grain.level2_name, grain.actual_raw, grain.source_line) == (
        "效益指标", "经济效益指标", "290kg/人", 18)
    assert (found["农田增加"].level2_name, found["农田增加"].actual_raw) == ("社会效益指标", "25.26hm")
    assert (found["保土率"].level2_name, found["保土率"].actual_raw) == ("生态效益指标", "59.79%")
    assert found["项目区综合治理后年保土量"].actual_raw == "3.51万t"
    assert (found["群众满意度"].level1_name, found["群众满意度"].actual_raw) == ("满意度指标", "100%")
    # the typo 32.49hmm is no unit: left out, never read as 32.49hm
    assert not [i for i in found.values() if (i.actual_raw or "").startswith("32.49")]
    # the 总体绩效目标 sentence (line 11) restates the areas as a goal: no indicator there
    assert not [i for i in found.values() if i.source_line == 11]


def test_hm_is_an_area():
    assert canonical_unit("hm") == "公顷"
    assert canonical_unit("kg/人") == "千克/人"


HEAD = "一、绩效目标分解下达情况\n二、绩效目标完成情况分析\n(三)绩效指标完成情况分析。\n"


@pytest.mark.parametrize(
    ("text", "name", "levels", "actual"),
    [
        # the real page's shape, 万元 and 元 amounts (成本指标 a 一级 of its own, as the corpus has it)
        ("1.产出指标完成情况分析。\n(4)成本指标。项目总投资525.39万元,亩均补助800元。\n",
         "项目总投资", ("成本指标", None), "525.39万元"),
        ("1.产出指标完成情况分析。\n(4)成本指标。项目总投资525.39万元,亩均补助800元。\n",
         "亩均补助", ("成本指标", None), "800元"),
        # other numbering: 一、 / (一) / 1、, full-width brackets and punctuation
        ("一、产出指标完成情况分析\n（一）数量指标：新建蓄水池12座，整治山坪塘3口。\n",
         "新建蓄水池", ("产出指标", "数量指标"), "12座"),
        ("1、效益指标完成情况分析:\n(1)经济效益:户均增收1200元;带动就业36人。\n",
         "户均增收", ("效益指标", "经济效益指标"), "1200元"),
        # a 二级 level with its 指标 printed, and one without
        ("2.效益指标完成情况分析。\n(2)社会效益指标。受益人口2300人;培训农户150人次。\n",
         "受益人口", ("效益指标", "社会效益指标"), "2300人"),
        ("2.效益指标完成情况分析。\n（3）生态效益．林草覆盖率提高到45%;年减少土壤侵蚀量1.2万t。\n",
         "年减少土壤侵蚀量", ("效益指标", "生态效益指标"), "1.2万t"),
        ("2.效益指标完成情况分析。\n(1)经济效益。人均增收35.5kg/人;\n",
         "人均增收", ("效益指标", "经济效益指标"), "35.5kg/人"),
        ("3.满意度指标完成情况分析。\n(1)满意度。受益群众满意度98%。\n",
         "受益群众满意度", ("满意度指标", None), "98%"),
    ],
)
def test_outline_variants(text, name, levels, actual):
    found = indicators(parse_bytes((HEAD + text).encode(), Path("x.txt")).records)
    assert name in found, found
    indicator = found[name]
    assert (indicator.level1_name, indicator.level2_name) == levels
    assert (indicator.actual_raw, indicator.stage) == (actual, "self_evaluation")


def test_bare_level_heading_on_its_own_line():
    text = HEAD + "2.效益指标完成情况分析。\n(1)经济效益\n人均增收1200元,带动就业36人。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert (found["人均增收"].level2_name, found["人均增收"].actual_raw) == ("经济效益指标", "1200元")


def test_run_on_level_needs_a_done_heading():
    # a numbered 数量指标 line in a plan's list, below no heading saying its level was done: a target's words, not read
    # as actuals here
    text = "某项目实施方案\n一、建设内容\n(1)数量指标。新建蓄水池12座,整治山坪塘3口。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert not [i for i in found.values() if i.stage == "self_evaluation"]


def test_bare_word_not_numbered_is_no_level():
    # 经济效益 opening a sentence with no list number: no level heading
    text = HEAD + "2.效益指标完成情况分析。\n经济效益。人均增收1200元,带动就业36人。\n"
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert "人均增收" not in found or found["人均增收"].level2_name != "经济效益指标"


def test_titled_report_bare_levels():
    # the same outline under a report's title (the run-on levels read on a 自评 page before): a bare 二级 too
    text = ("某县2023年度水利发展资金绩效自评报告\n" + HEAD + "2.效益指标完成情况分析。\n"
            "(1)经济效益。人均增收1200元,带动就业36人。\n(2)社会效益指标。受益人口2300人。\n")
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert (found["人均增收"].level2_name, found["人均增收"].actual_raw) == ("经济效益指标", "1200元")
    assert (found["受益人口"].level2_name, found["受益人口"].actual_raw) == ("社会效益指标", "2300人")

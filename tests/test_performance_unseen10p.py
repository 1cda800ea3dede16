"""Performance tables of the tenth unseen batch (项目支出绩效自评表 / 绩效目标表 pages from provinces the
development corpus lacks), each rule on its real page and on a variant written here."""

from __future__ import annotations

from pathlib import Path

from ingest.document import parse_path
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Indicator
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _indicators(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw)
        for i in records
        if isinstance(i, Indicator)
    ]


def test_real_page_a_level_name_wrapped_after_a_level_is_no_indicator():
    # 岳阳县 2022 绩效目标申报表, one cell per line with a blank line between cells: 效益指标, then the
    # 二级指标 wrapped as 经济效益 / 指标 — once read as an indicator 经济效益 with the target 指标
    found = _indicators(parse_path(PAGES / "yueyangxian-2022-targets.txt").all_records)
    assert ("效益指标", "经济效益指标", "年增粮食", "3500公斤") in found
    assert ("效益指标", "社会效益指标", "受益脱贫(监测)人口数", "≥500人") in found
    assert ("产出指标", "成本指标", "财政资金补助", "1600元/亩") in found
    assert not [row for row in found if row[3] == "指标" or row[2] in ("经济效益", "社会效益")]
    assert len(found) == 12


# The same shape without blank lines, 满意度 wrapped too, a value before a level name (no join).
WRAPPED_LEVELS = "\n".join([
    "一级指标", "二级指标", "三级指标", "指标值",
    "产出指标", "数量指标", "新建道路", "≥2公里",
    "成本指标", "补助标准", "30元/平方米",
    "效益指标", "社会效益", "指标", "受益人口", "≥300人",
    "生态效益", "指标", "绿化面积", "500平方米",
    "满意度指标", "服务对象", "满意度指标", "群众满意度", "≥90%",
]) + "\n"


def test_a_level_name_wrapped_after_a_level_is_no_indicator_variant():
    assert _indicators(read_indicators(split_lines(WRAPPED_LEVELS), "target")) == [
        ("产出指标", "数量指标", "新建道路", "≥2公里"),
        ("产出指标", "成本指标", "补助标准", "30元/平方米"),
        ("效益指标", "社会效益指标", "受益人口", "≥300人"),
        ("效益指标", "生态效益指标", "绿化面积", "500平方米"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]


def test_real_page_a_name_ending_in_a_count_keeps_it_when_its_value_is_in_km():
    # 清涧县 2021 绩效目标申报表, one cell per line closed by ' |': 寨山石坪村新建水泥路1条 | then 2km | —
    # 2km was no value (km no unit of the vocabulary), so the name was cut and 1条 read as its target
    found = _indicators(parse_path(PAGES / "qingjian-2021-targets.txt").all_records)
    assert found[:2] == [
        ("产出指标", "数量指标", "寨山石坪村新建水泥路1条", "2km"),
        ("产出指标", "数量指标", "呼家河至鲍家沟新建水泥路1条", "2km"),
    ]
    assert ("产出指标", "成本指标", "硬化水泥砼公路补助标准", "≤120万元") in found


LATIN_UNITS = "".join(f"{cell} |\n" for cell in [
    "一级指标", "二级指标", "三级指标", "指标值",
    "产出指标", "数量指标", "新修机耕路2条", "≥3.5km", "清运垃圾", "1200kg",
    "效益指标", "经济效益指标", "年增粮食", "≥5000公斤",
])


def test_values_in_km_kg_and_gongjin_are_values_variant():
    assert _indicators(read_indicators(split_lines(LATIN_UNITS), "target")) == [
        ("产出指标", "数量指标", "新修机耕路2条", "≥3.5km"),
        ("产出指标", "数量指标", "清运垃圾", "1200kg"),
        ("效益指标", "经济效益指标", "年增粮食", "≥5000公斤"),
    ]

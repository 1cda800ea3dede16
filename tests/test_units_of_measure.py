"""Figures whose unit is a physical quantity (公顷 hm² 亩 平方米 m² 公里 km 米 m 吨 t kg 立方米 m³ 千瓦 kW 千瓦时)
or a count of things (户 座 条 所 台 套 册 场次 处) are read in every layout — indicator tables as pipe rows and one
cell per line, prose sentences, tables whose labels or headers print the unit in brackets — with the unit named by
one vocabulary (ingest/units.py over seeds/indicator_units.csv). A physical quantity is never money nor a count
of things; a figure after a unit the vocabulary does not know is left out, as before."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.performance.indicator_values import parse_indicator_value
from ingest.units import KNOWN_UNITS, PHYSICAL_UNITS, SEED, canonical_unit
from ingest.vocabulary import INDICATOR_UNITS

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _records(text: str, name: str = "page.txt") -> list:
    return parse_bytes(text.encode("utf-8"), Path(name)).records


# ---- the vocabulary -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "unit"),
    [
        ("公顷", "公顷"), ("hm2", "公顷"), ("亩", "亩"), ("万亩", "万亩"), ("平方米", "平方米"), ("m2", "平方米"),
        ("㎡", "平方米"), ("平方公里", "平方公里"), ("km2", "平方公里"), ("公里", "公里"), ("km", "公里"),
        ("KM", "公里"), ("米", "米"), ("m", "米"), ("吨", "吨"), ("t", "吨"), ("万吨", "万吨"), ("万t", "万吨"),
        ("kg", "千克"), ("公斤", "公斤"), ("千克", "千克"), ("立方米", "立方米"), ("m3", "立方米"),
        ("万立方米", "万立方米"), ("千瓦", "千瓦"), ("kW", "千瓦"), ("千瓦时", "千瓦时"), ("kWh", "千瓦时"),
        ("kg/人", "千克/人"), ("元/人", "元/人"), ("吨/年", "吨/年"), ("万元/公里", "万元/公里"),
        ("人次", "人次"), ("户", "户"), ("座", "座"), ("条", "条"), ("所", "所"), ("台", "台"), ("套", "套"),
        ("册", "册"), ("场", "场"), ("场次", "场次"), ("处", "处"),
    ],
)
def test_every_spelling_is_named_by_the_vocabulary(printed: str, unit: str) -> None:
    assert canonical_unit(printed) == unit


@pytest.mark.parametrize("printed", ["xyz", "T", "度数", "kg/xyz", "方面", "/人"])
def test_a_unit_the_vocabulary_does_not_know(printed: str) -> None:
    assert canonical_unit(printed) is None


def test_the_seed_names_every_unit_the_readers_find() -> None:
    # every unit the table and prose readers look for after a figure has a kind and a base unit in the seed the
    # warehouse converts through (one place), in any of its spellings
    missing = [unit for unit in INDICATOR_UNITS if canonical_unit(unit) is None and unit not in ("百分比", "％")]
    assert missing == []
    kinds = {row["unit"]: row["value_kind"] for row in csv.DictReader(SEED.open(encoding="utf-8"))}
    assert {kinds[unit] for unit in PHYSICAL_UNITS} == {"length", "area", "volume", "weight", "energy", "power"}
    assert set(kinds) - {"date"} == KNOWN_UNITS


@pytest.mark.parametrize(
    ("raw", "operator", "value", "unit"),
    [
        ("≥500hm²", ">=", "500", "公顷"),
        ("≥500 hm2", ">=", "500", "公顷"),
        ("500公顷", None, "500", "公顷"),
        ("≥12.5万立方米", ">=", "12.5", "万立方米"),
        ("3000m³", None, "3000", "立方米"),
        ("≥2万t", ">=", "2", "万吨"),
        ("1200 t", None, "1200", "吨"),
        ("≤50kg/人", "<=", "50", "千克/人"),
        ("≥200kW", ">=", "200", "千瓦"),
        ("≥1.5万千瓦时", ">=", "1.5", "万千瓦时"),
        ("20场次", None, "20", "场次"),
        ("≥300 m²", ">=", "300", "平方米"),
        ("＞3km", ">", "3", "公里"),
    ],
)
def test_an_indicator_value_in_a_physical_unit(raw: str, operator: str | None, value: str, unit: str) -> None:
    read = parse_indicator_value(raw)
    assert (read.operator, read.value, read.unit, read.parsed) == (operator, Decimal(value), unit, True)


@pytest.mark.parametrize("raw", ["≥1200度", "50xyz", "≥3T"])
def test_an_indicator_value_after_an_unknown_unit_stays_unread(raw: str) -> None:
    read = parse_indicator_value(raw)
    assert read.value is None and read.parsed is False


# ---- indicator tables in every layout ---------------------------------------------------------------------------

SPELLINGS = [("hm²", "公顷"), ("hm2", "公顷"), ("公顷", "公顷"), ("t", "吨"), ("万t", "万吨"), ("kW", "千瓦"),
             ("m³", "立方米"), ("千瓦时", "千瓦时"), ("场次", "场次"), ("kg", "千克")]


def _self_evaluation(unit: str, layout: str, space: str = "") -> str:
    head = "某某县农业农村局2023年项目支出绩效自评表\n"
    if layout == "pipe":
        return (head + "项目名称 | 高标准农田建设\n"
                "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因\n"
                f"产出指标 | 数量指标 | 建设规模 | ≥1200{space}{unit} | 1250{space}{unit} | 10 | 10 | 无\n"
                "产出指标 | 质量指标 | 验收合格率 | 100% | 100% | 10 | 10 | 无\n")
    if layout == "tabs":
        return (head + "项目名称\t高标准农田建设\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                f"产出指标\t数量指标\t建设规模\t≥1200{space}{unit}\t1250{space}{unit}\t10\t10\n"
                "产出指标\t质量指标\t验收合格率\t100%\t100%\t10\t10\n")
    return (head + "项目名称\n高标准农田建设\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n"
            f"产出指标\n数量指标\n建设规模\n≥1200{space}{unit}\n1250{space}{unit}\n10\n10\n"
            "产出指标\n质量指标\n验收合格率\n100%\n100%\n10\n10\n")


@pytest.mark.parametrize("layout", ["pipe", "tabs", "cells"])
@pytest.mark.parametrize(("printed", "unit"), SPELLINGS)
@pytest.mark.parametrize("space", ["", " "])
def test_an_indicator_table_in_any_layout_reads_a_physical_target_and_actual(layout, printed, unit, space) -> None:
    records = _records(_self_evaluation(printed, layout, space))
    row = next(r for r in records if r.record_type == "indicator" and r.level3_name == "建设规模")
    assert (row.target_operator, row.target_value, row.target_unit) == (">=", Decimal("1200"), unit)
    assert (row.actual_value, row.actual_unit) == (Decimal("1250"), unit)
    assert not any(r.record_type == "stated_figure" and r.unit == "yuan" and r.value in (1200, 1250) for r in records)


@pytest.mark.parametrize(("printed", "unit"), SPELLINGS)
def test_a_report_sentence_reads_a_physical_actual(printed: str, unit: str) -> None:
    text = ("某某县农业农村局2023年项目支出绩效自评报告\n一、项目概况\n"
            f"1.数量指标:建设规模完成1250{printed},项目验收合格率100%。\n")
    row = next(r for r in _records(text) if r.record_type == "indicator" and "建设规模" in r.level3_name)
    assert (row.actual_value, row.actual_unit) == (Decimal("1250"), unit)


# ---- prose: a physical quantity is a measure ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label", "value", "unit"),
    [
        ("本年共完成高标准农田建设1250公顷,", "本年共完成高标准农田建设", "1250", "公顷"),
        ("本年共完成高标准农田建设 1250 hm²,", "本年共完成高标准农田建设", "1250", "公顷"),
        ("新建C25砼排水沟1300m(规格:0.6*0.6)。", "砼排水沟", "1300", "米"),
        ("道路总长度为4335.943m,均为规划支路。", "道路总长度", "4335.943", "米"),
        ("全年清运生活垃圾3.2万吨,", "全年清运生活垃圾", "3.2", "万吨"),
        ("完成土方开挖12000m³。", "完成土方开挖", "12000", "立方米"),
        ("新增光伏装机容量200kW。", "新增光伏装机容量", "200", "千瓦"),
        ("改造农村危房120户,", "改造农村危房", "120", "户"),
        ("完成危桥改造5座,", "完成危桥改造", "5", "座"),
    ],
)
def test_a_sentence_states_a_measure_or_a_count(sentence: str, label: str, value: str, unit: str) -> None:
    text = "某某县交通运输局2023年部门决算说明\n一、部门基本情况\n" + sentence + "\n"
    figures = [r for r in _records(text) if r.record_type == "stated_figure" and r.value == Decimal(value)]
    assert [(f.label, f.unit, f.field) for f in figures] == [
        (label, unit, "measure" if unit in PHYSICAL_UNITS else "count")
    ]


@pytest.mark.parametrize("sentence", ["人均储备粮食50kg/人。", "处理能力3000吨/年,", "每亩补贴80元,折合12公斤每亩。"])
def test_a_rate_per_unit_in_a_sentence_is_no_measure(sentence: str) -> None:
    text = "某某县农业农村局2023年部门决算说明\n一、部门基本情况\n本年支出100万元," + sentence + "\n"
    assert not [r for r in _records(text) if r.record_type == "stated_figure" and r.field == "measure"]


# ---- a unit in a label's or a header's brackets: a count or a measure, never money -----------------------------

ROWS = [("危桥改造(座)", "12", "count", "座"), ("通双车道（条）", "5", "count", "条"),
        ("计划补助(户)", "120", "count", "户"), ("农村公路(公里)", "5.5", "measure", "公里"),
        ("造林面积(hm²)", "33.5", "measure", "公顷")]


@pytest.mark.parametrize("separator", [" | ", "\t"])
@pytest.mark.parametrize("declared", ["单位:万元\n", "单位：万元\n", ""])
def test_a_row_label_printing_its_unit_counts_even_under_a_money_unit(separator: str, declared: str) -> None:
    rows = "".join(f"{label}{separator}{number}\n" for label, number, _, _ in ROWS)
    text = f"某某县交通运输局2023年部门决算说明\n{declared}项目{separator}决算数\n{rows}资金{separator}300\n"
    read = {r.label.split(" ")[0]: r for r in _records(text) if r.record_type == "stated_figure"}
    for label, number, field, unit in ROWS:
        figure = read[label.replace("（", "(").replace("）", ")").replace("²", "2")]
        assert (figure.value, figure.field, figure.unit) == (Decimal(number), field, unit)
    if declared:
        assert read["资金"].unit == "yuan" and read["资金"].value == Decimal("3000000")


def test_a_column_header_printing_its_unit_counts_under_a_money_unit() -> None:
    text = ("某某县交通运输局2023年部门决算说明\n单位:万元\n"
            "| 项目 | 危桥改造(座) | 道路(km) | 资金 |\n| 农村公路 | 12 | 5.5 | 300 |\n| 国省干线 | 3 | 2.25 | 150 |\n")
    read = {r.label: (r.value, r.field, r.unit) for r in _records(text) if r.record_type == "stated_figure"}
    assert read["农村公路 危桥改造(座)"] == (Decimal("12"), "count", "座")
    assert read["国省干线 道路(km)"] == (Decimal("2.25"), "measure", "公里")
    assert read["农村公路 资金"] == (Decimal("3000000.00"), "amount", "yuan")


def test_a_label_unit_under_a_column_printing_money_is_left_out() -> None:
    text = "某某县交通运输局2023年部门决算说明\n| 项目 | 投资(万元) |\n| 危桥改造(座) | 300 |\n| 道路养护 | 50 |\n"
    read = {r.label: r for r in _records(text) if r.record_type == "stated_figure"}
    assert "危桥改造(座) 投资(万元)" not in read  # 300 万元 of 座: the row's figure is either, read as neither
    assert read["道路养护 投资(万元)"].value == Decimal("500000.00")


@pytest.mark.parametrize("declared", ["单位:个", "单位：座", "（单位:座）"])
def test_a_table_declaring_a_count_unit_counts(declared: str) -> None:
    text = f"某某县交通运输局2023年部门决算说明\n{declared}\n| 项目 | 2022年 | 2023年 |\n| 危桥改造 | 12 | 14 |\n"
    unit = declared.strip("（）").split(":")[-1].split("：")[-1]
    read = {r.label: (r.value, r.field, r.unit) for r in _records(text) if r.record_type == "stated_figure"}
    assert read == {
        "危桥改造 2022年": (Decimal("12"), "count", unit), "危桥改造 2023年": (Decimal("14"), "count", unit)
    }


def test_a_classification_level_in_brackets_stays_money() -> None:
    text = ("某某县人力资源和社会保障局2023年部门决算说明\n单位:万元\n| 科目 | 决算数 |\n"
            "| 社会保障和就业支出(类) | 7737.27 |\n| 行政运行(项) | 1601.12 |\n")
    read = {r.label: (r.value, r.unit) for r in _records(text) if r.record_type == "stated_figure"}
    assert read["社会保障和就业支出(类) 决算数"] == (Decimal("77372700.00"), "yuan")
    assert read["行政运行(项) 决算数"] == (Decimal("16011200.00"), "yuan")


def test_a_count_column_names_what_its_label_brackets() -> None:
    text = "某某县财政局2023年部门决算说明\n| 项目 | 数量 |\n| 专项支出(类) | 3 |\n| 危桥改造(座) | 12 |\n"
    read = {r.label: (r.value, r.unit) for r in _records(text) if r.record_type == "stated_figure"}
    assert read == {"专项支出(类) 数量": (Decimal("3"), "类"), "危桥改造(座) 数量": (Decimal("12"), "座")}


def test_articles_of_a_regulation_do_not_take_the_subject_of_the_sentence() -> None:
    # 烈山区 三公 budget: 中央八项规定、省委省政府30条、市委市政府20条要求 … 同比上升0.76% — 条 counts a regulation's
    # articles; the sentence's growth stays the 公务接待费预算's
    page = PAGES / "lieshan-2023-three-public-budget.txt"
    records = parse_bytes(page.read_bytes(), page).records
    growth = [
        r for r in records if r.record_type == "stated_figure" and r.source_line == 46 and r.field == "change_pct"
    ]
    assert [(r.label, r.value) for r in growth] == [("公务接待费预算", Decimal("0.76"))]


def test_a_measure_printed_before_a_word_is_not_named_by_it() -> None:
    # 海口 高新区: 道路总长度为4335.943m,均为规划支路,红线宽度为14、20m不等 — 20m is no 不等's
    text = ("某某县交通运输局2023年项目支出绩效自评报告\n一、项目概况\n"
            "包括5条市政道路,道路总长度为4335.943m,均为规划支路,红线宽度为14、20m不等。\n")
    figures = [(r.label, r.value, r.unit) for r in _records(text) if r.record_type == "stated_figure"]
    assert ("道路总长度", Decimal("4335.943"), "米") in figures
    assert not [f for f in figures if f[1] == 20]


def test_a_measure_before_the_thing_it_sizes_is_no_quantity_of_the_words_before() -> None:
    # 海口 秀英区: 主要建设内容为新建300米深机井1座,新建20米100吨水塔1座 — the well's depth, the tower's height: no
    # quantity of 新建; the wells and towers are counted
    text = ("某某县水务局2022年项目支出绩效自评报告\n一、项目概况\n"
            "主要建设内容为新建300米深机井1座,新建20米100吨水塔1座,配套干管管长1100m、新增低压电线50m等。\n")
    figures = {(r.label, r.value, r.unit) for r in _records(text) if r.record_type == "stated_figure"}
    assert not [f for f in figures if f[1] in (300, 20, 100)]
    assert ("配套干管管长", Decimal("1100"), "米") in figures and ("深机井", Decimal("1"), "座") in figures


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n"])
def test_a_measure_ending_its_line_is_read_before_the_next_line(gap: str) -> None:
    # 零陵区 林业局: 目标2森林经营16.3万亩 / 目标3:病虫害防治3.45万亩, one target a line
    text = (f"某某县林业局2021年部门整体支出绩效自评报告\n一、绩效目标\n"
            f"目标2森林经营16.3万亩{gap}目标3:病虫害防治3.45万亩\n")
    figures = {(r.label, r.value, r.unit, r.field) for r in _records(text) if r.record_type == "stated_figure"}
    assert ("森林经营", Decimal("16.3"), "万亩", "measure") in figures
    assert ("病虫害防治", Decimal("3.45"), "万亩", "measure") in figures


LAYOUT_ROWS = [("危桥改造(座)", "12"), ("通双车道(条)", "5"), ("道路(公里)", "5.5"), ("资金", "300")]


@pytest.mark.parametrize(
    ("layout", "name"),
    [
        ("| 项目 | 决算数 |\n" + "".join(f"| {a} | {b} |\n" for a, b in LAYOUT_ROWS), "p.txt"),
        ("项目    决算数\n" + "".join(f"{a}    {b}\n" for a, b in LAYOUT_ROWS), "p.txt"),
        ("项目\n决算数\n" + "".join(f"{a}\n{b}\n" for a, b in LAYOUT_ROWS), "p.txt"),
        ("<table><tr><td>项目</td><td>决算数</td></tr>"
         + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in LAYOUT_ROWS) + "</table>\n", "p.html"),
    ],
)
def test_bracketed_units_under_a_money_unit_in_every_layout_are_never_money(layout: str, name: str) -> None:
    # (on main each of 12 座, 5 条, 5.5 公里 was read as 万元: 120000 元, 50000 元, 55000 元)
    text = "某某县交通运输局2023年部门决算说明\n单位:万元\n" + layout
    read = {r.label.split(" ")[0]: (r.value, r.field, r.unit) for r in _records(text, name)
            if r.record_type == "stated_figure"}
    assert read["危桥改造(座)"] == (Decimal("12"), "count", "座")
    assert read["通双车道(条)"] == (Decimal("5"), "count", "条")
    assert read["道路(公里)"] == (Decimal("5.5"), "measure", "公里")
    assert read["资金"] == (Decimal("3000000.00"), "amount", "yuan")


def test_a_scans_misread_percent_is_no_count_of_volumes() -> None:
    # 长江局 scan: 分值区间100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值 — 50册 is 50%) misread
    text = ("某某县农业农村局2020年项目支出绩效自评表\n本年支出100万元,"
            "分别按照该指标对应分值区间100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值。\n")
    assert not [r for r in _records(text) if r.record_type == "stated_figure" and r.unit == "册"]


def test_prose_units_are_the_vocabularys():
    """The units the sentence reader looks for after a figure are a chosen part of the one vocabulary (no capitals,
    no 兆瓦 in prose): each names, or is spelled as, a physical unit of ``seeds/indicator_units.csv``."""
    from ingest.statements import PROSE_LATIN_UNITS, PROSE_MEASURE_PATTERNS
    from ingest.units import PHYSICAL_UNITS, canonical_unit

    # (平米 is spelled for 平方米: project24, 26y 02's 英烈堂窗户改造更新335平米)
    assert {canonical_unit(unit) for unit in PROSE_MEASURE_PATTERNS} <= PHYSICAL_UNITS
    assert all(canonical_unit(unit) in PHYSICAL_UNITS for unit in PROSE_LATIN_UNITS)

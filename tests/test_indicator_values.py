"""Parsing printed target/actual values: operators, numbers as printed, units, dates, qualitative."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.performance.indicator_values import (
    parse_indicator_value,
    parse_number,
    parse_parts,
    parse_percent_cell,
    with_unit_from_name,
)


@pytest.mark.parametrize(
    ("raw", "operator", "value", "unit"),
    [
        (">=4件", ">=", "4", "件"),
        ("≥70 户", ">=", "70", "户"),
        ("≧ 90%", ">=", "90", "%"),
        ("$\\geq 90\\%$", ">=", "90", "%"),
        ("$\\leq 100\\%$", "<=", "100", "%"),
        ("≤2万元", "<=", "2", "万元"),
        ("≤ 20 万元", "<=", "20", "万元"),
        ("<=72750 元", "<=", "72750", "元"),
        ("＝100%", "=", "100", "%"),
        ("=12月", "=", "12", "月"),
        ("<=1天", "<=", "1", "天"),
        ("≥2.31 万人", ">=", "2.31", "万人"),
        (">=13.60 万人次", ">=", "13.60", "万人次"),
        ("=7851.03平方米", "=", "7851.03", "平方米"),
        ("<=24小时", "<=", "24", "小时"),
        ("≤3万元/人", "<=", "3", "万元/人"),
        ("不低于90%", ">=", "90", "%"),
        ("不超过5万元", "<=", "5", "万元"),
        ("90%以上", ">=", "90", "%"),
        ("220 人左右", "=", "220", "人"),
        ("＞90%", ">", "90", "%"),
        ("1,200人", "=", "1200", "人"),
        ("100%", "=", "100", "%"),
        # a cell written as a sentence or a list's item: its closing stop is no part of the value
        ("95%以上。", ">=", "95", "%"),
        ("≥95%。", ">=", "95", "%"),
        ("100%;", "=", "100", "%"),
        ("达到90%以上，", ">=", "90", "%"),
    ],
)
def test_operator_value_unit(raw: str, operator: str, value: str, unit: str) -> None:
    parsed = parse_indicator_value(raw, default_operator="=")
    assert (parsed.operator, parsed.value, parsed.unit, parsed.parsed) == (operator, Decimal(value), unit, True)


@pytest.mark.parametrize(
    ("raw", "operator", "stamp"),
    [
        ("2022年12月31日", "=", 20221231),
        ("2022 年 12 月 31 日前", "<=", 20221231),
        ("2022 年 12 月 31 日之前", "<=", 20221231),
        ("≤2022 年 12 月 31 日", "<=", 20221231),
        ("=2022年12月31日", "=", 20221231),
        ("2023年6月30日", "=", 20230630),
    ],
)
def test_dates_become_yyyymmdd(raw: str, operator: str, stamp: int) -> None:
    parsed = parse_indicator_value(raw, default_operator="=")
    assert (parsed.operator, parsed.value, parsed.unit) == (operator, Decimal(stamp), "date")
    assert parsed.raw == " ".join(raw.split())


@pytest.mark.parametrize(
    "raw", ["提升", "保障", "长期", "降低", "提高", "有效提升", "按时完成目标任务", "达到年初目标任务"]
)
def test_qualitative_targets_have_no_value_and_count_as_parsed(raw: str) -> None:
    parsed = parse_indicator_value(raw, default_operator="=")
    assert (parsed.operator, parsed.value, parsed.unit, parsed.parsed, parsed.raw) == (None, None, None, True, raw)


@pytest.mark.parametrize("raw", ["≤108", "省厅要求结案率90%,调解率60%", "仲裁案件审理期限为45天", "≥", "约3-5个工作日"])
def test_unreadable_figures_are_flagged_unparsed_and_keep_raw(raw: str) -> None:
    parsed = parse_indicator_value(raw, default_operator="=")
    assert parsed.parsed is False
    assert parsed.raw == raw


@pytest.mark.parametrize(
    ("raw", "name", "unit"),
    [
        ("210", "创业担保贷款人数", "人"),
        ("4,350", "城镇新增就业 人数", "人"),
        ("12", "培训场次", "场"),
        ("3", "督查次数", "次"),
        ("95", "仲裁结案率", "%"),
        ("0.95", "仲裁结案率", None),  # a fraction, perhaps: no unit invented
        ("210", "支出不超预算安排", None),  # the name counts nothing
        ("210人次", "创业担保贷款人数", "人次"),  # a printed unit wins
    ],
)
def test_a_bare_figure_takes_the_unit_its_indicator_name_counts(raw: str, name: str, unit: str | None) -> None:
    parsed = with_unit_from_name(parse_indicator_value(raw, default_operator="="), name)
    assert (parsed.unit, parsed.parsed, parsed.raw) == (unit, unit is not None, raw)


def test_actual_values_take_no_default_operator() -> None:
    parsed = parse_indicator_value("1.35万元")
    assert (parsed.operator, parsed.value, parsed.unit) == (None, Decimal("1.35"), "万元")


def test_empty_and_placeholder_cells() -> None:
    assert parse_indicator_value(None).raw is None
    assert parse_indicator_value("—").value is None
    assert parse_indicator_value("/").parsed is True


def test_three_cell_values_from_cell_per_line_tables() -> None:
    parsed = parse_parts("≥", "90", "%")
    assert (parsed.operator, parsed.value, parsed.unit, parsed.raw) == (">=", Decimal("90"), "%", "≥90%")
    assert parse_parts("＝", "27000", "元").operator == "="
    assert parse_parts(None, None, None).raw is None


def test_weight_score_and_rate_cells() -> None:
    assert parse_number("8.92分") == Decimal("8.92")
    assert parse_number("10.00 分") == Decimal("10.00")
    assert parse_number("—") is None
    assert parse_number("分") is None
    assert parse_percent_cell("89.17%") == Decimal("89.17")
    assert parse_percent_cell("61%%") == Decimal("61")


@pytest.mark.parametrize(
    ("raw", "kept"), [("95%以上。", "95%以上"), ("按时完成。", "按时完成"), ("全面落实开放工作；", "全面落实开放工作")]
)
def test_the_closing_stop_is_left_out_of_the_printed_value(raw: str, kept: str) -> None:
    assert parse_indicator_value(raw).raw == kept

"""Two-year comparison tables with three numbers a row (ingest/comparison_rows.py): ``label [unit] 上年 本年 增长%``
under a header whose last columns are the earlier year, the later one and their change — read only where the
arithmetic says what the change is (a growth rate, a difference, or a share's change in points)."""

from __future__ import annotations

from decimal import Decimal

from _statement_helpers import PAGES

from ingest.comparison_rows import comparison_header, parse_comparison_rows
from ingest.document import parse_lines, parse_path
from ingest.records import Indicator, ParseWarning, StatedFigure
from ingest.text import split_lines


def _figures(text: str):
    records = parse_comparison_rows(split_lines(text))
    figures = {(r.source_line, r.field, r.compared_with): r for r in records if isinstance(r, StatedFigure)}
    return figures, [r for r in records if isinstance(r, ParseWarning)]


def test_real_page_hospital_finance_sheet():
    # 27g 12 (新乡市公立医院财务信息公开指标): 一级指标 二级指标 单位 上年度 本年度 增长, the years on the next line
    records = parse_path(PAGES / "fengqiu-hospital-2019-finance-indicators.txt").records
    figures = {(r.source_line, r.field, r.compared_with): r for r in records if isinstance(r, StatedFigure)}
    assert figures[(18, "amount", None)].value == Decimal("243091600.00")  # 总收入 万元 21226.69 24309.16 14.52%
    assert figures[(18, "amount", "prior_year")].value == Decimal("212266900.00")
    assert figures[(18, "amount", "prior_year")].year == 2018
    assert figures[(18, "change_pct", "2018")].value == Decimal("14.52")
    assert figures[(20, "count", None)].value == Decimal("750838")  # 门诊人次 人次
    assert figures[(20, "count", None)].unit == "人次"
    assert figures[(21, "change_pct", "2018")].direction == "decrease"  # -6.68%
    assert figures[(25, "share_pct", None)].value == Decimal("30.59")  # a row in %: a share, never money
    # a share's change printed in points (0.12 0.43 0.31): the shares read, no growth
    assert figures[(26, "share_pct", None)].value == Decimal("0.43")
    assert not any(line == 26 and field == "change_pct" for line, field, _ in figures)
    # a row without a unit cell (平均住院天数 6.8 7.88 15.88%): only its growth
    assert {field for line, field, _ in figures if line == 22} == {"change_pct"}
    # the header's value columns are a comparison, not indicators' (its 一级指标 | 二级指标 notwithstanding)
    assert not [r for r in records if isinstance(r, Indicator)]


def test_header_is_stated_by_its_last_columns():
    assert comparison_header("一级指标 二级指标 单位 上年度 本年度 增长")
    assert comparison_header("| 项目 | 2018年 | 2019年 | 增长率 |")
    assert comparison_header("项目\t上年数(2022年)\t本年数(2023年)\t增减%")
    assert comparison_header("指标 上年同期 本期 同比")
    assert not comparison_header("项目 上年数 本年数 增减额 增减率")  # the four-number sibling's
    assert not comparison_header("项目 上年 本年 增长 备注")
    assert not comparison_header("项目 2018年 2020年 增长率")  # not consecutive years
    assert not comparison_header("一级指标 二级指标 三级指标 年度指标值 实际完成值")


def test_variant_pipes_yuan_unit_in_label_and_decrease_word():
    text = (
        "单位:元\n"
        "| 项目 | 2022年 | 2023年 | 增长率 |\n"
        "| 财政拨款收入 | 1,852,620.00 | 2,013,400.00 | 8.68% |\n"
        "| 在职人数(人) | 58 | 56 | 下降3.45% |\n"
    )
    figures, warnings = _figures(text)
    assert figures[(3, "amount", None)].value == Decimal("2013400.00")
    assert figures[(3, "amount", "prior_year")].year == 2022
    assert figures[(4, "count", None)].value == Decimal("56")
    assert figures[(4, "change_pct", "2022")].direction == "decrease"
    assert figures[(4, "change_pct", "2022")].value == Decimal("3.45")
    assert not warnings


def test_variant_tabs_difference_row_and_years_not_printed():
    # a row whose change, printed without %, is the difference (g = b − a), in a table found by a row ending in %
    text = (
        "项目\t单位\t上年数\t本年数\t增减\n"
        "基本支出\t万元\t1456.08\t1502.33\t46.25\n"
        "项目支出\t万元\t690.2\t781.45\t13.22%\n"
    )
    figures, _ = _figures(text)
    assert figures[(2, "change", "prior_year")].value == Decimal("462500.00")
    assert figures[(2, "amount", None)].value == Decimal("15023300.00")
    assert figures[(2, "amount", "prior_year")].year is None
    assert figures[(3, "change_pct", "prior_year")].value == Decimal("13.22")
    # a table no row of which ends in a percentage is not looked at (one scan finds the comparison readers' rows)
    assert not _figures(text.rsplit("\n", 2)[0] + "\n")[0]


def test_arithmetic_that_fails_or_is_ambiguous_is_left_out():
    text = (
        "项目 单位 上年度 本年度 增长\n"
        "总收入 万元 21226.69 24309.16 15.52%\n"  # (24309.16 − 21226.69) / 21226.69 = 14.52%, not 15.52%
        "床位数 张 100 110 10\n"  # 10 is both the rate and the difference
        "事业收入 万元 0 12.5 100%\n"
    )
    figures, warnings = _figures(text)
    assert not figures
    assert len(warnings) == 3


def test_table_ends_at_a_line_of_another_shape():
    text = "项目 单位 上年度 本年度 增长\n总收入 万元 100 110 10%\n说明:本年收入增加。\n总支出 万元 100 90 -10%\n"
    figures, _ = _figures(text)
    assert {line for line, _, _ in figures} == {2}


def test_document_keeps_the_rows_reading_only():
    # another table reader would place 增长率's cells by the header word (a change in points read as a growth)
    text = (
        "| 指标 | 单位 | 上年度 | 本年度 | 增长率 |\n| 耗材收入占比 | % | 10.33 | 11.24 | 0.91 |\n"
        "| 药品收入占比 | % | 31.97 | 30.59 | -4.32% |\n"
    )
    _, records = parse_lines(split_lines(text), "t.txt")
    read = {(r.field, r.value) for r in records if isinstance(r, StatedFigure) and r.source_line == 2}
    assert read == {("share_pct", Decimal("10.33")), ("share_pct", Decimal("11.24"))}

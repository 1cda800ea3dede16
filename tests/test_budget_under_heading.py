"""A budget stated under a heading and its colon with only the budget's words before the number
(基本支出:2021年年初预算数为418.76万元; (二)支出预算:2021年年初预算数503.76万元): the heading names the budget
(ingest/statements.py ``_own_label``). Real page of held-out batch 26r (湖南 衡阳市博物馆 2021 budget) and variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests._statement_helpers import figures, stated

HENGYANG = "hengyang-museum-2021-budget-headed-budget-lines.txt"


def _read(found, line=None):
    return [(f.label, f.field, f.value) for f in found if line is None or f.source_line == line]


def test_real_page_the_heading_names_its_budget():
    found = stated(HENGYANG)
    assert _read(found, 69) == [("基本支出", "budget_initial", Decimal("4187600.00"))]
    assert _read(found, 71) == [("项目支出", "budget_initial", Decimal("850000.00"))]
    assert {f.metric for f in found if f.source_line in (69, 71)} == {"expenditure_basic", "expenditure_project"}
    # (一)收入预算: / (二)支出预算: the section's heading, numbered, names its total
    assert ("收入预算", "budget_initial", Decimal("5037600.00")) in _read(found, 63)
    assert ("支出预算", "budget_initial", Decimal("5037600.00")) in _read(found, 65)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full-width colon, no year, 元 with separators
        ("基本支出：年初预算数为4,187,600.00元。", ("基本支出", "budget_initial", Decimal("4187600.00"))),
        # the year's 度, 全年预算, 是 for 为
        ("1、项目支出:2021年度全年预算是85万元。", ("项目支出", "budget_initial", Decimal("850000.00"))),
        # a heading telling of its item (情况, 绩效自评综述) names the item
        ("基本支出情况:2021年年初预算数为418.76万元。", ("基本支出", "budget_initial", Decimal("4187600.00"))),
        ("培训经费项目绩效自评综述：全年预算数为45万元，执行数为27.34万元。",
         ("培训经费项目", "budget_initial", Decimal("450000.00"))),
    ],
)
def test_variants(text, expected):
    assert _read(figures(text))[0] == expected


def test_a_heading_that_is_only_a_year_or_report_words_names_nothing():
    # (nothing before the colon but a year: no label; a heading of report words only keeps them)
    assert _read(figures("2021年:年初预算数为85万元。")) == []
    assert _read(figures("情况说明:年初预算数为85万元。")) == [("情况说明", "budget_initial", Decimal("850000.00"))]
    # (a label after the colon is the budget's own, as before)
    own = [("人员经费", "budget_initial", Decimal("850000.00"))]
    assert _read(figures("基本支出:人员经费年初预算数为85万元。")) == own

"""Years a document states for itself (R20, ingest/review/years.py): a year inside a title the
document cites in 《》 is that cited document's, not this one's."""

from __future__ import annotations

import pytest

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import DocumentInfo
from ingest.review.years import parse_years
from ingest.text import split_lines

INFO = DocumentInfo(department_name="泉港区财政局", fiscal_year=2023, doc_type="final_account", source_line=1)


def _years(text: str) -> list[int]:
    return [s.year for s in parse_years(build_paragraphs(split_lines(text)), INFO)]


@pytest.mark.parametrize(
    "text",
    [
        # 泉港 2023 决算草案 (a page in traditional characters, read converted)
        "泉港区第五届人民代表大会第三次会议审议批准《关于泉港区2023年预算执行情况和2024年预算草案的报告》,"
        "2023年泉港区财政收支决算草案现已编制完成。",
        "根据《某县2024年部门预算编制规程》要求,编制本单位2023年度部门决算。",
    ],
)
def test_a_year_in_a_cited_title_is_not_the_documents(text):
    assert 2024 not in _years(text)


def test_the_documents_own_title_year_is_still_read():
    assert _years("某县财政局2023年度部门决算\n一、部门职责\n") == [2023]
    assert _years("按照《预算法》要求,现将2023年度部门决算公开如下。") == [2023]


@pytest.mark.parametrize(
    "text",
    [
        "项 目 | 2019年决算数 | 2020年预算 调整数 | 2020年执行数 | ||",  # 16 (Shandong), a table's header
        "项目\t2023年预算 数\t2023年 决算数\n",
        "2024年预算 执行情况良好。",
    ],
)
def test_a_columns_year_is_no_title_even_with_spaces(text):
    """``2020年预算 调整数``: a year of a column (预算数, 决算数, 预算调整数, 预算执行) is no title,
    however the extraction spaced its words."""
    assert _years(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # 黄平县 2022 (贵州) and 杨浦区 2023 (上海) reports: the next year's draft presented with the year's execution
        "关于黔东南州黄平县2022年预算执行情况和2023年预算草案的报告",
        "关于上海市杨浦区2023年预算执行情况 和2024年预算草案的报告",
        "第二部分:2024年预算(草案) 表八:",
    ],
)
def test_a_draft_budgets_year_is_told_apart(text):
    """``2024年预算草案``: context ``draft`` (R20 lets it be the fiscal year's or the next), never a title."""
    statements = parse_years(build_paragraphs(split_lines(text)), INFO)
    assert [(s.year, s.context) for s in statements if s.year == 2024 or "草案" in s.snippet] == [
        (s.year, "draft") for s in statements if s.year == 2024 or "草案" in s.snippet]
    assert any(s.context == "draft" for s in statements)


@pytest.mark.parametrize(
    "text",
    [
        "2019年预算内收入安排617.41万元,支出617.41万元。",  # 运城铁路中学 (26t 07): funds inside the budget
        "因按照2023年预算3万元公务接待费无法满足年内公务接待支出需求。",  # 昌宁县卡斯镇: a cited budget's amount
        "2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元。",  # 英德 (corpus 29)
        "(一)因公出国(境)费支出预算0万元,与2021年预算一致。",  # 寿县司法局 (corpus 28): the same as another year's
    ],
)
def test_a_budgets_amount_or_a_match_with_another_year_is_no_title(text):
    assert _years(text) == []


def test_an_accounts_draft_is_its_own_years_title():
    """``2021年度部门决算(草案)`` (丰台 大红门环卫所, 26p): the account's own year, a title — not a budget's draft."""
    statements = parse_years(build_paragraphs(split_lines("某所2023年度部门决算(草案)\n目 录\n")), INFO)
    assert [(s.year, s.context) for s in statements] == [(2023, "title")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a signature's date after the body's name (fixture gushi-zushimiao-2024-selfeval-report:
        # 固始县祖师庙镇人民政府 / 2025年12月30日; linhe: …临河区水利局 / 2025年7月4日) is the day it signed, no year
        # stated
        ("一、部门职责\n特此公示\n泉港区财政局\n2024年9月30日\n", []),
        ("泉港区财政局\n二〇二四年九月\n", []),
        # the body's own year still is one
        ("泉港区财政局2023年度收支情况\n", [2023]),
    ],
)
def test_a_signatures_date_is_no_year_the_document_states(text, years):
    assert _years(text) == years

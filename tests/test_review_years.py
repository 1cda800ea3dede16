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

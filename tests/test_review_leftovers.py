"""Template leftovers (R21, ingest/review/leftovers.py): a web page's reading widget copied without its buttons
(``字体:[ ]``, ``文字大小:[ ]``) is the page's furniture, never a placeholder; empty brackets elsewhere still are."""

from __future__ import annotations

import pytest

from ingest.review.leftovers import parse_leftovers
from ingest.text import split_lines


@pytest.mark.parametrize(
    "line",
    [
        "2021-09-18 17:32来源:金寨县经济开发区文字大小:[ ]   背景色:",  # 金寨 (26p), 霍邱 pages
        "来源: 财政局 发布时间:2021-02-27 16:29 累计次数: 字体:[ ]",  # 海安 (26t)
        "日期:2020-10-21 11:41          字体:[         ]   关闭窗口",  # 南漳 (corpus)
        "字号：（ ）  打印本页",  # written: full-width colon and brackets
    ],
)
def test_a_reading_widget_is_no_leftover(line):
    assert parse_leftovers(split_lines(line)) == []


@pytest.mark.parametrize(
    "line", ["单位负责人:( )", "上海市XX局2024年度部门决算", "本单位[ ]年度收入", "项目名称:【 】"]
)
def test_empty_brackets_and_placeholders_are_still_leftovers(line):
    assert len(parse_leftovers(split_lines(line))) == 1

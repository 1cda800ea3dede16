"""Web pages read with a real HTML parser: tables as rows of cells, text as paragraphs, each line
numbered by the HTML source line (ingest/html.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.html import html_lines, looks_like_html
from ingest.records import StatedFigure

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>x</title>
<script>var trap = "公务接待费999万元";</script><style>p {{ color: red }}</style></head>
<body>
<div class="title">2024年昌宁县卡斯镇“三公”经费预算财政拨款情况统计表</div>
<p>单位：万元</p>
<table>
<tr><th>项目</th><th>2023年预算数</th><th>2024年预算数</th><th>比上年增、减情况</th></tr>
<tr><td>合计</td><td>18.15</td><td>22.15</td><td>4</td></tr>
<tr><td>2.公务接待费</td>
    <td>3</td><td>7</td><td>4</td></tr>
</table>
<!-- 公务接待费888万元 -->
<p>2024年，卡斯镇“三公”经费预算22.15万元，
比上年增加4万元。</p>
</body></html>
"""


def write(tmp_path: Path, name: str = "page.html", charset: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    return path


def figures(path: Path) -> list[StatedFigure]:
    return [r for r in parse_path(path).records if isinstance(r, StatedFigure)]


def test_table_rows_become_cells_and_keep_their_source_line(tmp_path):
    found = figures(write(tmp_path))
    reception = {f.field: f for f in found if f.label.startswith("2.公务接待费")}
    assert (reception["amount"].value, reception["amount"].source_line) == (Decimal("70000.00"), 10)
    assert reception["budget_initial"].value == Decimal("30000.00")


def test_paragraph_figures_keep_the_line_they_are_printed_on(tmp_path):
    found = figures(write(tmp_path))
    total = [f for f in found if f.metric == "three_public_total" and f.field == "amount" and "表" not in f.label]
    change = [f for f in found if f.metric == "three_public_total" and f.field == "change"]
    assert [(f.value, f.source_line) for f in total] == [(Decimal("221500.00"), 14)]
    assert [(f.value, f.source_line) for f in change] == [(Decimal("40000.00"), 15)]


def test_scripts_styles_and_comments_are_not_content(tmp_path):
    assert not [f for f in figures(write(tmp_path)) if f.value in (Decimal("9990000.00"), Decimal("8880000.00"))]


def test_a_gbk_page_and_a_page_without_html_suffix(tmp_path):
    doc = parse_path(write(tmp_path, "page.htm", charset="gbk"))
    assert doc.info.layout == "html" and doc.info.department_name == "昌宁县卡斯镇"
    assert looks_like_html(PAGE.encode())
    assert parse_path(write(tmp_path, "page.txt")).info.layout == "html"


def test_unclosed_tags_still_give_rows():
    lines = html_lines("<table><tr><td>公务接待费<td>3<td>7<tr><td>合计<td>18.15</table><p>说明")
    assert [line.text for line in lines] == ["公务接待费 | 3 | 7 |", "合计 | 18.15 |", "说明"]


def test_a_big5_page_reads_as_the_same_page_in_simplified_characters(tmp_path):
    """A page in traditional characters a big5 site serves (``<meta charset="big5">``, a code of Windows' Big5
    extensions in it: 碁): decoded as cp950, converted to simplified — the same figures at the same lines."""
    from opencc import OpenCC

    traditional = OpenCC("s2t").convert(PAGE).replace("<title>x", "<title>碁")
    path = tmp_path / "page.html"
    path.write_bytes(traditional.format(charset="big5").encode("cp950"))
    doc = parse_path(path)
    assert doc.encoding == "cp950" and doc.info.department_name == "昌宁县卡斯镇"
    read = {(f.field, f.value, f.source_line) for f in figures(path)}
    assert read == {(f.field, f.value, f.source_line) for f in figures(write(tmp_path))}

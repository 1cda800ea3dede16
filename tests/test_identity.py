"""Document identity from the text: department, region, admin level, year, type, layout, scope."""

from __future__ import annotations

import pytest
from conftest import BAZHOU, PDF_DIR

from ingest.identity import parse_identity
from ingest.text import split_lines


def ident(text: str, **kwargs):
    return parse_identity(split_lines(text), source_name="x.txt", **kwargs)


def test_bazhou_is_a_performance_target_table():
    info = parse_identity(split_lines(BAZHOU.read_text(encoding="utf-8")), source_name=BAZHOU.name)
    assert (info.department_name, info.doc_type, info.fiscal_year) == ("新疆巴州人力资源和社会保障局", "performance_target", 2022)  # noqa: E501
    assert (info.province, info.prefecture, info.admin_level) == ("新疆", "巴州", "prefecture")


@pytest.mark.parametrize(
    ("title", "name", "year", "doc_type", "scope", "regions", "level"),
    [
        ("上海市普陀区财政局\n年度部门决算\n2024\n", "上海市普陀区财政局", 2024, "final_account", "department",
         ("上海市", None, "普陀区"), "district"),
        ("上海市普陀区2026年区级单位预算\n预算单位：上海市普陀区司法局\n", "上海市普陀区司法局", 2026, "budget", "unit",
         ("上海市", None, "普陀区"), "district"),
        ("上海市普陀区人民政府万里街道办事处 2025年部门预算\n", "上海市普陀区人民政府万里街道办事处", 2025, "budget",
         "department", ("上海市", None, "普陀区"), "district"),
        ("四川省阿坝州茂县人力资源和社会保障局\n2022年度部门决算\n", "四川省阿坝州茂县人力资源和社会保障局", 2022,
         "final_account", "department", ("四川省", "阿坝州", "茂县"), "county"),
        ("新疆昌吉州人力资源和社会保障局\n2022 年度单位决算公开说明\n", "新疆昌吉州人力资源和社会保障局", 2022,
         "final_account", "unit", ("新疆", "昌吉州", None), "prefecture"),
    ],
)
def test_titles(title, name, year, doc_type, scope, regions, level):
    info = ident(title)
    assert (info.department_name, info.fiscal_year, info.doc_type, info.scope) == (name, year, doc_type, scope)
    assert (info.province, info.prefecture, info.county, info.admin_level) == (*regions, level)


def test_sector():
    assert ident("上海市普陀区司法局2026年部门预算\n").sector == "司法"


def test_layouts():
    assert ident("标题\n" + "a\tb\tc\n" * 6).layout == "markdown_tsv"
    assert ident("标题\n" + "\t单元格\n" * 6).layout == "cell_per_line"
    assert ident("曾都区人力资源和社会保障局是区政府工作部门\n" + "短的一行文字\n" * 10).layout == "hard_wrapped"
    assert ident("x", is_pdf=True).layout == "pdf"


def test_file_name_is_only_a_fallback():
    info = ident("没有部门名称的文字。\n")
    assert info.department_name == "x" and info.sector is None


def test_pdf_first_page():
    pdfplumber = pytest.importorskip("pdfplumber")
    path = PDF_DIR / "上海市普陀区人民政府万里街道办事处25年预算.pdf"
    with pdfplumber.open(path) as pdf:
        lines = split_lines(pdf.pages[0].extract_text() or "", page=1)
    info = parse_identity(lines, source_name=path.name, is_pdf=True)
    assert (info.department_name, info.fiscal_year, info.doc_type) == ("上海市普陀区人民政府万里街道办事处", 2025, "budget")  # noqa: E501

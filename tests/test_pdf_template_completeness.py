"""Disclosure completeness against the national 部门决算 template (附件2：部门决算模板.pdf)."""

from __future__ import annotations

import io
from decimal import Decimal

from pypdf import PdfReader, PdfWriter

from ingest.pdf import parse_pdf
from ingest.pdf.completeness import FINAL_SECTIONS, completeness_score
from ingest.pdf.tables import FINAL_TABLES, match_title
from ingest.records import SectionStatus
from juesuan.settings import SAMPLE_DOCUMENTS

PDF_DIR = SAMPLE_DOCUMENTS / "pdf"
TEMPLATE = PDF_DIR / "附件2：部门决算模板.pdf"
CAIZHENGJU_2024 = PDF_DIR / "上海市普陀区财政局2024年度部门决算.pdf"


def statuses_of(data: bytes) -> list[SectionStatus]:
    return [r for r in parse_pdf(data)[1] if isinstance(r, SectionStatus)]


def without_pages(data: bytes, drop: set[int]) -> bytes:
    """A copy of the PDF without the given 1-based pages."""
    reader = PdfReader(io.BytesIO(data))
    writer = PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if number not in drop:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_template_scores_complete():
    statuses = statuses_of(TEMPLATE.read_bytes())
    assert len(statuses) == len(FINAL_TABLES) + len(FINAL_SECTIONS) == 23
    assert [s for s in statuses if s.status == "missing"] == []
    assert completeness_score(statuses) == Decimal("1.0000")
    by_section = {s.section: s for s in statuses}
    # the template prints the tables without figures: declared or visibly empty
    assert by_section["table:收入决算表"].status == "empty"
    assert "故本表无数据" in by_section["table:政府性基金预算财政拨款收入支出决算表"].statement


def test_caizhengju_complete_and_with_two_table_pages_removed():
    data = CAIZHENGJU_2024.read_bytes()
    full = statuses_of(data)
    assert completeness_score(full) == Decimal("1.0000")
    # page 15: 一般公共预算财政拨款支出决算表, page 18: 财政拨款“三公”经费支出决算表
    cut = statuses_of(without_pages(data, {15, 18}))
    missing = sorted(s.section for s in cut if s.status == "missing")
    assert missing == ["table:一般公共预算财政拨款支出决算表", "table:财政拨款“三公”经费支出决算表"]
    assert completeness_score(cut) == (Decimal(21) / Decimal(23)).quantize(Decimal("0.0001"))


def test_title_variants():
    assert match_title("一般公共预算财政拨款“三公”经费支出决算表").canonical == "财政拨款“三公”经费支出决算表"
    assert match_title("财政拨款 三公 经费支出决算表").canonical == "财政拨款“三公”经费支出决算表"
    assert match_title("2024年部门一般公共预算基本支出部门预算经济分类预算表").canonical == (
        "一般公共预算基本支出经济分类预算表"
    )
    assert match_title("9.2025年单位“三公”经费和机关运行经费预算表").canonical == "“三公”经费和机关运行经费预算表"
    assert match_title("政府性基金预算财政拨款支出决算表").canonical == "政府性基金预算财政拨款收入支出决算表"
    assert match_title("5．2026年部门一般公共预算支出功能分类预算表 ……………") is None
    assert match_title("收入决算情况说明") is None

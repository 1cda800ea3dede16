"""Reading PDF pages into lines: baseline grouping, numbering, and bad PDFs."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.pdf import parse_pdf
from ingest.pdf.pages import lines_of_pages, read_pages
from ingest.text import DocumentError
from juesuan.settings import SAMPLE_DOCUMENTS

PDF_DIR = SAMPLE_DOCUMENTS / "pdf"
CAIZHENGJU_2024 = PDF_DIR / "上海市普陀区财政局2024年度部门决算.pdf"
TEMPLATE = PDF_DIR / "附件2：部门决算模板.pdf"


def _rectangle_pdf() -> bytes:
    """A one-page PDF with a drawing and no text layer, like a scan."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(100, 100, 300, 400, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def caizhengju_pages():
    return read_pages(CAIZHENGJU_2024.read_bytes())


def test_digits_in_a_latin_font_stay_on_their_line(caizhengju_pages):
    # pdfminer puts the Times New Roman figures half a line lower than the FangSong text.
    page21 = [line.text for line in caizhengju_pages[20].lines]
    assert "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入" in page21
    assert "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他" in page21


def test_table_row_reads_as_one_line_with_its_code(caizhengju_pages):
    page8 = [line.text for line in caizhengju_pages[7].lines]
    assert "201 06 01 行政运行 1,511.90 1,511.89 0.01" in page8


def test_lines_are_numbered_within_their_page(caizhengju_pages):
    lines = lines_of_pages(caizhengju_pages)
    page6 = [line for line in lines if line.page == 6]
    assert [line.number for line in page6] == list(range(1, len(page6) + 1))
    assert page6[1].text == "收入支出决算总表"
    assert len(caizhengju_pages) == 25
    assert caizhengju_pages[13].lines == ()  # the blank page 14


def test_template_with_scaled_text_matrix_reads_line_by_line():
    pages = read_pages(TEMPLATE.read_bytes())
    page6 = [line.text for line in pages[5].lines]
    assert page6[:2] == ["收入决算表", "单位：万元"]
    assert "2050205 高等教育" in page6


def test_scanned_pdf_without_text_is_a_document_error():
    with pytest.raises(DocumentError, match="no text layer") as info:
        parse_pdf(_rectangle_pdf())
    assert "\n" not in str(info.value)


def test_truncated_pdf_is_a_document_error():
    data = CAIZHENGJU_2024.read_bytes()[:20000]
    with pytest.raises(DocumentError, match="unreadable PDF") as info:
        parse_pdf(data)
    assert "\n" not in str(info.value)


def test_garbage_after_pdf_header_is_a_document_error():
    with pytest.raises(DocumentError):
        parse_pdf(b"%PDF-1.7\nthis is not a pdf at all")

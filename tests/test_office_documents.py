"""Spreadsheets (.xlsx, .xls) and Word files (.docx) read as lines and records (ingest/office.py):
a figure traces to sheet (``source_page``) and row (``source_line``), or to the paragraph / table row
of a Word body; a .doc is refused with one line and quarantined while the rest of the folder loads.

The .xlsx and .docx files are built here (openpyxl; a .docx's XML with the standard library); the
.xls is ``tests/fixtures/office/final_account_2023.xls``, made once with xlwt by ``make_xls.py``
beside it (xlwt is no dependency of the project)."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import duckdb
import pytest
from _refresh_helpers import loaded_files, quarantine_reasons

from ingest.document import parse_path
from ingest.office import DOC_REFUSED, OLE_MAGIC, format_number, read_docx
from ingest.records import FunctionalItem, Metric, StatedFigure
from ingest.text import DocumentError
from juesuan import corpus, discovery
from juesuan.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "office"
XLS = FIXTURES / "final_account_2023.xls"
MONEY = "#,##0.00"


# --- building the files ---------------------------------------------------------------------------
def _final_account_xlsx(path: Path, *, as_text: bool = False, unit: str = "元") -> Path:
    """A workbook of a 部门决算: a cover sheet, the 一般公共预算财政拨款支出决算表 (merged header cells,
    类/款/项 codes) and the 财政拨款“三公”经费支出决算表 (预算数 and 决算数 groups over merged cells).
    ``as_text``: every figure stored as text; ``unit``: the 单位 row's unit (元 or 万元)."""
    import openpyxl

    scale = Decimal(1) if unit == "元" else Decimal("0.0001")
    book = openpyxl.Workbook()
    cover = book.active
    cover.title = "封面"
    cover["A1"] = "某县教育局2023年度部门决算"
    sheet = book.create_sheet("公开05表")
    sheet.merge_cells("A1:E1")
    sheet["A1"] = "一般公共预算财政拨款支出决算表"
    sheet["A2"] = "部门：某县教育局"
    sheet["E2"] = f"单位：{unit}"
    sheet.merge_cells("A3:A4")
    sheet["A3"] = "科目编码"
    sheet.merge_cells("B3:B4")
    sheet["B3"] = "科目名称"
    sheet.merge_cells("C3:E3")
    sheet["C3"] = "本年支出"
    sheet["C4"], sheet["D4"], sheet["E4"] = "合计", "基本支出", "项目支出"
    rows = [
        ("205", "教育支出", 12345678.9, 10000000, 2345678.9),
        ("20502", "普通教育", 12000000, 9800000, 2200000),
        ("2050202", "小学教育", 1852.6200000000001, 1852.62, 0),  # (a sum's float noise)
        ("208", "社会保障和就业支出", 345678.9, 200000, 145678.9),
        ("合计", None, 12691357.8, 10200000, 2491357.8),
    ]
    for r, row in enumerate(rows, start=6):  # (row 5 left empty: skipped)
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            if c > 2:
                figure = Decimal(repr(value)) * scale
                value = f"{figure:.2f}" if as_text else float(figure)
            cell = sheet.cell(r, c, value)
            if c > 2 and not as_text:
                cell.number_format = MONEY if (r, c) != (8, 3) else "General"
    three = book.create_sheet("公开07表")
    three.merge_cells("A1:L1")
    three["A1"] = "财政拨款“三公”经费支出决算表"
    three["L2"] = "单位：万元"
    three.merge_cells("A3:F3")
    three["A3"] = "预算数"
    three.merge_cells("G3:L3")
    three["G3"] = "决算数"
    for base in (1, 7):
        three.merge_cells(start_row=4, start_column=base, end_row=5, end_column=base)
        three.cell(4, base, "合计")
        three.merge_cells(start_row=4, start_column=base + 1, end_row=5, end_column=base + 1)
        three.cell(4, base + 1, "因公出国（境）费")
        three.merge_cells(start_row=4, start_column=base + 2, end_row=4, end_column=base + 4)
        three.cell(4, base + 2, "公务用车购置及运行费")
        three.merge_cells(start_row=4, start_column=base + 5, end_row=5, end_column=base + 5)
        three.cell(4, base + 5, "公务接待费")
        three.cell(5, base + 2, "小计")
        three.cell(5, base + 3, "公务用车购置费")
        three.cell(5, base + 4, "公务用车运行费")
    for c, value in enumerate([12.5, 0, 10, 0, 10, 2.5, 11.36, 0, 9.8, 0, 9.8, 1.56], start=1):
        three.cell(6, c, f"{value:.2f}" if as_text else value).number_format = "0.00"
    book.save(path)
    return path


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{escape(r)}</w:t></w:r>' for r in runs) + "</w:p>"


def _tc(text: str, span: int = 1, vmerge: str | None = None) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge else ""
    )
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{_p(text) if text else '<w:p/>'}</w:tc>"


def _docx(path: Path, body: str) -> Path:
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}">'
                f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("word/document.xml", document)
    path.write_bytes(buffer.getvalue())
    return path


EXPLANATION = "".join([
    _p("某县人力资源和社会保障局2023年度部门决算"),
    _p(),  # an empty paragraph: counted, not printed
    _p("第三部分 2023年度部门决算情况说明"),
    _p("六、一般公共预算财政拨款支出决算情况说明"),
    _p("社会保障和就业支出(类)人力资源和社会保障管理事务(款)行政运行(项):",
       "支出决算数为1,054.33万元,比上年决算减少209.84万元,下降16.60%,主要原因是：人员调出。"),
    _p("八、财政拨款“三公”经费支出决算情况说明"),
    _p("单位：万元"),
    "<w:tbl><w:tblPr/>"
    f"<w:tr>{_tc('项目', vmerge='restart')}{_tc('2023年度', span=2)}</w:tr>"
    f"<w:tr>{_tc('', vmerge='continue')}{_tc('预算数')}{_tc('决算数')}</w:tr>"
    f"<w:tr>{_tc('合计')}{_tc('18.15')}{_tc('16.20')}</w:tr>"
    f"<w:tr>{_tc('公务接待费')}{_tc('3.00')}{_tc('2.50')}</w:tr>"
    "</w:tbl>",
    _p("九、其他重要事项的情况说明"),
])


def _doc(path: Path) -> Path:
    path.write_bytes(OLE_MAGIC + bytes(512))  # an OLE2 compound file's signature, as a .doc starts
    return path


# --- numbers as the cell shows them ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (1852.6200000000001, "General", "1852.62"),
        (1852.6200000000001, None, "1852.62"),
        (1852.62, "#,##0.00", "1,852.62"),
        (1852.62, "0.00_ ", "1852.62"),
        (2.675, "0.00", "2.68"),  # Excel rounds half away from zero, on the printed digits
        (-0.001, "0.00", "0.00"),
        (12345678.9, '#,##0.00;[Red]-#,##0.00', "12,345,678.90"),
        (0.1234, "0.00%", "12.34%"),
        (205, "General", "205"),
        (1e-7, "General", "0.0000001"),
        (123456789012.34, "General", "123456789012.34"),
        (0.1 + 0.2, "General", "0.3"),
        (True, "General", "TRUE"),
    ],
)
def test_numbers_are_printed_as_the_cell_shows_them(value, number_format, shown):
    assert format_number(value, number_format) == shown


# --- .xlsx ----------------------------------------------------------------------------------------
def test_xlsx_sheets_become_pipe_rows_numbered_by_sheet_and_row(tmp_path):
    from ingest.document import lines_of

    path = _final_account_xlsx(tmp_path / "决算.xlsx")
    lines, encoding, _, _ = lines_of(path.read_bytes(), path)
    by_place = {(line.page, line.number): line.text for line in lines}
    assert encoding == "xlsx"
    assert by_place[(2, 0)] == "公开05表"  # the sheet's name, before its rows
    assert by_place[(2, 1)] == "一般公共预算财政拨款支出决算表 |"  # merged A1:E1, printed once
    assert by_place[(2, 3)] == "科目编码 | 科目名称 | 本年支出 |"
    assert by_place[(2, 4)] == "合计 | 基本支出 | 项目支出 |"  # A4, B4 covered by the merges above
    assert (2, 5) not in by_place  # an empty row
    assert by_place[(2, 8)] == "2050202 | 小学教育 | 1852.62 | 1,852.62 | 0.00 |"
    assert by_place[(2, 10)] == "合计 |  | 12,691,357.80 | 10,200,000.00 | 2,491,357.80 |"  # an empty cell kept


def test_xlsx_functional_items_and_three_public_trace_to_sheet_and_row(tmp_path):
    doc = parse_path(_final_account_xlsx(tmp_path / "决算.xlsx"))
    assert doc.encoding == "xlsx" and doc.info.layout == "xlsx"
    assert (doc.info.department_name, doc.info.fiscal_year, doc.info.doc_type) == ("某县教育局", 2023, "final_account")
    items = {r.code: r for r in doc.records if isinstance(r, FunctionalItem)}
    primary = items["2050202"]
    assert (primary.level, primary.item_name, primary.amount_yuan) == ("项", "小学教育", Decimal("1852.62"))
    assert (primary.source_page, primary.source_line) == (2, 8)
    assert items["205"].amount_yuan == Decimal("12345678.90")
    metrics = {(r.metric, r.stage): r for r in doc.records if isinstance(r, Metric)}
    reception = metrics[("three_public_reception", "final")]
    assert (reception.value, reception.unit, reception.source_page, reception.source_line) == (
        Decimal("15600.00"), "yuan", 3, 6)
    assert metrics[("three_public_total", "final")].value == Decimal("113600.00")
    # no figure of a row the table reader read is read again under a made-up label
    assert not [r for r in doc.records if isinstance(r, StatedFigure) and (r.source_page, r.source_line) == (2, 10)]


def test_xlsx_variant_figures_stored_as_text_in_wan(tmp_path):
    doc = parse_path(_final_account_xlsx(tmp_path / "决算万元.xlsx", as_text=True, unit="万元"))
    items = {r.code: r for r in doc.records if isinstance(r, FunctionalItem)}
    # 1852.62 元 printed as 0.19 万元: read in 元 at the printed precision
    assert (items["205"].amount_yuan, items["205"].source_page, items["205"].source_line) == (
        Decimal("12345700.00"), 2, 6)
    metrics = {(r.metric, r.stage): r.value for r in doc.records if isinstance(r, Metric)}
    assert metrics[("three_public_vehicle", "final")] == Decimal("98000.00")


def test_extract_reads_an_xlsx(capsys, tmp_path):
    path = _final_account_xlsx(tmp_path / "决算.xlsx")
    assert main(["extract", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    item = next(r for r in rows if r["record_type"] == "functional_item" and r["code"] == "2050202")
    assert (item["amount_yuan"], item["source_page"], item["source_line"]) == ("1852.62", 2, 8)


# --- .xls -----------------------------------------------------------------------------------------
def test_xls_in_wan_with_merged_header_and_a_row_stored_as_text():
    doc = parse_path(XLS)
    assert doc.encoding == "xls" and doc.info.department_name == "某县农业农村局"
    items = {r.code: r for r in doc.records if isinstance(r, FunctionalItem)}
    running = items["2130101"]
    assert (running.item_name, running.amount_yuan, running.source_page, running.source_line) == (
        "行政运行", Decimal("8345600.00"), 1, 7)
    stored_as_text = items["2130104"]  # 400.00 | (empty) | 400.00, text cells
    assert (stored_as_text.amount_yuan, stored_as_text.source_line) == (Decimal("4000000.00"), 8)
    metrics = {(r.metric, r.stage): r for r in doc.records if isinstance(r, Metric)}
    assert (metrics[("three_public_total", "final")].value, metrics[("three_public_total", "final")].source_page) == (
        Decimal("63000.00"), 2)
    assert metrics[("three_public_reception", "final")].value == Decimal("15000.00")


# --- .docx ----------------------------------------------------------------------------------------
def test_docx_paragraphs_and_table_rows_in_document_order(tmp_path):
    lines = read_docx(_docx(tmp_path / "说明.docx", EXPLANATION).read_bytes())
    assert [(line.number, line.text) for line in lines][5:] == [
        (7, "单位：万元"),
        (8, "项目 | 2023年度 |"),  # 2023年度 spans two columns: printed once
        (9, "预算数 | 决算数 |"),  # 项目's vertical merge goes on: not printed again
        (10, "合计 | 18.15 | 16.20 |"),
        (11, "公务接待费 | 3.00 | 2.50 |"),
        (12, "九、其他重要事项的情况说明"),
    ]
    assert lines[0].number == 1 and lines[1].number == 3  # the empty paragraph 2 is counted, not printed


def test_docx_explanation_figures_keep_their_paragraph_and_row(tmp_path):
    doc = parse_path(_docx(tmp_path / "说明.docx", EXPLANATION))
    assert doc.encoding == "docx" and doc.info.layout == "docx"
    item = next(r for r in doc.records if isinstance(r, FunctionalItem) and r.item_name == "行政运行")
    assert (item.amount_yuan, item.change_yuan, item.source_line) == (Decimal("10543300.00"), Decimal("-2098400.00"), 5)
    reception = {r.label: (r.value, r.source_line) for r in doc.records
                 if isinstance(r, StatedFigure) and r.metric == "three_public_reception"}
    assert reception["公务接待费 2023年度 决算数"] == (Decimal("25000.00"), 11)


# --- refused files --------------------------------------------------------------------------------
def test_a_doc_is_refused_with_one_line(tmp_path):
    with pytest.raises(DocumentError) as caught:
        parse_path(_doc(tmp_path / "说明.doc"))
    assert str(caught.value) == DOC_REFUSED == "a Word 97-2003 .doc file: not read — save it as .docx or PDF"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.xlsx", b"PK\x03\x04" + bytes(64), "unreadable .xlsx workbook"),
        ("broken.docx", b"PK\x03\x04" + bytes(64), "unreadable .docx"),
        ("broken.xls", OLE_MAGIC + bytes(64), "unreadable .xls workbook"),
        ("text.xlsx", "科目编码\t科目名称\n".encode(), "no recognisable section"),  # read as the text it is
        ("rtf.doc", b"{\\rtf1\\ansi \\u20915? ...}", "an RTF file named .doc: not read — save it as .docx or PDF"),
        ("empty.xls", b"", "empty file"),
        ("binary.docx", bytes(range(256)) * 16, "binary file"),
    ],
    ids=["xlsx", "docx", "xls", "text-named-xlsx", "rtf-named-doc", "empty-xls", "binary-docx"],
)
def test_unreadable_office_files_get_one_line(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        parse_path(path)
    assert str(caught.value).startswith(reason) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>单位：万元</p><table><tr><td>项目</td><td>2023年决算数</td></tr>"
        "<tr><td>公务接待费</td><td>3.5</td></tr></table></body></html>",
        # a site's "Excel" download: a bare table, in GBK, no <html>
        '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n<p>单位：万元</p>\n'
        "<table><tr><td>项目</td><td>2023年决算数</td></tr>\n<tr><td>公务接待费</td><td>3.5</td></tr></table>",
    ],
    ids=["html", "bare-table-gbk"],
)
def test_an_xls_that_is_a_web_page_is_read_as_one(tmp_path, page):
    path = tmp_path / "三公.xls"
    path.write_bytes(page.encode("gbk"))
    doc = parse_path(path)
    assert doc.info.layout == "html"
    assert [r.value for r in doc.records if isinstance(r, StatedFigure) and r.metric == "three_public_reception"] == [
        Decimal("35000.00")]


def test_an_xls_that_is_tab_separated_text_is_read_as_text(tmp_path):
    path = tmp_path / "三公.xls"
    path.write_bytes("单位：万元\n项目\t2023年决算数\n公务接待费\t3.5\n".encode("utf-16"))
    doc = parse_path(path)
    assert doc.encoding == "utf-16"
    assert [(r.value, r.source_line) for r in doc.records
            if isinstance(r, StatedFigure) and r.metric == "three_public_reception"] == [(Decimal("35000.00"), 3)]


def test_a_whole_column_merged_and_a_docx_bomb_are_no_trouble(tmp_path, monkeypatch):
    from ingest import office

    # A1:A1048576 merged over a two-row sheet: only the used rows are looked at
    rows = office._grid_rows({(1, 1): "项目", (2, 2): "3.00"}, [(1, 1, 1048576, 1)])
    assert [(row, [cell.text for cell in cells]) for row, cells in rows] == [(1, ["项目"]), (2, ["3.00"])]
    monkeypatch.setattr(office, "MAX_XML_BYTES", 1024 * 1024)
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (1024 * 1024 + 1))
    with pytest.raises(DocumentError, match=r"^unreadable \.docx: its text is over 1 MB unpacked$"):
        parse_path(path)


def test_discovery_takes_office_files(tmp_path):
    for name in ("a.xlsx", "b.xls", "c.docx", "d.doc", "e.XLSX", "f.pptx"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in discovery.discover_documents(tmp_path)] == ["a.xlsx", "b.xls", "c.docx", "d.doc", "e.XLSX"]


def test_a_refresh_quarantines_the_doc_and_loads_the_workbooks(tmp_path):
    docs = tmp_path / "docs"
    (docs / "某县农业农村局").mkdir(parents=True)
    _doc(docs / "说明.doc")
    (docs / "某县农业农村局" / XLS.name).write_bytes(XLS.read_bytes())
    _final_account_xlsx(docs / "决算.xlsx")
    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        counts = corpus.refresh_raw(con, docs, max_workers=1)
    assert quarantine_reasons(db) == {"说明.doc": DOC_REFUSED}
    assert [Path(p).name for p, _ in counts.quarantined] == ["说明.doc"]
    assert loaded_files(db) == {XLS.name, "决算.xlsx"}
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "select f.amount_yuan, f.source_page, f.source_line, d.encoding from raw.functional_items f "
            "join raw.documents d using (document_id) where f.code = '2050202'"
        ).fetchone()
    assert row == (Decimal("1852.62"), 2, 8, "xlsx")


def test_xlsx_variant_sheet_named_by_its_table_codes_in_three_columns(tmp_path):
    """No title row (the sheet's name is the table's), 类 / 款 / 项 codes in columns of their own, 万元."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "一般公共预算财政拨款支出决算表"
    sheet.append(["部门：某县民政局 2023年度", None, None, None, None, None, "金额单位：万元"])
    sheet.append(["类", "款", "项", "科目名称", "合计", "基本支出", "项目支出"])
    sheet.append(["208", None, None, "社会保障和就业支出", 45.6, 40.1, 5.5])
    sheet.append(["208", "02", None, "民政管理事务", 45.6, 40.1, 5.5])
    sheet.append(["208", "02", "01", "行政运行", 40.1, 40.1, None])
    path = tmp_path / "民政局.xlsx"
    book.save(path)
    doc = parse_path(path)
    items = {r.code: r for r in doc.records if isinstance(r, FunctionalItem)}
    assert (items["2080201"].item_name, items["2080201"].amount_yuan) == ("行政运行", Decimal("401000.00"))
    assert (items["2080201"].source_page, items["2080201"].source_line) == (1, 5)
    assert items["208"].amount_yuan == Decimal("456000.00")


def test_a_workbook_printing_no_department_takes_it_from_the_manifest(tmp_path):
    """Tables attached alone print neither department nor year: the manifest says them."""
    import openpyxl

    folder = tmp_path / "湖北省" / "随州市" / "曾都区" / "2023"
    folder.mkdir(parents=True)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "公开07表"
    sheet.append(["财政拨款“三公”经费支出决算表"])
    sheet.append([None, None, None, None, None, "单位：万元"])
    sheet.append(["合计", "因公出国（境）费", "公务用车购置及运行费", None, None, "公务接待费"])
    sheet.append([None, None, "小计", "公务用车购置费", "公务用车运行费"])
    sheet.append([3.2, 0, 2.4, 0, 2.4, 0.8])
    book.save(folder / "附件.xlsx")
    (tmp_path / "manifest.csv").write_text(
        "file,department,region,fiscal_year,doc_type\n湖北省/随州市/曾都区/2023/附件.xlsx,曾都区人力资源和社会保障局,"
        "湖北省随州市曾都区,2023,final_account\n", encoding="utf-8")
    doc = parse_path(folder / "附件.xlsx")
    assert (doc.info.department_name, doc.info.county, doc.info.fiscal_year, doc.info.doc_type) == (
        "曾都区人力资源和社会保障局", "曾都区", 2023, "final_account")
    # 公务用车购置及运行费 not merged over its three columns: the table reader, which would take 公务接待费
    # for a group and put two figures under 公务用车运行费, places none; the row reader reads them all
    assert not [r for r in doc.records if isinstance(r, Metric)]
    figures = {r.metric: (r.value, r.source_page, r.source_line) for r in doc.records if isinstance(r, StatedFigure)}
    assert figures["three_public_reception"] == (Decimal("8000.00"), 1, 5)
    assert figures["three_public_vehicle_operation"] == (Decimal("24000.00"), 1, 5)

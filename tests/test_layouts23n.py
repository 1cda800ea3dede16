"""Prose, 三公 and report tables re-printed in other layouts (benchmarks/reprints.py) lost figures the
original gives: each case on a real page re-printed and on a variant written here. The cells a table's
lines give are read the same whatever the layout; a figure the layout leaves unclear is left out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes
from ingest.records import StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"
CLOSED = "tables one cell per line, closed by pipes"
BARE = "tables one cell per line, a blank line after each row"
PIPE_BELOW = "tables one cell per line, the pipe on the next line"


def _reprinted(name: str, variant: str) -> list:
    text, _ = VARIANTS[variant]((PAGES / name).read_text("utf-8").split("\n"))
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _parsed(text: str) -> list:
    return parse_bytes(text.encode("utf-8"), Path("page.txt")).records


def _figures(records: list) -> set[tuple[str, str, Decimal]]:
    return {(r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)}


def test_a_markdown_row_opening_with_prose_reads_the_prose():
    """临洮县 2024年2月 大口径财政收入: a paragraph and the table it introduces flattened onto one line; as a
    Markdown row (``| 2月份,全县实现…增长87.49%。 具体收入项目情况如下: …表 | 预 算 科 目 | …``) the sentences
    are read as on the line without the opening pipe (the whole page had been rejected)."""
    figures = _figures(_reprinted("lintao-2024-02-revenue-table-flattened.txt", "Markdown tables"))
    assert ("税收收入", "amount", Decimal("153480000.00")) in figures
    assert ("非税收入", "amount", Decimal("17080000.00")) in figures
    written = _figures(_parsed(
        "| 全年全县一般公共预算收入完成28000万元,比上年增长5.2%,其中税收收入完成20000万元,占71.4%。"
        "收入情况如下: 收入执行表 | 科目 | 预算数 | 完成数 |\n|---|---|---|---|\n| 税收收入 | 21000 | 20000 |\n"))
    assert ("税收收入完成", "amount", Decimal("200000000.00")) in written
    assert ("全年全县一般公共预算收入完成", "change_pct", Decimal("5.2")) in written


ZHUZHOU = "zhuzhou-fuyou-2020-hospital-row-numbers-traditional.txt"


@pytest.mark.parametrize("variant", [CLOSED, BARE, PIPE_BELOW])
def test_a_table_numbering_its_rows_after_the_label_one_cell_per_line(variant):
    """株洲市妇幼保健院 2020 收支表 (项目 | 行号 | 本期 | 上年同期 | 增加额 | 增长率), one cell per line: the 行号 is
    no figure (it had been read as an amount of 1 元 where the cells are bare) and the rows are read as the
    pipe rows are — also where the run ends with a date under the table and the row 3、收费水平 lost its
    empty cells, and where each cell's pipe stands on the next line without a pipe opening the rows."""
    figures = _figures(_reprinted(ZHUZHOU, variant))
    assert ("1、总收入 本期", "amount", Decimal("61625022.26")) in figures
    assert ("2、总支出 增长率", "change_pct", Decimal("11.39")) in figures
    assert not [f for f in figures if "行号" in f[0]]


def test_a_written_table_numbering_its_rows_after_the_label():
    cells = ["单位:万元", "", "项目", "行次", "预算数", "决算数", "合计", "1", "10.50", "8.20",
             "公务接待费", "2", "4.50", "3.20", "公务用车运行费", "3", "6", "5", "2023-1-5"]
    closed = _figures(_parsed("".join(f"{cell} |\n" if cell else "|\n" for cell in cells)))
    below = _figures(_parsed("".join(f"{cell}\n|\n" if cell else "|\n" for cell in cells)))
    for figures in (closed, below):
        assert ("公务接待费 决算数", "amount", Decimal("32000.00")) in figures
        assert ("合计 预算数", "budget_initial", Decimal("105000.00")) in figures
        assert not [f for f in figures if "行次" in f[0]]


REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
YUANLING = "yuanling-2021-sangong-budget-notes-column-traditional.txt"


@pytest.mark.parametrize("variant", [CLOSED, BARE, PIPE_BELOW])
def test_a_sentence_under_a_column_of_words_is_its_rows_cell(variant):
    """沅陵县 2021 “三公”经费预算统计表 (项目 | 本年预算数 | 备注), its 合计 row's 备注 a note of 330 characters: one
    cell per line, the note is that row's cell — it had ended the run of cells (closed or with its pipe below:
    longer than a cell may be; bare: no cell at all), and the rows after it were lost."""
    figures = _figures(_reprinted(YUANLING, variant))
    assert ("合计 本年预算数", "amount", Decimal("41960000.00")) in figures
    assert ("2、公务接待费 本年预算数", "amount", Decimal("27470000.00")) in figures
    assert ("(2)公务用车购置 本年预算数", "amount", Decimal("0.00")) in figures
    assert not [f for f in figures if "注:" in f[0] or "备注" in f[0]]


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_a_sentence_under_a_column_of_words_bare_cells_real():
    """奉新县 2023 “三公”经费预算增减表 (… | 2023年预算数增减 | 增减原因), bare cells with a blank line after each row:
    each row's 增减原因 sentence had restarted the table, so only the last row was read."""
    text, _ = VARIANTS[BARE](next(REAL.glob("24_jiangxi_fengxin*")).read_text("utf-8").split("\n"))
    figures = _figures(parse_bytes(text.encode("utf-8"), Path("fengxin.txt")).records)
    assert ("合计 2023年预算数", "amount", Decimal("24154400.00")) in figures
    assert ("2、公务接待费 2023年预算数增减", "change", Decimal("1246800.00")) in figures
    assert ("(2)公务用车购置费 2022年预算数", "budget_initial", Decimal("2570000.00")) in figures


def test_a_sentence_under_a_column_of_words_written():
    rows = [["项目", "预算数", "决算数", "说明"], ["合计", "20", "18", ""],
            ["公务接待费", "8", "6", "严格控制接待标准,压减陪餐人数。"], ["公务用车运行费", "12", "12", "持平。"]]
    note = "注:" + "“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费," * 8 + "下同。"
    rows[1][3] = note  # a note longer than any cell otherwise is
    closed = "单位:万元 |\n" + "".join(f"{cell} |\n" if cell else "|\n" for row in rows for cell in row)
    bare = "单位:万元\n\n" + "".join("\n".join(row) + "\n\n" for row in rows)
    for text in (closed, bare):
        figures = _figures(_parsed(text))
        assert ("公务接待费 决算数", "amount", Decimal("60000.00")) in figures
        assert ("公务用车运行费 预算数", "budget_initial", Decimal("120000.00")) in figures
        assert not [f for f in figures if "说明" in f[0] or "注" in f[0]]


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
@pytest.mark.parametrize("variant", [CLOSED, BARE, PIPE_BELOW])
def test_a_three_public_table_with_a_column_beside_it_one_cell_per_line(variant):
    """上海市嘉定区司法局 2017 “三公”经费及机关运行经费支出决算表: its header (24 cells one per line) runs past the
    lines looked at for its words, and the 机关运行经费 number, printed at the end of the header row, stands first
    among the numbers: the run without it is placed as the original's row that dropped its empty cells."""
    text, origin = VARIANTS[variant](next(REAL.glob("23_shanghai_jiading*")).read_text("utf-8").split("\n"))
    records = parse_bytes(text.encode("utf-8"), Path("jiading.txt")).records
    read = {(r.label, r.field, r.value, origin[r.source_line - 1]) for r in records if isinstance(r, StatedFigure)
            and r.label.endswith("(表)")}
    assert read == {
        ("“三公”经费合计 (表)", "budget_initial", Decimal("220000.00"), 8),
        ("“三公”经费合计 (表)", "amount", Decimal("87700.00"), 8),
        ("公务用车购置及运行费 小计 (表)", "budget_initial", Decimal("140000.00"), 8),
        ("公务用车购置及运行费 小计 (表)", "amount", Decimal("84700.00"), 8),
        ("公务接待费 (表)", "budget_initial", Decimal("80000.00"), 8),
        ("公务接待费 (表)", "amount", Decimal("3000.00"), 8),
    }


def test_a_three_public_table_with_a_column_beside_it_written():
    header = ["合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费", "小计", "公务用车购置费",
              "公务用车运行费", "机关运行经费", *(["预算数", "决算数"] * 6)]
    numbers = ["15.30", "12.40", "9.10", "7.25", "3.00", "2.05", "6.10", "5.20", "6.20", "5.15", "40.00"]  # 出国 empty
    text = ("2023年“三公”经费及机关运行经费支出决算表\n单位:万元\n"
            + "".join(f"{cell} |\n" for cell in [*header, *numbers]) + "说明:无。\n")
    figures = {(r.label, r.field, r.value) for r in _parsed(text) if isinstance(r, StatedFigure)
               and r.label.endswith("(表)")}
    assert figures == {
        ("“三公”经费合计 (表)", "budget_initial", Decimal("153000.00")),
        ("“三公”经费合计 (表)", "amount", Decimal("124000.00")),
        ("公务用车购置及运行费 小计 (表)", "budget_initial", Decimal("91000.00")),
        ("公务用车购置及运行费 小计 (表)", "amount", Decimal("72500.00")),
        ("公务用车购置费 (表)", "budget_initial", Decimal("30000.00")),
        ("公务用车购置费 (表)", "amount", Decimal("20500.00")),
        ("公务用车运行费 (表)", "budget_initial", Decimal("61000.00")),
        ("公务用车运行费 (表)", "amount", Decimal("52000.00")),
        ("公务接待费 (表)", "budget_initial", Decimal("62000.00")), ("公务接待费 (表)", "amount", Decimal("51500.00")),
    }


XUANZHOU = "xuanzhou-qzgw-2020-sangong-budget-pipe-below.txt"


@pytest.mark.parametrize("variant", ["a blank line after every line", "HTML page"])
def test_cells_whose_pipe_stands_below_read_in_any_copy(variant):
    """宣州区直工委 2020 “三公”经费支出预算表, each cell's text then its pipe on the next line: with a blank line
    after every line (the pipe under a blank) and as a web page (``<p>|</p>``), the cells are closed as in the
    text copy — neither had been read."""
    text, _ = VARIANTS[variant]((PAGES / XUANZHOU).read_text("utf-8").split("\n"))
    suffix = ".html" if variant == "HTML page" else ".txt"
    figures = _figures(parse_bytes(text.encode("utf-8"), Path("xuanzhou" + suffix)).records)
    assert ("合计 预算数", "amount", Decimal("3600.00")) in figures
    assert ("公务接待费 预算数", "amount", Decimal("3600.00")) in figures


def test_cells_whose_pipe_stands_below_written():
    cells = ["项目", "预算数", "决算数", "合计", "5.20", "4.80", "公务接待费", "2.00", "1.60", "公务用车运行费", "3.20",
             "3.20"]
    spaced = "单位:万元\n\n" + "".join(f"{cell}\n\n|\n\n" for cell in cells)
    page = "<html><body><p>单位:万元</p>" + "".join(f"<p>{cell}</p>\n<p>|</p>\n" for cell in cells) + "</body></html>"
    for text, name in ((spaced, "page.txt"), (page, "page.html")):
        figures = _figures(parse_bytes(text.encode("utf-8"), Path(name)).records)
        assert ("公务接待费 决算数", "amount", Decimal("16000.00")) in figures
        assert ("合计 预算数", "budget_initial", Decimal("52000.00")) in figures


def test_cells_whose_pipe_stands_below_over_a_page_break():
    """“三公”经费 预算 table of a 广东 市直 department (mirror plpkl.com, 繁体), each cell's text then its pipe below:
    a PDF's page number and running header between a cell and its pipe (or between two cells) ended the run
    that is closed, and 29.00 / 28.00 were lost. The cells are closed once the running headers are told."""
    for variant in ("pages with numbers and a running header", "a blank line after every line"):
        # (a blank line after every line: its header's words wrapped over two lines, 一般公共 / 预算, a blank between)
        figures = _figures(_reprinted("plpkl-2019-three-public-budget-traditional.txt", variant))
        assert ("“三公”经费 合计", "amount", Decimal("290000.00")) in figures
        assert ("2.公务用车运行维护费 合计", "amount", Decimal("280000.00")) in figures
    cells = ["项目", "预算数", "决算数", "合计", "5.20", "4.80", "公务接待费", "2.00", "1.60", "公务用车运行费", "3.20",
             "3.20"]
    lines = ["单位:万元", *(line for cell in cells for line in (cell, "|"))]
    lines[12:12] = ["- 1 -", "\f部门决算公开"]  # a page break between 4.80 and its pipe
    lines[20:20] = ["- 2 -", "\f部门决算公开"]
    written = _figures(_parsed("部门决算公开\n" + "\n".join(lines) + "\n- 3 -\n\f部门决算公开\n以上为三公经费情况。\n"))
    assert ("公务接待费 决算数", "amount", Decimal("16000.00")) in written
    assert ("合计 决算数", "amount", Decimal("48000.00")) in written


@pytest.mark.parametrize("variant", ["tables lined up with spaces (characters)",
                                     "tables lined up with spaces (display columns)"])
def test_a_table_lined_up_with_spaces_in_pinyin_and_one_full_row(variant):
    """沅陵县 2021 “三公”经费预算统计表 lined up with spaces: the mirror's bracketed pinyin (``公務(wù)接待費``) taken
    out moved the rows' numbers off their column (its width is now put back into the spaces after it), and
    with one full row (合计, the only one with a 备注) both counts of width stood as close: the rows' cells line up
    with the column in one count only, which lays them."""
    figures = _figures(_reprinted(YUANLING, variant))
    assert ("2、公务接待费 本年预算数", "amount", Decimal("27470000.00")) in figures
    assert ("其中:(1)公务用车运行维护费 本年预算数", "amount", Decimal("14490000.00")) in figures
    assert ("(2)公务用车购置 本年预算数", "amount", Decimal("0.00")) in figures


def test_a_table_lined_up_with_spaces_written():
    # counted in characters: the labels' widths differ in display columns, so only characters line the rows up
    rows = [("项目", "决算数", "说明"), ("合计", "12.5", "较上年减少"), ("1、因公出国(境)费", "0", ""),
            ("2、公务接待费", "4.5", ""), ("3、公务用车运行费", "8", "")]
    text = "单位:万元\n" + "".join(
        f"{a:<14}{b:<10}{c}".rstrip() + "\n" for a, b, c in rows)
    figures = _figures(_parsed(text))
    assert ("2、公务接待费 决算数", "amount", Decimal("45000.00")) in figures
    assert ("1、因公出国(境)费 决算数", "amount", Decimal("0.00")) in figures
    # the pinyin a mirror prints after each converted character, on a line lined up with spaces
    traditional = ("部門決算 單位:萬元 經費預算財政撥款說明\n項目                本年預(yù)算數(shù)\n"
                   "合計                12\n公務(wù)接待費         4\n公務(wù)用車運行費     8\n")
    figures = _figures(_parsed(traditional))
    assert ("公务接待费 本年预算数", "amount", Decimal("40000.00")) in figures
    assert ("公务用车运行费 本年预算数", "amount", Decimal("80000.00")) in figures


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
@pytest.mark.parametrize("variant", [CLOSED, BARE])
def test_a_three_public_row_that_lost_empty_cells_is_laid_by_the_sums(variant):
    """昌宁县卡斯镇 2024 “三公”经费预算统计表: ``3.公务用车购置及运行费 | 15.15 | 15.15 | ||`` one cell per line keeps
    two cells of four — which columns they stand in the layout cannot tell, the table's sums can (合计 18.15 =
    3 + 15.15, 22.15 = 7 + 15.15; under the changes they would not hold). Bare, ``133%`` alone on its line is the
    row's 增减幅度, not 公务接待费's share as the sentence reader took the cells run together."""
    text, _ = VARIANTS[variant](next(REAL.glob("26_yunnan_changning-kasi*")).read_text("utf-8").split("\n"))
    records = parse_bytes(text.encode("utf-8"), Path("kasi.txt")).records
    figures = {(r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)}
    assert ("3.公务用车购置及运行费 2024年预算数", "amount", Decimal("151500.00")) in figures
    assert ("3.公务用车购置及运行费 2023年预算数", "budget_initial", Decimal("151500.00")) in figures
    assert ("2.公务接待费 比上年增、减情况 增、减幅度", "change_pct", Decimal("133")) in figures
    assert not [f for f in figures if f[1] == "share_pct" and f[2] == Decimal("133")]


def test_a_three_public_row_that_lost_empty_cells_written():
    def table(overseas: list[str], vehicle: list[str]) -> str:
        rows = [["项目", "2023年决算数", "2024年决算数", "增减额"], ["合计", "20.50", "18.30", "-2.20"],
                ["因公出国(境)费", *overseas], ["公务接待费", "6.00", "3.80", "-2.20"],
                ["公务用车购置及运行费", *vehicle], ["其中:公务用车运行费", "14.50", "14.50", "0"]]
        return "单位:万元\n" + "".join(f"{cell} |\n" if cell else "|\n" for row in rows for cell in row)

    figures = _figures(_parsed(table([], ["14.50", "14.50"])))  # (its 增减额 0 dropped as the empty cells are)
    assert ("公务用车购置及运行费 2024年决算数", "amount", Decimal("145000.00")) in figures
    assert ("公务用车购置及运行费 2023年决算数", "amount", Decimal("145000.00")) in figures
    # a 0 alone: under any column the sums hold the same — which one cannot be told, so it is left out
    figures = _figures(_parsed(table(["0"], ["14.50", "14.50"])))
    assert ("公务用车购置及运行费 2024年决算数", "amount", Decimal("145000.00")) in figures
    assert not [f for f in figures if f[0].startswith("因公出国(境)费 ")]


PINGSHAN = "pingshan-xiakou-2025-budget-numbered-cells.txt"


@pytest.mark.parametrize("variant", ["tables separated by tabs", "Markdown tables",
                                     "tables lined up with spaces (characters)", BARE, PIPE_BELOW])
def test_a_numbered_table_one_cell_per_line_whose_merged_cells_are_printed_otherwise(variant):
    """平山县下口镇财政所 2025 收支总表, one cell per line with its rows numbered (1 | 一、一般公共预算拨款收入 |
    675.82 | 一、一般公共服务支出 | 516.39 | 2 | …) and merged cells closed by several pipes (``单位:万元 | ||``,
    ``支出 | ||``): a copy re-printing those as rows (``单位:万元\\t``, ``| 支出 |  |`` and its rule, or the text
    alone) had cut the run of cells, and none of its figures was read."""
    figures = _figures(_reprinted(PINGSHAN, variant))
    assert ("一、一般公共服务支出 预算数", "amount", Decimal("5163900.00")) in figures
    assert ("本年收入合计 预算数", "amount", Decimal("6758200.00")) in figures
    assert ("收入总计 预算数", "amount", Decimal("6903600.00")) in figures


def test_a_numbered_table_one_cell_per_line_whose_merged_cells_are_printed_otherwise_written():
    rows = [("一、一般公共预算拨款收入", "80.50", "一、一般公共服务支出", "60.25"),
            ("二、上级补助收入", "", "二、教育支出", "20.25"), ("本年收入合计", "80.50", "本年支出合计", "80.50")]
    body = [f"{cell} |" if cell else "|" for n, row in enumerate(rows, start=1) for cell in (str(n), *row)]
    for merged in ("{} | ||", "{}\t", "{}", "| {} |  |\n|---|---|"):  # (as printed; a row of it; its text alone)
        head = [merged.format("单位:万元"), "序号 |", "收入 |", merged.format("支出"), "项目 |", "预算数 |", "项目 |",
                merged.format("预算数")]
        figures = _figures(_parsed("\n".join([*head, *body]) + "\n"))
        assert ("二、教育支出 预算数", "amount", Decimal("202500.00")) in figures
        assert ("本年收入合计 预算数", "amount", Decimal("805000.00")) in figures


def test_a_line_above_the_first_cell_is_no_part_of_it():
    # a title, a blank line, then cells each closed by the pipe below (no blank line between a text and its pipe):
    # the title is not the first cell's first line (bazhou's ``(2022年)`` over ``部门(单位)名称``)
    from ingest.closing_pipes import with_cells_closed

    text = "(2022年)\n\n项目\n|\n预算数\n|\n合计\n|\n5\n|\n其他\n|\n3\n|\n"
    assert with_cells_closed(text).split("\n")[:4] == ["(2022年)", "", "项目 |", ""]
    spaced = "一般公共\n\n预算\n\n|\n\n" + "".join(f"{cell}\n\n|\n\n" for cell in ["项目", "合计", "5", "其他", "3"])
    assert with_cells_closed(spaced).split("\n")[:3] == ["", "", "一般公共预算 |"]


def test_a_title_between_two_tables_one_cell_per_line_ends_the_first():
    # 安溪县水利局 2022: a list numbered 1 … 7 and its ``合计 | 100 |``, then ``附件2`` and a title over the next table:
    # a merged cell's text alone is one only in a header, before any number — here the lines end the list
    records = _parsed((PAGES / "anxi-slj-2022-targets-per-township-columns.txt").read_text("utf-8"))
    assert ("合计 金额", "amount", Decimal("1000000.00")) in _figures(records)

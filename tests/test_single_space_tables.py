"""Tables printed with one space between their cells, their empty cells dropped (ingest/single_space_tables.py):
a row whose figures are as many as its header's figure columns is laid over them in order and read as a
separated table; a row that lost cells is not read here (which one is missing is not known)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fidelity import REAL_DOCUMENTS
from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes
from ingest.records import StatedFigure

SINGLE = "tables with one space between cells"


def _figures(text: str) -> set[tuple[int, str, str, Decimal]]:
    records = parse_bytes(text.encode("utf-8"), Path("page.txt")).records
    return {(r.source_line, r.label, r.field, r.value) for r in records if isinstance(r, StatedFigure)}


def _real(prefix: str) -> list[str]:
    files = sorted((REAL_DOCUMENTS / "text").glob(prefix + "*"))
    if not files:
        pytest.skip("../shared/real-documents not present")
    return files[0].read_text("utf-8").split("\n")


def test_a_three_public_table_with_a_reason_column_single_spaced():
    """奉新县 2023 三公 budget table (corpus 24) single-spaced: ``项目 2022年预算数 2023年预算数 2023年预算数增减
    增减原因`` over ``2、公务接待费 1114.54 989.86 -124.68 严格执行…`` — each figure under its column, the words the
    原因 column's; the same figures as the page printed with pipes."""
    lines = _real("24_jiangxi_fengxin")
    original = {f for f in _figures("\n".join(lines)) if f[0] <= 9}
    single = {f for f in _figures(VARIANTS[SINGLE](lines)[0]) if f[0] <= 9}
    assert (6, "2、公务接待费 2023年预算数", "amount", Decimal("9898600.00")) in single
    assert (6, "2、公务接待费 2023年预算数增减", "change", Decimal("1246800.00")) in single
    assert {(line, field, value) for line, _, field, value in original} <= {
        (line, field, value) for line, _, field, value in single}


def test_a_two_row_header_single_spaced():
    """沂源县中庄镇 2020 (corpus 16): ``项 目 2019年决算数 2020年预算调整数 2020年执行数`` over
    ``金额 占调整预算% 比上年增长%``
    (the 执行数 divided), rows of five figures: 金额, its share of the budget and its growth."""
    lines = _real("16_shandong_yiyuan")
    single = _figures(VARIANTS[SINGLE](lines)[0])
    assert {(11, "一、税收收入 2020年执行数 金额", "amount", Decimal("4310000.00")),
            (11, "一、税收收入 2020年执行数 占调整预算%", "share_pct", Decimal("100")),
            (13, "企业所得税 2020年执行数 比上年增长%", "change_pct", Decimal("44.44")),
            (13, "企业所得税 2019年决算数", "amount", Decimal("90000.00"))} <= single


def test_a_variant_in_yuan_with_a_spaced_label_and_a_row_that_lost_a_cell():
    """Written here: 元, a letter-spaced label (合 计), a placeholder holding its column's place, and a row that lost
    an empty cell — that row is not read (not guessed), the others are."""
    text = ("2023年某局“三公”经费支出决算表\n单位:元\n项 目 预算数 决算数 增减额 备注\n"
            "合 计 50000 42000 -8000\n公务接待费 20000 12000 -8000 压减接待\n"
            "因公出国(境)费 - - -\n公务用车运行维护费 30000 30000\n说明:以上为本单位决算数。\n")
    figures = {(line, field, value) for line, _, field, value in _figures(text)}
    assert {(4, "amount", Decimal("42000")), (4, "budget_initial", Decimal("50000")),
            (5, "amount", Decimal("12000"))} <= figures
    assert not [f for f in figures if f[0] == 7]  # 30000 30000 under three columns: which two is not known


def test_one_figure_column_before_a_remarks_column():
    """A 三公 budget table of one figure column and a 备注 column (沅陵县 2021's shape), single-spaced, written here
    in simplified characters and 元: each row's one figure is its 本年预算数; the note in the 备注 column no row's."""
    text = ("某县2021年“三公”经费预算财政拨款情况统计表\n单位:元\n项目 本年预算数 备注\n"
            "合计 41960 注:按照有关规定,三公经费包括因公出国(境)费、公务接待费和公务用车购置及运行费\n\n"
            "1、因公出国(境)费用 0\n2、公务接待费 27470\n3、公务用车费 14490\n其中:(1)公务用车运行维护费 14490\n"
            "(2)公务用车购置 0\n增减情况说明:2021年度三公经费预算数为41960元。\n")
    figures = {(line, field, value) for line, _, field, value in _figures(text)}
    assert {(4, "amount", Decimal("41960")), (7, "amount", Decimal("27470")), (9, "amount", Decimal("14490")),
            (6, "amount", Decimal("0"))} <= figures


def test_the_real_page_of_one_figure_column_single_spaced():
    """沅陵县 2021 三公 budget table (traditional characters, 单位:萬) single-spaced: 公務接待費 2747 万."""
    page = Path(__file__).parent / "fixtures" / "pages" / "yuanling-2021-sangong-budget-notes-column-traditional.txt"
    figures = {(line, field, value) for line, _, field, value in _figures(
        VARIANTS[SINGLE](page.read_text("utf-8").split("\n"))[0])}
    assert any(line == 10 and field == "amount" and value == Decimal("27470000") for line, field, value in figures)


def test_a_real_page_printed_single_spaced_reads_its_funds_table():
    """旺苍县卫生健康局 2021 基本药物制度补助资金 self-evaluation, as a text extraction printed it (one space between
    cells, the empty ones gone): ``项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)`` over ``年度资金总额: 2300.67
    2300.67 100%`` — every amount read (before, the 100% rates alone), the empty 其他资金 row nothing; and printed
    with a space before its percent signs, the same."""
    page = Path(__file__).parent / "fixtures" / "pages" / "wangcang-wjj-2021-transfer-selfeval-single-spaced.txt"
    text = page.read_text("utf-8")
    want = {(12, "budget_initial", Decimal("23006700.00")), (12, "amount", Decimal("23006700.00")),
            (13, "amount", Decimal("4424300.00")), (14, "budget_initial", Decimal("18582400.00")),
            (14, "share_pct", Decimal("100"))}
    for printed in (text, text.replace("100%", "100 %")):
        figures = {(line, field, value) for line, _, field, value in _figures(printed)}
        assert want <= figures
        assert not [f for f in figures if f[0] == 15]


HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def test_a_header_of_two_rows_whose_second_divides_the_first_and_a_row_of_words():
    """南通市国资委 2016 三公 budget (26t 14): ``项目 2016年预算数`` over ``小计 其中:一般公共预算安排数`` (the second
    row divides the first's one figure column), then ``(一)因公出国(境)费 单位不需填列 单位不需填列`` — a row whose
    cells print words, never a header naming the columns below it 单位不需填列. Read the same with a blank line after
    every line (a web page copied so)."""
    lines = (HELDOUT / "26t" / "text" / "14_jiangsu_nantong-gzw_2016_sangong_budget.txt").read_text("utf-8").split("\n")
    printed = _figures("\n".join(lines))
    assert (11, "(二)公务接待费 2016年预算数 小计", "amount", Decimal("148300.00")) in printed
    assert (16, "三、培训费 2016年预算数 其中:一般公共预算安排数", "amount", Decimal("158600.00")) in printed
    assert not [f for f in printed if "单位不需填列" in f[1]]
    blank_after, origin = VARIANTS["a blank line after every line"](lines)
    spaced = {(origin[line - 1], label, field, value) for line, label, field, value in _figures(blank_after)}
    assert {f for f in printed if f[0] in (9, 11, 12, 14, 15, 16)} <= spaced


def test_a_written_two_row_header_with_blank_lines_and_a_placeholder_row():
    """A variant written here: another table (元), letter-spaced label, the header's rows and the table's rows each
    followed by a blank line, a numbered row printing words (不适用) in its figure cells; labels read with
    half-width punctuation."""
    text = ("单位：元\n\n项 目 2024年决算数\n\n合计 其中：财政拨款\n\n一、公务接待费 12000.5 12000.5\n\n"
            "二、因公出国（境）费 不适用 不适用\n\n三、公务用车运行费 3400 3000\n")
    figures = _figures(text)
    assert (7, "一、公务接待费 2024年决算数 合计", "amount", Decimal("12000.50")) in figures
    assert (11, "三、公务用车运行费 2024年决算数 其中:财政拨款", "amount", Decimal("3000.00")) in figures
    assert not [f for f in figures if "不适用" in f[1]]


def test_a_pdfs_broken_header_is_no_two_row_header():
    """上海市普陀区财政局 2024 决算 (sample PDF), 支出决算表 p10: its header broken over lines (``科目名称 计 出 出
    出`` over ``科目编码 助支出``, then ``类 款 项 2,336.91 603.14``) — letters joined make no two-cell header row
    (it gave figures labelled 类款项 计出出出 科目编码); the PDF's table reader reads that table."""
    pdf = Path(__file__).resolve().parents[2] / "shared" / "sample-documents" / "pdf" / (
        "上海市普陀区财政局2024年度部门决算.pdf")
    if not pdf.exists():
        pytest.skip("../shared/sample-documents not present")
    labels = {r.label for r in parse_bytes(pdf.read_bytes(), pdf).records if isinstance(r, StatedFigure)}
    assert not [label for label in labels if "计出出出" in label]

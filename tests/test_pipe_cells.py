"""Tables printed one pipe-closed cell per line (ingest/pipe_cells.py): a 三公 table as an HTML
page renders it (modelled on an unseen county page) and variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_lines
from ingest.pipe_cells import parse_pipe_cells
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"

TABLE = """一、2023年度一般公共预算财政拨款“三公”经费支出决算表
单位:万元
项 目 |
预 算 数 |
决 算 数 |
合 计 |
3 |
1.71 |
因公出国(境)费 |
|
|
公务接待费 |
1 |
0.53 |
公务用车购置及运行维护费 |
2 |
1.18 |
其中:公务用车运行维护费 |
|
|
二、情况说明
"""


def figures(text: str) -> dict[str, tuple[Decimal, int]]:
    return {f.label: (f.value, f.source_line) for f in parse_pipe_cells(split_lines(text))
            if isinstance(f, StatedFigure)}


def test_rows_cut_by_the_header_width_each_figure_at_its_own_line():
    assert figures(TABLE) == {
        "合计 预算数": (Decimal("30000.00"), 7), "合计 决算数": (Decimal("17100.00"), 8),
        "公务接待费 预算数": (Decimal("10000.00"), 13), "公务接待费 决算数": (Decimal("5300.00"), 14),
        "公务用车购置及运行维护费 预算数": (Decimal("20000.00"), 16),
        "公务用车购置及运行维护费 决算数": (Decimal("11800.00"), 17),
    }


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.replace(" |\n", "｜\n").replace("单位:万元", "单位：万元"),  # full-width pipe and colon
        lambda t: t.replace(" |\n", "|\n\n"),  # a blank line after every cell
        lambda t: t.replace("单位:万元\n", "").replace("项 目 |", "项目(单位:万元) |"),  # the unit in the header
    ],
    ids=["full-width", "blank lines", "unit in header"],
)
def test_variants_read_alike(variant):
    found = figures(variant(TABLE))
    assert {label: value for label, (value, _) in found.items()} == {
        label: value for label, (value, _) in figures(TABLE).items()
    }


def test_in_yuan_and_with_a_change_column():
    text = "单位:元\n项目 |\n2023年决算数 |\n比上年增减 |\n合计 |\n17100.5 |\n-12900 |\n公务接待费 |\n5300 |\n-4700 |\n"
    found = {(f.label, f.field): (f.value, f.direction) for f in parse_pipe_cells(split_lines(text))}
    assert found[("合计 2023年决算数", "amount")] == (Decimal("17100.50"), None)
    assert found[("公务接待费 比上年增减", "change")] == (Decimal("4700.00"), "decrease")


def test_a_row_that_lost_an_empty_cell_leaves_the_others_read_by_their_labels():
    # a row without a figure lost a cell (no empty cell printed for it): no longer one width, the rows
    # are told apart by their labels, and every figure is the one the whole grid gives
    broken = TABLE.replace("因公出国(境)费 |\n|\n|\n", "因公出国(境)费 |\n|\n")
    assert {label: value for label, (value, _) in figures(broken).items()} == {
        label: value for label, (value, _) in figures(TABLE).items()
    }


def test_a_row_of_figures_that_lost_a_cell_is_left_out_with_a_warning():
    # 公务接待费 | 1 | 0.53 printed as 公务接待费 | 0.53: which column 0.53 is under cannot be told
    broken = TABLE.replace("公务接待费 |\n1 |\n0.53 |\n", "公务接待费 |\n0.53 |\n")
    records = parse_pipe_cells(split_lines(broken))
    labels = {r.label for r in records if isinstance(r, StatedFigure)}
    vehicle = "公务用车购置及运行维护费"
    assert labels == {"合计 预算数", "合计 决算数", f"{vehicle} 预算数", f"{vehicle} 决算数"}
    warnings = [r for r in records if isinstance(r, ParseWarning)]
    assert len(warnings) == 1 and "公务接待费" in warnings[0].context


def test_numbers_without_a_header_are_no_table():
    assert parse_pipe_cells(split_lines("79 |\n0 |\n75 |\n50 |\n25 |\n4 |\n")) == []


def test_a_document_of_the_table_alone_is_read():
    _, records = parse_lines(split_lines(TABLE), source_name="x.txt")
    labels = {r.label for r in records if isinstance(r, StatedFigure)}
    assert {"合计 决算数", "公务接待费 决算数"} <= labels


def test_a_merged_unit_row_above_the_header_and_a_column_of_reasons():
    """A 三公 table of a web page one cell per line: first its merged row ``单位:万元 |`` (and the empty
    cells ``|`` it spans), then the header, then rows whose last cell, 增减原因, holds a sentence."""
    cells = ["单位:万元", "", "项目", "2022年预算数", "2023年预算数", "增减", "增减原因",
             "合计", "2378.77", "2415.44", "36.67", "",
             "2、公务接待费", "1114.54", "989.86", "-124.68",
             "严格执行中央八项规定及压减一般性支出要求,减少公务接待,压缩接待批次和人数。",
             "3、公务用车费", "1264.23", "1425.58", "161.35", ""]
    lines = split_lines("\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n")
    found = {(r.label, r.field): (r.value, r.source_line) for r in parse_pipe_cells(lines)
             if isinstance(r, StatedFigure)}
    assert found[("2、公务接待费 2023年预算数", "amount")] == (Decimal("9898600.00"), 15)
    assert found[("合计 2022年预算数", "budget_initial")] == (Decimal("23787700.00"), 9)
    assert found[("3、公务用车费 增减", "change")][0] == Decimal("1613500.00")
    assert not [key for key in found if "增减原因" in key[0]]


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_real_page_fengxin_three_public_one_cell_per_line():
    """24 (Jiangxi, 奉新县) prints its 三公 table with pipe rows; one cell per line, the same figures."""
    out = []
    for line in next(REAL.glob("24_*")).read_text("utf-8").split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.count("|") >= 2 else None
        out += [f"{c} |" if c else "|" for c in cells] if cells is not None else [line]
    found = {(r.label, r.field): r.value for r in parse_pipe_cells(split_lines("\n".join(out)))
             if isinstance(r, StatedFigure)}
    assert found[("2、公务接待费 2023年预算数", "amount")] == Decimal("9898600.00")
    assert found[("(2)公务用车购置费 2023年预算数增减", "change")] == Decimal("2703600.00")


# An unseen Guangdong page in traditional characters (a department's 2019 行政经费 and 三公 budget), as
# printed: each cell's text on its own line(s), its closing pipe on the next line alone, every row
# opened by a pipe of its own; a header cell wrapped over two lines (一般公共 / 预算).
PLPKL_2019 = Path(__file__).parent / "fixtures" / "pages" / "plpkl-2019-three-public-budget-traditional.txt"


def test_real_page_cells_closed_by_a_pipe_on_the_line_below():
    from ingest.document import parse_path

    stated = {(r.source_line, r.label): r.value for r in parse_path(PLPKL_2019).records
              if isinstance(r, StatedFigure) and r.source_line < 99}
    assert stated[(36, "“三公”经费 合计")] == Decimal("290000.00")
    assert stated[(38, "“三公”经费 一般公共预算")] == Decimal("290000.00")
    assert stated[(80, "2.公务用车运行维护费 合计")] == Decimal("280000.00")
    assert stated[(93, "(三)公务接待费支出 一般公共预算")] == Decimal("10000.00")  # printed 1, not 1.00
    assert len(stated) == 28  # seven rows of four columns


def _pipe_below(cells: list[list[str]]) -> str:
    """Rows of cells printed the page's way: a pipe opening each row, each cell's text then its pipe."""
    return "".join("|\n" + "".join(f"{cell}\n|\n" if cell else "|\n" for cell in row) for row in cells)


def test_cells_closed_by_a_pipe_below_variant():
    text = "单位:万元\n" + _pipe_below([
        ["项 目", "预算数", "决算数"],
        ["合计", "12.50", "10.20"],
        ["公务接待费", "", "3.00"],  # an empty cell: a pipe right after a pipe
        ["公务用车\n运行费", "12.50", "7.20"],  # a label wrapped over two lines
    ])
    read = parse_pipe_cells(split_lines(text))
    found = {(f.label, f.source_line): f.value for f in read if isinstance(f, StatedFigure)}
    assert found == {
        ("合计 预算数", 12): Decimal("125000.00"), ("合计 决算数", 14): Decimal("102000.00"),
        ("公务接待费 决算数", 20): Decimal("30000.00"),
        ("公务用车运行费 预算数", 26): Decimal("125000.00"), ("公务用车运行费 决算数", 28): Decimal("72000.00"),
    }


def test_cells_closed_by_a_pipe_below_that_fit_no_row_width_are_left_out():
    # a row of three cells among rows of two: no width fits every row
    text = "单位:万元\n" + _pipe_below([["项目", "决算数"], ["合计", "10"], ["接待费", "3", "4"], ["会议费", "2"]])
    assert [f for f in parse_pipe_cells(split_lines(text)) if isinstance(f, StatedFigure)] == []


def test_cells_closed_by_a_pipe_below_over_a_page_break():
    # a page's number between two cells is no cell's text: the table goes on under it
    text = "单位:万元\n" + _pipe_below([["项目", "决算数"], ["合计", "10"], ["接待费", "3"]]).replace(
        "接待费\n", "- 2 -\n接待费\n"
    )
    found = {f.label: f.value for f in parse_pipe_cells(split_lines(text)) if isinstance(f, StatedFigure)}
    assert found == {"合计 决算数": Decimal("100000.00"), "接待费 决算数": Decimal("30000.00")}


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_real_budget_execution_table_one_cell_per_line_with_a_two_row_header():
    """16 (Shandong, 中庄镇) re-printed as a web page prints it one cell per line: its 标题 / 索引号 fields
    above, a two-row header (``2020年执行数`` over ``金额 | 占调整预算% | 比上年增长%``), rows whose
    trailing empty cells are dropped (``资源税 |`` / ``|``). Read row by row from the labels; the file
    was rejected before."""
    from benchmarks.reprints import VARIANTS
    from ingest.document import parse_bytes

    text, origin = VARIANTS["tables one cell per line, closed by pipes"](
        next(REAL.glob("16_*")).read_text("utf-8").split("\n"))
    document = parse_bytes(text.encode(), Path("16.txt"))
    found = {(r.label, r.field): (r.value, r.direction, origin[r.source_line - 1])
             for r in document.records if isinstance(r, StatedFigure)}
    assert found[("一、税收收入 2020年执行数 金额", "amount")] == (Decimal("4310000.00"), None, 11)
    assert found[("企业所得税 2020年执行数 比上年增长%", "change_pct")] == (Decimal("44.44"), "decrease", 13)
    assert found[("收入总计 2019年决算数", "amount")] == (Decimal("28430000.00"), None, 43)
    assert found[("一、一般公共服务支出 2020年执行数 占调整预算%", "share_pct")][0] == Decimal("100.00")


# Written here: a page's fields above the table, a title ending with 表, the unit in 元, a two-row header
# whose second row splits the last column, a row without figures dropping its empty cells, and a row of
# figures that lost one (left out).
EXPENDITURE = """发布机构: |
某县财政局 |
2023年某县本级一般公共预算支出表 |
金额单位:元 |
|
科目 |
2022年决算数 |
2023年预算数 |
|
金额 |
比上年增减 |
|
一般公共服务支出 |
1200500.5 |
1300000 |
99499.5 |
国防支出 |
|
教育支出 |
800000 |
760000 |
-40000 |
科学技术支出 |
50000 |
-2000 |
合计 |
2050500.5 |
2060000 |
9499.5 |
"""


def test_label_rows_variant_written_here():
    records = parse_pipe_cells(split_lines(EXPENDITURE))
    found = {(r.label, r.field): (r.value, r.direction, r.source_line) for r in records
             if isinstance(r, StatedFigure)}
    assert found == {
        ("一般公共服务支出 2022年决算数", "amount"): (Decimal("1200500.50"), None, 14),
        ("一般公共服务支出 2023年预算数 金额", "amount"): (Decimal("1300000.00"), None, 15),
        ("一般公共服务支出 2023年预算数 比上年增减", "change"): (Decimal("99499.50"), "increase", 16),
        ("教育支出 2022年决算数", "amount"): (Decimal("800000.00"), None, 20),
        ("教育支出 2023年预算数 金额", "amount"): (Decimal("760000.00"), None, 21),
        ("教育支出 2023年预算数 比上年增减", "change"): (Decimal("40000.00"), "decrease", 22),
        ("合计 2022年决算数", "amount"): (Decimal("2050500.50"), None, 27),
        ("合计 2023年预算数 金额", "amount"): (Decimal("2060000.00"), None, 28),
        ("合计 2023年预算数 比上年增减", "change"): (Decimal("9499.50"), "increase", 29),
    }
    warnings = [r for r in records if isinstance(r, ParseWarning)]
    assert len(warnings) == 1 and warnings[0].context == "科学技术支出"


def test_label_rows_need_a_header_that_names_every_column():
    # the header names two columns, the rows hold three figures: nothing is placed
    text = EXPENDITURE.replace("|\n金额 |\n比上年增减 |\n", "")
    assert not [r for r in parse_pipe_cells(split_lines(text)) if isinstance(r, StatedFigure)]


def _bare(text: str) -> str:
    """The pipe-closed cells of ``text`` printed bare: an empty cell as a blank line."""
    return "\n".join(line[:-2] if line.endswith(" |") else "" if line == "|" else line for line in text.split("\n"))


def test_bare_cells_read_row_by_row_from_their_labels():
    """The same table with no pipes: each cell its own line, an empty cell a blank line (the header's
    rows split where blanks stand); 科学技术支出, a cell short, is left out, 国防支出 holds nothing."""
    from ingest.pipe_cells import parse_bare_cells

    records = parse_bare_cells(split_lines(_bare(EXPENDITURE)))
    found = {(r.label, r.field): (r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}
    assert found == {key: (value, line) for key, (value, _, line) in {
        (r.label, r.field): (r.value, r.direction, r.source_line)
        for r in parse_pipe_cells(split_lines(EXPENDITURE)) if isinstance(r, StatedFigure)
    }.items()}
    assert [r.context for r in records if isinstance(r, ParseWarning)] == ["科学技术支出"]


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_real_budget_execution_table_bare_cells_a_blank_line_after_each_row():
    """16 re-printed with bare cells and a blank line after each row: the file was rejected; now its rows
    with every cell filled are read (a row printed short, 房产税 1 1 1 100, is left out: which cell is
    missing cannot be told)."""
    from benchmarks.reprints import VARIANTS
    from ingest.document import parse_bytes

    text, origin = VARIANTS["tables one cell per line, a blank line after each row"](
        next(REAL.glob("16_*")).read_text("utf-8").split("\n"))
    document = parse_bytes(text.encode(), Path("16.txt"))
    found = {(r.label, r.field): (r.value, origin[r.source_line - 1])
             for r in document.records if isinstance(r, StatedFigure)}
    assert found[("上级专项转移支付收入 2020年执行数 比上年增长%", "change_pct")] == (Decimal("83.97"), 39)
    assert found[("收入总计 2020年执行数 金额", "amount")] == (Decimal("27820000.00"), 43)
    assert not [key for key in found if key[0].startswith("房产税")]


def test_bare_numbers_in_prose_or_a_list_are_no_table():
    from ingest.pipe_cells import parse_bare_cells

    text = "一、部门职责\n主要职责如下。\n1\n2\n3\n4\n5\n二、机构设置\n本部门下设科室。\n12\n8\n"
    assert parse_bare_cells(split_lines(text)) == []


def test_a_three_public_table_of_bare_cells_is_left_to_its_reader():
    """A 三公 table printed one bare cell per line is the 三公 reader's: no figure twice at a line."""
    _, records = parse_lines(split_lines(_bare(TABLE)), source_name="x.txt")
    at = [(r.source_line, r.value) for r in records if isinstance(r, StatedFigure)]
    assert len(at) == len(set(at))


def test_a_budget_execution_table_whose_figures_cannot_be_placed_is_recorded_not_rejected():
    """A page holding only a 预算执行情况表 whose cells cannot be laid over its header (here: a header of
    one column for rows of three figures) is loaded with the table present and a warning, not rejected."""
    from ingest.records import SectionStatus

    text = ("2020年\n某镇一般公共预算收入执行情况表\n单位:万元\n项目\n金额\n\n"
            "税收收入\n401\n431\n7.48\n\n增值税\n266\n292\n9.77\n")
    _, records = parse_lines(split_lines(text), source_name="x.txt")
    assert [r.section for r in records if isinstance(r, SectionStatus)] == ["table:某镇一般公共预算收入执行情况表"]
    assert not [r for r in records if isinstance(r, StatedFigure)]


def test_an_indicator_block_of_bare_cells_is_no_label_table():
    """A performance table printed one bare cell per line (the maoxian sample's, without its tabs): a
    goal's sentence above, operators and units as cells — no column is named by a sentence and no row
    by ``≥`` or ``%``, so nothing is read as a label's amount."""
    from ingest.pipe_cells import parse_bare_cells

    cells = ["单位:万元", "", "进一步健全常态化驻村工作机制,持续强化对驻村队伍的监督管理考核", "",
             "效益指标", "可持续发展指标", "帮扶机制持续", "≥", "100", "%", "", "20", "",
             "满意度指标", "帮扶对象满意度", "=", "100", "%", "", "70", "", "合计", "100", ""]
    assert [r for r in parse_bare_cells(split_lines("\n".join(cells))) if isinstance(r, StatedFigure)] == []
    guarded = [c for c in cells if c not in ("≥", "=", "%")]  # no operators: still no sentence as a column
    assert [r for r in parse_bare_cells(split_lines("\n".join(guarded))) if isinstance(r, StatedFigure)] == []


def test_the_bare_number_scan_finds_the_lines_the_pattern_without_its_lookahead_finds():
    # (BARE_NUMBER_RE's first character looked ahead for, for speed — the same lines)
    import re

    from ingest.pipe_cells import BARE_NUMBER_RE
    from ingest.text import lines_starting

    plain = re.compile(BARE_NUMBER_RE.pattern.removeprefix(r"(?=[ \d+\-−])"))
    assert plain.pattern != BARE_NUMBER_RE.pattern
    variants = ["12", " 12 ", "-3", "−3.5", "+4", "1,234.56", "12,34", "1.2.3", "a1", "\t7", "7\t", "  ", "",
                "１２", "-", "12万元", "|", " 0 "]
    texts = ["\n".join(variants), *(path.read_text(encoding="utf-8") for path in sorted(REAL.glob("*.txt"))[:40])]
    found = 0
    for text in texts:
        lines = split_lines(text)
        expected = [i for i, line in enumerate(lines) if plain.match(line.norm)]
        assert lines_starting(lines, BARE_NUMBER_RE) == expected
        found += len(expected)
    assert found > 20  # (a scan that finds nothing proves nothing)

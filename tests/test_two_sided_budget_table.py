"""A budget's 财政拨款收支总表 printed as separated rows, 收入 and 支出 side by side under a header naming the
label column twice (项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算), read by the
labels anchoring each side (ingest/two_sided_budget.py): the table as a web page prints it — empty cells
dropped, each row padded at its end — and variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS
from ingest.document import parse_lines
from ingest.pipe_cells import parse_pipe_cells
from ingest.records import ParseWarning, StatedFigure
from ingest.text import split_lines
from ingest.text_tables import label_columns, parse_text_tables
from ingest.two_sided_budget import LEFT, RIGHT, side_of

PAGE = """重庆市某区城市管理局2023 年部门预算情况说明
表一 | ||||||
财政拨款收支总表 | ||||||
单位:重庆市某区城市管理局 | 单位:万元 | |||||
收入 | 支出 | |||||
项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |
一、本年收入 | 24,268.22 | 一、本年支出 | 24,268.22 | 24,216.22 | 52.00 | |
一般公共预算资金 | 24,216.22 | 社会保障和就业支出 | 638.87 | 638.87 | ||
政府性基金预算资金 | 52.00 | 卫生健康支出 | 204.97 | 204.97 | ||
国有资本经营预算资金 | 节能环保支出 | 208.20 | 208.20 | |||
城乡社区支出 | 22,408.46 | 22,408.46 | ||||
农林水支出 | 136.23 | 84.23 | 52.00 | |||
交通运输支出 | 300.00 | 300.00 | ||||
二、上年结转 | 二、结转下年 | |||||
一般公共预算拨款 | ||||||
收入合计 | 24,268.22 | 支出合计 | 24,268.22 | 24,216.22 | 52.00 |
表二 | ||||
一般公共预算财政拨款支出预算表 | ||||
"""

# Every figure of the table, in 元 (万元 × 10000): the income side's 预算数, the spending side's 合计 and the
# parts the income side's funds place (国有资本经营预算资金 prints nothing and nothing is carried over: no
# spending under 国有资本经营预算; 政府性基金预算 has 52.00 to spend, so 638.87 is 一般公共预算's).
EXPECTED = {
    "一、本年收入 预算数": Decimal("242682200.00"),
    "一、本年支出 合计": Decimal("242682200.00"),
    "一、本年支出 一般公共预算": Decimal("242162200.00"),
    "一、本年支出 政府性基金预算": Decimal("520000.00"),
    "一般公共预算资金 预算数": Decimal("242162200.00"),
    "社会保障和就业支出 合计": Decimal("6388700.00"),
    "社会保障和就业支出 一般公共预算": Decimal("6388700.00"),
    "政府性基金预算资金 预算数": Decimal("520000.00"),
    "卫生健康支出 合计": Decimal("2049700.00"),
    "卫生健康支出 一般公共预算": Decimal("2049700.00"),
    "节能环保支出 合计": Decimal("2082000.00"),
    "节能环保支出 一般公共预算": Decimal("2082000.00"),
    "城乡社区支出 合计": Decimal("224084600.00"),
    "城乡社区支出 一般公共预算": Decimal("224084600.00"),
    "农林水支出 合计": Decimal("1362300.00"),
    "农林水支出 一般公共预算": Decimal("842300.00"),
    "农林水支出 政府性基金预算": Decimal("520000.00"),
    "交通运输支出 合计": Decimal("3000000.00"),
    "交通运输支出 一般公共预算": Decimal("3000000.00"),
    "收入合计 预算数": Decimal("242682200.00"),
    "支出合计 合计": Decimal("242682200.00"),
    "支出合计 一般公共预算": Decimal("242162200.00"),
    "支出合计 政府性基金预算": Decimal("520000.00"),
}


def table(records) -> dict[str, Decimal]:
    figures = [r for r in records if isinstance(r, StatedFigure)]
    found = {f.label: f.value for f in figures}
    assert len(found) == len(figures)  # no label read twice
    return found


def warnings(records) -> list[ParseWarning]:
    return [r for r in records if isinstance(r, ParseWarning)]


def tabs(text: str) -> str:
    """Each row's cells separated by tabs (a TSV copy), its padding kept."""
    return "\n".join("\t".join(c.strip() for c in line.split("|")) if "|" in line else line
                     for line in text.splitlines())


def one_cell_per_line(text: str) -> str:
    """Each cell on its own line closed by `` |``, an empty cell a ``|`` alone (a web page's table as text)."""
    out = []
    for line in text.splitlines():
        if "|" not in line:
            out.append(line)
            continue
        cells = [c.strip() for c in line.split("|")][:-1]
        out.extend(f"{c} |" if c else "|" for c in cells)
    return "\n".join(out)


def test_page_as_printed_every_side_read_by_its_labels():
    records = parse_text_tables(split_lines(PAGE))
    assert table(records) == EXPECTED
    assert not warnings(records)


def test_page_as_printed_figures_at_their_rows_and_metrics_of_the_first_columns():
    figures = {f.label: f for f in parse_text_tables(split_lines(PAGE)) if isinstance(f, StatedFigure)}
    assert figures["城乡社区支出 合计"].value == Decimal("224084600.00")  # 22,408.46 万元
    assert figures["城乡社区支出 合计"].source_line == 11
    assert figures["一、本年收入 预算数"].value == Decimal("242682200.00")  # 24,268.22 万元
    assert figures["一、本年收入 预算数"].metric == "income_current_year"
    assert figures["一、本年支出 合计"].metric == "expenditure_current_year"
    assert figures["一、本年支出 一般公共预算"].metric is None  # a part: no metric of its row's total
    assert all(f.field == "amount" and f.unit == "yuan" and f.ulp == Decimal("100.00") for f in figures.values())
    # the income side's empty 预算数 (国有资本经营预算资金) takes no spending figure
    assert not [label for label in figures if label.startswith("国有资本经营预算资金")]


def test_page_as_printed_in_a_document_no_warning_that_the_header_does_not_fit():
    _, records = parse_lines(split_lines(PAGE), "page.txt", "utf-8")
    assert table(records) == EXPECTED
    assert not [w for w in warnings(records) if "could not be laid" in w.message]


def test_variant_tab_separated():
    assert table(parse_text_tables(split_lines(tabs(PAGE)))) == EXPECTED


def test_variant_one_cell_per_line_closed_by_pipes():
    text = one_cell_per_line(PAGE)
    records = parse_pipe_cells(split_lines(text))
    assert table(records) == EXPECTED
    lines = text.splitlines()  # each figure at its own cell's line
    by_label = {f.label: f.source_line for f in records if isinstance(f, StatedFigure)}
    assert lines[by_label["城乡社区支出 合计"] - 1] == "22,408.46 |"
    assert lines[by_label["农林水支出 政府性基金预算"] - 1] == "52.00 |"


def test_variant_one_cell_per_line_in_a_document():
    _, records = parse_lines(split_lines(one_cell_per_line(PAGE)), "page.txt", "utf-8")
    assert table(records) == EXPECTED


KEPT = """单位:万元
收入 | | 支出 | | | |
项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算 |
一、本年收入 | 24,268.22 | 一、本年支出 | 24,268.22 | 24,216.22 | 52.00 | |
一般公共预算资金 | 24,216.22 | 社会保障和就业支出 | 638.87 | 638.87 | | |
政府性基金预算资金 | 52.00 | 卫生健康支出 | 204.97 | 204.97 | | |
国有资本经营预算资金 | | 节能环保支出 | 208.20 | 208.20 | | |
 | | 城乡社区支出 | 22,408.46 | 22,408.46 | | |
 | | 农林水支出 | 136.23 | 84.23 | 52.00 | |
 | | 交通运输支出 | 300.00 | 300.00 | | |
二、上年结转 | | 二、结转下年 | | | | |
收入合计 | 24,268.22 | 支出合计 | 24,268.22 | 24,216.22 | 52.00 | |
"""


def test_variant_no_dropped_cells():
    records = parse_text_tables(split_lines(KEPT))
    assert table(records) == EXPECTED
    assert not warnings(records)


def test_variant_no_dropped_cells_each_part_in_its_column():
    # a page keeping its empty cells: a figure stands in its own column, whatever the bounds would allow
    text = KEPT.replace(" | | 交通运输支出 | 300.00 | 300.00 | | |", " | | 交通运输支出 | 52.00 | | 52.00 | |")
    found = table(parse_text_tables(split_lines(text)))
    assert found["交通运输支出 政府性基金预算"] == Decimal("520000.00")
    assert "交通运输支出 一般公共预算" not in found


THREE_FUNDS = """单位:万元
收入 | 支出
项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算
一、本年收入 | 300.00 | 一、本年支出 | 300.00 | 100.00 | 100.00 | 100.00
一般公共预算资金 | 100.00 | 教育支出 | 150.00 | 50.00 | 50.00 | 50.00
政府性基金预算资金 | 100.00 | 农林水支出 | 90.00 | 40.00 | 50.00
国有资本经营预算资金 | 100.00 | 交通运输支出 | 60.00 | 10.00 | 50.00
收入合计 | 300.00 | 支出合计 | 300.00 | 100.00 | 100.00 | 100.00
"""


def test_variant_row_dropping_a_part_in_the_middle_leaves_its_parts_out():
    # 农林水支出 prints two parts of three: 40 + 50 = 90 on any two columns, every fund has 100 to spend —
    # which part each figure is cannot be told
    records = parse_text_tables(split_lines(THREE_FUNDS))
    found = table(records)
    assert found["农林水支出 合计"] == Decimal("900000.00")
    assert not [label for label in found if label.startswith("农林水支出 ") and label != "农林水支出 合计"]
    assert found["教育支出 政府性基金预算"] == Decimal("500000.00")  # a row filling every part column
    assert found["支出合计 国有资本经营预算"] == Decimal("1000000.00")
    assert [w.source_line for w in warnings(records)] == [6, 7]
    assert all("cannot be told" in w.message for w in warnings(records))


def test_variant_parts_placed_where_a_total_row_bounds_them():
    # 国有资本经营预算 spends nothing (its total row prints 0.00): 40 + 50 can stand one way only
    text = (THREE_FUNDS.replace("| 100.00 | 100.00 | 100.00", "| 150.00 | 150.00 | 0.00")
            .replace("国有资本经营预算资金 | 100.00", "国有资本经营预算资金 | 0.00")
            .replace("教育支出 | 150.00 | 50.00 | 50.00 | 50.00", "教育支出 | 150.00 | 100.00 | 50.00 | 0.00")
            .replace("一般公共预算资金 | 100.00", "一般公共预算资金 | 150.00")
            .replace("政府性基金预算资金 | 100.00", "政府性基金预算资金 | 150.00"))
    found = table(parse_text_tables(split_lines(text)))
    assert found["农林水支出 一般公共预算"] == Decimal("400000.00")
    assert found["农林水支出 政府性基金预算"] == Decimal("500000.00")
    assert "农林水支出 国有资本经营预算" not in found


def test_variant_parts_that_do_not_add_up_are_left_out():
    text = THREE_FUNDS.replace("交通运输支出 | 60.00 | 10.00 | 50.00", "交通运输支出 | 60.00 | 10.00 | 40.00")
    records = parse_text_tables(split_lines(text))
    found = table(records)
    assert found["交通运输支出 合计"] == Decimal("600000.00")
    assert "交通运输支出 一般公共预算" not in found and "交通运输支出 政府性基金预算" not in found
    assert 7 in [w.source_line for w in warnings(records)]


def test_variant_yuan():
    found = table(parse_text_tables(split_lines(PAGE.replace("单位:万元", "单位:元"))))
    assert found["城乡社区支出 合计"] == Decimal("22408.46")
    assert found["一、本年收入 预算数"] == Decimal("24268.22")
    assert {label: value * 10000 for label, value in found.items()} == EXPECTED


def test_variant_full_width_punctuation():
    text = PAGE.replace(":", "：").replace(",", "，").replace("|", "｜").replace(".", "．")
    assert table(parse_text_tables(split_lines(text))) == EXPECTED


def test_variant_no_unit_reads_no_amount():
    records = parse_text_tables(split_lines(PAGE.replace("单位:万元", "")))
    assert not table(records)


@pytest.mark.parametrize(
    ("label", "side"),
    [
        ("一、本年收入", LEFT), ("一般公共预算资金", LEFT), ("二、上年结转", LEFT), ("收入合计", LEFT),
        ("一般公共预算拨款", LEFT), ("一、本年支出", RIGHT), ("社会保障和就业支出", RIGHT), ("二、结转下年", RIGHT),
        ("支出合计", RIGHT), ("预备费", RIGHT), ("合计", None), ("表二", None),
    ],
)
def test_side_of_a_label(label, side):
    assert side_of(label) == side


@pytest.mark.parametrize(
    ("header", "second"),
    [
        (("项目", "预算数", "项目", "合计", "一般公共预算"), 2),
        (("项 目", "预算数", "项 目", "预算数"), 2),
        (("收入项目", "预算数", "支出项目", "预算数"), None),  # (the separated-row reader's two halves)
        (("项目", "合计", "基本支出", "项目支出"), None),
        (("科目", "预算数", "项目", "预算数"), None),
    ],
)
def test_header_with_two_label_columns(header, second):
    assert label_columns(header) == second


def test_second_label_column_over_numbers_is_one_table():
    text = "单位:万元\n项目 | 预算数 | 项目 | 决算数\n一、财政拨款 | 100.00 | 80.00 | 20.00\n"
    found = table(parse_text_tables(split_lines(text)))
    assert found["一、财政拨款 决算数"] == Decimal("200000.00")


# The same table as other copies print it: lined up with spaces, one space between cells, one bare cell per line.
def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().rstrip("|").split("|")]


def lined_up(text: str, gap: int = 2) -> str:
    """Each row's cells padded to their column's widest cell and ``gap`` spaces (``pdftotext -layout``), its
    padding (the empty cells after its last) gone: only where the cells stand is left."""
    rows = {k: _cells(line) for k, line in enumerate(text.splitlines()) if "|" in line}
    widths: dict[int, int] = {}
    for cells in rows.values():
        for c, cell in enumerate(cells):
            widths[c] = max(widths.get(c, 0), len(cell))
    return "\n".join(
        "".join(cell.ljust(widths[c] + gap) for c, cell in enumerate(rows[k])).rstrip() if k in rows else line
        for k, line in enumerate(text.splitlines()))


def single_spaced(text: str) -> str:
    """Each row's cells joined by one space, its empty cells dropped (``pdftotext`` without ``-layout``)."""
    return "\n".join(" ".join(c for c in _cells(line) if c) if "|" in line else line for line in text.splitlines())


def bare_cells(text: str) -> str:
    """Each cell on a line of its own, an empty cell a blank line, a blank line after each row (a Word table
    copied)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend([*_without_padding(_cells(line)), ""] if "|" in line else [line])
    return "\n".join(out)


def _without_padding(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


@pytest.mark.parametrize("gap", [2, 4])
def test_variant_lined_up_with_spaces_its_unit_on_its_first_row(gap):
    """Lined up with spaces, the table's unit is declared on its block's first row (``单位:某局   单位:万元``:
    two cells, no header) and its labels-only row (``二、上年结转   二、结转下年``) starts no next table."""
    _, records = parse_lines(split_lines(lined_up(PAGE, gap)), "page.txt", "utf-8")
    assert table(records) == EXPECTED


def test_variant_one_space_between_cells():
    """One space between the cells, empty cells dropped: each cell a token (labels hold no space), cut at the labels
    and read as the separated rows are — the parts placed by the arithmetic."""
    text = single_spaced(PAGE)
    assert "城乡社区支出 22,408.46 22,408.46" in text.splitlines()
    _, records = parse_lines(split_lines(text), "page.txt", "utf-8")
    assert table(records) == EXPECTED


def test_variant_one_space_between_cells_a_label_holding_a_space_is_left_out():
    """``城乡 社区支出 22,408.46 22,408.46``: two words side by side, one naming no side — one label holding a space,
    or an income label and a spending one, cannot be told: the row is left out with a warning, never read as
    ``社区支出``'s figures under a label cut in two."""
    text = single_spaced(PAGE.replace("城乡社区支出 |", "城乡 社区支出 |"))
    _, records = parse_lines(split_lines(text), "page.txt", "utf-8")
    found = table(records)
    assert not [label for label in found if "社区支出" in label or label.startswith("城乡")]
    assert found["农林水支出 政府性基金预算"] == EXPECTED["农林水支出 政府性基金预算"]
    assert [w for w in warnings(records) if "cannot be told" in w.message and w.source_line == 11]


def test_variant_one_space_between_cells_parts_that_cannot_be_placed_are_left_out():
    records = parse_lines(split_lines(single_spaced(THREE_FUNDS)), "page.txt", "utf-8")[1]
    found = table(records)
    assert found["农林水支出 合计"] == Decimal("900000.00")
    assert not [label for label in found if label.startswith("农林水支出 ") and label != "农林水支出 合计"]
    assert found["教育支出 政府性基金预算"] == Decimal("500000.00")


def test_variant_bare_cells_a_blank_line_after_each_row():
    """One bare cell per line, an empty cell and a row's end both a blank line: cut at the labels, the blanks no
    cells (the parts placed by the arithmetic) — not read under the 收入 | 支出 row above the header."""
    _, records = parse_lines(split_lines(bare_cells(PAGE)), "page.txt", "utf-8")
    found = table(records)
    assert not [label for label in found if label.endswith((" 收入", " 支出"))]
    # (the income side's three figures as the label-value reader names them: 本年收入 for 一、本年收入 预算数 …)
    named = {"本年收入": "一、本年收入 预算数", "一般公共预算资金": "一般公共预算资金 预算数",
             "政府性基金预算资金": "政府性基金预算资金 预算数"}
    assert {named.get(label, label): value for label, value in found.items()} == EXPECTED


REAL_PAGE = Path(__file__).parent / "fixtures" / "pages" / "dazu-cgj-2023-budget-two-sided-dropped-cells.txt"


@pytest.mark.parametrize("variant", ["tables lined up with spaces (characters)",
                                     "tables lined up with spaces (display columns)",
                                     "tables with one space between cells",
                                     "tables one cell per line, a blank line after each row"])
def test_the_real_page_reprinted(variant):
    """大足区城市管理局 2023 财政拨款收支总表 (the page the table above is written after) re-printed as other
    copies print it: the spending side's figures as on the page (its 合计 and the parts the arithmetic places)."""
    text, origin = VARIANTS[variant](REAL_PAGE.read_text("utf-8").split("\n"))
    _, records = parse_lines(split_lines(text), REAL_PAGE.name, "utf-8")
    at = {(origin[f.source_line - 1] if origin else f.source_line, f.label): f.value
          for f in records if isinstance(f, StatedFigure)}
    assert at[(26, "农林水支出 合计")] == Decimal("1362300.00")
    assert at[(26, "农林水支出 一般公共预算")] == Decimal("842300.00")
    assert at[(26, "农林水支出 政府性基金预算")] == Decimal("520000.00")
    assert at[(21, "一、本年支出 政府性基金预算")] == Decimal("520000.00")
    assert at[(34, "支出合计 一般公共预算")] == Decimal("242162200.00")
    assert at[(25, "城乡社区支出 合计")] == Decimal("224084600.00")

"""The one reader of a table's row printed with single spaces (ingest/single_space_rows.py) that the sum rows
(ingest/sum_rows.py) and the comparison rows (ingest/change_rows.py) share: a label, its last numbers, then
words or a closing pipe where the reader allows them."""

from __future__ import annotations

from pathlib import Path

from ingest.change_rows import _row as change_row
from ingest.single_space_rows import spaced_row
from ingest.sum_rows import _row as sum_row
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_a_comparison_row_of_a_real_page():
    # 达川区中医院 2017 收支对比表: ``1. 财政补助收入 6909800 55508400 48598600 703.33%``
    lines = split_lines((PAGES / "dachuan-zyy-2017-hospital-comparison.txt").read_text("utf-8"))
    row = next(line.norm for line in lines if "财政补助收入" in line.norm and "%" in line.norm)
    assert change_row(row) == ("1. 财政补助收入", ["6909800", "55508400", "48598600", "703.33"])


def test_the_parts_of_a_row():
    row = spaced_row("合 计 213.4 259", 2)
    assert (row.label, row.numbers, row.tail, row.spaced) == ("合 计", ("213.4", "259"), None, True)
    glued = spaced_row("收入6909800 55508400 48598600 703.33 %|", 4, pipe=True)
    assert (glued.label, glued.spaced) == ("收入", False)
    assert glued.numbers == ("6909800", "55508400", "48598600", "703.33 %")
    assert spaced_row("收入 10 20 30 5% 说明", 4) is None and spaced_row("收入 10 20 30 5%|", 4) is None
    assert spaced_row("县级资金 10 20 按每人2000元测算", 2, tail=True).tail == "按每人2000元测算"
    assert spaced_row("培训 1.5万人次 10 20", 2).label == "培训 1.5万人次"  # (a number run into words is a label's)


def test_each_reader_says_what_its_numbers_may_be():
    assert change_row("收入 −1,234.5 20 30 5 %") == ("收入", ["−1,234.5", "20", "30", "5"])
    assert change_row("收入 10% 20 30 5%") is None  # (only the rate is a percentage)
    assert sum_row("合 计 213.4 259", 2, False) == ("合 计", ["213.4", "259"])
    assert sum_row("县级资金 10 20 30", 2, True) == ("县级资金", ["10", "20"])  # (30: the text column's)
    for row in ("合计 1,234 259", "合计 -5 10", "合计10 20", "第2批 10 20"):
        assert sum_row(row, 2, False) is None  # (plain numbers only, after a label of words apart from them)


def test_a_row_padded_with_runs_of_spaces_is_cut_as_one_with_single_spaces():
    """A table lined up in display columns pads its cells with runs of spaces, and a line of padding may hold
    hundreds (the 巴州 sample re-printed so: a line of ~1,000 characters took 7 s to be found no row, the
    spaces tried every way; possessive spaces cut it at once — the time is the crash scan's, RESULTS.md). Here:
    the possessive spaces cut such a row as the single-spaced one is cut, a 5 % apart from its sign too."""
    padded = " " * 300 + "合    计" + " " * 200 + "213.4" + " " * 150 + "259" + " " * 100 + "|"
    row = spaced_row(padded, 2, pipe=True)
    assert (row.label, row.numbers, row.spaced) == ("合    计", ("213.4", "259"), True)
    assert spaced_row(" " * 300 + "说明" + " " * 300 + "无" + " " * 300, 2, pipe=True) is None
    assert spaced_row("收入" + " " * 50 + "5" + " " * 40 + "%" + " " * 30 + "6 %", 2).numbers == (
        "5" + " " * 40 + "%", "6 %"
    )


def test_a_unit_label_padded_with_runs_of_spaces_names_its_unit():
    """The same for a sheet's head fields lined up in display columns (``实施单位`` then hundreds of spaces, then
    the unit): the unit is read as from a single space (ingest/identity.py's labelled unit cell)."""
    from ingest.identity import IMPLEMENTING_UNIT_RE

    for gap in (" ", " " * 300, " |" + " " * 200):
        head = "主管部门 某市林业局" + " " * 50 + "实施单位" + gap + "某市林业科学研究所" + " " * 80
        found = IMPLEMENTING_UNIT_RE.search(head)
        assert found is not None and found.group("name") == "某市林业科学研究所", gap

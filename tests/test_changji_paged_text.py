"""Line numbers a reviewer can follow: the 昌吉州 final account extracted with page breaks.

Text extracted from PDFs (pdftotext and most other tools) carries a form feed at every page
break. The figures of such a file must point at the line ``grep -n`` and editors show, and at
the page counted from the form feeds. The copy below is the 昌吉州 sample with page breaks
written both ways extractors write them: a line holding only ``\\f``, and ``\\f`` in front of a
page's first line.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CHANGJI

from ingest.document import parse_path
from ingest.records import Record
from ingest.text import split_lines

# Original lines (1-based) before which a page break is written as a line holding only "\f".
FORM_FEED_LINES_BEFORE = (60, 100, 150, 200, 300, 450)
# Original lines whose text starts with "\f" (pdftotext's way: the page's first line).
FORM_FEED_PREFIXED = (250, 550)

# A dozen figures: (record type, line in the original sample, text printed on that line,
#                   grep -n line in the paged copy, page counted from the form feeds).
FIGURES = [
    ("metric", 91, "收入总计 1,852.62 万元", 92, 2),  # income_total
    ("metric", 109, "财政拨款支出总计 1,725.94 万元", 111, 3),  # fiscal_expenditure_current_year
    ("functional_item", 125, "其他支出(类)66.40 万元,占 3.84%", 127, 3),
    ("functional_item", 139, "信息化建设(项):支出决算数为 20.00 万元", 141, 3),
    ("functional_item", 153, "其他就业补助支出(项)：支出决算数为 54.62 万元", 156, 4),
    ("functional_item", 167, "其他支出(项):支出决算数为 66.40 万元", 170, 4),
    ("metric", 181, "人员经费 1,188.72 万元", 184, 4),
    ("metric", 219, "授予中小企业合同金额 201.61 万元", 223, 5),
    ("metric", 223, "车辆 7 辆", 227, 5),
    ("project_funding", 265, "年度资金总额\t20.00\t20.00\t19.76", 269, 6),
    ("project", 499, "项目名称\t\t社保基金监督检查审计经费", 505, 8),
    ("indicator", 600, "继续教育公需科目网络培训课程\t<=28.80万元\t28.6万元", 606, 9),
]


def _paged_copy(target: Path) -> Path:
    """The 昌吉州 sample with page breaks inserted; returns its path."""
    out: list[str] = []
    for number, line in enumerate(CHANGJI.read_text(encoding="utf-8").split("\n"), start=1):
        if number in FORM_FEED_LINES_BEFORE:
            out.append("\f")
        out.append("\f" + line if number in FORM_FEED_PREFIXED else line)
    target.write_text("\n".join(out), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _paged_copy(tmp_path_factory.mktemp("paged") / "changji-paged.txt")


def _grep_n(pattern: str, path: Path) -> int:
    """The line ``grep -n -F`` prints for ``pattern`` (which must occur on exactly one line)."""
    out = subprocess.run(["grep", "-n", "-F", pattern, str(path)], capture_output=True, text=True, check=True)
    hits = out.stdout.splitlines()
    assert len(hits) == 1, hits
    return int(hits[0].split(":", 1)[0])


def _record(records: list[Record], record_type: str, line: int) -> Record:
    return next(r for r in records if r.record_type == record_type and r.source_line == line)


@pytest.mark.skipif(shutil.which("grep") is None, reason="grep is not installed")
@pytest.mark.parametrize(("record_type", "original_line", "printed", "paged_line", "page"), FIGURES)
def test_a_figure_points_at_the_line_grep_shows_and_its_page(
    paged: Path, record_type: str, original_line: int, printed: str, paged_line: int, page: int
) -> None:
    original = _record(parse_path(CHANGJI).all_records, record_type, original_line)
    assert original.source_page is None  # the sample has no form feed: no page
    assert _grep_n(printed, CHANGJI) == original_line
    records = parse_path(paged).all_records
    moved = _record(records, record_type, paged_line)
    assert _grep_n(printed, paged) == paged_line
    assert moved.source_page == page
    # The same record, only moved: every field but the provenance (its lines, its figures' lines) is unchanged.
    assert {**moved.to_dict(), "source_line": 0, "source_page": 0, "value_lines": 0} == {
        **original.to_dict(), "source_line": 0, "source_page": 0, "value_lines": 0
    }


def test_every_record_of_a_paged_text_has_its_page_and_grep_line(paged: Path) -> None:
    original = parse_path(CHANGJI).all_records
    records = parse_path(paged).all_records
    assert len(records) == len(original)
    inserted = sorted(FORM_FEED_LINES_BEFORE)
    for before, after in zip(original, records, strict=True):
        shift = sum(1 for line in inserted if line <= before.source_line)
        assert after.source_line == before.source_line + shift
        assert after.source_page is not None and after.source_page >= 1
    assert records[0].source_page == 1  # identity: the department is named on the cover


def test_lines_break_only_where_editors_break_them() -> None:
    """\\n, \\r\\n and a lone \\r end a line; \\f is a page break; \\v, \\x85, U+2028 stay in the text."""
    lines = split_lines("一\r\n二\r三\n\f四\n五\f六\n七\v八\x85九\u2028十\n")
    assert [(line.number, line.page, line.text) for line in lines] == [
        (1, 1, "一"),
        (2, 1, "二"),
        (3, 1, "三"),
        (4, 2, "四"),
        (5, 2, "五六"),  # a form feed inside a line: the following lines are on the next page
        (6, 3, "七\v八\x85九\u2028十"),
    ]
    assert [line.page for line in split_lines("一\n二\n")] == [None, None]
    assert [line.number for line in split_lines("一\n\n三")] == [1, 2, 3]

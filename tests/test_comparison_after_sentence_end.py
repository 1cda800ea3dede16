"""A sentence opening by comparing with another year and naming no subject (``同比上年度增加189.25万元``,
``比2021年预算增加654万元``) continues the paragraph before it, where a PDF's wrap (or a web page's paragraph)
falls after the ``。`` that ends its subject's sentence (ingest/final_accounts/paragraphs.py): its figures are
its subject's, as where both sentences share a line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.reprints import wrapped_at_sentence_ends
from ingest.document import parse_lines
from ingest.records import StatedFigure
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
# The corpus's 南县政协 page: 1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。其中:…
NANXIAN = next(iter(sorted(REAL.glob("36_hunan_nanxian-zhengxie_*.txt"))), None)


def _figures(text: str) -> set[tuple[str, str, Decimal, int]]:
    _, records = parse_lines(split_lines(text), "page.txt", "utf-8")
    return {(r.label, r.field, r.value, r.source_line) for r in records if isinstance(r, StatedFigure)}


@pytest.mark.skipif(NANXIAN is None, reason="../shared/real-documents not present")
def test_real_page_wrapped_after_each_sentence_reads_its_comparisons_under_their_subject():
    lines = NANXIAN.read_text("utf-8").split("\n")
    as_printed = _figures("\n".join(lines))
    text, origin = wrapped_at_sentence_ends(lines)
    wrapped = {(label, field, value, origin[line - 1]) for label, field, value, line in _figures(text)}
    assert ("收入", "change", Decimal("1892500.00"), 12) in as_printed
    assert ("收入", "change", Decimal("1892500.00"), 12) in wrapped
    assert ("收入", "change_pct", Decimal("31.39"), 12) in wrapped
    assert wrapped == as_printed


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2022年基本支出3736.92万元。", "比2021年预算增加654万元,增长9%。"),
        ("2022年基本支出3736.92万元。", "较上年增加654万元,增长9%。"),  # another wording
        ("2022年基本支出37369200.00元。", "与上年相比,增加6540000.00元,增长9%。"),  # in 元
        ("２０２２年基本支出３７３６．９２万元。", "同比上年度增加６５４万元，增长９％。"),  # full-width
    ],
)
def test_variant_comparison_on_the_line_after_its_subject(first, second):
    figures = _figures(f"（一）基本支出\n{first}\n{second}\n")
    assert ("基本支出", "change", Decimal("6540000.00"), 3) in {(label, field, value, line)
                                                               for label, field, value, line in figures}


def test_a_sentence_naming_its_own_subject_is_not_joined_to_the_one_before():
    figures = _figures("（一）基本支出\n2022年基本支出3736.92万元。\n项目支出比上年增加654万元。\n")
    assert not [f for f in figures if f[0] == "基本支出" and f[1] == "change"]

"""A count in 个 followed by a one-character noun that closes its clause (112个班、) is a count of that noun, not of the
words before it: left out with a warning, never read as the label's (在校学生 = 112)."""

from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.records import ParseWarning, StatedFigure

HELDOUT_26T = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout" / "26t" / "text"


def _figures(text: str):
    text += "\n本年支出合计100.00万元。\n"  # (a figure the page is read for)
    records = parse_bytes(text.encode("utf-8"), Path("page.txt")).records
    return ([r for r in records if isinstance(r, StatedFigure)],
            [r for r in records if isinstance(r, ParseWarning) and "one-character noun" in r.message])


def test_the_real_page_reads_no_students_count_of_classes():
    page = next(HELDOUT_26T.glob("02_henan_*.txt")).read_text("utf-8")
    figures, warnings = _figures(page)
    assert not [f for f in figures if f.label and "在校学生" in f.label and f.value == 112]
    assert [w.source_line for w in warnings] and {w.source_line for w in warnings} == {3}
    # (the counts named by the noun after them are still read: 现有初中教学班37个, 高中教学班75个)
    assert {(f.label, int(f.value)) for f in figures if f.source_line == 3 and f.unit == "个"} >= {
        ("现有初中教学班", 37), ("高中教学班", 75)}


@pytest.mark.parametrize("sentence", [
    "某中学2022年度部门决算。全校在校学生48个班,2100人。",
    "某中学2022年度部门决算。在校学生 48 个班、2100人;",
    "某镇2022年度部门决算。全镇辖区15个村。",
])
def test_a_count_of_the_noun_after_it_is_no_figure_of_the_words_before(sentence):
    figures, warnings = _figures(sentence)
    assert not [f for f in figures if f.unit == "个"], figures
    assert warnings


def test_a_duration_in_months_or_people_is_no_count_of_a_noun():
    _, warnings = _figures("某县水利局2022年度项目支出绩效自评报告。项目工期6个月,已完工;参与培训40个人。")
    assert not warnings

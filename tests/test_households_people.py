"""A count of households followed straight by the count of their people (``该项目涉及1087户3261人``,
``受益对象:1087户3261人``) states both of the label's counts — not a flattened table's cells run together, which
the prose reader leaves out; a label that names the households (``贫困户数不低于552户1186人``) names no people, and
those stay left out (临河区水利局 2025, a mirror's page in traditional characters with pinyin glosses; held-out batch
26p).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import StatedFigure

PAGE = Path(__file__).parent / "fixtures" / "pages" / "linhe-slj-2025-project-notice-households-people.txt"


def counts(records) -> set[tuple[int, str, Decimal, str]]:
    return {(r.source_line, r.label, r.value, r.unit) for r in records if isinstance(r, StatedFigure)}


def test_real_page_households_and_people():
    found = counts(parse_path(PAGE).records)
    assert (10, "该项目涉及", Decimal("1087"), "户") in found
    assert (10, "该项目涉及", Decimal("3261"), "人") in found
    assert {(line, value, unit) for line, _, value, unit in found if line == 12} >= {
        (12, Decimal("1087"), "户"), (12, Decimal("3261"), "人")}


HEAD = "某县2025年某项目实施方案公示\n\n"


@pytest.mark.parametrize(
    ("line", "label", "households", "people"),
    [
        ("受益对象:526户1890人。", "受益对象", "526", "1890"),
        ("受益对象：526户1890人；", "受益对象", "526", "1890"),  # full-width
        ("项目建成后惠及群众526户 1890人,改善饮水条件。", "惠及群众", "526", "1890"),  # a space between
    ],
)
def test_households_then_people_variants(line, label, households, people):
    found = counts(parse_bytes((HEAD + line + "\n").encode(), Path("x.txt")).records)
    # (the label as the prose reader reads it: the title above may run into it)
    assert {(line, value, unit) for line, named, value, unit in found if named.endswith(label)} == {
        (3, Decimal(households), "户"), (3, Decimal(people), "人")}


def test_households_then_people_wrapped():
    text = HEAD + "项目建成后受益对象共526户\n1890人,改善饮水条件。\n"
    found = counts(parse_bytes(text.encode(), Path("x.txt")).records)
    assert {(value, unit) for _, _, value, unit in found} >= {(Decimal("526"), "户"), (Decimal("1890"), "人")}
    assert [line for line, _, value, _ in found if value == Decimal("1890")] == [4]


@pytest.mark.parametrize("line", ["受益贫困户数不低于552户1186人。", "惠及农户526户1890人。"])
def test_a_label_naming_households_names_no_people(line):
    records = parse_bytes((HEAD + line + "\n").encode(), Path("x.txt")).records
    assert not [value for _, _, value, unit in counts(records) if unit == "人"]


def test_people_then_money_is_still_run_on():
    """Only 户 then 人: other figures run together stay left out (a table's cells)."""
    records = parse_bytes((HEAD + "培训人数300人150万元。\n").encode(), Path("x.txt")).records
    assert Decimal("1500000") not in {value for _, _, value, _ in counts(records)}


def test_households_after_another_count_of_the_clause_stay_as_before():
    """33个行政村26113户97401人: the households' label is the villages' noun — their people are left out, as before."""
    records = parse_bytes((HEAD + "解决全县33个行政村26113户97401人出行难问题。\n").encode(), Path("x.txt")).records
    assert Decimal("97401") not in {value for _, _, value, _ in counts(records)}

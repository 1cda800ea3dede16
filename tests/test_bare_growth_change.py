"""A 三公 item's figure printed with its growth but without 增加 in a paragraph comparing with the prior year
(``公务用车购置及运行费支出决算174,732.10元,增长176.55%``) is the item's change where arithmetic says so: the amount
stated elsewhere (273,702.10元) is the prior year's (change ÷ rate) plus the change. Read before as a second,
contradicting 决算 amount of the item (a page of the nineteenth session's batch, 寻甸县 农业农村局)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Metric, StatedFigure

PAGE = Path(__file__).parent / "fixtures" / "pages" / "xundian-nyncj-2022-three-public-final.txt"


def vehicle(records) -> list[Metric]:
    return [r for r in records if isinstance(r, Metric) and r.metric == "three_public_vehicle" and r.stage == "final"]


def test_real_page_bare_growth_is_the_change():
    records = parse_path(PAGE).records
    [metric] = vehicle(records)
    assert (metric.value, metric.change_value, metric.growth_pct) == (
        Decimal("273702.10"), Decimal("174732.10"), Decimal("176.55"))
    stated = {(r.field, r.value) for r in records if isinstance(r, StatedFigure) and r.source_line == 5
              and r.metric == "three_public_vehicle"}
    assert stated == {("change", Decimal("174732.10")), ("change_pct", Decimal("176.55"))}


TITLE = "某县农业农村局2022年度“三公”经费支出决算情况说明\n一、“三公”经费支出决算总体情况\n"
TOTALS = ("2022年度“三公”经费支出决算为{total}万元。其中:因公出国(境)费支出决算为0万元;"
          "公务用车购置及运行费支出决算为{vehicle}万元;公务接待费支出决算为{reception}万元。\n")


@pytest.mark.parametrize(
    ("vehicle_amount", "sentence", "change"),
    [
        ("27.37", "公务用车购置及运行费支出决算17.47万元,增长176.55%", "17.47"),
        ("27.37", "公务用车购置及运行费支出决算17.47万元，增长176.55%", "17.47"),  # full-width comma
        ("9.90", "公务用车购置及运行费支出决算9.60万元,下降49.23%", "-9.60"),  # 9.90 = 19.50 − 9.60
    ],
)
def test_bare_growth_change_variants(vehicle_amount, sentence, change):
    text = (TITLE + TOTALS.format(total="40.00", vehicle=vehicle_amount, reception="12.63")
            + "2022年度“三公”经费支出决算数比2021年增加5.00万元,增长14.29%。其中:因公出国(境)费支出决算增加0万元;"
            + sentence + ";公务接待费支出决算增加1.00万元。\n")
    [metric] = vehicle(parse_bytes(text.encode(), Path("x.txt")).records)
    assert metric.value == Decimal(vehicle_amount) * 10000
    assert metric.change_value == Decimal(change) * 10000


def test_bare_growth_not_settled_stays_as_printed():
    """Where the arithmetic does not hold, the figure is not taken for the change (read as before)."""
    text = (TITLE + TOTALS.format(total="40.00", vehicle="27.37", reception="12.63")
            + "2022年度“三公”经费支出决算数比2021年增加5.00万元,增长14.29%。其中:"
            + "公务用车购置及运行费支出决算17.47万元,增长10.00%;公务接待费支出决算增加1.00万元。\n")
    metrics = vehicle(parse_bytes(text.encode(), Path("x.txt")).records)
    assert all(m.change_value is None for m in metrics), metrics

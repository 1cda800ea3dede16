"""A stated figure an indicator read at its line is not kept twice (ingest/document.py, ``_indicator_figures_read``):
the same number, printed by the indicator in the figure's unit or with none — a table row the sentence reader takes
for prose. The same number of other things on a line that states several (a page flattened onto one line, a footnote
beside a row) is another figure, and is kept; so is one equal to the precision (ulp) of a figure read there."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import _figures_read, _indicator_figures_read, parse_path
from ingest.records import Indicator, Metric, StatedFigure

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "sample-documents"


def _indicator(name: str, actual: str | None, value: str | None, weight: str | None = None) -> Indicator:
    return Indicator(project_key=None, stage="self_evaluation", level1_name=None, level2_name=None, level3_name=name,
                     actual_raw=actual, actual_value=Decimal(value) if value else None,
                     weight=Decimal(weight) if weight else None, source_line=3, source_page=None)


def _stated(label: str, value: str, unit: str, field: str = "count", line: int = 3) -> StatedFigure:
    return StatedFigure(label=label, field=field, value=Decimal(value), unit=unit, source_line=line, source_page=None)


def test_a_number_is_the_indicators_in_its_printed_unit_or_none():
    indicators = [
        _indicator("工作大检查", "2次", "2"),
        _indicator("按时完成率", "98%", "98", weight="15"),
        _indicator("受益人口", "5.2万人", None),
        _indicator("培训场次", None, "30"),  # (a value printed nowhere: in any unit)
    ]
    read = _figures_read(indicators)
    for indicator in indicators:
        _indicator_figures_read(indicator, read)
    assert read.holds(_stated("工作大检查", "2", "次"))
    assert not read.holds(_stated("泥石流", "2", "处"))  # another thing counted, the same number
    assert read.holds(_stated("按时", "98", "percent", "share_pct"))
    assert read.holds(_stated("指标3", "15", "point", "score"))  # (the weight: points, in a cell of its own)
    assert read.holds(_stated("受益人口", "5.2", "万人"))
    assert read.holds(_stated("培训", "30", "场"))
    assert not read.holds(_stated("工作大检查", "2", "次", line=4))  # another line
    assert not read.holds(_stated("经费", "2", "yuan", "amount"))  # money is never an indicator's here


def test_a_row_printing_the_same_number_in_centimetres_as_a_footnotes_weight_is_kept():
    # 中江县水利局 2022 自评表 flattened onto line 2: 水标尺宽度 ≥50厘米 is a row's; 一级指标分值统一设置为:
    # 产出指标50分 is the template's footnote — the points a level may give, no score the page gives (the twenty-third
    # session's precision audit; prec24 leaves a template note's points out): the row kept, no score read
    records = parse_path(REAL / "32_sichuan_zhongjiang-slj_2022_selfeval.txt").all_records
    assert any(isinstance(r, Indicator) and r.target_raw == "≥50厘米" for r in records)
    assert [(r.label, r.value) for r in records if isinstance(r, StatedFigure) and r.field == "score"] == []


def test_the_last_printed_digit_of_a_figure_read_is_no_figure_read():
    # a record's ulp (one unit of its last printed digit) is its precision, no number the line prints: 编制数7人 read
    # with ulp 1 does not hide 图书馆机构数1个 beside it (施甸县图书馆 2023), nor 共有公务用车2辆 the 轿车1辆 of
    # its 其中 (茂县人社局 2022 决算, line 75)
    read = _figures_read([Metric(metric="headcount_authorised", label="编制数", value=Decimal("7"), unit="person",
                                 ulp=Decimal("1"), source_line=9, source_page=None)])
    assert read.holds(_stated("编制数", "7", "人", line=9))
    assert not read.holds(_stated("图书馆机构", "1", "个", line=9))
    records = parse_path(SAMPLES / "maoxian-county-hrss-2022-final-account.txt").all_records
    assert {(r.label, r.value) for r in records if isinstance(r, StatedFigure) and r.source_line == 75} >= {
        ("轿车", Decimal("1")), ("越野车", Decimal("1"))}

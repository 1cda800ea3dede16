"""A target table printed across (ingest/performance/across_targets.py): the indicators' names in the 三级指标 row,
a row of values per kind of target under its label; names and values paired in order only where they are as many,
the year's targets read, a period's (实施周期目标值) left out with a warning."""

from __future__ import annotations

from pathlib import Path

from _performance_helpers import parsed_page

from ingest.performance.across_targets import read_across_targets
from ingest.records import Indicator, ParseWarning
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
PARSER = "performance.across_targets"


def _targets(records) -> list[tuple]:
    return [(i.source_line, i.level3_name, i.target_raw) for i in records if isinstance(i, Indicator)]


def _warned(records) -> list[int]:
    return [r.source_line for r in records if isinstance(r, ParseWarning) and r.parser == PARSER]


def test_targets_across_real_page() -> None:
    # (26y 12: a 广东 专项资金 绩效目标表 flattened from a PDF — a name wrapped onto the next line, the period's row
    # running on into words whose names the excerpt cut)
    text = (HELDOUT / "26y" / "text" / "12_guangdong_province-jyt-new-colleges_2021_targets.txt").read_text("utf-8")
    records = parsed_page(text)
    assert _targets(records) == [
        (22, "新建高校(校区)", "7"), (22, "工程质量达标率(%)", "100%"), (22, "开工率(%)", "100%"),
    ]
    assert _warned(records) == [24]


ACROSS = """指标名称  培训人次  课程合格率(%)  群众满意度
指标值
≥300人次  95%以上  ≥90%
中期目标值
≥900人次  95%以上  ≥90%
"""


def test_targets_across_variant() -> None:
    # (指标名称 for 三级指标, 指标值 for 年度目标值, two spaces between cells, operators and bound words, a 中期 row)
    records = read_across_targets(split_lines(ACROSS), "target")
    assert _targets(records) == [
        (3, "培训人次", "≥300人次"), (3, "课程合格率(%)", "95%以上"), (3, "群众满意度", "≥90%"),
    ]
    assert _warned(records) == [5]


def test_targets_across_left_out_where_they_do_not_pair() -> None:
    # (a value more than names — a cell split, or a name lost —: no pairing in order; a header printed across, its
    # cells column names, is no table of indicators)
    records = read_across_targets(split_lines(ACROSS.replace("≥300人次  95%以上", "≥300人次  95%  以上  1")), "target")
    assert _targets(records) == []
    assert _warned(records) == [3, 5]
    header = "三级指标 年度指标值 实际完成值\n目标值\n10 20\n"
    assert read_across_targets(split_lines(header), "target") == []

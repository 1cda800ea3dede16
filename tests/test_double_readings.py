"""A figure is read once: a 三公 table printed one cell per line, each cell closed by a pipe, is read by the
pipe-cell reader (ingest/pipe_cells.py) and was read again by the 三公 row reader
(ingest/three_public_rows.py) — every figure twice, identical in every field (5 安徽 pages of
/tmp/unseen15n, 16n, 20n, 21n) or under a label the other reader spells otherwise (其中:…, 1.…). The
second reader keeps only the figures no other table reader read (ingest/document.py). Real repeats stay:
two statements of one figure on one line (Changji's two 预决算差异率 11.95%), the two column groups of a
targets table (Dongguan's indicators). On every fixture page and sample, no figure is read in identical records
more often than its line prints its number."""

from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal

import pytest
from _statement_helpers import PAGES
from conftest import CHANGJI

from ingest.document import parse_lines, parse_path
from ingest.records import StatedFigure
from ingest.text import decode_text, split_lines


def _doubles(records) -> dict[str, int]:
    """The records identical in every field to one before them, with their count."""
    counted = Counter(json.dumps(r.to_dict(), sort_keys=True, default=str, ensure_ascii=False) for r in records)
    return {key: n for key, n in counted.items() if n > 1}


def _reads(records, first: int, last: int) -> Counter:
    """How many times each figure (line, value, unit) of lines ``first``–``last`` was read."""
    return Counter((f.source_line, f.value, f.unit) for f in records
                   if isinstance(f, StatedFigure) and first <= f.source_line <= last)


def test_real_page_three_public_table_read_once():
    # 怀远县双桥集镇 2020 三公 决算: 项 目 | / 预 算 数 | / 决 算 数 | / 合 计 | / 30.8 | / 25.7 | / … (lines 5–25)
    records = parse_path(PAGES / "huaiyuan-shuangqiaoji-2020-three-public-final.txt").all_records
    assert not _doubles(records)
    reads = _reads(records, 5, 25)
    assert len(reads) == 12 and set(reads.values()) == {1}
    figures = {(f.source_line, f.field): f.value for f in records
               if isinstance(f, StatedFigure) and 5 <= f.source_line <= 25}
    assert figures[(9, "budget_initial")] == Decimal("308000.00")
    assert figures[(22, "amount")] == Decimal("94000.00")


TABLE = """{title}
单位:{unit}
项{gap}目{bar}
预{gap}算{gap}数{bar}
决{gap}算{gap}数{bar}
合{gap}计{bar}
{total_budget}{bar}
{total_final}{bar}
因公出国(境)费{bar}
0{bar}
0{bar}
公务接待费{bar}
{reception_budget}{bar}
{reception_final}{bar}
公务用车购置及运行维护费{bar}
{vehicle_budget}{bar}
{vehicle_final}{bar}
其中:公务用车运行维护费{bar}
{vehicle_budget}{bar}
{vehicle_final}{bar}
公务用车购置费{bar}
0{bar}
0{bar}
二、“三公”经费支出情况说明
本单位“三公”经费支出预算为{total_budget}{unit},支出决算为{total_final}{unit}。
"""


@pytest.mark.parametrize(
    "title, unit, scale, gap, bar",
    [
        ("某镇2021年度一般公共预算财政拨款“三公”经费支出决算表", "万元", 1, " ", " |"),
        ("某局2022年“三公”经费支出决算表", "万元", 1, "", "|"),  # no spaces: 预算数| 合计|
        ("某中心2023年度“三公”经费决算表", "元", 10000, "  ", " | "),  # 元, wider gaps, a space after the pipe
        ("某镇2021年度“三公”经费支出决算表", "万元", 1, " ", " ｜"),  # full-width pipes
    ],
    ids=["pipe-closed", "no spaces", "元, spaced", "full-width pipe"],
)
def test_three_public_table_one_cell_per_line_read_once(title, unit, scale, gap, bar):
    def money(text: str) -> str:
        return format(Decimal(text) * scale, "f")

    text = TABLE.format(
        title=title, unit=unit, gap=gap, bar=bar, total_budget=money("40.5"), total_final=money("21.3"),
        reception_budget=money("10.5"), reception_final=money("6.1"), vehicle_budget=money("30"),
        vehicle_final=money("15.2"),
    )
    _, records = parse_lines(split_lines(text), "x.txt")
    assert not _doubles(records)
    reads = _reads(records, 3, 23)
    assert reads and set(reads.values()) == {1}, reads
    assert reads[(7, Decimal("405000"), "yuan")] == 1


def test_real_repeats_on_one_line_are_kept():
    # 昌吉州人社局 2022 决算, line 111: 财政拨款收入总计 … 预决算差异率 11.95%, 财政拨款支出总计 … 预决算差异率 11.95%
    records = parse_path(CHANGJI).all_records
    rates = [f for f in records if isinstance(f, StatedFigure) and f.source_line == 111 and f.field == "share_pct"
             and f.value == Decimal("11.95")]
    assert len(rates) == 2
    # 东莞市交通运输局 2019 项目绩效目标: the page prints its indicators in two column groups, each read
    doubled = _doubles(parse_path(PAGES / "dongguan-jtj-2019-targets.txt").all_records)
    assert len(doubled) == 5 and all('"record_type": "indicator"' in key for key in doubled)


# ---- every page: a figure is read no more often than its line prints it

NUMBER_TEXT_RE = re.compile(r"(?<=\d),(?=\d{3})")  # thousands separators, dropped before counting


def _printed_times(text: str, value: Decimal, unit: str) -> int:
    """How many times ``value`` (in ``unit``; money in 元, printed in 元, 万元, 千元 or 亿元) is printed in ``text``."""
    text = NUMBER_TEXT_RE.sub("", text)
    values = (value, value / 10000, value / 1000, value / 100000000) if unit == "yuan" else (value,)
    most = 0
    for candidate in values:
        digits = format(candidate.normalize(), "f")
        tail = "0*" if "." in digits else r"(?:\.0+)?"
        most = max(most, len(re.findall(rf"(?<![\d.]){re.escape(digits)}{tail}(?![\d])", text)))
    return most


PAGES_AND_SAMPLES = sorted(PAGES.glob("*.txt")) + sorted(CHANGJI.parent.glob("*.txt"))


@pytest.mark.parametrize("path", PAGES_AND_SAMPLES, ids=lambda p: p.name)
def test_no_figure_read_more_often_than_printed(path):
    parsed = parse_path(path)
    lines = split_lines(decode_text(path.read_bytes())[0])
    for key, count in _doubles(r for r in parsed.all_records if isinstance(r, StatedFigure)).items():
        record = json.loads(key)
        line = lines[record["source_line"] - 1].norm
        assert _printed_times(line, Decimal(record["value"]), record["unit"]) >= count, (record, count)

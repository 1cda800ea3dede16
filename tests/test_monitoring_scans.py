"""The monitoring reader's scans (ingest/performance/monitoring.py) find what a loop over the lines would: the lines
holding a target column's word (found by the one character both end in) and the sheets' heads' lines holding a
to-date word (found by 执 between the characters such a word puts about it), on the samples, the real monitoring
page, the monitoring sheets family and edge cases written here (a word at a line's start and end, one split over
two lines, a 值 or 执 at the document's start)."""

from __future__ import annotations

import itertools

import pytest
from _statement_helpers import PAGES

from benchmarks.monitoring_sheets import sheets
from ingest.performance.monitoring import (
    HEAD_LINES,
    TARGET_COLUMN_CHAR,
    TARGET_COLUMN_WORDS,
    TO_DATE_AROUND,
    TO_DATE_CHAR,
    TO_DATE_WORDS,
    _in_heads_holding,
    _lines_ending_any,
)
from ingest.text import decode_text, split_lines
from juesuan.settings import SAMPLE_DOCUMENTS

WRITTEN = "\n".join([
    "值 执行",
    "指标值",
    "年度指标",
    "值 | 1-6月执",
    "行数 | 目标值",
    "项目名称 | 1至9月执行数 | 截至6月底执行数",
    "执行率 | 上半年执行数 | 月执行数目标值",
    "值值值 执执执 月执 执行",
])


def _texts() -> list[str]:
    texts = [decode_text(path.read_bytes())[0] for path in sorted(SAMPLE_DOCUMENTS.glob("*.txt"))]
    texts.append((PAGES / "huangshi-wwj-2019-monitoring.txt").read_text(encoding="utf-8"))
    texts.extend(sheet.text for _, sheet in itertools.islice(sheets(), 0, None, 97))
    return [*texts, WRITTEN]


@pytest.mark.parametrize("text", _texts())
def test_target_headers_as_a_loop_over_the_lines_finds_them(text):
    lines = split_lines(text)
    expected = [k for k, line in enumerate(lines) if any(word in line.compact for word in TARGET_COLUMN_WORDS)]
    assert _lines_ending_any(lines, TARGET_COLUMN_WORDS, TARGET_COLUMN_CHAR) == expected


@pytest.mark.parametrize("text", _texts())
def test_heads_lines_with_a_to_date_word_as_a_loop_finds_them(text):
    lines = split_lines(text)
    for step in (1, 7, 50):
        heads = list(range(0, len(lines), step))
        in_heads = sorted({k for head in heads for k in range(head, min(len(lines), head + HEAD_LINES))})
        expected = [k for k in in_heads if any(word in lines[k].compact for word in TO_DATE_WORDS)]
        found = _in_heads_holding(lines, heads, TO_DATE_CHAR, TO_DATE_AROUND)
        assert [k for k in found if any(word in lines[k].compact for word in TO_DATE_WORDS)] == expected

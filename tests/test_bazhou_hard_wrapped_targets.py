"""巴州 整体支出绩效目标表 printed as hard-wrapped text reads like the tab-separated original.

The text is rendered by the synthetic corpus's own renderer (``benchmarks.make_corpus.hard_wrap``:
cells joined by spaces, rows longer than the width wrapped into pieces with blank lines between,
indicator rows under a merged 一级指标 cell running into one stream). Source lines differ; every
value must not.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import BAZHOU

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.make_corpus import hard_wrap
from ingest.document import parse_bytes
from ingest.performance import parse_targets
from ingest.records import Indicator, ParseWarning, TargetTask
from ingest.text import split_lines


def without_lines(records):
    return [{k: v for k, v in r.to_dict().items() if k not in ("source_line", "value_lines")} for r in records]


@pytest.fixture(scope="module")
def original():
    return parse_targets(split_lines(BAZHOU.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def wrapped_lines():
    return split_lines(hard_wrap(BAZHOU.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def wrapped(wrapped_lines):
    return parse_targets(wrapped_lines)


def indicator(records, level3):
    return next(r for r in records if isinstance(r, Indicator) and r.level3_name == level3)


@pytest.mark.parametrize("width", [30, 24, 41])
def test_hard_wrapped_targets_equal_tab_separated(original, width):
    text = hard_wrap(BAZHOU.read_text(encoding="utf-8"), width=width)
    assert "\t" not in text
    rewritten = parse_targets(split_lines(text))
    kinds = {r.record_type for r in original}
    assert {"target_task", "goal", "indicator"} <= kinds and len(original) > 50
    assert without_lines(rewritten) == without_lines(original)


def test_tasks_and_their_budgets(wrapped):
    tasks = [r for r in wrapped if isinstance(r, TargetTask)]
    assert [t.task_name for t in tasks] == ["人员保障", "运转保障", "促进就业政策、管理及实施", "年度主要任务"]
    assert (tasks[0].total_yuan, tasks[0].fiscal_yuan, tasks[0].other_yuan) == (
        Decimal("16637300.00"), Decimal("16637300.00"), Decimal("0.00"))
    assert tasks[0].content.endswith("住房公积金及对个人家庭补助。")  # rejoined over three wrapped pieces
    assert tasks[3].total_yuan == Decimal("3385400.00")


def test_indicators_split_by_a_wrap(wrapped):
    staff = indicator(wrapped, "保障在职人员数量")
    assert (staff.level1_name, staff.level2_name, staff.target_operator, staff.target_value, staff.target_unit) == (
        "产出指标", "数量指标", ">=", Decimal("109"), "人")
    # the wrap falls inside the operator (">" / "=32次") and inside the name ("缴纳92" / "-93辞去…")
    assert indicator(wrapped, "举办活动场次").target_raw == ">=32次"
    assert indicator(wrapped, "缴纳92-93辞去现职保留公职人员社保费").target_raw == "=36人"
    assert indicator(wrapped, "单位职工满意度").level1_name == "满意度指标"
    assert indicator(wrapped, "全州人力资源和社会保障经办服务质量").target_operator is None


def test_source_lines_point_at_the_wrapped_text(wrapped, wrapped_lines):
    task = next(r for r in wrapped if isinstance(r, TargetTask))
    assert wrapped_lines[task.source_line - 1].text.startswith("人员保障 ")
    row = indicator(wrapped, "房屋建筑物供暖面积")
    assert "房屋建筑物供" in wrapped_lines[row.source_line - 1].text


def test_document_is_accepted():
    doc = parse_bytes(hard_wrap(BAZHOU.read_text(encoding="utf-8")).encode(), Path("bazhou-wrapped.txt"))
    assert doc.info.doc_type == "performance_target" and doc.info.layout == "hard_wrapped"
    assert sum(isinstance(r, Indicator) for r in doc.records) == 70


def test_cut_off_table_keeps_the_rows_it_has(wrapped_lines):
    cut = next(i for i, line in enumerate(wrapped_lines) if line.text.startswith("时效指标 工资发放及时率"))
    records = parse_targets(wrapped_lines[: cut + 1] + split_lines("成本指标 工资成本\n")[:1])
    rows = [r for r in records if isinstance(r, Indicator)]
    assert rows[-2].level3_name == "工资发放及时率" and rows[-2].target_raw == "=100%"
    # the cut row has no 指标值: kept with an empty target, and warned about
    assert (rows[-1].level3_name, rows[-1].target_raw) == ("工资成本", None)
    assert any(isinstance(r, ParseWarning) and "工资成本" in (r.context or "") for r in records)

"""Figures in a goal clause (项目目标:…, 绩效目标:…, 年度目标:…, 总体目标为:…) read as StatedFigure ``stage``
target, with no metric; the figures after 实际完成: / 完成情况: in the same sentence as done (stage None).
Real pages: 27h/06 L11,
27d/12 L17 (benchmarks/heldout)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def staged(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.field, f.value, f.stage) for f in parse_statements(build_paragraphs(split_lines(text)))]


def page_figures(batch: str, number: str, line: int) -> list[StatedFigure]:
    path = next((HELDOUT / batch / "text").glob(f"{number}_*"))
    return [r for r in parse_path(path).records if isinstance(r, StatedFigure) and r.source_line == line]


def test_the_real_goal_running_into_what_was_done():
    # 27h/06 L11: 项目目标:资助精神病患者服药230人,…辅具适配200人,假肢安装及基本康复服务21实际完成:资助…230人,…
    read = [(f.label, f.value, f.stage) for f in page_figures("27h", "06", 11)]
    assert read[:3] == [
        ("资助精神病患者服药", Decimal(230), "target"), ("残疾儿童康复救助", Decimal(39), "target"),
        ("辅具适配", Decimal(200), "target"),
    ]
    assert [(v, s) for _, v, s in read[3:]] == [(Decimal(v), None) for v in (230, 52, 230, 21)]


def test_the_real_total_set_as_a_goal():
    # 27d/12 L17: 项目年初总体目标为:20xx年中、省下达残疾人事业发展补助资金合计1067.2万元。其中,中央资金776.84万元…
    read = page_figures("27d", "12", 17)
    assert (read[0].value, read[0].stage, read[0].metric) == (Decimal("10672000"), "target", None)
    assert all(f.stage is None for f in read[1:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("项目绩效目标为:培训农民300人次,发放补贴50万元。",
         [("count", Decimal(300), "target"), ("amount", Decimal(500000), "target")]),
        ("该项目年度目标:新建公厕12座。实际完成:新建公厕10座。",
         [("count", Decimal(12), "target"), ("count", Decimal(10), None)]),
        # no sentence break before what was done; 万元 sums
        ("该项目的绩效目标:安排资金合计120.5万元,完成情况:拨付资金118万元。",
         [("amount", Decimal(1205000), "target"), ("amount", Decimal(1180000), None)]),
        ("项目目标是资助学生45人;实际完成资助学生47人。",
         [("count", Decimal(45), "target"), ("count", Decimal(47), None)]),
    ],
)
def test_a_goal_clause_variant(text, expected):
    assert staged(text) == expected


def test_a_target_list_under_its_heading_is_left_to_the_plain_quantities_reader():
    # (年度目标: opening its line: ingest.plain_quantities reads its items, with their labels and bounds)
    assert staged("年度目标:完成至少7个调研课题,新建公厕12座。") == []


def test_a_figure_stated_as_done_is_no_target():
    assert staged("完成目标任务,资助学生47人。") == [("count", Decimal(47), None)]

"""A part of a project's targets that heads each level on a line of its own, its clauses on the lines below
(ingest/performance/narrative_indicators.py, :func:`_own_line_level_blocks`): ``产业指标:`` /
``全县23个美丽乡村建设示范村,受益农户9840个,涉及31500口人,…;`` / ``时效指标:`` /
``该项目实施期为2019年元月至2019年12月;`` / ``成本指标:`` / ``该项目需县级财政安排资金8144万元,县级安排877万元。``
(渑池县农业农村局 2019 项目绩效评价报告, batch 26u). Each level's clauses are its own (the hard-wrapped page joins the
six lines into one paragraph: 县级安排 was read as a 时效指标's), a name the vocabulary lacks (产业指标) is a level by
its place among them. On the real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "mianchi-nyncj-2019-project-eval-report.txt"
HEAD = "某某项目资金绩效评价报告\n评价方式:部门(单位)绩效自评\n一、项目概况\n(四)绩效目标\n"
EXPECTED = [
    (28, None, "产业指标", "美丽乡村建设示范村", "23个"),
    (28, None, "产业指标", "受益农户", "9840个"),
    (28, None, "产业指标", "涉及", "31500口人"),
    (30, "产出指标", "时效指标", "项目实施期", "2019年元月至2019年12月"),
    (32, "成本指标", None, "县级财政安排资金", "8144万元"),
    (32, "成本指标", None, "县级安排", "877万元"),
]


def _indicators(records) -> list[tuple]:
    return [(r.source_line, r.level1_name, r.level2_name, r.level3_name, r.target_raw)
            for r in records if isinstance(r, Indicator)]


def _read(body: str) -> list[tuple]:
    return _indicators(parse_bytes((HEAD + body).encode(), Path("x.txt")).records)


def test_real_page_mianchi():
    records = parse_path(PAGE).records
    assert _indicators(records) == EXPECTED
    assert all(r.stage == "target" for r in records if isinstance(r, Indicator))


@pytest.mark.parametrize(
    "body",
    [
        # full-width colons and commas, 万元 figures, a blank line between the levels
        "数量指标：\n全市12个示范社区，培训农户300户；\n\n时效指标：\n本项目实施期为2021年3月至2021年12月；\n\n"
        "成本指标：\n本项目需市级财政安排资金50万元。\n",
        # a level's clauses wrapped over two lines, a list number before each heading
        "1.数量指标:\n全市12个示范社区,培训\n农户300户;\n2.时效指标:\n本项目实施期为2021年3月至2021年12月;\n3.成本指标:\n"
        "本项目需市级财政安排资金50万元。\n",
    ],
)
def test_variants(body):
    got = {(level2 or level1, name, value) for _, level1, level2, name, value in _read(body)}
    assert got == {
        ("数量指标", "示范社区", "12个"), ("数量指标", "培训农户", "300户"),
        ("时效指标", "项目实施期", "2021年3月至2021年12月"), ("成本指标", "市级财政安排资金", "50万元"),
    }


def test_a_level_the_vocabulary_lacks_by_its_place():
    body = "效果指标:\n全乡8个村卫生室,惠及5200口人;\n质量指标:\n验收合格率100%。\n"
    assert _read(body) == [
        (6, None, "效果指标", "村卫生室", "8个"), (6, None, "效果指标", "惠及", "5200口人"),
        (8, "产出指标", "质量指标", "验收合格率", "100%"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # one heading alone: no part of level headings
        "产业指标:\n全县23个美丽乡村建设示范村,受益农户9840个;\n",
        # no level of the vocabulary among them
        "产业指标:\n全县23个示范村;\n发展指标:\n受益农户9840个。\n",
    ],
)
def test_not_a_part_of_level_headings(body):
    assert not [i for i in _read(body) if i[2] in ("产业指标", "发展指标")]


def test_clauses_that_state_no_target():
    # a count before words that are no noun phrase (按照…的要求), a clause without a figure
    body = "数量指标:\n23个示范村按照实施方案的要求,全部建设完成;\n时效指标:\n按期完成。\n"
    assert _read(body) == []

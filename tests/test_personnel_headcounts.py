"""Headcounts (编制数, 实有人数, 在职, 离退休) in the wordings 机构设置及人员情况 paragraphs print them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import CHANGJI

from ingest.final_accounts.personnel import parse_personnel
from ingest.final_accounts.sections import build_narrative
from ingest.text import split_lines

HEAD = "一、部门基本情况\n二、机构设置及人员情况\n"
# the narrative starts at the first money figure; the headcounts come before it
TAIL = "\n第二部分 2022年度部门决算情况说明\n一、收入支出决算总体情况说明\n2022年度收、支总计543.25万元。\n"


def headcounts(paragraph: str) -> dict[str, Decimal]:
    narrative = build_narrative(split_lines(HEAD + paragraph + TAIL))
    return {m.metric: m.value for m in parse_personnel(narrative)}


def test_changji_states_total_in_service_and_retired() -> None:
    narrative = build_narrative(split_lines(CHANGJI.read_text(encoding="utf-8")))
    found = {m.metric: (m.value, m.source_line) for m in parse_personnel(narrative)}
    assert found == {
        "headcount_total": (110, 83),
        "headcount_in_service": (60, 83),
        "headcount_retired_veteran": (0, 83),
        "headcount_retired": (50, 83),
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本部门核定编制30名，实有人员28名，其中在职人员20名，离退休人员8名。",
         {"headcount_authorised": 30, "headcount_total": 28, "headcount_in_service": 20, "headcount_retired_all": 8}),
        ("人员编制12人，在编人员9人。", {"headcount_authorised": 12, "headcount_in_service": 9}),
        ("编制数 45 人，实有人数 43 人，其中：在职人员 30 人，离休人员 1 人，退休人员 12 人。",
         {"headcount_authorised": 45, "headcount_total": 43, "headcount_in_service": 30,
          "headcount_retired_veteran": 1, "headcount_retired": 12}),
    ],
)
def test_wording_variants(paragraph: str, expected: dict[str, int]) -> None:
    assert headcounts(paragraph) == {k: Decimal(v) for k, v in expected.items()}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # 北京学校 2023: 实有人数 per kind of 编制, no total printed
        ("行政编制0人,实有人数0人;事业编制334人,实有人数301人,学生人数3288人。", {}),
        # 南纪门街道 2023: the kinds of 编制 of 73 people, their sum (71) not printed
        ("街道共有工作人员73人,其中行政编制25人、参公编制20人、事业编制26人。", {}),
        ("核定编制 40 名（行政编制 30 名，工勤编制 10 名），实有人员 38 名。",
         {"headcount_authorised": 40, "headcount_total": 38}),
        ("行政编制 8 人，政法编制 3 人，在职人员 11 人。", {"headcount_in_service": 11}),
    ],
)
def test_a_kind_of_establishment_is_no_total(paragraph: str, expected: dict[str, int]) -> None:
    assert headcounts(paragraph) == {k: Decimal(v) for k, v in expected.items()}


def test_people_quoted_in_a_reason_are_no_headcount() -> None:
    assert headcounts("本年调离3人，退休3人，人员经费减少。") == {}

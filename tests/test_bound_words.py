"""A percentage after the words of a bound (``我国城市化率首次超过60%``, ``设备利用率高于80%``, ``不低于95%``) is the
rate passed or held to, not a rate stated: no share is read (read before as shares of 60 % and 80 %; the first on a
page of the nineteenth session's batch). A rate stated plainly is read as ever."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.records import StatedFigure

HEAD = "2022年度某区道路保洁项目重点绩效评价报告\n一、项目概况\n项目预算总额6.5亿元。"


def shares(sentence: str) -> dict[str, Decimal]:
    records = parse_bytes((HEAD + sentence + "\n").encode(), Path("x.txt")).records
    return {r.label: r.value for r in records if isinstance(r, StatedFigure) and r.field == "share_pct"}


@pytest.mark.parametrize(
    "sentence",
    [
        "2020年我国城市化率首次超过60%,开始进入深度城市化阶段。",
        "2020年我国城市化率首次超过 60 %，开始进入深度城市化阶段。",
        "设备利用率高于80%。",
        "群众满意度不低于95%。",
    ],
)
def test_bound_words_give_no_share(sentence):
    assert shares(sentence) == {}, shares(sentence)


def test_plain_rate_read():
    assert Decimal("96") in shares("群众满意度为96%。").values()

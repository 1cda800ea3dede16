"""Indicators stated in a 绩效自评报告's prose: ``1.产出指标全部完成,慰问对象120人,慰问标准300/人。``

A self-evaluation report describes how each 一级/二级指标 went in one sentence that starts with the
level's name and lists its 三级指标 as ``name value`` clauses. Such a sentence is read when it
starts (after its list number) with a level name of the national vocabulary; each clause whose
end is a figure with a unit (``120人``, ``300/人``, ``90%``, ``≥95%``) becomes an indicator with that
figure as its actual (实际完成值). Clauses without a figure (``全面完成指标任务``) are not indicators.
"""

from __future__ import annotations

import re

from ingest.performance.levels import is_level1, is_level2, level2_parent
from ingest.records import Indicator
from ingest.text import Line

# The sentence's start: list number, level name, then what was achieved.
START_RE = re.compile(
    r"^(?:\(?[0-9一二三四五六七八九十]{1,2}[.、)）]\s*)?(?P<level>[\u4e00-\u9fff]{2,12}?指标)"
    r"(?:全部|均已|已全部|基本)?(?:完成|达成|实现)(?:情况)?[,，:：]"
)
CLAUSE_SPLIT_RE = re.compile(r"[,，;；。]")
# A clause ending in a figure: the 三级指标 name, then the value with its unit.
CLAUSE_RE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff()（）]{2,16}?)(?:为|达到|达)?"
    r"(?P<value>(?:≥|≤|>|<)?\d+(?:\.\d+)?(?:%|/?(?:人次|万元|元|人|户|个|次|天|辆|所|家|项|件|场|台|套|公里|米|亩)))$"
)


def read_narrative_indicators(lines: list[Line]) -> list[Indicator]:
    """The indicators of every level sentence of ``lines`` (see the module docstring)."""
    out: list[Indicator] = []
    for line in lines:
        text = line.norm.strip()
        match = START_RE.match(text)
        if not match:
            continue
        level = match.group("level")
        if not (is_level1(level) or is_level2(level)):
            continue
        level1 = level if is_level1(level) else level2_parent(level)
        level2 = None if is_level1(level) else level
        for clause in CLAUSE_SPLIT_RE.split(text[match.end() :]):
            found = CLAUSE_RE.match("".join(clause.split()))
            if found:
                out.append(Indicator(
                    project_key=None,
                    stage="self_evaluation",
                    level1_name=level1,
                    level2_name=level2,
                    level3_name=found.group("name"),
                    actual_raw=found.group("value"),
                    source_line=line.number,
                    source_page=line.page,
                ))
    return out

"""Targets printed under bracketed level headings, one numbered line each (the 项目绩效目标和指标 pages a
budget system exports, Anhui's):

    【产出指标-数量指标】
    指标1:机柜数量(≥77台)

A heading names a 一级指标 and a 二级指标 of the national vocabulary, joined by a dash inside 【】;
each ``指标N:name(target)`` line below it (blank lines between) is an indicator whose target
(指标值) is the bracket at its end — a name may hold brackets of its own (建设项目个数(含续建)(≥1个)).
The indicators are a project's: the one named on the last line above its 【项目概况】 (or
【总体目标】) heading, past the project's budget figure (a number alone) printed between them. That
figure is not read: the page prints no unit for it.
"""

from __future__ import annotations

import bisect
import re

from ingest.performance.levels import is_level1, is_level2, level2_parent
from ingest.records import Indicator, Project
from ingest.text import Line, lines_holding

HEADING_RE = re.compile(r"^【(?P<level1>[\u4e00-\u9fff]{2,14})[-—–－](?P<level2>[\u4e00-\u9fff]{2,16})】$")
ITEM_RE = re.compile(
    r"^指标\s*\d{1,2}\s*[:：]\s*(?P<name>.{2,40}?)\s*[(（](?P<target>[^()（）]{1,30})[)）]$"
)
PROJECT_HEADING_RE = re.compile(r"^【(?:项目概况|总体目标)】")
OVERVIEW_RE = re.compile(r"^【项目概况】")
NUMBER_LINE_RE = re.compile(r"^\d+(?:\.\d+)?$")
PROJECT_NAME_RE = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z()（）“”、·-]{2,60}$")
# How many lines above a 【项目概况】 heading its project's name may stand (blank lines between).
MAX_NAME_LINES = 8


def _levels(heading: re.Match[str]) -> tuple[str, str] | None:
    """(一级, 二级) of a heading, when both are the national vocabulary's and agree."""
    level1, level2 = heading.group("level1"), heading.group("level2")
    if not is_level1(level1) or not is_level2(level2):
        return None
    parent = level2_parent(level2)
    return (level1, level2) if parent is None or parent == level1 or level1 == level2 else None


def _project_name(lines: list[Line], heading: int) -> tuple[str, Line] | None:
    """The project named above the 【项目概况】 heading at ``heading``: its name's line, then its
    budget's number alone, then the heading (blank lines between)."""
    above = [line for line in lines[max(0, heading - MAX_NAME_LINES) : heading] if line.compact]
    if len(above) < 2 or not NUMBER_LINE_RE.match(above[-1].compact):
        return None
    name = above[-2].compact
    return (name, above[-2]) if PROJECT_NAME_RE.match(name) and not NUMBER_LINE_RE.match(name) else None


def read_bracketed_targets(lines: list[Line]) -> list[Indicator | Project]:
    """Every indicator under a bracketed level heading (see the module docstring), with the
    :class:`Project` it belongs to."""
    candidates = lines_holding(lines, ("】",), "compact")
    headings = [i for i in candidates if HEADING_RE.match(lines[i].compact)]
    if not headings:
        return []
    project_headings = [i for i in candidates if PROJECT_HEADING_RE.match(lines[i].compact)]
    out: list[Indicator | Project] = []
    keys: dict[int, str | None] = {}  # a 【项目概况】 heading's line → its project's key
    for index in headings:
        levels = _levels(HEADING_RE.match(lines[index].compact))
        if levels is None:
            continue
        k = bisect.bisect_left(project_headings, index) - 1
        if k > 0 and OVERVIEW_RE.match(lines[project_headings[k - 1]].compact) and not OVERVIEW_RE.match(
            lines[project_headings[k]].compact
        ):
            k -= 1  # 【项目概况】 then 【总体目标】: the project is named above the first
        project_key = None
        if k >= 0:
            at = project_headings[k]
            if at not in keys:
                named = _project_name(lines, at)
                keys[at] = None
                if named is not None:
                    keys[at] = f"k{sum(key is not None for key in keys.values()) + 1:02d}"
                    name, line = named
                    out.append(Project(project_key=keys[at], name=name, source_line=line.number,
                                       source_page=line.page))
            project_key = keys[at]
        for line in lines[index + 1 :]:
            if not line.compact:
                continue
            item = ITEM_RE.match(line.compact)
            if item is None:
                break
            out.append(Indicator(
                project_key=project_key,
                stage="target",
                level1_name=levels[0],
                level2_name=levels[1],
                level3_name=item.group("name"),
                target_raw=item.group("target"),
                source_line=line.number,
                source_page=line.page,
            ))
    return out

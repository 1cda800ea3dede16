"""Indicator rows of a table flattened onto one line, its header's value columns printed together and its
rows after them in order, the level names printed after the rows (a PDF's text in reading order)::

    … 三级指标 年初目标值 (A) 实际完成值 (B) 得分 服务外包在岸(万美元) 20000 23333.56 10 服务外包离岸(万美元) 4500
    4557.51 10 支持服务贸易、服务外 包企业数量 3 3 10 企业国际质量提升 获得目的国 (地区)受 众欢迎 受目的国受
    众欢迎显著 10 预算资金执行率 90% 100% 10 … 社会效益 指标 … 二级指标 数量指标 … 产出指标 (60 分) …

The header's value columns (their roles by :func:`~ingest.performance.header_roles.column_role`: a target,
an actual, points — 分值 and / or 得分 last) stand right after its 三级指标 cell, a column's bracketed
letter ((A), (B)) between. Each row after them is its name's words, then one figure per column (a name
wrapped at a space is its words joined: 支持服务贸易、服务外 包企业数量). A row whose target and actual are
words prints its points alone after its words: where its name ends is not printed, so that row is not read,
but its points count. The rows end at a level's name or a header's word.

The reading is kept only where the table's arithmetic confirms it: every 得分 no more than its 分值, and
the rows' points (the 分值, else the 得分) summing to the points printed after one 一级指标's name on the
line (产出指标 (60 分): 6 × 10) — which names the rows' 一级指标. Otherwise nothing is read, with a parse
warning. The 二级指标 names, printed apart from their rows, are not read. Only a long line holding a
三级指标 cell and a 一级指标's points, on which no other reader read an indicator, is looked at (one string search
of the document's joined lines finds the lines holding 三级指标).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ingest.performance.header_roles import column_role
from ingest.performance.levels import LEVEL1_NAMES, is_level2
from ingest.records import Indicator, ParseWarning, Project, Record
from ingest.text import Line, lines_holding
from ingest.vocabulary import BOUND_ALTERNATION, INDICATOR_UNITS, LIMIT_ALTERNATION, units_pattern

PARSER_NAME = "performance.flat_rows"
# A flattened table's line: long (a table's rows on one line).
MIN_LINE_CHARS = 300

OPERATOR = rf"(?:{BOUND_ALTERNATION})"
# A value cell: an operator, a number, a unit (or a rate's 以上 / 以下): 20000, 90%, 98%以上, ≥95%, 3个.
FIGURE_RE = re.compile(rf"^{OPERATOR}?\d+(?:\.\d+)?(?:{units_pattern(INDICATOR_UNITS)})?(?:{LIMIT_ALTERNATION})?$")
# A points cell: a bare number up to 100.
POINTS_RE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?$")
# A column's letter under its header word: (A), (B), (B/A).
COLUMN_LETTER_RE = re.compile(r"^\([A-Z](?:/[A-Z])?\)$")
# A 一级指标 name and the points printed after it: 产出指标 (60 分), 产出指标(60分).
LEVEL_POINTS_RE = re.compile(rf"({'|'.join(sorted(LEVEL1_NAMES))})[\s|｜]*[(（]\s*(\d{{1,3}})\s*分\s*[)）]")
VALUE_ROLES = ("target", "actual", "weight", "score")
NUMBER_END_RE = re.compile(r"\d$")
# Between a flattened line's cells: spaces, tabs or pipes.
CELL_SPLIT_RE = re.compile(r"[\s|｜]+")
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class FlatRow:
    name: str
    figures: dict[str, str]  # role → the cell as printed


def _header(parts: Sequence[str]) -> tuple[list[str], int] | None:
    """The value columns' roles after the 三级指标 cell and where the rows begin: a target and an actual,
    then points (分值 and / or 得分)."""
    try:
        at = parts.index("三级指标")
    except ValueError:
        return None
    roles: list[str] = []
    index = at + 1
    while index < len(parts):
        part = parts[index]
        if COLUMN_LETTER_RE.match(part):
            index += 1
            continue
        role = column_role(part)
        if role not in VALUE_ROLES or role in roles:
            break
        roles.append(role)
        index += 1
    points = [role for role in roles if role in ("weight", "score")]
    if roles[:2] != ["target", "actual"] or not points or roles[2:] != points:
        return None
    return roles, index


def _with_units(parts: Sequence[str]) -> list[str]:
    """``parts`` with a unit printed apart after its number (``90 %``, ``120 公里``, ``98 %以上``) joined to it."""
    out: list[str] = []
    for part in parts:
        if out and not part[0].isdigit() and NUMBER_END_RE.search(out[-1]) and FIGURE_RE.match(out[-1] + part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _ends_rows(part: str) -> bool:
    """A level's name or a header's word: where the rows have ended."""
    return part in LEVEL1_NAMES or is_level2(part) or column_role(part) is not None


def read_flat_rows(parts: Sequence[str], line_text: str) -> tuple[str, list[FlatRow]] | str | None:
    """The rows a flattened line's ``parts`` (its cells between spaces, ``line_text`` the line) print after
    its indicator header, and their 一级指标, where the arithmetic confirms them (see the module's doc); a
    note of why not where rows are printed that it does not confirm; None where no such header stands."""
    header = _header(parts)
    if header is None:
        return None
    roles, start = header
    parts, index = _with_units(parts[start:]), 0  # (the rows' cells)
    points_roles = [role for role in roles if role in ("weight", "score")]
    rows: list[FlatRow] = []
    total = Decimal(0)
    words: list[str] = []
    while index < len(parts):
        part = parts[index]
        if not FIGURE_RE.match(part):
            if _ends_rows(part):
                break
            words.append(part)
            index += 1
            continue
        figures = []
        while index < len(parts) and FIGURE_RE.match(parts[index]):
            figures.append(parts[index])
            index += 1
        if not words:
            break
        if len(figures) == len(roles):
            placed = dict(zip(roles, figures, strict=True))
        elif len(figures) == len(points_roles):
            placed = dict(zip(points_roles, figures, strict=True))  # (a row of words: its points alone)
        else:
            break
        points = {role: Decimal(placed[role]) for role in points_roles if POINTS_RE.match(placed[role])}
        if len(points) != len(points_roles) or any(value > HUNDRED for value in points.values()):
            break
        if "weight" in points and "score" in points and points["score"] > points["weight"]:
            return f"a 得分 over its 分值 ({placed['score']} of {placed['weight']})"
        total += points.get("weight", points.get("score", Decimal(0)))
        if len(figures) == len(roles):
            rows.append(FlatRow("".join(words), placed))
        words = []
    if not rows:
        return None
    levels = [name for name, points in LEVEL_POINTS_RE.findall(line_text) if Decimal(points) == total]
    if len(levels) != 1:
        return (f"its {len(rows)} rows' points sum to {total}, "
                + ("the points of several 一级指标" if levels else "no 一级指标's points printed on the line"))
    return levels[0], rows


def with_flat_rows(lines: Sequence[Line], records: list[Record]) -> list[Record]:
    """``records`` with the rows of each flattened line's indicator table (see the module's doc) on which no
    reader read an indicator, under the project last named on or above the line; a parse warning where its
    rows' arithmetic does not confirm them."""
    candidates = [line for line in (lines[index] for index in lines_holding(lines, ("三级指标",), "compact"))
                  if len(line.norm) >= MIN_LINE_CHARS and "分)" in line.compact]
    if not candidates:
        return records
    read = {(r.source_page, r.source_line) for r in records if isinstance(r, Indicator)}
    projects = sorted((r.source_line or 0, r.project_key) for r in records if isinstance(r, Project))
    added: list[Record] = []
    for line in candidates:
        if (line.page, line.number) in read:
            continue
        found = read_flat_rows([part for part in CELL_SPLIT_RE.split(line.norm) if part], line.norm)
        if found is None:
            continue
        if isinstance(found, str):
            added.append(ParseWarning(
                source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                message=f"a table flattened onto one line, its indicator rows: {found}; left out",
                context=line.norm[:120]))
            continue
        level1, rows = found
        key = next((key for at, key in reversed(projects) if at <= line.number), None)
        added.extend(
            Indicator(
                source_line=line.number, source_page=line.page, project_key=key, stage="self_evaluation",
                level1_name=level1, level2_name=None, level3_name=row.name,
                target_raw=row.figures.get("target"), actual_raw=row.figures.get("actual"),
                weight=_points(row.figures.get("weight")), score=_points(row.figures.get("score")),
            )
            for row in rows
        )
    return [*records, *added] if added else records


def _points(text: str | None) -> Decimal | None:
    return Decimal(text) if text is not None else None

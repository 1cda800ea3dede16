"""A target table printed across: the indicators' names in a row, each kind of target a row of values under them.

A province's 专项资金 绩效目标表 (a PDF flattened line by line) may print its indicators as columns — the 三级指标
row naming them, then a row per kind of target, its label on a line of its own and its values, one per
indicator, on the line after it::

    三级指标 新建高校(校区) 工程质量达标率(%)
    开工率(%)
    年度目标值
    7 100% 100%
    实施周期目标值
    7 100% 100% 不断提升 弥补我省高等教

Read as a structure: a line opening with the name column's word (三级指标, 指标名称) and the name cells after it
(between spaces), the lines after it holding more names up to a target row's label (年度目标值, 年度指标值, 目标值)
alone on its line; under it, a line of value cells (a number with its unit or %, at most a bound word). The names
(no column's name among them: 三级指标 年度指标值 实际完成值 is a header printed across) and the values pair in
order only where they are as many: a name row and a value row of other counts — a name
wrapped onto two lines, a value cell split — are left out with a warning. The year's targets (年度目标值) are the
indicators' targets; a period's (实施周期目标值, 中期目标值) has no place in an indicator beside them: left out
with a warning. It reads only where no other reader read an indicator with a figure.
"""

from __future__ import annotations

import re

from ingest.performance.header_roles import column_role
from ingest.records import Indicator, ParseWarning, Record
from ingest.text import CJK_RE, Line, lines_starting

PARSER_NAME = "performance.across_targets"
# The name row's first cell.
NAME_HEAD_RE = re.compile(r"[ \t]*(?:三级指标|指标名称)[ \t]+[^\s]")
# A target row's label alone on its line: the year's, or a period's.
YEAR_LABEL_RE = re.compile(r"^(?:年度)?(?:目标|指标)值$")
PERIOD_LABEL_RE = re.compile(r"^(?:实施周期|中期|周期|实施期)(?:目标|指标)值$")
# A value cell: an operator, a number and its unit or %, a bound word (≥95%, 7, 100%, 3.5公里, 90%以上).
VALUE_CELL_RE = re.compile(r"^(?:[<>≤≥=]{1,2})?\d+(?:\.\d+)?%?[\u4e00-\u9fff]{0,3}$")
# A name cell: words (a unit in brackets after them), no figure of its own.
NAME_CELL_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z()、/%]{1,24}$")
MAX_NAME_LINES = 4
MIN_NAMES = 2


def _warning(line: Line, message: str) -> ParseWarning:
    return ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                        context=line.norm.strip()[:80])


def read_across_targets(lines: list[Line], stage: str) -> list[Record]:
    """The year's targets of every table printed across (module docstring)."""
    out: list[Record] = []
    for index in lines_starting(lines, NAME_HEAD_RE):
        out.extend(_table(lines, index, stage))
    return out


def _table(lines: list[Line], index: int, stage: str) -> list[Record]:
    names = lines[index].norm.split()[1:]
    at = index + 1
    while at < len(lines) and at - index <= MAX_NAME_LINES:
        cells = lines[at].norm.split()
        if len(cells) == 1 and (YEAR_LABEL_RE.match(cells[0]) or PERIOD_LABEL_RE.match(cells[0])):
            break
        if not cells or not all(NAME_CELL_RE.match(cell) for cell in cells):
            return []
        names.extend(cells)
        at += 1
    else:
        return []
    if len(names) < MIN_NAMES or not all(NAME_CELL_RE.match(name) and len(CJK_RE.findall(name)) >= 2
                                         and column_role(name) is None for name in names):
        return []  # (a header's cells across, 三级指标 年度指标值 实际完成值: column names, no indicators)
    out: list[Record] = []
    while at + 1 < len(lines):
        label = lines[at].norm.strip()
        if not (YEAR_LABEL_RE.match(label) or PERIOD_LABEL_RE.match(label)):
            break
        row = lines[at + 1]
        values = row.norm.split()
        figures = values[: len(names)]
        if not all(VALUE_CELL_RE.match(value) for value in figures) or len(figures) < len(names) or (
                len(values) > len(names) and VALUE_CELL_RE.match(values[len(names)])):
            out.append(_warning(row, f"targets printed across ({label}): {len(names)} names over cells that do not "
                                     "pair with them one by one; left out"))
        elif PERIOD_LABEL_RE.match(label):
            out.append(_warning(row, f"targets printed across: the period's ({label}), no indicator's target "
                                     "beside the year's; left out"))
        else:
            out.extend(Indicator(source_line=row.number, source_page=row.page, project_key=None, stage=stage,
                                 level1_name=None, level2_name=None, level3_name=name, target_raw=value)
                       for name, value in zip(names, figures, strict=True))
        at += 2
    return out

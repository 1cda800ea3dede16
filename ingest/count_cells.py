"""Headcounts printed as table cells without a unit: ``人员编制 | 21 |``, or one cell per line
(``人员编制`` / ``21`` / ``实有人数`` / ``21``) in a 部门(单位)基本概况 table.

A cell that is exactly a headcount label (编制数, 实有人数, 在职人员, 退休人员, 在校学生, 教职工,
床位数 …, optionally with ``(人)``) followed by a cell that is a bare whole number gives that count.
The label decides the unit (人, 床位: 张); the label must fill its cell, so a count quoted in a
sentence is left to :mod:`ingest.statements`, which needs the number's own unit.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ingest.records import StatedFigure
from ingest.text import Line

# Headcount labels: (metric key or None, pattern of the whole cell, unit).
COUNT_LABELS: tuple[tuple[str | None, str, str], ...] = (
    ("headcount_total", r"实有(?:人数|人员)", "人"),
    ("headcount_authorised", r"(?:核定|人员)?编制(?:人数|数)?", "人"),
    ("headcount_in_service", r"在职(?:人员|人数)", "人"),
    ("headcount_retired_all", r"离退休(?:人员|人数)", "人"),
    ("headcount_retired", r"退休(?:人员|人数)", "人"),
    (None, r"(?:在校)?学生(?:人数)?|在校生|教职工(?:人数)?|专任教师|医护人员|卫生技术人员", "人"),
    (None, r"(?:编制|实有|开放)?床位(?:数)?", "张"),
)
LABEL_RES = tuple(
    (metric, re.compile(rf"^(?:{pattern})(?:\((?:人|名|张)\))?[:：]?$"), unit) for metric, pattern, unit in COUNT_LABELS
)
COUNT_CELL_RE = re.compile(r"^\d{1,6}$")
CELL_SPLIT_RE = re.compile(r"[|\s]+")
# A line longer than this is prose, not cells.
MAX_CELL_LINE_CHARS = 60


def _cells(lines: list[Line]) -> list[tuple[str, Line]]:
    out: list[tuple[str, Line]] = []
    for line in lines:
        text = line.norm.strip()
        if not text:
            continue
        if len(text) > MAX_CELL_LINE_CHARS:
            out.append(("", line))  # prose: no pair across it
            continue
        out.extend((cell, line) for cell in CELL_SPLIT_RE.split(text) if cell)
    return out


def parse_count_cells(lines: list[Line]) -> list[StatedFigure]:
    """Every headcount printed as a label cell and a number cell (see the module docstring)."""
    if not any(("编制" in line.norm or "人数" in line.norm or "床位" in line.norm or "学生" in line.norm
                or "教职工" in line.norm) for line in lines):
        return []
    cells = _cells(lines)
    out: list[StatedFigure] = []
    for (label, _), (number, line) in itertools.pairwise(cells):
        if not COUNT_CELL_RE.match(number):
            continue
        for metric, pattern, unit in LABEL_RES:
            if pattern.match(label):
                out.append(StatedFigure(
                    label=label.rstrip(":："),
                    field="count",
                    value=Decimal(number),
                    unit=unit,
                    metric=metric,
                    context=f"{label} {number}",
                    source_line=line.number,
                    source_page=line.page,
                ))
                break
    return out

"""Headcounts printed as table cells without a unit: ``人员编制 | 21 |``, or one cell per line
(``人员编制`` / ``21`` / ``实有人数`` / ``21``) in a 部门(单位)基本概况 table.

A cell that is exactly a headcount label (编制数, 实有人数, 在职人员, 退休人员, 在校学生, 教职工,
床位数 …, optionally with ``(人)``) followed by a cell that is a bare whole number gives that count.
The label decides the unit (人, 床位: 张); the label must fill its cell, so a count quoted in a
sentence is left to :mod:`ingest.statements`, which needs the number's own unit — but for a sentence listing
headcounts (:func:`parse_count_lists`): ``编制人数42,其中:行政编制人数19、参照公务员管理的事业编制人数0、…``, two or
more labels ending in 人数 (or 人员: 年末实有人数73;在职人员29,…) each followed straight by a bare whole number and the
clause's end are counts of people.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ingest.records import StatedFigure
from ingest.text import Line, lines_with
from ingest.vocabulary import YEAR

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
# A label cell: one of COUNT_LABELS (the first that fits; its group tells which), a unit in
# brackets, a colon.
LABEL_CELL_RE = re.compile(
    "^(?:" + "|".join(f"({pattern})" for _, pattern, _ in COUNT_LABELS) + r")(?:\((?:人|名|张)\))?[:：]?$"
)
COUNT_CELL_RE = re.compile(r"^\d{1,6}$")
CELL_SPLIT_RE = re.compile(r"[|\s]+")
# Lines that may hold a label cell, found in one scan of the document: every label of COUNT_LABELS
# ends with one of these words (its unit in brackets and a colon may follow), and a cell ends at
# whitespace, a pipe or the line's end (prose goes on after the word: 人员经费, 编制内).
LABEL_CELL_END_RE = re.compile(
    r"(?:编制数?|人数|人员|学生|在校生|教职工|教师|床位数?)(?:\((?:人|名|张)\))?[:：]?(?=[|\s\x00]|\Z)"
)
# The same, one pattern for each first character of its words: the regex engine skips to a literal first
# character far faster than it tries each character of the document against a set of them (six scans for
# those lines cost a third of one).
_CELL_END = LABEL_CELL_END_RE.pattern[LABEL_CELL_END_RE.pattern.index(")") + 1 :]
LABEL_CELL_END_BY_FIRST = tuple(
    re.compile(words + _CELL_END) for words in ("编制数?", "人(?:数|员)", "学生", "在校生", "教(?:职工|师)", "床位数?")
)
# A count's unit printed after its number with the sentence going on (编制 0 名,参公事业编制…): the words are
# prose, the label may be the end of a longer one wrapped onto the line (行政 / 编制 0 名) — left to
# :mod:`ingest.statements`, which reads the number with its unit.
UNIT_WORDS = ("人", "名", "张")
# A line longer than this is prose, not cells.
MAX_CELL_LINE_CHARS = 60
# A cell that opens with a year (2023 年实际在职人数, 2022年决算数): the next column's label, no count.
YEAR_START_RE = re.compile(r"^\d{4}\s*年")
# How many lines below a label cell its number may be printed (blank lines between cells).
MAX_LINES_TO_NUMBER = 3


def _label(cell: str) -> tuple[str | None, str] | None:
    """(metric, unit) of a label cell, or None for a cell that is no count's label."""
    match = LABEL_CELL_RE.match(cell)
    if match is None:
        return None
    metric, _, unit = COUNT_LABELS[match.lastindex - 1]  # type: ignore[operator]
    return metric, unit


def _figure(label: str, number: str, line: Line) -> StatedFigure | None:
    if not COUNT_CELL_RE.match(number):
        return None
    found = _label(label)
    if found is None:
        return None
    metric, unit = found
    return StatedFigure(label=label.rstrip(":："), field="count", value=Decimal(number), unit=unit, metric=metric,
                        context=f"{label} {number}", source_line=line.number, source_page=line.page)


def parse_count_cells(lines: list[Line]) -> list[StatedFigure]:
    """Every headcount printed as a label cell and a number cell (see the module docstring)."""
    out: list[StatedFigure] = []
    for index in sorted({index for pattern in LABEL_CELL_END_BY_FIRST for index in lines_with(lines, pattern)}):
        text = lines[index].norm.strip()
        if len(text) > MAX_CELL_LINE_CHARS:
            continue  # prose
        cells = [cell for cell in CELL_SPLIT_RE.split(text) if cell]
        for at, (label, number) in enumerate(itertools.pairwise(cells)):
            after = cells[at + 2] if at + 2 < len(cells) else ""
            if after.startswith(UNIT_WORDS) and len(after) > 1:
                continue  # 行政\n编制 0 名,参公…: a sentence's count with its unit, wrapped — not cells
            if (figure := _figure(label, number, lines[index])) is not None:
                out.append(figure)
        if cells and _label(cells[-1]) is not None:  # one cell per line: the number below
            below = next((line for line in lines[index + 1 : index + 1 + MAX_LINES_TO_NUMBER] if line.norm.strip()),
                         None)
            if (
                below is not None
                and len(below.norm.strip()) <= MAX_CELL_LINE_CHARS
                and not YEAR_START_RE.match(below.norm.strip())  # 2023 年实际在职人数: the next label
            ):
                first = CELL_SPLIT_RE.split(below.norm.strip())[0]
                if (figure := _figure(cells[-1], first, below)) is not None:
                    out.append(figure)
    return out


# A headcount in a sentence listing them: a label ending in 人数 (the words since the clause's start), a bare whole
# number right after it, then the clause's end (、 , ; 。 or the line's): 编制人数42,其中:行政编制人数19、….
# (or in 人员, the people of a kind: 年末实有人数73;在职人员29,比上年减少6人 — a label naming people, its number theirs)
# (为 or 是 may stand between: 编制人数为65(其中…); a bracketed aside may follow the number:
# 退休人员62(已全部转入机关事业单位养老保险发放养老金))
LISTED_COUNT_RE = re.compile(
    r"(?P<label>[\u4e00-\u9fff()（）]{0,24}?人[数员])(?:为|是)?(?P<number>\d{1,6})(?=[、,，;；。(（]|\s*$)"
)
LISTED_COUNT_LINE_RE = re.compile(r"人[数员][为是]?\d")
# Fewer pairs than this in a line is a sentence's figure, not a list of headcounts (left to the statements).
MIN_LISTED_COUNTS = 2
LISTED_LABEL_START_RE = re.compile(r"^(?:其中|含|包括)[:：]?")
# A year printed right before a label (2022年年末在职在编人员53): the year its count is of, no part of the label.
YEAR_BEFORE_RE = re.compile(rf"({YEAR})$")
YEAR_REST_RE = re.compile(r"^年度?")


def parse_count_lists(lines: list[Line], document_year: int | None = None) -> list[StatedFigure]:
    """Every headcount of a sentence listing them without their unit (see the module docstring): 人, the metric of a
    label that is exactly a headcount cell's (编制人数, 实有人数, 在职人数), none for a kind of it (行政编制人数).
    A year printed right before a label other than ``document_year`` is the year its count is of
    (``StatedFigure.year``)."""
    out: list[StatedFigure] = []
    for index in lines_with(lines, LISTED_COUNT_LINE_RE):
        line = lines[index]
        pairs = list(LISTED_COUNT_RE.finditer(line.norm))
        if len(pairs) < MIN_LISTED_COUNTS:
            continue
        year, previous_end = None, 0  # (a year heading a label holds for the sentence's next ones)
        for match in pairs:
            label = LISTED_LABEL_START_RE.sub("", match.group("label"))
            if "。" in line.norm[previous_end : match.start()]:
                year = None
            previous_end = match.end()
            if (printed := YEAR_BEFORE_RE.search(line.norm, 0, match.start())) and YEAR_REST_RE.match(label):
                label = YEAR_REST_RE.sub("", label, count=1)  # (2022年年末在职在编人员53: the year's 年 no label's)
                year = int(printed.group(1)) if int(printed.group(1)) != document_year else None
            if not label or label in ("人数", "人员"):
                continue
            found = _label(label)
            out.append(StatedFigure(label=label, field="count", value=Decimal(match.group("number")), unit="人",
                                    metric=found[0] if found else None, context=match.group(0),
                                    source_line=line.number, source_page=line.page, year=year))
    return out

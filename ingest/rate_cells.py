"""Rates and scores a form prints as a label cell over its value cell, one cell per line: ``资金抽查占比 |`` then
``100% |``, ``满意度 情况 |`` then ``78.34% |``, ``自评分值 |`` then ``100 |``.

A line that is one cell (bare, or closed by its pipe: :func:`~ingest.label_values.lone_cell`) whose words name
a rate (…率, …占比, …比例, 满意度, 满意度情况) or a score (自评分值, 自评得分, 评价得分, 综合得分, 总得分, 总分), then
— blank lines skipped — a line that is one cell holding a percentage (a rate's) or a number of at most 100 (a score's),
then a line that is no value alone, gives that figure at the value's line. The pairs of such a form alternate
(label, value, label, value); a value followed by another value is a table's row under its header's cells, whose
column the label above does not name, and is left to the table readers. A figure with words around it is a
sentence's, left to :mod:`ingest.statements`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from ingest.label_values import MAX_BLANK_LINES, lone_cell
from ingest.performance.header_roles import column_role
from ingest.records import StatedFigure
from ingest.text import LINE_JOIN, Line, joined_texts, lines_holding

# A label cell of a rate or a score (its spaces gone: 满意度 情况): words only, 2 to 20 characters.
RATE_LABEL_RE = re.compile(r"^(?=.{2,20}$)[\u4e00-\u9fff()]*(?:率|占比|比例|满意度(?:情况)?)$")
SCORE_LABEL_RE = re.compile(r"^(?:自评|评价|综合|绩效)?(?:分值|得分)$|^总得?分$")
# The words a rate's or a score's label ends with: the lines holding one are found by a string search each (the
# regex engine would try an alternation at every character of the document), then looked at if short.
LABEL_WORDS = ("率", "占比", "比例", "满意度", "分值", "得分", "总分")
# What a label cell's line ends with, its pipes and spaces stripped (满意度 情况: 情况).
LABEL_ENDINGS = (*LABEL_WORDS, "情况")
CELL_END = " \t|｜"
# The longest line a label cell stands alone on (its pipes and spaces included).
MAX_LABEL_LINE = 40
# The end of a line ending in one of LABEL_ENDINGS (its pipes and spaces after it), found in the document's lines
# joined and reversed: one scan, each try starting at a line break (a string search per label word scanned the
# document seven times). 情况 counts where a label word stands before it on its line; the line's words before the
# ending are at most as many as fit in MAX_LABEL_LINE.
# (the character after the line break — a cell's end, or the last character of a label word or of 情况 — looked
# ahead for first: most lines end otherwise, and fail on that one test instead of the repeat and the words)
_REVERSED_WORDS = "|".join(word[::-1] for word in LABEL_WORDS)
_LAST_CHARACTERS = re.escape(CELL_END + "".join(sorted({word[-1] for word in LABEL_WORDS})) + "况")
_LINE_REST = f"[^{LINE_JOIN}]{{0,{MAX_LABEL_LINE - 1}}}"
REVERSED_LABEL_END_RE = re.compile(
    f"{LINE_JOIN}(?=[{_LAST_CHARACTERS}])[{re.escape(CELL_END)}]*"
    f"(?:(?:{_REVERSED_WORDS})|况情(?=[^{LINE_JOIN}]{{0,{MAX_LABEL_LINE - 1}}}?(?:{_REVERSED_WORDS})))"
    f"(?={_LINE_REST}(?:{LINE_JOIN}|\\Z))"
)
PERCENT_CELL_RE = re.compile(r"^(?P<number>\d{1,3}(?:\.\d{1,2})?)\s*%$")
SCORE_CELL_RE = re.compile(r"^(?P<number>\d{1,3}(?:\.\d{1,2})?)$")
MAX_SCORE = Decimal(100)


def _next_cell(lines: list[Line], index: int) -> tuple[int, str | None] | None:
    """(index, cell) of the next line with text after ``index`` (blank lines skipped), or None."""
    for j in range(index + 1, min(len(lines), index + 2 + MAX_BLANK_LINES)):
        if lines[j].compact:
            return j, lone_cell(lines[j].norm)
    return None


def _after_column_name(lines: list[Line], index: int) -> bool:
    """Whether the cell before the label cell at ``index`` (blank lines skipped) is a lone cell naming a table's
    column (评分细则, 指标分值, 三级指标): a form's label follows its last value, a header's cell the cell of the
    column before it — the row under the header (``1 |`` its 序号) no value of the label."""
    for j in range(index - 1, max(-1, index - 2 - MAX_BLANK_LINES), -1):
        if lines[j].compact:
            cell = lone_cell(lines[j].norm)
            return cell is not None and column_role("".join(cell.split())) not in (None, "caption")
    return False


def _value(cell: str | None, score: bool) -> Decimal | None:
    if cell is None:
        return None
    found = (SCORE_CELL_RE if score else PERCENT_CELL_RE).match(cell.strip())
    if found is None:
        return None
    value = Decimal(found.group("number"))
    return value if not score or value <= MAX_SCORE else None


def _label_lines(lines: list[Line]) -> list[int]:
    """Indexes of the lines, in order, that may be a label cell: at most :data:`MAX_LABEL_LINE` characters, ending in
    one of :data:`LABEL_ENDINGS` (its pipes and spaces after it stripped) and holding one of :data:`LABEL_WORDS`."""
    text, starts = joined_texts(lines, "norm", LINE_JOIN)
    if starts is None:  # (a line holding the joining character: each line that holds a label word looked at)
        candidates = lines_holding(lines, LABEL_WORDS)
    else:
        last = len(text) - 1
        # (each match's line break closes a line: the line of that break's place in the text, read forwards)
        candidates = [bisect_right(starts, last - found.start()) - 1
                      for found in REVERSED_LABEL_END_RE.finditer(text[::-1])]
        candidates.reverse()
        if lines:
            candidates.append(len(lines) - 1)  # (the last line, no line break after it)
    out = []
    for index in candidates:
        text = lines[index].norm
        if len(text) > MAX_LABEL_LINE:
            continue
        end = text.rstrip(CELL_END)
        # (a line ending in a label word holds one)
        if end.endswith(LABEL_WORDS) or (end.endswith(LABEL_ENDINGS) and any(word in text for word in LABEL_WORDS)):
            out.append(index)
    return out


def parse_rate_cells(lines: list[Line]) -> list[StatedFigure]:
    """Every rate and score printed as a label cell over its value cell (see the module docstring)."""
    out: list[StatedFigure] = []
    for index in _label_lines(lines):
        text = lines[index].norm
        cell = lone_cell(text)
        label = "".join(cell.split()) if cell else ""
        score = SCORE_LABEL_RE.match(label) is not None
        if not score and RATE_LABEL_RE.match(label) is None:
            continue
        if score and _after_column_name(lines, index):
            continue  # (a table's header one cell per line: its first row under its last cell, no value of it)
        below = _next_cell(lines, index)
        if below is None or (value := _value(below[1], score)) is None:
            continue
        after = _next_cell(lines, below[0])
        if after is not None and (_value(after[1], False) is not None or _value(after[1], True) is not None):
            continue  # (a value running on: a table's row under its header's cells)
        line = lines[below[0]]
        out.append(StatedFigure(
            label=label, field="score" if score else "share_pct", value=value, unit="point" if score else "percent",
            context=f"{label} {below[1].strip()}", source_line=line.number, source_page=line.page,
        ))
    return out

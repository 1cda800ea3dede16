"""Indicator tables whose levels are known by their columns, not by their words (a 绩效目标申报表's
一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则, a county's 评价指标 | 指标名称 | 指标值 | 分值):

    一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则
    投入指标 | 资金到位率 | 5 | 资金到位率=…×100%。 | 资金到位率达100% | 到位率100%得5分,每少10个百分点扣1分
             | 预算支出进度 | 15 | … | 预算支出进度达到90%以上 | 达到90%以上得15分,…
    过程指标 | 项目资金专项核算 | 5 | … | … | 专款专用得2分,专项核算得3分,否则0分。

The level names (投入指标, 过程指标) are no words of the national vocabulary
(:mod:`~ingest.performance.levels`): they are levels because they stand in the level columns the header
names. The last level column holds the indicator's name (a header of two levels: its 二级指标 is the
indicator); the ones before it its 一级 / 二级, printed on the first row they span (merged cells).

The header is found by its words (:data:`~ingest.performance.header_roles.HEADER_ROLES`): two level
columns at least, one points column (分值 / 权重), no more than one target's; the table's caption cell may
stand before it (绩效指标 | 一级指标 | …). Its cells come one per line closed by a pipe (``一级指标 |``; an
empty cell is a pipe alone, a cell's text may wrap over lines before its pipe), or as rows of cells parted
by pipes, tabs or runs of spaces, one row a line (the header's cells may wrap over lines). A row is its
names — the level cells it prints, none holding a figure — then one cell for each column after the levels
with a bare number under 分值: one cell per line, every cell printed (empty ones too), the one count of
names that puts a number under 分值 (and 得分); one row a line, the count that leaves a cell for each
column, else the one count that places its numbers (its last columns empty, not printed).

A reading is taken only where the table's own arithmetic confirms it (a wrong figure is worse than a
missing one):

- a level's points printed with its name (``投入指标(20分)``) are its rows' 分值 added up;
- the rows' 分值 (or 得分) add up to the 合计 / 总分 printed below them;
- a row's scoring rule (评分细则 / 评分标准) gives its full 分值 (``得5分``; ``得2分 … 得3分`` for 5);
- every row has a 得分, none above its 分值, the 分值 adding up to 100 at most.

A row that none of these confirms is left out with a parse warning, and so is a whole table whose points
disagree (a 得分 above its 分值, a level's points or the 合计 against its rows), a row whose cells fit two
placings, and a row cut short by the page's end. The rows are :class:`~ingest.records.Indicator` records
with their 分值, target, actual and 得分, each figure at its own cell's line.

Only tables the level list cannot read are taken (a header of two levels, or level names the list lacks):
a table of three levels of the list is the grid and stream readers'. It runs where no table reader read
an indicator with a figure (:func:`~ingest.performance.parse_performance`); a table it takes is its own,
its figures read or not — the stream reader's readings of its lines are dropped (it takes a level the list
lacks for an indicator).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from ingest.performance.header_roles import FORM_END_WORDS, HEADER_ROLES, LEVEL_HEADER_RE, VALUE_ROLES
from ingest.performance.indicator_values import parse_number
from ingest.performance.levels import is_block_caption, is_level1, is_level2, is_level_shaped, without_points
from ingest.performance.pipe_cell_rows import PADDING_RE, PIPE_CELL_RE
from ingest.performance.score_grid import LEVEL_NUMBERS, LEVEL_WORD_RE, TOTAL_RE, WEIGHTED_CELL_RE
from ingest.records import Indicator, ParseWarning, Record
from ingest.text import Line, lines_holding
from ingest.value_lines import value_lines

PARSER_NAME = "performance.level_grid"
# Lines a header may start on (looked for in the compact text of every line).
ANCHORS = ("一级指标", "评价指标")
# A header's level columns (LEVEL_HEADER_RE), value columns (VALUE_ROLES): ingest/performance/header_roles.py.
MAX_HEADER_CELLS = 12
THREE_LEVELS = 3
MAX_HEADER_LINES = 4
MAX_HEADER_CELL_CHARS = 16
# How many lines a table may take, and how many lines one cell may wrap over before its pipe.
MAX_GRID_LINES = 300
MAX_WRAPPED_LINES = 8
# A bare number: a 分值, a 得分 (its 分 too).
NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?分?$")
# Full marks a scoring rule gives: 得5分, 得 15 分, 计2分 (never 扣1分, 得0分).
FULL_MARKS_RE = re.compile(r"(?:得|计|给)(\d+(?:\.\d+)?)分")
# The points a whole table gives.
FULL_POINTS = Decimal(100)
# What a level or indicator name never holds: a sentence's marks.
SENTENCE_RE = re.compile(r"[。;；,，:：!！]")
MAX_NAME_CHARS = 30
# Cells of a row parted in one line: pipes, tabs, runs of spaces.
ROW_SPLIT_RE = re.compile(r"\s*[|\t]\s*|\s{2,}")
# Words that end a table: the next section, a signature.
END_WORDS = (*FORM_END_WORDS, "联系电话")


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str  # compact text
    line: Line

    @property
    def number(self) -> Decimal | None:
        return parse_number(self.text.removesuffix("分")) if NUMBER_RE.match(self.text) else None


@dataclass
class _Row:
    names: list[_Cell]
    values: dict[str, _Cell] = field(default_factory=dict)  # role → cell (filled cells only)
    levels: list[str | None] = field(default_factory=list)  # the row's level names, inherited ones too
    points: list[Decimal | None] = field(default_factory=list)  # the points each level's cell carries


def _role(text: str) -> str | None:
    """A header cell's role: level, weight, score, target, actual, rule, text; None: no header cell."""
    if len(text) > MAX_HEADER_CELL_CHARS:
        return None
    if LEVEL_HEADER_RE.match(text):
        return "level"
    for pattern, role in VALUE_ROLES:
        if pattern.search(text):
            return role
    role = next((role for pattern, role in HEADER_ROLES if pattern.search(text)), None)
    return None if role in (None, "ordinal", "level", "value") else role


def _closed_cells(lines: list[Line]) -> Iterator[_Cell | None]:
    """Cells one per line closed by a pipe (``text |``; ``|`` an empty cell, yielded as None); a cell's
    text wrapped over lines before its pipe is one cell. Stops at a line that is no such cell's."""
    pending: list[Line] = []
    for line in lines:
        norm = line.norm
        if PADDING_RE.match(norm):
            return
        match = PIPE_CELL_RE.match(norm)
        if match is None:
            if "|" in norm or len(pending) >= MAX_WRAPPED_LINES:
                return
            if norm.strip():
                pending.append(line)
            continue
        text = "".join("".join(part.norm.split()) for part in pending) + "".join(match.group(1).split())
        first = pending[0] if pending else line
        pending = []
        yield _Cell(text, first) if text else None


def _row_cells(line: Line) -> list[_Cell | None]:
    """A row's cells parted by pipes, tabs or runs of spaces in one line (empty ones None)."""
    parts = ROW_SPLIT_RE.split(line.norm.strip().strip("|"))
    return [_Cell("".join(part.split()), line) if part.strip() else None for part in parts]


@dataclass
class _Header:
    roles: list[str]  # the columns from the first level column on
    numbers: list[int | None]  # each level column's level as its header names it (一级 → 1 …)
    end: int  # the index of the line after the header
    closed: bool  # one cell per line closed by pipes (else one row a line)

    @property
    def levels(self) -> int:
        return self.roles.count("level")

    @property
    def after(self) -> list[str]:
        return self.roles[self.levels :]


def _captioned(line: Line) -> bool:
    """Whether a row's first cell is the caption merged over the table (绩效指标, 绩效指标(90分)) and its next the
    header's first level column."""
    cells = [cell for cell in _row_cells(line)[:3] if cell is not None]
    return len(cells) > 1 and is_block_caption(without_points(cells[0].text)) and cells[1].text.startswith(ANCHORS)


def _header(lines: list[Line], anchor: int) -> _Header | None:
    """The header starting at ``lines[anchor]`` (one cell per line, or one line), or None."""
    first = lines[anchor]
    closed = PIPE_CELL_RE.match(first.norm) is not None and not ROW_SPLIT_RE.search(first.norm.strip().strip("|"))
    if closed:
        cells: list[_Cell] = []
        index = anchor
        for index in range(anchor, min(len(lines), anchor + MAX_HEADER_CELLS)):
            match = PIPE_CELL_RE.match(lines[index].norm)
            text = "".join(match.group(1).split()) if match else ""
            if not text or _role(text) is None:
                break
            cells.append(_Cell(text, lines[index]))
        else:
            index += 1
        end = index
    else:
        cells = [cell for cell in _row_cells(first) if cell is not None]
        if cells and is_block_caption(without_points(cells[0].text)):
            cells = cells[1:]  # (the caption merged over the table's rows: 绩效指标 | 一级指标 | …)
        end = anchor + 1
        if not cells or any(_role(cell.text) is None for cell in cells):
            return None
        # (a header whose cells wrap over lines, each line's cells closed by pipes: 年度 指标值 | / 实际 完成值 |)
        while end < min(len(lines), anchor + MAX_HEADER_LINES) and first.norm.rstrip().endswith("|"):
            more = [cell for cell in _row_cells(lines[end]) if cell is not None]
            if not more or any(_role(cell.text) is None for cell in more):
                break
            cells += more
            end += 1
    roles = [_role(cell.text) or "" for cell in cells]
    levels = 0
    while levels < len(roles) and roles[levels] == "level":
        levels += 1
    after = roles[levels:]
    if levels < 2 or "level" in after or after.count("weight") != 1 or after.count("target") > 1:
        return None
    if after.count("score") > 1 or after.count("actual") > 1:
        return None
    numbers = [LEVEL_NUMBERS.get(match.group(1)) if (match := LEVEL_WORD_RE.search(cell.text)) else None
               for cell in cells[:levels]]
    return _Header(roles, numbers, end, closed)


def _name(text: str) -> tuple[str, Decimal | None]:
    """A level cell's name and the points it carries (``投入指标(20分)`` → 投入指标, 20)."""
    match = WEIGHTED_CELL_RE.fullmatch(text) if "(" in text else None
    if match is None:
        return text, None
    return match.group("name") + match.group("words"), parse_number(match.group("points"))


def _is_level_name(text: str) -> bool:
    """A level's name of the list or shaped as one (投入指标): never a cell after a row's levels and name."""
    key = without_points(text)
    return is_level1(key) or is_level2(key) or is_level_shaped(key)


def _is_name(cell: _Cell) -> bool:
    """A level's or an indicator's name: short words, no figure (but a level's points), no sentence."""
    text = _name(cell.text)[0]
    return bool(text) and len(text) <= MAX_NAME_CHARS and not SENTENCE_RE.search(text) and not any(
        ch.isdigit() for ch in text
    )


def _numbers_placed(cells: list[_Cell | None], start: int, after: list[str], ordered: bool = True) -> bool:
    """Whether the columns after the levels, laid from ``cells[start]``, put a number under 分值 and a number
    (``ordered``: no greater) or nothing under 得分."""
    if start + len(after) > len(cells):
        return False
    weight = cells[start + after.index("weight")]
    score = cells[start + after.index("score")] if "score" in after else None
    if weight is None or (points := weight.number) is None:
        return False
    return score is None or ((scored := score.number) is not None and (scored <= points or not ordered))


def _closed_rows(
    cells: list[_Cell | None], header: _Header, warnings: list[Record]
) -> tuple[list[_Row], int]:
    """The rows of cells one per line: each its names (1 to the header's levels, merged ones not printed),
    then one cell per column after the levels. Returns the rows and the index of the first cell not read."""
    rows: list[_Row] = []
    after = header.after
    position = 0
    while position < len(cells):
        while position < len(cells) and cells[position] is None:
            position += 1  # (a merged column's cell printed empty before the row)
        names: list[_Cell] = []
        while len(names) < header.levels and position + len(names) < len(cells):
            cell = cells[position + len(names)]
            if cell is None or not _is_name(cell):
                break
            names.append(cell)
        # the names end where the 分值 column's number stands (and the 得分's, where the header has one): a
        # row whose cells fit two such placings (a text target after a merged level's cell) is read in none
        fits = [n for n in range(len(names), 0, -1) if _numbers_placed(cells, position + n, after)]
        if len(fits) != 1:
            if len(fits) > 1:
                warnings.append(_warning(names[0].line, f"level grid: the cells from {names[0].text} fit more than "
                                         "one row's placing; the rows from here left out"))
            return rows, position
        count = fits[0]
        values = cells[position + count : position + count + len(after)]
        if any(cell is not None and _is_level_name(cell.text) for cell in values):
            return rows, position  # (the next row's level where this row's cell stands: an empty cell not printed)
        rows.append(_Row(names[:count], {role: cell for role, cell in zip(after, values, strict=True) if cell}))
        position += count + len(after)
    return rows, position


def _line_rows(lines: list[Line], header: _Header, warnings: list[Record]) -> tuple[list[_Row], int]:
    """The rows printed one a line: a row's names are its leading name cells, as many as leave one cell for each
    column after the levels (every column printed); where the row prints fewer (its last columns empty, their
    cells not printed), the one count of names that puts a number under 分值 (and a number or nothing under
    得分). A line of empty cells alone (a copy's padding between rows) is stepped over."""
    rows: list[_Row] = []
    after = header.after
    for index, line in enumerate(lines):
        cells = _row_cells(line)
        while cells and (cells[0] is None or is_block_caption(without_points(cells[0].text))):
            cells.pop(0)  # (the merged cells before the row's, the table's caption on its first row)
        while cells and cells[-1] is None:
            cells.pop()
        if not cells:
            continue
        names = 0
        while names < min(header.levels, len(cells)) and (cell := cells[names]) is not None and _is_name(cell):
            names += 1
        padded = cells + [None] * len(after)
        # (every column printed: its count, a 得分 above its 分值 left to the table's check, which reads none then)
        every = len(cells) - len(after)
        fits = [n for n in range(names, 0, -1) if len(cells) - n <= len(after) and _numbers_placed(padded, n, after)]
        if 1 <= every <= names and _numbers_placed(padded, every, after, ordered=False):
            count = every
        else:
            count = fits[0] if len(fits) == 1 else 0
        if not count:
            if len(fits) > 1:
                warnings.append(_warning(line, "level grid: the row's cells fit more than one placing; the rows from "
                                         "here left out"))
            return rows, index
        values = padded[count : count + len(after)]
        names_cells = [cell for cell in cells[:count] if cell is not None]
        rows.append(_Row(names_cells, {role: cell for role, cell in zip(after, values, strict=True) if cell}))
    return rows, len(lines)


def _warning(line: Line, message: str) -> ParseWarning:
    return ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                        context=line.text[:120])


def _levels(rows: list[_Row], levels: int, warnings: list[Record]) -> list[_Row]:
    """Each row's level names, inherited from the rows above where merged; rows whose indicator's name is
    a level's (a level's row read as an indicator) end the table."""
    current: list[str | None] = [None] * levels
    points: list[Decimal | None] = [None] * levels
    out: list[_Row] = []
    for row in rows:
        depth = levels - len(row.names)
        if depth and not out:
            warnings.append(_warning(row.names[0].line, "level grid: the first row lacks its levels; left out"))
            return out
        for index, cell in enumerate(row.names):
            current[depth + index], points[depth + index] = _name(cell.text)
        name = without_points(current[-1] or "")
        if is_level1(name) or is_level2(name) or is_level_shaped(name):
            warnings.append(_warning(row.names[-1].line, f"level grid: {name} in the indicator's column is a "
                                     "level's name; the rows from here left out"))
            return out
        row.levels, row.points = list(current), list(points)
        out.append(row)
    return out


def _levels_of_the_list(rows: list[_Row]) -> bool:
    """Whether every level name the rows print (not their indicators') is one of the list's."""
    return all(
        is_level1(key) or is_level2(key)
        for row in rows
        for key in (without_points(name) for name in row.levels[:-1] if name)
    )


def _rule_confirms(row: _Row, weight: Decimal) -> bool:
    """Whether the row's scoring rule gives its full 分值 (all its 得N分 added up, or the largest)."""
    rule = row.values.get("rule")
    marks = [parse_number(m) for m in FULL_MARKS_RE.findall(rule.text)] if rule else []
    marks = [mark for mark in marks if mark]
    return bool(marks) and (sum(marks, Decimal(0)) == weight or max(marks) == weight)  # type: ignore[type-var]


def _confirmed(rows: list[_Row], total: Decimal | None, cut: bool, warnings: list[Record]) -> set[int] | None:
    """The rows the table's arithmetic confirms; None where its points disagree (nothing read). ``cut``: the
    table's last row was cut short (its last level's rows may add up to less than its points)."""
    weights = [row.values["weight"].number for row in rows]
    scores = [row.values["score"].number if "score" in row.values else None for row in rows]
    confirmed: set[int] = set()
    for index, row in enumerate(rows):
        weight, score = weights[index], scores[index]
        assert weight is not None  # (a row is read only with a number under 分值)
        if score is not None and score > weight:
            warnings.append(_warning(row.names[-1].line, f"level grid: 得分 {score} above 分值 {weight}"))
            return None
        if row.points[-1] is not None and row.points[-1] != weight:  # (资金到位率(5分) | … | 10)
            warnings.append(_warning(row.names[-1].line, f"level grid: 分值 {weight} against {row.names[-1].text}"))
            return None
        if _rule_confirms(row, weight):
            confirmed.add(index)
    # a 得分 for every row, none above its 分值, the 分值 no more than a table's 100 points
    if all(score is not None for score in scores) and sum(weights, Decimal(0)) <= FULL_POINTS:  # type: ignore[arg-type]
        confirmed.update(range(len(rows)))
    levels = len(rows[0].levels) if rows else 0
    for depth in range(levels - 1):  # each level whose cell carries its points: its rows' 分值 make them
        start = 0
        while start < len(rows):
            stop = start + 1
            while stop < len(rows) and len(rows[stop].names) < levels - depth:
                stop += 1
            points = rows[start].points[depth]
            if points is not None:
                made = sum((w or Decimal(0) for w in weights[start:stop]), Decimal(0))
                if made == points:
                    confirmed.update(range(start, stop))
                elif not (cut and stop == len(rows) and made < points):  # (a level the page's end cut: no check)
                    warnings.append(_warning(rows[start].names[0].line, f"level grid: the rows of "
                                             f"{rows[start].levels[depth]} add up to {made}, not its {points}"))
                    return None
            start = stop
    if total is not None:  # (the 合计 of the 分值, or of the 得分 where only that is printed)
        made = sum((w or Decimal(0) for w in weights), Decimal(0))
        scored = sum((score or Decimal(0) for score in scores), Decimal(0)) if all(scores) else None
        if total not in (made, scored):
            warnings.append(_warning(rows[-1].names[-1].line, f"level grid: the rows' 分值 add up to {made}, "
                                     f"not the 合计's {total}"))
            return None
        confirmed.update(range(len(rows)))
    return confirmed


def _cut_row(rest: list[_Cell | None], header: _Header) -> _Cell | None:
    """The name of a row the cells after the last one read begin (a name, then its 分值 in place), where
    they are too few for the header's columns: a row cut short. None where they begin no row."""
    filled = [cell for cell in rest if cell is not None]
    if not filled or len(rest) >= header.levels + len(header.after) or TOTAL_RE.match(filled[0].text):
        return None
    weight_at = header.after.index("weight")
    for count in range(1, header.levels + 1):
        at = count + weight_at
        if at < len(filled) and all(_is_name(cell) for cell in filled[:count]) and filled[at].number is not None:
            return filled[count - 1]
    return None


def _total(cells: list[_Cell | None]) -> Decimal | None:
    """The 合计 / 总分 after the rows: the first number after its label."""
    filled = [cell for cell in cells[: 2 * MAX_HEADER_CELLS] if cell is not None]
    if not filled or not TOTAL_RE.match(filled[0].text):
        return None
    return next((cell.number for cell in filled[1:4] if cell.number is not None), None)


def _indicator(row: _Row, header: _Header, stage: str) -> Indicator:
    names = row.levels
    above = dict(zip([number or position + 1 for position, number in enumerate(header.numbers[:-1])],
                     names[:-1], strict=True))
    values = row.values
    target = values.get("target")
    actual = values.get("actual")
    weight, score = values["weight"], values.get("score")
    line = row.names[-1].line
    return Indicator(
        source_line=line.number,
        source_page=line.page,
        project_key=None,
        stage="self_evaluation" if (score or actual) else stage,
        level1_name=above.get(1),
        level2_name=above.get(2),
        level3_name=names[-1],
        target_raw=target.text if target else None,
        actual_raw=actual.text if actual else None,
        weight=weight.number,
        score=score.number if score else None,
        value_lines=value_lines(line.number, [
            (role, cell.line.number) for role, cell in (("target", target), ("actual", actual), ("weight", weight),
                                                         ("score", score)) if cell is not None
        ]),
    )


def read_level_grids(lines: list[Line], stage: str) -> tuple[list[Record], set[tuple[int | None, int]]]:
    """Every such table's confirmed indicators and its warnings, and the lines the tables take."""
    records: list[Record] = []  # (targets and actuals as printed: parse_performance reads their values)
    taken: set[tuple[int | None, int]] = set()
    done = -1
    for anchor in lines_holding(lines, ANCHORS, "compact"):
        compact = lines[anchor].compact.lstrip("|")
        if anchor <= done or not (compact.startswith(ANCHORS) or _captioned(lines[anchor])):
            continue
        header = _header(lines, anchor)
        if header is None:
            continue
        body = []
        for line in lines[header.end : header.end + MAX_GRID_LINES]:
            if any(word in line.compact for word in END_WORDS):
                break
            body.append(line)
        warnings: list[Record] = []
        if header.closed:
            cells = list(_closed_cells(body))
            rows, read = _closed_rows(cells, header, warnings)
            rest = cells[read:]
            used = {cell.line.number for cell in cells[:read] if cell is not None}
        else:
            rows, read = _line_rows(body, header, warnings)
            rest = [cell for line in body[read : read + 2] for cell in _row_cells(line)]
            used = {line.number for line in body[:read]}
        cut = _cut_row(rest, header) if header.closed else None
        if cut is not None:
            used.update(cell.line.number for cell in rest if cell is not None)  # (the row cut short: no other's)
            warnings.append(_warning(cut.line, f"level grid: the row of {cut.text} is cut short of its header's "
                                     "columns (a page's end?); left out"))
        rows = _levels(rows, header.levels, warnings)
        if not rows or (header.levels >= THREE_LEVELS and _levels_of_the_list(rows)):
            continue  # (a table of three levels the list names: the grid and stream readers' own)
        done = anchor
        confirmed = _confirmed(rows, _total(rest), cut is not None, warnings)
        for index, row in enumerate(rows):
            if confirmed is not None and index in confirmed:
                records.append(_indicator(row, header, stage))
            elif confirmed is not None:
                warnings.append(_warning(row.names[-1].line, f"level grid: the 分值 of {row.levels[-1]} is confirmed "
                                         "by no level's points, 合计 or scoring rule; left out"))
        records.extend(warnings)
        # the table's lines are its own, its figures read or not: its levels are no names of the list (or its
        # header has two levels), which the other readers take for indicators (投入指标 whose target is 资金投入)
        taken.update((line.page, line.number) for line in lines[anchor : header.end])
        taken.update((line.page, line.number) for line in body if line.number in used)
    return records, taken

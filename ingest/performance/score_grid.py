"""Scoring grids (评分表) of an evaluation system: each row an indicator with its 分值 and 自评得分.

A 部门整体支出绩效评价 (and a project evaluation's 评分表) prints the evaluation system itself as a
table: the three levels of indicators (一级 投入/过程/产出/效果 or 规划/执行/效益, 二级 预算编制 /
预算执行, 三级 预算执行率 / 结转结余率 …), each row's points (指标分值, 分值, 权重, 权数), its long text
cells (指标解释, 指标说明及评分标准, 评分细则) and the points given (自评得分, 得分, 评价得分)::

    序号 | 一级 指标 | 二级 指标 | 三级 指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |
    1 | 规划 (15分) | 基础信息 (3分) | 基础信息 完整性 | 3 | 部门及所属…(按年初预算基础信息表考核)。 | 1、…(1分); |
    3 |
    2 | 工作计划 (6分) | 年度工作 计划完整性 | 3 | 部门及所属…是否完整可行。 | … | 3 | |

The grid is found by its header: a level column (三级指标), a points column or levels that carry their
points (``规划 (15分)``, ``相关性(5分)``), and a score column; a header naming a target or an actual
(指标值, 目标值, 完成值) is a project sheet, the indicator readers'. Its cells are read as one stream in
the layout the header is printed in — cells closed by pipes (a line break inside a cell is no
separator: a long cell wraps over lines), tab-separated rows, or one cell per line — and empty cells
dropped (a merged or blank cell cannot be told from an empty one). Each row is then: its 序号 (where
the header has one: the next number in turn), its level cells (merged ones printed only on the first
row they span: the last name is the 三级指标, those before it its 二级 and 一级), and the cells after it
laid over the header's columns after the levels in order (a number under 分值 or 得分, words under a
text column). A figure is read only where every such placing gives it the same column; a row whose
cells fit no placing, a 得分 above its 分值, points that do not add up to their level's (``基础信息
(3分)`` over rows of 3; the last level of a grid cut short only not above it), or a 合计 / 总分 row
that the rows' points or scores do not make, leaves the figures concerned out with a parse warning.
The rows are indicators of stage ``self_evaluation`` with ``project_key`` null, their 分值 and 得分
each at its own cell's line (``value_lines``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from ingest.performance.header_roles import FORM_END_WORDS, HEADER_ROLES
from ingest.performance.indicator_values import parse_number
from ingest.records import Indicator, ParseWarning, Record
from ingest.text import Line, is_page_mark, lines_holding
from ingest.value_lines import value_lines

PARSER_NAME = "performance.score_grid"
# The header's level column, looked for literally in the compact text of every line; where the header starts.
ANCHORS = ("三级指标", "二级指标")
HEADER_START_RE = re.compile(r"一级|序号|编号|评价指标|考核指标")
# How many lines the header may span before its anchor (一级 / 二级 wrapped over lines) and after it.
HEADER_BEFORE = 12
HEADER_AFTER = 16
# How many lines a grid may take, and how many lines with no separator a wrapped cell may take.
MAX_GRID_LINES = 400
MAX_WRAPPED_LINES = 4
# The roles of the header's cells, by their words: HEADER_ROLES (ingest/performance/header_roles.py).
HEADER_CELL_CHARS = 16
LEVEL_WORD_RE = re.compile(r"([一二三])级指标")
LEVEL_NUMBERS = {"一": 1, "二": 2, "三": 3}
# A level cell carrying its points: 规划 (15分), 相关性(5分), (20分), (10), (特性指标70分).
WEIGHTED_CELL_RE = re.compile(r"(?P<name>.*?)[(](?P<words>[^()\d]{0,8})(?P<points>\d+(?:\.\d+)?)\s*分?[)]")
# Cells lined up with spaces: two spaces or more part them (a single space is a cell's own).
SPACES = "  "
SPACES_RE = re.compile(r"\s{2,}")
# Among pipe rows, tabs and runs of spaces part cells too (a copy that re-printed some rows so).
# Pipe rows not closed by a pipe (``一级指标 | … | 得分``, no pipe at the line's end): each row its line, as tab rows
# are (rows closed by a pipe, ``… | 得分 |``, may wrap a long cell over lines before its pipe).
OPEN_PIPES = "|-"
ROW_PER_LINE = ("\t", SPACES, OPEN_PIPES)  # layouts whose rows are lines (a closed pipe row's long cell may wrap)
PIPE_OR_TAB_RE = re.compile(r"[|\t]|\s{2,}")
RULE_CELL_RE = re.compile(r":?-{3,}:?")  # a Markdown table's rule (|---|---|): no cell
NUMBER_CELL_RE = re.compile(r"\d+(?:\.\d+)?\s*分?")
# A name cell: short words, no sentence; longer cells or sentences are text.
MAX_NAME_CHARS = 30
SENTENCE_RE = re.compile(r"[。;；,，:：、]|\d+分")
TOTAL_RE = re.compile(r"^(?:合\s*计|总\s*计|总\s*分|得分合计|综合得分)$")
# Words that end a grid: the next table, the conclusions below it.
END_WORDS = (*FORM_END_WORDS, "存在的问题")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str  # compact (no spaces: a wrapped cell's line break is no part of its words)
    line: Line
    kind: str  # number / name / text
    opens: bool = False  # the first cell of a row printed on a line of its own (tab rows, spaced columns)

    @property
    def points(self) -> Decimal | None:
        """The points a level cell carries (``规划 (15分)``), else None."""
        match = WEIGHTED_CELL_RE.fullmatch(self.text) if self.kind == "name" else None
        return parse_number(match.group("points")) if match else None

    @property
    def name(self) -> str | None:
        """The cell's name without its points (None: a cell of points alone, ``(20分)``)."""
        match = WEIGHTED_CELL_RE.fullmatch(self.text)
        if match is None:
            return self.text
        name = (match.group("name") + match.group("words")).strip()
        return name or None


def _kind(text: str) -> str:
    if NUMBER_CELL_RE.fullmatch(text):
        return "number"
    if len(text) > MAX_NAME_CHARS or SENTENCE_RE.search(WEIGHTED_CELL_RE.sub("", text)):
        return "text"
    return "name"


def _split(lines: list[Line], separator: str) -> Iterator[tuple[str, Line, bool]]:
    """The cells of ``lines`` (with the line each starts on, and whether it is its line's first), cut at
    ``separator``: a pipe (a line break is no separator: a long cell wraps; a tab row among pipe rows ends
    at its line's end), a tab or runs of spaces (a line break too) or a line break (a cell per line). Open pipe
    rows end at their line's end, but for a long cell wrapped over lines: a line holding no pipe, or opening with
    words no row opens with (a sentence, :func:`_kind` ``text``), goes on with the cell the line above ended in."""
    text: list[str] = []
    start: Line | None = None
    first = True
    for line in lines:
        parts = [line.norm] if separator == "\n" else PIPE_OR_TAB_RE.split(line.norm.strip())
        if separator == OPEN_PIPES and line.compact and not _goes_on(parts):
            if text:
                yield " ".join(text), start, first  # type: ignore[misc]
            text, start, first = [], None, True
        for index, part in enumerate(parts):
            if index and text:
                yield " ".join(text), start, first  # type: ignore[misc]
                text, start, first = [], None, False
            if part.strip():
                text.append(part.strip())
                start = start or line
        if (separator not in ("|", OPEN_PIPES) or _separated(line, "\t")) and text:
            yield " ".join(text), start, first  # type: ignore[misc]
            text, start = [], None
        if separator not in ("|", OPEN_PIPES):
            first = True
    if text:
        yield " ".join(text), start, first  # type: ignore[misc]


def _goes_on(parts: list[str]) -> bool:
    """Whether a line of an open pipe grid (its ``parts``) goes on with the cell the line above ended in."""
    return len(parts) == 1 or _kind("".join(parts[0].split())) == "text"


def _cells(lines: list[Line], separator: str) -> list[Cell]:
    out = []
    for text, line, first in _split(lines, separator):
        compact = "".join(text.split())
        if compact and line is not None and not RULE_CELL_RE.fullmatch(compact):
            out.append(Cell(compact, line, _kind(compact), first and separator in ROW_PER_LINE))
    return out


def _separator(lines: list[Line]) -> str:
    """How the header's cells are separated: pipes (closing its cells, or open rows: no line of the header
    ends with a pipe), tabs, two spaces or more (a copy lined up with spaces), else line breaks (one cell per
    line)."""
    if any("|" in line.norm for line in lines):
        return "|" if any(line.norm.rstrip().endswith("|") for line in lines) else OPEN_PIPES
    if any("\t" in line.norm for line in lines):
        return "\t"
    if any(SPACES_RE.search(line.norm.strip()) for line in lines):
        return SPACES
    return "\n"


def _header_roles(cells: list[Cell]) -> list[str] | None:
    """The role of each header cell, or None when the cells are no grid's header (a cell naming no
    column, or a target's or an actual's: a project sheet)."""
    roles = []
    for cell in cells:
        if len(cell.text) > HEADER_CELL_CHARS or cell.text.endswith("表"):  # (a table's title: no column)
            return None
        role = next((role for pattern, role in HEADER_ROLES if pattern.search(cell.text)), None)
        if role is None or role == "value":
            return None
        roles.append(role)
    return roles


def _is_grid_header(roles: list[str]) -> bool:
    """A level column, one score column, at most one points column (the points may stand in the levels)."""
    return "level" in roles and roles.count("score") == 1 and roles.count("weight") <= 1


@dataclass
class Grid:
    roles: list[str]  # the header's columns
    level_numbers: list[int | None]  # each level column's level as its header names it (一级 → 1 …)
    cells: list[Cell]  # the body's non-empty cells
    lines: list[Line]  # the grid's lines, header included


# Words of a target's or an actual's column (a project sheet's header), and of a score column.
VALUE_WORDS = ("指标值", "目标值", "完成值", "实际值", "完成情况", "指标性质")
SCORE_WORDS = ("得分", "评分", "考评分", "自评分")


def _may_be_grid_header(lines: list[Line], anchor: int) -> bool:
    """A cheap look before the header's cells are cut: from the anchor on, a score column's word comes
    before any target's or actual's (a project sheet's header names those: most anchors are theirs)."""
    for line in lines[anchor : anchor + HEADER_AFTER + 1]:
        compact = line.compact
        if any(word in compact for word in VALUE_WORDS):
            return False
        if any(word in compact for word in SCORE_WORDS):
            return True
    return False


def _find_header(lines: list[Line], anchor: int) -> tuple[int, int, list[str], list[int | None], str] | None:
    """The header around ``lines[anchor]``: (its first line, the line after it, its roles, the level each
    level column names, the separator).
    It starts at the nearest line at or above the anchor naming 一级 / 序号 / 评价指标, and ends at its
    score column or the text columns after it (the next line naming no column)."""
    if not _may_be_grid_header(lines, anchor):
        return None
    starts = [
        index
        for index in range(max(0, anchor - HEADER_BEFORE), anchor + 1)
        if HEADER_START_RE.search(lines[index].compact)
    ]
    # (the farthest start whose lines down to the anchor are all header cells: 序号 above 一级指标)
    first = next(
        (
            index
            for index in starts
            if _header_roles(_cells(lines[index : anchor + 1], _separator(lines[index : anchor + 1]))) is not None
        ),
        None,
    )
    if first is None:
        return None
    for end in range(anchor + 1, min(len(lines), anchor + HEADER_AFTER) + 1):
        window = lines[first:end]
        separator = _separator(window)
        cells = _cells(window, separator)
        if not cells or any(cell.kind == "number" for cell in cells):
            return None
        roles = _header_roles(cells)
        if roles is None:
            return None
        if _is_grid_header(roles):
            following = lines[end] if end < len(lines) else None
            more = _header_roles(_cells([following], separator)) if following is not None else None
            if not more:  # (the next line names no further column)
                numbers = [
                    LEVEL_NUMBERS.get(match.group(1)) if (match := LEVEL_WORD_RE.search(cell.text)) else None
                    for cell, role in zip(cells, roles, strict=True)
                    if role == "level"
                ]
                return first, end, roles, numbers, separator
    return None


def _body(lines: list[Line], start: int, separator: str) -> list[Line]:
    """The grid's lines from ``start``: until the next table, its conclusions, or lines with no separator."""
    body: list[Line] = []
    bare = 0
    for line in lines[start : start + MAX_GRID_LINES]:
        compact = line.compact
        if any(word in compact for word in END_WORDS) or any(anchor in compact for anchor in ANCHORS):
            break
        if is_page_mark(line.norm):
            continue  # (a page's number between two pages of the grid: no cell)
        if separator != "\n" and compact and not _separated(line, separator):
            bare += 1
            if bare > MAX_WRAPPED_LINES:
                break
        elif compact:
            bare = 0
        body.append(line)
    while body and separator != "\n" and bare and not _separated(body[-1], separator):
        body.pop()  # (the lines after the grid, no cell of it)
        bare -= 1
    return body


def _separated(line: Line, separator: str) -> bool:
    """Whether ``line`` holds a separator: a pipe line may hold tabs or runs of spaces instead, a tab line
    runs of spaces."""
    if separator in ("|", OPEN_PIPES) and "|" in line.norm:
        return True
    return "\t" in line.norm or bool(SPACES_RE.search(line.norm.strip())) if separator != "\n" else False


def _placings(tokens: list[Cell], columns: list[str]) -> Iterator[dict[int, str]]:
    """Every order-keeping placing of ``tokens`` over ``columns`` (each column once at the most): a
    number under 分值 or 得分, words under a text column; as {token index: column role}."""

    def place(token: int, column: int, placed: dict[int, str]) -> Iterator[dict[int, str]]:
        if token == len(tokens):
            yield dict(placed)
            return
        kind = tokens[token].kind
        for at in range(column, len(columns)):
            role = columns[at]
            if (kind == "number") == (role in ("weight", "score")):
                placed[token] = role
                yield from place(token + 1, at + 1, placed)
                del placed[token]

    yield from place(0, 0, {})


@dataclass
class Row:
    names: list[str | None]  # 一级, 二级, 三级 (None: printed as points alone, ``(20分)``)
    points: list[Decimal | None]  # the points each level cell carries
    depth: int  # the first level the row prints a cell of (those above are merged from rows above)
    cell: Cell  # the 三级指标's cell
    weight: Cell | None
    score: Cell | None
    either: Cell | None = None  # its one number, under 分值 or 得分 as its cells alone tell: the 分值 where
    # its level's points confirm it
    level_cells: list[Cell | None] = field(default_factory=list)  # the level cells the row prints (None: merged)


def _warning(line: Line, message: str) -> ParseWarning:
    return ParseWarning(
        source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message, context=line.text[:120]
    )


def _rows(grid: Grid, warnings: list[Record]) -> tuple[list[Row], list[Cell] | None]:
    """The grid's rows, and its 合计 / 总分 row's number cells (None: none printed)."""
    roles = grid.roles
    levels = roles.count("level")
    after = [role for role in roles[len(roles) - roles[::-1].index("level") :] if role != "ordinal"]
    numbered = roles[0] == "ordinal"
    cells = grid.cells
    by_line = any(cell.opens for cell in cells)
    rows: list[Row] = []
    position = 0
    expected = 1
    current: list[str | None] = [None] * levels
    current_points: list[Decimal | None] = [None] * levels
    while position < len(cells):
        started = position
        if numbered and not TOTAL_RE.match(cells[position].text):
            cell = cells[position]
            if cell.kind != "number" or parse_number(cell.text) != expected:
                warnings.append(
                    _warning(
                        cell.line,
                        f"score grid: row {expected} not where its 序号 should be; the rows from here left out",
                    )
                )
                return rows, None
            position += 1
            expected += 1
        names: list[Cell] = []
        while position < len(cells) and cells[position].kind == "name" and not (names and cells[position].opens):
            names.append(cells[position])
            position += 1
        tokens: list[Cell] = []
        # (a row printed on its line ends there; in a grid with a 序号 column a row ends at the next 序号:
        # a number right before a name)
        while (
            position < len(cells)
            and not cells[position].opens
            and (
                by_line
                or cells[position].kind != "name"
                or (numbered and not (tokens and tokens[-1].kind == "number"))
                or (not numbered and _short_text(cells, position, tokens, after))
            )
        ):
            tokens.append(cells[position])
            position += 1
        if (
            numbered
            and not by_line
            and position < len(cells)
            and tokens
            and tokens[-1].kind == "number"
            and not TOTAL_RE.match(cells[position].text)  # (the 合计 row, printed without a 序号)
        ):
            position -= 1  # (the next row's 序号)
            tokens.pop()
        if not names:
            if tokens:
                warnings.append(_warning(tokens[0].line, "score grid: cells without an indicator's name; left out"))
            if position == started:  # (a cell that opens no row and ends none: the rows from here unread)
                warnings.append(
                    _warning(cells[position].line, "score grid: a cell no row takes; the rows from here left out")
                )
                return rows, None
            continue
        if len(names) == 1 and TOTAL_RE.match(names[0].text):
            return rows, [token for token in tokens if token.kind == "number"]
        if len(names) > levels:
            warnings.append(
                _warning(names[0].line, "score grid: more names than levels in a row; the rows from here left out")
            )
            return rows, None
        depth = levels - len(names)
        if depth and not rows:
            warnings.append(_warning(names[0].line, "score grid: the first row lacks its levels; left out"))
            return rows, None
        for index, cell in enumerate(names):
            current[depth + index] = cell.name
            current_points[depth + index] = cell.points
        weight, score, either = _placed(tokens, after, names[-1], warnings)
        printed: list[Cell | None] = [None] * depth + list(names)
        rows.append(Row(list(current), list(current_points), _repeated_depth(rows, names, depth), names[-1], weight,
                        score, either, printed))
    return rows, None


def _repeated_depth(rows: list[Row], names: list[Cell], depth: int) -> int:
    """The first level a row opens a group of: a level cell printed again on every row of its group (a copy that
    repeats a merged cell's text on each row it spans) is the group's, not a new one — the same name and points as
    the row above's, every level above it the same too (a cell of points alone, ``(10分)``, names no group: a new
    one)."""
    if not rows:
        return depth
    above = rows[-1]
    opens = depth
    for level, cell in enumerate(names[:-1], start=depth):
        if cell.name is None or cell.name != above.names[level] or cell.points != above.points[level]:
            break
        opens = level + 1
    return opens


def _short_text(cells: list[Cell], position: int, tokens: list[Cell], columns: list[str]) -> bool:
    """Whether the short cell at ``position`` is a text column's (a rule such as ``设置了绩效目标(5分)``)
    rather than the next row's name: it follows the row's 分值 and the row's 得分 follows it."""
    texts = sum(1 for token in tokens if token.kind != "number")
    return (
        bool(tokens)
        and tokens[-1].kind == "number"
        and "weight" in columns
        and texts < columns.count("text")
        and columns.index("weight") < len(columns) - 1
        and position + 1 < len(cells)
        and cells[position + 1].kind == "number"
        and (position + 2 == len(cells) or cells[position + 2].kind != "number")
    )


def _placed(tokens: list[Cell], columns: list[str], name: Cell, warnings: list[Record]) -> tuple[Cell | None, ...]:
    """The row's 分值 and 得分 cells: each taken where every placing of its cells puts it there; and its one
    number where the placings put it under either (a row printing one of the two: which, its cells do not tell)."""
    placings = list(_placings(tokens, columns))
    if not placings:
        warnings.append(_warning(name.line, f"score grid: the cells of {name.text} fit no column; left out"))
        return None, None, None
    numbers = [index for index, token in enumerate(tokens) if token.kind == "number"]
    if len(numbers) == 1 and {placing[numbers[0]] for placing in placings} == {"weight", "score"}:
        return None, None, tokens[numbers[0]]
    out: list[Cell | None] = []
    for role in ("weight", "score"):
        cells = {index for placing in placings for index, placed in placing.items() if placed == role}
        every = all(role in placing.values() for placing in placings)
        if len(cells) == 1 and every:
            out.append(tokens[cells.pop()])
        else:
            if cells:
                warnings.append(_warning(name.line, f"score grid: {role} of {name.text} is not one cell; left out"))
            out.append(None)
    return out[0], out[1], None


def _indicators(
    rows: list[Row], total: list[Cell] | None, warnings: list[Record], numbers: list[int | None]
) -> list[Record]:
    """The rows' indicators, their figures checked against their levels' points and the total; the last
    level's name is the indicator's (its 三级指标), the others' go where their header names them (一级,
    二级), else from the top."""
    weights = [_row_weight(row, warnings) for row in rows]
    scores = [parse_number(row.score.text) if row.score else None for row in rows]
    either = {index for index, row in enumerate(rows) if row.either is not None}
    for index in either:  # (taken as 分值 only where its level's points confirm it)
        weights[index] = parse_number(rows[index].either.text)  # type: ignore[union-attr]
        rows[index].weight = rows[index].either
    dropped: set[int] = set()
    for index, (weight, score) in enumerate(zip(weights, scores, strict=True)):
        if weight is not None and score is not None and score > weight:
            warnings.append(_warning(rows[index].cell.line, f"score grid: 得分 {score} above 分值 {weight}; left out"))
            dropped.add(index)
    if rows:
        dropped |= _not_adding_up(rows, weights, scores, 0, range(len(rows)), either, warnings)
    kept = [index for index in range(len(rows)) if index not in dropped]
    if total:
        sums = [sum((figures[index] or Decimal(0) for index in kept), Decimal(0)) for figures in (weights, scores)]
        printed = [parse_number(cell.text) for cell in total]
        if len(kept) < len(rows) or not all(value in sums for value in printed):
            warnings.append(
                _warning(total[0].line, f"score grid: 合计 {printed} is not the rows' sum {sums}; its figures left out")
            )
            return []
    out: list[Record] = []
    levels = _confirmed_levels(rows, weights, dropped, numbers) if rows else {}
    for index in kept:
        out.extend(levels.get(index, []))
        row, weight, score = rows[index], weights[index], scores[index]
        if weight is None and score is None:
            continue
        line = row.cell.line
        names = row.names
        above = dict(
            zip([number or position + 1 for position, number in enumerate(numbers[:-1])], names[:-1], strict=True)
        )
        out.append(
            Indicator(
                source_line=line.number,
                source_page=line.page,
                project_key=None,
                stage="self_evaluation",
                level1_name=above.get(1),
                level2_name=above.get(2),
                level3_name=names[-1] or row.cell.text,
                weight=weight,
                score=score,
                value_lines=value_lines(
                    line.number,
                    [
                        ("weight", row.weight.line.number if row.weight and weight is not None else None),
                        ("score", row.score.line.number if row.score and score is not None else None),
                    ],
                ),
            )
        )
    return out


def _confirmed_levels(
    rows: list[Row], weights: list[Decimal | None], dropped: set[int], numbers: list[int | None]
) -> dict[int, list[Record]]:
    """The levels whose points their cells carry (``决策(20分)``, ``绩效目标(6分)``) and their rows make exactly — a
    level's its rows' 分值 (the last level above the indicators) or its children's points, every row of it read —
    as indicators of their own (the level's name, its 分值), by the index of their first row, at their cell's line.
    A level of points alone (``(20分)``), or one its rows do not make (a grid cut short), is no figure."""
    out: dict[int, list[Record]] = {}
    last = len(rows[0].names) - 1

    def visit(depth: int, members: range) -> None:
        for group in _groups(rows, depth, members):
            first = rows[group.start]
            if depth + 1 == last:
                parts = [weights[index] for index in group]
            else:
                parts = [rows[child.start].points[depth + 1] for child in _groups(rows, depth + 1, group)]
            cell = first.level_cells[depth] if depth < len(first.level_cells) else None
            name, points = first.names[depth], first.points[depth]
            if (
                cell is not None
                and name is not None
                and points is not None
                and not any(index in dropped for index in group)
                and all(part is not None for part in parts)
                and sum(parts, Decimal(0)) == points  # type: ignore[arg-type]
            ):
                above = dict(
                    zip(
                        [number or position + 1 for position, number in enumerate(numbers[:depth])],
                        first.names[:depth],
                        strict=True,
                    )
                )
                out.setdefault(group.start, []).append(
                    Indicator(
                        source_line=cell.line.number,
                        source_page=cell.line.page,
                        project_key=None,
                        stage="self_evaluation",
                        level1_name=above.get(1),
                        level2_name=above.get(2),
                        level3_name=name,
                        weight=points,
                    )
                )
            if depth + 1 < last:
                visit(depth + 1, group)

    visit(0, range(len(rows)))
    return out


def _row_weight(row: Row, warnings: list[Record]) -> Decimal | None:
    """A row's 分值: its 分值 cell's, or the points its 三级指标 carries (both: where they agree)."""
    printed = parse_number(row.weight.text) if row.weight else None
    carried = row.points[-1]
    if printed is not None and carried is not None and printed != carried:
        warnings.append(_warning(row.cell.line, f"score grid: 分值 {printed} against {row.cell.text}; left out"))
        return None
    return printed if printed is not None else carried


def _groups(rows: list[Row], depth: int, members: range) -> list[range]:
    """The rows of ``members`` cut where a row prints a level cell at ``depth`` or above."""
    starts = [index for index in members if index == members.start or rows[index].depth <= depth]
    return [range(start, end) for start, end in zip(starts, [*starts[1:], members.stop], strict=True)]


def _not_adding_up(
    rows: list[Row],
    weights: list[Decimal | None],
    scores: list[Decimal | None],
    depth: int,
    members: range,
    either: set[int],
    warnings: list[Record],
) -> set[int]:
    """The rows under a level (from ``depth`` down, within ``members``) whose points do not add up to
    the points printed in its cell: a level's are its children's printed points, the last level's its
    rows' 分值. A level the grid ends in (maybe cut short) only where they add up to more; rows whose one
    number may be 分值 or 得分 (``either``) only where their level prints its points and they make them; rows
    printing no 分值 at all (a grid of 得分 alone) where their 得分 add up to more than their level's points."""
    levels = len(rows[0].names)
    dropped: set[int] = set()
    if depth >= levels - 1:
        return dropped
    for group in _groups(rows, depth, members):
        points = rows[group.start].points[depth]
        if depth + 1 == levels - 1:
            parts = [weights[index] for index in group]
        else:
            parts = [rows[child.start].points[depth + 1] for child in _groups(rows, depth + 1, group)]
        unsure = depth + 1 == levels - 1 and any(index in either for index in group)
        if unsure and points is None:
            warnings.append(
                _warning(rows[group.start].cell.line, "score grid: 分值 or 得分? no level's points to tell; left out")
            )
            dropped.update(group)
            continue
        scored_only = depth + 1 == levels - 1 and not unsure and all(part is None for part in parts)
        if scored_only and points is not None:
            # (a grid of 得分 alone, its rows' points not printed: their 得分 add up to its points at most)
            given = [score for score in (scores[index] for index in group) if score is not None]
            if sum(given, Decimal(0)) > points:
                warnings.append(
                    _warning(rows[group.start].cell.line, f"score grid: 得分 under a level above {points}; left out")
                )
                dropped.update(group)
            continue
        if points is not None:
            total = sum((part or Decimal(0) for part in parts), Decimal(0))
            cut_short = group.stop == len(rows) and not unsure
            if not (total == points or (cut_short and total < points)):
                warnings.append(
                    _warning(
                        rows[group.start].cell.line,
                        f"score grid: points under a level add up to {total}, not its {points}; left out",
                    )
                )
                dropped.update(group)
                continue
        dropped |= _not_adding_up(rows, weights, scores, depth + 1, group, either, warnings)
    return dropped


def read_score_grids(lines: list[Line]) -> tuple[list[Record], set[tuple[int | None, int]]]:
    """Every scoring grid's indicators (and warnings), and the line numbers the grids take."""
    records: list[Record] = []
    taken: set[tuple[int | None, int]] = set()
    done = -1
    for anchor in lines_holding(lines, ANCHORS, "compact"):
        if anchor <= done:
            continue
        header = _find_header(lines, anchor)
        if header is None:
            continue
        first, end, roles, numbers, separator = header
        body = _body(lines, end, separator)
        if not body:
            continue
        grid = Grid(roles, numbers, _cells(body, separator), lines[first : end + len(body)])
        warnings: list[Record] = []
        rows, total = _rows(grid, warnings)
        found = _indicators(rows, total, warnings, grid.level_numbers)
        done = end + len(body) - 1
        # (its lines are the grid's even where none of its figures could be read: no other reader's cells)
        taken.update((line.page, line.number) for line in grid.lines)
        records.extend(found)
        records.extend(warnings)
    return records, taken

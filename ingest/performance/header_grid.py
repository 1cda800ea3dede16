"""Indicator tables read by their header's roles: the fallback reader of any indicator table.

An indicator table is a header naming its columns' roles and rows whose cells are laid over those
columns, whatever its words and layout::

    考核指标 | 指标名称 | 目标值 | 完成情况 | 权重 | 自评得分 | 备注
    投入管理 | 资金到位率 | 100% | 100% | 20 | 20 |
             | 预算执行进度 | ≥90% | 95.2% | 20 | 18 |
    …
    合计 | | | | 100 | 96 |

- The header is found by the roles of its cells (:func:`~ingest.performance.header_roles.column_role`, the
  one vocabulary the table readers share: level, target, actual, weight, score, text, operator, unit,
  caption, ordinal), whatever its words; a cell wrapped into pieces (``年度`` / ``指标值``, ``得`` / ``分``)
  is joined, and two stacked header rows are merged (a caption ``绩效指标`` over the levels printed below
  it, ``年度指标值`` over ``指标性质`` | ``指标值`` | ``度量单位``). The level columns come first (after a 序号
  and a caption column); the last of them holds the indicator's name.
- The rows' cells come from the shared cell model (:mod:`~ingest.performance.tables`: pipe rows, tab rows,
  space-separated rows; a table one cell per line, closed by pipes or bare), never from one layout's
  strings. A row's printed cells are laid over the columns by their kinds: its leading names are its
  levels, aligned to the right of the level columns (the merged ones it does not print carried down from
  the rows above), and its other cells are laid over the columns after the levels in order — a 分值 or
  得分 a number of 100 at most, a target or actual a value (no level's or rate's name, no sentence), an
  actual no bound (``≥``), an operator or unit a short cell, a text column words. A row of pipes or tabs is
  first placed by its cells' places (its empty cells between them kept; short of the header at one end only:
  merged level cells before it where the row opens with a separator, unprinted empty cells after it) where
  exactly one placing fits — its cells then fall one per column. A figure is read only
  where every laying gives it the same column (a laying filling every figure column preferred); a row
  whose names two layings read differently is left out with a warning. A table printed one cell per line
  is cut into rows where its page marks their ends (a row's padding, ``|||||``), else where one cut
  alone lays the row and lets the next row lay.
- A table is taken only where its arithmetic confirms it: every row's 得分 ≤ 分值; the points a name
  carries (``产出指标(40分)``) made by its rows; the 分值 and 得分 making the 合计 / 总分 row's (or with a
  funds row's points the table does not print, at most 20), or the 分值 making 100, or — no 总分 printed,
  the page cut — every row's 得分 within its 分值 and the 分值 within 100. A table without points or score
  columns (a target table) has only the rows whose cells fall one per column taken (no guessing); any
  other row is left out with a parse warning naming it. Text wrapped over lines under a header is no
  table of rows and is left to the wrapped readers.

It reads only tables no other reader read an indicator of (:func:`with_header_grids`: none of the table's
lines, from its header to the line that ended it, holds another reader's indicator or its figure, and no
row repeats one read already — a table printed twice), and its records are the same
:class:`~ingest.records.Indicator` records the other readers make, each figure at its cell's line.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ingest.performance.header_roles import FORM_END_WORDS, SCORE_TOTAL_WORDS, STANDARD_RE, column_role
from ingest.performance.indicator_values import (
    figure_in_words,
    noun_figures,
    parse_indicator_value,
    parse_number,
)
from ingest.performance.levels import (
    TARGET_ROW_CELLS,
    is_level1,
    is_level2,
    is_level_shaped,
    level2_parent,
    short_levels_by_place,
    without_points,
)
from ingest.performance.space_rows import iter_space_rows
from ingest.performance.tables import Cell, iter_pipe_rows, iter_tsv_rows, made_cell
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, Record
from ingest.text import CLAUSE_MARKS, Line, compact, is_markdown_rule, is_page_mark, lines_holding
from ingest.value_lines import value_lines
from ingest.vocabulary import DATE_FIGURE_MARKS, EMPTY_CELL_MARKS, YEAR

PARSER_NAME = "performance.header_grid"
# A sentence's marks, outside brackets: no header row holds them (a caption's points broken down in brackets do).
SENTENCE_MARK_RE = re.compile(f"[{CLAUSE_MARKS}]")
BRACKETED_RE = re.compile(r"\([^()]*\)|（[^（）]*）")
# Words a header's level or name column (or its caption) holds: looked for once in the document's joined text.
NAME_HEADER_WORDS = ("级指标", "指标名称", "评价指标", "考核指标", "绩效指标", "指标内容", "评价内容")
# Words one of a header's name columns holds (一级指标, 指标名称, 评价内容, 考核指标, 绩效目标 …).
NAME_COLUMN_WORDS = ("指标", "评价", "考核", "名称", "内容", "目标")
# The words of a header's figure columns: where a header is looked for (in the compact text of every line); an
# older table's standard (绩效标准) is its target's column.
ANCHOR_WORDS = ("指标值", "目标值", "完成值", "实际值", "完成情况", "分值", "权重", "权数", "得分", "预期目标",
                "绩效标准")
ANCHOR_RE = re.compile("|".join(ANCHOR_WORDS))
FIGURE_ROLES = ("target", "actual", "weight", "score")
# Columns a row may leave empty and still fall one per column: words, a target's operator and unit (printed
# with its value: ≥95%, 1200户).
UNNEEDED = ("text", "extra", "operator", "unit")
# How many cells a header may have, how many lines a header printed one cell per line may take.
MAX_HEADER_CELLS = 16
MAX_HEADER_LINES = 48  # (its lines: a cell, its pipe, a blank line after each)
MAX_WRAPPED_HEADER_LINES = 4
# How many lines a table may take; blank lines in a row that end a table of rows.
MAX_BODY_LINES = 240
# The lines after a header its first rows stand on, one cell per line too: another reader's indicator on them
# makes the table that reader's (looked at before any row is cut).
FIRST_ROWS_LINES = 16
# The most lines of text after a table without its 总分 whose text the page's end cut (a row or two of cells).
CUT_ROW_LINES = 12
MAX_BLANKS = 4  # (a blank line the copy added after each line, and the table's own)
# The layouts of a header's (and its rows') cells.
PIPE, TAB, SPACE, CELLS = "pipe", "tab", "space", "cells"
# Cells by kind: a bare number (points, a score); a value (a number, a percent, an operator-led bound).
NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?分?$")
# (an operator as the stream reader knows it too: ═ a scan's =, ⩾ ⩽) — of the vocabulary's bound words
# (ingest.vocabulary.BOUND_WORDS) a named subset, kept as it was: taking 超过, 低于, 至少 … too would change a
# record (a row of xiangtan-hwc-2023-targets' re-printing v10 no longer laid over its header)
OPERATOR_LED_RE = re.compile(r"^(?:[≥≤≧≦⩾⩽<>=═＝＞＜≈]|大于|小于|等于|不低于|不高于|不少于|不超过|不大于|不小于|达到)")
OPERATOR_CELL_RE = re.compile(
    r"^(?:[≥≤≧≦⩾⩽<>=═＝＞＜]=?|=|大于|小于|等于|大于等于|小于等于|不低于|不高于|不少于|不超过|定量|定性)$"
)
# (a figure with its unit: 500亩, 100%, 15组, 2022年; never a name)
VALUE_RE = re.compile(r"^[≥≤≧≦⩾⩽<>=═＝＞＜]*\d[\d,.]*%?[^\d\s、.:：,，;；()]{0,4}$")
PLACEHOLDERS = EMPTY_CELL_MARKS | {"无", "\\"}
MAX_POINTS = Decimal(100)
FULL_POINTS = Decimal(100)
# The most points a table's 总分 may hold beyond its indicators' (a project sheet's funds row: 10 of 100).
MAX_FUNDS_POINTS = Decimal(20)
MAX_NAME_CHARS = 100  # (a 三级指标 stating what was done in a sentence: 慰问伤残军人50人;…边海防官兵320人。)
# Words ending an indicator's name with no figure in it (医疗救助合规率, 群众满意度, 培训人数): a name, never a
# target's or an actual's value (提升, 明显改善, 按时完成 are).
# A value is no sentence (增加就业机会,提高农民收入。: an indicator's name or a text column's words).
MAX_VALUE_CHARS = 30
SENTENCE_END_RE = re.compile(r"[。;；]$")
# A value of one character: a verdict (是, 否, 有, 无, 优, 良, 好, 高, 中, 低); another (指, 标, 米): a piece of a word
# spaced apart or a unit alone.
ONE_CHARACTER_VALUES = frozenset("是否有无优良好高中低") | frozenset("0123456789")
# A level's name with its gloss or its points (经济效益指标(选填), 产出指标(40分)): the gloss no part of it.
GLOSS_RE = re.compile(r"\([^()]{1,20}\)$")
NAME_ENDING_RE = re.compile(r"^\D*(?:率|度|数|量|人次|指数)$")
MAX_UNIT_CHARS = 6
# A cell numbering a row within its level, alone (目标1, 指标2:, 任务3): no name, no figure.
NUMBERING_RE = re.compile(r"^(?:目标|指标|任务)\d{1,2}[:：]?$")
# A 合计 / 总分 row (its label, then its numbers); words ending a table.
TOTAL_RE = re.compile(rf"^(?:{'|'.join(SCORE_TOTAL_WORDS)}|综合得分|分值合计|合计得分)(?:\(.{{0,6}}\))?:?$")
END_WORDS = (*FORM_END_WORDS, "存在的问题", "联系电话", "主管部门", "需说明的问题", "其他说明")
# A cell that is only a level's points (产出指标 (40分) printed apart), or an ellipsis filling a template.
FILLER_RE = re.compile(r"^(?:\(\d+(?:\.\d+)?分?\)|[.…。·]+)$")
LEVEL_WORD_RE = re.compile(r"([一二三])级")
POINTS_NOTE_RE = re.compile(r"\((\d+(?:\.\d+)?)分\)$")  # a name's points printed after it: 产出指标(40分)
POINTS_ALONE_RE = re.compile(r"^\(?\d+(?:\.\d+)?分\)?$")
LEVEL_NUMBERS = {"一": 1, "二": 2, "三": 3}
CLOSED_CELL_RE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")
# What a level's cell never holds (its points in brackets aside): a figure, a sentence's marks (完成率100%, 本项目已
# 完成,效果良好: a row's name or a note, no level).
# A date (2023年12月, 2021.1.1-12.31): a value, never a name.
DATE_RE = re.compile(rf"^{YEAR}(?:年|{DATE_FIGURE_MARKS})\d")
LEVEL_NEVER_RE = re.compile(r"\d|[。;；,，:：!！]")
LEVEL_PIECE_RE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")  # a level's name's first piece (经济效益, 可持续影)
CELL_PADDED_RE = re.compile(r"^\s*([^|\s][^|]*?)\s*\|(?:\s*\|)+\s*$")  # a cell, then its row's padding
PADDING_RE = re.compile(r"^\s*\|(?:\s*\|)+\s*$")  # a row's empty cells on one line: its end
# A header's first level column's word at the end of its first cell, after a title or a note the copy ran into it
# (详情见附件(注:以下内容为附件图片识别…)一级指标): the cell is that column's.
RUN_IN_HEADER_RE = re.compile(r"(?<=[\u4e00-\u9fff)）:：。])(?:一级指标|评价指标|指标名称)$")


@dataclass
class Header:
    layout: str
    first: int  # index of its first line
    end: int  # index of the line after it
    levels: int  # how many level columns (the last: the indicator's name)
    numbers: list[int | None]  # each level column's level as its word names it (一级 → 1), else None
    after: list[str]  # the roles of the columns after the levels
    ordinal: bool  # a 序号 column before the levels
    leading: int = 0  # caption columns before the levels (绩效指标, an empty cell): a row may print a name there
    above: str | None = None  # the 一级指标 a row of its own names over a table with no 一级 column
    points: Decimal | None = None  # the points its caption carries (年度绩效目标(80分)): the indicators' whole
    # the name a row prints in the caption column over level columns that name no level (绩效目标 | 评价指标 |
    # 绩效内容: 投入 | 成本目标 | 发放…): the level above theirs, carried down
    caption_name: str | None = None


@dataclass
class Row:
    line: Line
    names: list[Cell]
    figures: dict[str, Cell] = field(default_factory=dict)
    levels: list[str | None] = field(default_factory=list)
    caption: str | None = None  # the name under the caption column over it (Header.caption_name), as carried
    spans: frozenset[int] = frozenset()  # the lines all its cells stand on (its text columns' too)


def _key(cell: Cell) -> str:
    return cell.key


def _is_number(key: str) -> bool:
    return NUMBER_RE.match(key) is not None


def cell_points(cell: Cell) -> Decimal | None:
    return parse_number(cell.key.removesuffix("分")) if NUMBER_RE.match(cell.key) else None


def _is_name(key: str) -> bool:
    """A cell that may be a level or an indicator's name: words, not a figure nor a bound."""
    return (
        bool(key) and len(key) <= MAX_NAME_CHARS and key not in PLACEHOLDERS and VALUE_RE.match(key) is None
        and OPERATOR_LED_RE.match(key) is None and not TOTAL_RE.match(key)
    )


def _fits(key: str, role: str) -> bool:
    """Whether a cell of this text may stand in a column of this role."""
    if role in ("weight", "score"):
        return NUMBER_RE.match(key) is not None and Decimal(key.removesuffix("分")) <= MAX_POINTS
    if role == "paired":  # (the older table's 全年绩效目标 beside its 绩效标准: a value or words)
        return _fits(key, "target") or _fits(key, "text")
    if role in ("target", "actual") and value_in_words(key):
        return role == "target" or OPERATOR_LED_RE.match(key) is None
    if role in ("target", "actual"):
        bare = GLOSS_RE.sub("", key)
        if (
            len(key) > MAX_VALUE_CHARS or SENTENCE_END_RE.search(key) or NAME_ENDING_RE.search(key)
            or is_level1(bare) or is_level2(bare) or column_role(key) is not None
            or (len(key) == 1 and key not in ONE_CHARACTER_VALUES)
        ):
            return False  # (a rate's or a count's name, a level's: no value)
        if OPERATOR_CELL_RE.match(key):
            return False  # (an operator alone: its column's, not a value)
        return role == "target" or OPERATOR_LED_RE.match(key) is None or key in PLACEHOLDERS
    if role == "operator":
        return OPERATOR_CELL_RE.match(key) is not None
    if role == "unit":
        return len(key) <= MAX_UNIT_CHARS and not any(ch.isdigit() for ch in key) and not OPERATOR_CELL_RE.match(key)
    # a text column (偏差原因, 备注) and a column of a role printed twice: words, never a figure nor a level
    return NUMBER_RE.match(key) is None and VALUE_RE.match(key) is None and not is_level1(key) and not is_level2(key)


@functools.lru_cache(maxsize=4096)  # (asked of a row's cells for every laying tried)
def value_in_words(key: str) -> bool:
    """A value cell of words holding its figure: a sentence with one figure and its unit (实施乡镇社区基层医疗机构
    37个。), or a list of figures each after its noun (困难台胞432人、高龄台胞1792人) — no value as printed."""
    return figure_in_words(key) is not None or (
        any(ch.isdigit() for ch in key) and not parse_indicator_value(key).parsed and bool(noun_figures(key))
    )


# ---- the header ---------------------------------------------------------------------------------------


def _joined_roles(keys: Sequence[str], unknown: bool = False) -> tuple[list[str], list[str]] | None:
    """The header's columns (their words, their roles) from its cells' compact texts: a piece naming no
    column (年度, 实际, 一级) joined to the pieces after it (年度指标值), else to the column before it
    (指标 + 名称); None where a cell names no column (but one of words, where ``unknown``: a header printed as a
    row, whose cells are told apart by its separators)."""
    words: list[str] = []
    roles: list[str] = []
    index = 0
    while index < len(keys):
        joined, role, end = keys[index], column_role(keys[index]), index + 1
        while role is None and _is_piece(joined) and end < len(keys) and end - index < 4:
            joined += keys[end]
            end += 1
            role = column_role(joined)
        if role is None:
            if words and _is_piece(keys[index]) and (role := column_role(words[-1] + keys[index])) is not None:
                words[-1] += keys[index]
                roles[-1] = role
                index += 1
                continue
            key = keys[index]
            if not (unknown and UNKNOWN_CELL_RE.match(key)) or is_level1(key) or is_level2(key) or is_level_shaped(key):
                return None
            joined, role, end = keys[index], "unknown", index + 1  # (a column of words no vocabulary knows)
        words.append(joined)
        roles.append(role)
        index = end
    if roles.count("unknown") > 1:
        return None
    return words, roles


# A header cell of words no vocabulary knows (数据来源, 考核方式): one such column at most, read as words.
UNKNOWN_CELL_RE = re.compile(r"^[\u4e00-\u9fff()]{3,12}$")
PIECE_RE = re.compile(r"^(?:\S{1,3}|\(.{1,6}\))$")


def _is_piece(key: str) -> bool:
    """A piece of a header cell wrapped apart (年度, 实际, 得, (B), (分)): no column's name alone."""
    return PIECE_RE.match(key) is not None and (
        not any(ch.isdigit() for ch in key.strip("()")) or POINTS_ALONE_RE.match(key) is not None)


def _columns(words: list[str], roles: list[str], layout: str, first: int, end: int) -> Header | None:
    """The header of these columns, or None where they are no indicator table's: a level column, a figure
    column, the levels together (after a 序号)."""
    if not roles or len(roles) > MAX_HEADER_CELLS:
        return None
    roles = _named_after_levels(words, roles)
    leading = 1 if roles[0] in ("caption", "blank") else 0
    kept = [(w, r) for w, r in zip(words, roles, strict=True) if r not in ("caption", "blank")]
    if "level" not in [r for _, r in kept] and roles[0] == "caption":
        kept = [(words[0], "level"), *kept]  # (a caption over no level columns names the indicators' column)
        leading = 0
    if not kept:
        return None
    ordinal = kept[0][1] == "ordinal"
    if ordinal:
        kept = kept[1:]
    levels = 0
    while levels < len(kept) and kept[levels][1] == "level":
        levels += 1
    if not levels:
        return None
    after: list[str] = []
    seen: set[str] = set()
    standard = False  # (a 绩效标准 before any target: the target's column, the target named after it its pair)
    for word, role in kept[levels:]:
        if role in ("level", "ordinal", "caption", "unknown"):
            role = "text"  # (指标内容 after the points: the indicator's text; a column no vocabulary knows)
        if role == "text" and STANDARD_RE.match(word) and not seen & {"target", "actual"}:
            role, standard = "target", True
        elif role == "target" and standard and "paired" not in seen:
            role = "paired"
        if role in seen and role in FIGURE_ROLES:
            role = "extra"
        seen.add(role)
        after.append(role)
    if not seen & set(FIGURE_ROLES):
        return None
    numbers = [
        LEVEL_NUMBERS[match.group(1)] if (match := LEVEL_WORD_RE.search(word)) else None for word, _ in kept[:levels]
    ]
    caption = next((word for word, role in zip(words, roles, strict=True) if role == "caption"), None)
    points = _printed_points(caption.removeprefix("年度绩效目标").removeprefix("绩效指标")) if caption else None
    return Header(layout, first, end, levels, numbers, after, ordinal, leading, points=points)


# A caption's words naming the indicators' own column where it stands right after the level columns
# (一级指标 | 二级指标 | 绩效指标 | 指标值: the indicator's name, no caption spanning the rows).
NAME_CAPTION_RE = re.compile(r"^绩效指标(?:名称)?$")


def _named_after_levels(words: list[str], roles: list[str]) -> list[str]:
    """``roles`` with a caption cell of :data:`NAME_CAPTION_RE` right after a level column read as the name's
    column (a level column, the last)."""
    if "caption" not in roles[1:]:
        return roles
    return [
        "level" if role == "caption" and at and roles[at - 1] == "level" and NAME_CAPTION_RE.match(words[at])
        else role
        for at, role in enumerate(roles)
    ]


def _layout(line: Line) -> str:
    if "|" in line.norm.strip().strip("|"):
        return PIPE
    if "|" in line.norm:
        return CELLS  # (one cell closed by its pipe, its words spaced: 年度 指标值 |)
    if "\t" in line.text.strip("\t"):
        return TAB
    if len(line.norm.split()) > 1:
        return SPACE
    return CELLS


def _row_cells(line: Line, layout: str) -> list[Cell]:
    """Every cell of one line in a layout of rows (the empty ones too, except a space row's)."""
    return list(_line_cells(line, layout))


@functools.lru_cache(maxsize=2048)  # (a line is cut into cells as a header's neighbour, an anchor, a row)
def _line_cells(line: Line, layout: str) -> tuple[Cell, ...]:
    """:func:`_row_cells`, once per line of a document (:func:`forget_lines` empties it for the next one)."""
    if layout == PIPE:
        rows = list(iter_pipe_rows([line]))
    elif layout == TAB:
        rows = list(iter_tsv_rows([line]))
    else:
        rows = list(iter_space_rows([line]))
    return tuple(rows[0].cells) if rows else ()


def forget_lines() -> None:
    """Drop the cells cut from the last document's lines (each document's lines are its own)."""
    _line_cells.cache_clear()


def _line_header(lines: list[Line], index: int) -> Header | None:
    """A header printed as a row on ``lines[index]`` (with a second header row after it, or before it)."""
    line = lines[index]
    layout = _layout(line)
    if layout == CELLS:
        return None
    cells = _row_cells(line, layout)
    keys = [cell.key for cell in cells if cell.key]
    if keys and (run_in := RUN_IN_HEADER_RE.search(keys[0])) is not None and run_in.start() > 0:
        keys[0] = run_in.group()  # (a note run into the first cell: 详情见附件(注:…)一级指标 | 二级指标 | …)
    top = _joined_roles(keys, unknown=True)
    if top is not None and cells and not cells[0].key and layout != SPACE:
        top = (["", *top[0]], ["blank", *top[1]])  # (an empty cell over the rows' caption column)
    neighbours = [j for j in (_next_filled(lines, index, 1), _next_filled(lines, index, -1)) if j is not None]
    for other in neighbours:
        if _layout(lines[other]) != layout:
            continue
        other_keys = [cell.key for cell in _row_cells(lines[other], layout) if cell.key]
        other_roles = _joined_roles(other_keys)
        if other_roles is None:
            continue
        upper, lower = (top, other_roles) if other > index else (other_roles, top)
        if upper is None or lower is None:
            continue
        merged = _merged(upper, lower)
        if merged is not None:
            first, end = min(index, other), max(index, other) + 1
            header = _columns(*merged, layout, first, end)
            if header is not None:
                return header
    if top is None:
        return None
    words, end = _wrapped_on(lines, index, layout, keys, top)
    return _columns(*words, layout, index, end)


def _wrapped_on(lines: list[Line], index: int, layout: str, keys: list[str],
                top: tuple[list[str], list[str]]) -> tuple[tuple[list[str], list[str]], int]:
    """A header row whose last cells wrapped onto the lines after it (``实际完成值(B)`` / ``得`` / ``分``): its
    columns with them, and the line after them (the pieces that name a column with the others only)."""
    pending: list[str] = []
    found, end = top, index + 1
    seen = 0
    for j in range(index + 1, min(len(lines), index + 1 + 2 * MAX_WRAPPED_HEADER_LINES)):
        if not lines[j].compact:
            continue
        seen += 1
        if seen > MAX_WRAPPED_HEADER_LINES:
            break
        pieces = [cell.key for cell in _row_cells(lines[j], layout) if cell.key]
        if not pieces or any(not _is_piece(piece) and column_role(piece) is None for piece in pieces):
            break
        pending += pieces
        joined = _joined_roles(keys + pending)
        if joined is not None:
            found, end = joined, j + 1
    return found, end


FAMILIES = {"level": "level", "caption": "level", "operator": "target", "target": "target", "unit": "target",
            "text": "text", "actual": "actual"}


Columns = tuple[list[str], list[str]]  # a header's columns: their words, their roles


def _merged(upper: Columns, lower: Columns) -> Columns | None:
    """Two stacked header rows as one: each run of the lower row's cells of one family (levels; a target's
    operator, value and unit; text) in place of the upper row's cell of that family it splits."""
    words, roles = list(upper[0]), list(upper[1])
    runs: list[tuple[str, list[str], list[str]]] = []
    for word, role in zip(*lower, strict=True):
        family = FAMILIES.get(role)
        if family is None:
            return None
        if runs and runs[-1][0] == family:
            runs[-1][1].append(word)
            runs[-1][2].append(role)
        else:
            runs.append((family, [word], [role]))
    at = 0
    for family, run_words, run_roles in runs:
        place = next((i for i in range(at, len(roles)) if FAMILIES.get(roles[i]) == family), None)
        if place is None:
            return None
        words[place : place + 1] = run_words
        roles[place : place + 1] = run_roles
        at = place + len(run_words)
    return words, roles


def _next_filled(lines: list[Line], index: int, step: int) -> int | None:
    """The next line holding text after (step 1) or before (step -1) ``index``, over one blank line at most."""
    j, seen = index + step, 0
    while 0 <= j < len(lines) and seen < 2:
        if lines[j].compact and not is_markdown_rule(lines[j].norm):  # (a Markdown table's rule: no row)
            return j
        seen += not lines[j].compact
        j += step
    return None


def _cell_text(line: Line) -> str | None:
    """A line's one cell as a table printed one cell per line prints it (``text |``, ``|`` empty, bare
    text), its compact text; None: no such line (cells parted by pipes, tabs or spaces)."""
    norm = line.norm
    if "|" not in norm:  # (most lines: the line's own compact text, made once)
        return None if "\t" in line.text.strip("\t") else line.compact
    match = CLOSED_CELL_RE.match(norm)
    if match is None:
        return None
    return "".join(match.group(1).split())


def _cell_header(lines: list[Line], index: int, scanned: list[int] | None = None) -> Header | None:
    """A header printed one cell per line around ``lines[index]``: the lines above and below it that each
    hold one header cell (or a piece of one)."""
    def header_piece(j: int) -> bool:
        key = _cell_text(lines[j])
        if key == "" and lines[j].compact == "|":
            return True  # (an empty header cell over the level columns of a second header row)
        return (bool(key) and len(key) <= 20 and not any(ch.isdigit() for ch in key.split("(")[0])) or (
            key is not None and column_role(key) == "caption")

    first = index
    while first - 1 >= 0 and index - first < MAX_HEADER_LINES and (
        header_piece(first - 1) or (not lines[first - 1].compact and first - 2 >= 0 and header_piece(first - 2))
    ):
        first -= 1
    end = index + 1
    while end < len(lines) and end - first < MAX_HEADER_LINES and (
        header_piece(end) or (not lines[end].compact and end + 1 < len(lines) and header_piece(end + 1))
    ):
        end += 1
    if scanned is not None:
        scanned.append(end)
    keys = [key for j in range(first, end) if (key := _cell_text(lines[j]))]
    # (the pieces above that name no column belong to no header: a title, a project's name)
    while keys and column_role(keys[0]) is None and (len(keys) < 2 or column_role(keys[0] + keys[1]) is None):
        if (run_in := RUN_IN_HEADER_RE.search(keys[0])) is not None and run_in.start() > 0:
            keys[0] = run_in.group()  # (a title run into the first cell: 项目名称:…一级指标 |)
            break
        keys.pop(0)
        first += 1
        while first < end and not _cell_text(lines[first]):
            first += 1
    while keys and _joined_roles(keys) is None:
        keys.pop()  # (the first rows' names: a level's name ends the header)
        end -= 1
        while end > first and not _cell_text(lines[end - 1]):
            end -= 1
    if not keys:
        return None
    joined = _joined_roles(keys)
    if joined is None:
        return None
    header = _columns(*joined, CELLS, first, end)
    if header is not None and "extra" not in header.after:
        return header
    for split in range(2, len(joined[0]) - 1):  # (two header rows, one cell per line: the second splits a cell)
        merged = _merged((joined[0][:split], joined[1][:split]), (joined[0][split:], joined[1][split:]))
        if merged is not None and (two := _columns(*merged, CELLS, first, end)) is not None:
            return two
    return header


# How far from a header cell printed on its own line the next one stands (its pipe, blank lines between).
NEXT_CELL_LINES = 4


def _beside_header_cell(lines: list[Line], index: int) -> bool:
    """Whether a line naming a column has another header cell (or a piece of one) a few lines before or after
    it: one cell per line, a header's cells stand together; a heading naming 得分 stands alone."""
    if column_role(_cell_text(lines[index]) or "") is None:
        return False
    for j in (*range(index - 1, max(-1, index - NEXT_CELL_LINES - 1), -1),
              *range(index + 1, min(len(lines), index + NEXT_CELL_LINES + 1))):
        key = _cell_text(lines[j])
        if key and (column_role(key) is not None or _is_piece(key)):
            return True
    return False


def find_header(lines: list[Line], index: int, scanned: list[int] | None = None) -> Header | None:
    """The indicator table's header at ``lines[index]`` (a line holding a figure column's word), or None;
    ``scanned`` gets the end of the lines a header printed one cell per line was looked for on (the other
    anchors there are the same header's)."""
    line = lines[index]
    if _layout(line) == CELLS:
        if len(line.compact) > 21 or not _beside_header_cell(lines, index):
            return None
        return _cell_header(lines, index, scanned)
    if SENTENCE_MARK_RE.search(BRACKETED_RE.sub("", line.norm)):
        return None  # (a sentence naming a column's word: 自评得分为99分。)
    if not any(word in lines[j].compact for j in range(max(0, index - 2), index + 3) if j < len(lines)
               for word in NAME_COLUMN_WORDS):
        return None  # (no level nor name column's word on the header's lines: a sentence naming a 得分)
    return _line_header(lines, index)


# ---- the rows -----------------------------------------------------------------------------------------


def _body_rows(lines: list[Line], header: Header, stop: list[Line]) -> Iterator[list[Cell]]:
    """The rows after the header (their cells), to the table's end (``stop`` gets a line of cells in no layout
    of the table that ended it: a cell of it all the same, which no reader of another layout is to read twice).
    A table of rows ends at a line in another layout, at blank lines, at the next table's words; a table one
    cell per line is yielded as one stream of cells (its rows cut by :func:`_stream_rows`)."""
    body = lines[header.end : header.end + MAX_BODY_LINES]
    if header.layout == CELLS:
        # one stream of cells, or rows where the page ends each with its padding (``|||||``: a row's empty
        # cells printed on one line)
        rows: list[list[Cell]] = [[]]
        for line in body:
            if any(word in line.compact for word in END_WORDS):
                break
            key = _cell_text(line)
            padded = None if key is not None else CELL_PADDED_RE.match(line.norm)
            if padded is not None:  # (a row's last cell, then its empty cells' padding: ``3500 | |``)
                rows[-1].append(made_cell(" ".join(padded.group(1).split()), line.number, compact(padded.group(1))))
                rows.append([])
                continue
            if key is None:
                if PADDING_RE.match(line.norm):
                    rows.append([])
                    continue
                stop.append(line)
                break
            if not key or is_page_mark(line.norm) or FILLER_RE.match(key):
                continue
            text = CLOSED_CELL_RE.match(line.norm)
            rows[-1].append(made_cell(" ".join((text.group(1) if text else line.norm).split()), line.number, key))
        if len(rows) > 2:
            yield from (row for row in rows if row)
        else:
            yield [cell for row in rows for cell in row]
        return
    blanks = 0
    for line in body:
        if not line.compact:
            blanks += 1
            if blanks >= MAX_BLANKS:
                return
            continue
        blanks = 0
        if is_page_mark(line.norm):
            continue
        if any(word in line.compact for word in END_WORDS):
            return
        layout = _layout(line)
        if (header.layout == PIPE and "|" not in line.norm) or (header.layout == TAB and layout != TAB) or (
                header.layout == SPACE and layout not in (SPACE, CELLS)):
            stop.append(line)
            return  # (a pipe table's row of one cell closed by its pipe is a row of it)
        yield _row_cells(line, header.layout)


def _assignments(cells: Sequence[Cell], roles: Sequence[str], start: int = 0) -> Iterator[tuple[int, ...]]:
    """Every order-keeping laying of ``cells`` over the columns ``roles`` (each column once at most) where
    each cell fits its column: the columns' indexes."""
    if not cells:
        yield ()
        return
    first = cells[0]
    for at in range(start, len(roles) - len(cells) + 1):
        if _fits(first.key, roles[at]):
            for rest in _assignments(cells[1:], roles, at + 1):
                yield (at, *rest)


def _levels_fit(keys: list[str]) -> bool:
    """Whether a row's level names stand as levels do: the name right above a 二级指标 of the vocabulary a
    level's (a 一级指标 of it, or a name shaped as one: 投入指标, 效果指标), not a stray cell (a reason run on
    from the row before, in a table printed one cell per line)."""
    for above, below in itertools.pairwise(keys):
        if is_level2(below) and not (is_level1(above) or is_level_shaped(above) or is_level2(above)):
            return False
    return True


@dataclass
class Laying:
    names: int  # how many leading cells are names
    figures: dict[str, Cell]
    full: bool  # every column after the levels (text columns aside) holds a cell
    core: int = 0  # how many cells it lays under figure columns (a target's operator and unit too)


def _layings(cells: Sequence[Cell], header: Header, above: list[Cell] | None = None) -> list[Laying]:
    """Every laying of a row's printed cells over the header's columns (see the module's docstring); ``above``
    gets the 得分 cells that a laying put above their 分值."""
    out: list[Laying] = []
    above = [] if above is None else above
    roles = header.after
    needed = sum(1 for role in roles if role not in UNNEEDED)
    for names in range(1, min(header.levels + header.leading, len(cells)) + 1):
        if not _is_name(cells[names - 1].key):
            break
        name = GLOSS_RE.sub("", cells[names - 1].key)
        if is_level1(name) or is_level2(name):
            continue  # (a level's name is no indicator's)
        levels = [GLOSS_RE.sub("", cell.key) for cell in cells[: names - 1]]
        if not _levels_fit(levels) or any(LEVEL_NEVER_RE.search(level) for level in levels):
            continue
        rest = cells[names:]
        if len(rest) > len(roles):
            continue
        for columns in _assignments(rest, roles):
            figures = {roles[at]: cell for at, cell in zip(columns, rest, strict=True) if roles[at] in FIGURE_ROLES
                       or roles[at] in ("operator", "unit", "paired")}
            weight, score = figures.get("weight"), figures.get("score")
            if weight is not None and score is not None and cell_points(score) > cell_points(weight):  # type: ignore[operator]
                above.append(score)
                continue
            filled = sum(1 for at in columns if roles[at] not in UNNEEDED)
            core = sum(1 for at in columns if roles[at] not in ("text", "extra"))
            out.append(Laying(names, figures, filled == needed, core))
    return out


def preferred(layings: list[Laying]) -> list[Laying]:
    """The layings of a row the reader prefers: those filling every column after the levels where there are such
    (a cell is left empty less often than a level's cell is merged), and of those the ones laying most cells
    under figure columns (a short word under the unit column rather than 备注)."""
    if any(laying.full for laying in layings):
        layings = [laying for laying in layings if laying.full]
    most = max(laying.core for laying in layings)
    return [laying for laying in layings if laying.core == most]


def _agreed(layings: list[Laying]) -> tuple[int, dict[str, Cell], bool] | None:
    """The names count and the figures every laying agrees on (None: the layings read different names); the
    layings filling every column after the levels where there are such (a cell is left empty less often than
    a level's cell is merged), and of those the ones laying most cells under figure columns."""
    layings = preferred(layings)
    counts = {laying.names for laying in layings}
    if len(counts) != 1:
        return None
    figures: dict[str, Cell] = {}
    for role in (*FIGURE_ROLES, "operator", "unit", "paired"):
        chosen = {id(laying.figures.get(role)) for laying in layings}
        if len(chosen) == 1 and (cell := layings[0].figures.get(role)) is not None:
            figures[role] = cell
    return counts.pop(), figures, len(layings) == 1 and layings[0].full


@dataclass
class Table:
    header: Header
    rows: list[Row]
    total: list[Decimal]  # the 合计 / 总分 row's numbers
    warnings: list[Record]
    lines: set[tuple[int | None, int]]  # the lines it takes (page, line)
    exact: list[bool]  # per row: its cells fell one per column
    stray: int = 0  # rows laid over no column: a cell alone naming no level, cells fitting no laying
    above: bool = False  # a row whose cells lay only with its 得分 above its 分值
    last: int = 0  # the index of its last line
    cut: bool = False  # no text after it: the text ends within the table (its 总分 cut off)
    # rows laid more ways than one (their names read differently): their line, their cells' lines, the figures
    # of each laying the reader prefers (:func:`preferred`) — none of them taken, the row left out
    doubtful: list[tuple[Line, set[int], list[dict[str, Cell]]]] = field(default_factory=list)
    total_line: Line | None = None  # the line of its 合计 / 总分 row


def _warning(line: Line, message: str) -> ParseWarning:
    return ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                        context=line.text.strip()[:120])


def _read_table(lines: list[Line], header: Header, read: set[tuple[int | None, int]] | None = None) -> Table:
    """The rows of the table under ``header``, as laid (not yet confirmed); none where a line of its cells is
    one of ``read`` (another reader's: the table is that reader's, not laid at all)."""
    by_number = {line.number: line for line in lines[header.first : header.end + MAX_BODY_LINES]}
    table = Table(header, [], [], [], {(line.page, line.number) for line in lines[header.first : header.end]}, [])
    carry: list[str | None] = [None] * header.levels
    if read is not None and any(
        _taken(read, line.page, line.number) for line in lines[header.end : header.end + FIRST_ROWS_LINES]
    ):
        # (its first rows another reader's: the table is theirs, as far as their indicators go)
        body = lines[header.end : header.end + MAX_BODY_LINES]
        table.last = header.end + max(at for at, line in enumerate(body) if _taken(read, line.page, line.number))
        return table
    stop: list[Line] = []
    rows = list(_body_rows(lines, header, stop))
    if read is not None:
        numbers = {cell.line for row in rows for cell in row if cell.key} | {line.number for line in stop}
        body = lines[header.first : header.end + MAX_BODY_LINES]
        last = max((at for at, line in enumerate(body) if line.number in numbers), default=header.end - header.first)
        if any(_taken(read, line.page, line.number) for line in body[: last + 1]):
            table.last = header.first + last
            return table
    ended = False  # (at its 合计, or the next table's header)
    for cells in rows:
        if header.layout == CELLS and len(rows) == 1:
            _read_stream(cells, header, table, carry, by_number)
            ended = bool(table.total)
            break
        filled = [cell for cell in cells if cell.key]
        if not filled:
            continue
        line = by_number[filled[0].line]
        table.lines.add((line.page, line.number))
        if not _read_row(filled, header, table, carry, line, cells):
            ended = True
            break
    # the table's lines: from its header to its last cell read, and the line of cells that ended it unread
    span = lines[header.first : header.end + MAX_BODY_LINES]
    at = {(line.page, line.number): index for index, line in enumerate(span, start=header.first)}
    last = max((at[key] for key in table.lines if key in at), default=header.end - 1)
    if stop and not ended:
        last = max(last, at.get((stop[0].page, stop[0].number), last))
    table.lines.update((line.page, line.number) for line in lines[header.first : last + 1])
    table.last = last
    # (the text ends within a row or two of it: the page's end cut it, its 总分 with it)
    table.cut = _text_lines_after(lines, last + 1) <= CUT_ROW_LINES
    return table


def _text_lines_after(lines: list[Line], start: int) -> int:
    """How many lines holding text (not blank, not pipes alone) follow ``start``, counted up to one more than
    :data:`CUT_ROW_LINES`."""
    count = 0
    for line in lines[start:]:
        if line.compact and line.compact.strip("|"):
            count += 1
            if count > CUT_ROW_LINES:
                break
    return count


def _read_row(filled: list[Cell], header: Header, table: Table, carry: list[str | None], line: Line,
              cells: list[Cell] | None = None) -> bool:
    """Lay one row over the header's columns (False: the table ends before it); ``cells``: the row's cells as
    printed, the empty ones too (a row of pipes or tabs), laid by their places where only one place fits."""
    if TOTAL_RE.match(filled[0].key):
        table.total = [p for cell in filled[1:] if (p := cell_points(cell)) is not None]
        table.total_line = line
        return False
    if header.ordinal and filled[0].key.isdigit():
        filled = filled[1:]
    filled = [cell for cell in filled if not NUMBERING_RE.match(cell.key)]  # (目标1, 指标2: a row's number)
    if not filled:
        return True
    if all(column_role(cell.key) for cell in filled) and len(filled) > 2:
        return False  # (the next table's header)
    if len(filled) == 1:
        if not _level_row(filled[0].key, header, carry):
            table.stray += 1
        return True
    placed = _placed(cells, header, _opens_empty(line)) if cells is not None and header.layout in (PIPE, TAB) else None
    if placed is not None:
        _add_placed(*placed, header, table, carry, line, frozenset(cell.line for cell in filled))
        return True
    above: list[Cell] = []
    layings = _layings(filled, header, above)
    agreed = _agreed(layings) if layings else None
    if agreed is None and above and not layings:
        table.above = True  # (a 得分 above its 分值: the table's points disagree)
    if agreed is None:
        table.stray += 1
        _carry_full_row(filled, header, carry)
        table.warnings.append(_warning(line, f"header grid: the cells of the row at line {line.number} fit no one "
                                             "laying over the header's columns; left out"))
        if layings:
            table.doubtful.append(
                (line, {cell.line for cell in filled}, [laying.figures for laying in preferred(layings)]))
        return True
    names, figures, exact = agreed
    _add_row(filled[:names], figures, exact, header, table, carry, line, frozenset(cell.line for cell in filled))
    return True


def _opens_empty(line: Line) -> bool:
    """Whether a row of pipes or tabs opens with a separator (an empty first cell, a border's pipe): cells before
    its first printed one may be merged away."""
    return line.norm.lstrip().startswith("|") or line.text.startswith("\t")


def _placed(cells: list[Cell], header: Header,
            opens_empty: bool) -> tuple[list[str | None], Cell, dict[str, Cell]] | None:
    """A row of pipes or tabs laid by its cells' places: its cells as printed (the empty ones between them too)
    stand in consecutive columns, the row short of the header at one of its ends (merged level cells before it,
    a border's pipe taken off, only where the row opens with a separator; or empty cells after it left
    unprinted) — taken where exactly one such placing fits
    every cell (a level's cell a name holding no figure, the name's a name, each value its column's kind, 得分 ≤
    分值): its level cells (None: carried down), its name's cell, its figures. None: no place, or several."""
    columns = [*(["ordinal"] if header.ordinal else []), *(["caption"] * header.leading),
               *(["level"] * header.levels), *header.after]
    while len(cells) > len(columns) and not cells[-1].key:
        cells = cells[:-1]
    if len(cells) > len(columns) or not any(cell.key for cell in cells):
        return None
    found = None
    for offset in range(len(columns) - len(cells) + 1):
        placing = _placing([None] * offset + list(cells) + [None] * (len(columns) - len(cells) - offset), columns,
                           header.levels, header.numbers)
        if placing is not None:
            if found is not None or (offset and not opens_empty) or offset not in (0, len(columns) - len(cells)):
                return None  # (two places fit, the row's first cell not in the first column, or the row short at
                # both ends: the layings tell)
            found = placing
    return found


def _placing(cells: list[Cell | None], columns: list[str], levels: int,
             numbers: list[int | None]) -> tuple[list[str | None], Cell, dict[str, Cell]] | None:
    names: list[str | None] = []
    name: Cell | None = None
    figures: dict[str, Cell] = {}
    level_at = 0
    for cell, role in zip(cells, columns, strict=True):
        key = cell.key if cell is not None else ""
        if role == "ordinal":
            if key and not key.isdigit():
                return None
        elif role == "caption":
            if key:
                return None  # (a name under a caption column: the layings' reading, not a place's)
        elif role == "level":
            level_at += 1
            if level_at < levels:
                bare = GLOSS_RE.sub("", key)
                if key and (not _is_name(key) or LEVEL_NEVER_RE.search(bare)):
                    return None
                # (a level's word of the other level: 数量指标 under 一级指标, 产出指标 under 二级指标)
                number = numbers[level_at - 1] or level_at
                if key and ((number == 1 and is_level2(bare) and not is_level1(bare))
                            or (number == 2 and is_level1(bare) and not is_level2(bare))):
                    return None
                names.append(key or None)
            else:
                bare = GLOSS_RE.sub("", key)
                if not key or not _is_name(key) or is_level1(bare) or is_level2(bare) or DATE_RE.match(key):
                    return None
                name = cell
        elif key:
            if not _fits(key, role):
                return None
            if role in FIGURE_ROLES or role in ("operator", "unit", "paired"):
                figures[role] = cell  # type: ignore[assignment]
    if name is None or not any(role in figures for role in FIGURE_ROLES):
        return None
    weight, score = figures.get("weight"), figures.get("score")
    if weight is not None and score is not None and cell_points(score) > cell_points(weight):  # type: ignore[operator]
        return None
    return names, name, figures


def _add_placed(names: list[str | None], name: Cell, figures: dict[str, Cell], header: Header, table: Table,
                carry: list[str | None], line: Line, spans: frozenset[int]) -> None:
    """Record a row laid by its cells' places: each level cell it prints in its own column (a new one the levels
    below it anew), the others carried down."""
    for at, key in enumerate(names):
        if key is not None and key != carry[at]:
            carry[at] = key
            carry[at + 1 : header.levels - 1] = [None] * (header.levels - 2 - at)
    carry[header.levels - 1] = name.key
    table.rows.append(Row(line, [name], figures, list(carry), header.caption_name, spans))
    table.exact.append(True)
    table.lines.update((line.page, cell.line) for cell in figures.values())


def _carry_full_row(filled: list[Cell], header: Header, carry: list[str | None]) -> None:
    """The levels of a row left out that prints every column (its names in the level columns, a cell under each
    column after them): carried down to the rows below it, as a row read would carry them."""
    names = header.leading + header.levels
    if len(filled) == names + len(header.after) and all(_is_name(cell.key) for cell in filled[:names]):
        carry[:] = [cell.key for cell in filled[header.leading : names]]
        if header.leading and not any(header.numbers):
            header.caption_name = filled[header.leading - 1].key


def _level_row(key: str, header: Header, carry: list[str | None]) -> bool:
    """A row of one name: a level's (产出指标, 数量指标) heads the rows below it, in the level column its words
    name (a 一级指标 over a table whose columns start at its 二级: above them); another is no row."""
    name = without_points(key)
    level = 1 if is_level1(name) and not is_level2(name) else 2 if is_level2(name) else None
    if level is None:
        return FILLER_RE.match(key) is not None or POINTS_ALONE_RE.match(key) is not None
    numbers = [number or (at + 1 if header.levels == 3 else None) for at, number in enumerate(header.numbers)]
    if level in numbers[:-1]:
        at = numbers.index(level)
        carry[at] = key
        carry[at + 1 :] = [None] * (len(carry) - at - 1)
    elif level == 1:
        carry[-1:] = [None]
        header.above = name
    elif header.levels >= 2 and numbers[0] is None:
        carry[0] = key
        carry[1:] = [None] * (len(carry) - 1)
    return True


def _add_row(names: list[Cell], figures: dict[str, Cell], exact: bool, header: Header, table: Table,
             carry: list[str | None], line: Line, spans: frozenset[int] = frozenset()) -> None:
    """Record a laid row: its names right-aligned to the level columns (the others carried down)."""
    if len(names) > header.levels and not any(header.numbers):
        header.caption_name = names[-header.levels - 1].key  # (a name under the caption: the level above)
    names = names[-header.levels :]  # (a caption printed before the levels: no level)
    start = header.levels - len(names)
    if start and is_level1(without_points(names[0].key)) and not is_level2(without_points(names[0].key)):
        start = 0  # (a 一级指标 printed over no 二级: its 二级 none)
        carry[1:] = [None] * (header.levels - 1)
    for at, cell in enumerate(names):
        carry[start + at] = cell.key
    if not any(role in figures for role in FIGURE_ROLES):
        table.warnings.append(_warning(line, f"header grid: no figure of the row at line {line.number} is laid over "
                                             "one column only; left out"))
        return
    name_cell = names[-1]
    table.rows.append(Row(line, names, figures, list(carry), header.caption_name, spans))
    table.rows[-1].names = [name_cell]
    table.exact.append(exact)
    table.lines.update((line.page, cell.line) for cell in figures.values())


def _read_stream(cells: list[Cell], header: Header, table: Table, carry: list[str | None],
                 by_number: dict[int, Line]) -> None:
    """A table printed one cell per line: its rows cut from the stream where one cut alone lays every row
    (its names, then a cell for each column after the levels), the cells after it starting a row that lays
    too (a reason's words or the next row's name: the row after tells)."""
    cells = _levels_joined(cells)
    if header.after == ["target"]:  # (rows of a name and its target: a 二级指标 printed without its 指标, by place)
        named = short_levels_by_place([cell.key for cell in cells], TARGET_ROW_CELLS)
        cells = [made_cell(named[i], cell.line, named[i]) if i in named else cell for i, cell in enumerate(cells)]
    position = 0
    while position < len(cells):
        line = by_number[cells[position].line]
        if TOTAL_RE.match(cells[position].key):
            table.total = [p for cell in cells[position + 1 : position + 3] if (p := cell_points(cell)) is not None]
            table.total_line = line
            table.lines.update((by_number[c.line].page, c.line) for c in cells[position : position + 3])
            return
        if header.ordinal and cells[position].key.isdigit():
            position += 1
            continue
        cuts = [(size, layings) for size, layings in _cuts(cells, position, header)
                if _row_follows(cells, position + size, header)]
        if len(cuts) > 1:  # (a target's unit printed in its own cell rather than the next row's first)
            most = max(max(laying.core for laying in layings) for _, layings in cuts)
            cuts = [(size, layings) for size, layings in cuts if max(laying.core for laying in layings) == most]
        if len(cuts) > 1 and len({_figure_cells(layings) for _, layings in cuts}) == 1:
            # (the cuts differ in a text column's words only, 备注 or the next row's level: its figures are the
            # same either way, the words the next row's name)
            cuts = cuts[:1]
        if len(cuts) != 1:
            if not cuts and len(cells) - position == 1:
                return
            table.warnings.append(_warning(line, f"header grid: the cells from line {line.number} cut into rows more "
                                                 "ways than one, or none; the rest of the table left out"))
            return
        size, layings = cuts[0]
        agreed = _agreed(layings)
        if agreed is None:  # (its cells one row, their names read two ways: the row left out, its levels unknown)
            table.warnings.append(_warning(line, f"header grid: the row at line {line.number} reads two ways; "
                                                 "left out"))
            table.doubtful.append((line, {cell.line for cell in cells[position : position + size]},
                                   [laying.figures for laying in preferred(layings)]))
            table.stray += 1
            carry[:] = [None] * len(carry)
            position += size
            continue
        names, figures, exact = agreed
        table.lines.update((by_number[c.line].page, c.line) for c in cells[position : position + size])
        _add_row(list(cells[position : position + names]), figures, exact, header, table, carry, line,
                 frozenset(cell.line for cell in cells[position : position + size]))
        position += size


def _figure_cells(layings: list[Laying]) -> tuple[tuple[str, int], ...] | None:
    """The figures a row's layings agree on, as (role, cell) pairs; None where they read different names."""
    agreed = _agreed(layings)
    if agreed is None:
        return None
    return tuple(sorted((role, id(cell)) for role, cell in agreed[1].items()))


def _cuts(cells: list[Cell], position: int, header: Header) -> list[tuple[int, list[Laying]]]:
    """Every row the stream's cells from ``position`` may make: (its size, its layings filling every column)."""
    out = []
    for size in range(2, header.levels + header.leading + len(header.after) + 1):
        end = position + size
        if end > len(cells):
            break
        layings = [laying for laying in _layings(cells[position:end], header) if laying.full]
        if layings:
            out.append((size, layings))
    return out


def _row_follows(cells: list[Cell], position: int, header: Header) -> bool:
    """Whether the stream ends at ``position``, or a row, a 合计 or a 序号 starts there."""
    if position >= len(cells) - 1:
        return True
    key = cells[position].key
    if TOTAL_RE.match(key) or (header.ordinal and key.isdigit()):
        return True
    return _is_name(key) and bool(_cuts(cells, position, header))


def _levels_joined(cells: list[Cell]) -> list[Cell]:
    """A stream's cells with a level's name wrapped over two cells joined (``经济效益`` / ``指标``)."""
    out: list[Cell] = []
    for cell in cells:
        last = out[-1].key if out else ""
        if last and not is_level2(last) and not is_level1(last) and LEVEL_PIECE_RE.match(last) and (
                is_level2(joined := last + cell.key) or is_level1(joined)) and len(cell.key) <= 4:
            out[-1] = made_cell(out[-1].text + cell.text, out[-1].line, joined)
        else:
            out.append(cell)
    return out


# ---- confirming and recording -------------------------------------------------------------------------


def table_confirmed(table: Table) -> bool:
    """Whether the table's arithmetic confirms its rows (see the module's docstring)."""
    after = table.header.after
    if "weight" not in after and "score" not in after:
        return True  # (a target table: each row taken only where its cells fall one per column)
    rows = table.rows
    if not rows or table.above:
        return False
    if "weight" in after and not _level_points_made(table):
        return False
    # (rows without points, a row's parts printed under it: 其中桃树种植面积 | 1.5亩 | 1.5亩, add nothing)
    weights = [p for row in rows if "weight" in row.figures and (p := cell_points(row.figures["weight"])) is not None]
    scores = [p for row in rows if "score" in row.figures and (p := cell_points(row.figures["score"])) is not None]
    # (a row left out as laid two ways adds its points where every laying lays the same cells under them: the
    # sums are the table's, not short by a row the 总分 would take for a funds row's)
    for _line, _lines, layings in table.doubtful:
        for role, points in (("weight", weights), ("score", scores)):
            cells = {id(figures.get(role)) for figures in layings}
            if len(cells) > 1:
                return False
            if (cell := layings[0].get(role)) is not None and (p := cell_points(cell)) is not None:
                points.append(p)
    total = table.total
    weight_sum = sum(weights) if weights else None
    score_sum = sum(scores) if scores else None
    if "weight" not in after:
        if not _scores_within_points(table) or score_sum is None:
            return False
        # a 总分 printed: the rows' 得分 within it, the rest no more than the points outside the caption's (a
        # funds row's: 总分(100分) 100 over 年度绩效目标(80分) scoring 80)
        whole = table.header.points
        return not total or (score_sum <= total[-1] and (whole is None or total[-1] - score_sum <= FULL_POINTS - whole))
    if len(total) >= 2 and weight_sum is not None and score_sum is not None:
        if (weight_sum, score_sum) == (total[0], total[1]):
            return True
        # (the 总分 holding a funds row's points the table does not print: 10 of 100)
        extra_weight, extra_score = total[0] - weight_sum, total[1] - score_sum
        return 0 <= extra_score <= extra_weight <= MAX_FUNDS_POINTS and extra_weight > 0
    if total:
        return total[-1] in (weight_sum, score_sum) or total[0] in (weight_sum, score_sum)
    if weight_sum == FULL_POINTS:
        return True
    # no 总分 printed, the text cut within the table: every row's 得分 ≤ its 分值 as laid, the 分值 within 100
    return table.cut and weight_sum is not None and weight_sum <= FULL_POINTS and "score" in after and all(
        "score" in row.figures for row in rows if "weight" in row.figures
    )


def _level_points_made(table: Table) -> bool:
    """Whether the points printed with the names (``产出指标(40分)``, ``重点工作完成率(50分)``) are their rows'
    分值: an indicator's its own, a level's its rows' added up (the table's last level, maybe cut short by the
    page, not exceeded)."""
    sums: dict[tuple[int, str], Decimal] = {}
    printed: dict[tuple[int, str], Decimal] = {}
    order: list[tuple[int, str]] = []
    for row in table.rows:
        weight = cell_points(row.figures["weight"]) if "weight" in row.figures else None
        for at, key in enumerate(row.levels):
            points = _printed_points(key)
            if points is None:
                continue
            if at == len(row.levels) - 1:
                if weight is not None and points != weight:
                    return False
                continue
            if (at, key) not in printed:
                printed[(at, key)] = points
                order.append((at, key))
            sums[(at, key)] = sums.get((at, key), Decimal(0)) + (weight or 0)
    last = order[-1] if order else None
    return all(sums[key] == points or (key == last and sums[key] <= points) for key, points in printed.items())


def _scores_within_points(table: Table) -> bool:
    """Whether a table of 得分 with no 分值 column nor 总分 (the Yunnan template's 年初目标值(A) | 实际完成值(B) |
    得分) has every row's 得分 within the points its levels and its caption carry (产出指标(60分), 年度绩效目标
    (80分)): the points they give at most, where they print some."""
    sums: dict[tuple[int, str], Decimal] = {}
    printed: dict[tuple[int, str], Decimal] = {}
    for row in table.rows:
        score = cell_points(row.figures["score"]) if "score" in row.figures else None
        if score is None:
            return False
        for at, key in enumerate(row.levels[:-1]):
            if key and (points := _printed_points(key)) is not None:
                printed[(at, key)] = points
                sums[(at, key)] = sums.get((at, key), Decimal(0)) + score
    whole = table.header.points
    if whole is None and not printed:
        return False
    scores = sum(cell_points(row.figures["score"]) or 0 for row in table.rows)
    return (whole is None or scores <= whole) and all(sums[key] <= points for key, points in printed.items())


def _printed_points(key: str | None) -> Decimal | None:
    match = POINTS_NOTE_RE.search(key) if key else None
    return parse_number(match.group(1)) if match else None


def row_records(row: Row, header: Header, stage: str) -> list[Record]:
    """A laid row's indicator. A value cell of words reads as its one figure (实施乡镇社区基层医疗机构37个。 → 37个);
    a cell listing figures each after its noun (开展丰收节活动1次、夏令营活动1次) reads as an indicator per noun only
    where another cell of the row lists the same nouns in the same order (the target's and the actual's, or
    an older table's standard and its pair: the pairing confirms the split) — else without those figures, with
    a warning."""
    figures = row.figures
    listed = {
        role: pairs for role in ("target", "actual")
        if (cell := figures.get(role)) is not None and value_in_words(cell.key) and (pairs := noun_figures(cell.key))
    }
    if not listed:
        return [_record(row, header, stage)]
    nouns = {role: [noun for noun, _ in pairs] for role, pairs in listed.items()}
    if len(listed) == 2:
        confirmed = nouns["target"] == nouns["actual"]
    else:
        role = next(iter(listed))
        other = figures.get("actual" if role == "target" else "target")
        if other is None and role == "target":
            other = figures.get("paired")
        partner = noun_figures(other.key) if other is not None else ()
        confirmed = [noun for noun, _ in partner] == nouns[role]
    if not confirmed:
        warning = _warning(row.line, f"header grid: a cell of the row at line {row.line.number} lists several figures "
                                     "each after its noun, which no other cell of the row lists; those left out")
        rest = {role: cell for role, cell in figures.items() if role not in listed}
        if not any(role in rest for role in FIGURE_ROLES):
            return [warning]
        return [warning, _record(Row(row.line, row.names, rest, row.levels, row.caption), header, stage)]
    count = len(next(iter(nouns.values())))
    bare = {role: cell for role, cell in figures.items() if role not in ("weight", "score")}  # (the row's points)
    return [
        _record(Row(row.line, row.names, bare, row.levels, row.caption), header, stage,
                name=nouns[next(iter(nouns))][at],
                values={role: pairs[at][1] for role, pairs in listed.items()})
        for at in range(count)
    ]


def _value_text(cell: Cell | None, values: dict[str, str] | None, role: str) -> str | None:
    """A value cell's text as read: a figure given for it (a list's), else as printed (a sentence's one figure is
    read from it with every reader's values: ingest/performance/__init__.py)."""
    if cell is None:
        return None
    if values and role in values:
        return values[role]
    return cell.text


def target_text(figures: dict[str, Cell], values: dict[str, str] | None = None) -> str | None:
    """A laid row's target as read: its operator's, value's and unit's cells joined (定量 / 定性 no operator; a unit
    its value prints already once)."""
    target = figures.get("target")
    if target is None:
        return None
    operator, unit = figures.get("operator"), figures.get("unit")
    target_raw = "".join(
        text for part in (operator, target, unit)
        if part is not None and part.key not in ("定量", "定性")
        and (text := _value_text(part, values, "target") if part is target else part.text)
    )
    if unit is not None and target.text.endswith(unit.text):
        target_raw = target_raw.removesuffix(unit.text)
    return target_raw or None


def actual_text(figures: dict[str, Cell]) -> str | None:
    """A laid row's actual as read (a placeholder, / or 无, none)."""
    actual = figures.get("actual")
    return actual.text if actual is not None and actual.key not in PLACEHOLDERS else None


def _record(row: Row, header: Header, stage: str, project_key: str | None = None, name: str | None = None,
            values: dict[str, str] | None = None) -> Indicator:
    figures = row.figures
    target = figures.get("target")
    target_raw = target_text(figures, values)
    actual = figures.get("actual")
    weight, score = figures.get("weight"), figures.get("score")
    level1, level2 = _levels(row.levels, header, row.caption)
    return Indicator(
        source_line=row.line.number,
        source_page=row.line.page,
        project_key=project_key,
        stage="self_evaluation" if (actual or score) else stage,
        level1_name=level1,
        level2_name=level2,
        level3_name=name or row.names[-1].text,
        target_raw=target_raw,
        actual_raw=_value_text(actual, values, "actual") if actual and actual.key not in PLACEHOLDERS else None,
        weight=cell_points(weight) if weight else None,
        score=cell_points(score) if score else None,
        value_lines=value_lines(row.line.number, [
            (role, cell.line) for role, cell in (("target", target), ("actual", actual), ("weight", weight),
                                                 ("score", score)) if cell is not None
        ]),
    )


def _levels(carried: list[str | None], header: Header, caption: str | None = None) -> tuple[str | None, str | None]:
    """The row's 一级 and 二级指标: the level columns before its name's, by the level their words name,
    else by their place (of three: 一级, 二级; of two: 一级)."""
    above = [without_points(name) if name else None for name in carried[:-1]]
    numbers = header.numbers[:-1]
    if caption is not None:  # (the caption's name the 一级, the level columns' the 二级 and the name)
        above = [without_points(caption), *above]
        numbers = [1, *(at + 2 for at in range(len(numbers)))]
    level1 = level2 = None
    for at, name in enumerate(above):
        number = numbers[at] or (at + 1)
        if number == 1:
            level1 = name
        elif number == 2:
            level2 = name
    if level1 is None and 1 not in header.numbers:
        level1 = header.above
    if level1 is None and level2 is not None:
        level1 = level2_parent(level2)
    return level1, level2


# The headers found at a document's lines, by the index looked at: (the header or None, the end of the lines a
# header printed one cell per line was looked for on) — the document's two readings by header look once.
HeaderCache = dict[int, tuple["Header | None", "int | None"]]


def _found_header(lines: list[Line], index: int, scanned: list[int], headers: HeaderCache | None) -> Header | None:
    """:func:`find_header`, looked up in ``headers`` where given (a copy: a reading sets a header's carried names)."""
    if headers is None:
        return find_header(lines, index, scanned)
    if index not in headers:
        ends: list[int] = []
        headers[index] = (find_header(lines, index, ends), ends[-1] if ends else None)
    header, end = headers[index]
    if end is not None:
        scanned.append(end)
    if header is None:
        return None
    fresh = object.__new__(Header)  # (a shallow copy, as copy.copy makes it without its look-ups)
    fresh.__dict__.update(header.__dict__)
    return fresh


def read_header_grids(
    lines: list[Line], stage: str, read: set[tuple[int | None, int]] | None = None, named: list[int] | None = None,
    headers: HeaderCache | None = None, before: int = MAX_HEADER_LINES, after: int = MAX_HEADER_LINES,
) -> list[tuple[Table, list[Record]]]:
    """Every indicator table found by its header, read and checked: (table, its indicators and warnings);
    ``read``: the lines of other readers' indicators, whose tables are theirs (not read here); ``headers``: the
    headers found already at the same lines (filled in here); ``before``, ``after``: how many lines before and
    after a name column's word a figure column's word is looked for (``after``: where the word's line is a row of
    cells; one cell on its line, the header's other cells stand on the lines below it)."""
    out: list[tuple[Table, list[Record]]] = []
    done = -1
    scanned: list[int] = []
    if named is None:  # (the lines holding a name column's word: :func:`name_lines`, given where found already)
        named = name_lines(lines)
    if read:  # (a name column's word over another reader's indicators: that reader's table, no header here)
        window = FIRST_ROWS_LINES + NEXT_CELL_LINES * 2  # (a header's name line, then its first rows)
        named = [index for index in named if not any(
            _taken(read, line.page, line.number) for line in lines[index : index + window]
        )]
    # the lines naming a figure column near them (a sentence's 得分 or a funds header's 分值 elsewhere: no header)
    search = ANCHOR_RE.search
    anchors: list[int] = []
    start = 0
    for index in named:  # (in order: each line of the windows around them looked at once)
        start = max(start, index - before, 0)
        reach = MAX_HEADER_LINES if after == MAX_HEADER_LINES or _layout(lines[index]) == CELLS else after
        end = min(len(lines), index + reach)
        anchors += [j for j in range(start, end) if search(lines[j].compact)]
        start = max(start, end)
    for index in anchors:
        if index < done or (scanned and index < scanned[-1]):
            continue
        header = _found_header(lines, index, scanned, headers)
        if header is None:
            continue
        table = _read_table(lines, header, read)
        done = max(index + 1, table.last)
        if not table.rows:
            continue
        records: list[Record] = list(table.warnings)
        if table.stray > len(table.rows):
            continue  # (text wrapped over lines under a header: no table of rows, the wrapped readers')
        if not table_confirmed(table):
            records.append(_warning(lines[header.first], "header grid: the table's points do not add up to its "
                                                         "总分 (nor 得分 ≤ 分值 in every row); its rows left out"))
            out.append((table, records))
            continue
        weighted = "weight" in header.after or "score" in header.after
        for row, exact in zip(table.rows, table.exact, strict=True):
            if weighted or exact:
                records.extend(row_records(row, header, stage))
            else:
                records.append(_warning(row.line, f"header grid: the cells of the row at line {row.line.number} do "
                                                  "not fall one per column; left out"))
        out.append((table, records))
    return out


def name_lines(lines: list[Line]) -> list[int]:
    """The indexes of the lines holding a header's name column's word (:data:`NAME_HEADER_WORDS`): where an
    indicator table's header may stand (this reader's and :mod:`~ingest.performance.glued_grid`'s)."""
    return lines_holding(lines, NAME_HEADER_WORDS, "compact")


def with_header_grids(lines: list[Line], records: list[Record], info: DocumentInfo,
                      named: list[int] | None = None, headers: HeaderCache | None = None) -> list[Record]:
    """``records`` and the indicators of every table found by its header where no other reader read an
    indicator of its lines (the others' records are never replaced nor duplicated)."""
    read = {(r.source_page, r.source_line) for r in records if isinstance(r, Indicator)}
    for r in records:
        if isinstance(r, Indicator) and r.value_lines:
            read.update((r.source_page, int(part.split("=")[1])) for part in r.value_lines.split(";"))
    stage = info.indicator_stage
    found = read_header_grids(lines, stage, read, named, headers)
    if not found:
        return records
    projects = sorted(
        ((r.source_page or 0, r.source_line, r.project_key) for r in records if isinstance(r, Project)),
        key=lambda item: (item[0], item[1]),
    )
    # (a table printed twice, its copy merged into the first by the table readers: its rows read already)
    known = {_row_key(r) for r in records if isinstance(r, Indicator)}
    out = list(records)
    for table, table_records in found:
        if any(_taken(read, page, number) for page, number in table.lines):
            continue
        indicators = [r for r in table_records if isinstance(r, Indicator)]
        if any(_row_key(r) in known for r in indicators):
            continue
        first = (table.rows[0].line.page or 0, table.rows[0].line.number)
        key = next((p[2] for p in reversed(projects) if (p[0], p[1]) < first), None)
        out.extend(
            _keyed(r, key) if isinstance(r, Indicator) else r for r in table_records
        )
    return out


def _taken(read: set[tuple[int | None, int]], page: int | None, number: int) -> bool:
    """Whether another reader's indicator stands on the line (a record placed on its page later, as a text
    with form feeds has it, stands on its line whatever the page)."""
    return (page, number) in read or (page is not None and (None, number) in read)


def _row_key(record: Indicator) -> tuple:
    """What a row reads, wherever it stands: a copy of a table read twice reads the same."""
    return (compact(record.level3_name), record.target_raw and compact(record.target_raw),
            record.actual_raw and compact(record.actual_raw), record.weight, record.score)


def _keyed(record: Indicator, key: str | None) -> Indicator:
    if key is None:
        return record
    copy = object.__new__(Indicator)
    copy.__dict__.update(record.__dict__)
    copy.__dict__["project_key"] = key
    return copy

"""Project sheets whose text a PDF or spreadsheet extraction put onto one long line, cells between spaces,
their reading order partly scrambled (a head cell's words after its value, a row's label after its
figures)::

    财政项目支出绩效自评表 (2022 年度) <name> 项目名称 主管部门 … 年初预算数 全年预算数 全年执行数 分值 执行率
    得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 … 年度资金总额 …

A funds header's column cells (:func:`~ingest.performance.funds_block.column_role`) followed at once by
figures, no row label between (the labels printed elsewhere on the line), is the 年度资金总额 row's: the
template's first row. How many of the figures after the header are that row's is not printed (the next
rows' figures follow with nothing between); each count up to the header's columns is laid over the
columns in every order-keeping way the cells' kinds allow (:func:`~ingest.performance.funds_block._fits`),
and a laying is kept only where the row's own arithmetic confirms it:

- 执行率 = 执行数 / 预算数 (the rate printed in the row; :func:`~ingest.performance.funds_block.rate_agrees`)
  confirms the amounts and the rate, and the 分值 by its place;
- 得分 = 分值 × 执行数 / 预算数, capped at 分值 (to the 得分's printed precision) confirms the amounts, the
  分值 and the 得分 — the only check that places a 得分 (a sheet scoring by steps, 99 % → 9 of 10, has its
  得分 left out).

A column's figure is read where every confirmed laying gives it the same cell; where confirmed layings
disagree, or none is confirmed, nothing is read and a parse warning says so.

The sheet's name is the text between its 项目名称 and 主管部门 cells, or, where none stands there (a PDF's
text printing the name before its label), between the title's year cell and 项目名称. A line holding
several sheets is cut at each title (…绩效自评表). Documents without such a line cost one look at each
line's length and a few substring tests.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from ingest.performance.funds_block import (
    MONEY_ROLES,
    PROJECT_FIELDS,
    BlockRow,
    Cell,
    _consistent,
    _figure,
    _fits,
    _funding,
    _half_ulp,
    _header_at,
    _is_placeholder,
    _unit,
    cells_of,
    column_role,
    rate_agrees,
)
from ingest.performance.indicator_values import parse_number
from ingest.records import ParseWarning, Project, ProjectFunding, Record
from ingest.text import Line

PARSER_NAME = "performance.flat_sheet"
# A line shorter than this holds no flattened sheet (a sheet's head, funds header and rows: ~150 characters).
MIN_LINE_CHARS = 150
# A sheet's title cell (项目支出绩效自评表, 财政项目支出绩效自评表 …): where a line's next sheet begins.
TITLE_RE = re.compile(r"绩效自评表")
# The title's year cell, or the title ending in its year ((2022年度), 2021年度, …自评表(2022年度)).
YEAR_CELL_RE = re.compile(r"\d{4}年度?\)?$")
NAME_LABEL, DEPARTMENT_LABEL = "项目名称", "主管部门"
# A project's name: words, digits, brackets and a few marks, 2 to 40 characters.
NAME_RE = re.compile(r"^[\u4e00-\u9fff()、·“”A-Za-z0-9-]{2,40}$")
# How many cells a name may take (a name wrapped over two or three cells).
NAME_CELLS = 4
HUNDRED, EPSILON = Decimal(100), Decimal("0.0001")


@dataclass
class FlatSheet:
    name: str
    line: Line
    unit: str
    figures: dict[str, str]  # role → the cell's text
    note: str | None = None  # why the funds row was left out
    context: str = ""


def _budget(placed: dict[str, str | None]) -> str | None:
    return next((placed[role] for role in ("full_year", "initial")
                 if placed.get(role) is not None and not _is_placeholder(placed[role])), None)


def _rate_confirms(placed: dict[str, str | None]) -> bool:
    budget, executed, rate = _budget(placed), placed.get("executed"), placed.get("rate")
    if budget is None or executed is None or rate is None or _is_placeholder(executed) or _is_placeholder(rate):
        return False
    return rate_agrees(budget, executed, rate)


def _score_confirms(placed: dict[str, str | None]) -> bool:
    """Whether 得分 = 分值 × 执行数 / 预算数 (capped at 分值), each figure as rounded as printed."""
    budget, executed = _budget(placed), placed.get("executed")
    weight, score = placed.get("weight"), placed.get("score")
    if budget is None or any(c is None or _is_placeholder(c) for c in (executed, weight, score)):
        return False
    b, e = _figure(budget)[0], _figure(executed)[0]
    w, s = _figure(weight)[0], _figure(score)[0]
    hb, he, hs = _half_ulp(budget), _half_ulp(executed), _half_ulp(score)
    if b <= hb or not w:
        return False
    low = min(w, w * (e - he) / (b + hb))
    high = min(w, w * (e + he) / (b - hb))
    return low <= s + hs + EPSILON and high >= s - hs - EPSILON


def _readings(cells: Sequence[str], roles: Sequence[str]) -> list[dict[str, int]]:
    """Every laying of ``cells`` (a prefix of the figures after the header) over ``roles`` that the
    cells' kinds allow and the row's arithmetic confirms, as role → the index of its cell: the amounts
    and the 分值 by their places, the rate where the rate check confirms it, the 得分 where the score check
    does (a placeholder gives no figure)."""
    out: list[dict[str, int]] = []
    partial = len(cells) < len(roles)
    for columns in itertools.combinations(range(len(roles)), len(cells)):
        placed: dict[str, str | None] = {roles[c]: cells[i] for i, c in enumerate(columns)}
        if not all(_fits(roles[c], cells[i], True, partial) for i, c in enumerate(columns)):
            continue
        if not _consistent(placed, True):
            continue
        by_rate, by_score = _rate_confirms(placed), _score_confirms(placed)
        if not (by_rate or by_score):
            continue
        out.append({
            roles[c]: i for i, c in enumerate(columns)
            if not _is_placeholder(cells[i])
            and (roles[c] in MONEY_ROLES or roles[c] == "weight" or (roles[c] == "rate" and by_rate)
                 or (roles[c] == "score" and by_score))
        })
    return out


def _agreed(readings: Sequence[dict[str, int]], roles: Sequence[str]) -> dict[str, int] | None:
    """The figures every confirmed laying agrees on (role → index), None where two disagree: an amount
    is taken where every laying puts the same cell in its column (the 年初 / 全年 budget of a row with one
    budget printed is not known); a rate, 分值 or 得分 where the layings that hold one hold the same cell."""
    taken: dict[str, int] = {}
    for role in roles:
        if role in MONEY_ROLES:
            found = {reading.get(role) for reading in readings}
            if len(found) == 1 and (index := next(iter(found))) is not None:
                taken[role] = index
            continue
        found = {reading[role] for reading in readings if role in reading}
        if len(found) > 1:
            return None
        if found:
            taken[role] = next(iter(found))
    owner = {index: role for role, index in taken.items()}
    for reading in readings:  # (a cell taken in one column, another laying put in another: a disagreement)
        if any(owner.get(index, role) != role for role, index in reading.items()):
            return None
    return taken


def _funds_after_header(cells: Sequence[Cell], position: int, roles: Sequence[str]) -> tuple[dict[str, str], str | None]:
    """The 年度资金总额 row's certain figures from the figures right after the header (role → text), and
    why they were left out (None where read, or where no figure follows)."""
    run: list[str] = []
    while position < len(cells) and len(run) < len(roles) and (
        _figure(cells[position].text) is not None or _is_placeholder(cells[position].text)
    ):
        run.append(cells[position].text)
        position += 1
    if len(run) < 2:
        return {}, None
    readings = [reading for count in range(2, len(run) + 1) for reading in _readings(run[:count], roles)]
    if not readings:
        return {}, "no laying of its figures over the header's columns is confirmed by 执行率 = 执行数 / 预算数 " \
                   "or 得分 = 分值 × 执行率"
    taken = _agreed(readings, roles)
    if taken is None:
        return {}, "its confirmed layings disagree"
    if "executed" not in taken:
        return {}, "its execution's column uncertain"
    return {role: run[index] for role, index in taken.items()}, None


def _sheet_starts(cells: Sequence[Cell]) -> list[int]:
    starts = [index for index, cell in enumerate(cells) if TITLE_RE.search(cell.text)]
    return starts if starts and starts[0] == 0 else [0, *starts]


def _name(cells: Sequence[Cell]) -> str | None:
    """The sheet's project name (see the module's doc)."""
    at = next((i for i, cell in enumerate(cells) if cell.text == NAME_LABEL), None)
    if at is None:
        return None
    after = []
    for cell in cells[at + 1 : at + 1 + NAME_CELLS + 1]:
        if cell.text == DEPARTMENT_LABEL:
            break
        after.append(cell.text)
    else:
        after = []
    candidates = ["".join(after)] if after else []
    if not after:
        year = next((i for i in range(at - 1, max(-1, at - NAME_CELLS - 2), -1) if YEAR_CELL_RE.search(cells[i].text)),
                    None)
        if year is not None and 0 < at - year - 1 <= NAME_CELLS:
            candidates.append("".join(cell.text for cell in cells[year + 1 : at]))
    name = candidates[0] if candidates else None
    return name if name and NAME_RE.match(name) and column_role(name) is None else None


def read_flat_sheets(lines: Sequence[Line]) -> list[FlatSheet]:
    """The funds rows of the sheets flattened onto long lines (see the module's doc)."""
    out: list[FlatSheet] = []
    for line in lines:
        if len(line.norm) < MIN_LINE_CHARS:
            continue
        compact = line.compact
        if "执行" not in compact or "分值" not in compact or NAME_LABEL not in compact:
            continue
        cells = cells_of([line])
        starts = _sheet_starts(cells)
        for number, start in enumerate(starts):
            sheet = cells[start : starts[number + 1] if number + 1 < len(starts) else len(cells)]
            found = _sheet(sheet, line)
            if found is not None:
                out.append(found)
    return out


def _sheet(cells: Sequence[Cell], line: Line) -> FlatSheet | None:
    name = _name(cells)
    if name is None:
        return None
    for start, cell in enumerate(cells):
        if column_role(cell.text) is None:
            continue
        header = _header_at(cells, start)
        if header is None:
            continue
        roles, position = header
        if position >= len(cells) or _figure(cells[position].text) is None:
            return None  # (a label after the header: the funds block reader's rows)
        figures, note = _funds_after_header(cells, position, roles)
        context = " ".join(c.text for c in cells[position : position + len(roles)])
        if not figures and note is None:
            return None
        unit = _sheet_unit(cells)
        if unit is None:
            return FlatSheet(name=name, line=line, unit="", figures={}, context=context,
                             note="its money unit uncertain (元 and 万元 both declared)")
        return FlatSheet(name=name, line=line, unit=unit or _unit(cells, start), figures=figures, note=note,
                         context=context)
    return None


# A cell declaring the sheet's money unit: 项目资金(元), 年初预算数(万元), 单位:万元.
UNIT_CELL_RE = re.compile(r"\((万元|元)\)$|^(?:金额)?单位[:]?(万元|元)$")


def _sheet_unit(cells: Sequence[Cell]) -> str | None:
    """The money unit the sheet's cells declare wherever they stand (a PDF's text puts 项目资金(元) after
    the figures); "" where none does, None where both 元 and 万元 are declared."""
    units = {match.group(1) or match.group(2) for cell in cells if (match := UNIT_CELL_RE.search(cell.text))}
    if len(units) > 1:
        return None
    return next(iter(units), "")


def with_flat_sheets(lines: Sequence[Line], records: list[Record]) -> list[Record]:
    """``records`` with the funds rows of the flattened sheets no reader read: onto the project of the
    same name on the same line where one is (and has no funds figures), else a new project."""
    sheets = read_flat_sheets(lines)
    if not sheets:
        return records
    projects = {(r.source_page, r.source_line, r.name): r for r in records if isinstance(r, Project)}
    funded = {r.project_key for r in records if isinstance(r, ProjectFunding)}
    keys = {r.project_key for r in records if isinstance(r, Project)}
    changed: dict[str, Project] = {}
    added: list[Record] = []
    for sheet in sheets:
        if sheet.note is not None:
            added.append(ParseWarning(source_line=sheet.line.number, source_page=sheet.line.page, parser=PARSER_NAME,
                                      message=f"a sheet flattened onto one line, its funds row after the header: "
                                              f"{sheet.note}; left out",
                                      context=f"{sheet.name}: {sheet.context}"[:160]))
            continue
        project = projects.get((sheet.line.page, sheet.line.number, sheet.name))
        if project is None and any(r.name == sheet.name for r in projects.values()):
            continue  # (the project read elsewhere: its funds its readers')
        if project is not None and (project.project_key in funded or any(
                getattr(project, name) is not None for name in PROJECT_FIELDS)):
            continue
        if project is None:
            number = 1
            while f"p{number:02d}" in keys:
                number += 1
            key = f"p{number:02d}"
            keys.add(key)
            project = Project(source_line=sheet.line.number, source_page=sheet.line.page, project_key=key,
                              name=sheet.name)
            added.append(project)
        row = BlockRow(label="年度资金总额", source="total", line=sheet.line, figures=dict(sheet.figures),
                       lines={role: sheet.line.number for role in sheet.figures})
        funding = _funding(project.project_key, row, sheet.unit)
        if funding is None:
            continue
        added.append(funding)
        figures = (funding.budget_initial_yuan, funding.budget_full_year_yuan, funding.executed_yuan,
                   funding.execution_rate, parse_number(row.figures.get("weight")),
                   parse_number(row.figures.get("score")))
        filled = replace(project, **{name: value for name, value in zip(PROJECT_FIELDS, figures, strict=True)
                                     if value is not None}, ulp_yuan=project.ulp_yuan or funding.ulp_yuan)
        if project in added:
            added[added.index(project)] = filled
        else:
            changed[project.project_key] = filled
    if not added and not changed:
        return records
    return [changed.get(r.project_key, r) if isinstance(r, Project) else r for r in records] + added

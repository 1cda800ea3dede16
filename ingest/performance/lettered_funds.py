"""A funds block whose header letters its columns and writes each rate as a formula of them.

A transfer fund's 绩效评价表 (a province's template for a 专项 / 转移支付 fund) names its money columns with
a letter and its rates by the letters they divide, each header cell's words over its bracket::

    行次 全年预算数 (A) | 统筹整合资金数 (B) | 扣除统筹整合资金后预算金额 (C) | 全年到位资金 (D) |
         预算到位 (D/C×100%) | 全年执行资金 (E) | 预算执行 (E/C×100%) | 佐证材料
    年度资金总额(万元): 1 52.800000
    52.800000 52.800000 100.00% 30.800000 58.33%
    其中:中央财政资金(万元) 2 52.800000 …

Read as a structure: the header is a run of cells each ending in its letter — ``(A)``, ``(B)`` … in order — or in a
formula of two letters before it (``(D/C×100%)``), a cell's words and its bracket on one line or on two; its
columns' roles by their words (全年预算数: the year's budget, 全年执行: the execution, its rate the formula dividing
the execution); a column no funds record holds (全年到位资金(D), 预算到位(D/C)) is stated as the row's figure under
its words. A row is a funds label (年度资金总额, 其中:中央财政资金 …), its 行次 number where the header opens with
行次, then its figures — money in a lettered column, a % in a formula's — over as many lines as they wrap. A row
printing fewer cells than the header has columns (a copy dropping its empty cells) is laid over the columns in every
order-keeping way, and a column's figure read only where every laying gives it the same: each laying must make its
printed rates the quotient of their letters' figures (to their printed precision), fill both letters of a rate it
prints, and fill the year's budget where it fills the execution (no money spent from no budget). A figure whose
column stays uncertain is left out with a warning.

The sheet has no 项目名称 of its own: its project is the fund its title names (…年度林业草原改革发展资金绩效评价表).
A sheet printing a 项目名称 between its title and its header is a project's table (its project and funds are the
project table's reader's), not read here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.performance.funds_block import label_sources, rate_agrees
from ingest.performance.header_roles import funds_column_role
from ingest.performance.indicator_values import parse_percent_cell
from ingest.performance.project_table import _yuan
from ingest.records import ParseWarning, Project, ProjectFunding, Record, StatedFigure
from ingest.text import Line, lines_holding
from ingest.value_lines import value_lines
from ingest.vocabulary import YEAR

PARSER_NAME = "performance.lettered_funds"
LETTER_CELL_RE = re.compile(r"^(?P<words>[\u4e00-\u9fff]{2,16})\((?P<letter>[A-H])\)$")
FORMULA_CELL_RE = re.compile(r"^(?P<words>[\u4e00-\u9fff]{2,16})\((?P<num>[A-H])/(?P<den>[A-H])(?:[×*]100%)?\)$")
MONEY_CELL_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
RATE_CELL_RE = re.compile(r"^\d+(?:\.\d+)?%$")
ROW_NUMBER_RE = re.compile(r"^\d{1,2}$")
CELL_SPLIT_RE = re.compile(r"[|\s]+")
# The sheet's title: the fund its words name between the year and the sheet's kind.
# A sheet naming its own project under its title (项目名称 | …): a project's table, its funds the project table's.
OWN_NAME_LABEL = "项目名称"
TITLE_ENDS = ("自评表", "评价表")  # (how :data:`TITLE_RE` ends: the lines tried first by their end)
TITLE_RE = re.compile(rf"{YEAR}年度?(?P<name>[\u4e00-\u9fff]{{2,30}}?)(?:项目)?(?:支出)?绩效(?:自评|评价)表$")
# Words that end the block (the funds' management after it, the indicators).
BLOCK_END_RE = re.compile(r"资金管理情况|绩效指标|一级指标|总体目标")
WINDOW_LINES = 40
TITLE_LINES = 30
# (words between the header and a row, or two rows: 佐证材料 | 列次 | 所需材料 | 上传端口, a 佐证材料 cell's text)
MAX_IDLE_CELLS = 6
MAX_COLUMNS = 10


@dataclass
class Column:
    letter: str
    role: str | None  # full_year / initial / executed / rate (the execution's), else None
    formula: tuple[str, str] | None  # (numerator, denominator) of a rate column
    words: str = ""  # the header cell's words (全年到位资金, 预算到位)


def _cells(lines: Sequence[Line]) -> list[tuple[str, Line]]:
    """The cells of ``lines`` in order, a bracket opening a cell joined to the words before it, on its line or on
    the line before (全年预算数 / (A))."""
    out: list[tuple[str, Line]] = []
    for line in lines:
        for text in CELL_SPLIT_RE.split(line.norm):
            if not text:
                continue
            if text.startswith("(") and out and re.fullmatch(r"[\u4e00-\u9fff]{2,16}", out[-1][0]):
                out[-1] = (out[-1][0] + text, out[-1][1])
                continue
            out.append((text, line))
    return out


def _header(cells: list[tuple[str, Line]], start: int) -> list[Column] | None:
    columns: list[Column] = []
    at = start
    while at < len(cells) and len(columns) < MAX_COLUMNS:
        text = cells[at][0]
        if match := LETTER_CELL_RE.match(text):
            if match.group("letter") != chr(ord("A") + sum(c.formula is None for c in columns)):
                return None
            role = funds_column_role(match.group("words"))
            columns.append(Column(match.group("letter"), role if role in ("full_year", "initial", "executed") else None,
                                  None, match.group("words")))
        elif match := FORMULA_CELL_RE.match(text):
            letters = {c.letter for c in columns if c.formula is None}
            if not {match.group("num"), match.group("den")} <= letters:
                return None
            columns.append(Column("", None, (match.group("num"), match.group("den")), match.group("words")))
        else:
            break
        at += 1
    roles = [c.role for c in columns]
    if len(columns) < 3 or "executed" not in roles or not {"full_year", "initial"} & set(roles):
        return None
    executed = next(c.letter for c in columns if c.role == "executed")
    for column in columns:  # (the execution's rate: its numerator the execution column)
        if column.formula is not None and column.formula[0] == executed and "rate" not in roles:
            column.role = "rate"
            roles.append("rate")
    return columns


def _layings(cells: list[str], columns: list[Column]) -> list[dict[int, int]]:
    """Every order-keeping laying of a row's cells over the columns that holds (module docstring): column → cell."""
    out: list[dict[int, int]] = []
    budget = [i for i, c in enumerate(columns) if c.role in ("full_year", "initial")]
    executed = next(i for i, c in enumerate(columns) if c.role == "executed")
    letter_at = {c.letter: i for i, c in enumerate(columns) if c.formula is None}
    for chosen in itertools.combinations(range(len(columns)), len(cells)):
        laid = dict(zip(chosen, range(len(cells)), strict=True))
        if not all((columns[i].formula is None) == (MONEY_CELL_RE.match(cells[k]) is not None)
                   for i, k in laid.items()):
            continue  # (money in a lettered column, a % in a formula's)
        if executed in laid and not any(i in laid for i in budget):
            continue  # (no money spent from no budget)
        holds = True
        for i, k in laid.items():
            formula = columns[i].formula
            if formula is None:
                continue
            num, den = letter_at[formula[0]], letter_at[formula[1]]
            if num not in laid or den not in laid or not rate_agrees(cells[laid[den]], cells[laid[num]], cells[k]):
                holds = False
                break
        if holds:
            out.append(laid)
    return out


def _title(lines: Sequence[Line], before: int) -> tuple[str, int] | None:
    """The fund the sheet's title names, and the title's index, within :data:`TITLE_LINES` above ``before``."""
    for at in range(before - 1, max(0, before - TITLE_LINES) - 1, -1):
        compact = lines[at].compact
        if compact.endswith(TITLE_ENDS) and (match := TITLE_RE.search(compact)):
            return match.group("name"), at
    return None


def read_lettered_funds(lines: list[Line]) -> list[Record]:
    """The project and funds rows of the first lettered funds block (module docstring), or nothing."""
    for index in lines_holding(lines, ("(A)",)):
        titled = _title(lines, index)
        if titled is None:
            continue
        name, title_at = titled
        if any(OWN_NAME_LABEL in line.compact for line in lines[title_at + 1 : index]):
            continue  # (a project's sheet naming its project under its title: the project table's, not this one)
        cells = _cells(lines[max(0, index - 2) : index + WINDOW_LINES])
        start = next((k for k, (text, _) in enumerate(cells) if (m := LETTER_CELL_RE.match(text)) and m.group(
            "letter") == "A"), None)
        if start is None or (columns := _header(cells, start)) is None:
            continue
        numbered = start > 0 and cells[start - 1][0] == "行次"
        yuan = any(text.endswith("(元)") for text, _ in cells[max(0, start - 4) : start])
        return _rows(cells, start + len(columns), columns, numbered, name, lines[index], "元" if yuan else "万元")
    return []


def _rows(cells: list[tuple[str, Line]], at: int, columns: list[Column], numbered: bool, name: str,
          head: Line, unit: str) -> list[Record]:
    project = Project(source_line=head.number, source_page=head.page, project_key="p01", name=name)
    out: list[Record] = []
    idle = 0  # (words since the header or the last row that are no label: a text column's, a 列次 row's)
    seen: set[str] = set()
    while at < len(cells) and idle <= MAX_IDLE_CELLS:
        text, line = cells[at]
        if BLOCK_END_RE.search(text):
            break
        labels = label_sources(text)
        if labels is None or len(labels) != 1:
            # (a number no label opens — a 列次 row's, an unnamed row's — is passed over, never read)
            idle += 0 if MONEY_CELL_RE.match(text) else 1
            at += 1
            continue
        idle = 0
        source, label = labels[0]
        at += 1
        if numbered and at < len(cells) and ROW_NUMBER_RE.match(cells[at][0]):
            at += 1  # (its 行次)
        row: list[tuple[str, Line]] = []
        while at < len(cells) and (MONEY_CELL_RE.match(cells[at][0]) or RATE_CELL_RE.match(cells[at][0])):
            row.append(cells[at])
            at += 1
        if not row or source in seen:
            continue
        seen.add(source)
        out.extend(_funding(project, source, label, line, row, columns, unit))
    if not any(isinstance(r, ProjectFunding) for r in out):
        return [r for r in out if isinstance(r, ParseWarning)]  # (no budget nor execution read: no project)
    total = next((r for r in out if isinstance(r, ProjectFunding) and r.source == "total"), None)
    if total is not None:  # (the project's figures its total row's, each at its line)
        off = dict(part.split("=") for part in (total.value_lines or "").split(";") if "=" in part)
        figures = {"budget_initial": total.budget_initial_yuan, "budget_full_year": total.budget_full_year_yuan,
                   "executed": total.executed_yuan, "execution_rate": total.execution_rate}
        project = Project(
            source_line=head.number, source_page=head.page, project_key="p01", name=name,
            budget_full_year_yuan=total.budget_full_year_yuan, budget_initial_yuan=total.budget_initial_yuan,
            executed_yuan=total.executed_yuan, execution_rate=total.execution_rate, ulp_yuan=total.ulp_yuan,
            value_lines=value_lines(head.number, [(key, int(off.get(key, total.source_line)))
                                                  for key, figure in figures.items() if figure is not None]),
        )
    return [project, *out]


def _funding(project: Project, source: str, label: str, line: Line, row: list[tuple[str, Line]],
             columns: list[Column], unit: str) -> list[Record]:
    """A funds row's record: the figures of the columns every laying gives the same (module docstring)."""
    texts = [text for text, _ in row]
    layings = _layings(texts, columns) if len(texts) <= len(columns) else []
    certain: dict[str, tuple[str, Line]] = {}  # role → its cell
    out: list[Record] = []
    for column, spec in enumerate(columns):
        placed = {texts[laid[column]] if column in laid else None for laid in layings}
        if len(placed) != 1 or None in placed:
            continue
        cell = row[layings[0][column]]
        if spec.role is not None:
            certain[spec.role] = cell
            continue
        # (a column no funds record holds — 全年到位资金(D), its rate 预算到位(D/C) —: the row's figure under its words)
        if spec.formula is None:
            amount, ulp = _yuan(cell[0], unit)
            if amount is not None:
                out.append(StatedFigure(source_line=cell[1].number, source_page=cell[1].page,
                                        label=f"{label}{spec.words}", field="amount", value=amount, unit="yuan",
                                        context=f"{label} {spec.words}({spec.letter}) {cell[0]}", ulp=ulp))
        elif (rate := parse_percent_cell(cell[0])) is not None:
            out.append(StatedFigure(source_line=cell[1].number, source_page=cell[1].page,
                                    label=f"{label}{spec.words}", field="share_pct", value=rate, unit="percent",
                                    context=f"{label} {spec.words}({'/'.join(spec.formula)}) {cell[0]}"))
    # (a cell laid in another column by another laying: its figure uncertain, left out)
    if not layings or any(len({next(i for i, k in laid.items() if k == cell) for laid in layings}) > 1
                          for cell in range(len(texts))):
        out.append(ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                                message=f"lettered funds row {label}: {len(texts)} cells under {len(columns)} "
                                        "columns, the column of some uncertain; those left out",
                                context=" ".join(texts)[:80]))
    if not certain:
        return out
    money = {role: _yuan(certain[role][0], unit) if role in certain else (None, None)
             for role in ("initial", "full_year", "executed")}
    names = {"initial": "budget_initial", "full_year": "budget_full_year", "executed": "executed",
             "rate": "execution_rate"}
    out.append(ProjectFunding(
        source_line=line.number, source_page=line.page, project_key=project.project_key, source=source, label=label,
        budget_initial_yuan=money["initial"][0], budget_full_year_yuan=money["full_year"][0],
        executed_yuan=money["executed"][0],
        execution_rate=parse_percent_cell(certain["rate"][0]) if "rate" in certain else None,
        ulp_yuan=next((ulp for _, ulp in money.values() if ulp is not None), None),
        value_lines=value_lines(line.number, [(names[role], cell[1].number) for role, cell in certain.items()]),
    ))
    return out

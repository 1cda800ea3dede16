"""The funds block of a project sheet read by its structure: its column header cells and its row labels.

A 项目支出绩效自评表 (and a 转移支付 sheet) prints its money under a header naming its columns and a
row per funds source::

    项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
    年度资金总额    | 130        | 130        | 130        | 10   | 100%   | 10
    其中:当年财政拨款 | 130      | 130        | 130        | —    | 100%   | —
    上年结转资金 | … ;  地方资金 | 2530.32万 | 2530.32万 | 100%  (a transfer sheet's own columns)

The table readers read it where its rows keep their lines and their cells' places. This reader takes
what they leave: the block as one stream of cells, whatever separates them — pipes, tabs, spaces, one
cell per line, a whole sheet flattened onto one line, a row's figures wrapped onto the next line. The
header's cells give the columns in order (:func:`column_role`); a row is a label of the funds
vocabulary (:data:`SOURCE_LABELS`) and the figure cells after it, up to the next label.

A row with fewer cells than the header has columns leaves some columns empty without saying which: the
cells are laid over the columns in every order-keeping way their kinds allow (an amount in a money
column, a % in the rate column, a number of points in 分值 / 得分, 得分 no more than 分值, the 其中 rows'
分值 / 得分 empty, and 执行率 = 执行数 / 预算数 where a placing has all three), and a column's figure is
read only where every such placing gives it the same one — a figure whose column is uncertain is left
out with a warning (a wrong figure is worse than a missing one).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from ingest.numbers import declared_unit
from ingest.performance.header_roles import EXECUTED_WORDS, FUNDS_COLUMN_ROLES, funds_column_role
from ingest.performance.indicator_stream import PROJECT_NAME_WORD_RE, _project_name
from ingest.performance.indicator_values import parse_number, parse_percent_cell
from ingest.performance.project_table import _yuan  # 万元 / 元 text → (元, ulp), as a project table's
from ingest.records import ParseWarning, Project, ProjectFunding, Record
from ingest.text import Line
from ingest.value_lines import FUNDING_FIGURES, PROJECT_FIGURES, value_lines
from ingest.vocabulary import EMPTY_CELL_MARKS

# A cell that is a figure: a number with its unit or its % at most (1,172.55 / 2530.32万 / 100% / 10分).
FIGURE_RE = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>万元|万|元|分|%)?")
# A dash or slash holding an empty column's place.
PLACEHOLDERS = EMPTY_CELL_MARKS | {"–", "―", "－", "\\", "无"}
# A unit printed apart from its number (``2.38  万元``, ``100 %``): one cell with it.
UNIT_CELL_RE = re.compile(r"^(?:万元|万|元|%)$")
# A Markdown table's rule cell (|---|:---:|).
RULE_CELL_RE = re.compile(r"^:?-{3,}:?$")
# What splits a line into cells: pipes, tabs and spaces alike.
CELL_SPLIT_RE = re.compile(r"[|｜\t ]+")

# A funds row's label, by the source it names (the first that matches; 其中: and a trailing colon or
# unit aside). A sub-national government's money (地方资金, 省级资金 …) is ``local``, beside the central
# government's 中央财政资金 (``fiscal``, as the table readers read it) or 中央补助 (``superior``).
SOURCE_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (source, re.compile(pattern))
    for source, pattern in (
        ("total", r"(?:年度|项目)?(?:财政)?资金总额|总额"),
        ("local", r"地方(?:财政)?资金|[省市县区州]级(?:财政)?资金"),
        ("superior", r"中央(?:及|和)?(?:自治区|省级?)?补助(?:资金)?|上级(?:财政)?(?:补助)?资金"),
        ("fiscal", r"(?:当年|本年)?财政拨款(?:资金)?|(?:中央)?财政资金"),
        ("carryover", r"(?:上年)?结转(?:结余)?(?:资金)?"),
        ("special_account", r"财政专户(?:管理)?(?:资金)?"),
        ("unit_own", r"单位(?:自有)?资金|自有资金"),
        ("other", r"其[他它]资金"),
    )
)
# What may follow a label's words: a colon, its unit in brackets (年度资金总额(万元):).
LABEL_TAIL_RE = re.compile(r"[:]?(?:\((?:万元|元)\))?[:]?")
# The longest text a row's label (or labels run together, 上年结转资金其他资金) holds.
MAX_LABEL_CHARS = 24
# A text column after the figure columns of a funds header (原因, 偏差原因, 说明): a row's words after its
# figures, on its line, are that column's.
REASON_COLUMN_RE = re.compile(r"(?:偏差)?原因(?:分析)?|(?:情况)?说明|备注")
# Words that end the block (the goals and the indicators after it).
BLOCK_END_RE = re.compile(r"总体目标|预期目标|绩效指标|一级指标|三级指标|资金管理情况|实际完成情况")

# The words of an execution column (全年执行数, 执行数(B), 全年执行, 执行金额, 实际支出) and a header cell's role:
# the shared vocabulary's (ingest/performance/header_roles.py).
EXECUTED_WORD_RE = re.compile(EXECUTED_WORDS)
COLUMN_ROLES = FUNDS_COLUMN_ROLES
MONEY_ROLES = ("initial", "full_year", "executed")
# The columns of a row's figures, in the order of ingest/value_lines.py's FUNDING_FIGURES / PROJECT_FIGURES.
FIGURE_ROLES = ("initial", "full_year", "executed", "rate", "weight", "score")
# The most a rate printed without its % may be (a rate over 100 %: more spent than budgeted).
MAX_BARE_RATE = Decimal(200)
MAX_POINTS = Decimal(100)
# How many cells before a header its row's 资金总额 label may stand (a PDF's text puts the head's cells
# between them: 年度财政 资金总额 项目实施单位 投资促进中心 □ 3、一次性项目 □ 预算数 (A) …).
LABEL_BEFORE_CELLS = 8
# How many lines before the first naming an execution a block's header and caption may begin (a header
# one cell per line, a blank line after each: 项目资金(万元) / 年初预算数 / 全年预算数 / 全年执行数).
HEAD_LINES = 16
# (Decimals made once: a rate in percent; half a digit; what a division's last digit may be off by)
HUNDRED, HALF, RATE_EPSILON = Decimal(100), Decimal("0.5"), Decimal("0.0001")
# Why a row's figures were left out (:func:`place_row`).
UNCERTAIN, UNFIT = "uncertain", "unfit"
# How many cells a header's caption cell (项目资金(万元)) may stand before its first column, for its unit.
CAPTION_CELLS = 4


class Cell(NamedTuple):
    """A cell of a funds block (a tuple: made by the hundred, a frozen dataclass's setattr avoided)."""

    text: str  # NFKC, without spaces
    line: Line


@dataclass
class BlockRow:
    """A funds row read from the block: its label, source and the figures whose columns are certain."""

    label: str
    source: str
    line: Line
    figures: dict[str, str] = field(default_factory=dict)  # role → the cell's text
    lines: dict[str, int] = field(default_factory=dict)  # role → the line of its cell


@dataclass
class FundsBlock:
    header_line: Line
    unit: str
    rows: list[BlockRow] = field(default_factory=list)
    notes: list[tuple[Line, str, str, str]] = field(default_factory=list)  # (line, source, message, context)


def cells_of(lines: Sequence[Line]) -> list[Cell]:
    """The cells of ``lines`` in order: split at pipes, tabs and spaces; a unit printed apart joined to
    its number, a bracket's text to the cell it opens in (全年预算数 (A), 得分 (20 分*执行率)). (A line's
    cells depend on its own text alone: cut once per spelling, :func:`_line_cells`.)"""
    return [Cell(text, line) for line in lines for text in _line_cells(line.norm)]


@functools.lru_cache(maxsize=4096)  # (a pure function of a line's text; a window's lines are cut again per project)
def _line_cells(norm: str) -> tuple[str, ...]:
    """The cells' texts of one line (see :func:`cells_of`)."""
    cells: list[str] = []
    opened: str | None = None  # a cell whose bracket is still open
    for text in CELL_SPLIT_RE.split(norm):
        if not text or RULE_CELL_RE.match(text):
            continue  # (a Markdown table's rule under its first row: no cell)
        if opened is not None:
            opened += text
            if _balanced(opened):
                cells.append(opened)
                opened = None
            continue
        if cells and (
            (UNIT_CELL_RE.match(text) and FIGURE_RE.fullmatch(cells[-1]))
            or (text.startswith("(") and not FIGURE_RE.fullmatch(cells[-1])
                and not _is_placeholder(cells[-1]))
        ):
            cells[-1] += text
            if not _balanced(cells[-1]):
                opened = cells.pop()
            continue
        if not _balanced(text):
            opened = text
            continue
        cells.append(text)
    if opened is not None:
        cells.append(opened)
    return tuple(cells)


def _balanced(text: str) -> bool:
    return text.count("(") <= text.count(")")


def _is_placeholder(text: str) -> bool:
    return text in PLACEHOLDERS


@functools.lru_cache(maxsize=4096)  # (asked of every cell of a window, for each header tried)
def _is_figure_cell(text: str) -> bool:
    """A figure or a placeholder: a row's cell (not its label)."""
    return text in PLACEHOLDERS or FIGURE_RE.fullmatch(text) is not None


# The role of a header cell (年初预算数 → initial, 全年执行数(B) → executed, 执行率 → rate …): the vocabulary's.
column_role = funds_column_role


@functools.lru_cache(maxsize=4096)
def label_sources(text: str) -> tuple[tuple[str, str], ...] | None:
    """The funds rows a run of text cells labels, each (source, label) in order — several where labels
    run together with no figures between (上年结转资金其他资金); None where the text holds anything else."""
    if len(text) > MAX_LABEL_CHARS:
        return None
    out: list[tuple[str, str]] = []
    rest = text
    while rest:
        rest = rest.removeprefix("其中:").removeprefix("其中")
        found = next(((source, match) for source, pattern in SOURCE_LABELS if (match := pattern.match(rest))), None)
        if found is None:
            return None
        source, match = found
        out.append((source, match.group()))
        tail = LABEL_TAIL_RE.match(rest, match.end())  # (matches an empty tail too: never None)
        rest = rest[tail.end() if tail else match.end() :]
    return tuple(out) or None


@functools.lru_cache(maxsize=4096)  # (a cell's figure is asked for by every placing of its row)
def _figure(text: str) -> tuple[Decimal, str | None] | None:
    """A figure cell's number and its unit (万元 / 万 / 元 / 分 / %); None for any other cell."""
    match = FIGURE_RE.fullmatch(text)
    if match is None:
        return None
    try:
        return Decimal(match.group("number").replace(",", "")), match.group("unit")
    except InvalidOperation:
        return None


def _fits(role: str, cell: str, total_row: bool, partial: bool) -> bool:
    """Whether ``cell`` can stand in a column of ``role``."""
    if _is_placeholder(cell):
        return True
    figure = _figure(cell)
    if figure is None:
        return False
    value, unit = figure
    if role in MONEY_ROLES:
        return unit not in ("%", "分")
    if role == "rate":
        return unit == "%" or (unit is None and value <= MAX_BARE_RATE)
    # 分值 / 得分: points, in the total row only where the row leaves columns empty (the 其中 rows'
    # 分值 and 得分 cells are merged or dashed in the national template)
    return (total_row or not partial) and unit in (None, "分") and value <= MAX_POINTS


def _value(cell: str | None) -> Decimal | None:
    if cell is None or _is_placeholder(cell):
        return None
    figure = _figure(cell)
    return figure[0] if figure else None


def _consistent(placed: dict[str, str | None], has_execution: bool) -> bool:
    """Whether a placing of a row's cells obeys 得分 ≤ 分值 and 执行率 = 执行数 / 预算数 (against the
    全年预算数, or the 年初预算数) where it has them; and no rate without an execution (under a header
    with an execution column)."""
    weight, score = _value(placed.get("weight")), _value(placed.get("score"))
    if weight is not None and score is not None and score > weight:
        return False
    rate, executed = _value(placed.get("rate")), _value(placed.get("executed"))
    if rate is not None and executed is None and has_execution:
        return False  # a rate is the execution's share: no rate where the execution's cell is empty
    budgets = [b for b in (placed.get("full_year"), placed.get("initial")) if _value(b) is not None]
    if rate is None or executed is None or not budgets:
        return True
    return any(rate_agrees(budget, placed["executed"], placed["rate"]) for budget in budgets)


@functools.lru_cache(maxsize=4096)
def rate_agrees(budget: str, executed: str, rate: str) -> bool:
    """Whether a printed 执行率 is its row's 执行数 / 预算数, each figure as rounded as printed: the rate of
    the amounts' range (each ± half its last digit) meets the rate's own range (``14.56`` of ``26.66`` is
    54.60 %, though 14.56 / 26.66 is 54.61 %: amounts rounded to 0.01 give 54.59–54.64). With nothing
    budgeted, only no execution at no rate agrees."""
    b, e, r = _value(budget), _value(executed), _value(rate)
    if b is None or e is None or r is None:
        return False
    if not b or not e or not r:  # (a Decimal is false when it is zero)
        return not e and not r
    hb, he, hr = _half_ulp(budget), _half_ulp(executed), _half_ulp(rate)
    if b <= hb:
        return False
    low, high = (e - he) / (b + hb) * HUNDRED, (e + he) / (b - hb) * HUNDRED
    return low <= r + hr + RATE_EPSILON and high >= r - hr - RATE_EPSILON


def _half_ulp(text: str) -> Decimal:
    """Half the value of a figure's last printed digit (``14.56`` → 0.005, ``130`` → 0.5)."""
    number = FIGURE_RE.match(text).group("number")  # (a figure: its cell matched FIGURE_RE)
    places = len(number) - number.index(".") - 1 if "." in number else 0
    return HALF.scaleb(-places)


def place_row(cells: Sequence[str], roles: Sequence[str], total_row: bool) -> tuple[dict[str, int], str | None]:
    """The columns of a row's ``cells`` under the header's ``roles``: each certain figure's column
    (role → the index of its cell), and what kept any out: ``uncertain`` (a figure's column differs
    between placings) or ``unfit`` (no placing fits), else None. A placeholder holds its column's place
    but gives no figure."""
    certain, failure = _placed(tuple(cells), tuple(roles), total_row)
    return dict(certain), failure


@functools.lru_cache(maxsize=4096)  # (a pure function of the row's and header's texts: every placing tried once)
def _placed(cells: tuple[str, ...], roles: tuple[str, ...], total_row: bool) -> tuple[dict[str, int], str | None]:
    count, width = len(cells), len(roles)
    if count == 0:
        return {}, None
    if count > width:
        return {}, UNFIT
    partial = count < width
    readings: list[dict[str, int | None]] = []
    for columns in itertools.combinations(range(width), count):
        placed = {roles[column]: cells[index] for index, column in enumerate(columns)}
        if not all(_fits(roles[column], cells[index], total_row, partial) for index, column in enumerate(columns)):
            continue
        if not _consistent(placed, "executed" in roles):
            continue
        readings.append({
            roles[column]: (index if not _is_placeholder(cells[index]) else None)
            for index, column in enumerate(columns)
        })
    if not readings:
        return {}, UNFIT
    certain: dict[str, int] = {}
    uncertain = False
    for role in roles:
        found = {reading.get(role) for reading in readings}
        values = {cells[index] if index is not None else None for index in found}
        if len(values) == 1:
            index = next(iter(found))
            if index is not None:
                certain[role] = index
        elif any(value is not None for value in values):
            uncertain = True
    # a cell certain in no column (one whose column is uncertain) is left out
    placed_cells = set(certain.values())
    if any(index not in placed_cells and not _is_placeholder(cells[index]) for index in range(count)):
        uncertain = True
    return certain, UNCERTAIN if uncertain else None


def _header_at(cells: Sequence[Cell], start: int) -> tuple[list[str], int] | None:
    """The funds header's roles from ``cells[start]`` (a column cell) on, and where it ends: its column
    cells one after another, each role once, an execution and a budget among them."""
    roles: list[str] = []
    position = start
    while position < len(cells):
        role = column_role(cells[position].text)
        if role is None:
            break
        roles.append(role)
        position += 1
    if len(set(roles)) != len(roles) or len(roles) < 3:
        return None
    if "executed" not in roles or not {"initial", "full_year"} & set(roles):
        return None
    return roles, position


def _unit(cells: Sequence[Cell], header_start: int) -> str:
    """The money unit the caption before the header declares (项目资金(万元), (元)); 万元 as the table
    readers' default where none does (a cell's own 万 / 元 is its own)."""
    for cell in reversed(cells[max(0, header_start - CAPTION_CELLS) : header_start]):
        unit = declared_unit(cell.text) if "元" in cell.text else None
        if unit is None and cell.text.endswith(("(元)", "(万元)")):
            unit = "万元" if cell.text.endswith("(万元)") else "元"
        if unit:
            return unit
    return "万元"


def _total_label_before(cells: Sequence[Cell], start: int) -> Cell | None:
    """The 资金总额 label among the few cells before a header (joined to the cell before it where the
    label's words were split: ``年度财政`` ``资金总额``), as one cell; None where there is none."""
    for at in range(start - 1, max(-1, start - LABEL_BEFORE_CELLS - 1), -1):
        if "资金总额" not in cells[at].text:
            continue
        for text in ((cells[at - 1].text + cells[at].text) if at else None, cells[at].text):
            found = label_sources(text) if text else None
            if found is not None and len(found) == 1 and found[0][0] == "total":
                return Cell(text, cells[at].line)
        return None
    return None


# The columns a funds word printed beside its figure may name (预算数: | 2.38 | 执行数: | 2.38).
PAIRED_ROLES = ("initial", "full_year", "executed", "rate")
# The caption of such a block (预算执行情况(万元)), the total row's label.
PAIRED_CAPTION_RE = re.compile(r"^(?:预算)?执行情况|资金(?:投入|使用)?情况")


def _paired_block(cells: Sequence[Cell], start: int) -> FundsBlock | None:
    """A funds block whose words stand each beside its figure, as the 中央对地方转移支付区域绩效自评表 prints
    it (``预算执行情况 | 预算数: | 2.38 | 执行数: | 2.38``, ``转移支付预算数(A) 5.8万 预算执行率(B/A) 100%``):
    the total's budget and execution (its rate where printed, confirming them), then each source's row
    printed twice, under the budget and under the execution (``其中:中央补助 | 2.38 | 其中:中央补助 | 2.38``):
    its first figure the budget, its second the execution. None where no budget and execution pair."""
    figures: dict[str, Cell] = {}
    position = start
    while position + 1 < len(cells):
        role, value = column_role(cells[position].text), cells[position + 1]
        if role not in PAIRED_ROLES or role in figures or not _fits(role, value.text, True, False):
            break
        if _is_placeholder(value.text):
            break
        figures[role] = value
        position += 2
    budget = next((role for role in ("full_year", "initial") if role in figures), None)
    if budget is None or "executed" not in figures:
        return None
    if not _consistent({role: cell.text for role, cell in figures.items()}, True):
        return None
    caption = next((cell for cell in reversed(cells[max(0, start - CAPTION_CELLS) : start])
                    if PAIRED_CAPTION_RE.match(cell.text)), None)
    label = re.sub(r"\(.*\)$", "", caption.text) if caption is not None else "年度资金总额"
    block = FundsBlock(header_line=cells[start].line, unit=_unit(cells, start))
    block.rows.append(BlockRow(
        label=label, source="total", line=cells[start].line,
        figures={role: cell.text for role, cell in figures.items()},
        lines={role: cell.line.number for role, cell in figures.items()},
    ))
    if position < len(cells) and _figure(cells[position].text) is not None:  # (a 分值 or a 得分? unknown)
        block.notes.append((cells[position].line, "total", f"a figure after the funds' {label}, its column "
                            f"(分值 or 得分) not printed; left out", cells[position].text))
        position += 1
    _paired_sources(cells, position, budget, block)
    return block


def _paired_sources(cells: Sequence[Cell], position: int, budget: str, block: FundsBlock) -> None:
    """The sources' rows of a paired block from ``cells[position]`` on: a label and its figure, then the
    same label and its figure (the budget's, then the execution's); a label printed once is left out."""
    while position + 1 < len(cells):
        labels = label_sources(cells[position].text)
        first = cells[position + 1]
        if labels is None or len(labels) != 1 or _figure(first.text) is None:
            return
        source, label = labels[0]
        again = cells[position + 2] if position + 2 < len(cells) else None
        second = cells[position + 3] if position + 3 < len(cells) else None
        if again is None or again.text != cells[position].text or second is None or _figure(second.text) is None:
            block.notes.append((cells[position].line, source, f"funds row {label} printed with one figure: "
                                "budget or execution unknown; left out", f"{cells[position].text} {first.text}"))
            return
        if _fits(budget, first.text, False, True) and _fits("executed", second.text, False, True):
            block.rows.append(BlockRow(
                label=label, source=source, line=cells[position].line,
                figures={budget: first.text, "executed": second.text},
                lines={budget: first.line.number, "executed": second.line.number},
            ))
        position += 4


def read_funds_block(lines: Sequence[Line]) -> FundsBlock | None:
    """The first funds block in ``lines`` (its header then its labelled rows), or None. Only the lines
    around it are cut into cells: from a few lines before the first naming an execution (执行数, 全年执行)
    to the first after it where the goals or indicators begin (none without an execution column)."""
    first = next((index for index, line in enumerate(lines)
                  if "执行" in line.compact and EXECUTED_WORD_RE.search(line.compact)), None)
    if first is None:
        return None
    end = next((index for index in range(first + 1, len(lines)) if BLOCK_END_RE.search(lines[index].compact)),
               len(lines) - 1)
    cells = cells_of(lines[max(0, first - HEAD_LINES) : end + 1])
    for start, cell in enumerate(cells):
        if column_role(cell.text) is None:
            continue
        header = _header_at(cells, start)
        if header is None:
            paired = _paired_block(cells, start)
            if paired is not None:
                return paired
            continue
        roles, position = header
        block = FundsBlock(header_line=cell.line, unit=_unit(cells, start))
        reasons = position < len(cells) and REASON_COLUMN_RE.fullmatch(cells[position].text) is not None
        _read_rows(cells, position + reasons, roles, block, _total_label_before(cells, start), reasons)
        if block.rows or block.notes:
            return block
    # no header cell to be cut: the block's cells may have run together, split by their arithmetic
    from ingest.performance.funds_run import read_run_together_block  # (it reads labels and headers as here)

    return read_run_together_block(lines[max(0, first - HEAD_LINES) : end + 1])


def _read_rows(
    cells: Sequence[Cell], position: int, roles: list[str], block: FundsBlock, label_before: Cell | None = None,
    reasons: bool = False,
) -> None:
    """The rows after the header: each run of text cells a label (or labels run together), the figure
    and placeholder cells after it its row's; ends at a text that is no label (the goals after it).
    ``label_before``: a 资金总额 label printed a few cells before the header (the row's, where its figures
    follow the header)."""
    first = position
    while position < len(cells):
        label_start = position
        length = 0  # (a label's text is short: a longer run of text cells ends the rows, read no further)
        while position < len(cells) and not _is_figure_cell(cells[position].text):
            length += len(cells[position].text)
            position += 1
            if length > MAX_LABEL_CHARS:
                return  # (no label: label_sources takes none so long, nor does an unnamed source's row)
        text = "".join(cell.text for cell in cells[label_start:position])
        row_start = position
        while position < len(cells) and _is_figure_cell(cells[position].text):
            position += 1
        row = cells[row_start:position]
        if reasons and row:  # the words after a row's figures on its line: its 原因 column's cell, no label
            while position < len(cells) and cells[position].line is row[-1].line:
                position += 1
        if not text and label_before is not None and label_start == first and len(row) == len(roles):
            # figures right after the header, its label printed before it (年度财政资金总额 | 预算数(A) |
            # 执行数(B) | 执行率(B/A) | 得分, then 285.84 | 285.84 | 100% | 20): the total row, taken
            # only with a cell in every column
            text, label_start = label_before.text, row_start
        if not text or BLOCK_END_RE.search(text):
            return
        labels = label_sources(text)
        if labels is None:
            if row and len(text) <= MAX_LABEL_CHARS and not column_role(text):
                continue  # a source the vocabulary does not name (彩票公益金…): its row left out
            return
        source, label = labels[-1]
        line = cells[label_start].line
        figures, failure = place_row([c.text for c in row], roles, source == "total")
        if failure == UNFIT and source == "total":
            # the total row fits none of the header's columns (its rate not its amounts' share): the
            # columns are not what the header says, and no row of the block is read
            block.rows.clear()
            block.notes[:] = [(line, source, f"funds row {label}: its {len(row)} cells fit none of the header's "
                               f"{len(roles)} columns; the funds block not read",
                               " ".join(c.text for c in cells[label_start:position])[:120])]
            return
        if failure:
            block.notes.append((
                line, source,
                f"funds row {label}: {len(row)} cells under {len(roles)} columns, "
                + ("the column of a figure uncertain" if failure == UNCERTAIN else "fitting none of them")
                + "; left out",
                " ".join(c.text for c in cells[label_start:position])[:120],
            ))
        if figures:
            block.rows.append(BlockRow(
                label=label, source=source, line=line,
                figures={role: row[index].text for role, index in figures.items()},
                lines={role: row[index].line.number for role, index in figures.items()},
            ))


# How many lines after a project's 项目名称 its funds block may begin and end.
FUNDS_WINDOW = 40
PARSER_NAME = "performance.funds_block"


# How many lines below a project's line its own 项目名称 may stand (its record at the table's title).
OWN_NAME_LINES = 3


def _next_sheet(lines: Sequence[Line], start: int, end: int) -> int:
    """Where the lines from ``lines[start]`` to ``lines[end]`` reach another sheet: the index of the next
    项目名称 (one no reader made a project of) — its own name aside, on its line or just below."""
    own = bool(PROJECT_NAME_WORD_RE.search(lines[start].compact))
    for index in range(start + 1, end):
        compact = lines[index].compact
        if "名称" in compact and PROJECT_NAME_WORD_RE.search(compact):
            if not own and index - start <= OWN_NAME_LINES:
                own = True  # (the project's own 项目名称, below its title)
                continue
            return index
    return end


def project_line_index(lines: Sequence[Line], project: Project) -> int | None:
    """The index of a project's line among ``lines``: by its number where the lines are numbered one by one
    (a text), else looked for by its page and number (a PDF's numbers run within its pages; a reader may
    leave a record's page to be set later, a text's numbers running through its pages)."""
    number, page = project.source_line, project.source_page
    if not number:
        return None
    guess = number - 1
    if guess < len(lines) and lines[guess].number == number and (page is None or lines[guess].page == page):
        return guess
    return next((index for index, line in enumerate(lines)
                 if line.number == number and (page is None or line.page == page)), None)


# The words that end a source's label (地方资金, 其中:中央补助, 本年财政拨款 …), looked for literally in a region's
# text, and what may stand between one and its row's first figure (资金, 财政, a colon, a unit, a pipe).
SOURCE_WORDS: dict[str, tuple[str, ...]] = {
    "local": ("地方", "级资金", "级财政资金"),
    "superior": ("补助", "上级"),
    "fiscal": ("拨款", "财政资金"),
    "carryover": ("结转",),
    "special_account": ("财政专户",),
    "unit_own": ("单位资金", "自有资金"),
    "other": ("其他资金", "其它资金"),
}
FIGURE_AFTER_WORD_RE = re.compile(r"(?:结余)?(?:财政)?(?:资金)?[:|()万元]{0,8}\d")


def _prints_figure_after(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with a figure right after it (its row prints figures)."""
    at = text.find(word)
    while at >= 0:
        if FIGURE_AFTER_WORD_RE.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _left_unread(region: Sequence[Line], project: Project, read: set[tuple[str, str]]) -> bool:
    """Whether the table readers may have left some of a project's funds unread: no 年度资金总额 row read
    with both a budget and an execution, or a row of another source printing figures (its label's word
    and a figure after it) that none was read of — the block is cut into cells only then (most tables'
    funds are all read). Literal searches: a region's text is searched once per source's word."""
    if (project.project_key, "total") not in read or project.executed_yuan is None or (
        project.budget_full_year_yuan is None and project.budget_initial_yuan is None
    ):
        return True
    text = "".join(line.compact for line in region)
    return any(
        _prints_figure_after(text, word)
        for source, words in SOURCE_WORDS.items() if (project.project_key, source) not in read
        for word in words
    )


def with_funds_blocks(lines: Sequence[Line], records: list[Record]) -> list[Record]:
    """``records`` with the funds rows of each project's block that no table reader read: a ProjectFunding
    for each source the project has none of, the project's own figures from the 年度资金总额 row where it
    has none, and a warning for each row whose figures' columns are uncertain."""
    projects = [r for r in records if isinstance(r, Project)]
    if not projects:
        return records + _unread_projects(lines)
    # (a line's number is within its page in a PDF: a project's line found by its page and number; by its
    # number alone where a reader left its page to be set later, a text's numbers running through its pages)
    placed = sorted(
        ((index, project) for project in projects if (index := project_line_index(lines, project)) is not None),
        key=lambda pair: pair[0],
    )
    read_before = {(r.project_key, r.source) for r in records if isinstance(r, ProjectFunding)}
    # the rows a table reader read, whatever source it named them: never read twice under two sources
    rows_read = {(r.project_key, r.source_page, r.source_line) for r in records if isinstance(r, ProjectFunding)}
    read = set(read_before)
    starts = [index for index, _ in placed]
    added: list[Record] = []
    changed: dict[str, Project] = {}
    for position, (start, project) in enumerate(placed):
        end = min(start + FUNDS_WINDOW, starts[position + 1] if position + 1 < len(placed) else len(lines))
        if end <= start or (position and starts[position - 1] == start):
            continue  # (two projects on one line: whose block is whose is not known)
        region = lines[start : _next_sheet(lines, start, end)]
        if not _left_unread(region, project, read):
            continue
        block = read_funds_block(region)
        if block is None:
            continue
        rows = [
            row for row in block.rows
            if (project.project_key, row.source) not in read
            and (project.project_key, row.line.page, row.line.number) not in rows_read
        ]
        for row in rows:
            read.add((project.project_key, row.source))
            funding = _funding(project.project_key, row, block.unit)
            if funding is None:
                continue
            added.append(funding)
            if row.source == "total":
                changed[project.project_key] = _with_total(project, funding, row)
        for line, source, message, context in block.notes:
            if (project.project_key, source) in read_before:
                continue
            added.append(ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                                      message=message, context=f"{project.name}: {context}"))
    if not added:
        return records
    return [changed.get(r.project_key, r) if isinstance(r, Project) else r for r in records] + added


def _funding(project_key: str, row: BlockRow, unit: str) -> ProjectFunding | None:
    """The row's record (None where it holds no amount nor rate)."""
    initial, ulp = _yuan(row.figures.get("initial"), unit)
    full_year, ulp_full = _yuan(row.figures.get("full_year"), unit)
    executed, ulp_exec = _yuan(row.figures.get("executed"), unit)
    rate = parse_percent_cell(row.figures.get("rate"))
    if initial is None and full_year is None and executed is None and rate is None:
        return None
    own = row.line.number
    return ProjectFunding(
        source_line=own, source_page=row.line.page, project_key=project_key, source=row.source, label=row.label,
        budget_initial_yuan=initial, budget_full_year_yuan=full_year, executed_yuan=executed,
        execution_rate=rate, ulp_yuan=ulp or ulp_full or ulp_exec,
        value_lines=value_lines(own, [
            (name, row.lines.get(role)) for name, role in zip(FUNDING_FIGURES, FIGURE_ROLES, strict=False)
            if role in row.figures
        ]),
    )


PROJECT_FIELDS = ("budget_initial_yuan", "budget_full_year_yuan", "executed_yuan", "execution_rate", "funds_weight",
                  "funds_score")  # (in the order of PROJECT_FIGURES and FIGURE_ROLES)


def _with_total(project: Project, funding: ProjectFunding, row: BlockRow) -> Project:
    """``project`` with its 年度资金总额 row's figures (its 分值 and 得分 too) where it has none of its own
    (another reader's, e.g. the 分值 of a caption ``预算执行情况(20分)``, kept)."""
    figures = (funding.budget_initial_yuan, funding.budget_full_year_yuan, funding.executed_yuan,
               funding.execution_rate, parse_number(row.figures.get("weight")), parse_number(row.figures.get("score")))
    changes = {
        name: figure for name, figure in zip(PROJECT_FIELDS, figures, strict=True)
        if figure is not None and getattr(project, name) is None
    }
    if not changes:
        return project
    own = project.source_line or row.line.number
    filled = [
        (name, row.lines.get(role))
        for field_name, name, role in zip(PROJECT_FIELDS, PROJECT_FIGURES, FIGURE_ROLES, strict=True)
        if field_name in changes
    ]
    return replace(
        project, **changes, ulp_yuan=project.ulp_yuan or funding.ulp_yuan,
        value_lines=value_lines(own, _kept_lines(project) + filled),
    )


def _kept_lines(project: Project) -> list[tuple[str, int | None]]:
    """The lines of a project's figures already read off its line (its 总分 row's)."""
    return [
        (name, int(number))
        for name, number in (part.split("=") for part in (project.value_lines or "").split(";") if "=" in part)
    ]


def _unread_projects(lines: Sequence[Line]) -> list[Record]:
    """In a document where no reader found a project: each 项目名称 followed by a funds block whose rows
    read (a sheet flattened onto one line, cells between spaces, that no table reader takes) as a Project
    with its funds rows, keys ``p01`` …"""
    out: list[Record] = []
    named = [index for index, line in enumerate(lines)
             if "名称" in line.compact and (PROJECT_NAME_WORD_RE.search(line.compact) or "专项名称" in line.compact)]
    for position, index in enumerate(named):
        end = min(index + FUNDS_WINDOW, named[position + 1] if position + 1 < len(named) else len(lines))
        window = lines[index : max(end, index + 1)]
        if not any("执行" in line.compact for line in window):
            continue
        block = read_funds_block(window)
        name = _sheet_name(lines, index) if block is not None else None
        if block is None or name is None:
            continue
        if not block.rows:  # (a block read for nothing: its warnings)
            out.extend(_notes(block, name))
            continue
        key = f"p{len([r for r in out if isinstance(r, Project)]) + 1:02d}"
        project = Project(source_line=lines[index].number, source_page=lines[index].page, project_key=key,
                          name=name)
        firsts = {row.source: row for row in reversed(block.rows)}  # (a source's first row: a later one its part)
        fundings = [(row, f) for row in block.rows
                    if firsts[row.source] is row and (f := _funding(key, row, block.unit)) is not None]
        total = next(((row, f) for row, f in fundings if row.source == "total"), None)
        out.append(_with_total(project, total[1], total[0]) if total else project)
        out.extend(f for _, f in fundings)
        out.extend(_notes(block, name))
    return out


# A transfer's 专项名称 and its name after it (on its line, or alone on the next).
SPECIAL_NAME_RE = re.compile(r"专项名称[:|]*(?P<name>[^:|]{0,40})")
SHEET_NAME_RE = re.compile(r"^[\u4e00-\u9fff()、·A-Za-z0-9-]{2,40}$")


def _sheet_name(lines: Sequence[Line], index: int) -> str | None:
    """The name of the sheet whose 项目名称 (or a transfer's 专项名称) is on ``lines[index]``."""
    found = _project_name(list(lines[index : index + 4]), named=[0])
    if found is not None:
        return found[0]
    match = SPECIAL_NAME_RE.search(lines[index].compact)
    if match is None:
        return None
    name = match.group("name")
    if not name:
        following = next((line for line in lines[index + 1 : index + 4] if line.compact.strip("|")), None)
        name = following.compact.strip("|") if following is not None else ""
    return name if SHEET_NAME_RE.match(name) else None


def _notes(block: FundsBlock, name: str) -> list[ParseWarning]:
    return [
        ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                     context=f"{name}: {context}")
        for line, _, message, context in block.notes
    ]

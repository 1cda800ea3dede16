"""部门整体支出绩效自评表 (department-wide self-evaluation): its funds rows as department-wide records.

A department-wide self-evaluation has no 项目名称: it names the department (部门(单位)名称) and
prints the department's whole spending by source under a funds header::

    部门整体支出绩效自评表
    部门(单位)名称 | 绥阳县太白镇人民政府
    部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法
    年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值,…
    基本支出 | 985.19 | 914.97 |
    10 | 10 |                      ← the row broken over two lines
    项目支出 | 187.36 | 353.75 | 10 | 10
    其他 |

The table is found by a literal scan for its title (整体支出绩效自评) or its field (部门(单位)名称);
only the lines a few rows after such an anchor are read, and only when no 项目名称 comes between
the anchor and the funds header (a project table is :mod:`~ingest.performance.self_evaluation`'s).
The header's column roles come from its own words, in the order printed; each funds row's figures
(the cells that are numbers, up to the first text cell such as 得分计算方法's) are laid over them
in order — taken only when they are as many as the header's columns, or as many as its money
columns (a row printed without 分值 / 得分); a row with any other count is left out with a
warning. Cells are split at ``|`` or tabs, else at spaces, so pipe, tab and space layouts read
the same; a run-together or OCR'd table is not read (nothing can be placed).
"""

from __future__ import annotations

import re
from operator import attrgetter

from ingest.numbers import declared_unit
from ingest.performance.figure_cells import FIGURE_CELL_RE, PLACEHOLDER_CELLS, figures_from
from ingest.performance.funds_block import place_row
from ingest.performance.indicator_values import parse_number, parse_percent_cell
from ingest.performance.project_table import _yuan
from ingest.performance.run_together import read_funds_row  # 万元 / 元 text → (元, ulp), as a project table's
from ingest.performance.self_evaluation import FUNDING_SOURCES
from ingest.records import DepartmentFunding, ParseWarning, Record
from ingest.text import Line, is_page_mark, lines_holding
from ingest.value_lines import DEPARTMENT_FIGURES, value_lines

PARSER_NAME = "performance.department_self_evaluation"
# The table's title and its field, looked for literally (compacted text) on every line.
ANCHORS = ("整体支出绩效自评", "部门(单位)名称")
# How far after an anchor the funds header may come, and how many lines the funds rows may take.
HEADER_WINDOW = 6
ROWS_WINDOW = 10
# Words that end the funds rows (the goals and indicators that follow them).
FUNDS_END = ("年度总体目标", "总体目标", "绩效指标", "一级指标", "三级指标")
# Funds row labels → DepartmentFunding.source; the department's own first, then a project table's.
DEPARTMENT_SOURCES: tuple[tuple[str, str], ...] = (
    ("基本支出", "basic"),
    ("项目支出", "project"),
    *FUNDING_SOURCES,
    ("其他", "other"),
)
# The longest funds row label (其中:年度资金总额:); a longer first cell is a sentence.
LABEL_LENGTH = 12
# What holds an empty column's place when a row's figures are laid over its header's columns.
PLACEHOLDER = "—"
# A funds header's column words (longest first where one holds another), in the order printed.
# (全年(调整)预算数: a budget system's export, 27b 05 zhongxian-kx L6)
HEADER_ROLE_RE = re.compile(
    r"年初预算|全年预算|全年\(调整\)预算|调整后|执行率权重|执行率得分|执行率|执行数|分值|权重|得分(?!计算|方法)")
ROLE_OF_WORD = {
    "年初预算": "initial",
    "全年预算": "full_year",
    "全年(调整)预算": "full_year",
    "调整后": "full_year",
    "执行数": "executed",
    "执行率": "rate",
    "执行率权重": "weight",
    "分值": "weight",
    "权重": "weight",
    "执行率得分": "score",
    "得分": "score",
}
MONEY_ROLES = ("initial", "full_year", "executed")
# 执行率 then 得分 / 权重 parted by a space: two header cells (a table printed one space between its cells).
SPACED_RATE_RE = re.compile(r"执行率\s+(?=得分|权重)")
# The columns of a record's figures, in the order of ingest/value_lines.py's DEPARTMENT_FIGURES.
FIGURE_ROLES = ("initial", "full_year", "executed", "rate", "weight", "score")


COMPACT = attrgetter("compact")


def _cells(line: Line) -> list[str]:
    """A line's non-empty cells: split at ``|`` or tabs where it has them, else at spaces."""
    text = line.norm
    parts = re.split(r"[|\t]", text) if "|" in text or "\t" in text else text.split()
    return [part.strip() for part in parts if part.strip()]


def _source(label: str) -> str | None:
    """The source a funds row's first cell names (None: no funds row, or a sentence rather than a label)."""
    key = "".join(label.split())
    if len(key) > LABEL_LENGTH:
        return None
    return next((source for word, source in DEPARTMENT_SOURCES if word in key), None)


def _figures(cells: list[str]) -> list[str | None]:
    """The leading figure cells of a row (None for a placeholder), up to its first text cell."""
    figures, _ = figures_from(cells, 0, len(cells), lambda cell: "".join(cell.split()))
    return [value for value, _ in figures]


def _header_roles(line: Line) -> tuple[str, ...] | None:
    """The column roles of a funds header (年初预算数 … 执行数), None when the line is none."""
    compact = line.compact
    if "年初预算" not in compact or "执行" not in compact:
        return None
    if SPACED_RATE_RE.search(line.norm):  # 执行率 得分: two columns printed one space apart, not 执行率得分's one
        compact = "".join(SPACED_RATE_RE.sub("执行率|", line.norm).split())
    roles = tuple(ROLE_OF_WORD[word] for word in HEADER_ROLE_RE.findall(compact))
    return roles if len(set(roles)) == len(roles) else None  # a role named twice: columns unclear


def _money_unit(lines: list[Line]) -> str:
    """The money unit the anchor-to-header lines declare (``资金(万元)``, ``单位:元``: the nearest
    header's), 万元 as project tables when none does."""
    return next((unit for line in reversed(lines) if (unit := declared_unit(line.compact))), "万元")


def _record(
    label: str, source: str, line: Line, roles: tuple[str, ...], values: list, unit: str, at: list[int]
) -> Record:
    """The row's record at ``line``; ``at``: the line of each of its ``values``."""
    by_role = dict(zip(roles, values, strict=False))
    line_of = dict(zip(roles, at, strict=False))
    initial, ulp = _yuan(by_role.get("initial"), unit)
    full_year, ulp_full = _yuan(by_role.get("full_year"), unit)
    executed, ulp_exec = _yuan(by_role.get("executed"), unit)
    figures = (initial, full_year, executed, parse_percent_cell(by_role.get("rate")),
               parse_number(by_role.get("weight")), parse_number(by_role.get("score")))
    return DepartmentFunding(
        source_line=line.number,
        source_page=line.page,
        source=source,
        label=label,
        budget_initial_yuan=initial,
        budget_full_year_yuan=full_year,
        executed_yuan=executed,
        execution_rate=figures[3],
        weight=figures[4],
        score=figures[5],
        ulp_yuan=ulp or ulp_full or ulp_exec,
        value_lines=value_lines(line.number, [
            (name, line_of.get(role))
            for name, role, figure in zip(DEPARTMENT_FIGURES, FIGURE_ROLES, figures, strict=True)
            if figure is not None
        ]),
    )


def _read_rows(lines: list[Line], start: int, roles: tuple[str, ...], unit: str) -> list[Record]:
    """The funds rows from ``lines[start]`` on, until the goals or indicators begin."""
    money = sum(1 for role in roles if role in MONEY_ROLES)
    records: list[Record] = []
    index, end = start, min(len(lines), start + ROWS_WINDOW)
    while index < end:
        line = lines[index]
        index += 1
        if any(word in line.compact for word in FUNDS_END):
            break
        cells = _cells(line)
        source = _source(cells[0]) if cells else None
        if source is None:
            continue
        values = _figures(cells[1:])
        at = [line.number] * len(values)
        # a row broken over two lines: its other figures open the next line, which has no label
        while len(values) < len(roles) and index < end:
            following = _cells(lines[index])
            more = _figures(following)
            if not more or len(more) != len(following) or _source(following[0]) is not None:
                break
            values.extend(more)
            at.extend([lines[index].number] * len(more))
            index += 1
        if not any(values):
            continue  # a row printed with no figures (其他 left blank)
        label = cells[0].rstrip(":：").strip()
        records.append(_placed(label, source, line, tuple(roles), values, unit, money, line, at))
    return records


def _placed(
    label: str, source: str, at: Line, roles: tuple[str, ...], values: list, unit: str | None, money: int, row: Line,
    lines: list[int],
) -> Record:
    """A funds row's record when its figures fit the header's columns — all of them, or its money columns
    when they come first (a row printed without 分值 / 得分) — else a warning at the row's line."""
    if len(values) == len(roles) or (
        len(values) == money and roles[:money] == tuple(role for role in roles if role in MONEY_ROLES)
    ):
        return _record(label, source, at, roles, values, unit, lines)
    if len(values) < len(roles):
        # a row that lost empty cells (one space between cells, 年度资金总额 329.77 329.77 338.31 10 102.59%): its
        # figures laid over the columns by the funds blocks' cell model — a column's figure read only where every
        # placing its kinds and arithmetic allow (执行率 = 执行数 / 预算数, 得分 ≤ 分值) gives it the same one
        texts = [value if value is not None else PLACEHOLDER for value in values]
        certain, failure = place_row(texts, roles, source == "total")
        if certain and not failure:
            kept = sorted(certain.items(), key=lambda pair: pair[1])
            return _record(label, source, at, tuple(role for role, _ in kept), [values[i] for _, i in kept], unit,
                           [lines[i] for _, i in kept])
    return ParseWarning(
        source_line=row.number,
        source_page=row.page,
        parser=PARSER_NAME,
        message=f"department funds row: {len(values)} figures under {len(roles)} columns cannot be placed; left out",
        context=row.text[:120],
    )


# The total row's label run together after its header on one line (…执行率得分年度资金总额2456.18…).
RUN_TOGETHER_TOTAL_RE = re.compile(r"年初预算.{0,40}执行.{0,40}年度(?:财政)?资金总额[:：]?\d")


def _run_together_total(line: Line, head: list[Line]) -> Record | None:
    """The 年度资金总额 row run together after its header on one line, its cells' digits with no space
    between them (``…全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10``): read where its
    digits have one reading its rate confirms (:func:`~ingest.performance.run_together.read_funds_row`,
    a project table's rule), else None (its other rows, their columns unknown, are not read)."""
    if "资金总额" not in line.compact or RUN_TOGETHER_TOTAL_RE.search(line.compact) is None:
        return None
    found = read_funds_row(line.compact)
    if found is None:
        return None
    row, _ = found
    unit = _money_unit(head)
    by_role = {role: (str(value) if value is not None else None) for role, value in (
        ("initial", row.budget_initial), ("full_year", row.budget_full_year), ("executed", row.executed),
        ("rate", row.rate), ("weight", row.weight), ("score", row.score))}
    roles = tuple(role for role, value in by_role.items() if value is not None)
    values = [by_role[role] for role in roles]
    return _record("年度资金总额", "total", line, roles, values, unit, [line.number] * len(roles))


def parse_department_self_evaluations(lines: list[Line]) -> list[Record]:
    """The funds rows of every 部门整体支出绩效自评表 of the document as DepartmentFunding records
    (and a ParseWarning for a row whose figures cannot be placed); ``[]`` without one."""
    records: list[Record] = []
    done: set[int] = set()
    cell_tables: set[int] = set()  # the first label lines of the tables read one cell per line
    for anchor in lines_holding(lines, ANCHORS, "compact"):
        for index in range(anchor, min(len(lines), anchor + HEADER_WINDOW + 1)):
            compact = lines[index].compact
            if "项目名称" in compact:
                break  # a project's table
            # (the total row run together on the header's own line: the rows below, if any, read too)
            total = _run_together_total(lines[index], lines[anchor : index + 1]) if index not in done else None
            roles = _header_roles(lines[index])
            if roles is None and total is None:
                continue
            if index not in done:
                done.add(index)
                records.extend([total] if total is not None else [])
                if roles is not None:
                    unit = _money_unit(lines[anchor : index + 1])
                    records.extend(_read_rows(lines, index + 1, roles, unit))
            break
        else:
            start, rows = _read_cell_per_line(lines, anchor)
            if start is not None and start not in cell_tables:
                cell_tables.add(start)  # (another anchor above the same table: its title and its 部门(单位)名称)
                records.extend(rows)
    return records


# How many non-empty lines after an anchor a table printed one cell per line may take to reach the
# end of its funds rows; a header cell is one column word on its own line (自评得分, 执行率(B/A)).
CELL_WINDOW = 40
HEADER_CELL_CHARS = 10


def _wrapped_header_word(cells: list[Line], position: int) -> str | None:
    """The column word a header cell wrapped over two lines spells (``年初`` / ``预算数``, ``全年`` /
    ``执行数``): the one word of :data:`HEADER_ROLE_RE` the two short lines hold joined, the first
    holding none; else None."""
    if position + 1 >= len(cells):
        return None
    first, second = cells[position].compact, cells[position + 1].compact
    if len(first) + len(second) > HEADER_CELL_CHARS:
        return None
    words = HEADER_ROLE_RE.findall(first + second)
    return words[0] if len(words) == 1 else None


# A funds header's column of words after its figures (得分计算方法, 评分标准, 备注, 说明).
TEXT_COLUMN_RE = re.compile(r"得分计算(?:方法)?|计算方法|评分(?:标准|说明)|备注|说明")
# A cell printed one per line and closed by its pipe (``1172.55 |``; an empty cell ``|`` alone).
CLOSED_CELL_RE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")


EMPTY_CELL = "-"


def _unclosed(line: Line) -> Line:
    """A line holding one cell closed by its pipe as the cell's text alone; an empty cell (``|`` alone) a
    dash, holding its column's place as a dash printed there does; a line of pipes alone (a merged cell's,
    a row's padding) an empty line; any other line as it is."""
    if "|" not in line.text:
        return line
    if (match := CLOSED_CELL_RE.match(line.text)) is None:
        return Line(line.number, "", line.page) if not line.compact.strip("|") else line
    return Line(line.number, match.group(1) or EMPTY_CELL, line.page)


def _read_cell_per_line(lines: list[Line], anchor: int) -> tuple[int | None, list[Record]]:
    """The funds rows of a table printed one cell per line (blank lines between, as a Word table
    copies; or each cell closed by its pipe): the header's column words each alone on a line (年初预算数 /
    全年预算数 / 全年执行数 / 分值 / 执行率 / 自评得分; a column of words after them, 得分计算方法, whose
    cell in each row is passed over), then each row's label alone and its figures one per line — a row taken
    only with as many figures as the header has columns (or as its money columns), at the line of
    its first figure. Returns the line of the first row's label (None: no such table) and the rows."""
    # (a page's number or running header between two pages of the table is no cell)
    # (a cell closed by its pipe, ``1172.55 |``, is its text; an empty one, ``|`` alone, no cell: a table
    # printed so reads as one printed bare)
    cells = [cell for line in lines[anchor + 1 : anchor + 1 + 3 * CELL_WINDOW]
             if line.compact and not is_page_mark(line.norm) and (cell := _unclosed(line)).compact][:CELL_WINDOW]
    roles: list[str] = []
    text_columns = 0  # header cells naming a column of words after the figures (得分计算方法)
    start = None
    wrapped_at = -1  # a header cell wrapped over two lines (年初 / 预算数, 全年 / 执行数): its second line
    for position, line in enumerate(cells):
        if "项目名称" in line.compact:
            return None, []  # a project's table
        if position == wrapped_at or (roles and line.compact in PLACEHOLDER_CELLS):
            continue  # (an empty cell after the header's words: the header row's padding)
        words = HEADER_ROLE_RE.findall(line.compact)
        if len(words) == 1 and len(line.compact) <= HEADER_CELL_CHARS:
            roles.append(ROLE_OF_WORD[words[0]])
            continue
        if not words and (word := _wrapped_header_word(cells, position)) is not None:
            roles.append(ROLE_OF_WORD[word])
            wrapped_at = position + 1
            continue
        if len(roles) >= 3 and _source(line.compact) is not None:
            start = position
            break
        if len(roles) >= 3 and TEXT_COLUMN_RE.fullmatch(line.compact):
            text_columns += 1  # (a column of words after the figures: each row's cell there no figure)
            continue
        roles, text_columns = [], 0
    if start is None or len(set(roles)) != len(roles) or "executed" not in roles:
        return None, []
    unit = _money_unit(cells[:start])
    money = sum(1 for role in roles if role in MONEY_ROLES)
    records: list[Record] = []
    position = start
    skipped = 0  # the cells passed over after a row under the header's columns of words
    while position < len(cells):
        label = cells[position]
        if label.compact in PLACEHOLDER_CELLS:
            position += 1
            continue  # (the row above's empty cells after its figures: no label)
        source = _source(label.compact)
        if source is None and skipped < text_columns and records and not FIGURE_CELL_RE.fullmatch(label.compact) and (
            not any(word in label.compact for word in FUNDS_END)
        ):  # the row above's cell under the column of words (执行率*该指标分值,…)
            position += 1
            skipped += 1
            continue
        if source is None or any(word in label.compact for word in FUNDS_END):
            break
        figures, position = figures_from(cells, position + 1, len(roles), COMPACT)
        skipped = 0
        values = [value for value, _ in figures]
        if not any(values):
            continue
        label_text = label.text.strip().rstrip(":：")
        at = [cell.number for _, cell in figures]
        records.append(_placed(label_text, source, figures[0][1], tuple(roles), values, unit, money, label, at))
    return cells[start].number, records

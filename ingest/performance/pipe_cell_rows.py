"""Rows of a 项目支出绩效自评表 printed one cell per line, each closed by a pipe (a web page's table
copied cell by cell: ``项目名称 |`` / ``51000021R000000019951-工资性支出 |`` / ``|`` for an empty cell).

The rows' ends are lost but every cell is kept, the empty ones too, so a row is as many cells as its
header names columns: :func:`iter_pipe_cell_rows` cuts the stream of cells into the rows the grid
reader (:mod:`~ingest.performance.self_evaluation`, positional as for one-cell-per-line tables)
reads by position:

- ``项目名称`` / ``主管部门`` / ``实施单位`` and the cell after each;
- a funds header (年初预算 … 得分 原因, with the label column's cell before it) and each funds row
  from its source's label (总额, 其中:财政资金, 单位资金 …) to the next: the header's count of cells
  (a row whose 原因 cell is merged with the row above has one fewer);
- a goal header (项目年度目标, 年度目标完成情况) and the two cells after it;
- an indicator header (一级指标 … 未完成原因分析) and each row of its count of cells — one fewer
  where the row starts at a 二级指标 (its 一级指标 cell is merged with the row above), two fewer
  where it starts at a 三级指标 — each put back in its columns;
- the 合计 / 总分 row with its numbers.

Cells the header does not account for (a merged cell's note: ``1.预算执行率=预算执行数/调整后预算数…``)
are not read. A row holding a level name where its 三级指标 or a value stands is a row shifted by a
lost cell: the rows end there. The grid reader's table is then taken only where its weights add up to
its 合计's (see :func:`ingest.performance.parse_project_tables`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.performance.levels import is_level1, is_level2
from ingest.performance.tables import GridRow, made_cell, tidy_keyed
from ingest.text import Line, compact, is_page_mark

# A line that is one cell closed by a pipe (its text may be empty: ``|``), the cell's text captured
# (tables.PIPE_CELL_LINE_RE tells the layout by the table's first line).
PIPE_CELL_RE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")
# The words of the header cells of each section (a cell holding one of them is a header cell).
FUNDING_HEADER_WORDS = (
    "年初预算", "全年预算", "调整后预算", "预算数", "执行数", "执行率", "分值", "权重", "得分", "原因",
)
INDICATOR_HEADER_WORDS = (
    "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "计量单位", "完成值", "实际值",
    "分值", "权重", "得分", "原因", "偏差",
)
GOAL_HEADER_STARTS = ("项目年度目标", "年度目标", "年度总体目标", "预期目标")
# The labels of the table's head rows, each followed by its value.
HEAD_LABELS = ("项目名称", "主管部门", "实施单位", "项目实施单位")
# A funds row's label: the source its money comes from.
FUNDING_LABEL_RE = re.compile(
    r"^(?:其中:)?(?:年度资金)?总额|财政资金|财政拨款|上年结转|财政专户|单位资金|自有资金|其他资金"
)
TOTAL_LABELS = ("合计", "总分")
# A line of pipes alone (``||||||``): the padding a row of a wider grid ends with, no cell of it
# (an empty cell is one pipe alone).
PADDING_RE = re.compile(r"^\s*\|(?:\s*\|)+\s*$")


def _cells(lines: list[Line] | tuple[Line, ...]) -> list[tuple[str, str, int]]:
    """(text, compact key, line number) of every cell, a line without a closing pipe as one cell."""
    out = []
    for line in lines:
        norm = line.norm
        if not norm.strip() or ("|" not in norm and is_page_mark(norm)) or PADDING_RE.match(norm):
            continue  # (a blank line; a page's number between two pages of the table; a row's padding)
        match = PIPE_CELL_RE.match(norm)
        text, key = tidy_keyed(match.group(1) if match else norm.strip())
        out.append((text, key, line.number))
    return out


# How many empty cells may stand between a head label and its value (the label's merged columns).
MAX_HEAD_GAP = 4


def _is_head_or_header(key: str) -> bool:
    """Whether a cell is a head label or a section's header cell: no head label's value."""
    return key.startswith(HEAD_LABELS) or any(word in key for word in ("年初预算", "全年预算", "一级指标"))


def _ends_funds_row(key: str) -> bool:
    """Whether a cell starts another funds row or the next section (a cell after the last row)."""
    return FUNDING_LABEL_RE.search(key) is not None or key.startswith("一级指标") or "绩效指标" in key


def _header_run(cells: list[tuple[str, str, int]], start: int, words: tuple[str, ...]) -> int:
    """Where the run of header cells (each holding one of ``words``) from ``start`` ends."""
    end = start
    while end < len(cells) and cells[end][1] and any(word in cells[end][1] for word in words):
        end += 1
    return end


def _row(cells: list[tuple[str, str, int]], padding: int = 0) -> GridRow:
    """The grid row of ``cells``, after ``padding`` empty cells (the merged cells of the row above)."""
    number = cells[0][2]
    made = [made_cell("", number, "") for _ in range(padding)]
    made += [made_cell(text, line, key) for text, key, line in cells]
    return GridRow.of(tuple(made), number)


def iter_pipe_cell_rows(lines: list[Line] | tuple[Line, ...]) -> Iterator[GridRow]:
    """The rows of a table printed one cell per line closed by pipes (see the module docstring)."""
    cells = _cells(lines)
    index = 0
    section: str | None = None
    width = 0  # the section header's count of cells
    while index < len(cells):
        key = cells[index][1]
        if key.startswith(HEAD_LABELS):
            # its value: the next cell, or the first filled one after the empty cells of the label's merged
            # columns (项目名称 | | 访惠聚工作队工作经费 |), unless another label comes first
            value = index + 1
            while value < len(cells) and not cells[value][1] and value - index <= MAX_HEAD_GAP:
                value += 1
            if value < len(cells) and cells[value][1] and not _is_head_or_header(cells[value][1]):
                yield _row([cells[index], cells[value]])
                index = value + 1
            else:
                yield _row(cells[index : index + 2])
                index += 2
            continue
        if "年初预算" in key or "全年预算" in key:  # the funds header, with the label column's cell before it
            end = _header_run(cells, index, FUNDING_HEADER_WORDS)
            before = cells[index - 1] if index else None
            if before and not before[1] and index >= 2 and "资金" in cells[index - 2][1]:
                # an empty label cell after the funds caption (``项目资金 (万元) |`` / ``|`` / ``年初预算数 |``,
                # the caption merged over the rows): the caption stands for it, its unit named
                before = cells[index - 2]
            label = [before] if before and not FUNDING_LABEL_RE.search(before[1]) else []
            header = label + cells[index:end]
            yield _row(header)
            section, width, index = "funding", len(header), end
            continue
        if key.startswith("一级指标"):
            end = _header_run(cells, index, INDICATOR_HEADER_WORDS)
            yield _row(cells[index:end])
            section, width, index = "indicators", end - index, end
            continue
        if key.startswith(GOAL_HEADER_STARTS) and index + 1 < len(cells) and "完成" in cells[index + 1][1]:
            yield _row(cells[index : index + 2])
            yield _row(cells[index + 2 : index + 4])
            index += 4
            continue
        if key.startswith(TOTAL_LABELS) and section == "indicators":
            end = index + 1
            while end < len(cells) and end - index < width and not compact(cells[end][0]).startswith(HEAD_LABELS):
                end += 1
            yield _row(cells[index:end])
            return
        if section == "funding" and FUNDING_LABEL_RE.search(key):
            end = index + 1
            while end < len(cells) and end - index < width and not _ends_funds_row(cells[end][1]):
                end += 1
            yield _row(cells[index:end])
            index = end
            continue
        if section == "indicators" and key:
            following = cells[index + 1][1] if index + 1 < len(cells) else ""
            if is_level1(key) and (is_level2(following) or not is_level2(key)):
                skipped = 0  # (成本指标 | 经济成本指标: a 一级指标; 成本指标 | 支出不超过预算: a 二级指标)
            else:
                skipped = 1 if is_level2(key) else 2
            size = width - skipped
            row = cells[index : index + size]
            if any(is_level1(k) or is_level2(k) for _, k, _ in row[2 - skipped :]):
                return  # a level name where a 三级指标 or a value stands: a cell was lost, the rows shifted
            yield _row(row, skipped)
            index += size
            continue
        index += 1

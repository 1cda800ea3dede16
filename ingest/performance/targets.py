"""部门（单位）整体支出绩效目标表: department tasks, 年度总体目标 and target indicators (Bazhou).

The table has three parts, read from its rows (tab-separated, one tab-indented cell per line
with blank lines between rows, or hard-wrapped text rebuilt into rows by
:mod:`~ingest.performance.target_wrapped`) by the order of their non-empty cells:

- tasks (任务名称 | 主要内容 | 预算金额（万元）: 总额 / 财政拨款 / 其他资金) → :class:`TargetTask`;
- 年度总体目标, a text of ``目标1: … 目标2: …`` items → one :class:`Goal` each (department-wide);
- 年度绩效指标 rows (一级 | 二级 | 三级指标 | 指标值) → :class:`Indicator` with ``stage="target"``.
  Blank level cells inherit from the row above; a level-1 name stranded on its own line after a
  page break (``年度绩效指标`` / ``产出指标``) applies to the rows after it, and rows printed
  before it with a blank level 1 get the standard parent of their level 2 (数量指标 → 产出指标).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from ingest.numbers import to_amount
from ingest.performance.indicator_values import parse_indicator_value, with_unit_from_name
from ingest.performance.levels import LevelTracker, is_block_caption, is_level1, peel_levels
from ingest.performance.project_table import goal_items
from ingest.performance.tables import Cell, GridRow, iter_cell_per_line_rows, tidy_cell, tsv_rows
from ingest.performance.target_wrapped import wrapped_target_rows
from ingest.records import Goal, Indicator, ParseWarning, Record, TargetTask
from ingest.text import Line, is_page_mark, lines_with
from ingest.value_lines import value_lines

PARSER_NAME = "performance.targets"
TITLE_MARKER = "整体支出绩效目标表"
TITLE_RE = re.compile(TITLE_MARKER)
GOAL_LABEL = "年度总体目标"
DEFAULT_MONEY_UNIT = "万元"
# The last table of a document ends after this many lines (tab-separated) or rows (cell per line).
MAX_TABLE_LINES = 400


def _find_tables(lines: list[Line]) -> list[int]:
    """Indexes of the lines titling a 整体支出绩效目标表 (found in one scan of the document)."""
    return [i for i in lines_with(lines, TITLE_RE, "compact") if len(lines[i].compact) <= 30]


def _money(cell: Cell | None, unit: str) -> tuple:
    if cell is None:
        return None, None
    amount = to_amount(cell.text.replace(" ", ""), unit)
    return (amount.yuan, amount.ulp_yuan) if amount else (None, None)


class _TargetReader:
    def __init__(self, rows: list[GridRow]) -> None:
        self.rows = rows
        self.records: list[Record] = []
        self.section: str | None = None
        self.unit = DEFAULT_MONEY_UNIT
        self.levels = LevelTracker()

    def warn(self, line: int, message: str, context: str | None = None) -> None:
        self.records.append(ParseWarning(source_line=line, parser=PARSER_NAME, message=message, context=context))

    def read(self) -> list[Record]:
        for row in self.rows:
            filled = row.filled
            if not filled:
                continue
            keys = [c.key for c in filled]
            if keys[0].startswith("部门") and "名称" in keys[0]:
                continue
            if keys[0].startswith("任务名称"):
                self.section = "tasks"
                if any("(元)" in k for k in keys):
                    self.unit = "元"
                continue
            if self.section == "tasks" and all(k in ("总额", "财政拨款", "其他资金") for k in keys):
                continue  # second header line of the budget columns
            if keys[0].startswith(GOAL_LABEL):
                self._read_goals(filled)
                self.section = "goals"
                continue
            if "一级指标" in keys and "三级指标" in keys:
                self.section = "indicators"
                continue
            if self.section == "tasks":
                self._read_task(row)
            elif self.section in ("goals", "indicators"):
                self._read_indicator(row)
        return self.records

    def _read_task(self, row: GridRow) -> None:
        filled = row.filled
        texts = [c for c in filled]
        numbers = []
        while texts and to_amount(texts[-1].text.replace(" ", ""), self.unit) is not None and len(numbers) < 3:
            numbers.insert(0, texts.pop())
        if not texts:
            self.warn(row.line, "task row without a task name", " | ".join(c.text for c in filled))
            return
        name = texts[0].text
        content = " ".join(c.text for c in texts[1:]) or None
        if len(numbers) != 3:
            self.warn(
                row.line,
                f"task row has {len(numbers)} of 3 budget figures (总额/财政拨款/其他资金); they were left empty",
                " | ".join(c.text for c in filled),
            )
            numbers = []
        total, ulp = _money(numbers[0] if numbers else None, self.unit)
        fiscal, _ = _money(numbers[1] if numbers else None, self.unit)
        other, _ = _money(numbers[2] if numbers else None, self.unit)
        self.records.append(
            TargetTask(
                source_line=row.line,
                task_name=name,
                content=content,
                total_yuan=total,
                fiscal_yuan=fiscal,
                other_yuan=other,
                ulp_yuan=ulp,
            )
        )

    def _read_goals(self, filled: Sequence[Cell]) -> None:
        text = " ".join(c.text for c in filled[1:])
        for item in goal_items(text):
            self.records.append(Goal(source_line=filled[0].line, project_key=None, text=item))

    def _read_indicator(self, row: GridRow) -> None:
        filled = [c for c in row.filled]
        while filled and is_block_caption(filled[0].key):
            filled = filled[1:]
        if not filled:
            return  # 年度绩效指标 stranded on its own line
        if len(filled) == 1:
            if is_level1(filled[0].key):
                self.levels.set_level1(filled[0].text)
            else:
                self.warn(row.line, "indicator row with a single cell ignored", filled[0].text)
            return
        level1, level2, used = peel_levels([c.key for c in filled[:2]])
        rest = filled[used:]
        level1, level2 = self.levels.resolve(level1, level2)
        if len(rest) != 2:
            self.warn(
                row.line,
                f"indicator row has {len(rest)} cells after its levels (expected 三级指标 and 指标值)",
                " | ".join(c.text for c in filled),
            )
            if not rest:
                return
        level3 = rest[0].text
        target_text = rest[1].text if len(rest) == 2 else None
        target = with_unit_from_name(parse_indicator_value(target_text, default_operator="="), level3)
        self.records.append(
            Indicator(
                source_line=row.line,
                project_key=None,
                stage="target",
                level1_name=level1,
                level2_name=level2,
                level3_name=level3,
                target_raw=target.raw,
                target_operator=target.operator,
                target_value=target.value,
                target_unit=target.unit,
                target_parsed=target.parsed,
                value_lines=value_lines(row.line, [("target", rest[1].line if target.raw else None)]),
            )
        )


def _is_cell_per_line(lines: list[Line]) -> bool:
    """One tab-indented cell per line (rows between blank lines), judged by the first line with a tab."""
    first = next((line.text for line in lines if "\t" in line.text), "")
    return first.startswith("\t") and sum(1 for cell in first.split("\t") if cell.strip()) <= 1


def _table_rows(lines: list[Line], start: int, next_title: int | None) -> list[GridRow]:
    """The rows of the table titled at ``lines[start]``, up to the next title; the last table of
    the document stops after :data:`MAX_TABLE_LINES` rows (tab-separated: lines). A table without
    any tab is hard-wrapped text (:mod:`~ingest.performance.target_wrapped`)."""
    span = lines[start + 1 : next_title if next_title is not None else start + 1 + MAX_TABLE_LINES]
    if not any("\t" in line.text for line in span):
        return wrapped_target_rows(span)
    if _is_cell_per_line(lines[start + 1 : start + 1 + MAX_TABLE_LINES]):
        rows = iter_cell_per_line_rows(lines[start + 1 : next_title])
        # the last table: its first rows only, never made for the rest of the document
        return list(rows) if next_title is not None else list(islice(rows, MAX_TABLE_LINES))
    end = next_title if next_title is not None else min(len(lines), start + MAX_TABLE_LINES)
    return tsv_rows(lines[start + 1 : end])


# A line that is one cell closed by a pipe (``人员保障 |``, ``|`` for an empty cell).
PIPE_CELL_RE = re.compile(r"^\s*([^|]*?)\s*\|\s*$")
# The column words of the table's two headers, each a cell of its own when printed one cell per line.
HEADER_CELLS = ("任务名称", "主要内容", "一级指标", "二级指标", "三级指标")
# The figure cells of a task's budget (总额 / 财政拨款 / 其他资金): a number, or a dash for none.
TASK_AMOUNT_RE = re.compile(r"^(?:\d[\d,]*(?:\.\d+)?|[-—/]+)$")
TASK_AMOUNTS = 3


def _cell_text(line: Line) -> str:
    """A line's one cell: its text without the closing pipe."""
    match = PIPE_CELL_RE.match(line.norm)
    return (match.group(1) if match else line.norm).strip()


def _one_cell_per_line(span: list[Line]) -> bool:
    """Whether a table is printed one cell per line (a web page's table copied cell by cell, each
    closed by a pipe or alone between blank lines): no tab, and its header's column words each a line
    of its own (任务名称 / 主要内容, 一级指标 / 二级指标 / 三级指标) — hard-wrapped text prints them
    run on one line with other words."""
    if any("\t" in line.text for line in span):
        return False
    alone = {"".join(_cell_text(line).split()) for line in span if len(line.compact) <= 8}
    return sum(word in alone for word in HEADER_CELLS) >= 3


def _cells_span(lines: list[Line], start: int) -> list[Line]:
    """The lines after the title at ``start`` of a document's last table printed one cell per line:
    up to its :data:`MAX_TABLE_LINES`-th cell (a blank line after each cell or row is none)."""
    cells = 0
    for end in range(start + 1, len(lines)):
        cells += bool(lines[end].compact)
        if cells > MAX_TABLE_LINES:
            return lines[start + 1 : end]
    return lines[start + 1 :]


def _cells_read(span: list[Line], start: int) -> list[Record]:
    """A table printed one cell per line: its tasks — a name, its 主要内容 cells, then its three budget
    figures (总额 / 财政拨款 / 其他资金, in the unit its header names) — and its 年度总体目标 (the cell
    after the label) read from its cells in order; its indicators by the stream reader
    (:mod:`~ingest.performance.indicator_stream`) from the indicator header on, as targets."""
    from ingest.performance.indicator_stream import read_indicators  # (it imports this package's modules)

    cells = [(text, line) for line in span if (text := _cell_text(line)) and not is_page_mark(line.norm)]
    records: list[Record] = []
    unit = DEFAULT_MONEY_UNIT
    texts: list[tuple[str, Line]] = []
    indicators_at = len(span)
    position = 0
    while position < len(cells):
        text, line = cells[position]
        key = "".join(text.split())
        if key.startswith("一级指标"):
            indicators_at = span.index(line)
            break
        if key.startswith(GOAL_LABEL):
            goal = cells[position + 1] if position + 1 < len(cells) else None
            if goal is not None and not "".join(goal[0].split()).startswith("一级指标"):
                records.extend(Goal(source_line=goal[1].number, project_key=None, text=item)
                               for item in goal_items(tidy_cell(goal[0])))
                position += 1
            texts = []
        elif "(元)" in key:
            unit = "元"
        elif key in ("任务名称", "主要内容", "总额", "财政拨款", "其他资金") or key.startswith("预算金额"):
            texts = []  # (the headers' cells)
        elif TASK_AMOUNT_RE.match(key) and texts:
            following = cells[position : position + TASK_AMOUNTS]
            amounts = [cell for cell in following if TASK_AMOUNT_RE.match("".join(cell[0].split()))]
            if len(amounts) == TASK_AMOUNTS:
                (name, name_line), content = texts[0], " ".join(t for t, _ in texts[1:]) or None
                total, ulp = _money(Cell(amounts[0][0], amounts[0][1].number), unit)
                fiscal, _ = _money(Cell(amounts[1][0], amounts[1][1].number), unit)
                other, _ = _money(Cell(amounts[2][0], amounts[2][1].number), unit)
                records.append(TargetTask(source_line=name_line.number, task_name=name, content=content,
                                          total_yuan=total, fiscal_yuan=fiscal, other_yuan=other, ulp_yuan=ulp,
                                          value_lines=value_lines(name_line.number, [
                                              ("total", amounts[0][1].number), ("fiscal", amounts[1][1].number),
                                              ("other", amounts[2][1].number)])))
                position += TASK_AMOUNTS
                texts = []
                continue
            texts = []
        else:
            texts.append((text, line))
        position += 1
    records.extend(r for r in read_indicators(span[indicators_at:], "target") if isinstance(r, Indicator))
    return records


def parse_targets(lines: list[Line]) -> list[Record]:
    """Every TargetTask, department Goal and target Indicator of the document's
    整体支出绩效目标表 (empty list when there is none)."""
    records: list[Record] = []
    starts = _find_tables(lines)
    for pos, start in enumerate(starts):
        following = starts[pos + 1] if pos + 1 < len(starts) else None
        span = lines[start + 1 : following if following is not None else start + 1 + MAX_TABLE_LINES]
        if _one_cell_per_line(span[:MAX_TABLE_LINES]):
            # (the last table: as many cells as a table's rows, blank lines between them not counted)
            records.extend(_cells_read(span if following is not None else _cells_span(lines, start), start))
            continue
        rows = _table_rows(lines, start, following)
        if not any(len(row.filled) > 1 for row in rows):
            continue  # a mention of the table's name in running text, not a table
        records.extend(_TargetReader(rows).read())
    return records

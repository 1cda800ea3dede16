"""项目支出绩效自评表 in tab-separated (Changji) and cell-per-line (Maoxian) layouts.

Both layouts give rows of cells (:mod:`ingest.performance.tables`); this module reads their
meaning: the 项目名称 / 主管部门 / 实施单位 rows, the funds block (项目资金 / 预算执行情况 with
年初预算数, 全年预算数 (调整后), 全年执行数, 分值/权重, 执行率, 得分 per funding source), the
年度总体目标 / 实际完成情况 texts, the indicator rows and the 总分 / 合计 row.

Columns are matched by their header labels, so a table whose columns come in another order
reads the same. Cell-per-line tables keep empty cells, so cells are matched by position;
tab-separated tables are not positionally reliable (merged cells leave a varying number of
empty cells), so their non-empty cells are matched in order — and when a row has fewer cells
than the header, the ambiguous values are left empty and a warning is recorded rather than
shifting values into the wrong columns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from ingest.performance.aligned_rows import iter_aligned_rows
from ingest.performance.header_roles import SELF_EVALUATION_ROLES
from ingest.performance.indicator_values import (
    IndicatorValue,
    parse_indicator_value,
    parse_number,
    parse_parts,
    parse_percent_cell,
)
from ingest.performance.levels import (
    LevelTracker,
    has_level_name,
    is_block_caption,
    is_level1,
    is_level2,
    levels_by_place,
    peel_levels,
    without_points,
)
from ingest.performance.pipe_cell_rows import iter_pipe_cell_rows
from ingest.performance.project_table import FUNDS_COLUMNS, FundingRow, IndicatorRow, ProjectTable
from ingest.performance.space_rows import iter_space_rows
from ingest.performance.tables import (
    LAYOUT_ALIGNED,
    LAYOUT_CELL_PER_LINE,
    LAYOUT_PIPE,
    LAYOUT_PIPE_CELLS,
    LAYOUT_SPACE,
    Cell,
    GridRow,
    TableBlock,
    grid_rows,
)
from ingest.value_lines import value_lines
from ingest.vocabulary import BOUND_SIGN_ALTERNATION, INDICATOR_UNITS, units_pattern

# Header label fragments → column role (the shared vocabulary's, ingest/performance/header_roles.py).
INDICATOR_ROLES = SELF_EVALUATION_ROLES
FUNDING_ROLES: tuple[tuple[str, str], ...] = (
    ("万元", "label"),
    ("(元)", "label"),
    ("项目资金", "label"),
    ("年初预算", "initial"),
    ("得分", "score"),  # before 执行率: 得分(20分*执行率) is the 得分 column, its rule naming the rate
    # before 执行率 too: a budget system's export names its points 执行率权重 | 执行率得分 (27b 05 L6), as the funds
    # block's header words read them (ingest/performance/header_roles.py: FUNDS_COLUMN_ROLES)
    ("执行率权重", "weight"),
    ("执行率分值", "weight"),
    ("执行率", "rate"),
    ("执行数", "executed"),
    ("全年预算", "full_year"),
    ("调整后", "full_year"),
    ("预算数", "full_year"),
    ("分值", "weight"),
    ("权重", "weight"),
    ("原因", "reason"),
)
GOAL_ROLES: tuple[tuple[str, str], ...] = (
    ("完成情况", "achievement"),
    ("实际完成", "achievement"),
    ("预期目标", "goal"),
    ("年度目标", "goal"),
    ("总体目标", "goal"),
)
# Funding row labels → ProjectFunding.source.
FUNDING_SOURCES: tuple[tuple[str, str], ...] = (
    ("资金总额", "total"),
    ("总额", "total"),
    # a sub-national government's money (地方财政资金, 省级资金 …) is ``local``, as the funds block reads it
    # (ingest/performance/funds_block.py), never the 财政资金 its words end in
    ("地方财政资金", "local"),
    ("地方资金", "local"),
    ("省级资金", "local"),
    ("市级资金", "local"),
    ("县级资金", "local"),
    ("区级资金", "local"),
    ("财政拨款", "fiscal"),
    ("财政资金", "fiscal"),
    ("上年结转", "carryover"),
    ("结转", "carryover"),
    ("财政专户", "special_account"),  # 财政专户管理资金
    ("单位资金", "unit_own"),
    ("自有资金", "unit_own"),
    ("其他资金", "other"),
)
TOTAL_LABELS = ("总分", "合计")
# Roles a row's values are not mapped to: none, the funding row's label, the levels read before.
NOTHING: frozenset[str] = frozenset()
NOT_FUNDING_VALUES = frozenset({"label"})
LEVEL_ROLES = frozenset({"l1", "l2"})
MONEY_ROLES = ("initial", "full_year", "executed")
# The vocabulary of each section's header, and the roles a tab-separated row of the section is not
# mapped to (its values are mapped in order to the others).
SECTION_VOCABULARIES = {"funding": FUNDING_ROLES, "goal": GOAL_ROLES, "indicators": INDICATOR_ROLES}
SECTION_SKIPS = {"funding": NOT_FUNDING_VALUES, "indicators": LEVEL_ROLES}


def _role(key: str, vocabulary: tuple[tuple[str, str], ...]) -> str | None:
    """The role of a header cell (its compacted text) in ``vocabulary``."""
    if not key:
        return None
    return next((role for word, role in vocabulary if word in key), None)


@functools.lru_cache(maxsize=256)
def _header_roles(keys: tuple[str, ...], vocabulary: tuple[tuple[str, str], ...]) -> tuple[str | None, ...]:
    """The role of each cell of a section header (its cells' compacted texts) in ``vocabulary``:
    read once per spelling, as every table of a document prints the same headers."""
    return tuple([_role(key, vocabulary) for key in keys])


def _funding_source(key: str) -> str | None:
    """The source a funding row's label cell names (its compacted text, :attr:`Cell.key`)."""
    return next((source for word, source in FUNDING_SOURCES if word in key), None)


def _is_indicator_header(labels: str) -> bool:
    """一级指标 … 三级指标; or 二级指标 … 三级指标 where the first level's narrow caption was wrapped
    onto the lines above (``一级`` / ``指标``) or left out."""
    return "三级指标" in labels and ("一级指标" in labels or "\n二级指标" in labels)


def _is_funding_header(labels: str) -> bool:
    """年初预算数 … 执行数; or, without a 年初预算 column, cells opening with 预算数 and 执行数 (the Yunnan
    and Hubei 项目支出绩效自评表: 预算执行情况(万元) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分) — not a
    funds row whose note names them (1.预算执行率=预算执行数/调整后预算数)."""
    if "执行" not in labels:
        return False
    return "年初预算" in labels or (
        FUNDS_BUDGET_CELL_RE.search(labels) is not None and FUNDS_EXECUTED_CELL_RE.search(labels) is not None)


# A funds header's cells opening with its budget and its execution (预算数(A), 全年预算数(A), 调整后预算数; 执行数(B),
# 全年执行数(B)): the national template's lettered columns without 年初预算数 (corpus 31 xiaoxian L6 prints them,
# 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分).
FUNDS_BUDGET_CELL_RE = re.compile(r"(?:^|\n)(?:全年|调整后)?预算数")
FUNDS_EXECUTED_CELL_RE = re.compile(r"(?:^|\n)(?:全年|预算)?执行数")


def _is_goal_header(labels: str) -> bool:
    return ("预期目标" in labels or "项目年度目标" in labels) and not _is_funding_header(labels)


# The labels of the table's header rows: a cell after one of them that is another is no value
# (``主管部门 实施单位 天长市水利局``: the 主管部门 cell was empty, its space dropped).
HEADER_LABELS = ("项目名称", "主管部门", "实施单位", "项目实施单位")


def _after(cells: Sequence[Cell], label: str) -> str | None:
    """The first non-empty cell after the one containing ``label`` (None when it is another label)."""
    for index, cell in enumerate(cells):
        if label in cell.key:
            rest = cell.key.split(label, 1)[1].strip("()（）盖章: ")
            if rest and label == "项目名称":
                return cell.text.split("项目名称", 1)[1].strip()
            following = next((c for c in cells[index + 1 :] if c.text), None)
            if following is None or following.key.rstrip(":") in HEADER_LABELS:
                return None
            return following.text
    return None


class _GridReader:
    """Reads one grid table row by row."""

    def __init__(self, block: TableBlock) -> None:
        self.block = block
        self.positional = block.layout in (LAYOUT_CELL_PER_LINE, LAYOUT_PIPE_CELLS)
        self.table = ProjectTable(line=block.start_line, layout=block.layout)
        self.section: str | None = None
        self.header: GridRow | None = None
        # the section header's column roles, read once per header (every row of the section asks)
        self.roles: tuple[str | None, ...] = ()
        self.value_roles: tuple[str, ...] = ()  # the roles a tab-separated row's values are mapped to
        self.levels = LevelTracker()

    # --- helpers --------------------------------------------------------------------------
    def _aligned(
        self, row: GridRow, skip: frozenset[str], values: Sequence[Cell] | None = None
    ) -> dict[str, Cell] | None:
        """Map a data row's cells to the section header's roles but ``skip`` (tab-separated rows:
        :data:`SECTION_SKIPS`, in :attr:`value_roles`); None when a tab-separated row is ambiguous.
        A tab-separated row's ``values`` are its non-empty cells to map (all of them by default)."""
        roles = self.roles
        out: dict[str, Cell] = {}
        if self.positional:
            cells: Sequence[Cell] = row.cells
            if len(cells) > len(roles) and all(not c.text for c in cells[: len(cells) - len(roles)]):
                cells = cells[len(cells) - len(roles) :]
            for role, cell in zip(roles, cells, strict=False):
                if role and role not in skip and cell.text and role not in out:
                    out[role] = cell
            return out
        value_roles = self.value_roles
        values = list(row.filled if values is None else values)
        if len(values) > len(value_roles):
            if value_roles and value_roles[-1] == "reason":
                head = values[: len(value_roles) - 1]
                tail = values[len(value_roles) - 1 :]
                values = [*head, Cell(" ".join(c.text for c in tail), tail[0].line)]
            else:
                return None
        missing = value_roles[len(values) :]
        if any(role != "reason" for role in missing) and not (skip is LEVEL_ROLES and _points_merged(missing, values)):
            return None
        return dict(zip(value_roles, values, strict=False))

    # --- rows -----------------------------------------------------------------------------
    def read(self) -> ProjectTable:
        block = self.block
        spaced = block.layout == LAYOUT_SPACE
        if spaced:
            rows = iter_space_rows(block.lines)
        elif block.layout == LAYOUT_PIPE_CELLS:
            rows = iter_pipe_cell_rows(block.lines)
        elif block.layout == LAYOUT_ALIGNED:
            rows = iter_aligned_rows(block.lines)
        else:
            rows = grid_rows(block)
        if not self.positional:
            rows = _labels_joined_to_values(rows)
        ended = False
        labels = ""
        header_open = False  # (the row before was the indicator header: a row of its words continues it)
        for row in rows:
            filled = row.filled
            if not filled:
                continue
            above, labels = labels, row.labels  # (the row above's: a funds header's caption, 项目资金 (元) |)
            first = filled[0].key
            if first.startswith("项目名称"):
                if self.table.name is not None:
                    break  # the next table (should not happen: blocks end before it)
                name = _after(filled, "项目名称")
                if name:
                    self.table.set_name(name)
                continue
            if "\n主管部门" in labels or "实施单位" in labels:
                self.table.competent_department = _after(filled, "主管部门") or self.table.competent_department
                self.table.implementing_unit = _after(filled, "实施单位") or self.table.implementing_unit
                continue
            if first.startswith(TOTAL_LABELS):
                self._read_total(row)
                ended = True
                break
            if _is_funding_header(labels):
                self._start_section("funding", row)
                # the unit in the header's cells, else in its caption on the row above (项目资金 (元) | over
                # 年初预算数 | 全年预算数 | …: jinzhai-chagu-2023-dept-self-evaluation L5-6)
                for words in (labels, above):
                    if "万元" in words:
                        self.table.money_unit = "万元"
                    elif "(元)" in words or "元)\n" in words:
                        self.table.money_unit = "元"
                    else:
                        continue
                    break
                continue
            if _is_indicator_header(labels):
                self._start_section("indicators", row)
                header_open = True
                continue
            if header_open and self.section == "indicators" and self._header_continued(row):
                continue
            header_open = False
            if _is_goal_header(labels):
                self._start_section("goal", row)
                continue
            if self.section == "funding":
                self._read_funding(row)
            elif self.section == "goal":
                self._read_goal(row)
                self.section = None
            elif self.section == "indicators":
                if self._leaves_table(row):
                    break
                self._read_indicator(row)
                if spaced and self.table.indicators and self.table.indicators[-1].weight is None:
                    break  # a space-separated reading is taken only with every weight (no need to read on)
        if not ended:
            self.table.note(
                self.block.lines[-1].number,
                "table cut off: no 总分/合计 row found; the rows before the cut were read",
            )
        if not self.table.indicators:
            self.table.note(self.table.line, "no indicator rows read from this project table")
        if self.table.total_funding is None:
            self.table.note(self.table.line, "no 资金总额 row read from this project table")
        return self.table

    def _start_section(self, section: str, row: GridRow) -> None:
        self.section = section
        self.header = row
        self.roles = _header_roles(tuple([cell.key for cell in row.cells]), SECTION_VOCABULARIES[section])
        self.value_roles = _value_roles(self.roles, SECTION_SKIPS.get(section, NOTHING))

    def _header_continued(self, row: GridRow) -> bool:
        """Whether ``row`` continues the indicator header printed right above it, its cells broken over two lines
        where a cell's words wrap (``一级指标 | … | 实际 完成值 |`` / ``分值 | 得分 | 偏差原因 分析及改进措施 |``,
        jinzhai-chagu-2023-dept-self-evaluation L15-17): every cell a value column's words the header lacks, no
        figure. Its columns are then the header's last ones."""
        cells = row.filled
        if not cells or any(DIGIT_RE.search(cell.key) for cell in cells):
            return False
        roles = _header_roles(tuple([cell.key for cell in cells]), INDICATOR_ROLES)
        if any(role is None or role in LEVEL_ROLES or role == "l3" or role in self.roles for role in roles):
            return False
        header = self.header
        assert header is not None
        keys = (*[cell.key for cell in header.cells], *[cell.key for cell in cells])
        joined = tuple([*header.cells, *cells])
        self.header = GridRow.of(joined, header.line)
        self.roles = _header_roles(keys, INDICATOR_ROLES)
        self.value_roles = _value_roles(self.roles, SECTION_SKIPS["indicators"])
        return True

    def _read_total(self, row: GridRow) -> None:
        values = [c for c in row.filled[1:]]
        numbers = [parse_number(c.text) for c in values]
        if numbers:
            self.table.total_weight = numbers[0]
            self.table.total_lines["total_weight"] = values[0].line
        if len(numbers) > 1:
            self.table.total_score = numbers[1]
            self.table.total_lines["total_score"] = values[1].line

    def _read_funding(self, row: GridRow) -> None:
        roles = self.roles
        if self.positional:
            label_index = roles.index("label") if "label" in roles else None
            cells = list(row.cells)
            label = cells[label_index] if label_index is not None and label_index < len(cells) else None
            if label is None or not label.text:
                label = next((c for c in cells if _funding_source(c.key)), None)
        else:
            label = row.filled[0]
        source = _funding_source(label.key) if label else None
        if label is None or source is None:
            return
        aligned = self._aligned(row, NOT_FUNDING_VALUES, None if self.positional else row.filled[1:])
        if aligned is None:
            aligned = _without_rate(row.filled[1:], self.value_roles)
        if aligned is None and not self.positional:
            aligned = _without_initial(row.filled[1:], self.value_roles)
        if aligned is None and not self.positional and self.header is not None:
            aligned = _by_header_columns(self.header, self.roles, row, NOT_FUNDING_VALUES)
        # (its label without the colon a template prints after it, 年度资金总额: — corpus 31 xiaoxian L8)
        funding = FundingRow(source=source, label=label.text.rstrip(":："), line=row.line)
        if aligned is None:
            self.table.note(
                row.line,
                "funding row has a different number of cells than its header; only the "
                "execution rate and score were read",
                " | ".join(c.text for c in row.filled),
            )
            for cell in row.filled[1:]:
                if "%" in cell.text:
                    funding.rate = parse_percent_cell(cell.text)
                    funding.lines["rate"] = cell.line
                elif cell.text.endswith("分"):
                    funding.score = parse_number(cell.text)
                    funding.lines["score"] = cell.line
        else:
            funding.initial = aligned["initial"].text if "initial" in aligned else None
            funding.full_year = aligned["full_year"].text if "full_year" in aligned else None
            funding.executed = aligned["executed"].text if "executed" in aligned else None
            funding.weight = parse_number(aligned["weight"].text) if "weight" in aligned else None
            funding.rate = parse_percent_cell(aligned["rate"].text) if "rate" in aligned else None
            funding.score = parse_number(aligned["score"].text) if "score" in aligned else None
            funding.lines = {role: cell.line for role, cell in aligned.items() if role in FUNDS_COLUMNS}
        self.table.funding.append(funding)

    def _read_goal(self, row: GridRow) -> None:
        roles = self.roles
        if self.positional:
            pairs = [(role, cell) for role, cell in zip(roles, row.cells, strict=False) if role and cell.text]
        else:
            header_roles = [r for r, c in zip(roles, self.header.cells, strict=True) if c.text and r]  # type: ignore[union-attr]
            values = row.filled
            header_roles = header_roles[len(header_roles) - len(values) :] if len(values) <= len(header_roles) else []
            pairs = list(zip(header_roles, values, strict=False))
        for role, cell in pairs:
            if role == "goal" and not self.table.goal_text:
                self.table.goal_text, self.table.goal_line = cell.text, cell.line
            elif role == "achievement" and not self.table.achievement_text:
                self.table.achievement_text = cell.text

    def _leaves_table(self, row: GridRow) -> bool:
        """Running text after a cut-off table: a tab-less line, or a block with no level names
        (the cells' shape asked first: most rows are left at it, their names never looked up)."""
        filled = row.filled
        if not self.positional:
            # (a pipe row of one cell, its other cells merged with the row above's, is the table's:
            # 使读者更方便快捷查找检阅 | … then 促进黄石文化经济发展,丰富市民文化活动 | |||||||||)
            return len(row.cells) == 1 and not has_level_name(filled) and not self._pipe_row(row)
        roles = self.roles
        level3_at = roles.index("l3") if "l3" in roles else None
        shaped = level3_at is None or len(row.cells) <= level3_at or len(filled) < 3
        return shaped and not has_level_name(filled)

    def _pipe_row(self, row: GridRow) -> bool:
        """Whether a row of a pipe table was printed as one: a pipe after its cell, no sentence's end."""
        if self.block.layout != LAYOUT_PIPE:
            return False
        piped = self.__dict__.get("_piped")
        if piped is None:  # (once per table: its lines printed as pipe rows)
            piped = self._piped = {x.number for x in self.block.lines if "|" in x.text and "。" not in x.text}
        return row.line in piped

    def _read_indicator(self, row: GridRow) -> None:
        """An indicator row, or a row naming a level alone. What the row says is read once per
        spelling (:meth:`_reading`: every table of a document prints its level rows, and often the
        same indicators); the levels it inherits and the line it stands on are its own."""
        positional = self.positional
        if positional:
            key = (tuple([cell.text for cell in row.cells]), self.roles, "positional")
        else:  # (a space-separated row is read as a tab-separated one but for its short rows' points)
            spaced = self.block.layout == LAYOUT_SPACE
            key = (tuple([cell.text for cell in row.filled]), self.value_roles, "spaced" if spaced else "separated")
        reading = _READINGS.get(key)
        if reading is None:
            reading = self._reading(row)
            if len(_READINGS) >= READING_CACHE_SIZE:
                _READINGS.clear()
            _READINGS[key] = reading
        kind, level1, level2, note, fields, places = reading
        if kind is _LEVEL:
            if level1:
                self.levels.set_level1(level1)
            elif level2:
                self.levels.resolve(None, level2)
            return
        if kind is _NOTHING:
            return
        level1, level2 = self.levels.resolve(level1, level2)
        if note is not None:
            self.table.note(row.line, *note)
        if fields is not None:
            indicator = IndicatorRow(row.line, level1, level2, *fields)
            if places:  # each figure at the line of the cell it was read from
                cells = row.cells if positional else row.filled
                printed = {"target": indicator.target.raw, "actual": indicator.actual.raw,
                           "weight": indicator.weight, "score": indicator.score}
                indicator.value_lines = value_lines(
                    row.line, [(name, cells[at].line) for name, at in places if printed[name] not in (None, "")])
            self.table.indicators.append(indicator)

    def _reading(self, row: GridRow) -> _Reading:
        """What an indicator row says, a pure function of its cells' texts and the section's header
        roles (:attr:`roles` for a positional row, :attr:`value_roles` for a tab-separated one):
        (kind, 一级 and 二级 printed on it, a note (message, context) or None, the indicator's
        level3, target, actual, weight, score and reason or None)."""
        roles = self.roles
        filled = row.filled
        while filled and is_block_caption(filled[0].key):
            filled = filled[1:]
        if not filled:
            return _NOTHING, None, None, None, None, ()
        if len(filled) == 1 and (is_level1(only := without_points(filled[0].key)) or is_level2(only)):
            level1, level2, _ = peel_levels([only])
            return _LEVEL, level1, level2, None, None, ()
        if self.positional:
            aligned = self._aligned(row, NOTHING)
            level1 = aligned["l1"].key if aligned and "l1" in aligned else None  # the cell's compact text
            level2 = aligned["l2"].key if aligned and "l2" in aligned else None
            rest = [aligned["l3"]] if aligned and "l3" in aligned else []
        else:
            level1, level2, used = peel_levels([c.key for c in filled[:2]])
            rest = filled[used:]
            if not used and (placed := _levels_by_place(rest, self.value_roles)):
                # names the level list lacks (投入指标 | 资金管理 | 资金到位率 | …), levels by their place: the
                # cells before the row's own, where only so do its 分值 and 得分 stand as numbers, 得分 ≤ 分值
                level1, level2 = (rest[0].key, rest[1].key) if placed == 2 else (None, rest[0].key)
                rest = rest[placed:]
            aligned = self._aligned(row, LEVEL_ROLES, rest)
            # (a target's 指标性质 / 度量单位 cells printed empty or joined to its value: the row short of its header,
            # or its cells shifted — no sign under 指标性质, no unit under 度量单位)
            if aligned is None or not _split_cells_fit(aligned):
                aligned = _without_split_target(rest, self.value_roles)
        if aligned is None or "l3" not in aligned:
            note = (
                "indicator row has fewer cells than its header; values that could not be placed "
                "with certainty were left empty",
                " | ".join(c.text for c in filled),
            )
            if not rest:
                return _ROW, level1, level2, note, None, ()
            # a space-separated row too short for its header: its last two values may be 分值 and 得分
            spaced = self.block.layout == LAYOUT_SPACE
            weight, score = _last_weight_and_score(rest[1:]) if spaced else (None, None)
            places = _places({"weight": rest[-2], "score": rest[-1]}, row) if weight is not None else ()
            return _ROW, level1, level2, note, (
                rest[0].text, IndicatorValue(raw=None), IndicatorValue(raw=None), weight, score
            ), places
        note = None
        if self.positional and len(row.cells) < _needed_cells(roles):
            note = (
                "indicator row cut off: fewer cells than its header; the cells present were read",
                " | ".join(c.text for c in filled),
            )
        if "op" in aligned or "unit" in aligned:
            target = parse_parts(_text(aligned, "op"), _text(aligned, "target"), _text(aligned, "unit"))
        else:
            target = parse_indicator_value(_text(aligned, "target"), default_operator="=")
        fields = (
            aligned["l3"].text,
            target,
            parse_indicator_value(_text(aligned, "actual")),
            parse_number(_text(aligned, "weight")),
            parse_number(_text(aligned, "score")),
            _text(aligned, "reason"),
        )
        return _ROW, level1, level2, note, fields, _places(aligned, row, self.positional)


# A header printing an indicator's target as several cells (指标性质 | 指标值 | 度量单位, or 指标值 | 计量单位) over
# rows whose empty cells are dropped (a row of tabs or spaces, a copy that drops them) or whose operator is printed
# in the value's cell: ``培训人次 ≥200 人次 200 15 15`` (the sign joined to its number), ``项目完成时间 2023年12月底前
# 2023年11月 15 15`` (a text target: its sign's and unit's cells empty) — nanchong-lyj-2023-selfeval-pipe L14 prints
# the header, its 定性 rows the empty cells. Such a row is one or two cells short of its header.
SPLIT_TARGET_ROLES = ("op", "unit")
OPERATOR_ALONE_RE = re.compile(rf"^(?:{BOUND_SIGN_ALTERNATION})$")
UNIT_ALONE_RE = re.compile(rf"^{units_pattern(INDICATOR_UNITS)}$")


def _without_split_target(values: Sequence[Cell], value_roles: tuple[str, ...]) -> dict[str, Cell] | None:
    """A short row's cells (after its levels) mapped to its header's roles without the target's operator column,
    its unit column or both — the one way, of those, that every cell fits: an operator's cell a sign alone, a unit's
    cell a unit alone, the target and the actual no sign or unit alone, the 分值 and 得分 numbers with 得分 ≤ 分值 and
    nothing after them but the reason. None where no way fits or more than one does."""
    present = [role for role in SPLIT_TARGET_ROLES if role in value_roles]
    if not present or "l3" not in value_roles:
        return None
    fits = []
    for dropped in ({"op"}, {"unit"}, {"op", "unit"}):
        if not dropped <= set(present):
            continue
        roles = [role for role in value_roles if role not in dropped]
        if not (len(values) == len(roles) or (len(values) == len(roles) - 1 and roles[-1] == "reason")):
            continue
        aligned = dict(zip(roles, values, strict=False))
        if _split_target_fits(aligned):
            fits.append(aligned)
    return fits[0] if len(fits) == 1 else None


def _split_cells_fit(aligned: dict[str, Cell]) -> bool:
    """Whether a mapping of a row's cells puts a sign alone (or nothing) under the operator's column and a unit alone
    under the unit's: else its cells stand shifted (``2023年12月底前 | 2023年11月 | 10`` laid over 指标值 | 计量单位 |
    完成值, its empty unit cell dropped)."""
    if "op" in aligned and not (OPERATOR_ALONE_RE.match(aligned["op"].key) or aligned["op"].key in OPERATOR_WORDS):
        return False
    return "unit" not in aligned or _is_unit_cell(aligned["unit"].key)


def _is_unit_cell(key: str) -> bool:
    """A unit column's cell: a unit of the vocabulary (perhaps per another, 次/年, 元/人), or a short word without a
    digit (a unit the vocabulary lacks); never a figure or a date (a value shifted into the column)."""
    if DIGIT_RE.search(key):
        return False
    return UNIT_ALONE_RE.match(key) is not None or len(key) <= MAX_UNIT_WORD_CHARS or all(
        UNIT_ALONE_RE.match(part) for part in key.split("/"))


DIGIT_RE = re.compile(r"\d")
FIGURE_ROLES = ("target", "actual", "weight", "score")
# What a 指标性质 column prints besides a sign: the kind of the indicator (yueyanglou-jgrz-2023-dept-targets: 定量).
OPERATOR_WORDS = frozenset({"定量", "定性", "正向", "反向", "正向指标", "反向指标"})
MAX_UNIT_WORD_CHARS = 3


def _split_target_fits(aligned: dict[str, Cell]) -> bool:
    """Whether a mapping of a row's cells (:func:`_without_split_target`) puts a sign alone under the operator, a
    unit alone under the unit, neither under the target or the actual, and numbers under 分值 and 得分 (得分 ≤ 分值)."""
    if not _split_cells_fit(aligned):
        return False
    if "op" in aligned and not OPERATOR_ALONE_RE.match(aligned["op"].key):
        return False
    if "unit" in aligned and not UNIT_ALONE_RE.match(aligned["unit"].key):
        return False
    for role in ("target", "actual"):
        if role in aligned and (OPERATOR_ALONE_RE.match(aligned[role].key) or UNIT_ALONE_RE.match(aligned[role].key)):
            return False
    # (a row of words only — a header's second line, 分值 | 自评得分 | 偏差原因: no indicator's figures)
    if not any(DIGIT_RE.search(aligned[role].key) for role in FIGURE_ROLES if role in aligned):
        return False
    weight = parse_number(aligned["weight"].text) if "weight" in aligned else None
    score = parse_number(aligned["score"].text) if "score" in aligned else None
    if ("weight" in aligned and weight is None) or ("score" in aligned and score is None):
        return False
    return weight is None or score is None or score <= weight


# The roles whose cell an indicator row under another of the same 二级指标 lacks where the table merged
# it over both rows (its 分值 / 得分 printed once), and what may stand last in such a row instead.
MERGED_POINTS_ROLES = frozenset({"weight", "score", "reason"})
BARE_NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")


def _points_merged(missing: Sequence[str], values: Sequence[Cell]) -> bool:
    """Whether a pipe row short of its header's cells lacks only the points merged over it and the
    row above: ``WIFI布点全覆盖 | 100%覆盖 | 100%覆盖`` under 三级指标 | 年初目标值 | 实际完成值 | 得分, the
    missing roles all points (or the reason), its last cell no bare number (which would be the
    points, the target or actual then missing), the name and at least one value present."""
    return (
        set(missing) <= MERGED_POINTS_ROLES
        and len(values) >= 2
        and BARE_NUMBER_RE.match(values[-1].key) is None
    )


# What an indicator row says (see :meth:`_GridReader._reading`), kept per spelling of the row: its
# cells' texts and its section's header roles (a bounded cache of a pure function). Where its figures
# stand is kept as their cells' places in the row (the same for every row of that spelling), each
# row's lines read from its own cells.
_NOTHING, _LEVEL, _ROW = "nothing", "level", "row"
_Places = tuple[tuple[str, int], ...]
_Reading = tuple[
    str, "str | None", "str | None", "tuple[str, str] | None", "tuple[object, ...] | None", _Places
]
# An indicator's figures (ingest/value_lines.py names) and the columns each is read from, in order.
FIGURE_COLUMNS = (("target", ("target", "op")), ("actual", ("actual",)), ("weight", ("weight",)),
                  ("score", ("score",)))


def _places(aligned: dict[str, Cell], row: GridRow, positional: bool = False) -> _Places:
    """Where each figure of an indicator row was read: (name, the index of its cell in the row's
    cells — a positional row's — or in its non-empty cells)."""
    cells = row.cells if positional else row.filled
    index = {id(cell): at for at, cell in enumerate(cells)}
    out = []
    for name, columns in FIGURE_COLUMNS:
        cell = next((aligned[column] for column in columns if column in aligned and aligned[column].text), None)
        if cell is not None and id(cell) in index:
            out.append((name, index[id(cell)]))
    return tuple(out)
READING_CACHE_SIZE = 4096
_READINGS: dict[tuple[tuple[str, ...], tuple[str | None, ...], str], _Reading] = {}


def _levels_by_place(values: Sequence[Cell], roles: tuple[str, ...]) -> int:
    """How many of a separated row's leading cells (none of them a level of the list) are its levels by their
    place (:func:`~ingest.performance.levels.levels_by_place`, under the header's 分值 and 得分)."""
    if "weight" not in roles or "score" not in roles or "l3" not in roles:
        return 0
    return levels_by_place([cell.key for cell in values], roles.index("weight"), roles.index("score"))


@functools.lru_cache(maxsize=64)
def _value_roles(roles: tuple[str | None, ...], skip: frozenset[str]) -> tuple[str, ...]:
    """The roles a tab-separated row's values are mapped to, in order (once per header)."""
    return tuple([role for role in roles if role and role not in skip])


@functools.lru_cache(maxsize=64)
def _needed_cells(roles: tuple[str | None, ...]) -> int:
    """How many cells a positional row needs to reach its weight and score columns."""
    needed = [index for index, role in enumerate(roles) if role in ("weight", "score")]
    return max(needed) + 1 if needed else 0


def _last_weight_and_score(values: Sequence[Cell]) -> tuple[Decimal | None, Decimal | None]:
    """The 分值 and 得分 of a space-separated indicator row too short for its header, read as its
    last two values (``指标1:工程质量合格 10 10``: the target and actual cells were empty; every
    indicator weighs something) where both are numbers and 得分 ≤ 分值. A reading to be confirmed:
    the table is taken only when its weights add up to its 总分 row's (see
    :func:`ingest.performance.parse_project_tables`)."""
    if len(values) < 2:
        return None, None
    weight, score = parse_number(values[-2].text), parse_number(values[-1].text)
    if weight is None or score is None or score > weight:
        return None, None
    return weight, score


def _without_rate(values: Sequence[Cell], value_roles: tuple[str, ...]) -> dict[str, Cell] | None:
    """A funding row's values mapped to its header's roles but the execution rate, where one value
    is missing and none carries a % (``年度资金总额: 880 880 880 10 10`` under 年初预算数 全年预算数
    执行数 分值 执行率 得分: the rate's cell is the empty one, a rate is printed with its %). Not
    when the row could still be read another way: a number where 分值 or 得分 stand equal to the
    rate 执行数 / 全年预算数 would make (100 printed without its %), or a 得分 above its 分值."""
    if "rate" not in value_roles or len(values) != len(value_roles) - 1 or any("%" in v.text for v in values):
        return None
    aligned = dict(zip([role for role in value_roles if role != "rate"], values, strict=True))
    weight = parse_number(aligned["weight"].text) if "weight" in aligned else None
    score = parse_number(aligned["score"].text) if "score" in aligned else None
    if weight is not None and score is not None and score > weight:
        return None
    full_year = parse_number(aligned["full_year"].text) if "full_year" in aligned else None
    executed = parse_number(aligned["executed"].text) if "executed" in aligned else None
    if full_year and executed is not None:
        rate = executed / full_year * 100
        if any(value is not None and abs(value - rate) < 1 for value in (weight, score)):
            return None
    return aligned


def _without_initial(values: Sequence[Cell], value_roles: tuple[str, ...]) -> dict[str, Cell] | None:
    """A funding row's values mapped to its header's roles but the 年初预算数, where one value is
    missing and the row's own rate says which: ``年度资金总额 | 32.4 | 31.69 | 10 | 97.80% | 9`` under
    年初预算数 全年预算数 全年执行数 分值 执行率 得分 — the empty first cell was dropped, and
    31.69 / 32.4 = 97.81% is the printed rate (to within its last digit), so 32.4 is the 全年预算数
    the rate is taken of. Not when the rate disagrees, is missing, or 得分 exceeds 分值."""
    roles = [role for role in value_roles if role != "reason"]
    if not roles or roles[0] != "initial" or len(values) != len(roles) - 1:
        return None
    if not {"full_year", "executed", "rate"} <= set(roles):
        return None
    aligned = dict(zip(roles[1:], values, strict=True))
    full_year = parse_number(aligned["full_year"].text)
    executed = parse_number(aligned["executed"].text)
    rate = parse_percent_cell(aligned["rate"].text) if "%" in aligned["rate"].text else None
    if not full_year or executed is None or rate is None:
        return None
    if abs(executed / full_year * 100 - rate) >= RATE_TOLERANCE:
        return None
    weight = parse_number(aligned["weight"].text) if "weight" in aligned else None
    score = parse_number(aligned["score"].text) if "score" in aligned else None
    if weight is not None and score is not None and score > weight:
        return None
    return aligned


def _by_header_columns(
    header: GridRow, roles: tuple[str | None, ...], row: GridRow, skip: frozenset[str]
) -> dict[str, Cell] | None:
    """A separated row's cells taken column by column under its header, empty cells kept, where the
    two print the same empty columns: ``预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 |
    预算执行数 | | | 预算执行率 | 权重 | 得分`` over ``| 总额 | 5.00 | 5.00 | 5.00 | | | 100.00% | 10``
    (the 得分 left empty, so the row has fewer values than the header's roles). Only when the header
    has an empty column inside it, the row is empty in every such column, and each of the row's
    filled cells stands under a column the header names; else None (a row that dropped its empty
    cells would stand shifted)."""
    heads, cells = header.cells, row.cells
    if len(cells) > len(heads) or len(heads) != len(roles):
        return None
    gaps = [i for i, head in enumerate(heads) if not head.text and roles[i] is None and 0 < i < len(heads) - 1]
    if not gaps or any(i < len(cells) and cells[i].text for i in gaps) or max(gaps) >= len(cells):
        return None
    out: dict[str, Cell] = {}
    for index, cell in enumerate(cells):
        if not cell.text:
            continue
        role = roles[index]
        if role is None:
            return None
        if role not in skip and role not in out:
            out[role] = cell
    return out or None


# How far a printed 执行率 may stand from 执行数 / 全年预算数 (rounded or cut at its last digit).
RATE_TOLERANCE = Decimal("0.1")
# A cell of a funding row's values: an amount, a rate, a weight or score, or a dash.
FUNDING_VALUE_CELL_RE = re.compile(r"^(?:[\d,]+(?:\.\d+)?\s*(?:%|万元|元|分)?|[/／—-]+)$")


def _labels_joined_to_values(rows: Iterable[GridRow]) -> Iterator[GridRow]:
    """``rows`` with a funding label printed alone on its row (``年度资金总额 |``) joined to the row
    right after it when that row holds only the values (``| 32.4 | 31.69 | 10 | 97.80% | 9 |``): one
    row, at the values' line."""
    held: GridRow | None = None
    for row in rows:
        if held is not None:
            if row.filled and all(FUNDING_VALUE_CELL_RE.match(cell.text) for cell in row.filled):
                yield GridRow.of((held.filled[0], *row.filled), row.line)
                held = None
                continue
            yield held
            held = None
        if len(row.filled) == 1 and _funding_source(row.filled[0].key):
            held = row
            continue
        yield row
    if held is not None:
        yield held


def _text(aligned: dict[str, Cell], role: str) -> str | None:
    cell = aligned.get(role)
    return cell.text if cell and cell.text else None


def read_grid_table(block: TableBlock) -> ProjectTable:
    """Read one tab-separated or cell-per-line 项目支出绩效自评表."""
    return _GridReader(block).read()

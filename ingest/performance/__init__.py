"""Parsers of performance tables: 项目支出绩效自评表 and 整体支出绩效目标表.

:func:`parse_performance` runs on every document (final accounts, target tables, budgets,
PDF text) and returns ``[]`` when a document has no performance tables. Each project table's
layout is detected from its own lines (:mod:`~ingest.performance.tables`), read by the layout's
reader (:mod:`~ingest.performance.self_evaluation` or :mod:`~ingest.performance.wrapped`),
repeated copies are merged (:mod:`~ingest.performance.dedup`), and the tables become records
with ``project_key`` ``p01``, ``p02`` … in order of first appearance. The department target
table is read by :mod:`~ingest.performance.targets`, the funds rows of a department-wide
self-evaluation (部门整体支出绩效自评表) by :mod:`~ingest.performance.department_self_evaluation`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from ingest.final_accounts.paragraphs import Paragraph
from ingest.performance.across_targets import read_across_targets
from ingest.performance.aligned_rows import looks_lined_up
from ingest.performance.bracketed_levels import read_bracketed_targets
from ingest.performance.dedup import deduplicate
from ingest.performance.department_self_evaluation import parse_department_self_evaluations
from ingest.performance.flat_rows import with_flat_rows
from ingest.performance.flat_sheet import with_flat_sheets
from ingest.performance.funds_block import with_funds_blocks
from ingest.performance.glued_grid import with_glued_grids
from ingest.performance.header_first import headed_rows
from ingest.performance.header_grid import HeaderCache, forget_lines, name_lines, with_header_grids
from ingest.performance.header_roles import header_cell
from ingest.performance.indicator_stream import read_indicators
from ingest.performance.indicator_values import (
    CLOSING_STOPS,
    figure_in_words,
    parse_indicator_value,
    with_unit_from_name,
)
from ingest.performance.lettered_funds import read_lettered_funds
from ingest.performance.level_grid import read_level_grids
from ingest.performance.monitoring import monitored_indicators, with_monitoring_funds, with_progress
from ingest.performance.narrative_indicators import read_narrative_indicators
from ingest.performance.project_table import (
    PARSER_NAME,
    PROJECT_CODE_RE,
    UNREAD_FUNDS_ROW,
    ProjectTable,
    _yuan,
    table_records,
)
from ingest.performance.run_together import rate_holds
from ingest.performance.score_grid import read_score_grids
from ingest.performance.self_evaluation import read_grid_table
from ingest.performance.space_rows import could_be_space_separated
from ingest.performance.tables import (
    LAYOUT_ALIGNED,
    LAYOUT_PIPE_CELLS,
    LAYOUT_SPACE,
    LAYOUT_WRAPPED,
    TableBlock,
    locate_project_tables,
    performance_lines,
)
from ingest.performance.targets import parse_targets
from ingest.performance.wrapped import read_wrapped_table
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import Line
from ingest.vocabulary import YEAR_NAMED

__all__ = ["parse_performance", "parse_project_tables", "parse_targets"]


def _read_block(block: TableBlock) -> ProjectTable:
    """Read one table; a table that breaks the reader becomes a warning, never a crash."""
    try:
        if block.layout == LAYOUT_WRAPPED:
            if looks_lined_up(block):  # columns lined up with spaces: taken where the weights confirm them
                aligned = read_grid_table(replace(block, layout=LAYOUT_ALIGNED))
                if _weights_add_up(aligned):
                    return aligned
            # a table of cells between single spaces (its funds header and 总分 row each on a line): its reading by
            # those cells where its weights add up to its 总分 — confirmed by its arithmetic, as the hard-wrapped
            # reading (a 得分 column and no 分值: Zengdu's sheet) is not where the sheet prints both points
            spaced = None
            if _indicator_header_weighs(block) and could_be_space_separated(block):
                spaced = read_grid_table(replace(block, layout=LAYOUT_SPACE))
                if _weights_add_up(spaced):
                    return spaced
            table = read_wrapped_table(block)
            if table.cell_per_line:
                # a table one cell per line read as wrapped text (its name alone on the line after
                # 项目名称): its head, funds rows and 总分 row (read as cells) are kept, its indicators
                # left to the stream reader, which reads a cell per line
                return _without_indicators(table)
            if _rows_run_together(table):  # (its rows' cells run into one indicator: the same, its 总分 too)
                return replace(table, indicators=[], total_weight=None, total_score=None)
            if _has_figures(table):
                return table
            # nothing read as hard-wrapped text: a page's table copied with its cells between spaces?
            if spaced is None:
                if not could_be_space_separated(block):
                    return table
                spaced = read_grid_table(replace(block, layout=LAYOUT_SPACE))
            return spaced if _weights_add_up(spaced) else table
        if block.layout == LAYOUT_PIPE_CELLS:
            # rows cut from a stream of cells by their headers' counts: taken where the weights confirm
            # them; where only the funds row's 执行率 does (a table cut before its 总分), its head and
            # funds rows without its indicators (which the stream reader reads)
            table = read_grid_table(block)
            if _weights_add_up(table):
                return table
            # its cells read in order as a table printed one cell per line, an empty cell a blank line:
            # its head, funds rows and 总分 row; its indicators the stream reader's
            cells = read_wrapped_table(replace(block, lines=_closing_pipes_dropped(block.lines), joined_keys=None))
            if _funds_rate_holds(table):  # (its 总分 row, cut by no header's count, read as cells)
                weight, score = (cells.total_weight, cells.total_score) if cells.cell_per_line else (None, None)
                return replace(table, indicators=[], total_weight=weight, total_score=score,
                               total_lines=cells.total_lines if cells.cell_per_line else {})
            if cells.cell_per_line:  # rows not cut by the headers' counts (more empty cells than its header)
                return replace(_without_indicators(cells), layout=block.layout)
            return ProjectTable(line=block.start_line, layout=block.layout)
        return read_grid_table(block)
    except Exception as exc:
        table = ProjectTable(line=block.start_line, layout=block.layout)
        table.note(block.start_line, f"project table could not be read: {type(exc).__name__}: {exc}")
        return table


def _indicator_header_weighs(block: TableBlock) -> bool:
    """Whether a table's indicator header names a 分值 (权重) column on its 三级指标's line: the column the hard-wrapped
    reading does not know (it reads a 得分 only)."""
    return any("三级指标" in (text := line.compact) and ("分值" in text or "权重" in text) for line in block.lines)


# The notes of a hard-wrapped reading on its indicator rows (dropped with the rows it read).
INDICATOR_NOTES = ("indicator row ", "text outside any indicator row")


def _without_indicators(table: ProjectTable) -> ProjectTable:
    """A table printed one cell per line as the hard-wrapped reader read it, without the indicator rows
    it read (the stream reader reads them, a cell per line) and its notes on them."""
    notes = [note for note in table.notes if not note.message.startswith(INDICATOR_NOTES)]
    return replace(table, indicators=[], notes=notes)


def _closing_pipes_dropped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines of a table printed one cell per line, each closed by a pipe, as the cells' texts
    alone (an empty cell, ``|`` alone, a blank line); a line holding no closing pipe as it is."""
    return tuple(
        Line(line.number, match.group(1), line.page) if (match := CLOSED_CELL_RE.match(line.text)) else line
        for line in lines
    )


# A cell closed by a pipe on its own line (``年度资金总额 |``, ``|`` for an empty cell).
CLOSED_CELL_RE = re.compile(r"^\s*([^|]*?)\s*[|｜]\s*$")
# A cell's text longer than this is no one cell: the longest target or name of the samples' tables
# has 85 characters; a reading that gives one more holds several rows' cells run together.
MAX_CELL_CHARS = 100


def _rows_run_together(table: ProjectTable) -> bool:
    """Whether a hard-wrapped reading put several rows into one indicator (a table printed one cell
    per line, blank lines between: ``公猪舍(≥**平方米)`` / ``22.8`` / ``22.8`` / ``1`` / ``母猪舍…``)."""
    return any(
        len(row.level3) > MAX_CELL_CHARS
        or len(row.target.raw or "") > MAX_CELL_CHARS
        or len(row.actual.raw or "") > MAX_CELL_CHARS
        or _name_holds_cells(row.level3)
        for row in table.indicators
    )


# A 三级指标 name holding other cells of its row or of the next: two figures between spaces (``及时率≥95% 90% 10``)
# or a rate's value after its name (``合格率100%``) — a table whose cells stand between spaces read as
# hard-wrapped text.
# (a name of words ending in a rate and its value, 高效办理仲裁案件,仲裁结案率100%,…, is a name)
NAME_HOLDS_CELLS_RE = re.compile(r"\d%?\s+[≥≤<>=]?\d|^[^,，;；。]{2,30}[率度](?:[≥≤<>=]|>=|<=)?\d+(?:\.\d+)?%$")


def _name_holds_cells(name: str) -> bool:
    # (a name holding a pipe: a pipe table under a 项目名称 line of text, read as hard-wrapped text, its cells run
    # into one name)
    return "|" in name or NAME_HOLDS_CELLS_RE.search(name) is not None


def _has_figures(table: ProjectTable) -> bool:
    """Whether a reader read any indicator or funding figure of a table."""
    return bool(table.indicators) or any(
        row.initial or row.full_year or row.executed or row.rate is not None for row in table.funding
    )


def _funds_rate_holds(table: ProjectTable) -> bool:
    """Whether the funds row of a table read by its cells' positions has an 执行率 that is its 执行数
    over its 全年预算数 (else 年初预算数) to the rate's printed precision: what confirms the funds
    columns where nothing confirms the indicators'."""
    total = table.total_funding
    if total is None or total.rate is None:
        return False
    executed, _ = _yuan(total.executed, table.money_unit)
    budget, _ = _yuan(total.full_year or total.initial, table.money_unit)
    return bool(executed and budget and total.rate) and rate_holds(budget, executed, total.rate)


def _weights_add_up(table: ProjectTable) -> bool:
    """Whether every indicator of a table has a 分值 and they, with the funds row's, add up to its
    总分 row's: what confirms a reading of a table whose empty cells left no trace (its rows were
    placed by their values' count and kind, :mod:`~ingest.performance.space_rows`)."""
    if table.total_weight is None or not table.indicators or any(row.weight is None for row in table.indicators):
        return False
    funds = table.total_funding
    weights = sum(row.weight for row in table.indicators if row.weight is not None)
    return weights + (funds.weight if funds and funds.weight is not None else 0) == table.total_weight


def parse_project_tables(lines: list[Line]) -> list[Record]:
    """Every 项目支出绩效自评表 of the document as Project, ProjectFunding, Goal, Indicator
    (stage ``self_evaluation``) and ParseWarning records."""
    tables = deduplicate([_read_block(block) for block in locate_project_tables(lines)])
    records: list[Record] = []
    number = 0
    for table in tables:
        if not table.name:
            records.extend(
                ParseWarning(source_line=note.line, parser=PARSER_NAME, message=note.message, context=note.context)
                for note in table.notes
            )
            continue
        number += 1
        records.extend(table_records(table, f"p{number:02d}"))
    return records


def _onto_known_projects(found: list[Record], records: list[Record]) -> list[Record]:
    """The stream reader's records, its projects that a table reader already read by the same name
    merged into those (one project, not two, when the table reader read its header but no rows):
    their indicators and funding rows are the known project's."""
    known = {r.name: r.project_key for r in records if isinstance(r, Project)}
    # (a name printed after its project code, 51322322T000005968529-东西部协作对口联络站建设: the table
    # reader's name is the name without its code)
    rekey = {
        r.project_key: known[name] for r in found if isinstance(r, Project) and (name := _without_code(r.name)) in known
    }
    if not rekey:
        return found
    # a funds row the table reader read already (a table printed one cell per line: its funds rows
    # the table reader's, its indicators the stream reader's) is not read twice
    funded = {(r.project_key, r.source) for r in records if isinstance(r, ProjectFunding)}
    return [
        _with_project_key(r, rekey[r.project_key])
        if isinstance(r, (Indicator, ProjectFunding)) and r.project_key in rekey
        else r
        for r in found
        if not (isinstance(r, Project) and r.project_key in rekey)
        and not (isinstance(r, ProjectFunding) and (rekey.get(r.project_key), r.source) in funded)
    ]


def _without_code(name: str) -> str:
    """A project's name without the project code printed before it (as :meth:`ProjectTable.set_name` reads it)."""
    match = PROJECT_CODE_RE.match(name)
    return match.group(2).strip() if match else name


_R = TypeVar("_R", bound=Record)


def _keyed_after(found: list[Record], records: list[Record]) -> list[Record]:
    """``found`` (one project and its records, keyed ``p01``) keyed after the projects of ``records``: the first
    key ``p01``, ``p02`` … none of them holds."""
    if not found:
        return found
    taken = {r.project_key for r in records if isinstance(r, Project)}
    if "p01" not in taken:
        return found
    key = next(key for n in range(2, len(taken) + 3) if (key := f"p{n:02d}") not in taken)
    return [_copied(r, {"project_key": key}) if isinstance(r, (Project, ProjectFunding)) else r for r in found]


def _with_project_key(record: Indicator | ProjectFunding, project_key: str) -> Indicator | ProjectFunding:
    """``dataclasses.replace(record, project_key=project_key)`` made as the records' own quick
    ``__init__`` makes them (:func:`ingest.records._quick_init`: the fields stored in the instance
    dictionary), without ``replace``'s look at every field: a record has no ``__post_init__`` and
    every field is an init field, so the copy is the record ``replace`` makes."""
    return _copied(record, {"project_key": project_key})


def _copied(record: _R, changes: dict[str, object]) -> _R:
    """``record`` with ``changes``, made as :func:`_with_project_key` says: the fields stored in a new
    instance's dictionary, without ``dataclasses.replace``'s look at every field."""
    copy = _new(type(record))
    copy.__dict__.update(record.__dict__)
    copy.__dict__.update(changes)
    return copy


_new = object.__new__


def parse_performance(
    lines: list[Line], info: DocumentInfo, paragraphs: Sequence[Paragraph] | None = None
) -> list[Record]:
    """Every project, funding row, indicator, target task and goal of the document (``paragraphs``:
    the document's, for a level sentence wrapped over lines; made here when not given)."""
    printed = lines
    lines = performance_lines(lines)  # (a blank line after every line dropped, fixed-width wraps joined)
    named = name_lines(lines)  # (where a header's name column stands: the header readers' lines)
    headers: HeaderCache = {}  # (the headers found there, looked for once)
    forget_lines()  # (the header reader's cells of the last document's lines)
    records = [
        *parse_project_tables(lines),
        *parse_targets(lines),
        *parse_department_self_evaluations(lines),
        *read_bracketed_targets(lines),
    ]
    # layouts the table readers do not know: their indicators, where they read none with a figure (a table
    # cut off after its header, whose rows' cells they could not place), are the stream reader's
    if not any(isinstance(r, Indicator) and _has_figure(r) for r in records):
        stage = info.indicator_stage
        found = _onto_known_projects(read_indicators(lines, stage), records)
        # a table whose header names its columns: its rows laid by the header where the stream's reading differs
        found = headed_rows(lines, found, stage, named, headers)
        if any(isinstance(r, Indicator) for r in found):
            records = [r for r in records if not isinstance(r, Indicator)]  # (names without figures)
        records.extend(found)
        # a table whose header names its level columns (levels by their place, points confirming them):
        # its rows are its own reader's, not the stream's readings of its cells — where its arithmetic confirms
        # none of them too (the stream, taking the first names for levels by their words, would read a level
        # of two-level table as an indicator)
        levelled, level_lines = read_level_grids(lines, stage)
        if level_lines:
            on_grid = [isinstance(r, Indicator) and (r.source_page, r.source_line) in level_lines for r in records]
            keys = {r.project_key for r, taken in zip(records, on_grid, strict=True) if taken}
            records = [r for r, taken in zip(records, on_grid, strict=True) if not taken]
            if len(keys) == 1 and (key := keys.pop()) is not None:  # (the project the stream put the table under)
                levelled = [_with_project_key(r, key) if isinstance(r, Indicator) else r for r in levelled]
        records.extend(levelled)
    # a scoring grid's rows (分值, 得分 and long text cells): its own reader's, not another's readings of its cells
    grids, grid_lines = read_score_grids(lines)
    if grid_lines:
        records = [
            r for r in records if not (isinstance(r, Indicator) and (r.source_page, r.source_line) in grid_lines)
        ]
        records.extend(grids)
    records.extend(read_narrative_indicators(printed, paragraphs))  # a 绩效自评报告's level sentences
    records = with_funds_blocks(lines, records)  # the funds rows no table reader read, by their header
    # a mid-year monitoring sheet's funds rows (年初预算数 | 1-6月执行数): executed to a date, not in the year
    records = with_monitoring_funds(lines, records)
    # a fund's sheet whose header letters its columns and writes its rates as formulas (全年预算数(A) … 预算执行
    # (E/C×100%)), no 项目名称 of its own (a project's sheet printing one is the project table's): its project keyed
    # after those read before it
    records.extend(_keyed_after(read_lettered_funds(lines), records))
    records = with_flat_sheets(lines, records)  # a sheet flattened onto a line: its funds row after its header
    records = with_flat_rows(lines, records)  # a table flattened onto a line: its rows after its header, in order
    # any indicator table no reader read an indicator of: laid over its header's columns, confirmed by its points
    records = with_header_grids(lines, records, info, named, headers)
    # a table whose header and rows run together (no separator between cells): by its header, its arithmetic
    records = with_glued_grids(lines, records, info, named)
    if not any(isinstance(r, Indicator) and _has_figure(r) for r in records):
        # a target table printed across (its indicators' names in a row, a row of values per kind of target)
        records.extend(read_across_targets(lines, info.indicator_stage))
    # a monitoring sheet's indicators: their execution to a date, no actual; their targets kept as printed
    monitored = monitored_indicators(lines, records)
    records = with_progress(records, monitored)
    # (a reader's note that it could not read a funds row another reader then read: no longer true)
    funds_read = {
        (r.source_page, r.source_line) for r in records
        if isinstance(r, ProjectFunding) and (r.budget_full_year_yuan or r.executed_yuan or r.budget_initial_yuan)
    }
    out: list[Record] = []
    for record in records:
        if isinstance(record, ParseWarning) and record.message == UNREAD_FUNDS_ROW and (
            (record.source_page, record.source_line) in funds_read
        ):
            continue
        if isinstance(record, Indicator):
            record = _with_values(_with_sentence_figures(
                _without_closing_stops(record), (record.source_page, record.source_line) in monitored
            ))
            message = (
                FORM_OPTION_LEFT_OUT if _form_option(record)
                else SIGN_OFF_LEFT_OUT if _sign_off_row(record)
                else HEADER_ROW_LEFT_OUT if _header_row(record) or _levels_header(record)
                else COMPARED_YEAR_LEFT_OUT if _compared_year(record)
                else None
            )
            if message is not None:
                out.append(ParseWarning(
                    parser=PARSER_NAME, message=message, source_line=record.source_line,
                    source_page=record.source_page,
                    context=f"{record.level3_name} {record.target_raw or ''} {record.actual_raw or ''}".strip(),
                ))
                continue
        out.append(record)
    return out


HEADER_ROW_LEFT_OUT = (
    "an indicator whose name and values are all a header's words (全年实际完成值 | 未完成原, a header wrapped over "
    "lines): the table's header, not an indicator; left out"
)


def _header_row(indicator: Indicator) -> bool:
    """Whether ``indicator`` is a header's cells read as an indicator: its name and every value it holds are
    header words (:func:`~ingest.performance.header_roles.header_cell`), no 分值 nor 得分."""
    values = [v for v in (indicator.target_raw, indicator.actual_raw) if v]
    return (
        bool(values) and indicator.weight is None and indicator.score is None
        and header_cell(indicator.level3_name or "") and all(header_cell(v) for v in values)
    )


# The header's level names run into one name (一指二级指标三级指标年初目标值: a header row repeated or flattened):
# two level columns' names in the name of one indicator — no indicator's.
LEVELS_IN_NAME_RE = re.compile(r"[一二三]级指标.*[一二三]级指标")


def _levels_header(indicator: Indicator) -> bool:
    """Whether ``indicator``'s name holds two level columns' names (:data:`LEVELS_IN_NAME_RE`): the header's."""
    name = indicator.level3_name or ""
    return "级指标" in name and LEVELS_IN_NAME_RE.search(name) is not None


# The boxes of a form's sign-off under its indicator table (财政部门支出股室初审意见 | (盖章), 填表人 | 张三, 联系电话 |
# 0734-…): a value that is only a seal's or a signature's mark, or a name that is only a sign-off box's — its signer,
# reviewer, phone or date — is no indicator's, whatever levels the rows above leave open.
SEAL_VALUE_RE = re.compile(r"[(（]?\s*(?:单位)?(?:盖章|签章|签字|签名|公章)\s*[)）]?")
SIGN_OFF_NAME_RE = re.compile(
    r"(?:填报人|填表人|联系人|联系电话|审核人|复核人|经办人|(?:单位|财务|项目)?负责人|填报日期|填表日期)[:：]?"
)
MAX_SIGN_OFF_NAME = 10  # (单位负责人: with a colon and spaces)
SIGN_OFF_LEFT_OUT = (
    "an indicator whose value is a seal's or a signature's mark ((盖章), 签字) or whose name is a sign-off box's "
    "(填表人, 联系电话, 审核人): a form's sign-off under its table, not an indicator; left out"
)


def _sign_off_row(indicator: Indicator) -> bool:
    """Whether ``indicator`` is a form's sign-off box read as one (see :data:`SEAL_VALUE_RE`): a short name that is
    a sign-off box's, or no figure read and only a seal's mark (most indicators are neither, looked at no further)."""
    name = indicator.level3_name
    if name and len(name) <= MAX_SIGN_OFF_NAME and SIGN_OFF_NAME_RE.fullmatch(name.replace(" ", "")) is not None:
        return True
    if indicator.target_value is not None or indicator.weight is not None or indicator.score is not None:
        return False
    target, actual = indicator.target_raw, indicator.actual_raw
    return bool(target or actual) and all(SEAL_VALUE_RE.fullmatch(v.strip()) for v in (target, actual) if v)


# A name cut at the year it is compared with (彩票系统信息化建设程度同比 | 2022年 | 销量显著提高): the year is the
# name's, no target — where the cells fall, the row does not say.
COMPARED_NAME_END_RE = re.compile(r"(?:同比|环比|相比|比|较|与)$")
YEAR_VALUE_RE = re.compile(rf"^{YEAR_NAMED}")
COMPARED_YEAR_LEFT_OUT = (
    "an indicator whose name ends in a comparison (同比, 较) and whose value starts with the year it is compared "
    "with: the row's cells cut inside its name; left out"
)


def _compared_year(indicator: Indicator) -> bool:
    """Whether ``indicator``'s name was cut at the year it is compared with (see :data:`COMPARED_NAME_END_RE`)."""
    return COMPARED_NAME_END_RE.search(indicator.level3_name or "") is not None and any(
        YEAR_VALUE_RE.match(value) for value in (indicator.target_raw, indicator.actual_raw) if value
    )


# A form's numbered options (项目类别 1、上级专项 2、本级专项; 项目属性 1、持续性项目 2、新增性项目) read as an
# indicator: a name that starts with an option's number, under no level, with no figure in its target nor an actual.
OPTION_NAME_RE = re.compile(r"\d[、.]\D")
FORM_OPTION_LEFT_OUT = (
    "an indicator under no level whose name starts with a numbered option and whose target holds no figure: a "
    "form's choices, not an indicator; left out"
)


def _form_option(indicator: Indicator) -> bool:
    """Whether ``indicator`` is a form's numbered options read as one (see :data:`OPTION_NAME_RE`)."""
    return (
        indicator.level1_name is None and indicator.level2_name is None and indicator.actual_raw is None
        and indicator.target_value is None and indicator.weight is None and indicator.score is None
        and OPTION_NAME_RE.match(indicator.level3_name or "") is not None
    )


def _has_figure(indicator: Indicator) -> bool:
    """Whether a reader read any figure of an indicator: its target, actual, 分值 or 得分."""
    return bool(indicator.target_raw or indicator.actual_raw) or indicator.weight is not None or (
        indicator.score is not None)


def _with_sentence_figures(indicator: Indicator, monitored: bool = False) -> Indicator:
    """``indicator`` with a target or actual printed as a sentence holding its one figure read as that figure
    (实施乡镇社区基层医疗机构37个。 → 37个: :func:`~ingest.performance.indicator_values.figure_in_words`), whichever
    reader laid the cell under its column; a value as printed, words without a figure or with several, unchanged."""
    changes: dict[str, object] = {}
    # (a monitoring sheet's target, ``monitored``, its progress beside it in words — 年度预算220万元 | 已使用约40%: kept
    # as printed)
    if indicator.target_raw and not monitored and (figure := figure_in_words(indicator.target_raw)) is not None:
        changes.update(target_raw=figure, target_operator=None, target_value=None, target_unit=None,
                       target_parsed=True)
    if indicator.actual_raw and (figure := figure_in_words(indicator.actual_raw)) is not None:
        changes.update(actual_raw=figure, actual_value=None, actual_unit=None)
    return _copied(indicator, changes) if changes else indicator


def _without_closing_stops(indicator: Indicator) -> Indicator:
    """``indicator`` with its printed target and actual without the stop closing a cell written as a sentence
    (``95%以上。``, ``按照资金测算控制各项成本。``: :data:`~ingest.performance.indicator_values.CLOSING_STOPS`)."""
    target, actual = indicator.target_raw, indicator.actual_raw
    if not ((target and target[-1] in CLOSING_STOPS) or (actual and actual[-1] in CLOSING_STOPS)):
        return indicator
    return _copied(indicator, {
        "target_raw": target.rstrip(CLOSING_STOPS) or None if target else target,
        "actual_raw": actual.rstrip(CLOSING_STOPS) or None if actual else actual,
    })


def _with_values(indicator: Indicator) -> Indicator:
    """``indicator`` with the operator, value and unit of its printed target and actual, where the
    reader that found it left them unread (the stream, narrative and bracketed-level readers keep
    the printed text only): ``≥95%`` → ``>=`` 95 %, a bare figure with the unit its name implies
    (:func:`~ingest.performance.indicator_values.with_unit_from_name`). A target without an
    operator is an equality, as every table reader reads it."""
    unread_target = indicator.target_raw and indicator.target_operator is None and indicator.target_value is None
    unread_actual = indicator.actual_raw and indicator.actual_value is None
    if not (unread_target or unread_actual):
        return indicator
    changes: dict[str, object] = {}
    if unread_target:
        target = with_unit_from_name(
            parse_indicator_value(indicator.target_raw, default_operator="="), indicator.level3_name
        )
        changes.update(
            target_operator=target.operator,
            target_value=target.value,
            target_unit=target.unit,
            target_parsed=target.parsed,
        )
    if unread_actual:
        actual = with_unit_from_name(parse_indicator_value(indicator.actual_raw), indicator.level3_name)
        changes.update(actual_value=actual.value, actual_unit=actual.unit)
    return _copied(indicator, changes)

"""A recognised header lays the rows under it: the stream reader's guesses give way to it where they disagree.

The stream reader (:mod:`~ingest.performance.indicator_stream`) guesses each cell's role from its words: a
level's word, then the first cell it does not know is the indicator's name, then its values. Where a table's
header says what each column is (:func:`~ingest.performance.header_roles.column_role`: its level columns, the
last of them the name's — ``三级指标``, ``指标名称``, ``指标内容``, ``绩效指标`` — and a target's or an actual's
column) but its rows deviate from what the stream expects (a level cell merged and carried down, printed
empty; a 二级指标 the level vocabulary lacks, 社会效益 or 服务对象满意度, taken for the name and the name for the
target; a 说明 column between the name and the target), the header's laying of the rows is right where the
stream's is shifted by a column or drops the row.

So under such a header each row is laid over its columns as :mod:`~ingest.performance.header_grid` lays it
(levels carried down) and compared with the stream's reading of the same cells (its target, actual, 分值 and
得分: a name both read under the same figures is the stream's, which joins a name wrapped over cells):

- they agree: the stream's record stands, unchanged;
- they disagree: the header's laying replaces it where that laying is confirmed (the table's arithmetic —
  得分 ≤ 分值, the 分值 making the 总分 — where it prints points, else the row's cells falling one per
  column), else the row is left out with a parse warning (a wrong figure is worse than a missing one);
- the stream read fewer of the row's figures, each as the header lays it (no 完成值 where the header lays one):
  the header's laying where confirmed, else the stream's record stands;
- a target the header prints over several columns (指标性质 | 指标值 | 度量单位) is compared as joined and as its
  value's cell alone (the stream reads 100 under 指标值 beside % under 计量单位 as the cell prints it);
- the header lays the row more ways than one (its names read differently): the stream's reading stands where
  its figures are those of one of the layings, else the row is left out with a parse warning;
- the header lays a confirmed row the stream read nothing of: the header's row is added;
- the stream read an indicator on the header's own lines or on its 合计 row: left out with a parse warning.

A row the header could not lay at all (its cells fit no laying) is the stream's as before; where the header and
the stream agree, nothing changes. It is one rule for every layout the header reader knows (pipe, tab and space
rows, one cell per line).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

from ingest.performance.header_grid import (
    FIGURE_ROLES,
    MAX_BODY_LINES,
    MAX_HEADER_LINES,
    Header,
    HeaderCache,
    Row,
    Table,
    actual_text,
    cell_points,
    name_lines,
    read_header_grids,
    row_records,
    table_confirmed,
    target_text,
    value_in_words,
)
from ingest.performance.indicator_values import noun_figures
from ingest.performance.tables import Cell
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding
from ingest.text import Line, compact

PARSER_NAME = "performance.header_first"
# The columns a header must name for its laying to win: a target's or an actual's (with its name's).
VALUE_COLUMNS = frozenset({"target", "actual"})
DISAGREED_LEFT_OUT = (
    "header first: the row's cells as its header lays them and the stream's reading of them disagree, and the "
    "header's laying is not confirmed (by the table's points, nor by its cells falling one per column); left out"
)

HEADER_LEFT_OUT = (
    "header first: an indicator read on the lines of a table's header (its cells the header's words) or on its "
    "合计 row: no indicator; left out"
)

# What a template's empty value cell holds: a bound's sign and a unit (≧ %).
BLANK_VALUE_RE = re.compile(r"[≥≤≧≦<>=＞＜%\s]")

# A bound's sign as either reader may keep it (≧ ≥, ═ =): one spelling each for comparing.
SIGNS = str.maketrans({"≧": "≥", "⩾": "≥", "≦": "≤", "⩽": "≤", "═": "=", "＝": "=", "＞": ">", "＜": "<"})

# A header cell's most characters (a longer line of text with no separator is a sentence).
MAX_HEADER_CELL = 21
# How many lines around a name column's word a row header's figure columns are looked for.
NEAR = 1

Found = Indicator | Project | ProjectFunding | ParseWarning


def _reading(record: Indicator) -> tuple:
    """What a reader read of a row's figures, compact: its target, actual, 分值 and 得分 (a name both read under
    the same figures is the stream's: a name wrapped over cells it joined, a direction column's word beside it)."""
    return _compared(record.target_raw, record.actual_raw, record.weight, record.score)


def _compared(target: str | None, actual: str | None, weight: Decimal | None, score: Decimal | None) -> tuple:
    return (
        compact(target).translate(SIGNS) if target else None,
        compact(actual).translate(SIGNS) if actual else None,
        weight,
        score,
    )


def _laid_reading(figures: dict[str, Cell]) -> tuple | None:
    """The reading of a laid row's one record, straight from its cells as :func:`row_records` would make it (None: a
    value cell lists figures after their nouns, its records several)."""
    for role in ("target", "actual"):
        cell = figures.get(role)
        if cell is not None and value_in_words(cell.key) and noun_figures(cell.key):
            return None
    weight, score = figures.get("weight"), figures.get("score")
    return _compared(target_text(figures), actual_text(figures), cell_points(weight) if weight else None,
                     cell_points(score) if score else None)


def _readings(row: Row, header: Header, stage: str) -> list[list[tuple]]:
    """A laid row's readings: its records' as laid (the first), and where the header prints a target's operator or
    unit in a column of its own, its records' with the target's own cell alone (the stream reads the value as the
    cell prints it: 100 under 指标值 beside % under 计量单位, 28.8万元 beside a unit column's stray %)."""
    variants = [row.figures]
    if "operator" in row.figures or "unit" in row.figures:
        variants.append({role: cell for role, cell in row.figures.items() if role not in ("operator", "unit")})
    out = []
    for figures in variants:
        quick = _laid_reading(figures)
        if quick is not None:
            out.append([quick])
            continue
        laid = [_reading(r) for r in row_records(Row(row.line, row.names, figures, row.levels, row.caption, row.spans),
                                               header, stage) if isinstance(r, Indicator)]
        if laid:
            out.append(laid)
    return out


def _within(streamed: list[tuple], laid: list[tuple]) -> bool:
    """Whether the stream's one record reads some of the row's figures, each as the header's laying does (the
    figures it did not read, the header's alone)."""
    if len(streamed) != 1 or len(laid) != 1:
        return False
    return all(mine is None or mine == theirs for mine, theirs in zip(streamed[0], laid[0], strict=True))


NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _numbers(figure: object) -> tuple[Decimal, ...]:
    """The numbers a reading's figure prints (``=72890元`` → 72890), to compare two readings of one cell."""
    if isinstance(figure, Decimal):
        return (figure,)
    return tuple(Decimal(n) for n in NUMBER_RE.findall(str(figure))) if figure is not None else ()


def _laid_fewer(streamed: list[tuple], laid: list[tuple]) -> bool:
    """Whether the header's one laying reads fewer of the row's figures than the stream's one record, each the
    number the stream reads there (a re-printing whose row lost a cell's place: ``=72890`` laid where the stream
    read ``=72890元`` with its actual, 分值 and 得分) — the header's laying is the poorer reading, never the one
    taken."""
    if len(streamed) != 1 or len(laid) != 1:
        return False
    mine, theirs = streamed[0], laid[0]
    read_mine = sum(figure is not None for figure in mine)
    read_theirs = sum(figure is not None for figure in theirs)
    return 0 < read_theirs < read_mine and all(
        figure is None or (other is not None and _numbers(other) == _numbers(figure))
        for figure, other in zip(theirs, mine, strict=True)
    )


def _row_lines(row: Row) -> set[int]:
    """The lines a laid row's cells stand on: its own, every cell's (its name's, its figures', its words')."""
    return {row.line.number, *row.spans, *(cell.line for cell in row.names),
            *(cell.line for cell in row.figures.values())}


def _filled(record: Indicator) -> bool:
    """Whether a laid row holds a value: points, or a target or actual that is more than a bound's sign and a
    unit (a template's empty cells: ≧ %)."""
    return record.weight is not None or record.score is not None or any(
        BLANK_VALUE_RE.sub("", text) for text in (record.target_raw, record.actual_raw) if text)


def _record_lines(record: Indicator) -> set[int]:
    lines = {record.source_line}
    if record.value_lines:
        lines.update(int(part.split("=")[1]) for part in record.value_lines.split(";"))
    return lines


def _with_key(record: Indicator, project_key: str | None) -> Indicator:
    copy = object.__new__(Indicator)
    copy.__dict__.update(record.__dict__)
    copy.__dict__["project_key"] = project_key
    return copy


def _headed(table: Table) -> bool:
    return bool(VALUE_COLUMNS & set(table.header.after)) and bool(table.rows or table.doubtful)


def headed_rows(lines: list[Line], found: Sequence[Found], stage: str, named: list[int] | None = None,
                headers: HeaderCache | None = None) -> list[Found]:
    """``found`` (the stream reader's records) with the rows of every table under a recognised header laid by
    that header where the two readings disagree (see the module's docstring); ``headers``: the document's headers
    found (:data:`~ingest.performance.header_grid.HeaderCache`, shared with its fallback reading)."""
    # (only the headers a stream indicator stands under, within a table's reach: the others' tables are the
    # fallback reading's, whose headers the cache keeps)
    numbers = sorted(r.source_line for r in found if isinstance(r, Indicator))
    if not numbers:
        return list(found)
    if named is None:
        named = name_lines(lines)
    named = [index for index in named if _under(numbers, lines, index) and not _prose(lines[index])]
    if not named:
        return list(found)
    # (a header's figure columns on its name column's line or a line or two around it — a wrapped header, two
    # header rows; one cell per line, on the lines below it)
    tables = [table for table, _ in read_header_grids(lines, stage, None, named, headers, before=NEAR, after=NEAR + 1)
              if _headed(table)]
    if not tables:
        return list(found)
    out = list(found)
    for table in tables:
        out = _laid_by_header(lines, table, out, stage)
    return out


def _prose(line: Line) -> bool:
    """A line of text naming a header's word in a sentence (no separator, longer than a header cell): no header."""
    return len(line.compact) > MAX_HEADER_CELL and "|" not in line.norm and "\t" not in line.text and (
        " " not in line.norm.strip())


def _under(numbers: list[int], lines: list[Line], index: int) -> bool:
    """Whether a stream indicator's line (``numbers``, sorted) stands within a table's reach after ``lines[index]``."""
    first = lines[max(0, index - MAX_HEADER_LINES)].number
    last = lines[min(len(lines) - 1, index + MAX_HEADER_LINES + MAX_BODY_LINES)].number
    at = bisect.bisect_left(numbers, first)
    return at < len(numbers) and numbers[at] <= last


def _laid_by_header(lines: list[Line], table: Table, found: list[Found], stage: str) -> list[Found]:
    header = table.header
    # the header's own lines hold no indicator (the stream reading a header cell it does not know as a name), nor
    # does its 合计 row
    header_lines = {(line.page, line.number) for line in lines[header.first : header.end]}
    if table.total_line is not None:
        header_lines.add((table.total_line.page, table.total_line.number))
    header_numbers = {number for _, number in header_lines}
    if any(isinstance(r, Indicator) and r.source_line in header_numbers and (r.source_page, r.source_line) in
           header_lines for r in found):
        found = [
            ParseWarning(source_line=r.source_line, source_page=r.source_page, parser=PARSER_NAME,
                         message=HEADER_LEFT_OUT, context=f"{r.level3_name} {r.target_raw or ''}".strip())
            if isinstance(r, Indicator) and (r.source_page, r.source_line) in header_lines else r
            for r in found
        ]
    weighted = "weight" in header.after or "score" in header.after
    arithmetic = table_confirmed(table)
    page = table.rows[0].line.page if table.rows else None
    # each row the header laid: its line, its cells' lines, its readings (one laying; several where the
    # header lays it more ways than one, none of them taken), whether its one laying is confirmed
    rows: list[tuple[Line, set[int], list[list[tuple]], bool, Row | None]] = []
    for row, exact in zip(table.rows, table.exact, strict=True):
        if any(role in row.figures for role in FIGURE_ROLES):
            readings = _readings(row, header, stage)
            if readings:
                rows.append((row.line, _row_lines(row), readings, arithmetic and (weighted or exact), row))
    for line, cell_lines, layings in table.doubtful:
        readings = [
            reading for figures in layings if any(role in figures for role in FIGURE_ROLES)
            for reading in _readings(Row(line, [Cell(line.text, line.number)], figures, [None] * header.levels),
                                     header, stage)
        ]
        if readings:
            rows.append((line, cell_lines, readings, False, None))
    # the stream's indicators on each row's lines
    row_at: dict[int, int] = {}
    for at, (_, row_lines, *_) in enumerate(rows):
        for number in row_lines:
            row_at.setdefault(number, at)
    first_line, last_line = min(row_at, default=0), max(row_at, default=-1)
    matched: dict[int, list[int]] = {}
    for index, record in enumerate(found):
        if not isinstance(record, Indicator) or (page is not None and record.source_page not in (None, page)):
            continue
        if record.value_lines is None and not first_line <= record.source_line <= last_line:
            continue
        at = min((row_at[number] for number in _record_lines(record) if number in row_at), default=None)
        if at is not None:
            matched.setdefault(at, []).append(index)
    replace: dict[int, list[Found]] = {}  # a stream record's index → what stands in its place
    added: list[tuple[int, list[Found]]] = []  # (before which index, records)
    for at, (line, _, readings, confirmed, row) in enumerate(rows):
        indexes = matched.get(at, [])
        streamed = sorted((_reading(found[i]) for i in indexes), key=str)  # type: ignore[arg-type]
        if indexes and any(sorted(laid, key=str) == streamed for laid in readings):
            continue  # (the two agree: the stream's record stands)
        if indexes and not confirmed and any(_within(streamed, laid) for laid in readings):
            continue  # (the stream read fewer of the row's figures, each as the header lays it: it stands)
        if indexes and any(_laid_fewer(streamed, laid) for laid in readings):
            continue  # (the header laid fewer of the row's figures, each the stream's number: the stream stands)
        key = _project_key(found, indexes, line)
        laid_records = [r for r in row_records(row, header, stage) if isinstance(r, Indicator)] if (
            confirmed and row is not None) else []
        if confirmed and not indexes and not any(_filled(r) for r in laid_records):
            continue  # (a template's row, its value cells a bound's sign and a unit alone: ≧ %)
        if confirmed and laid_records:
            records: list[Found] = [_with_key(r, key) for r in laid_records]
        elif indexes:
            records = [ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME,
                                    message=DISAGREED_LEFT_OUT, context=line.text.strip()[:120])]
        else:
            continue  # (a row the stream did not read, the header's laying unconfirmed: left as it was)
        if indexes:
            replace[indexes[0]] = records
            for i in indexes[1:]:
                replace[i] = []
        else:
            before = next((i for i, r in enumerate(found) if isinstance(r, Indicator)
                           and (r.source_page or 0, r.source_line) > (line.page or 0, line.number)), None)
            added.append((len(found) if before is None else before, records))
    if not replace and not added:
        return found
    out: list[Found] = []
    pending = sorted(added, key=lambda item: item[0])
    for index, record in enumerate(found):
        while pending and pending[0][0] == index:
            out.extend(pending.pop(0)[1])
        out.extend(replace.get(index, [record]))
    for _, records in pending:
        out.extend(records)
    # the header's notes on the rows between its laid ones it could not lay and no reader read (as its own
    # reading gives them)
    read = {(r.source_page, r.source_line) for r in out if isinstance(r, Indicator)}
    first, last = min(line.number for line, *_ in rows), max(line.number for line, *_ in rows)
    out.extend(w for w in table.warnings if isinstance(w, ParseWarning) and first < w.source_line < last
               and (w.source_page, w.source_line) not in read)
    return out


def _project_key(found: Sequence[Found], indexes: list[int], line: Line) -> str | None:
    """The project a row's records stand under: the stream's for it, else the stream's last before it."""
    if indexes:
        return found[indexes[0]].project_key  # type: ignore[union-attr]
    key = None
    for record in found:
        if isinstance(record, (Indicator, Project)) and (record.source_page or 0, record.source_line) < (
                line.page or 0, line.number):
            key = record.project_key
    return key

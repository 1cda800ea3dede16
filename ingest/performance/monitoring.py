"""A mid-year 绩效监控表 (项目支出绩效监控表, 绩效运行监控表): the money executed from the year's start to a month,
and the indicators' execution to that date — neither the year's execution nor its actual.

A monitoring sheet prints its funds under a header whose cells are, after the label's cell, a budget column
(年初预算数 / 全年预算数 / 调整后预算数 / 预算数), then a column of the execution **to a date** — ``1-6月执行数``,
``1至9月执行数``, ``截至6月底执行数``, ``截止8月执行数``, ``上半年执行数`` — and perhaps a projection
(全年预计执行数 / 预计全年执行数) and a rate to that date (执行进度 / 执行率): benchmarks/heldout/27d 14 L13-15
(``项目资金 (万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数``, the Hubei 项目支出绩效监控表). Its rows follow, each a
label (年度资金总额, 其中:当年一般公共预算拨款, 财政拨款, 上年结转, 其他资金: a source the vocabulary names) and its
figures:

- cells separated by pipes or tabs stand under the header's cell of the same place (the empty ones kept);
- cells separated by spaces are the header's columns in order, as many as the row prints, where they reach the
  to-date column at least (a row printing the budget alone says nothing of the execution);
- a to-date execution larger than the budget, or a printed rate (执行进度) that is not to-date / budget, leaves
  the row out with a parse warning.

The indicators stand under a header naming, after the target's column (指标值 / 目标值), a column of their
execution to a date (``半年度指标执行情况``, ``1-6月执行情况``, ``截至9月底完成情况``: :data:`PROGRESS_COLUMN`; 27d 14
L16-18, the header wrapped over three lines): whichever reader read such a column as the actual's, its cell is the
indicator's ``progress_raw`` as printed (:func:`with_progress`), its ``actual_raw`` none, and its target cell is
kept as printed (``年度预算220万元``: its words say what the figure is, as the progress beside it does).

Each funds row is a :class:`~ingest.records.ProjectFunding` of the project named above it, its budget in its column's
field, the to-date figure in ``executed_to_date_yuan`` with the month it runs to (``executed_to_month``), never in
``executed_yuan`` (a year's 全年执行数). The header stands in the sheet's head, under its project's name (项目名称,
within :data:`HEAD_LINES` lines: no project named, no sheet); a funds row another reader read at its line (which
took the to-date column for the year's execution, or left it out) is replaced by it. The money's unit is declared on
the header (``项目资金(万元)``) or above it (``单位:万元``); without one the rows are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ingest.numbers import declared_unit, parse_decimal, to_amount
from ingest.performance.funds_block import project_line_index
from ingest.performance.header_roles import PROGRESS_COLUMN
from ingest.performance.self_evaluation import FUNDING_SOURCES
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding, Record
from ingest.text import LINE_JOIN, Line, joined_texts, lines_holding

PARSER_NAME = "performance.monitoring"
# (every one of them holds 执: a line without it is passed over first)
# An indicators header's column of their execution to a date (:data:`~ingest.performance.header_roles.PROGRESS_COLUMN`).
PROGRESS_COLUMN_RE = re.compile(PROGRESS_COLUMN)
# An indicators header's target column; how many lines a header wraps over (27d 14: three).
TARGET_COLUMN_WORDS = ("指标值", "目标值")
TARGET_COLUMN_CHAR = "值"  # (a character both hold)
HEADER_WRAP_LINES = 3
# The words every to-date column holds (found by a string search before the header is looked at).
TO_DATE_WORDS = ("月执行", "月底执行", "月末执行", "日执行", "半年执行", "月累计执行", "月份执行")
TO_DATE_WORDS_RE = re.compile("|".join(TO_DATE_WORDS))  # (a line holding any of them: one search)
TO_DATE_CHAR = "执"  # (a character all of them hold, and what stands on either side of it in each)
TO_DATE_AROUND = frozenset(word[word.index(TO_DATE_CHAR) - 1 : word.index(TO_DATE_CHAR) + 2] for word in TO_DATE_WORDS)
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
# A column of the execution from the year's start to a month (the month in ``month``), or to the half year.
TO_DATE_RE = re.compile(
    rf"^(?:(?:1|一)\s*[-—–~至到]\s*(?P<month>{_MONTH})\s*月份?|截[至止](?:\d{{4}}年)?\s*(?P<until>{_MONTH})\s*月"
    rf"(?:底|末|\d{{1,2}}日)?|(?P<half>上?半年度?))(?:累计)?(?:预算)?(?:执行|支出)(?:数|金额|额)?(?:\(.{{1,4}}\))?$"
)
BUDGET_RE = re.compile(r"^(?P<kind>年初|全年|调整后|年度)?预算(?:数|金额)?(?:\(.{1,4}\))?$")
PROJECTED_RE = re.compile(r"预计")
RATE_RE = re.compile(r"^(?:执行进度|执行率|预算执行率)(?:\(.{1,8}\))?$")
CHINESE_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                  "十一": 11, "十二": 12}
NUMBER_RE = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
PERCENT_RE = re.compile(r"^(?P<number>\d+(?:\.\d+)?)\s*[%％]$")
# How many rows a funds block holds at most, how far above its header its unit may be declared, and how many lines
# under its project's name a sheet's funds header may stand (27d 14: 5).
HEAD_LINES = 40
MAX_ROWS = 8
UNIT_LOOKBACK = 8
# A rate to a date that agrees with its figures: within this many percent points of to-date / budget.
RATE_TOLERANCE = Decimal("0.5")
DOES_NOT_HOLD = (
    "a monitoring sheet's funds row whose execution to a date exceeds its budget, or whose 执行进度 is not "
    "that execution over the budget: its columns are not known; left out"
)


def _cells(text: str) -> tuple[list[str], bool]:
    """A line's cells, and whether they are separated (pipes or tabs: the empty ones kept, a leading pipe dropped)."""
    stripped = text.strip()
    if "|" in stripped or "｜" in stripped:
        return [cell.strip() for cell in re.split(r"[|｜]", stripped.removeprefix("|"))], True
    if "\t" in stripped:
        return [cell.strip() for cell in stripped.split("\t")], True
    return stripped.split(), False


def _month(match: re.Match[str]) -> int | None:
    if match.group("half"):
        return 6
    text = match.group("month") or match.group("until")
    month = int(text) if text.isdigit() else CHINESE_MONTHS.get(text)
    return month if month is not None and 1 <= month <= 12 else None


def _columns(cells: list[str]) -> tuple[dict[int, str], int | None] | None:
    """The roles of a monitoring funds header's cells by place (budget_initial / budget_full_year / to_date /
    projected / rate), and the month the to-date column runs to; None where ``cells`` are no such header (a
    budget column, then a to-date one)."""
    roles: dict[int, str] = {}
    month = None
    for place, cell in enumerate(cells):
        key = re.sub(r"\s+", "", cell)
        if not key:
            continue
        if (to_date := TO_DATE_RE.match(key)) is not None:
            if "to_date" in roles.values() or not any(r.startswith("budget") for r in roles.values()):
                return None
            roles[place], month = "to_date", _month(to_date)
        elif (budget := BUDGET_RE.match(key)) is not None and "to_date" not in roles.values():
            roles[place] = "budget_initial" if budget.group("kind") == "年初" else "budget_full_year"
        elif PROJECTED_RE.search(key) and "to_date" in roles.values():
            roles[place] = "projected"
        elif RATE_RE.match(key) and "to_date" in roles.values():
            roles[place] = "rate"
    if "to_date" not in roles.values() or month is None:
        return None
    return roles, month


# The sources of a funds row: the vocabulary's, and the fiscal money a monitoring sheet names by its budget
# (当年一般公共预算拨款, 政府性基金预算拨款: 27d 14 L15).
SOURCES = (("一般公共预算", "fiscal"), ("政府性基金", "fiscal"), *FUNDING_SOURCES)


def _source(label: str) -> str | None:
    key = re.sub(r"\s+", "", label)
    return next((source for word, source in SOURCES if word in key), None)


def read_monitoring_funds(
    lines: Sequence[Line], heads: list[int] | None = None
) -> list[tuple[ProjectFunding, int] | ParseWarning]:
    """Each funds row of every monitoring sheet (with the index of its header's line), or a warning where its
    figures do not hold. ``heads``: the indexes of the lines naming the sheets' projects, where known — a sheet's
    funds header is looked for only in the :data:`HEAD_LINES` lines under each (the sheet's head), not in the whole
    text."""
    out: list[tuple[ProjectFunding, int] | ParseWarning] = []
    if heads is None:
        candidates = lines_holding(lines, TO_DATE_WORDS, "compact")
    else:
        candidates = [k for k in _in_heads_holding(lines, heads, TO_DATE_CHAR, TO_DATE_AROUND)
                      if TO_DATE_WORDS_RE.search(lines[k].compact)]
    for index in candidates:
        cells, separated = _cells(lines[index].norm)
        found = _columns(cells)
        if found is None:
            continue
        roles, month = found
        unit = next((u for k in range(index, max(-1, index - UNIT_LOOKBACK), -1)
                     if (u := declared_unit(lines[k].norm)) is not None), None)
        if unit is None:
            continue
        order = [roles[place] for place in sorted(roles)]
        rows = 0
        for k in range(index + 1, min(len(lines), index + 1 + 2 * MAX_ROWS)):
            text = lines[k].norm.strip()
            if not text.strip("| \t"):
                continue
            row = _row(lines[k], roles, order, separated, unit, month)
            if row is None:
                break
            out.append(row if isinstance(row, ParseWarning) else (row, index))
            rows += 1
            if rows >= MAX_ROWS:
                break
    return out


def _in_heads_holding(lines: Sequence[Line], heads: list[int], word: str, around: frozenset[str]) -> list[int]:
    """Indexes of the lines within :data:`HEAD_LINES` lines from any of ``heads`` (a sheet's head) whose compact
    text holds ``word`` between one of the pairs of characters ``around`` names (月执行: 月 and 行 about 执), in order
    (where the lines are joined exactly; else every line holding ``word``): the heads' stretches merged, each
    searched by ``str.find`` in the joined lines (every to-date column holds 执: the lines without it are not looked
    at one by one; a one-character ``word``: ``str.find`` of a longer one in a text of Chinese characters tries far
    more places)."""
    stretches: list[list[int]] = []
    for head in sorted(heads):
        end = min(len(lines), head + HEAD_LINES)
        if stretches and head <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        elif head < end:
            stretches.append([head, end])
    text, starts = joined_texts(lines, "compact", LINE_JOIN)
    if starts is None:
        return [k for first, end in stretches for k in range(first, end) if word in lines[k].compact]
    out: list[int] = []
    for first, end in stretches:
        stop = starts[end]  # (the word holds no LINE_JOIN: a match before it is within lines[first:end])
        position = text.find(word, starts[first], stop)
        while position >= 0:
            if text[position - 1 : position + 2] not in around:
                position = text.find(word, position + 1, stop)
                continue
            index = bisect_right(starts, position) - 1
            out.append(index)
            position = text.find(word, starts[index + 1], stop)
    return out


def _lines_ending_any(lines: Sequence[Line], words: tuple[str, ...], char: str) -> list[int]:
    """Indexes of the ``lines`` whose compact text holds any of ``words`` (:func:`~ingest.text.lines_holding`), the
    words all of one length and ending in ``char``: found by ``str.find`` of that one character in the joined lines
    (a one-character search reads a text of Chinese characters several times faster than a search for a word of
    two or three), each place it stands asked whether one of the words ends there."""
    text, starts = joined_texts(lines, "compact", LINE_JOIN)
    size = len(words[0])
    if starts is None or not all(word.endswith(char) and len(word) == size for word in words):
        return lines_holding(lines, words, "compact")  # (words of several lengths, or not all ending so)
    out: list[int] = []
    position = text.find(char)
    while position >= 0:
        if text[max(0, position + 1 - size) : position + 1] in words:
            index = bisect_right(starts, position) - 1
            out.append(index)
            position = text.find(char, starts[index + 1])
        else:
            position = text.find(char, position + 1)
    return out


def _row(
    line: Line, roles: dict[int, str], order: list[str], separated: bool, unit: str, month: int
) -> ProjectFunding | ParseWarning | None:
    """A funds row under a monitoring header (see the module docstring), or None where ``line`` is none."""
    cells, row_separated = _cells(line.norm)
    if row_separated != separated or not cells:
        return None
    label = cells[0].strip()
    source = _source(label)
    if source is None or any(ch.isdigit() for ch in label):
        return None
    values: dict[str, str] = {}
    if separated:
        for place, cell in enumerate(cells[1:], start=1):
            if not cell:
                continue
            role = roles.get(place)
            if role is None or not (NUMBER_RE.match(cell) or (role == "rate" and PERCENT_RE.match(cell))):
                return None
            values[role] = cell
    else:
        numbers = cells[1:]
        if not numbers or len(numbers) > len(order) or order.index("to_date") >= len(numbers):
            return None
        for role, cell in zip(order, numbers, strict=False):
            if not (NUMBER_RE.match(cell) or (role == "rate" and PERCENT_RE.match(cell))):
                return None
            values[role] = cell
    budget_role = next((role for role in order if role.startswith("budget")), None)
    if "to_date" not in values or budget_role is None or budget_role not in values:
        return None
    budget, to_date = parse_decimal(values[budget_role]), parse_decimal(values["to_date"])
    rate = parse_decimal(values["rate"].rstrip("%％").strip()) if "rate" in values else None
    if budget is None or to_date is None or to_date > budget or (
        rate is not None and (budget == 0 or abs(to_date * 100 / budget - rate) > RATE_TOLERANCE)
    ):
        return ParseWarning(parser=PARSER_NAME, message=DOES_NOT_HOLD, context=line.norm.strip()[:120],
                            source_line=line.number, source_page=line.page)
    budget_amount, to_date_amount = to_amount(values[budget_role], unit), to_amount(values["to_date"], unit)
    if budget_amount is None or to_date_amount is None:
        return None
    return ProjectFunding(
        project_key="",
        source=source,
        label=label.rstrip(":："),
        **{f"{budget_role}_yuan": budget_amount.yuan},
        executed_to_date_yuan=to_date_amount.yuan,
        executed_to_month=month,
        ulp_yuan=budget_amount.ulp_yuan,
        source_line=line.number,
        source_page=line.page,
    )


def with_monitoring_funds(lines: Sequence[Line], records: list[Record]) -> list[Record]:
    """``records`` with every monitoring sheet's funds rows (:func:`read_monitoring_funds`), each of the project
    whose funds another reader read at its line, else of the last project named above its header; such a row read
    by another reader replaced, and the project's own funds figures the total row's (:func:`_with_total`)."""
    projects = [r for r in records if isinstance(r, Project)]
    if not projects:
        return records  # (a sheet's funds are a project's: no project named, no sheet)
    heads = [index for project in projects if (index := project_line_index(lines, project)) is not None]
    read = read_monitoring_funds(lines, heads)
    if not read:
        return records
    at_line = {(r.source_page, r.source_line): r for r in records if isinstance(r, ProjectFunding)}
    projects = sorted((r for r in records if isinstance(r, Project)), key=lambda r: r.source_line)
    replaced: set[tuple[int | None, int]] = set()
    out: list[Record] = []
    for item in read:
        if isinstance(item, ParseWarning):
            out.append(item)
            continue
        funding, header = item
        key = (funding.source_page, funding.source_line)
        other = at_line.get(key)
        project_key = other.project_key if other is not None else next(
            (p.project_key for p in reversed(projects) if p.source_line <= lines[header].number), None
        )
        if project_key is None:
            continue
        replaced.add(key)
        out.append(_keyed(funding, project_key))
    totals = {r.project_key: r for r in out if isinstance(r, ProjectFunding) and r.source == "total"}
    kept = [_with_total(r, totals[r.project_key]) if isinstance(r, Project) and r.project_key in totals else r
            for r in records
            if not (isinstance(r, ProjectFunding) and (r.source_page, r.source_line) in replaced)]
    return kept + out


def _with_total(project: Project, total: ProjectFunding) -> Project:
    """A project whose funds are a monitoring sheet's: its budget the total row's, no year's execution nor rate
    (another reader's were the to-date column's, and the money's unit its guess)."""
    budget = "budget_initial_yuan" if total.budget_initial_yuan is not None else "budget_full_year_yuan"
    lines = f"{budget.removesuffix('_yuan')}={total.source_line}" if total.source_line != project.source_line else None
    return replace(project, budget_initial_yuan=total.budget_initial_yuan,
                   budget_full_year_yuan=total.budget_full_year_yuan, executed_yuan=None, execution_rate=None,
                   ulp_yuan=total.ulp_yuan, value_lines=lines)


def _keyed(funding: ProjectFunding, project_key: str) -> ProjectFunding:
    return replace(funding, project_key=project_key)


def monitored_indicators(lines: Sequence[Line], records: list[Record]) -> set[tuple[int | None, int]]:
    """(page, line) of every indicator under a monitoring header: the nearest line above it naming a target's
    column, with the lines its header wraps onto, names a column of the execution to a date."""
    # (a sheet's indicators are read as a self-evaluation's, an actual's column beside the target's: a target table's
    # are no monitoring sheet's — and its text is not looked at)
    if not any(isinstance(r, Indicator) and r.stage == "self_evaluation" for r in records):
        return set()
    progress_at: list[tuple[int, bool]] = []  # (line number of a header, whether it names a progress column)
    for index in _lines_ending_any(lines, TARGET_COLUMN_WORDS, TARGET_COLUMN_CHAR):
        text = "".join([line.compact for line in lines[index : index + HEADER_WRAP_LINES]])
        # (every progress column names a month, 1-6月 / 截至9月, or the half year, 半年: a header without either
        # is not searched)
        progress = ("月" in text or "半年" in text) and PROGRESS_COLUMN_RE.search(text) is not None
        progress_at.append((lines[index].number, progress))
    if not any(progress for _, progress in progress_at):
        return set()
    indicators = [r for r in records if isinstance(r, Indicator)]
    out = set()
    for record in indicators:
        above = [progress for number, progress in progress_at if number <= record.source_line]
        if above and above[-1]:
            out.add((record.source_page, record.source_line))
    return out


def with_progress(records: list[Record], monitored: set[tuple[int | None, int]]) -> list[Record]:
    """``records`` with each indicator under a monitoring header (``monitored``, :func:`monitored_indicators`)
    holding its actual's cell as its ``progress_raw``: the indicator's progress to that date, not its year's
    actual."""
    if not monitored:
        return records
    out: list[Record] = []
    for record in records:
        at = (record.source_page, record.source_line)
        if isinstance(record, Indicator) and record.actual_raw and at in monitored:
            lines_of = (record.value_lines or "").replace("actual=", "progress=") or None
            record = replace(record, progress_raw=record.actual_raw, actual_raw=None, actual_value=None,
                             actual_unit=None, value_lines=lines_of)
        out.append(record)
    return out

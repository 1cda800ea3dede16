"""Rows of a self-evaluation table run together into one string, split by their structure.

Pages converted from Word or scanned (网页 / 文库 copies of 绩效自评表) often lose every cell
separator: ``安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10`` is two indicator
rows — name, 分值, 年度指标值, 全年实际值, 得分 — and ``年度资金总额:202010100.00%10`` is the
funds row (全年预算数 20, 全年执行数 20, 分值 10, 执行率 100.00%, 得分 10). Nothing in the
characters says where a cell ends; the table's structure does:

- an indicator row's target and actual are usually printed identically (``≥266米≥266米``): the
  repeat marks both cells. Where they differ, both must be figures with the same unit
  (``5亿元6.47亿元``). The 分值 and 得分 are the numbers around them, 得分 ≤ 分值, and the next
  row starts with a name, never with a unit;
- a funds row's cells obey 执行率 = 执行数 / 预算数, and 得分 ≤ 分值.

Under a header printing 分值 and 得分 after the values (年度指标值 | 全年完成值 | 分值 | 得分 | 偏差原因: a document
site's text of a Word table, ``完整、准确率100%100%44预算执行管理完成率、控制率100%按规定执行44``) every row ends
with its points' digits, which split one way only (``44`` is 4 | 4, ``126`` 12 | 6: 得分 ≤ 分值 ≤ 100, no number
opening with 0); the actual may be words after a figure target (按规定执行) or a bare number run into the points
after a target with its unit (``≥50个5088``: 50 | 8 | 8, where the digits cannot be the points alone); a row with
no single reading is stepped over to its points (:class:`SteppedRow`, a parse warning) and the rows after it
are read — after a row that lost points, from the next row's number on (its 偏差原因 words may come first).

Every reading of a string that satisfies these is enumerated; a row is taken only when exactly
one reading exists (a reading whose target and actual repeat each other outranks the readings
that split two different figures: ``415万元15万元4`` is 分值 4 and 15万元 twice, not 分值 41 with
5万元 and 15万元), otherwise the row (and the rest of the string) is left out: a wrong figure
is worse than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ingest.vocabulary import BOUND_SIGN_ALTERNATION, INDICATOR_UNITS, LIMIT_ALTERNATION, YEAR, units_pattern

# A figure as printed in a target or actual cell.
OPERATOR = rf"(?:{BOUND_SIGN_ALTERNATION})"  # (≧ and ⩾ as ≥: the vocabulary's signs)
UNITS = INDICATOR_UNITS
UNIT_RE = units_pattern(UNITS)
FIGURE_RE = re.compile(
    rf"^(?P<op>{OPERATOR})?(?P<num>(?:0|[1-9]\d*)(?:\.\d+)?)(?P<unit>万?{UNIT_RE})?(?:{LIMIT_ALTERNATION})?$"
)
# A 分值 / 得分 cell: a small number, OCR's I/l/O for 1 and 0 included.
SCORE_RE = re.compile(r"^(?:0|[1-9][0-9IlO]{0,2})(?:\.\d{1,2})?$|^[IlO][0-9IlO]$")
# What every 得分 cell starts with (see SCORE_RE).
SCORE_START_RE = re.compile(r"[0-9IlO]")
# What never starts a row's name: a value's unit or suffix (the tail of the previous cell). A unit
# that also begins words (项目, 人均, 年度, 个人, 台账 …) counts only when no such word follows.
UNIT_WORDS = {
    "年": "度初末均内底中龄限",
    "项": "目",
    "个": "人体性别",
    "人": "均员口才民群身工大",
    "次": "年数均",
    "月": "度均末初",
    "户": "籍均数",
    "台": "账区",
    "所": "属有需在",
    "家": "庭长属",
    "件": "数",
    "份": "额",
    "场": "地所次",
    "期": "间末初限",
    "部": "门分署",
    "处": "理置室",
    "条": "件例",
    "本": "级年单地部次",
    "间": "隔",
    "日": "常均",
    "批": "次复",
}
NAME_START_UNITS = [re.escape(u) for u in UNITS if len(u) > 1 or u not in UNIT_WORDS]
NAME_START_UNITS += [f"{unit}(?![{words}])" for unit, words in UNIT_WORDS.items()]
# (a unit in ten thousands too, 万粒, 万亩: what FIGURE_RE's unit may be)
NOT_A_NAME_START = re.compile(
    "^(?:" + "|".join(NAME_START_UNITS) + rf"|万{UNIT_RE}|{LIMIT_ALTERNATION}|\.(?!\.)|[%％)）\d])"
)
# Characters a name never holds.
NOT_A_NAME_RE = re.compile(r"[。;；:：!！|,，]")
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A bare number inside a name (``…专款专用10成本…``): the 得分 of one row before the next name.
# Numbers a name holds are counted (``1000万元``, ``2021年``, ``第3季度``).
BARE_NUMBER_IN_NAME_RE = re.compile(rf"\d+(?:\.\d+)?(?=[\u4e00-\u9fff])(?!{UNIT_RE}|[年月日季号级类批期届])")
MAX_NAME = 40
# The template's number of a row before its name (指标1, 指标2:), followed by the name's first character or
# a year the name opens with (指标12021年11月30日前完成… is 指标1 then 2021年…, never 指标12).
ROW_NUMBER_RE = re.compile(rf"(?:指标|任务)\d{{1,2}}?[:：]?(?=[\u4e00-\u9fff]|{YEAR}年)")
MAX_VALUE = 20
MAX_SCORE = 5
# A 全年完成值 printed in words after a figure target (``100%按规定执行``, ``100%完成``): words only, up to the
# row's points (分值 得分 after the values).
TEXT_ACTUAL_RE = re.compile(r"[\u4e00-\u9fff、]{1,12}(?=\d)")
# Words that continue a number (150万, 3亿, 2千): never a value's words of their own.
NUMBER_WORD_RE = re.compile(r"[万亿千百十余多]")
# What a name never ends with right before a figure target: a comparison or an operator in words, whose
# figure it qualifies (超上年2%, 结余率小于5%, 增372人次: the target is the words and the figure together).
COMPARISON_TAIL_RE = re.compile(
    r"(?:上年|去年|同期|年度|基期|比|较|超|增|减|提高|提升|降低|下降|增长|增加|减少|控制在?|达到?|为|约|近|超过|"
    r"不低于|不少于|不高于|不超过|不多于|大于|小于|高于|低于|多于|少于|在|[≥≤≧≦⩾⩽<>=＞＜＝])$"
)
# The digits that end a row under a header printing 分值 and 得分 after the values (``…100%100%44``, ``…完成1313``):
# two numbers or more digits, not a figure's (no % or unit after them), before the next row's name.
POINTS_RUN_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.%％])")
# A level's name with the points it weighs before its rows (管理指标30, 产出指标25): a heading, no row.
LEVEL_POINTS_RE = re.compile(r"[\u4e00-\u9fff]{2,6}指标\d{1,3}(?=[\u4e00-\u9fff])")
# The template's numbers of rows left empty (指标1:指标2:) before a cell.
EMPTY_ROWS_RE = re.compile(r"(?:(?:指标|任务)\d{1,2}[:：]?)+")
# The template's number of a row (任务2:, 指标3:) where a name starts after another row's 偏差原因 words.
ROW_MARKER_RE = re.compile(r"(?:指标|任务)\d{1,2}[:：]")


@dataclass(frozen=True)
class ScoredRow:
    """One indicator row read from run-together text."""

    name: str
    target: str
    actual: str | None
    weight: Decimal | None
    score: Decimal | None


def _score(text: str) -> Decimal | None:
    if not SCORE_RE.match(text):
        return None
    try:
        return Decimal(text.translate(str.maketrans("IlO", "110")))
    except InvalidOperation:
        return None


def _is_value(text: str) -> bool:
    """A target/actual cell: a figure, or text without digits at its start (``显著提升``) holding a word — not
    letters alone, which are a piece of a name's Latin word cut (福彩A | P | P of 福彩APP)."""
    if FIGURE_RE.match(text):
        return True
    if text[0].isdigit():  # a figure with more after it, or a date (2021年12月完成)
        return bool(re.match(r"^[1-9]\d{3}年", text)) and not NOT_A_NAME_RE.search(text)
    return not NOT_A_NAME_START.match(text) and not NOT_A_NAME_RE.search(text) and CJK_RE.search(text) is not None


def _next_is_row_start(text: str, end: int) -> bool:
    rest = text[end:]
    return not rest or not NOT_A_NAME_START.match(rest)


def _weights(text: str, at: int, with_weight: bool, decimals: bool = False) -> list[tuple[Decimal | None, int]]:
    """Each 分值 cell a row's text may hold at ``at`` (1 to 3 digits; with ``decimals``, a half point too: 2.5)."""
    out: list[tuple[Decimal | None, int]] = []
    if not with_weight:
        out.append((None, at))
    else:
        for size in (1, 2, 3):
            cell = text[at : at + size]
            if len(cell) == size and cell.isdigit() and not (size > 1 and cell[0] == "0"):
                value = Decimal(cell)
                if 0 < value <= 100:
                    out.append((value, at + size))
                for places in (1, 2) if decimals and text.startswith(".", at + size) else ():
                    fraction = text[at + size : at + size + 1 + places]
                    if len(fraction) == 1 + places and fraction[1:].isdigit():
                        out.append((value + Decimal(fraction), at + size + 1 + places))
    return out


def _tails(text: str, at: int, columns: tuple[str, ...]) -> set[tuple]:
    """Every reading of ``text[at:]`` as [分值] target [actual] [得分] ending where a row may start."""
    found: set[tuple] = set()
    has_actual = "actual" in columns
    has_score = "score" in columns
    # the 分值 before the target (分值 | 年度指标值 | 实际值 | 得分), or after the actual where the header
    # prints it there (年度指标值 | 实际完成值 | 分值 | 得分)
    weight_last = "weight" in columns and "target" in columns and columns.index("weight") > columns.index("target")
    for weight, after_weight in _weights(text, at, "weight" in columns and not weight_last):
        for size in range(1, MAX_VALUE + 1):
            target = text[after_weight : after_weight + size]
            if len(target) < size:
                break
            if not _is_value(target):
                continue
            after_target = after_weight + size
            actuals: list[tuple[str | None, int]] = []
            if not has_actual:
                actuals.append((None, after_target))
            elif text.startswith(target, after_target):
                actuals.append((target, after_target + size))
            elif FIGURE_RE.match(target):
                unit = FIGURE_RE.match(target).group("unit")  # type: ignore[union-attr]
                for other in range(1, MAX_VALUE + 1):
                    actual = text[after_target : after_target + other]
                    match = FIGURE_RE.match(actual)
                    if len(actual) == other and match and unit and match.group("unit") == unit:
                        actuals.append((actual, after_target + other))
                # (a target with its unit or %: the words after a bare number may be its unit's, 150万)
                words = TEXT_ACTUAL_RE.match(text, after_target) if weight_last and unit else None
                if words and not NOT_A_NAME_START.match(words.group()) and not NUMBER_WORD_RE.match(words.group()):
                    actuals.append((words.group(), words.end()))  # (its words run to the row's points)
                if weight_last and has_score and unit:
                    actuals.extend(_bare_actuals(text, after_target))
            for actual, after_actual in actuals:
                weights = (
                    _weights(text, after_actual, True, decimals=has_score) if weight_last else [(weight, after_actual)]
                )
                for points, after_points in weights:
                    _add_score(found, text, (points, target, actual), after_points, has_score)
    return found


def _bare_actuals(text: str, at: int) -> list[tuple[str, int]]:
    """The 全年完成值 a row may print as a bare number run into its points after a target with its unit
    (``≥50个5088``: 50 | 8 | 8): each beginning of the digits at ``at`` that leaves two digits or more to the
    row's end, where those digits end the row (no % or unit after them) and cannot be its points alone (its
    全年完成值 left empty: ``100%1010`` is 分值 10, 得分 10). Which one is the row's is its reading's to tell:
    得分 ≤ 分值 ≤ 100 leave one (``5088``), or several, and the row is not read (``9855``: 98 | 5 | 5 or
    9 | 85 | 5)."""
    run = POINTS_RUN_RE.match(text, at)
    if run is None or not _next_is_row_start(text, run.end()) or NUMBER_WORD_RE.match(text, run.end()):
        return []
    digits = run.group()
    if points_splits(digits):
        return []  # (the digits are the row's points alone where its 全年完成值 is empty: 100%1010 is 10 | 10)
    return [
        (digits[:cut], at + cut)
        for cut in range(1, len(digits) - 1)
        if NUMBER_CELL_RE.match(digits[:cut]) and digits[cut] != "."
    ]


def _add_score(found: set[tuple], text: str, cells: tuple, at: int, has_score: bool) -> None:
    """Add to ``found`` each reading of ``cells`` (分值, target, actual) with the 得分 at ``at`` (none where
    the header names no 得分), ending where a row may start; a 得分 is never above its 分值."""
    weight, target, actual = cells
    if not has_score:
        if _next_is_row_start(text, at):
            found.add((weight, target, actual, None, at))
        return
    for score_size in range(1, MAX_SCORE + 1):
        cell = text[at : at + score_size]
        if len(cell) < score_size:
            break
        score = _score(cell)
        if score is None or (weight is not None and score > weight):
            continue
        if _next_is_row_start(text, at + score_size):
            found.add((weight, target, actual, score, at + score_size))


@dataclass(frozen=True)
class SteppedRow:
    """A row run together that no reading splits one way only, stepped over to its points' digits: left out."""

    text: str


def split_scored_rows(text: str, columns: tuple[str, ...]) -> tuple[list[ScoredRow], int]:
    """The rows :func:`read_scored_rows` reads, without the rows it stepped over, and where it stopped."""
    rows, stop = read_scored_rows(text, columns)
    return [row for row in rows if isinstance(row, ScoredRow)], stop


def read_scored_rows(text: str, columns: tuple[str, ...]) -> tuple[list[ScoredRow | SteppedRow], int]:
    """The indicator rows run together at the start of ``text`` (a piece between level names) and
    where the reading stopped. ``columns`` is the header's order of value columns (``weight``,
    ``target``, ``actual``, ``score``; ``reason`` where a 偏差原因 column follows them). A row is read at
    the shortest name that has exactly one reading.

    Under a header printing 分值 and 得分 after the values (年度指标值 | 全年完成值 | 分值 | 得分), a row ends
    with its points' digits (:func:`points_run_end`): a row with no single reading is stepped over to
    there (left out) and the rows after it are read; the other layouts stop at the first such row."""
    rows: list[ScoredRow | SteppedRow] = []
    position = 0
    after_values = points_last(columns)
    reasons = after_values and "reason" in columns
    after_gap = False  # (a row left out, or one that lost points, before: its 偏差原因 words may follow it)
    while position < len(text):
        if "score" in columns and not SCORE_START_RE.search(text, position):
            break  # no 得分 cell can follow: no reading at any name's end (most pieces: words only)
        if TOTAL_RE.match(text, position):
            break  # the table's 总分 row (总分10098): no indicator
        if after_values and (empty := EMPTY_ROWS_RE.match(text, position)) and TOTAL_RE.match(text, empty.end()):
            break  # (指标2:总分10098: the template's empty rows, then the 总分 row)
        if after_values and (heading := LEVEL_POINTS_RE.match(text, position)):
            position, after_gap = heading.end(), False  # a level's name and its points (管理指标30)
            continue
        if reasons and after_gap:
            # a 偏差原因 cell may stand before the name: the name is certain only from a row's number on
            marker = ROW_MARKER_RE.search(text, position, position + MAX_NAME)
            row = None if marker is None else _scored_row(text, marker.start(), columns, after_values)
        else:
            row = _scored_row(text, position, columns, after_values)
        if row is None:
            if not after_values:
                break  # (two readings, or none: the rest is left out)
            stepped = points_run_end(text, position)  # (a row with no single reading: stepped over)
            if stepped is None:
                break
            rows.append(SteppedRow(text[position : stepped[0]]))
            position, weight, score = stepped
            after_gap = score < weight  # (a row that lost points: its 偏差原因 words may follow)
            continue
        scored, position = row
        rows.append(scored)
        after_gap = scored.score is not None and scored.weight is not None and scored.score < scored.weight
    if after_values and not any(isinstance(row, ScoredRow) for row in rows):
        return [], 0  # (nothing read: the piece is left to the other readings whole, as printed)
    return rows, position


def points_last(columns: tuple[str, ...]) -> bool:
    """Whether a header prints 分值, then 得分, after the target and the actual (指标值 | 完成值 | 分值 | 得分)."""
    values = [kind for kind in columns if kind in ("target", "actual", "weight", "score")]
    return values == ["target", "actual", "weight", "score"]


def _scored_row(
    text: str, position: int, columns: tuple[str, ...], after_values: bool
) -> tuple[ScoredRow, int] | None:
    """The row at ``position`` read at the shortest name with exactly one reading, as (row, its end);
    None where no name has a reading or the shortest has two."""
    # the template's number before a name (指标1免费发放原原种): no bare number inside the name
    numbered = ROW_NUMBER_RE.match(text, position)
    name_start = numbered.end() if numbered else position
    for name_end in range(name_start + 2, min(name_start + MAX_NAME, len(text)) + 1):
        name = text[name_start:name_end]
        bare = BARE_NUMBER_IN_NAME_RE.search(text, name_start, name_end + 2)
        if NOT_A_NAME_RE.search(name) or NOT_A_NAME_START.match(name) or (bare and bare.end() < name_end):
            return None
        if len(CJK_RE.findall(name)) < 2 or (name[-1].isdigit() and text[name_end : name_end + 1].isdigit()):
            continue  # (never a cut inside a number: 总分1 | 0 …)
        readings = _tails(text, name_end, columns)
        if readings and after_values and COMPARISON_TAIL_RE.search(name):
            # a figure after a comparison is that comparison's (超上年2%): no target of its own
            readings = {r for r in readings if not FIGURE_RE.match(r[1])}
        if not readings:
            continue
        repeated = {r for r in readings if r[1] == r[2]}
        if len({reading[:4] for reading in repeated or readings}) != 1:
            return None  # (two readings)
        readings = repeated or readings
        weight, target, actual, score, end = max(readings, key=lambda r: r[4])
        return ScoredRow(text[position:name_end], target, actual, weight, score), end
    return None


def points_run_end(text: str, position: int) -> tuple[int, Decimal, Decimal] | None:
    """Where the row at ``position`` ends under a header printing 分值 and 得分 after the values: after the
    first run of digits that is no figure's (no % or unit after it) with two or more digits, that splits
    one way only into 分值 and 得分 (得分 ≤ 分值 ≤ 100, no number opening with a 0) and that the next row's
    name (or the text's end) follows, with that 分值 and 得分; None where there is none."""
    for match in POINTS_RUN_RE.finditer(text, position):
        digits = match.group()
        if len(digits.replace(".", "")) < 2 or not _next_is_row_start(text, match.end()):
            continue
        if NUMBER_WORD_RE.match(text, match.end()):
            continue  # (a number in words, 150万: a figure's)
        if match.start() > 0 and text[match.start() - 1] in ":：":
            continue  # (a row's number, 任务2:)
        splits = points_splits(digits)
        if len(splits) == 1:
            return match.end(), *splits[0]
    return None


def points_splits(digits: str) -> list[tuple[Decimal, Decimal]]:
    """Every reading of ``digits`` as 分值 then 得分: two numbers, neither opening with a 0 (but 0 itself),
    得分 ≤ 分值 ≤ 100."""
    out = []
    for cut in range(1, len(digits)):
        first, second = digits[:cut], digits[cut:]
        if not (NUMBER_CELL_RE.match(first) and NUMBER_CELL_RE.match(second)):
            continue
        weight, score = Decimal(first), Decimal(second)
        if 0 < weight <= HUNDRED and score <= weight:
            out.append((weight, score))
    return out


# --- the funds row ------------------------------------------------------------------------

FUNDS_COLUMNS = (
    ("budget_initial", r"年初预"),
    ("budget_full_year", r"全年预算|调整预|调整后预算|(?<![年初])预算数"),
    ("executed", r"执行数|实际支出|决算数"),
    ("weight", r"分值|权重"),
    ("rate", r"执行率"),
    ("score", r"得分"),
)
FUNDS_ROW_RE = re.compile(r"年度(?:财政)?资金总额[:：]?(?P<header>[^0-9]{0,40}?)(?P<cells>[0-9][0-9.,%％]*)")
NUMBER_CELL_RE = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d+)?$")
# The tolerance of a rate printed without decimals (half a percentage point, and a margin), the
# widest a rate has.
WIDEST_RATE_TOLERANCE = Decimal("0.5001")
HUNDRED = Decimal(100)  # (a Decimal: the int would be made one at every reading)
# The beginnings of such a number (what a longer cell may still complete).
NUMBER_HEAD_RE = re.compile(r"^(?:0|[1-9]\d*)(?:\.\d*)?$")
# The longest such beginning at a position (matched there, not searched for).
NUMBER_HEAD_SPAN_RE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d*)?")


@dataclass(frozen=True)
class FundsRow:
    """The 年度资金总额 row of a project table, read from run-together digits."""

    budget_initial: Decimal | None
    budget_full_year: Decimal | None
    executed: Decimal | None
    rate: Decimal | None
    weight: Decimal | None
    score: Decimal | None
    # where each cell starts in the text read (column, position), when its digits show where
    at: tuple[tuple[str, int], ...] = ()


def funds_columns(header: str) -> list[str]:
    """The funds row's columns in printed order, from the header text before it."""
    found = []
    for kind, pattern in FUNDS_COLUMNS:
        match = re.search(pattern, header)
        if match:
            found.append((match.start(), kind))
    return [kind for _, kind in sorted(found)]


def _cells_from(digits: str, start: int, rate: bool) -> list[tuple[int, Decimal]]:
    """(end, value) of every cell a column can take at ``digits[start:]``, shortest first: a number
    without a %, or for the rate a number ending with its %.

    A number (:data:`NUMBER_CELL_RE`) is a beginning of one (:data:`NUMBER_HEAD_RE`) that does not
    end with its point, and every beginning of a beginning is one: so the cells at ``start`` are
    the beginnings of the longest one there (:data:`NUMBER_HEAD_SPAN_RE`, one match) not ending
    with a point; the rate's, the whole of it when a % follows it (the one number a % can end)."""
    span = NUMBER_HEAD_SPAN_RE.match(digits, start)
    if span is None:
        return []
    last = span.end()
    if rate:
        if last < len(digits) and digits[last] in "%％" and digits[last - 1] != ".":
            return [(last + 1, Decimal(digits[start:last]))]
        return []
    return [(end, Decimal(digits[start:end])) for end in range(start + 1, last + 1) if digits[end - 1] != "."]


def _readings(
    digits: str,
    columns: tuple[str, ...],
    checked_at: int | None = None,
    holds: Callable[[Decimal, tuple[Decimal, ...]], bool] | None = None,
) -> list[tuple[Decimal, ...]]:
    """Every reading of ``digits`` as one number per column (a rate ends with its %), each as its
    values in the columns' order, shortest first cells first. The readings of what follows a cell
    are worked out once per (column, position) and shared by every reading reaching it. A cell of
    column ``checked_at`` is joined only to the readings after it that ``holds(value, reading)``
    accepts (the readings before it are never made for the others)."""
    count, length = len(columns), len(digits)
    rates = [kind == "rate" for kind in columns]
    tails: dict[tuple[int, int], list[tuple[Decimal, ...]]] = {}
    cells: dict[tuple[int, bool], list[tuple[int, Decimal]]] = {}  # the cells at a position, once
    last = count - 1 if count - 1 != checked_at else -1  # (the last column, unless its cell is checked)

    def readings_from(column: int, start: int) -> list[tuple[Decimal, ...]]:
        if column == count:
            return [()] if start == length else []
        out = tails.get((column, start))
        if out is not None:
            return out
        key = (start, rates[column])
        here = cells.get(key)
        if here is None:
            here = cells[key] = _cells_from(digits, start, rates[column])
        if column == last:  # the last column's one reading: its cell that ends the digits
            out = [(value,) for end, value in here if end == length]
        else:
            out = []
            check = holds if column == checked_at else None
            for end, value in here:
                rest = tails.get((column + 1, end))  # (most positions reached again: read once)
                if rest is None:
                    rest = readings_from(column + 1, end)
                if rest and check is not None:
                    rest = [tail for tail in rest if check(value, tail)]
                if rest:
                    head = (value,)
                    out.extend([head + tail for tail in rest])
        tails[column, start] = out
        return out

    return readings_from(0, 0)


def _rate_holds(budget: Decimal, executed: Decimal, rate: Decimal) -> bool:
    """Whether 执行率 = 执行数 / 预算数 to the rate's printed precision; with nothing executed, the
    rate is 0 (a rate rounded to 0 is not read)."""
    if not budget or not rate or not executed:  # a Decimal is false when it is zero
        return not executed and not rate
    difference = abs(executed / budget * HUNDRED - rate)
    if difference > WIDEST_RATE_TOLERANCE:
        return False  # most readings: no need to work out the rate's own tolerance
    exponent = rate.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return difference <= Decimal(1).scaleb(-places) / 2 + Decimal("0.0001")


rate_holds = _rate_holds  # (the name other readers check a funds row's rate by)


def _consistent(
    budget: Decimal, executed: Decimal, rate: Decimal, weight: Decimal | None, score: Decimal | None
) -> bool:
    """Whether a reading's cells obey 执行率 = 执行数 / 预算数 (to the rate's printed precision),
    0 < 分值 ≤ 100 and 得分 ≤ 分值 (or 100); with nothing executed, the rate and any score are 0."""
    if not _rate_holds(budget, executed, rate):
        return False
    if not budget or not rate or not executed:
        return score is None or not score
    if weight is not None and not 0 < weight <= 100:
        return False
    return score is None or score <= (weight if weight is not None else 100)


def _consistent_readings(digits: str, columns: list[str]) -> list[dict[str, Decimal]]:
    """The readings of ``digits`` under ``columns`` (:func:`_readings`) that are consistent, each as
    column → value (no mapping is made for the readings left out: nearly all). ``columns`` name
    an execution figure, a rate and a budget (full-year, else initial).

    Every consistent reading obeys 执行率 = 执行数 / 预算数 (:func:`_rate_holds`): that is asked
    where the first of the three columns joins the readings after it, which hold the other two,
    so the cells before it are never enumerated for the readings that break it (nearly all)."""
    at = {kind: index for index, kind in enumerate(columns)}
    budget_at = at.get("budget_full_year", at.get("budget_initial"))
    executed_at, rate_at = at["executed"], at["rate"]
    weight_at, score_at = at.get("weight"), at.get("score")
    assert budget_at is not None
    first = min(budget_at, executed_at, rate_at)
    # where each of the three stands in the reading after the first's cell (-1: that cell itself)
    budget_in, executed_in, rate_in = budget_at - first - 1, executed_at - first - 1, rate_at - first - 1

    def holds(value: Decimal, tail: tuple[Decimal, ...]) -> bool:
        budget = value if budget_in < 0 else tail[budget_in]
        executed = value if executed_in < 0 else tail[executed_in]
        rate = value if rate_in < 0 else tail[rate_in]
        if budget and rate and executed and abs(executed / budget * HUNDRED - rate) > WIDEST_RATE_TOLERANCE:
            return False  # (most readings: :func:`_rate_holds`'s first test, without its call)
        return _rate_holds(budget, executed, rate)

    return [
        dict(zip(columns, reading, strict=True))
        for reading in _readings(digits, tuple(columns), first, holds)
        if _consistent(
            reading[budget_at],
            reading[executed_at],
            reading[rate_at],
            reading[weight_at] if weight_at is not None else None,
            reading[score_at] if score_at is not None else None,
        )
    ]


def read_funds_row(text: str) -> tuple[FundsRow, int] | None:
    """The 年度资金总额 row in ``text`` when its digits have exactly one reading under the columns
    printed before it (执行率 = 执行数 / 预算数), with its position; None otherwise."""
    match = FUNDS_ROW_RE.search(text)
    if not match:
        return None
    columns = funds_columns(match.group("header")) or funds_columns(text[max(0, match.start() - 120) : match.start()])
    if not {"executed", "rate"} <= set(columns) or not {"budget_initial", "budget_full_year"} & set(columns):
        return None
    separated = _separated_funds_row(text, match, columns)
    if separated is not None:
        return separated
    digits = match.group("cells").replace(",", "")
    cells = one_reading(_consistent_readings(digits, columns))
    if cells is None:
        return None
    return _funds_row(cells, _cell_starts(match, digits, columns, cells)), match.start()


AMOUNT_COLUMNS = ("budget_initial", "budget_full_year", "executed")


def read_source_row(digits: str, columns: list[str]) -> dict[str, Decimal] | None:
    """A funds source's row (``其中:中央补助40004000100%``) run together under the funds row's ``columns``:
    its one confirmed reading (:func:`one_reading`), the row read with every column or, where that
    gives none, with its amounts and rate alone (a source row leaves 分值 and 得分 empty); None else."""
    digits = digits.replace(",", "")
    cells = one_reading(_consistent_readings(digits, columns))
    if cells is None and {"weight", "score"} & set(columns):
        cells = one_reading(_consistent_readings(digits, [c for c in columns if c not in ("weight", "score")]))
    return cells


def one_reading(readings: list[dict[str, Decimal]]) -> dict[str, Decimal] | None:
    """The one reading of a funds row's run-together digits that its structure confirms, or None.

    Several readings can obey 执行率 = 执行数 / 预算数; two kinds are outranked, in turn:

    - a reading with nothing executed and a 0 % rate confirms nothing (any digits ending ``0%``
      read so: ``40004000100%`` as 400040001, 0, 0 %) where another reading's rate is the
      division's (4000, 4000, 100 %);
    - a full execution at 100 % prints its amounts identically (``2456.182456.182456.1810100%10``):
      the reading whose amounts repeat each other outranks the readings cutting the same digits
      into different amounts (2456.1, 82456.1, 82456.18) — as a repeated target and actual mark
      an indicator row's cells.

    A reading is taken only when exactly one is left."""
    if len(readings) > 1:
        confirmed = [r for r in readings if r.get("executed") or r.get("rate")]
        readings = confirmed or readings
    if len(readings) > 1:
        repeated = [
            r for r in readings
            if r.get("rate") == HUNDRED and len({r[column] for column in AMOUNT_COLUMNS if column in r}) == 1
        ]
        readings = repeated or readings
    return readings[0] if len(readings) == 1 else None


def _funds_row(values: dict[str, Decimal], at: tuple[tuple[str, int], ...]) -> FundsRow:
    """The funds row of ``values`` by column (a column not read is None), its cells starting ``at``."""
    return FundsRow(
        budget_initial=values.get("budget_initial"),
        budget_full_year=values.get("budget_full_year"),
        executed=values.get("executed"),
        rate=values.get("rate"),
        weight=values.get("weight"),
        score=values.get("score"),
        at=at,
    )


# The row's cells separated by pipes, each figure perhaps followed by 万 (an Anhui 转移支付 table's
# ``3359.62万 | 3359.62万 | 100%``; the unit is the header's (万元)).
# (the 万 after a figure ends its cell too, where tabs or spaces between the cells are gone from the text)
SEPARATED_FUNDS_RE = re.compile(
    r"(?P<cells>(?:[0-9][0-9,]*(?:\.[0-9]+)?(?:(?:万|[%％])?[|｜]|万))+[0-9][0-9,]*(?:\.[0-9]+)?(?:万|[%％])?)"
    r"(?![0-9.])"
)
SEPARATED_CELL_RE = re.compile(r"(?P<number>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<mark>万|[%％])?")


def _separated_funds_row(text: str, match: re.Match[str], columns: list[str]) -> tuple[FundsRow, int] | None:
    """The funds row ``match`` found, where its cells are separated by pipes (one cell a column, a rate
    with its %, a figure perhaps with 万): read cell by cell when there are as many as ``columns`` and
    they obey 执行率 = 执行数 / 预算数; None where the row is not so printed."""
    row = SEPARATED_FUNDS_RE.match(text, match.start("cells"))
    if row is None:
        return None
    cells = list(SEPARATED_CELL_RE.finditer(row.group("cells")))
    if len(cells) != len(columns):
        return None
    values: dict[str, Decimal] = {}
    for column, cell in zip(columns, cells, strict=True):
        is_rate = cell.group("mark") in ("%", "％")
        if is_rate != (column == "rate"):
            return None
        values[column] = Decimal(cell.group("number").replace(",", ""))
    budget = values.get("budget_full_year", values.get("budget_initial"))
    if budget is None or not _consistent(budget, values["executed"], values["rate"], values.get("weight"),
                                         values.get("score")):
        return None
    at = tuple((column, row.start("cells") + cell.start()) for column, cell in zip(columns, cells, strict=True))
    return _funds_row(values, at), match.start()


def _cell_starts(
    match: re.Match[str], digits: str, columns: list[str], cells: dict[str, Decimal]
) -> tuple[tuple[str, int], ...]:
    """Where each cell of the one reading of a funds row's ``digits`` starts in the text matched
    (commas skipped): its values' digits in order, a rate's with its %; ``()`` where a value is not
    printed as it reads (a full-width ％)."""
    start = match.start("cells")
    kept = [start + index for index, char in enumerate(match.group("cells")) if char != ","]
    out: list[tuple[str, int]] = []
    position = 0
    for column in columns:
        shown = f"{cells[column]}%" if column == "rate" else str(cells[column])
        if not digits.startswith(shown, position):
            return ()
        out.append((column, kept[position]))
        position += len(shown)
    return tuple(out)


# --- the table's totals ---------------------------------------------------------------------

TOTAL_RE = re.compile(r"(?:总分|合计得分)[:：]?(?P<digits>\d{1,6}(?:\.\d{1,2})?)(?![\d.])")
# A table's own score in its head: 自评得分98, 自评总得分 98, 自评总分: 95, 项目总得分99分, as other sheets word the
# label (评价得分76.91, 综合评分95, 综合得分) and state it (自评得分为98, 自评得分是98) — not a grading rule's bound
# (总得分90分以上为优), nor a part's score (绩效得分为15.00分: 投入's).
SELF_SCORE_RE = re.compile(
    r"(?:(?:自评|评价|综合)总?得分|自评总分|总得分|综合评分)(?:[:：]|为|是)?"
    r"(?P<score>\d{1,3}(?:\.\d{1,2})?)(?![\d.])(?!分?(?:以上|以下|及|至|[-~－～]))"
)
MONEY_UNIT_RE = re.compile(r"[(（](?P<unit>万元|万兀|元)[)）]")


def read_total(text: str) -> tuple[Decimal | None, Decimal | None]:
    """(总分 weight, score) of a table: ``总分100100`` is 100 and 100 (the only split where both
    are ≤ 100 and the score is not above the weight); ``自评得分98`` is a score alone."""
    weight = score = None
    match = TOTAL_RE.search(text)
    if match:
        digits = match.group("digits")
        readings = []
        for size in range(1, len(digits)):
            first, second = digits[:size], digits[size:]
            if all(NUMBER_CELL_RE.match(x) for x in (first, second)):
                a, b = Decimal(first), Decimal(second)
                if 0 < a <= 100 and b <= a:
                    readings.append((a, b))
        if "." not in digits and NUMBER_CELL_RE.match(digits) and 0 < Decimal(digits) <= 100:
            readings.append((None, Decimal(digits)))
        if len(readings) == 1:
            weight, score = readings[0]
    if score is None and (match := SELF_SCORE_RE.search(text)):
        score = Decimal(match.group("score"))
    return weight, score


def money_unit(text: str) -> str | None:
    """The unit (万元 / 元) of the amounts under a ``(万元)`` / ``(元)`` caption (OCR's 兀 for 元)."""
    matches = list(MONEY_UNIT_RE.finditer(text))
    if not matches:
        return None
    return "元" if matches[-1].group("unit") == "元" else "万元"

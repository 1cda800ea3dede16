"""Indicator tables whose header and rows run together: read by the header first, confirmed by arithmetic.

A Word or PDF table mirrored as a page's text (a document site's 文库 copy) often keeps no separator
between its cells: the header is one string of header words and the rows follow it, one per line or
all on one line::

    评价指标评价内容指标名称指标说明目标值分值备注
    产出数量指标享受资助人数达到预计值210010
    资金支出率达到目标值95%10
    …
    评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标当年人才驿站组织活动数量>=28次40次143%每年…

Nothing in the characters says where a cell ends; the header and the table's own arithmetic do:

- The header is recognised first (:func:`~ingest.performance.header_roles.glued_header`: header words cut at
  the fewest cuts; a name column first, a target or actual and a second figure column), and gives the row's
  columns in order: its levels and name, a 说明, a unit, an operator (指标性质), the targets, the actual, a
  completion rate (累计完成率), a score coefficient (得分系数), 分值, 得分, a yes / no column.
- A row is its words (levels, name, and the word columns before the figures) and then its figures. Its leading
  level-shaped words (产出目标, 产出数量指标, a caption 项目年度绩效目标(定量指标)) are its levels; a unit and an
  operator the header prints before the target are peeled off the name's end; a 说明 every row ends with is
  the 说明 column where two rows or more end with the same words.
- Its figures are laid over the header's figure columns in order, a figure with its unit or % one cell, a bare
  run of digits cut into consecutive number cells (``210010``: 2100 | 10). Every laying is enumerated and
  checked: 分值 within 100, 得分 ≤ 分值, a completion rate = 完成值 / 目标值 (to its printed precision), 得分 =
  分值 × 系数. A row is read only where one laying alone holds, and only where arithmetic confirms it: its
  rate or coefficient; its 分值 and 得分 (得分 ≤ 分值) where its only laying fills every target, actual and
  points column; or — for the table — its 分值 adding up to the 总分 printed after the rows (a row with two
  layings settled by that sum where exactly one combination makes it). A row no arithmetic settles is
  left out with a parse warning: a wrong figure is worse than a missing one.

It reads only tables whose lines hold no other reader's indicator (:func:`with_glued_grids`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ingest.performance.header_grid import MAX_FUNDS_POINTS, name_lines
from ingest.performance.header_roles import (
    CAPTION_RE,
    GLUED_START_RE,
    MAX_GLUED_CELL,
    OUTLINE_RE,
    SCORE_TOTAL_WORDS,
    glued_header,
)
from ingest.performance.levels import is_level1
from ingest.performance.run_together import (
    HUNDRED,
    MAX_NAME,
    NAME_START_UNITS,
    NOT_A_NAME_RE,
    NUMBER_CELL_RE,
    OPERATOR,
    rate_holds,
)
from ingest.records import DocumentInfo, Indicator, ParseWarning, Project, Record
from ingest.text import CJK_RE, Line
from ingest.value_lines import value_lines
from ingest.vocabulary import LIMIT_ALTERNATION

PARSER_NAME = "performance.glued_grid"
# A header's name column with the next cell run into it (no space, pipe or tab between).
GLUED_HEAD_RE = re.compile(rf"(?:{GLUED_START_RE.pattern})[\u4e00-\u9fff(]")
FIGURE_COLUMNS = ("target", "actual", "rate", "coefficient", "weight", "score")
NUMBER_COLUMNS = ("target", "actual", "weight", "score")  # (a bare number's columns: a rate / coefficient has %)
# A figure as printed in a run-together row: an operator, a number (a run of digits, cut later where it holds
# several cells), a % or a unit (not one that begins the next row's name: 人均, 项目), a bound word.
FIGURE_RE = re.compile(
    rf"(?P<op>{OPERATOR})?(?P<num>\d+(?:\.\d+)?)(?P<unit>[%％]|万?(?:{'|'.join(NAME_START_UNITS)}))?"
    rf"(?P<bound>{LIMIT_ALTERNATION})?"
)
# A mirror page's number at a line's start (``2、``, ``3、``: the site's page marks) — a line's prefix, read as a page's
# mark only inside a glued grid's body (elsewhere ``2、`` numbers a list item); not :data:`ingest.text.PAGE_MARK_RE`,
# a line that is only a page's number.
PAGE_NUMBER_PREFIX_RE = re.compile(r"^\d{1,2}、")
# A row's number at its line's start, before its name (under a 序号 column).
ROW_NUMBER_RE = re.compile(r"^\d{1,3}(?=[\u4e00-\u9fff])")
# A row's leading levels: short words ending in 指标 / 目标 (产出目标, 产出数量指标), a note in brackets after
# them (项目年度绩效目标(定量指标)); the shortest first (产出目标 | 数量目标, not 产出目标数量目标).
LEVEL_PEEL_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:指标|目标)(?:\([^()]{1,12}\))?")
MAX_LEVELS = 2
OPERATOR_WORD_RE = re.compile(r"(?:定量|定性)(?:指标)?$")
UNIT_END_RE = re.compile(rf"(?:[%％]|万?(?:{'|'.join(NAME_START_UNITS)}))$")
# A name's end that qualifies the figure after it (达到, 超过, 不低于, 为): no row's name of its own.
COMPARISON_END_RE = re.compile(r"(?:到|达|为|超过?|约|近|不低于|不少于|不高于|不超过|大于|小于|高于|低于)$")
# The row that totals the table (总分, 合计) and ends it; words that end it otherwise.
TOTAL_RE = re.compile(rf"^(?:{'|'.join(SCORE_TOTAL_WORDS)})")
END_RE = re.compile(r"^(?:评价结论|存在问题|存在的问题|改进措施|说明|注[:：]|填表人|项目负责人|单位负责人)")
QUOTES = "“”\"'‘’「」"
MAX_BODY_LINES = 40
MAX_HEADER_LINES = 4  # (a header hard-wrapped over lines: at most so many)
MAX_POINTS = Decimal(100)
COEFFICIENT_TOLERANCE = Decimal("0.01")
MAX_COMBINATIONS = 512
MIN_SHARED_TAIL = 3  # (a 说明 every row ends with: three characters or more)
MIN_WORD_TARGET = 2  # (a target in words after the figures: 达标, 有效保障)
# A weight column whose weights are shares of the whole (指标权重, 权重(%), 权数), not points (分值).
SHARE_WEIGHT_RE = re.compile(r"权重|权数")
MIN_WEIGHED_ROWS = 3  # (weights adding to 100 tell the rows' cells apart only over a table of rows, not one or two)
# A row's target and actual in words, printed alike after its name (``高高``, ``好好``, ``达标达标``).
REPEATED_TAIL_RE = re.compile(r"([\u4e00-\u9fff]{1,4})\1$")


@dataclass
class Row:
    """A row's words and figures as printed, and each laying of its figures that holds."""

    line: Line
    levels: list[str]
    name: str
    layings: list[dict[str, tuple[str, Line]]] = field(default_factory=list)
    best: dict[str, tuple[str, Line]] | None = None  # (the laying it is read by, :func:`_best`)
    confirmed: bool = False  # (its rate or coefficient holds)
    single: bool = False  # (one laying alone, filling every figure column: 得分 ≤ 分值 the only check)


@dataclass
class GluedTable:
    header: list[tuple[str, str]]
    rows: list[Row]
    lines: list[Line]
    # the readings of its 总分 row's points: (分值 total, 得分 total or None)
    totals: list[tuple[Decimal, Decimal | None]] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)


def _columns(header: list[tuple[str, str]]) -> list[str]:
    """The header's figure columns in order, a second of the same role named apart (年初 / 调整指标值: target,
    target#2)."""
    out: list[str] = []
    for _, role in header:
        if role in FIGURE_COLUMNS:
            same = sum(_role(column) == role for column in out)
            out.append(f"{role}#{same + 1}" if same else role)
    return out


def _role(column: str) -> str:
    return column.split("#")[0]


def _unit_apart(header: list[tuple[str, str]]) -> set[str]:
    """The figure columns the header follows with its unit column (and its operator's) before the next figure
    column: ``指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值`` — a row's ``10%=100`` is 权重 10, its unit %, its
    target =100: a unit printed after such a column's number is the unit column's cell, not a % of its own."""
    out: set[str] = set()
    columns = _columns(header)
    figure = -1
    for _, role in header:
        if role in FIGURE_COLUMNS:
            figure += 1
        elif role == "unit" and figure >= 0:
            out.add(columns[figure])
    return out


def _warning(line: Line, message: str) -> ParseWarning:
    return ParseWarning(source_line=line.number, source_page=line.page, parser=PARSER_NAME, message=message,
                        context=line.compact[:80])


def _body(lines: list[Line], index: int, end: int, numbered: bool) -> tuple[str, list[Line]]:
    """The text after the header (its line's rest, then the lines after it, a page's mark dropped, a blank
    line kept as a line's end; under a 序号 column, a row's number at a line's start dropped) and the line of
    each character."""
    parts: list[str] = []
    owners: list[Line] = []
    first = lines[index]
    parts.append(first.compact[end:])
    owners.extend([first] * (len(first.compact) - end))
    # rows run on after the header on its line: their cells run on over the lines after it as they do within
    # one (a page's break, a copy's hard wraps), no line's end a row's end
    run_on = FIGURE_RE.search(parts[0]) is not None
    for line in lines[index + 1 : index + 1 + MAX_BODY_LINES]:
        text = PAGE_NUMBER_PREFIX_RE.sub("", line.compact)
        if numbered:
            text = ROW_NUMBER_RE.sub("", text)
        if not run_on:
            text = "\n" + text
        parts.append(text)
        owners.extend([line] * len(text))
    return "".join(parts), owners


@dataclass
class Token:
    figure: re.Match[str] | None
    text: str
    start: int


def _tokens(body: str) -> list[Token]:
    """The body's figures and the words between them, in order."""
    out: list[Token] = []
    position = 0
    for match in FIGURE_RE.finditer(body):
        if match.start() > position:
            out.append(Token(None, body[position : match.start()], position))
        out.append(Token(match, match.group(), match.start()))
        position = match.end()
    if position < len(body):
        out.append(Token(None, body[position:], position))
    return out


def _number(text: str) -> Decimal | None:
    if not NUMBER_CELL_RE.fullmatch(text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _cuts(digits: str, count: int) -> Iterator[list[str]]:
    """Every cutting of a run of digits into ``count`` numbers (none opening with 0 but 0 itself)."""
    if count == 1:
        if NUMBER_CELL_RE.fullmatch(digits):
            yield [digits]
        return
    for cut in range(1, len(digits)):
        head = digits[:cut]
        if NUMBER_CELL_RE.fullmatch(head) and digits[cut] != ".":
            for rest in _cuts(digits[cut:], count - 1):
                yield [head, *rest]


def _layings(figures: list[Token], columns: list[str], owners: list[Line],
             given: dict[str, tuple[str, Line]] | None = None,
             unit_apart: set[str] | frozenset[str] = frozenset()) -> list[dict[str, tuple[str, Line]]]:
    """Every laying of the row's figures over the header's figure columns that its arithmetic allows: in
    order, a column left empty or holding one cell; a figure's digits cut into consecutive cells (``210010``:
    2100 | 10, ``0100%``: 0 | 100%), its operator the first cell's (a target's), its unit or % the last's, the
    cells between bare numbers (a target, an actual, 分值, 得分). ``given``: the value columns the row's words
    fill already (高 | 高), the figures laid after them. ``unit_apart``: the columns whose unit the header prints in
    a unit column after them (:func:`_unit_apart`): a bare number there, whatever unit follows it."""
    out: list[dict[str, tuple[str, Line]]] = []
    laid: dict[str, tuple[str, Line]] = dict(given or {})
    start = max((columns.index(key) + 1 for key in laid), default=0)

    def place(at: int, column: int) -> None:
        if at == len(figures):
            if _holds(laid):
                out.append(dict(laid))
            return
        token = figures[at]
        match = token.figure
        assert match is not None
        line = owners[token.start]
        op, unit = match.group("op") or "", (match.group("unit") or "") + (match.group("bound") or "")
        bare_unit = bool(match.group("unit")) and not match.group("bound")  # (a unit the unit column may hold)
        for first in range(column, len(columns)):
            for count in range(1, len(columns) - first + 1):
                keys = columns[first : first + count]
                for cells in _cuts(match.group("num"), count):
                    texts = [*cells]
                    texts[0] = op + texts[0]
                    texts[-1] += unit
                    if not all(_fits(_role(key), text, at_first=i == 0, at_last=i == count - 1, op=op, unit=unit,
                                     apart=bare_unit and key in unit_apart)
                               for i, (key, text) in enumerate(zip(keys, texts, strict=True))):
                        continue
                    laid.update(zip(keys, ((text, line) for text in texts), strict=True))
                    place(at + 1, first + count)
                    for key in keys:
                        del laid[key]

    place(0, start)
    unique: dict[tuple, dict[str, tuple[str, Line]]] = {}  # (one laying per reading, however its cuts came)
    for found in out:
        unique.setdefault(tuple(sorted((key, text) for key, (text, _) in found.items())), found)
    return list(unique.values())


def _fits(role: str, text: str, *, at_first: bool, at_last: bool, op: str, unit: str, apart: bool = False) -> bool:
    """Whether one cell cut from a figure fits a column: an operator only a target's; a % a target's, an
    actual's, a rate's or a coefficient's; another unit a target's or an actual's; a bare number a target's,
    an actual's, 分值 or 得分 — and a number and its unit where the header prints the column's unit apart
    (``apart``: the unit the unit column's cell, :func:`_unit_apart`)."""
    has_op, has_unit = at_first and bool(op), at_last and bool(unit)
    if has_unit and apart and role in NUMBER_COLUMNS and not has_op:
        return True
    if has_op and role != "target":
        return False
    if role in ("rate", "coefficient"):
        return has_unit and unit in ("%", "％") and not has_op
    if has_unit:
        return role in ("target", "actual")
    return role in NUMBER_COLUMNS


def _best(layings: list[dict[str, tuple[str, Line]]]) -> dict[str, tuple[str, Line]] | None:
    """The one laying a row is read by: the laying its rate or coefficient confirms, else the one filling the
    most of the columns every row fills (目标值, 完成值, 分值, 得分) — a second target column (调整指标值) only
    where they cannot hold the figure —, then the one cutting its figures the least (a figure printed with its
    unit one cell: 76% is no 7 | 6%); None where two rank first."""
    if not layings:
        return None
    ranked = sorted(((_confirmed_by_row(laid), sum(key in laid for key in NUMBER_COLUMNS), -len(laid)), index)
                    for index, laid in enumerate(layings))
    if len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]:
        return None
    return layings[ranked[-1][1]]


def _value(laid: dict[str, tuple[str, Line]], role: str) -> Decimal | None:
    if role not in laid:
        return None
    match = FIGURE_RE.fullmatch(laid[role][0])
    return _number(match.group("num")) if match else None


def _holds(laid: dict[str, tuple[str, Line]]) -> bool:
    """Whether a laying's arithmetic holds: 0 < 分值 ≤ 100, 得分 ≤ 分值, the rate = 完成值 / 目标值, 得分 = 分值 × 系数;
    a row prints a target, or at least its 分值."""
    weight, score = _value(laid, "weight"), _value(laid, "score")
    if "target" not in laid and weight is None:
        return False
    if any("#" in column and column.split("#")[0] not in laid for column in laid):
        return False  # (a second column of a role, 调整指标值, filled only beside the first, 年初指标值)
    if weight is not None and not (0 < weight <= MAX_POINTS):
        return False
    if score is not None and (weight is None or score > weight):
        return False
    for role in ("weight", "score"):
        if role in laid and _value(laid, role) is None:
            return False
    if "rate" in laid:
        target, actual, rate = _value(laid, "target"), _value(laid, "actual"), _value(laid, "rate")
        if target is None or actual is None or rate is None or not rate_holds(target, actual, rate):
            return False
    if "coefficient" in laid:
        coefficient = _value(laid, "coefficient")
        if weight is None or score is None or coefficient is None:
            return False
        if abs(weight * coefficient / HUNDRED - score) > COEFFICIENT_TOLERANCE:
            return False
    return True


def _confirmed_by_row(laid: dict[str, tuple[str, Line]]) -> bool:
    return "rate" in laid or "coefficient" in laid


def _next_row_words(words: str, header: list[tuple[str, str]], after_figures: bool) -> str:
    """The next row's words among the words between two rows' figures, the previous row's tail (its text / yes-no
    cells after the figures) dropped: after the last line's end, else after a yes / no following a 是否 header's
    figures."""
    if "\n" in words:  # (the last line's words that are not blank: a 总分 over blank lines, then its points)
        body = words.rstrip("\n")
        return body.rpartition("\n")[2]
    if after_figures and words[:1] in ("是", "否") and any(role == "yes_no" for _, role in header):
        return words[1:]
    return words


def _row_words(words: str, header: list[tuple[str, str]]) -> tuple[list[str], str] | None:
    """A row's levels and name from its words before its figures (the unit and operator columns' words peeled
    off its end), or None where they are no row's name."""
    words = words.strip(QUOTES).replace("\n", "")
    if CAPTION_RE.match(words[:4]) and len(words) > 6:  # (a caption cell over the block, 绩效指标, where it falls)
        words = words[4:]
    levels: list[str] = []
    while len(levels) < MAX_LEVELS and (level := LEVEL_PEEL_RE.match(words)) and len(
        CJK_RE.findall(words[level.end() :])) >= 2:
        levels.append(level.group())
        words = words[level.end() :]
    roles = [role for _, role in header]
    # (only the unit and operator columns the header prints before its figures: after them — 指标权重 | 计量单位 |
    # 指标性质 | 指标值 — a unit's word ending the name is the name's, 开展各种文艺活动场次)
    first_figure = next((at for at, role in enumerate(roles) if role in FIGURE_COLUMNS), len(roles))
    before = roles[:first_figure]
    if "operator" in before and (operator := OPERATOR_WORD_RE.search(words)):
        words = words[: operator.start()]
    if "unit" in before and (unit := UNIT_END_RE.search(words)) and len(CJK_RE.findall(words[: unit.start()])) >= 2:
        words = words[: unit.start()]
    name = words.strip(QUOTES)
    if (len(CJK_RE.findall(name)) < 2 or len(name) > MAX_NAME or NOT_A_NAME_RE.search(name)
            or OUTLINE_RE.match(name) or TOTAL_RE.match(name) or END_RE.match(name)):
        return None
    return levels, name


def read_glued_table(lines: list[Line], index: int) -> GluedTable | None:
    """The run-together table whose header stands on ``lines[index]``, its rows laid and checked."""
    # (the header as printed, its spaces kept: a header whose cells stand between spaces or pipes is the other
    # readers', only one printed without any separator is read here)
    norm = lines[index].norm
    found = glued_header(norm)
    table_lines = [lines[index]]
    joined = norm.rstrip()
    shift = 0  # (where the header's last line starts in the joined text, less its indent)
    while (found is None or len(joined) - found[1] < MAX_GLUED_CELL) and index + 1 < len(lines) and len(
            table_lines) < MAX_HEADER_LINES:
        # (a header wrapped onto the next line, a cell cut at the line's end: its cells run on there)
        following = lines[index + 1].norm
        wrapped = glued_header(joined + following.strip())
        if wrapped is None or wrapped[1] <= len(joined):
            break
        found = wrapped
        shift = len(joined) - (len(following) - len(following.lstrip()))
        joined += following.strip()
        norm = following
        index += 1
        table_lines.append(lines[index])
    if found is not None:
        found = (found[0], found[1] - shift, found[2])  # (its end on its last line)
    if found is None:
        return None
    _, end, header = found
    end = len("".join(norm[:end].split()))  # (where it ends in the line's compact text)
    columns = _columns(header)
    unit_apart = _unit_apart(header)
    body, owners = _body(lines, index, end, header[0][1] == "ordinal")
    tokens = _tokens(body)
    table = GluedTable(header, [], table_lines)
    words = ""
    at = 0
    after_figures = False
    while at < len(tokens):
        token = tokens[at]
        if token.figure is None:
            words = _next_row_words(token.text, header, after_figures)
            at += 1
            after_figures = False
            continue
        figures: list[Token] = []
        while at < len(tokens) and tokens[at].figure is not None:
            figures.append(tokens[at])
            at += 1
        after_figures = True
        start = figures[0].start
        compact_words = words.replace("\n", "")
        if TOTAL_RE.match(compact_words):  # (总分 / 合计 and its points: the table's end)
            table.totals = _totals([figure.text for figure in figures], "score" in columns)
            if table.totals:
                table.lines.append(owners[start])
            break
        named = _row_words(words, header)
        if named is None:
            break  # (no row's name before the figures: the table ended)
        levels, name = named
        line = owners[start]
        if COMPARISON_END_RE.search(name):  # (a figure after a comparison's word is that comparison's: 达到0次)
            table.warnings.append(_warning(line, f"glued grid: the row {name} ends in a comparison's word before its "
                                                 "figures, which may be the comparison's; left out"))
            words = ""
            continue
        given: dict[str, tuple[str, Line]] = {}
        repeated = REPEATED_TAIL_RE.search(name)
        if repeated and "target" in columns and "actual" in columns and len(CJK_RE.findall(
                name[: repeated.start()])) >= 2:  # (a target and actual in words, printed alike: 高高, 好好)
            name = name[: repeated.start()]
            given = {"target": (repeated.group(1), line), "actual": (repeated.group(1), line)}
        row = Row(line, levels, name)
        row.layings = _layings(figures, columns, owners, given, unit_apart)
        if not given and (tail := _target_in_words(tokens, at, header)) is not None:
            # (a target in words after the row's figures, the header's last column: 有效性10有效保障 — 权重 10,
            # the target 有效保障 — its figures then laid before the target column)
            in_words = [{**laid, "target": (tail, line)} for laid in row.layings if "target" not in laid]
            row.layings = in_words or row.layings
        row.best = _best(row.layings)
        row.confirmed = row.best is not None and _confirmed_by_row(row.best)
        row.single = len(row.layings) == 1 and _complete(row.layings[0], columns)
        table.rows.append(row)
        table.lines.append(line)
        words = ""
    return table if table.rows else None


def _target_in_words(tokens: list[Token], at: int, header: list[tuple[str, str]]) -> str | None:
    """The words after a row's figures on its own line (``tokens[at]``, up to the line's end) where the header ends
    with its target column — no other column the words could be: the row's target printed in words (有效保障), or
    None."""
    if at >= len(tokens) or tokens[at].figure is not None or header[-1][1] != "target":
        return None
    text = tokens[at].text
    if "\n" not in text and at + 1 < len(tokens):
        return None  # (no line's end after the words: the next row's name may run on in them)
    tail = text.split("\n", 1)[0].strip(QUOTES)
    if not MIN_WORD_TARGET <= len(tail) <= MAX_GLUED_CELL or len(CJK_RE.findall(tail)) != len(tail):
        return None
    return tail


def _totals(texts: list[str], scored: bool) -> list[tuple[Decimal, Decimal | None]]:
    """The readings of a 总分 row's points: its 分值 total alone (100), or with its 得分 total — two numbers, or
    their digits run together (``10098``: 100 | 98, the 得分 ≤ the 分值)."""
    numbers = [_number(text) for text in texts]
    if any(number is None for number in numbers) or not 1 <= len(numbers) <= 2:
        return []
    if len(numbers) == 2:
        weight, score = numbers
        return [(weight, score)] if scored and score <= weight else []  # type: ignore[operator,list-item]
    out: list[tuple[Decimal, Decimal | None]] = [(numbers[0], None)]  # type: ignore[list-item]
    if scored:
        for cells in _cuts(texts[0], 2):
            weight, score = Decimal(cells[0]), Decimal(cells[1])
            if score <= weight:
                out.append((weight, score))
    return out


def _complete(laid: dict[str, tuple[str, Line]], columns: list[str]) -> bool:
    """Whether a row's one laying fills every target, actual, 分值 and 得分 column the header prints (two
    points: 得分 ≤ 分值): a row whose cells fall one per column in a single way is read as printed, as a row whose
    cells stand apart is (an empty cell leaves two layings, or one that leaves a column empty: not taken)."""
    points = [column for column in columns if column in ("weight", "score")]
    return len(points) == 2 and all(column in laid for column in columns if column in NUMBER_COLUMNS)


def _settled(table: GluedTable) -> list[dict[str, tuple[str, Line]] | None]:
    """Each row's laying where arithmetic settles it: the row's own rate or coefficient, else the table's 分值
    adding up to its 总分 (one combination of the rows' layings alone) — or, no 总分 printed, a row's single
    laying filling every figure column; None for a row left out (a 总分 the rows do not make — but for a funds
    row's points it prints apart, :func:`_funds_points_apart` — leaves every row out but those its rate or
    coefficient confirms)."""
    chosen: list[dict[str, tuple[str, Line]] | None] = [
        row.best if row.confirmed else None for row in table.rows
    ]
    if not table.totals:  # (no 总分 printed, the page cut: a row with a single complete laying as printed)
        whole = _weights_whole(table)
        if whole is not None:
            return whole
        return [row.layings[0] if row.single else laid for row, laid in zip(table.rows, chosen, strict=True)]
    if any(not row.layings for row in table.rows):
        return chosen
    options = [row.layings for row in table.rows]
    count = 1
    for choice in options:
        count *= len(choice)
    if count > MAX_COMBINATIONS:
        return chosen
    adding: list[tuple[dict[str, tuple[str, Line]], ...]] = []
    for combination in itertools.product(*options):
        weights = [_value(laid, "weight") for laid in combination]
        if any(weight is None for weight in weights):
            continue
        weight_sum = sum(weights, Decimal(0))  # type: ignore[arg-type]
        scores = [_value(laid, "score") for laid in combination]
        score_sum = None if any(score is None for score in scores) else sum(scores, Decimal(0))  # type: ignore[arg-type]
        if any(weight_sum == weight and score in (None, score_sum) for weight, score in table.totals):
            adding.append(combination)
            if len(adding) > 1:
                return chosen
    if len(adding) == 1:
        return list(adding[0])
    if all(row.single for row in table.rows) and _funds_points_apart(table):
        return [row.layings[0] for row in table.rows]
    return chosen


def _weights_whole(table: GluedTable) -> list[dict[str, tuple[str, Line]]] | None:
    """Each row's laying where the table prints no 总分 and its header no 得分, its weight column a 权重 (a target
    table's 指标权重 — shares of the whole, not a self-evaluation's 分值, whose 总分 may count points printed
    elsewhere): the one combination of the rows' layings whose weights, every row weighing, add up to the whole,
    100; None where no combination or more than one does, or the rows are too few to tell."""
    if (any(role == "score" for _, role in table.header) or len(table.rows) < MIN_WEIGHED_ROWS
            or not any(role == "weight" and SHARE_WEIGHT_RE.search(cell) for cell, role in table.header)):
        return None
    options = [[laid for laid in row.layings if _value(laid, "weight") is not None] for row in table.rows]
    count = 1
    for choice in options:
        count *= len(choice)
    if count == 0 or count > MAX_COMBINATIONS:
        return None
    adding = [combination for combination in itertools.product(*options)
              if sum((_value(laid, "weight") for laid in combination), Decimal(0)) == MAX_POINTS]  # type: ignore[misc]
    return list(adding[0]) if len(adding) == 1 else None


def _funds_points_apart(table: GluedTable) -> bool:
    """Whether rows each read one way only leave to the 总分 no more than a funds row's points (执行率, at most
    20) the table prints elsewhere: their 分值 within that of the 总分's, their 得分 within that of its 得分 total,
    the 得分 left no more than the 分值 left."""
    weights = sum((_value(row.layings[0], "weight") or Decimal(0) for row in table.rows), Decimal(0))
    scores = sum((_value(row.layings[0], "score") or Decimal(0) for row in table.rows), Decimal(0))
    for weight, score in table.totals:
        if not Decimal(0) < weight - weights <= MAX_FUNDS_POINTS:
            continue
        if score is None or Decimal(0) <= score - scores <= weight - weights:
            return True
    return False


def _explained(names: list[str]) -> dict[str, str]:
    """Each name that ends with words two rows' names or more end with (a 说明 column's cells: 达到目标值) → the
    name without them: the tail shared by the most names, the longest of those."""
    counts: dict[str, int] = {}
    for name in names:
        for size in range(MIN_SHARED_TAIL, len(name) - 1):
            counts[name[-size:]] = counts.get(name[-size:], 0) + 1
    out: dict[str, str] = {}
    for name in names:
        shared = [(counts[tail], len(tail), tail) for size in range(MIN_SHARED_TAIL, len(name) - 1)
                  if counts[tail := name[-size:]] >= 2 and len(CJK_RE.findall(name[:-size])) >= 2]
        if shared:
            out[name] = name[: -max(shared)[2].__len__()]
    return out


def table_records(table: GluedTable, stage: str) -> list[Record]:
    """The indicators of a glued table's settled rows, and a warning for each row left out."""
    records: list[Record] = list(table.warnings)
    settled = _settled(table)
    roles = [role for _, role in table.header]
    explained = roles.index("text") < roles.index(next(r for r in roles if r in FIGURE_COLUMNS)) if (
        "text" in roles) else False
    explanations = _explained([row.name for row in table.rows]) if explained else {}
    level1: str | None = None
    level2: str | None = None
    level_columns = roles.count("level")
    if not set(roles) & {"actual", "score", "rate", "coefficient"}:
        stage = "target"  # (a header naming no value reached, no points given: a target table, whatever the page)
    for row, laid in zip(table.rows, settled, strict=True):
        if len(row.levels) == 2:
            level1, level2 = row.levels
        elif len(row.levels) == 1:
            if level_columns < 3 and (is_level1(row.levels[0]) or level1 is None):
                level1, level2 = row.levels[0], None
            else:  # (the inner level where the header prints two level columns before the name)
                level2 = row.levels[0]
        if laid is None:
            records.append(_warning(row.line, f"glued grid: the figures of the row {row.name} run together and no "
                                              "arithmetic settles where its cells end; left out"))
            continue
        name = explanations.get(row.name, row.name)
        target, actual = laid.get("target") or laid.get("target#2"), laid.get("actual")
        weight, score = laid.get("weight"), laid.get("score")
        records.append(Indicator(
            source_line=row.line.number,
            source_page=row.line.page,
            project_key=None,
            stage="self_evaluation" if (actual or score) else stage,
            level1_name=level1,
            level2_name=level2,
            level3_name=name,
            target_raw=target[0] if target else None,
            actual_raw=actual[0] if actual else None,
            weight=_value(laid, "weight") if weight else None,
            score=_value(laid, "score") if score else None,
            value_lines=value_lines(row.line.number, [
                (role, cell[1].number) for role, cell in (("target", target), ("actual", actual),
                                                          ("weight", weight), ("score", score)) if cell
            ]),
        ))
    return records


def with_glued_grids(lines: list[Line], records: list[Record], info: DocumentInfo,
                     named: list[int] | None = None) -> list[Record]:
    """``records`` and the indicators of every run-together table found by its header whose lines hold no
    other reader's indicator (``named``: the lines holding a name column's word, header_grid.name_lines)."""
    if named is None:
        named = name_lines(lines)
    # (a name column's word with the next header cell run into it)
    candidates = [index for index in named if GLUED_HEAD_RE.search(lines[index].norm)]
    if not candidates:
        return records
    read: set[tuple[int | None, int]] | None = None
    stage = info.indicator_stage
    out = list(records)
    known: set[tuple] | None = None
    projects: list[tuple] | None = None
    done = -1
    for index in candidates:
        if index <= done:
            continue
        table = read_glued_table(lines, index)
        if table is None:
            continue
        done = max(index, *(lines.index(line) for line in table.lines[-1:]))
        if read is None:
            read = {(r.source_page, r.source_line) for r in records if isinstance(r, Indicator)}
        if any((line.page, line.number) in read or (None, line.number) in read for line in table.lines):
            continue
        found = table_records(table, stage)
        if not any(isinstance(r, Indicator) for r in found):
            out.extend(found)
            continue
        if known is None:
            known = {_row_key(r) for r in records if isinstance(r, Indicator)}
        rows = {_row_key(r) for r in found if isinstance(r, Indicator)}
        if rows & known:
            continue  # (a table printed twice, or read by another reader elsewhere: its rows read already)
        known |= rows
        first = (table.rows[0].line.page or 0, table.rows[0].line.number)
        if projects is None:
            projects = [(r.source_page or 0, r.source_line, r.project_key) for r in records if isinstance(r, Project)]
        key = max((p for p in projects if (p[0], p[1]) <= first), default=(0, 0, None), key=lambda p: (p[0], p[1]))[2]
        for record in found:
            if isinstance(record, Indicator) and key is not None:
                record.__dict__["project_key"] = key
            out.append(record)
    return out


def _row_key(record: Indicator) -> tuple:
    """What a row reads, wherever it stands: a copy of a table read twice reads the same."""
    return (record.level3_name, record.target_raw, record.actual_raw, record.weight, record.score)

"""Money printed as ``label: number`` pairs under a unit given once (项目资金 blocks of 绩效目标表,
fact sheets): ``年度资金总额:16`` under ``资金情况(万元)``, ``项目总预算 65`` under ``金额单位:万元``,
or a label on one line and its number on the next (one cell per line, with a 行次 number between
when the table has a 行次 column; a cell so printed may close with its pipe, ``年度金额(万元): |`` then
``397 | |||``; a line of pipes alone after a label is its empty cell, the number after it the next
row's).

A pair is read only when its label names money (资金, 预算, 金额, 经费, 拨款, 收入, 支出,
总额, 投资, 结余 …, or a level of government's 财政 at its end: 省财政, 区财政), names no code,
date or count (科目代码, 编码, 日期, 电话, 人数), and a unit for the block is printed within the
lines above; a number with a unit of its own (``49万元``, ``49 万元``) is left to
:mod:`ingest.statements`, and separated table rows to :mod:`ingest.text_tables`.
"""

from __future__ import annotations

import bisect
import re

from ingest.numbers import Amount, declared_unit, to_amount
from ingest.records import ParseWarning, StatedFigure
from ingest.text import CLAUSE_MARKS, Line, is_markdown_rule, joined_texts, lines_starting, lines_with
from ingest.vocabulary import INDICATOR_UNITS, MONEY_UNIT_ALTERNATION, metric_of_amount, units_pattern

MONEY_WORDS_RE = re.compile(r"资金|预算|金额|经费|拨款|收入|支出|总额|总计|合计|投资|结余|结转|补助|费$|财政$")
MONEY_PREFILTER_RE = re.compile(r"资金|预算|金额|经费|拨款|收入|支出|总额|总计|合计|投资|结余|结转|补助|费|财政")
NOT_MONEY_RE = re.compile(r"代码|编码|编号|科目|日期|时间|电话|人数|人次|次数|面积|率|分值|得分|个数|年度?$")
# ``其中:上级资金16``, ``项目总预算 65``, ``年度资金总额:16``: a label, then a number ending the
# pair (end of line, a space, or a new label).
PAIR_RE = re.compile(
    r"(?P<label>(?:其中\s*[:]\s*)?[\u4e00-\u9fff][\u4e00-\u9fff()、]{1,19}?)\s*[:]?\s*"
    # not a row of several columns' values (20   ≥11.376万元   12万元: a 分值, then a target and an actual)
    r"(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)(?=\s|$)(?!\s+[-\d≥≤<>=])"
    # a number with a unit of its own printed after a space (49 万元, 8 个, 3.5 公里: a unit no word goes on from)
    rf"(?!\s*(?:{MONEY_UNIT_ALTERNATION}|%|{units_pattern(INDICATOR_UNITS)}(?![\u4e00-\u9fff])))"
)
NUMBER_END_RE = re.compile(r"\d(?:\s|$)")
# The amount columns a funds block's header names (年初预算数 | 1-6月执行数 | 全年预计执行数; 全年预算数 |
# 全年执行数): under two or more, a row holds a figure per column — a line of a label and one number there is a row
# whose cells ran together (年初预算数 220 and 1-6月执行数 87.57 printed 22087.57) or lost one, never a pair.
# (Columns of one kind on both sides of a two-sided table, 收入 2020年预算数 | 支出 2020年预算数, are one column a
# side: its rows are pairs.)
AMOUNT_COLUMN_RE = re.compile(r"(预算|执行|决算|调整|结转|安排|到位)数")


def _names_several_columns(text: str) -> bool:
    """Whether a unit's line (``项目资金(万元) | 年初预算数 | 1-6月执行数``) names two or more kinds of amount
    column."""
    return len(set(AMOUNT_COLUMN_RE.findall(text))) >= 2

NUMBER_LINE_RE = re.compile(r"^\s*(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*$")
# (a label may be letter-spaced to fill its cell: ``合  计``, ``项  目``)
# (a list's number before it: 一、, 2., 3、 — ``其中:1.中央资金`` / ``2.市级资金`` / ``3.区级资金``)
LABEL_LINE_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|(?:其中\s*[:：]\s*)?\d{1,2}[.．、](?!\d))?"
    r"(?P<label>[\u4e00-\u9fff](?: {0,4}[\u4e00-\u9fff()、:]){1,19})\s*$"
)
ROW_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
# A 序号 column's header cell: a table's header printed one cell per line starts with it.
SERIAL_HEADER_RE = re.compile(r"^\s*(?:序\s*号|编\s*号)\s*$")
# Most header cells looked back over for a 序号 cell above a money label.
MAX_HEADER_CELLS = 12
# A line that is one cell closed by its pipe, empty cells' pipes after it (``397 | |||``): the cell.
PIPE_CLOSED_CELL_RE = re.compile(r"^\s*(?P<cell>[^|\t]*?)\s*[|｜][\s|｜]*$")
LIST_HEAD_RE = re.compile(r"^其中\s*[:]\s*")
SPACES_RE = re.compile(r"\s+")
# The lines that may declare a unit (ingest.numbers.DECLARED_UNIT_RE: ``单位:万元`` or ``(万元)``),
# found by two scans that start with a word, so the regex engine looks for it as a substring
# (元 alone is printed on every line of prose that states an amount).
UNIT_AFTER_COLON_RE = re.compile(rf"单位\s*[:：]\s*(?:{MONEY_UNIT_ALTERNATION})")
# (a unit in brackets, or one a bracket opens at a line's end — a caption whose closing bracket the copy
# lost: ``(万元``; the lines are searched joined by NUL, so a line's end is a NUL or the text's end)
# (found from its 元, the bracket before it looked behind for: the regex engine skips to a literal first
# character far faster than it tries each character against a bracket class — a fifth of the instructions)
UNIT_IN_BRACKETS_RE = re.compile(r"元(?:(?<=[(（]元)|(?<=[(（][亿万千]元))(?:[)）]|(?=[ \t]*(?:\x00|$)))")
# Blank lines looked past for the line after a number (a copy may put one between every two lines).
MAX_BLANK_LINES = 3
# Longest line that can be a label standing alone.
MAX_LABEL_LINE_CHARS = 30
# How far above a pair its block's unit may be printed.
UNIT_LOOKBACK = 30


class _Units:
    """Where a block's unit is printed, found once per document. Its reach is counted in lines, a run of
    at most :data:`MAX_BLANK_LINES` blank lines as none (a copy may put a blank line or a few after
    every line: a table one cell per line is then twice as long)."""

    def __init__(self, lines: list[Line]) -> None:
        self.indexes: list[int] = []  # lines that declare a unit, in order
        self._units: list[str] = []  # the unit each declares
        for i in sorted({*lines_with(lines, UNIT_AFTER_COLON_RE), *lines_with(lines, UNIT_IN_BRACKETS_RE)}):
            if (unit := declared_unit(lines[i].norm)) is not None:
                self.indexes.append(i)
                self._units.append(unit)
        # (the lines that are no text and the tables' titles, found where any unit is)
        rules, titles = _rules_and_titles(lines) if self.indexes else (frozenset(), frozenset())
        # the last line each reaches
        self._ends = [_last_reached(lines, index, rules, titles) for index in self.indexes]
        # whether each declaring line heads several kinds of amount column (its rows no pairs)
        self._columned = [_names_several_columns(lines[index].norm) for index in self.indexes]

    def above(self, index: int) -> str | None:
        """The unit printed within :data:`UNIT_LOOKBACK` counted lines above (or on) line ``index``."""
        k = bisect.bisect_right(self.indexes, index) - 1  # the last declaration on or above
        return self._units[k] if k >= 0 and index <= self._ends[k] else None

    def under_columns(self, index: int) -> bool:
        """Whether the unit :meth:`above` gives line ``index`` is declared on a line naming several kinds of amount
        column (``项目资金(万元) | 年初预算数 | 1-6月执行数``)."""
        k = bisect.bisect_right(self.indexes, index) - 1
        return k >= 0 and index <= self._ends[k] and self._columned[k]

    def reach(self) -> list[tuple[int, int]]:
        """(first, last) line of each stretch of lines that have a unit :meth:`above` them."""
        out: list[tuple[int, int]] = []
        for index, last in zip(self.indexes, self._ends, strict=True):
            if out and index <= out[-1][1] + 1:
                out[-1] = (out[-1][0], max(out[-1][1], last))
            else:
                out.append((index, last))
        return out


def lone_cell(text: str) -> str | None:
    """The text of a line as one cell: the line itself, or the cell a line closes with its pipe
    (``计划安排资金 (万元) |``; pipes alone: an empty cell) — also a row whose first cell is its only one,
    its empty cells after it, as a Markdown row (``| 397 |  |  |``) or between tabs where it is a number
    (``397⇥⇥⇥``: a unit line with a tab after it, ``单位:万元⇥``, stays none), as the copy with pipes prints
    it (``397 | |||``); None for a line of several cells."""
    if "|" not in text and "｜" not in text:
        if "\t" not in text:
            return text
        cells = text.split("\t")  # (a number's row, its empty cells after it: the number; any other, no cell)
        lone = cells[0].strip() if not "".join(cells[1:]).strip() else None
        return lone if lone and NUMBER_LINE_RE.match(lone) else None
    closed = PIPE_CLOSED_CELL_RE.match(text)
    if closed is None and text.lstrip()[:1] in "|｜":  # (a Markdown row opens with a pipe)
        closed = PIPE_CLOSED_CELL_RE.match(text.lstrip()[1:])
    return closed.group("cell") if closed else None


# How a Markdown table's rule starts (``|---|:---:|``, its spaces gone), as :func:`_Units` looks for it.
MARKDOWN_RULE_START_RE = re.compile(r"\|:?-")


PIPES = "|｜"
# A table's title on a line of its own (公共数字文化建设专项转移支付绩效目标表, 2022年度…补助资金分配表, 二、项目支出
# 明细表, 附件2 …绩效目标表): a table below it prints its own unit, or none.
TABLE_TITLE_END = "表"
TITLE_END_RE = re.compile(r"表[|｜]*(?=\x00|\Z)")  # (a line's end: the lines are joined by NUL)
PIPES_ALONE_RE = re.compile(r"[|｜]+(?=\n|\Z)")
TABLE_TITLE_LINE_RE = re.compile(
    r"(?:[一二三四五六七八九十\d]{1,2}[、.]|附[件表]\d{0,2}[:]?)?[\u4e00-\u9fff\d“”()]{4,40}表"
)


def _last_reached(
    lines: list[Line], index: int, rules: frozenset[int] = frozenset(), titles: frozenset[int] = frozenset()
) -> int:
    """The last line at most :data:`UNIT_LOOKBACK` counted lines below line ``index``: every line with
    text counts, and the blank lines of a run longer than :data:`MAX_BLANK_LINES` (a short run between
    two lines is a copy's spacing) — not ``rules``, lines that are no text (a Markdown table's rule, a line of pipes
    alone: an empty cell or the rule a page prints between a table's rows, ``||||||`` — a table printed one cell per
    line with such rules is twice as long); the reach ends before a line of ``titles`` (another table's)."""
    counted, position = 0, index + 1
    while position < len(lines):
        if rules and position in rules:  # (no line of text)
            position += 1
            continue
        if lines[position].compact:
            if titles and position in titles:
                return position - 1  # (another table's title: the unit above is not its)
            if counted == UNIT_LOOKBACK:
                return position - 1
            counted += 1
            position += 1
            continue
        run = position
        while run < len(lines) and not lines[run].compact:
            run += 1
        if run - position > MAX_BLANK_LINES:
            if counted + run - position > UNIT_LOOKBACK:
                return position - 1 + UNIT_LOOKBACK - counted  # (within the run)
            counted += run - position
        position = run
    return len(lines) - 1


def _rules_and_titles(lines: list[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """The lines that are no text to a unit's reach (a Markdown table's rule, a line of pipes alone) and the tables'
    titles that end it (:data:`TABLE_TITLE_LINE_RE`), each found in one scan of the document's compact lines (most
    documents print no such rule; a title's candidates are the lines ending in 表, its pipes after it)."""
    compacts = joined_texts(lines, "compact", "\n")[0]
    rules: set[int] = set()
    # (most documents print no pipe: one search for it spares those for the words holding one, each of which
    # reads every character of a document that does not hold it)
    piped = "|" in compacts
    if piped and ("\n|-" in compacts or "\n|:" in compacts):  # (most documents print none)
        rules.update(k for k in lines_starting(lines, MARKDOWN_RULE_START_RE, "compact")
                     if is_markdown_rule(lines[k].norm))
    if piped and ("||" in compacts or "\n|\n" in compacts):
        rules.update(lines_starting(lines, PIPES_ALONE_RE, "compact"))
    titles = frozenset(
        k for k in lines_with(lines, TITLE_END_RE, "compact")
        if TABLE_TITLE_LINE_RE.fullmatch(lines[k].compact.rstrip(PIPES))
    ) if TABLE_TITLE_END in compacts else frozenset()
    return frozenset(rules), titles


def _is_money_label(label: str) -> bool:
    core = LIST_HEAD_RE.sub("", label)
    return bool(MONEY_WORDS_RE.search(core)) and not NOT_MONEY_RE.search(core)


def _money_label(text: str) -> str | None:
    """The money label a line prints alone (its number is on a line below), or None."""
    label_only = LABEL_LINE_RE.match(text) if len(text) <= MAX_LABEL_LINE_CHARS else None
    label = SPACES_RE.sub("", label_only.group("label")) if label_only else None
    return label if label and _is_money_label(label) else None


def _worded_near_units(lines: list[Line], units: _Units) -> list[int]:
    """The lines holding a money word that :func:`parse_label_values` must read while no label is
    pending: a pair is read only where a unit is printed at most :data:`UNIT_LOOKBACK` lines above
    (:meth:`_Units.reach`), so the rest of the document matters only through a label it leaves
    pending. Each stretch is read from after the last line above it that leaves no label pending
    whatever came before (:func:`_ends_pending`): from there on the reading is the same as if the
    whole document had been read."""
    out: list[int] = []
    following = 0  # the lines before it are read already
    for first, last in units.reach():
        start = first
        while start > following and not _ends_pending(lines[start - 1].norm):
            start -= 1
        start = max(start, following)
        last = min(last, len(lines) - 1)
        out.extend(lines_with(lines, MONEY_PREFILTER_RE, "compact", start, last + 1))  # (one scan of the stretch)
        following = last + 1
    return out


def _ends_pending(text: str) -> bool:
    """Whether reading a line with ``text`` leaves no label pending, whatever was pending before: a
    line with text, no cell separator, not a number alone (a pending label's number, or the 行次
    between) and no money label alone (a label of its own)."""
    cell = lone_cell(text)
    if cell is not None and not cell.strip() and cell != text:
        return True  # an empty cell printed alone (``|``)
    return bool(cell and cell.strip()) and not NUMBER_LINE_RE.match(cell) and _money_label(cell) is None


def _number_follows(lines: list[Line], index: int) -> bool:
    """Whether the next line with text after line ``index`` is a number alone too: then the number
    is the first of a table's row printed one cell per line, under its header's cells (``公务用车运行费``
    the last of six, ``328.7`` the 合计 of six numbers), and the label above it names another column.
    A label and its number alternate (``label / number / label / number``)."""
    for line in lines[index + 1 : index + 1 + MAX_BLANK_LINES + 1]:
        cell = lone_cell(line.norm)
        if cell is None or cell.strip():
            return cell is not None and NUMBER_LINE_RE.match(cell) is not None
    return False


# What a line starts with that goes on with a number cut at the end of the line before (5.41%, .5万元, % …).
NUMBER_GOES_ON = "0123456789.%"


def _cut_by_a_wrap(lines: list[Line], index: int, text: str, match: re.Match[str]) -> bool:
    """Whether a pair's number ends a line of prose (a clause's mark before its label: ``…,完成预算的1``) that the
    next line goes on from with a digit, a point or a % (``5.41%,…``): a sentence hard-wrapped inside its number,
    no label's value. A next line opening with a point and a digit (``.7``) or a % goes on from the number
    whatever stands before it (``…省财政 21`` / ``.7 市县财政``): no row, no sentence starts so."""
    if text[match.end() :].strip() or index + 1 >= len(lines):
        return False
    after = lines[index + 1].norm.lstrip()
    if after[:1] == "%" or (after[:1] == "." and after[1:2].isdecimal()):
        return True
    if not any(mark in text[: match.start()] for mark in CLAUSE_MARKS):
        return False
    return lines[index + 1].norm.lstrip()[:1] in NUMBER_GOES_ON and bool(lines[index + 1].norm.strip())


def _serial_header_above(lines: list[Line], index: int) -> bool:
    """Whether the money label on line ``index`` is the last of a header printed one cell per line whose
    first cell is 序号 (序号 / 乡镇 / 补助对象 / 补助金额, then 1 / 龙浔镇 …): the number after it is the
    first row's number, not an amount. Only cells without a figure stand between."""
    cells = 0
    for line in reversed(lines[max(0, index - 2 * MAX_HEADER_CELLS) : index]):
        cell = lone_cell(line.norm)
        if cell is None:
            return False
        if not cell.strip():
            continue
        if SERIAL_HEADER_RE.match(cell):
            return True
        cells += 1
        if cells > MAX_HEADER_CELLS or any(c.isdigit() for c in cell):
            return False
    return False


def _figure(label: str, number: str, unit: str, line: Line) -> StatedFigure | None:
    amount = to_amount(number, unit)
    if amount is None:
        return None
    return amount_figure(SPACES_RE.sub("", label), amount, line)


def amount_figure(label: str, amount: Amount, line: Line, metric_label: str | None = None) -> StatedFigure:
    """The stated amount ``amount`` (in 元) of a table's cell labelled ``label``, at ``line``; its metric that of
    ``metric_label`` (the row's label, where ``label`` adds a column's name), else of ``label``."""
    return StatedFigure(
        label=label,
        field="amount",
        value=amount.yuan,
        unit="yuan",
        metric=metric_of_amount(label if metric_label is None else metric_label),
        context=line.norm.strip()[:80],
        ulp=amount.ulp_yuan,
        source_line=line.number,
        source_page=line.page,
    )


def parse_label_values(lines: list[Line], warnings: list[ParseWarning] | None = None) -> list[StatedFigure]:
    """Every money ``label: number`` pair of ``lines`` under a printed unit (see the module docstring); the
    balance of a row whose label is printed before each cell (:func:`_one_label_many_columns`) left out, told in
    ``warnings``."""
    return _one_label_many_columns(_pairs(lines), warnings)


# How many lines apart a label's pairs may stand and still be one row's cells printed one per line.
MAX_REPEAT_GAP_LINES = 6
BALANCE_LEFT_OUT = (
    "one label read again before each column's cell of a funds row (计划安排 | 实际到位 | 实际支出 | 结余), its last "
    "amount the one before the last but one less the last but one (到位 − 支出 = 结余): the row's balance, not an "
    "amount of the label; left out"
)


def _one_label_many_columns(
    figures: list[StatedFigure], warnings: list[ParseWarning] | None
) -> list[StatedFigure]:
    """``figures`` without the balance of a funds row printed one cell per line with its label repeated before
    each cell (县市区财政 55 / 县市区财政 55 / 县市区财政 55 / 县市区财政 0): where three or more pairs of one label
    stand a few lines apart and the last is the difference of the two before it (55 − 55 = 0, 1125 − 907.76 =
    217.24), the last is the row's 结余, no amount of the label — left out, told in ``warnings``."""
    out: list[StatedFigure] = []
    index = 0
    while index < len(figures):
        first = figures[index]
        last = index + 1
        while last < len(figures) and figures[last].label == first.label and (
            figures[last].source_page == first.source_page
            and 0 < figures[last].source_line - figures[last - 1].source_line <= MAX_REPEAT_GAP_LINES
        ):
            last += 1
        run = figures[index:last]
        if len(run) >= 3 and run[-1].value == run[-3].value - run[-2].value:
            out.extend(run[:-1])
            if warnings is not None:
                warnings.append(ParseWarning(
                    parser="label_values", message=BALANCE_LEFT_OUT,
                    context=" | ".join(f"{f.label} {f.value}" for f in run)[:120],
                    source_line=run[-1].source_line, source_page=run[-1].source_page,
                ))
        else:
            out.extend(run)
        index = last
    return out


def _pairs(lines: list[Line]) -> list[StatedFigure]:
    """Every money ``label: number`` pair of ``lines`` under a printed unit."""
    out: list[StatedFigure] = []
    units = _Units(lines)
    if not units.indexes:
        return out  # no block unit printed: no pair is money
    with_row_numbers = any("行次" in line.compact for line in lines[:400])
    pending: tuple[str, int] | None = None  # a label on its own line, waiting for its number
    # Most lines hold no money word and nothing waits for a number: only these lines are read
    # while no label is pending — and only near a unit (see :func:`_worded_near_units`).
    worded = _worded_near_units(lines, units)
    next_worded = 0
    following = 0  # the line after the one read last
    while True:
        if pending is None:
            while next_worded < len(worded) and worded[next_worded] < following:
                next_worded += 1
            if next_worded == len(worded):
                break
            index = worded[next_worded]
        elif following < len(lines):
            index = following
        else:
            break
        following = index + 1
        line = lines[index]
        text = lone_cell(line.norm)
        if text is None:
            continue
        if not text.strip():
            if text != line.norm:
                pending = None  # an empty cell printed alone (``|``): the pending label's value, empty
            continue
        number_only = NUMBER_LINE_RE.match(text) if pending is not None else None
        if number_only and pending is not None:
            label, label_index = pending
            if with_row_numbers and ROW_NUMBER_RE.match(text) and index - label_index <= 3:
                continue  # the 行次 between a label and its amount
            pending = None
            if ROW_NUMBER_RE.match(text) and _serial_header_above(lines, label_index):
                continue  # the last cell of a header led by 序号, then the first row's number
            if _number_follows(lines, index):
                continue  # a run of numbers under a run of labels: a table's header and its row, not a pair
            unit = units.above(index)
            if unit is not None:
                figure = _figure(label, number_only.group("number"), unit, line)
                if figure is not None:
                    out.append(figure)
            continue
        label = _money_label(text)
        if label is not None:
            pending = (label.rstrip(":"), index)
            continue
        pending = None
        if not NUMBER_END_RE.search(text):
            continue  # no number standing alone (prose prints 万元, 年, % after its numbers)
        unit = units.above(index)
        if unit is None:
            continue  # no block unit printed above: no pair of this line is money
        if units.under_columns(index):
            continue  # a row under a header of several amount columns: one figure per column, not a pair
        for match in PAIR_RE.finditer(text):
            label = match.group("label")
            if not _is_money_label(label):
                continue
            if _cut_by_a_wrap(lines, index, text, match):
                continue  # (…完成预算的1 / 5.41%,…: a sentence hard-wrapped inside its number)
            if with_row_numbers and ROW_NUMBER_RE.match(match.group("number")):
                continue  # a 行次, not an amount
            figure = _figure(label, match.group("number"), unit, line)
            if figure is not None:
                out.append(figure)
    return out

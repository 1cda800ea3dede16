"""Tables flattened into one line of words and numbers, read by the shape of their rows.

A PDF table copied into a web page often loses its line breaks: ``… 单位:万元 2020年 2021年 2021年
完成数 预算数 完成数 49,171 51,385 51,385 100.00% 4.50% 税收收入小计 27,631 33,385 33,385 100.00%
20.82% 增值税 …``. The rows are still there: a label, then the same number of cells each time. This
reader finds a run of at least :data:`MIN_ROWS` such rows on one line and reads it by

- **the header** printed before the first row (after the table's ``单位:…``): column names, or a
  two-row header flattened into years then kinds (``2020年 2021年 2021年 完成数 预算数 完成数`` is
  2020年完成数 | 2021年预算数 | 2021年完成数);
- **arithmetic** for percentage columns the header does not name: a column whose every cell is
  one amount column over another (完成数 / 预算数 → a share, 完成预算%) or its change over another
  (本年 / 上年 − 1 → 增长%) in every row, and no other pair, is that; any other column is left out;
- a first row printed without its label (the table's total) keeps the table's title as its label,
  with a parse warning.

Amounts need the table's declared unit; percentages and the rows' labels are read as printed.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice, pairwise

from ingest.numbers import declared_unit, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import PAGE_MARK_FIRST, Line, is_page_mark, joined_texts, lines_starting
from ingest.vocabulary import MONEY_UNIT_ALTERNATION, YEAR, metric_of_amount, metric_of_label

NUMBER_TOKEN_RE = re.compile(r"^[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
# A whitespace-separated token that is a number (:data:`NUMBER_TOKEN_RE`), found in a line's text.
NUMBER_WORD_RE = re.compile(r"(?<!\S)[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?(?!\S)")
YEAR_TOKEN_RE = re.compile(rf"^{YEAR}年(?:度)?$")
YEAR_IN_NAME_RE = re.compile(rf"({YEAR})年")


def _earlier_year(name: str, latest: int | None) -> str | None:
    """The year a column names where another column names a later one (2020年完成数 beside 2021年完成数), else None."""
    years = [int(year) for year in YEAR_IN_NAME_RE.findall(name)]
    return str(max(years)) if years and latest is not None and max(years) < latest else None
KIND_RE = re.compile(r"(?:完成|执行|决算|预算|调整|预计|实际)数?$|^金额$")
DONE_RE = re.compile(r"完成|执行|决算|实际")
UNIT_TOKEN_RE = re.compile(rf"单位[:：]|[(（](?:{MONEY_UNIT_ALTERNATION})[)）]")
TITLE_RE = re.compile(r"[^\s]{2,40}表")
# A line must hold at least this many number tokens before it is looked at.
MIN_NUMBERS = 9
MIN_ROWS = 3
# Rows enough when the header names every column (a two-row 平衡表 cut off after its totals).
MIN_NAMED_ROWS = 2
MAX_LABEL_CHARS = 30
# The longest line taken for one cell of a table printed one cell per line.
MAX_CELL_CHARS = 30
# Percentages are printed to 2 decimals: half a unit of the last digit, and a little.
PCT_TOLERANCE = Decimal("0.006")


@dataclass
class _Row:
    label: str | None
    cells: list[str]
    lines: list[Line]  # where each cell is printed (one line, or a line per cell)


# A group: the words before a run of numbers, the numbers, and the line of each number.
_Group = tuple[list[str], list[str], list[Line]]


def _is_number(token: str) -> bool:
    return bool(NUMBER_TOKEN_RE.match(token))


def _groups(tokens: list[tuple[str, Line]]) -> list[_Group]:
    """(words, numbers, their lines) in order: each run of word tokens with the numbers after it."""
    out: list[_Group] = []
    words: list[str] = []
    numbers: list[str] = []
    number_lines: list[Line] = []
    is_number = NUMBER_TOKEN_RE.match  # (:func:`_is_number`, called here without a call of it per token)
    for token, line in tokens:
        if is_number(token):
            numbers.append(token)
            number_lines.append(line)
            continue
        if numbers:
            out.append((words, numbers, number_lines))
            words, numbers, number_lines = [], [], []
        words.append(token)
    if numbers or words:
        out.append((words, numbers, number_lines))
    return out


def _columns(header: list[str]) -> list[str] | None:
    """Column names from the header's words after its unit: names, years then kinds, or the kinds
    of side-by-side column groups (收入 预算数 … 决算数 支出 预算 … 决算数: the first group's)."""
    years = [t for t in header if YEAR_TOKEN_RE.match(t)]
    kinds = [t for t in header if KIND_RE.search(t) and not YEAR_TOKEN_RE.match(t)]
    if years and len(years) == len(kinds) and len(years) + len(kinds) == len(header):
        return [year + kind for year, kind in zip(years, kinds, strict=True)]
    if header and all(KIND_RE.search(t) or YEAR_TOKEN_RE.search(t[:5]) for t in header):
        return header
    groups: list[list[str]] = []
    for word in header:
        if KIND_RE.search(word):
            if not groups:
                return None
            groups[-1].append(word)
        else:
            groups.append([])
    if len(groups) >= 2 and groups[0] and all(len(g) == len(groups[0]) for g in groups):
        return groups[0]
    return None


def _sides(header: list[str]) -> list[str]:
    """The side names of a header of side-by-side column groups (收入 … 支出 …), else []."""
    sides = [word for word in header if not KIND_RE.search(word)]
    return sides if len(sides) >= 2 and _columns(header) and not KIND_RE.search(header[0]) else []


def _header_and_title(words: list[str]) -> tuple[list[str], str | None, str | None]:
    """The header words after the last unit declaration, that declaration's unit, and the title."""
    text = " ".join(words)
    unit = None
    start = 0
    for index, word in enumerate(words):
        split_unit = index + 1 < len(words) and word.endswith("单位") and "元" in words[index + 1]  # 单位: 万元
        if UNIT_TOKEN_RE.search(word) or split_unit:
            unit = declared_unit(" ".join(words[index : index + 2])) or unit
            start = index + 1 if declared_unit(word) else index + 2
    titles = TITLE_RE.findall(text)
    return words[start:], unit, (titles[-1] if titles else None)


def _pct(cell: str) -> Decimal | None:
    return parse_decimal(cell[:-1]) if cell.endswith("%") else None


def _explain(rows: list[_Row], index: int, amounts: list[int]) -> tuple[str, int, int] | None:
    """The one (kind, a, b) with cell = a / b (share) or a / b − 1 (change) in every row."""
    found = []
    for a in amounts:
        for b in amounts:
            if a == b:
                continue
            for kind in ("share_pct", "change_pct"):
                checked = 0
                for row in rows:
                    pct, x, y = _pct(row.cells[index]), parse_decimal(row.cells[a]), parse_decimal(row.cells[b])
                    if pct is None or x is None or y is None or y == 0:
                        continue
                    ratio = x / y * 100 - (100 if kind == "change_pct" else 0)
                    if abs(ratio - pct) > PCT_TOLERANCE:
                        break
                    checked += 1
                else:
                    if checked >= MIN_ROWS:
                        found.append((kind, a, b))
    return found[0] if len(found) == 1 else None


def _table(rows: list[_Row], header: list[str], unit: str | None, title: str | None) -> list[Record]:
    width = len(rows[0].cells)
    named = _columns(header)
    if named is None or len(named) > width:
        return []
    is_pct = [all(row.cells[i].endswith("%") for row in rows) for i in range(width)]
    amounts = [i for i in range(len(named)) if not is_pct[i]]
    names: list[tuple[str, str] | None] = []
    done = any(DONE_RE.search(n) for n in named)
    # (an earlier year's column, 2020年完成数 beside 2021年预算数 | 2021年完成数: that year's amounts, compared_with it)
    latest = max((int(year) for n in named for year in YEAR_IN_NAME_RE.findall(n)), default=None)
    for index in range(width):
        if index < len(named):
            name = named[index]
            # a budget column beside an executed one is the budget compared with (an adjusted one is no 年初预算)
            initial = done and "预算" in name and not DONE_RE.search(name) and "调整" not in name
            field = "budget_initial" if initial else "amount"
            names.append((name, "share_pct" if is_pct[index] else field))
            continue
        explained = _explain(rows, index, amounts) if is_pct[index] else None
        if explained is None:
            names.append(None)
            continue
        kind, a, b = explained
        names.append((f"{named[a]}占{named[b]}%" if kind == "share_pct" else f"{named[a]}比{named[b]}增长%", kind))
    out: list[Record] = []
    for row in rows:
        label = row.label or f"{title or '表'}(首行,行名未印出)"
        if row.label is None:
            out.append(ParseWarning(parser="flat_tables", message=f"{label}: the first row's label is not printed",
                                    context=" ".join(row.cells)[:80], source_line=row.lines[0].number,
                                    source_page=row.lines[0].page))
        for column, cell, line in zip(names, row.cells, row.lines, strict=True):
            if column is None:
                continue
            figure = _figure(label, column, cell, unit, line)
            if figure is not None:
                if figure.field in ("amount", "budget_initial") and (
                    earlier := _earlier_year(column[0], latest)
                ) is not None:
                    figure = dataclasses.replace(figure, compared_with=earlier)
                out.append(figure)
    return out


def _figure(label: str, column: tuple[str, str], cell: str, unit: str | None, line: Line) -> StatedFigure | None:
    header, field = column
    direction = None
    if cell.endswith("%"):
        value = parse_decimal(cell[:-1])
        if value is None:
            return None
        if field == "change_pct":
            direction = "decrease" if value < 0 else "increase"
            value = abs(value)
        unit_out, ulp = "percent", None
    else:
        if unit is None:
            return None
        amount = to_amount(cell, unit)
        if amount is None:
            return None
        value, ulp, unit_out = amount.yuan, amount.ulp_yuan, "yuan"
    return StatedFigure(label=f"{label} {header}", field=field, value=value, unit=unit_out, direction=direction,
                        metric=metric_of_amount(label) if unit_out == "yuan" else metric_of_label(label),
                        context=f"{label} {cell}"[:80], ulp=ulp,
                        source_line=line.number, source_page=line.page)


def _tokens(text: str) -> list[str]:
    """Whitespace tokens, a ``%`` printed apart (``4.50 %``) joined to its number."""
    tokens: list[str] = []
    for token in text.split():
        if token in ("%", "％") and tokens and _is_number(tokens[-1]) and not tokens[-1].endswith("%"):
            tokens[-1] += "%"
        else:
            tokens.append(token)
    return tokens


def _streams(lines: list[Line]) -> list[list[tuple[str, Line]]]:
    """The token streams a flattened table can stand in: a long line of many numbers, or a run of
    lines holding one cell each (a table printed one cell per line, blank lines between). A
    document with fewer lines starting with a digit than a table has numbers has no such run.

    The lines worth looking at are found by scans of the document (see :data:`LONG_LINE_RE`);
    each is then judged as a loop over every line would judge it, in the same order. A run is
    the lines between two lines that are no cell; only the number cells are looked at one by one,
    and a run's other lines only when it holds enough of them to be read."""
    streams: list[list[tuple[str, Line]]] = []
    for index in lines_starting(lines, LONG_LINE_RE):
        text = lines[index].norm
        # (cheap first) its number tokens counted in the text (a ``%`` joined to the number before
        # it leaves the count as it is): most long lines are prose, never split into tokens
        if (
            len(text) >= MIN_NUMBERS * 4
            and text.count(" ") >= MIN_NUMBERS - 1
            and len(NUMBER_WORD_RE.findall(text)) >= MIN_NUMBERS
        ):
            streams.append([(token, lines[index]) for token in _tokens(text)])
    # a run needs MIN_NUMBERS number cells, and the document MIN_NUMBERS lines starting with a digit
    # (asked first: a count of the first few, where the number cells are looked for in every line)
    if not _digit_lines_enough(lines):
        return streams
    numbers = [index for index in lines_starting(lines, CELL_NUMBER_RE) if _is_number_cell(lines[index].norm)]
    if len(numbers) < MIN_NUMBERS:
        return streams
    # the one-line streams first, then the runs, as one pass over the lines found them
    return streams + [_run(lines, first) for first in _number_runs(lines, numbers)]


def _cell(text: str) -> str | bool | None:
    """A line of a table printed one cell per line: its cell (``12.5 |`` → ``12.5``); None for a
    blank line (it neither holds a cell nor ends the run); False for a line that is no cell."""
    text = text.strip()
    if not text or is_page_mark(text):  # (a page's number between two cells: as a blank line)
        return None
    if " " not in text and "\t" not in text and len(text) <= MAX_CELL_CHARS:
        return text.rstrip("|").strip() or text
    return False


def _is_number_cell(text: str) -> bool:
    cell = _cell(text)
    return isinstance(cell, str) and _is_number(cell)


def _digit_lines_enough(lines: list[Line]) -> bool:
    """Whether at least :data:`MIN_NUMBERS` lines may start a number cell: a digit (or the ``,``
    / ``.`` a number cell may start with) first, after the line's indent and a sign (``　　-12.5``:
    a table's cells are indented like its labels where a copy keeps the page's indent). They are
    counted in the document's lines joined, up to that many; one by one where a line holds a break."""
    text, starts = joined_texts(lines, "norm", "\n")
    if starts is not None:
        first = 1 if NUMBER_START_RE.match(text) else 0
        return first + sum(1 for _ in islice(NUMBER_AFTER_BREAK_RE.finditer(text), MIN_NUMBERS)) >= MIN_NUMBERS
    return sum(1 for line in lines if NUMBER_START_RE.match(line.norm)) >= MIN_NUMBERS


def _number_runs(lines: list[Line], numbers: list[int]) -> list[int]:
    """The first number cell of each run (lines between two lines that are no cell) holding at
    least :data:`MIN_NUMBERS` of ``numbers`` (every number cell of the document, in order) that
    can hold a table's rows (:func:`_holds_rows`)."""
    out: list[int] = []
    run: list[int] = []  # the number cells of the current run
    for index in numbers:
        if run and index > run[-1] + 1 and _no_cell_between(lines, run[-1], index):
            if len(run) >= MIN_NUMBERS and _holds_rows(lines, run):
                out.append(run[0])
            run = []
        run.append(index)
    if len(run) >= MIN_NUMBERS and _holds_rows(lines, run):
        out.append(run[0])
    return out


def _holds_rows(lines: list[Line], numbers: list[int]) -> bool:
    """Whether the number cells of a run (``numbers``) can hold rows as :func:`_runs` finds them:
    two groups in a row with the same count of numbers, two or more. A group's numbers are printed
    with no other cell between them (blank lines only), so the counts are known from the number
    cells alone, and a run of prose with a number here and there is not read cell by cell."""
    counts = [1]
    for previous, index in pairwise(numbers):
        if index == previous + 1 or not _text_between(lines, previous, index):
            counts[-1] += 1
        else:
            counts.append(1)
    return any(count == following >= 2 for count, following in pairwise(counts))


def _text_between(lines: list[Line], first: int, last: int) -> bool:
    """Whether a line between lines ``first`` and ``last`` is not blank."""
    text, starts = joined_texts(lines, "norm", "\n")
    if starts is None:  # a line holding a line break: one by one
        return any(_cell(lines[k].norm) is not None for k in range(first + 1, last))
    return _line_found(TEXT_LINE_RE, text, starts, first + 1, last, lines)


def _line_found(
    pattern: re.Pattern[str], text: str, starts: list[int], first: int, end: int, lines: list[Line]
) -> bool:
    """Whether ``pattern`` (matched from a line break) finds a line from ``first`` to before ``end``
    that is no page number standing alone (:func:`~ingest.text.is_page_mark`)."""
    for found in pattern.finditer(text, starts[first] - 1, starts[end] - 1):
        line_start = found.start() + 1  # (after the line break the pattern starts with)
        if text[line_start : line_start + 8].lstrip()[:1] not in PAGE_MARK_FIRST:
            return True  # (most lines: no page mark starts so, no line looked up)
        if not is_page_mark(lines[bisect_right(starts, line_start) - 1].norm):
            return True
    return False


def _no_cell_between(lines: list[Line], first: int, last: int) -> bool:
    """Whether a line between lines ``first`` and ``last`` is no cell (:func:`_cell` is False): one
    search of that stretch of the document's joined lines."""
    text, starts = joined_texts(lines, "norm", "\n")
    if starts is None:  # a line holding a line break: one by one
        return any(_cell(lines[k].norm) is False for k in range(first + 1, last))
    # from the line break before the line after ``first`` to the one before ``last``
    return _line_found(NO_CELL_LINE_RE, text, starts, first + 1, last, lines)


def _run(lines: list[Line], first: int) -> list[tuple[str, Line]]:
    """The cells of the run holding line ``first``: back to the line after the last line before it
    that is no cell, on to the line before the next (found by one search of the joined lines).
    Every line between is a cell or a blank line: its cell is read without asking again."""
    while first > 0 and _cell(lines[first - 1].norm) is not False:
        first -= 1
    run: list[tuple[str, Line]] = []
    for line in lines[first : _next_no_cell(lines, first)]:
        text = line.norm.strip()
        if text and not is_page_mark(text):  # (:func:`_cell` of a line that is a cell)
            run.append((text.rstrip("|").strip() or text, line))
    return run


def _next_no_cell(lines: list[Line], first: int) -> int:
    """The index of the first line from ``first`` on that is no cell (:func:`_cell` is False), or
    the number of lines when none is."""
    text, starts = joined_texts(lines, "norm", "\n")
    if starts is None:  # a line holding a line break: one by one
        return next((k for k in range(first, len(lines)) if _cell(lines[k].norm) is False), len(lines))
    if first == 0 and _cell(lines[0].norm) is False:
        return 0
    # from the line break before line ``first`` (the text's start for the first line)
    for found in NO_CELL_LINE_RE.finditer(text, starts[first] - 1 if first else 0):
        index = bisect_right(starts, found.start() + 1) - 1
        if not is_page_mark(lines[index].norm):
            return index
    return len(lines)


# A line of MIN_NUMBERS × 4 characters or more with MIN_NUMBERS − 1 spaces (what _streams asks
# first); a line that may be one number cell (the number between whitespace and trailing pipes,
# checked after). Each is matched at a line's start by one scan (ingest.text.lines_starting).
# Their repeats are possessive (``*+``): what a repeat takes, the next part of the pattern could
# never match (a space after the non-spaces, a sign or digit after the white space, …), so giving
# any of it back could not make a match — the engine just does not try, on every line that fails.
LONG_LINE_RE = re.compile(rf"(?=[^\n]{{{MIN_NUMBERS * 4}}})(?:[^ \n]*+ ){{{MIN_NUMBERS - 1}}}")
# (a line starting with a CJK ideograph or ending at once — most lines: prose and blank lines — is no number cell:
# a number cell starts with white space, a sign, a digit, a comma or a point. That one test, a range, is tried
# first: the repeats after it cost the scan some 800 instructions a line, a blank line's too.)
CELL_NUMBER_RE = re.compile(r"(?![\u4e00-\u9fff\n])[^\S\n]*+[-+−]?[\d,.]++%?[^\S\n]*+\|*+[^\S\n]*+(?=\n|\Z)")
# A line that is not blank, from the line break before it.
TEXT_LINE_RE = re.compile(r"\n[^\S\n]*\S")
# What may start a number cell (:data:`CELL_NUMBER_RE`): after the indent and a sign, a digit,
# ``,`` or ``.``; at the text's start, or after a line break.
NUMBER_START_RE = re.compile(r"[^\S\n]*[-+−]?[\d,.]")
NUMBER_AFTER_BREAK_RE = re.compile(r"\n[^\S\n]*[-+−]?[\d,.]")
# A line that is no cell (:func:`_cell` is False), from the line break before it: once stripped
# (``\\s`` is what ``str.strip`` strips), a space or tab between two of its characters, or more
# than MAX_CELL_CHARS characters. (The first space or tab after its first character is the one
# tried, taken without giving back — possessive ``*+``: a non-space after a later one is after it
# too. A line with none, most lines of a text hard-wrapped at a short width, fails there at its end
# instead of being given back character by character to look for one.)
NO_CELL_LINE_RE = re.compile(
    rf"\n[^\S\n]*+\S(?:[^ \t\n]*+[ \t]|[^\n]{{{MAX_CELL_CHARS - 1}}})[^\n]*?\S"
)


def _runs(groups: list[_Group]) -> list[tuple[int, int]]:
    """(first, end) of each run of ≥ MIN_ROWS groups with the same count of numbers."""
    runs = []
    start = 0
    for index in range(1, len(groups) + 1):
        if index == len(groups) or len(groups[index][1]) != len(groups[start][1]):
            if index - start >= MIN_NAMED_ROWS and len(groups[start][1]) >= 2:
                runs.append((start, index))
            start = index
    return runs


def parse_flat_tables(lines: list[Line]) -> list[Record]:
    """Every figure of every table flattened into one line or one cell per line (see the module
    docstring)."""
    out: list[Record] = []
    for tokens in _streams(lines):
        groups = _groups(tokens)
        for first, end in _runs(groups):
            words = groups[first][0]
            header, unit, title = _header_and_title(words)
            labels: list[str | None] = ["".join(groups[i][0]) for i in range(first, end)]
            if _columns(header):
                labels[0] = None  # the header runs straight into numbers: a row printed without its label
            else:
                label = _label_words(words)
                header, unit, title = _header_and_title(words[: len(words) - len(label)])
                labels[0] = "".join(label)
            if not all(label is None or 0 < len(label) <= MAX_LABEL_CHARS for label in labels):
                continue
            named = _columns(header)
            if end - first < MIN_ROWS and (named is None or len(named) != len(groups[first][1])):
                continue  # two rows only: every column must be named
            sides = _sides(header)
            if sides and labels[0] is not None:  # side-by-side groups: rows alternate 收入, 支出, 收入 …
                labels = [f"{label}({sides[k % len(sides)]})" for k, label in enumerate(labels)]
            rows = [_Row(label, groups[i][1], groups[i][2]) for label, i in zip(labels, range(first, end), strict=True)]
            out.extend(_table(rows, header, unit, title))
    return out


def _label_words(words: list[str]) -> list[str]:
    """The words of a row's label at the end of ``words`` (after the header's last column name)."""
    tail: list[str] = []
    for word in reversed(words):
        if KIND_RE.search(word) or YEAR_TOKEN_RE.match(word) or UNIT_TOKEN_RE.search(word):
            break
        tail.insert(0, word)
    return tail

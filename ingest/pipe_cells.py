"""Tables a web page rendered one cell per line, each cell closed by a pipe, read by their header.

An HTML table converted to text often prints every cell on its own line followed by `` |``, with
an empty cell as a ``|`` alone, so the grid survives though the rows do not: ``项 目 |`` / ``预 算
数 |`` / ``决 算 数 |`` / ``合 计 |`` / ``3 |`` / ``1.71 |`` / ``因公出国(境)费 |`` / ``|`` / ``|`` / …
(one line each).

The **header** is the cells before the first row: the first number's cell is the first row's
second cell, so the header is every cell before the one before it (项目 | 预算数 | 决算数: three
cells a row) — after a merged row declaring the unit (``单位:万元 |`` and its empty cells), which is
no header's. The rest is cut into rows of that width, and the table is read only when every row
is a label then numbers or empty cells (words only under a column of words: 增减原因, 说明), and the
header names each value column as the separated-row tables do
(:func:`ingest.text_tables.leaf_columns`). Anything else (a row of words, a
wrong count of cells, a header of one column) leaves the whole run out: the cells of a table
whose rows cannot be told apart are not guessed. Each figure's line is its own cell's line.

Where no single width fits — a page that drops a row's trailing empty cells, a header of two
rows, a page's fields (标题, 索引号) above the table — the run is read **row by row from its
labels** (:func:`_read_by_labels`): the header is the cells after the unit or title cell, in rows
split where empty cells stand; each row is a label and the numbers after it, read when it has as
many cells as the table has columns, else left out with a warning. Tables printed one **bare**
cell per line (no pipes, a blank line after each row) are read the same way
(:func:`parse_bare_cells`).

A table whose rows are **numbered** (a 序号 column: ``1 |`` / ``一、一般公共预算拨款收入 |`` /
``675.82 |`` / ``一、一般公共服务支出 |`` / ``516.39 |`` / ``2 |`` / …), often under a 栏次 row (``栏次 |
1 | 2 | 3 | 4``) and a header whose merged cells close with several pipes (``支出 | ||``), is cut
into rows at its row numbers — 1, 2, 3 … standing at one stride, each before a label or an empty
cell — by :func:`_read_numbered_rows`; the numbers are no figures. Its header is the row of that
width less one right above the 栏次 row or the first number; a header naming a label column twice
(项目 | 预算数 | 项目 | 预算数: 收入 and 支出 side by side) makes each row two, each half read under
its half. A row whose cells do not fit (a number under a label, a figure without a label) leaves
the table out with a warning. A budget's 收支总表 whose header names its label column twice as 项目 (``项目 |`` /
``预算数 |`` / ``项目 |`` / ``合计 |`` / ``一般公共预算 |`` …) is cut into rows at its labels and read by
:mod:`ingest.two_sided_budget`, as its separated rows are.

A **三公 table whose rows print a 行次 after their label** (``(1)公务用车购置费 |`` / ``5 |`` / ``21.28 |`` /
…) under a header of more cells than a row (``项目 | 行次 | 2017年决算数 | 2018年决算数 | …增减情况 | 栏次 |
增加额 | 增加幅度``: a 栏次 cell, a cell grouping the change columns) is cut at its row numbers — n, n + 1 …
one stride apart, each after a label — by :func:`_read_labelled_row_numbers`, pipe-closed, bare or with
the pipe on the next line; it is read only where the labels name three 三公 items or more and the
table's sums hold (items = 合计, the cars' parts = their row, each change = the difference of its
amounts), else left out with a warning. ``-``, ``—``, ``/`` or 无 printed in a cell is an empty cell.

A **list** whose header names its row-number column (序号 | 乡镇名称 | 项目名称 | 金额 | 备注: a fund's
allocation printed beside its 绩效目标表) is cut into rows of its header's width from its row 1 on —
however few its rows — by :func:`_read_listed_rows`; each row's label holds its names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from itertools import combinations

from ingest.flat_tables import CELL_NUMBER_RE
from ingest.numbers import decimals_of, parse_decimal
from ingest.records import ParseWarning, Record
from ingest.text import (
    CLAUSE_MARKS,
    Line,
    is_markdown_rule,
    is_page_mark,
    lines_holding,
    lines_starting_among,
)
from ingest.text_tables import (
    GROUPED_UNCONFIRMED,
    NUMBER_CELL_RE,
    ROW_NUMBER_HEADER_RE,
    ROW_NUMBER_WORD_RE,
    TEXT_COLUMN_RE,
    TOTAL_LABEL_RE,
    TWO_SIDED_LABEL_COLUMN,
    UNIT_CELL_RE,
    Column,
    cell_figure,
    grouped_confirmed,
    label_columns,
    leaf_columns,
    name_columns,
    named_label,
    unit_near,
    unit_stated_near,
)
from ingest.vocabulary import metric_of_amount

# A line that is one cell closed by a pipe (at most MAX_CELL_CHARS characters before it: a column
# of words, 增减原因, holds sentences), and nothing after the pipe.
MAX_CELL_CHARS = 200
CLOSED_CELL_RE = re.compile(rf"[^|\n]{{0,{MAX_CELL_CHARS}}}\|[^\S\n]*(?=\n|\Z)")
# One cell and its pipe, nothing else.
ONE_CELL_RE = re.compile(rf"^\s*(?P<cell>[^|]{{0,{MAX_CELL_CHARS}}}?)\s*\|\s*$")
# Cells a table needs at least: a header of two, two rows.
MIN_CELLS = 6
MAX_LABEL_CHARS = 40
# A column's name in a header read row by row (:func:`_read_by_labels`): short, no sentence.
MAX_HEADER_CELL_CHARS = 24
SENTENCE_PUNCTUATION_RE = re.compile(f"[{CLAUSE_MARKS}]")
# The column names of a performance indicator table (its rows are read by ingest.performance).
INDICATOR_HEADER_RE = re.compile(r"^(?:[一二三]级指标|指标值|指标内容|年度指标值|评分细则|评分标准)")
# A row's label holds a word (CJK or Latin), not only signs.
LABEL_WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _cell(line: Line) -> str | None:
    match = ONE_CELL_RE.match(line.norm)
    return match.group("cell") if match is not None else _sentence_cell(line.norm)


def _sentence_cell(norm: str) -> str | None:
    """A cell closed by its pipe that is a sentence longer than a cell otherwise is (``注:按照…规定。 |``: a column
    of words' cell, 备注 printing a note), or None."""
    if norm.count("|") != 1:
        return None
    text = norm.rstrip()
    if not text.endswith("|"):
        return None
    text = text[:-1].strip()
    return text if text.endswith("。") else None


def _runs(lines: list[Line]) -> list[list[tuple[str, Line, int]]]:
    """Runs of lines holding one closed cell each (blank lines between them do not end a run):
    (cell, line, index of the line)."""
    runs: list[list[tuple[str, Line, int]]] = []
    run: list[tuple[str, Line, int]] = []
    previous = -1
    # only a line holding a pipe can be a closed cell: one scan of the document for a pipe finds them
    # (most documents print none), where an attempt at every line's start costs every document
    for index in lines_holding(lines, ("|",)):
        if not CLOSED_CELL_RE.match(lines[index].norm) and _sentence_cell(lines[index].norm) is None:
            continue
        cell = _cell(lines[index])
        if cell is None:
            continue
        # (a page's number, or its running header read as one, between two pages of the table ends no run)
        if run and any(lines[k].text.strip() and not is_page_mark(lines[k].norm) for k in range(previous + 1, index)):
            runs.append(run)
            run = []
        run.append((cell, lines[index], index))
        previous = index
    if run:
        runs.append(run)
    return [run for run in runs if len(run) >= MIN_CELLS]


def _is_number(cell: str) -> bool:
    return bool(NUMBER_CELL_RE.match(cell.replace(" ", "")))


def _read_run(lines: list[Line], run: list[tuple[str, Line, int]]) -> list[Record]:
    unit_cells = _unit_row_cells(run)
    if unit_cells:  # a merged row above the header declaring the unit: its unit is the table's
        unit_text, run = " ".join(cell for cell, _, _ in run[:unit_cells]), run[unit_cells:]
    else:
        unit_text = ""
    first_number = next((k for k, (cell, _, _) in enumerate(run) if _is_number(cell)), None)
    if first_number is None or first_number < 3:
        return []  # no numbers, or no header of two cells above the first row
    if (two_sided := _two_sided(lines, run, unit_text, first_number - 1)) is not None:
        return two_sided
    width = first_number - 1  # the header's cells: the first row's label stands right before its number
    header = ["".join(cell.split()) for cell, _, _ in run[:width]]  # 预 算 数 → 预算数
    body = run[width:]
    if any(not cell or _is_number(cell) for cell in header):
        return _read_by_labels(lines, run, unit_text, first_number) or []
    if (half := _second_half(header)) is not None and (read := _read_halves(lines, run, header, body, half)):
        return read
    body = [("" if PLACEHOLDER_CELL_RE.fullmatch(cell.strip()) else cell, line, index) for cell, line, index in body]
    rows = [body[k : k + width] for k in range(0, len(body) - len(body) % width, width)]
    columns = leaf_columns([header], width - 1)
    if columns is None or not _rows_hold_a_grid(rows, [column.field is None for column in columns]):
        return (
            _read_by_labels(lines, run, unit_text, first_number)
            or _read_labelled_row_numbers(lines, run, unit_text)
            or _left_out(run, width)
        )
    unit = unit_near(lines, run[0][2], unit_text + " " + " ".join(header))
    out: list[Record] = []
    for row in rows:
        label = "".join(row[0][0].split())[:MAX_LABEL_CHARS]
        for column, (cell, line, _) in zip(columns, row[1:], strict=True):
            if cell and _is_number(cell) and (figure := cell_figure(label, column, cell, unit, line)) is not None:
                out.append(figure)
    return out


def _two_sided(
    lines: list[Line], run: list[tuple[str, Line, int]], unit_text: str, label_at: int
) -> list[Record] | None:
    """A budget's two-sided 收支总表 one cell per line (``项目 |`` / ``预算数 |`` / ``项目 |`` / ``合计 |`` / …,
    then its rows): read by its rows' labels (ingest/two_sided_budget.py), or None for any other table. Its
    header is the cells from the first 项目 that another 项目 follows to the first row's label."""
    first = next((k for k in range(label_at) if run[k][0].replace(" ", "") == TWO_SIDED_LABEL_COLUMN), None)
    if first is None:
        return None
    header = [cell for cell, _, _ in run[first:label_at]]
    if (second := label_columns(header)) is None:
        return None
    from ingest.two_sided_budget import read_two_sided, rows_of_cells  # (only under a two-sided header)

    unit = unit_near(lines, run[0][2], " ".join([unit_text, *(cell for cell, _, _ in run[:label_at])]))
    return read_two_sided(header, second, rows_of_cells([(cell, line) for cell, line, _ in run[label_at:]]), unit)


# A cell printed for an empty one (``-``, ``—``, ``/``, 无): no figure, and no word under a column of figures.
PLACEHOLDER_CELL_RE = re.compile(r"[-－—–―/／]{1,3}|无")


# The label column's name heading one side of a two-sided table: 收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数.
SIDE_HEADER_RE = re.compile(r"(?:收入|支出)(?:项目|科目)?(?:名称)?|项目|科目")


def _second_half(header: list[str]) -> int | None:
    """Where the second side of a two-sided table starts (收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数 → 3):
    a header of two equal halves, each a label column's name and the same value columns, or None."""
    half = len(header) // 2
    if len(header) < 4 or len(header) % 2 or header[1:half] != header[half + 1 :]:
        return None
    if not (SIDE_HEADER_RE.fullmatch(header[0]) and SIDE_HEADER_RE.fullmatch(header[half])):
        return None
    return half


def _read_halves(
    lines: list[Line], run: list[tuple[str, Line, int]], header: list[str], body: list[tuple[str, Line, int]], half: int
) -> list[Record] | None:
    """The figures of a two-sided table printed one cell per line (a 收支决算平衡表: 收入 and 支出 side by
    side, each row two rows): each half of each row a label and its numbers under the half's columns;
    None when a half does not fit (a number where its label stands, words under a number's column).
    A row the run ends inside (a page cut off) is no row."""
    columns = leaf_columns([header[:half]], half - 1)
    if columns is None or any(column.field is None for column in columns):
        return None
    width = 2 * half
    halves = [
        body[k + side : k + side + half] for k in range(0, len(body) - len(body) % width, width) for side in (0, half)
    ]
    if not halves or any(
        not row[0][0] or _is_number(row[0][0]) or any(cell and not _is_number(cell) for cell, _, _ in row[1:])
        for row in halves
    ):
        return None
    unit = unit_near(lines, run[0][2], " ".join(header))
    out: list[Record] = []
    for row in halves:
        label = "".join(row[0][0].split())[:MAX_LABEL_CHARS]
        for column, (cell, line, _) in zip(columns, row[1:], strict=True):
            if cell and (figure := cell_figure(label, column, cell, unit, line)) is not None:
                out.append(figure)
    return out or None


def _read_by_labels(
    lines: list[Line], run: list[tuple[str, Line, int]], unit_text: str, first_number: int, bare: bool = False
) -> list[Record] | None:
    """A run whose rows cannot be cut at one width — a page that drops a row's trailing empty cells
    (``资源税 |`` / ``|``), a header of two rows (``2020年执行数`` over ``金额 | 占调整预算% |
    比上年增长%``), or text above the table (the page's 标题 / 索引号 fields) — read row by row
    from its labels, or None.

    The table starts after the last cell declaring its unit (``单位:万元``) or naming it (a title
    ending with 表) before the first row; its header is the cells from there to the first row's
    label, in rows split where empty cells stand (the second row under the last column of the
    first, as :func:`~ingest.text_tables.leaf_columns` lays them). Each row is a label and the
    number or empty cells up to the next label; the table has as many value columns as most of its
    rows with a number have cells. A row with exactly that many cells is read cell by cell under
    the columns; a row with fewer (a cell dropped: which one cannot be told) or more is left out
    with a warning, and so is the whole table when the header cannot be laid over its columns.
    ``bare`` cells (no pipes) print an empty cell as a blank line, which also ends a row: there a
    blank splits the header's rows but is no cell of a row (a row is read only when every one of
    its columns holds a number)."""
    label_at = first_number - 1
    if not run[label_at][0] or _is_number(run[label_at][0]):
        return None  # no label before the first number: no row to start from
    start = 0
    for k in range(label_at - 1, -1, -1):
        cell = "".join(run[k][0].split())
        if UNIT_CELL_RE.fullmatch(cell) or (len(cell) >= 4 and cell.endswith("表") and not _is_number(cell)):
            start = k + 1
            unit_text = f"{unit_text} {cell}"
            break
    header_rows: list[list[str]] = [[]]
    for cell, _, _ in run[start:label_at]:
        if cell:
            header_rows[-1].append("".join(cell.split()))
        elif header_rows[-1]:
            header_rows.append([])
    header_rows = [row for row in header_rows if row]
    if not header_rows or any(
        _is_number(cell) or len(cell) > MAX_HEADER_CELL_CHARS or SENTENCE_PUNCTUATION_RE.search(cell)
        for row in header_rows for cell in row
    ):
        return None  # a number, or a sentence (a goal's text above an indicator table), is no column's name
    if any(INDICATOR_HEADER_RE.search(cell) for row in header_rows for cell in row):
        return None  # a performance indicator table (一级指标 | 二级指标 | 分值 | 指标值): its 分值 are no money
    # a last column of words (增减原因, 备注): a sentence in a row is its cell, no row's label
    words_last = TEXT_COLUMN_RE.search(header_rows[-1][-1]) is not None
    rows: list[tuple[str, list[tuple[str, Line, int]]]] = []  # (label, its number and empty cells)
    last = max(k for k, (cell, _, _) in enumerate(run) if cell)
    for at, (cell, line, index) in enumerate(run[label_at:], start=label_at):
        if cell and not _is_number(cell):
            if not LABEL_WORD_RE.search(cell):
                if at == last:
                    break  # the run's last cell (a date under the table, 2021-1-15): no row of it
                return None  # ≥, %, = standing alone: an indicator's operator and unit, no row's label
            if words_last and rows and _is_sentence(cell):
                continue  # the row's cell under the column of words: no figure
            rows.append(("".join(cell.split())[:MAX_LABEL_CHARS], []))
        else:
            if cell or not bare:
                rows[-1][1].append((cell, line, index))
    counts = Counter(
        len(_without_trailing_empties(values)) for _, values in rows if any(c for c, _, _ in values)
    )
    if len([1 for _, values in rows if any(c for c, _, _ in values)]) < 2:
        return None
    width = counts.most_common(1)[0][0]
    columns = leaf_columns(header_rows, width)
    if columns is None and words_last and (with_words := leaf_columns(header_rows, width + 1)) and (
        with_words[-1].field is None
    ):
        columns = with_words[:-1]  # (the column of words after the figures': its cells are no row's numbers)
    if columns is None or any(column.field is None and not _numbers_rows(column) for column in columns):
        return None  # (a column of words: its cells are no bare row's; a column numbering the rows holds numbers)
    unit = unit_near(lines, run[start][2], unit_text + " " + " ".join(cell for row in header_rows for cell in row))
    out: list[Record] = []
    left_out: list[str] = []
    placed = _placed_by_sums(rows, columns)
    for label, values in rows:
        if not any(cell for cell, _, _ in values):
            continue  # a row with no figure: nothing to place
        cells = values if len(values) == width else _without_trailing_empties(values)
        if len(cells) != width:
            cells = placed.get(id(values), [])
        if len(cells) != width:
            left_out.append(label)
            continue
        for column, (cell, line, _) in zip(columns, cells, strict=True):
            if cell and (figure := cell_figure(label, column, cell, unit, line)) is not None:
                out.append(figure)
    if left_out:
        anchor = run[start][1]
        out.append(ParseWarning(
            parser="pipe_cells",
            message=f"table printed one cell per line: {len(left_out)} row(s) with another count of cells than "
            f"its {width} columns left out (which cell is missing cannot be told)",
            context=" | ".join(left_out)[:120],
            source_line=anchor.number,
            source_page=anchor.page,
        ))
    return out


# A 三公 table whose rows print a 行次 after their label (``(1)公务用车购置费 | 5 | 21.28 | 28.19 | 6.91 |
# 32.47%``) under a header whose cells are more than a row's (a 栏次 cell, a cell grouping the change
# columns): cut at its row numbers, confirmed by the 三公 items its labels name and by its sums.
THREE_PUBLIC_ITEMS = ("three_public_overseas", "three_public_vehicle", "three_public_vehicle_purchase",
                      "three_public_vehicle_operation", "three_public_reception")
MIN_THREE_PUBLIC_ITEMS = 3
MIN_LABELLED_ROWS = 3
# The row of the table's total (not a 小计: the cars' subtotal).
THREE_PUBLIC_TOTAL_RE = re.compile(r"合\s*计|总\s*计")
# A header cell grouping the cells after it (2017年决算比上年增减情况 over 增加额 | 增加幅度).
GROUP_CELL_RE = re.compile(r"情况$")
# How many units of the last printed digit a sum may be off (each part rounded on its own).
SUM_TOLERANCE_ULPS = 3
# Cells above the header where the table's unit may be declared (its title, 单位:万元).
UNIT_CELLS_ABOVE = 4


def _row_number_cut(cells: list[str], start: int) -> tuple[int, int, int] | None:
    """(position of the first row's label, stride, rows) of rows printed as label, row number n, n+1 …
    at one stride from ``start`` on, or None."""
    for first in range(start, len(cells) - 1):
        label, number = cells[first], cells[first + 1]
        if not label or _is_number(label) or not LABEL_WORD_RE.search(label) or not ROW_NUMBER_RE.fullmatch(number):
            continue
        n = int(number)
        for stride in range(MIN_NUMBERED_WIDTH, MAX_NUMBERED_WIDTH + 1):
            count = 0
            while (at := first + count * stride) + stride <= len(cells) and cells[at + 1] == str(n + count) and (
                cells[at] and not _is_number(cells[at]) and LABEL_WORD_RE.search(cells[at])
            ) and all(not cell or _is_number(cell) for cell in cells[at + 2 : at + stride]):
                count += 1
            if count >= MIN_LABELLED_ROWS:
                return first, stride, count
        return None  # the first label and number: the rows start there or nowhere
    return None


def _sums_hold(rows: list[tuple[str, list[str]]], columns: list[Column], places: int | None = None) -> bool:
    """Whether, in every money column, the 三公 items add up to the 合计 row (an empty cell is zero) and
    the two cars' rows to theirs; and in every row the change is the difference of the two amounts — to
    SUM_TOLERANCE_ULPS of the last digit the figures print (or of ``places`` decimals)."""
    by_metric: dict[str, list[str]] = {}
    total: list[str] | None = None
    for label, values in rows:
        metric = metric_of_amount(label)
        if metric in THREE_PUBLIC_ITEMS:
            by_metric.setdefault(metric, values)
        elif total is None and (metric == "three_public_total" or THREE_PUBLIC_TOTAL_RE.search(label)):
            total = values
    fields = [column.field for column in columns]
    amounts = [k for k, field in enumerate(fields) if field in ("amount", "budget_initial")]

    def close(a: Decimal, b: Decimal, cells: list[str]) -> bool:
        digits = places if places is not None else max((decimals_of(cell) for cell in cells if cell), default=0)
        return abs(a - b) <= Decimal(1).scaleb(-digits) * SUM_TOLERANCE_ULPS

    def value(cell: str) -> Decimal:
        return (parse_decimal(cell.rstrip("%")) or Decimal(0)) if cell else Decimal(0)

    for k in amounts:
        cell_of = {metric: values[k] for metric, values in by_metric.items()}
        overseas, vehicle, purchase, operation, reception = (cell_of.get(m) for m in THREE_PUBLIC_ITEMS)
        if vehicle is None and purchase is not None and operation is not None:
            cars = value(purchase) + value(operation)  # (no row of both: its parts' sum)
        else:
            cars = value(vehicle or "")
        items = (overseas, vehicle, purchase, operation, reception)
        parts = [total[k] if total else "", *(cell or "" for cell in items)]
        if total is not None and total[k] and not close(
            value(total[k]), value(overseas or "") + cars + value(reception or ""), parts
        ):
            return False
        if vehicle and purchase is not None and operation is not None and not close(
            value(vehicle), value(purchase) + value(operation), parts[2:5]
        ):
            return False
    changes = [k for k, field in enumerate(fields) if field == "change"]
    if len(amounts) == 2 and changes:
        for _, values in rows:
            cells = [values[amounts[0]], values[amounts[1]], values[changes[0]]]
            if all(cells) and not close(abs(value(cells[1]) - value(cells[0])), abs(value(cells[2])), cells):
                return False
    return True


def _read_labelled_row_numbers(
    lines: list[Line], run: list[tuple[str, Line, int]], unit_text: str = ""
) -> list[Record] | None:
    """The figures of a 三公 table whose rows print a 行次 after their label (see
    :data:`THREE_PUBLIC_ITEMS`), or None when the run is no such table.

    The header names the row-number column (行次); its value columns are its cells after the label
    column's and the row-number columns' names (行次, 栏次), a cell grouping the change columns (…增减
    情况) heading the ones after it. The rows are cut where the row numbers stand: each row its label,
    its number n, n + 1 …, and numbers or empty cells, as many as the header has value columns. The
    cut is kept only where the labels name at least three 三公 items and the table's sums hold (the
    items add up to the 合计 row, the two cars' rows to theirs, each change is the difference of its
    row's amounts); otherwise the table is left out with a warning."""
    cells = ["".join(cell.split()) for cell, _, _ in run]
    cells = ["" if PLACEHOLDER_CELL_RE.fullmatch(cell) else cell for cell in cells]
    head = next((k for k, cell in enumerate(cells) if ROW_NUMBER_HEADER_RE.fullmatch(cell)), None)
    if head is None or head == 0:
        return None
    found = _row_number_cut(cells, head + 1)
    if found is None:
        return None
    first, stride, count = found
    header = [cell for cell in cells[head - 1 : first] if cell]
    values = [cell for cell in header[1:] if not ROW_NUMBER_HEADER_RE.fullmatch(cell)]
    width = stride - 2
    columns = None
    if len(values) == width:
        columns = leaf_columns([values], width)
    else:
        groups = [k for k, cell in enumerate(values) if GROUP_CELL_RE.search(cell)]
        if groups and groups[-1] < len(values) - 1:
            columns = leaf_columns([values[: groups[-1] + 1], values[groups[-1] + 1 :]], width)
    if columns is None or any(column.field is None for column in columns):
        return None
    rows = []
    for row in range(count):
        at = first + row * stride
        rows.append((cells[at][:MAX_LABEL_CHARS], cells[at + 2 : at + stride]))
    if len({metric_of_amount(label) for label, _ in rows} & set(THREE_PUBLIC_ITEMS)) < MIN_THREE_PUBLIC_ITEMS:
        return None
    anchor = run[head - 1][1]
    if not _sums_hold(rows, columns):
        return [ParseWarning(
            parser="pipe_cells",
            message="三公 table with a 行次 column printed one cell per line: its items do not add up to its "
            "合计 (or a change is no difference of its amounts), so none of its figures is read",
            context=" | ".join(header)[:120],
            source_line=anchor.number,
            source_page=anchor.page,
        )]
    # (the unit declared in a cell above the header — 单位:万元 — or in the header: 决算数(万元))
    unit = unit_near(lines, run[0][2], unit_text + " " + " ".join(cells[max(0, head - 1 - UNIT_CELLS_ABOVE) : first]))
    out: list[Record] = []
    for row, (label, values) in enumerate(rows):
        at = first + row * stride + 2
        is_total = metric_of_amount(label) not in THREE_PUBLIC_ITEMS and THREE_PUBLIC_TOTAL_RE.search(label)
        for column, value, (_, line, _) in zip(columns, values, run[at : at + width], strict=True):
            figure = cell_figure(label, column, value, unit, line) if value else None
            if figure is not None and is_total and figure.unit == "yuan":
                figure = replace(figure, metric="three_public_total")  # the 三公 table's 合计
            if figure is not None:
                out.append(figure)
    return out


def _placed_by_sums(
    rows: list[tuple[str, list[tuple[str, Line, int]]]], columns: list[Column]
) -> dict[int, list[tuple[str, Line, int]]]:
    """The rows of a 三公 table one cell per line that lost empty cells (fewer cells than columns: which ones
    cannot be told from the layout), each laid on the one choice of columns, in order, that keeps the table's
    sums (:func:`_sums_hold`: the items add up to its 合计, each change the difference of its amounts) — only a
    row of a 三公 item or of the 合计, which the sums weigh, beside a 合计 row of full cells; by ``id`` of the row's
    cells. Rows with another count of cells stay left out."""
    width = len(columns)
    if not any(len(values) != width and 0 < sum(1 for cell, _, _ in values if cell) < width for _, values in rows):
        return {}  # (no row lost cells: most tables)
    full = [(label, [cell for cell, _, _ in values]) for label, values in rows if len(values) == width]
    labels = {metric_of_amount(label) for label, _ in rows}
    if len(labels & set(THREE_PUBLIC_ITEMS)) < MIN_THREE_PUBLIC_ITEMS or not any(
        THREE_PUBLIC_TOTAL_RE.search(label) and all(cells) for label, cells in full
    ):
        return {}
    # (the table's finest printed digit: a 3 beside 1.71 is 3.00, so a sum missing 1 is no rounding)
    places = max((decimals_of(cell) for _, values in rows for cell, _, _ in values if _is_number(cell)), default=0)
    out: dict[int, list[tuple[str, Line, int]]] = {}
    for label, values in rows:
        cells = [value for value in values if value[0]]
        if len(values) == width or not cells or len(cells) >= width or not (
            metric_of_amount(label) in THREE_PUBLIC_ITEMS or THREE_PUBLIC_TOTAL_RE.search(label)
        ):
            continue
        holding = []
        for chosen in combinations(range(width), len(cells)):
            laid = [""] * width
            for column, (cell, _, _) in zip(chosen, cells, strict=True):
                laid[column] = cell
            if _sums_hold([*full, (label, laid)], columns, places):
                holding.append(chosen)
        if len(holding) == 1:
            at = dict(zip(holding[0], cells, strict=True))
            out[id(values)] = [at.get(column, ("", cells[0][1], cells[0][2])) for column in range(width)]
    return out


def _is_sentence(cell: str) -> bool:
    """A cell that is a sentence (``…减少公务接待。``): a column of words' cell, never a row's label."""
    return cell.rstrip().endswith("。")


def _numbers_rows(column: Column) -> bool:
    """Whether ``column`` numbers the table's rows (行号, 序号): a column of numbers that are no figures."""
    return ROW_NUMBER_HEADER_RE.fullmatch(column.header) is not None


def _without_trailing_empties(values: list[tuple[str, Line, int]]) -> list[tuple[str, Line, int]]:
    end = len(values)
    while end and not values[end - 1][0]:
        end -= 1
    return values[:end]


def _rows_hold_a_grid(rows: list[list[tuple[str, Line, int]]], text_columns: list[bool]) -> bool:
    """Every row a label and then numbers or empty cells — words only under a column of words
    (``text_columns``: 增减原因, 说明) — and at least two rows hold a number."""
    numbered = 0
    for row in rows:
        label, values = row[0][0], [cell for cell, _, _ in row[1:]]
        if not label or _is_number(label) or any(
            cell and not _is_number(cell) and not text for cell, text in zip(values, text_columns, strict=True)
        ):
            return False
        numbered += any(cell and _is_number(cell) for cell in values)
    return numbered >= 2


def _unit_row_cells(run: list[tuple[str, Line, int]]) -> int:
    """How many cells at the run's start are a merged row declaring the table's unit (``单位:万元 |``
    and the empty cells ``|`` after it): no header's cells."""
    if not run or not UNIT_CELL_RE.fullmatch("".join(run[0][0].split())):
        return 0
    count = 1
    while count < len(run) and not run[count][0]:
        count += 1
    return count


def _left_out(run: list[tuple[str, Line, int]], width: int) -> list[Record]:
    anchor = run[0][1]
    return [ParseWarning(
        parser="pipe_cells",
        message=f"table printed one cell per line ({len(run)} cells, a header of {width}): its rows could not be "
        "told apart, so none of its figures is read",
        context=" | ".join(cell for cell, _, _ in run[:8])[:120],
        source_line=anchor.number,
        source_page=anchor.page,
    )]


def parse_pipe_cells(lines: list[Line]) -> list[Record]:
    """Every figure of every table printed one pipe-closed cell per line (see the module docstring)."""
    out: list[Record] = []
    numbered: set[int] = set()  # lines of the tables read by their row numbers
    for run in _merged_cell_runs(lines):
        read = _read_numbered_rows(lines, run)
        if read is None:
            read = _read_listed_rows(lines, run)
        if read is not None:
            out.extend(read)
            numbered.update(index for _, _, index in run)
    for run in _runs(lines):
        if numbered and all(index in numbered for _, _, index in run):
            continue
        out.extend(_read_run(lines, run))
    for run in _pipe_below_runs(lines):
        cells = _rows_opened_by_a_pipe(run)
        if cells is not None:
            out.extend(_read_run(lines, cells))
        else:  # (a 三公 table whose rows print a 行次: cut at its row numbers)
            out.extend(_read_labelled_row_numbers(lines, run) or [])
    return out


# Bare cells: a table printed one cell per line with no pipe at all, a blank line after each row (or
# for an empty cell: the two cannot be told apart). Only lines near a line that is a number alone are
# looked at, found in one scan of the document.
# (spaces around it, no tab: a tab-indented cell is the performance tables' layout, no bare cell)
# (its first character looked ahead for first: the scan tries it at every line's start, and a line
# starting otherwise — most lines — fails on that one test instead of the pattern's repeats and
# alternatives, half the scan's instructions)
BARE_NUMBER_RE = re.compile(r"(?=[ \d+\-−]) *[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)? *(?=\n|\Z)")
MAX_BARE_CELL_CHARS = 40
BARE_HEADER_LINES = 40  # lines above a table's first number its title, unit and header may take
BARE_GAP_LINES = 12  # lines between two numbers of one table: a row's label and blank lines
MAX_BARE_GAP_LINES = 80  # or at most this many when every line between is a cell or blank (rows without figures)
MIN_BARE_NUMBERS = 4
SENTENCE_MARKS = ("。", ";", "；", "!", "?")


def _is_bare_cell(line: Line) -> bool:
    """A line that may be a bare cell: short, no sentence, no pipe or tab (a tab-indented cell is the
    performance tables' layout, :mod:`ingest.performance.tables`), no page number."""
    norm = line.norm
    text = norm.strip()
    return (
        bool(text) and len(text) <= MAX_BARE_CELL_CHARS and "|" not in text and "\t" not in norm
        and not text.endswith(SENTENCE_MARKS) and not is_page_mark(text)
    )


def parse_bare_cells(lines: list[Line]) -> list[Record]:
    """Every figure of every table printed one bare cell per line (no pipes), read row by row from its
    labels as pipe-closed cells are (:func:`_read_by_labels`): the run of cells around a cluster of
    number lines, from its title or unit down to its last number. A budget's two-sided 收支总表 (``项目`` /
    ``预算数`` / ``项目`` / ``合计`` / …) is cut at its labels (:func:`_two_sided`), its blank lines no cells.
    A table another reader reads (a 三公 or performance table printed so) is left to it:
    :func:`~ingest.document.parse_lines` keeps only the figures at lines no other reader read."""
    # (a bare number alone on its line is a number cell, :data:`~ingest.flat_tables.CELL_NUMBER_RE`: spaces, a sign,
    # digits, commas and a point — found among the lines the flattened tables' reader found so, where it looked)
    numbers = lines_starting_among(lines, BARE_NUMBER_RE, CELL_NUMBER_RE)
    if len(numbers) < MIN_BARE_NUMBERS:
        return []
    out: list[Record] = []
    clusters: list[list[int]] = [[numbers[0]]]
    for index in numbers[1:]:
        previous = clusters[-1][-1]
        if index - previous <= BARE_GAP_LINES or (
            index - previous <= MAX_BARE_GAP_LINES
            and all(_is_bare_cell(lines[k]) or not lines[k].text.strip() for k in range(previous + 1, index))
        ):  # (rows without figures between: the same table)
            clusters[-1].append(index)
        else:
            clusters.append([index])
    for cluster in clusters:
        if len(cluster) < MIN_BARE_NUMBERS:
            continue
        start = cluster[0]
        while start > 0 and cluster[0] - start < BARE_HEADER_LINES and (
            _is_bare_cell(lines[start - 1]) or not lines[start - 1].text.strip()
        ):
            start -= 1
        run: list[tuple[str, Line, int]] = []
        for index in range(start, cluster[-1] + 1):
            line = lines[index]
            if not line.text.strip():
                if run and run[-1][0]:
                    run.append(("", line, index))  # a blank: an empty cell or a row's end
                continue
            if not _is_bare_cell(line):
                if run and cluster[0] < index < cluster[-1] and _is_sentence(line.norm) and "|" not in line.norm and (
                    any(TEXT_COLUMN_RE.search(cell) for cell, _, _ in run)
                ):  # a sentence between a table's figures under a column of words (增减原因): its row's cell
                    run.append((line.norm.strip(), line, index))
                    continue
                run = []  # text that is no cell: the table starts after it
                continue
            run.append((line.norm.strip(), line, index))
        first_number = next((k for k, (cell, _, _) in enumerate(run) if cell and _is_number(cell)), None)
        if first_number is None or first_number < 2:
            continue
        # a budget's two-sided 收支总表 (项目 / 预算数 / 项目 / 合计 / …): cut at its labels, its blank lines (empty
        # cells or rows' ends alike) no cells — its parts placed by the arithmetic, as a page dropping empty cells
        filled = [cell for cell in run if cell[0]]
        label_at = next(k for k, (cell, _, _) in enumerate(filled) if _is_number(cell)) - 1
        if label_at >= 2 and (read := _two_sided(lines, filled, "", label_at)) is not None:
            out.extend(read)
            continue
        read = _read_by_labels(lines, run, "", first_number, bare=True)
        if not read:  # numbered rows under a header of groups over their parts, its two rows parted by blanks
            read = _bare_grouped_rows(lines, run)
        if not read and ROW_NUMBER_WORD_RE.search(" ".join(cell for cell, _, _ in run)):
            # a 三公 table whose rows print a 行次, each empty cell a blank line of its own
            end = cluster[-1] + 1  # (and the cells after its last bare number: a last row's rates, empty cells)
            while end < len(lines) and end - cluster[-1] <= BARE_GAP_LINES and (
                _is_bare_cell(lines[end]) or not lines[end].text.strip()
            ):
                end += 1
            cells = [("" if not lines[k].text.strip() else lines[k].norm.strip(), lines[k], k)
                     for k in range(run[0][2], end)]
            read = _read_labelled_row_numbers(lines, cells)
        out.extend(read or [])
    return out


# A web page's table printed with each cell's text on its own line(s) and the pipe that closes it on
# the next line alone, a row opened by a pipe of its own (an empty first cell):
#     | / 单位:万元 / | / | / 项 目 / | / 合计 / | / 一般公共 / 预算 / | / … / | / | / 行政经费 / | / 312.23 / | …
# A cell's text is the lines between two pipes (a header cell wrapped over two lines is one cell); the
# rows are cut where every row's first cell is empty and its second a label — the width that fits
# every row — and read as the tables whose cells close their own lines.
PIPE_ALONE = "|"
MAX_CELL_TEXT_LINES = 2  # a cell's text wraps over this many lines at most
MIN_ROW_WIDTH, MAX_ROW_WIDTH = 3, 16


def _pipe_below_runs(lines: list[Line]) -> list[list[tuple[str, Line, int]]]:
    """Runs of cells closed by a pipe on the line below (see :data:`PIPE_ALONE`): (cell, line of its
    last text line — its number's —, index of that line); an empty cell's line is its pipe's."""
    runs: list[list[tuple[str, Line, int]]] = []
    run: list[tuple[str, Line, int]] = []
    texts_in_run = 0
    previous = -1
    for index in lines_holding(lines, ("|",)):
        if lines[index].compact != PIPE_ALONE:
            continue
        between = [  # (a page's number, or its running header read as one, is no cell's text)
            k for k in range(previous + 1, index) if lines[k].text.strip() and not is_page_mark(lines[k].norm)
        ] if previous >= 0 else []
        if len(between) > MAX_CELL_TEXT_LINES or any("|" in lines[k].norm for k in between):
            if texts_in_run:
                runs.append(run)
            run, texts_in_run = [], 0
            between = []
        if between:
            cell = "".join("".join(lines[k].norm.split()) for k in between)
            run.append((cell, lines[between[-1]], between[-1]))
            texts_in_run += 1
        else:
            run.append(("", lines[index], index))
        previous = index
    if texts_in_run:
        runs.append(run)
    return [run for run in runs if len(run) >= MIN_CELLS]


def _rows_opened_by_a_pipe(run: list[tuple[str, Line, int]]) -> list[tuple[str, Line, int]] | None:
    """``run`` with each row's opening empty cell dropped — the unit's cell, the header row and the
    rows, as :func:`_read_run` reads them — or None where no row width fits."""
    first_number = next((k for k, (cell, _, _) in enumerate(run) if _is_number(cell)), None)
    if first_number is None or first_number < 2:
        return None
    opening = first_number - 2  # the first data row: an empty cell, its label, its first number
    for width in range(MIN_ROW_WIDTH, MAX_ROW_WIDTH + 1):
        starts = range(opening - width, len(run) - width + 1, width)
        if opening - width < 0 or (len(run) - (opening - width)) % width:
            continue
        rows = [run[k : k + width] for k in starts]
        if all(not row[0][0] and row[1][0] and not _is_number(row[1][0]) for row in rows):
            unit = [cell for cell in run[: opening - width] if cell[0]]
            if len(unit) > 1 or (unit and not UNIT_CELL_RE.fullmatch(unit[0][0])):
                return None  # words above the header that declare no unit: not this layout's
            return unit + [cell for row in rows for cell in row[1:]]
    return None


# A cell closed by its pipe and the pipes of a merged row's empty cells (``支出 | ||``, ``预算数 | |``).
MERGED_CELL_RE = re.compile(rf"^\s*(?P<cell>[^|]{{0,{MAX_CELL_CHARS}}}?)\s*\|(?:\s*\|)*\s*$")
ROW_NUMBER_RE = re.compile(r"[1-9]\d{0,2}")
COLUMN_NUMBERS_HEADER = "栏次"
MIN_NUMBERED_ROWS = 3
MIN_NUMBERED_WIDTH, MAX_NUMBERED_WIDTH = 3, 16
NUMBERED_LABEL_HEADER_RE = re.compile(r"(?:收入|支出)?(?:项目|科目)(?:名称)?")


def _merged_cell_runs(lines: list[Line]) -> list[list[tuple[str, Line, int]]]:
    """Runs of lines each one cell closed by one pipe or more (blank lines do not end a run), as
    :func:`_runs` finds them but with a merged row's cells (``支出 | ||``) kept as one cell each — and the
    merged cell printed another way between them (:func:`_merged_cell_printed`: its text alone, or a row of
    its text and empty cells), as a copy that re-printed the page's rows prints it."""
    runs: list[list[tuple[str, Line, int]]] = []
    run: list[tuple[str, Line, int]] = []
    previous = -1
    for index in lines_holding(lines, ("|",)):
        match = MERGED_CELL_RE.match(lines[index].norm)
        if match is not None:
            cell = match.group("cell")
        elif "|" in lines[index].compact.strip("|") and "-" not in lines[index].compact:
            continue  # (a row of two cells or more: most lines holding a pipe)
        elif (cell := _merged_cell_printed(lines[index].norm)) is None:
            continue
        # (a page's number, or its running header read as one, between two pages of the table ends no run)
        between = [k for k in range(previous + 1, index) if lines[k].text.strip() and not is_page_mark(lines[k].norm)]
        if run and between:
            # (a merged cell's text alone only in the header, before any number: after the rows, a title or
            # a 附件 line between two tables ends the run)
            bare = any(_is_number(cell) for cell, _, _ in run)
            printed = [_merged_cell_printed(lines[k].norm, bare_text=not bare) for k in between]
            if len(between) > MAX_MERGED_CELLS_BETWEEN or None in printed:
                runs.append(run)
                run = []
            else:
                run.extend((text, lines[k], k) for k, text in zip(between, printed, strict=True) if text != RULE)
        if cell != RULE:
            run.append((cell, lines[index], index))
        previous = index
    if run:
        runs.append(run)
    return [run for run in runs if len(run) >= MIN_CELLS * MIN_NUMBERED_ROWS]


# Lines between two cells of a run that may be merged cells printed otherwise, at most; a Markdown table's rule.
MAX_MERGED_CELLS_BETWEEN = 1
RULE = "\x00rule"
CELL_SEPARATORS_RE = re.compile(r"[|\t]")


def _merged_cell_printed(norm: str, bare_text: bool = False) -> str | None:
    """The text of a merged cell (``单位:万元 | ||``) as another copy prints it — a row of its text and empty cells
    (``单位:万元\t``, ``| 单位:万元 |  |``), or its text alone (lined up with spaces, bare: only with
    ``bare_text``) — :data:`RULE` for a Markdown table's rule under a row, or None for a line of another kind."""
    text = norm.strip()
    if not text:
        return None
    if is_markdown_rule(norm):
        return RULE
    if "|" not in text and "\t" not in norm:
        return text if bare_text and len(text) <= MAX_BARE_CELL_CHARS and not text.endswith(SENTENCE_MARKS) else None
    cells = [cell.strip() for cell in CELL_SEPARATORS_RE.split(text.removeprefix("|"))]
    return cells[0] if cells[0] and not any(cells[1:]) else None


def _row_numbers(cells: list[str]) -> tuple[int, int, int] | None:
    """(position of row 1, stride, rows) of the longest sequence 1, 2, 3 … of cells at one stride, each
    before a cell that is no number, or None where there is none of MIN_NUMBERED_ROWS rows."""
    best: tuple[int, int, int] | None = None
    for first, cell in enumerate(cells):
        if cell != "1" or first + 1 >= len(cells) or _is_number(cells[first + 1]):
            continue
        for stride in range(MIN_NUMBERED_WIDTH, MAX_NUMBERED_WIDTH + 1):
            count = 0
            while (at := first + count * stride) < len(cells) and cells[at] == str(count + 1) and (
                at + 1 < len(cells) and not _is_number(cells[at + 1])
            ):
                count += 1
            if count >= MIN_NUMBERED_ROWS and (best is None or count > best[2]):
                best = (first, stride, count)
    return best


def _read_numbered_rows(lines: list[Line], run: list[tuple[str, Line, int]]) -> list[Record] | None:
    """The figures of a table whose rows are numbered (see the module docstring), or None when the run
    is no such table (no row numbers, no header of the rows' width)."""
    cells = ["".join(cell.split()) for cell, _, _ in run]
    found = _row_numbers(cells)
    if found is None:
        return None
    first, stride, count = found
    width = stride - 1  # a row's cells after its number
    above = first
    if above > width and cells[above - width - 1] == COLUMN_NUMBERS_HEADER and all(
        cells[above - width + k] == str(k + 1) for k in range(width)
    ):
        above -= width + 1  # the 栏次 row: the columns' numbers
    header = [cell for cell in cells[:above] if cell][-width:]
    if len(header) != width or any(_is_number(cell) for cell in header) or _grouped_header(cells[:above], width):
        return _read_grouped_rows(lines, run, cells, found)
    sides = [k for k, name in enumerate(header) if NUMBERED_LABEL_HEADER_RE.fullmatch(name)]
    if not sides or sides[0] != 0:
        return None
    bounds = [*sides, width]
    halves = [(bounds[k], bounds[k + 1]) for k in range(len(sides))]
    columns_of = []
    for start, end in halves:
        columns = leaf_columns([header[start:end]], end - start - 1)
        if columns is None or any(column.field is None for column in columns):
            return None
        columns_of.append(columns)
    unit = unit_near(lines, run[0][2], " ".join(cells[:above]))
    out: list[Record] = []
    for row in range(count):
        at = first + row * stride + 1
        row_cells = run[at : at + width]
        for (start, end), columns in zip(halves, columns_of, strict=True):
            half = row_cells[start:end]
            if len(half) < end - start:
                continue  # the run ends inside the row (a page cut off): nothing to place
            label = "".join(half[0][0].split())
            values = [(c.strip(), line) for c, line, _ in half[1:]]
            if (label and _is_number(label)) or any(v and not _is_number(v) for v, _ in values) or (
                not label and any(v for v, _ in values)
            ):
                anchor = run[first][1]
                return [ParseWarning(
                    parser="pipe_cells",
                    message="table with numbered rows printed one cell per line: a row's cells do not fit its "
                    "header, so none of its figures is read",
                    context=" | ".join(c for c, _, _ in row_cells)[:120],
                    source_line=anchor.number,
                    source_page=anchor.page,
                )]
            for column, (value, line) in zip(columns, values, strict=True):
                if value and (figure := cell_figure(label[:MAX_LABEL_CHARS], column, value, unit, line)) is not None:
                    out.append(figure)
    return out


def _grouped_header(cells: list[str], width: int) -> list[Column] | None:
    """The value columns of a header of two rows printed one cell per line above numbered rows of ``width``
    cells after their number — groups over their parts, each part once per group, and a last column of its
    own (``序号 | 时间 | 省本级 | 转移支付 | 合计 |`` ``金额 | 比例 | 金额 | 比例 |``: 省本级 金额, 省本级 比例,
    转移支付 金额, 转移支付 比例, 合计): the cells after the row numbers' header cell (序号; a title before it,
    or joined to it: 明细表序号), parted into the two rows the one way that lays them so; else None."""
    texts = [cell for cell in cells if cell]
    numbers = [k for k, cell in enumerate(texts) if (at := ROW_NUMBER_HEADER_RE.search(cell)) and at.end() == len(cell)]
    if not numbers:
        return None
    header = texts[numbers[-1] + 1 :]
    if any(_is_number(cell) for cell in header):
        return None
    found: list[list[Column]] = []
    for cut in range(2, len(header) - 1):
        columns = leaf_columns([header[:cut], header[cut:]], width - 1)
        if columns is not None and columns[0].grouped:
            found.append(columns)
    return found[0] if len(found) == 1 else None


def _read_grouped_rows(
    lines: list[Line], run: list[tuple[str, Line, int]], cells: list[str], found: tuple[int, int, int]
) -> list[Record] | None:
    """The figures of numbered rows (see :func:`_read_numbered_rows`) under a header of groups over their
    parts (:func:`_grouped_header`), and of the 合计 row after them (its label merged over the row number's
    cell): read only where the table's arithmetic confirms the groups
    (:func:`~ingest.text_tables.grouped_confirmed`: each row's amounts add up to its total, each share is
    its amount over it, the 合计 row the rows' sum), else left out with a warning; None for no such header."""
    first, stride, count = found
    width = stride - 1
    columns = _grouped_header(cells[:first], width)
    if columns is None:
        return None
    rows = [run[first + row * stride + 1 : first + (row + 1) * stride] for row in range(count)]
    after = first + count * stride
    if after + width <= len(run) and TOTAL_LABEL_RE.fullmatch(cells[after]):
        rows.append(run[after : after + width])
    data = [(row[0][1], ["".join(row[0][0].split()), *(cell.strip() for cell, _, _ in row[1:])])
            for row in rows if len(row) == width]
    unit = unit_near(lines, run[0][2], " ".join(cells[:first]))
    confirmed = grouped_confirmed(columns, [(values[0], values[1:]) for _, values in data])
    if confirmed and unit is None:
        unit = unit_stated_near(lines, run[0][2], data)
    anchor = run[first][1]
    if not confirmed or unit is None:
        return [ParseWarning(parser="pipe_cells", message=GROUPED_UNCONFIRMED, context=" | ".join(cells[:first])[:120],
                             source_line=anchor.number, source_page=anchor.page)]
    out: list[Record] = []
    for row in rows:
        label = "".join(row[0][0].split())[:MAX_LABEL_CHARS]
        for column, (value, line, _) in zip(columns, row[1:], strict=True):
            if value.strip() and (figure := cell_figure(label, column, value.strip(), unit, line)) is not None:
                out.append(figure)
    return out


def _bare_grouped_rows(lines: list[Line], run: list[tuple[str, Line, int]]) -> list[Record] | None:
    """:func:`_read_grouped_rows` of a table printed one bare cell per line: its header's rows parted by
    the blank lines after them, its numbered rows read without theirs (a row's end, not a cell)."""
    one = next((k for k, (cell, _, _) in enumerate(run) if cell == "1"), None)
    if one is None:
        return None
    cells = run[:one] + [cell for cell in run[one:] if cell[0]]
    texts = ["".join(cell.split()) for cell, _, _ in cells]
    found = _row_numbers(texts)
    return _read_grouped_rows(lines, cells, texts, found) if found is not None else None


def _read_listed_rows(lines: list[Line], run: list[tuple[str, Line, int]]) -> list[Record] | None:
    """The figures of a list whose header names its row-number column (序号 | 乡镇名称 | 项目名称 | 金额 |
    备注: a fund's allocation to units or projects, 资金安排表 / 分配表), printed one pipe-closed cell per
    line, or None when the run is no such list.

    The header runs from 序号 to the first row's number ``1``; each row is that many cells (a row
    opened by an empty cell of its own when the header is: a page's leading ``|``), numbered 1, 2, 3 …
    or, its number's cell empty, labelled 合计. The row's label is its first cell after the number and
    the names beside it (:func:`~ingest.text_tables.name_columns`); its figures stand under the header's
    value columns. A last 合计 row whose merged cells leave only its figures (``合计 |`` / ``100 |``)
    gives them in the value columns' order when there are as many. A row whose cells do not fit (a
    word under a value column, a number under a name) leaves the list out with a warning."""
    cells = ["".join(cell.split()) for cell, _, _ in run]
    heads = [k for k, cell in enumerate(cells) if ROW_NUMBER_HEADER_RE.fullmatch(cell)]
    if not heads:
        return None
    head = heads[0]
    first = next((k for k in range(head + 1, len(cells)) if cells[k] == "1"), None)
    if first is None or first - head < 3 or first + 1 == len(cells) or _is_number(cells[first + 1]):
        return None  # (a number after the row's: its label stands before it, 项目 | 行号 — no list numbered first)
    opened = head > 0 and not cells[head - 1] and not cells[first - 1]  # rows opened by an empty cell
    start = first - 1 if opened else first
    width = first - head  # (opened: the opening cells before 序号 and before 1 keep the same width)
    header = cells[head + 1 : start]
    if not header or any(not cell or _is_number(cell) for cell in header):
        return None
    columns = leaf_columns([header], len(header) - 1)
    if columns is None or all(column.field is None for column in columns):
        return None
    skip = 2 if opened else 1  # a row's opening and number cells
    rows: list[list[tuple[str, Line, int]]] = []
    at, number = start, 1
    while at + width <= len(run):
        row = run[at : at + width]
        mark = "".join(row[skip - 1][0].split())
        label = "".join(row[skip][0].split())
        if not label and TOTAL_LABEL_RE.fullmatch(mark):  # 合计 in the number's cell, merged over the label's
            row = [*row[: skip - 1], ("", row[skip - 1][1], row[skip - 1][2]), (mark, *row[skip][1:]), *row[skip + 1 :]]
        elif mark != str(number) and not (not mark and TOTAL_LABEL_RE.fullmatch(label)):
            break
        rows.append(row[skip:])
        at, number = at + width, number + 1
    if not rows:
        return None
    tail = [(cell.strip(), line, index) for cell, line, index in run[at:]]
    value_columns = [column for column in columns if column.field is not None]
    if tail and TOTAL_LABEL_RE.fullmatch("".join(tail[0][0].split())) and len(tail) - 1 == len(value_columns) and all(
        _is_number(cell) for cell, _, _ in tail[1:]
    ):
        rows.append([tail[0], *(
            tail[1 + value_columns.index(column)] if column.field is not None else ("", tail[0][1], tail[0][2])
            for column in columns
        )])
    names = name_columns(columns, [[cell for cell, _, _ in row] for row in rows])
    unit = unit_near(lines, run[0][2], " ".join(cells[:first]))
    out: list[Record] = []
    for row in rows:
        texts = [cell.strip() for cell, _, _ in row]
        label = named_label(texts, names)
        fits = all(
            not text or (not _is_number(text) if k <= names else column.field is None or _is_number(text))
            for k, (column, text) in enumerate(zip(columns, texts[1:], strict=True), start=1)
        )
        if not label or _is_number(label) or not fits:
            anchor = run[start][1]
            return [ParseWarning(
                parser="pipe_cells",
                message="list with numbered rows printed one cell per line: a row's cells do not fit its header, "
                "so none of its figures is read",
                context=" | ".join(texts)[:120],
                source_line=anchor.number,
                source_page=anchor.page,
            )]
        for column, (cell, line, _) in zip(columns[names:], row[1 + names :], strict=True):
            value = cell.strip()
            if value and column.field is not None and (figure := cell_figure(label, column, value, unit, line)):
                out.append(figure)
    return out

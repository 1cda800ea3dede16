"""A project's spending as its books hold it: a 项目支出明细 table whose rows are ledger entries, each with the
accounting voucher it was booked under (会计凭证号 / 记账凭证号 / 凭证号).

A self-evaluation report may list what a project's money was spent on, entry by entry:

    支出内容 | 实际支出数 | 会计凭证号 | 备注
    30226 劳务费 | 50,000.00 | 2020年01月记账 9 | 付…养护劳务费

The voucher column is what tells such a table. Its unit is the one it declares (in its header or on the two lines
above it: ``单位:元``, ``金额(万元)``); where it declares none, the project's own funds tell it: the report prints
them above in 万元 (``计划安排资金 (万元) |`` / ``700 |``, ``实际支出 (万元)``), and an entry of the project's books
cannot exceed them — where one entry read in 万元 would (``50,000.00`` under a project of 700 万元), the books are
kept in 元, the unit a unit's books keep, and every entry is read in 元. Where every entry fits either way
(``70.1`` under 1208.75 万元), the unit is not told: the table is left out with a warning.

The header is the run of short cells naming columns that holds the voucher column and an amount column (实际支出数,
支出金额, 金额, 发生额); the rows follow it, each as many cells as the header, printed one cell per line (each closed
by its pipe, a line of pipes alone between rows or not) or one row per line (cells parted by pipes or tabs). Each
row gives one :class:`~ingest.records.StatedFigure`, an ``amount`` labelled by its first cell (the economic code
and item, 30226 劳务费) and its note (备注 / 摘要 / 用途), at the line of its amount's cell. A row whose cells do not
fill the header's columns is not read, but the last one of a text cut off after its amount (the page ends inside
it), which keeps the cells it has. Nothing else of the table is read: it is no department's figure (metric None).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.numbers import declared_unit, parse_decimal, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line, lines_holding
from ingest.vocabulary import MONEY_UNIT_ALTERNATION

# The words of a voucher column's name, looked for in one scan of the document.
VOUCHER_WORDS = ("凭证",)
VOUCHER_COLUMN_RE = re.compile(r"(?:会计|记账)?凭证(?:编?号|号码)?")
AMOUNT_COLUMN_RE = re.compile(rf"(?:实际)?(?:支出|发生)?(?:金额|数额?|额)(?:\((?:{MONEY_UNIT_ALTERNATION})\))?")
NOTE_COLUMN_RE = re.compile(r"备注|摘要|用途|说明")
# A column's name: short, words only (no digit, no sentence's punctuation).
HEADER_CELL_RE = re.compile(r"[\u4e00-\u9fff()（）/]{2,12}")
MIN_COLUMNS = 3
# A cell naming the project's funds in 万元 (计划安排资金 (万元), 实际支出(万元)): the number in the cell after it.
FUNDS_CELL_RE = re.compile(r"[\u4e00-\u9fff]{0,10}(?:资金|支出|预算|金额)[\u4e00-\u9fff]{0,4}\s*\(万元\)")
AMOUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
LABEL_WORD_RE = re.compile(r"[\u4e00-\u9fff]{2}")
# Lines above the header that may declare the table's unit (its title, a 单位 line).
UNIT_LINES_ABOVE = 2
# A line of pipes alone (or with spaces): a rule between rows when it prints two or more, an empty cell when one.
RULE_RE = re.compile(r"[\s|]*")
UNIT_NOT_TOLD_LEFT_OUT = (
    "a table of vouchers declaring no unit whose entries all fit within the project's funds read in 万元 as in 元: "
    "its unit is not told; left out"
)
CUT_ROW_LEFT_OUT = (
    "a ledger row whose cells do not fill the header's columns: which cell is which is not told; left out"
)
MAX_LABEL_CHARS = 60


# What a line is to a table of cells besides its cells (:func:`_cells`).
BLANK, RULE, EMPTY = "blank", "rule", "empty"
MARKDOWN_RULE_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*")


def _cells(line: Line) -> list[str] | str | None:
    """The cells a line prints: one closed by its pipe (``50,000.00 |``), several parted by pipes or tabs
    (``| 30226 劳务费 | 50,000.00 |``); :data:`BLANK` for a blank line, :data:`RULE` for a rule between rows (pipes
    alone, two or more, or a Markdown table's rule), :data:`EMPTY` for a pipe alone (an empty cell, or a rule a copy
    printed as one: :func:`_rows` tells which by where it stands), None for a line holding neither pipe nor tab."""
    text = line.norm.strip()
    if not text:
        return BLANK
    if RULE_RE.fullmatch(text):
        return EMPTY if text.count("|") == 1 else RULE
    if "|" not in text and "\t" not in text:
        return None
    if "\t" in text:  # (a row's last cells empty: its tabs at the line's end are theirs)
        return [" ".join(cell.split()) for cell in line.norm.strip(" ").split("\t")]
    if "-" in text and MARKDOWN_RULE_RE.fullmatch(text):
        return RULE
    return [" ".join(cell.split()) for cell in text.strip("|").split("|")]


def _header_cells(cells: list[str] | str | None) -> bool:
    """Whether a line's cells are all column names (:data:`HEADER_CELL_RE`)."""
    return isinstance(cells, list) and all(HEADER_CELL_RE.fullmatch(cell.replace(" ", "")) for cell in cells)


def parse_ledger_rows(lines: list[Line]) -> list[Record]:
    """Every ledger entry of every table of vouchers in ``lines`` (see the module docstring), and a
    :class:`~ingest.records.ParseWarning` for each row left out."""
    out: list[Record] = []
    warnings: list[ParseWarning] = []
    following = 0
    for index in lines_holding(lines, VOUCHER_WORDS):
        if index < following:
            continue
        read, following = _read_table(lines, index, warnings)
        out.extend(read)
    return out + warnings


def _read_table(lines: list[Line], index: int, warnings: list[ParseWarning] | None) -> tuple[list[Record], int]:
    """The entries of the table whose voucher column's name stands on line ``index``, and the line after it."""
    own = _cells(lines[index])
    if not isinstance(own, list) or not any(VOUCHER_COLUMN_RE.fullmatch(cell.replace(" ", "")) for cell in own):
        return [], index + 1
    # the header: the cells of the header's lines (blank lines between them), up to the first rule or row
    first = index
    above = index - 1
    while above >= 0 and ((cells := _cells(lines[above])) == BLANK or _header_cells(cells)):
        if cells != BLANK:
            first = above
        above -= 1
    header: list[str] = []
    last = first
    while last < len(lines) and ((cells := _cells(lines[last])) == BLANK or _header_cells(cells)):
        if cells != BLANK:
            header.extend(cell.replace(" ", "") for cell in cells)  # type: ignore[union-attr]
        last += 1
    voucher = next((k for k, name in enumerate(header) if VOUCHER_COLUMN_RE.fullmatch(name)), None)
    amount = next((k for k, name in enumerate(header) if AMOUNT_COLUMN_RE.fullmatch(name) and k != voucher), None)
    if voucher is None or amount is None or amount == 0 or len(header) < MIN_COLUMNS:
        return [], last
    notes = [k for k, name in enumerate(header) if NOTE_COLUMN_RE.search(name) and k not in (0, amount, voucher)]
    unit = declared_unit(" ".join(header))
    for line in lines[max(0, first - UNIT_LINES_ABOVE) : first]:
        unit = unit or declared_unit(line.norm)
    width = len(header)
    rows, position = _rows(lines, last, width, amount, warnings)
    if unit is None:
        entries = [parse_decimal(row[amount][0].replace(" ", "")) for row in rows]
        funds = _funds_above(lines, first)
        if funds is None or not any(entry is not None and entry > funds for entry in entries):
            for row in rows:
                _warn(warnings, UNIT_NOT_TOLD_LEFT_OUT, row)
            return [], position
        unit = "元"
    return [figure for row in rows for figure in _entry(row, amount, notes, unit)], position


def _funds_above(lines: list[Line], first: int) -> Decimal | None:
    """The largest of the project's funds printed in 万元 above line ``first`` (a cell naming them, then its number's
    cell), or None."""
    funds: Decimal | None = None
    named = False
    for line in lines[:first]:
        cells = _cells(line)
        for cell in cells if isinstance(cells, list) else ():
            if named and cell:
                value = parse_decimal(cell.replace(" ", "")) if AMOUNT_RE.fullmatch(cell.replace(" ", "")) else None
                if value is not None and (funds is None or value > funds):
                    funds = value
                named = False
            if FUNDS_CELL_RE.search(cell):
                named = True
    return funds


def _rows(
    lines: list[Line], last: int, width: int, amount: int, warnings: list[ParseWarning] | None
) -> tuple[list[list[tuple[str, Line]]], int]:
    """The rows of ``width`` cells from line ``last`` on (each cell with its line), and the line after the table. A
    rule ends the row it stands in (one cut short is left out, with a warning); a pipe alone is an empty cell inside a
    row, and a rule between two rows (a copy prints the rule as one pipe); blank lines are no cells."""
    out: list[list[tuple[str, Line]]] = []
    row: list[tuple[str, Line]] = []
    position = last
    while position < len(lines):
        cells = _cells(lines[position])
        if cells is None and row and "。" not in lines[position].norm and not any(
            lines[k].norm.strip() for k in range(position + 1, len(lines))
        ):
            cells = [lines[position].norm.strip()]  # the text's last line, its pipe cut off with the page
        if cells is None:
            break
        if cells == BLANK or (cells == EMPTY and not row) or (cells == RULE and not row):
            position += 1
            continue
        if cells == RULE:  # the row before it ends here, cut short
            _warn(warnings, CUT_ROW_LEFT_OUT, row)
            row = []
        elif isinstance(cells, list) and len(cells) == width and not row:  # a row on one line
            out.append([(cell, lines[position]) for cell in cells])
        else:
            row.extend((cell, lines[position]) for cell in ([""] if cells == EMPTY else cells))
            if len(row) == width:
                out.append(row)
                row = []
            elif len(row) > width:
                _warn(warnings, CUT_ROW_LEFT_OUT, row)
                row = []
        position += 1
    if row and len(row) > amount and not any(lines[k].norm.strip() for k in range(position, len(lines))):
        # the text ends inside the row's cells (a page cut off): its label and amount are printed
        out.append(row + [("", row[-1][1])] * (width - len(row)))
    elif row:
        _warn(warnings, CUT_ROW_LEFT_OUT, row)
    return out, position


def _entry(row: list[tuple[str, Line]], amount: int, notes: list[int], unit: str) -> list[Record]:
    """The amount of one ledger row, labelled by its first cell and its notes, or nothing."""
    label_cell, cell = row[0][0], row[amount][0].replace(" ", "")
    if not cell or not LABEL_WORD_RE.search(label_cell) or not AMOUNT_RE.fullmatch(cell):
        return []
    value = to_amount(cell, unit)
    if value is None:
        return []
    label = " ".join([label_cell, *(row[k][0] for k in notes if row[k][0])])[:MAX_LABEL_CHARS]
    line = row[amount][1]
    return [StatedFigure(
        label=label, field="amount", value=value.yuan, unit="yuan", metric=None, context=line.norm.strip()[:80],
        ulp=value.ulp_yuan, source_line=line.number, source_page=line.page,
    )]


def _warn(warnings: list[ParseWarning] | None, message: str, row: list[tuple[str, Line]]) -> None:
    if warnings is not None and row:
        warnings.append(ParseWarning(
            parser="ledger_rows", message=message, context=" | ".join(cell for cell, _ in row)[:120],
            source_line=row[0][1].number, source_page=row[0][1].page,
        ))

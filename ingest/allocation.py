"""Fund allocation tables (资金分配表, 分配明细表, 资金安排表, 预算表 of a 下达 notice): who or what gets how much.

A funding notice (关于下达…资金的通知) prints, under a title naming an allocation (``…资金分配表``,
``…资金安排表``, ``…预算表``), a table whose **header** names the recipients or projects (单位, 单位名称,
项目名称, 市县/单位名称, 地区, 县(市、区), 乡镇, 实施单位) and then the amounts (金额, 分配金额, 补助金额,
合计, 小计, or one column per purpose: 林木良种培育 | 造林 | …). A header whose first cell is another word
(村名, 社区, 学校名称, 合作社名称, 受益对象 …) is taken by its structure: its cells words, no figure; a column of
money (one naming an amount — 金额, 资金, 补助, 分配, 下达, 安排, 万元 / 元 — else any column but text and count
columns, under the table's 单位:万元 line); and rows confirming it — every row but the totals opening with a name,
most of them (two at least) with an amount, a printed 合计 their sum. Only its money columns are read there.

A table is read here in the layouts the other table readers know — rows of cells separated by pipes or
tabs (:func:`ingest.text_tables.cells_of`), cells lined up with two spaces or more, one cell per line
closed by a pipe (an empty cell a ``|`` alone, a merged header cell's span as pipes after it:
``老年人福利 | ||``) — and flattened onto one line with no separator at all (:func:`_flattened_tables`).

**Header.** One row, or two: a first row of groups over a second of the groups' parts (``其中:免学费补助``
over ``小计 | 提前下达 | 本次下达``). Which group the parts of the second row fall under is not printed;
every way of laying them (each group either a column of its own or two parts or more, in order) that
gives the rows' width is tried, and a way is kept only where each group's 小计 / 合计 part is the sum of
its other parts in every full row. A column is named only where every way kept names it alike; the
others are left out with a warning (which column a figure stands in cannot be told).

**Rows.** A row's label is its first cell with the name columns beside it (单位名称 | 项目名称, joined as
the list readers join them: :func:`ingest.text_tables.named_label`); a row number (序号 column) is no
figure; text columns (科目, 备注, 内容 …) hold none. Each figure is a :class:`~ingest.records.StatedFigure`
of field ``amount`` in 元 (the table's 单位:万元 / 元), labelled ``<row> <column>``, at its own cell's line.

**Sums.** A row headed 合计 / 总计 is checked against the rows under it (or against the 小计 rows, where
groups print one): where the sum disagrees the table's figures are left out with a warning — except a
table cut before its end (its last row lost its figures: a page captured in part), whose rows add up to
less; a row's 小计 column against its other columns the same way. A row shorter than the header (its
trailing cells dropped: which are missing cannot be told) gives only its total column, and only where the
row's other figures add up to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ingest.amount_lists import parts_of
from ingest.label_values import amount_figure
from ingest.numbers import DECLARED_UNIT_RE, declared_unit, parse_decimal, to_amount
from ingest.records import ParseWarning, Record
from ingest.text import Line, lines_with
from ingest.text_tables import NUMBER_CELL_RE, cells_of
from ingest.vocabulary import GRAND_TOTAL_WORDS, YEAR

# The title of an allocation table: 资金分配表, 分配明细表, 资金安排表, 投资预算表 (in a line's compact text; a
# bracketed aside within it counts as one character: 专项资金(第一批整镇推进创建乡镇奖补)分配表).
TITLE_WORDS = ("分配表", "分配明细表", "安排表", "预算表", "分配情况表", "下达表")
# The lines holding one of them, found by one scan of the document for its last character, 表, which the regex
# engine skips to (six string searches of the joined text, a word on many lines looked for line by line, took
# twice the instructions).
# (a look-behind's alternatives are of one width: one look-behind per width)
TITLE_WORD_LINE_RE = re.compile("表(?:" + "|".join(
    "(?<=" + "|".join(w for w in TITLE_WORDS if len(w) == size) + ")" for size in sorted({len(w) for w in TITLE_WORDS})
) + ")")
TITLE_RE = re.compile(
    r"(?:资金|经费|补助|奖励|投资|项目|指标)(?:[^,，。;；:：()]|\([^()]{0,30}\)){0,12}?(?:分配|安排|预算|下达)(?:明细|情况|计划)?表"
)
# The header cell of the recipients' column.
RECIPIENT_HEADER_RE = re.compile(
    r"^(?:序号)?(?:(?:市县|市、县|县\(市、区\)|县市区|地区|区域|地市|市州|乡镇|镇、村|镇村|项目|实施|预算|主管|申报|承担|补助)?"
    r"(?:/|、)?(?:单位|项目)?(?:名称)?|单位|地区|县\(市、区\)|市县|乡镇)$"
)
# Columns whose cells are words, never figures: 科目 codes, notes, contents.
TEXT_HEADER_RE = re.compile(r"科目|备注|说明|内容|用途|代码|编码|地点|文号|责任|联系|标准|期限|性质|方式")
# Columns naming what a row is about beside its label (单位名称 | 项目名称): their words join the label.
NAME_HEADER_RE = re.compile(r"名称|^项目$|单位$|乡镇|地区|村$|对象|学校")
TOTAL_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?.{0,16}?(?:合计|总计|小计)$")
GRAND_TOTAL_RE = re.compile(rf"^(?:{'|'.join(GRAND_TOTAL_WORDS)})(?:金额)?$")
SUBTOTAL_HEADER_RE = re.compile(r"^(?:小计|合计|合计金额|总计)$")
# Columns naming money (read where the recipients' column is told by the table's structure), and columns
# counting or measuring (never money, whatever unit the table declares).
AMOUNT_HEADER_RE = re.compile(r"金额|资金|补助|补贴|奖补|奖励|经费|投资|分配|下达|安排|拨付|合计|小计|总计|元")
MEASURE_HEADER_RE = re.compile(r"人数|户数|人次|数量|个数|面积|亩|公里|千米|平方|长度|规模|吨|率|比例|%|^人$|^户$|^个$")
GLOSS_RE = re.compile(r"^[(（].*[)）]$")
WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
ROW_NUMBER_RE = re.compile(r"^[1-9]\d{0,2}$")
ROW_NUMBER_HEADERS = ("序号", "编号", "序")
# Lines after a title its table may take; a table's stop: the next 附件, or a sentence.
MAX_TABLE_LINES = 400
MAX_TITLE_GAP = 6
STOP_RE = re.compile(r"^附件\s*\d|^附表\s*\d|绩效目标表|绩效目标申报表")
MAX_CELL_CHARS = 80
MAX_LABEL_CHARS = 60
MAX_LAYINGS = 5000
MAX_BARE_CELL_CHARS = 60
SENTENCE_RE = re.compile(r"[。;；!?]")
MAX_NAME_CELLS = 3  # name columns a row may print before its first figure
ONE_CELL_LINE_RE = re.compile(r"[^|\t]*\|[\s|]*")
SPACES_RE = re.compile(r"\s{2,}")
UNIT_LINE_RE = re.compile(r"[|\s()（）:：]|单位")  # what a unit line holds beside its unit

Cell = tuple[str, Line]


def parse_allocation_tables(lines: list[Line]) -> list[Record]:
    """Every figure of every allocation table of ``lines`` (see the module docstring)."""
    out: list[Record] = []
    done: set[int] = set()
    for index in lines_with(lines, TITLE_WORD_LINE_RE, attr="compact"):
        if index in done:
            continue
        line = lines[index]
        titles = list(TITLE_RE.finditer(line.compact))
        if not titles:
            continue
        if len(line.compact) > titles[-1].end() + 20:  # the table goes on on the title's own line
            out.extend(_flattened_tables(line, titles))
            continue
        read = _table_below(lines, index) or _bare_below(lines, index)
        if read is not None:
            records, last = read
            out.extend(records)
            done.update(range(index, last + 1))
    return out


# --------------------------------------------------------------------------- cells below a title


def _table_below(lines: list[Line], title: int) -> tuple[list[Record], int] | None:
    """The records of the table under the title at ``lines[title]`` and the index of its last line, or None
    where no allocation table stands there."""
    unit = declared_unit(lines[title].norm)
    rows: list[list[Cell]] = []  # rows of separated cells, or one-cell lines gathered as one stream
    stream: list[Cell] = []
    last = title
    gap = 0
    for index in range(title + 1, min(len(lines), title + MAX_TABLE_LINES)):
        line = lines[index]
        text = line.norm.strip()
        if not text:
            continue
        if STOP_RE.search(line.compact) or TITLE_RE.search(line.compact):
            break
        if unit is None and (declared := declared_unit(text)) and len(line.compact) <= 20:
            unit = declared
            if not _header_cell_with_unit(text):
                continue
        read = _cells_of_line(line)
        if read is None:
            if rows or stream:
                break
            gap += 1
            if gap > MAX_TITLE_GAP:
                return None
            continue
        cells, one_cell = read
        if one_cell:
            stream.extend(cells)
        else:
            if stream:
                break
            rows.append(cells)
        last = index
    if unit is None or not (rows or stream):
        return None
    table = _rows_of_stream(stream) if stream else _rows_of_rows(rows)
    if table is None:
        return None
    header, data, cut = table
    return _read(header, data, unit, cut), last


def _header_cell_with_unit(text: str) -> bool:
    """Whether a short line declaring the unit is a header's cells (``补助金额(元) |``, ``单位 | 金额(万元)``),
    not a unit line (``单位:万元``, ``(单位:元) |``): cells of a pipe or tab row with words beside the unit."""
    if "|" not in text and "\t" not in text:
        return False
    rest = DECLARED_UNIT_RE.sub("", text.replace("金额单位", "单位"))
    return bool(WORD_RE.search(UNIT_LINE_RE.sub("", rest)))


def _cells_of_line(line: Line) -> tuple[list[Cell], bool] | None:
    """A line's cells and whether it is one cell closed by a pipe (its merged span's empty cells after it:
    ``老年人福利 | ||`` is the cell and two empty ones): a pipe or tab row's cells, a one-cell line's, or
    cells two spaces or more apart; None for a line of text."""
    norm = line.norm.strip()
    if "|" in norm or "\t" in norm:
        if ONE_CELL_LINE_RE.fullmatch(norm):
            cell, _, rest = norm.partition("|")
            return [(cell.strip(), line)] + [("", line)] * rest.count("|"), True
        cells = cells_of(line)
        return None if cells is None else ([(cell, line) for cell in cells], False)
    parts = SPACES_RE.split(norm)
    if len(parts) >= 2 and all(len(part) <= MAX_CELL_CHARS for part in parts):
        return [(part, line) for part in parts], False
    return None


def _is_number(cell: str) -> bool:
    return bool(NUMBER_CELL_RE.match(cell.replace(" ", ""))) and not cell.endswith("%")


def _is_word(cell: str) -> bool:
    return bool(cell) and bool(WORD_RE.search(cell)) and not _is_number(cell)


def _compact(cell: str) -> str:
    return "".join(cell.split())


def _rows_of_rows(rows: list[list[Cell]]) -> tuple[list[list[str]], list[list[Cell]], bool] | None:
    """(header rows, data rows, cut) of a table printed row by row."""
    first = next((k for k, row in enumerate(rows) if any(_is_number(cell) for cell, _ in row[1:])), None)
    if first is None or first == 0:
        return None
    header = [[_compact(cell) for cell, _ in row] for row in rows[:first]]
    return header, rows[first:], False


def _rows_of_stream(stream: list[Cell]) -> tuple[list[list[str]], list[list[Cell]], bool] | None:
    """(header rows, data rows, cut) of a table printed one cell per line: the header is the cells before
    the first row's label (split into rows where empty cells stand); the rows are cut at the header's
    width where every row fits it, else at each label (a word cell, or a row number before one)."""
    texts = [_compact(cell) for cell, _ in stream]
    # a small whole number before a word is a row's number only under a 序号 column (without one, an amount
    # before its 科目 or 备注 cell: ``50 |`` ``2110302-水体 |``), and before the first figure only the first
    # row's, 1 (``1 | 龙涓镇 | 农业生态型 | 50 | 用于…``: 50 is the row's figure)
    numbered = next((k for k, text in enumerate(texts) if text in ROW_NUMBER_HEADERS), len(texts))
    first_number = next((k for k, text in enumerate(texts) if _is_number(text) and not (
        k > numbered and text == "1" and k + 1 < len(texts) and _is_word(texts[k + 1]))), None)
    if first_number is None:
        return None
    # the first row opens at its number 1 (its names between), else at the label before its first figure
    start = next((k for k in range(first_number - 1, -1, -1) if texts[k] == "1"), None)
    if start is None or not all(not text or _is_word(text) for text in texts[start + 1 : first_number]):
        start = max((k for k in range(first_number) if _is_word(texts[k])), default=None)
    if start is None:
        return None
    # a header of one row: the rows cut at its width (one more where each row opens with an empty cell), the
    # first row opening at a word before the first figure — the nearest whose cut fits every row
    k = start
    while k >= max(0, first_number - MAX_NAME_CELLS - 2) and (not texts[k] or _is_word(texts[k]) or k == start):
        if texts[k]:
            found = _cut_at_width(stream, texts, k)
            if found is not None:
                return found
        k -= 1
    header = _header_rows(texts[:start])
    if not header:
        return None
    body = stream[start:]
    rows = []
    for k, (cell, line) in enumerate(body):
        text = _compact(cell)
        row_number = ROW_NUMBER_RE.match(text) and k + 1 < len(body) and _is_word(_compact(body[k + 1][0]))
        if (_is_word(text) or row_number) and not (rows and rows[-1] and ROW_NUMBER_RE.match(_compact(rows[-1][-1][0]))
                                                    and len(rows[-1]) == 1):
            rows.append([(cell, line)])
        elif rows:
            rows[-1].append((cell, line))
    for row in rows:
        while len(row) > 1 and not _compact(row[-1][0]):
            row.pop()
    return header, rows, False


def _header_rows(texts: list[str]) -> list[list[str]]:
    """A header printed one cell per line split into its rows where empty cells stand (a bracketed gloss
    alone, ``(支出科目:2296002)``, is no row)."""
    header: list[list[str]] = [[]]
    for text in texts:
        if text:
            header[-1].append(text)
        elif header[-1]:
            header.append([])
    return [row for row in header if row and not (len(row) == 1 and GLOSS_RE.match(row[0]))]


def _cut_at_width(stream: list[Cell], texts: list[str], start: int):
    """(header, rows, cut) where the cells before ``start`` are a header of one row and the cells from it
    rows of its width that all fit it (:func:`_fits`), else None."""
    header = _header_rows(texts[:start])
    if len(header) != 1 or len(header[0]) < 2:
        return None
    width = len(header[0])
    opened = start > 0 and not texts[start - 1] and not texts[0]  # each row opened by an empty cell
    at = start - 1 if opened else start
    stride = width + 1 if opened else width
    rows = [stream[k + (1 if opened else 0) : k + stride] for k in range(at, len(stream), stride)]
    cut = bool(rows) and len(rows[-1]) < width
    texts_of = [[_compact(c) for c, _ in row] for row in rows]
    full = texts_of[:-1] if cut else texts_of  # (a short last row's cells are not in their columns)
    worded = {k for k in range(1, width) if any(_is_word(row[k]) for row in full)
              and not any(_is_number(row[k]) for row in full)}
    if cut and len(rows) > 1 and len(rows[-1]) >= 2 and TOTAL_RE.match(texts_of[-1][0]):
        # the last row a total merged over the cells after its label: its figures stand under the last columns,
        # where none falls under a column of words
        total = rows[-1]
        merged = [total[0], *[("", total[0][1])] * (width - len(total)), *total[1:]]
        if not any(_compact(cell) and (k in worded or TEXT_HEADER_RE.search(header[0][k]))
                   for k, (cell, _) in enumerate(merged) if k):
            rows[-1], texts_of[-1], cut = merged, [_compact(cell) for cell, _ in merged], False
    if cut:
        rows, texts_of = rows[:-1], texts_of[:-1]
    if opened and any(texts[k] for k in range(at, at + stride * len(rows), stride)):
        return None
    if not rows or not all(_fits(header[0], row, worded) for row in texts_of):
        return None
    if not any(_is_number(cell) for row in texts_of for name, cell in zip(header[0][1:], row[1:], strict=False)
               if not (TEXT_HEADER_RE.search(name) or NAME_HEADER_RE.search(name))):
        return None
    return header, rows, cut


def _fits(header: list[str], row: list[str], worded: set[int]) -> bool:
    """Whether a row's cells fit a one-row header: a label, words under name and text columns (and the columns
    ``worded``, whose cells are words in every row), numbers or nothing under the others."""
    if not row or not row[0] or (_is_number(row[0]) and not ROW_NUMBER_RE.match(row[0])):
        return False
    for k, (name, cell) in enumerate(zip(header[1:], row[1:], strict=False), 1):
        if not cell:
            continue
        if TEXT_HEADER_RE.search(name) or NAME_HEADER_RE.search(name) or k in worded:
            continue
        if not _is_number(cell):
            return False
    return True


# --------------------------------------------------------------------------- columns and figures


def _read(header: list[list[str]], data: list[list[Cell]], unit: str, cut: bool) -> list[Record]:
    """The figures of an allocation table: its header rows, its data rows (cells with their lines)."""
    anchor = data[0][0][1] if data and data[0] else None
    if anchor is None:
        return []
    top = header[0]
    numbered = bool(top) and top[0] in ROW_NUMBER_HEADERS
    if numbered:
        top = top[1:]
    if not top:
        return []
    # the recipients' column named from the word list, else told by the table's structure (checked below)
    by_structure = not RECIPIENT_HEADER_RE.match(top[0])
    if by_structure and not _words_header(header, top):
        return []
    # the rows: a row number dropped, the label and the name columns joined
    names = 0
    if len(header) == 1:
        while names + 1 < len(top) and _names_a_row(top[names + 1]):
            names += 1
    rows: list[tuple[str, list[Cell | None], Line]] = []
    for row in data:
        cells = list(row)
        if numbered and len(cells) > 1:
            first, second = _compact(cells[0][0]), _compact(cells[1][0])
            if ROW_NUMBER_RE.match(first) or not first:  # the row's number, or its empty cell
                cells = cells[1:]
            elif GRAND_TOTAL_RE.match(first) and not second:  # 合计 merged over the number's and the label's cells
                cells = [cells[0], *cells[2:]]
        if not cells or not _compact(cells[0][0]):
            continue
        if names and len(cells) > 1 and _is_number(_compact(cells[1][0])):  # 合计 merged over the name cells
            cells = [cells[0], *[("", cells[0][1])] * names, *cells[1:]]
        label_cells = [_compact(cell) for cell, _ in cells[: 1 + names]]
        label = " ".join(text for text in label_cells if text and not _is_number(text))[:MAX_LABEL_CHARS]
        values = [None if not _compact(cell) else (cell, line) for cell, line in cells[1 + names :]]
        rows.append((label, values, cells[0][1]))
    if not rows:
        return []
    columns = _columns(header if len(header) > 1 else [top[1 + names :]], top, rows)
    if columns is None:
        return [_warning(anchor, "allocation table: its columns cannot be laid over its rows, so none of its "
                         "figures is read", " | ".join(top))]
    names_of, ambiguous = columns
    out: list[Record] = []
    width = len(names_of)
    worded = _word_columns(rows)
    text_columns = {k for k in range(width) if _text_column(names_of, k) or k in worded}
    money = set(range(width))
    if by_structure:
        money = _money_columns(names_of)
        if not money or not _names_and_amounts(rows, money):
            return []
    # the columns a row must reach: its text columns after the last figure's (备注) may have been dropped
    need = max((k + 1 for k in range(width) if k not in text_columns), default=0)
    figures: list[tuple[int, int, Decimal]] = []  # (row, column, value)
    for r, (label, values, _) in enumerate(rows):
        numbers = [_number(v) for v in values]
        if any(v is not None and n is None and k not in text_columns for k, (v, n) in
               enumerate(zip(values, numbers, strict=True))):
            out.append(_warning(anchor, "allocation table: a row holds words under a column of figures, so the "
                                "row is left out", label))
            continue
        if len(values) > width:
            out.append(_warning(anchor, "allocation table: a row has more cells than its header, so it is left "
                                "out", label))
            continue
        if len(values) < need:  # trailing cells dropped: only a total column its other figures confirm
            if len(numbers) > 1 and SUBTOTAL_HEADER_RE.match(names_of[0].split("/")[-1]) and numbers[0] is not None \
                    and numbers[0] == sum((n for n in numbers[1:] if n is not None), Decimal(0)):
                figures.append((r, 0, numbers[0]))
            if len(values) > 1:
                out.append(_warning(anchor, "allocation table: a row is shorter than its header (which cell is "
                                    "missing cannot be told), so only its confirmed total is read", label))
            continue
        for k, number in enumerate(numbers):
            if number is not None and k not in text_columns and k in money:
                figures.append((r, k, number))
    if not _sums_agree(rows, figures, cut):
        return [*out, _warning(anchor, "allocation table: its 合计 / 小计 rows are not the sums of the rows "
                               "under them, so none of its figures is read", " | ".join(top))]
    if ambiguous:
        out.append(_warning(anchor, "allocation table: the header's second row does not tell which group its "
                            "columns fall under, so those columns are left out", " | ".join(header[-1])))
    for r, k, _ in figures:
        if k in ambiguous:
            continue
        label, values, _ = rows[r]
        cell, line = values[k]  # type: ignore[misc]
        amount = to_amount(_compact(cell), unit)
        if amount is None:
            continue
        out.append(amount_figure(f"{label} {names_of[k]}".strip(), amount, line, metric_label=label))
    out.extend(_parts_in_text_cells(rows, figures, text_columns, unit))
    return out


def _parts_in_text_cells(rows, figures: list[tuple[int, int, Decimal]], text_columns: set[int],
                         unit: str) -> list[Record]:
    """The parts a row's text cell lists of the row's one amount (列支科目 ``其中39.046万款列2110302;10.954万元款列
    2160699;`` of a row of 50): read where they add up to it (:func:`ingest.amount_lists.parts_of`)."""
    by_row: dict[int, list[Decimal]] = {}
    for r, _, value in figures:
        by_row.setdefault(r, []).append(value)
    out: list[Record] = []
    for r, values in by_row.items():
        if len(values) != 1:
            continue
        total = to_amount(str(values[0]), unit)
        label, cells, _ = rows[r]
        for k, cell in enumerate(cells):
            if cell is None or total is None or k not in text_columns or not DIGITS_RE.search(cell[0]):
                continue
            for part, amount in parts_of(cell[0], total.yuan) or ():
                out.append(amount_figure(f"{label} {part}", amount, cell[1], metric_label=label))
    return out


def _words_header(header: list[list[str]], top: list[str]) -> bool:
    """Whether a header whose first cell is not in the word list can still be an allocation table's: its
    cells words (no figure), its first cell naming no note, 科目 or total (the recipients' column, whatever
    its word: 村名, 学校名称, 合作社, 补助对象 …)."""
    first = top[0]
    if not _is_word(first) or TEXT_HEADER_RE.search(first) or TOTAL_RE.match(first) \
            or MEASURE_HEADER_RE.search(first):
        return False
    return len(top) >= 2 and all(not cell or _is_word(cell) for row in header for cell in row)


def _money_columns(names: list[str]) -> set[int]:
    """The value columns of a table whose recipients' column was told by its structure that hold money: those
    naming an amount (金额, 资金, 补助, 分配, 下达, 安排, 合计 … or 万元 / 元), else — where none does — every
    column but the text columns and those counting or measuring (人数, 面积, 亩, 率 …), the table's 单位:万元
    line naming them money."""
    kept = [k for k, name in enumerate(names) if not TEXT_HEADER_RE.search(name)
            and not MEASURE_HEADER_RE.search(name.split("/")[-1])]
    named = {k for k in kept if AMOUNT_HEADER_RE.search(names[k])}
    return named or set(kept)


def _names_and_amounts(rows: list[tuple[str, list[Cell | None], Line]], money: set[int]) -> bool:
    """Whether the rows confirm a recipients' column told by its structure: every row but its totals opens
    with a name (no figure), and most of them, two at least, hold an amount beside it."""
    items = [(label, values) for label, values, _ in rows if not TOTAL_RE.match(label.split(" ")[0])]
    if not items or any(not label for label, _ in items):
        return False
    paid = sum(1 for _, values in items if any(k in money and _number(v) is not None for k, v in enumerate(values)))
    return paid >= 2 and 2 * paid > len(items)


def _names_a_row(header: str) -> bool:
    """Whether a header cell names what a row is about (项目名称 beside 单位名称): its words join the label."""
    return bool(NAME_HEADER_RE.search(header)) and not TEXT_HEADER_RE.search(header)


def _number(cell: Cell | None) -> Decimal | None:
    if cell is None or not _is_number(_compact(cell[0])):
        return None
    return parse_decimal(_compact(cell[0]))


def _word_columns(rows) -> set[int]:
    """The columns whose cells are words in some row and a figure in none (任务清单, 乡镇类型 under a header word
    that names no text column): text columns by their cells."""
    worded: set[int] = set()
    numbered: set[int] = set()
    for _, values, _ in rows:
        for k, value in enumerate(values):
            if value is None:
                continue
            (numbered if _is_number(_compact(value[0])) else worded).add(k)
    return worded - numbered


def _text_column(names: list[str], k: int) -> bool:
    return k < len(names) and bool(TEXT_HEADER_RE.search(names[k]))


def _columns(header: list[list[str]], top: list[str],
             rows: list[tuple[str, list[Cell | None], Line]]) -> tuple[list[str], set[int]] | None:
    """The name of each value column and the columns whose name cannot be told (a two-row header laid
    in several ways), or None where no laying fits."""
    if len(header) == 1:
        return header[0], set()
    if len(header) != 2:
        return None
    groups, parts = top[1:], header[1]
    widths = [len(values) for _, values, _ in rows]
    width = max(widths, default=0)
    if not groups or not parts or width == 0:
        return None
    # the rows' width, or where every row is short of every laying (its trailing cells dropped) the
    # narrowest laying's
    fitting = sorted({sum(count or 1 for count in counts) for counts in _layings(groups, len(parts), None)
                      if sum(count or 1 for count in counts) >= width})
    if not fitting:
        return None
    width = fitting[0]
    full = [[None if v is None else parse_decimal(_compact(v[0])) for v in values]
            for _, values, _ in rows if len(values) == width]
    layings = []
    for laying in _layings(groups, len(parts), width):
        names, checks = _named(groups, parts, laying)
        if all(_checks_hold(row, checks) for row in full):
            layings.append(names)
        if len(layings) > MAX_LAYINGS:
            return None
    if not layings:
        return None
    names = layings[0]
    ambiguous = {k for k in range(width) if any(other[k] != names[k] for other in layings[1:])}
    return names, ambiguous


def _layings(groups: list[str], parts: int, width: int | None):
    """Every count of parts per group (0: a column of its own; else at least two), in order, that uses
    all ``parts`` and gives ``width`` columns; a total's header (小计, 合计) is a column of its own."""
    options = [[0] if SUBTOTAL_HEADER_RE.match(group) else [0, *range(2, parts + 1)] for group in groups]
    # the most parts the groups from each on can take: a branch that cannot place the parts left is cut
    most = [sum(max(option) for option in options[i:]) for i in range(len(options) + 1)]
    yield from _counts(options, most, 0, parts, width, ())


def _counts(options: list[list[int]], most: list[int], i: int, parts: int, width: int | None,
            counts: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
    """:func:`_layings`' counts from group ``i`` on, ``parts`` left to place and ``width`` columns left (None: any),
    in the order of ``itertools.product`` over ``options`` — each branch cut as soon as it cannot fit."""
    if i == len(options):
        if parts == 0 and (width is None or width == 0):
            yield counts
        return
    groups_after = len(options) - i - 1
    for count in options[i]:  # (ascending: more parts, as many columns or more)
        columns = count or 1
        if count > parts or (width is not None and columns + groups_after > width):
            break
        if parts - count > most[i + 1]:
            continue
        yield from _counts(options, most, i + 1, parts - count, None if width is None else width - columns,
                           (*counts, count))


def _named(groups: list[str], parts: list[str], counts) -> tuple[list[str], list[tuple[int, list[int]]]]:
    """The column names of one laying and its sums (a group's 小计 part and its other parts' columns)."""
    names: list[str] = []
    checks: list[tuple[int, list[int]]] = []
    at = 0
    for group, count in zip(groups, counts, strict=True):
        if count == 0:
            names.append(group)
            continue
        start = len(names)
        for part in parts[at : at + count]:
            names.append(f"{group}/{part}")
        if SUBTOTAL_HEADER_RE.match(parts[at]):
            checks.append((start, list(range(start + 1, start + count))))
        at += count
    if names and SUBTOTAL_HEADER_RE.match(names[0]):
        checks.append((0, [k for k in range(1, len(names)) if not any(k == total for total, _ in checks)
                           and not any(k in members for total, members in checks if total != 0)]))
    return names, checks


def _checks_hold(row: list[Decimal | None], checks: list[tuple[int, list[int]]]) -> bool:
    for total, members in checks:
        if total >= len(row) or not members:
            continue
        stated = row[total] or Decimal(0)
        if stated != sum((row[k] or Decimal(0) for k in members if k < len(row)), Decimal(0)):
            return False
    return True


def _sums_agree(rows, figures: list[tuple[int, int, Decimal]], cut: bool) -> bool:
    """Whether each 合计 row is the sum of the rows it totals (every column read): the 小计 rows where the
    table prints them, else the rows that are no total; a 小计 row the sum of the rows since the last total."""
    by_row: dict[int, dict[int, Decimal]] = {}
    for r, k, value in figures:
        by_row.setdefault(r, {})[k] = value
    labels = [label.split(" ")[0] for label, _, _ in rows]
    grand = [r for r, label in enumerate(labels) if GRAND_TOTAL_RE.match(label)]
    subtotals = [r for r, label in enumerate(labels) if TOTAL_RE.match(label) and r not in grand]
    items = [r for r in range(len(rows)) if r not in grand and r not in subtotals]
    if subtotals and any(r < subtotals[0] for r in grand) and len(subtotals) > 1:
        return True  # a nested table (合计 over 一、…小计 over (一)…小计): its sums not checked here
    if subtotals:
        groups, since = [], []
        for r in range(len(rows)):
            if r in subtotals:
                groups.append((r, since))
                since = []
            elif r in items:
                since.append(r)
        for total, members in groups:
            if members and not _adds_up(by_row, total, members, cut=False):
                return False
    for total in grand:
        members = subtotals or items
        if members and not _adds_up(by_row, total, members, cut=cut):
            return False
    return True


def _adds_up(by_row, total: int, members: list[int], cut: bool) -> bool:
    for column, stated in by_row.get(total, {}).items():
        sum_ = sum((by_row.get(r, {}).get(column, Decimal(0)) for r in members), Decimal(0))
        if sum_ != stated and not (cut and sum_ < stated):
            return False
    return True


def _warning(line: Line, message: str, context: str) -> ParseWarning:
    return ParseWarning(parser="allocation", message=message, context=context[:120], source_line=line.number,
                        source_page=line.page)


# --------------------------------------------------------------------------- tables flattened onto a line


# A run of digits in a flattened table: an amount, a row number and the year opening the next name run
# together (``54.332021中国…``: 54.3, row 3, 2021中国…).
DIGITS_RE = re.compile(r"\d[\d,.]*")
AMOUNT_RE = re.compile(r"(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.\d{1,2})?")
YEAR_PREFIX_RE = re.compile(YEAR)
HEADER_AMOUNT_RE = re.compile(r"金额|资金|补助|合计|小计")
HEADER_RECIPIENT_RE = re.compile(r"单位|项目|名称|地区|市县|县|乡镇|镇、村")
MAX_FLAT_HEADER_CHARS = 40
MAX_FLAT_ROWS = 60
MAX_FLAT_NODES = 20000
FLAT_TOTAL_RE = re.compile(r"(?:合计|总计|小计)$")


def _flattened_tables(line: Line, titles) -> list[Record]:
    """The figures of allocation tables flattened onto ``line`` after one of its ``titles``: each is its
    header (a recipient's column and an amount's, no digit) then its rows — a row number where printed, the
    row's words, its amount — run together up to its 合计 and that figure. A run of digits is split into an
    amount, the next row number and a year opening the next name in every way the table's numbering allows;
    a reading is taken only where its 小计 rows are the sums of the rows above them and its 合计 the sum of
    the rows (or the 小计s), and no other reading is."""
    text = line.compact
    out: list[Record] = []
    for title in titles:
        rest = text[title.end() :]
        first = DIGITS_RE.search(rest)
        if first is None:
            continue
        header = rest[: first.start()]
        if len(header) > MAX_FLAT_HEADER_CHARS or not HEADER_AMOUNT_RE.search(header) \
                or not HEADER_RECIPIENT_RE.search(header):
            continue
        unit = declared_unit(header) or declared_unit(text[max(0, title.start() - 12) : title.end() + 12])
        if unit is None:
            continue
        tokens = _flat_tokens(rest[first.start() :], line)
        if tokens is None:
            continue
        readings = _flat_readings(tokens, joiner="")
        if readings is None or len(readings) != 1:
            how = "no" if not readings else "more than one"
            out.append(_warning(line, f"allocation table flattened onto one line: its figures have {how} reading "
                                "its sums confirm, so none is read", header))
            continue
        out.extend(_figures_of(readings[0], unit))
    return out


def _figures_of(reading: list[tuple[str, str, Line]], unit: str) -> list[Record]:
    out: list[Record] = []
    for label, number, at in reading:
        amount = to_amount(number, unit)
        if amount is not None:
            out.append(amount_figure(label[:MAX_LABEL_CHARS], amount, at, metric_label=label))
    return out


def _bare_below(lines: list[Line], title: int) -> tuple[list[Record], int] | None:
    """The records of an allocation table printed one bare cell per line under the title at
    ``lines[title]`` (no pipe: ``序号`` / ``乡镇`` / … / ``1`` / ``龙浔镇`` / ``英山村长者食堂`` / ``5`` / … /
    ``合计`` / ``10``, blank lines between), read as a flattened table's cells are (:func:`_flat_readings`: the
    reading its 合计 confirms, the only one), each figure at its own line; None where no such table stands."""
    unit = declared_unit(lines[title].norm)
    cells: list[tuple[str, Line]] = []
    last = title
    for index in range(title + 1, min(len(lines), title + MAX_TABLE_LINES)):
        line = lines[index]
        text = line.compact
        if not text:
            continue
        if STOP_RE.search(text) or TITLE_RE.search(text):
            break
        if unit is None and (declared := declared_unit(line.norm)) and len(text) <= 20:
            unit = declared
            continue
        if len(text) > MAX_BARE_CELL_CHARS or "|" in text or "\t" in line.norm or SENTENCE_RE.search(text):
            break
        cells.append((text, line))
        last = index
        if len(cells) >= 2 and GRAND_TOTAL_RE.match(cells[-2][0]) and _is_number(text):
            break
    first = next((k for k, (text, _) in enumerate(cells) if DIGITS_RE.fullmatch(text)), None)
    if unit is None or first is None:
        return None
    if cells[first][0] != "1" and first > 0:  # no row numbers: the first row opens at its label
        first -= 1
    header = "".join(text for text, _ in cells[:first])
    if not header or len(header) > MAX_FLAT_HEADER_CHARS or not HEADER_AMOUNT_RE.search(header) \
            or not HEADER_RECIPIENT_RE.search(header):
        return None
    tokens = [("d" if DIGITS_RE.fullmatch(text) else "w", text, line) for text, line in cells[first:]]
    if not tokens or not (tokens[-1][0] == "d" and len(tokens) >= 2 and GRAND_TOTAL_RE.match(tokens[-2][1])):
        return None
    readings = _flat_readings(tokens, joiner=" ")
    if readings is None or len(readings) != 1:
        how = "no" if not readings else "more than one"
        return [_warning(cells[first][1], f"allocation table printed one bare cell per line: its figures have {how} "
                         "reading its sums confirm, so none is read", header)], last
    return _figures_of(readings[0], unit), last


def _flat_tokens(body: str, line: Line) -> list[tuple[str, str, Line]] | None:
    """The words and digit runs of a flattened table's body up to its 合计's figure: (kind, text, line),
    kind ``w`` or ``d``, starting with a digit run; None where no 合计 / 总计 ends it."""
    tokens: list[tuple[str, str, Line]] = []
    at = 0
    for match in DIGITS_RE.finditer(body):
        if match.start() > at:
            words = body[at : match.start()]
            tokens.append(("w", words, line))
        tokens.append(("d", match.group(0).rstrip(".,"), line))
        at = match.end()
        if len(tokens) >= 2 and tokens[-2][0] == "w" and GRAND_TOTAL_RE.match(tokens[-2][1]):
            return tokens
        if len(tokens) > 4 * MAX_FLAT_ROWS:
            return None
    return None


def _splits(run: str, row: int, first: bool):
    """Every way a digit run reads: (amount or None, row number taken or not, year prefix or '')."""
    out = []
    for amount_end in range(len(run) + 1):
        amount = run[:amount_end]
        if amount and not AMOUNT_RE.fullmatch(amount):
            continue
        if first and amount:
            continue
        tail = run[amount_end:]
        for number in ("", str(row)):
            if not tail.startswith(number):
                continue
            prefix = tail[len(number) :]
            if prefix and not YEAR_PREFIX_RE.fullmatch(prefix):
                continue
            if first and not number:
                continue
            out.append((amount or None, bool(number), prefix))
    return out


def _flat_readings(tokens: list[tuple[str, str, Line]], joiner: str) -> list[list[tuple[str, str, Line]]] | None:
    """Every reading of a flattened table's tokens whose sums hold: each a list of (label, amount, line); a
    row's words joined with ``joiner``."""
    readings: list[list[tuple[str, str, Line]]] = []
    nodes = 0

    def walk(k: int, row: int, words: str, rows: list[tuple[str, str, Line]], items: Decimal, subtotals: Decimal,
             since: Decimal, had_sub: bool) -> bool:
        nonlocal nodes
        nodes += 1
        if nodes > MAX_FLAT_NODES:
            return False
        if k >= len(tokens):
            return True
        kind, text, at = tokens[k]
        if kind == "w":
            return walk(k + 1, row, f"{words}{joiner}{text}" if words else text, rows, items, subtotals, since,
                        had_sub)
        for amount, numbered, prefix in _splits(text, row, first=k == 0):
            if amount is None:  # the run opens a name: a row number, a year
                if words and numbered:
                    continue  # a row number after words with no amount: no reading
                if not walk(k + 1, row + numbered, words + prefix, rows, items, subtotals, since, had_sub):
                    return False
                continue
            if not words:
                continue
            value = parse_decimal(amount)
            if value is None:
                continue
            label = words
            if GRAND_TOTAL_RE.match(label):
                expected = subtotals if had_sub else items
                if k == len(tokens) - 1 and value == expected and rows and not prefix and not numbered:
                    readings.append([*rows, (label, amount, at)])
                continue
            if FLAT_TOTAL_RE.search(label):
                if value != since:
                    continue
                if not walk(k + 1, row + numbered, prefix, [*rows, (label, amount, at)], items, subtotals + value,
                            Decimal(0), True):
                    return False
                continue
            if not walk(k + 1, row + numbered, prefix, [*rows, (label, amount, at)], items + value, subtotals,
                        since + value, had_sub):
                return False
        return True

    if not walk(0, 1, "", [], Decimal(0), Decimal(0), Decimal(0), False):
        return None
    return readings

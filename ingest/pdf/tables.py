"""Finding the 决算 / 预算 tables of a PDF and reading their rows and columns.

A table starts at its title line (e.g. ``2026年部门收入预算总表``, ``财政拨款“三公”经费支出决算表``)
followed within a few lines by its unit (``单位：万元`` / ``单位：元``). It runs to the next title
and over following pages that look like table pages (no sentences, no part heading); blank pages
are skipped. Columns come from the header cells (words of consecutive header lines stacked in one
cell are merged, so ``本年收入合`` + ``计`` is ``本年收入合计``). Rows are anchored on their
科目编码 (``201 06 01``, ``2010601``, ``301 2``) or on a label such as ``合计``; words printed
above or below the anchor (wrapped labels, figures set on another baseline) join the nearest
anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.numbers import parse_decimal
from ingest.pdf.pages import Page, PageLine, Word
from ingest.text import normalise

# --- table layouts -------------------------------------------------------------------------
TWO_SIDED = "two_sided"  # 项目 | 决算数 | 项目 | 决算数 (收入支出决算总表 …)
CODED = "coded"  # rows by 科目编码 (功能分类 or 经济分类)
THREE_PUBLIC = "three_public"  # “三公”经费 tables: one row of figures under a stacked header

# --- what a table holds (the same for its 决算 and 预算 versions) -----------------------------
TOTALS = "totals"  # 收入支出决算总表 / 财务收支预算总表
FISCAL_TOTALS = "fiscal_totals"  # 财政拨款收入支出决算总表 / 财政拨款收支预算总表
INCOME_BY_FUNCTION = "income_by_function"  # 收入决算表 / 收入预算总表
EXPENDITURE_BY_FUNCTION = "expenditure_by_function"  # 支出决算表 / 支出预算总表
GENERAL_BUDGET_BY_FUNCTION = "general_budget_by_function"  # 一般公共预算(财政拨款)支出
GOVERNMENT_FUND_BY_FUNCTION = "government_fund_by_function"  # 政府性基金预算
STATE_CAPITAL_BY_FUNCTION = "state_capital_by_function"  # 国有资本经营预算
BASIC_BY_ECONOMIC = "basic_by_economic"  # 一般公共预算基本支出, by 经济分类
THREE_PUBLIC_EXPENSES = "three_public_expenses"  # “三公”经费 (and 机关运行经费 in budgets)
_LAYOUT_OF_CONTENT = {TOTALS: TWO_SIDED, FISCAL_TOTALS: TWO_SIDED, THREE_PUBLIC_EXPENSES: THREE_PUBLIC}


@dataclass(frozen=True)
class TableSpec:
    """A required table: its canonical title, stage, what it holds and printed title variants."""

    canonical: str
    stage: str  # final / budget
    content: str  # TOTALS, INCOME_BY_FUNCTION, … (decides the records and the layout)
    variants: tuple[str, ...]  # regexes over the normalised title without prefix, spaces, quotes

    @property
    def kind(self) -> str:
        """The layout: two-sided, rows by 科目编码, or the “三公” single row."""
        return _LAYOUT_OF_CONTENT.get(self.content, CODED)


# The nine tables of the national 部门决算 template and the nine of a Shanghai 部门/单位预算 (each also by the
# name the national 部门预算 template prints: 部门收支总表, 部门收入总表, 财政拨款收支总表, 一般公共预算支出表 …).
FINAL_TABLES: tuple[TableSpec, ...] = (
    TableSpec("收入支出决算总表", "final", TOTALS, (r"收入支出决算总表",)),
    TableSpec("收入决算表", "final", INCOME_BY_FUNCTION, (r"收入决算表",)),
    TableSpec("支出决算表", "final", EXPENDITURE_BY_FUNCTION, (r"支出决算表",)),
    TableSpec("财政拨款收入支出决算总表", "final", FISCAL_TOTALS, (r"财政拨款收入支出决算总表",)),
    TableSpec(
        "一般公共预算财政拨款支出决算表",
        "final",
        GENERAL_BUDGET_BY_FUNCTION,
        (r"一般公共预算财政拨款支出决算表",),
    ),
    TableSpec(
        "一般公共预算财政拨款基本支出决算表",
        "final",
        BASIC_BY_ECONOMIC,
        (r"一般公共预算财政拨款基本支出决算表",),
    ),
    TableSpec(
        "财政拨款“三公”经费支出决算表",
        "final",
        THREE_PUBLIC_EXPENSES,
        (r"(一般公共预算)?财政拨款三公经费支出决算表", r"三公经费支出决算表"),
    ),
    TableSpec(
        "政府性基金预算财政拨款收入支出决算表",
        "final",
        GOVERNMENT_FUND_BY_FUNCTION,
        (r"政府性基金预算财政拨款(收入)?支出决算表",),
    ),
    TableSpec(
        "国有资本经营预算财政拨款收入支出决算表",
        "final",
        STATE_CAPITAL_BY_FUNCTION,
        (r"国有资本经营预算财政拨款(收入)?支出决算表",),
    ),
)
BUDGET_TABLES: tuple[TableSpec, ...] = (
    TableSpec("财务收支预算总表", "budget", TOTALS, (r"财务收支预算总表", r"收支(预算)?总表")),
    TableSpec("收入预算总表", "budget", INCOME_BY_FUNCTION, (r"收入(预算)?总表",)),
    TableSpec("支出预算总表", "budget", EXPENDITURE_BY_FUNCTION, (r"支出(预算)?总表",)),
    TableSpec("财政拨款收支预算总表", "budget", FISCAL_TOTALS, (r"财政拨款收支(预算)?总表",)),
    TableSpec(
        "一般公共预算支出功能分类预算表",
        "budget",
        GENERAL_BUDGET_BY_FUNCTION,
        (r"一般公共预算支出功能分类预算表", r"一般公共预算(财政拨款)?支出(预算)?表"),
    ),
    TableSpec(
        "政府性基金预算支出功能分类预算表",
        "budget",
        GOVERNMENT_FUND_BY_FUNCTION,
        (r"政府性基金预算支出功能分类预算表", r"政府性基金预算(财政拨款)?支出(预算)?表"),
    ),
    TableSpec(
        "国有资本经营预算支出功能分类预算表",
        "budget",
        STATE_CAPITAL_BY_FUNCTION,
        (r"国有资本经营预算支出功能分类预算表",),
    ),
    TableSpec(
        "一般公共预算基本支出经济分类预算表",
        "budget",
        BASIC_BY_ECONOMIC,
        (r"一般公共预算基本支出(部门预算)?经济分类预算表", r"一般公共预算(财政拨款)?基本支出(预算)?表"),
    ),
    TableSpec(
        "“三公”经费和机关运行经费预算表",
        "budget",
        THREE_PUBLIC_EXPENSES,
        (r"(财政拨款)?三公经费(和机关运行经费)?预算表",),
    ),
)
ALL_TABLES = FINAL_TABLES + BUDGET_TABLES

# Title prefixes printed before the table name: numbering, year, 部门 / 预算单位 / 单位.
TITLE_PREFIX_RE = re.compile(r"^(?:\d+[.、．]|[一二三四五六七八九十]+、)?(?:\d{4}年度?)?(?:部门|预算单位|单位)?")
QUOTES_RE = re.compile(r"[“”\"'‘’「」\s]")
UNIT_RE = re.compile(r"单位[:：]\s*(万元|元)")
# How many lines after the title the unit line may come.
UNIT_LOOKAHEAD = 3
# A statement that the table has no data (本表无数据 / 本表为空表 / a lone 无 row).
EMPTY_STATEMENT_RE = re.compile(r"(本表无数据|故本表为空表|本表为空|无.{0,30}故本表)")
NOTE_RE = re.compile(r"^(注|说明)[:：]")
PART_HEADING_RE = re.compile(r"^(第[一二三四五六七八九十]+部分|其他相关情况说明|项目经费情况说明|名词解释)")
# A 类 code (3 digits) possibly with 款/项 digits attached: 201, 20106, 2010601, 301, 30101.
CLASS_CODE_RE = re.compile(r"^[23]\d{2}(?:\d{2}){0,2}$")
PART_CODE_RE = re.compile(r"^\d{1,2}$")
GLUED_FIGURE_RE = re.compile(r"^(-?\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+)(?=[^\d,.])")
GLUED_TAIL_RE = re.compile(r"^(.*?[^\d,.\-]|)((?:\d[\d,]*\.\d{2}){1,})$")
GLUED_FIGURES_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2}")
GLUED_CODE_RE = re.compile(r"^(\d{1,2})(\D.*)$")
TOTAL_LABEL_RE = re.compile(r"^(合计|总计|人员经费合计|公用经费合计)$")
# Header cells that name the label / code columns rather than a figure column.
LABEL_HEADER_RE = re.compile(r"(^项目$|科目|编码|^类$|^款$|^项$|^功能分类$|^经济分类$|^支出功能分类$)")
# Rows of a two-sided table that carry no ordinal: totals and the carry-over rows below them
# (a page that continues the table starts with these, and they are data, not a header).
TWO_SIDED_TOTAL_RE = re.compile(r"^(总计|.{2,}(合计|总计)|.{0,8}结转和结余|结余分配|使用非财政拨款结余.*)$")
ORDINAL_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|\d+[.．、])")
AMOUNT_WORD_RE = re.compile(r"^[-−]?[\d,]+(?:\.\d+)?$")
# Header cells that span the whole header height and never group the columns beside them.
SELF_CONTAINED_HEADER_RE = re.compile(r"机关运行经费")
# Header words stacked in one cell are at most this many font sizes apart.
HEADER_STACK = 1.8
# Words further than this share of the row pitch from every anchor are left out of the rows.
MAX_ANCHOR_DISTANCE = 0.8


@dataclass(frozen=True)
class Column:
    """A figure column: its header text (merged over header lines) and x-range."""

    label: str
    x0: float
    x1: float
    group: str | None = None  # the header cell above it (三公: 合计 / 因公出国（境）费 …)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class TableRow:
    """One row: printed code (digits only), label, and the figures by column label."""

    page: int
    line: int  # line number within the page of the row's anchor
    label: str
    code: str | None = None
    values: tuple[tuple[str, str], ...] = ()  # (column label, printed figure)
    side: int = 0  # 0 left / 1 right half of a two-sided table
    group: str | None = None  # for 三公 tables: column group per value, parallel to values

    def value(self, *keywords: str) -> str | None:
        """The printed figure of the first column whose label contains all ``keywords``."""
        for label, text in self.values:
            if all(k in label for k in keywords):
                return text
        return None


@dataclass
class Table:
    """A table found in the document, with its rows and whether it declares itself empty."""

    spec: TableSpec
    title: str
    page: int
    line: int
    unit: str | None
    rows: list[TableRow] = field(default_factory=list)
    statement: str | None = None  # 注：…无…故本表无数据
    pages: list[int] = field(default_factory=list)

    @property
    def has_figures(self) -> bool:
        return any(self.rows_with_figures())

    def rows_with_figures(self) -> list[TableRow]:
        return [row for row in self.rows if any(parse_decimal(text) for _, text in row.values)]


def match_title(text: str) -> TableSpec | None:
    """The table a printed title line names, or None (``2024年部门收入预算总表`` → 收入预算总表)."""
    norm = QUOTES_RE.sub("", normalise(text))
    if "…" in norm or "..." in norm or len(norm) > 40:
        return None
    norm = TITLE_PREFIX_RE.sub("", norm, count=1)
    norm = re.sub(r"^\d{4}年度?", "", norm)
    for spec in ALL_TABLES:
        for variant in spec.variants:
            if re.fullmatch(variant, norm):
                return spec
    return None


def find_tables(pages: list[Page]) -> list[Table]:
    """Every table of the document in page order, with its rows read."""
    located = _locate(pages)
    tables: list[Table] = []
    for index, (spec, title_line, unit, region) in enumerate(located):
        del index
        table = Table(
            spec=spec,
            title=title_line.text,
            page=title_line.page,
            line=title_line.number,
            unit=unit,
            pages=sorted({line.page for line in region} | {title_line.page}),
        )
        table.statement = _empty_statement(region)
        table.rows = _read_rows(spec, region)
        tables.append(table)
    return tables


# --- locating -----------------------------------------------------------------------------
def _locate(pages: list[Page]) -> list[tuple[TableSpec, PageLine, str | None, list[PageLine]]]:
    """Title line, unit and the lines (after the unit line) of every table."""
    flat = [line for page in pages for line in page.lines]
    starts: list[tuple[int, TableSpec, str | None, int]] = []  # title index, spec, unit, body start
    for i, line in enumerate(flat):
        spec = match_title(line.text)
        if spec is None:
            continue
        unit, body = _unit_after(flat, i)
        if body is None:
            continue
        starts.append((i, spec, unit, body))
    out = []
    table_pages = {page.number: _is_table_page(page) for page in pages}
    for n, (i, spec, unit, body) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(flat)
        region: list[PageLine] = []
        for line in flat[body:end]:
            if line.page != flat[i].page and not table_pages[line.page]:
                break
            if PART_HEADING_RE.match(normalise(line.text).replace(" ", "")):
                break
            region.append(line)
        out.append((spec, flat[i], unit, region))
    return out


def _unit_after(flat: list[PageLine], i: int) -> tuple[str | None, int | None]:
    """The unit printed on the title line or the next few lines, and where the body starts."""
    for j in range(i, min(i + 1 + UNIT_LOOKAHEAD, len(flat))):
        if j > i and flat[j].page != flat[i].page:
            break
        match = UNIT_RE.search(normalise(flat[j].text))
        if match:
            return match.group(1), j + 1
    return None, None


def _is_table_page(page: Page) -> bool:
    """A page that continues a table: not prose (few sentence ends), no part heading on top."""
    if not page.lines:
        return True
    first = normalise(page.lines[0].text).replace(" ", "")
    if PART_HEADING_RE.match(first):
        return False
    sentences = sum(1 for line in page.lines if "。" in line.text)
    return sentences <= max(1, len(page.lines) // 10)


def _empty_statement(region: list[PageLine]) -> str | None:
    for line in region:
        text = normalise(line.text).replace(" ", "")
        if EMPTY_STATEMENT_RE.search(text) or text == "无":
            return line.text.strip()
    return None


# --- header cells -------------------------------------------------------------------------
@dataclass
class _Cell:
    words: list[Word]

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.baseline for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.baseline for w in self.words)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def text(self) -> str:
        ordered = sorted(self.words, key=lambda w: (round(w.baseline), w.x0))
        return normalise("".join(w.text for w in ordered)).replace(" ", "")


def _header_cells(lines: list[PageLine]) -> list[_Cell]:
    """Merge header words stacked in one cell (``本年收入合`` over ``计``)."""
    cells: list[_Cell] = []
    for word in sorted((w for line in lines for w in line.words), key=lambda w: (w.baseline, w.x0)):
        if _is_amount(word) or UNIT_RE.search(normalise(word.text)):
            continue
        if normalise(word.text).startswith(("编制部门", "编制单位")):
            continue
        home = None
        for cell in cells:
            gap = word.baseline - cell.bottom
            if 0 < gap <= HEADER_STACK * word.size and (
                cell.x0 <= word.center <= cell.x1 or word.x0 <= cell.center <= word.x1
            ):
                home = cell
        if home is None:
            cells.append(_Cell([word]))
        else:
            home.words.append(word)
    return cells


def _columns(cells: list[_Cell]) -> list[Column]:
    """Figure columns: header cells with no cell under them, with the cell above as group."""
    parent: dict[int, int] = {}
    for i, cell in enumerate(cells):
        best = None
        for j, other in enumerate(cells):
            if other.bottom >= cell.top or SELF_CONTAINED_HEADER_RE.search(other.text):
                continue
            distance = abs(other.center - cell.center)
            if distance > 1.5 * max(other.x1 - other.x0, cell.x1 - cell.x0):
                continue
            key = (round(distance / 5), -other.bottom)
            if best is None or key < best[0]:
                best = (key, j)
        if best is not None:
            parent[i] = best[1]
    parents = set(parent.values())
    columns = []
    for i, cell in enumerate(cells):
        if i in parents or LABEL_HEADER_RE.search(cell.text):
            continue
        group = cells[parent[i]].text if i in parent else None
        columns.append(Column(label=cell.text, x0=cell.x0, x1=cell.x1, group=group))
    return sorted(columns, key=lambda c: c.x0)


def _assign(words: list[Word], columns: list[Column]) -> list[tuple[Column | None, Word]]:
    """Pair figures with columns: in order when the counts match, else by x overlap / nearest."""
    words = sorted(words, key=lambda w: w.x0)
    if not columns:
        return [(None, w) for w in words]
    if len(words) == len(columns):
        return list(zip(columns, words, strict=True))
    out = []
    for word in words:
        best = max(columns, key=lambda c: (min(c.x1, word.x1) - max(c.x0, word.x0), -abs(c.center - word.center)))
        if min(best.x1, word.x1) - max(best.x0, word.x0) <= 0:
            best = min(columns, key=lambda c: abs(c.center - word.center))
        out.append((best, word))
    return out


def _is_amount(word: Word) -> bool:
    return bool(AMOUNT_WORD_RE.match(normalise(word.text))) and parse_decimal(normalise(word.text)) is not None


def _is_label(word: Word) -> bool:
    text = normalise(word.text)
    return not _is_amount(word) and bool(re.search(r"[\u4e00-\u9fff]", text))


# --- rows ---------------------------------------------------------------------------------
def _unglue(line: PageLine) -> PageLine:
    """Split words that run cells together: ``91,016,775.35一、…``, ``行政运行12,029,501.8412,029,501.84``."""
    words: list[Word] = []
    for word in line.words:
        pieces = _pieces(word.text)
        if len(pieces) == 1:
            words.append(word)
            continue
        width = (word.x1 - word.x0) / max(1, len(word.text))
        start = 0
        for piece in pieces:
            x0 = word.x0 + start * width
            words.append(Word(piece, x0, x0 + len(piece) * width, word.baseline, word.size))
            start += len(piece)
    return PageLine(line.page, line.number, line.baseline, tuple(words))


def _pieces(text: str) -> list[str]:
    """A word cut into label and figures (figures need their decimals to be cut apart)."""
    head = GLUED_FIGURE_RE.match(text)
    if head and len(head.group(1)) < len(text):
        return [head.group(1), *_pieces(text[len(head.group(1)) :])]
    tail = GLUED_TAIL_RE.match(text)
    if tail:
        figures = GLUED_FIGURES_RE.findall(tail.group(2))
        if "".join(figures) == tail.group(2):
            return [p for p in (tail.group(1), *figures) if p]
    return [text]


def _read_rows(spec: TableSpec, region: list[PageLine]) -> list[TableRow]:
    body = [_unglue(line) for line in region if not NOTE_RE.match(normalise(line.text).strip())]
    if spec.kind == THREE_PUBLIC:
        return _three_public_rows(body)
    rows: list[TableRow] = []
    columns: list[Column] = []
    sides: list[float] = []
    for page_no in sorted({line.page for line in body}):
        page_lines = [line for line in body if line.page == page_no]
        if spec.kind == TWO_SIDED:
            new_rows, columns, sides = _two_sided_page(page_lines, columns, sides)
        else:
            new_rows, columns, sides = _coded_page(page_lines, columns, sides)
        rows.extend(new_rows)
    return rows


def _split_header(lines: list[PageLine], is_anchor) -> tuple[list[PageLine], list[PageLine]]:
    """Header lines and data lines; figures set just above the first row belong to the data."""
    for i, line in enumerate(lines):
        if is_anchor(line):
            header, data = [], list(lines[i:])
            for line in lines[:i]:
                figures = tuple(w for w in line.words if _is_amount(w))
                rest = tuple(w for w in line.words if not _is_amount(w))
                if figures:  # figures set on a header baseline belong to the first row
                    data.insert(0, PageLine(line.page, line.number, line.baseline, figures))
                if rest:
                    header.append(PageLine(line.page, line.number, line.baseline, rest))
            return header, data
    return lines, []


def _side_of(word: Word, sides: list[float]) -> int:
    side = 0
    for i, boundary in enumerate(sides, start=1):
        if word.x0 >= boundary:
            side = i
    return side


def _coded_anchor_words(words: list[Word]) -> bool:
    if not words:
        return False
    first = normalise(words[0].text)
    if CLASS_CODE_RE.match(first):
        return True
    first = first.replace(" ", "")
    if first in ("人员经费合计", "公用经费合计"):  # their figures may sit on the line above
        return True
    return bool(TOTAL_LABEL_RE.match(first)) and any(_is_amount(w) for w in words[1:])


def _coded_page(
    lines: list[PageLine], columns: list[Column], sides: list[float]
) -> tuple[list[TableRow], list[Column], list[float]]:
    """Rows of a 科目编码 table on one page (one or two halves side by side)."""

    def anchor_line(line: PageLine) -> bool:
        return _coded_anchor_words(list(line.words)) or any(
            CLASS_CODE_RE.match(normalise(w.text)) and w.x0 > line.words[0].x1 for w in line.words[1:2]
        )

    header, data = _split_header(lines, anchor_line)
    if header:
        cells = _header_cells(header)
        code_cells = sorted((c for c in cells if "编码" in c.text), key=lambda c: c.x0)
        if len(code_cells) > 1:
            sides = [c.x0 - 10 for c in code_cells[1:]]
        elif code_cells:
            sides = []
        new_columns = _columns(cells)
        if new_columns:
            columns = new_columns
    rows: list[TableRow] = []
    for side in range(len(sides) + 1):
        side_lines = [
            (line, [w for w in line.words if _side_of(w, sides) == side]) for line in data
        ]
        side_lines = [(line, words) for line, words in side_lines if words]
        side_columns = [c for c in columns if _side_of(Word("", c.x0, c.x1, 0, 0), sides) == side]
        rows.extend(_anchored_rows(side_lines, side_columns, side, _coded_anchor_words, _coded_row))
    rows.sort(key=lambda r: (r.line, r.side))
    return rows, columns, sides


def _anchored_rows(side_lines, columns, side, is_anchor, build) -> list[TableRow]:
    anchors = [(line, words) for line, words in side_lines if is_anchor(words)]
    if not anchors:
        return []
    baselines = [line.baseline for line, _ in anchors]
    pitches = sorted(b - a for a, b in pairwise(baselines) if b > a)
    pitch = pitches[len(pitches) // 2] if pitches else 20.0
    groups: list[list[tuple[PageLine, list[Word]]]] = [[anchor] for anchor in anchors]
    anchor_ids = {id(line) for line, _ in anchors}
    for line, words in side_lines:
        if id(line) in anchor_ids:
            continue
        distances = [abs(line.baseline - b) for b in baselines]
        k = min(range(len(distances)), key=distances.__getitem__)
        if distances[k] <= MAX_ANCHOR_DISTANCE * pitch:
            groups[k].append((line, words))
    return [row for group in groups if (row := build(group, columns, side)) is not None]


def _coded_row(group, columns: list[Column], side: int) -> TableRow | None:
    anchor_line = group[0][0]
    words = [w for _, ws in group for w in ws]
    labels = [w for w in words if _is_label(w)]
    label_x0 = min((w.x0 for w in labels), default=float("inf"))
    code_parts: list[tuple[float, str]] = []
    label_parts: list[tuple[float, float, str]] = []
    figures: list[Word] = []
    for word in words:
        text = normalise(word.text).replace(" ", "")
        if word.x0 < label_x0 and re.fullmatch(r"\d+", text):
            code_parts.append((word.x0, text))
        elif _is_amount(word):
            figures.append(word)
        elif _is_label(word) or text:
            glued = GLUED_CODE_RE.match(text)
            if glued and word.x0 <= label_x0 + 1 and code_parts:
                code_parts.append((word.x0, glued.group(1)))
                text = glued.group(2)
            label_parts.append((round(word.baseline), word.x0, text))
    label = "".join(t for _, _, t in sorted(label_parts))
    code = _code_of([t for _, t in sorted(code_parts)])
    if code is None and not TOTAL_LABEL_RE.match(label):
        return None
    values = tuple((col.label if col else "", normalise(w.text)) for col, w in _assign(figures, columns))
    return TableRow(page=anchor_line.page, line=anchor_line.number, label=label, code=code, values=values, side=side)


def _code_of(parts: list[str]) -> str | None:
    """``['201', '06', '01']`` → ``2010601``; ``['301', '2']`` → ``30102``; ``['2050205']`` as is."""
    if not parts or not CLASS_CODE_RE.match(parts[0]):
        return None
    code = parts[0]
    for part in parts[1:]:
        if not PART_CODE_RE.match(part) or len(code) >= 7:
            break
        code += part.zfill(2)
    return code


def _two_sided_page(
    lines: list[PageLine], columns: list[Column], sides: list[float]
) -> tuple[list[TableRow], list[Column], list[float]]:
    """Rows of a 项目 | 决算数 | 项目 | 决算数 table on one page."""

    def anchor_line(line: PageLine) -> bool:
        return any(_is_label(w) and ORDINAL_RE.match(normalise(w.text)) for w in line.words) or any(
            TWO_SIDED_TOTAL_RE.match(normalise(w.text).replace(" ", "")) for w in line.words
        )

    header, data = _split_header(lines, anchor_line)
    if header:
        cells = _header_cells(header)
        new_columns = _columns(cells)
        if new_columns:
            columns = new_columns
        first_value = next((c for c in columns if c.label in ("决算数", "预算数")), None)
        if first_value is not None:
            right = [w.x0 for line in data for w in line.words if _is_label(w) and w.x0 > first_value.x1]
            if right:
                sides = [min(right) - 3]
    rows: list[TableRow] = []
    for side in range(len(sides) + 1):
        side_lines = [(line, [w for w in line.words if _side_of(w, sides) == side]) for line in data]
        side_lines = [(line, words) for line, words in side_lines if words]
        rows.extend(_two_sided_side(side_lines, side))
    rows.sort(key=lambda r: (r.line, r.side))
    return rows, columns, sides


def _two_sided_side(side_lines, side: int) -> list[TableRow]:
    """Label rows of one half: wrapped labels joined, figures to the nearest label by baseline."""
    labels: list[list] = []  # [first line, text, baselines]
    figures: list[tuple[float, Word]] = []
    for line, words in side_lines:
        label_words = [w for w in words if _is_label(w)]
        for word in words:
            if _is_amount(word):
                figures.append((line.baseline, word))
        if not label_words:
            continue
        text = normalise("".join(w.text for w in label_words)).replace(" ", "")
        previous = labels[-1] if labels else None
        continues = (
            previous is not None
            and not ORDINAL_RE.match(text)
            and not re.search(r"(合计|总计|结转和结余|结余分配|使用非财政拨款结余)", text)
            and line.baseline - previous[2][-1] <= HEADER_STACK * label_words[0].size
        )
        if continues:
            previous[1] += text
            previous[2].append(line.baseline)
        else:
            labels.append([line, text, [line.baseline]])
    if not labels:
        return []
    centers = [sum(b) / len(b) for _, _, b in labels]
    values: list[list[Word]] = [[] for _ in labels]
    for baseline, word in figures:
        k = min(range(len(centers)), key=lambda i: abs(centers[i] - baseline))
        values[k].append(word)
    rows = []
    for (line, text, _), figs in zip(labels, values, strict=True):
        figs.sort(key=lambda w: w.x0)
        named = tuple((("total" if i == 0 else f"col{i}"), normalise(w.text)) for i, w in enumerate(figs))
        rows.append(TableRow(page=line.page, line=line.number, label=text, values=named, side=side))
    return rows


def _three_public_rows(lines: list[PageLine]) -> list[TableRow]:
    """The figures row(s) of a “三公” table, each value labelled ``group/leaf`` from the header."""
    header, data = _split_header(lines, lambda line: all(_is_amount(w) for w in line.words))
    columns = _columns(_header_cells(header))
    rows = []
    for line in data:
        if not all(_is_amount(w) for w in line.words):
            continue
        assigned = _assign(list(line.words), columns)
        placed = [col.x0 for col, _ in assigned if col is not None]
        if len(set(placed)) < len(placed):
            continue  # two figures under one column (a leaf taken for a group): none can be placed
        values = []
        for col, word in assigned:
            label = col.label if col else ""
            if col and col.group and label in ("预算数", "决算数"):
                label = f"{col.group}/{label}"
            values.append((label, normalise(word.text)))
        rows.append(TableRow(page=line.page, line=line.number, label="", values=tuple(values)))
    return rows

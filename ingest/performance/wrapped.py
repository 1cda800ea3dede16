"""项目绩效自评表 printed as hard-wrapped PDF text (Zengdu).

The text extractor lost the cell borders: every cell is wrapped at its column's width and the
pieces follow each other line by line (``完成国家、省、市大`` / ``数据比对产生的疑点`` / …),
several short cells may share one line (``成本指标 支出不超过预算 ≤28万 计划标准 10``), and a
score can be broken into one digit per line. The reader works on the table's non-empty lines
("fragments"):

- the header rows (项目名称, 主管部门 / 项目实施单位 possibly wrapped) are matched as joined text;
- the funds row follows ``年度财政资金总额``: 预算数 (A), 执行数 (B), 执行率, 得分;
- each indicator row starts at a 二级指标 name (rejoined when wrapped: ``经济效益指`` + ``标``)
  and ends where the next level name or 总分 starts. Read from its end: the score (stranded
  digits rejoined), the actual value, the target when it shares the last line. When the target
  is wrapped over its own lines, the lines are split between 三级指标 and target where both
  groups look like text wrapped at a constant width (all lines but the last full) — the
  best-scoring split is kept and the rows whose split is a guess are the ones to check.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from decimal import Decimal
from operator import attrgetter

from ingest.numbers import parse_decimal
from ingest.performance.figure_cells import FIGURE_CELL_RE, PLACEHOLDER_CELLS, figures_from, is_figure_or_placeholder
from ingest.performance.indicator_values import IndicatorValue, parse_indicator_value, parse_number
from ingest.performance.levels import LEVEL1_NAMES, LEVEL2_PARENTS, LevelTracker
from ingest.performance.project_table import FUNDS_COLUMNS, UNREAD_FUNDS_ROW, FundingRow, IndicatorRow, ProjectTable
from ingest.performance.run_together import rate_holds
from ingest.performance.self_evaluation import FUNDING_ROLES, _funding_source, _role
from ingest.performance.tables import ROW_CACHE_SIZE, Fragment, Fragments, TableBlock, clean_cell, fragments
from ingest.performance.tables import SPACE_NEAR_CJK_RE as SPACES_NEAR_CJK
from ingest.text import compact

# 二级指标 names, longest first so 经济效益指标 wins over a shorter prefix.
LEVEL2_NAMES: tuple[str, ...] = tuple(sorted(LEVEL2_PARENTS, key=len, reverse=True))
LEVEL2_NAME_RE = re.compile("|".join(map(re.escape, LEVEL2_NAMES)))
# The beginnings of those names a wrap may leave on a line (2 to 7 characters, the rest of the
# name on the next line).
LEVEL2_NAME_HEADS = frozenset(name[:size] for name in LEVEL2_NAMES for size in range(2, min(len(name), 8)))
# The first two characters of those names and heads.
LEVEL2_NAME_STARTS = frozenset(name[:2] for name in LEVEL2_NAMES)
# Names that are level 1 when printed alone on a line (成本指标 is a 二级指标 in these tables).
WRAPPED_LEVEL1 = LEVEL1_NAMES - {"成本指标"}
LEVEL_WEIGHT_RE = re.compile(r"^\(\d+(?:\.\d+)?分\)$")  # （40 分） under a 一级指标
FUNDS_WEIGHT_RE = re.compile(r"\((\d+(?:\.\d+)?)分\)")
NUMBER = r"\d[\d,]*(?:\.\d+)?"
# The 总分 cell's word, however spaced.
TOTAL_WORD_RE = re.compile(r"^\s*总\s*分")
FUNDS_RE = re.compile(rf"^({NUMBER})\s*(万元|万|元)?\s+({NUMBER})\s*(万元|万|元)?\s+({NUMBER})\s*%+\s*(.*)$")
ENDS_WITH_DIGIT_RE = re.compile(r"\d$")
STARTS_AS_FIGURE_RE = re.compile(r"^[\d<>=≤≥]")
STRANDED_DIGITS_RE = re.compile(r"^\d{1,3}$")
SCORE_RE = re.compile(r"^\d{1,3}(?:\.\d+)?$")
# Display-width tolerance when judging whether a wrapped line is "full".
FULL_TOLERANCE_INTERNAL = 2
FULL_TOLERANCE_LAST = 1
MAX_SCORE = Decimal(100)


def display_width(text: str) -> int:
    """Width of ``text`` as printed: CJK and full-width characters count 2, others 1."""
    text = SPACES_NEAR_CJK.sub("", text.strip())
    widths = list(map(unicodedata.east_asian_width, text))  # W and F (wide, full-width) count 2
    return len(widths) + widths.count("W") + widths.count("F")


def _group_penalty(widths: list[int]) -> int:
    """How implausible it is that these lines are one cell wrapped at a constant width."""
    if len(widths) == 1:
        return 2 if widths[0] <= 2 else 0
    full = max(widths[:-1])
    penalty = 0
    if any(w < full - FULL_TOLERANCE_INTERNAL for w in widths[:-1]):
        penalty += 3
    elif any(w < full for w in widths[:-1]):
        penalty += 1  # a full line one character short happens (line-breaking rules), but rarely
    if widths[-1] > full + FULL_TOLERANCE_INTERNAL:
        penalty += 3
    elif widths[-1] >= full - FULL_TOLERANCE_LAST:
        penalty += 1  # a cell rarely ends exactly at the column edge
    return penalty


def split_two_cells(texts: list[str]) -> tuple[list[str], list[str]]:
    """Split consecutive wrapped lines into two cells (三级指标, target) by line widths."""
    widths = [display_width(text) for text in texts]
    best: tuple[int, int] | None = None  # (penalty, -split)
    for split in range(1, len(texts)):
        penalty = _group_penalty(widths[:split]) + _group_penalty(widths[split:])
        candidate = (penalty, -split)
        if best is None or candidate < best:
            best = candidate
    split = -best[1] if best else len(texts)
    return texts[:split], texts[split:]


def _join(texts: list[str]) -> str:
    return clean_cell("".join(texts)) if texts else ""


def _merge_unit_tokens(tokens: list[str]) -> list[str]:
    """``['22000', '人']`` → ``['22000人']``; ``['≤18', '万']`` → ``['≤18万']``."""
    out: list[str] = []
    for token in tokens:
        if out and ENDS_WITH_DIGIT_RE.search(out[-1]) and not STARTS_AS_FIGURE_RE.match(token) and len(token) <= 4:
            merged = parse_indicator_value(out[-1] + token)
            if merged.parsed and merged.unit:
                out[-1] = out[-1] + token
                continue
        out.append(token)
    return out


def _strip_prefix(text: str, prefix: str) -> str:
    """``text`` without its leading ``prefix``, ignoring spaces inside it (``数量 指标 x`` → ``x``)."""
    if text.startswith(prefix):  # printed without spaces inside it (most lines): no need to count
        return text[len(prefix) :].strip()
    matched = 0
    for position, char in enumerate(text):
        if matched == len(prefix):
            return text[position:].strip()
        if char.isspace():
            continue
        matched += 1
    return ""


def _level2_at(frags: Fragments, index: int) -> tuple[str, str, int] | None:
    """A 二级指标 name starting fragment ``index`` (maybe wrapped onto the next one).

    Returns ``(name, rest of the line after the name, fragments consumed)``.
    """
    made = frags.made  # fragment ``index`` is made: the reader is at it
    key = made[index].key
    match = LEVEL2_NAME_RE.match(key)  # the first of LEVEL2_NAMES that key starts with
    if match:
        name = match.group(0)
        return name, _strip_prefix(made[index].text, name), 1
    if key in LEVEL2_NAME_HEADS and frags.has(index + 1):
        joined = key + made[index + 1].key
        for name in LEVEL2_NAMES:
            if name.startswith(key) and joined.startswith(name):
                return name, _strip_prefix(made[index + 1].text, name[len(key) :]), 2
    return None


# The labels of a project table's head rows: never a project's name.
HEAD_LABEL_RE = re.compile(r"^(?:主管部门|实施单位|项目实施单位|项目负责人|项目类别|项目属性|预算执行|单位名称)")


def _is_label(key: str) -> bool:
    return HEAD_LABEL_RE.match(key) is not None


def _after_label(text: str, label: str) -> str:
    return text.split(label, 1)[1].strip() if label in text else ""


# A funds value printed alone as a fragment: an amount, a rate or a score, without a % sign.
FUNDS_NUMBER_RE = re.compile(rf"^{NUMBER}$")
# How far a rate printed without its % may stand from 执行数 / 预算数 (rounded at its last digit).
RATE_TOLERANCE = Decimal("0.1")


def _funds_without_percent(frags: list[Fragment]) -> tuple[str, str, Decimal, Decimal | None] | None:
    """The funds row's 预算数, 执行数, 执行率 and 得分 where the rate is printed without its % sign
    (``50`` / ``10`` / ``20`` / ``4``: 10 / 50 = 20%): the numbers the row starts with, up to the first
    fragment that is none (the next header), taken only when the third is the rate the first two
    make and the fourth, if any, is no more than 100."""
    numbers: list[str] = []
    for frag in frags:
        key = frag.key
        if not FUNDS_NUMBER_RE.match(key):
            break
        numbers.append(key)
    if len(numbers) not in (3, 4):
        return None
    full_year, executed, rate = (parse_decimal(x) for x in numbers[:3])
    if not full_year or executed is None or rate is None:
        return None
    if abs(executed / full_year * 100 - rate) >= RATE_TOLERANCE:
        return None
    score = parse_decimal(numbers[3]) if len(numbers) == 4 else None
    if score is not None and score > MAX_SCORE:
        return None
    return numbers[0], numbers[1], rate, score


def _first_cell(text: str) -> str:
    """The first cell of a header row printed with pipes (``|河西村项目|项目负责人及电话|…``): the
    value after a label, without the labels and cells that follow it."""
    if "|" not in text:
        return text
    return next((cell.strip() for cell in text.split("|") if cell.strip()), "")


class _WrappedReader:
    def __init__(self, block: TableBlock) -> None:
        self.block = block
        self.frags = Fragments(block.lines)
        # the block's compact text: a label no fragment holds is not looked for fragment by fragment
        self.keys = block.keys
        self.table = ProjectTable(line=block.start_line, layout=block.layout)
        self.levels = LevelTracker()

    def _index(self, predicate, words: tuple[str, ...], start: int = 0) -> int | None:
        """The first fragment from ``start`` whose key ``predicate`` accepts; ``words``: one of them
        is in every key it accepts."""
        if not any(word in self.keys for word in words):
            return None
        frags, made, index = self.frags, self.frags.made, start
        while index < len(made) or frags.has(index):
            if predicate(made[index].key):
                return index
            index += 1
        return None

    def read(self) -> ProjectTable:
        frags = self.frags
        table = self.table
        name = _first_cell(clean_cell(_after_label(frags[0].text, "项目名称"))) if frags else ""
        if not name and frags and frags[0].key == "项目名称" and frags.has(1) and not _is_label(frags[1].key):
            name = clean_cell(frags[1].text)  # the name in its own cell, on the next line
            table.cell_per_line = True
        table.set_name(name)
        category_words = ("项目类别", "项目属性", "预算执行")
        category = self._index(lambda k: k.startswith(category_words), category_words, 1)
        dept_start = self._index(lambda k: k.startswith("主管部门"), ("主管部门",), 1)
        if table.cell_per_line and dept_start is not None and frags[dept_start].key == "主管部门":
            self._cell_head(dept_start)
        elif dept_start is not None:
            end = category if category is not None and category > dept_start else dept_start + 1
            joined = "".join(f.key for f in frags[dept_start:end])
            match = re.match(r"主管部门(.*?)(?:项目)?实施单位(.*)$", joined)
            if match:
                table.competent_department = _first_cell(match.group(1)) or None
                table.implementing_unit = _first_cell(match.group(2)) or None
            else:
                table.competent_department = _first_cell(joined[len("主管部门") :]) or None
        funds = self._index(lambda k: "资金总额" in k, ("资金总额",))
        header = self._index(lambda k: k.startswith("一级指标"), ("一级指标",))
        if table.cell_per_line and (rows := self._cell_funds(header)):
            table.funding.extend(rows)
        elif funds is not None:
            self._read_funds(funds, header)
        else:
            table.note(table.line, "no 资金总额 row found in this project table")
        if header is None:
            table.note(table.line, "no indicator header (一级指标) found: table cut off?")
            if table.cell_per_line:
                # its rows below a header the page lost (a preview skipping pages): its 总分 cell alone on its
                # line, then the 分值 and 得分, is the table's total as under a header
                total = self._index(lambda k: k == "总分", ("总分",), 1)
                if total is not None:
                    table.total_weight, table.total_score, lines = _cell_total(frags, total)
                    table.total_lines.update(lines)
            return table
        body = header
        seen = ""
        while frags.has(body) and "得分" not in seen:
            seen += frags[body].key
            body += 1
        self._read_indicators(body)
        return table

    def _cell_head(self, start: int) -> None:
        """主管部门 / 实施单位 of a table printed one cell per line: each label alone on a line (实施单位
        with its （盖章）), its value on the next."""
        frags, table = self.frags, self.table
        for index in range(start, start + 4):
            if not frags.has(index + 1):
                return
            key, value = frags[index].key, frags[index + 1]
            if _is_label(value.key) or value.key.startswith("项目资金"):
                continue
            if key == "主管部门":
                table.competent_department = clean_cell(value.text)
            elif CELL_UNIT_LABEL_RE.match(key):
                table.implementing_unit = clean_cell(value.text)
                return

    def _cell_funds(self, header: int | None) -> list[FundingRow]:
        """The funds rows of a table printed one cell per line (see :func:`_cell_funds_header`,
        :func:`_cell_funds_rows`), before its indicator header; ``[]`` where there is no such header
        followed by a funds row."""
        frags = self.frags
        end = header if header is not None else CELL_FUNDS_WINDOW
        frags.has(end)
        made = frags.made[:end]
        index = 1
        while index < len(made):
            found = _cell_funds_header(made, index)
            if found is None:
                index += 1
                continue
            roles, after, stride = found
            if after < len(made) and _cell_funds_label(made[after].key):
                head_keys = "".join(f.key for f in made[:after])
                if "(万元)" in head_keys:  # (the header's unit, as the hard-wrapped funds row's)
                    self.table.money_unit = "万元"
                elif "(元)" in head_keys:
                    self.table.money_unit = "元"
                weight = FUNDS_WEIGHT_RE.search(head_keys)
                declared = Decimal(weight.group(1)) if weight else None
                rows, notes = _cell_funds_rows(made, after, roles, stride, declared)
                for line, message, context in notes:
                    self.table.note(line, message, context)
                return rows
            index = after
        return []

    def _read_funds(self, funds: int, header: int | None) -> None:
        table = self.table
        head_keys = "".join(f.key for f in self.frags[max(0, funds - 30) : funds])
        if "(万元)" in head_keys:
            table.money_unit = "万元"
        elif "(元)" in head_keys:
            table.money_unit = "元"
        weight_match = FUNDS_WEIGHT_RE.search(head_keys)
        if header is not None and header > funds:
            end = header
        else:
            end = funds + 6 if self.frags.has(funds + 5) else len(self.frags)
        label_frag = self.frags[funds]
        values_text = " ".join(f.text for f in self.frags[funds + 1 : end])
        match = FUNDS_RE.match(values_text)
        row = FundingRow(source="total", label="年度财政资金总额", line=label_frag.line)
        row.weight = Decimal(weight_match.group(1)) if weight_match else None
        values = self.frags[funds + 1 : end]
        if match:
            row.full_year = match.group(1) + (match.group(2) or "")
            row.executed = match.group(3) + (match.group(4) or "")
            row.rate = parse_decimal(match.group(5))
            score = re.sub(r"\s+", "", match.group(6))
            row.score = parse_decimal(score) if score else None
            if values:
                row.line = values[0].line
                # each figure at the line of the fragment its text starts in (values_text joins them with a space)
                starts = list(itertools.accumulate((len(f.text) + 1 for f in values[:-1]), initial=0))
                row.lines = {
                    column: values[bisect.bisect_right(starts, match.start(group)) - 1].line
                    for column, group in (("full_year", 1), ("executed", 3), ("rate", 5), ("score", 6))
                    if match.group(group).strip()
                }
        elif (numbers := _funds_without_percent(values)) is not None:
            (row.full_year, row.executed, row.rate, row.score), row.line = numbers, values[0].line
            row.lines = dict(zip(("full_year", "executed", "rate", "score")[: 3 + (numbers[3] is not None)],
                                 (f.line for f in values), strict=False))
        else:
            table.note(label_frag.line, UNREAD_FUNDS_ROW, values_text or None)
        table.funding.append(row)

    def _read_indicators(self, start: int) -> None:
        frags = self.frags
        segment: list[Fragment] = []
        segment_start: tuple[str, int] | None = None  # (level2, line)
        made = frags.made
        index = start
        ended = False
        while index < len(made) or frags.has(index):
            frag = made[index]
            key = frag.key
            if key.startswith("总分") and self.table.cell_per_line:
                self.table.total_weight, self.table.total_score, lines = _cell_total(frags, index)
                self.table.total_lines.update(lines)
                ended = True
                break
            if key.startswith("总分"):
                self.table.total_score = _total_score(frag.text, frags[index + 1].text if frags.has(index + 1) else "")
                ended = True
                break
            if key in WRAPPED_LEVEL1 and not (key == "满意度指标" and not self._level2_follows(index + 1)):
                self._close(segment_start, segment)
                segment, segment_start = [], None
                self.levels.set_level1(key)
                index += 1
                continue
            if LEVEL_WEIGHT_RE.match(key):
                index += 1
                continue
            # (a fragment whose first two characters begin no 二级指标 name starts none: most)
            level2 = _level2_at(frags, index) if key[:2] in LEVEL2_NAME_STARTS else None
            if level2 is not None:
                self._close(segment_start, segment)
                name, rest, used = level2
                segment_start = (name, frag.line)
                segment = [Fragment(rest, frag.line)] if rest else []
                index += used
                continue
            segment.append(frag)
            index += 1
        self._close(segment_start, segment)
        if not ended:
            self.table.note(frags[-1].line if frags else self.table.line, "table cut off: no 总分 row found")

    def _level2_follows(self, index: int) -> bool:
        return self.frags.has(index) and _level2_at(self.frags, index) is not None

    def _close(self, start: tuple[str, int] | None, segment: list[Fragment]) -> None:
        """Turn one 二级指标's fragments into an indicator row."""
        if start is None:
            if segment:
                text = _join([f.text for f in segment])
                self.table.note(segment[0].line, "text outside any indicator row ignored", text)
            return
        level2, line = start
        level1, level2 = self.levels.resolve(None, level2)
        if not segment:
            self.table.note(line, f"indicator row {level2} has no cells")
            return
        level3, target, actual, score, last = _row_cells(tuple([(f.key, f.raw, f.text) for f in segment]))
        if not level3:
            self.table.note(line, f"indicator row {level2}: no 三级指标 text", last)
            return
        if score is None:
            self.table.note(line, f"indicator row {level2}: no score found", last)
        self.table.indicators.append(
            IndicatorRow(
                line=line,
                level1=level1,
                level2=level2,
                level3=level3,
                target=parse_indicator_value(target, default_operator="=") if target else IndicatorValue(raw=None),
                actual=parse_indicator_value(actual) if actual else IndicatorValue(raw=None),
                weight=None,
                score=score if score is not None else parse_number(None),
            )
        )


@functools.lru_cache(maxsize=ROW_CACHE_SIZE)
def _row_cells(
    pieces: tuple[tuple[str, str, str], ...],
) -> tuple[str, str | None, str | None, Decimal | None, str]:
    """The cells of one 二级指标's fragments (``(key, raw, text)`` of each, in order): 三级指标 (``""``
    when there is none), target, actual and score, and the text of the last fragment left once the
    score's stranded digits are taken off (what a note on the row quotes).

    A pure function of the fragments' texts, read once per spelling: a document that prints its
    project tables twice (part three and an annex) reads the copy's rows from here."""
    frags = list(pieces)
    score_digits: list[str] = []
    while len(frags) > 1 and STRANDED_DIGITS_RE.match(frags[-1][0]) and len(frags[-1][0]) <= 2:
        score_digits.insert(0, frags.pop()[0])
    score = parse_decimal("".join(score_digits)) if score_digits else None
    last = frags[-1][2]
    tokens = _merge_unit_tokens(last.split())
    if score is None and len(tokens) >= 2 and SCORE_RE.match(tokens[-1]):
        value = parse_decimal(tokens[-1])
        if value is not None and value <= MAX_SCORE:
            score = value
            tokens.pop()
    actual = tokens.pop() if tokens else None
    target: str | None = tokens.pop() if tokens else None
    before = [raw or text for _, raw, text in frags[:-1]]
    if tokens:  # the rest of the last line ends the 三级指标
        level3 = _join([*before, " ".join(tokens)])
    elif target is not None:
        level3 = _join(before)
    elif len(before) >= 2:
        level3_lines, target_lines = split_two_cells(before)
        level3, target = _join(level3_lines), _join(target_lines)
    else:
        level3 = _join(before)
    if not level3 and target is not None:
        level3, target = target, None
    return level3, target, actual, score, last


# How many fragments of a table printed one cell per line its funds header and rows may take (where
# no indicator header ends them); a header cell is one column word (全年执行数, 执行率(B/A)), a funds
# row's label one source (其中:当年财政拨款), each alone on a line.
CELL_FUNDS_WINDOW = 120
# The 实施单位 label alone on its line (with a （盖章） for the seal).
CELL_UNIT_LABEL_RE = re.compile(r"^(?:项目)?实施单位(?:\(盖章\))?$")
CELL_FUNDS_HEADER_CHARS = 12
CELL_FUNDS_LABEL_CHARS = 12
# A funds cell that is a figure (1,172.55 / 10 / 8.92分 / 89.17%); a dash or slash holds a column's place.
FRAGMENT_KEY = attrgetter("key")
# The funds columns whose figures are money, and the roles of a funds header that hold no figure.
CELL_MONEY_ROLES = FUNDS_COLUMNS[:3]
CELL_NO_FIGURE_ROLES = frozenset({"label", "reason"})
CELL_FUNDS_UNCLEAR = "funds row printed one cell per line: its figures' columns are unclear; left out"


def _cell_funds_role(key: str) -> str | None:
    """The funds column a header cell printed alone on a line names (None: no column word, or longer than a cell)."""
    return _role(key, FUNDING_ROLES) if len(key) <= CELL_FUNDS_HEADER_CHARS else None


def _cell_funds_header(made: list[Fragment], index: int) -> tuple[tuple[str, ...], int, int] | None:
    """A funds header printed one cell per line from fragment ``index``: the column words each alone
    on a line (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), a word wrapped over two lines
    (年初 / 预算数) joined. Returns the roles of its figure columns in order, the fragment after it
    and the lines between two of its cells (1, or 2 where a blank line follows each); None where
    ``index`` opens no header with an 执行数 and a 年初预算数 or 全年预算数 column, each named once."""
    roles: list[str] = []
    lines: list[int] = []
    position = index
    while position < len(made):
        key = made[position].key
        role, used = _cell_funds_role(key), 1
        if role is None and position + 1 < len(made):
            role, used = _cell_funds_role(key + made[position + 1].key), 2
        if role is None:
            break
        roles.append(role)
        lines.extend(made[k].line for k in range(position, position + used))
        position += used
    figures = tuple(role for role in roles if role not in CELL_NO_FIGURE_ROLES)
    if (
        "executed" not in figures
        or not {"initial", "full_year"} & set(figures)
        or len(set(figures)) != len(figures)
        or len(lines) < 2
    ):
        return None
    stride = min(b - a for a, b in itertools.pairwise(lines))
    return figures, position, stride


def _cell_funds_label(key: str) -> bool:
    """Whether a fragment is a funds row's label (年度资金总额, 其中:财政拨款, 上年结转资金 …)."""
    return len(key) <= CELL_FUNDS_LABEL_CHARS and _funding_source(key) is not None and not FIGURE_CELL_RE.fullmatch(key)


def _cell_funds_rows(
    made: list[Fragment], start: int, roles: tuple[str, ...], stride: int, declared: Decimal | None
) -> tuple[list[FundingRow], list[tuple[int, str, str | None]]]:
    """The funds rows from fragment ``start`` on (a label, then its figures one per line), until a
    fragment that is neither: each row's figures laid over the header's figure columns ``roles`` in
    order — all of them, or fewer where they stand each ``stride`` lines after the one before (no
    empty cell between them, nor between the label and the first) and the columns they fill are
    confirmed: the money columns alone, or with the 执行率 their amounts make; a weight after it only
    as the header's declared ``(10分)``, and a score after that never. Returns the rows and the notes
    on those left out."""
    rows: list[FundingRow] = []
    notes: list[tuple[int, str, str | None]] = []
    money = sum(1 for role in roles if role in CELL_MONEY_ROLES)
    money_first = roles[:money] == tuple(role for role in roles if role in CELL_MONEY_ROLES)
    position = start
    while position < len(made) and _cell_funds_label(made[position].key):
        label = made[position]
        figures, position = figures_from(made, position + 1, len(roles), FRAGMENT_KEY)
        if not any(value for value, _ in figures):
            continue  # a row printed with no figures (其他资金 left blank)
        more = position < len(made) and is_figure_or_placeholder(made[position].key)
        # (more figures than the header has columns: a column its words do not name; none placed)
        placed = None if more else _placed_cells(label, figures, roles, stride, declared, money if money_first else 0)
        if placed is None:
            context = " ".join([label.text, *(frag.text for _, frag in figures)])
            notes.append((label.line, CELL_FUNDS_UNCLEAR, context))
            continue
        row = FundingRow(source=_funding_source(label.key) or "other", label=label.text, line=label.line)
        for role, (value, frag) in placed.items():
            if value is None:
                continue
            if role in CELL_MONEY_ROLES:
                setattr(row, role, value)
            elif role == "rate":
                row.rate = parse_decimal(value.rstrip("%"))
            else:
                setattr(row, role, parse_decimal(value.removesuffix("分")))
            row.lines[role] = frag.line
        rows.append(row)
    return rows, notes


def _placed_cells(
    label: Fragment, figures: list[tuple[str | None, Fragment]], roles: tuple[str, ...], stride: int,
    declared: Decimal | None, money: int,
) -> dict[str, tuple[str | None, Fragment]] | None:
    """A funds row's ``figures`` by the column each fills (see :func:`_cell_funds_rows`), or None."""
    placed = dict(zip(roles, figures, strict=False))
    if len(figures) == len(roles):  # every column: in order, unless its 执行率 is no rate of its amounts
        return placed if _rate_of(placed) is not False else None
    lines = [label.line, *(frag.line for _, frag in figures)]
    if not money or len(figures) < money or any(b - a != stride for a, b in itertools.pairwise(lines)):
        return None
    kept = dict(list(placed.items())[:money])
    if len(figures) == money:
        return kept
    if roles[money] != "rate" or not _rate_of(placed):
        return None
    kept["rate"] = placed["rate"]
    weight = placed.get("weight")
    if (
        roles[money + 1 : money + 2] == ("weight",)
        and weight is not None
        and weight[0] is not None
        and declared is not None
        and parse_decimal(weight[0].removesuffix("分")) == declared
    ):
        kept["weight"] = weight
    return kept


def _rate_of(placed: dict[str, tuple[str | None, Fragment]]) -> bool | None:
    """Whether a row's 执行率 is its 执行数 over its 全年预算数 or 年初预算数 (to the rate's printed
    precision); None where the row has no rate, executed amount or budget to tell."""
    rate = parse_decimal(placed["rate"][0].rstrip("%")) if "rate" in placed and placed["rate"][0] else None
    executed = _money_value(placed["executed"][0]) if "executed" in placed else None
    budgets = [_money_value(placed[role][0]) for role in ("full_year", "initial") if role in placed]
    budgets = [budget for budget in budgets if budget is not None]
    if rate is None or executed is None or not budgets:
        return None
    return any(rate_holds(budget, executed, rate) for budget in budgets)


def _money_value(text: str | None) -> Decimal | None:
    """A funds cell's amount as printed (its unit's word dropped), for the 执行率 check."""
    return parse_decimal(text.removesuffix("万元").removesuffix("元")) if text else None


def read_wrapped_table(block: TableBlock) -> ProjectTable:
    """Read one hard-wrapped 项目绩效自评表 (see the module docstring)."""
    return _WrappedReader(block).read()


def fragment_keys(block: TableBlock) -> list[str]:
    """The compacted fragments of a block (for debugging and tests)."""
    return [compact(f.text) for f in fragments(block.lines)]


def _cell_total(frags: Fragments, index: int) -> tuple[Decimal | None, Decimal | None, dict[str, int]]:
    """The 分值 and 得分 of the 总分 row of a table printed one cell per line (``总分`` alone, then
    ``100`` / ``98.60分``): two figures after the word, the second no more than the first (no more
    than 100); none where there is one (a 分值 or a 得分?) or more (the row's cells are unclear). With the
    line of each (``total_weight`` / ``total_score``)."""
    numbers: list[Decimal | None] = []
    lines: list[int] = []
    position = index + 1
    while frags.has(position) and len(numbers) < 3:
        key = frags[position].key
        if key in PLACEHOLDER_CELLS:
            position += 1
            continue
        if not FIGURE_CELL_RE.fullmatch(key) or key.endswith(("%", "元")):
            break
        numbers.append(parse_decimal(key.removesuffix("分")))
        lines.append(frags[position].line)
        position += 1
    if len(numbers) != 2 or numbers[0] is None or numbers[1] is None:
        return None, None, {}
    weight, score = numbers
    if not score <= weight <= MAX_SCORE:
        return None, None, {}
    return weight, score, {"total_weight": lines[0], "total_score": lines[1]}


def _total_score(text: str, following: str) -> Decimal | None:
    """The 得分 of a 总分 row: its one number (``总分 98.60``), or the second of two (``总分 100 98.60``:
    the weights' sum, then the score) — read in the printed text, never in its compact form, where
    ``100 98.60`` would run together into 10098.60; the number may stand in the fragment after it.
    None where that is not one reading (more numbers, or a score above the weights' sum)."""
    numbers = re.findall(NUMBER, TOTAL_WORD_RE.sub("", text, count=1))
    if not numbers:
        numbers = re.findall(NUMBER, following)[:2] if re.match(r"\s*\d", following) else []
    values = [parse_decimal(number) for number in numbers]
    if len(values) == 1:
        return values[0]
    if len(values) == 2 and values[0] is not None and values[1] is not None and values[1] <= values[0]:
        return values[1]
    return None

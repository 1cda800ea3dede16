"""整体支出绩效目标表 printed as hard-wrapped text: rows of cells rebuilt for the target reader.

PDF-copy text loses the table's tabs: a row's cells are joined by spaces and a row longer than
the page is wrapped into pieces of one width with a blank line between them
(``人员保障 用于保障本单位行政、事业在职人员日常基本工资、各类`` / ``津贴补贴、…``). Rows whose
leading cells are blank (every indicator row under a merged 一级指标 cell) run into one stream
(``一级指标 二级指标 三级指标 指标值 数量指标 房屋建筑物供`` / ``暖面积 =7851.03平方米 数量指标 …``),
and a wrap may split a name or an operator (``数量`` / ``指标``, ``>`` / ``=32次``).

The rows are rebuilt from the structure, then read by :mod:`~ingest.performance.targets` exactly as
a tab-separated table:

1. **logical lines**: a line as long as the wrap width (the commonest length of the lines
   followed by a blank line) and followed by a blank line continues on the next non-blank line
   with no separator; any other line ends its logical line;
2. **header, task and goal rows** (one logical line each): ``部门（单位）名称`` / ``任务名称`` /
   ``总额 财政拨款 其他资金`` headers split at spaces; a task row is its name (first word), its
   content and the three budget figures it ends with; ``年度总体目标`` is the label and one text;
3. **indicator rows**: after the ``一级指标 … 指标值`` header every word is a token; a row starts
   at a 一级/二级指标 name that follows a row's value, holds the level names, the 三级指标 words
   and ends with the 指标值 (the last word; a bare operator before it is joined to it).
   Captions (``年度绩效指标``) and stranded 一级指标 names become rows of their own, as in the
   tab-separated table, so the reader inherits the levels the same way. A line of several words
   that ends in a value ends its row too: an XLS table flattened one row per line with spaces
   between cells (``确保日常工作正常运行 100% 100%`` under a merged level cell) starts its next row
   on the next line, though that row prints no level name;
4. **header columns**: the header runs through every column word after 三级指标 (``指标解释 目标值``,
   ``指标值 绩效标准``); a text column printed before or after the target (指标解释, 绩效标准 …) holds
   one word of each full row, left out of the row (no part of the name, never its target).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.performance.levels import is_block_caption, is_level1, is_level2
from ingest.performance.tables import Cell, GridRow, tidy_cell
from ingest.text import Line
from ingest.vocabulary import INDICATOR_UNITS, units_pattern

# A word of the stream: a run of characters that are neither spaces nor a cell's pipe — a number and the
# unit a PDF prints after a space (100 %, 80 万元) one word.
WORD_RE = re.compile(rf"[^\s|｜]*\d[ \t]+(?:%|{units_pattern(INDICATOR_UNITS)})(?![^\s|｜])|[^\s|｜]+")

GOAL_LABEL = "年度总体目标"
TASK_HEADER_WORDS = ("任务名称", "总额", "部门")
INDICATOR_HEADER = ("一级指标", "三级指标")
NUMBER_CELL_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
BARE_OPERATOR_RE = re.compile(r"^(?:>=|<=|=|>|<|≥|≤|≧|≦)$")
# Wrapped pieces shorter than this are never taken as the wrap width.
MIN_WRAP_WIDTH = 12
# The column words an indicator header prints after 三级指标: the target's, and text columns.
TARGET_COLUMN_WORDS = ("指标值", "目标值", "年度指标值", "指标目标值", "年度目标值")
TEXT_COLUMN_WORDS = ("指标解释", "指标说明", "绩效标准", "评分标准", "评(扣)分标准", "备注")
# A word that is a target: a number, an operator before it, a unit of a few characters after it
# (100%, ≥60%, 1, ≥12000卷, ≤36万元).
TARGET_WORD_RE = re.compile(r"^(?:>=|<=|=|>|<|≥|≤|≧|≦)?\d[\d,]*(?:\.\d+)?[^\d\s]{0,6}$")


def wrap_width(lines: list[Line]) -> int | None:
    """The width text was wrapped at: the commonest length of lines that a blank line follows
    and more text follows after (None when nothing looks wrapped)."""
    lengths: Counter[int] = Counter()
    for i in range(len(lines) - 2):
        text = lines[i].text
        followed = not lines[i + 1].text.strip() and lines[i + 2].text.strip()
        if followed and len(text) >= MIN_WRAP_WIDTH:
            lengths[len(text)] += 1
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    return width if count >= 2 else None


def logical_lines(lines: list[Line]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Rejoin wrapped pieces: ``(normalised text, [(offset, line number), …])`` per logical line."""
    width = wrap_width(lines)
    out: list[tuple[str, list[tuple[int, int]]]] = []
    text = ""
    starts: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        starts.append((len(text), line.number))
        text += line.norm
        wrapped = width is not None and len(line.text) >= width and i + 1 < len(lines) and not lines[i + 1].text.strip()
        if not wrapped:
            out.append((text, starts))
            text, starts = "", []
    if text.strip():
        out.append((text, starts))
    return out


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    number = starts[0][1]
    for start, line in starts:
        if start > offset:
            break
        number = line
    return number


def _words(text: str, starts: list[tuple[int, int]]) -> list[Cell]:
    """The words of the text, a pipe between them as a space (a table copied one cell per line,
    each closed by `` |`` and an empty cell a ``|`` alone: the pipe is no word, never a target)."""
    return [Cell("".join(m.group(0).split()), _line_at(starts, m.start())) for m in WORD_RE.finditer(text)]


def _row(cells: list[Cell]) -> GridRow:
    return GridRow(cells=tuple(cells), line=cells[0].line)


def _task_row(words: list[Cell]) -> GridRow:
    """Name, content, 总额 / 财政拨款 / 其他资金 (content may hold spaces: it is one cell)."""
    figures = 0
    while figures < 3 and len(words) - figures > 1 and NUMBER_CELL_RE.match(words[-1 - figures].text):
        figures += 1
    middle = words[1 : len(words) - figures]
    cells = [words[0]]
    if middle:
        cells.append(Cell(tidy_cell(" ".join(w.text for w in middle)), middle[0].line))
    cells.extend(words[len(words) - figures :])
    return _row(cells)


def _is_level(key: str) -> bool:
    return is_level1(key) or is_level2(key)


def _indicator_rows(
    tokens: list[Cell], line_ends: frozenset[int] = frozenset(), columns: tuple[int, int] = (0, 0)
) -> list[GridRow]:
    """Split the indicator stream into rows: [一级] [二级] 三级 words, 指标值 (see module doc).

    ``line_ends``: the indexes of the tokens that end a logical line of several words (a row ends
    there when its target does); ``columns``: how many text columns the header prints before and
    after the target (指标解释 目标值: one before)."""
    rows: list[GridRow] = []
    current: list[Cell] = []
    before, after = columns

    def flush() -> None:
        if not current:
            return
        levels = 0
        while levels < len(current) and _is_level(current[levels].key):
            levels += 1
        body = current[levels:]
        if len(body) >= 2 and BARE_OPERATOR_RE.match(body[-2].key) and len(body) >= 3:
            body = [*body[:-2], Cell(body[-2].text + body[-1].text, body[-2].line)]
        if (before or after) and len(body) >= 2 + before + after:
            # a full row: its text columns' words are no name and no target (指标解释, 绩效标准)
            target = body[len(body) - 1 - after]
            body = [*body[: len(body) - 1 - after - before], target]
        cells = list(current[:levels])
        if len(body) >= 2:
            level3 = body[:-1]
            cells.append(Cell(tidy_cell(" ".join(w.text for w in level3)), level3[0].line))
            cells.append(body[-1])
        else:
            cells.extend(body)
        rows.append(_row(cells))
        current.clear()

    for index, token in enumerate(tokens):
        key = token.key
        if is_block_caption(key):
            flush()
            rows.append(_row([token]))
            continue
        if _is_level(key) and current and not _is_level(current[-1].key):
            flush()
        current.append(token)
        if index in line_ends and _ends_row(current, after):
            flush()
    flush()
    return rows


def _ends_row(current: list[Cell], after: int) -> bool:
    """Whether the words read so far, ending a line, are a whole row: a name and its target (the
    target ``after`` text columns before the end), after any level names."""
    body = [cell for cell in current if not _is_level(cell.key)]
    return len(body) >= 2 + after and TARGET_WORD_RE.match(body[len(body) - 1 - after].key) is not None


def _header_columns(keys: list[str], level3: int) -> tuple[int, tuple[int, int]]:
    """Where an indicator header ends (after its last column word following 三级指标 at ``level3``) and
    how many text columns it prints before and after the target's."""
    end = level3 + 1
    while end < len(keys) and keys[end] in (*TARGET_COLUMN_WORDS, *TEXT_COLUMN_WORDS):
        end += 1
    columns = keys[level3 + 1 : end]
    target = next((i for i, key in enumerate(columns) if key in TARGET_COLUMN_WORDS), None)
    if target is None:
        return end, (0, 0)
    return end, (target, len(columns) - target - 1)


def wrapped_target_rows(lines: list[Line]) -> list[GridRow]:
    """The rows of a hard-wrapped 整体支出绩效目标表 (the lines after its title)."""
    rows: list[GridRow] = []
    tokens: list[Cell] | None = None  # the indicator stream, once its header is seen
    line_ends: set[int] = set()  # the tokens ending a logical line of several words
    columns = (0, 0)
    for text, starts in logical_lines(lines):
        words = _words(text, starts)
        if not words:
            continue
        if tokens is not None:
            tokens.extend(words)
            if len(words) > 1:
                line_ends.add(len(tokens) - 1)
            continue
        keys = [w.key for w in words]
        if all(word in keys for word in INDICATOR_HEADER):
            at = keys.index(INDICATOR_HEADER[0])
            header_end, columns = _header_columns(keys, keys.index(INDICATOR_HEADER[1]))
            rows.append(_row(words[at:header_end]))
            tokens = words[header_end:]
            if len(words) > 1 and tokens:
                line_ends.add(len(tokens) - 1)
        elif keys[0].startswith(GOAL_LABEL):
            rest = text[text.index(words[0].text) + len(words[0].text) :].replace("|", " ").replace("｜", " ")
            cells = [words[0]]
            if rest.strip() and len(words) > 1:
                cells.append(Cell(tidy_cell(rest), words[1].line))
            rows.append(_row(cells))
        elif keys[0].startswith(TASK_HEADER_WORDS) or len(words) < 4:
            rows.append(_row(words))
        else:
            rows.append(_task_row(words))
    if tokens:
        rows.extend(_indicator_rows(tokens, frozenset(line_ends), columns))
    return rows

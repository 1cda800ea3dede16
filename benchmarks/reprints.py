"""Re-printings of a document: what another site, copy or extraction tool does to the same text.

The fidelity scoreboard (``benchmarks/fidelity.py --variants``, ``tests/test_fidelity.py``) reads
every real document of the corpus re-printed each way and scores it against the same hand-read
figures: the parser should read them as well as the originals, and never a wrong value. Each
re-printing gives the new text and, where lines move (a blank line after each, page furniture,
hard wraps), the original line of each new line (0: a line of its own, such as a page number),
so that a figure is scored at the line it was read from.

The re-printings of tables (each applied to the rows :func:`_pipe_cells` finds):

- **tabs** / **lined up with spaces** / **Markdown** / **HTML**: the cells kept in their columns;
- **one cell per line**: each cell on a line of its own, closed by a pipe, bare with a blank line after
  each row, or the pipe on the next line (a web page's table copied as text);
- **one space between cells** (:func:`single_spaced`): the cells joined by a single space and the
  empty cells dropped, as ``pdftotext`` without ``-layout`` or a browser's copy of a table prints a
  row — the spaces no longer say which figure stands under which header;
- **one cell per line, a row of pipes between rows** (:func:`pipe_rows_between`): each cell's text on
  its line and a pipe alone on the next (an empty cell a pipe alone), and a line of pipes closing each
  row, one for each grid column the row's cells leave empty (the shape of some 湖南 / 云南 pages, whose
  tables are laid on a wider grid);
- **units on a line of their own** (:func:`pipe_rows_between` with ``units_below``): the same, with a
  cell's closing unit — ``(万元)``, ``（元）``, ``(%)``, ``(亩)``, a weight ``(20分)`` — printed on the
  line under its text, as a narrow header cell broken before its bracket copies.

The re-printings of merged cells (a sheet's 一级指标 / 二级指标 cell spanning its rows, a 项目名称 block spanning
columns), each on the rows :func:`merged_down` finds merged: in a run of pipe rows, a row of as many cells as the row
above it, holding a figure, whose leading cells — before its first figure cell (:data:`FIGURE_CELL`) and before
its own last label cell, each holding a word — equal the row above's, from the first on:

- **merged down, left empty** (:func:`merged_down`): those cells printed empty (``|  | 数量指标 | …``, a pipe
  opening the row), as a text copy of a merged range prints it;
- **merged down, dropped** (:func:`merged_down` with ``dropped``): those cells not printed at all, the row starting
  at its first new cell, as a browser's copy of a ``rowspan`` table;
- **HTML with rowspan and colspan** (:func:`html_merged`): the page :func:`html_page` prints, those cells merged
  into the cell above them by its ``rowspan``, and equal neighbouring cells of a table's header rows (the rows above
  its first row holding a figure) into one cell by its ``colspan``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal

# (the re-printed text, the original line of each of its lines or None where every line stays)
Reprinted = tuple[str, list[int] | None]

FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；"})
HALF_WIDTH = str.maketrans({"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"})
RUNNING_HEADER = "政务公开 财政预决算信息"
# Lines per page, and the width prose is wrapped at, in the page-like re-printings.
PAGE_LINES = 40
WRAP_CHARS = 34


def _kept(lines: list[str]) -> Reprinted:
    return "\n".join(lines), None


def _moved(pairs: list[tuple[str, int]]) -> Reprinted:
    return "\n".join(text for text, _ in pairs), [origin for _, origin in pairs]


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a row printed with pipes (``a | b | |``), or None."""
    text = line.strip()
    if "\t" in text:  # (a row printed with tabs: its cells as well, the empty ones before its text too)
        return [cell.strip() for cell in line.split("\t")]
    if "\t" in line:  # one cell indented by tabs: a table printed one cell per line, no row
        return None
    if text.count("|") < 2:
        return None
    return [cell.strip() for cell in text.strip("|").split("|")]


def display_width(text: str) -> int:
    """Display columns of ``text``, a wide or full-width character two (as a screen shows it)."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def lined_up(lines: list[str], width: Callable[[str], int] = len) -> list[str]:
    """Every run of pipe rows printed with its columns lined up with spaces, each padded to its
    widest cell as ``width`` counts it (characters, as ``pdftotext -layout``; display columns, as a
    copy padded for the screen); an empty cell leaves only spaces."""
    out = list(lines)
    for index, end in _pipe_runs(lines, blank_lines_inside=True):
        rows = {k: cells for k in range(index, end) if (cells := _pipe_cells(lines[k])) is not None}
        columns = max(len(cells) for cells in rows.values())
        widths = [max((width(cells[c]) for cells in rows.values() if c < len(cells)), default=0)
                  for c in range(columns)]
        for k, cells in rows.items():
            out[k] = "".join(cell + " " * (widths[c] - width(cell) + 3) for c, cell in enumerate(cells)).rstrip()
    return out


def _pipe_runs(lines: list[str], blank_lines_inside: bool = False) -> Iterator[tuple[int, int]]:
    """(first, end) of every run of pipe rows (blank lines inside a run where ``blank_lines_inside``)."""
    index = 0
    while index < len(lines):
        if _pipe_cells(lines[index]) is None:
            index += 1
            continue
        end = index
        while end < len(lines) and (
            _pipe_cells(lines[end]) is not None or (blank_lines_inside and not lines[end].strip())
        ):
            end += 1
        yield index, end
        index = end


def tab_separated(lines: list[str]) -> Reprinted:
    return _kept([("\t".join(cells) if (cells := _pipe_cells(line)) is not None else line) for line in lines])


def indented(lines: list[str]) -> Reprinted:
    """Every line of text (no table row or cell) indented by two full-width spaces, as a web page's
    paragraphs are."""
    return _kept([("　　" + line if line.strip() and "|" not in line and "\t" not in line else line) for line in lines])


def traditional(lines: list[str]) -> Reprinted:
    from opencc import OpenCC  # (opencc-python-reimplemented: the parser's own converter's package)

    converter = OpenCC("s2t")
    return _kept([converter.convert(line) for line in lines])


def blank_line_after_each(lines: list[str]) -> Reprinted:
    return _moved([pair for number, line in enumerate(lines, start=1) for pair in ((line, number), ("", number))])


def paged(lines: list[str]) -> Reprinted:
    """A PDF's text: a running header over every page, the page's number under it, a form feed."""
    pairs = [(RUNNING_HEADER, 0)]
    for number, line in enumerate(lines, start=1):
        pairs.append((line, number))
        if number % PAGE_LINES == 0:
            pairs += [(f"- {number // PAGE_LINES} -", 0), ("\f" + RUNNING_HEADER, 0)]
    return _moved(pairs)


def hard_wrapped(lines: list[str]) -> Reprinted:
    """A PDF's text of prose: every line holding a sentence (no table row) broken every
    :data:`WRAP_CHARS` characters, inside words and numbers alike."""
    pairs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        if "。" not in line or "|" in line or "\t" in line or len(line) <= WRAP_CHARS:
            pairs.append((line, number))
        else:
            pairs += [(line[k : k + WRAP_CHARS], number) for k in range(0, len(line), WRAP_CHARS)]
    return _moved(pairs)


# Text whose words a space divides (``质量指标 指标1:…``): a row's cells flattened onto its line, no prose.
SPACED_WORDS_RE = re.compile(r"[\u4e00-\u9fff。，：:]\s+[\u4e00-\u9fff(（]")


def wrapped_at_sentence_ends(lines: list[str]) -> Reprinted:
    """A PDF's text of prose whose wraps fall after a sentence's ``。``, or a web page printing each sentence as a
    paragraph: every line of prose (no table row, no cells flattened with spaces) broken after each ``。``."""
    pairs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        if "。" not in line or "|" in line or "\t" in line or SPACED_WORDS_RE.search(line):
            pairs.append((line, number))
        else:
            pairs += [(sentence, number) for sentence in re.split(r"(?<=。)(?=.)", line)]
    return _moved(pairs)


def markdown_tables(lines: list[str]) -> Reprinted:
    """Pipe rows as a Markdown table: ``| a | b |``, the rule ``|---|---|`` under the first row."""
    pairs: list[tuple[str, int]] = []
    in_table = False
    for number, line in enumerate(lines, start=1):
        cells = _pipe_cells(line)
        if cells is None:
            pairs.append((line, number))
            in_table = False
            continue
        pairs.append(("| " + " | ".join(cells) + " |", number))
        if not in_table:
            pairs.append(("|" + "---|" * len(cells), 0))
        in_table = True
    return _moved(pairs)


def one_cell_per_line(lines: list[str], closed: bool, pipe_below: bool = False) -> Reprinted:
    """Every pipe row printed one cell per line: each closed by `` |`` and an empty cell as ``|``
    (``closed``, a web page's table copied as text), or bare with a blank line after each row; or each
    cell's text on its line and the pipe closing it on the next line alone (``pipe_below``: another
    copy of a web page's table, an empty cell a pipe alone)."""
    pairs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        cells = _pipe_cells(line)
        if cells is None:
            pairs.append((line, number))
        elif pipe_below:
            pairs += [pair for cell in cells for pair in ([(cell, number)] if cell else []) + [("|", number)]]
        elif closed:
            pairs += [(f"{cell} |" if cell else "|", number) for cell in cells]
        else:
            pairs += [(cell, number) for cell in cells] + [("", number)]
    return _moved(pairs)


def single_spaced(lines: list[str]) -> Reprinted:
    """Every pipe row with its cells joined by one space, its empty cells dropped (``pdftotext``
    without ``-layout``, a browser's copy of a table)."""
    return _kept([(" ".join(cell for cell in cells if cell) if (cells := _pipe_cells(line)) is not None else line)
                  for line in lines])


# A cell's closing unit in brackets: (万元), （元）, (单位:万元), (%), (亩), (公里), a weight (20分).
CLOSING_UNIT = re.compile(
    r"^(?P<text>.*?\S)\s*(?P<unit>[(（](?:单位[:：]\s*)?(?:[万亿千]?元|[%％]|\d+分|万?[亩人户个次篇吨]|公里|公顷|万?平方米|万?立方米)[)）])$"
)


def pipe_rows_between(lines: list[str], units_below: bool = False) -> Reprinted:
    """Every run of pipe rows printed one cell per line, each cell's text on its line and a pipe alone
    on the next (an empty cell a pipe alone), and after each row a line of pipes, one for each column
    of the table's grid the row leaves to the cells before it: the grid two columns wider than the
    run's widest row (a web page's table laid on a finer grid, copied as text). With ``units_below``,
    a cell's closing unit (``(万元)``) on a line of its own under its text."""
    pairs: list[tuple[str, int]] = []
    index = 0
    while index < len(lines):
        if _pipe_cells(lines[index]) is None:
            pairs.append((lines[index], index + 1))
            index += 1
            continue
        end = index
        while end < len(lines) and _pipe_cells(lines[end]) is not None:
            end += 1
        grid = max(len(_pipe_cells(lines[k]) or []) for k in range(index, end)) + 2
        for number in range(index + 1, end + 1):
            cells = _pipe_cells(lines[number - 1]) or []
            for cell in cells:
                unit = CLOSING_UNIT.match(cell) if units_below and cell else None
                texts = [unit.group("text"), unit.group("unit")] if unit else [cell] if cell else []
                pairs += [(text, number) for text in texts] + [("|", number)]
            pairs.append(("|" * (grid - len(cells)), number))
        index = end
    return _moved(pairs)


def html_page(lines: list[str]) -> Reprinted:
    """The document as a web page, each line of it one line of the page's source: a run of pipe rows
    a ``<table>`` (a ``<tr>`` per line), every other line a ``<p>``."""
    return _web_page(lines, lambda index, cells: [f"<td>{html.escape(cell)}</td>" for cell in cells])


def _web_page(lines: list[str], row_cells: Callable[[int, list[str]], list[str]]) -> Reprinted:
    """The page :func:`html_page` describes, each pipe row's ``<td>`` elements as ``row_cells`` (its index, its cells)
    prints them."""
    out: list[str] = []
    for index, line in enumerate(lines):
        cells = _pipe_cells(line)
        if cells is None:
            out.append(f"<p>{html.escape(line)}</p>" if line.strip() else "")
            continue
        opens = index == 0 or _pipe_cells(lines[index - 1]) is None
        closes = index + 1 == len(lines) or _pipe_cells(lines[index + 1]) is None
        row = "<tr>" + "".join(row_cells(index, cells)) + "</tr>"
        out.append(("<table>" if opens else "") + row + ("</table>" if closes else ""))
    out[0] = '<html><head><meta charset="utf-8"></head><body>' + out[0]
    out[-1] += "</body></html>"
    return _kept(out)


# A figure's cell: a number (signed, thousands separated, with decimals) after a comparison sign and before a short
# unit — ``9.48``, ``-3.73``, ``100%``, ``≥95%``, ``29.5亩``, ``12万元`` — what ends a row's label cells (a label holds
# its number among words: ``2、化肥减量增效``, ``指标1:完成…``; a date, ``2023年12月``, is none).
FIGURE_CELL = re.compile(r"[<>≤≥=＝≧≦﹦≈]*[-+]?\d[\d,]*(?:\.\d+)?(?:[%％]|[^\d\s.、:：()（）]{0,4})")
# A label cell holds a word (a Chinese character or a letter), not only marks (``—``, ``/``, ``≥``).
WORD_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def _cell_spans(line: str) -> list[tuple[int, int]]:
    """Where each cell :func:`_pipe_cells` finds in a row stands in ``line``: its text between its separators,
    spaces included (the pipes before its first cell and after its last are none of its cells')."""
    if "\t" in line.strip():
        bounds = [-1, *(k for k, char in enumerate(line) if char == "\t"), len(line)]
        return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]
    begin = len(line) - len(line.lstrip())
    text = line.strip()
    inner_start = begin + len(text) - len(text.lstrip("|"))
    inner_end = max(inner_start, begin + len(text.rstrip("|")))
    bounds = [inner_start - 1, *(k for k in range(inner_start, inner_end) if line[k] == "|"), inner_end]
    return [(bounds[k] + 1, bounds[k + 1]) for k in range(len(bounds) - 1)]


def _is_figure(cell: str) -> bool:
    return bool(FIGURE_CELL.fullmatch(cell.replace(" ", "")))


def merged_cells(lines: list[str]) -> tuple[dict[int, int], dict[int, list[int]]]:
    """The cells a sheet's copy would print merged, by line index: how many leading cells of each row merge into
    the row above (spanning down), and the widths of the cells of each header row (equal neighbours spanning
    across, 1 for a cell alone).

    In each run of pipe rows, its **header rows** are the rows above its first row holding a figure cell
    (:data:`FIGURE_CELL`); a row's **label columns** are the columns before its first figure cell (a row holding
    none, a target in words, has those of the nearest row above of as many cells holding one). A row below the
    header merges its leading cells, from the first on,
    into the row above's where it has as many cells and each is the same label (holding a word) — all but its
    last label column (a row's own name is printed, only its group's merged). A header row's equal neighbouring
    cells holding a word merge into one."""
    down: dict[int, int] = {}
    across: dict[int, list[int]] = {}
    for index, end in _pipe_runs(lines):
        rows = [_pipe_cells(lines[k]) or [] for k in range(index, end)]
        firsts = [next((c for c, cell in enumerate(cells) if _is_figure(cell)), None) for cells in rows]
        data = next((k for k, first in enumerate(firsts) if first is not None), len(rows))
        labels: list[int | None] = []  # each row's label columns
        latest: dict[int, int] = {}  # row width → the label columns of the latest row of as many cells holding a figure
        for cells, first in zip(rows, firsts, strict=True):
            if first is not None:
                latest[len(cells)] = first
            labels.append(latest.get(len(cells)))
        for k in range(data):
            widths, cells = [], rows[k]
            for c, cell in enumerate(cells):
                if c and widths and cell and WORD_RE.search(cell) and cell == cells[c - 1]:
                    widths[-1] += 1
                else:
                    widths.append(1)
            if len(widths) < len(cells):
                across[index + k] = widths
        for k in range(data + 1, len(rows)):
            cells, above, label_columns = rows[k], rows[k - 1], labels[k]
            if len(cells) != len(above) or label_columns is None:
                continue
            merged = 0
            while merged < label_columns - 1 and cells[merged] == above[merged] and WORD_RE.search(cells[merged]):
                merged += 1
            if merged:
                down[index + k] = merged
    return down, across


def merged_down(lines: list[str], dropped: bool = False) -> Reprinted:
    """Every row's cells merged into the row above (:func:`merged_cells`) printed empty, the row opened by a pipe
    so that its first empty cell is a cell (``|  | 数量指标 | …``: a text copy of a merged range; a row of tabs
    opened by a tab, ``\t数量指标\t…``); or, ``dropped``,
    not printed at all, the row starting at its first new cell (a browser's copy of a ``rowspan`` table)."""
    out = list(lines)
    for index, merged in merged_cells(lines)[0].items():
        line = lines[index]
        spans = _cell_spans(line)
        if dropped:
            head, rest = line[: spans[0][0]], line[spans[merged][0] :]
            out[index] = head + rest if head.strip() else rest.lstrip()
            continue
        tabbed = "\t" in line.strip()  # (a row of tabs: an empty cell is nothing between its tabs)
        text = line
        for start, end in reversed(spans[:merged]):
            text = text[:start] + ("" if tabbed else "  ") + text[end:]
        opened = tabbed or "|" in line[: spans[0][0]]  # (a pipe before the first cell: it stays a cell, emptied)
        out[index] = text if opened else "|" + text
    return _kept(out)


def html_merged(lines: list[str]) -> Reprinted:
    """The page :func:`html_page` prints, with the cells :func:`merged_cells` finds merged: a row's leading cells
    covered by the cell above spanning down (``rowspan``), a header row's equal neighbours one cell spanning
    across (``colspan``)."""
    down, across = merged_cells(lines)

    def row_cells(index: int, cells: list[str]) -> list[str]:
        tds = []
        if index in across:
            start = 0
            for width in across[index]:
                span = f' colspan="{width}"' if width > 1 else ""
                tds.append(f"<td{span}>{html.escape(cells[start])}</td>")
                start += width
            return tds
        for column, cell in enumerate(cells):
            if column < down.get(index, 0):
                continue  # (covered by the cell above)
            below = index + 1
            while column < down.get(below, 0):
                below += 1
            span = f' rowspan="{below - index}"' if below > index + 1 else ""
            tds.append(f"<td{span}>{html.escape(cell)}</td>")
        return tds

    return _web_page(lines, row_cells)


VARIANTS: dict[str, Callable[[list[str]], Reprinted]] = {
    "full-width punctuation": lambda lines: _kept([line.translate(FULL_WIDTH) for line in lines]),
    "half-width punctuation": lambda lines: _kept([line.translate(HALF_WIDTH) for line in lines]),
    "spaces before units": lambda lines: _kept([re.sub(r"(\d)(万元|元|%|人|个)", r"\1 \2", line) for line in lines]),
    "Windows line ends": lambda lines: ("\r\n".join(lines), None),
    "indented lines": indented,
    "traditional characters": traditional,
    "tables separated by tabs": tab_separated,
    "tables lined up with spaces (characters)": lambda lines: _kept(lined_up(lines)),
    "tables lined up with spaces (display columns)": lambda lines: _kept(lined_up(lines, display_width)),
    "a blank line after every line": blank_line_after_each,
    "pages with numbers and a running header": paged,
    "prose hard-wrapped": hard_wrapped,
    "prose wrapped after each sentence": wrapped_at_sentence_ends,
    "Markdown tables": markdown_tables,
    "HTML page": html_page,
    "tables one cell per line, closed by pipes": lambda lines: one_cell_per_line(lines, closed=True),
    "tables one cell per line, a blank line after each row": lambda lines: one_cell_per_line(lines, closed=False),
    "tables one cell per line, the pipe on the next line": lambda lines: one_cell_per_line(
        lines, closed=True, pipe_below=True
    ),
    "tables with one space between cells": single_spaced,
    "tables one cell per line, a row of pipes between rows": pipe_rows_between,
    "units on a line of their own": lambda lines: pipe_rows_between(lines, units_below=True),
    "merged cells left empty": merged_down,
    "merged cells dropped": lambda lines: merged_down(lines, dropped=True),
    "HTML page with rowspan and colspan": html_merged,
}


def _reworded(pattern: str, wording: str | Callable[[re.Match[str]], str]) -> Callable[[list[str]], Reprinted]:
    """Every line but the ``# source:`` header with ``pattern`` written ``wording``; no line moves."""
    compiled = re.compile(pattern)
    return lambda lines: _kept(lines[:1] + [compiled.sub(wording, line) for line in lines[1:]])


# What follows a figure up to its cell's end: its unit (人次, 万元, %), never a separator, a figure nor a next bound.
_UNIT_AFTER = r"[^\s|\d,，;；、。()（）≥≤<>=]*"


# Re-wordings: the same figures at the same lines, in the words other departments print them with — a reader that
# holds to one wording of a label, a verb or a unit loses them. Scored by ``benchmarks.fidelity --wordings`` (found,
# and figures read otherwise than in the original); an indicator's target or actual, which the hand-read facts quote
# as printed, is compared with the quote re-worded the same way (``≥95%`` as ``不低于95%``).
WORDINGS: dict[str, Callable[[list[str]], Reprinted]] = {
    "万 for 万元": _reworded(r"(\d)万元", r"\1万"),
    "增 / 减 for 增加 / 减少": _reworded(r"(增加|减少)(?=\d)", lambda m: m.group(1)[0]),
    "增幅 / 降幅 for 增长 / 下降": _reworded(r"(增长|下降)(?=\d)", lambda m: {"增长": "增幅"}.get(m.group(1), "降幅")),
    "同比 for 比上年": _reworded(r"比上年(?:度)?", "同比"),
    "较上年 for 比上年": _reworded(r"比上年", "较上年"),
    "上一年度 for 上年": _reworded(r"上年(?!度)", "上一年度"),
    "决算为 for 决算数为": _reworded(r"决算数为", "决算为"),
    "实际支出 for 支出决算": _reworded(r"支出决算(?!表|总|数)", "实际支出"),
    "三公 without quotes": _reworded(r"[“\"]三公[”\"]", "三公"),
    "为预算的 for 完成预算的": _reworded(r"完成(年初)?预算的", r"为\1预算的"),
    "费用 for 因公出国(境)费": _reworded(r"出国[（(]境[)）]费(?!用)", "出国(境)费用"),
    "是 for 为 before a figure": _reworded(r"(?<=[\u4e00-\u9fff])为(?=\d)", "是"),
    "a colon for 为 before a figure": _reworded(r"(?<=[\u4e00-\u9fff])为(?=\d)", ":"),
    "年 for 年度": _reworded(r"(\d{4})年度", r"\1年"),
    "公共财政预算拨款 for 一般公共预算财政拨款": _reworded(r"一般公共预算财政拨款", "公共财政预算拨款"),
    # (a number's separators only: not the comma of a list of figures, 各是4125.49,4143.91万元)
    "no thousands separators": _reworded(
        r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])", lambda m: m.group().replace(",", "")),
    "元 for 万元 (the figure × 10000)": _reworded(
        r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*万元", lambda m: f"{Decimal(m.group(1).replace(',', '')) * 10000:.2f}元"),
    # performance pages: a sheet's column headers, its level names, its targets' operators and a report's score, each
    # worded as another department's sheet words it (a real line that words it so after each)
    # (huoshan-ybj-2024-transfer-selfeval L24: 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因和改进措施)
    "指标值 for 年度指标值": _reworded(r"年度指标值", "指标值"),
    # (fuliang-lyj-2026-dept-targets-pipe L22: 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位)
    "目标值 for 年度指标值": _reworded(r"年度指标值", "目标值"),
    # (26v 10_yunnan_nanhua-yejun L11: 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分)
    "实际完成值 for 全年实际值": _reworded(r"全年实际值", "实际完成值"),
    # (daying-sfj-2023-selfeval-pipe-cut-rows L2: 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分)
    "完成值 for 全年实际值": _reworded(r"全年实际值", "完成值"),
    # (daying-sfj-2023-selfeval-pipe-cut-rows L2: … | 完成值 | 权重 | 得分)
    "权重 for 分值": _reworded(r"分值", "权重"),
    # (shouxian-2023-dept-score-grid L7: 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分)
    "自评得分 for a header's 得分": _reworded(r"(?<![\u4e00-\u9fff])得分(?![\u4e00-\u9fff\d])", "自评得分"),
    # (daying-sfj-2023-selfeval-pipe-cut-rows L15: 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率)
    "调整后预算数 for 全年预算数": _reworded(r"全年预算数", "调整后预算数"),
    "预算执行数 for 全年执行数": _reworded(r"全年执行数", "预算执行数"),
    # (huoshan-ybj-2024-transfer-selfeval L7: 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%))
    "预算执行率 for 执行率": _reworded(r"(?<!预算|资金)执行率", "预算执行率"),
    # (lvliang-hugong-2021-selfeval-school-table-after L11-12: 效益指标 | 经济效益 | 减轻参训人员经济负担; | 社会效益 |)
    "经济效益 / 社会效益 / 生态效益 for …效益指标": _reworded(r"(经济|社会|生态)效益指标", r"\1效益"),
    # (lvliang-hugong-2021-selfeval-school-table-after L15: | 满意度 | 参培学员满意度 | 95%及以上 |)
    "满意度 for 服务对象满意度指标": _reworded(r"(?<!或)服务对象满意度指标", "满意度"),  # (not 社会公众或服务对象…)
    # (26q 09_hunan_nanyue-tourism-poverty L16: 产出指标 数量指标 贫困地区旅游基础设施建设工程 >=20平方米)
    ">= for ≥": _reworded(r"≥", ">="),
    # (longyang-tfz-2022-selfeval L22: 产出指标 | 数量指标 | 一、示范区建立 | ≧20000亩 | 20000亩 | 15.0)
    "≧ for ≥": _reworded(r"≥", "≧"),
    # (26p 11_anhui_jinghu-cl L13: …康复服务比例年初指标值为不低于85%,全年实际完成值100%)
    "不低于 for ≥": _reworded(r"≥\s*(?=\d)", "不低于"),
    # (26q 08_ningxia_changqing-middle-school L49: 95%以上。)
    "以上 after the figure for ≥": _reworded(rf"≥\s*(\d+(?:\.\d+)?{_UNIT_AFTER})", r"\1以上"),
    # (dongguan-jtj-2019-targets L24: 质量指标 | 补助款结算误差率 | ±3%以内)
    "以内 after the figure for ≤": _reworded(rf"≤\s*(\d+(?:\.\d+)?{_UNIT_AFTER})", r"\1以内"),
    # (26p 01_hainan_sanya-tjj L51: 1)投入总分为15分,绩效得分为15.00分;)
    "得分为 for 得分 before a figure": _reworded(r"得分(?=\d)", "得分为"),
    # (26p 01_hainan_sanya-tjj L47: 本次评价得分76.91分,绩效级别评定为中。)
    "评价得分 for 自评得分": _reworded(r"自评得分", "评价得分"),
    # perf24: a target table's operator and unit columns as other sheets name them (26x 07's glued
    # 部门整体绩效目标表, 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值, re-worded) —
    # fuliang-lyj-2026-dept-targets-pipe L22: 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位
    "计算符号 for 指标性质": _reworded(r"指标性质", "计算符号"),
    "度量单位 for 计量单位": _reworded(r"计量单位", "度量单位"),
    # perf24: a cost item's 测算依据 formula multiplied by × (26y 01's 1.维修费5次*5000=25000元 re-worded) — 26y 13
    # L24 and L28 print their formulas so: (D/C×100%), (E/C×100%)
    "× for * in a formula": _reworded(r"(?<=[\d\u4e00-\u9fff])\*(?=\d)", "×"),
    # perf24: a target row's label as other sheets word it (26y 12's targets printed across, 年度目标值 /
    # 实施周期目标值, re-worded) — 26v 10_yunnan_nanhua-yejun L11: 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分
    "年度指标值 / 实施周期指标值 for …目标值": _reworded(r"(年度|实施周期)目标值", r"\1指标值"),
    # perf24: a lettered funds header's execution as other sheets word it (26y 13's 全年执行资金 / (E) and 预算执行 /
    # (E/C×100%) re-worded) — huoshan-ybj-2024-transfer-selfeval L7: 全年预算数(A) | 全年执行数(B) |
    # 预算执行率(B/A×100%)
    "全年执行数 / 预算执行率 for 全年执行资金 / 预算执行": _reworded(
        r"全年执行资金|预算执行(?=\s*$)", lambda m: "全年执行数" if m.group() == "全年执行资金" else "预算执行率"),
    # project24: plain quantities
    # (26w 01_beijing_mentougou-xifengsi-forestfarm L32: 年末实有人数73;在职人员29,比上年减少6人,…)
    "a headcount without 人 after 人数 / 人员": _reworded(
        r"(人[数员])(为)?\s*(\d+)\s*人(?![次民员数均口])(?=[,，;；、。(（])", r"\1\2\3"),
}

def _run_together_cells(line: str) -> str:
    """A pipe row's cells printed with nothing between them (or the line as it is)."""
    cells = _pipe_cells(line) if "|" in line else None
    return "".join(cell.strip() for cell in cells) if cells else line


def rows_run_together(lines: list[str]) -> Reprinted:
    """Every pipe row's cells printed with nothing between them, a row per line: a mirror's preview text of a
    Word table (``年度资金总额11001100110010100%10``)."""
    return _kept([_run_together_cells(line) for line in lines])


def tables_run_together(lines: list[str]) -> Reprinted:
    """Every run of pipe rows printed onto one line, its cells with nothing between them: a preview text that lost
    the table's line breaks too."""
    pairs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        glued = _run_together_cells(line)
        if glued != line and pairs and pairs[-1][1] == number - 1 and pairs[-1][0] != lines[number - 2]:
            pairs[-1] = (pairs[-1][0] + glued, pairs[-1][1])  # (scored at the table's first line)
            continue
        pairs.append((glued, number))
    return _moved(pairs)


# Re-printings that lose what no reader can tell apart — a table's cells printed without separators, whose digits
# run together (``110011001100``: 1100 | 1100 | 1100, or 1 | 100 | 1 …): scored for precision only, every figure
# read as in the original or not at all (tests/test_fidelity.py), whatever is lost.
RUN_TOGETHER: dict[str, Callable[[list[str]], Reprinted]] = {
    "table rows run together": rows_run_together,
    "tables run together onto one line": tables_run_together,
}

# identity: the same document's title (its body, its year, its kind) worded as other departments word theirs. A reader
# that holds to one order, one numeral or one line of a title loses who published the page, or for which year.
# A title line: a line of prose (no pipe or tab row) of at most TITLE_CHARS characters, no sentence, naming its year
# (19xx年 / 20xx年) and its kind (决算, 预算, 三公, 绩效).
TITLE_CHARS = 60
TITLE_KIND = re.compile(r"决算|预算|三公|绩效")
YEAR = r"(?:19|20)\d{2}\s*年度?"
# What a body's or a region's name ends in (…局, …委员会, …政府, …小学, …幼儿园, …中心, …镇, …县, 集中区(管委会)).
BODY_END = r"[局委厅办府院校园所站馆队心处会镇乡部学区县市旗盟州)）]"
# A title naming its body first, then its year and kind: 杭州市临安区高虹镇中心幼儿园2021年度单位决算 (a portal's label
# before it kept: 信息名称  舟曲县第二幼儿园2023年部门决算公开说明).
NAME_FIRST = re.compile(
    rf"^(?P<lead>\s*(?:信息名称|标题)?[\s:：]*)(?P<name>(?!\S*?关于)[\u4e00-\u9fff][\u4e00-\u9fff()（）]{{1,39}}?{BODY_END})"
    rf"\s*(?P<year>{YEAR})"
    r"(?P<kind>[^\s。，,;；|]{1,30}?)(?P<tail>\s+\d{4}-\d{2}-\d{2})?\s*$"
)
# A title naming its year first, then its body and kind: 2016年西宁市东方小学部门决算,
# 2019年度鹿寨县“三公”经费支出决算情况.
YEAR_FIRST = re.compile(
    rf"^(?P<lead>\s*)(?P<year>{YEAR})(?P<name>[\u4e00-\u9fff()（）]{{2,40}}?{BODY_END})"
    r"(?P<kind>(?:部门|单位|[“\"]|三公|一般公共|财政|整体|项目|决算|预算)[^\s。，,;；|]{0,30}?)\s*$"
)
# A title's kind and how it ends (部门决算, 部门决算公开说明, “三公”经费预算情况, 决算公开说明 …).
KIND_END = re.compile(
    r"^(?P<core>\S*?(?:决算|预算|三公经费|三公”经费|“三公”经费))(?P<end>公开说明|情况说明|公开|说明|情况|报告)?$"
)
CHINESE_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
REGION_END = "区县市旗盟州"


def _is_title(line: str) -> bool:
    compact = "".join(line.split())
    return (
        0 < len(compact) <= TITLE_CHARS and "|" not in line and "\t" not in line and "。" not in compact
        and re.search(YEAR, compact) is not None and TITLE_KIND.search(compact) is not None
    )


def _titles_reworded(reword: Callable[[str], str | None]) -> Callable[[list[str]], Reprinted]:
    """Every title line (:func:`_is_title`) but the ``# source:`` header reworded by ``reword`` (None: as printed)."""
    return lambda lines: _kept(
        lines[:1] + [(reword(line) or line) if _is_title(line) else line for line in lines[1:]]
    )


def order_swapped(line: str) -> str | None:
    """The title's body and year in the other order: 舟曲县第二幼儿园2023年部门决算 ↔ 2023年舟曲县第二幼儿园部门决算."""
    if found := NAME_FIRST.match(line):
        return found.expand(r"\g<lead>\g<year>\g<name>\g<kind>") + (found.group("tail") or "")
    if found := YEAR_FIRST.match(line):
        return found.expand(r"\g<lead>\g<name>\g<year>\g<kind>")
    return None


def about(line: str) -> str | None:
    """A body-first title as the body's statement about its year's account: X局2023年度部门决算公开说明 →
    X局关于2023年度部门决算的说明 (…报告 stays a report)."""
    found = NAME_FIRST.match(line)
    kind = KIND_END.match(found.group("kind")) if found else None
    if found is None or kind is None:
        return None
    noun = "报告" if kind.group("end") == "报告" else "说明"
    return found.expand(r"\g<lead>\g<name>关于\g<year>") + kind.group("core") + "的" + noun


def disclosed(line: str) -> str | None:
    """A title ending in its kind as a disclosure: …部门决算 / …部门决算公开说明 / …决算情况说明 → …部门决算公开; one
    already ending so, without it (…预算公开 → …预算)."""
    found = NAME_FIRST.match(line) or YEAR_FIRST.match(line)
    kind = KIND_END.match(found.group("kind")) if found else None
    if found is None or kind is None:
        return None
    start, end = found.span("kind")
    return line[:start] + kind.group("core") + ("" if kind.group("end") == "公开" else "公开") + line[end:]


def chinese_year(line: str) -> str | None:
    """A title's years in Chinese numerals: 2023年 → 二〇二三年."""
    return re.sub(r"((?:19|20)\d{2})(?=\s*年)", lambda m: m.group(1).translate(CHINESE_DIGITS), line)


def title_broken(lines: list[str], after: str) -> Reprinted:
    """Every body-first title line broken in two: after its body's name (``after="name"``: 重庆市铜梁区围龙镇人民政府 /
    2021年度“三公”经费决算汇总情况) or after its year (``after="year"``: 皖江江南新兴产业集中区(管委会)2024年 /
    一般公共预算“三公”经费预算); both lines at the title's line."""
    pairs: list[tuple[str, int]] = [(lines[0], 1)] if lines else []
    for number, line in enumerate(lines[1:], start=2):
        found = NAME_FIRST.match(line) if _is_title(line) else None
        if found is None:
            pairs.append((line, number))
            continue
        cut = found.end("name") if after == "name" else found.end("year")
        pairs += [(line[:cut], number), (line[cut:].strip(), number)]
    return _moved(pairs)


def signed(lines: list[str]) -> Reprinted:
    """The body's name only in the signature at the end: the first body-first title's name dropped from it (and from
    every line printing the same title), and printed at the end over the date the page was signed — the year after
    the title's for an account (X局 / 2024年9月), the title's own for a budget (X局 / 2023年2月)."""
    first = next((found for line in lines[1:] if _is_title(line) and (found := NAME_FIRST.match(line))), None)
    if first is None or first.group("name")[-1] in REGION_END:  # (a region's own name signs no page)
        return _kept(lines)
    name = first.group("name")
    year = int(re.match(r"\d{4}", first.group("year")).group())  # type: ignore[union-attr]
    budget = "预算" in first.group("kind") and "决算" not in first.group("kind")
    out = [lines[0]]
    for line in lines[1:]:
        found = NAME_FIRST.match(line) if _is_title(line) else None
        out.append(found.expand(r"\g<lead>\g<year>\g<kind>") if found and found.group("name") == name else line)
    date = f"{year}年2月" if budget else f"{year + 1}年9月"
    return "\n".join([*out, "", name, date]), [*range(1, len(lines) + 1), 0, 0, 0]


# The file name's suffix of a re-printing that is no plain text.
SUFFIXES = {"HTML page": ".html", "HTML page with rowspan and colspan": ".html"}

# identity: each re-wording of a title (the functions above) one that real pages print —
IDENTITY_WORDINGS: dict[str, Callable[[list[str]], Reprinted]] = {
    # 2016年西宁市东方小学部门决算 (corpus 07 L3), 2019年度鹿寨县“三公”经费支出决算情况 (corpus 19 L2) against
    # 杭州市临安区高虹镇中心幼儿园2021年度单位决算 (corpus 01 L6)
    "the title's body and year in the other order": _titles_reworded(order_swapped),
    # 丰都县人民政府关于2021年决算情况的报告 (corpus 11 L17), 重庆市大足区人民政府关于2020年财政决算的报告 (fixture
    # dazu-2020-gov-final L15)
    "X关于2023年度部门决算的说明 for X2023年度部门决算": _titles_reworded(about),
    # 黄石市下陆区东方社区卫生服务中心2023年预算公开 (corpus 13 L6), 舟曲县第二幼儿园2023年部门决算公开说明
    # (corpus 02 L7), 武山县洛门学区2022年部门预算公开说明 (26q 03 L2),
    # 重庆市綦江区公路事务中心2023年度决算公开说明 (corpus 05 L6)
    "…部门决算公开 for …部门决算 (and back)": _titles_reworded(disclosed),
    # 西夏区财政局 二○二一 年十一月 (corpus 17 L3), 二〇二四年二月大口径财政收入执行情况表 (fixture
    # lintao-2024-02-revenue-table-flattened L3)
    "the title's year in Chinese numerals": _titles_reworded(chinese_year),
    # 杭州市临安区高虹镇中心幼儿园2021年度单位决算 (corpus 01 L6), 重庆市渝中区金马小学校2023年单位预算情况说明
    # (corpus 43 L14), 第一部分2023年度单位预算情况说明 (26u 10 L3) against 部门决算 / 部门预算 elsewhere
    "单位决算 / 单位预算 for 部门决算 / 部门预算 (and back)": _reworded(
        r"(部门|单位)(?=决算|预算)", lambda m: "单位" if m.group(1) == "部门" else "部门"),
    # 重庆市铜梁区围龙镇人民政府 / 2021年度“三公”经费决算汇总情况 (corpus 20 L2-3)
    "the title broken after its body's name": lambda lines: title_broken(lines, "name"),
    # 皖江江南新兴产业集中区(管委会)2024年 / 一般公共预算“三公”经费预算 (corpus 27 L2-3), 2023年财政决算情况及2024年 /
    # 财政预算情况报告(草案) (26v 01 L2-3)
    "the title broken after its year": lambda lines: title_broken(lines, "year"),
    # 固始县祖师庙镇人民政府 / 2025年12月30日 (fixture gushi-zushimiao-2024-selfeval-report, its last lines),
    # 盘龙区人大常委会办公室 / 2017年3月23日 (fixture panlong-rd-2017-budget), 巴彥淖爾市臨河區水利局 / 2025年7月4日
    # (26p 10 L-2)
    "the body's name only in the signature at the end": signed,
}
WORDINGS.update(IDENTITY_WORDINGS)

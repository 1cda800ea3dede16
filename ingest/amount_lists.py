"""Lists of amounts in a sentence, read where the sentence's own total confirms them.

A plan, a notice or a self-evaluation often lists what its money is made of in one sentence:
``勘察设计审批需20万元;进度督导检查需20万元;财务审计需10万元,合计50万元`` (the total after the parts),
``共安排资金239万元,其中上级资金179.25万元,本级59.75万元`` (the total before them, the parts after 其中 /
分别是 / 分别为), or the parts named after their figures (``其中39.046万款列2110302;10.954万元款列2160699``).
Such a sentence stands in prose or in a table's cell (``项目实施计划 | …合计50万元。 |``), where the sentence
reader does not look.

A list is read only where its parts add up to its total exactly (in 元, each part in its own unit: 万元, 元,
亿元, a bare 万): each part a :class:`~ingest.records.StatedFigure` labelled by the words between the figure
before it and its own (or, where the first part's figure opens its clause, the words after each figure), the
total labelled by its clause. Where they do not add up, nothing is read and a parse warning says so. A
figure in brackets (an aside: ``(其中:本级791万元)``) is no part.

:func:`parts_of` reads the parts of a cell against a total printed elsewhere (the row's amount of an
allocation table, :mod:`ingest.allocation`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from decimal import Decimal

from ingest.final_accounts.paragraphs import Paragraph
from ingest.numbers import Amount, to_amount
from ingest.records import ParseWarning, Record, StatedFigure
from ingest.text import Line, lines_with
from ingest.vocabulary import GRAND_TOTAL_WORDS, YEAR, metric_of_amount

PARSER_NAME = "amount_lists"
# A money figure: its number and unit; a bare 万 is money where no counted noun follows (10万人 is none).
# (written to start with the number's first digit, which the regex engine skips to, the not-glued check looking
# behind it: a look-behind first would be tried at every character)
MONEY_RE = re.compile(
    r"(?P<number>\d(?<![\d.A-Za-z]\d)(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?)\s*"
    r"(?P<unit>亿元|万元|千元|元|万(?![人个户次件名亩台平方米公里吨所家座辆条份册场项余多]))"
)
# What a total's clause ends with: 合计50万元, 共计为50万元, 总计: 50万元.
TOTAL_WORDS = (*GRAND_TOTAL_WORDS, "共计")
TOTAL_BEFORE_RE = re.compile(rf"(?:{'|'.join(TOTAL_WORDS)})(?:金额|资金)?(?:为|是|达)?:?$")
# What opens the parts after a total: 其中, 分别是, 分别为 (a colon after it).
PARTS_OPEN_RE = re.compile(r",?(?:其中|分别是|分别为)[:]?")
# Where a part's label is cut: a clause's separators.
SEPARATORS = ",;、:"
LEADING_SEPARATORS = ",;、:。"
# The words a line must hold to be looked at (a total and a list's opening), and its money.
LIST_WORDS = (*TOTAL_WORDS, "其中", "分别是", "分别为")
# The lines looked at: a total's word before its figure (合计50万元, 共计为239万元), or a money figure before a
# list's opening (239万元,其中…; a list after 分别是 is looked at only on a line found so). Each pattern starts with a
# literal (计, 其中), which the regex engine skips to: an alternation or a character class first would be tried at
# every character of the document.
LIST_LINE_RES = (
    re.compile(r"计(?<=合计|共计|总计)(?:金额|资金)?(?:为|是|达)?:?\d"),
    re.compile(r"其中(?:(?<=[元万]其中)|(?<=[元万],其中))"),
)
CELL_SEPARATOR_RE = re.compile(r"[|\t]")
# An aside in brackets (one level of brackets within it: ``(其中:本级791万元)``, ``(含…(一)…)``).
ASIDE_RE = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
WORD_RE = re.compile(r"[\u4e00-\u9fff]")
# Quotes dropped from a label, and the verbs and colons dropped from its end (before its figure).
QUOTES = str.maketrans("", "", "“”\"'‘’")
VERB_ENDS = frozenset("为是达约:")
MIN_PARTS = 2
MAX_PARTS = 30
MAX_LABEL_CHARS = 40
SENTENCE_END = "。"
NOT_ADDING_UP = "a list of amounts whose parts do not add up to its total: none of them is read"

Figure = tuple[int, int, str, Amount]  # start, end, printed number with its unit, the amount
Listed = tuple[str, Amount, Line, str]  # a figure of a list: label, amount, line, context
# (page, line) of the figures listed → whether a figure (page, line, value in 元) was read by another reader
ReadElsewhere = Callable[[set[tuple[int | None, int]]], Callable[[int | None, int, Decimal], bool]]


def parse_amount_lists(
    lines: list[Line], read_elsewhere: ReadElsewhere | None = None, paragraphs: Sequence[Paragraph] | None = None
) -> list[Record]:
    """Every list of amounts in a sentence of ``lines`` that its total confirms (see the module docstring): a
    :class:`StatedFigure` for each of its figures — but those ``read_elsewhere`` says another reader read (given
    the (page, line) of every figure listed, it tells of a figure by its page, line and value in 元) — and a
    parse warning for each list whose parts do not add up. A total opening a line of a text paragraph of ``paragraphs``
    in a sentence wrapped from the lines above (prose hard-wrapped: ``…省级…资金376万元,`` / ``共计751万元,…。``) is
    read with its sentence whole, once, each figure at the line its number is printed on."""
    listed: list[Listed | ParseWarning] = []
    wrapped = _WrappedSentences(lines, paragraphs) if paragraphs is not None else None
    for index in sorted({index for pattern in LIST_LINE_RES for index in lines_with(lines, pattern, attr="compact")}):
        line = lines[index]
        compact = line.compact
        # (a line opening with the end of a sentence wrapped from the lines above, its total there: read whole)
        closing = wrapped is not None and "|" not in compact and "\t" not in line.norm and LIST_LINE_RES[0].search(
            compact.split(SENTENCE_END, 1)[0]) is not None and wrapped.wraps(line)
        if compact.count("元") + compact.count("万") < MIN_PARTS + 1 and not closing:  # three money figures at least
            continue
        if "|" in compact or "\t" in line.norm:
            cells = [cell.strip() for cell in CELL_SEPARATOR_RE.split(line.norm.strip())]
            head = next((cell for cell in cells if cell), "")
            for cell in cells:
                if cell and cell != head:
                    listed.extend(_lists_of("".join(cell.split()), line, prefix="".join(head.split())))
        else:
            listed.extend(_lists_of(compact, line, prefix="", wrapped=wrapped if closing else None))
    if not listed:
        return []
    read = None
    if read_elsewhere is not None:
        read = read_elsewhere({(item[2].page, item[2].number) for item in listed if type(item) is tuple})
    return [item if type(item) is ParseWarning else _stated(*item) for item in listed  # type: ignore[misc]
            if type(item) is ParseWarning or read is None or not read(item[2].page, item[2].number, item[1].yuan)]


def _lists_of(
    text: str, line: Line, prefix: str, wrapped: _WrappedSentences | None = None
) -> list[Listed | ParseWarning]:
    out: list[Listed | ParseWarning] = []
    sentences = text.split(SENTENCE_END)
    offset = 0
    for k, sentence in enumerate(sentences):
        # (the line's first sentence, holding a total, may run on from the lines above: read whole)
        whole = wrapped.sentence(line, offset, len(sentence)) if wrapped is not None and k == 0 else None
        offset += len(sentence) + 1
        if whole is None:
            out.extend(_sentence_lists(sentence, line, prefix))
        elif whole:
            out.extend(_sentence_lists(whole[0], whole[1], prefix, whole[2]))
    return out


class _WrappedSentences:
    """The sentences of the text paragraphs that wrap over lines, in the lines' compact texts: where a line's first or
    last sentence runs on from or onto the paragraph's other lines, the whole sentence, each given once."""

    def __init__(self, lines: list[Line], paragraphs: Sequence[Paragraph]) -> None:
        self._lines = lines
        self._paragraphs = paragraphs
        self._compact: dict[int, tuple[str, list[int], list[Line]] | None] = {}
        self._given: set[tuple[int, int]] = set()

    def _paragraph(self, line: Line) -> Paragraph | None:
        """The text paragraph of more than one line holding ``line`` (found by the paragraphs' order), or None."""
        index = bisect_right(self._paragraphs, (line.page or 0, line.number), key=_first_place) - 1
        paragraph = self._paragraphs[index] if index >= 0 else None
        if paragraph is None or paragraph.kind != "text" or len(paragraph.line_numbers) < 2:
            return None
        pages = paragraph.page_numbers or [paragraph.page] * len(paragraph.line_numbers)
        return paragraph if (line.page, line.number) in zip(pages, paragraph.line_numbers, strict=True) else None

    def wraps(self, line: Line) -> bool:
        """Whether ``line`` is one of a wrapping paragraph's."""
        return self._paragraph(line) is not None

    def _text(self, paragraph: Paragraph) -> tuple[str, list[int], list[Line]] | None:
        """The paragraph's lines' compact texts joined, where each starts, its lines (None: a line not found)."""
        key = id(paragraph)
        if key not in self._compact:
            pages = paragraph.page_numbers or [paragraph.page] * len(paragraph.line_numbers)
            held = []
            # (its first line found by the lines' order, the others after it: dropped lines, a page's furniture between)
            index = bisect_right(self._lines, (pages[0] or 0, paragraph.line_numbers[0]), key=_place) - 1
            for page, number in zip(pages, paragraph.line_numbers, strict=True):
                while 0 <= index < len(self._lines) and _place(self._lines[index]) < (page or 0, number):
                    index += 1
                if index < 0 or index >= len(self._lines) or (
                    self._lines[index].page, self._lines[index].number) != (page, number):
                    self._compact[key] = None
                    return None
                held.append(self._lines[index])
            starts = []
            text = ""
            for line in held:
                starts.append(len(text))
                text += line.compact
            self._compact[key] = (text, starts, held)
        return self._compact[key]

    def sentence(
        self, line: Line, offset: int, length: int
    ) -> tuple[str, Line, Callable[[int], Line]] | tuple[()] | None:
        """The sentence of ``line``'s compact text at ``offset`` (``length`` characters) read whole, where it runs
        on over the paragraph's other lines: (its text, its first line, the line of each of its offsets); () where
        it was given before; None where the sentence is the line's own."""
        paragraph = self._paragraph(line)
        joined = self._text(paragraph) if paragraph is not None else None
        if joined is None:
            return None
        text, starts, held = joined
        begin = starts[next(k for k, held_line in enumerate(held)
                            if (held_line.page, held_line.number) == (line.page, line.number))] + offset
        start = text.rfind(SENTENCE_END, 0, begin) + 1
        end = text.find(SENTENCE_END, begin + length)
        end = len(text) if end < 0 else end
        if (start, end) == (begin, begin + length):
            return None
        if (id(paragraph), start) in self._given:
            return ()
        self._given.add((id(paragraph), start))
        return text[start:end], held[bisect_right(starts, start) - 1], \
            lambda at: held[bisect_right(starts, start + at) - 1]


def _first_place(paragraph: Paragraph) -> tuple[int, int]:
    return paragraph.page or 0, paragraph.line_numbers[0]


def _place(line: Line) -> tuple[int, int]:
    return line.page or 0, line.number


def _figures(text: str) -> list[Figure]:
    """The money figures of ``text`` outside brackets."""
    out: list[Figure] = []
    asides = [m.span() for m in ASIDE_RE.finditer(text)] if "(" in text else []
    for match in MONEY_RE.finditer(text):
        if asides and any(start < match.start() < end for start, end in asides):
            continue
        unit = match.group("unit")
        amount = to_amount(match.group("number"), "万元" if unit == "万" else unit)
        if amount is not None:
            out.append((match.start(), match.end(), match.group(0), amount))
    return out


def _sentence_lists(
    text: str, line: Line, prefix: str, line_at: Callable[[int], Line] | None = None
) -> list[Listed | ParseWarning]:
    """The lists of one sentence, each figure at ``line`` (or at ``line_at`` of its offset: a sentence wrapped over
    lines)."""
    # (three money figures at least, each ending in 元 or 万, and a list's word: most sentences have none)
    if text.count("元") + text.count("万") < MIN_PARTS + 1 or not any(word in text for word in LIST_WORDS):
        return []
    figures = _figures(text)
    if len(figures) < MIN_PARTS + 1:
        return []
    out: list[Listed | ParseWarning] = []
    used: set[int] = set()
    for t, (start, end, _, total) in enumerate(figures):
        if t in used:
            continue
        # (a total's word ends in 计 a few characters before its figure: most figures are no total)
        trailing = t >= MIN_PARTS and "计" in text[max(0, start - 7) : start]
        opening = PARTS_OPEN_RE.match(text, end)
        if not trailing and opening is None:
            continue
        clause = _clause_before(text, start, figures[t - 1][1] if t else 0)
        trailing = trailing and TOTAL_BEFORE_RE.search(clause) is not None
        if not trailing and opening is None:
            continue
        parts: list[int] | None = None
        if trailing:  # the parts before their total
            parts = _suffix_adding_up(figures, [k for k in range(t) if k not in used], total.yuan)
            list_start = figures[parts[0] - 1][1] if parts and parts[0] > 0 else 0
        if parts is None and opening is not None:  # the total, then its parts
            parts = _prefix_adding_up(figures, list(range(t + 1, len(figures))), total.yuan)
            list_start = opening.end()
        if parts is None:
            at = line if line_at is None else line_at(start)  # (a wrapped sentence's: at its total's line)
            out.append(ParseWarning(parser=PARSER_NAME, message=NOT_ADDING_UP, context=text[:120],
                                    source_line=at.number, source_page=at.page))
            continue
        out.extend(_part_figures(text, figures, parts, list_start, line, prefix, line_at))
        used.update(parts)
        used.add(t)
        if LISTED_YEARS_END_RE.search(text, 0, start - len(clause)) and YEAR_OPENS_RE.match(clause):
            at = line if line_at is None else line_at(start)  # (2021年、2022年…共计X万元: of two years, no one's)
            out.append(ParseWarning(parser=PARSER_NAME, message=SEVERAL_YEARS_TOTAL, context=text[:120],
                                    source_line=at.number, source_page=at.page))
            continue
        total_label = _label(clause) or TOTAL_WORDS[0]
        out.append(_figure(f"{prefix} {total_label}".strip(), total, line if line_at is None else line_at(start),
                           text[max(0, start - 24) : end]))
    return out


# A total whose clause opens with the last of a list of years (2021年、2022年山东省…资金共计1838247万元: the clause is
# cut at the list's 、): the sum of several years' figures, of no one year the record can carry — left out (its parts,
# each after its own year, are read). (ingest.statements leaves such a clause's figures out too.)
LISTED_YEARS_END_RE = re.compile(rf"{YEAR}\s*年度?\s*、$")
YEAR_OPENS_RE = re.compile(rf"\s*{YEAR}\s*年")
SEVERAL_YEARS_TOTAL = (
    "a total of a list of years (2021年、2022年…共计X万元): of no one year; left out (its parts are read)"
)


def _clause_before(text: str, start: int, since: int) -> str:
    """The words of the clause a figure at ``start`` ends (from the last separator before it)."""
    words = text[since:start]
    cut = max(words.rfind(sep) for sep in SEPARATORS + SENTENCE_END)
    return words[cut + 1 :]


def _suffix_adding_up(figures: list[Figure], candidates: list[int], total: Decimal) -> list[int] | None:
    """The longest run of the last ``candidates`` (two at least, in a row) adding up to ``total``."""
    found, sum_ = None, Decimal(0)
    for n, k in enumerate(reversed(candidates[-MAX_PARTS:]), 1):
        if n > 1 and k != candidates[-n + 1] - 1:
            break
        sum_ += figures[k][3].yuan
        if n >= MIN_PARTS and sum_ == total:
            found = candidates[-n:]
    return found


def _prefix_adding_up(figures: list[Figure], candidates: list[int], total: Decimal) -> list[int] | None:
    """The longest run of the first ``candidates`` (two at least) adding up to ``total``."""
    found, sum_ = None, Decimal(0)
    for n, k in enumerate(candidates[:MAX_PARTS], 1):
        sum_ += figures[k][3].yuan
        if n >= MIN_PARTS and sum_ == total:
            found = candidates[:n]
    return found


def _part_figures(text: str, figures: list[Figure], parts: list[int], list_start: int, line: Line,
                  prefix: str, line_at: Callable[[int], Line] | None = None) -> list[Listed]:
    labels = part_labels(text, [figures[k] for k in parts], list_start)
    if labels is None:
        return []
    out: list[Listed] = []
    for k, label in zip(parts, labels, strict=True):
        start, end, _, amount = figures[k]
        out.append(_figure(f"{prefix} {label}".strip(), amount, line if line_at is None else line_at(start),
                           text[max(0, start - 24) : end]))
    return out


def part_labels(text: str, parts: list[Figure], list_start: int) -> list[str] | None:
    """Each part's label: the words between the figure before it (or the list's start) and its own; where the
    first part's figure opens its clause, the words after each figure up to the next separator (``39.046万款列
    2110302``); None where a part has no words."""
    before = text[list_start : parts[0][0]].strip(LEADING_SEPARATORS)
    before = _without_opening(before)
    labels: list[str] = []
    if before:
        since = list_start
        for start, end, _, _ in parts:
            label = _part_label(text[since:start])
            if not label:
                return None
            labels.append(label[-MAX_LABEL_CHARS:])
            since = end
        return labels
    for k, (_, end, _, _) in enumerate(parts):
        stop = parts[k + 1][0] if k + 1 < len(parts) else len(text)
        after = text[end:stop]
        cut = min((at for at in (after.find(sep) for sep in SEPARATORS + SENTENCE_END) if at >= 0), default=len(after))
        label = after[:cut].strip()
        if not label or not WORD_RE.search(label):
            return None
        labels.append(label[:MAX_LABEL_CHARS])
    return labels


def _part_label(words: str) -> str | None:
    """A part's label from the words since the figure before it: its own clause (after the last comma or
    semicolon, a 、 joining names within it), without the list's opening and the verbs before its figure."""
    cut = max(words.rfind(","), words.rfind(";"))
    if cut >= 0 and WORD_RE.search(words[cut + 1 :]):
        words = words[cut + 1 :]
    return _label(_without_opening(words))


def _label(words: str) -> str | None:
    """The words of a label without quotes, separators and the verbs before a figure (审批需, 预算为, 共计为 → 共计);
    None where no word is left."""
    words = words.translate(QUOTES).strip(LEADING_SEPARATORS + " ")
    while words and words[-1] in VERB_ENDS:
        words = words[:-1]
    words = words.removesuffix("需要").removesuffix("需")
    return words[-MAX_LABEL_CHARS:] if WORD_RE.search(words) else None


def _without_opening(words: str) -> str:
    words = words.strip(LEADING_SEPARATORS)
    opening = PARTS_OPEN_RE.match(words)
    return words[opening.end() :].strip(LEADING_SEPARATORS) if opening else words


def parts_of(text: str, total: Decimal) -> list[tuple[str, Amount]] | None:
    """The parts a cell's sentence lists (``其中39.046万款列2110302;10.954万元款列2160699;``) where they add up to
    ``total`` (in 元, printed elsewhere: the row's amount), each with its label; None where the cell lists no
    such parts."""
    text = "".join(text.split())
    figures = _figures(text)
    if not (MIN_PARTS <= len(figures) <= MAX_PARTS):
        return None
    if sum((f[3].yuan for f in figures), Decimal(0)) != total:
        return None
    labels = part_labels(text, figures, 0)
    if labels is None:
        return None
    return [(label, figure[3]) for label, figure in zip(labels, figures, strict=True)]


def _figure(label: str, amount: Amount, line: Line, context: str) -> Listed:
    return label, amount, line, context


def _stated(label: str, amount: Amount, line: Line, context: str) -> StatedFigure:
    return StatedFigure(label=label, field="amount", value=amount.yuan, unit="yuan", metric=metric_of_amount(label),
                        context=context, ulp=amount.ulp_yuan, source_line=line.number, source_page=line.page)

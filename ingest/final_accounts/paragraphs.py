"""Joining hard-wrapped lines into logical paragraphs (段落) with a char-offset → line map.

PDF-extracted text breaks sentences (and sometimes numbers) across lines, with blank lines,
page numbers (``10``) and figure captions (``图 1：收、支决算总计变动情况``) in between. The
parsers want whole sentences but must report the line where a figure's number starts, so a
:class:`Paragraph` keeps its normalised text plus the offsets at which each source line begins.

Rules: a paragraph ends after a line that ends a sentence (``。！？``) — unless the next line opens by
comparing with another year or the budget and names no subject (``比2021年预算增加654万元``,
``同比上年度增加189.25万元``, ``与上年相比,减少…``, ``较上年…``, ``比年初预算减少2.14万元``): such a
sentence cannot stand alone, its subject is the sentence's before it, as where both share a line (a PDF's
wrap falling after the ``。``) —, before a heading
(``一、``, ``（一）``, ``第二部分``, a Markdown ``# …`` line: short, no figure with its unit in it, none
ending it — ``（四）年末固定资产状况:2018年年末有固定资产1222.06万`` is a sentence hard-wrapped before
``元。``) or a numbered item (``1.``, ``(1)``), after
a numbered item that is only a title (``1. 一般公共预算执行情况``: it ends like a title and holds no
digit, and stays a text paragraph of its own — the sections are not cut at it), after an
un-numbered title naming its year (``英德市经信局2016年“三公经费”预算对比增减说明``: no section heading, but
the sentence after it does not start with it; a title wrapped onto it from the line before stays whole), and
around table rows (tab-separated cells, one tab-indented cell per line, or two cells or more between
pipes: a web page's table copied as ``a | b |``). Page-number lines and 图 captions are dropped.
Lines are joined without a separator (Chinese text has no spaces between words).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ingest.text import LINE_JOIN, JoinedTexts, Line, indexes_with, is_pipe_row, joined_texts
from ingest.vocabulary import COMPARED_WITH_ALTERNATION

# A line that is only a page number: "10", "- 10 -", "第 10 页", "10/52".
PAGE_NUMBER_RE = re.compile(r"^\s*(?:-\s*)?(?:第\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*页)?(?:\s*-)?\s*$")
# A figure caption: "图 1：收、支决算总计变动情况", "图2 收入决算结构".
CAPTION_RE = re.compile(r"^\s*图\s*\d+\s*[:：.．、 ]")
# A page number or a figure caption (the two above), tried in one match.
NOISE_RE = re.compile(PAGE_NUMBER_RE.pattern + "|" + CAPTION_RE.pattern)
# Chapter / section headings: 第二部分 …, 一、…, （一）…
HEADING_RE = re.compile(r"^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*、|\(\s*[一二三四五六七八九十]{1,3}\s*\))")  # noqa: E501
# Numbered items that start a new paragraph: "1.社会保障…", "2、", "(1)公务用车…" (not "1.41 万元").
ITEM_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、](?!\d)|\(\s*\d{1,2}\s*\))")
# Un-numbered headings (Maoxian: "收入决算情况说明"): short, no digits, ending like a title.
TITLE_TAIL_RE = re.compile(r"^[^\d,;:]{4,30}?(?:情况说明|决算情况|情况|说明)[。]?$")
# The same with a year (英德: "英德市经信局2016年“三公经费”预算对比增减说明"): a title naming its year holds no
# figure. It is no section heading (a section's heading names no year), but no start of the sentence after it
# either: it ends its paragraph as a sentence end does.
YEAR_TITLE_RE = re.compile(r"^(?:[^\d,;:]|\d{4}\s*年\s*度?){4,30}?(?:情况说明|决算情况|情况|说明)[。]?$")
# Sentence ends after which a wrapped line does not continue the paragraph.
SENTENCE_END = ("。", "!", "?", "!", "?")
SENTENCE_END_CHARS = "".join(SENTENCE_END)
# A line opening by comparing with another year or the budget, naming no subject (比2021年预算增加…, 同比上年度…,
# 与上年相比…, 较上年…, 2016年预算比2015年预算下降…, 比年初预算减少…): it continues the paragraph whose sentence it
# compares.
COMPARISON_OPENING_RE = re.compile(
    rf"(?:同比|环比|(?:\d{{4}}年度?(?:预算|决算)?数?)?(?:{COMPARED_WITH_ALTERNATION}|同|和)"
    r"(?:上一?年|去年|\d{4}年|(?:年初|调整后?|全年)?预算))")
COMPARISON_FIRST = "同环比较与和0123456789"
# Longest line still treated as a heading (longer ones are text that starts with 一、).
MAX_HEADING_CHARS = 40
MONEY_RE = re.compile(r"\d\s*(?:[万亿千]?元|%)")  # a figure with a unit: no heading holds one
# A figure ending a line (``…预算476.71``, ``…固定资产1222.06万``): no heading ends with one — the line is a row's
# label and value, or a sentence hard-wrapped before the figure's unit (``万元,比上年…`` on the next line).
FIGURE_END_RE = re.compile(r"\d(?:\.\d+)?[万亿千]?$")
# Markdown list markers in front of TOC lines ("- 一、主要职能").
LIST_MARKER_RE = re.compile(r"^\s*[-*]\s+")
# First characters of a stripped line that can be a page number or caption (or a digit), and of
# one that can be a heading; a heading not starting so must end like TITLE_TAIL_RE.
NOISE_FIRST = "-第图"
HEADING_FIRST = "第一二三四五六七八九十("
TITLE_ENDS = ("明", "况", "明。", "况。")
TITLE_LAST = "明况。"  # the last characters of TITLE_ENDS (one test instead of four)
# First characters of a stripped line that can make it anything but the plain continuation of a
# paragraph (a list marker, page number, caption, heading or numbered item — or a decimal digit,
# told by ``str.isdecimal``), and last characters that can (a sentence or a title ending).
SPECIAL_FIRST = "-*#" + NOISE_FIRST + HEADING_FIRST
SPECIAL_LAST = TITLE_LAST + SENTENCE_END_CHARS
# Last characters of a page number (a decimal digit besides: "10", "第 10 页", "- 10 -").
PAGE_NUMBER_LAST = "页-"


@dataclass(slots=True)
class Paragraph:
    """A logical paragraph: normalised text, where each source line starts in it, and its kind."""

    text: str = ""
    starts: list[int] = field(default_factory=list)  # offsets in ``text`` where a line starts
    line_numbers: list[int] = field(default_factory=list)  # the source line of each start
    page_numbers: list[int | None] = field(default_factory=list)  # the page of each start
    page: int | None = None  # the page the paragraph starts on
    kind: str = "text"  # text / heading / table

    @property
    def first_line(self) -> int:
        return self.line_numbers[0]

    def line_at(self, offset: int) -> int:
        """The 1-based source line holding character ``offset`` of :attr:`text`."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.line_numbers[max(index, 0)]

    def page_at(self, offset: int) -> int | None:
        """The page holding character ``offset`` of :attr:`text` (a paragraph may run onto the next page)."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return self.page_numbers[max(index, 0)] if self.page_numbers else self.page

    def append(self, line: Line, text: str) -> None:
        self.starts.append(len(self.text))
        self.line_numbers.append(line.number)
        self.page_numbers.append(line.page)
        if self.page is None:
            self.page = line.page
        self.text += text


def is_table_row(raw: str) -> bool:
    """A table row: tab-separated cells, or a single tab-indented cell (cell-per-line layout).

    Two non-blank cells are two runs of non-space text with a tab between them: a tab left
    inside the line once its ends are stripped."""
    return raw.startswith("\t") or "\t" in raw.strip()


def is_heading(text: str) -> bool:
    """A chapter/section heading line (short, numbered 一、/（一）/第X部分, no money figure)."""
    if HEADING_RE.match(text):
        return len(text) <= MAX_HEADING_CHARS and not MONEY_RE.search(text) and not FIGURE_END_RE.search(text)
    return bool(TITLE_TAIL_RE.match(text))


def is_noise(text: str) -> bool:
    """A page number or a figure caption, dropped between wrapped lines."""
    return NOISE_RE.match(text) is not None


def iter_paragraphs(lines: Iterable[Line]) -> Iterator[Paragraph]:
    """The :class:`Paragraph` objects of ``lines`` in order, each as soon as it is complete (see
    the module docstring for the rules); a caller may stop early.

    Every line of every document passes here (most are blank or plainly continue a paragraph), so
    each test is guarded by what it needs first, and each guard is exact:

    - a blank line is one whose ``norm`` is empty once stripped: NFKC turns whitespace into
      whitespace and any other character into text holding a non-space, so that is the line whose
      raw text is blank (``tests/test_paragraph_rules.py`` checks every code point);
    - NFKC keeps a tab and makes none, and a tab neither composes nor decomposes, so the text
      on either side of it is normalised apart: a raw line starts with a tab, or holds one once
      stripped (:func:`is_table_row`), exactly when its ``norm`` does; and a document whose
      ``norm`` texts hold no tab (one look at their join, made for every document by
      :func:`~ingest.text.split_lines`) has no table row;
    - a document whose ``norm`` texts hold no pipe has no pipe row (:func:`is_pipe_row`);
    - a line continues the paragraph plainly unless it starts with one of :data:`SPECIAL_FIRST` or
      a decimal digit, or ends with one of :data:`SPECIAL_LAST`: every other rule needs one of them;
    - a page number ends with a digit, ``页`` or ``-`` (it starts with ``-``, ``第`` or a digit)
      and a caption starts with ``图``, so :data:`NOISE_RE` is tried on those lines only;
    - :data:`HEADING_RE` matches only at one of :data:`HEADING_FIRST`, and :data:`TITLE_TAIL_RE`
      only text ending with one of :data:`TITLE_ENDS` (:func:`is_heading` tries it when the other
      fails).

    The text paragraph being joined is kept in local lists (its texts, where each line starts in
    it, the lines' numbers and pages), joined once when it is complete.
    """
    joined = joined_texts(lines, "norm", "\n")[0] if isinstance(lines, JoinedTexts) else None
    tabs = joined is None or "\t" in joined
    pipes = joined is None or "|" in joined  # (NFKC makes a full-width ｜ a pipe)
    pieces: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    pages: list[int | None] = []
    size = 0
    page: int | None = None  # the first page among the joined lines'
    ended = False  # the joined lines end a sentence: the paragraph ends unless the next text line compares it
    for line in lines:
        norm = line.norm
        if not norm:
            continue
        text = norm.strip()
        if not text:
            continue
        if tabs and "\t" in norm and (norm[0] == "\t" or "\t" in text):  # is_table_row(line.text)
            if pieces:
                yield _paragraph("".join(pieces), starts, numbers, pages, page)
                pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
            # (a row opening with a tab is a table's row whatever its first cell says: a goal's text)
            lead = _prose_lead(text, "\t") if norm[0] != "\t" else 0
            if lead:  # sentences, then the table they introduce, flattened onto one line
                yield _paragraph(text[:lead], [0], [line.number], [line.page], line.page)
                text = text[lead:].lstrip()
            yield _paragraph(text, [0], [line.number], [line.page], line.page, "table")
            continue
        if pipes and "|" in text and is_pipe_row(text):
            if pieces:
                yield _paragraph("".join(pieces), starts, numbers, pages, page)
                pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
            lead = _prose_lead(text)
            if lead:  # sentences, then the table they introduce, flattened onto one line
                yield _paragraph(text[:lead].lstrip("| "), [0], [line.number], [line.page], line.page)
                text = text[lead:].lstrip()
            yield _paragraph(text, [0], [line.number], [line.page], line.page, "table")
            continue
        first, last = text[0], text[-1]
        digit = first.isdecimal()
        year_title = False
        if digit or first in SPECIAL_FIRST or last in SPECIAL_LAST:
            if first in "-*":
                text = LIST_MARKER_RE.sub("", norm).strip()
                if not text:
                    continue
                first, last = text[0], text[-1]
                digit = first.isdecimal()
            if (
                first == "图" or ((digit or first in "-第") and (last in PAGE_NUMBER_LAST or last.isdecimal()))
            ) and NOISE_RE.match(text):
                if pieces and text.isdecimal() and pieces[-1][-1].isdecimal():
                    # digits alone after a line ending with a digit: a page's number, or the rest of a
                    # number wrapped onto a line of its own (涉及 48 / 80 / 人) — not told, so the
                    # paragraph ends here and neither reading is taken (48人 would be a wrong figure)
                    yield _paragraph("".join(pieces), starts, numbers, pages, page)
                    pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
                continue
            if first == "#":  # a Markdown heading (``# 一、部门职责``, ``# source: …``) stands alone
                heading = True
            elif first in HEADING_FIRST and HEADING_RE.match(text):
                heading = len(text) <= MAX_HEADING_CHARS and not MONEY_RE.search(text) and not (
                    (last.isdecimal() or last in "万亿千") and FIGURE_END_RE.search(text))
            else:
                heading = last in TITLE_LAST and text.endswith(TITLE_ENDS) and TITLE_TAIL_RE.match(text) is not None
            if heading:
                if pieces:
                    yield _paragraph("".join(pieces), starts, numbers, pages, page)
                    pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
                yield _paragraph(text, [0], [line.number], [line.page], line.page, "heading")
                continue
            # a title naming its year (…2016年“三公经费”预算对比增减说明) ends its paragraph as a sentence does
            year_title = last in TITLE_LAST and text.endswith(TITLE_ENDS) and YEAR_TITLE_RE.match(text) is not None
            # (a numbered item matters where it ends a paragraph or may be a title: a number line
            # starting no paragraph, a flattened table's cell, is not looked at)
            titled = last in "明况"  # (a title ending with 。 ends its paragraph as a sentence does)
            item = ITEM_RE.match(text) if (digit or first == "(") and (pieces or titled) else None
            if pieces and item:
                yield _paragraph("".join(pieces), starts, numbers, pages, page)
                pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
            if item and titled and TITLE_TAIL_RE.match(text[item.end() :].strip()):
                # a numbered title (1. 一般公共预算执行情况): a paragraph of its own, the next line none of it
                yield _paragraph(text, [0], [line.number], [line.page], line.page)
                continue
        if ended:
            ended = False
            if pieces and not (first in COMPARISON_FIRST and COMPARISON_OPENING_RE.match(text)):
                yield _paragraph("".join(pieces), starts, numbers, pages, page)
                pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
        pieces.append(text)
        starts.append(size)
        numbers.append(line.number)
        pages.append(line.page)
        size += len(text)
        if page is None:
            page = line.page
        if year_title or (last in SENTENCE_END_CHARS and len(pieces) == 1 and _numbered_title(text, digit, first)):
            # (a numbered title ending with 。, (2)收入决算情况说明。, stands alone as one without it does)
            yield _paragraph("".join(pieces), starts, numbers, pages, page)
            pieces, starts, numbers, pages, size, page = [], [], [], [], 0, None
        elif last in SENTENCE_END_CHARS:
            ended = True
    if pieces:
        yield _paragraph("".join(pieces), starts, numbers, pages, page)


def _numbered_title(text: str, digit: bool, first: str) -> bool:
    """Whether ``text`` is a numbered item that is only a title (``(2)收入决算情况说明。``)."""
    item = ITEM_RE.match(text) if digit or first == "(" else None
    return item is not None and TITLE_TAIL_RE.match(text[item.end() :].strip()) is not None


# Prose before a table on its line: at least this many characters up to the last full stop
# before the first pipe (a cell's own text is a label, or a target a few words long).
PROSE_LEAD_MIN = 40


def _prose_lead(text: str, separator: str = "|") -> int:
    """Where the sentences that open a pipe (or tab) row's line end (after their last ``。``), or 0: a
    page flattened to one line prints a paragraph and then the table it introduces (``…增长87.49%。
    具体收入项目情况如下: 执行情况表 | 预 算 科 目 | 本年收入计划 | …``)."""
    opened = len(separator) if text.startswith(separator) else 0  # (a Markdown row opens with its pipe)
    first = text.find(separator, opened)
    if first - opened <= PROSE_LEAD_MIN:
        return 0  # (most rows: a short first cell)
    cut = text.rfind("。", opened, first)
    return cut + 1 if cut + 1 - opened >= PROSE_LEAD_MIN else 0


def _paragraph(
    text: str, starts: list[int], numbers: list[int], pages: list[int | None], page: int | None, kind: str = "text"
) -> Paragraph:
    """``Paragraph(text, starts, numbers, pages, page, kind)`` made without the dataclass's
    ``__init__`` (its default-factory checks and the class call cost more than setting the six
    slots, and a document has thousands of paragraphs)."""
    paragraph = _new(Paragraph)
    paragraph.text, paragraph.starts, paragraph.line_numbers = text, starts, numbers
    paragraph.page_numbers, paragraph.page, paragraph.kind = pages, page, kind
    return paragraph


_new = object.__new__


class Paragraphs(JoinedTexts):
    """A document's paragraphs, in order, with their texts joined once for the scans of the whole
    document that tell a reader which paragraphs to read (:meth:`having`; the stated-figure reader
    scans :func:`~ingest.text.joined_texts` of them itself).

    The prose readers (stated figures, the review's direction words and years) each look for
    their words in every paragraph: one join and one table of offsets serve them all, where
    :func:`ingest.text.texts_with` would make its own for every pattern. The same conditions on
    the patterns hold (see :func:`ingest.text.matches_in`).
    """

    __slots__ = ()

    def _text_and_starts(self) -> tuple[str, list[int]] | None:
        """The texts joined by :data:`~ingest.text.LINE_JOIN` and where each starts in it; None
        when a text holds a NUL itself (then the paragraphs are scanned one by one)."""
        text, starts = joined_texts(self, "text", LINE_JOIN)
        return None if starts is None else (text, starts)

    def having(self, pattern: re.Pattern[str], kind: str | None = None) -> list[int]:
        """Indexes of the paragraphs (of ``kind``, if given) in whose text ``pattern.search`` finds
        a match, in order."""
        joined = self._text_and_starts()
        if joined is None:
            found: Iterable[int] = (i for i, paragraph in enumerate(self) if pattern.search(paragraph.text))
        else:
            found = indexes_with(*joined, pattern)
        return [i for i in found if kind is None or self[i].kind == kind]


def build_paragraphs(lines: Iterable[Line]) -> Paragraphs:
    """Every paragraph of ``lines`` (see :func:`iter_paragraphs`)."""
    return Paragraphs(iter_paragraphs(lines))


def as_paragraphs(paragraphs: Iterable[Paragraph]) -> Paragraphs:
    """``paragraphs`` as :class:`Paragraphs` (made once by :func:`build_paragraphs` for a document)."""
    return paragraphs if isinstance(paragraphs, Paragraphs) else Paragraphs(paragraphs)


def merged(first: Paragraph, second: Paragraph) -> Paragraph:
    """``first`` continued by ``second`` (a sentence end that did not end the statement)."""
    out = Paragraph(
        text=first.text,
        starts=list(first.starts),
        line_numbers=list(first.line_numbers),
        page=first.page,
        kind=first.kind,
    )
    offset = len(out.text)
    out.starts.extend(offset + s for s in second.starts)
    out.line_numbers.extend(second.line_numbers)
    out.text += second.text
    return out

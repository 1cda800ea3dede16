"""Turning a document's bytes into numbered lines of text.

A document arrives as UTF-8 (with or without BOM), UTF-16, GBK/GB18030, Big5 or as a PDF. This module
decodes text files (detecting the encoding, refusing binaries with a one-line reason) and gives
the parsers :class:`Line` objects: the original 1-based line number, the page for PDFs, the raw
text and a normalised form (NFKC: full-width digits, letters and punctuation become half-width,
so ``１，８５２．６２`` and ``1,852.62`` read alike).

A document's lines (:class:`DocumentLines`) carry a per-document index that the readers share, filled
lazily and kept on the lines object (no global state): their texts joined once (:func:`joined_texts`),
and which lines hold each key literal a reader asks for (:func:`lines_holding`: 三级指标, 三公, a pipe,
a tab …, one search of the document per word, whoever asks first). A reader that needs a literal learns
from the index whether, and on which lines, the document holds it, instead of scanning every line with
its own patterns.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, compress, count, repeat
from operator import add, attrgetter, contains
from typing import Any, TypeVar

# Bytes sniffed to tell text from binary.
SNIFF_BYTES = 64 * 1024
# Share of control characters (other than tab/CR/LF/FF) above which decoded text is binary.
MAX_CONTROL_SHARE = 0.01
# Smallest share of CJK characters that makes a GB18030 reading believable.
MIN_CJK_SHARE_GB = 0.05
# The full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space → their NFKC form.
FULL_WIDTH_NFKC = {code: unicodedata.normalize("NFKC", chr(code)) for code in (*range(0xFF01, 0xFF5F), 0x3000)}
# The circled numbers ①–⑳ mark columns (年中调整金额③, ④=①+②+③) and list items, never amounts: as
# (1)–(20), not as NFKC's bare digits, which would run into the label before them (年中调整金额3).
CIRCLED_NUMBERS = {0x2460 + index: f"({index + 1})" for index in range(20)}
# What the slow path folds before NFKC: the full-width forms and the circled numbers.
FOLDED_BEFORE_NFKC = {**FULL_WIDTH_NFKC, **CIRCLED_NUMBERS}
# Any of those forms.
FULL_WIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")
# The full-width punctuation and digits (U+FF01–U+FF1F) and the ideographic space, with their NFKC
# form: the ones most documents print, and found far faster by a string search for each than by a
# regex trying every character (the search skips to the character's low byte, and 01–1F is the low
# byte of no printable ASCII character nor the high byte of an ideograph).
QUICK_FULL_WIDTH = [(chr(code), FULL_WIDTH_NFKC[code]) for code in (*range(0xFF01, 0xFF20), 0x3000)]
# Whitespace (what ``str.split()`` splits at) other than a space, a tab and a line break that an
# NFKC-normal text can hold (NFKC makes the others, U+00A0, U+2000–U+200A, U+202F, U+205F and U+3000,
# a space). Looked for one by one: a string search for each is far cheaper than a regex that tries
# every character of the text (tests/test_text_normalise.py checks the list against every code point).
OTHER_NORMAL_SPACES = "\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"
# The marks that end a clause or a sentence (half- and full-width commas and semicolons, the full stop): what a
# sentence holds and a table's cell, row or header does not. Parsers build their patterns from it
# (``rf"[{CLAUSE_MARKS}]"``).
CLAUSE_MARKS = "。，,;；"
# CJK unified ideographs, counted to judge a decoding.
CJK_RE = re.compile("[\u4e00-\u9fff]")
# Control characters (Unicode category Cc = U+0000–U+001F, U+007F–U+009F) except tab, LF, FF, CR,
# as the bytes of their Latin-1 encoding (every one is below U+0100).
CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
# Page break in extracted text (pdftotext and most PDF-to-text tools write one per page).
FORM_FEED = "\f"
# A page's number printed on a line of its own in the middle of the text (页码: ``- 3 -``, ``—3—``,
# ``第3页``, ``第 3 页 共 20 页``, ``共20页 第3页``) — told from a table's cell by its dashes or its 页
# (a bare ``3`` may be a cell: it is never taken for a page number here).
PAGE_MARK_RE = re.compile(
    r"\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页)\s*"
)
PAGE_MARK_FIRST = "-—–第共"
# The rule a Markdown table prints under its header row: ``|---|:---:|---:|`` (dashes, alignment colons).
MARKDOWN_RULE_RE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?|(?:\s*:?-{3,}:?\s*\|)*\s*:?-{3,}:?\s*")
# A running header or footer is at most this many characters long (see _running_lines).
MAX_RUNNING_CHARS = 40
MIN_RUNNING_CJK = 4  # (a table's cell repeated at a page's top, ``100%``, ``正向``, is no running header)
# Any record dataclass with ``source_line`` and ``source_page`` (see ingest/records.py).
R = TypeVar("R", bound=Any)


class DocumentError(ValueError):
    """A document that cannot be read or parsed; ``str()`` is a one-line reason."""


def one_line(exc: Exception) -> str:
    """A library's exception as one line for a :class:`DocumentError`'s reason: its type and first line."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


@dataclass(slots=True, unsafe_hash=True, init=False)
class Line:
    """One line of a document as the parsers see it; never changed once made.

    ``norm`` and ``compact`` are computed once when the line is made: every parser reads them,
    some many times per line. (Not a frozen dataclass only because a frozen one takes twice as
    long to make, and a document has thousands of lines; equality and hash are by value.)
    """

    number: int  # 1-based line in the original file as grep -n counts it (within the page for PDFs)
    text: str  # as decoded, without the line break (and without form feeds)
    page: int | None = None  # 1-based page: PDFs, and text with form feeds; None for other text
    # Normalised text: NFKC (half-width), non-breaking and ideographic spaces as spaces.
    norm: str = field(init=False, repr=False, compare=False)
    # ``norm`` without any whitespace, for matching labels (see :func:`compact`).
    compact: str = field(init=False, repr=False, compare=False)

    def __init__(self, number: int, text: str, page: int | None = None) -> None:
        self.number, self.text, self.page = number, text, page
        self.norm = normalise(text)
        self.compact = "".join(self.norm.split())

    def at(self, number: int) -> Line:
        """The same text at line ``number`` of the same page (normalised forms reused, not redone)."""
        twin = object.__new__(Line)
        twin.number, twin.text, twin.page = number, self.text, self.page
        twin.norm, twin.compact = self.norm, self.compact
        return twin


def normalise(text: str) -> str:
    """NFKC-normalise ``text`` so that full- and half-width forms compare equal.

    Keeps CJK characters; turns ``（类）`` into ``(类)``, ``，`` into ``,``, ``１`` into ``1``, ``③``
    into ``(3)`` (:data:`CIRCLED_NUMBERS`),
    ``　`` (ideographic space) and the non-breaking space into a space. Also folds the
    math-ish ``≥/≤`` forms unchanged.

    Fast path: most lines are already normalised or only need the full-width forms folded.
    Replacing characters by their own NFKC form leaves the NFKC of the whole text unchanged, so
    when the folded text is normalised it *is* the NFKC of ``text``.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    folded = text.translate(FOLDED_BEFORE_NFKC)
    if unicodedata.is_normalized("NFKC", folded):
        return folded
    return unicodedata.normalize("NFKC", folded)


def compact(text: str) -> str:
    """Normalised text without any whitespace, for matching labels (``效益指 标`` → ``效益指标``)."""
    return "".join(normalise(text).split())


# Between the lines of :func:`matches_by_line`'s one text: no parser's pattern matches it, so no
# match runs from one line into the next.
LINE_JOIN = "\x00"


class JoinedTexts(list):  # type: ignore[type-arg]  # a list subclass with slots: not subscripted
    """A document's lines or paragraphs, never changed once made, with each of their texts joined
    once (see :func:`joined_texts`): every reader finds what it needs in the same joined text
    instead of joining the document again.

    It is also the document's index of words: which of its lines (or paragraphs) hold a word
    (:func:`lines_holding`), looked for the first time a reader asks and kept for the next. The
    readers' key literals (三级指标, 三公, a pipe, a tab …) are asked for by several readers of
    one document, and a string search of a whole document for a word it does not hold reads every
    character of it; asked again, the answer is a look-up."""

    __slots__ = ("_holding", "_joined", "_starting")

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__(items)
        self._joined: dict[tuple[str, str], tuple[str, list[int] | None]] = {}
        # (attr, word) → the indexes of the items whose ``attr`` text holds the word, in order
        self._holding: dict[tuple[str, str], list[int]] = {}
        # (attr, pattern) → the indexes of the items whose ``attr`` text the pattern matches at its start (a scan
        # :func:`lines_starting` made, kept for :func:`lines_starting_among`)
        self._starting: dict[tuple[str, re.Pattern[str]], list[int]] = {}


class DocumentLines(JoinedTexts):
    """The lines of one document (:func:`~ingest.document.parse_lines` makes it), their ``norm``
    and ``compact`` texts joined once for the scans below; ``pageless`` where they were made
    knowing that none has a page (:func:`split_lines` of a text without form feeds, given no page):
    :func:`pages_by_line` need not look at each."""

    __slots__ = ("pageless",)

    def __init__(self, items: Iterable[Any] = (), pageless: bool = False) -> None:
        super().__init__(items)
        self.pageless = pageless


def joined_texts(items: list[Any], attr: str, separator: str) -> tuple[str, list[int] | None]:
    """The ``attr`` texts of ``items`` joined by ``separator``, and where each starts (None when a
    text holds the separator itself: then the joined text cannot tell them apart); made once for a
    :class:`JoinedTexts`."""
    cache = items._joined if isinstance(items, JoinedTexts) else None
    if cache is not None and (attr, separator) in cache:
        return cache[(attr, separator)]
    joined = _swapped(cache, attr, separator) if cache else None
    if joined is None:
        joined = _join(list(map(attrgetter(attr), items)), separator)
    if cache is not None:
        cache[(attr, separator)] = joined
    return joined


def _swapped(
    cache: dict[tuple[str, str], tuple[str, list[int] | None]], attr: str, separator: str
) -> tuple[str, list[int] | None] | None:
    """The ``attr`` texts joined by ``separator``, from their join by another separator already
    made: the same text with the separators swapped, and the same offsets — when that join is exact
    and ``separator`` occurs in no text (one ``str.replace`` instead of a join and its offsets)."""
    for (other_attr, other), (text, starts) in cache.items():
        if other_attr == attr and starts is not None and separator not in text:
            return text.replace(other, separator), starts
    return None


def seed_joined(lines: DocumentLines, attr: str, separator: str, text: str, texts: list[str]) -> None:
    """Record ``text`` as the ``attr`` texts of ``lines`` (``texts``) joined by ``separator`` (made
    while the lines were: see :func:`split_lines`), with where each starts."""
    starts = _starts(texts)
    exact = bool(lines) and len(text) + 1 == starts[-1] and text.count(separator) == len(lines) - 1
    lines._joined[(attr, separator)] = (text, starts if exact else None)


def _join(texts: list[str], separator: str) -> tuple[str, list[int] | None]:
    text = separator.join(texts)
    exact = bool(texts) and text.count(separator) == len(texts) - 1
    return text, _starts(texts) if exact else None


def _starts(texts: list[str]) -> list[int]:
    """Where each of ``texts`` starts once they are joined by a one-character separator (and, last,
    one past the end of the joined text)."""
    return list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))


def is_pipe_row(text: str) -> bool:
    """A row of a table copied from a web page: two cells or more holding text between pipes
    (``年度资金总额: | 9.48 | 9.48 | 10 |``); a cell closed by a pipe alone (``产出指标 |``) is no row."""
    filled = 0
    for cell in text.split("|"):
        if cell.strip():
            filled += 1
            if filled == 2:
                return True
    return False


def matches_by_line(
    lines: list[Line], pattern: re.Pattern[str], attr: str = "norm"
) -> Iterator[tuple[int, re.Match[str]]]:
    """(index of the line, match) of every match of ``pattern`` in the ``norm`` (or ``compact``)
    text of ``lines``, in order, as ``pattern.finditer`` line by line would give them (see
    :func:`matches_in`)."""
    text, starts = joined_texts(lines, attr, LINE_JOIN)
    if starts is None:
        return matches_in(list(map(attrgetter(attr), lines)), pattern)
    return _matches_in_joined(text, pattern)


def is_markdown_rule(text: str) -> bool:
    """Whether ``text`` (a line's ``norm``) is the rule a Markdown table prints under its first row
    (:data:`MARKDOWN_RULE_RE`): neither a row nor text."""
    return "-" in text and MARKDOWN_RULE_RE.fullmatch(text.strip()) is not None


def is_page_mark(text: str) -> bool:
    """Whether ``text`` (a line's ``norm``) is a page number standing alone (:data:`PAGE_MARK_RE`):
    page furniture a table printed over two pages holds between its rows, no cell and no text."""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in PAGE_MARK_FIRST and PAGE_MARK_RE.fullmatch(text) is not None


def lines_with(
    lines: list[Line], pattern: re.Pattern[str], attr: str = "norm", first: int = 0, end: int | None = None
) -> list[int]:
    """Indexes of the ``lines`` whose ``norm`` (or ``compact``) text ``pattern`` finds something in,
    in order (see :func:`texts_with`); only among ``lines[first:end]``, where given (one scan of
    that stretch of the joined lines)."""
    stop = len(lines) if end is None else min(end, len(lines))
    if first == 0 and stop == len(lines) and _literal_of(pattern) is not None:  # a word: the document's index
        return lines_holding(lines, (pattern.pattern,), attr)
    text, starts = joined_texts(lines, attr, LINE_JOIN)
    if starts is None:
        return [index for index in range(first, stop) if pattern.search(getattr(lines[index], attr))]
    if first == 0 and stop == len(lines):
        return indexes_with(text, starts, pattern)
    if first >= stop:
        return []
    return indexes_with(text, starts, pattern, starts[first], starts[stop] - 1)


def lines_holding(lines: list[Line], words: Iterable[str], attr: str = "norm") -> list[int]:
    """Indexes of the ``lines`` whose ``norm`` (or ``compact``) text holds any of ``words``, in order:
    one string search of the joined lines per word (see :func:`_lines_holding_word`), while a
    regex of an alternation or a character class (``三公|因公出国``, ``[|\\t]``) would try every
    character of the document. A word found on more than one line in :data:`MANY_LINES_SHARE`
    (the tabs of a tab-separated document) is looked for line by line instead: cheaper than
    placing each match on its line."""
    known = lines._holding if isinstance(lines, JoinedTexts) else None
    found: set[int] = set()
    for word in words:
        holding = known.get((attr, word)) if known is not None else None
        if holding is None:
            holding = _lines_holding(lines, word, attr)
            if known is not None:
                known[(attr, word)] = holding
        found.update(holding)
    return sorted(found)


def _lines_holding(lines: list[Line], word: str, attr: str) -> list[int]:
    """Indexes of the ``lines`` whose ``attr`` text holds ``word``, in order (see :func:`lines_holding`)."""
    text, starts = joined_texts(lines, attr, LINE_JOIN)
    if starts is not None and LINE_JOIN not in word:
        holding = _lines_holding_word(text, starts, word, len(lines) // MANY_LINES_SHARE + 1)
        if holding is not None:
            return holding
    # (each text asked in turn, the loop the interpreter's own: ``word in text`` of every text)
    return list(compress(count(), map(contains, map(attrgetter(attr), lines), repeat(word))))


# A word on more than one line in this many is looked for line by line (see :func:`lines_holding`).
MANY_LINES_SHARE = 16


def _lines_holding_word(text: str, starts: list[int], word: str, most: int) -> list[int] | None:
    """Indexes of the texts joined in ``text`` (each starting at ``starts``) that hold ``word``,
    in order; None once ``most`` of them do. Each is found by a string search from the start of
    the text after the last one found (``str.find`` skips to the word's characters far faster
    than the regex engine's literal search does); a word holding no :data:`LINE_JOIN` cannot run
    from one text into the next."""
    holding = []
    position = text.find(word)
    while position >= 0:
        index = bisect_right(starts, position) - 1
        holding.append(index)
        if len(holding) == most:
            return None
        position = text.find(word, starts[index + 1])
    return holding


def texts_with(texts: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Indexes of the ``texts`` in which ``pattern.search`` finds a match, in order — found in one
    scan of all of them joined (with the conditions on ``pattern`` of :func:`matches_in`): the
    pattern is extended to the end of its text, so the scan meets each text at most once, and the
    text a match is in is found by bisecting the texts' offsets."""
    text, starts = _join(texts, LINE_JOIN)
    if starts is None:  # a NUL printed inside a text: one by one
        return [index for index, one in enumerate(texts) if pattern.search(one)]
    return indexes_with(text, starts, pattern)


def indexes_with(
    text: str, starts: list[int], pattern: re.Pattern[str], pos: int = 0, endpos: int | None = None
) -> list[int]:
    """:func:`texts_with` on texts already joined (``text``, and where each starts, as
    :func:`joined_texts` gives them); only the texts from ``pos`` to ``endpos`` of the joined text,
    where given (a text's start, and the end of a text)."""
    word = _literal_of(pattern)
    if word is not None:  # a word: found by string searches, one from each text after the last one holding it
        end = len(text) if endpos is None else endpos
        found = []
        position = text.find(word, pos, end)
        while position >= 0:
            index = bisect_right(starts, position) - 1
            found.append(index)
            position = text.find(word, starts[index + 1], end)
        return found
    matches = _to_text_end(pattern).finditer(text, pos) if endpos is None else (
        _to_text_end(pattern).finditer(text, pos, endpos))
    found = [bisect_right(starts, match.start()) - 1 for match in matches]
    return list(dict.fromkeys(found))  # a pattern that matches nothing at all also matches at a NUL


# What a pattern's text holds where it is no plain word: the regex syntax's special characters.
REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()")


@functools.lru_cache(maxsize=256)
def _literal_of(pattern: re.Pattern[str]) -> str | None:
    """The word ``pattern`` is, where it is one (``项目名称``, ``整体支出绩效目标表``: no special character of the
    regex syntax, compiled without flags that change what a character matches, no :data:`LINE_JOIN`): a search
    for it finds what a string search for the word finds. ``str.find`` skips to the word far faster than the
    regex engine's literal search does (about a fifth of its instructions in a Chinese text); None otherwise."""
    word = pattern.pattern
    if (
        not isinstance(word, str) or not word or pattern.flags & (re.IGNORECASE | re.VERBOSE)
        or LINE_JOIN in word or not REGEX_SPECIAL.isdisjoint(word)
    ):
        return None
    return word


@functools.lru_cache(maxsize=256)
def _to_text_end(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` and the rest of the text it matched in (up to the next :data:`LINE_JOIN`)."""
    return re.compile(f"(?:{pattern.pattern})[^{LINE_JOIN}]*", pattern.flags)


def lines_starting(lines: list[Line], pattern: re.Pattern[str], attr: str = "norm") -> list[int]:
    """Indexes of the ``lines`` whose ``norm`` (or ``compact``) text ``pattern`` matches at its
    start (as ``pattern.match`` on each would), found in one scan of them joined by line breaks:
    ``pattern`` is looked for right after a line break, which the regex engine finds far faster
    than a ``^`` or a lookbehind. ``pattern`` must match no line break (``[^\\n]`` in negated
    classes, ``(?=\\n|\\Z)`` for a text's end)."""
    text, starts = joined_texts(lines, attr, "\n")
    if starts is None:  # a line holding a line break: one by one
        found = [index for index, line in enumerate(lines) if pattern.match(getattr(line, attr))]
    else:
        first = [0] if lines and pattern.match(text) else []
        after = _after_line_break(pattern).finditer(text)  # the break before line i stands at starts[i] - 1
        found = first + [bisect_right(starts, match.start() + 1) - 1 for match in after]
    if isinstance(lines, JoinedTexts):
        lines._starting[(attr, pattern)] = found
        return list(found)
    return found


def lines_starting_among(
    lines: list[Line], pattern: re.Pattern[str], wider: re.Pattern[str], attr: str = "norm"
) -> list[int]:
    """:func:`lines_starting` of ``pattern``, for a ``pattern`` whose every line ``wider`` matches at its start
    too (a bare number alone on its line is a number cell: the caller's structure says so). Where a reader
    already scanned the document for ``wider`` (the document's index keeps each scan), the lines are found
    among the ones that scan found, each matched on its own — a scan of the document tries a pattern at every
    line's start, some 500 instructions a line whatever the pattern; else by a scan of their own."""
    found = lines._starting.get((attr, wider)) if isinstance(lines, JoinedTexts) else None
    if found is None:
        return lines_starting(lines, pattern, attr)
    return [index for index in found if pattern.match(getattr(lines[index], attr))]


@functools.lru_cache(maxsize=64)
def _after_line_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(f"\\n(?:{pattern.pattern})", pattern.flags)


def matches_in(texts: list[str], pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """(index of the text, match) of every match of ``pattern`` in ``texts``, in order, as a loop of
    ``pattern.finditer`` over each text would give them — but in one scan of all of them joined,
    so that a reader costs nothing on the lines or paragraphs it has nothing to read.

    ``pattern`` must match no :data:`LINE_JOIN`, use no ``^``/``$``/``\\A``, and no lookaround
    that a NUL satisfies where the end of a text would not; the match's offsets are in the joined
    text (use it for its groups, or to tell which texts to read).
    """
    text = LINE_JOIN.join(texts)
    if text.count(LINE_JOIN) >= len(texts):  # a NUL printed inside a text: one by one
        for index, one in enumerate(texts):
            for match in pattern.finditer(one):
                yield index, match
        return
    yield from _matches_in_joined(text, pattern)


def _matches_in_joined(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    index = position = 0
    for match in pattern.finditer(text):
        index += text.count(LINE_JOIN, position, match.start())
        position = match.start()
        yield index, match


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return len(CJK_RE.findall(text)) / len(text)


def _control_share(text: str) -> float:
    """The share of :data:`CONTROL_BYTES` characters in ``text``, counted among its characters
    below U+0100 (its Latin-1 encoding, the others left out): two passes of the codec's and the
    bytes' own loops instead of a regex trying every character of a Chinese text."""
    if not text:
        return 0.0
    latin = text.encode("latin-1", errors="ignore")
    return (len(latin) - len(latin.translate(None, CONTROL_BYTES))) / len(text)


def _looks_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from the pattern of zero bytes; return the codec or None."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) / 2
    # CJK text in UTF-16 has few zero bytes, ASCII-heavy text many; both have a clear bias only
    # if the text is ASCII-heavy, so also try decoding and judge by CJK share.
    for codec, zeros in (("utf-16-le", odd_zero), ("utf-16-be", even_zero)):
        if zeros > 0.3 * half:
            return codec
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample[: len(sample) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if _cjk_share(text) > 0.3 and _control_share(text) == 0:
            return codec
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text document, returning ``(text, encoding)``.

    Raises :class:`DocumentError` for an empty file, a binary file, or bytes that no supported
    encoding reads as text.
    """
    if not data or data.isspace():
        raise DocumentError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"), "utf-16")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:SNIFF_BYTES]:
        raise DocumentError("binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        big5 = _decoded(data, BIG5)
        if big5 is None or _cjk_share(big5) < MIN_CJK_SHARE_GB:
            raise DocumentError(
                f"undecodable text: not UTF-8, UTF-16, GB18030 or Big5 (byte {exc.start})"
            ) from None
        return _checked(big5, BIG5)
    if (big5 := _decoded(data, BIG5)) is not None and _common_count(big5) > _common_count(text):
        return _checked(big5, BIG5)  # (a page in traditional characters, as Big5 encodes them)
    if _cjk_share(text) < MIN_CJK_SHARE_GB:
        raise DocumentError("binary or unknown encoding: bytes are not UTF-8 and read as no Chinese text")
    return _checked(text, "gb18030")


# Big5 as Windows and most sites write it (its extensions too): the encoding of pages in traditional characters (a
# big5 gateway's copy of a mainland page). Its two-byte codes are mostly valid GB18030 codes too, read there as other
# characters: of the two readings, the one holding more of the characters any fiscal text prints is the page's.
BIG5 = "cp950"
# Characters any fiscal disclosure prints many times, in either script (年, 元, 支出, 收入, 预算 / 預算, 经费 / 經費 …).
COMMON_FISCAL_CHARS = "年元月日的和支出收入合计計预預算决決财財政费費经經项項目单單位万萬部门門"


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _common_count(text: str) -> int:
    """How many of the first :data:`SNIFF_BYTES` characters of ``text`` are :data:`COMMON_FISCAL_CHARS`."""
    sample = text[:SNIFF_BYTES]
    return sum(sample.count(character) for character in COMMON_FISCAL_CHARS)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _control_share(text[:SNIFF_BYTES]) > MAX_CONTROL_SHARE:
        raise DocumentError(f"binary file: decodes as {encoding} but is mostly control characters")
    if not text or text.isspace():
        raise DocumentError("empty file (only whitespace)")
    return text, encoding


def split_lines(text: str, page: int | None = None) -> DocumentLines:
    """Split decoded text into :class:`Line` objects numbered as editors and ``grep -n`` number them.

    Lines break at ``\n``, ``\r\n`` and a lone ``\r`` only — not at the other characters
    :meth:`str.splitlines` breaks at (form feed, ``\v``, ``\x1c``–``\x1e``, ``\x85``,
    U+2028/2029), so ``source_line`` is the line a reviewer's editor shows. A form feed (``\f``,
    the page break ``pdftotext`` and most extractors write) is a page boundary, not a line break:
    it is taken out of the line's text, and when the text has any, every line carries its page
    (分页: 1 + the form feeds before the line's first character, or ``page`` + that). Text
    without a form feed keeps ``page`` (None for a text file).

    The normalised forms of a text without form feeds are made for the whole text at once (see
    :func:`_unpaged_lines`); in a paged text a line printed again (blank lines, repeated headers,
    a table printed twice) reuses the normalised forms of its first occurrence.
    """
    if not text:
        return DocumentLines()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raws = text.split("\n")
    if raws[-1] == "":
        raws.pop()  # a final line break ends the last line, it does not start another
        text = text[:-1]
    paged = FORM_FEED in text
    if not paged:
        return _unpaged_lines(raws, page, text)
    current = page or 1
    lines = DocumentLines()
    first: dict[tuple[str, int | None], Line] = {}  # (line text, page) → its first occurrence
    for number, raw in enumerate(raws, start=1):
        if paged and FORM_FEED in raw:
            body = raw.lstrip(FORM_FEED)
            current += len(raw) - len(body)  # form feeds before the text: it stands on the next page
            after = body.count(FORM_FEED)  # form feeds after its first character: later lines
            raw = body.replace(FORM_FEED, "")
        else:
            after = 0
        seen = first.get((raw, current))
        if seen is None:
            line = first[(raw, current)] = Line(number, raw, current)
        else:
            line = seen.at(number)
        lines.append(line)
        current = current + after if after else current
    for index in _running_lines(lines):  # page furniture, read as its page's number (see _running_lines)
        lines[index] = Line(lines[index].number, f"- {lines[index].page} -", lines[index].page)
    return lines


def _running_lines(lines: list[Line]) -> list[int]:
    """The running headers and footers of a paged text (页眉/页脚): a short line printed first (or
    last) on half the pages or more, two at least, page numbers aside (the document's title or
    department over every page, four CJK characters or more) — every print of it but the first,
    which stays the text it is. A line holding a cell separator, a 元 or a % (a table's header row,
    unit or cell repeated over its pages) is no furniture. :func:`split_lines` reads those prints as
    their page's number (``- 3 -``): what every reader passes over as a page mark, neither text that
    would cut a table or a sentence nor a blank line that would end a row of cells."""
    tops: dict[str, list[int]] = {}
    bottoms: dict[str, list[int]] = {}
    pages = 0
    page_lines: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and (not page_lines or line.page == lines[page_lines[0]].page):
            if line.text.strip() and not is_page_mark(line.norm):
                page_lines.append(index)
            continue
        if page_lines:
            pages += 1
            for edge, k in ((tops, page_lines[0]), (bottoms, page_lines[-1])):
                text = lines[k].compact
                if len(text) <= MAX_RUNNING_CHARS and len(CJK_RE.findall(text)) >= MIN_RUNNING_CJK and not any(
                    mark in text for mark in ("|", "\t", "元", "%")
                ):
                    edge.setdefault(text, []).append(k)
        page_lines = [index] if line is not None and line.text.strip() and not is_page_mark(line.norm) else []
    out: list[int] = []
    for prints in (*tops.values(), *bottoms.values()):
        if len(prints) >= 2 and 2 * len(prints) >= pages:
            out.extend(prints[1:])
    return sorted(set(out))


def _unpaged_lines(raws: list[str], page: int | None, text: str) -> DocumentLines:
    """:func:`split_lines` of a text without form feeds (most documents), in the fewest steps.

    The normalised forms are made for the whole text at once (see :func:`_normalised_joined`), and
    so are the compact forms where the text's only whitespace is spaces and tabs. The texts joined
    by line breaks that this makes are kept for the readers' scans (see :func:`joined_texts`)."""
    joined = _normalised_joined(text)
    norms = joined.split("\n") if joined is not None else [normalise(raw) for raw in raws]
    compact_joined = None
    if joined is not None and not any(space in joined for space in OTHER_NORMAL_SPACES):
        # (``joined`` is NFKC) no whitespace but spaces, tabs and line breaks: every line's compact form at once
        compact_joined = joined.replace(" ", "").replace("\t", "")
        compacts = compact_joined.split("\n")
    else:
        compacts = ["".join(norm.split()) for norm in norms]
    # the lines made empty in one call, then filled (cheaper than making and appending each in the loop)
    lines = DocumentLines(map(object.__new__, repeat(Line, len(raws))), pageless=page is None)
    numbers = range(1, len(raws) + 1)
    for line, number, raw, norm, compact_text in zip(lines, numbers, raws, norms, compacts, strict=True):
        line.number = number
        line.text = raw
        line.page = page
        line.norm = norm
        line.compact = compact_text
    if joined is not None:
        seed_joined(lines, "norm", "\n", joined, norms)
    if compact_joined is not None:
        seed_joined(lines, "compact", "\n", compact_joined, compacts)
    return lines


def _normalised_joined(joined: str) -> str | None:
    """The :func:`normalise` forms of the lines of ``joined`` (lines joined by line breaks), joined
    the same way, worked out on the whole text: the full-width forms a document prints are folded
    with one ``str.replace`` each, and when the folded text is NFKC-normal it *is* the NFKC of
    every line (a line break neither composes nor decomposes, so NFKC of lines joined by it is the
    join of their NFKC). None when something else needs NFKC (①, ㎡, compatibility ideographs …):
    then the lines are normalised one by one.

    The full-width punctuation, digits and space are looked for one by one first
    (:data:`QUICK_FULL_WIDTH`): a text NFKC-normal once they are folded holds no other full-width
    form (each has an NFKC form of its own), so the regex looks for the others only in a text that
    is not."""
    for char, half in QUICK_FULL_WIDTH:
        if char in joined:
            joined = joined.replace(char, half)
    if unicodedata.is_normalized("NFKC", joined):
        return joined
    # each full-width form the text prints, found where the last one folded was (not every match
    # made into a string: a document prints thousands of ，and （）)
    found = FULL_WIDTH_RE.search(joined)
    while found is not None:
        char = found.group()
        joined = joined.replace(char, FULL_WIDTH_NFKC[ord(char)])
        found = FULL_WIDTH_RE.search(joined, found.start())
    return joined if unicodedata.is_normalized("NFKC", joined) else None


def pages_by_line(lines: list[Line]) -> dict[int, int]:
    """The page of each line number of a paged text (lines numbered through the file, as
    :func:`split_lines` makes them); empty for text without form feeds (no line has a page: known
    without a look at each where the lines were made so, :attr:`DocumentLines.pageless`)."""
    if isinstance(lines, DocumentLines) and lines.pageless:
        return {}
    return {line.number: line.page for line in lines if line.page is not None}


def with_pages(records: list[R], page_of: dict[int, int]) -> list[R]:
    """``records`` read from a paged text with ``source_page`` set from the line each was read at
    (``page_of``: :func:`pages_by_line`), where a parser left it out.

    Parsers that read rows or cells keep only a line number; in a text file a line number is
    unique, so its page is known here once for every parser. Without pages (text without form
    feeds) ``records`` are returned as they are.
    """
    if not page_of:
        return records
    return [
        dataclasses.replace(record, source_page=page_of.get(record.source_line))  # type: ignore[type-var]
        if record.source_page is None and record.source_line in page_of
        else record
        for record in records
    ]


# A run of Latin letters, digits and underscores holding two letters or more and an underscore, or digits run into
# three lower-case letters (``日博365备用网址_365bet娱乐app_365bet备用在线体育局``, ``澳门bet365_官网``: a spam mirror's
# text put for a city's name): a web address's or a site's words, no fiscal label's (PM2.5, LPR利率, 5G基站, C25混凝土,
# 政务app: capitals, a digit after capitals, or letters alone; a form's blank ``20_ 年``: no letters).
ASCII_RUN_RE = re.compile(r"[A-Za-z0-9_.]*[A-Za-z][A-Za-z0-9_.]*")
JUNK_MARK_RE = re.compile(r"_|\d[a-z]{3}|[a-z]{3}\d")
LATIN_LETTER_RE = re.compile(r"[A-Za-z]")


def _site_word_runs(cell: str) -> list[re.Match[str]]:
    """The runs of ``cell`` that are a site's words (see :data:`ASCII_RUN_RE`)."""
    return [
        run for run in ASCII_RUN_RE.finditer(cell)
        if JUNK_MARK_RE.search(run.group()) and sum(ch.isalpha() for ch in run.group()) >= 2
    ]


def after_site_words(text: str) -> str:
    """``text`` from after its last run of a site's words (:func:`_site_word_runs`: a label's own words after a spam
    mirror's text), or as it is where it holds none."""
    if LATIN_LETTER_RE.search(text) is None:  # (most labels: no Latin letter)
        return text
    runs = _site_word_runs(text)
    return text[runs[-1].end() :] if runs else text

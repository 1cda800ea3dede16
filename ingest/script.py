"""Pages printed in traditional characters (繁体字), read as the simplified text the parsers know.

Mirror sites re-publish disclosures converted to traditional characters, sometimes with the
pinyin of each converted character in brackets (``經(jīng)費(fèi)``). Every label, heading and
vocabulary word of the parsers is simplified, so such a page would yield nothing. A text whose
characters are mostly traditional is converted to simplified with OpenCC's ``t2s`` table
(``opencc-python-reimplemented``), after the bracketed pinyin is removed. Digits, punctuation
and line breaks are untouched, so every figure keeps its line.

The parsers see only the simplified text: a record's label and ``context`` show it (the page's own
characters are in the source file, at the line the record names). A text is traditional where at least
:data:`MIN_TRADITIONAL` of its characters are traditional-only fiscal ones and they outnumber their
simplified forms — one stray character (a person's name, a quoted title) leaves a simplified page as
printed, and a simplified page pays only that count (one string search per listed character).
"""

from __future__ import annotations

import functools
import re

# Common characters of fiscal texts that exist only in traditional script (經費, 預算, 決算, 財政, 撥款 …).
TRADITIONAL_ONLY = "經費預決財撥萬與說關機構業務項資為這個們時從會國據報處條實開發農產區縣鄉鎮員計劃"
SIMPLIFIED_ONLY = "经费预决财拨万与说关机构业务项资为这个们时从会国据报处条实开发农产区县乡镇员计划"
# Bracketed pinyin with a tone mark, as some converters print after each converted character, in
# half- or full-width brackets (``(jīng)``, ``（jīng）``) — or after a ``?`` where the copy lost the character
# and the bracket that opened its gloss (``享受?chē)?guó)家``): the gloss goes, the character is lost already.
PINYIN_RE = re.compile(
    r"[(（?](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)
# The same broken by a line break (a page hard-wrapped at a fixed width, inside a gloss as inside a word:
# ``學(xu`` / ``é)生``, ``萬(wàn`` / ``)元``): the gloss taken out, the line break kept (every line keeps its number).
PINYIN_BROKEN_RE = re.compile(
    r"[(（](?=[a-zü]*\n?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]|[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
    r"(?=[^)）\n]*\n)[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,7}\n[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,7}[)）]"
)
# Characters looked at to decide, and how many traditional ones make a traditional text.
SAMPLE_CHARS = 50_000
MIN_TRADITIONAL = 8


def is_traditional(text: str) -> bool:
    """Whether ``text`` is printed in traditional characters (more of them than simplified)."""
    sample = text[:SAMPLE_CHARS]
    traditional = _count_of(TRADITIONAL_ONLY, sample)
    return traditional >= MIN_TRADITIONAL and traditional > _count_of(SIMPLIFIED_ONLY, sample)


def _count_of(characters: str, text: str) -> int:
    """How many characters of ``text`` are any of ``characters`` (each listed once): each looked
    for alone, and counted only where present — a search for one character is far cheaper than a
    regex trying every character of the text, and a simplified text holds no traditional one."""
    return sum(text.count(character) for character in characters if character in text)


@functools.cache
def _converter():  # OpenCC has no type hints
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """``text`` in simplified characters, and whether it had to be converted."""
    if not is_traditional(text):
        return text, False
    return _converter().convert(_without_pinyin(text)), True


# A run of spaces lining up a table's columns (``pdftotext -layout``, a copy padded for the screen).
SPACE_RUN_RE = re.compile(r" {2,}")


def _without_pinyin(text: str) -> str:
    """``text`` without its bracketed pinyin; on a line whose columns are lined up with spaces, the width taken
    out is put back into the next run of spaces, so that every cell still stands under its column."""
    text = _broken_glosses_removed(text)
    if "  " not in text:
        return PINYIN_RE.sub("", text)
    return "\n".join(_line_without_pinyin(line) if "  " in line else PINYIN_RE.sub("", line)
                      for line in text.split("\n"))


def _line_without_pinyin(line: str) -> str:
    pieces = PINYIN_RE.split(line)
    if len(pieces) == 1:
        return line
    removed = [len(match.group()) for match in PINYIN_RE.finditer(line)]
    out: list[str] = []
    owed = 0
    for index, piece in enumerate(pieces):
        if owed and (run := SPACE_RUN_RE.search(piece)) is not None:
            piece = piece[: run.start()] + " " * owed + piece[run.start() :]
            owed = 0
        out.append(piece)
        if index < len(removed):
            owed += removed[index]
    return "".join(out)


def _broken_glosses_removed(text: str) -> str:
    """``text`` without the glosses a line break cuts (:data:`PINYIN_BROKEN_RE`), each line break kept; looked for
    only where a line ends inside an open bracket of letters (most texts: none)."""
    if not BROKEN_GLOSS_END_RE.search(text):
        return text
    return PINYIN_BROKEN_RE.sub("\n", text)


# A line ending inside a gloss: an open bracket and letters (none, or a few) before the line break.
BROKEN_GLOSS_END_RE = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,7}\n")

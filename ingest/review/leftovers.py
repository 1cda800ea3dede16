"""Template leftovers (R21): placeholders and instructions a published document should not carry.

``XX`` / ``××`` (上海市XX局, 20XX年), ``某某``, empty brackets ``（ ）`` / ``【】``, and the words of a
form's instructions (模板, 填写说明, 请填写, 此处填). Read line by line on the normalised text; a
blank form itself (``DocumentInfo.is_template``) is exempted by the rule, not here, and so are a web page's
reading widgets copied without their buttons (``字体:[ ]``, ``文字大小:[ ]``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ingest.records import TemplateLeftover
from ingest.text import LINE_JOIN, Line, joined_texts, matches_by_line

# What is looked for (``XX`` with no letter before or after, written as X or x then the lookbehind); every
# alternative starts with a literal character, scanned for one by one (LEFTOVER_BY_FIRST).
LEFTOVER_RE = re.compile(
    r"X(?<![A-Za-z]X)[Xx]+(?![A-Za-z])|x(?<![A-Za-z]x)[Xx]+(?![A-Za-z])|××+|某某|\(\s*\)|【\s*】|\[\s*\]"
    r"|模板|填写说明|请(?:据实|如实|按实际)?填写|此处填|填报说明"
)
# The alternatives of LEFTOVER_RE by their first character, each scanned for alone where the document holds
# that character, from its first place (found by ``str.find``, far cheaper than any scan): the regex
# engine skips to a literal first character, where LEFTOVER_RE tries every character of the document
# against the set of all eleven (half the instructions). The matches merged in order, each one starting
# inside the one kept before it dropped, are LEFTOVER_RE's (leftmost, never overlapping): no alternative's
# match can start inside another match of its own, so none its own scan skips is one LEFTOVER_RE takes.
LEFTOVER_BY_FIRST: dict[str, re.Pattern[str]] = {
    "X": re.compile(r"X(?<![A-Za-z]X)[Xx]+(?![A-Za-z])"),
    "x": re.compile(r"x(?<![A-Za-z]x)[Xx]+(?![A-Za-z])"),
    "×": re.compile(r"××+"),
    "某": re.compile(r"某某"),
    "(": re.compile(r"\(\s*\)"),
    "【": re.compile(r"【\s*】"),
    "[": re.compile(r"\[\s*\]"),
    "模": re.compile(r"模板"),
    "填": re.compile(r"填(?:写说明|报说明)"),
    "请": re.compile(r"请(?:据实|如实|按实际)?填写"),
    "此": re.compile(r"此处填"),
}
SNIPPET_CHARS = 80
# A web page's reading widget printed before empty brackets (``字体:[ ]``, ``文字大小:[ ]   背景色:``): the page's
# furniture, whose buttons a copy of the page lost — no placeholder of the document.
WIDGET_RE = re.compile(r"(?:字体|字号|文字大小|字体大小|背景色|背景颜色)\s*[:：]\s*$")
WIDGET_CHARS = 12


def parse_leftovers(lines: list[Line]) -> list[TemplateLeftover]:
    """One record per placeholder or template phrase found, with its line."""
    return [
        TemplateLeftover(token=m.group(0), snippet=lines[index].norm.strip()[:SNIPPET_CHARS],
                         source_line=lines[index].number, source_page=lines[index].page)
        for index, m in leftover_matches(lines)
    ]


def leftover_matches(lines: list[Line]) -> list[tuple[int, re.Match[str]]]:
    """(index of the line, match) of every :data:`LEFTOVER_RE` match in the lines' ``norm`` texts, in order
    (as :func:`~ingest.text.matches_by_line` gives them), from the scans of :data:`LEFTOVER_BY_FIRST`."""
    text, starts = joined_texts(lines, "norm", LINE_JOIN)
    if starts is None:  # a NUL printed inside a line
        return [(index, match) for index, match in matches_by_line(lines, LEFTOVER_RE)
                if not _widget(lines[index].norm, match)]
    found = [
        match for first, pattern in LEFTOVER_BY_FIRST.items() if (at := text.find(first)) >= 0
        for match in pattern.finditer(text, at)  # (from its first character's first place: the lookbehinds see before)
    ]
    if len(found) > 1:
        found.sort(key=re.Match.start)
    out: list[tuple[int, re.Match[str]]] = []
    end = 0
    for match in found:
        if match.start() >= end:
            if not _widget(text, match):
                out.append((bisect_right(starts, match.start()) - 1, match))
            end = match.end()
    return out


def _widget(text: str, match: re.Match[str]) -> bool:
    """Whether empty brackets follow a web page's reading widget (:data:`WIDGET_RE`)."""
    return match.group(0)[0] in "([【" and WIDGET_RE.search(text, max(0, match.start() - WIDGET_CHARS),
                                                              match.start()) is not None

"""Template leftovers (R21): placeholders and instructions a published document should not carry.

``XX`` / ``××`` (上海市XX局, 20XX年), ``某某``, empty brackets ``（ ）`` / ``【】``, and the words of a
form's instructions (模板, 填写说明, 请填写, 此处填). Read line by line on the normalised text; a
blank form itself (``DocumentInfo.is_template``) is exempted by the rule, not here.
"""

from __future__ import annotations

import re

from ingest.records import TemplateLeftover
from ingest.text import Line, matches_by_line

# Every alternative starts with a literal character, so that the regex engine skips the text
# between candidates (``XX`` with no letter before or after, written as X or x then the lookbehind).
LEFTOVER_RE = re.compile(
    r"X(?<![A-Za-z]X)[Xx]+(?![A-Za-z])|x(?<![A-Za-z]x)[Xx]+(?![A-Za-z])|××+|某某|\(\s*\)|【\s*】|\[\s*\]"
    r"|模板|填写说明|请(?:据实|如实|按实际)?填写|此处填|填报说明"
)
SNIPPET_CHARS = 80


def parse_leftovers(lines: list[Line]) -> list[TemplateLeftover]:
    """One record per placeholder or template phrase found, with its line."""
    return [
        TemplateLeftover(token=m.group(0), snippet=lines[index].norm.strip()[:SNIPPET_CHARS],
                         source_line=lines[index].number, source_page=lines[index].page)
        for index, m in matches_by_line(lines, LEFTOVER_RE)
    ]

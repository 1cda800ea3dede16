"""Template leftovers (R21): placeholders and instructions a published document should not carry.

``XX`` / ``××`` (上海市XX局, 20XX年), ``某某``, empty brackets ``（ ）`` / ``【】``, and the words of a
form's instructions (模板, 填写说明, 请填写, 此处填). Read line by line on the normalised text; a
blank form itself (``DocumentInfo.is_template``) is exempted by the rule, not here.
"""

from __future__ import annotations

import re

from ingest.records import TemplateLeftover
from ingest.text import Line

LEFTOVER_RE = re.compile(
    r"(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|×{2,}|某某|\(\s*\)|【\s*】|\[\s*\]"
    r"|模板|填写说明|请(?:据实|如实|按实际)?填写|此处填|填报说明"
)
SNIPPET_CHARS = 80


def parse_leftovers(lines: list[Line]) -> list[TemplateLeftover]:
    """One record per placeholder or template phrase found, with its line."""
    return [
        TemplateLeftover(token=m.group(0), snippet=line.norm.strip()[:SNIPPET_CHARS],
                         source_line=line.number, source_page=line.page)
        for line in lines
        for m in LEFTOVER_RE.finditer(line.norm)
    ]

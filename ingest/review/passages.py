"""Paragraphs (段落) of a whole document with the page and line of every character, a snippet of
the text around a match and the clause holding it (:func:`ingest.final_accounts.paragraphs.iter_paragraphs`
joins the hard-wrapped lines)."""

from __future__ import annotations

import re

from ingest.final_accounts.paragraphs import Paragraph, Paragraphs

# Longest snippet of source text kept on a record.
SNIPPET_CHARS = 80
# Clause separators: a direction word or a year speaks of its own clause.
CLAUSE_END_RE = re.compile(r"[。;；,，:：!?]")


class Passage:
    """One paragraph: its normalised text and where each of its characters was printed.

    Made only for the paragraphs a reader has something to read in (see :func:`stating`): a
    document has tens of thousands of paragraphs and states its comparisons in a few."""

    __slots__ = ("index", "paragraph")

    def __init__(self, paragraph: Paragraph, index: int) -> None:
        self.paragraph = paragraph
        self.index = index  # position among the document's passages

    @property
    def text(self) -> str:
        return self.paragraph.text

    @property
    def kind(self) -> str:
        return self.paragraph.kind

    def where(self, offset: int) -> tuple[int, int | None]:
        """(line, page) of character ``offset``; page is None for a text file without pages."""
        return self.paragraph.line_at(offset), self.paragraph.page_at(offset)

    def snippet(self, start: int, end: int) -> str:
        """The text around ``start``–``end``, at most :data:`SNIPPET_CHARS` characters."""
        margin = max(0, (SNIPPET_CHARS - (end - start)) // 2)
        lo, hi = max(0, start - margin), min(len(self.text), end + margin)
        return self.text[lo:hi][:SNIPPET_CHARS]

    def clause(self, start: int, end: int) -> str:
        """The clause holding ``start``–``end``: between the nearest separators around it."""
        before = [m.end() for m in CLAUSE_END_RE.finditer(self.text, 0, start)]
        after = CLAUSE_END_RE.search(self.text, end)
        return self.text[(before[-1] if before else 0):(after.start() if after else len(self.text))]


def stating(paragraphs: Paragraphs, patterns: tuple[re.Pattern[str], ...], kind: str | None = None) -> list[Passage]:
    """The passages of ``paragraphs`` (of ``kind``, if given) in whose text one of ``patterns``
    finds a match, in order — found in one scan of the whole document per pattern (the patterns
    as :meth:`~ingest.final_accounts.paragraphs.Paragraphs.having` requires them)."""
    found = sorted({index for pattern in patterns for index in paragraphs.having(pattern, kind)})
    return [Passage(paragraphs[i], i) for i in found]

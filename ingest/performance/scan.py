"""The lines a performance reader needs, found in one scan of the document (查找行).

Every reader of this package starts from a few lines of a long document: the 项目名称 rows of
the project tables, the 整体支出绩效目标表 titles, the lines naming an indicator level. A
:class:`LineScan` joins the document's compact line texts once (with
:data:`~ingest.text.LINE_JOIN` between them) and finds those lines by ``str.find`` or one
regular-expression scan of that text, so a reader costs nothing on the lines it has nothing to
read; :func:`~ingest.performance.parse_performance` makes one and hands it to every reader.
"""

from __future__ import annotations

import re

from ingest.text import LINE_JOIN, Line


class LineScan:
    """The ``compact`` texts of ``lines`` joined once, for finding lines by what they hold."""

    __slots__ = ("_exact", "lines", "text")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.text = LINE_JOIN.join([line.compact for line in lines])
        # a NUL printed inside a line would shift the line count: then lines are tested one by one
        self._exact = self.text.count(LINE_JOIN) == max(len(lines) - 1, 0)

    def starting(self, word: str) -> list[int]:
        """Indexes of the lines whose compact text starts with ``word``, in order."""
        if not self._exact:
            return [index for index, line in enumerate(self.lines) if line.compact.startswith(word)]
        text = self.text
        found = [0] if text.startswith(word) else []
        needle = LINE_JOIN + word
        index = position = 0
        while (at := text.find(needle, position)) >= 0:
            index += text.count(LINE_JOIN, position, at + 1)
            found.append(index)
            position = at + 1
        return found

    def containing(self, word: str) -> list[int]:
        """Indexes of the lines whose compact text contains ``word``, in order."""
        return self.matching(re.compile(re.escape(word)))

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the lines whose compact text ``pattern.search`` finds something in, in order
        (``pattern`` matches no :data:`~ingest.text.LINE_JOIN` and uses no ``^``/``$``)."""
        if not self._exact:
            return [index for index, line in enumerate(self.lines) if pattern.search(line.compact)]
        text = self.text
        found: list[int] = []
        index = position = 0
        while (match := pattern.search(text, position)) is not None:
            index += text.count(LINE_JOIN, position, match.start())
            found.append(index)
            position = text.find(LINE_JOIN, match.end()) + 1  # on to the next line
            if position == 0:
                break
            index += 1
        return found

"""Where each figure of a performance row stands, when not on the row's own line.

A table printed one cell per line (a web page's table copied as text) puts a row's name on one
line and its target, actual, weight and score each on a line of its own below; a self-evaluation's
funds row puts its 年初预算数, 全年执行数, 执行率 … under its label; a project's budget and execution
figures are its funds row's, lines below its 项目名称. A record has one ``source_line``; its
``value_lines`` names the lines of the figures printed elsewhere (``target=14;actual=15;score=17``),
so every figure traces to its own line.

Each reader records the line of each cell it takes as a figure, as it takes it (a table's cells
carry the line they start on): :func:`value_lines` writes them down for a record. Nothing looks for
a figure again after the readers — a figure's line is the cell's the reader read it from.
"""

from __future__ import annotations

from collections.abc import Iterable

# The names a record's figures take in value_lines, per field (records.Indicator, Project, …).
INDICATOR_FIGURES = ("target", "actual", "weight", "score")
FUNDS_FIGURES = ("budget_initial", "budget_full_year", "executed")
PROJECT_FIGURES = (*FUNDS_FIGURES, "execution_rate", "funds_weight", "funds_score")
# A project's funding row (其中:财政拨款 …): its amounts and its own 执行率.
FUNDING_FIGURES = (*FUNDS_FIGURES, "execution_rate")
DEPARTMENT_FIGURES = (*FUNDS_FIGURES, "execution_rate", "weight", "score")
# A project's totals (its 总分 row's weight and score), where that row stands off the 项目名称's line.
TOTAL_FIGURES = ("total_weight", "total_score")


def value_lines(own_line: int, figures: Iterable[tuple[str, int | None]]) -> str | None:
    """``value_lines`` of a record at ``own_line`` whose figures were read from the lines ``figures``
    gives (name, line; None: a figure not read): those off its own line, in the order given, None
    when every figure stands on it."""
    parts = [f"{name}={line}" for name, line in figures if line is not None and line != own_line]
    return ";".join(parts) if parts else None

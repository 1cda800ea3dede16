"""The bundled sample documents re-printed as another site, copy or extraction tool prints them
(benchmarks/reprints.py): no figure read otherwise than in the original (same line and label, none
of the original's values), and no more figures lost than today — the same scoreboard as the real
documents' (tests/test_fidelity.py), with the samples' 2,153 figures as the expected ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.fidelity import Figures, at_original_lines, disagreements, stated_figures
from benchmarks.reprints import SUFFIXES, VARIANTS
from ingest.document import parse_path
from juesuan.settings import SAMPLE_DOCUMENTS

SAMPLES = sorted(SAMPLE_DOCUMENTS.glob("*.txt"))
# Figures of the four samples a re-printing loses today (of 2,153); lower them as the parser improves.
# Tables one cell per line lose a few indicator rows (a name holding a sentence's marks, a target in
# LaTeX, a 完成值 left empty and dropped as a web page drops it: the weight after it unplaceable).
MAX_LOST = {
    "half-width punctuation": 3,
    "tables lined up with spaces (characters)": 0,
    "tables lined up with spaces (display columns)": 0,
    # (counted per figure's line: a project's funds printed one cell per line count a figure each since they
    # trace to their own lines — value_lines; the same figures as 100 and 71 before, none read otherwise;
    # 165 since a project's funds score traces to its funds row's line, no longer one figure with its
    # 总分's score at the project's line: the same figures; 160 before a table printed one tab-indented
    # cell per line had the blank line after each of its lines dropped, and a table's title was looked
    # for among the lines of text above it: maoxian's and zengdu's tables read again)
    "a blank line after every line": 0,
    "prose hard-wrapped": 3,
    # (zengdu's 16 project narratives: an indicator's 达 100% on a line of its own no longer under its 产出指标;
    # maoxian's 培训费 100%, zengdu's two 完成预算 rates of 项目 whose sentence the wrap cuts from the next)
    "prose wrapped after each sentence": 19,
    "Markdown tables": 0,
    # (134 and 267 before a project table printed one cell per line had its funds rows laid over its
    # header's column words, its 总分 row read as cells and its cells' wrap spaces kept inside them:
    # changji's wrapped cells and comma names with text values, maoxian's funds rows as a web page prints
    # them, bazhou's target table counted by cells; 103 closed by pipes before a table whose rows the
    # headers' counts do not cut was read as one printed one cell per line)
    "HTML page": 21,
    # (the same 21 with its repeated 一级 / 二级 labels merged by rowspan: bazhou's merged rows read as printed)
    "HTML page with rowspan and colspan": 21,
    "tables one cell per line, closed by pipes": 4,
    "tables one cell per line, a blank line after each row": 15,
    # (each closing pipe moved up to its cell's line, ingest/closing_pipes.py: the same 4 as closed by pipes)
    "tables one cell per line, the pipe on the next line": 4,
    # (a row of pipes after each row read as the row's end, ingest/closing_pipes.py: 88 before; units on a line
    # of their own joined to their cell's words as a wrapped cell)
    "tables one cell per line, a row of pipes between rows": 6,
    "units on a line of their own": 6,
    # (changji's project tables single-spaced: a project's own funds and 分值 / 得分 copied from its 年度资金总额
    # row, indicator rows whose name or values hold spaces or sentences' marks; none read otherwise — 12 were,
    # a date's parts, a formula and a unit word printed apart now one value each)
    "tables with one space between cells": 194,
}


def _figures(path: Path, origin: list[int] | None = None) -> Figures:
    records = [record.to_dict() for record in parse_path(path).all_records]
    if origin is not None:
        at_original_lines(records, origin)
    return stated_figures(records)


@pytest.fixture(scope="module")
def originals() -> dict[str, Figures]:
    return {path.name: _figures(path) for path in SAMPLES}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_reprinted_sample_reads_no_figure_otherwise(originals, variant, tmp_path):
    reprinted: dict[str, Figures] = {}
    for path in SAMPLES:
        text, origin = VARIANTS[variant](path.read_text("utf-8").split("\n"))
        copy = tmp_path / (path.name + SUFFIXES.get(variant, ""))
        copy.write_bytes(text.encode("utf-8"))
        reprinted[path.name] = _figures(copy, origin)
    assert disagreements(originals, reprinted) == []
    lost = sum(1 for name, figures in originals.items() for key in figures if key not in reprinted[name])
    assert lost <= MAX_LOST.get(variant, 0), f"{variant}: {lost} of the samples' figures lost"

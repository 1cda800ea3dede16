"""巴州 整体支出绩效目标表 printed one cell per line reads like the tab-separated original.

Converters print the same table either way (the national corpus mixes both): each cell on its
own tab-indented line, a blank line between rows.
"""

from __future__ import annotations

from conftest import BAZHOU

from ingest.performance import parse_targets
from ingest.text import split_lines


def cell_per_line(text: str) -> str:
    """The document with every tab-separated row rewritten as one tab-indented cell per line."""
    out: list[str] = []
    for line in text.splitlines():
        if "\t" in line:
            out.extend(f"\t{cell}" for cell in line.split("\t"))
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def without_lines(records):
    return [{k: v for k, v in r.to_dict().items() if k not in ("source_line", "value_lines")} for r in records]


def test_cell_per_line_targets_equal_tab_separated():
    text = BAZHOU.read_text(encoding="utf-8")
    original = parse_targets(split_lines(text))
    rewritten = parse_targets(split_lines(cell_per_line(text)))
    kinds = {r.record_type for r in original}
    assert {"target_task", "goal", "indicator"} <= kinds and len(original) > 50
    assert without_lines(rewritten) == without_lines(original)


def test_cell_per_line_task_keeps_its_line():
    lines = split_lines(cell_per_line(BAZHOU.read_text(encoding="utf-8")))
    task = next(r for r in parse_targets(lines) if r.record_type == "target_task")
    assert task.task_name == "人员保障" and lines[task.source_line - 1].text == "\t人员保障"

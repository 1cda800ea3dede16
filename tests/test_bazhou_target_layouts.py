"""巴州 整体支出绩效目标表 printed one cell per line reads like the tab-separated original.

Converters print the same table either way (the national corpus mixes both): each cell on its
own tab-indented line, a blank line between rows.
"""

from __future__ import annotations

from decimal import Decimal

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


def _reprinted(variant: str) -> tuple[list, list[str]]:
    from benchmarks.reprints import VARIANTS

    text, _ = VARIANTS[variant](BAZHOU.read_text(encoding="utf-8").split("\n"))
    return parse_targets(split_lines(text)), text.split("\n")


def _values(records) -> dict:
    tasks = {(r.task_name, r.total_yuan, r.fiscal_yuan, r.other_yuan)
             for r in records if r.record_type == "target_task"}
    indicators = {(r.level1_name, r.level2_name, r.level3_name, r.target_raw)
                  for r in records if r.record_type == "indicator"}
    goals = [r.text for r in records if r.record_type == "goal"]
    return {"tasks": tasks, "indicators": indicators, "goals": goals}


def test_a_web_pages_cells_closed_by_pipes_read_as_the_original():
    """The table as a web page copies it, one cell per line closed by a pipe (``人员保障 |`` / ``1663.73 |``,
    ``|`` for an empty cell; no row ends): its tasks with their three budget figures, its goals and its 70
    indicators read as from the tab-separated original (they had become tasks named 主要内容 and 217
    warnings). Each task's figures trace to their own lines."""
    original = _values(parse_targets(split_lines(BAZHOU.read_text(encoding="utf-8"))))
    records, lines = _reprinted("tables one cell per line, closed by pipes")
    assert _values(records) == original and len(original["indicators"]) == 70
    task = next(r for r in records if r.record_type == "target_task" and r.task_name == "人员保障")
    assert (task.total_yuan, task.value_lines) == (16637300, "total=23;fiscal=24;other=25")
    assert [lines[n - 1] for n in (21, 23, 25)] == ["人员保障 |", "1663.73 |", "0 |"]


def test_bare_cells_a_blank_line_after_each_row():
    """The same cells with no pipe, a blank line after each row: the tasks and goals as the original's;
    the indicators whose target is a figure too (a text target, 有效提升, is no value told from a name
    where nothing separates cells: left out)."""
    original = _values(parse_targets(split_lines(BAZHOU.read_text(encoding="utf-8"))))
    found = _values(_reprinted("tables one cell per line, a blank line after each row")[0])
    assert found["tasks"] == original["tasks"] and found["goals"] == original["goals"]
    assert found["indicators"] <= original["indicators"] and len(found["indicators"]) >= 66


WRITTEN = """部门（单位）整体支出绩效目标表
部门（单位）名称 |
某县教育局 |
任务名称 |
主要内容 |
预算金额(元) |
总额 |
财政拨款 |
其他资金 |
学生资助 |
发放家庭经济困难学生生活补助 |
125000.5 |
100000 |
25000.5 |
年度总体目标 |
目标1:资助全部困难学生。 |
一级指标 |
二级指标 |
三级指标 |
指标值 |
产出指标 |
数量指标 |
资助学生人数 |
≥300人 |
满意度指标 |
服务对象满意度指标 |
学生满意度 |
≥95% |
"""


def test_written_table_cells_closed_by_pipes_in_yuan():
    """A variant: a shorter table, its budget in 元 (预算金额(元)), with no empty cells."""
    records = parse_targets(split_lines(WRITTEN))
    values = _values(records)
    assert values["tasks"] == {("学生资助", Decimal("125000.50"), Decimal("100000.00"), Decimal("25000.50"))}
    assert values["goals"] == ["目标1:资助全部困难学生。"]
    assert values["indicators"] == {("产出指标", "数量指标", "资助学生人数", "≥300人"),
                                    ("满意度指标", "服务对象满意度指标", "学生满意度", "≥95%")}

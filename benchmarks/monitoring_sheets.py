"""Mid-year 绩效监控表 (项目支出绩效监控表) written in the family's layouts and words, with what each must be read as
(``tests/test_monitoring_sheets.py``).

The family (benchmarks/heldout/27d 14, the Hubei 项目支出绩效监控表; monitoring pages recur: 27a 12, 27h 11): a
project's head (项目名称, 主管部门), its funds under ``项目资金(万元) | 年初预算数 | 1-6月执行数 | 全年预计执行数``, and
its indicators under ``一级指标 | 二级指标 | 三级指标 | 指标值 | 半年度指标执行情况 | 完成目标可能性``. What varies
(:func:`sheets`):

- the cells' separators: pipes, tabs;
- the to-date column: ``1-6月执行数``, ``1至9月执行数``, ``截至6月底执行数``, ``截止8月执行数``, ``上半年执行数``;
- the budget column (年初预算数 / 全年预算数) and what follows the to-date one (全年预计执行数 left empty, 执行进度
  printed as the to-date share of the budget, nothing);
- the money's unit: 万元 in the funds header's first cell, or 元 declared above the sheet (``单位:元``);
- the indicators' progress column: 半年度指标执行情况, 1-6月执行情况, 截至9月底完成情况; and after it 完成目标可能性,
  完成目标可能性 and 偏差原因分析, or nothing.

Each sheet's facts are computed here: every funds row's budget and its execution to the month (in 元, with the month),
never a year's execution; every indicator's target and progress as printed, never a year's actual.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

FUNDS = [("年度资金总额:", "220", "87.57"), ("其中:财政拨款", "200", "80"), ("其他资金", "20", "7.57")]
INDICATORS = [
    ("产出指标", "数量指标", "修缮文物点数量", "≥5个", "已完成3个"),
    ("产出指标", "质量指标", "验收合格率", "100%", "正在实施,尚未验收"),
    ("效益指标", "社会效益指标", "接待参观人次", "≥10万人次", "已接待6.2万人次"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "92%"),
]
SEPARATORS = {"pipes": " | ", "tabs": "\t"}
TO_DATE = {"1-6月执行数": 6, "1至9月执行数": 9, "截至6月底执行数": 6, "截止8月执行数": 8, "上半年执行数": 6}
BUDGETS = {"年初预算数": "budget_initial", "全年预算数": "budget_full_year"}
AFTER = ("全年预计执行数", "执行进度", "")
UNITS = ("万元", "元")
PROGRESS = ("半年度指标执行情况", "1-6月执行情况", "截至9月底完成情况")
# The columns after the progress: 完成目标可能性, a 偏差原因 column after it, or none.
TAILS = {"likelihood": ("完成目标可能性",), "likelihood and reason": ("完成目标可能性", "偏差原因分析"), "none": ()}
TAIL_CELLS = {"完成目标可能性": "确定能", "偏差原因分析": "无偏差"}
WAN = Decimal(10000)


@dataclass(frozen=True)
class Sheet:
    text: str
    # (line, budget field, budget 元, to-date 元, month) of each funds row
    funds: list[tuple[int, str, Decimal, Decimal, int]]
    # (line, target, progress) of each indicator row
    indicators: list[tuple[int, str, str]]


def write_sheet(
    separator: str, to_date: str, budget: str, after: str, unit: str, progress: str,
    tail: tuple[str, ...] = ("完成目标可能性",),
) -> Sheet:
    """One sheet printed so, with its facts."""
    def row(*cells: str) -> str:
        return separator.join(cells) + (" |" if separator == " | " else "")

    lines = ["文物保护中心项目支出绩效监控表", "(2019年度)"]
    if unit == "元":
        lines.append("单位:元")
    lines += [row("项目名称", "文物保护经费"), row("主管部门", "市文化和旅游局", "项目执行单位", "市文物保护中心")]
    head = "项目资金(万元)" if unit == "万元" else "项目资金"
    lines.append(row(head, budget, to_date, *([after] if after else [])))
    funds = []
    month = TO_DATE[to_date]
    for label, planned, done in FUNDS:
        shown = (planned, done) if unit == "万元" else (str(Decimal(planned) * WAN), str(Decimal(done) * WAN))
        extra = {"全年预计执行数": [""], "执行进度": [f"{Decimal(done) * 100 / Decimal(planned):.2f}%"], "": []}[after]
        lines.append(row(label, *shown, *extra))
        funds.append((len(lines), BUDGETS[budget], Decimal(planned) * WAN, Decimal(done) * WAN, month))
    lines.append(row("一级指标", "二级指标", "三级指标", "指标值", progress, *tail))
    indicators = []
    for level1, level2, name, target, done in INDICATORS:
        lines.append(row(level1, level2, name, target, done, *(TAIL_CELLS[cell] for cell in tail)))
        indicators.append((len(lines), target, done))
    return Sheet("\n".join(lines) + "\n", funds, indicators)


def sheets() -> Iterator[tuple[str, Sheet]]:
    """Every sheet of the family: separator × to-date column × budget column × what follows × unit × progress column
    × the columns after it."""
    for (sep_name, separator), to_date, budget, after, unit, progress, (tail_name, tail) in itertools.product(
        SEPARATORS.items(), TO_DATE, BUDGETS, AFTER, UNITS, PROGRESS, TAILS.items()
    ):
        name = f"{sep_name}/{to_date}/{budget}/{after or 'nothing after'}/{unit}/{progress}/{tail_name}"
        yield name, write_sheet(separator, to_date, budget, after, unit, progress, tail)


def score(sheet: Sheet) -> tuple[int, int, list[str]]:
    """(facts found, facts, what was read wrong: a to-date figure read as a year's execution or actual, or a
    funds row or an indicator holding other figures than its own)."""
    from ingest.document import parse_lines
    from ingest.records import Indicator, Project, ProjectFunding
    from ingest.text import split_lines

    _, records = parse_lines(split_lines(sheet.text), "monitoring.txt")
    found, total, wrong = 0, 0, []
    fundings = {r.source_line: r for r in records if isinstance(r, ProjectFunding)}
    for line, field, budget, done, month in sheet.funds:
        total += 2
        got = fundings.get(line)
        if got is None:
            continue
        if got.executed_yuan is not None:
            wrong.append(f"L{line} executed_yuan={got.executed_yuan}")
        read_budget = getattr(got, f"{field}_yuan")
        found += read_budget == budget
        found += got.executed_to_date_yuan == done and got.executed_to_month == month
        if read_budget not in (None, budget) or got.executed_to_date_yuan not in (None, done):
            wrong.append(f"L{line} {read_budget} {got.executed_to_date_yuan}")
    for project in (r for r in records if isinstance(r, Project)):  # (the project's own funds: the total row's)
        line, field, budget, _, _ = sheet.funds[0]
        if project.executed_yuan is not None or getattr(project, f"{field}_yuan") not in (None, budget):
            wrong.append(f"project executed_yuan={project.executed_yuan} {field}={getattr(project, f'{field}_yuan')}")
    indicators = {r.source_line: r for r in records if isinstance(r, Indicator)}
    for line, target, done in sheet.indicators:
        total += 2
        got = indicators.get(line)
        if got is None:
            continue
        if got.actual_raw is not None:
            wrong.append(f"L{line} actual_raw={got.actual_raw}")
        found += got.target_raw == target
        found += got.progress_raw == done
        if got.progress_raw not in (None, done):
            wrong.append(f"L{line} progress_raw={got.progress_raw}")
    return found, total, wrong

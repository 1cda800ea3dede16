"""The national performance templates, generated in every shape, and read.

Most performance pages are renderings of a few national templates whose rows and columns are fixed — the
项目支出绩效自评表 and the 项目支出绩效目标表 (绩效目标申报表) — printed by each province with a few renamed,
omitted or reordered columns, and then mangled by whatever turned them into text. This module makes such tables
from the dimensions below (a fixed seed; content drawn from vocabularies of real indicator names and plausible
Decimal amounts), prints each in one of the layouts :mod:`benchmarks.reprints` has, knows each table's facts (the
conventions of ``expected.yaml``) and scores the parser on them, per value of each dimension::

    .venv/bin/python -m benchmarks.templates            # recall and wrong per dimension value
    .venv/bin/python -m benchmarks.templates --misses   # and every fact not found

Each table draws every dimension's value independently, so that it prints combinations no single page prints.

The catalogue (each variation with a development page that prints it)
--------------------------------------------------------------------

The 项目支出绩效自评表 (self-evaluation) prints, top to bottom:

- a title and the year (``项目支出绩效自评表`` / ``(2023年度)``), 项目名称, 主管部门 | 实施单位
  (fixture ``linxiang-lcj-2023-selfeval`` L5-8);
- **the funds block**: ``项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`` and the rows
  年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金 (linxiang L9-14). Variations (dimension ``funds``):

  - ``standard``: all six columns (linxiang L10);
  - ``lettered``: no 年初预算数, the columns lettered ``全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分``
    and the 财政拨款 row worded ``其中:本年财政拨款`` (corpus 31 xiaoxian-zhangzhuangzhai L6-8);
  - ``no rate``: 执行率 not printed (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 得分; 26t and fixture
    ``hengshan-guantang-2023-dept-selfeval``'s funds block prints it so);
  - ``budget system export``: ``年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 |
    执行率得分``, the rate a bare number and the points with two places (27b 05 zhongxian-kx L6-8);

  and the money in 万元 or in 元 (dimension ``money``; ``项目资金(元)``: fixture ``tianchang-2022-self-evaluation``);
- **the goal block**: ``年度总体目标 | 预期目标 | 实际完成情况`` and one row of two sentences (linxiang L15-16);
- **the indicator block**: ``一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
  偏差原因分析及改进措施`` (linxiang L18), captioned by a first column ``绩效指标`` spanning its rows (dimension
  ``caption``: linxiang L18 prints it; fixture ``nanchong-lyj-2023-selfeval-pipe`` L14 too; 27b's pages print the
  header without it). Variations:

  - the target's header (dimension ``target header``): 年度指标值 (linxiang L18), 指标值 (nanchong L14), 目标值
    (fixture ``qingjian-2021-targets``), 预期指标值 (fixture ``mata-2023-targets``);
  - the actual's (``actual header``): 实际完成值 (linxiang), 完成值 (nanchong), 实际值 / 全年实际值 (corpus 31 L13);
  - the weight's and the score's (``weight header`` / ``score header``): 分值 / 权重 (nanchong L14), 得分 / 自评得分
    (fixture ``ezhou-xzspj-2021-self-evaluation``);
  - the first level's words (``level words``): plain (linxiang), with the level's weight in brackets
    (``产出指标(50分)``) or its characters spaced apart (``产 出 指 标``): corpus 31 L15 prints both,
    ``产 出 指 标 (50分)``;
  - the order (``order``): 分值 after the actual (linxiang) or before the target (``分值 | 年度指标值 | 全年实际值 |
    得分``, corpus 31 L13);
  - the levels (``levels``): printed on every row, printed once per group and blank below (the cell left empty:
    fixture ``daying-sfj-2023-selfeval-pipe-cut-rows``), or printed once and the cell not printed at all (a rowspan
    copied: linxiang L20-26);
  - the target's form (``target form``): the unit in the value's cell (``≥200平方米``, linxiang), a unit column
    after it (``指标值 | 计量单位``: fixture ``rongchang-lyj-2022-targets-unit-before-target`` prints it before), or
    the 2021 template's three cells ``指标性质 | 指标值 | 度量单位`` (``≥ | 1 | 次``, nanchong L14-15);
  - the bound's words (``bound``): a sign (``≥95%``, ``≤300元``: linxiang), words before (``不低于95%``: fixture
    ``yueyangxian-2022-targets``), words after (``95%以上`` / ``300元以内``: 26x 07 L20 ``70%以上``);
  - text values (``有效改善``, ``2023年12月底前``: linxiang L23 ``2023年12月``, 27b 02 L15);
  - the 三级指标's number within its 二级指标 (``name numbering``): none, or ``指标1:`` (fixture
    ``jinzhai-chagu-2023-dept-self-evaluation`` L17-24);
  - the header's cells broken where their words wrap (``header wrap``): one line, or each line ended at a wrapped
    cell (``年度 指标值 |`` / ``实际 完成值 |``) under a caption ``绩 效 指 标 |`` of its own (jinzhai L14-16);
- the funds header's caption (``funds header``): in the header row (``项目资金(万元) | 年初预算数 | …``, corpus 31),
  or on a line of its own above it (``预算资金 (万元) |`` / ``年初预算数 | …``: jinzhai L5-6, linxiang L9-10);
- **the total**: ``总分 | 100 | 95`` and ``自评等级 | 优`` (linxiang's last rows); the indicators' weights add up
  to 90 and the funds' 10 to 100.

The 部门整体支出绩效自评表 (``department self-evaluation``) prints the same blocks under ``部门 | its name``
(jinzhai L1-4), its funds caption 预算资金.

The 项目支出绩效目标表 (targets) prints the same head, a funds block of one amount per row (``项目资金(万元) |
年度资金总额 | 120.00`` / ``其中:财政拨款`` / ``其他资金``: fixture ``banan-jielong-2021-project-targets-pipe``), the
年度绩效目标 sentence, and the indicator block without actuals, weights or scores (``一级指标 | 二级指标 | 三级指标 |
指标值``: 27b 02 L8-19).

The layouts (dimension ``layout``) are :data:`benchmarks.reprints.VARIANTS`' re-printings of tables, applied to the
table printed with pipes: tabs, columns lined up with spaces, one cell per line (closed by pipes; a blank line after
each row), one space between cells, Markdown, HTML, one cell per line with a row of pipes between rows.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from benchmarks.fidelity import _compact, _field_matches, _value_matches, at_original_lines, candidates_of
from benchmarks.reprints import VARIANTS, Reprinted
from ingest.document import parse_path
from ingest.text import DocumentError

SEED = 25
TABLES = 216

# The layouts: the table printed with pipes, or re-printed as reprints.VARIANTS does.
LAYOUTS: dict[str, Callable[[list[str]], Reprinted] | None] = {
    "pipes": None,
    **{name: VARIANTS[name] for name in (
        "tables separated by tabs",
        "tables lined up with spaces (characters)",
        "tables one cell per line, closed by pipes",
        "tables one cell per line, a blank line after each row",
        "tables with one space between cells",
        "Markdown tables",
        "HTML page",
        "tables one cell per line, a row of pipes between rows",
    )},
}

DIMENSIONS: dict[str, tuple[str, ...]] = {
    "template": ("self-evaluation", "targets", "department self-evaluation"),
    "funds": ("standard", "lettered", "no rate", "budget system export"),
    "money": ("万元", "元"),
    "caption": ("绩效指标 column", "none"),
    "target header": ("年度指标值", "指标值", "目标值", "预期指标值"),
    "actual header": ("实际完成值", "完成值", "实际值", "全年实际值"),
    "weight header": ("分值", "权重"),
    "score header": ("得分", "自评得分"),
    "level words": ("plain", "weight in brackets", "spaced characters"),
    "name numbering": ("none", "指标1:"),
    "funds header": ("label in the header row", "label on a line above"),
    "header wrap": ("one line", "cells broken over lines"),
    "order": ("weight after actual", "weight before target"),
    "levels": ("every row", "blank below", "not printed below"),
    "target form": ("in the cell", "unit column", "operator and unit columns"),
    "bound": ("sign", "words before", "words after"),
    "layout": tuple(LAYOUTS),
}

# Indicators real pages print: (一级, 二级, 三级, unit, target, bound direction ≥ / ≤ / = or None for a text value).
INDICATORS: tuple[tuple[str, str, str, str, str, str | None], ...] = (
    ("产出指标", "数量指标", "培训人次", "人次", "200", "≥"),
    ("产出指标", "数量指标", "新建道路长度", "公里", "12.5", "≥"),
    ("产出指标", "数量指标", "补助发放户数", "户", "350", "="),
    ("产出指标", "数量指标", "维修校舍面积", "平方米", "1200", "≥"),
    ("产出指标", "数量指标", "开展宣传活动次数", "次", "6", "≥"),
    ("产出指标", "数量指标", "购置设备数量", "台", "15", "="),
    ("产出指标", "质量指标", "项目验收合格率", "%", "100", "="),
    ("产出指标", "质量指标", "资金使用合规率", "%", "100", "="),
    ("产出指标", "质量指标", "设备完好率", "%", "95", "≥"),
    ("产出指标", "时效指标", "资金拨付及时率", "%", "100", "="),
    ("产出指标", "时效指标", "项目完成时间", "", "2023年12月底前", None),
    ("产出指标", "成本指标", "人均培训成本", "元", "300", "≤"),
    ("产出指标", "成本指标", "项目总成本", "万元", "85", "≤"),
    ("效益指标", "经济效益指标", "带动农户增收", "万元", "50", "≥"),
    ("效益指标", "社会效益指标", "受益群众人数", "人", "5000", "≥"),
    ("效益指标", "社会效益指标", "带动就业人数", "人", "30", "≥"),
    ("效益指标", "社会效益指标", "群众生产生活条件", "", "有效改善", None),
    ("效益指标", "生态效益指标", "森林覆盖率", "%", "45.5", "≥"),
    ("效益指标", "可持续影响指标", "项目持续发挥作用年限", "年", "5", "≥"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "%", "90", "≥"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "%", "95", "≥"),
)
PROJECTS = ("农村饮水安全巩固提升项目", "乡村道路养护经费", "义务教育薄弱环节改善项目", "森林防火专项经费",
            "基层医疗卫生机构设备购置", "非物质文化遗产保护经费", "退耕还林工程建设专项工作经费")
DEPARTMENTS = ("某县水利局", "某县交通运输局", "某县教育局", "某县林业局", "某县卫生健康委员会", "某县文化旅游局")
BOUND_WORDS = {  # (before, after) the figure, by the bound's direction
    "sign": {"≥": ("≥", ""), "≤": ("≤", ""), "=": ("", "")},
    "words before": {"≥": ("不低于", ""), "≤": ("不高于", ""), "=": ("", "")},
    "words after": {"≥": ("", "以上"), "≤": ("", "以内"), "=": ("", "")},
}
# The indicators' weights add up to 90, the funds row's 10 to the 总分 100 (every dev page's template).
INDICATOR_POINTS = 90


def _weights(rng: random.Random, count: int) -> list[Decimal]:
    """``count`` weights, multiples of 5 (of 1 where 5 cannot share them), adding up to :data:`INDICATOR_POINTS`."""
    step = 5 if count * 5 <= INDICATOR_POINTS else 1
    parts = [step] * count
    for _ in range((INDICATOR_POINTS - step * count) // step):
        parts[rng.randrange(count)] += step
    return [Decimal(part) for part in parts]


@dataclass
class Table:
    """One generated table: its dimension values, its lines printed with pipes and its facts."""

    number: int
    values: dict[str, str]
    lines: list[str] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)

    def fact(self, section: str, item: str, fld: str, value: str | Decimal, unit: str = "",
             alternatives: tuple[str, ...] = ()) -> None:
        self.facts.append({"section": section, "item": item, "field": fld, "value": value, "unit": unit,
                           "line": len(self.lines), "alternatives": alternatives})


def _amount(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randrange(low * 100, high * 100)) / 100


def _money(value: Decimal, money: str) -> str:
    """``value`` (万元) as printed in ``money``: 万元 with two places, 元 with two places too."""
    return f"{value:.2f}" if money == "万元" else f"{value * 10000:.2f}"


def _actual(rng: random.Random, target: str, direction: str | None) -> str:
    """A reached value near ``target``: at it or beyond it in the bound's direction (a text value: as set)."""
    if direction is None:
        return {"有效改善": "明显改善", "2023年12月底前": "2023年11月"}.get(target, target)
    number = Decimal(target)
    if direction == "=" or rng.random() < 0.3:
        return target
    if rng.random() < 0.3:  # (short of the target: the score below the weight)
        direction = "≤" if direction == "≥" else "≥"
    step = Decimal(rng.choice((1, 2, 5))) * (Decimal("0.1") if "." in target or number <= 100 else 1)
    reached = number + step if direction == "≥" else number - step
    if direction == "≥" and number <= 100 and reached > 100 and "." not in target:
        return target
    return f"{reached.normalize():f}"


def make_table(number: int, rng: random.Random, values: dict[str, str]) -> Table:
    """One table with ``values`` for its dimensions, its amounts and indicators drawn from ``rng``."""
    table = Table(number, values)
    add = table.lines.append
    targets = values["template"] == "targets"
    money = values["money"]
    add(f"# source: generated template table {number}")
    department_wide = values["template"] == "department self-evaluation"
    title = "项目支出绩效目标表" if targets else "部门整体支出绩效自评表" if department_wide else "项目支出绩效自评表"
    add(f"{rng.choice(('2022', '2023'))}年度{title}")
    project = rng.choice(PROJECTS)
    department = rng.choice(DEPARTMENTS)
    if department_wide:  # (jinzhai-chagu-2023-dept-self-evaluation L4: 部门 | its name)
        add(f"部门 | {department} |")
    else:
        add(f"项目名称 | {project} |")
        add(f"主管部门 | {department} | 实施单位 | {department} |")
    total = _amount(rng, 20, 900)
    fiscal = total if rng.random() < 0.5 else (total * Decimal("0.8")).quantize(Decimal("0.01"))
    other = total - fiscal
    if targets:
        add(f"项目资金({money}) | 年度资金总额 | {_money(total, money)} |")
        table.fact("project", "年度资金总额", "amount", _money(total, money), money)
        add(f"| 其中:财政拨款 | {_money(fiscal, money)} |")
        table.fact("project", "其中:财政拨款", "amount", _money(fiscal, money), money)
        add(f"| 其他资金 | {_money(other, money)} |")
        table.fact("project", "其他资金", "amount", _money(other, money), money)
        add("年度绩效目标 | 完成项目年度建设任务,保障项目资金按时足额拨付,发挥项目效益。 |")
    else:
        _funds_block(table, rng, values, total, fiscal)
    _indicator_block(table, rng, values)
    return table


# The funds columns whose words are no template's (the budget system's export) and the template's they are.
FUNDS_COLUMN_HEADS = {"全年(调整)预算数": "全年预算数", "执行率权重": "分值", "执行率得分": "得分"}


def _funds_block(table: Table, rng: random.Random, values: dict[str, str], total: Decimal, fiscal: Decimal) -> None:
    add = table.lines.append
    money = values["money"]
    funds = values["funds"]
    initial = total if rng.random() < 0.6 else (total * Decimal("0.9")).quantize(Decimal("0.01"))
    rate_of = {}
    columns = {
        "standard": ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        "lettered": ("全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"),
        "no rate": ("年初预算数", "全年预算数", "全年执行数", "分值", "得分"),
        "budget system export": ("年初预算数", "全年(调整)预算数", "全年执行数", "执行率", "执行率权重", "执行率得分"),
    }[funds]
    label = "预算资金" if values["template"] == "department self-evaluation" else "项目资金"
    if values["funds header"] == "label on a line above":  # (jinzhai L5-6: 预算资金 (万元) | / 年初预算数 | …)
        add(f"{label} ({money}) |")
        add(f"{' | '.join(columns)} |")
    else:
        add(f"{label}({money}) | {' | '.join(columns)} |")
    fiscal_label = "其中:本年财政拨款" if funds == "lettered" else "其中:当年财政拨款"
    for label, budget in (("年度资金总额", total), (fiscal_label, fiscal)):
        executed = (budget * Decimal(rng.choice(("1", "0.98", "0.955", "0.9")))).quantize(Decimal("0.01"))
        rate = (executed / budget * 100).quantize(Decimal("0.01"))
        rate_of[label] = rate
        first = label == "年度资金总额"
        score = (Decimal(10) * rate / 100).quantize(Decimal("0.1"))
        cells = {
            "年初预算数": _money(initial if first else budget, money),
            "全年预算数": _money(budget, money), "全年预算数(A)": _money(budget, money),
            "全年执行数": _money(executed, money), "全年执行数(B)": _money(executed, money),
            "分值": "10" if first else "—", "得分": f"{score}" if first else "—",
            "执行率": f"{rate}%", "执行率(B/A)": f"{rate}%",
            # (the budget system's export: its rate a bare number, its points with two places — 27b 05 L6-8)
            "全年(调整)预算数": _money(budget, money), "执行率权重": "10.00" if first else "",
            "执行率得分": f"{score:.2f}" if first else "",
        }
        if funds == "budget system export":
            cells["执行率"] = f"{rate}"
        add(f"{label} | {' | '.join(cells[c] for c in columns)} |")
        for column in columns:
            head = FUNDS_COLUMN_HEADS.get(column, column.split("(")[0])
            item = f"{label} {column}"
            if cells[column] in ("—", ""):
                continue
            if head in ("年初预算数", "全年预算数"):
                table.fact("project", item, "budget_initial", cells[column], money)
            elif head == "全年执行数":
                table.fact("project", item, "amount", cells[column], money)
            elif head == "执行率":
                table.fact("project", item, "share_pct", str(rate), "")
            else:
                table.fact("project", item, "score", cells[column], "")
    for label in ("上年结转资金", "其他资金"):
        add(f"{label} | {' | '.join('—' if c.startswith(('分值', '得分')) else '' for c in columns)} |")
    add("年度总体目标 | 预期目标 | 实际完成情况 |")
    add("| 完成项目年度建设任务,保障资金按时足额拨付。 | 已完成项目年度建设任务,资金按时足额拨付。 |")


def _indicator_block(table: Table, rng: random.Random, values: dict[str, str]) -> None:
    add = table.lines.append
    targets = values["template"] == "targets"
    form = values["target form"]
    caption = values["caption"] != "none"
    target_columns = {
        "in the cell": [values["target header"]],
        "unit column": [values["target header"], "计量单位"],
        "operator and unit columns": ["指标性质", values["target header"], "度量单位"],
    }[form]
    if targets:
        value_columns = target_columns
    elif values["order"] == "weight before target":
        value_columns = [values["weight header"], *target_columns, values["actual header"], values["score header"]]
    else:
        value_columns = [*target_columns, values["actual header"], values["weight header"], values["score header"]]
    header = ["一级指标", "二级指标", "三级指标", *value_columns]
    if not targets:
        header.append("偏差原因分析及改进措施")
    if values["header wrap"] == "one line":
        add(" | ".join((["绩效指标"] if caption else []) + header) + " |")
    else:  # (jinzhai L14-17: 绩 效 指 标 | / … | 年度 指标值 | / 实际 完成值 | / 分值 | 得分 | …: a cell broken
        # where its words wrap ends its line)
        if caption:
            add("绩 效 指 标 |")
        pieces: list[str] = []
        for cell in header:
            wrapped = WRAPPED_HEADER_RE.sub(r"\1 \2", cell, count=1)
            pieces.append(wrapped)
            if wrapped != cell:
                add(" | ".join(pieces) + " |")
                pieces = []
        if pieces:
            add(" | ".join(pieces) + " |")
    chosen = sorted(rng.sample(range(len(INDICATORS)), rng.randrange(6, 11)))
    rows = [INDICATORS[k] for k in chosen]
    weights = _weights(rng, len(rows))
    level_weights: dict[str, Decimal] = defaultdict(Decimal)
    for row, weight in zip(rows, weights, strict=True):
        level_weights[row[0]] += weight
    weight_total = score_total = Decimal(0)
    previous: tuple[str, str] = ("", "")
    bound = BOUND_WORDS[values["bound"]]
    for (level1, level2, name, unit, target, direction), weight in zip(rows, weights, strict=True):
        actual = _actual(rng, target, direction)
        short = direction in ("≥", "≤") and actual != target and (
            (direction == "≥" and Decimal(actual) < Decimal(target))
            or (direction == "≤" and Decimal(actual) > Decimal(target)))
        score = weight - (Decimal(rng.choice(("0.5", "1", "2"))) if short else 0)
        weight_total += weight
        score_total += score
        before, after = bound[direction] if direction else ("", "")
        printed_unit = unit if direction else ""
        if form == "in the cell" or direction is None:
            target_cells = {"in the cell": [f"{before}{target}{printed_unit}{after}"],
                            "unit column": [f"{before}{target}{after}" if direction else target, printed_unit],
                            "operator and unit columns": ["", target, ""]}[form]
            target_fact = f"{before}{target}{printed_unit}{after}"
            alternatives: tuple[str, ...] = ()
        elif form == "unit column":
            target_cells = [f"{before}{target}{after}", unit]
            target_fact = f"{before}{target}{unit}{after}"
            # (or its value's cell alone: the unit is its column's, 26x 07's hand-read convention)
            alternatives = (f"{before}{target}{after}{unit}", target_cells[0])
        else:
            operator = direction
            target_cells = [operator, target, unit]
            target_fact = f"{operator if operator != '=' else ''}{target}{unit}"
            alternatives = (f"{operator}{target}{unit}", f"{operator if operator != '=' else ''}{target}")
        actual_cell = f"{actual}{printed_unit}" if form == "in the cell" or direction is None else actual
        actual_alternatives = (f"{actual}{unit}",) if actual_cell != f"{actual}{printed_unit}" else ()
        cells = {values["weight header"]: str(weight), values["score header"]: str(score),
                 values["actual header"]: actual_cell}
        value_cells: list[str] = []
        for column in value_columns:
            if column in cells:
                value_cells.append(cells[column])
            elif column in target_columns:
                value_cells.append(target_cells[target_columns.index(column)])
        printed_level1 = {"plain": level1, "weight in brackets": f"{level1}({level_weights[level1]}分)",
                          "spaced characters": " ".join(level1)}[values["level words"]]
        numbered = f"指标{chosen_in_level2(rows, name)}:{name}" if values["name numbering"] != "none" else name
        levels = [printed_level1, level2, numbered]
        shown = list(levels)
        if values["levels"] != "every row" and previous[0] == level1:
            shown[0] = ""
            if previous[1] == level2:
                shown[1] = ""
        previous = (level1, level2)
        if values["levels"] == "not printed below":  # (a rowspan copied: the merged cells not printed)
            row = [cell for cell in shown if cell] + value_cells
        else:
            row = ([""] if caption else []) + shown + value_cells
        if not targets:
            row.append("")
        add(("|" if not row[0] else "") + " | ".join(row) + " |")  # (a pipe opening a row whose first cell is empty)
        item = f"{level1} | {level2} | {name}"
        table.fact("performance_indicator", item, "target", target_fact, alternatives=alternatives)
        if not targets:
            table.fact("performance_indicator", item, "actual", actual_cell, alternatives=actual_alternatives)
            table.fact("performance_indicator", item, "score", str(weight))
            table.fact("performance_indicator", item, "score", str(score))
    if not targets:
        add(f"总分 | {weight_total + 10} | {score_total + 10} |")
        table.fact("project", "总分", "score", str(weight_total + 10))
        table.fact("project", "总分 得分", "score", str(score_total + 10))
        add("自评等级 | 优 |")


# A header cell's words as a narrow cell wraps them: 年度 / 指标值, 实际 / 完成值, 全年 / 实际值.
WRAPPED_HEADER_RE = re.compile(r"^(年度|实际|全年|预期|偏差原因)(指标值|完成值|实际值|分析及改进措施)$")


def chosen_in_level2(rows: list[tuple[str, str, str, str, str, str | None]], name: str) -> int:
    """The number a template gives an indicator within its 二级指标 (指标1:, 指标2: …, jinzhai L17-24)."""
    row = next(r for r in rows if r[2] == name)
    return [r[2] for r in rows if r[1] == row[1]].index(name) + 1


def tables(count: int = TABLES, seed: int = SEED) -> list[Table]:
    """``count`` tables, each dimension's values drawn in turn from a shuffled cycle (every value as often as the
    others, the combinations at random)."""
    rng = random.Random(seed)
    cycles: dict[str, list[str]] = {}
    out = []
    for number in range(1, count + 1):
        values = {}
        for name, options in DIMENSIONS.items():
            if not cycles.get(name):
                cycles[name] = rng.sample(options, len(options))
            values[name] = cycles[name].pop()
        out.append(make_table(number, rng, values))
    return out


def printed(table: Table) -> Reprinted:
    """The table's text in its layout, and the line of the pipe-printed table each line stands for."""
    reprint = LAYOUTS[table.values["layout"]]
    if reprint is None:
        return "\n".join(table.lines), None
    return reprint(table.lines)


def score_table(table: Table, records: list[dict]) -> list[tuple[dict, str]]:
    """Each fact's status: found (a record at its line holds its figure, or one of its ``alternatives`` for a
    target or an actual); wrong (not found, and a record at its line states a figure of its field that is no fact
    of that line — a generated line holds one row, so a figure no fact of it states is misread, whatever its label);
    missing."""
    by_line: dict[int, list] = defaultdict(list)
    for record in records:
        for cand in candidates_of(record):
            by_line[cand.line].append(cand)
    facts_at: dict[int, list[dict]] = defaultdict(list)
    for fact in table.facts:
        facts_at[fact["line"]].append(fact)
    out = []
    for fact in table.facts:
        cands = [c for c in by_line.get(fact["line"], []) if _field_matches(fact["field"], c.field)]
        if any(_holds(fact, c) for c in cands):
            out.append((fact, "found"))
            continue
        strays = [c for c in cands if c.field == fact["field"]
                  and not any(_field_matches(other["field"], c.field) and _holds(other, c)
                              for other in facts_at[fact["line"]])]
        out.append((fact, f"wrong {strays[0].label}={strays[0].value}" if strays else "missing"))
    return out


def _holds(fact: dict, cand) -> bool:
    """Whether ``cand`` states ``fact``'s figure (a target or an actual: its text or one of its alternatives)."""
    if fact["field"] in ("target", "actual"):
        return isinstance(cand.value, str) and _compact(cand.value) in {
            _compact(v) for v in (fact["value"], *fact["alternatives"])}
    return _value_matches(fact, cand)


def read(table: Table, folder: Path) -> list[dict]:
    text, origin = printed(table)
    suffix = ".html" if table.values["layout"] == "HTML page" else ".txt"
    path = folder / f"template-{table.number:03d}{suffix}"
    path.write_bytes(text.encode("utf-8"))
    try:
        records = [r.to_dict() for r in parse_path(path).all_records]
    except DocumentError:
        return []
    if origin is not None:
        at_original_lines(records, origin)
    return records


def score(count: int = TABLES, seed: int = SEED) -> list[tuple[Table, dict, str]]:
    """Every generated fact's outcome: (its table, the fact, found / missing / wrong …)."""
    out = []
    with tempfile.TemporaryDirectory(prefix="templates-") as folder:
        for table in tables(count, seed):
            out += [(table, fact, status) for fact, status in score_table(table, read(table, Path(folder)))]
    return out


def by_dimension(outcomes: list[tuple[Table, dict, str]]) -> dict[tuple[str, str], tuple[int, int, int]]:
    """(dimension, value) → (facts, found, wrong)."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for table, _, status in outcomes:
        for name, value in table.values.items():
            entry = counts[(name, value)]
            entry[0] += 1
            entry[1] += status == "found"
            entry[2] += status.startswith("wrong")
    return {key: (n, found, wrong) for key, (n, found, wrong) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every fact not found")
    parser.add_argument("--tables", type=int, default=TABLES)
    parser.add_argument("--show", type=int, help="print table N as laid out, and its facts")
    args = parser.parse_args(argv)
    if args.show:
        table = tables(max(args.tables, args.show))[args.show - 1]
        print(table.values)
        print(printed(table)[0])
        for fact in table.facts:
            print(fact["line"], fact["field"], fact["item"], fact["value"])
        return 0
    outcomes = score(args.tables)
    print(f"{'dimension':<16} {'value':<56} facts found wrong recall")
    order = list(DIMENSIONS)
    rows = sorted(by_dimension(outcomes).items(), key=lambda kv: order.index(kv[0][0]))
    for (name, value), (n, found, wrong) in rows:
        print(f"{name:<16} {value[:56]:<56} {n:>5} {found:>5} {wrong:>5} {found / n:>6.0%}")
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, fact, status in outcomes:
        by_field[f"{fact['section']}/{fact['field']}"][0] += 1
        by_field[f"{fact['section']}/{fact['field']}"][1] += status == "found"
    for key, (n, found) in sorted(by_field.items()):
        print(f"{'field':<16} {key:<56} {n:>5} {found:>5} {'':>5} {found / n:>6.0%}")
    total = len(outcomes)
    found = sum(status == "found" for *_, status in outcomes)
    wrong = sum(status.startswith("wrong") for *_, status in outcomes)
    print(f"\nall: {found}/{total} found ({found / total:.1%}), {wrong} wrong")
    if args.misses:
        for table, fact, status in outcomes:
            if status != "found":
                print(f"{status[:40]:<40} T{table.number} L{fact['line']} {fact['section']}/{fact['field']} "
                      f"{fact['item']} = {fact['value']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

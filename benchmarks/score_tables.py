"""Scoring tables (评价指标体系 with 分值 / 权重 and 得分) written in their families' words, columns and layouts.

A performance evaluation (绩效评价报告, 绩效自评报告, 部门整体支出绩效自评表) prints the scoring table of an
evaluation framework: its levels (一级 / 二级 / 三级指标), each row's points (分值, 权重) and the points given
(得分, 自评分, 评价得分), often beside long text (指标解释, 评分标准) holding numbers of its own (``得2分``,
``每少1项扣0.5分``). The frameworks' words are shared by whole provinces and the country, so a reader of the
family reads pages nobody has seen. This module writes such tables for the parser to be scored on
(``tests/test_score_tables.py``):

- three frameworks (:data:`FRAMEWORKS`): the national 项目支出绩效评价指标体系框架 (财预〔2020〕10号 附件1: 决策 /
  过程 / 产出 / 效益), the older project framework (项目决策 / 项目管理 / 项目绩效, as 湖北 2019 and 四川 print it:
  benchmarks/heldout/27b 03 L3, 27b 10 L31) and a 部门整体 one (投入 / 过程 / 产出 / 效果: 26p 01 L51);
- column orders (:data:`ORDERS`): 分值 before 评分标准, 权重 after 指标解释 and 评分标准, 得分 only (the levels
  carrying their points, ``决策(20分)``), 分值 | 得分 | 扣分原因, and a 序号 first;
- the layouts real copies print (:data:`LAYOUTS`): pipe rows, the re-printings of tables in
  :mod:`benchmarks.reprints` (tabs, lined up with spaces, Markdown, one cell per line, merged cells left empty or
  dropped, one space between cells), and the cells run together with no separator (a 文库 copy: 27b 10 L31).

Each table comes with its facts: every figure printed (a row's 分值 and 得分, a level's points where its cell
carries them, the 合计), at the line of the pipe-row original (a layout that moves lines gives the original of
each line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from benchmarks.reprints import VARIANTS, Reprinted, merged_down

# A framework: its levels as (一级, points, [(二级, points, [(三级, points), …]), …]).
Framework = list[tuple[str, int, list[tuple[str, int, list[tuple[str, int]]]]]]

NATIONAL: Framework = [
    ("决策", 20, [
        ("项目立项", 5, [("立项依据充分性", 3), ("立项程序规范性", 2)]),
        ("绩效目标", 5, [("绩效目标合理性", 3), ("绩效指标明确性", 2)]),
        ("资金投入", 10, [("预算编制科学性", 5), ("资金分配合理性", 5)]),
    ]),
    ("过程", 20, [
        ("资金管理", 12, [("资金到位率", 4), ("预算执行率", 4), ("资金使用合规性", 4)]),
        ("组织实施", 8, [("管理制度健全性", 4), ("制度执行有效性", 4)]),
    ]),
    ("产出", 30, [
        ("产出数量", 10, [("实际完成率", 10)]),
        ("产出质量", 10, [("质量达标率", 10)]),
        ("产出时效", 5, [("完成及时性", 5)]),
        ("产出成本", 5, [("成本节约率", 5)]),
    ]),
    ("效益", 30, [
        ("项目效益", 30, [("社会效益", 10), ("生态效益", 5), ("可持续影响", 5), ("服务对象满意度", 10)]),
    ]),
]

PROJECT_2019: Framework = [
    ("项目决策", 20, [
        ("项目目标", 4, [("目标内容", 4)]),
        ("决策过程", 8, [("决策依据", 3), ("决策程序", 5)]),
        ("资金分配", 8, [("分配办法", 2), ("分配结果", 6)]),
    ]),
    ("项目管理", 25, [
        ("资金到位", 5, [("到位率", 3), ("到位时效", 2)]),
        ("资金管理", 10, [("资金使用", 7), ("财务管理", 3)]),
        ("组织实施", 10, [("组织机构", 1), ("管理制度", 9)]),
    ]),
    ("项目绩效", 55, [
        ("项目产出", 15, [("产出数量", 5), ("产出质量", 4), ("产出时效", 3), ("产出成本", 3)]),
        ("项目效益", 40, [("经济效益", 8), ("社会效益", 8), ("环境效益", 8), ("可持续影响", 8), ("服务对象满意度", 8)]),
    ]),
]

DEPARTMENT: Framework = [
    ("投入", 20, [
        ("目标设定", 4, [("绩效目标合理性", 2), ("绩效指标明确性", 2)]),
        ("预算配置", 16, [("在职人员控制率", 4), ("三公经费变动率", 4), ("重点支出安排率", 8)]),
    ]),
    ("过程", 40, [
        ("预算执行", 26, [
            ("预算完成率", 4), ("预算调整率", 2), ("支付进度率", 2), ("结转结余率", 4), ("结转结余变动率", 2),
            ("公用经费控制率", 4), ("三公经费控制率", 4), ("政府采购执行率", 4),
        ]),
        ("预算管理", 8, [("管理制度健全性", 2), ("资金使用合规性", 2), ("预决算信息公开性", 2), ("基础信息完善性", 2)]),
        ("资产管理", 6, [("资产管理制度健全性", 2), ("资产管理安全性", 2), ("固定资产利用率", 2)]),
    ]),
    ("产出", 20, [("职责履行", 20, [("实际完成率", 5), ("完成及时率", 5), ("质量达标率", 5), ("重点工作办结率", 5)])]),
    ("效果", 20, [
        ("履职效益", 20, [("经济效益", 5), ("社会效益", 5), ("生态效益", 5), ("社会公众或服务对象满意度", 5)]),
    ]),
]

FRAMEWORKS: dict[str, Framework] = {"national": NATIONAL, "project 2019": PROJECT_2019, "department": DEPARTMENT}


@dataclass(frozen=True)
class Order:
    """A table's columns after its three level columns, and how its header and levels are printed."""

    columns: tuple[str, ...]  # weight / score / rule / note / reason
    words: dict[str, str]  # the header's word of each column
    points_in_levels: bool  # 一级 / 二级 cells carry their points: 决策(20分)
    numbered: bool = False  # a 序号 column first


ORDERS: dict[str, Order] = {
    "分值 before 评分标准": Order(
        ("weight", "rule", "score"), {"weight": "分值", "rule": "评分标准", "score": "得分"}, False),
    "权重 after 指标解释 and 评分标准": Order(
        ("note", "rule", "weight", "score"),
        {"note": "指标解释", "rule": "评分标准", "weight": "权重", "score": "自评分"}, True),
    "得分 only, levels carrying points": Order(("score",), {"score": "得分"}, True),
    "分值, 得分 and 扣分原因": Order(
        ("weight", "score", "reason"), {"weight": "分值", "score": "评价得分", "reason": "扣分原因"}, False),
    "序号 first, 指标分值 and 自评得分": Order(
        ("weight", "rule", "score"), {"weight": "指标分值", "rule": "评分细则", "score": "自评得分"}, True,
        numbered=True),
}


@dataclass(frozen=True)
class Fact:
    line: int
    label: str  # the last level's name (a level's own, for its points)
    value: Decimal
    field: str  # weight / score / total


def _deduction(index: int, points: int) -> Decimal:
    """The points a row loses: none on most rows, 1 or 0.5 on some (a score is never above its points)."""
    if index % 3 == 1 and points > 1:
        return Decimal(1)
    if index % 4 == 2:
        return Decimal("0.5")
    return Decimal(0)


def _text(column: str, name: str, points: int, lost: Decimal) -> str:
    """A text cell of a row: 评分标准 and 指标解释 with numbers of their own, 扣分原因 where points were lost."""
    if column == "rule":
        return f"{name}达到100%得{points}分,每低1个百分点扣0.5分,扣完为止。"
    if column == "note":
        return f"反映{name}情况,考核年度内完成3项以上工作。"
    return "部分工作未按时完成,资料不全。" if lost else ""


def write_table(
    framework: Framework, order: Order, title: str = "项目支出绩效评价指标评分表"
) -> tuple[list[str], list[Fact]]:
    """The table as pipe rows, every level printed on every row (the layouts merge them), and its facts."""
    level_words = ("一级指标", "二级指标", "三级指标")
    header = [*(("序号",) if order.numbered else ()), *level_words, *(order.words[c] for c in order.columns)]
    lines = ["# source: generated (benchmarks/score_tables.py)", title, "", " | ".join(header)]
    facts: list[Fact] = []
    index = 0
    total_weight = Decimal(0)
    total_score = Decimal(0)
    for level1, points1, groups in framework:
        for g, (level2, points2, rows) in enumerate(groups):
            for r, (name, points) in enumerate(rows):
                number = len(lines) + 1
                lost = _deduction(index, points)
                score = Decimal(points) - lost
                index += 1
                cell1 = f"{level1}({points1}分)" if order.points_in_levels else level1
                cell2 = f"{level2}({points2}分)" if order.points_in_levels else level2
                if order.points_in_levels and g == 0 and r == 0:
                    facts.append(Fact(number, level1, Decimal(points1), "weight"))
                if order.points_in_levels and r == 0:
                    facts.append(Fact(number, level2, Decimal(points2), "weight"))
                cells = [*((str(index),) if order.numbered else ()), cell1, cell2, name]
                for column in order.columns:
                    if column == "weight":
                        cells.append(str(points))
                        facts.append(Fact(number, name, Decimal(points), "weight"))
                    elif column == "score":
                        cells.append(f"{score:f}")
                        facts.append(Fact(number, name, score, "score"))
                    else:
                        cells.append(_text(column, name, points, lost))
                lines.append(" | ".join(cells))
                total_weight += points
                total_score += score
    total = [*(("",) if order.numbered else ()), "合计", "", ""]
    for column in order.columns:
        total.append(str(total_weight) if column == "weight" else f"{total_score:f}" if column == "score" else "")
    lines.append(" | ".join(total))
    facts += [
        Fact(len(lines), "合计", value, "total")
        for column, value in (("weight", total_weight), ("score", total_score))
        if column in order.columns
    ]
    lines += ["", "评价结论:项目总体完成较好。"]
    return lines, facts


def glued(lines: list[str]) -> Reprinted:
    """Every pipe row's cells run together with no separator, its merged level cells dropped (a 文库 copy of
    a Word table: ``一级指标二级指标三级指标分值得分`` / ``项目决策(25分)绩效目标(6分)目标内容22``, 27b 10 L29-31)."""
    text, _ = merged_down(lines, dropped=True)
    return "\n".join(
        "".join(cell.strip() for cell in line.split("|")) if "|" in line else line for line in text.split("\n")
    ), None


def wrapped(lines: list[str], width: int = 12) -> Reprinted:
    """Every pipe row's long text cells wrapped over lines inside the row (a PDF table's cell broken over its
    lines, each line printing the part of the cell, the next line going on with it)."""
    pairs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        if "|" not in line:
            pairs.append((line, number))
            continue
        cells = [cell.strip() for cell in line.split("|")]
        out = []
        for cell in cells:
            out.append(cell[:width])
            if len(cell) > width:
                pairs_rest = [cell[k : k + width] for k in range(width, len(cell), width)]
                out[-1] = cell[:width] + "\n" + "\n".join(pairs_rest)
        text = " | ".join(out)
        pairs += [(part, number) for part in text.split("\n")]
    return "\n".join(text for text, _ in pairs), [origin for _, origin in pairs]


LAYOUTS: dict[str, Callable[[list[str]], Reprinted]] = {
    "pipe rows": lambda lines: ("\n".join(lines), None),
    **{
        name: VARIANTS[name]
        for name in (
            "tables separated by tabs",
            "tables lined up with spaces (display columns)",
            "Markdown tables",
            "HTML page",
            "tables one cell per line, closed by pipes",
            "tables one cell per line, a blank line after each row",
            "tables one cell per line, the pipe on the next line",
            "tables one cell per line, a row of pipes between rows",
            "merged cells left empty",
            "merged cells dropped",
            "HTML page with rowspan and colspan",
            "tables with one space between cells",
        )
    },
    "long cells wrapped inside the row": wrapped,
    "cells run together": glued,
}


def tables() -> Iterator[tuple[str, str, list[str], list[Fact]]]:
    """(framework, column order, the table's pipe rows, its facts) for every framework and order."""
    for framework_name, framework in FRAMEWORKS.items():
        for order_name, order in ORDERS.items():
            lines, facts = write_table(framework, order)
            yield framework_name, order_name, lines, facts


def read_facts(text: str, origin: list[int] | None, suffix: str = ".txt") -> list[tuple[int, str, Decimal]]:
    """Every (line of the original, label, figure) of a 分值 or 得分 the parser reads in ``text``."""
    import tempfile
    from pathlib import Path

    from benchmarks.fidelity import at_original_lines, candidates_of
    from ingest.document import parse_path
    from ingest.text import DocumentError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("table" + suffix)
        path.write_text(text, encoding="utf-8")
        try:
            records = [r.to_dict() for r in parse_path(path).all_records]
        except DocumentError:  # (nothing read)
            return []
    if origin is not None:
        at_original_lines(records, origin)
    return [
        (cand.line, cand.label.split(" | ")[-1], cand.value)
        for record in records
        for cand in candidates_of(record)
        if cand.field == "score"
    ]


def score(facts: list[Fact], read: list[tuple[int, str, Decimal]]) -> tuple[int, list[str]]:
    """How many of ``facts`` were read (a figure at its line under its label), and every figure read that is
    none of them (wrong)."""
    expected = {(fact.line, fact.label, fact.value) for fact in facts}
    # (the 合计 row's figures, under whatever label a reader gives them: the table's total, neither wrong nor a fact)
    totals = {(fact.line, fact.value) for fact in facts if fact.field == "total"}
    got = {item for item in read if (item[0], item[2]) not in totals}
    facts = [fact for fact in facts if fact.field != "total"]
    found = sum(1 for fact in facts if (fact.line, fact.label, fact.value) in got)
    wrong = sorted(f"L{line} {label} = {value}" for line, label, value in got - expected)
    return found, wrong


def main() -> None:
    from benchmarks.reprints import SUFFIXES

    overall = [0, 0, 0]
    for layout, reprint in LAYOUTS.items():
        counts = [0, 0, 0]
        for framework, order, lines, facts in tables():
            text, origin = reprint(lines)
            found, wrong = score(facts, read_facts(text, origin, SUFFIXES.get(layout, ".txt")))
            counts[0] += found
            counts[1] += sum(f.field != "total" for f in facts)
            counts[2] += len(wrong)
            for item in wrong[:3]:
                print(f"    wrong: {framework} / {order} / {layout}: {item}")
        print(f"{layout:55s} {counts[0]:4d}/{counts[1]:4d} found, {counts[2]} wrong")
        overall = [a + b for a, b in zip(overall, counts, strict=True)]
    print(f"{'all':55s} {overall[0]:4d}/{overall[1]:4d} found, {overall[2]} wrong")


if __name__ == "__main__":
    main()

"""Scoring tables of the evaluation frameworks (benchmarks/score_tables.py): the national 项目支出绩效评价指标体系框架
(决策 / 过程 / 产出 / 效益), the older project framework (项目决策 / 项目管理 / 项目绩效: 27b 03 L3, 27b 10 L31)
and a 部门整体 one (投入 / 过程 / 产出 / 效果: 26p 01 L51), each in five column orders (分值 before 评分标准, 权重
after 指标解释 and 评分标准, 得分 only with the levels carrying their points, 分值 | 得分 | 扣分原因, a 序号 first)
and printed in the layouts real copies print — read with every row's 分值 and 得分 at its line, the numbers of the
评分标准 text (``得3分``, ``扣0.5分``) never a figure, and no figure wrong in any layout."""

from __future__ import annotations

import pytest

from benchmarks.reprints import SUFFIXES
from benchmarks.score_tables import LAYOUTS, NATIONAL, ORDERS, read_facts, score, tables, write_table

# The figures each layout reads at the least (of 711: the rows' 分值 and 得分, the levels' points ``决策(20分)``): left
# out, a 二级's points over rows printing 得分 alone (its rows' points not printed, nothing makes it exactly); not
# read yet, the layouts of one space between cells (the level cells' own spaces cannot be told from the cells') and
# of the cells run together.
FLOORS = {
    "pipe rows": 686,
    "tables separated by tabs": 686,
    "tables lined up with spaces (display columns)": 686,
    "Markdown tables": 686,
    "HTML page": 686,
    "tables one cell per line, closed by pipes": 686,
    "tables one cell per line, a blank line after each row": 686,
    "tables one cell per line, the pipe on the next line": 630,
    "tables one cell per line, a row of pipes between rows": 620,
    "merged cells left empty": 686,
    "merged cells dropped": 686,
    "HTML page with rowspan and colspan": 686,
    "tables with one space between cells": 0,
    "long cells wrapped inside the row": 686,
    "cells run together": 0,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_framework_and_column_order_in_a_layout(layout):
    found = 0
    wrong: list[str] = []
    for framework, order, lines, facts in tables():
        text, origin = LAYOUTS[layout](lines)
        got, bad = score(facts, read_facts(text, origin, SUFFIXES.get(layout, ".txt")))
        found += got
        wrong += [f"{framework} / {order}: {item}" for item in bad]
    assert wrong == []
    assert found >= FLOORS[layout]


def test_levels_repeated_on_every_row_are_one_group_variant():
    # (pipe rows not closed by a pipe, each row its line; 决策 / 项目立项 printed on each row they span)
    lines, facts = write_table(NATIONAL, ORDERS["分值 before 评分标准"])
    assert lines[4].startswith("决策 | 项目立项 | 立项依据充分性 | 3 | 立项依据充分性达到100%得3分,每低1个百分点")
    found, wrong = score(facts, read_facts("\n".join(lines), None))
    assert (found, wrong) == (38, [])


def test_rule_numbers_are_no_figures_variant():
    # 评分标准 holding 得3分 and 扣0.5分 before the 权重 and 自评分 columns
    lines, _ = write_table(NATIONAL, ORDERS["权重 after 指标解释 and 评分标准"])
    read = read_facts("\n".join(lines), None)
    assert {value for _, label, value in read if label.startswith("立项依据充分性")} == {3}


def test_levels_points_read_where_their_rows_make_them_variant():
    # 决策(20分) = 项目立项(5分) + 绩效目标(5分) + 资金投入(10分); 项目立项(5分) = 3 + 2: each at its cell's line
    lines, facts = write_table(NATIONAL, ORDERS["序号 first, 指标分值 and 自评得分"])
    read = read_facts("\n".join(lines), None)
    assert (5, "决策", 20) in read and (5, "项目立项", 5) in read and (7, "绩效目标", 5) in read
    assert score(facts, read) == (52, [])

"""Readings of the nineteenth unseen batches that were wrong (a direction column read as the indicator's
name, a row number read as an amount, header cells read as indicators …): each cause on its real page
and on a variant written here — read right, or left out with a parse warning."""

from __future__ import annotations

from pathlib import Path

from ingest.document import parse_path
from tests._performance_helpers import indicator_rows, parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_a_direction_column_is_no_indicator_name():
    # 乌海市供销社 2021 项目绩效目标表: 一级指标 二级指标 三级指标 指标性质 指标方向 目标值 计量单位 分值 —
    # each row's 正向 / 反向 was read as its 三级指标 (the name before it dropped)
    rows = indicator_rows(parse_path(PAGES / "wuhai-gxs-2021-project-targets-direction-column.txt").all_records)
    assert rows[0] == ("产出指标", "数量指标", "出差人数", "=8")
    assert rows[7] == ("产出指标", "成本指标", "出差总成本", "=1万元")
    assert not [r for r in rows if r[2] in {"正向", "反向"}]


def test_a_direction_column_is_no_indicator_name_variant():
    head = "项目名称 | 乡村道路养护\n一级指标 | 二级指标 | 三级指标 | 指标方向性 | 指标值 | 分值\n"
    rows = ["产出指标 | 数量指标 | 养护里程 | 正向指标 | ≥120公里 | 10", "产出指标 | 成本指标 | 单位成本 | 反向 | ≤3万元 | 10"]
    expected = [("产出指标", "数量指标", "养护里程", "≥120公里"), ("产出指标", "成本指标", "单位成本", "≤3万元")]
    assert indicator_rows(parsed_page(head + "\n".join(rows) + "\n")) == expected
    # one cell per line, each closed by a pipe
    cells = "\n".join(f"{cell.strip()} |" for row in [head.splitlines()[1], *rows] for cell in row.split("|"))
    assert indicator_rows(parsed_page(head.splitlines()[0] + "\n" + cells + "\n")) == expected

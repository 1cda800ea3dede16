"""A table flattened onto one line, its header's value columns together and its rows after them in order
(ingest/performance/flat_rows.py): the rows read only where their points sum to a 一级指标's printed points."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _rows(records) -> list[tuple]:
    return [(i.level1_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == "performance.flat_rows"]


def test_real_page_rows_after_a_flattened_header_whose_scores_sum_to_a_levels_points():
    # 区商务局 2020 项目自评表, a PDF's text on one line: 三级指标 年初目标值 (A) 实际完成值 (B) 得分, then the rows
    # (服务外包在岸(万美元) 20000 23333.56 10 …), a row of words printing its score alone (企业国际质量提升 获得目的国
    # … 10), the levels after them: the six scores sum to 产出指标 (60 分) — they had all been left out
    records = parse_path(PAGES / "shangwuju-2020-selfeval-flattened.txt").all_records
    ten = Decimal(10)
    assert _rows(records) == [
        ("产出指标", "服务外包在岸(万美元)", "20000", "23333.56", None, ten),
        ("产出指标", "服务外包离岸(万美元)", "4500", "4557.51", None, ten),
        # (a name wrapped at a space: its words joined)
        ("产出指标", "支持服务贸易、服务外包企业数量", "3", "3", None, ten),
        ("产出指标", "预算资金执行率", "90%", "100%", None, ten),
        ("产出指标", "资金拨付及时性", "98%以上", "100%", None, ten),
    ]
    assert all(i.project_key == "p01" and i.source_line == 3 for i in records if isinstance(i, Indicator))


def _flattened(separator: str, rows: list[str], points: str = "产出指标 (50分)") -> str:
    head = ["2023年度项目支出绩效自评表", "项目名称", "乡村道路养护", "主管部门", "某县交通运输局", "预算执行",
            "情况(万元)", "(20分)", "一级指标", "年度财政", "资金总额", "项目实施单位", "某县公路段", "预算数", "(A)",
            "执行数(B)", "执行率(B/A)", "得分", "100", "100", "100%", "20", "三级指标", "年度指标值", "(A)",
            "实际完成值", "(B)"]
    tail = ["二级指标", "数量指标", "质量指标", points, "效益指标 (30分)", "总分", "100", "说明:",
            "定量指标按完成比例计分,", "定性指标按完成程度计分,", "偏差较大的须说明原因,", "并提出改进措施。"]
    return separator.join([*head, *rows, *tail]) + "\n"


SCORED = ["分值", "得分", "道路养护里程(公里)", "≥120", "126", "20", "20", "养护路段合格率", "≥95%", "97%", "15", "14",
          "群众出行条件", "明显 改善", "有所 改善", "15", "12"]


@pytest.mark.parametrize("separator", [" ", "  ", "\t", " | "])
def test_flattened_rows_with_weights_and_scores_in_any_separation(separator):
    # 分值 and 得分 after the actual, a row of words (群众出行条件 明显 改善 有所 改善 15 12): the 分值 20 + 15 + 15
    # are 产出指标's 50 — read between spaces, tabs or pipes; the row of words not (its name's end not printed)
    records = parsed_page(_flattened(separator, SCORED))
    assert _rows(records) == [
        ("产出指标", "道路养护里程(公里)", "≥120", "126", Decimal(20), Decimal(20)),
        ("产出指标", "养护路段合格率", "≥95%", "97%", Decimal(15), Decimal(14)),
    ]
    assert not _warnings(records)


def test_flattened_rows_whose_points_sum_to_no_levels_stay_out_with_a_warning():
    # the same rows under 产出指标 (40分): 50 points are no level's — which cells are the rows' is not settled
    records = parsed_page(_flattened(" ", SCORED, points="产出指标 (40分)"))
    assert _rows(records) == []
    assert _warnings(records) == [
        "a table flattened onto one line, its indicator rows: its 2 rows' points sum to 50, no 一级指标's points "
        "printed on the line; left out"]


def test_flattened_rows_with_a_score_over_its_weight_stay_out_with_a_warning():
    over = [cell if cell != "14" else "16" for cell in SCORED]
    records = parsed_page(_flattened(" ", over))
    assert _rows(records) == []
    assert _warnings(records) == ["a table flattened onto one line, its indicator rows: a 得分 over its 分值 (16 of "
                                  "15); left out"]


def test_flattened_rows_with_units_apart_from_their_numbers():
    # ≥95 %, 97 %, 126 公里 (a unit printed apart after its number): the unit is its figure's
    apart = [{"≥95%": "≥95 %", "97%": "97 %", "126": "126 公里"}.get(cell, cell) for cell in SCORED]
    records = parsed_page(_flattened(" ", apart))
    assert _rows(records) == [
        ("产出指标", "道路养护里程(公里)", "≥120", "126公里", Decimal(20), Decimal(20)),
        ("产出指标", "养护路段合格率", "≥95%", "97%", Decimal(15), Decimal(14)),
    ]

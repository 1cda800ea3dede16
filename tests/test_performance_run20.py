"""Indicator rows run together with no cell separators under a header printing 分值 and 得分 after the values
(二级指标 三级指标 年度指标值 全年完成值 分值 得分 偏差原因, as a document-sharing site's text of a Word table
prints it): each row ends with its points' digits, split into 分值 and 得分 only where one split holds
(得分 ≤ 分值 ≤ 100, no number opening with a 0); a row whose cells no single reading tells apart is stepped over
to those digits with a parse warning, and the rows after it are read (ingest/performance/run_together.py).
On the real page and on variants written here."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.run_together import points_run_end, points_splits, read_scored_rows, split_scored_rows
from ingest.records import Indicator, ParseWarning
from tests._performance_helpers import parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
POINTS_LAST = ("target", "actual", "weight", "score")
WITH_REASONS = (*POINTS_LAST, "reason")


def _rows(records) -> list[tuple]:
    return [
        (i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
        for i in records
        if isinstance(i, Indicator)
    ]


def _stepped(records) -> list[str]:
    return [w.context for w in records if isinstance(w, ParseWarning) and "no single reading" in w.message]


def test_real_page_rows_read_where_their_cells_and_points_split_one_way():
    # 蚕茶卫生院 2021 整体支出绩效自评表 on 优知文库: 分解目标 自评权重 二级指标 三级指标 年度指标值 全年完成值
    # 分值 得分
    # 偏差及原因分析, the rows run together: 完整、准确率100%100%44 is 100% | 100% | 4 | 4
    records = parse_path(PAGES / "nanchangxian-cancha-wsy-2021-dept-selfeval-flattened-docx.txt").all_records
    assert _rows(records) == [
        ("预算编审管理完整、准确率", "100%", "100%", Decimal(4), Decimal(4)),
        ("预算执行管理完成率、控制率", "100%", "按规定执行", Decimal(4), Decimal(4)),
        ("政府采购管理执行率", "100%", "100%", Decimal(5), Decimal(5)),
        ("任务1:诊断准确率", "95%以上", "97%", Decimal(5), Decimal(5)),
        ("任务2:健康档案管理率", "100%", "完成", Decimal(3), Decimal(3)),
    ]
    # left out, each with a warning: a figure after a comparison (小于5%: the target is the words and the figure),
    # rows whose cells are words only, a row cut by the site's page break (2、开已公开44)
    stepped = _stepped(records)
    assert "部门结转结余资金管理结余率小于5%达成目标值44" in stepped
    assert "2、开已公开44" in stepped
    assert "资产管理安全性、利用率无资产损失、利用率高于80%达成目标55" in stepped
    # (超上年2% is no target of 特殊人群健康管理率; 按规定时限43: the row's cells are words, not read)
    assert not [r for r in _rows(records) if "特殊人群" in r[0] or "医疗文书" in r[0]]


@pytest.mark.parametrize(
    ("header", "points"),
    [
        ("一级指标二级指标三级指标年度指标值全年完成值分值得分偏差原因分析及改进措施", ("1515", "2010")),
        ("一级指标 二级指标 三级指标 指标值 实际完成值 权重 得分 未完成原因", ("1515", "2010")),
        ("二级指标三级指标年度目标值实际完成值分值得分偏差及原因分析", ("2.52.5", "105")),
    ],
)
def test_variant_other_header_words_and_weights(header, points):
    first, second = points
    text = (
        "2023年度项目支出绩效自评表\n"
        f"{header}\n"
        f"产出指标数量指标培训人次≥500人次620人次{first}质量指标培训合格率≥95%按要求完成{second}\n"
    )
    rows = _rows(parsed_page(text))
    split = {"1515": (15, 15), "2010": (20, 10), "2.52.5": (Decimal("2.5"), Decimal("2.5")), "105": (10, 5)}
    assert rows == [
        ("培训人次", "≥500人次", "620人次", *map(Decimal, split[first])),
        ("培训合格率", "≥95%", "按要求完成", *map(Decimal, split[second])),
    ]


def test_variant_money_values_and_full_width_text():
    text = (
        "项目支出绩效自评表\n"
        "一级指标二级指标三级指标年度指标值全年完成值分值得分偏差原因分析\n"
        "成本指标经济成本指标年度运维成本≤２７万元２６．５万元１０１０人均补助标准１２００元１２００元５５"
        "满意度指标服务对象满意度指标群众满意度≥９０％９６％１０９\n"
    )
    assert _rows(parsed_page(text)) == [
        ("年度运维成本", "≤27万元", "26.5万元", Decimal(10), Decimal(10)),
        ("人均补助标准", "1200元", "1200元", Decimal(5), Decimal(5)),
        ("群众满意度", "≥90%", "96%", Decimal(10), Decimal(9)),
    ]


def test_variant_ambiguous_rows_are_left_out_and_the_rows_after_them_read():
    text = (
        "项目支出绩效自评表\n"
        "二级指标三级指标年度指标值全年完成值分值得分偏差原因分析\n"
        # a bare number as the actual: 9855 is 98 | 5 | 5 or 分值 98 得分 55 — never read, stepped over
        "数量指标群众满意度≥95%9855"
        # words only: where the name ends and the target starts is not printed
        "制度健全性制度健全健全55"
        # a figure after a comparison: the target is 较上年提高2%, not 2%
        "培训覆盖率较上年提高2%达到目标55"
        # then a row that reads
        "资金拨付率100%100%1010\n"
    )
    records = parsed_page(text)
    assert _rows(records) == [("资金拨付率", "100%", "100%", Decimal(10), Decimal(10))]
    assert len(_stepped(records)) == 3


def test_variant_a_reason_after_lost_points_is_cut_at_the_next_row_number():
    # 43: 分值 4 得分 3 — the row lost a point, so words may follow it (its 偏差原因) before the next name: the
    # next row is read only from its number on
    cells, _ = read_scored_rows(
        "任务1:文书及时率按时限43个别人未完成任务2:档案更新率100%98%32录入有延迟", WITH_REASONS
    )
    rows = [(r.name, r.target, r.actual, r.weight, r.score) for r in cells if hasattr(r, "score")]
    assert rows == [("任务2:档案更新率", "100%", "98%", Decimal(3), Decimal(2))]
    # no number before the next name: its start is not known, the row is stepped over
    cells, _ = read_scored_rows("文书及时率100%90%43个别人未完成档案更新率100%98%32", WITH_REASONS)
    assert [r.name for r in cells if hasattr(r, "score")] == ["文书及时率"]
    # a header with no 偏差原因 column: the next name follows the points
    rows, _ = split_scored_rows("文书及时率100%90%43档案更新率100%98%32", POINTS_LAST)
    assert [r.name for r in rows] == ["文书及时率", "档案更新率"]


@pytest.mark.parametrize(
    ("digits", "splits"),
    [
        ("44", [(4, 4)]),
        ("1313", [(13, 13)]),
        ("126", [(12, 6)]),  # (1 | 26: a 得分 above its 分值)
        ("1010", [(10, 10)]),  # (1 | 010, 101 | 0: a number opening with 0, a 分值 above 100)
        ("2.52", [(Decimal("2.5"), 2)]),
        ("5", []),
        ("1095", []),  # 10 | 95, 109 | 5, 1 | 095: none holds (a bare actual run into them)
    ],
)
def test_points_split_one_way(digits, splits):
    assert points_splits(digits) == [(Decimal(a), Decimal(b)) for a, b in splits]


def test_a_row_ends_at_points_not_at_a_figure_or_a_number_in_words():
    assert points_run_end("市民中心运行维护费150万150万1010", 0) == (21, Decimal(10), Decimal(10))
    # (150 before 万, 5 before %, 2 of 任务2: no row's points)
    assert points_run_end("结余率小于5%达成目标值", 0) is None
    assert points_run_end("任务2:档案管理", 0) is None
    # the old layouts (分值 before the target) stop at the first row with no single reading, as before
    old_layout = ("weight", "target", "actual", "score")
    assert split_scored_rows("制度健全性5健全健全5资金拨付率10100%100%10", old_layout)[0] != []
    assert split_scored_rows("制度健全性5健全完善5资金拨付率10100%100%10", old_layout) == ([], 0)


def test_variant_a_bare_actual_run_into_the_points_is_read_where_one_split_holds():
    # the Anhui 2022 template's ≥50个 | 50 | 8 | 8 run together: 5088 is 50 | 8 | 8 only (5 | 0 | 88, 50 | 88 …
    # break 得分 ≤ 分值 ≤ 100)
    rows, _ = split_scored_rows("基建工程委托业务项目数量≥50个5088项目总成本≤90万元95105", WITH_REASONS)
    assert [(r.name, r.target, r.actual, r.weight, r.score) for r in rows] == [
        ("基建工程委托业务项目数量", "≥50个", "50", Decimal(8), Decimal(8)),
        ("项目总成本", "≤90万元", "95", Decimal(10), Decimal(5)),
    ]
    # 9088 may be 90 | 8 | 8 or, the 全年完成值 left empty, 分值 90 得分 88; 1010 is 10 | 10 or 10 | 1 | 0: not read
    assert split_scored_rows("项目总成本≤90万元9088", WITH_REASONS)[0] == []
    assert split_scored_rows("年度资金支付完成率100%1010", WITH_REASONS)[0] == []
    # a name never ends with an operator: ≤441010 is no target 4 repeated
    assert split_scored_rows("开展示范村建设数量≤441010", WITH_REASONS)[0] == []


# The header of the tables read here, in a page's text without its separators.
POINTS_LAST_HEADER_RE = re.compile(
    r"三级指标.{0,10}(?:指标值|目标值).{0,12}(?:完成值|实际值).{0,8}(?:分值|权重).{0,4}得分"
)


def _figures(records) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for i in records:
        if isinstance(i, Indicator):
            key = re.sub(r"\W", "", i.level3_name or "")[:8]
            out.setdefault(key, []).append((i.target_raw, i.actual_raw, i.weight, i.score))
    return out


def test_fixture_pages_with_their_separators_gone_read_no_figure_otherwise():
    # every fixture page whose indicator header prints 分值 and 得分 after the values, each line with its spaces,
    # tabs and pipes removed (as a document site's text of a Word table prints it): what is read is what the page
    # with its separators reads (a figure may be missing, none other)
    pages = [p for p in sorted(PAGES.glob("*.txt"))
             if POINTS_LAST_HEADER_RE.search(re.sub(r"[\s|]+", "", p.read_text(encoding="utf-8")))]
    assert len(pages) >= 10
    read = 0
    for page in pages:
        lines = page.read_text(encoding="utf-8").split("\n")
        squashed = "\n".join([lines[0], *(re.sub(r"[ \t|\u3000]+", "", line) for line in lines[1:])])
        original = _figures(parse_path(page).all_records)
        for key, values in _figures(parsed_page(squashed)).items():
            for target, actual, weight, score in values:
                read += 1
                assert any(
                    all(mine is None or mine == theirs for mine, theirs in
                        zip((target, actual, weight, score), printed, strict=True))
                    for printed in original.get(key, [])
                ), (page.name, key, (target, actual, weight, score), original.get(key))
    assert read >= 40

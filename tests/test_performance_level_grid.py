"""Indicator tables whose levels are known by their columns, confirmed by their points
(ingest/performance/level_grid.py), and the level names known by their place (levels.peel_levels)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.performance.levels import is_level_shaped, peel_levels
from ingest.records import Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _rows(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == "performance.level_grid"]


def _closed(cells: list[str]) -> str:
    """A table one cell per line, each closed by a pipe (an empty cell: a pipe alone)."""
    return "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"


# --- the real page: 广西 2021 财政支出绩效目标申报表, one closed cell per line ---

def test_real_page_levels_outside_the_vocabulary_read_by_their_columns_confirmed_by_the_scoring_rules():
    # 一级指标 | 二级指标 | 分值 | 指标内容 | 指标值 | 评分细则: 投入指标 / 过程指标 are no national level names; each
    # row's rule gives its full 分值 (得5分; 得15分; 得2分 + 得3分 = 5). The fourth row is cut by the page's end.
    records = parse_path(PAGES / "guangxi-2021-targets-template.txt").all_records
    assert _rows(records) == [
        ("投入指标", None, "资金到位率", "资金到位率达100%", Decimal(5), None),
        ("投入指标", None, "预算支出进度", "预算支出进度达到90%以上", Decimal(15), None),
        ("过程指标", None, "项目资金专项核算",
         "专项资金必须按《行政单位财务规则》和《事业单位财务规则》专款专用,专项核算", Decimal(5), None),
    ]
    first = next(i for i in records if isinstance(i, Indicator))
    assert (first.source_line, first.value_lines) == (90, "target=93;weight=91")


# --- variants written here ---

def test_closed_cells_three_levels_other_county_words_confirmed_by_the_total():
    # a county's own 一级 / 二级 words (决策指标 / 目标设定, 管理指标 / 资金管理), merged cells not printed, a 合计
    # the rows' 分值 make
    page = _closed([
        "一级指标", "二级指标", "三级指标", "指标值", "分值",
        "决策指标", "目标设定", "绩效目标合理性", "合理", "10",
        "", "依据充分性", "充分", "10",
        "管理指标", "资金管理", "资金到位率", "100%", "20",
        "", "", "资金使用合规性", "合规", "60",
        "合计", "", "", "", "100",
    ])
    assert _rows(parsed_page(page)) == [
        ("决策指标", "目标设定", "绩效目标合理性", "合理", Decimal(10), None),
        ("决策指标", "目标设定", "依据充分性", "充分", Decimal(10), None),
        ("管理指标", "资金管理", "资金到位率", "100%", Decimal(20), None),
        ("管理指标", "资金管理", "资金使用合规性", "合规", Decimal(60), None),
    ]


def test_pipe_rows_levels_carrying_their_points_full_width_brackets():
    # one row a line; 投入类指标（30分） over rows of 10 + 20, 过程类指标(20分) over one of 20
    page = (
        "一级指标 | 二级指标 | 三级指标 | 目标值 | 分值 | 得分\n"
        "投入类指标（30分） | 资金投入 | 资金到位率 | 100% | 10 | 10\n"
        "| 预算执行率 | 95% | 20 | 18\n"
        "过程类指标(20分) | 业务管理 | 制度执行有效性 | 有效 | 20 | 20\n"
    )
    assert _rows(parsed_page(page)) == [
        ("投入类指标", "资金投入", "资金到位率", "100%", Decimal(10), Decimal(10)),
        ("投入类指标", "资金投入", "预算执行率", "95%", Decimal(20), Decimal(18)),
        ("过程类指标", "业务管理", "制度执行有效性", "有效", Decimal(20), Decimal(20)),
    ]


def test_space_columns_a_countys_header_words_confirmed_by_the_total():
    # 评价指标 | 指标名称 | 指标值 | 分值 lined up with spaces, 总分 below
    page = (
        "评价指标    指标名称        指标值    分值\n"
        "履职效能    重点工作完成率  100%      60\n"
        "            群众满意度      ≥90%      40\n"
        "总分                                  100\n"
    )
    assert _rows(parsed_page(page)) == [
        ("履职效能", None, "重点工作完成率", "100%", Decimal(60), None),
        ("履职效能", None, "群众满意度", "≥90%", Decimal(40), None),
    ]


def test_points_that_disagree_read_nothing_with_a_warning():
    # 投入类指标(30分) over rows of 10 + 15: the points do not agree, nothing is read
    page = (
        "一级指标 | 二级指标 | 三级指标 | 目标值 | 分值\n"
        "投入类指标(30分) | 资金投入 | 资金到位率 | 100% | 10\n"
        "| 预算执行率 | 95% | 15\n"
    )
    records = parsed_page(page)
    assert _rows(records) == []
    assert any("add up to 25, not its 30" in message for message in _warnings(records))


def test_a_total_that_disagrees_reads_nothing_with_a_warning():
    page = _closed([
        "一级指标", "二级指标", "指标值", "分值",
        "决策指标", "绩效目标合理性", "合理", "10",
        "", "依据充分性", "充分", "10",
        "合计", "", "", "100",
    ])
    records = parsed_page(page)
    assert _rows(records) == []
    assert any("not the 合计's 100" in message for message in _warnings(records))


def test_rows_no_arithmetic_confirms_are_left_out_with_a_warning():
    page = _closed([
        "一级指标", "二级指标", "指标值", "分值",
        "决策指标", "绩效目标合理性", "合理", "10",
        "", "依据充分性", "充分", "10",
    ])
    records = parsed_page(page)
    assert _rows(records) == []
    assert sum("confirmed by no level's points" in message for message in _warnings(records)) == 2


def test_a_level_in_the_indicators_column_is_never_an_indicator():
    # a row printing its 一级指标 alone where the indicator's name stands: the rows from there are left out
    page = (
        "一级指标 | 二级指标 | 指标值 | 分值\n"
        "决策指标 | 绩效目标合理性 | 合理 | 50\n"
        "| 产出指标 | 达标 | 50\n"
        "合计 | | | 100\n"
    )
    records = parsed_page(page)
    assert not any(row[2] == "产出指标" for row in _rows(records))


def test_a_figure_or_a_sentence_is_never_a_level():
    # the level cell holding a figure (100%) or a sentence: no row starts there
    page = _closed([
        "一级指标", "二级指标", "指标值", "分值",
        "完成率100%", "资金到位率", "100%", "50",
        "本项目已完成,效果良好", "群众满意度", "≥90%", "50",
        "合计", "", "", "100",
    ])
    records = parsed_page(page)
    assert not any(row[0] in ("完成率100%", "本项目已完成,效果良好") for row in _rows(records))


# --- a level name by its place: a level-shaped name before a 二级指标 ---

def test_a_level_shaped_name_before_a_level2_name_is_the_level1():
    assert peel_levels(["效果指标", "社会效益指标"]) == ("效果指标", "社会效益指标", 2)
    assert peel_levels(["项目完成指标", "质量指标"]) == ("项目完成指标", "质量指标", 2)
    assert peel_levels(["产出目标", "数量指标"]) == ("产出目标", "数量指标", 2)


def test_a_name_not_shaped_as_a_level_or_not_before_a_level2_is_no_level():
    assert peel_levels(["补贴发放率", "社会效益指标"]) == (None, None, 0)  # (a 三级 name: no level)
    assert peel_levels(["效果指标", "补贴发放率"]) == (None, None, 0)  # (no 二级 after it: its place unknown)
    assert not is_level_shaped("完成率100%指标")
    assert not is_level_shaped("本年度各项工作全面完成所有指标")  # (a sentence's length)


def _levels(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name) for i in records if isinstance(i, Indicator)]


def test_pipe_rows_a_countys_level1_before_a_level2_keeps_its_name():
    # 项目完成指标 / 效果指标: no 一级指标 of the list; each stands before a 二级指标 of it, in the 一级 column
    page = (
        "项目支出绩效自评表\n"
        "项目名称 | 养老服务体系建设\n"
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
        "项目完成指标 | 数量指标 | 新建养老机构数量 | ≥2个 | 2个 | 20 | 20\n"
        "| 时效指标 | 完成及时率 | 100% | 100% | 20 | 20\n"
        "效果指标 | 社会效益指标 | 养老服务覆盖率 | ≥90% | 95% | 50 | 50\n"
        "满意度指标 | 服务对象满意度指标 | 老人满意度 | ≥90% | 98% | 10 | 10\n"
    )
    assert _levels(parsed_page(page)) == [
        ("项目完成指标", "数量指标", "新建养老机构数量"),
        ("项目完成指标", "时效指标", "完成及时率"),
        ("效果指标", "社会效益指标", "养老服务覆盖率"),
        ("满意度指标", "服务对象满意度指标", "老人满意度"),
    ]


def test_space_rows_a_countys_level1_before_a_level2_keeps_its_name():
    page = (
        "一级指标 二级指标 三级指标 指标分值 预期指标值 实际完成值\n"
        "符号 单位(文字描述)\n"
        "产出指标 数量指标 补贴发放人数 发放人数 >= 100 人 120人 完成 40.00\n"
        "效果指标 社会效益指标 补贴发放率 补贴发放完成率 >= 95 %(百分比) 100% 完成 50.00\n"
    )
    assert ("效果指标", "社会效益指标", "补贴发放率") in _levels(parsed_page(page))


def test_real_page_a_row_cut_by_the_pages_end_is_left_out_with_a_warning():
    records = parse_path(PAGES / "guangxi-2021-targets-template.txt").all_records
    assert any("资金使用合规性 is cut short" in message for message in _warnings(records))
    assert not any(row[2] == "资金使用合规性" for row in _rows(records))


def test_pipe_rows_scores_none_above_their_points_confirm_a_two_level_table():
    # 一级指标 | 二级指标 | 指标值 | 分值 | 得分, no 合计: every 得分 within its 分值, 100 points at most
    page = (
        "一级指标 | 二级指标 | 指标值 | 分值 | 得分\n"
        "履职效能 | 重点工作完成率 | 100% | 60 | 58\n"
        "| 群众满意度 | ≥90% | 40 | 40\n"
    )
    assert _rows(parsed_page(page)) == [
        ("履职效能", None, "重点工作完成率", "100%", Decimal(60), Decimal(58)),
        ("履职效能", None, "群众满意度", "≥90%", Decimal(40), Decimal(40)),
    ]


def test_a_score_above_its_points_reads_nothing_with_a_warning():
    page = (
        "一级指标 | 二级指标 | 指标值 | 分值 | 得分\n"
        "履职效能 | 重点工作完成率 | 100% | 60 | 58\n"
        "| 群众满意度 | ≥90% | 40 | 45\n"
    )
    records = parsed_page(page)
    assert _rows(records) == []
    assert any("得分 45 above 分值 40" in message for message in _warnings(records))


def test_an_indicators_own_points_against_its_column_read_nothing():
    page = (
        "一级指标 | 二级指标 | 指标值 | 分值 | 得分\n"
        "履职效能 | 重点工作完成率(50分) | 100% | 60 | 58\n"
        "| 群众满意度 | ≥90% | 40 | 40\n"
    )
    assert _rows(parsed_page(page)) == []


def test_closed_cells_a_level_the_pages_end_cuts_is_no_disagreement():
    # 过程指标(15分) over 5, then its next row cut by the page's end: the rows read stand, confirmed by their rules
    page = _closed([
        "一级指标", "二级指标", "分值", "指标值", "评分细则",
        "投入指标(5分)", "资金到位率", "5", "100%", "到位率100%得5分",
        "过程指标(15分)", "专项核算", "5", "专款专用", "专款专用得2分,专项核算得3分",
        "", "资金使用合规性", "10",
    ])
    records = parsed_page(page)
    assert [row[2] for row in _rows(records)] == ["资金到位率", "专项核算"]
    assert any("资金使用合规性 is cut short" in message for message in _warnings(records))


def test_closed_cells_a_text_target_after_a_merged_level_fits_two_placings_and_is_read_in_none():
    # 群众满意度 | 满意 | 40 | 40 under 一级 | 二级 | 指标值 | 分值 | 得分 (its 一级 merged): 满意 could be the
    # 二级 name (then 40 the target, 40 the 分值) or the target — two placings, the grid reads no row from there
    page = _closed([
        "一级指标", "二级指标", "指标值", "分值", "得分",
        "履职效能", "重点工作完成率", "100%", "60", "58",
        "群众满意度", "满意", "40", "40", "",
        "合计", "100", "98",
    ])
    records = parsed_page(page)
    assert not any(row[2] == "满意" or row[0] == "群众满意度" for row in _rows(records))
    assert any("fit more than one row's placing" in message for message in _warnings(records))


def test_pipe_rows_a_header_wrapped_over_lines_rows_without_their_empty_last_cells():
    # the header's cells wrapped over three lines, each closed by a pipe; a copy's padding (| |||) between rows; the
    # second row's 一级 merged and its 偏差原因 empty (not printed): its names the one count that puts 40 under 分值
    page = (
        "一级指标 | 二级指标 | 年度 指标值 |\n"
        "实际 完成值 |\n"
        "分值 | 得分 | 偏差原因分析及改进措施 | |||||\n"
        "履职效能 | 重点工作完成率 | 100% | 100% | 60 | 58 | 个别任务延期 |||||\n"
        "| |||\n"
        "| 群众满意度 | ≥90% | 95% | 40 | 40 | |||||\n"
        "合计 | | | | 100 | 98 | |||||\n"
    )
    records = parsed_page(page)
    assert _rows(records) == [
        ("履职效能", None, "重点工作完成率", "100%", Decimal(60), Decimal(58)),
        ("履职效能", None, "群众满意度", "≥90%", Decimal(40), Decimal(40)),
    ]
    assert [i.actual_raw for i in records if isinstance(i, Indicator)] == ["100%", "95%"]


def test_pipe_rows_under_the_tables_caption_a_two_level_table_of_county_words():
    # 绩效指标 | 一级指标 | …: the caption merged over the rows, printed on the first row only
    page = (
        "绩效指标 | 一级指标 | 二级指标 | 年度指标值 | 分值 | 得分 |\n"
        "绩效指标(100分) | 履职效能 | 重点工作完成率 | 100% | 60 | 58 |\n"
        "履职效能 | 群众满意度 | ≥90% | 40 | 40 |\n"
    )
    assert _rows(parsed_page(page)) == [
        ("履职效能", None, "重点工作完成率", "100%", Decimal(60), Decimal(58)),
        ("履职效能", None, "群众满意度", "≥90%", Decimal(40), Decimal(40)),
    ]


# --- a self-evaluation's rows whose 一级 / 二级 names the list lacks: levels by their place (grid and stream) ---

SELF_EVALUATION = """\
项目支出绩效自评表
项目名称 | 乡村道路养护
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
投入指标 | 资金管理 | 资金到位率 | 100% | 100% | 10 | 10 | 无
| 预算执行 | 预算执行率 | ≥90% | 95% | 10 | 10 | 无
产出指标 | 数量指标 | 养护里程 | ≥300公里 | 300公里 | 30 | 30 | 无
| 质量指标 | 验收合格率 | 100% | 100% | 20 | 20 | 无
效益指标 | 社会效益指标 | 群众出行条件 | 改善 | 改善 | 20 | 18 | 部分路段未完工
满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 95% | 10 | 10 | 无
合计 | | | | | 100 | 98 |
"""
SELF_EVALUATION_READ = [
    ("投入指标", "资金管理", "资金到位率", "100%", Decimal(10), Decimal(10)),
    ("投入指标", "预算执行", "预算执行率", "≥90%", Decimal(10), Decimal(10)),
    ("产出指标", "数量指标", "养护里程", "≥300公里", Decimal(30), Decimal(30)),
    ("产出指标", "质量指标", "验收合格率", "100%", Decimal(20), Decimal(20)),
    ("效益指标", "社会效益指标", "群众出行条件", "改善", Decimal(20), Decimal(18)),
    ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", Decimal(10), Decimal(10)),
]


def test_pipe_rows_levels_the_list_lacks_placed_by_their_rows_points():
    # 投入指标 | 资金管理 had been read as an indicator 投入指标 whose target was 资金管理, actual 资金到位率, 分值 100
    assert _rows(parsed_page(SELF_EVALUATION)) == SELF_EVALUATION_READ


def test_tab_rows_levels_the_list_lacks_placed_by_their_rows_points():
    page = "\n".join("\t".join(cell.strip() for cell in line.split("|")) for line in SELF_EVALUATION.splitlines())
    assert _rows(parsed_page(page + "\n")) == SELF_EVALUATION_READ


def test_space_rows_levels_the_list_lacks_placed_by_their_rows_points():
    # cells between single spaces (a copy's text of the table): the stream reader's rows
    lines = [" ".join(c.strip() for c in line.split("|") if c.strip()) for line in SELF_EVALUATION.splitlines()]
    rows = _rows(parsed_page("\n".join(lines) + "\n"))
    assert rows[:4] == SELF_EVALUATION_READ[:4]
    # (the row whose 偏差原因 is words: the stream reads no points there, as before)
    assert [row[:4] for row in rows] == [row[:4] for row in SELF_EVALUATION_READ]


def test_a_row_whose_points_stand_without_a_shift_is_read_as_before():
    # 资金到位率 | 100% | 100% | 10 | 10 (its levels merged above): no cell before its name
    page = SELF_EVALUATION.replace("| 预算执行 | 预算执行率 |", "| 预算执行率 |")
    rows = _rows(parsed_page(page))
    assert ("投入指标", "资金管理", "预算执行率", "≥90%", Decimal(10), Decimal(10)) in rows


def test_a_figure_before_the_name_is_never_a_level_by_place():
    # 第1项 | 资金到位率 | …: a cell with a figure is no level, the row read as before (no level named 第1项)
    page = SELF_EVALUATION.replace("投入指标 | 资金管理 | 资金到位率", "投入指标 | 第1项 | 资金到位率")
    assert not any(row[1] == "第1项" for row in _rows(parsed_page(page)))


def test_the_grids_rows_keep_the_project_they_stand_under():
    page = "项目名称 | 乡村道路养护\n" + _closed([
        "一级指标", "二级指标", "指标值", "分值",
        "决策指标", "绩效目标合理性", "合理", "50",
        "", "依据充分性", "充分", "50",
        "合计", "", "", "100",
    ])
    records = parsed_page(page)
    assert [i.project_key for i in records if isinstance(i, Indicator)] == ["t01", "t01"]


def test_levels_by_place_only_where_one_count_places_the_points():
    from ingest.performance.levels import levels_by_place

    row = ["投入指标", "资金管理", "资金到位率", "100%", "100%", "10", "10", "无"]
    # (分值 and 得分 the 4th and 5th cells after the name: 年度指标值 | 实际完成值 | 分值 | 得分)
    assert levels_by_place(row, 3, 4) == 2
    assert levels_by_place(row[1:], 3, 4) == 1
    assert levels_by_place(row[2:], 3, 4) == 0
    assert levels_by_place(["投入指标", "资金管理", "资金到位率", "100%", "100%", "10", "12"], 3, 4) == 0  # 得分 > 分值
    assert levels_by_place(["第1项", "资金管理", "资金到位率", "100%", "100%", "10", "10"], 3, 4) == 0  # a figure
    # two counts that place numbers (10 | 10 | 10 | 10): which, the cells do not tell
    assert levels_by_place(["资金管理", "资金到位率", "10", "10", "10", "10", "10"], 2, 3) == 0

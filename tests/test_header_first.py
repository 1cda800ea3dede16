"""A recognised header lays the rows under it (ingest/performance/header_first.py): where a table's header says
what each column is (一级指标 | 二级指标 | 指标名称 | 指标值 | 完成值) but its rows deviate from what the stream
reader expects — a level cell merged and printed empty, a 二级指标 without 指标 (社会效益, 满意度, 可持续影响,
服务对象满意度), a 说明 column between the name and the target, the 绩效指标 or 指标内容 column holding the name —
the header's laying of a row replaces the stream's shifted reading where it is confirmed (the table's points, or
its cells one per column), and the row is left out with a warning where it is not."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _performance_helpers import parsed_page

from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator, ParseWarning

PAGES = Path(__file__).parent / "fixtures" / "pages"

# 指标名称 after two level columns; the 一级 (and once the 二级) cells merged, printed empty; 二级指标 words
# without 指标 (社会效益, 可持续影响, 服务对象满意度) that no level vocabulary holds.
NAME_COLUMN = """某县2023年度项目支出绩效自评表

一级指标 | 二级指标 | 指标名称 | 年度指标值 | 实际完成值
产出指标 | 数量指标 | 培训人数 | ≥100人 | 120人
 | 质量指标 | 培训合格率 | ≥90% | 95%
效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 53.53%
 | | 群众知晓率 | ≥85% | 90%
 | 可持续影响 | 技能长期提升 | 有效提升 | 有效提升
满意度指标 | 服务对象满意度 | 学员满意度 | ≥90% | 96%
"""
NAME_COLUMN_ROWS = {
    ("培训人数", "≥100人", "120人", None, None),
    ("培训合格率", "≥90%", "95%", None, None),
    ("参训学员就业率", "60%及以上", "53.53%", None, None),
    ("群众知晓率", "≥85%", "90%", None, None),
    ("技能长期提升", "有效提升", "有效提升", None, None),
    ("学员满意度", "≥90%", "96%", None, None),
}

# 指标内容 holds the name; 经济效益 / 社会效益 / 生态效益 / 满意度 as the 二级指标.
CONTENT_COLUMN = """某县2022年度项目支出绩效自评表

一级指标 | 二级指标 | 指标内容 | 目标值 | 完成值
产出指标 | 数量指标 | 改造农村公路里程 | 12公里 | 12.5公里
 | 时效指标 | 完工时间 | 2022年10月 | 2022年9月
效益指标 | 经济效益 | 降低群众出行成本 | 有效降低 | 有效降低
 | 社会效益 | 群众出行便利度 | 明显提高 | 明显提高
 | 生态效益 | 道路扬尘减少 | ≥30% | 35%
满意度指标 | 满意度 | 沿线群众满意度 | ≥95% | 97%
"""
CONTENT_COLUMN_ROWS = {
    ("改造农村公路里程", "12公里", "12.5公里", None, None),
    ("完工时间", "2022年10月", "2022年9月", None, None),
    ("降低群众出行成本", "有效降低", "有效降低", None, None),
    ("群众出行便利度", "明显提高", "明显提高", None, None),
    ("道路扬尘减少", "≥30%", "35%", None, None),
    ("沿线群众满意度", "≥95%", "97%", None, None),
}

# A 说明 column between the name and the target, points adding up to the 合计; the project's name printed as
# a line of text above the table (no row of it).
EXPLAINED = """某县2023年度项目支出绩效自评表

项目名称：职业技能培训补助
一级指标 | 二级指标 | 指标名称 | 指标说明 | 年度指标值 | 实际完成值 | 分值 | 得分
产出指标 | 数量指标 | 培训人数 | 全年培训人数 | ≥100人 | 120人 | 20 | 20
 | 质量指标 | 培训合格率 | 考核合格人数占比 | ≥90% | 95% | 20 | 20
效益指标 | 社会效益 | 参训学员就业率 | 就业人数占比 | 60%及以上 | 53.53% | 30 | 25
满意度指标 | 服务对象满意度 | 学员满意度 | 问卷调查 | ≥90% | 96% | 30 | 30
合计 | | | | | | 100 | 95
"""
EXPLAINED_ROWS = {
    ("培训人数", "≥100人", "120人", Decimal(20), Decimal(20)),
    ("培训合格率", "≥90%", "95%", Decimal(20), Decimal(20)),
    ("参训学员就业率", "60%及以上", "53.53%", Decimal(30), Decimal(25)),
    ("学员满意度", "≥90%", "96%", Decimal(30), Decimal(30)),
}

# 绩效指标 as the name's column right after the levels (no caption spanning the rows).
PERFORMANCE_COLUMN = """某县2023年度项目支出绩效自评表

一级指标 | 二级指标 | 绩效指标 | 指标值 | 实际完成值
产出指标 | 数量指标 | 培训人数 | ≥100人 | 120人
效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 53.53%
满意度指标 | 满意度 | 学员满意度 | ≥90% | 96%
"""
PERFORMANCE_COLUMN_ROWS = {
    ("培训人数", "≥100人", "120人", None, None),
    ("参训学员就业率", "60%及以上", "53.53%", None, None),
    ("学员满意度", "≥90%", "96%", None, None),
}

# Columns in another order: 分值 before the values, the actual before the target (read right on main too).
OTHER_ORDER = """某县2023年度项目支出绩效自评表

一级指标 | 二级指标 | 指标名称 | 分值 | 实际完成值 | 年度指标值 | 得分
产出指标 | 数量指标 | 培训人数 | 20 | 120人 | ≥100人 | 20
 | 质量指标 | 培训合格率 | 20 | 95% | ≥90% | 20
效益指标 | 社会效益 | 参训学员就业率 | 30 | 53.53% | 60%及以上 | 25
满意度指标 | 满意度 | 学员满意度 | 30 | 96% | ≥90% | 30
合计 | | | 100 | | | 95
"""


def _readings(records) -> set[tuple]:
    return {("".join(r.level3_name.split()), r.target_raw and "".join(r.target_raw.split()),
             r.actual_raw and "".join(r.actual_raw.split()), r.weight, r.score)
            for r in records if isinstance(r, Indicator)}


def _warnings(records, parser: str = "performance.header_first") -> list[ParseWarning]:
    return [r for r in records if isinstance(r, ParseWarning) and r.parser == parser]


# Layouts whose rows keep each row apart (a row per line) or whose cells one per line keep the empty ones: the
# tables' rows are read the same. (One cell per line with the empty cells dropped, a 二级指标 the vocabulary
# lacks cannot be told from a name there: those layouts are not asked for all rows.)
ROW_LAYOUTS = [
    "tables separated by tabs",
    "tables lined up with spaces (characters)",
    "tables lined up with spaces (display columns)",
    "indented lines",
    "full-width punctuation",
    "a blank line after every line",
]


@pytest.mark.parametrize(("page", "rows"), [
    (NAME_COLUMN, NAME_COLUMN_ROWS),
    (CONTENT_COLUMN, CONTENT_COLUMN_ROWS),
    (EXPLAINED, EXPLAINED_ROWS),
    (PERFORMANCE_COLUMN, PERFORMANCE_COLUMN_ROWS),
    (OTHER_ORDER, EXPLAINED_ROWS),
], ids=["指标名称", "指标内容", "说明 column", "绩效指标", "other order"])
def test_the_header_lays_the_rows_pipes(page, rows):
    assert _readings(parsed_page(page)) == rows


@pytest.mark.parametrize("layout", ROW_LAYOUTS)
@pytest.mark.parametrize(("page", "rows"), [
    (NAME_COLUMN, NAME_COLUMN_ROWS),
    (CONTENT_COLUMN, CONTENT_COLUMN_ROWS),
    (EXPLAINED, EXPLAINED_ROWS),
    (PERFORMANCE_COLUMN, PERFORMANCE_COLUMN_ROWS),
], ids=["指标名称", "指标内容", "说明 column", "绩效指标"])
def test_the_header_lays_the_rows_in_other_layouts(page, rows, layout):
    text, _origin = VARIANTS[layout](page.splitlines())
    assert _readings(parsed_page(text)) == rows


CELL_LAYOUTS = [name for name in VARIANTS if "one cell per line" in name or name in (
    "Markdown tables", "tables with one space between cells", "units on a line of their own")]


@pytest.mark.parametrize("layout", CELL_LAYOUTS)
def test_one_cell_per_line_the_name_column_table_read_whole(layout):
    # (no 说明 column: every row's cells lay one way whatever empty cells the layout dropped)
    text, _origin = VARIANTS[layout](NAME_COLUMN.splitlines())
    assert _readings(parsed_page(text)) == NAME_COLUMN_ROWS


@pytest.mark.parametrize("layout", CELL_LAYOUTS)
def test_one_cell_per_line_a_row_read_two_ways_is_left_out_never_shifted(layout):
    # A 说明 column and the empty 一级 cell dropped (质量指标 | 培训合格率 | 考核合格人数占比 | ≥90% | …): the name
    # is 培训合格率 (考核合格人数占比 its 说明) or 考核合格人数占比 (the 说明 empty) — the row's figures never a 说明's
    # words.
    # (the project's name line left out: a 项目名称 line over a table printed one cell per line is the
    # hard-wrapped project-table reader's, not this rule's)
    text, _origin = VARIANTS[layout](EXPLAINED.replace("项目名称：职业技能培训补助\n", "").splitlines())
    found = _readings(parsed_page(text))
    assert found - EXPLAINED_ROWS <= {("考核合格人数占比", "≥90%", "95%", Decimal(20), Decimal(20))}, found
    assert len(found & EXPLAINED_ROWS) >= 3
    figures = {value for row in found for value in row[1:3]}
    assert not figures & {"全年培训人数", "考核合格人数占比", "就业人数占比", "问卷调查"}


def test_levels_carried_down_with_the_header():
    rows = {r.level3_name: (r.level1_name, r.level2_name) for r in parsed_page(NAME_COLUMN)
            if isinstance(r, Indicator)}
    assert rows["参训学员就业率"] == ("效益指标", "社会效益")
    assert rows["学员满意度"] == ("满意度指标", "服务对象满意度")


# The header's laying unconfirmed (a target table whose row leaves its empty 说明 cell unprinted: its cells do not
# fall one per column, the name 社会效益 or 参训学员就业率), the stream's reading shifted (参训学员就业率 as the
# target): left out.
UNCONFIRMED = """某县2023年度项目绩效目标表

一级指标 | 二级指标 | 指标名称 | 指标说明 | 年度指标值 | 实际完成值
产出指标 | 数量指标 | 培训人数 | 全年培训人数 | ≥100人 | 120人
效益指标 | 社会效益 | 参训学员就业率 | 60%及以上 | 53.53%
"""


def test_an_empty_cell_printed_places_the_row():
    # the same row printing its empty 说明 cell: one cell per column, the header's laying taken
    page = UNCONFIRMED.replace("| 参训学员就业率 | 60%", "| 参训学员就业率 | | 60%")
    records = parsed_page(page)
    assert ("参训学员就业率", "60%及以上", "53.53%", None, None) in _readings(records)
    assert not [w for w in _warnings(records) if w.source_line == 5]


@pytest.mark.parametrize("row", [
    " | 质量指标 | 培训合格率 | 考核合格人数占比 | ≥90%",  # (the 一级 cell merged, printed empty)
    "| 质量指标 | 培训合格率 | 考核合格人数占比 | ≥90% |",  # (a border's pipe, the 一级 cell merged away)
    "\t质量指标\t培训合格率\t考核合格人数占比\t≥90%",
])
def test_a_target_table_row_under_merged_levels_placed_by_its_cells(row):
    # a 说明 column and a merged 一级 cell: by its cells the row has two layings (培训合格率 or 考核合格人数占比 the
    # name); by their places one
    header = "一级指标 | 二级指标 | 三级指标 | 指标解释 | 指标值"
    first = "产出指标 | 数量指标 | 培训人数 | 全年培训人数 | ≥100人"
    if "\t" in row:
        header, first = header.replace(" | ", "\t"), first.replace(" | ", "\t")
    page = f"某县2024年度项目绩效目标表\n\n{header}\n{first}\n{row}\n"
    assert _readings(parsed_page(page)) == {("培训人数", "≥100人", None, None, None),
                                            ("培训合格率", "≥90%", None, None, None)}


def test_an_unconfirmed_laying_that_disagrees_leaves_the_row_out():
    records = parsed_page(UNCONFIRMED)
    found = _readings(records)
    assert ("培训人数", "≥100人", "120人", None, None) in found
    shifted = [row for row in found if "参训学员就业率" in row[1:3] or row[0] == "社会效益"]
    assert not shifted
    assert 5 in [w.source_line for w in _warnings(records)]


def test_where_the_two_agree_the_stream_reading_stands():
    # the rows the stream reads right (培训人数 under 产出指标 | 数量指标) are its records, unchanged
    page = ("某县项目支出绩效自评表\n\n一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值\n"
            "产出指标 | 数量指标 | 培训人数 | ≥100人 | 120人\n")
    records = parsed_page(page)
    assert _readings(records) == {("培训人数", "≥100人", "120人", None, None)}
    assert not _warnings(records)


def test_a_header_line_read_as_an_indicator_is_left_out():
    # one space between cells: the stream takes the header's 指标名称 | 指标说明 for a name and its target
    text, _origin = VARIANTS["tables with one space between cells"](EXPLAINED.splitlines())
    found = _readings(parsed_page(text))
    assert not [row for row in found if row[0] in ("指标名称", "一级指标")]


# ---- the real page: 吕梁山护工培训 (山西), a note run into the header's first cell ----

HUGONG = PAGES / "lvliang-hugong-2021-selfeval-school-table-after.txt"


def test_real_page_the_header_lays_the_rows_the_stream_shifted():
    records = parse_path(HUGONG).records
    rows = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    assert (rows["参训学员就业率"].target_raw, rows["参训学员就业率"].actual_raw) == ("60%及以上", "53.53%")
    assert (rows["参培学员满意度"].target_raw, rows["参培学员满意度"].actual_raw) == ("95%及以上", "88.32%及以上")
    lessened = rows["减轻参训人员经济负担"]
    assert (lessened.target_raw, lessened.actual_raw) == ("有效减轻", "有效减轻")
    assert (rows["巩固脱贫攻坚成果"].level2_name, rows["巩固脱贫攻坚成果"].actual_raw) == ("可持续影响", "有效巩固")
    assert rows["培训任务完成及时"].target_raw == "2021.1.1-12.31"
    assert rows["考核任务完成及时"].actual_raw == "1-2期未能及时培训"
    assert rows["培训对象符合吕梁山护工培训招生计划规定"].actual_raw == "存在18岁以下、54周岁以上"
    assert not {"经济效益", "社会效益", "可持续影响", "满意度", "产出时效"} & set(rows)


@pytest.mark.parametrize("note", ["详情见附件(注:以下内容为附件图片识别)", "附表:", "某县人力资源和社会保障局"])
@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_a_note_run_into_the_headers_first_cell(note, sep):
    page = NAME_COLUMN.replace("一级指标 | 二级指标", note + "一级指标 | 二级指标")
    page = "\n".join(sep.join(cell.strip() for cell in line.split("|")) if "|" in line else line
                     for line in page.splitlines())
    assert _readings(parsed_page(page)) == NAME_COLUMN_ROWS


def test_a_laying_reading_fewer_figures_never_replaces_the_stream():
    """A page re-printed one cell per line, a blank line after each row, under 指标性质 | 指标值 | 度量单位: the header
    lays the row's target without its unit and nothing after it, while the stream reads ``=72890元`` with its actual,
    分值 and 得分 — the poorer laying is not taken (it was: a wrong target under that re-printing of this page)."""
    page = (PAGES / "lijiang-gucheng-zrzyj-2020-selfeval.txt").read_text("utf-8").split("\n")
    text, _ = VARIANTS["tables one cell per line, a blank line after each row"](page)
    found = [r.target_raw for r in parse_bytes(text.encode(), Path("x.txt")).records
             if isinstance(r, Indicator) and r.level3_name == "卫片执法补助经费"]
    assert found == ["=72890元"], found

"""Indicator rows of well-labelled tables the stream reader missed (fourteenth session, cells20):

- a table printed one closed cell per line (or each cell's pipe on the next line) whose 三级指标 cell states
  what was done in a sentence (``慰问伤残军人50人;…边海防官兵320人。 |``): the sentence is the cell's, not
  prose after the table, so the table goes on; right after a 二级指标 cell it is the row's name;
- such a table's cell wrapped before its pipe (``打造金安国际网球`` / ``公开赛等系列品牌赛事 |``) is one cell, and
  the next table's title or 项目名称 ends the block;
- a row of the 2021 template under no header (a page cut above it) printing all of 完成值 | 权重 | 得分 after
  its 指标性质 | 指标值 | 度量单位 target: those figures are read; a row missing one of them is not.
Each on its real page and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning
from tests._performance_helpers import parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _indicators(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
        for i in records
        if isinstance(i, Indicator)
    ]


def test_real_page_a_sentence_cell_in_a_table_one_cell_per_line():
    # 保山市退役军人事务局 2022 项目支出绩效自评表, each cell on a line and its pipe on the next: the 数量指标 row's
    # 三级指标 is a sentence (慰问伤残军人50人;…边海防官兵320人。) — read as prose after the table, it ended the
    # indicator block there and no indicator of the table was read
    records = parse_path(PAGES / "baoshan-tyjrswj-2022-selfeval-cell-then-pipe-line.txt").all_records
    rows = _indicators(records)
    assert [(r[0], r[1], r[3], r[4], r[6]) for r in rows] == [
        ("产出指标", "数量指标", "100%", "100%", Decimal("20")),
        ("产出指标", "质量指标", "100%", "100%", Decimal("20")),
        ("产出指标", "时效指标", "按时限完成", "100%", Decimal("20")),
        ("效益指标", "社会效益指标", "小于5次", "无上访", Decimal("10")),
        ("满意度指标", "服务对象满意度指标", "100%", "100%", Decimal("10")),
    ]
    assert rows[0][2].startswith("慰问伤残军人50人;革命烈士遗属50人;") and rows[0][2].endswith("边海防官兵320人。")
    assert rows[3][2] == "全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生"
    first = next(i for i in records if isinstance(i, Indicator))
    assert (first.source_line, first.value_lines) == (76, "actual=78;score=80")


HEADER = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"]
ROWS = [
    ["产出指标(60分)", "数量指标", "走访困难群众120户;发放慰问金36万元。", "100%", "100%", "30"],
    ["质量指标", "慰问金足额发放率", "≥98%", "100%", "30"],
    ["满意度指标(40分)", "服务对象满意度指标", "慰问对象满意度", ">=95%", "97%", "40"],
]
EXPECTED = [
    ("产出指标", "数量指标", "走访困难群众120户;发放慰问金36万元。", "100%", "100%", None, Decimal("30")),
    ("产出指标", "质量指标", "慰问金足额发放率", "≥98%", "100%", None, Decimal("30")),
    ("满意度指标", "服务对象满意度指标", "慰问对象满意度", ">=95%", "97%", None, Decimal("40")),
]


def _cells_page(cell: str, padding: str) -> str:
    """The header and rows one cell per line, each printed by ``cell`` (``{}`` the text), ``padding`` between rows."""
    lines = ["项目名称", "|", "困难群众春节慰问", "|"]
    for row in [HEADER, *ROWS]:
        lines.extend(cell.format(text) for text in row)
        lines.append(padding)
    return "\n".join([*lines, "总分", "|", "100", "|"]) + "\n"


@pytest.mark.parametrize(
    ("cell", "padding"),
    [
        ("{}\n|", "||||"),  # each cell's pipe on the next line, a line of pipes between rows (the real page)
        ("{}\n|\n", "|||||"),  # the same with a blank line after each pipe
        ("{} |", "|"),  # each cell closed by its own pipe
        ("{} |\n", ""),  # closed, a blank line after every cell
        ("{}", ""),  # bare, one cell per line
        ("{}\n", ""),  # bare, a blank line after every cell
    ],
)
def test_a_sentence_cell_in_a_table_one_cell_per_line_variant(cell, padding):
    assert _indicators(parsed_page(_cells_page(cell, padding))) == EXPECTED


def test_a_sentence_after_a_table_one_cell_per_line_still_ends_it():
    # a paragraph (no cell's length, no pipe) after the table ends it; its figures are no indicator's
    page = _cells_page("{} |", "|").replace("总分\n|\n100\n|\n", "")
    page += "说明:本年度共走访困难群众120户,发放慰问金36万元,群众满意度达到97%以上,较上年有明显提升。\n"
    assert _indicators(parsed_page(page)) == EXPECTED


def test_a_sentence_cell_not_after_a_level_is_no_name():
    # the same sentence standing in a row whose level cells were printed: after its 三级指标's name, no name
    rows = "\n".join(f"{c} |" for c in [*HEADER, "产出指标", "数量指标", "走访户数", "120户", "118户", "30",
                                        "其中:城区走访60户;乡镇走访58户。", "满意度指标", "服务对象满意度指标",
                                        "慰问对象满意度", "95%", "97%", "40"])
    names = [r[2] for r in _indicators(parsed_page("项目名称 |\n困难群众春节慰问 |\n" + rows + "\n"))]
    assert names == ["走访户数", "慰问对象满意度"]


def test_real_page_sentence_cells_and_a_wrapped_cell_of_a_target_table():
    # 六安市金安区体育局 2025 项目支出绩效目标表 one closed cell per line: the 社会效益指标's 三级指标 is a sentence
    # (…提升六安城市的知名度和美誉度。) — the block ended there, the rows below it unread; the 可持续影响指标's name
    # wraps before its pipe (打造金安国际网球 / 公开赛等系列品牌赛事 |); the next table's title ends the block
    records = parse_path(PAGES / "luan-jinan-tyj-2025-targets-sentence-cells.txt").all_records
    rows = [r[:4] for r in _indicators(records)]
    assert rows[6:] == [
        ("效益指标", "经济效益指标", "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合", "经济效益良好"),
        ("效益指标", "社会效益指标", "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。", "效果良好"),
        ("效益指标", "生态效益指标", "本项目不适用此指标", "无"),
        ("效益指标", "可持续影响指标", "打造金安国际网球公开赛等系列品牌赛事", "影响可持续"),
        ("满意度指标", "满意度指标", "群众满意度", "≥95%"),
    ]
    assert not [r for r in rows if r[2] in {"(2025年度)", "项目支出绩效目标表"}]


@pytest.mark.parametrize("wrap", ["\n", " \n"])
def test_a_wrapped_cell_and_the_next_table_of_a_target_table_variant(wrap):
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "培训人次", ">=300人次",
             "效益指标", "社会效益指标", "全民健身意识明显增强,参与人数逐年增加。", "效果明显",
             "可持续影响指标", f"赛事品牌{wrap}长期影响", "持续", "满意度指标", "满意度指标", "参赛群众满意度", "≥90%",
             "", "", "项目支出绩效目标表", "(2024年度)", "项目负责人:", "项目名称", "全民健身赛事"]
    page = "项目名称 |\n社区运动会 |\n" + "\n".join(f"{c} |" if c else "|" for c in cells) + "\n"
    rows = [r[:4] for r in _indicators(parsed_page(page))]
    assert rows == [
        ("产出指标", "数量指标", "培训人次", ">=300人次"),
        ("效益指标", "社会效益指标", "全民健身意识明显增强,参与人数逐年增加。", "效果明显"),
        ("效益指标", "可持续影响指标", "赛事品牌长期影响", "持续"),
        ("满意度指标", "满意度指标", "参赛群众满意度", "≥90%"),
    ]


def test_real_page_headless_rows_with_all_their_scored_cells():
    # 大英县文化广播电视和旅游局 2022 部门预算项目支出绩效自评表, the page cut above the rows (no header): a row
    # printing 指标性质 | 指标值 | 度量单位 then 完成值 | 权重 | 得分 had only its target read
    # had only its target read; the page's first row (no level cells) and a 定性 row whose 完成值 | 权重 | 得分 the
    # copy printed on the next line, opened by a pipe (``| 好坏 | 5 | 5 |``), above the first level's row: unread
    records = parse_path(PAGES / "daying-wglj-2022-selfeval-headless-scored-rows.txt").all_records
    assert _indicators(records) == [
        (None, None, "公益性讲座知晓率", "=100%", "100", Decimal("5"), Decimal("5")),
        ("效益指标", "可持续影响指标", "图书馆管理机制健全性", "好坏", "好坏", Decimal("5"), Decimal("5")),
        ("满意度指标", "服务对象满意度指标", "活动参与人员满意度", "≥95%", "95", Decimal("5"), Decimal("5")),
        ("满意度指标", "服务对象满意度指标", "聘用人员满意度", "≥95%", "95", Decimal("5"), Decimal("5")),
    ]
    lines = [(i.source_line, i.value_lines) for i in records if isinstance(i, Indicator)]
    assert lines == [(2, None), (4, "actual=5;weight=5;score=5"), (7, None), (9, None)]


def test_real_page_headless_rows_missing_a_scored_cell_keep_their_target_only():
    # 大英县 铁路沿线环境整治 自评表, cut above its rows: each row prints two cells after its target (完成值 and one of
    # 权重 / 得分, the other left empty): which column the second stands in is not known — targets only, a warning
    records = parse_path(PAGES / "daying-railway-selfeval-headless-rows-cells-dropped.txt").all_records
    rows = _indicators(records)
    assert ("效益指标", "社会效益指标", "环境治理亮化美化率", "≥90%", None, None, None) in rows
    assert all(r[4:] == (None, None, None) for r in rows)
    assert [w for w in records if isinstance(w, ParseWarning) and "without their table's header" in w.message]


@pytest.mark.parametrize("separator", [" | ", "\t", "  "])
@pytest.mark.parametrize("operator", ["≥", ">="])
def test_headless_rows_with_all_their_scored_cells_variant(separator, operator):
    rows = [
        ["产出指标", "数量指标", "培训场次", operator, "12", "场", "13", "20", "20"],
        ["时效指标", "资金拨付及时率", "=", "100", "%", "90", "20", "18"],
        ["成本指标", "人均培训成本", "≤", "300", "元", "280", "20"],  # 得分 left empty: no actual, no points
        ["效益指标", "社会效益指标", "技能提升率", operator, "80", "%", "85", "10", "12"],  # 得分 over 权重: none
    ]
    page = "\n".join(separator.join(row) for row in rows) + "\n合计" + separator + "100\n"
    found = {r[2]: r[3:] for r in _indicators(parsed_page(page))}
    assert found["培训场次"] == (f"{operator}12场", "13", Decimal("20"), Decimal("20"))
    assert found["资金拨付及时率"] == ("=100%", "90", Decimal("20"), Decimal("18"))
    assert found["人均培训成本"] == ("≤300元", None, None, None)
    assert found["技能提升率"] == (f"{operator}80%", None, None, None)


def test_real_page_a_sentence_under_a_header_naming_text_columns_still_ends_the_block():
    # 广西 2021 项目绩效目标表 template one closed cell per line: 分值 | 指标内容(150字内) | 指标值 | 评分细则 — its
    # sentences stand in the text columns, whose rows the stream reader cannot place (a next row's name would
    # be read as a target): the first sentence ends the block, as before
    records = parse_path(PAGES / "guangxi-2021-targets-template.txt").all_records
    assert not [i for i in records if isinstance(i, Indicator) and i.target_raw in {"资金使用合规性", "预算支出进度"}]


def test_a_sentence_under_a_header_naming_text_columns_still_ends_the_block_variant():
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "评分标准", "产出指标", "数量指标", "培训人次", "300人次",
             "完成得10分;未完成不得分。", "质量指标", "培训合格率", "95%", "达到得10分。"]
    page = "项目名称 |\n技能培训 |\n" + "\n".join(f"{c} |" for c in cells) + "\n"
    # (the stream's block ends at the sentence; the header, one cell per line, lays the next row one cell per column
    # — 培训合格率 | 95% | its rule — and adds it: no name read as a target)
    assert [r[2:4] for r in _indicators(parsed_page(page))] == [("培训人次", "300人次"), ("培训合格率", "95%")]


# --- a 绩效自评报告's levels leading lines of ``name value`` clauses ---

def _narrative(records) -> set[tuple]:
    return {(i.level1_name, i.level2_name, i.level3_name, i.actual_raw, i.source_line)
            for i in records if isinstance(i, Indicator)}


# (the real pages of these two rules, 东丽湖光辉路 and 牟定, are tests/test_narrative_indicators.py's)


LED_REPORT = """\
某县农业农村局2023年度项目支出绩效自评报告
(三)绩效指标完成情况分析
{heading}
数量指标{colon}完成高标准农田建设1.2万亩,已完成{end}
质量指标{colon}工程验收合格率100%,已完成{end}
时效指标{colon}按计划推进,已完成{end}
四、存在的问题
"""


@pytest.mark.parametrize("colon", [":", "："])
@pytest.mark.parametrize("end", [";", "；", "。"])
@pytest.mark.parametrize("heading", ["1.产出指标完成情况分析。", "(一)产出指标完成情况"])
def test_lines_each_led_by_a_level_below_a_heading_variant(colon, end, heading):
    rows = {r[:4] for r in _narrative(parsed_page(LED_REPORT.format(heading=heading, colon=colon, end=end)))}
    assert rows == {("产出指标", "数量指标", "完成高标准农田建设", "1.2万亩"),
                    ("产出指标", "质量指标", "工程验收合格率", "100%")}


RUN_ON_REPORT = """\
某县交通运输局2022年度农村公路养护项目绩效自评报告
(三)绩效指标完成情况分析
{n1}数量指标{stop}完成养护里程120公里,修复路面3200平方米。
{n2}时效指标{stop}项目于2022年3月开工,2022年11月完工。
{n3}满意度指标{stop}沿线群众满意度≥90%。
"""


@pytest.mark.parametrize("stop", ["。", ":", "："])
@pytest.mark.parametrize("numbers", [("1.", "2.", "3."), ("(1)", "(2)", "(3)"), ("1、", "2、", "3、")])
def test_a_level_heading_run_on_into_its_clauses_variant(stop, numbers):
    page = RUN_ON_REPORT.format(stop=stop, n1=numbers[0], n2=numbers[1], n3=numbers[2])
    assert {r[:4] for r in _narrative(parsed_page(page))} == {
        ("产出指标", "数量指标", "完成养护里程", "120公里"),
        ("产出指标", "数量指标", "修复路面", "3200平方米"),
        ("满意度指标", None, "沿线群众满意度", "≥90%"),
    }


def test_a_level_heading_run_on_into_its_clauses_is_read_on_a_self_evaluation_page_only():
    # a 绩效目标 page states targets so, a budget's 说明 neither: no actual read
    page = RUN_ON_REPORT.format(stop="。", n1="1.", n2="2.", n3="3.").replace("绩效自评报告", "项目绩效目标说明")
    assert not [i for i in parsed_page(page) if isinstance(i, Indicator) and i.actual_raw]
    # nor on a 自评表 (its cells may state the year's targets in such a sentence): a report's only
    table = RUN_ON_REPORT.format(stop=":", n1="1.", n2="2.", n3="3.").replace("绩效自评报告", "绩效自评表")
    assert not [i for i in parsed_page(table) if isinstance(i, Indicator) and i.actual_raw]


@pytest.mark.parametrize("padding", ["| |||", "|", "|||||"])
def test_headless_rows_above_the_first_level_row_and_a_tail_on_the_next_line_variant(padding):
    # a page cut mid-table: its first row without level cells, a 定性 row whose tail the copy printed below it
    page = "\n".join([
        "宣传活动覆盖率 | ≥ | 90 | % | 92 | 10 | 10 |", padding,
        "可持续影响指标 | 长效管理机制健全性 | 定性 | 优良中低差 |", "| 良 | 10 | 8 |", padding,
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | >= | 95 | % | 96 | 10 | 10 |", padding,
        "合计 | 100 | 98 |",
    ]) + "\n"
    records = parsed_page(page)
    assert _indicators(records) == [
        (None, None, "宣传活动覆盖率", "≥90%", "92", Decimal("10"), Decimal("10")),
        ("效益指标", "可持续影响指标", "长效管理机制健全性", "优良中低差", "良", Decimal("10"), Decimal("8")),
        ("满意度指标", "服务对象满意度指标", "群众满意度", ">=95%", "96", Decimal("10"), Decimal("10")),
    ]
    # a tail of two cells (完成值 and one of 权重 / 得分): the 定性 row is not read
    short = page.replace("| 良 | 10 | 8 |", "| 良 | 10 |")
    assert "长效管理机制健全性" not in [r[2] for r in _indicators(parsed_page(short))]

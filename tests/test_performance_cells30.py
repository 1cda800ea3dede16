"""Performance tables printed one cell per line (the 26p / 26q held-out batches, thirtieth session): a target
table's 指标值 cells written as sentences (按照资金测算控制各项成本。), a line without its pipe after a table of
closed cells (the next table's title) — each on its real page and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding
from tests._performance_helpers import indicator_rows, parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_sentence_targets_of_a_target_table_one_closed_cell_per_line():
    # 宁夏长庆初级中学 2019 项目支出预算绩效目标表, one cell per line closed by ` |`: the 指标值 cells are
    # sentences (按照资金测算控制各项成本。 |) — only 95%以上。 was read, the other sentences ended the block as
    # prose; and the next table's title cut at the excerpt's end, printed without its pipe, was read as
    # 自治区本级部门 = 2019年
    records = parse_path(PAGES / "changqing-school-2019-project-targets-sentence-cells.txt").all_records
    assert indicator_rows(records) == [
        ("产出指标", "成本指标", "成本控制", "按照资金测算控制各项成本"),
        ("产出指标", "时效指标", "完成时限", "2021年12月底完成项目规划相关工作"),
        ("产出指标", "数量指标", "补贴数量", "对学校2400平米体育场馆补贴5万元"),
        ("产出指标", "质量指标", "开放质量", "全面落实学校体育设施向社会开放工作"),
        ("满意度指标", "服务对象满意度指标", "学生及群众的满意率", "95%以上"),
        ("效益指标", "可持续影响指标", "提升全民健康水平", "促进人民群众健康水平不断提高"),
        ("效益指标", "社会效益指标", "发展全民健身运动", "通过本项目实施,有效提高全面健康水平"),
    ]
    indicators = [r for r in records if isinstance(r, Indicator)]
    assert [i.source_line for i in indicators] == [36, 39, 42, 45, 49, 53, 56]
    assert all(i.stage == "target" for i in indicators)
    assert (indicators[4].target_operator, indicators[4].target_value) == (">=", Decimal("95"))
    funds = [(f.label, f.budget_initial_yuan) for f in records if isinstance(f, ProjectFunding)]
    assert funds == [("年度资金总额", Decimal("50000.00")), ("其中:财政拨款", Decimal("50000.00"))]


HEAD = ["项目名称", "乡村学校操场改造", "项目资金(万元)", "年度资金总额", "12", "其中:财政拨款", "12",
        "绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]
ROWS = ["产出指标", "成本指标", "成本控制", "严格按照预算控制改造成本。",
        "时效指标", "完成时限", "2022年10月底前完成改造。",
        "数量指标", "改造面积", "完成3000平方米操场改造;", "受益学校", "覆盖全镇4所学校。",
        "满意度指标", "服务对象满意度指标", "师生满意率", "90%以上。",
        "效益指标", "社会效益指标", "改善办学条件", "有效改善学校体育教学条件。"]
# the next table's title, cut where the excerpt ends
TITLE = "县本级部门2022年项目支出预算绩"
EXPECTED = [
    ("产出指标", "成本指标", "成本控制", "严格按照预算控制改造成本"),
    ("产出指标", "时效指标", "完成时限", "2022年10月底前完成改造"),
    # (a sentence holding one figure is read as that figure, whichever reader laid it)
    ("产出指标", "数量指标", "改造面积", "3000平方米"),
    ("产出指标", "数量指标", "受益学校", "4所"),
    ("满意度指标", "服务对象满意度指标", "师生满意率", "90%以上"),
    ("效益指标", "社会效益指标", "改善办学条件", "有效改善学校体育教学条件"),
]


def _page(cell: str, cells: list[str] | None = None, tail: str = TITLE) -> str:
    return "\n".join(cell.format(c) for c in (cells or [*HEAD, *ROWS])) + "\n" + tail + "\n"


@pytest.mark.parametrize("cell", ["{} |", "{} |\n", "{} ｜", "{}\n|", "{}\t|"])
def test_sentence_targets_one_closed_cell_per_line_variant(cell):
    # closed by a pipe (a blank line after each cell, a full-width pipe, the pipe on the next line, a tab before it):
    # every row, the last one too, and no indicator of the title printed without its pipe after the table
    records = parsed_page(_page(cell))
    assert indicator_rows(records) == EXPECTED
    funds = [(f.label, f.budget_initial_yuan) for f in records if isinstance(f, ProjectFunding)]
    assert funds == [("年度资金总额", Decimal("120000.00")), ("其中:财政拨款", Decimal("120000.00"))]


@pytest.mark.parametrize("cell", ["{}", "{}\n", "\t{}"])
def test_sentence_targets_one_bare_cell_per_line_variant(cell):
    # bare cells (a blank line after each, tab-indented): the last row's sentence, followed by the title and not by
    # a level or a name with its value, cannot be told from a paragraph after the table — it ends the block
    records = parsed_page(_page(cell))
    assert indicator_rows(records) == EXPECTED[:-1]
    assert not [r for r in indicator_rows(records) if "县本级部门" in r[2]]


def test_sentence_targets_in_yuan_variant():
    page = _page("{} |").replace("项目资金(万元)", "项目资金(元)").replace("\n12 |", "\n120000 |")
    records = parsed_page(page)
    assert indicator_rows(records) == EXPECTED
    funds = [(f.label, f.budget_initial_yuan) for f in records if isinstance(f, ProjectFunding)]
    assert funds == [("年度资金总额", Decimal("120000.00")), ("其中:财政拨款", Decimal("120000.00"))]


def test_a_line_without_its_pipe_ends_a_table_of_closed_cells():
    # other names and figures: the title's year (2023年) is no target of an indicator 市本级部门
    cells = ["项目名称", "社区养老服务", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
             "服务人次", "≥1200人次", "满意度指标", "服务对象满意度指标", "老人满意度", "≥90%"]
    records = parsed_page(_page("{} |", cells, "市本级部门2023年项目支出绩效目标"))
    assert indicator_rows(records) == [
        ("产出指标", "数量指标", "服务人次", "≥1200人次"),
        ("满意度指标", "服务对象满意度指标", "老人满意度", "≥90%"),
    ]


def test_a_sentence_under_a_header_naming_a_text_column_is_no_target():
    # 指标值 | 指标解释: a sentence may be the explanation's cell, which the rows cannot place — no target read from it
    head = [*HEAD[:-1], "指标值", "指标解释"]
    cells = [*head, "产出指标", "成本指标", "成本控制", "严格按照预算控制改造成本。"]
    rows = indicator_rows(parsed_page(_page("{} |", cells)))
    assert not [r for r in rows if r[3] and "严格按照" in r[3]]


def test_a_sentence_with_a_value_after_it_is_no_target():
    # after a name whose target cell is missing, a sentence then a value: the sentence may be the next row's name
    cells = [*HEAD, "产出指标", "数量指标", "改造面积", "按计划完成操场改造并通过验收。", "≥3000平方米"]
    rows = indicator_rows(parsed_page(_page("{} |", cells)))
    assert not [r for r in rows if r[3] and "按计划" in r[3]]


def test_a_paragraph_after_a_bare_table_still_ends_it():
    cells = [*HEAD, "产出指标", "数量指标", "改造面积", "3000平方米", "满意度指标", "服务对象满意度指标", "师生满意率",
             "90%以上", "本项目实施后,学校体育教学条件明显改善,师生满意度达到95%以上。"]
    rows = indicator_rows(parsed_page(_page("{}", cells, "")))
    assert rows == [
        ("产出指标", "数量指标", "改造面积", "3000平方米"),
        ("满意度指标", "服务对象满意度指标", "师生满意率", "90%以上"),
    ]


def _rows(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
        for i in records
        if isinstance(i, Indicator)
    ]


def test_real_page_template_rows_one_cell_per_line_whose_indicator_header_was_lost():
    # 乐亭县市场监督管理局 2021 项目支出绩效自评表, a DOCX preview one cell per line that skips pages: the indicator
    # header (一级指标 … 年度指标值 | 实际完成值 | 分值 | 得分) is lost between the funds header and the rows, and
    # nothing of the table was read but its name; now its two whole rows and its 总分 row. The garbled cell
    # (年度资金总≥90% | 95% | 10 | 10: the row's name lost) opens no row.
    records = parse_path(PAGES / "laoting-scjgj-2021-selfeval-preview-cells.txt").all_records
    assert _rows(records) == [
        ("效益指标", "可持续影响指标", "可持续", "可持续", "可持续", Decimal("10"), Decimal("9")),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", Decimal("10"), Decimal("10")),
    ]
    indicators = [r for r in records if isinstance(r, Indicator)]
    assert [(i.source_line, i.value_lines, i.project_key) for i in indicators] == [
        (47, "actual=48;weight=49;score=50", "p01"),
        (55, "actual=56;weight=57;score=58", "p01"),
    ]
    assert all(i.stage == "self_evaluation" for i in indicators)
    project = next(r for r in records if isinstance(r, Project) and r.name == "商品质量检测经费")
    assert (project.total_weight, project.total_score, project.value_lines) == (
        Decimal("100"), Decimal("99"), "total_weight=60;total_score=61")


TEMPLATE_HEAD = ["项目支出绩效自评表", "(2022年度)", "项目名称", "农贸市场快检经费", "主管部门", "实施单位",
                 "某县市场监督管理局", "项目资金", "(万元)", "年初预算数", "调整预算数", "全年执行数", "分值", "执行率",
                 "得分", "年度资金总≥95%", "98%", "20", "18"]
TEMPLATE_ROWS = ["数量指标", "快检批次", "≥3000批次", "3200批次", "20", "20",
                 "可持续影响指标", "长效机制", "健全", "健全", "10", "8",
                 "满意度", "指标", "服务对象满意度指标", "商户满意度", "≥85%", "92%", "10", "10"]
TEMPLATE_TOTAL = ["总分", "100", "96"]
TEMPLATE_EXPECTED = [
    ("产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", Decimal("20"), Decimal("20")),
    ("效益指标", "可持续影响指标", "长效机制", "健全", "健全", Decimal("10"), Decimal("8")),
    ("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", "92%", Decimal("10"), Decimal("10")),
]


def _template_page(cell: str, rows: list[str] = TEMPLATE_ROWS, head: list[str] = TEMPLATE_HEAD) -> str:
    return "\n".join(cell.format(c) for c in [*head, *rows, *TEMPLATE_TOTAL]) + "\n"


@pytest.mark.parametrize("cell", ["{}", "{}\n", "{} |", "{} |\n"])
def test_template_rows_whose_indicator_header_was_lost_variant(cell):
    # other names and figures; bare or closed by pipes, a blank line after each cell
    records = parsed_page(_template_page(cell))
    assert _rows(records) == TEMPLATE_EXPECTED
    project = next(r for r in records if isinstance(r, Project))
    assert (project.total_weight, project.total_score) == (Decimal("100"), Decimal("96"))


def test_template_rows_whose_indicator_header_was_lost_tab_indented_and_in_yuan_variant():
    # tab-indented cells (a tab layout's reader reads the table, the 总分 not); the funds header's unit in 元
    assert _rows(parsed_page(_template_page("\t{}"))) == TEMPLATE_EXPECTED
    head = [("(元)" if c == "(万元)" else c) for c in TEMPLATE_HEAD]
    assert _rows(parsed_page(_template_page("{}", head=head))) == TEMPLATE_EXPECTED


def test_template_rows_two_under_one_level_variant():
    rows = ["数量指标", "快检批次", "≥3000批次", "3200批次", "10", "10", "快检品种", "≥20类", "22类", "10", "9"]
    assert _rows(parsed_page(_template_page("{}", rows))) == [
        ("产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", Decimal("10"), Decimal("10")),
        ("产出指标", "数量指标", "快检品种", "≥20类", "22类", Decimal("10"), Decimal("9")),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        # 得分 above 分值: the cells are not the template's columns
        ["数量指标", "快检批次", "≥3000批次", "3200批次", "10", "12"],
        # a cell more (a 偏差原因, or a cell of the next row?): which column each stands in is not known
        ["数量指标", "快检批次", "≥3000批次", "3200批次", "10", "8", "部分商户未配合"],
        # a cell missing
        ["数量指标", "快检批次", "3200批次", "10", "8"],
    ],
)
def test_template_rows_that_do_not_fall_into_the_columns_are_left_out(rows):
    records = parsed_page(_template_page("{}", rows))
    assert _rows(records) == []
    assert any(isinstance(r, ParseWarning) and "indicator header the page lost" in r.message for r in records)


def test_template_rows_under_their_indicator_header_are_read_as_before():
    # the header printed: the rows are the header's, this rule does not open them
    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    rows = ["产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", "20", "20", "无"]
    got = _rows(parsed_page(_template_page("{}", [*header, *rows])))
    assert got[:1] == [("产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", Decimal("20"), Decimal("20"))]


def test_real_page_funds_rows_with_a_cell_missing_stay_unread_with_a_warning():
    # the second table's 年度资金总额 | 30 | 30 | 10 | 100% | 99 under 年初预算数 | 调整预算数 | 全年执行数 | 分值 |
    # 执行率 | 得分, and 其中:当年财政拨款 | 30 | 30 | (empty) | 100% | (empty): five cells under six columns, no
    # placing keeps the rate (执行数 / 预算数) and 得分 ≤ 分值 at once — which column each 30 stands in is not known
    records = parse_path(PAGES / "laoting-scjgj-2021-selfeval-preview-cells.txt").all_records
    assert not [r for r in records if isinstance(r, ProjectFunding)]
    warned = {r.source_line for r in records if isinstance(r, ParseWarning) and "funds row" in r.message}
    assert {77, 83} <= warned

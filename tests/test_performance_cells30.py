"""Performance tables printed one cell per line (the 26p / 26q held-out batches, thirtieth session): a target
table's 指标值 cells written as sentences (按照资金测算控制各项成本。), a line without its pipe after a table of
closed cells (the next table's title) — each on its real page and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, ProjectFunding
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

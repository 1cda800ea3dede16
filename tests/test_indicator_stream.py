"""Performance indicators read as a stream of cells from layouts the table readers do not know
(ingest/performance/indicator_stream.py): one cell per line, run-together rows, space-separated
cells, pipe rows — on real documents of the development corpus and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.performance.indicator_stream import read_indicators
from ingest.records import Indicator, Project
from ingest.text import split_lines

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
needs_corpus = pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")


def rows(text: str, stage: str = "target") -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.score)
        for i in read_indicators(split_lines(text), stage)
        if isinstance(i, Indicator)
    ]


RUN_TOGETHER = """绩效指标一级指标二级指标指标内容指标值
产出指标数量指标农村义务教育学校改造覆盖率100%
质量指标校舍维修改造质量合格率100%
成本指标建设项目成本控制率100%
社会公众或服务对象满意度指标学生家长满意度≥90%
"""


def test_rows_run_together_split_at_level_names_and_values():
    assert rows(RUN_TOGETHER) == [
        ("产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%", None, None),
        ("产出指标", "质量指标", "校舍维修改造质量合格率", "100%", None, None),
        ("产出指标", "成本指标", "建设项目成本控制率", "100%", None, None),
        ("满意度指标", "社会公众或服务对象满意度指标", "学生家长满意度", "≥90%", None, None),
    ]


ONE_CELL_PER_LINE = "\n\n".join(
    ["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "重点建设工程安排数量", "2",
     "效益指标", "社会效益指标", "基础教育学校办学条件", "持续改善\n"]
)


def test_one_cell_per_line_with_text_values_and_the_value_line():
    found = [i for i in read_indicators(split_lines(ONE_CELL_PER_LINE), "target") if isinstance(i, Indicator)]
    assert [(i.level2_name, i.level3_name, i.target_raw, i.source_line) for i in found] == [
        ("数量指标", "重点建设工程安排数量", "2", 15),
        ("社会效益指标", "基础教育学校办学条件", "持续改善", 23),
    ]


SELF_EVALUATION = """一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |
产 出 指 标 (50分) |
数量指标 | ★补助鱼塘面积 | 10 | 3亩 | 3亩 | 10 |
效益指标 | 社会效益指标 | 受益人口数量 | 10 | 90人 | 88人 | 9 |
"""


def test_pipe_rows_placed_by_the_header_order():
    found = [i for i in read_indicators(split_lines(SELF_EVALUATION), "target") if isinstance(i, Indicator)]
    assert [(i.stage, i.level1_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score) for i in found] == [
        ("self_evaluation", "产出指标", "★补助鱼塘面积", "3亩", "3亩", Decimal("10"), Decimal("10")),
        ("self_evaluation", "效益指标", "受益人口数量", "90人", "88人", Decimal("10"), Decimal("9")),
    ]


def test_space_separated_cells():
    text = "一级指标 二级指标 三级指标 指标值 分值\n成本指标(0-20)分 经济成本指标 项目建设成本 ≤65万元 10\n"
    assert rows(text)[0][:4] == ("成本指标", "经济成本指标", "项目建设成本", "≤65万元")


@needs_corpus
def test_real_target_table_of_one_cell_per_line():
    """39 (Wuhan, Qingshan): 项目支出绩效目标表, one cell per line with blank runs."""
    indicators = [r for r in parse_path(next(REAL.glob("39_*.txt"))).records if isinstance(r, Indicator)]
    by_name = {i.level3_name: i for i in indicators}
    assert by_name["重点建设工程验收合格率"].target_raw == "100%"
    assert by_name["重点建设工程验收合格率"].source_line == 129
    assert by_name["学生、家长、社会满意度"].target_raw == "≥90%"


def test_indicators_belong_to_the_project_named_above_them():
    text = "项目名称\n\n教育系统基础设施建设和设备购置\n\n主管部门\n\n区教育局\n\n" + ONE_CELL_PER_LINE
    found = read_indicators(split_lines(text), "target")
    projects = [r for r in found if isinstance(r, Project)]
    assert [(p.project_key, p.name) for p in projects] == [("t01", "教育系统基础设施建设和设备购置")]
    assert {r.project_key for r in found if isinstance(r, Indicator)} == {"t01"}
    header = "项目名称农村义务教育薄弱学校改造补助资金项目主管部门青山区教育局\n"
    run_together = read_indicators(split_lines(header + RUN_TOGETHER), "target")
    assert run_together[0].name == "农村义务教育薄弱学校改造补助资金"


def test_a_unit_printed_after_the_name_and_an_ocr_equals_sign():
    text = (
        "一级指标二级指标三级指标指标目标值\n"
        "产出指标时效指标各项工作完成及时率%=98百分比成本指标资金使用效率二100百分比\n"
    )
    assert rows(text) == [
        ("产出指标", "时效指标", "各项工作完成及时率", "=98百分比", None, None),
        ("产出指标", "成本指标", "资金使用效率", "二100百分比", None, None),
    ]


def test_a_self_evaluation_flattened_onto_one_line_with_spaces():
    """Cells separated by single spaces, the whole table on one line: the header's columns give
    each row its width and kinds (texts in 年度指标值/实际完成值, numbers in 分值/得分)."""
    text = (
        "项目支出绩效自评表 (2023年度) 项目名称 乡村保洁项目 主管部门 某镇人民政府 项目资金 (万元) 年初预算数 "
        "全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 12 12 11 10 91.67% 9 绩效指标 一级指标 二级指标 "
        "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 保洁村庄数量 "
        "≥12个 12 20 20 质量指标 卫生检查合格 达到标准 基本达到标准 15 12 效益指标(30分) 社会效益指标 "
        "人居环境改善 明显改善 明显改善 10 10"
    )
    found = [i for i in read_indicators(split_lines(text), "self_evaluation") if isinstance(i, Indicator)]
    assert [(i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score) for i in found] == [
        ("数量指标", "保洁村庄数量", "≥12个", "12", Decimal(20), Decimal(20)),
        ("质量指标", "卫生检查合格", "达到标准", "基本达到标准", Decimal(15), Decimal(12)),
        ("社会效益指标", "人居环境改善", "明显改善", "明显改善", Decimal(10), Decimal(10)),
    ]
    projects = [p.name for p in read_indicators(split_lines(text), "self_evaluation") if isinstance(p, Project)]
    assert projects == ["乡村保洁项目"]


# 井研县马踏镇 2023 部门预算项目绩效目标申报表 (Sichuan, a page never used to build the reader): the
# 2021 template prints each target as three cells, 指标性质 | 指标值 | 度量单位
MATA_2023 = (Path(__file__).parent / "fixtures" / "pages" / "mata-2023-targets.txt").read_text(encoding="utf-8")

# A variant written here: tab-separated cells, full-width operators, a self-evaluation's 完成值 and 得分
VARIANT_2021 = (
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\n"
    "产出指标\t数量指标\t培训人次\t＞＝\t300\t人次\t320\t40\t40\n"
    "产出指标\t质量指标\t培训合格率\t≥\t95\t%\t98\t30\t30\n"
    "满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%\t93\t20\t19\n"
)


@pytest.mark.parametrize(
    ("text", "stage", "expected"),
    [
        (MATA_2023, "target", [
            ("维护社会稳定", "≥95%", None, Decimal(10)),
            ("维持时效", "≥1年", None, Decimal(20)),
            ("按时发放", "≥1人/年", None, Decimal(10)),
            ("行政村数量", "=11个", None, Decimal(10)),
        ]),
        (VARIANT_2021, "self_evaluation", [
            ("培训人次", ">=300人次", "320", Decimal(40)),  # ＞＝ as normalised
            ("培训合格率", "≥95%", "98", Decimal(30)),
            ("学员满意度", "≥90%", "93", Decimal(20)),
        ]),
    ],
)
def test_a_target_printed_as_operator_number_and_unit_cells_is_one_target(text, stage, expected):
    """Under 指标性质 | 指标值 | 度量单位 a target is its three cells together (≥ | 95 | % is ≥95%), and
    the number after it is the 权重, never the target's 95; cells before the indicator columns (a
    unit's name, a project's budget 8,827,620.53, its 年度目标) are no target."""
    found = [r for r in read_indicators(split_lines(text), stage) if isinstance(r, Indicator)]
    read = [(i.level3_name, i.target_raw, i.actual_raw, i.weight) for i in found]
    assert [row for row in read if row[0] in {name for name, *_ in expected}] == expected
    assert all(target[0] in "≥≤=<>" for _, target, _, _ in read)  # every target starts with its 指标性质


def _one_cell_per_line(cells: list[str]) -> str:
    """A table as a web page rendered it one cell per line, each closed by `` |``, an empty cell `|`."""
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


# 青神县发展和改革局 2023 (a page never used to build the reader): the 2021 template one cell per line
QINGSHEN_2023 = _one_cell_per_line([
    "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
    "得分", "未完成原因分析",
    "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", "100", "%", "", "60", "", "",
    "效益指标", "社会效益指标", "足额保障率(参保率)", "=", "100", "%", "", "30", "", "",
    "合计", "100", "", "",
])
# A variant written here: other operators and units, a filled 完成值
VARIANT_CELLS = _one_cell_per_line([
    "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
    "产出指标", "数量指标", "改造农村公路里程", "≥", "12.5", "公里", "13", "40", "40",
    "满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%", "95", "10", "10",
    "合计", "100", "95",
])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (QINGSHEN_2023, [("发放(缴纳)覆盖率", "=100%"), ("足额保障率(参保率)", "=100%")]),
        (VARIANT_CELLS, [("改造农村公路里程", "≥12.5公里"), ("沿线群众满意度", "≥90%")]),
    ],
)
def test_a_2021_template_printed_one_cell_per_line(text, expected):
    """The header's eleven cells, each on its own line, name the columns; a target's three cells
    (``= |`` / ``100 |`` / ``% |``) are one target; the 合计 row ends the table and is no indicator."""
    found = [r for r in read_indicators(split_lines(text), "self_evaluation") if isinstance(r, Indicator)]
    assert [(i.level3_name, i.target_raw) for i in found] == expected


def test_the_mata_page_one_cell_per_line_reads_its_targets_whole():
    """The Mata page as a web page renders it one cell per line, each closed by `` |`` (its twelve
    columns: a row of twelve lines, the empty cells ``|`` alone): the indicator block runs on past
    its header and its projects' cells, and every target is its 指标性质, 指标值 and 度量单位 together
    (``≥`` alone was read as the target), in the second project's block too, under no header."""
    from benchmarks.reprints import one_cell_per_line

    text, _ = one_cell_per_line(MATA_2023.split("\n"), closed=True)
    found = [(i.level3_name, i.target_raw) for i in read_indicators(split_lines(text), "target")
             if isinstance(i, Indicator)]
    assert {("维持时效", "≥1年"), ("按时发放", "≥1人/年"), ("行政村数量", "=11个"),
            ("保障村社区正常运转", "≥95%")} <= set(found)
    assert not [target for _, target in found if target in ("≥", "≤", "=", ">", "<")]


# 宁乡市坝塘镇 2021 项目绩效目标表 (Hunan, an unseen page of a document-sharing site), its form
# flattened onto one line: the indicator rows lost their values (数量指标88100质量指标88100…).
NINGXIANG_2021 = (Path(__file__).parent / "fixtures" / "pages" / "ningxiang-batang-2021-targets.txt").read_text(
    encoding="utf-8"
)


def test_real_page_a_level_name_or_the_table_title_is_no_indicator_nor_target():
    """效益指标 after a name whose value the page lost starts the next level, it is no target; the
    table's title cut at its year (项目绩效目标表(2021年度)) is no indicator with the target 2021年."""
    found = rows(NINGXIANG_2021)
    assert not [row for row in found if row[3] in ("效益指标", "产出指标", "2021年")]
    assert not [row for row in found if "目标表" in (row[2] or "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a variant: pipe rows whose first row lost its target, a level name in the next cell
        ("一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 培训人次 | 效益指标 | 社会效益指标 | "
         "群众知晓率 | ≥90% |\n", [("效益指标", "社会效益指标", "群众知晓率", "≥90%", None, None)]),
        # the table's title run into its form, cut at the year's bracket; the header run together
        ("项目绩效目标表(2024年度)填报单位:某某镇人民政府 项目名称乡村道路维修 一级指标二级指标三级指标指标值"
         "产出指标数量指标维修道路≥12公里\n", [("产出指标", "数量指标", "维修道路", "≥12公里", None, None)]),
    ],
    ids=["level after a name without value", "title cut at its year"],
)
def test_a_level_name_is_never_a_target_and_a_title_never_an_indicator(text, expected):
    assert rows(text) == expected


def test_real_page_a_header_of_two_rows_names_the_columns_of_a_split_target():
    """丽江市古城区 2020 自评表 (an unseen page in traditional characters): the header's first row names
    the value columns (年度指标值 | 实际完成值 | 分值 | 得分), its second splits the target under them
    (指标性质 | 指标值 | 度量单位), and the block starts at the second; ﹦ is an equals sign."""
    doc = parse_path(
        Path(__file__).parent / "fixtures" / "pages" / "lijiang-gucheng-2020-self-evaluation-traditional.txt"
    )
    found = [(i.source_line, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
             for i in doc.records if isinstance(i, Indicator)]
    assert found[:4] == [
        (24, "卫片执法补助经费", "=72890元", "72890", Decimal("10.00"), Decimal("9.00")),
        (25, "项目验收合格率", "=100%", "100", Decimal(20), Decimal(19)),
        (26, "项目完成及时率", "=100%", "100", Decimal("20.00"), Decimal("19.00")),
        (27, "违法行为责停率", "≥95%", "95", Decimal("30.00"), Decimal("27.00")),
    ]


def test_a_header_of_two_rows_over_a_split_target_variant():
    text = (
        "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
        "| 产出指标 | 数量指标 | 培训人次 | ≥ | 300 | 人次 | 320 | 40 | 38 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥ | 90 | % | 93 | 20 | 20 |\n"
    )
    assert rows(text, "self_evaluation") == [
        ("产出指标", "数量指标", "培训人次", "≥300人次", "320", Decimal(38)),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "93", Decimal(20)),
    ]


def test_a_name_ending_in_a_count_printed_one_cell_per_line_stays_whole():
    """A 三级指标 that ends in a figure (``村组干部230人``), on its own line with its value on the next
    (``≥`` / ``230`` / ``个``): the name whole and the value after it — not name 村组干部 with the
    target 230人. On the Mata page printed one bare cell per line, and on a variant written here;
    the same text run together with a level before it is still split."""
    from benchmarks.reprints import one_cell_per_line

    text, _ = one_cell_per_line(MATA_2023.split("\n"), closed=False)
    found = [(i.level3_name, i.target_raw) for i in read_indicators(split_lines(text), "target")
             if isinstance(i, Indicator)]
    assert ("村组干部230人", "≥230个") in found
    assert not [name for name, _ in found if name == "村组干部"]
    variant = "\n\n".join(["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标",
                           "发放村干部补贴45人", "=45人", "质量指标", "补贴发放准确率", "100%\n"])
    assert rows(variant) == [
        ("产出指标", "数量指标", "发放村干部补贴45人", "=45人", None, None),
        ("产出指标", "质量指标", "补贴发放准确率", "100%", None, None),
    ]
    run_together = "一级指标二级指标三级指标指标值\n产出指标数量指标发放村干部补贴45人\n质量指标补贴发放准确率100%\n"
    assert rows(run_together)[0][2:4] == ("发放村干部补贴", "45人")


def test_a_header_of_two_rows_with_a_blank_line_after_every_line():
    text = (
        "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|\n"
        "一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |\n"
        "| 产出指标 | 数量指标 | 培训人次 | ≥ | 300 | 人次 | 320 | 40 | 38 |\n"
    ).replace("\n", "\n\n")
    assert rows(text, "self_evaluation") == [("产出指标", "数量指标", "培训人次", "≥300人次", "320", Decimal(38))]


# An unseen 部门整体支出绩效自评表 (绥阳县太白镇人民政府 2021, pipe rows): its indicator header names its
# columns with a formula's letters (年度指标值(A) | 全年实际值(B)) and ends 得分计算(方法) — a header, no indicator.
SUIYANG = Path(__file__).parent / "fixtures" / "pages" / "suiyang-taibai-2021-dept-self-evaluation.txt"


def test_real_page_a_header_naming_its_columns_by_letters_is_no_indicator():
    assert not [r for r in parse_path(SUIYANG).records if isinstance(r, Indicator)]


def test_a_header_naming_its_columns_by_letters_is_no_indicator():
    text = (
        "绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值(A) | 全年实际值(B) | 分值 | 得分计算方法 |\n"
        "| 产出指标 | 数量指标 | 慰问人数 | ≥120人 | 120人 | 10 | 10 |\n"
    )
    found = rows(text, "self_evaluation")
    assert [r[2] for r in found] == ["慰问人数"]


# An unseen 项目支出绩效自评表 (廊坊市食品工程学校 2019, /tmp/unseen9), one cell per line with a blank line after
# each: its header cells wrapped (年度 / 指标值, 实际 / 完成值) — 年度 is no indicator, 实际 no target.
LANGFANG = Path(__file__).parent / "fixtures" / "pages" / "langfang-foodschool-2019-self-evaluation.txt"


def test_real_page_a_header_cell_wrapped_over_two_lines_is_no_indicator():
    found = [(i.source_line, i.target_raw, i.actual_raw) for i in parse_path(LANGFANG).records
             if isinstance(i, Indicator)]
    assert found == [(125, "43.2", "37.24")]


def test_a_header_cell_wrapped_over_two_lines_is_no_indicator():
    variant = "\n\n".join(["一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
                           "产出指标", "数量指标", "慰问人数", "120人", "118人", "10", "9\n"])
    assert rows(variant, "self_evaluation") == [("产出指标", "数量指标", "慰问人数", "120人", "118人", Decimal(9))]
    # a short name whose next line is no header's rest stays a name
    short = "\n".join(["一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "年度", "12次\n"])
    assert rows(short) == [("产出指标", "数量指标", "年度", "12次", None, None)]

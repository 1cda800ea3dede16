"""Performance pages worded as other departments word them (benchmarks/reprints.WORDINGS, "performance
pages"): a funds header's 权重 for 分值 and 自评得分 for 得分, a 二级指标 printed without its 指标 (满意度,
社会效益), a bound's sign printed ≧ or ⩾, a sheet's own score worded 评价得分 / 综合评分 or stated with 为 —
each rule on its real line or page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fidelity import reworded_fact
from benchmarks.reprints import VARIANTS, WORDINGS
from ingest.document import parse_path
from ingest.performance.header_roles import funds_column_role
from ingest.performance.run_together import read_scored_rows, read_total
from ingest.records import Indicator, ParseWarning
from tests._performance_helpers import parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
LAOTING = PAGES / "laoting-scjgj-2021-selfeval-preview-cells.txt"


def _rows(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
        for i in records
        if isinstance(i, Indicator)
    ]


def _reworded_page(path: Path, wording: str) -> str:
    text, _ = WORDINGS[wording](path.read_text("utf-8").split("\n"))
    return text


# ---- a funds header printed one cell per line, its columns worded otherwise (the 2021 template's rows) ----

LAOTING_ROWS = [
    ("效益指标", "可持续影响指标", "可持续", "可持续", "可持续", Decimal("10"), Decimal("9")),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "100%", Decimal("10"), Decimal("10")),
]


@pytest.mark.parametrize("wording", ["权重 for 分值", "自评得分 for a header's 得分", "预算执行数 for 全年执行数"])
def test_real_page_template_rows_under_a_funds_header_worded_otherwise(wording):
    # 乐亭县市场监督管理局 2021 (26p 14), one cell per line, its indicator header lost: the rows stand under the
    # funds header's 分值 and 得分, which another sheet words 权重 (daying-sfj-2023) and 自评得分 (shouxian-2023) —
    # both were read by their words alone (分值, 得分) and the rows left unread
    assert _rows(parsed_page(_reworded_page(LAOTING, wording)))[:2] == LAOTING_ROWS


HEAD = ["项目支出绩效自评表", "(2022年度)", "项目名称", "农贸市场快检经费", "主管部门", "实施单位",
        "某县市场监督管理局", "项目资金", "(万元)", "年初预算数", "调整后预算数", "预算执行数", "权重", "执行率",
        "自评得分", "年度资金总≥95%", "98%", "20", "18"]
ROWS = ["数量指标", "快检批次", "≥3000批次", "3200批次", "20", "20",
        "满意度", "指标", "满意度", "商户满意度", "≥85%", "92%", "10", "10"]


@pytest.mark.parametrize("cell", ["{}", "{} |"])
def test_template_rows_under_a_funds_header_worded_otherwise_variant(cell):
    # every column of the funds header in another wording (调整后预算数, 预算执行数, 权重, 自评得分), bare or closed
    # by pipes; the 满意度指标's 二级指标 printed 满意度, without its 指标
    records = parsed_page("\n".join(cell.format(c) for c in [*HEAD, *ROWS, "总分", "100", "96"]) + "\n")
    assert _rows(records) == [
        ("产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", Decimal("20"), Decimal("20")),
        ("满意度指标", "满意度指标", "商户满意度", "≥85%", "92%", Decimal("10"), Decimal("10")),
    ]


def test_funds_header_cells_by_their_roles():
    roles = {cell: funds_column_role(cell) for cell in ("年初预算数", "调整后预算数", "预算执行数", "全年执行数(B)",
                                                         "预算执行率", "权重", "分值", "自评得分", "得分")}
    assert roles == {"年初预算数": "initial", "调整后预算数": "full_year", "预算执行数": "executed",
                     "全年执行数(B)": "executed", "预算执行率": "rate", "权重": "weight", "分值": "weight",
                     "自评得分": "score", "得分": "score"}


# ---- a 二级指标 printed without its 指标, by its place: a cell more than its rows', before them ----

def test_real_page_template_rows_under_a_level_printed_without_its_zhibiao():
    # the same page worded as 吕梁 2021 (lvliang-hugong L15: | 满意度 | 参培学员满意度 | 95%及以上 |) prints its
    # 二级指标: 满意度 / 指标 (the 一级, wrapped), 满意度, then the row — six cells where a row has five
    rows = _rows(parsed_page(_reworded_page(LAOTING, "满意度 for 服务对象满意度指标")))
    assert rows[1] == ("满意度指标", "满意度指标", "服务对象满意度", "≥90%", "100%", Decimal("10"), Decimal("10"))


def test_a_short_level_name_in_a_row_of_its_own_cells_stays_unread():
    # six cells under a level whose first is no level's name: which column each stands in is not known
    rows = [*ROWS[:6], "满意度", "指标", "商户", "商户满意度", "≥85%", "92%", "10", "10"]
    records = parsed_page("\n".join([*HEAD, *rows, "总分", "100", "96"]) + "\n")
    assert not [r for r in _rows(records) if r[2] == "商户满意度"]
    assert any(isinstance(r, ParseWarning) and "indicator header the page lost" in r.message for r in records)


# ---- a bound's look-alike signs in run-together rows ----

COLUMNS = ("weight", "target", "actual", "score", "reason")


def test_real_line_run_together_rows_with_a_look_alike_bound():
    # 中江县水利局 2022 (corpus 32, its sheet run onto one line): 及时(按期)开工率10≥90%≥90%10… printed with ≧
    # (longyang-tfz-2022 L22: ≧20000亩) — the rows were read with ≥ only
    line = "及时(按期)开工率10≥90%≥90%10及时(按期)完工率10≥90%≥90%10"
    rows, _ = read_scored_rows(line.replace("≥", "≧"), COLUMNS)
    assert [(r.name, r.target, r.actual, r.weight, r.score) for r in rows] == [
        ("及时(按期)开工率", "≧90%", "≧90%", Decimal("10"), Decimal("10")),
        ("及时(按期)完工率", "≧90%", "≧90%", Decimal("10"), Decimal("10")),
    ]


def test_run_together_rows_with_look_alike_bounds_variant():
    rows, _ = read_scored_rows("办结时限5⩽3天⩽3天5群众满意度10⩾95%97%9", COLUMNS)
    assert [(r.name, r.target, r.actual, r.weight, r.score) for r in rows] == [
        ("办结时限", "⩽3天", "⩽3天", Decimal("5"), Decimal("5")),
        ("群众满意度", "⩾95%", "97%", Decimal("10"), Decimal("9")),
    ]


# ---- a sheet's own score, its label worded otherwise or stated with 为 ----

@pytest.mark.parametrize(
    ("text", "score"),
    [
        # 银川市第六中学 2021 (corpus 34 L3): 实施第位自评得分98财政审1度评分 — as printed, and as other sheets word it
        ("实施第位自评得分98财政审1度评分", Decimal("98")),
        ("实施第位自评得分为98财政审1度评分", Decimal("98")),
        ("实施第位评价得分98财政审1度评分", Decimal("98")),
        # 三亚市统计局 2017 (26p 01 L47): 本次评价得分76.91分,绩效级别评定为中。
        ("本次评价得分76.91分,绩效级别评定为中。", Decimal("76.91")),
        ("综合评分:95分", Decimal("95")),
        ("项目综合得分是88.5分", Decimal("88.5")),
        # a part's score (26p 01 L51: 绩效得分为15.00分, 投入's) and a grading rule's bound: no sheet's score
        ("1)投入总分为15分,绩效得分为15.00分;", None),
        ("评价得分90分以上为优", None),
    ],
)
def test_a_sheets_own_score_worded_otherwise(text, score):
    assert read_total(text)[1] == score


# ---- the scoreboard: a target quoted from the page is compared re-worded as the page ----

def test_a_quoted_target_is_compared_as_the_reworded_page_prints_it():
    fact = {"section": "performance_indicator", "item": "产出指标 | 数量指标 | 安装坡面水标尺", "field": "target",
            "value": "≥266米", "line": 2}
    assert reworded_fact(fact, WORDINGS["不低于 for ≥"])["value"] == "不低于266米"
    assert reworded_fact(fact, WORDINGS["以上 after the figure for ≥"])["value"] == "266米以上"
    score = {**fact, "field": "score", "value": 10}
    assert reworded_fact(score, WORDINGS["不低于 for ≥"]) is score


# ---- the same in a target table printed one cell per line (a name, its target) ----

CHANGQING = PAGES / "changqing-school-2019-project-targets-sentence-cells.txt"


def _levels(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw) for i in records if isinstance(i, Indicator)]


@pytest.mark.parametrize("wording", ["满意度 for 服务对象满意度指标", "经济效益 / 社会效益 / 生态效益 for …效益指标"])
def test_real_page_target_cells_under_a_level_printed_without_its_zhibiao(wording):
    # 宁夏长庆初级中学 2019 (26q 08), one closed cell per line, worded as 吕梁 2021 words its 二级指标 (满意度,
    # 社会效益): the level was read as a row's name or target — 满意度 = 学生及群众的满意率, 95%以上 lost;
    # 提升全民健康水平 = 社会效益 — now the level it names (满意度 the 满意度指标), every row as printed
    reworded = _levels(parsed_page(_reworded_page(CHANGQING, wording)))
    printed = _levels(parse_path(CHANGQING).all_records)
    assert [(a, c, d) for a, _, c, d in reworded] == [(a, c, d) for a, _, c, d in printed]
    assert ("满意度指标" if wording.startswith("满意度") else "社会效益指标") in {b for _, b, _, _ in reworded}


TARGET_CELLS = ["项目名称 |", "乡村文化活动经费 |", "一级指标 |", "二级指标 |", "三级指标 |", "指标值 |",
                "产出指标 |", "数量指标 |", "送戏下乡场次 |", "≥12场 |",
                "效益指标 |", "社会效益 |", "群众文化生活 |", "明显丰富。 |",
                "生态效益 |", "宣传环保理念 |", "有效宣传。 |",
                "满意度指标 |", "满意度 |", "群众满意度 |", "≥90% |"]


def test_target_cells_under_levels_printed_without_their_zhibiao_variant():
    assert _levels(parsed_page("\n".join(TARGET_CELLS) + "\n")) == [
        ("产出指标", "数量指标", "送戏下乡场次", "≥12场"),
        ("效益指标", "社会效益指标", "群众文化生活", "明显丰富"),
        ("效益指标", "生态效益指标", "宣传环保理念", "有效宣传"),
        ("满意度指标", "满意度指标", "群众满意度", "≥90%"),
    ]


def test_a_short_level_name_that_is_an_indicators_own_stays_its_name():
    # 满意度指标 | 满意度 | ≥95%: the name fills its row (a name, its target) — no level
    cells = [*TARGET_CELLS[:10], "满意度指标 |", "满意度 |", "≥95% |"]
    assert _levels(parsed_page("\n".join(cells) + "\n"))[-1] == ("满意度指标", None, "满意度", "≥95%")


# ---- a row between spaces opened by such a level (社会效益 | 指标1:… | 显著改善) ----

JINZHAI = PAGES / "jinzhai-kfq-2021-project-targets-space-rows.txt"


def test_real_page_space_rows_opened_by_a_level_printed_without_its_zhibiao():
    # 金寨县经开区 2021 (26r 11), rows between spaces, worded as 吕梁 2021 (效益指标 | 经济效益 | …): 社会效益 and
    # 生态效益 opening a row were read as its indicator's name, the name itself lost
    # (the 二级指标 as printed or as the level it names, by whichever reader lays the row)
    reworded = _levels(parsed_page(_reworded_page(JINZHAI, "经济效益 / 社会效益 / 生态效益 for …效益指标")))
    printed = _levels(parse_path(JINZHAI).all_records)
    assert [(a, c, d) for a, _, c, d in reworded] == [(a, c, d) for a, _, c, d in printed]
    for (_, level2, _, _), (_, as_printed, _, _) in zip(reworded, printed, strict=True):
        assert level2 in (as_printed, as_printed and as_printed.removesuffix("指标"))


SPACE_ROWS = ["项目名称 乡村文化活动经费", "绩效指标 一级指标 二级指标 三级指标 指标值",
              "产出指标 数量指标 送戏下乡场次 ≥12场", "效益指标 社会效益 群众文化生活 明显丰富",
              "满意度指标 满意度 群众满意度 ≥90%"]


def test_space_rows_opened_by_levels_printed_without_their_zhibiao_variant():
    rows = [*SPACE_ROWS[:3], "效益指标 社会效益指标 带动就业人数 50人", "社会效益 群众文化生活 明显丰富",
            "环境效益 场馆环境 优良无污染", "满意度指标 服务对象满意度指标 群众满意度 ≥90%", "满意度 ≥95%"]
    got = _levels(parsed_page("\n".join(rows) + "\n"))
    assert ("效益指标", "社会效益", "群众文化生活", "明显丰富") in got  # (its 二级指标 as printed, as a pipe row's)
    assert ("效益指标", "环境效益", "场馆环境", "优良无污染") in got
    # (黄石市图书馆 2022, huangshi-library-2022-selfeval L21–24, prints 经济效益 / 社会效益 / 环境效益 so: lined up
    # with spaces, its rows were left out, the stream and the header disagreeing on them)
    # 满意度 | ≥95%: a value right after it — the indicator's own name, no level
    assert got[-1][2:] == ("满意度", "≥95%")


def test_real_page_lined_up_rows_opened_by_levels_printed_without_their_zhibiao():
    # 黄石市图书馆 2022 (huangshi-library-2022-selfeval L21–24: 效益指标(30分) | 经济效益 | … | 10; 环境效益 | …) lined
    # up with spaces: its 经济效益 and 环境效益 rows were left out (the stream reading the short level as the name,
    # the header laying it as the 二级指标); now read as the page's pipes read them
    path = PAGES / "huangshi-library-2022-selfeval.txt"
    text, _ = VARIANTS["tables lined up with spaces (characters)"](path.read_text("utf-8").split("\n"))
    got = {(i.source_line, i.level3_name, i.target_raw, i.score) for i in parsed_page(text) if isinstance(i, Indicator)}
    assert (21, "社会公益服务无经济效益", "公益性事业", Decimal("10")) in got
    assert (24, "数字图书馆环境优良无污染", "良好", Decimal("10")) in got


# ---- fixture pages worded otherwise read as printed: each rule on its real page ----

def _figures(records) -> set[tuple]:
    """Every indicator's and funds row's figures, by line (names and levels aside)."""
    out = set()
    for r in records:
        d = r.to_dict()
        if d["record_type"] == "indicator":
            out.add((d["source_line"], d["target_value"], d["target_unit"], d["actual_value"], d["weight"], d["score"]))
        elif d["record_type"] == "project_funding":
            out.add((d["source_line"], d["budget_initial_yuan"], d["budget_full_year_yuan"], d["executed_yuan"],
                     d["execution_rate"]))
    return out


@pytest.mark.parametrize(
    ("page", "wording"),
    [
        # 零陵区林业局 2021, its header one cell per line (年度 / 指标值 / 实际 / 完成值 / 分值 / 得分): a header cell
        # 自评得分 (shouxian-2023's word) ended the table as a form's total does — every row's actual and points lost
        ("lingling-lyj-2021-selfeval-cell-per-line-blank-lines.txt", "自评得分 for a header's 得分"),
        # 长宁县 2022: the same, its rows' lines shifting
        ("changning-gxs-2022-selfeval.txt", "自评得分 for a header's 得分"),
        # 普陀体育中心 2022, a sheet flattened onto a line: its funds header (… 分值 执行率 得分) worded 权重 / 自评得分
        ("putuo-tyzx-2022-selfeval-flattened.txt", "权重 for 分值"),
        ("putuo-tyzx-2022-selfeval-flattened.txt", "自评得分 for a header's 得分"),
        ("jishan-ybj-2020-selfeval-flattened.txt", "权重 for 分值"),
        ("cjjb-2020-selfeval-flattened-scan-noise.txt", "自评得分 for a header's 得分"),
        # 大英县文广旅局 2022, rows without their header (指标性质 | 指标值 as ≥ | 95): ≧ as a sheet prints it
        ("daying-wglj-2022-selfeval-headless-scored-rows.txt", "≧ for ≥"),
        # 同心县 2023: the same in a notice's target rows
        ("tongxin-xiamaguan-2023-targets-notice.txt", "≧ for ≥"),
        # 长宁县 2022: a name's placeholder (公猪舍(≧**平方米)) gives its bare figure its unit
        ("changning-gxs-2022-selfeval.txt", "≧ for ≥"),
    ],
)
def test_real_page_worded_otherwise_reads_its_figures_as_printed(page, wording, tmp_path):
    path = PAGES / page
    reworded = tmp_path / page  # (under its own name: a page's kind may be told by its name)
    reworded.write_text(_reworded_page(path, wording), encoding="utf-8")
    assert _figures(parse_path(reworded).all_records) == _figures(parse_path(path).all_records)


CELLS_HEADER = ["一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "权重", "自评得分", "偏差原因",
                "产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", "20", "18", "部分延后",
                "满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", "92%", "10", "10", "无"]


@pytest.mark.parametrize("blank", [False, True])
def test_a_header_one_cell_per_line_worded_otherwise_variant(blank):
    # 权重 and 自评得分 for 分值 and 得分, each cell alone on its line, with or without a blank line after each
    text = ("\n\n" if blank else "\n").join(["项目名称", "农贸市场快检经费", *CELLS_HEADER, "总分", "100", "96"])
    assert _rows(parsed_page(text + "\n")) == [
        ("产出指标", "数量指标", "快检批次", "≥3000批次", "3200批次", Decimal("20"), Decimal("18")),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%", "92%", Decimal("10"), Decimal("10")),
    ]


def test_headless_rows_and_placeholders_with_look_alike_signs_variant():
    text = "\n".join([
        "产出指标 | 数量指标 | 快检批次 | ⩾ | 3000 | 批次 | 3200 | 20 | 20",
        "质量指标 | 检测准确率 | ≧ | 98 | % | 99 | 10 | 9",
    ])
    rows = {(i.level3_name, i.target_operator, i.target_value) for i in parsed_page(text + "\n")
            if isinstance(i, Indicator)}
    assert rows == {("快检批次", ">=", Decimal("3000")), ("检测准确率", ">=", Decimal("98"))}

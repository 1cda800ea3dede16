"""A project self-evaluation whose cells are separated by spaces, the empty ones gone (a web page's
table copied as text: an unseen Anhui page, 天长市水利局 2022, and variants written for it):
ingest/performance/space_rows.py and the grid reader's rules for rows shorter than their header."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Goal, Indicator, Project, ProjectFunding, StatedFigure

PAGE = Path(__file__).parent / "fixtures" / "pages" / "tianchang-2022-self-evaluation.txt"

VARIANT = """项目支出绩效自评表
(2023年度)
项目名称  农村公路养护
主管部门  县交通运输局  实施单位  县公路事务中心
项目资金(元)
年初预算数  全年预算数(A)  全年执行数(B)  分值  执行率(B/A)  得分
年度资金总额  200000.00  200000.00  190000.00  10  95%  9.5
年度总体目标  预期目标  实际完成情况
养护农村公路120公里。  养护农村公路118公里。
绩效指标  一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分  偏差原因分析及改进措施
产出指标  数量指标  养护里程  120公里  118公里  40  39  两段道路改建,未养护
质量指标  养护合格率  40  40
……
效益
指标
社会效益
指标
群众出行  改善  改善  5  5
满意度
指标
群众满意度  ≥90%  95%  5  5
总分  100  98.5
"""


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path).records


def _indicators(records):
    return {r.level3_name: r for r in records if isinstance(r, Indicator)}


def test_real_page_funds_goal_and_every_indicator():
    records = parse_path(PAGE).records
    [project] = [r for r in records if isinstance(r, Project)]
    assert (project.name, project.competent_department, project.implementing_unit) == (
        "水旱灾害防御经费", None, "天长市水利局")  # 主管部门's cell was empty: 实施单位 is no department
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (
        Decimal("8800000.00"), Decimal("8800000.00"), Decimal("8800000.00"))
    # 880 880 880 10 10 under 年初 全年 执行 分值 执行率 得分: the rate (printed with %) is the empty cell
    assert (project.funds_weight, project.funds_score, project.execution_rate) == (Decimal("10"), Decimal("10"), None)
    assert (project.total_weight, project.total_score) == (Decimal("100"), Decimal("100"))
    goals = [g.text for g in records if isinstance(g, Goal)]
    assert goals == ["完成年度防汛工作,完成中型灌区节水改造项目和农业综合水价改革项目。"]
    fiscal = [r for r in records if isinstance(r, ProjectFunding) and r.source == "fiscal"]
    assert [r.executed_yuan for r in fiscal] == [Decimal("8800000.00")]
    indicators = _indicators(records)
    assert len(indicators) == 9  # no row of the template's filler (……, 指标2:, 指标1:/ / /)
    count = indicators["指标1:完成中型灌区节水改造项目数量"]
    assert (count.level1_name, count.level2_name, count.target_value, count.actual_value) == (
        "产出指标", "数量指标", Decimal("1"), Decimal("1"))
    assert (count.weight, count.score) == (Decimal("10"), Decimal("10"))
    # two values under four columns: 分值 and 得分 (the weights add up to 总分's 100), no target
    quality = indicators["指标1:工程质量合格"]
    assert (quality.level2_name, quality.target_raw) == ("质量指标", None)
    assert (quality.weight, quality.score) == (Decimal("10"), Decimal("10"))
    # level names wrapped one piece per line: 经济效益 / 指标, 可持续影 / 响指标, 服务对象 / 满意度指标
    assert {r.level2_name for r in indicators.values()} >= {"经济效益指标", "可持续影响指标", "服务对象满意度指标"}
    satisfaction = indicators["指标1:服务对象满意度"]
    assert (satisfaction.level1_name, satisfaction.target_value, satisfaction.actual_value) == (
        "满意度指标", Decimal("90"), Decimal("100"))
    assert not any(r.level3_name.startswith(("…", ".")) for r in indicators.values())


def test_variant_in_yuan_with_a_reason_and_wrapped_levels(tmp_path):
    records = _parse(tmp_path, VARIANT)
    [project] = [r for r in records if isinstance(r, Project)]
    assert (project.name, project.competent_department, project.implementing_unit) == (
        "农村公路养护", "县交通运输局", "县公路事务中心")
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (
        Decimal("200000.00"), Decimal("190000.00"), Decimal("95"))
    indicators = _indicators(records)
    mileage = indicators["养护里程"]
    assert (mileage.target_value, mileage.target_unit, mileage.actual_value, mileage.weight, mileage.score) == (
        Decimal("120"), "公里", Decimal("118"), Decimal("40"), Decimal("39"))
    assert mileage.deviation_reason == "两段道路改建,未养护"
    assert (indicators["养护合格率"].weight, indicators["养护合格率"].target_raw) == (Decimal("40"), None)
    assert (indicators["群众出行"].level1_name, indicators["群众出行"].level2_name) == ("效益指标", "社会效益指标")
    assert indicators["群众满意度"].level2_name in ("满意度指标",)


@pytest.mark.parametrize("change", [("  40  40\n", "  40  30  40\n"), ("总分  100  98.5", "总分  90  88.5")],
                         ids=["a row's values placed two ways", "weights that do not add up to 总分"])
def test_a_reading_the_weights_do_not_confirm_is_not_taken(tmp_path, change):
    """Where the weights of the rows placed by their values' count do not add up to the 总分 row's,
    the table is not read as space-separated cells (no figure placed by a guess)."""
    records = _parse(tmp_path, VARIANT.replace(*change))
    indicators = _indicators(records)
    assert indicators.get("养护合格率") is None or indicators["养护合格率"].weight is None


def test_stream_reader_fallback_keeps_no_filler_and_guesses_no_target(tmp_path):
    """The table the weights do not confirm is read by the indicator stream: an ellipsis line is no
    indicator, a level name wrapped one piece per line is a level (``社会效益`` / ``指标``), and two
    bare numbers under columns that hold points are no target (40 is 养护合格率's 分值)."""
    records = _parse(tmp_path, VARIANT.replace("总分  100  98.5", "总分  90  88.5"))
    indicators = _indicators(records)
    assert not any(name.startswith((".", "…")) or name.endswith("指标") for name in indicators)
    assert indicators["养护合格率"].target_raw is None
    assert (indicators["群众出行"].level2_name, indicators["群众出行"].target_raw) == ("社会效益指标", "改善")
    assert (indicators["养护里程"].target_raw, indicators["养护里程"].weight) == ("120公里", Decimal("40"))


DEPARTMENT_WIDE = """部门整体支出绩效自评表
(2022年度)
部门名称 某某县水利局
年度绩效指标完成情况 一级
指标
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
(50分)
产出指标 数量指标 指标1:水利工程建设数量 12处 12处 20 20
质量指标 指标2：工程验收合格率 100% 100% 15 15
时效指标 指标3:按时完成率 100% 98% 15 14
(30分)
效益指标 社会效益指标 指标1:受益人口 ≥5万人 5.2万人 30 30
总分 100 98.9
"""


def test_department_wide_rows_named_with_the_templates_numbers(tmp_path):
    """A department-wide table (no 项目名称: read by the indicator stream) whose 三级指标 carry the
    template's numbers (指标1:, 指标2：): the colon after 指标N does not make the name a sentence."""
    records = _parse(tmp_path, DEPARTMENT_WIDE)
    # a row read as an indicator is no sentence: no stated figure cut from it (按时 100 %, 工程验收合格 100 %)
    assert [r for r in records if isinstance(r, StatedFigure)] == []
    indicators = _indicators(records)
    assert {name: (r.level2_name, r.target_raw, r.actual_raw, r.weight) for name, r in indicators.items()} == {
        "指标1:水利工程建设数量": ("数量指标", "12处", "12处", Decimal("20")),
        "指标2:工程验收合格率": ("质量指标", "100%", "100%", Decimal("15")),
        "指标3:按时完成率": ("时效指标", "100%", "98%", Decimal("15")),
        "指标1:受益人口": ("社会效益指标", "≥5万人", "5.2万人", Decimal("30")),
    }


def test_only_tables_printing_their_funds_header_and_total_on_a_line_are_tried():
    """The cheap look before a table printed as plain text is read as cells between spaces."""
    from ingest.performance.space_rows import could_be_space_separated
    from ingest.performance.tables import locate_project_tables
    from ingest.text import split_lines

    def could(text: str) -> bool:
        [block] = locate_project_tables(split_lines(text))
        return could_be_space_separated(block)

    assert could(VARIANT)
    assert not could(VARIANT.replace("总分  100  98.5", "总分"))  # no 总分 numbers to check the weights by
    # a funds header wrapped at its columns' widths (a PDF's hard-wrapped table)
    assert not could(VARIANT.replace("年初预算数  全年预算数(A)", "年初预算\n数  全年预算\n数(A)"))


@pytest.mark.parametrize("source", ["variant", "real page"])
def test_a_unit_printed_apart_from_its_number_separates_no_cells(tmp_path, source):
    """The space a copy puts before a unit (``95 %``, ``50 个``, ``880 万元``) separates no cells: the
    rows read as they do with the units joined — the weights still add up, nothing is shifted."""
    import re

    text = VARIANT if source == "variant" else PAGE.read_text("utf-8")
    spaced = re.sub(r"(\d)(万元|元|%|人|个)", r"\1 \2", text)
    assert spaced != text

    def read(records):
        return sorted((type(r).__name__, r.source_line, str(sorted((k, str(v)) for k, v in vars(r).items()
                       if k not in ("context", "target_raw", "actual_raw"))))
                      for r in records if isinstance(r, (Project, Indicator)))

    assert read(_parse(tmp_path, spaced)) == read(_parse(tmp_path, text))

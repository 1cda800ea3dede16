"""A project self-evaluation printed one cell per line, each closed by a pipe (a web page's table
copied cell by cell; an unseen Sichuan page of the 2021 template, 青神县发展和改革局 2023, and a
variant written for it): ingest/performance/pipe_cell_rows.py cuts the cells into the rows their
headers count, the grid reader reads them by position."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import Goal, Indicator, Project, ProjectFunding

PAGE = Path(__file__).parent / "fixtures" / "pages" / "qingshen-2023-self-evaluation.txt"


def _cells(*cells: str) -> str:
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


# The older template's words, a 一级指标 merged over two rows, a level-2 row merged too, 元.
VARIANT = _cells(
    "项目支出绩效自评表(2022年度)", "项目名称", "乡村道路维修", "主管部门", "县交通运输局",
    "实施单位", "某某镇人民政府",
    "项目资金(元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    "年度资金总额", "50000", "50000", "45000", "10", "90.00%", "9",
    "其中:财政拨款", "50000", "50000", "45000", "", "", "",
    "年度总体目标", "实际完成情况", "维修道路3公里", "维修道路2.8公里",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析",
    "产出指标", "数量指标", "维修里程", "≥3公里", "2.8公里", "30", "28", "雨季延误",
    "质量指标", "验收合格率", "100%", "100%", "30", "30", "",
    "效益指标", "社会效益指标", "群众出行改善", "改善", "改善", "20", "20", "",
    "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", "10", "10", "",
    "总分", "100", "97",
)


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path).records


def test_real_page_funds_goal_and_indicators():
    records = parse_path(PAGE).records
    [project] = [r for r in records if isinstance(r, Project)]
    assert (project.code, project.name, project.competent_department, project.implementing_unit) == (
        "51000021R000000019951", "工资性支出", "青神县发展和改革局本级", "青神县发展和改革局")
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (
        Decimal("2389300.00"), Decimal("2518900.00"), Decimal("2518900.00"))
    assert (project.execution_rate, project.funds_weight, project.total_weight) == (
        Decimal("100.00"), Decimal("10"), Decimal("100"))
    # the 合计 row's 100 (its cell alone on line 94: 60 + 30 weights and the funds' 10) traced to its own line
    assert project.value_lines.endswith(";funds_weight=31;total_weight=94")
    sources = [r.source for r in records if isinstance(r, ProjectFunding)]
    assert sources == ["total", "fiscal", "special_account", "unit_own"]  # 其他资金 prints no figure
    assert [g.text for g in records if isinstance(g, Goal)] == [
        "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。"]
    indicators = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    assert set(indicators) == {"发放(缴纳)覆盖率", "足额保障率(参保率)"}
    coverage = indicators["发放(缴纳)覆盖率"]
    # = | 100 | % under 指标性质 | 指标值 | 度量单位; 权重 60 (the weights were left out before)
    assert (coverage.level1_name, coverage.level2_name, coverage.target_operator, coverage.target_value,
            coverage.target_unit, coverage.weight, coverage.score) == (
        "产出指标", "数量指标", "=", Decimal("100"), "%", Decimal("60"), None)
    assert indicators["足额保障率(参保率)"].weight == Decimal("30")


def test_variant_older_template_merged_levels_and_yuan(tmp_path):
    records = _parse(tmp_path, VARIANT)
    [project] = [r for r in records if isinstance(r, Project)]
    assert (project.name, project.implementing_unit) == ("乡村道路维修", "某某镇人民政府")
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate, project.funds_score) == (
        Decimal("50000.00"), Decimal("45000.00"), Decimal("90.00"), Decimal("9"))
    indicators = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    mileage = indicators["维修里程"]
    assert (mileage.target_raw, mileage.actual_raw, mileage.weight, mileage.score, mileage.deviation_reason) == (
        "≥3公里", "2.8公里", Decimal("30"), Decimal("28"), "雨季延误")
    rate = indicators["验收合格率"]  # its 一级指标 cell merged with the row above's
    assert (rate.level1_name, rate.level2_name, rate.target_raw, rate.weight) == (
        "产出指标", "质量指标", "100%", Decimal("30"))
    assert indicators["群众满意度"].level1_name == "满意度指标"
    # the 总分 row's 100 and 97, each on its own line: their lines (the variant's last two)
    total_line = VARIANT.count("\n") - 1
    assert (project.total_weight, project.total_score) == (Decimal("100"), Decimal("97"))
    assert project.value_lines.endswith(f";total_weight={total_line};total_score={total_line + 1}")


def test_rows_the_weights_do_not_confirm_are_not_taken(tmp_path):
    """A cell lost (a line without its pipe cell) shifts every row after it: the weights no longer
    add up to 总分, and the table's rows are not taken from this reading."""
    records = _parse(tmp_path, VARIANT.replace("质量指标 |\n验收合格率 |\n100% |\n", "质量指标 |\n验收合格率 |\n"))
    indicators = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    # (read as rows, 验收合格率 took 30 as its actual and 效益指标 as its reason, and the weights added up)
    assert all(r.actual_raw != "30" and r.deviation_reason != "效益指标" for r in indicators.values())


def test_head_values_after_their_labels_merged_columns(tmp_path):
    """A web page copy keeps the empty cells a label's merged columns leave (项目名称 | | 乡村道路维修 |, as
    昌吉州 2022's table re-printed one cell per line closed by pipes prints it): the value is the first
    filled cell after the label — the project had been read without a name, so not at all."""
    merged = VARIANT.replace("项目名称 |\n乡村道路维修 |\n", "项目名称 |\n|\n乡村道路维修 |\n|\n|\n").replace(
        "主管部门 |\n县交通运输局 |\n", "主管部门 |\n|\n县交通运输局 |\n")
    [project] = [r for r in _parse(tmp_path, merged) if isinstance(r, Project)]
    assert (project.name, project.competent_department, project.implementing_unit) == (
        "乡村道路维修", "县交通运输局", "某某镇人民政府")
    assert (project.budget_full_year_yuan, project.executed_yuan) == (Decimal("50000.00"), Decimal("45000.00"))
    # a label whose value is empty keeps no other label's text
    empty = VARIANT.replace("主管部门 |\n县交通运输局 |\n", "主管部门 |\n|\n")
    [project] = [r for r in _parse(tmp_path, empty) if isinstance(r, Project)]
    assert (project.competent_department, project.implementing_unit) == (None, "某某镇人民政府")

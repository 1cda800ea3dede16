"""Tables printed with one space between their cells, their empty cells dropped (pdftotext without -layout, a
browser's copy; benchmarks/reprints.py "tables with one space between cells"): a funds row's figures laid over
its header's columns by the shared funds cell model (ingest/performance/funds_block.py), a column's figure read
only where the row's arithmetic leaves one placing; a row's last cells' bare zero no money a sentence states."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from benchmarks.reprints import VARIANTS
from ingest.document import parse_bytes
from ingest.records import DepartmentFunding, ParseWarning, ProjectFunding, StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"
SINGLE = "tables with one space between cells"


def _records(text: str, name: str = "page.txt") -> list:
    return parse_bytes(text.encode("utf-8"), Path(name)).records


def _single_spaced(name: str) -> list:
    text, _ = VARIANTS[SINGLE]((PAGES / name).read_text("utf-8").split("\n"))
    return _records(text, name)


def test_a_department_sheet_single_spaced_lays_its_funds_rows_by_their_arithmetic():
    """金寨县茶谷和美丽乡村建设服务中心 2023 部门整体支出绩效自评表: ``年度资金总额 329.77 329.77 338.31 10 102.59%``
    under ``年初预算数 全年预算数 全年执行数 分值 执行率 得分`` (its 得分 dropped): 102.59 % = 338.31 / 329.77 places
    the rate; ``执行率 得分`` two columns, not 执行率得分's one."""
    funds = {r.source: r for r in _single_spaced("jinzhai-chagu-2023-dept-self-evaluation.txt")
             if isinstance(r, DepartmentFunding)}
    total = funds["total"]
    assert (total.budget_initial_yuan, total.executed_yuan, total.execution_rate, total.weight, total.score) == (
        Decimal("3297700.00"), Decimal("3383100.00"), Decimal("102.59"), Decimal("10"), None)
    assert funds["fiscal"].execution_rate == Decimal("102.59") and funds["fiscal"].weight is None


def test_a_department_row_whose_placing_is_uncertain_is_left_out():
    """A variant written here: ``年度资金总额 100 100 90 10`` under six columns — the 10 a 分值 or a 得分 (no rate
    to tell): the row is left out with a warning, not guessed; with its rate ``90%`` the placing is one."""
    head = ("部门整体支出绩效自评表\n部门 某县某局\n预算资金(万元)\n"
            "年初预算数 全年预算数 全年执行数 分值 执行率 得分\n")
    records = _records(head + "年度资金总额 100 100 90 10\n年度总体目标\n")
    assert not [r for r in records if isinstance(r, DepartmentFunding)]
    assert any(isinstance(r, ParseWarning) and "cannot be placed" in r.message for r in records)
    records = _records(head + "年度资金总额 100 100 90 10 90%\n年度总体目标\n")
    funds = [r for r in records if isinstance(r, DepartmentFunding)]
    assert [(r.budget_full_year_yuan, r.executed_yuan, r.execution_rate, r.weight, r.score) for r in funds] == [
        (Decimal("1000000"), Decimal("900000"), Decimal("90"), Decimal("10"), None)]


def test_a_project_sheet_single_spaced_reads_its_total_row_and_skips_its_reason_words():
    """大英县司法局 2023 项目支出绩效自评表: ``总额 0.00 3.36 3.36 100.00% 10 10 1.预算执行率=…`` under ``年初预算
    调整后预算数 预算执行数 预算执行率 权重 得分 原因``: 总额 is the block's total, the words after its figures the
    原因 column's cell (not the end of the block: 其中:财政资金 read after it)."""
    funds = {r.source: r for r in _single_spaced("daying-sfj-2023-selfeval-pipe-cut-rows.txt")
             if isinstance(r, ProjectFunding)}
    assert (funds["total"].budget_full_year_yuan, funds["total"].executed_yuan, funds["total"].execution_rate) == (
        Decimal("33600.00"), Decimal("33600.00"), Decimal("100.00"))
    assert funds["fiscal"].budget_full_year_yuan == Decimal("33600.00")


def test_a_variant_total_row_with_reason_words_in_yuan():
    """A variant written here: 元, the reason words in several pieces, 其中 rows after it."""
    text = ("项目支出绩效自评表\n项目名称 某某设备购置项目\n主管部门 某县某局 实施单位 某县某局\n"
            "预算执行情况(元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因\n"
            "总额 2000 2000 1500 75.00% 10 7.5 项目 尚未 验收 尾款未付\n"
            "其中:财政资金 2000 2000 1500 75.00% / /\n总体目标\n")
    funds = {r.source: r for r in _records(text) if isinstance(r, ProjectFunding)}
    assert (funds["total"].budget_full_year_yuan, funds["total"].executed_yuan, funds["total"].execution_rate) == (
        Decimal("2000"), Decimal("1500"), Decimal("75.00"))
    assert funds["fiscal"].executed_yuan == Decimal("1500")


def test_a_rows_last_bare_zero_is_no_stated_money():
    """昌宁县卡斯镇 2024 三公 table single-spaced, its note run on after it: ``(2)公务用车运行费 15.15 15.15 0 0``
    is no 公务用车运行费 of 0 (its 增减 columns' zeros)."""
    text = ("2024年某镇“三公”经费预算财政拨款情况统计表\n单位:万元\n项目 2023年预算数 2024年预算数 比上年增、减情况\n"
            "(2)公务用车运行费 15.15 15.15 0 0\n注:公务接待费2023年决算数为7万元。\n")
    figures = [r for r in _records(text) if isinstance(r, StatedFigure)]
    assert not [f for f in figures if f.value == 0], figures
    # a zero a sentence states of a money label still is one
    records = _records("2023年项目资金说明。中央补助安排0省级财政安排50万元。\n")
    figures = [r for r in records if isinstance(r, StatedFigure)]
    assert any(f.value == 0 and "中央补助" in f.label for f in figures), figures


def test_single_spaced_rows_leave_a_warning_where_uncertain():
    """南充市林业局 2023: ``总额 5.00 5.00 5.00 100.00% 10`` — the 10 a 权重 or a 得分: left out, with a warning."""
    records = _single_spaced("nanchong-lyj-2023-selfeval-pipe.txt")
    total = next(r for r in records if isinstance(r, ProjectFunding) and r.source == "total")
    assert total.executed_yuan == Decimal("50000.00")
    assert any(isinstance(r, ParseWarning) and "uncertain" in r.message for r in records)


def test_indicator_values_holding_spaces_stay_one_cell():
    """昌吉州人社局 2022 (a bundled sample) single-spaced: ``完成各项目标任务时间 2022 年 12 月 31 日前
    2022 年 12 月 31 日前
    6 6`` and ``$\\geq 90\\%$ 90% 10 10`` and ``≥30 学时 30 学时 10 10`` — a date's parts, a formula and a number's
    unit word printed apart are one value each, not two cells read as the target and the actual."""
    from ingest.records import Indicator
    from juesuan.settings import SAMPLE_DOCUMENTS

    text, _ = VARIANTS[SINGLE]((SAMPLE_DOCUMENTS / "changji-prefecture-hrss-2022-final-account.txt").read_text(
        "utf-8").split("\n"))
    rows = {(r.source_line, r.level3_name): (r.target_raw, r.actual_raw)
            for r in _records(text, "changji.txt") if isinstance(r, Indicator)}
    assert rows[(276, "完成各项目标任务时间")] == ("2022年12月31日前", "2022年12月31日前")
    assert rows[(592, "公共科目培训学时")] == ("≥30学时", "30学时")
    assert rows[(282, "工作队辖区内群众满意率")][1] == "90%"
    # written here: another unit word, a date to the month, a formula with spaces (the stream's cells of a line)
    from ingest.performance.indicator_stream import _joined_values, _space_cells

    def cells(line: str) -> list[str]:
        return _space_cells(_joined_values(line))

    assert cells("培训课时 ≥40 课时 42 课时 10 10") == ["培训课时", "≥40课时", "42课时", "10", "10"]
    assert cells("完成时间 2023 年 6 月 2023 年 6 月 10 10") == ["完成时间", "2023年6月", "2023年6月", "10", "10"]
    assert cells("学员满意度 $\\geq 95 \\%$ 96% 10 9") == ["学员满意度", "$\\geq 95 \\%$", "96%", "10", "9"]
    # a word after the last figure is no unit: 5 5 无 stays three cells; a 2-character name after figures too
    assert cells("合格率 ≥95% 98% 5 5 无") == ["合格率", "≥95%", "98%", "5", "5", "无"]


def test_a_unit_printed_apart_under_a_unit_column_is_that_columns_cell():
    """岳阳楼区价格认定中心 2023 部门整体绩效目标表 (traditional characters) single-spaced:
    ``質量指標 業務工作支出到位率
    定量 100 % 該指標…`` under ``… *指標值 計量單位 …`` — the % is the 计量单位 column's cell: the target is 100 (in %),
    as the page printed with pipes reads it, not a target ``100%`` of the 指标值 column."""
    from ingest.records import Indicator

    def targets(records: list) -> dict[str, tuple[str, str | None]]:
        return {r.level3_name: (r.target_raw, r.target_unit) for r in records if isinstance(r, Indicator)}

    name = "yueyanglou-jgrz-2023-dept-targets.txt"
    original = targets(_records((PAGES / name).read_text("utf-8"), name))
    single = targets(_single_spaced(name))
    assert single["业务工作支出到位率"] == original["业务工作支出到位率"] == ("100", "%")
    assert single["社会成本指标"] == original["社会成本指标"]
    # written here: another value and unit in that row (98.5 | 个): the number alone the target
    text = (PAGES / name).read_text("utf-8").replace("| 100 | % | 該指標(biāo)主要考察業(yè)務(wù)工作支出安排到位",
                                                      "| 98.5 | 个 | 該指標(biāo)主要考察業(yè)務(wù)工作支出安排到位")
    assert "98.5 | 个" in text
    lines, _ = VARIANTS[SINGLE](text.split("\n"))
    assert targets(_records(lines, name))["业务工作支出到位率"][0] == "98.5"  # (its unit: a 率's %)


def test_a_word_after_one_number_only_stays_a_cell():
    """``≥30 学时 30 学时``: the word after both numbers is their unit, joined to each; ``≥90 良好 10 9``: a word
    after the target alone is the next cell (the actual 良好), never glued to the target."""
    from ingest.performance.indicator_stream import _joined_values

    assert _joined_values("公共科目培训学时 ≥30 学时 30 学时 10 10") == "公共科目培训学时 ≥30学时 30学时 10 10"
    assert _joined_values("群众满意度 ≥90 良好 10 9") == "群众满意度 ≥90 良好 10 9"
    assert _joined_values("项目数量 5 完成 10 10") == "项目数量 5 完成 10 10"

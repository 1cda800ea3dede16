"""A project sheet flattened onto one line whose 年度资金总额 row's figures follow its funds header at once, the
row's label printed elsewhere (ingest/performance/flat_sheet.py): a laying of the figures over the header's
columns read only where the row's arithmetic confirms it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.performance.flat_sheet import read_flat_sheets
from ingest.records import Indicator, ParseWarning, Project, ProjectFunding
from ingest.text import Line
from tests._performance_helpers import parsed_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
WAN = Decimal(10000)


def _projects(records) -> dict[str, tuple]:
    return {
        r.name: (r.budget_initial_yuan, r.budget_full_year_yuan, r.executed_yuan, r.execution_rate, r.funds_weight,
                 r.funds_score)
        for r in records if isinstance(r, Project)
    }


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == "performance.flat_sheet"]


def _page(name: str):
    from ingest.document import parse_path

    return parse_path(PAGES / name).all_records


def test_real_page_two_sheets_on_one_line_putuo():
    # 上海市普陀区体育事业管理中心 2022 (a PDF's text on one line): ``… 普陀体育中心与委托运营方结 算费用 项目名称
    # 主管部门 …
    # 年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215,457.6 10 8.62 250000.00 …`` — the rate
    # not printed there; 8.62 = 10 × 215457.6 / 250000 confirms the laying. The unit is 项目资金 (元), printed
    # after the figures.
    records = _page("putuo-tyzx-2022-selfeval-flattened.txt")
    projects = _projects(records)
    assert projects["普陀体育中心与委托运营方结算费用"] == (
        Decimal(250000), Decimal(250000), Decimal("215457.6"), None, Decimal(10), Decimal("8.62"))
    # the second sheet's row: 20000.00 20000.00 4.52 after the header, 9,034 and 10 45.17% apart in the head
    # (after 实施单位, after 目标): 9034 / 20000 = 45.17 % and 10 × 45.17 % = 4.52 confirm the one laying
    assert projects["援滇对口支援及结对帮扶经费"] == (
        Decimal(20000), Decimal(20000), Decimal(9034), Decimal("45.17"), Decimal(10), Decimal("4.52"))
    funding = [r for r in records if isinstance(r, ProjectFunding)]
    assert [(f.source, f.executed_yuan, f.source_line) for f in funding] == [
        ("total", Decimal("215457.6"), 3), ("total", Decimal(9034), 3)]
    assert _warnings(records) == []


def test_real_page_rate_confirms_amounts_not_a_stepped_score_jishan():
    # 稷山县医疗保障局 2020 (.xlsx on one line): ``全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9`` —
    # 65.07 / 65.66 = 99.1 % confirms the amounts and the rate; 9 is not 10 × 99 % (a score by steps): left out
    records = _page("jishan-ybj-2020-selfeval-flattened.txt")
    assert _projects(records)["建档立卡个人缴费县级配套资金"] == (
        None, Decimal("65.66") * WAN, Decimal("65.07") * WAN, Decimal(99), Decimal(10), None)


HEAD = ("项目支出绩效自评表 (2023年度) 项目名称 {name} 主管部门 某县某局 项目资金 ({unit}) "
        "年初预算数 全年预算数 全年执行数 分值 执行率 得分 ")
TAIL = (" 上年结转资金 — — 其他资金 — — 年度资金总额 其中:当年财政拨款 年度总体目标 预期目标 实际完成情况 "
        "完成了年度任务。 一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分")


@pytest.mark.parametrize(("unit", "figures", "expected"), [
    # every column printed, the rate confirming
    ("万元", "80 80 72 10 90% 9 80 80 72 90%", (Decimal(80), Decimal(80), Decimal(72), Decimal(90), Decimal(10),
                                                Decimal(9))),
    # 元, thousands separators, no rate printed: the score confirms
    ("元", "1,200,000.00 1,000,000.00 950,000.00 20 19", (Decimal(1200000), Decimal(1000000), Decimal(950000), None,
                                                          Decimal(20), Decimal(19))),
    # a full-width rate and 分值 (NFKC), the score capped at the 分值 (more spent than budgeted)
    ("万元", "50 50 55 １０ 110％ １０", (Decimal(50), Decimal(50), Decimal(55), Decimal(110), Decimal(10),
                                             Decimal(10))),
])
def test_variants_read(unit, figures, expected):
    records = parsed_page(HEAD.format(name="某某专项经费", unit=unit) + figures + TAIL + "\n")
    scale = WAN if unit == "万元" else Decimal(1)
    got = _projects(records)["某某专项经费"]
    assert got == tuple(v * scale if i < 3 and v is not None else v for i, v in enumerate(expected))


def test_variant_name_before_its_label_and_several_spaces():
    # a PDF's text: the name before 项目名称 (after the title's year), cells between several spaces
    line = ("财政项目支出绩效自评表  (2021  年度)  某某  设备购置费  项目名称  主管部门  某区某中心  "
            "年初预算数  全年预算数  全年执行数  分值  执行率  得分  30.00  30.00  27  10  9.00  30.00  30.00  27  —  "
            "年度资金总额  项目资金 (万元)"
            "  预期目标  一级指标")
    records = parsed_page(line + "\n")
    assert _projects(records)["某某设备购置费"] == (
        Decimal(30) * WAN, Decimal(30) * WAN, Decimal(27) * WAN, None, Decimal(10), Decimal(9))


def test_variant_arithmetic_fails_nothing_read_and_a_warning():
    # 72 / 80 is 90 %, not 95 %; and 9.5 is not 10 × 90 %: no laying confirmed
    records = parsed_page(HEAD.format(name="某某专项经费", unit="万元") + "80 80 72 10 95% 9.5" + TAIL + "\n")
    assert _projects(records)["某某专项经费"] == (None,) * 6
    assert not [r for r in records if isinstance(r, ProjectFunding)]
    assert any("confirmed" in message for message in _warnings(records))


def test_variant_both_units_declared_nothing_read():
    line = HEAD.format(name="某某专项经费", unit="元") + "80 80 72 10 90% 9" + TAIL + " 单位:万元"
    records = parsed_page(line + "\n")
    assert _projects(records)["某某专项经费"] == (None,) * 6
    assert any("unit" in message for message in _warnings(records))


def test_variant_one_budget_printed_its_column_follows_the_header():
    # only 全年预算数 before the figures (年初预算数 elsewhere): the budget the header run names
    line = ("项目支出绩效自评表 (2020年度) 项目名称 某某配套资金 主管部门 某县某局 年初预算数 (万元) "
            "年度资金总额 实施单位 "
            "全年预算数 全年执行数 分值 执行率 得分 40 30 10 75% 7.5 一级指标")
    assert _projects(parsed_page(line + "\n"))["某某配套资金"] == (
        None, Decimal(40) * WAN, Decimal(30) * WAN, Decimal(75), Decimal(10), Decimal("7.5"))


def test_short_lines_and_labelled_rows_are_not_this_readers():
    # a funds row with its label after the header is the funds block reader's; a short line no sheet
    labelled = HEAD.format(name="某某专项经费", unit="万元") + "年度资金总额 80 80 72 10 90% 9" + TAIL
    assert read_flat_sheets([Line(1, labelled)]) == []
    short = "项目名称 某某 年初预算数 全年预算数 全年执行数 分值 执行率 得分 80 80 72 10 90% 9"
    assert read_flat_sheets([Line(1, short)]) == []


def _indicators(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _totals(records, name: str) -> tuple:
    project = next(r for r in records if isinstance(r, Project) and r.name == name)
    return project.total_weight, project.total_score


def test_real_page_indicator_figures_in_a_run_names_after_them_putuo():
    # the indicator header's value columns (年度 指标值 实际 完成值 分值 得分), then every row's four figures one
    # after another and the 总分 row's 100 98.62, the names and levels after them (a name's last character,
    # 率, wrapped away from it): 10 + 20 + 20 + 30 + 10 and the funds' 10 are 100; their 得分 and 8.62 are 98.62
    records = _page("putuo-tyzx-2022-selfeval-flattened.txt")
    assert _indicators(records) == [
        ("产出指标", "数量指标", "与委托运营方结算完成率", "=100%", "100%", Decimal(10), Decimal(10)),
        ("产出指标", "质量指标", "合同结算条款完成率", "=100%", "100%", Decimal(20), Decimal(20)),
        ("产出指标", "时效指标", "费用结算及时性", "及时", "及时", Decimal(20), Decimal(20)),
        ("效益指标", "社会效益指标", "与委托运营方合同完成率", "=100%", "100%", Decimal(30), Decimal(30)),
        ("满意度指标", "服务对象满意度指标", "场馆开放满意度", ">=90%", "100%", Decimal(10), Decimal(10)),
    ]
    assert _totals(records, "普陀体育中心与委托运营方结算费用") == (Decimal(100), Decimal("98.62"))
    first = next(i for i in records if isinstance(i, Indicator))
    assert (first.target_operator, first.target_value, first.target_unit, first.source_line) == ("=", 100, "%", 3)


SHEET = ("项目支出绩效自评表 (2023年度) 项目名称 某某专项经费 主管部门 某县某局 项目资金 (万元) "
         "年初预算数 全年预算数 全年执行数 分值 执行率 得分 80 80 72 10 90% 9 80 80 72 90% 年度资金总额 "
         "预期目标 实际完成情况 完成了年度任务。 ")


def test_variant_names_before_the_figures_other_levels_and_spacing():
    # another county's level names (points notes, 可持续影响指标), the names before the run, the header's
    # words split otherwise, several spaces, a full-width operator
    line = SHEET + ("一级指标  二级指标  三级指标  产出指标(60分)  数量指标  培训人数  质量指标  合格 率  "
                    "效益指标(30分)  "
                    "可持续影响指标  长效机制  满意度指标(10分)  群众满意度指标  群众满意度  "
                    "指标值  完成值  分值  得分  ≥100人  120人  30  30  ≥95%  96%  30  28  健全  健全  20  20  "
                    "≥90％  92%  10  10  100  97  总分")
    records = parsed_page(line + "\n")
    assert _indicators(records) == [
        ("产出指标", "数量指标", "培训人数", "≥100人", "120人", Decimal(30), Decimal(30)),
        ("产出指标", "质量指标", "合格率", "≥95%", "96%", Decimal(30), Decimal(28)),
        ("效益指标", "可持续影响指标", "长效机制", "健全", "健全", Decimal(20), Decimal(20)),
        ("满意度指标", "群众满意度指标", "群众满意度", "≥90%", "92%", Decimal(10), Decimal(10)),
    ]
    assert _totals(records, "某某专项经费") == (Decimal(100), Decimal(97))


def test_variant_levels_uncertain_left_empty():
    # fewer 二级指标 names than rows (a level printed once for two rows): the rows without their levels
    line = SHEET + ("一级指标 二级指标 三级指标 指标值 完成值 分值 得分 ≥100人 120人 45 45 ≥95% 96% 45 43 100 97 "
                    "产出指标 数量指标 培训人数 考核合格率 总分")
    assert _indicators(parsed_page(line + "\n")) == [
        (None, None, "培训人数", "≥100人", "120人", Decimal(45), Decimal(45)),
        (None, None, "考核合格率", "≥95%", "96%", Decimal(45), Decimal(43)),
    ]


@pytest.mark.parametrize(("rows", "names", "why"), [
    # the 得分 do not sum to the 总分's (9 + 45 + 43 = 97, printed 98)
    ("≥100人 120人 45 45 ≥95% 96% 45 43 100 98", "培训人数 考核合格率", "sums to its 总分"),
    # a 得分 over its 分值
    ("≥100人 120人 45 46 ≥95% 96% 45 42 100 97", "培训人数 考核合格率", "sums to its 总分"),
    # more names than rows (a name wrapped over two cells)
    ("≥100人 120人 45 45 ≥95% 96% 45 43 100 97", "培训 人数 考核合格率", "3 names"),
    # two counts of rows sum to a 总分 row (a row of 0 points after the first)
    ("≥100人 120人 90 90 100 100 0 0 100 100", "培训人数 考核合格率", "after 1 and after 2"),
])
def test_variants_arithmetic_or_names_fail_nothing_read(rows, names, why):
    line = SHEET + f"一级指标 二级指标 三级指标 指标值 完成值 分值 得分 {rows} {names} 总分"
    if "after 1" in why:  # (the funds row all spent: 10 of 10)
        line = line.replace("80 80 72 10 90% 9", "80 80 80 10 100% 10")
    records = parsed_page(line + "\n")
    # (no row's figures read: another reader may read the names after the run as text cells)
    assert [row for row in _indicators(records) if row[5] is not None or row[6] is not None] == []
    assert _totals(records, "某某专项经费") == (None, None)
    assert any("indicator rows" in message and why in message for message in _warnings(records)), _warnings(records)


SCATTERED = ("项目支出绩效自评表 (2022年度) 项目名称 某某帮扶经费 主管部门 某区某局 年初预算数 全年预算数 全年执行数 "
             "分值 执行率 得分 {head} 其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 年度资金总额 项目资金 (元) "
             "实施单位 {apart1} 预期目标 年度 总体 目标 {apart2} 实际完成情况 已完成。 一级指标 二级指标 三级指标")


@pytest.mark.parametrize(("head", "apart1", "apart2", "expected"), [
    # the 执行数 and the 分值 and 执行率 apart (as on the 普陀 page), in 万元 by default… here 元
    ("20000.00 20000.00 4.52", "9,034", "10 45.17%",
     (Decimal(20000), Decimal(20000), Decimal(9034), Decimal("45.17"), Decimal(10), Decimal("4.52"))),
    # the rate and the score apart, the 分值 after the executed amount
    ("12000 12000 10800 20", "90%", "18",
     (Decimal(12000), Decimal(12000), Decimal(10800), Decimal(90), Decimal(20), Decimal(18))),
])
def test_variants_scattered_row_read_where_both_checks_hold(head, apart1, apart2, expected):
    records = parsed_page(SCATTERED.format(head=head, apart1=apart1, apart2=apart2) + "\n")
    assert _projects(records)["某某帮扶经费"] == expected


@pytest.mark.parametrize(("head", "apart1", "apart2"), [
    # the rate holds (9034 / 20000) but 4.6 is not 10 × 45.17 %: no laying is confirmed twice
    ("20000.00 20000.00 4.6", "9,034", "10 45.17%"),
    # too many figures apart in the head to be sure which are the row's
    ("20000.00 20000.00 4.52", "9,034 3 5", "10 45.17% 7"),
])
def test_variants_scattered_row_unconfirmed_left_out(head, apart1, apart2):
    records = parsed_page(SCATTERED.format(head=head, apart1=apart1, apart2=apart2) + "\n")
    assert _projects(records)["某某帮扶经费"] == (None,) * 6
    assert any("confirmed" in message for message in _warnings(records))


def test_variant_total_label_before_its_figures_units_apart():
    # the 总分 row's label before its figures (总分 100 97), the rows' units printed apart (≥100 人, 96 %), the
    # names after the run, a 一级指标 with its points
    line = SHEET + ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 ≥100 人 120 人 45 45 ≥95 % 96 % 45 43 "
                    "总分 100 97 产出指标(90分) 数量指标 培训人数 质量指标 考核合格率")
    records = parsed_page(line + "\n")
    assert _indicators(records) == [
        ("产出指标", "数量指标", "培训人数", "≥100人", "120人", Decimal(45), Decimal(45)),
        ("产出指标", "质量指标", "考核合格率", "≥95%", "96%", Decimal(45), Decimal(43)),
    ]
    assert _totals(records, "某某专项经费") == (Decimal(100), Decimal(97))

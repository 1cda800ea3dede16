"""The funds block of a project sheet read by its structure (ingest/performance/funds_block.py): the header's
column cells and the rows' funds labels as one stream of cells, whatever separates them; each rule on its
real page and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _performance_helpers import parsed_page

from ingest.document import parse_path
from ingest.performance.funds_block import UNCERTAIN, UNFIT, column_role, label_sources, place_row
from ingest.records import DepartmentFunding, ParseWarning, Project, ProjectFunding
from ingest.text import DocumentError

PAGES = Path(__file__).parent / "fixtures" / "pages"
WAN = Decimal(10000)
ROLES = ["initial", "full_year", "executed", "weight", "rate", "score"]  # the national template's columns


def _fundings(records) -> dict[str, ProjectFunding]:
    return {r.source: r for r in records if isinstance(r, ProjectFunding)}


def _amounts(funding: ProjectFunding) -> tuple:
    return funding.budget_initial_yuan, funding.budget_full_year_yuan, funding.executed_yuan, funding.execution_rate


def _warnings(records, word: str) -> list[ParseWarning]:
    return [r for r in records if isinstance(r, ParseWarning) and r.parser == "performance.funds_block"
            and word in r.message]


# --- a row's cells laid over the header's columns -------------------------------------------------


def test_a_row_as_wide_as_its_header_is_read_in_order():
    figures, failure = place_row(["130", "130", "130", "10", "100", "10"], ROLES, total_row=True)
    assert failure is None
    assert figures == {"initial": 0, "full_year": 1, "executed": 2, "weight": 3, "rate": 4, "score": 5}


def test_three_amounts_of_a_source_row_are_its_money_columns():
    # 其中:本年财政拨款 90 89.974 89.974: a source row's 分值 / 得分 are empty, and 89.974 is no rate of 90
    # and 89.974 (a rate with no execution beside it is none)
    figures, failure = place_row(["90", "89.974", "89.974"], ROLES, total_row=False)
    assert (figures, failure) == ({"initial": 0, "full_year": 1, "executed": 2}, None)


def test_an_amount_whose_budget_column_is_unknown_is_left_out():
    # 387664.62 387664.62 10 100% 10 under six columns: 年初 or 全年 left empty — the execution, its
    # rate, 分值 and 得分 are certain, the budget's column is not
    figures, failure = place_row(["387664.62", "387664.62", "10", "100%", "10"], ROLES, total_row=True)
    assert failure == UNCERTAIN
    assert figures == {"executed": 1, "weight": 2, "rate": 3, "score": 4}


def test_a_row_its_rate_denies_fits_no_placing():
    assert place_row(["80000", "80000", "72000", "10", "95%", "9"], ROLES, total_row=True) == ({}, UNFIT)
    assert place_row(["1", "2", "3", "4", "5", "6", "7"], ROLES, total_row=True) == ({}, UNFIT)


@pytest.mark.parametrize(("cell", "role"), [
    ("年初预算数", "initial"), ("全年预算数(A)", "full_year"), ("调整后预算数", "full_year"),
    ("预算数(A)", "full_year"), ("转移支付预算数(A)", "full_year"),
    ("全年执行数(B)", "executed"), ("全年执行", "executed"), ("执行率(全年执行数/全年预算数)", "rate"),
    ("预算执行率(B/A×100%)", "rate"), ("得分(20分*执行率)", "score"), ("分值", "weight"), ("执行率权重", "weight"),
    ("项目资金(万元)", None), ("得分计算方法", None),
])
def test_header_cells_name_their_columns(cell, role):
    assert column_role(cell) == role


@pytest.mark.parametrize(("text", "sources"), [
    ("年度资金总额:", ["total"]), ("其中:当年财政拨款", ["fiscal"]), ("中央财政资金", ["fiscal"]),
    ("地方资金", ["local"]), ("地方财政资金(万元)", ["local"]), ("市级资金", ["local"]), ("省级财政资金", ["local"]),
    ("其中:中央补助", ["superior"]), ("上年结转资金其他资金", ["carryover", "other"]),
    ("彩票公益金用于医疗救助", None), ("年度总体目标", None),
])
def test_row_labels_name_their_sources(text, sources):
    found = label_sources(text)
    assert (None if found is None else [source for source, _ in found]) == sources


# --- a sheet flattened onto one line ------------------------------------------------------------------


def test_real_page_flattened_sheet_reads_its_source_row():
    # 池州市贵池区棠溪镇 2022 (a .doc's text: its metadata, then the whole 自评表 on one line, cells between
    # spaces): 其中:本年财政拨款 90 89.974 89.974 was not read (its 年度资金总额 row prints 0 0 0 10 0 0)
    records = parse_path(PAGES / "guichi-tangxi-2022-selfeval-flattened.txt").all_records
    fiscal = _fundings(records)["fiscal"]
    assert (fiscal.source_line, fiscal.label) == (2, "本年财政拨款")
    assert _amounts(fiscal) == (90 * WAN, Decimal("89.974") * WAN, Decimal("89.974") * WAN, None)
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.funds_weight, project.funds_score) == ("委托业务项目", 10, 0)
    assert not _warnings(records, "")


def _flattened(separator: str, unit: str = "万元", colon: str = ":") -> str:
    cells = [
        "项目支出绩效自评表", "项目名称", "乡村道路养护", "主管部门", "某县交通运输局", f"项目资金({unit})",
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        f"年度资金总额{colon}", "250", "240", "216", "10", "90%", "9",
        f"其中{colon}当年财政拨款", "200", "200", "180", "—", "90%", "—",
        "上年结转资金", "50", "40", "36", "—", "90%", "—",
        "其他资金", "年度总体目标", "预期目标", "实际完成情况",
    ]
    return separator.join(cells)


@pytest.mark.parametrize(
    ("separator", "colon"), [(" ", ":"), ("\u3000", "："), ("\t", ":"), (" | ", ":"), ("\n", "：")]
)
def test_flattened_sheet_variant(separator, colon):
    # one line, cells between spaces, ideographic spaces, tabs or pipes; or one cell per line; 元 and 万元
    for unit, scale in (("万元", WAN), ("元", Decimal(1))):
        records = parsed_page(_flattened(separator, unit, colon) + "\n")
        funds = _fundings(records)
        assert _amounts(funds["total"]) == (250 * scale, 240 * scale, 216 * scale, 90)
        assert _amounts(funds["fiscal"]) == (200 * scale, 200 * scale, 180 * scale, 90)
        assert _amounts(funds["carryover"]) == (50 * scale, 40 * scale, 36 * scale, 90)
        project = next(r for r in records if isinstance(r, Project))
        assert (project.name, project.executed_yuan, project.funds_weight, project.funds_score) == (
            "乡村道路养护", 216 * scale, 10, 9)


def test_real_page_flattened_sheet_no_reader_took_becomes_its_project():
    # 某县市场监督管理局 2020 (a report's page: the 自评表 flattened onto line 17): no reader found the
    # project; its 年度资金总额 row is read, and of 其中:当年财政拨款 130 130 - 100 - (five cells under six
    # columns) the execution its rate gives — its budget's column (年初 or 全年) is uncertain: left out
    records = parse_path(PAGES / "scjgj-2020-selfeval-flattened.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.source_line) == ("食品安全抽样检测工作经费", 17)
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (130 * WAN,) * 3
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (100, 10, 10)
    fiscal = _fundings(records)["fiscal"]
    assert _amounts(fiscal) == (None, None, 130 * WAN, 100)
    assert [w.source_line for w in _warnings(records, "uncertain")] == [17]


def test_flattened_sheet_no_reader_took_variant():
    # another sheet, 元, a full-width colon and space; the row's figures certain, no warning
    records = parsed_page("某局 2021年项目支出绩效自评表　项目名称　文化下乡经费　主管部门　某县文化局　项目资金（元）"
                          "　年初预算数　全年预算数　全年执行数　分值　执行率　得分　年度资金总额：　80000"
                          "　80000　76000　10　95%　9.5　其中：当年财政拨款　80000　80000　76000　—　95%　—"
                          "　上年结转资金　—　—\n")
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.executed_yuan, project.execution_rate, project.funds_score) == (
        "文化下乡经费", Decimal(76000), 95, Decimal("9.5"))
    assert _amounts(_fundings(records)["fiscal"]) == (Decimal(80000), Decimal(80000), Decimal(76000), 95)
    assert not _warnings(records, "")


# --- rows whose figures' columns are uncertain ------------------------------------------------------------


def test_real_page_total_row_with_an_empty_budget_column():
    # 永德县明朗中学 2022 (a pipe-cell stream): 年度资金总额 | 387664.62 | 387664.62 | 10 | 100% | 10 under
    # six columns; nothing had been read of it
    records = parse_path(PAGES / "yongde-minglang-2022-selfeval-reflowed.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.budget_full_year_yuan) == (None, None)
    assert (project.executed_yuan, project.execution_rate, project.funds_weight, project.funds_score) == (
        Decimal("387664.62"), 100, 10, 10)  # (元: the caption's 项目资金 (元))
    assert _warnings(records, "uncertain")


def test_rows_with_uncertain_columns_variant():
    # flattened, two spaces between cells: a total row leaving a budget column empty, a source row of two
    # amounts (年初 and 全年, or 全年 and 执行?) — the amounts whose columns differ between placings are never read
    records = parsed_page("  ".join([
        "项目支出绩效自评表", "项目名称", "防汛物资储备", "项目资金(万元)", "年初预算数", "全年预算数", "全年执行数",
        "分值", "执行率", "得分", "年度资金总额", "60", "54", "10", "90%", "9", "其中:财政拨款", "60", "54",
        "一级指标", "二级指标", "三级指标",
    ]) + "\n")
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_initial_yuan, project.budget_full_year_yuan, project.executed_yuan) == (None, None, 54 * WAN)
    assert (project.execution_rate, project.funds_weight, project.funds_score) == (90, 10, 9)
    assert "fiscal" not in _fundings(records)
    assert len(_warnings(records, "uncertain")) == 2


def test_a_total_row_its_rate_denies_leaves_the_block_unread_variant():
    records = parsed_page("项目名称 村级公益事业奖补 项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
                          "年度资金总额 80000 80000 72000 10 95% 9 其中:当年财政拨款 80000 80000 72000 — 95% —\n")
    assert not _fundings(records)
    assert _warnings(records, "fit none")


# --- the sources a table reader left out --------------------------------------------------------------------


def test_local_funds_beside_the_central_variant():
    # a 转移支付 sheet with spaces, 元: 地方财政资金 and 市级资金 rows beside 中央财政资金 (a 彩票公益金 row
    # between them names no source and is passed over; 市级资金 after 地方财政资金, a part of it, is not a
    # second local row)
    records = parsed_page("\n".join([
        "转移支付(项目)名称 农村饮水安全补助",
        "资金投入情况(元) 全年预算数(A) 全年执行数(B) 预算执行率(B/A×100%)",
        "年度资金总额: 5000000 4500000 90%",
        "其中:中央财政资金 3000000 2700000 90%",
        "彩票公益金 100000 100000 100%",
        "地方财政资金 1500000 1350000 90%",
        "市级资金 400000 350000 87.5%",
        "其他资金",
        "资金管理情况 情况说明",
    ]) + "\n")
    funds = _fundings(records)
    assert _amounts(funds["local"]) == (None, Decimal(1500000), Decimal(1350000), 90)
    assert funds["local"].label == "地方财政资金"
    assert [r.label for r in records if isinstance(r, ProjectFunding) and r.source == "local"] == ["地方财政资金"]
    assert _amounts(funds["fiscal"]) == (None, Decimal(3000000), Decimal(2700000), 90)


# --- 部门整体: the total row run together after its header ----------------------------------------------


def test_real_page_department_total_run_together_after_its_header():
    # 永州市零陵区疾病预防控制中心 2021 部门整体支出绩效自评表 (a preview's text, every cell run together):
    # …年初预算数全年预算数全年执行数分值执行率得分年度资金总额2456.182456.182456.1810100%10
    records = parse_path(PAGES / "lingling-cdc-2021-dept-selfeval-run-together.txt").all_records
    total = next(r for r in records if isinstance(r, DepartmentFunding))
    assert (total.source, total.source_line) == ("total", 31)
    assert (total.budget_initial_yuan, total.budget_full_year_yuan, total.executed_yuan) == (
        Decimal("2456.18") * WAN,) * 3
    assert (total.execution_rate, total.weight, total.score) == (100, 10, 10)


def test_department_total_run_together_after_its_header_variant():
    # 元, a full-width bracket, a rate below 100 and a score with decimals
    records = parsed_page("部门整体支出绩效自评表（2022年度）部门名称某县档案馆年度预算申请（元）年初预算数全年预算数"
                          "全年执行数分值执行率得分年度资金总额300000320000288000 10 90% 9 按收入性质分:\n")
    total = next(r for r in records if isinstance(r, DepartmentFunding))
    assert (total.budget_initial_yuan, total.budget_full_year_yuan, total.executed_yuan) == (
        Decimal(300000), Decimal(320000), Decimal(288000))
    assert (total.execution_rate, total.weight, total.score) == (90, 10, 9)


# --- the total row's label before its header ------------------------------------------------------------


def test_real_page_total_row_labelled_before_its_header():
    # 区商务局 2020 (a Yunnan-style 项目自评表 flattened, a PDF's cells out of order): 年度财政 资金总额, the
    # head's cells, then 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) and 285.84 285.84 100% 20
    records = parse_path(PAGES / "shangwuju-2020-selfeval-flattened.txt").all_records
    total = _fundings(records)["total"]
    assert (total.label, total.source_line) == ("年度财政资金总额", 3)
    assert _amounts(total) == (None, Decimal("285.84") * WAN, Decimal("285.84") * WAN, 100)
    project = next(r for r in records if isinstance(r, Project))
    assert (project.name, project.funds_score) == ("2020年市级服务贸易发展资金", 20)


@pytest.mark.parametrize("separator", [" | ", " ", "\n"])
def test_total_row_labelled_before_its_header_variant(separator):
    # pipes, spaces or one cell per line; a rate below 100; a row short of a cell is not the total's
    cells = ["项目支出绩效自评表", "项目名称", "农产品展销会补助", "预算执行情况(万元)(20分)", "年度财政资金总额",
             "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"]
    records = parsed_page(separator.join([*cells, "150", "135", "90%", "18", "一级指标", "三级指标"]) + "\n")
    total = _fundings(records)["total"]
    assert _amounts(total) == (None, 150 * WAN, 135 * WAN, 90)
    assert next(r for r in records if isinstance(r, Project)).funds_score == 18
    short = parsed_page(separator.join([*cells, "150", "90%", "18", "一级指标", "三级指标"]) + "\n")
    assert all(f.executed_yuan is None for f in short if isinstance(f, ProjectFunding))


# --- a funds word beside its figure: the 中央对地方转移支付区域绩效自评表 ------------------------------------


def test_real_page_transfer_region_sheet_words_beside_their_figures():
    # 安居区市场监管局 2021 食品监管补助资金区域绩效目标自评表, one cell per line: 预算执行情况 / 预算数: / 2.38 /
    # 执行数: / 2.38 / 20, then 其中:中央补助 / 2.38 万元 twice (under the budget, under the execution);
    # no reader had found the sheet (its name follows 专项名称)
    records = parse_path(PAGES / "anju-scjgj-2021-transfer-region-selfeval.txt").all_records
    project = next(r for r in records if isinstance(r, Project))
    assert project.name == "食品监管补助资金"
    funds = _fundings(records)
    assert _amounts(funds["total"]) == (None, Decimal("2.38") * WAN, Decimal("2.38") * WAN, None)
    assert funds["total"].value_lines == "budget_full_year=34;executed=38"
    assert (funds["superior"].label, funds["superior"].value_lines) == ("中央补助", "budget_full_year=44;executed=48")
    assert _amounts(funds["superior"])[:3] == (None, Decimal(23800), Decimal(23800))
    # the 20 after the execution: 分值 or 得分, the sheet does not say
    assert project.funds_weight is None and project.funds_score is None
    assert [w.source_line for w in _warnings(records, "分值 or 得分")] == [40]


@pytest.mark.parametrize("layout", ["rows", "cells"])
def test_transfer_region_sheet_variant(layout):
    # pipe rows (the sheet as printed) or one cell per line; 元; the rate beside the budget confirming it; a
    # source printed once (its figure budget or execution?) left out
    rows = [
        ("专项名称", "农机购置补贴"),
        ("预算执行情况(元)", "转移支付预算数(A)", "500000", "预算执行率(B/A)", "90%"),
        ("转移支付执行数(B)", "450000"),
        ("其中:中央补助", "400000", "其中:中央补助", "360000"),
        ("地方资金", "100000"),
        ("年度目标完成情况", "预期目标", "实际完成情况"),
    ]
    text = "\n".join(" | ".join(row) for row in rows) if layout == "rows" else "\n".join(c for row in rows for c in row)
    records = parsed_page(text + "\n")
    assert next(r for r in records if isinstance(r, Project)).name == "农机购置补贴"
    funds = _fundings(records)
    assert _amounts(funds["total"]) == (None, Decimal(500000), Decimal(450000), 90)
    assert _amounts(funds["superior"]) == (None, Decimal(400000), Decimal(360000), None)
    assert "local" not in funds
    assert _warnings(records, "one figure")
    # a rate its amounts deny: nothing read (a page with nothing else then recognised by no parser)
    try:
        denied = parsed_page(text.replace("450000", "400000") + "\n")
    except DocumentError:
        denied = []
    assert "total" not in _fundings(denied)


def test_a_block_under_the_next_sheets_name_is_not_the_projects_variant():
    # a project whose funds the text lost, then another sheet's 项目名称 (one no reader made a project of,
    # its name cell empty) and its funds block: not the first project's
    records = parsed_page("\n".join([
        "项目支出绩效自评表",
        "项目名称 | 乡村道路养护 | 主管部门 | 某县交通运输局",
        "年度总体目标 | 完成道路养护100公里",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
        "产出指标 | 数量指标 | 养护里程 | 100公里 | 100公里 | 50 | 50",
        "项目名称 |",
        "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分",
        "年度资金总额 80 80 76 10 95% 9.5",
    ]) + "\n")
    project = next(r for r in records if isinstance(r, Project))
    assert project.name == "乡村道路养护"
    assert not any(isinstance(r, ProjectFunding) and r.project_key == project.project_key for r in records)


def test_department_total_run_together_with_its_rows_below_variant():
    # the header and the total run together on one line, the rows below it between pipes: all read
    records = parsed_page("\n".join([
        "部门整体支出绩效自评表(2022年度)",
        "部门(单位)名称 | 某县档案馆",
        "年度预算申请(万元)年初预算数全年执行数分值执行率得分年度资金总额:5004501090%9",
        "基本支出 | 300 | 290 |",
        "项目支出 | 200 | 160 |",
        "年度总体目标 | 完成档案数字化",
    ]) + "\n")
    funds = {r.source: r for r in records if isinstance(r, DepartmentFunding)}
    total = funds["total"]
    assert (total.budget_initial_yuan, total.executed_yuan, total.execution_rate, total.weight, total.score) == (
        500 * WAN, 450 * WAN, 90, 10, 9)
    assert (funds["basic"].budget_initial_yuan, funds["basic"].executed_yuan) == (300 * WAN, 290 * WAN)
    assert (funds["project"].budget_initial_yuan, funds["project"].executed_yuan) == (200 * WAN, 160 * WAN)


def test_a_rate_agrees_with_its_amounts_as_rounded_as_printed():
    # 14.56 of 26.66 万元 is 54.61 %, printed 54.60 %: amounts rounded to 0.01 give 54.59–54.64 %
    from ingest.performance.funds_block import rate_agrees

    assert rate_agrees("26.66", "14.56", "54.60%") and rate_agrees("26.66", "14.56", "54.61%")
    assert not rate_agrees("26.66", "14.56", "54.70%") and not rate_agrees("16.00", "14.26", "89.40%")
    assert rate_agrees("16.00", "14.26", "89.17%")  # (14.255 / 16.005 to 14.265 / 15.995: 89.07–89.18 %)
    assert rate_agrees("0", "0", "0") and not rate_agrees("0", "5", "100%") and not rate_agrees("10", "0", "100%")
    figures, failure = place_row(["26.66", "26.66", "14.56", "10", "54.60%", "5.46分"], ROLES, total_row=True)
    assert failure is None and figures["executed"] == 2


LOCAL_FUNDS = """项目支出绩效自评表
(2023年度)
项目名称 | 某某项目 |
主管部门 | 某某县农业农村局 | 实施单位 | 某某县农业农村局 |
项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 100 | 100 | 90 | 10 | 90% | 9 |
其中:中央财政资金 | 60 | 60 | 55 | - | 91.67% | - |
地方财政资金 | 40 | 40 | 35 | - | 87.5% | - |
其他资金 | | | | | | |
年度总体目标 | 预期目标 | 实际完成情况 |
"""


@pytest.mark.parametrize("separator", [" | ", "\t"])
def test_a_row_the_table_reader_read_is_not_read_again_under_another_source(tmp_path, separator):
    """地方财政资金 is ``local`` for the table readers as for the funds block, and a row a table reader read is
    never added again by the funds block (it had been read twice: ``fiscal`` by the table reader, ``local`` by
    the block — the same 40 万元 counted twice)."""
    page = tmp_path / "local.txt"
    page.write_text(LOCAL_FUNDS.replace(" | ", separator), encoding="utf-8")
    fundings = [(r.source, r.budget_initial_yuan, r.source_line)
                for r in parse_path(page).all_records if isinstance(r, ProjectFunding)]
    assert [line for _, _, line in fundings] == sorted({line for _, _, line in fundings})  # one record a row
    assert ("local", Decimal("400000.00"), 8) in fundings
    assert ("fiscal", Decimal("600000.00"), 7) in fundings

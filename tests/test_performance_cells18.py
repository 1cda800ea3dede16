"""The performance batches' misses left by cells17, each fixed where every reader takes it: each rule on
its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import parsed_page

from benchmarks.fidelity import candidates_of
from ingest.document import parse_path
from ingest.records import ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _funding(records) -> dict[str, ProjectFunding]:
    return {r.source: r for r in records if isinstance(r, ProjectFunding)}


# ---------------------------------------------------------------- 1. a funding row's own 执行率


def test_real_page_pipe_rows_source_rows_keep_their_rate():
    # 南充市林业局 (pipe rows): | 其中:财政资金 | 5.00 | 5.00 | 5.00 | | | 100.00% | / | / | — the 其中 row's
    # rate was read by the grid reader and dropped: ProjectFunding had no field for it (unseen 16p/01)
    funding = _funding(parse_path(PAGES / "nanchong-lyj-2023-selfeval-pipe.txt").all_records)
    fiscal = funding["fiscal"]
    assert (fiscal.label, fiscal.source_line, fiscal.execution_rate) == ("其中:财政资金", 10, Decimal("100.00"))
    assert funding["total"].execution_rate == Decimal("100.00")
    assert funding["special_account"].execution_rate == Decimal("0.00")
    # and the scoreboard scores it as the row's share_pct
    assert ("share_pct", Decimal("100.00"), 10) in {
        (c.field, c.value, c.line) for c in candidates_of(fiscal.to_dict())}


def test_real_page_run_together_source_row_keeps_its_rate():
    # 阆中市交通运输局: 其中:中央补助40004000100% is 4000 | 4000 | 100% (unseen 16p/02)
    funding = _funding(parse_path(PAGES / "langzhong-jtysj-2021-transfer-selfeval-run-together.txt").all_records)
    assert (funding["superior"].source_line, funding["superior"].execution_rate) == (25, Decimal(100))


def test_tab_rows_in_yuan_rate_per_row_variant():
    # a variant: tab-separated cells in 元, each source row its own rate, a — where a row prints none
    records = parsed_page("\n".join([
        "项目支出绩效自评表",
        "（2022年度）",
        "项目名称\t某县农村饮水安全工程",
        "主管部门\t某县水利局\t实施单位\t某县水利局",
        "项目资金（元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "年度资金总额\t200000.00\t200000.00\t180000.00\t10\t90%\t9",
        "其中：当年财政拨款\t150000.00\t150000.00\t150000.00\t—\t100%\t—",
        "上年结转资金\t50000.00\t50000.00\t30000.00\t—\t60%\t—",
        "其他资金\t0.00\t0.00\t0.00\t—\t—\t—",
        "年度总体目标\t预期目标\t实际完成情况",
        "\t保障饮水安全\t已完成",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t新建水厂\t1座\t1座\t20\t20",
        "总分\t100\t95",
    ]))
    funding = _funding(records)
    assert (funding["total"].execution_rate, funding["fiscal"].execution_rate, funding["carryover"].execution_rate) == (
        Decimal(90), Decimal(100), Decimal(60))
    assert funding["fiscal"].executed_yuan == Decimal("150000.00")
    assert funding["other"].execution_rate is None  # (printed —)


def test_one_cell_per_line_rate_at_its_line_variant():
    # a variant: one cell per line, the 其中 row's rate on a line of its own — kept with that line
    lines = [
        "项目支出绩效自评表", "（2021年度）", "项目名称", "某镇道路维修", "主管部门", "某镇人民政府",
        "实施单位", "某镇人民政府", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值",
        "执行率", "得分",
        "年度资金总额", "30", "30", "24", "10", "80%", "8",
        "其中：当年财政拨款", "20", "20", "20", "—", "100%", "—",
        "上年结转资金", "10", "10", "4", "—", "40%", "—",
        "其他资金", "0", "0", "0", "—", "0%", "—",
        "年度总体目标", "预期目标", "实际完成情况", "维修道路", "已完成",
        "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
        "产出指标", "数量指标", "维修道路长度", "≥2公里", "2.1公里", "20", "20",
        "总分", "100", "92",
    ]
    records = parsed_page("\n".join(lines))
    funding = _funding(records)
    fiscal = funding["fiscal"]
    assert (fiscal.executed_yuan, fiscal.execution_rate) == (Decimal("200000.00"), Decimal(100))
    rate_line = {c.field: c.line for c in candidates_of(fiscal.to_dict())}["share_pct"]
    assert lines[rate_line - 1] == "100%"
    assert funding["carryover"].execution_rate == Decimal(40)


def test_target_table_funds_have_no_rate():
    # a target table prints no rate: its funds rows' execution_rate stays None
    funding = _funding(parse_path(PAGES / "banan-jielong-2021-project-targets-pipe.txt").all_records)
    assert funding and all(row.execution_rate is None for row in funding.values())


# ------------------------------------------------- 2./3. a target table's funds labels over their figures


def test_real_page_target_funds_labels_over_figures():
    # 芜湖市卫健委 (a 绩效目标申报明细表 flattened to space-padded lines, cut before its indicators): the
    # title (…申报明细表) four lines of text above 项目名称 (a blank line between), and the funds' sources'
    # labels on one line, their figures on the next — 3 labels, 3 figures, each read under its label
    records = parse_path(PAGES / "wuhu-wjw-2019-project-targets-labels-over-figures.txt").all_records
    funding = _funding(records)
    assert {source: (row.label, row.budget_initial_yuan, row.source_line) for source, row in funding.items()} == {
        "superior": ("其中:上级财政补助资金", Decimal("0.00"), 13),
        "own_level": ("其中:同级财政资金", Decimal("250000.00"), 13),
        "other": ("其他", Decimal("0.00"), 13),
    }
    projects = [r for r in records if r.record_type == "project"]
    assert [(p.name, p.source_line) for p in projects] == [("特殊人群病种筛查经费", 7)]


def test_real_page_target_funds_without_a_unit_left_out():
    # 陈仓区残联: 其中:中央补助 | then 50.29 | — the table prints no unit (资金金额, no (万元)): nothing read
    records = parse_path(PAGES / "chencang-cl-2023-project-targets-no-unit.txt").all_records
    assert not _funding(records)


TARGET_HEAD = [
    "2023年度某县项目支出绩效目标申报明细表",
    "",
    "（2023年度）",
    "",
    "申报单位名称：某县卫生健康局",
    "项目名称 某县妇幼健康服务",
    "项目类型 部门预算",
    "项目当年预算（元） 80000",
]


def test_target_funds_labels_over_figures_tabs_in_yuan_variant():
    # a variant: tabs between the cells, the caption in 元, full-width colons, 上级补助 / 本级财政 / 其他资金
    records = parsed_page("\n".join([
        *TARGET_HEAD,
        "项目资金来源情况（元）\t其中：上级补助\t其中：本级财政\t其他资金",
        "30000\t50000\t0",
        "项目绩效目标 保障妇幼健康服务",
    ]))
    funding = _funding(records)
    assert {source: (row.budget_initial_yuan, row.source_line) for source, row in funding.items()} == {
        "superior": (Decimal(30000), 10), "own_level": (Decimal(50000), 10), "other": (Decimal(0), 10),
    }


def test_target_funds_labels_over_fewer_figures_left_out_variant():
    # a variant: a figure left empty (two figures under three labels): which label each belongs to is
    # unknown — none read, a warning
    records = parsed_page("\n".join([
        *TARGET_HEAD,
        "项目资金来源情况（万元） 其中:上级财政补助资金 其中:同级财政资金 其他",
        "  8.00  0.00",
        "项目绩效目标 保障妇幼健康服务",
    ]))
    assert not _funding(records)
    warnings = [r for r in records if r.record_type == "parse_warning" and "labels and 2 figures" in r.message]
    assert [(w.source_line, w.message) for w in warnings] == [
        (10, "funds labels on one line and figures on the next, 3 labels and 2 figures: not read")]


def test_target_funds_labels_over_figures_unknown_label_left_out_variant():
    # a variant: a label the vocabulary does not name (彩票公益金) among them: none read
    records = parsed_page("\n".join([
        *TARGET_HEAD,
        "项目资金来源情况（万元） 其中:上级财政补助资金 彩票公益金 其他",
        "1.00 7.00 0.00",
        "项目绩效目标 保障妇幼健康服务",
    ]))
    assert not _funding(records)


def test_target_funds_superior_after_qizhong_variant():
    # 陈仓区残联's table with a unit in its caption (资金金额(万元)): 其中:中央补助 | then 50.29 | is read
    lines = (PAGES / "chencang-cl-2023-project-targets-no-unit.txt").read_text("utf-8").split("\n")
    lines = [line.replace("资金金额 |", "资金金额(万元) |") for line in lines]
    funding = _funding(parsed_page("\n".join(lines)))
    assert {source: (row.label, row.budget_initial_yuan, row.source_line) for source, row in funding.items()} == {
        "superior": ("其中:中央补助", Decimal("502900.00"), 15)}


def test_target_funds_labels_over_figures_blank_line_between_variant():
    # a variant: 芜湖市卫健委's page with a blank line after every line (as a copy spaces them)
    lines = (PAGES / "wuhu-wjw-2019-project-targets-labels-over-figures.txt").read_text("utf-8").split("\n")
    spaced = [lines[0], *(part for line in lines[1:] for part in (line, ""))]
    funding = _funding(parsed_page("\n".join(spaced)))
    assert {source: row.budget_initial_yuan for source, row in funding.items()} == {
        "superior": Decimal("0.00"), "own_level": Decimal("250000.00"), "other": Decimal("0.00")}
    assert {spaced[row.source_line - 1].strip() for row in funding.values()} == {"0.00  25.00  0.00"}

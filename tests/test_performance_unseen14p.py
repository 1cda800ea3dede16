"""Performance documents of the fourteenth unseen batch (项目支出绩效自评表, 绩效目标表 with their funds,
自评报告 from provinces and sites not seen before), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows, parsed_page

from ingest.document import parse_path
from ingest.records import Indicator, Project, StatedFigure

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _amounts(records) -> set[tuple[int, Decimal]]:
    return {(f.source_line, f.value) for f in records if isinstance(f, StatedFigure) and f.unit == "yuan"}


def test_real_page_funds_one_cell_per_line_closed_by_pipes():
    # 岳阳市南湖新区民政局 2016 财政支出项目绩效评价自评报告: each funds cell on a line of its own closed by
    # its pipe (计划安排资金 (万元) | / 1208.75 |), rows of pipes between — the page had been rejected
    records = parse_path(PAGES / "yueyang-nanhu-mzj-2016-selfeval-report.txt").all_records
    assert {(28, Decimal("12087500.00")), (30, Decimal("12087500.00")), (32, Decimal("9915100.00")),
            (34, Decimal("2172400.00"))} <= _amounts(records)
    # the funds' parts by level of government, each column's cell after its label (省财政 | / 1125 |, four times)
    assert {(42, Decimal("11250000")), (46, Decimal("9077600.00")), (51, Decimal("337500.00")),
            (59, Decimal("500000"))} <= _amounts(records)
    # 忠县 2022 区域绩效目标表: 年度金额(万元): | / 397 | |||, 其中:中央补助(万元) | / 397 | ||||
    records = parse_path(PAGES / "zhongxian-2022-region-targets.txt").all_records
    assert {(26, Decimal("3970000.00")), (28, Decimal("3970000.00"))} <= _amounts(records)


def test_funds_one_cell_per_line_closed_by_pipes_variant():
    # the unit as 元 in a caption line, full-width pipes, blank lines and empty rows between, a label's
    # colon full-width; a number followed by another number alone is a row of a table, not a pair
    records = parsed_page("\n".join([
        "某县2023年项目绩效目标表",
        "资金情况（单位：元） ｜",
        "资金总额： ｜",
        "",
        "1,250,000 ｜ ｜｜｜",
        "||||||",
        "其中：财政拨款 |",
        "1,000,000 |",
        "县财政 |",
        "600,000 |",
        "其他资金 |",
        "250,000 |",
        "180,000 |",
        "年度目标 |",
        "完成道路维修12公里 |",
        "二、上级补助收入 |",
        "|",
        "3 |",
        "三、事业收入 |",
    ]) + "\n")
    amounts = _amounts(records)
    assert {(5, Decimal("1250000")), (8, Decimal("1000000")), (10, Decimal("600000"))} <= amounts
    assert not {line for line, _ in amounts} & {12, 13}
    # a label whose cell is empty (``|`` alone): the number after it is the next row's 序号, no amount
    assert not {line for line, _ in amounts} & {18}


def test_real_page_a_unit_column_before_the_target():
    # 忠县 2022 区域绩效目标表: 三级指标 | 单位 | 指标值, one cell per line — the unit's cell (%) had been
    # read as the target
    records = parse_path(PAGES / "zhongxian-2022-region-targets.txt").all_records
    assert indicator_rows(records) == [
        ("产出指标", "数量指标", "猪肉产量稳定率", "≥95%"),
        ("产出指标", "数量指标", "能繁母猪稳定率", "90%"),
    ]


def test_a_unit_column_before_the_target_variant():
    # pipe rows, the column named 计量单位, targets printed without their unit take it from its column
    records = parsed_page(
        "\n".join(
            [
                "某县2022年农业生产发展资金区域绩效目标表",
                "一级指标 | 二级指标 | 三级指标 | 计量单位 | 指标值 |",
                "产出指标 | 数量指标 | 新建高标准农田面积 | 万亩 | ≥1.2 |",
                "| 质量指标 | 验收合格率 | % | 100 |",
                "效益指标 | 社会效益指标 | 受益农户 | 户 | 3200户 |",
                "满意度指标 | 服务对象满意度指标 | 农户满意度 | % | ≥90% |",
            ]
        )
        + "\n"
    )
    assert indicator_rows(records) == [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥1.2万亩"),
        ("产出指标", "质量指标", "验收合格率", "100%"),
        ("效益指标", "社会效益指标", "受益农户", "3200户"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ]


def _indicators_of(records) -> list[tuple]:
    keys = {r.project_key: r.name for r in records if isinstance(r, Project)}
    return [(keys.get(i.project_key), i.level2_name, i.level3_name, i.target_raw) for i in records
            if isinstance(i, Indicator)]


def test_real_page_targets_under_bracketed_level_headings():
    # 黄山市公安局 2025 项目绩效目标和指标: 【产出指标-数量指标】 then 指标1:机柜数量(≥77台), the project named
    # above its budget figure and its 【项目概况】 — no target had been read
    records = parse_path(PAGES / "huangshan-gaj-2025-project-targets.txt").all_records
    rows = indicator_rows(records)
    assert len(rows) == 9
    assert rows[0] == ("产出指标", "数量指标", "机柜数量", "≥77台")
    assert ("产出指标", "质量指标", "视频监控在线率", "≥0.97比例") in rows
    assert ("满意度指标", "服务对象满意度指标", "提升群众安全感", "≥90%") in rows
    assert {name for name, *_ in _indicators_of(records)} == {"黄山市雪亮工程市本级机房租赁2024至2027服务采购项目"}


def test_targets_under_bracketed_level_headings_variant():
    # two projects, an em dash and full-width colon and brackets, a name with a bracket of its own, no
    # blank lines; a heading whose levels are no pair of the vocabulary is read as nothing
    records = parsed_page(
        "\n".join(
            [
                "某市农业农村局2024年项目绩效目标和指标",
                "农田建设补助",
                "2300000",
                "【项目概况】：新建高标准农田。",
                "【产出指标—数量指标】",
                "指标1：建设项目个数（含续建）（≥1个）",
                "指标2：新建面积(≥2000亩)",
                "【效益指标—社会效益指标】",
                "指标1：受益农户（≥300户）",
                "动物防疫经费",
                "450000",
                "【项目概况】：强制免疫。",
                "【总体目标】",
                "完成强制免疫任务。",
                "【满意度指标-服务对象满意度指标】",
                "指标1：养殖户满意度（≥95%）",
                "【工作要求-其他】",
                "指标1：按时上报(每月)",
            ]
        )
        + "\n"
    )
    assert _indicators_of(records) == [
        ("农田建设补助", "数量指标", "建设项目个数(含续建)", "≥1个"),  # (read in half-width)
        ("农田建设补助", "数量指标", "新建面积", "≥2000亩"),
        ("农田建设补助", "社会效益指标", "受益农户", "≥300户"),
        ("动物防疫经费", "服务对象满意度指标", "养殖户满意度", "≥95%"),
    ]


def _self_evaluated(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.score) for i in records
            if isinstance(i, Indicator)]


def test_real_page_level_points_and_rows_under_merged_points():
    # 黄石市图书馆 2022 共享工程项目自评表 (the Hubei template): 产出指标(40分) | 数量指标 | 一个存储备份器 | 25TB
    # | 25TB | 10 had been read as an indicator named 产出指标(40分) with no figures, and the rows under
    # another of the same 二级指标, their 得分 merged over both (WIFI布点全覆盖 | 100%覆盖 | 100%覆盖), left empty
    records = parse_path(PAGES / "huangshi-library-2022-selfeval.txt").all_records
    rows = _self_evaluated(records)
    assert ("产出指标", "数量指标", "一个存储备份器", "25TB", "25TB", Decimal("10")) in rows
    assert ("产出指标", "数量指标", "WIFI布点全覆盖", "100%覆盖", "100%覆盖", None) in rows
    assert ("产出指标", "时效指标", "2022年全年", "≥360天", "≥360天", None) in rows
    assert not [row for row in rows if row[2].startswith(("产出指标", "效益指标"))]
    # a pipe row of one cell (促进黄石文化经济发展,丰富市民文化活动 | |||||||||) had ended the table: the rows
    # after it were lost
    assert ("效益指标", "可持续影响指标", "≥360天服务读者", "≥360天", "≥360天", Decimal("10")) in rows
    # 效益指标(30分) | 经济效益 | 社会公益服务无经济效益 | …: 经济效益 the 二级指标 (had been a 三级 named so)
    assert ("效益指标", "经济效益指标", "社会公益服务无经济效益", "公益性事业", "公益性事业", Decimal("10")) in rows


def test_level_points_and_rows_under_merged_points_variant():
    # full-width brackets around the points, decimal points, a merged row whose last cell is a bare
    # number (its target or actual missing, not its points: left unread, as before)
    records = parsed_page(
        "\n".join(
            [
                "2023年度项目支出绩效自评表",
                "项目名称 | 农村公路养护 | |",
                "主管部门 | 某县交通运输局 | 项目实施单位 | 某县公路段 |",
                "预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |",
                "年度财政资金总额 | 80 | 80 | 100% | 20 |",
                "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
                "产出指标（40.5分） | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 20 |",
                "桥梁检查 | 12座 | 12座 |",
                "涵洞清理 | 30 |",
                "效益指标（30分） | 经济效益 | 降低运输成本 | ≥5% | 6% | 10 |",
                "生态效益 | 扬尘减少 | 明显 | 明显 | 10 |",
                "沿线绿化提升，通行更安全 | ||||||",
                "可持续影响指标 | 道路使用年限 | ≥8年 | 8年 | 10 |",
                "满意度指标（10分） | 服务对象满意度指标 | 群众满意度 | ≥90% | 96% | 10 |",
                "总分 | 100 | 98 |",
            ]
        )
        + "\n"
    )
    rows = _self_evaluated(records)
    assert ("产出指标", "数量指标", "养护里程", "≥120公里", "126公里", Decimal("20")) in rows
    assert ("产出指标", "数量指标", "桥梁检查", "12座", "12座", None) in rows
    assert ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "96%", Decimal("10")) in rows
    assert not [row for row in rows if row[2] == "涵洞清理" and (row[3] or row[4])]
    # a 二级指标 printed without its 指标 (经济效益, 生态效益) in a row's cell is the level
    assert ("效益指标", "经济效益指标", "降低运输成本", "≥5%", "6%", Decimal("10")) in rows
    assert ("效益指标", "生态效益指标", "扬尘减少", "明显", "明显", Decimal("10")) in rows
    assert ("效益指标", "可持续影响指标", "道路使用年限", "≥8年", "8年", Decimal("10")) in rows


def test_real_page_a_sentence_counting_the_levels_is_no_indicator_header():
    # 西平县交通运输局 2022 自评报告: 该项目共编制12个绩效目标指标,其中一级指标3个,二级指标9个,三级指标12个 — its
    # 一级指标 … 二级指标 had started an indicator block: an indicator 该项目共编制 with the target 12个
    records = parse_path(PAGES / "xiping-jtj-2022-selfeval-report.txt").all_records
    assert not [r for r in records if isinstance(r, Indicator)]
    counts = {(f.source_line, f.label, f.value) for f in records if isinstance(f, StatedFigure) and f.field == "count"}
    assert {(7, "一级指标", Decimal("3")), (7, "二级指标", Decimal("9"))} <= counts
    assert (13, Decimal("21136300.00")) in _amounts(records)


def test_a_sentence_counting_the_levels_is_no_indicator_header_variant():
    # 、 between the clauses, the counts with 项; a header of the same words still starts a table
    records = parsed_page(
        "\n".join(
            [
                "某镇2023年衔接资金项目绩效自评报告",
                "该项目共设置绩效指标15项,其中一级指标3项、二级指标8项、三级指标15项。",
                "一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 |",
                "产出指标 | 数量指标 | 新建道路 | 2.5公里 | 2.5公里 |",
            ]
        )
        + "\n"
    )
    assert indicator_rows(records) == [("产出指标", "数量指标", "新建道路", "2.5公里")]


def _counts(records) -> set[tuple[int, Decimal, str]]:
    # (a length is a measure, no count: precision28)
    return {(f.source_line, f.value, f.unit) for f in records if isinstance(f, StatedFigure) and f.field == "measure"}


def test_real_page_a_length_in_kilometres_is_a_measure():
    # 西平县交通运输局 2022: 实现新建村内道路、连通道路32.63公里 / 已完成建设工程32.63公里 (the output a road
    # project's report states)
    records = parse_path(PAGES / "xiping-jtj-2022-selfeval-report.txt").all_records
    assert {(5, Decimal("32.63"), "公里"), (17, Decimal("32.63"), "公里")} <= _counts(records)


def test_a_length_in_kilometres_is_a_measure_variant():
    # a space before the unit; 最后一公里 (a figure in words) is none
    records = parsed_page("某镇2023年衔接资金项目绩效自评报告\n完成通村道路硬化 4.8 公里,打通服务最后一公里。\n")
    assert _counts(records) == {(2, Decimal("4.8"), "公里")}


def _stated(records) -> set[tuple[str, Decimal, str | None]]:
    return {(f.field, f.value, f.compared_with) for f in records if isinstance(f, StatedFigure)}


def test_real_page_the_compared_years_total_after_its_label():
    # 巴中市恩阳区司城街道办事处 2024 部门整体支出绩效自评报告 (https://scey.gov.cn/…/11742522.html, line 17, the
    # excerpt cut after 减少14): 较2023年总收入1,800.46 万元 — the compared year's total had been unread
    records = parsed_page("司城街道办事处整体预算2024年总收入1,657.57 万元,较2023年总收入1,800.46 万元减少14\n")
    assert ("amount", Decimal("18004600.00"), "2023") in _stated(records)
    assert ("amount", Decimal("16575700.00"), None) in _stated(records)


def test_the_compared_years_total_after_its_label_variant():
    # 比上年总支出, the change stated in full
    records = parsed_page("2023年总支出2,210.5万元,比上年总支出2,000万元增加210.5万元。\n")
    assert {("amount", Decimal("20000000"), "prior_year"), ("change", Decimal("2105000.0"), "prior_year")} <= (
        _stated(records)
    )

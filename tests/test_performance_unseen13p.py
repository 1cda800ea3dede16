"""Performance tables of the thirteenth unseen batch (a third batch of 项目支出绩效自评表 pages from
counties and districts not seen before), each rule on its real page and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from _performance_helpers import indicator_rows, parsed_page

from ingest.document import parse_path
from ingest.records import ParseWarning, Project, ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _funding(records) -> list[tuple]:
    return [(f.label, f.budget_full_year_yuan, f.executed_yuan) for f in records if isinstance(f, ProjectFunding)]


def _project(records) -> Project:
    return next(r for r in records if isinstance(r, Project))


def test_real_page_a_funds_header_without_a_year_start_budget_column():
    # 隆阳区 2022 项目支出绩效自评表 (the Yunnan template): 预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) |
    # 执行率(B/A) | 得分 (20分*执行率) — no 年初预算 column, so the funds row was not read at all; and the
    # 得分 cell's rule names the rate, so it was taken for a second 执行率 column
    records = parse_path(PAGES / "longyang-tfz-2022-selfeval.txt").all_records
    assert _funding(records) == [("年度财政资金总额", Decimal("2784449.00"), Decimal("300000.00"))]
    project = _project(records)
    assert (project.execution_rate, project.funds_score) == (Decimal("10.77"), Decimal("2.16"))
    assert ("产出指标", "质量指标", "示范区配方肥到位率", "≧80%") in indicator_rows(records)


def _yunnan_template(header: str, funds: str) -> str:
    return "\n".join([
        "2023年度项目支出绩效自评表",
        "项目名称 | 乡村公路养护补助 | |",
        "主管部门 | 某县交通运输局 | 项目实施单位 | 某县公路养护站 |",
        header,
        funds,
        "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |",
        "产出指标 | 数量指标 | 养护里程 | ≥120公里 | 126公里 | 40 |",
        "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 96% | 40 |",
        "总分 | 100 | 98 |",
    ]) + "\n"


def test_a_funds_header_without_a_year_start_budget_column_variant():
    # 元 instead of 万元, thousands separators, full-width brackets and the columns in another order
    records = parsed_page(_yunnan_template(
        "预算执行情况（元） （20分） | 执行数（B） | 预算数（A） | 得分（20分*执行率） | 执行率（B/A） |",
        "年度财政资金总额 | 1,170,000.00 | 1,200,000.00 | 19.5 | 97.50% |",
    ))
    assert _funding(records) == [("年度财政资金总额", Decimal("1200000.00"), Decimal("1170000.00"))]
    project = _project(records)
    assert (project.execution_rate, project.funds_score) == (Decimal("97.50"), Decimal("19.5"))


def test_a_funds_row_whose_note_names_the_columns_is_no_header_variant():
    # a Sichuan funds row whose 原因 cell explains the rate (预算执行率=预算执行数/调整后预算数) is a row of its
    # table, not a new header: its figures are still read under the header above it
    records = parsed_page("\n".join([
        "部门预算项目支出绩效自评表(2023年度) |",
        "项目名称 | 51092324T000010263357-安可替代补助资金项目 |",
        "预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分"
        " | 原因 |",
        "总额 | 0.00 | 4.20 | 4.20 | 100.00% | 10 | 10 | 1.预算执行率=预算执行数/调整后预算数 |",
        "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
        "产出指标 | 数量指标 | 采购电脑数量 | ≥15台 | 15台 | 90 | 90 | 无 |",
        "合计 | 100 | 100 |",
    ]) + "\n")
    assert _funding(records) == [("总额", Decimal("42000.00"), Decimal("42000.00"))]


def test_real_pages_a_tables_own_score_in_its_head():
    # 原州区 2022 绩效目标自评表, OCR'd and run together: 项目总得分99分 before the project's name; 广水市 2021
    # 自评表 flattened with its columns interleaved: 自评总分: 95 — neither was read (总得分 is no 总分, and
    # 总分:95 splits as 9 | 5 as well as 95)
    yuanzhou = _project(parse_path(PAGES / "yuanzhou-njzx-2022-selfeval-ocr.txt").all_records)
    assert (yuanzhou.total_weight, yuanzhou.total_score) == (None, Decimal("99"))
    guangshui = _project(parse_path(PAGES / "guangshui-jtysj-2021-selfeval-interleaved.txt").all_records)
    assert guangshui.total_score == Decimal("95")


def test_a_tables_own_score_in_its_head_variant():
    from ingest.performance.run_together import read_total

    assert read_total("绩效自评表(2023年度)自评总得分:87.5分项目名称村道养护") == (None, Decimal("87.5"))
    assert read_total("项目名称村道养护自评总分：92主管部门县交通局") == (None, Decimal("92"))
    # a grading rule's bound is no score, and a 总分 row still gives its weight and score
    assert read_total("评价等级:总得分90分以上为优,80-90分为良") == (None, None)
    assert read_total("满意度指标95%98%10总分10096") == (Decimal("100"), Decimal("96"))


def test_real_page_a_target_split_into_sign_value_and_unit_after_an_explanation():
    # 成安县民政局 2020 预算项目绩效自评表, every row's cells between spaces: the header splits 预期指标值 into
    # 符号 and 单位(文字描述), and each row prints the indicator's explanation between its name and its
    # target (符合条件申报对象覆盖率 享受补贴政策人数占…的比例 >= 98 %(百分比) 100% 完成 25.00 25.00 6.25):
    # each row had been read as an indicator named 完成 with no target
    records = parse_path(PAGES / "chengan-mzj-2020-selfeval-signed-targets.txt").all_records
    found = [(*row, i.actual_raw) for row, i in zip(indicator_rows(records), _indicators(records), strict=True)]
    assert found == [
        ("产出指标", "质量指标", "符合条件申报对象覆盖率", ">=98%", "100%"),
        ("产出指标", "时效指标", "完成率", ">=99%", "100%"),
        # (the page's own 一级指标, 效果指标, read by its place before the 二级指标: it had been replaced by the
        # 二级指标's standard parent, 效益指标)
        ("效果指标", "社会效益指标", "补贴发放率", ">=75%", "100%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", ">=95%", "100%"),
    ]
    # 自评得分's three sub-columns (单项指标得分 | 权重占比(%) | 单项指标折算得分) hold as printed, 25.00 × 25 % =
    # 6.25, 30.00 × 30 % = 9.00, 10.00 × 10 % = 1.00: each row's score is its 单项指标得分 (they had been left
    # unread)
    assert [(i.score, i.weight) for i in _indicators(records)] == [
        (Decimal("25.00"), None), (Decimal("25.00"), None), (Decimal("30.00"), None), (Decimal("10.00"), None),
    ]
    assert not [r for r in records if isinstance(r, ParseWarning)]


def _indicators(records):
    from ingest.records import Indicator

    return [r for r in records if isinstance(r, Indicator)]


SIGNED_TARGETS = "\n".join([
    "2023年度预算项目绩效自评表",
    "一、基本情况 项目名称: 农村公路日常养护 金额单位: 万元",
    "四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况"
    " 自评得分",
    "符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分",
    "产出指标 数量指标 养护里程 年内完成日常养护的农村公路里程 ＞＝ 120 公里(公里) 126公里 完成 30.00 30.00 9.00",
    "时效指标 养护及时率 发现病害后 48 小时内处治的比例 ≥ 95 %(百分比) 97% 完成 20.00 20.00 4.00",
    "成本指标 单公里养护成本 每公里日常养护支出 <= 0.5 万元(万元) 0.48万元 完成 10.00 10.00 1.00",
]) + "\n"


def test_a_target_split_into_sign_value_and_unit_after_an_explanation_variant():
    # full-width and ≥ operators, an explanation holding a figure (48 小时), a unit in 万元
    records = parsed_page(SIGNED_TARGETS)
    rows = [(*row, i.actual_raw) for row, i in zip(indicator_rows(records), _indicators(records), strict=True)]
    assert rows == [
        ("产出指标", "数量指标", "养护里程", ">=120公里", "126公里"),
        ("产出指标", "时效指标", "养护及时率", "≥95%", "97%"),
        ("产出指标", "成本指标", "单公里养护成本", "<=0.5万元", "0.48万元"),
    ]
    # 单项指标得分 of rows whose 折算得分 is the score times its share (30 × 30 % = 9.00 …)
    assert [i.score for i in _indicators(records)] == [Decimal("30.00"), Decimal("20.00"), Decimal("10.00")]


def _signed_points(separator: str, points: list[str]) -> str:
    header = ["一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "单项指标实际完成值", "单项指标完成情况",
              "自评得分"]
    rows = [
        ["产出指标", "数量指标", "养护里程", "年内完成日常养护的农村公路里程", "≥", "120", "公里(公里)", "126公里",
         "完成", *points[0]],
        ["效益指标", "社会效益指标", "群众出行满意度", "受访群众满意的比例", ">=", "90", "%(百分比)", "92%", "完成",
         *points[1]],
    ]
    lines = ["2022年度预算项目绩效自评表", "一、基本情况 项目名称: 农村公路日常养护 金额单位: 万元",
             separator.join(["四、年度绩效指标完成情况", *header]),
             separator.join(["符号", "单位(文字描述)", "单项指标得分", "权重占比(%)", "单项指标折算得分"])]
    lines += [separator.join(row) for row in rows]
    return "\n".join(lines) + "\n"


def test_signed_rows_points_read_where_the_weighted_score_holds_in_any_separation():
    # the three points between spaces, tabs or pipes: 40 × 40 % = 16.0 and 18.5 × 20 % = 3.70 (a score under
    # its share of the total, rounded as printed)
    for separator in (" ", "\t", " | ", "  "):
        records = parsed_page(_signed_points(separator, [["40", "40", "16.0"], ["18.5", "20", "3.70"]]))
        assert [(i.level3_name, i.score) for i in _indicators(records)] == [
            ("养护里程", Decimal("40")), ("群众出行满意度", Decimal("18.5"))], separator


def test_signed_rows_printed_one_cell_per_line_cut_at_their_held_points():
    # one cell per line (the operator joined to its number across lines: ≥120 / 公里(公里)): where a row ends is
    # its three points holding (40 / 40 / 16.0); each figure at its own cell's line
    text = _signed_points("\n", [["40", "40", "16.0"], ["18.5", "20", "3.70"]])
    lines = text.split("\n")
    records = parsed_page(text)
    assert [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.score)
            for i in _indicators(records)] == [
        ("产出指标", "数量指标", "养护里程", "≥120公里", "126公里", Decimal("40")),
        ("效益指标", "社会效益指标", "群众出行满意度", ">=90%", "92%", Decimal("18.5")),
    ]
    first = _indicators(records)[0]
    at = {cell: lines.index(cell) + 1 for cell in ("120", "126公里")}
    assert (first.source_line, first.value_lines) == (at["120"], f"actual={at['126公里']};score={at['126公里'] + 2}")
    # a row whose points do not hold ends nowhere known: its cells and the next row's left out, with a warning
    broken = parsed_page(_signed_points("\n", [["40", "40", "12.0"], ["18.5", "20", "3.70"]]))
    assert _indicators(broken) == []
    assert any("one cell per line" in r.message for r in broken if isinstance(r, ParseWarning))


def test_signed_rows_points_that_do_not_hold_stay_out_with_a_warning():
    # 40 × 40 % is no 12.0, and a score over 100: which figure is the score is not settled — left out, warned
    records = parsed_page(_signed_points(" ", [["40", "40", "12.0"], ["120", "20", "24"]]))
    assert [(i.level3_name, i.target_raw, i.score) for i in _indicators(records)] == [
        ("养护里程", "≥120公里", None), ("群众出行满意度", ">=90%", None)]
    warnings = [r for r in records if isinstance(r, ParseWarning) and "折算得分" in r.message]
    assert len(warnings) == 2


def test_real_page_a_name_holding_a_comma_between_its_level_and_its_value():
    # 昭化区 2021 项目支出绩效目标申报表, rows between spaces, level cells wrapped onto lines of their own:
    # 质量指标 按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审 100% — the comma had made the name
    # a sentence, and the row's target was lost
    rows = indicator_rows(parse_path(PAGES / "zhaohua-wjj-2021-targets-wrapped-levels.txt").all_records)
    assert ("产出指标", "质量指标", "按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审", "100%") in rows
    assert ("产出指标", "数量指标", "对符合政策法规的独生子伤残、死亡家庭进行扶助", "63人") in rows
    assert ("满意度指标", "满意度指标", "受益群众满意度", "≥90%") in rows
    assert len(rows) == 8


COMMA_NAMES = "\n".join([
    "一级指标 | 二级指标 | 三级指标 | 指标值 |",
    "产出指标 | 数量指标 | 补助对象核实，逐户公示 | 100% |",
    "质量指标 | 资金发放准确率，无冒领 | ≥98% |",
    "效益指标 | 社会效益指标 | 群众知晓率提高。全面落实政策 | 95% | 备注 |",
]) + "\n"


def test_a_name_holding_a_comma_between_its_level_and_its_value_variant():
    # pipe rows and full-width commas; a cell with a full stop, or not ending its row before the value, stays
    # out
    from ingest.performance.indicator_stream import read_indicators
    from ingest.text import split_lines

    assert indicator_rows(read_indicators(split_lines(COMMA_NAMES), "target")) == [
        ("产出指标", "数量指标", "补助对象核实,逐户公示", "100%"),
        ("产出指标", "质量指标", "资金发放准确率,无冒领", "≥98%"),
    ]


def test_real_page_split_targets_opened_by_other_operator_glyphs():
    # 永德县明朗中学 2022 自评表, targets split in three cells under 指标性质 | 指标值 | 度量单位: the operator
    # cells print ≧ and a box-drawing ═ for =, which were no operators, so no row was read at all
    records = parse_path(PAGES / "yongde-minglang-2022-selfeval-reflowed.txt").all_records
    found = {(*row, i.actual_raw, i.weight, i.score)
             for row, i in zip(indicator_rows(records), _indicators(records), strict=True)}
    assert ("产出指标", "数量指标", "学生受资助人数", "≧735人次", "735", 10, 10) in found
    assert ("产出指标", "时效指标", "资金到位及时率", "≧100%", "100%", 10, 7) in found
    assert ("效益指标", "社会效益指标", "政策知晓率", "═100%", "98%", 10, 9) in found
    from ingest.performance.indicator_values import parse_indicator_value

    known = parse_indicator_value("═100%")
    assert (known.operator, known.value, known.unit) == ("=", Decimal("100"), "%")


SPLIT_GLYPHS = "\n".join([
    "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |",
    "| 产出指标 | 成本指标 | 单位维修成本 | ≦ | 1.2 | 万元 | 1.1万元 | 20 | 20 |",
    "| 质量指标 | 验收合格率 | ═ | 100 | % | 100% | 30 | 30 |",
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ⩾ | 90 | % | 93% | 40 | 40 |",
    "| 总分 | 100 | 100 |",
]) + "\n"


def test_split_targets_opened_by_other_operator_glyphs_variant():
    from ingest.performance.indicator_stream import read_indicators
    from ingest.text import split_lines

    rows = read_indicators(split_lines(SPLIT_GLYPHS), "self_evaluation")
    assert [(*row, i.actual_raw) for row, i in zip(indicator_rows(rows), _indicators(rows), strict=True)] == [
        ("产出指标", "成本指标", "单位维修成本", "≦1.2万元", "1.1万元"),
        ("产出指标", "质量指标", "验收合格率", "═100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "⩾90%", "93%"),
    ]


def test_real_page_a_sheet_flattened_column_by_column():
    # 稷山县 2021 项目支出绩效自评表 (.xlsx) flattened onto one line: the header's words come column by column
    # (年度 实际 指标值 完成值 … 二级指标 三级指标 … 分值 得分) — the target and actual columns named before
    # 三级指标, the points after it — so each 指标N:name target actual 分值 得分 row had been read with its
    # target only; and a name with a count inside (指标12:孕产妇7天访视数) had been cut at the count
    records = parse_path(PAGES / "jishan-zhaidian-2021-selfeval-flattened-sheet.txt").all_records
    found = {(i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score) for i in _indicators(records)}
    assert ("指标8:适龄儿童疫苗接种率", "100.00%", "97.30%", 2, Decimal("1.9")) in found
    assert ("指标12:孕产妇7天访视数", "214人", "203人", 2, Decimal("1.8")) in found
    assert ("指标15:老年人体检数", "5662人", "4044人", 2, Decimal("1.4")) in found
    # a numbered template name is never a value (指标25:家庭医生签约率 was the actual of the wrapped 指标24)
    assert not [row for row in found if (row[2] or "").startswith("指标")]


FLATTENED_SHEET = (
    "绩效自评表 (2022年度) 项目名称 城乡居民健康体检 年度 全年 指标值 实际值 一级 指标 二级指标 三级指标 "
    "分值 得分 产出指标 数量指标 指标1:65岁以上老人体检人数 1200人 1180人 10 9.8 "
    "指标2:0-3岁儿童随访次数 4次 4次 10 10 质量指标 指标1:体检报告合格率 ≥98% 99% 10 10\n"
)


def test_a_sheet_flattened_column_by_column_variant():
    # 全年 实际值 for 实际完成值, a 一级 指标 broken apart, names with figures inside (65岁, 0-3岁)
    assert {(i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score) for i in _indicators(
        parsed_page(FLATTENED_SHEET))} == {
        ("指标1:65岁以上老人体检人数", "1200人", "1180人", 10, Decimal("9.8")),
        ("指标2:0-3岁儿童随访次数", "4次", "4次", 10, 10),
        ("指标1:体检报告合格率", "≥98%", "99%", 10, 10),
    }

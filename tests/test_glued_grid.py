"""Indicator tables whose header and rows run together (ingest/performance/glued_grid.py): the header
recognised first (ingest/performance/header_roles.glued_header), the rows split by its columns and the table's
arithmetic (completion rate = 完成值 / 目标值, 得分 = 分值 × 系数, 分值 adding up to the 总分); a split nothing
settles stays out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _performance_helpers import parsed_page

from ingest.performance.glued_grid import read_glued_table, table_records
from ingest.performance.header_roles import glued_header
from ingest.records import Indicator, ParseWarning
from ingest.text import split_lines

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
PARSER = "performance.glued_grid"


def _read(text: str) -> list:
    """The records the reader alone makes of the table whose header is on the text's first line."""
    lines = split_lines(text)
    table = read_glued_table(lines, 0)
    return [] if table is None else table_records(table, "self_evaluation")


def _rows(records) -> list[tuple]:
    return [(i.level1_name, i.level2_name, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _figures(records) -> list[tuple]:
    return [(i.source_line, i.level3_name, i.target_raw, i.actual_raw, i.weight, i.score)
            for i in records if isinstance(i, Indicator)]


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == PARSER]


D = Decimal


# --- the header, recognised first ---

@pytest.mark.parametrize(("text", "roles"), [
    ("评价指标评价内容指标名称指标说明目标值分值备注",
     ["level", "level", "level", "text", "target", "weight", "text"]),
    ("如下图:评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标",
     ["level", "level", "target", "actual", "rate"]),
    ("指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明天然林",
     ["level", "unit", "operator", "target", "weight", "actual", "score", "text"]),
    # a scan's garbled 全年完成值 (年成值全完值): a value column by its 值, the actual's where no cell names it
    ("指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)指标权重(分)指标得分(分)是否核心指标财政",
     ["level", "unit", "operator", "target", "target", "actual", "coefficient", "weight", "score", "yes_no"]),
    # other wording: 三级指标, 年度指标值, 实际值, 完成率, 权重, 得分
    ("一级指标二级指标三级指标年度指标值实际值完成率权重得分", ["level", "level", "level", "target", "actual", "rate",
                                                                "weight", "score"]),
    ("三级指标目标值实际值目标完成率分值得分", ["level", "target", "actual", "rate", "weight", "score"]),
    ("指标名称指标值完成值完成比例", ["level", "target", "actual", "rate"]),
    ("指标名称目标值实际值权重得分率得分", ["level", "target", "actual", "weight", "coefficient", "score"]),
    # (a header's 未完成原因和改进措施 after its 得分: a words column, not the 得分's)
    ("一级指标二级指标三级指标年度指标值全年实际值分值得分未完成原因和改进措施产出指标",
     ["level", "level", "level", "target", "actual", "weight", "score", "text"]),
    # (得分计算方法 one words column, not 得分 | 计算方法)
    ("一级指标二级指标三级指标分值年度指标值(A)全年实际值(B)得分计算方法得分未完成原因分析数量指标",
     ["level", "level", "level", "weight", "target", "actual", "text", "score", "text"]),
    # (more wording: 考核内容 / 考核指标, 预期目标, 实际完成, 标准分 / 满分, 考评得分 / 自评得分, 完成数, 实现值)
    ("考核内容考核指标预期目标实际完成标准分考评得分", ["level", "level", "target", "actual", "weight", "score"]),
    ("一级指标二级指标三级指标年度目标实现值满分自评得分", ["level", "level", "level", "target", "actual", "weight",
                                                            "score"]),
    ("三级指标预期指标值完成数权重得分", ["level", "target", "actual", "weight", "score"]),
])
def test_glued_header_roles(text: str, roles: list[str]) -> None:
    found = glued_header(text)
    assert found is not None
    assert [role for _, role in found[2]] == roles


@pytest.mark.parametrize("text", [
    "评价指标 评价内容 指标名称 指标说明 目标值 分值 备注",  # (cells between spaces: the other readers')
    "指标名称目标值",  # (too few cells)
    "指标名称计量单位指标性质说明",  # (no figure column)
    "项目名称评价内容绩效内容",  # (no figure column)
])
def test_glued_header_not_found(text: str) -> None:
    assert glued_header(text) is None


# --- rows one per line under the header, settled by their 分值 adding up to the 总分 (the real page) ---

def test_rows_settled_by_the_total_real_page() -> None:
    records = parsed_page((PAGES / "ningjin-jyj-2019-project-targets.txt").read_text("utf-8"))
    rows = [(i.source_line, i.level2_name, i.level3_name, i.target_raw, i.weight) for i in records
            if isinstance(i, Indicator)]
    assert rows == [
        (18, "制度指标", "规章制度建立与否", None, D(20)),
        # (210010: 2100 | 10, the only cut whose points add up to 100)
        (19, "产出数量指标", "享受资助人数达到预计值", "2100", D(10)),
        (20, "产出数量指标", "资金支出率", "95%", D(10)),  # (达到目标值: the 说明 three rows end with)
        (21, "质量指标", "建档立卡学生全面覆盖", "100%", D(10)),
        (22, "质量指标", "资助对象满意度", "95%以上", D(10)),
        (23, "时效指标", "及时发放率", "100%", D(20)),
        (24, "成本指标", "资助标准达标率", "100%", D(20)),
    ]
    assert {i.level1_name for i in records if isinstance(i, Indicator)} == {"项目年度绩效目标(定量指标)"}


NINGJIN_VARIANT = """评价指标评价内容指标名称指标说明目标值分值备注
项目年度绩效目标（定量指标）制度指标规章制度建立与否２０
产出数量指标享受资助人数达到预计值２１００１０
资金支出率达到目标值９５％１０
质量指标建档立卡学生全面覆盖１００％１０
资助对象满意度达到目标值９５％以上１０
时效指标及时发放率达到目标值１００％２０
成本指标资助标准达标率１００％２０
总分

１００
"""


def test_rows_settled_by_the_total_full_width_variant() -> None:
    # (full-width digits, % and brackets, a blank line between 总分 and its points)
    rows = _rows(_read(NINGJIN_VARIANT))
    assert [(r[2], r[3], r[5]) for r in rows] == [
        ("规章制度建立与否", None, D(20)), ("享受资助人数达到预计值", "2100", D(10)), ("资金支出率", "95%", D(10)),
        ("建档立卡学生全面覆盖", "100%", D(10)), ("资助对象满意度", "95%以上", D(10)), ("及时发放率", "100%", D(20)),
        ("资助标准达标率", "100%", D(20)),
    ]


def test_rows_left_out_where_the_points_do_not_make_the_total() -> None:
    # (总分 90: no cutting of the rows' digits adds up to it — every row left out, each with a warning)
    records = _read(NINGJIN_VARIANT.replace("１００\n", "９０\n"))
    assert _rows(records) == []
    assert len(_warnings(records)) == 7


def test_rows_left_out_without_a_total() -> None:
    # (the page cut before its 总分: 规章制度建立与否20 is a 分值 or a target, 210010 2100 | 10 or one number)
    records = _read(NINGJIN_VARIANT.split("总分")[0])
    assert _rows(records) == []
    assert all("left out" in message for message in _warnings(records))


# --- rows run on one line, each settled by its completion rate (完成值 / 目标值) ---

NINGDE = (  # (the real line, in traditional characters as printed)
    "人才驛站補助資金到位率績效目標值為100%,,如下圖:項目年度績效目標(定量目標)評價內容績效內容績效目標值實際完成值"
    "累計完成率產出目標數量目標當年獲得寧德市級以上確認的人才驛站數量>=2個0個0%當年人才驛站組織活動數量>=28次40次"
    "143%每年人才驛站服務人次>=500人1700人340%質量目標各類人才對我市人才政策的知曉率>=95%98%103%人才驛站補助資金"
    "到位率>=100%100%100%(二)項目財務管理狀況本項目累計安排資金10萬元,,其中:項目立項6分\n"
)


def test_rows_on_one_line_settled_by_their_rate_real_line() -> None:
    rows = _rows(parsed_page(NINGDE))
    assert rows == [
        ("产出目标", "数量目标", "当年获得宁德市级以上确认的人才驿站数量", ">=2个", "0个", None, None),
        ("产出目标", "数量目标", "当年人才驿站组织活动数量", ">=28次", "40次", None, None),  # (40 / 28 = 143%)
        ("产出目标", "数量目标", "每年人才驿站服务人次", ">=500人", "1700人", None, None),
        ("产出目标", "质量目标", "各类人才对我市人才政策的知晓率", ">=95%", "98%", None, None),
        ("产出目标", "质量目标", "人才驿站补助资金到位率", ">=100%", "100%", None, None),
    ]


def test_rows_settled_by_their_rate_other_wording_and_units() -> None:
    # (三级指标 / 年度指标值 / 实际值 / 完成率, 万元 and 元, ≥ and ＞, no level words on the rows)
    text = ("一级指标二级指标三级指标年度指标值实际值完成率产出指标数量指标补助资金发放≥50万元55万元110%"
            "人均补助标准＞1200元1500元125%培训人次≥300人次290人次97%\n")
    rows = _rows(_read(text))
    assert rows == [
        ("产出指标", "数量指标", "补助资金发放", "≥50万元", "55万元", None, None),
        ("产出指标", "数量指标", "人均补助标准", ">1200元", "1500元", None, None),
        ("产出指标", "数量指标", "培训人次", "≥300人次", "290人次", None, None),
    ]


def test_a_row_whose_rate_does_not_hold_is_left_out() -> None:
    # (40 / 28 is 143%, not 150%: where the cells end is not confirmed — the row left out, the next one read)
    text = ("评价内容绩效内容绩效目标值实际完成值累计完成率产出目标数量目标组织活动数量>=28次40次150%"
            "服务人次>=500人1700人340%\n")
    records = _read(text)
    assert [r[2] for r in _rows(records)] == ["服务人次"]
    assert len(_warnings(records)) == 1


# --- a 部门整体 table: 得分 = 分值 × 系数, a yes / no column after the points, a mirror page's mark ---

KXC = (  # (the real lines: the header's 全年完成值 garbled by the scan, rows on two lines, a page's mark 3、)
    "双城经济圈和西部(重庆)重庆科学城营造了良好氛围。指标名称计量单位指标性质年初指标值调整指标值年成值全完值得分系数(%)"
    "指标权重(分)指标得分(分)是否核心指标财政供养人员控制率%定量指标100%92%100%22否“三公经费变动率%100%22否"
    "预算完成率%70%76%100%22是预算调整率%3%0100%22否政府采购执行率%100%72.74%100%22是管理制度健全性好好100%33否\n"
    "3、固定资产利用率%定量指标90%100%100%22否组织宣传活动次数次到0次43次100%1010是播发稿件数量篇2200篇2859篇100%1010是"
    "业务保障能力提升%90%95%100%1010否公共服务\n"
)


def test_rows_settled_by_their_coefficient_real_lines() -> None:
    figures = _figures(_read(KXC))
    assert figures == [
        (1, "财政供养人员控制率", "100%", "92%", D(2), D(2)),
        (1, "三公经费变动率", None, None, D(2), D(2)),  # (100% is the 系数: 2 × 100% = 2)
        (1, "预算完成率", "70%", "76%", D(2), D(2)),  # (76% the 完成值, not an empty 完成值 after 调整指标值 76%)
        (1, "预算调整率", "3%", "0", D(2), D(2)),  # (0100%: 0 | 100%)
        (1, "政府采购执行率", "100%", "72.74%", D(2), D(2)),
        (1, "管理制度健全性", "好", "好", D(3), D(3)),  # (a target and actual in words, printed alike)
        (2, "固定资产利用率", "90%", "100%", D(2), D(2)),
        (2, "播发稿件数量", "2200篇", "2859篇", D(10), D(10)),
        (2, "业务保障能力提升", "90%", "95%", D(10), D(10)),
    ]


def test_a_row_whose_name_ends_in_a_comparison_is_left_out() -> None:
    # (组织宣传活动次数次到0次: 到 qualifies the figure after it — the target may be more than 0次)
    assert any("组织宣传活动次数次到" in message for message in _warnings(_read(KXC)))


def test_coefficient_variant_spacing_in_the_rows_and_a_wrong_score() -> None:
    # (the rows one per line; 得分 1 with 分值 2 and 系数 100% does not hold: that row left out)
    text = ("指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标\n"
            "预算完成率%定量指标70%76%100%22是\n"
            "公用经费控制率%定量指标100%97%100%21是\n"
            "培训次数次定量指标26次30次100%55否\n")
    records = _read(text)
    assert _figures(records) == [
        (2, "预算完成率", "70%", "76%", D(2), D(2)),
        (4, "培训次数", "26次", "30次", D(5), D(5)),
    ]
    assert len(_warnings(records)) == 1


def test_a_spaced_table_is_not_read_as_glued() -> None:
    # (its cells between spaces: the other readers' table, never re-cut here)
    text = ("指标名称 计量单位 指标性质 年初指标值 全年完成值 得分系数(%) 指标权重(分) 指标得分(分)\n"
            "预算完成率 % 定量 70% 76% 100% 2 2\n")
    assert read_glued_table(split_lines(text), 0) is None


# --- a project self-evaluation's scored rows: 分值 and 得分 run together, settled by the 总分 row's two totals ---

SCORED = """一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施
产出指标数量指标培训人数≥300人320人2020
质量指标合格率≥95%96%2018部分批次返工
时效指标完成及时率100%100%2020
效益指标社会效益指标群众知晓率≥90%92%2020
满意度指标服务对象满意度指标满意度≥90%95%2020
总分10098
"""


def test_scored_rows_settled_by_the_totals() -> None:
    assert _rows(_read(SCORED)) == [
        ("产出指标", "数量指标", "培训人数", "≥300人", "320人", D(20), D(20)),
        ("产出指标", "质量指标", "合格率", "≥95%", "96%", D(20), D(18)),  # (2018: 20 | 18, its reason after it)
        ("产出指标", "时效指标", "完成及时率", "100%", "100%", D(20), D(20)),
        ("效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", D(20), D(20)),
        ("满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", D(20), D(20)),
    ]


def test_scored_rows_spaced_and_a_total_that_does_not_hold() -> None:
    # (the rows' cells between spaces under a glued header: the same reading; a 得分 total of 97 it does not make)
    spaced = SCORED.replace("320人2020", "320人 20 20").replace("96%2018", "96% 20 18")
    assert len(_rows(_read(spaced))) == 5
    records = _read(SCORED.replace("总分10098", "总分10097"))
    assert _rows(records) == []
    assert len(_warnings(records)) == 5


def test_score_rate_cuts_the_points_run_into_it() -> None:
    # (权重 | 得分率 | 得分: 10100%10 is 10 | 100% | 10 — 10 × 100% = 10; 8 × 75% = 6 in the second row)
    text = "指标名称目标值实际值权重得分率得分资金到位率100%100%10100%10预算执行率≥90%72%875%6\n"
    assert _figures(_read(text)) == [
        (1, "资金到位率", "100%", "100%", D(10), D(10)),
        (1, "预算执行率", "≥90%", "72%", D(8), D(6)),
    ]


def test_a_table_printed_twice_is_read_once() -> None:
    text = "项目\n" + NINGJIN_VARIANT + "附表\n" + NINGJIN_VARIANT
    rows = [i for i in parsed_page(text) if isinstance(i, Indicator)]
    assert len(rows) == 7
    assert {i.source_line for i in rows} == set(range(3, 10))


def test_a_header_wrapped_onto_the_next_line_and_numbered_rows() -> None:
    # (the header's cells run on over two lines; a 序号 column: each row's number before its name)
    text = ("序号一级指标二级指标三级指标年度指标值\n"
            "实际完成值分值得分\n"
            "1产出指标数量指标培训人数≥300人320人5050\n"
            "2效益指标社会效益指标群众知晓率≥90%92%5045\n"
            "合计10095\n")
    assert _rows(_read(text)) == [
        ("产出指标", "数量指标", "培训人数", "≥300人", "320人", D(50), D(50)),
        ("效益指标", "社会效益指标", "群众知晓率", "≥90%", "92%", D(50), D(45)),
    ]


LIANGPING = (  # (the real line: a 部门整体 table cut off after six rows — no 总分, no 系数)
    "城市;完成森林生态效益补偿、退耕还林直补兑现;落实林长制责任体系建设。绩效指标指标名称计量单位指标性质指标值指标权重(分)"
    "全年完成值指标得分(分)说明天然林和公益林管护当期任务完成率%901010010国家级公益林管护面积万亩2810810森林抚育(营林)"
    "面积万亩2110110天保工程区森林资源管护面积万亩250105010森林火灾受害率%0.910010主要林业有害生物成灾率%0.4100.110"
    "公益林提供管\n"
)


def test_digits_no_arithmetic_settles_stay_out_real_line() -> None:
    # (901010010 is 90 | 10 | 100 | 10, or 9010 | 10 | 0 | 10, or 90 | 10 | 1001 | 0 …: nothing says which)
    records = _read(LIANGPING)
    assert _rows(records) == []
    assert len(_warnings(records)) == 6
    assert not [r for r in parsed_page(LIANGPING) if isinstance(r, Indicator)]


@pytest.mark.parametrize("width", [37, 25])
def test_rows_run_on_hard_wrapped_lines(width: int) -> None:
    # (the same rows hard-wrapped, as a copy wraps them: the header over two or three lines, a cell cut at a
    # line's end; cells cut over lines read the same)
    text = KXC[KXC.index("指标名称") :]
    wrapped = "".join("\n".join(line[at : at + width] for at in range(0, len(line), width)) + "\n"
                      for line in text.splitlines())
    rows = [(name, target, actual, weight, score) for _, name, target, actual, weight, score in
            _figures(_read(wrapped))]
    assert rows == [(name, target, actual, weight, score) for _, name, target, actual, weight, score in
                    _figures(_read(KXC))]


def test_scored_rows_without_a_total_read_where_one_laying_alone_fills_every_column() -> None:
    # (the page cut before its 总分: a row whose cells fall one way only, every column filled, is read as
    # printed; a row with its 完成值 left empty — ≥90% could be the target or the actual — stays out)
    text = SCORED.split("总分")[0].replace("群众知晓率≥90%92%2020", "群众知晓率90%2020")
    records = _read(text)
    assert [r[2] for r in _rows(records)] == ["培训人数", "合格率", "完成及时率", "满意度"]
    assert len(_warnings(records)) == 1


def test_scored_rows_with_a_funds_row_s_points_in_the_total() -> None:
    # (总分 100 | 95 with 执行率's 10 points printed in the funds block above: the rows make 90 | 86, each read
    # one way only; a 总分 more than 20 points off still leaves them out)
    text = SCORED.replace("2020\n", "1818\n").replace("2018", "1814").replace("总分10098", "总分10095")
    rows = _rows(_read(text))
    assert [(r[2], r[5], r[6]) for r in rows] == [
        ("培训人数", D(18), D(18)), ("合格率", D(18), D(14)), ("完成及时率", D(18), D(18)),
        ("群众知晓率", D(18), D(18)), ("满意度", D(18), D(18)),
    ]
    assert _rows(_read(text.replace("总分10095", "总分10070"))) == []


# --- a target table whose weight column stands before its unit, operator and target (指标名称 | 指标权重 | 计量单位 |
# 指标性质 | 指标值), its cells run together: a unit after the weight's number is the unit column's, a target in words
# ends the row, the weights (shares of 100, no 总分 printed) settle a row whose digits run together ---

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def test_weight_before_unit_real_page() -> None:
    # (26x 07: a 街道's 部门整体绩效目标表, every cell glued; 1020 is 10 | 20 only where the weights make 100)
    text = (HELDOUT / "26x" / "text" / "07_chongqing_banan-yipin_2022_dept_targets.txt").read_text("utf-8")
    records = parsed_page(text)
    assert [(i.source_line, i.level3_name, i.target_raw, i.weight) for i in records if isinstance(i, Indicator)] == [
        (22, "预算执行率", "=100", D(10)),
        (23, "预决算及时编制率", "=100", D(10)),
        (24, "政府预决算公开率(除涉密信息外)", "=100", D(10)),
        (25, "基层组织建设办公阵地和干部人才保障有效性", "有效保障", D(10)),
        (26, "民政优抚及特困受助对象生活水平改善情况", "有效改善", D(10)),
        (27, "民政优抚及特困补助发放及时率", "=100", D(10)),
        (28, "农村公路养护里程", "=125", D(10)),
        (29, "开展各种文艺活动场次", "20", D(10)),  # (场次 the name's: the unit column stands after the weight)
        (30, "森林受灾率", "1", D(10)),
        (31, "饲养动物免疫率", "=100", D(5)),
        (32, "服务对象满意度", "95", D(5)),
    ]
    # (a header naming no value reached and no points given: a target table's rows, the page read as another kind)
    assert {i.stage for i in records if isinstance(i, Indicator)} == {"target"}
    # (a weight printed with the unit column's % is no share stated by the row: no 预算执行率 10%)
    assert not [r for r in records if getattr(r, "field", None) == "share_pct" and r.source_line in range(22, 33)]


WEIGHT_FIRST = """指标名称 权重计量单位计算符号目标值
培训人次20人次≥300
项目验收合格率２０％＝１００
群众满意度15%≥90
宣传覆盖面15广泛覆盖
开展巡查次数1530
资金拨付及时率15%100
"""


def test_weight_before_unit_variant() -> None:
    # (other words — 权重, 计算符号, 目标值 —, full-width digits, a unit of counts, a target in words; 1530 is 15 | 30:
    # 20 + 20 + 15 + 15 + 15 + 15 = 100, 1 | 530 makes 86)
    assert _figures(_read(WEIGHT_FIRST.replace("指标名称 权重", "指标名称权重"))) == [
        (2, "培训人次", "≥300", None, D(20), None),
        (3, "项目验收合格率", "=100", None, D(20), None),
        (4, "群众满意度", "≥90", None, D(15), None),
        (5, "宣传覆盖面", "广泛覆盖", None, D(15), None),
        (6, "开展巡查次数", "30", None, D(15), None),
        (7, "资金拨付及时率", "100", None, D(15), None),
    ]


def test_weight_before_unit_left_out_where_the_weights_do_not_make_100() -> None:
    # (a weight of 10 where 15 was: no laying adds up to 100 — 1530 and 宣传覆盖面15 (15 a weight or a target)
    # are left out with a warning; rows a unit or an operator splits read as printed only where all are settled)
    records = _read(WEIGHT_FIRST.replace("指标名称 权重", "指标名称权重").replace("及时率15%", "及时率10%"))
    assert _figures(records) == []
    assert len(_warnings(records)) == 6


def test_points_column_not_settled_by_100() -> None:
    # (分值, points: a self-evaluation's 总分 may count points printed elsewhere — no sum of 100 assumed)
    records = _read(WEIGHT_FIRST.replace("指标名称 权重", "指标名称分值"))
    assert _figures(records) == []

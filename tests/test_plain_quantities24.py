"""Plain quantities of reports, notices and organisation paragraphs (project24): a target list's counts
(``项目当年度目标:…完成至少7个调研课题,…``, ``年度绩效目标(文字) | 主体班培训280人次;…``), headcounts printed bare after
a label naming people (``年末实有人数73;在职人员29,…``), a list of names closed by ``等N个`` and a one-character noun
(``…后勤队、经营队等13个队``), and a counted noun closed by a quote (``局下辖“…、1个服务中心”``) — on the real pages
of batches 26w, 26x and 26y and on variants written here."""

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.records import StatedFigure

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def _page(batch: str, prefix: str) -> str:
    return next((HELDOUT / batch / "text").glob(f"{prefix}_*.txt")).read_text("utf-8")


def _figures(text: str) -> list[StatedFigure]:
    records = parse_bytes(text.encode("utf-8"), Path("page.txt")).records
    return [r for r in records if isinstance(r, StatedFigure)]


def _at(figures: list[StatedFigure], line: int) -> set[tuple[str, Decimal, str, str]]:
    return {(f.label, f.value, f.unit, f.field) for f in figures if f.source_line == line}


# --- a target list's quantities


def test_the_report_s_year_targets_are_read_as_counts():
    # 26x 06: 项目当年度目标:服务驻点人员在岗大于250天,推动建立1个县域商业审核,机制,完成至少7个调研课题,…
    # 满意度大于90%等。
    read = _at(_figures(_page("26x", "06")), 7)
    assert read == {
        ("服务驻点人员在岗", 250, "天", "count"), ("县域商业审核", 1, "个", "count"), ("调研课题", 7, "个", "count"),
        ("评估、考核、审计等报告", 7, "篇", "count"), ("培训班(会议)", 7, "次", "count"),
        ("研究成果被采纳或引用次数", 5, "次", "count"),
    }  # (no rate: 采纳率大于80%, 满意度大于90% are no counts)


def test_a_target_table_s_text_cell_is_read_as_counts():
    # 26y 11: 年度绩效目标(文字) | 主体班培训280人次;邀请校外名师、领导授课25人次;…开设课程数量220门;高质量完成…。 |
    read = _at(_figures(_page("26y", "11")), 8)
    assert read == {
        ("主体班培训", 280, "人次", "count"), ("邀请校外名师、领导授课", 25, "人次", "count"),
        ("情景教学或外训批次", 6, "批次", "count"), ("开设课程数量", 220, "门", "count"),
    }


@pytest.mark.parametrize("text, expected", [
    # full-width colon and semicolons, a numbered heading, a bound sign, a length
    ("(二)年度目标：完成不少于5个调研课题；培训基层干部≥200人次；修建道路1.5公里。",
     {("调研课题", 5, "个", "count"), ("培训基层干部", 200, "人次", "count"), ("修建道路", Decimal("1.5"), "公里",
                                                                          "measure")}),
    # a pipe cell, a verb alone before the count and the noun ending the item
    ("当年绩效目标 | 组织开展3场宣讲活动,涉及1200人次群众 |",
     {("宣讲活动", 3, "场", "count"), ("群众", 1200, "人次", "count")}),
    # the heading without the year's word (绩效目标:, as 26w 08 L12 prints it)
    ("绩效目标:新建村级服务站12个,培训致富带头人不少于60名,受益人口满意度100%。",
     {("村级服务站", 12, "个", "count"), ("培训致富带头人", 60, "名", "count")}),
    # (vocab25) the vocabulary's count units (ingest.vocabulary.COUNT_UNITS): 张, 卷, 万人次 as 个 and 人次 are —
    # not 台 of 台账
    ("当年绩效目标 | 新增床位50张,整理档案1200卷,服务群众2万人次,修订台账3本 |",
     {("床位", 50, "张", "count"), ("整理档案", 1200, "卷", "count"), ("服务群众", 2, "万人次", "count")}),
])
def test_target_lists_worded_otherwise(text, expected):
    assert _at(_figures("某单位2023年度项目绩效自评报告\n" + text + "\n本年支出合计100.00万元。\n"), 2) == expected


@pytest.mark.parametrize("text", [
    "年度目标:资金到位率100%,满意度≥90%。",  # rates, no counts
    "年度目标:完成项目投资200万元。",  # money: the sentence reader's, not a count
    "年度目标:项目在6个月内完工。",  # a duration
    "年度目标:召开第3次会议。",  # an ordinal
    "年度目标:完成8个。",  # a verb alone, no noun counted
    "年度目标:对甲村、乙村等2个村居凡有松树的林地开展除治。",  # the noun after runs on: what is counted is unsure
    "年度目标:2023年完成培训100人次。",  # two numbers in one item
    "目标完成情况:完成调研课题7个。",  # no target heading: how targets were met (the sentence reader's)
])
def test_what_a_target_list_does_not_read_as_its_count(text):
    figures = _figures("某单位2023年度项目绩效自评报告\n" + text + "\n本年支出合计100.00万元。\n")
    assert not [f for f in figures if f.source_line == 2 and f.field in ("count", "measure")
                and f.context and f.context in text and "目标完成情况" not in text]


# --- headcounts printed bare


def test_bare_headcounts_after_labels_naming_people():
    # 26w 01: 年末实有人数73;在职人员29,比上年减少6人,调出6人;退休人员44人,…
    read = _at(_figures(_page("26w", "01")), 32)
    assert {("年末实有人数", 73, "人", "count"), ("在职人员", 29, "人", "count")} <= read


def test_bare_headcounts_worded_otherwise():
    text = "某单位2023年度部门决算\n年末实有人员45、在职人员30;退休人员15人。\n本年支出合计100.00万元。\n"
    read = _at(_figures(text), 2)
    assert {("年末实有人员", 45, "人", "count"), ("在职人员", 30, "人", "count")} <= read


def test_one_bare_headcount_alone_is_left_out():
    read = _at(_figures("某单位2023年度部门决算\n在职人员29,比上年减少6人。\n本年支出合计100.00万元。\n"), 2)
    assert not [r for r in read if r[1] == 29]


# --- a list of names closed by 等N个 and a one-character noun; a quoted list


def test_a_list_of_names_closed_by_its_count_of_a_one_character_noun():
    # 26w 12: 下设党委办公室、…接诉即办办公室等16个科室及东区服务队、…、后勤队、经营队等13个队;
    assert ("队", 13, "个", "count") in _at(_figures(_page("26w", "12")), 24)


def test_a_list_closed_by_its_count_worded_otherwise():
    text = "某局2023年度部门决算\n局机关内设办公室、财务股、法规股等3个股,下属单位2个。\n本年支出合计100.00万元。\n"
    read = _at(_figures(text), 2)
    assert ("股", 3, "个", "count") in read
    # (a one-character noun after a count with no list before it is still left out: 在校学生112个班)
    assert not _at(_figures("某中学2022年度部门决算\n在校学生112个班、5773人。\n本年支出合计100.00万元。\n"), 2) & {
        ("在校学生", 112, "个", "count")}


def test_a_counted_noun_closed_by_a_quote():
    # 26y 08: 局下辖“17个大队、4个中队、1个服务中心”
    assert ("服务中心", 1, "个", "count") in _at(_figures(_page("26y", "08")), 23)
    read = _at(_figures("某局2023年度部门决算\n局下辖「3个大队、1个指挥中心」\n本年支出合计100.00万元。\n"), 2)
    assert {("大队", 3, "个", "count"), ("指挥中心", 1, "个", "count")} <= read


def test_bare_headcounts_of_a_year_printed_before_them():
    # (13_hubei_xialu-dongfang-chc_2023_budget L33 worded without 人: 2022年年末在职在编人员53,…,退休人员62(已全部…))
    text = ("某社区卫生服务中心2023年部门预算\n2022年年末在职在编人员53,遗嘱补助2人,"
            "退休人员62(已全部转入机关事业单位养老保险)。\n本年支出合计100.00万元。\n")
    read = {(f.label, f.value, f.year) for f in _figures(text) if f.source_line == 2 and f.unit == "人"}
    assert {("年末在职在编人员", 53, 2022), ("退休人员", 62, 2022)} <= read


# --- a project's works: 平米, a counted noun before a bracketed aside


def test_works_measured_in_ping_mi():
    # 26y 02: 具体评价范围为:英烈堂窗户改造更新335平米,环境整治绿化面积约3000 平米;…
    read = _at(_figures(_page("26y", "02")), 4)
    assert {("英烈堂窗户改造更新", 335, "平方米", "measure"), ("环境整治绿化面积", 3000, "平方米", "measure")} <= read
    text = "某单位2023年度项目支出绩效自评报告\n项目完成情况:完成办公楼外墙翻新1200平米,新建停车场 450 平米。\n"
    assert {("完成办公楼外墙翻新", 1200, "平方米", "measure"), ("新建停车场", 450, "平方米", "measure")} <= _at(
        _figures(text + "本年支出合计100.00万元。\n"), 2)


def test_a_counted_noun_before_a_bracketed_aside():
    # 26w 10: 共计分6批次对7171户脱贫户和监测对象(其中监测对象177户;脱贫户6994户)兑付…
    read = _at(_figures(_page("26w", "10")), 14)
    assert {("脱贫户和监测对象", 7171, "户", "count"), ("监测对象", 177, "户", "count"),
            ("脱贫户", 6994, "户", "count")} <= read
    text = "某县2023年度项目支出绩效自评报告\n项目完成情况:为312户农户(含脱贫户45户)发放补助。\n"
    assert ("农户", 312, "户", "count") in _at(_figures(text + "本年支出合计100.00万元。\n"), 2)


# --- a count stated bare at a line's end, confirmed by the names listed on the next


def test_a_bare_count_the_next_line_lists():
    # 26y 08: ①局机关内设股室7 / 内设股室:办公室、督查考核股、法制股、…、城市管理指挥中心。;
    # ③区级办公室2 / 区城市管理委员会办公室、区查违办
    figures = _figures(_page("26y", "08"))
    assert ("局机关内设股室", 7, "个", "count") in _at(figures, 21)
    assert ("区级办公室", 2, "个", "count") in _at(figures, 24)


def test_a_bare_count_the_next_line_lists_worded_otherwise():
    text = ("某局2023年度部门决算\n一、机构设置\n1、内设科室 3 个\n\n办公室、财务科、业务科\n"
            "2.下属事业单位2\n局信息中心;\n本年支出合计100.00万元。\n")
    figures = _figures(text)
    assert ("内设科室", 3, "个", "count") in _at(figures, 3)
    assert not _at(figures, 6)  # (one name listed after a count of 2: no count confirmed)


@pytest.mark.parametrize("text", [
    "机构设置情况2023\n办公室、财务科\n",  # a year's digits, no count
    "内设科室3\n办公室、财务科\n",  # two names for a count of 3
    "内设科室2\n办公室、财务科、业务科\n",  # three names for a count of 2
])
def test_a_bare_count_no_list_confirms_is_left_out(text):
    figures = _figures("某局2023年度部门决算\n一、机构设置\n" + text + "本年支出合计100.00万元。\n")
    assert not [f for f in figures if f.source_line == 3 and f.field == "count"]


def test_a_bare_count_under_no_organisation_heading_is_left_out():
    text = "某局2023年度部门决算\n一、基本情况\n内设科室3\n办公室、财务科、业务科\n"
    figures = _figures(text + "本年支出合计100.00万元。\n")
    assert not [f for f in figures if f.source_line == 3 and f.field == "count"]


def test_a_list_of_as_many_names_before_a_count_of_a_one_character_noun():
    # 26y 14: 选取哈尔滨市、五常市、北安市3个市、县进行现场勘查
    assert ("市", 3, "个", "count") in _at(_figures(_page("26y", "14")), 6)
    head, tail = "某县2023年度项目支出绩效自评报告\n项目实施情况:", ",开展实地核查。\n本年支出合计100.00万元。\n"
    assert ("镇", 2, "个", "count") in _at(_figures(head + "抽取城关镇、河口镇2个镇" + tail), 2)
    # (two names for a count of 4: what the count is of is not told)
    assert not [r for r in _at(_figures(head + "抽取城关镇、河口镇4个镇" + tail), 2) if r[1] == 4]


def test_bare_headcounts_after_wei_and_before_their_split():
    # (26x 12 L14 worded without 人: 编制人数为65(其中行政编制30人,事业编制35人)。年末实有人数41(行政编制20人,…))
    text = ("某乡2024年部门整体支出绩效自评报告\n本单位经县编委核定的编制人数为65(其中行政编制30人,事业编制35人)。"
            "年末实有人数41(行政编制20人,事业编制21人)。\n本年支出合计100.00万元。\n")
    read = _at(_figures(text), 2)
    assert {("本单位经县编委核定的编制人数", 65, "人", "count"), ("年末实有人数", 41, "人", "count")} <= read

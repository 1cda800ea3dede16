"""Uncounted wrong readings of the unseen 22p / 22n batches, mended by structure (helper wrong22)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.statements import parse_statements
from ingest.text import split_lines


def _read(text: str) -> list:
    return parse_statements(build_paragraphs(split_lines(text)))


# 02 (枞阳县卫健委 2023 自评报告) L11: 30个工作日 is a time limit, not a count of 30 things.
REAL_TIME_LIMIT = (
    "(二)项目绩效目标情况。根据《安徽省财政厅、安徽省卫健委关于提前下达2023年中央卫生健康部分补助资金的通知》"
    "(皖财社〔2022〕1386号)精神,我县在30个工作日内及时将原12类基本公共卫生服务项目预拨资金3608万元"
    "(其中中央资金2855万元,省级资金753万元)全部拨付到位。"
)


@pytest.mark.parametrize(
    ("text", "durations"),
    [
        (REAL_TIME_LIMIT, ["30"]),
        ("我县在 15 个工作日内完成拨付,资金200万元。", ["15"]),
        ("项目实施6个月,共培训120人次。", ["6"]),
        ("每周开放 3 个小时；新建站点4个。", ["3"]),
        ("用时2个季度完成了12个项目的验收。", ["2"]),
    ],
    ids=["as printed", "spaced", "个月", "个小时 full-width", "个季度"],
)
def test_a_span_of_time_is_no_count(text, durations):
    found = _read(text)
    counts = [f for f in found if f.field == "count"]
    assert not [f for f in counts if str(f.value) in durations]
    if text == REAL_TIME_LIMIT:
        assert ("预拨资金", Decimal("36080000")) in {(f.label[-4:], f.value) for f in found if f.field == "amount"}
    else:  # the real counts beside it stay
        assert counts or "资金" in text


# 08 (台联 2017 目标表) L11: subsidy standards per person per month — rates (field rate, per 人·月) whose label keeps
# its 每 words, but the listed 有退休金200元 after one says nothing of what it is per: left out.
REAL_PER_PERSON = (
    "概况 台胞扶贫济困生活补贴包括:台胞困难户每月每人200元、高龄补贴(没退休金每月每人300元、有退休金200元);"
    "充分发挥桥梁和纽带作用"
)


@pytest.mark.parametrize(
    ("text", "rates", "amounts"),
    [
        (REAL_PER_PERSON, {("台胞困难户每月每人", "200.00", "人·月"), ("高龄补贴(没退休金每月每人", "300.00", "人·月")},
         set()),
        ("补贴标准为：城镇每人每月 350 元、农村 260 元；全年发放补贴资金42万元。",
         {("城镇每人每月", "350.00", "人·月")}, {("全年发放补贴资金", "420000.00")}),
        ("对种粮大户每亩补贴80元,共发放补贴资金12.5万元、工作经费2万元;",
         {("对种粮大户每亩补贴", "80.00", "亩")}, {("共发放补贴资金", "125000.00"), ("工作经费", "20000.00")}),
    ],
    ids=["as printed", "spaced full-width 、 list", "a new clause, then a list of totals"],
)
def test_money_listed_after_a_rate_per_person(text, rates, amounts):
    found = _read(text)
    assert {(f.label, str(f.value), f.per_unit) for f in found if f.field == "rate"} == rates
    assert {(f.label, str(f.value)) for f in found if f.field == "amount"} == amounts


# 04 (永兴县畜牧兽医水产局 2017 专项资金绩效目标表) L19-29: the first column's wrapped header cells one per line
# (专项年度 / 绩效目标 / 一级指标 / 专项 / 年度 / 产 / 绩效出 / 指 / 指标标) under a header naming no value column.
REAL_WRAPPED_HEADER = """专项长期
绩效目标
专项年度
绩效目标
一级指标
专项
年度
产
绩效出
指
指标标
重大动物疫病防控专项属性延续专项√新增专项□
县动物卫生监督所资金总额(万元)50
"""


@pytest.mark.parametrize(
    "text",
    [
        REAL_WRAPPED_HEADER,
        "专项年度绩效目标\n一级指标 \n 专项\n 年度\n产\n 绩效出\n指\n指标标\n项目资金总额（万元）：50\n",
        "\n".join(REAL_WRAPPED_HEADER.replace("一级指标", "一级指标 二级指标").splitlines()) + "\n",
    ],
    ids=["as printed", "indented full-width", "two level words"],
)
def test_wrapped_header_pieces_are_no_indicators(text):
    from ingest.performance.indicator_stream import read_indicators
    from ingest.records import Indicator

    found = read_indicators(split_lines(text), "target")
    assert not [i for i in found if isinstance(i, Indicator)]


def test_a_row_with_a_figure_under_a_header_naming_no_value_column_stays():
    from ingest.performance.indicator_stream import read_indicators
    from ingest.records import Indicator

    found = read_indicators(split_lines("一级指标\n产出指标\n数量指标\n培训人数\n≥200人\n"), "target")
    assert [(i.level3_name, i.target_raw) for i in found if isinstance(i, Indicator)] == [("培训人数", "≥200人")]


# 06 (岳阳县林业局 2021 自评报告) L44-105: the funds cells one per line, traditional characters with pinyin glosses;
# each source's label printed again before each column's cell (计划安排 | 实际到位 | 实际支出 | 结余).
REAL_REPEATED_LABEL = '岳陽縣財(cái)政支出項(xiàng)目績效評價(jià)自評報(bào)告\n來源:縣林業(yè)局   2022-07-14 09:53\n計(jì)劃安排資金\n\n(萬元)\n\n55\n\n實(shí)際到位資金\n\n(萬元)\n\n55\n\n實(shí)際支出\n\n(萬元)\n\n55\n\n結(jié)余(萬元)\n\n0\n\n其中:中央財(cái)政\n\n其中:中央財(cái)政\n\n其中:中央財(cái)政\n\n其中:中央財(cái)政\n\n省財(cái)政\n\n省財(cái)政\n\n省財(cái)政\n\n省財(cái)政\n\n市財(cái)政\n\n市財(cái)政\n\n市財(cái)政\n\n市財(cái)政\n\n縣市區(qū)財(cái)政\n\n55\n\n縣市區(qū)財(cái)政\n\n55\n\n縣市區(qū)財(cái)政\n\n55\n\n縣市區(qū)財(cái)政\n\n0\n\n其它\n'  # noqa: E501


def _label_value_figures(text: str) -> tuple[list, list]:
    from pathlib import Path

    from ingest.document import parse_bytes
    from ingest.records import ParseWarning, StatedFigure

    parsed = parse_bytes(text.encode(), Path("x_selfeval_report.txt"))
    figures = [(f.label, f.value) for f in parsed.all_records if isinstance(f, StatedFigure)]
    warnings = [w for w in parsed.all_records if isinstance(w, ParseWarning) and "one label read" in w.message]
    return figures, warnings


def test_real_balance_after_a_label_repeated_before_each_column_is_left_out():
    figures, warnings = _label_value_figures(REAL_REPEATED_LABEL)
    assert [f for f in figures if "财政" in f[0]] == [("县市区财政", Decimal("550000.00"))] * 3 and len(warnings) == 1
    assert ("结余(万元)", Decimal("0")) in figures  # the label naming its column stays


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("单位：万元\n省财政 |\n1125 |\n省财政 |\n1125 |\n省财政 |\n907.76 |\n省财政 |\n217.24 |\n",
         ["11250000.00", "11250000.00", "9077600.00"]),
        ("单位:万元\n\n本级资金\n\n55\n\n本级资金\n\n40\n\n本级资金\n\n15\n", ["550000.00", "400000.00"]),
    ],
    ids=["pipes, four columns", "blank lines, three columns"],
)
def test_balance_after_a_label_repeated_before_each_column_variants(text, kept):
    from ingest.label_values import parse_label_values
    from ingest.records import ParseWarning

    warnings: list = []
    assert [str(f.value) for f in parse_label_values(split_lines(text), warnings)] == kept
    assert len(warnings) == 1 and isinstance(warnings[0], ParseWarning)


def test_one_label_on_two_rows_stays():
    from ingest.label_values import parse_label_values

    found = parse_label_values(split_lines("单位：万元\n出版经费\n49.8\n出版经费\n11\n"))
    assert [f.value for f in found] == [Decimal("498000.00"), Decimal("110000.00")]


def test_a_label_read_once_stays():
    from ingest.label_values import parse_label_values

    found = parse_label_values(split_lines("单位：万元\n县级财政\n55\n省级财政\n20\n"))
    assert [(f.label, f.value) for f in found] == [
        ("县级财政", Decimal("550000.00")), ("省级财政", Decimal("200000.00"))]


# 22n 14 (旺苍县 2025 三公经费预算, traditional script read converted) L6/L8: a budget's paragraph opening with the
# year before's execution — that year's amount (compared_with 2024), not an amount of the 2025 budget.
REAL_EARLIER_EXECUTION = (
    "2024年旺苍县“三公”经费执行数2010.95万元,2025年“三公”经费预算数2005.41万元,较上年预算数减少94.91万元,"
    "下降4.52%。具体情况如下:\n(一)因公出国(境)\n2024年旺苍县因公出国(境)费执行数0万元。\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REAL_EARLIER_EXECUTION, [("20109500.00", "2024"), ("20054100.00", None), ("0.00", "2024")]),
        ("2024 年公务接待费执行数 989.37 万元，2025 年公务接待费预算数 913.41 万元。\n",
         [("9893700.00", "2024"), ("9134100.00", None)]),
        ("2025年三公经费预算数2005.41万元。\n", [("20054100.00", None)]),
    ],
    ids=["as printed", "spaced full-width", "the budget year only"],
)
def test_a_budgets_earlier_year_execution_is_that_years(text, expected):
    found = parse_statements(build_paragraphs(split_lines(text)), None, 2025)
    assert [(str(f.value), f.compared_with) for f in found if f.field == "amount"] == expected


def test_without_a_budget_year_the_first_sentence_stays_the_documents():
    found = parse_statements(build_paragraphs(split_lines("2024年三公经费决算数2010.95万元。\n")))
    assert [(str(f.value), f.compared_with) for f in found if f.field == "amount"] == [("20109500.00", None)]


# 22n 07 (梧州市农产品质量安全综合检测中心 2020 三公经费决算) L7-17, hard-wrapped: the items' changes
# (公务用车运行维护费 比去年增加1.05万元, 增长35.8%; 公务接待费 增加0.5万元, 增长50%) were read as changes of the
# 三公 total.
REAL_ITEM_CHANGES = '2020 年度一般公共预算财政拨款安排的“三公”经费支\n出决算总额为 5.48 万元,比预算增加 0 万元,比去年增加\n1.55 万元,增长 39.4%,增加原因主要是公务用车运行支出\n增加,导致“三公”经费支出增加。其中,因公出国支出决\n算比预算无增减变化,比去年无增减变化;公务用车购置支\n出决算比预算无增减变化,比去年无增减变化,公务用车运\n行维护费支出决算比预算无增减变化,比去年增加 1.05 万\n元,增长 35.8%,增加原因主要是主要是按照“十四五”期\n间国家食品安全规划要求,我市农产品质量安全色谱定量检\n测任务要达到千人每批次,检测任务需较大幅度增加,公务\n车使用增加;公务接待费支出决算比预算无增减变化,比去\n年增加 0.5 万元,增长 50%,增加原因主要是是接待上级有\n'  # noqa: E501


@pytest.mark.parametrize(
    "text",
    [
        REAL_ITEM_CHANGES,
        "三公经费支出决算总额为5.48万元，比去年增加1.55万元，增长39.4%。其中：公务用车运行维护费支出决算比预算"
        "无增减变化；比去年增加 1.05 万元，增长 35.8%；公务接待费支出决算比去年增加0.5万元，增长50%。\n",
    ],
    ids=["as printed", "one line, full-width, semicolons"],
)
def test_an_items_change_is_not_the_totals(text):
    found = _read(text)
    total = [(f.field, str(f.value)) for f in found if f.metric == "three_public_total" and f.field != "amount"]
    assert {("change", "15500.00"), ("change_pct", "39.4")} <= set(total)
    assert not {v for _, v in total} & {"10500.00", "35.8", "5000.00", "50"}
    items = {(f.metric, f.field, str(f.value)) for f in found if f.metric != "three_public_total"}
    assert {
        ("three_public_vehicle_operation", "change", "10500.00"),
        ("three_public_vehicle_operation", "change_pct", "35.8"),
        ("three_public_reception", "change", "5000.00"), ("three_public_reception", "change_pct", "50"),
    } <= items


def test_a_reason_naming_an_item_keeps_the_totals_rate():
    found = _read("三公经费支出5.48万元,比去年增加1.55万元,主要是公务用车运行支出增加,增长39.4%。\n")
    assert [(f.field, str(f.value)) for f in found if f.metric == "three_public_total"][-1] == ("change_pct", "39.4")


# 22p 10 (衡山县妇幼保健计划生育服务中心 2019 部门整体支出绩效自评报告) L2-4: the title run into the text after it on
# one long line (PAGE10PAGE2019年度部門整體支出績效自評報告衡山縣…(蓋章)為進一步…) — read as a final account.
REAL_TITLE_RUN_ON = '版權(quán)說明:本文檔由用戶提供并上傳,收益歸屬內(nèi)容提供方,若內(nèi)容存在侵權(quán),請進(jìn)行舉報或認(rèn)領(lǐng)\n文檔簡介\nPAGE10PAGE2019年度部門整體支出績效自評報告衡山縣婦幼保健計劃生育服務(wù)中心(蓋章)為進(jìn)一步規(guī)范財政資金管理,強(qiáng)化部門績效和責(zé)任意識,切實(shí)提高財政資金使用效益,根據(jù)《關(guān)于對2019年度部門整體支出開展績效自評有關(guān)事項的通知》(山財績【2020】176號)的文件要求,我中心對2019年部門財政資金開展了績效評價工作,現(xiàn)將績效評價情況及評價結(jié)果報告如下:一、中心基本概括我中心是正科級公益類全額撥款事業(yè)單位,截止至2019年12月31日共有職工210人,其中:在職職工184人,財政供養(yǎng)4人,退休人員22人。編制床位98張。(一)主要職責(zé)履行公共衛(wèi)生職責(zé),掌握轄區(qū)內(nèi)婦女兒童健康狀況信息,為轄區(qū)內(nèi)婦女兒童提供婦女保健、孕產(chǎn)保健、兒童保健、計劃生育技術(shù)等婦幼保健計生技術(shù)服務(wù),控制孕產(chǎn)婦及5歲以下兒童死亡率。1、受縣衛(wèi)生健康局委托,承擔(dān)轄區(qū)內(nèi)婦幼保健、母嬰保健技術(shù)、計劃生育服務(wù)技術(shù)人員的培訓(xùn)和技術(shù)支持工作;負(fù)責(zé)對本轄區(qū)內(nèi)各級醫(yī)療保健機(jī)構(gòu)開展婦幼衛(wèi)生計生服務(wù)質(zhì)量的檢查、考核與評價;組織實(shí)施全縣《出生醫(yī)學(xué)證明》管理,孕產(chǎn)婦、兒童死亡評審與死亡調(diào)查,婦女和兒童系統(tǒng)保健管理。2、負(fù)責(zé)對幼兒園、托兒所的衛(wèi)生保健工作進(jìn)行評估和監(jiān)督;負(fù)責(zé)對入園、入托兒童,托幼機(jī)構(gòu)工作人員衛(wèi)生保健的監(ji\n'  # noqa: E501


def _doc_type(text: str) -> str | None:
    from pathlib import Path

    from ingest.document import parse_bytes

    return parse_bytes(text.encode(), Path("x.txt")).info.doc_type


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (REAL_TITLE_RUN_ON, "self_evaluation"),
        ("页面 2\n2022 年度 项目支出绩效自评报告 某某县农业农村局为进一步规范财政资金管理，强化绩效意识，提高资金效益，"
         "根据有关文件要求开展自评。全年支出 120 万元。\n", "self_evaluation"),
    ],
    ids=["as printed (traditional)", "simplified, spaces, 项目支出"],
)
def test_a_self_evaluation_title_run_into_the_text(text, doc_type):
    assert _doc_type(text) == doc_type


def test_a_sentence_naming_a_self_evaluation_report_is_no_title():
    text = ("2022年部门决算公开说明\n根据《关于开展2022年度部门整体支出绩效自评报告编报工作的通知》要求，"
            "本部门开展了自评，全年支出决算120万元，较上年增加5万元。\n")
    assert _doc_type(text) != "self_evaluation"


# 22p 09 (旺苍县卫健局 2021 转移支付自评表) L10-14: funds rows printed with spaces, 全年预算数(A) 全年执行数(B)
# 执行率(B/A): the 100% was read as a share labelled with the header lines above it.
REAL_RATE_CELLS = """地方主管部门 旺苍县卫生健康局 资金使用单位 旺苍县卫生健康局
项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A)
年度资金总额: 2300.67 2300.67 100%
 其中:中央补助 442.43 442.43 100%
       地方资金 1858.24 1858.24 100%
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REAL_RATE_CELLS, [("年度资金总额", "100"), ("中央补助", "100"), ("地方资金", "100")]),
        ("项目资金（万元）  预算数  执行数  执行率\n年度资金总额：  1,200.00  1,080.00  90.00%\n"
         "其中：财政拨款  1200  1080  90%\n",
         [("年度资金总额", "90.00"), ("财政拨款", "90")]),
        ("资金情况 全年预算数 全年执行数 执行率\n合计 50 49.5 99%\n", [("合计", "99")]),
    ],
    ids=["as printed", "two spaces, thousands, full-width", "one row"],
)
def test_an_execution_rate_after_its_cells_is_its_rows(text, expected):
    assert [(f.label, str(f.value)) for f in _read(text) if f.field == "share_pct"] == expected


def test_a_share_after_cells_it_does_not_divide_stays_as_before():
    # (80 / 100 is no 95%: the rule needs the row's own arithmetic)
    found = _read("合计 100 80 95%\n")
    assert [(f.label, f.value) for f in found if f.field == "share_pct"] == [("合计", Decimal("95"))]


# 22p 01 (扬子洲镇 2017 防汛经费评价报告) L9: 镇本级和15个村防汛工作经费46万元 — the 15 counts villages (no count of
# 镇本级和), and the 46万元 is the town's and the villages' together (not 村防汛工作经费 alone).
REAL_PAIR = (
    "经区政府研究,同意向扬子洲镇拨付2017年防汛工作相关经费110.56万元,其中:中心渠道清杂经费29.96万元,"
    "上房村、熊万村应急抢险经费3万元,排涝站维修费和电费31.6万元,镇本级和15个村防汛工作经费46万元,专款专用。"
)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        (REAL_PAIR, "镇本级和15个村防汛工作经费", "460000.00"),
        ("安排县本级及 12 个乡镇工作经费共计 80 万元。", "安排县本级及12个乡镇工作经费", "800000.00"),
        ("其中：局机关与3所学校运转补助资金为 150.5 万元；", "局机关与3所学校运转补助资金", "1505000.00"),
    ],
    ids=["as printed", "及, spaces, 共计", "与, full-width, 为"],
)
def test_a_count_in_a_pair_before_its_money(text, label, value):
    found = _read(text)
    assert (label, value) in {(f.label, str(f.value)) for f in found if f.field == "amount"}
    assert not [f for f in found if f.field == "count"]


def test_a_count_after_a_pair_word_with_no_money_after_it_stays():
    found = _read("全县共有镇本级和15个村参与防汛工作。")
    assert [f.value for f in found if f.field == "count"] == [Decimal("15")]


# 22p 02 (枞阳县卫健委 2023) L10: 主要依靠全县15家乡镇卫生院、5家…、190家村卫生室 — a list of counts, each of the noun
# after it (the 15 was labelled 主要依靠全县).
REAL_COUNT_LIST = (
    "(一)项目概况。枞阳县基本公共卫生服务严格按照2017年《国家基本公共卫生服务规范(第三版)》执行,主要依靠全县"
    "15家乡镇卫生院、5家政府办社区服务机构、190家村卫生室、24家社区卫生所全面实施国家基本公共卫生服务项目。"
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (REAL_COUNT_LIST, ("乡镇卫生院", "15")),
        ("全市共设 8 所中心小学、 20 所村小，", ("中心小学", "8")),
        ("依托全区12个社区服务中心、3个养老院开展服务。", ("社区服务中心", "12")),
    ],
    ids=["as printed", "spaces after 、", "个"],
)
def test_a_list_of_counts_each_of_the_noun_after_it(text, first):
    counts = [(f.label, str(f.value)) for f in _read(text) if f.field == "count"]
    assert counts[0] == first


def test_a_count_of_annual_things_stays():
    # 个年度 is no span of time: 补助18个年度重点项目资金774万元 counts 18 projects (unseen 20p 02 L7)
    found = _read("2021年,包含补助18个年度重点项目资金774万元、补助6名传承人记录工作资金240万元。")
    assert ("补助", "count", Decimal("18")) in {(f.label, f.field, f.value) for f in found}


# 22p 04 L46-49: a target table one cell per line, the indicator's name wrapped around its value cell
# (各种强制免率、屠宰率 / 100% / 及检疫率) — the 100% was read as a share labelled 屠宰率.
REAL_WRAPPED_NAME = "二级指标指标内容指标值备注\n数量指标\n各种强制免率、屠宰率\n100%\n及检疫率\n免疫效果好;检疫符合\n"


@pytest.mark.parametrize(
    "text",
    [
        REAL_WRAPPED_NAME,
        "数量指标\n 培训合格率、结业率 \n  95% |\n  和就业率\n",
        "质量指标\n设备完好率\n98.5%\n、运行率\n",
    ],
    ids=["as printed", "spaces and a pipe, 和", "、 opening the line"],
)
def test_a_rate_inside_a_wrapped_name_is_no_share(text):
    assert not [f for f in _read(text) if f.field == "share_pct"]


def test_a_rate_alone_on_its_line_before_another_row_stays():
    found = _read("数量指标\n设备完好率\n98.5%\n质量指标\n")
    assert [(f.label, f.value) for f in found if f.field == "share_pct"] == [("设备完好率", Decimal("98.5"))]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("046-霍山县残疾人联合会", "霍山县残疾人联合会"),  # 22p 05 L34, as printed
        ("[103]某某县农业农村局", "某某县农业农村局"),
        (" 219 － 池州市贵池区棠溪镇人民政府", "池州市贵池区棠溪镇人民政府"),
        ("2023年某某县教育局", "2023年某某县教育局"),  # a year is no code (no dash after it)
        (None, None),
    ],
    ids=["as printed", "bracketed", "spaces, full-width dash", "a year", "none"],
)
def test_a_budget_code_before_a_department_name(name, expected):
    from ingest.performance.project_table import _without_budget_code

    assert _without_budget_code(name) == expected


# 22n 05 (延安 county 2021 预算执行) L5: 其中:上划中、省、市收入完成12503万元 — the label was cut to 市收入完成.
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("其中:上划中、省、市收入完成12503万元,占年度预算10443万元的119.7%,较上年9040万元,增收3463万元。",
         "上划中、省、市收入完成"),
        ("其中：县、乡两级支出 500 万元；", "县、乡两级支出"),
        ("安排全县乡、镇、村三级组织经费 20 万元。", "安排全县乡、镇、村三级组织经费"),
    ],
    ids=["as printed", "full-width, spaces", "three items"],
)
def test_a_list_of_abbreviated_names_is_one_label(text, label):
    assert next(f.label for f in _read(text) if f.field == "amount") == label


def test_a_list_of_full_names_keeps_its_last():
    assert [f.label for f in _read("其中：办公费、印刷费支出30万元。") if f.field == "amount"] == ["印刷费支出"]


def test_the_noun_of_the_count_before_is_no_abbreviated_item():
    # unseen 21p 05 L7: 本级48个项目、腾冲市来凤山管理所4个项目 — 项目 is the 48's noun
    found = _read("项目总数为143个,其中:本级48个项目、来凤山管理所4个项目、技术推广站8个项目,经过自评。")
    assert [f.label for f in found if f.field == "count"][2:] == ["来凤山管理所", "技术推广站"]


def test_a_rate_with_more_cells_after_it_is_not_given_the_rows_label():
    # unseen 16t 10 L32: 财政资金小计 … 2751417.82 2546673.98 93% 204743.84 7% — two rate columns (支出实现率,
    # 资金结余率): the row's label would not say which
    found = _read("支出实现率(%)\n财政资金小计 2537695 213722.82 0 2751417.82 2546673.98 93% 204743.84 7%\n")
    assert ("财政资金小计", Decimal("93")) not in {(f.label, f.value) for f in found}

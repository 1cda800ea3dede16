"""Table-shaped misses of the fresh batches 21n / 21p, each read where the table's own arithmetic
confirms it: a unit line whose 元 the copy dropped (``单位:万``); a 三公 table one cell per line printing no
unit (its 合计's sentence gives it); a funds row run together with its unit glued to the amounts; amount /
share groups under merged header cells; a funds table printed as rows with single spaces."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.numbers import declared_unit
from ingest.script import to_simplified
from ingest.text import split_lines
from ingest.text_tables import parse_text_tables

# 沅陵县 2021 三公 budget (https://71584.cn/yuanling/c108884/202104/1dbac9a6670c4f599a1b887ee212fb09.shtml),
# a mirror site in traditional script: the unit line printed 單位:萬, its 元 dropped.
YUANLING = (
    "沅陵縣2021年“三公”經費預算財政撥款情況統計表 | |||||\n"
    "單位:萬 | |||||\n"
    "項目 | 本年預算數 | 備注 | |||\n"
    "合計 | 4196 | 注:按照黨中央、國務院有關文件及部門預算管理有關規定,“三公”經費包括因公出國(境)費。 |\n"
    "|||\n"
    "1、因公出國(境)費用 | 0 | ||||\n"
    "2、公務接待費 | 2747 | ||||\n"
    "3、公務用車費 | 1449 | ||||\n"
    "其中:(1)公務用車運行維護費 | 1449 | ||||\n"
    "(2)公務用車購置 | 0 | ||||\n"
)

# Variants written here: simplified, full-width colon, tab cells, the unit in the header row's cell.
CLIPPED_VARIANTS = [
    YUANLING,
    YUANLING.replace("單位:萬", "单位：万"),
    YUANLING.replace(" | ", "\t").replace("|", ""),
    YUANLING.replace("單位:萬 | |||||\n", "").replace("項目 | 本年", "項目 單位:萬 | 本年"),
]


@pytest.mark.parametrize("text", CLIPPED_VARIANTS)
def test_a_unit_line_without_its_yuan_declares_wan_yuan(text):
    figures = parse_text_tables(split_lines(to_simplified(text)[0]))
    read = {f.label.split(" ", 1)[0]: f.value for f in figures if f.unit == "yuan"}
    assert read["合计"] == Decimal("41960000.00")
    assert read["2、公务接待费"] == Decimal("27470000.00")
    assert read["其中:(1)公务用车运行维护费"] == Decimal("14490000.00")
    assert read["1、因公出国(境)费用"] == Decimal("0.00")


@pytest.mark.parametrize(("text", "unit"), [
    ("单位:万", "万元"), ("单位：万 | |", "万元"), ("单位: 万, %", "万元"), ("单位:亿", "亿元"),
    ("单位:万元", "万元"), ("(万元)", "万元"),
    ("单位:万人", None), ("单位:万亩", None), ("预算单位", None), ("单位:万平方米", None),
])
def test_declared_unit_reads_a_clipped_unit_only_at_the_cells_end(text, unit):
    assert declared_unit(text) == unit


# 青阳县审计局 2022 三公 budget (http://www.chidc.com.cn/OpennessContent/show/1253381.html), traditional
# script: the table one cell per line with lone '|' lines for its borders, no unit line; the sentence
# after it states the 合计 in 万元.
QINGYANG_TABLE = (
    "一、2022年“三公”經費支出預算表\n|\n項 目\n|\n預 算 數\n|\n|\n合 計\n|\n11.4\n|\n|\n因公出國(境)費\n|\n0.00\n|\n|\n"
    "公務接待費\n|\n7.40\n|\n|\n公務用車購置及運行費\n|\n4.00\n|\n|\n其中:公務用車運行費\n|\n4.00\n|\n|\n公務用車購置費\n|\n0.00\n"
)
QINGYANG_PROSE = (
    "二、2022年“三公”經費支出預算情況說明\n"
    "青陽縣審計局2022年度“三公”經費支出預算為11.4萬元,比2021年預算增加0.6萬元,增加5%。"
    "其中:因公出國(境)費支出預算為0萬元,公務接待費支出預算為7.4萬元。\n"
)


def _three_public(text: str):
    from ingest.three_public_rows import parse_three_public_rows

    return parse_three_public_rows(split_lines(to_simplified(text)[0]))


def _read(records) -> dict[str, Decimal]:
    return {r.label.rsplit(" ", 1)[0]: r.value for r in records if getattr(r, "unit", None) == "yuan"}


@pytest.mark.parametrize("text", [
    QINGYANG_TABLE + QINGYANG_PROSE,
    # variants: no border lines, cells closed by a pipe, blank lines between cells, full-width colon
    QINGYANG_TABLE.replace("|\n", "") + QINGYANG_PROSE,
    QINGYANG_TABLE.replace("|\n", "").replace("\n", " |\n") + QINGYANG_PROSE,
    QINGYANG_TABLE.replace("|\n", "\n").replace("其中:", "其中：") + QINGYANG_PROSE,
    # the sentence before the table
    QINGYANG_PROSE.replace("二、", "") + QINGYANG_TABLE,
])
def test_a_three_public_table_printing_no_unit_takes_the_one_its_sentence_states(text):
    read = _read(_three_public(text))
    assert read == {
        "合计": Decimal("114000.00"), "因公出国(境)费": Decimal("0.00"), "公务接待费": Decimal("74000.00"),
        "公务用车购置及运行费": Decimal("40000.00"), "公务用车运行费": Decimal("40000.00"),
        "公务用车购置费": Decimal("0.00"),
    }


def test_the_same_three_public_table_in_yuan():
    table = QINGYANG_TABLE.replace("11.4", "114000").replace("7.40", "74000").replace("4.00", "40000")
    prose = QINGYANG_PROSE.replace("11.4萬元", "114000元")
    read = _read(_three_public(table + prose))
    assert read["合计"] == Decimal("114000") and read["公务接待费"] == Decimal("74000")


@pytest.mark.parametrize("text", [
    QINGYANG_TABLE.replace("7.40", "7.50") + QINGYANG_PROSE,  # 0 + 7.50 + 4.00 ≠ 11.4
    QINGYANG_TABLE.replace("購置費\n|\n0.00", "購置費\n|\n1.00") + QINGYANG_PROSE,  # 運行 4 + 購置 1 ≠ 4
    QINGYANG_TABLE + QINGYANG_PROSE.replace("11.4萬元", "11.5萬元"),  # no sentence states the 合计
    QINGYANG_TABLE + "二、說明\n本單位2022年度支出預算為11.4萬元。\n",  # a sentence not about 三公
])
def test_no_unit_and_no_confirmation_reads_nothing_with_a_warning(text):
    records = _three_public(text)
    assert not _read(records)
    assert any("printing no unit" in getattr(r, "message", "") for r in records)


# 黄冈市档案馆 2020 自评表 (21p/03), a document site's text in traditional script: the funds row ran
# together with the unit glued after each amount — ``…得分(20分*執行率)年度財政資金總額10萬10萬100%20`` is
# 10 | 10 | 100% | 20 (10 / 10 = 100 %, 20 × 100 % = 20).
RUN_SHEET = "项目名称某某专项资金\n{caption}{header}{rows}总体目标完成情况\n"
RUN_HEADER = "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"


def _run_funds(rows: str, caption: str = "預算執行情況(萬元)(20分)", header: str = RUN_HEADER):
    from pathlib import Path

    from ingest.document import parse_bytes
    from ingest.records import ParseWarning, ProjectFunding

    text = RUN_SHEET.format(caption=caption, header=header, rows=rows)
    if "萬" in rows:  # the page as printed: traditional script throughout
        text = text.replace("项目名称某某专项资金", "項目名稱某某專項經費")
        text = text.replace("总体目标完成情况", "總體目標完成情況")
        text = text.replace(RUN_HEADER, "預算數(A)執行數(B)執行率(B/A)得分(20分*執行率)")
    records = parse_bytes(text.encode(), Path("x.txt")).records
    funds = {r.source: (r.budget_full_year_yuan, r.executed_yuan, r.execution_rate)
             for r in records if isinstance(r, ProjectFunding)}
    return funds, [r.message for r in records if isinstance(r, ParseWarning) and "funds row" in r.message]


@pytest.mark.parametrize(("rows", "caption", "expected"), [
    ("年度財政資金總額10萬10萬100%20", "預算執行情況(萬元)(20分)", (100000, 100000, 100)),
    # variants: 万元 glued, simplified, decimals, a rate below 100 %
    ("年度财政资金总额12.5万元12.5万元100%20", "预算执行情况(万元)(20分)", (125000, 125000, 100)),
    ("年度财政资金总额20万19万95%19", "预算执行情况(万元)", (200000, 190000, 95)),
    # 元 glued under a 元 caption
    ("年度财政资金总额5000元5000元100%20", "预算执行情况(元)", (5000, 5000, 100)),
])
def test_a_funds_row_with_its_unit_glued_to_the_amounts_splits_where_the_units_stand(rows, caption, expected):
    funds, _ = _run_funds(rows, caption)
    assert funds == {"total": tuple(Decimal(v) for v in expected)}


@pytest.mark.parametrize(("rows", "caption"), [
    ("年度财政资金总额10万8万100%20", "预算执行情况(万元)(20分)"),  # 8 / 10 is no 100 %
    ("年度财政资金总额10元10元100%20", "预算执行情况(万元)(20分)"),  # 元 glued under a 万元 caption
    ("年度财政资金总额101万0100%20", "预算执行情况(万元)(20分)"),  # a unit where no split ends an amount
])
def test_a_glued_unit_that_does_not_confirm_the_split_reads_nothing_with_a_warning(rows, caption):
    funds, warnings = _run_funds(rows, caption)
    assert not funds
    assert warnings


# 河北省商务厅 2018-2020 电子商务建设专项资金 evaluation (21p/07, http://jingchutour.com/policy/view?id=12734),
# traditional script: a two-row header whose top cells span 金额 | 比例 pairs, a 合計 column alone, the 合計 row's
# label over the 序號 and 時間 columns; no unit line — the sentence before the table states the total in 万元.
HEBEI_PROSE = "(二)專項資金預算金額:2018-2020年電子商務建設專項資金預算總額15000萬元,其中:2018年5000萬元。\n"
HEBEI_TABLE = (
    "2018-2020年電子商務建設專項資金\n分配情況明細表\n"
    "序號 | 時間 | 省本級 | 轉移支付 | 合計 | ||\n"
    "金額 | 比例 | 金額 | 比例 | |||\n"
    "1 | 2018年 | 4250 | 85% | 750 | 15% | 5000 |\n"
    "2 | 2019年 | 540 | 10.8% | 4460 | 89.2% | 5000 |\n"
    "3 | 2020年 | 500 | 10% | 4500 | 90% | 5000 |\n"
    "合計 | 5290 | 35.27% | 9710 | 64.73% | 15000 |\n"
)
HEBEI_AFTER = "1.省本級部分\n2018-2020年電子商務建設專項資金分配省本級5290萬元,主要用于電子商務服務體系建設。\n"


def _grouped(text: str):
    from opencc import OpenCC  # (a short table alone holds too few traditional characters for to_simplified)

    return parse_text_tables(split_lines(OpenCC("t2s").convert(text)))


@pytest.mark.parametrize("text", [
    HEBEI_PROSE + HEBEI_TABLE + HEBEI_AFTER,
    # variants: tab cells; the unit printed on its own line (no sentence needed); the sentence after the table
    HEBEI_PROSE + HEBEI_TABLE.replace(" | ", "\t").replace(" |", "").replace("|", "") + HEBEI_AFTER,
    HEBEI_TABLE.replace("分配情況明細表\n", "分配情況明細表\n單位:萬元\n"),
    HEBEI_TABLE + "三年合計下達15000萬元。\n",
])
def test_amount_share_groups_under_merged_header_cells_read_where_sums_and_shares_hold(text):
    read = {(f.label, f.field): f.value for f in _grouped(text)}
    assert read[("2018年 省本级 金额", "amount")] == Decimal("42500000.00")
    assert read[("2018年 省本级 比例", "share_pct")] == Decimal("85")
    assert read[("2019年 转移支付 比例", "share_pct")] == Decimal("89.2")
    assert read[("合计 转移支付 金额", "amount")] == Decimal("97100000.00")
    assert read[("合计 省本级 比例", "share_pct")] == Decimal("35.27")
    assert read[("合计 合计", "amount")] == Decimal("150000000.00")
    assert len(read) == 20


def test_the_same_table_in_yuan():
    table = HEBEI_TABLE.replace("分配情況明細表\n", "分配情況明細表\n單位:元\n")
    read = {(f.label, f.field): f.value for f in _grouped(table)}
    assert read[("2018年 省本级 金额", "amount")] == Decimal("4250")


@pytest.mark.parametrize("text", [
    HEBEI_PROSE + HEBEI_TABLE.replace("85%", "80%"),  # 4250 / 5000 is 85 %, not 80 %
    HEBEI_PROSE + HEBEI_TABLE.replace("| 5290 |", "| 5280 |"),  # 4250 + 540 + 500 is 5290
    HEBEI_PROSE + HEBEI_TABLE.replace("| 750 | 15% | 5000", "| 850 | 15% | 5000"),  # 4250 + 850 ≠ 5000
    HEBEI_TABLE,  # no unit printed and no sentence states the 15000
])
def test_groups_the_arithmetic_does_not_confirm_read_nothing_with_a_warning(text):
    records = _grouped(text)
    assert not [r for r in records if getattr(r, "unit", None) in ("yuan", "percent")]
    assert any("amount / share groups" in getattr(r, "message", "") for r in records)


# 湘阴县教育局 2022 项目支出绩效目标申报表 (21p/04): two funds tables printed as rows with single spaces, the
# 合计 label with a space inside, empty rows printed as their label alone, a text column after the amounts.
XIANGYIN = (
    "项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 本年度申请资金\n"
    "合 计 213.4 259\n市级资金\n省级资金\n中央资金\n县级资金 213.4 259\n"
    "支出明细预算(万元) 项 目 上年度安排资金  本年度申请资金 测算依据及说明\n"
    "合 计 213.4 259 根据湘财教﹝2019﹞24号文件精神,按照全县公办园和普惠性民办幼儿园数据实测算\n"
    "幼儿园生均经费 213.4 259\n2\n单位已有的(或拟订的)保障项目实施的制度、措施 建立了幼儿园财金管理制度和审核制度\n"
)


def _sum_rows(text: str):
    from ingest.sum_rows import parse_sum_rows

    return parse_sum_rows(split_lines(text))


def test_a_funds_table_in_single_space_rows_reads_where_its_total_is_the_sum():
    read = [(f.source_line, f.label, f.field, f.value) for f in _sum_rows(XIANGYIN)]
    assert read == [
        (2, "合 计 上年度安排资金", "budget_initial", Decimal("2134000.0")),
        (2, "合 计 本年度申请资金", "amount", Decimal("2590000")),
        (6, "县级资金 上年度安排资金", "budget_initial", Decimal("2134000.0")),
        (6, "县级资金 本年度申请资金", "amount", Decimal("2590000")),
        (8, "合 计 上年度安排资金", "budget_initial", Decimal("2134000.0")),
        (8, "合 计 本年度申请资金", "amount", Decimal("2590000")),
        (9, "幼儿园生均经费 上年度安排资金", "budget_initial", Decimal("2134000.0")),
        (9, "幼儿园生均经费 本年度申请资金", "amount", Decimal("2590000")),
    ]


@pytest.mark.parametrize("text", [
    # variants: 元 with the unit declared 单位:元, full-width brackets, three rows summed, 合计 without a space
    "项目资金(单位:元) 项 目 上年预算资金 本年度申请资金\n合计 3000 4500.5\n省级资金 1000 1500.5\n县级资金 2000 3000\n",
    "项目资金申请（万元） 项 目 上年度安排资金 本年度申请资金\n合 计 6 9\n中央资金 1 2\n省级资金 2 3\n县级资金 3 4\n",
])
def test_variant_single_space_funds_tables(text):
    figures = _sum_rows(text)
    assert figures and all(f.unit == "yuan" for f in figures)
    total = [f for f in figures if f.label.startswith(("合计", "合 计"))]
    assert len(total) == 2 and {f.field for f in total} == {"budget_initial", "amount"}


@pytest.mark.parametrize("text", [
    XIANGYIN.replace("县级资金 213.4 259", "县级资金 213.4 250"),  # 250 ≠ 259
    "项目资金申请(万元) 项 目 上年度安排资金 本年度申请资金\n省级资金 1 2\n县级资金 3 4\n",  # no 合计 row
])
def test_single_space_rows_the_sums_do_not_confirm_read_nothing_with_a_warning(text):
    records = _sum_rows(text)
    table = [r for r in records if getattr(r, "source_line", 0) <= 6 and getattr(r, "unit", None) == "yuan"]
    assert not table
    assert any("single spaces" in getattr(r, "message", "") for r in records)


def test_a_header_without_a_money_unit_is_no_such_table():
    assert not _sum_rows("项目情况 项 目 上年度安排资金 本年度申请资金\n合 计 213.4 259\n县级资金 213.4 259\n")

"""The fifteenth-session batch of unseen narrative pages (/tmp/unseen15n: 17 pages, 三公 statements,
部门决算/预算 说明, 镇/区 government reports): each rule tested on the page as printed
(tests/fixtures/pages) and on a variant written here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _statement_helpers import PAGES, figures, page_info, stated

from ingest.count_cells import parse_count_cells
from ingest.document import parse_path
from ingest.pipe_cells import parse_pipe_cells
from ingest.records import StatedFigure
from ingest.text import split_lines


def rows(found: list[StatedFigure], line: int | None = None) -> list[tuple]:
    return [(f.label, f.field, f.value, f.direction) for f in found if line is None or f.source_line == line]


# 较上年减少18.50万元(65.37%): the bracketed % is the change's rate, not a share


def test_real_page_bracketed_rate_after_a_change():
    # 西安市新城区卫计局 2019 三公 预算: 较上年减少18.50万元(65.37%), 减少1.5万元(42.86%), 减少17万元(69.38%)
    found = stated("xincheng-wjj-2019-three-public-budget.txt")
    assert ("本部门一般公共预算三公经费预算支出", "change_pct", Decimal("65.37"), "decrease") in rows(found, 6)
    assert ("公务接待费", "change_pct", Decimal("42.86"), "decrease") in rows(found, 10)
    assert ("公务用车运行维护费", "change_pct", Decimal("69.38"), "decrease") in rows(found, 14)
    assert not [f for f in found if f.field == "share_pct"]  # (0%) after 增加(减少)0万元 included: no share


@pytest.mark.parametrize(
    "text, direction",
    [
        ("公务接待费2.30万元,较上年减少1.5万元(42.86%),主要原因是压缩开支。", "decrease"),
        ("公务接待费 23000 元，较上年增加 15000 元（ 42.86％ ）。", "increase"),
        ("公务接待费2.30万元,比上年同期下降1.5万元 (42.86%)。", "decrease"),
    ],
    ids=["万元", "元, full-width, spaces", "下降, space before the bracket"],
)
def test_bracketed_rate_after_a_change(text, direction):
    found = [(f.label, f.field, f.value, f.direction) for f in figures(text) if f.unit == "percent"]
    assert found == [("公务接待费", "change_pct", Decimal("42.86"), direction)]


@pytest.mark.parametrize(
    "text",
    ["因公出国(境)经费0万元,较上年增加(减少)0万元(0%)。", "因公出国（境）经费0万元，较上年增长（下降）0万元（0％）。"],
)
def test_bracketed_rate_of_a_change_of_both_directions_is_left_out(text):
    assert [f for f in figures(text) if f.unit == "percent"] == []


@pytest.mark.parametrize(
    "text",
    ["公务接待费2.30万元(占23.47%),较上年减少1.5万元。", "支出合计100万元(其中基本支出60万元)(60%)。"],
    ids=["占 in the bracket", "after an amount"],
)
def test_a_bracketed_share_after_an_amount_stays_a_share(text):
    assert all(f.field != "change_pct" for f in figures(text))


# 行政\n编制 0 名,参公事业编制…: a wrapped sentence's count, not a 编制 cell


def test_real_page_wrapped_sentence_is_no_headcount_cell():
    # 梧州市第三中学 2023: "…其中:其中:行政\n编制 0 名,参公事业编制 0 名,全额事业编制 95 名" — 编制 0 is 行政编制's
    found = stated("wuzhou-3zhong-2023-budget.txt")
    assert not [f for f in found if f.metric == "headcount_authorised" and f.value == 0]
    assert ("行政编制", "count", Decimal("0"), None) in rows(found, 5)
    assert ("全额事业编制", "count", Decimal("95"), None) in rows(found, 5)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("人员编制总数 10 名,其中:行政\n编制 0 名,事业编制 10 名。\n", []),
        ("人员编制 | 21 | 实有人数 | 20 |\n", [("人员编制", Decimal("21")), ("实有人数", Decimal("20"))]),
        ("编制数 12 人\n", [("编制数", Decimal("12"))]),
    ],
    ids=["wrapped sentence", "pipe cells", "a cell with its unit"],
)
def test_headcount_cells_and_wrapped_sentences(text, expected):
    assert [(f.label, f.value) for f in parse_count_cells(split_lines(text))] == expected


# 收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数 printed one cell per line: two tables side by side


def test_real_page_two_sided_balance_table_one_cell_per_line():
    # 大足区 2020 决算: 表1 一般公共预算收支决算平衡表, 6 header cells then 总计 | 1,196,625 | 1,196,625 | 总计 | …
    found = stated("dazu-2020-gov-final.txt")
    table = [(f.label, f.value, f.source_line) for f in found if f.source_line >= 24]
    assert table == [
        ("总计 执行数", Decimal("11966250000"), 31), ("总计 决算数", Decimal("11966250000"), 32),
        ("总计 执行数", Decimal("11966250000"), 34), ("总计 决算数", Decimal("11966250000"), 35),
    ]


TWO_SIDED = (
    "单位:万元\n收 入 |\n执行数 |\n决算数 |\n支 出 |\n执行数 |\n决算数 |\n"
    "税收收入 |\n120 |\n118.5 |\n一般公共服务支出 |\n90 |\n88 |\n"
    "非税收入 |\n30 |\n|\n教育支出 |\n60 |\n61.25 |\n"
    "一、本\n"
)


def test_two_sided_table_one_cell_per_line():
    found = [(f.label, f.value) for f in figures_of_lines(TWO_SIDED)]
    assert found == [
        ("税收收入 执行数", Decimal("1200000")), ("税收收入 决算数", Decimal("1185000")),
        ("一般公共服务支出 执行数", Decimal("900000")), ("一般公共服务支出 决算数", Decimal("880000")),
        ("非税收入 执行数", Decimal("300000")),
        ("教育支出 执行数", Decimal("600000")), ("教育支出 决算数", Decimal("612500")),
    ]


def test_two_sided_table_with_words_under_a_number_is_not_read():
    text = TWO_SIDED.replace("教育支出 |\n60 |", "教育支出 |\n见说明 |")
    assert [f for f in figures_of_lines(text) if f.label.startswith("教育")] == []


def figures_of_lines(text: str) -> list[StatedFigure]:
    return [r for r in parse_pipe_cells(split_lines(text)) if isinstance(r, StatedFigure)]


# 国内公务接待共312批次(其中外事接待0批次),4228人次: the people of the batches before the bracket


def test_real_page_people_after_a_bracketed_aside():
    # 怀远县双桥集镇 2020 三公 决算, line 32
    found = rows(stated("huaiyuan-shuangqiaoji-2020-three-public-final.txt"), 32)
    people = [(label, value) for label, field, value, _ in found if field == "count" and value == 4228]
    assert people == [("安徽省怀远县双桥集镇人民政府国内公务接待共人次", Decimal("4228"))]


@pytest.mark.parametrize(
    "text, people",
    [
        ("国内公务接待31批次(含外事接待2批次),280人次。", ("国内公务接待人次", Decimal("280"))),
        ("国内公务接待 31 批次（其中外事接待 2 批次），共计 280 人次。", ("国内公务接待人次", Decimal("280"))),
        ("公务接待共31批次(外事0批次)、280人。", ("公务接待共人数", Decimal("280"))),
    ],
    ids=["含", "full-width, spaces, 共计", "、 and 人"],
)
def test_people_after_a_bracketed_aside(text, people):
    found = [(f.label, f.value) for f in figures(text) if f.value in (280, 2, 0)]
    assert people in found
    assert all(label.startswith("外事") for label, value in found if value in (0, 2))


def test_a_bracket_after_an_amount_gives_no_people_a_label():
    found = [(f.label, f.field) for f in figures("公务接待费5万元(接待12批次),下降10%。") if f.field == "count"]
    assert found == [("接待", "count")]


# 重庆市巫溪县档案馆单位 2022年度部门决算: 单位 after the body's name is no part of it


def test_real_page_body_named_before_danwei():
    info = parse_path(PAGES / "wuxi-dangan-2022-final.txt").info
    assert (info.department_name, info.county) == ("重庆市巫溪县档案馆", "巫溪县")


@pytest.mark.parametrize(
    "title, name",
    [
        ("重庆市巫溪县档案馆单位 2022年度部门决算情况说明", "重庆市巫溪县档案馆"),
        ("临泽县图书馆单位2021年度部门决算", "临泽县图书馆"),
        ("永宁县疾病预防控制中心单位 2023 年度部门预算", "永宁县疾病预防控制中心"),
    ],
    ids=["real title", "no space", "spaced year, 预算"],
)
def test_body_named_before_danwei(title, name, tmp_path):
    assert page_info(f"{title}\n一、部门基本情况\n2022年度收入总计616.17万元。\n", tmp_path).department_name == name


# 项 目 支 出 预 算 36849227 元: a letter-spaced page states its figures as a budget too


def test_real_page_letter_spaced_budget_is_a_budget():
    # 梧州市民政局 2025 预算, page 13 of the 说明 (no title): 项 目 支 出 预 算 36849227 元, 政 府 采 购 预 算 …
    assert parse_path(PAGES / "wuzhou-mzj-2025-budget.txt").info.doc_type == "budget"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("另外,下属共有 6 个事业单位,基 本 支 出 预 算 488180.64 元。\n", "budget"),
        ("另外,下属共有 6 个事业单位,基 本 支 出 决 算 488180.64 元。\n", "final_account"),
        ("另外,下属共有 6 个事业单位,基本支出预算 488180.64 元。\n", "budget"),
    ],
    ids=["spaced 预算", "spaced 决算", "unspaced"],
)
def test_letter_spaced_figure_tells_the_kind(text, kind, tmp_path):
    assert page_info(text, tmp_path).doc_type == kind


# 相应结转下年减少133万元,为115,055万元: the amount a change left is its subject's


def test_real_page_amount_after_a_change():
    found = rows(stated("dazu-2020-gov-final.txt"), 21)
    assert ("相应结转下年", "change", Decimal("1330000"), "decrease") in found
    assert ("相应结转下年", "amount", Decimal("1150550000"), None) in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("年末结余比上年减少5万元,为20万元。",
         [("年末结余", "change", Decimal("50000")), ("年末结余", "amount", Decimal("200000"))]),
        ("年末结余较上年增加 50,000 元，达到 200,000 元。",
         [("年末结余", "change", Decimal("50000")), ("年末结余", "amount", Decimal("200000"))]),
        ("公务接待费较上年增加1万元,为保障工作开展。", [("公务接待费", "change", Decimal("10000"))]),
    ],
    ids=["为", "元, full-width, 达到", "为 a purpose, no figure"],
)
def test_amount_after_a_change(text, expected):
    assert [(f.label, f.field, f.value) for f in figures(text)] == expected


# 比2018年年初预算收入2724.44万元增加4307.28万元: the compared year's budget of the subject


def test_real_page_compared_years_budget_income():
    # 重庆市档案馆 2019 决算 (mirror), line 10
    found = [
        (f.label, f.field, f.value, f.compared_with) for f in stated("cq-dangan-2019-final.txt") if f.source_line == 10
    ]
    assert ("年初预算收入", "budget_initial", Decimal("27244400.00"), "2018") in found
    assert ("年初预算收入", "change", Decimal("43072800.00"), "2018") in found


@pytest.mark.parametrize(
    "text, base",
    [
        ("2019年年初预算收入7031.72万元,比2018年年初预算收入2724.44万元增加4307.28万元。", Decimal("27244400")),
        ("本年支出预算100万元，较2022年年初预算支出 90 万元增加10万元。", Decimal("900000")),
        ("本年支出预算 1,000,000 元，比 2022 年部门预算支出 900,000 元增加 100,000 元。", Decimal("900000")),
    ],
    ids=["real wording", "支出, full-width, spaces", "元, spaced year"],
)
def test_compared_years_budget(text, base):
    found = [(f.field, f.value) for f in figures(text)]
    assert ("budget_initial", base) in found
    change = next(v for f, v in found if f == "change")
    assert [v for field, v in found if field == "amount"] == [base + change]


# (一)因公出国(境)费支出13.9万元,2015年预算增加1.7万元: 比 not printed, the change is the subject's


REAL_BARE_COMPARISON = (  # 安徽省编办 2016 三公 预算 (ahjgbzw.gov.cn), the line as printed
    "(一)因公出国(境)费支出13.9万元,2015年预算增加1.7万元,增加13.9%,增加原因主要是出访国别不同导致的综合费用标准增加。"
)


@pytest.mark.parametrize(
    "text",
    [
        REAL_BARE_COMPARISON,
        "（一）因公出国（境）费支出 139,000 元，2015 年预算增加 17,000 元，增加 13.9%。",
        "因公出国(境)费支出13.9万元,上年决算数增加1.7万元,增长13.9%。",
    ],
    ids=["real line", "元, full-width, spaces", "上年决算数"],
)
def test_a_change_against_a_bare_year_is_the_subjects(text):
    found = {(f.label, f.field) for f in figures(text)}
    assert found == {("因公出国(境)费支出", field) for field in ("amount", "change", "change_pct")}


# 总预算…,其中:基本支出预算…,项目支出预算…,同比增加D元,增长E%: whose change, the rate tells


def test_real_page_change_after_a_list_is_the_wholes_when_the_rate_says_so():
    # 梧州市民政局 2025: 事业运行经费总预算安排 37337407.64 元, 其中: 基本支出预算 488180.64 元, 项目支出预算
    # 36849227 元, 同比增加 27125219.46 元, 增长 265.6% — 27125219.46 / (37337407.64 − 27125219.46) = 265.6%
    found = rows(stated("wuzhou-mzj-2025-budget.txt"), 11)
    assert found == [
        ("事业运行经费总预算", "change", Decimal("27125219.46"), "increase"),
        ("事业运行经费总预算", "change_pct", Decimal("265.6"), "increase"),
    ]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("支出合计100万元,其中:基本支出60万元,项目支出40万元,比上年增加10万元,增长11.11%。", "支出合计"),
        ("支出合计100万元，其中：基本支出60万元，项目支出40万元，比上年增加10万元，增长33.33％。", "项目支出"),
        ("支出合计 1,000,000 元，其中：基本支出 600,000 元，项目支出 400,000 元，比上年减少 100,000 元，下降 9.09%。",
         "支出合计"),
        ("支出合计100万元,其中:基本支出60万元,项目支出40万元,比上年增加10万元,增长50%。", "项目支出"),
    ],
    ids=["the whole's rate", "the part's rate, full-width", "元, a decrease", "neither fits: as before"],
)
def test_change_after_a_list_is_the_wholes_when_the_rate_says_so(text, owner):
    found = [(f.label, f.field) for f in figures(text) if f.field in ("change", "change_pct")]
    assert found == [(owner, "change"), (owner, "change_pct")]


# 重庆市长寿区档案馆为中共重庆市长寿区委办公室管理的…: a 馆 ends the body's name


REAL_GUAN_LINE = (  # 长寿区档案馆 2020 决算 (cqcs.gov.cn), its first lines as printed
    "一、单位基本情况\n重庆市长寿区档案馆为中共重庆市长寿区委办公室管理的公益一类事业单位,机构规格正处级,经费形式为财政全额拨款。\n"
    "二、部门决算情况说明\n1.总体情况。2020年度收入总计 386.31万元,支出总计386.31 万元。\n"
)


@pytest.mark.parametrize(
    "text, name",
    [
        (REAL_GUAN_LINE, "重庆市长寿区档案馆"),
        ("一、单位基本情况\n临泽县图书馆是县文化和旅游局管理的公益一类事业单位。\n2023年度收入总计 120.5 万元。\n",
         "临泽县图书馆"),
        ("一、单位基本情况\n嘉峪关市博物馆隶属于市文化和旅游局。\n2023年度收入总计 120.5 万元。\n", "嘉峪关市博物馆"),
    ],
    ids=["real lines", "图书馆 before another body", "博物馆"],
)
def test_a_guan_ends_the_bodys_name(text, name, tmp_path):
    assert page_info(text, tmp_path).department_name == name


# 学校现有40个教学班: the noun after the count names what is counted, not 学校现有


def test_real_page_noun_after_a_having_word():
    # 黄石市第七中学 2023 预算 "学校现有40个教学班,在校学生2056人。";
    # 梧州市民政局 2025 "梧州市民政局下属共有 6 个事业单位"
    found = rows(figures("学校现有40个教学班,在校学生2056人。"))
    assert found == [("教学班", "count", Decimal("40"), None), ("在校学生", "count", Decimal("2056"), None)]
    assert ("事业单位", "count", Decimal("6"), None) in rows(stated("wuzhou-mzj-2025-budget.txt"), 8)


@pytest.mark.parametrize(
    "text, label",
    [
        ("全镇现辖 17 个行政村、1个社区。", "行政村"),
        ("本局内设办公室等科室，下设12个处室，分别是…", "处室"),
        ("本单位现有在职人员45人。", "本单位现有在职人员"),
    ],
    ids=["现辖, spaces", "下设", "a noun before the count stays"],
)
def test_noun_after_a_having_word(text, label):
    assert figures(text)[0].label == label


# 赣县区沙地镇人民政府: 赣县区 is the district, not 赣县 followed by 区…


@pytest.mark.parametrize(
    "name, county, sector",
    [
        ("赣县区沙地镇人民政府", "赣县区", "沙地镇人民政府"),  # 赣县区 2021 部门预算 (ganxian.gov.cn), its title's body
        ("三明市沙县区财政局", "沙县区", "财政"),
        ("莲花县财政局", "莲花县", "财政"),
    ],
    ids=["real name", "under a prefecture", "a county stays a county"],
)
def test_a_district_named_with_xian(name, county, sector, tmp_path):
    info = page_info(f"{name}2021年部门预算\n一、部门基本情况\n编制数77人。\n", tmp_path)
    assert (info.department_name, info.county, info.sector) == (name, county, sector)


# 全区一般公共预算收入2204000万元,为年度预算的100%: the subject's share of its budget, not a label 为年度预算的


REAL_BUDGET_SHARE = (  # 嘉定区 2020 财政决算报告 (renda.jiading.cn), the sentence as printed
    "2020年,全区一般公共预算收入2204000万元,为年度预算的100%,加上市财政与本区的结算收入595169万元,上年结转收入48792万元。"
)


@pytest.mark.parametrize(
    "text, label, share",
    [
        (REAL_BUDGET_SHARE, "全区一般公共预算收入", Decimal("100")),
        ("区本级一般公共预算收入 980525 万元，为调整预算的 101.3%。", "区本级一般公共预算收入", Decimal("101.3")),
        ("市级一般公共预算收入决算数129748万元,为调整预算数的100.66%。", "市级一般公共预算收入", Decimal("100.66")),
    ],
    ids=["real sentence", "调整预算, full-width, spaces", "调整预算数"],
)
def test_share_of_the_budget_is_the_subjects(text, label, share):
    assert [(f.label, f.value) for f in figures(text) if f.field == "share_pct"] == [(label, share)]

"""Document identity from the text: department, region, admin level, year, type, layout, scope."""

from __future__ import annotations

from itertools import product
from statistics import median

import pytest
from conftest import BAZHOU, CHANGJI, PDF_DIR

from ingest.identity import _median_at_most, parse_identity
from ingest.text import split_lines


def ident(text: str, **kwargs):
    return parse_identity(split_lines(text), source_name="x.txt", **kwargs)


def test_bazhou_is_a_performance_target_table():
    info = parse_identity(split_lines(BAZHOU.read_text(encoding="utf-8")), source_name=BAZHOU.name)
    assert (info.department_name, info.doc_type, info.fiscal_year) == ("新疆巴州人力资源和社会保障局", "performance_target", 2022)  # noqa: E501
    assert (info.province, info.prefecture, info.admin_level) == ("新疆维吾尔自治区", "巴州", "prefecture")


@pytest.mark.parametrize(
    ("title", "name", "year", "doc_type", "scope", "regions", "level"),
    [
        ("上海市普陀区财政局\n年度部门决算\n2024\n", "上海市普陀区财政局", 2024, "final_account", "department",
         ("上海市", None, "普陀区"), "district"),
        ("上海市普陀区2026年区级单位预算\n预算单位：上海市普陀区司法局\n", "上海市普陀区司法局", 2026, "budget", "unit",
         ("上海市", None, "普陀区"), "district"),
        ("上海市普陀区人民政府万里街道办事处 2025年部门预算\n", "上海市普陀区人民政府万里街道办事处", 2025, "budget",
         "department", ("上海市", None, "普陀区"), "district"),
        ("四川省阿坝州茂县人力资源和社会保障局\n2022年度部门决算\n", "四川省阿坝州茂县人力资源和社会保障局", 2022,
         "final_account", "department", ("四川省", "阿坝州", "茂县"), "county"),
        ("新疆昌吉州人力资源和社会保障局\n2022 年度单位决算公开说明\n", "新疆昌吉州人力资源和社会保障局", 2022,
         "final_account", "unit", ("新疆维吾尔自治区", "昌吉州", None), "prefecture"),
    ],
)
def test_titles(title, name, year, doc_type, scope, regions, level):
    info = ident(title)
    assert (info.department_name, info.fiscal_year, info.doc_type, info.scope) == (name, year, doc_type, scope)
    assert (info.province, info.prefecture, info.county, info.admin_level) == (*regions, level)


def test_sector():
    assert ident("上海市普陀区司法局2026年部门预算\n").sector == "司法"


def test_layouts():
    assert ident("标题\n" + "a\tb\tc\n" * 6).layout == "markdown_tsv"
    assert ident("标题\n" + "\t单元格\n" * 6).layout == "cell_per_line"
    assert ident("曾都区人力资源和社会保障局是区政府工作部门\n" + "短的一行文字\n" * 10).layout == "hard_wrapped"
    assert ident("x", is_pdf=True).layout == "pdf"


def test_a_row_of_one_tab_is_a_cell_only_when_the_tab_indents_something():
    # one tab: a tab-indented cell holding something counts; a blank one, or a tab after the
    # text, does not (five such rows make a cell-per-line document, a row of three cells none)
    blank = "\t \u3000\n" * 6
    after = "单元格\t\n" * 6
    assert ident("标题\n" + "\t单元格\n" * 5 + blank + after).layout == "cell_per_line"
    assert ident("标题\n" + "\t单元格\n" * 4 + blank + after).layout != "cell_per_line"
    assert ident("标题\n" + "\t单元格\n" * 5 + "a\tb\tc\n" * 5).layout == "markdown_tsv"  # not more


def test_median_line_length_decides_hard_wrapped_or_plain():
    # two prose lines of 30 and 34 characters: their median is 32, at most SHORT_LINE_CHARS; 30 and 35: 32.5
    assert ident("字" * 30 + "\n" + "字" * 34 + "\n").layout == "hard_wrapped"
    assert ident("字" * 30 + "\n" + "字" * 35 + "\n").layout == "plain"
    # tab-separated rows too few for a table are left out of the lengths (with them the median is 5)
    assert ident("字" * 40 + "\n" + "a\tb\tc\n" * 4).layout == "plain"
    assert ident("字" * 40 + "\n" + "a b c\n" * 4).layout == "hard_wrapped"


def test_median_at_most_agrees_with_the_median():
    for size in range(1, 6):
        for values in product((1, 31, 32, 33, 34, 90), repeat=size):
            for limit in (31, 32, 33):
                assert _median_at_most(list(values), limit) == (median(values) <= limit), (values, limit)


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        # 部门决算公开 is one final-account phrase; 部门预算执行 is how a budget was carried out, no budget
        ("说明\n本部门决算公开如下。\n按部门预算安排,部门预算执行情况良好。\n", "final_account"),
        ("说明\n本部门决算公开如下。\n按部门预算安排,预算公开及时。\n", "budget"),
        ("说明\n单位决算情况说明\n单位预算项目\n", "final_account"),
    ],
)
def test_doc_type_by_counted_phrases(text, doc_type):
    assert ident(text).doc_type == doc_type


def test_file_name_is_only_a_fallback():
    info = ident("没有部门名称的文字。\n")
    assert info.department_name == "x" and info.sector is None


def test_pdf_first_page():
    pdfplumber = pytest.importorskip("pdfplumber")
    path = PDF_DIR / "上海市普陀区人民政府万里街道办事处25年预算.pdf"
    with pdfplumber.open(path) as pdf:
        lines = split_lines(pdf.pages[0].extract_text() or "", page=1)
    info = parse_identity(lines, source_name=path.name, is_pdf=True)
    assert (info.department_name, info.fiscal_year, info.doc_type) == ("上海市普陀区人民政府万里街道办事处", 2025, "budget")  # noqa: E501


@pytest.mark.parametrize(
    ("title", "regions", "level"),
    [
        # province printed in full, short, or not at all (then read from a longer printed form)
        ("四川省达州市教育局\n2022年度部门决算\n", ("四川省", "达州市", None), "prefecture"),
        ("四川达州市教育局\n2022年度部门决算\n", ("四川省", "达州市", None), "prefecture"),
        ("达州市教育局\n2022年度部门决算\n", (None, "达州市", None), "prefecture"),
        ("达州市教育局\n2022年度部门决算\n本局属四川达州市。\n", ("四川省", "达州市", None), "prefecture"),
        ("广西百色市民政局\n2022年度部门决算\n", ("广西壮族自治区", "百色市", None), "prefecture"),
        ("贵州铜仁市医疗保障局\n2022年度部门决算\n", ("贵州省", "铜仁市", None), "prefecture"),
        ("新疆维吾尔自治区巴州和静县农业农村局\n2022年度部门决算\n", ("新疆维吾尔自治区", "巴州", "和静县"), "county"),
        ("内蒙古呼和浩特市财政局\n2022年度部门决算\n", ("内蒙古自治区", "呼和浩特市", None), "prefecture"),
        ("内蒙古自治区呼和浩特市财政局\n2022年度部门决算\n", ("内蒙古自治区", "呼和浩特市", None), "prefecture"),
        # a short province name that is only the start of a county or prefecture name
        ("河南县财政局\n2022年度部门决算\n", (None, None, "河南县"), "county"),
        ("吉林市财政局\n2022年度部门决算\n", (None, "吉林市", None), "prefecture"),
        ("海南藏族自治州财政局\n2022年度部门决算\n", (None, "海南藏族自治州", None), "prefecture"),
        # municipalities: the district sits right under the province
        ("上海市普陀区财政局\n2022年度部门决算\n", ("上海市", None, "普陀区"), "district"),
        ("上海普陀区财政局\n2022年度部门决算\n", ("上海市", None, "普陀区"), "district"),
        # a county-level name that itself contains 市 (沙市区): neither cut before it nor inside it
        ("湖北省荆州市沙市区财政局\n2022年度部门决算\n", ("湖北省", "荆州市", "沙市区"), "district"),
        ("荆州市沙市区财政局\n2022年度部门决算\n", (None, "荆州市", "沙市区"), "district"),
        ("沙市区财政局\n2022年度部门决算\n", (None, None, "沙市区"), "district"),
        ("河北省张家口市桥东区人力资源和社会保障局\n2022年度部门决算\n", ("河北省", "张家口市", "桥东区"), "district"),
    ],
)
def test_province_full_short_or_absent(title, regions, level):
    info = ident(title)
    assert (info.province, info.prefecture, info.county, info.admin_level) == (*regions, level)


def test_county_from_a_longer_printed_form():
    text = "第一部分 单位概况\n曾都区教育局是区政府工作部门。\n随州市曾都区教育局2022年度部门决算。\n"
    info = ident(text)
    assert (info.province, info.prefecture, info.county, info.admin_level) == (None, "随州市", "曾都区", "district")


def test_county_level_city_printed_under_its_prefecture():
    # 广水市 alone reads as a prefecture; 湖北省随州市广水市 printed later shows it is a county-level city
    text = (
        "第一部分 单位概况\n广水市统计局下属二级单位0个。\n广水市统计局编制范围。\n"
        "2022年，湖北省随州市广水市统计局2022年度部门决算汇总机关运行经费支出12.67万元。\n"
    )
    info = ident(text)
    assert (info.province, info.prefecture, info.county, info.admin_level) == ("湖北省", "随州市", "广水市", "county")


@pytest.mark.parametrize(
    ("title", "regions", "level"),
    [
        ("甘肃临夏州市场监督管理局\n2022年度部门决算\n", ("甘肃省", "临夏州", None), "prefecture"),
        ("湖南常德市市场监督管理局\n2022年度部门决算\n", ("湖南省", "常德市", None), "prefecture"),
        ("伊犁州霍城县市场监督管理局\n2022年度部门决算\n", (None, "伊犁州", "霍城县"), "county"),
        ("兖州区财政局\n2022年度部门决算\n", (None, None, "兖州区"), "district"),
        # 城市管理 is the agency's words: a county-level city has two characters or more before 市
        ("岳阳市城市管理监督指挥中心\n2018年度部门整体支出绩效评价自评报告\n", (None, "岳阳市", None), "prefecture"),
        ("湖南长沙市城市建设档案馆\n2022年度部门决算\n", ("湖南省", "长沙市", None), "prefecture"),
        ("常德市津市市人力资源和社会保障局\n2022年度部门决算\n", (None, "常德市", "津市市"), "county"),
    ],
)
def test_region_names_next_to_agency_words(title, regions, level):
    info = ident(title)
    assert (info.province, info.prefecture, info.county, info.admin_level) == (*regions, level)


@pytest.mark.parametrize(
    ("title", "source_name", "template"),
    [
        ("上海市XX局\n2024年度部门决算\n", "a.pdf", True),
        ("上海市ＸＸ局\n2024年度部门决算\n", "a.pdf", True),  # full-width placeholder
        ("××县财政局\n2022年度部门决算\n", "a.txt", True),
        ("部门决算\n", "附件2：部门决算模板.pdf", True),
        ("新疆昌吉州人力资源和社会保障局\n2022 年度部门决算公开说明\n", "changji.txt", False),
        ("茂县人力资源和社会保障局\n2022年度部门决算\n", "maoxian.txt", False),
    ],
)
def test_blank_forms_are_templates(title, source_name, template):
    info = parse_identity(split_lines(title), source_name=source_name)
    assert info.is_template is template


def test_the_national_template_pdf_is_a_template():
    from conftest import TEMPLATE

    from ingest.document import parse_path

    assert parse_path(TEMPLATE).info.is_template
    assert not parse_path(CHANGJI).info.is_template


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a URL's digits (/202210/t20221014) are no year; the title's 2021年度“三公”经费决算 is
        ("来源: http://example.gov.cn/zwgk/202210/t20221014_1.html\n某镇人民政府2021年度“三公”经费决算汇总\n", 2021),
        # a budget table's year columns: the latest is the budget's year
        ("单位:万元\n项目 | 2022年预算数 | 2023年预算数 | 增减 |\n合计 | 23 | 25 | 2 |\n", 2023),
        # a document number [2014] is no year either
        ("根据(国发[2014]45号)的规定,现将本级部门2022年度决算公开如下。\n", 2022),
        ("2023年某乡加工园建设项目支出绩效目标审批表\n日期:2022-12-30\n", 2023),
        # a date is the day a form was filled in, most often the year after its figures' (绥阳县太白镇
        # 部门整体支出绩效自评表, an unseen page: 填报日期:2022年2月3日 over the 2021 self-evaluation): no year
        ("部门整体支出绩效自评表 | |||\n单位(盖章):绥阳县太白镇人民政府 | 填报日期:2022年2月3日 | ||\n"
         "年度资金总额: | 1172.55 | 1268.72 | 10 | 10 |\n", None),
        ("项目支出绩效自评表\n发布时间: 2024年 9月\n项目名称 | 乡村道路维修 |\n", None),
        # a year's last day ends the year the figures are about
        ("部门决算情况说明\n截至2023年12月31日,本单位共有车辆2辆。\n", 2023),
    ],
)
def test_fiscal_year_never_from_numbers_that_are_not_years(text, year):
    assert ident(text).fiscal_year == year


def test_the_phrase_scans_count_what_the_alternation_of_the_phrases_counts():
    # (FINAL_PHRASE_RE / BUDGET_PHRASE_RE: one scan per kind led by its 决算 / 预算, for speed — the counts of
    # one scan for every phrase, which takes them leftmost and never overlapping)
    import re

    from ingest.identity import BUDGET_PHRASE_RE, FINAL_PHRASE_RE

    whole = re.compile(r"部门决算|单位决算|决算公开|决算情况说明|部门预算(?!项目|执行)|单位预算(?!项目|执行)|预算公开")
    pieces = ["部门", "单位", "决算", "预算", "公开", "情况说明", "项目", "执行", "决", "算", "的"]
    texts = ["".join(p) for n in (1, 2, 3) for p in product(pieces, repeat=n)]
    texts += [BAZHOU.read_text(encoding="utf-8"), CHANGJI.read_text(encoding="utf-8")]
    for text in texts:
        phrases = whole.findall(text)
        finals = sum("决" in phrase for phrase in phrases)
        assert (len(FINAL_PHRASE_RE.findall(text)), len(BUDGET_PHRASE_RE.findall(text))) == (
            finals, len(phrases) - finals), text

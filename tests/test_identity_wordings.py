"""Who published a page, for which year and what kind, however its title words them (ingest/identity.py): the
structures the identity re-wordings (benchmarks/reprints.WORDINGS, its ``# identity`` block) showed missing — each on
a real page (as printed, or re-worded as other departments word their titles) and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.reprints import VARIANTS, WORDINGS
from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
BODY = "一、部门主要职责\n负责全镇的教育工作。\n二、收支情况\n本年收入合计100万元,本年支出合计90万元。\n"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


def reworded(path: Path, wording: str, tmp_path: Path):
    """``path`` re-worded as ``wording``, parsed: its DocumentInfo."""
    text, _ = WORDINGS[wording](path.read_text("utf-8").split("\n"))
    page = tmp_path / path.name
    page.write_text(text, encoding="utf-8")
    return parse_path(page).info


# A year printed in Chinese numerals is the year its digits print (with_arabic_years).
@pytest.mark.parametrize(
    ("page", "name", "year"),
    [
        ("26q/text/03_gansu_wushan-luomen-xuequ_2022_budget.txt", "武山县洛门学区", 2022),
        ("26t/text/14_jiangsu_nantong-gzw_2016_sangong_budget.txt", None, 2016),
        ("26u/text/02_xinjiang_changji_2023_gov_budget.txt", None, 2023),
    ],
)
def test_real_page_with_its_titles_year_in_chinese_numerals(page, name, year, tmp_path):
    as_printed = parse_path(HELDOUT / page).info
    info = reworded(HELDOUT / page, "the title's year in Chinese numerals", tmp_path)
    assert (info.department_name, info.fiscal_year) == (as_printed.department_name, as_printed.fiscal_year)
    assert info.fiscal_year == year and (name is None or info.department_name == name)


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("城南镇中心小学二〇二三年度部门决算", 2023),
        ("城南镇中心小学二零二三年度部门决算", 2023),
        ("城南镇中心小学二○二一 年部门预算公开", 2021),
        ("城南镇中心小学 二O二二年度单位决算", 2022),
    ],
)
def test_variant_year_in_chinese_numerals(title, year):
    info = ident(title + "\n" + BODY)
    assert (info.department_name, info.fiscal_year) == ("城南镇中心小学", year)


def test_real_page_a_date_in_chinese_numerals_is_no_fiscal_year():
    # lintao: 二〇二四年二月大口径财政收入执行情况表 — a month's report, dated as 2024年2月 would be: no year stated
    assert parse_path(PAGES / "lintao-2024-02-revenue-table-flattened.txt").info.fiscal_year is None


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("二〇二四年二月大口径财政收入执行情况表", None),
        ("2024年2月大口径财政收入执行情况表", None),
        ("截至二〇二三年十二月三十一日的收支决算情况", 2023),
    ],
)
def test_variant_date_in_chinese_numerals(line, year):
    assert ident(line + "\n收入合计100万元。\n").fiscal_year == year


# A line holding only a body's whole name beside the title (above it, or under a title broken over lines), or signing
# the page over its date (_name_line).
def test_real_page_town_named_under_its_title_broken_over_two_lines():
    # 26v 01 (广东 潮安): 2023年财政决算情况及2024年 / 财政预算情况报告(草案) / 潮州市潮安区龙湖镇人民政府
    info = parse_path(HELDOUT / "26v/text/01_guangdong_chaoan-longhu_2023_gov_final.txt").info
    identity = (info.department_name, info.fiscal_year, info.doc_type)
    assert identity == ("潮州市潮安区龙湖镇人民政府", 2023, "final_account")


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("2023年财政决算情况及2024年\n财政预算情况报告(草案)\n城南镇人民政府\n", "城南镇人民政府"),
        ("2023年度部门决算公开说明\n城南镇人民政府\n", "城南镇人民政府"),
        ("城南镇人民政府\n\n2023年度部门决算公开说明\n", "城南镇人民政府"),
        # a portal's host, a line of prose: no body's name alone
        ("2023年度部门决算公开说明\n城南镇人民政府主办城南镇人民政府办公室承办\n", None),
        ("2023年度部门决算公开说明\n各位代表\n", None),
    ],
)
def test_variant_name_line_beside_the_title(head, name):
    info = ident(head + "一、收支情况\n本年收入合计100万元。\n")
    assert info.department_name == (name or "x")


def test_real_page_portals_name_over_a_field_row_is_no_title_line():
    # 沂源县人民政府 (the portal) over | 标题: | 山东省财政厅关于下达2021年…预算指标的通知 |: the 发布机构 publishes
    info = parse_path(PAGES / "yiyuan-zrzyj-2021-allocation-two-row-header-cells.txt").info
    assert info.department_name == "沂源县自然资源局"


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("26q/text/04_gansu_tianshui-binyiguan_2022_budget.txt", "天水市殡仪馆"),
        ("26q/text/05_chongqing_fengdu-binyiguan_2021_final.txt", "丰都县殡仪馆"),
        ("26s/text/02_yunnan_shidian-library_2023_dept_selfeval_report.txt", "施甸县图书馆"),
    ],
)
def test_real_page_signed_by_its_body_only(page, name, tmp_path):
    # the title's name dropped, printed at the end over a date, as 固始县祖师庙镇人民政府 / 2025年12月30日 signs its
    # report (fixture gushi-zushimiao-2024-selfeval-report) — not the portal's 发布机构 (天水市财政局, 丰都县民政局)
    info = reworded(HELDOUT / page, "the body's name only in the signature at the end", tmp_path)
    assert info.department_name.endswith(name)


def test_real_page_signed_over_its_date():
    info = parse_path(PAGES / "gushi-zushimiao-2024-selfeval-report.txt").info
    assert info.department_name.endswith("固始县祖师庙镇人民政府")


@pytest.mark.parametrize(
    ("tail", "name"),
    [
        ("\n城南镇人民政府\n2024年9月\n", "城南镇人民政府"),
        ("\n城南镇人民政府\n2024年9月30日\n扫一扫在手机上查看当前页面\n", "城南镇人民政府"),
        ("\n城南镇人民政府\n二〇二四年九月\n", "城南镇人民政府"),
        # no date under it, or a pronoun's name: no signature
        ("\n城南镇人民政府\n联系电话:12345\n", None),
        ("\n本单位\n2024年9月\n", None),
    ],
)
def test_variant_signature(tail, name):
    info = ident("2023年度部门决算公开说明\n" + BODY + tail)
    assert info.department_name == (name or "x")


# A region's title broken after the region or its year (_region_title).
@pytest.mark.parametrize("wording", ["the title broken after its body's name", "the title broken after its year"])
def test_real_page_region_title_broken_over_two_lines(wording, tmp_path):
    page = HELDOUT / "26t/text/13_hunan_yueyangxian-taichuangyuan_2017_sangong_budget.txt"
    assert reworded(page, wording, tmp_path).department_name == "岳阳县台创园"


@pytest.mark.parametrize("head", ["平乐县\n2023年“三公”经费预算情况说明\n", "平乐县2023年\n“三公”经费预算情况说明\n"])
def test_variant_region_title_broken_over_two_lines(head):
    info = ident(head + "2023年“三公”经费预算为12万元。\n")
    assert (info.department_name, info.fiscal_year) == ("平乐县", 2023)


# The title's first year naming its kind is the page's (detect_year).
def test_real_page_year_first_title_of_a_budget_execution_report(tmp_path):
    page = HELDOUT / "26v/text/02_guizhou_huangping_2022_gov_final.txt"
    assert reworded(page, "the title's body and year in the other order", tmp_path).fiscal_year == 2022


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("2022年黄平县预算执行情况和2023年预算草案的报告", 2022),
        ("黄平县2022年预算执行情况和2023年预算草案的报告", 2022),
        ("2021年度鹿寨县“三公”经费支出决算情况", 2021),
    ],
)
def test_variant_the_titles_first_year(title, year):
    assert ident(title + "\n各位代表:\n一般公共预算收入完成100万元。\n").fiscal_year == year


# A title broken before its conjunction is read whole; a portal's folder names no kind (_titled_kind).
def test_real_page_budget_execution_report_title_broken_before_its_conjunction():
    # 26v 03 (上海 杨浦): 关于上海市杨浦区2023年预算执行情况 / 和2024年预算草案的报告 — the year's execution
    info = parse_path(HELDOUT / "26v/text/03_shanghai_yangpu_2023_gov_final.txt").info
    assert (info.fiscal_year, info.doc_type) == (2023, "final_account")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("关于某某县2023年预算执行情况\n和2024年预算草案的报告\n", "final_account"),
        ("关于某某县2023年预算执行情况\n及2024年预算草案的报告\n", "final_account"),
        ("2024年预算草案的报告\n", "budget"),
        ("政务公开 财政预决算信息\n城南镇2023年部门预算公开说明\n", "budget"),
        ("政务公开 财政预决算信息\n城南镇2023年度部门整体支出绩效自评报告\n", "self_evaluation"),
    ],
)
def test_variant_title_kind(head, kind):
    assert ident(head + "各位代表:\n一般公共预算收入完成100万元。\n").doc_type == kind


@pytest.mark.parametrize(
    "page",
    [
        "26s/text/02_yunnan_shidian-library_2023_dept_selfeval_report.txt",
        "26v/text/13_hunan_nanxian-zjj_2018_dept_eval_report.txt",
    ],
)
def test_real_page_under_a_portals_running_header_keeps_its_kind(page, tmp_path):
    # every page headed 政务公开 财政预决算信息 (the portal's folder, benchmarks/reprints.RUNNING_HEADER)
    text, _ = VARIANTS["pages with numbers and a running header"]((HELDOUT / page).read_text("utf-8").split("\n"))
    paged = tmp_path / "page.txt"
    paged.write_text(text, encoding="utf-8")
    assert parse_path(paged).info.doc_type == "self_evaluation"


# A description of what kind of institution the body is (是一所…) names the body it is about (_described_body).
def test_real_page_school_named_by_its_description():
    info = parse_path(HELDOUT / "26v/text/08_sichuan_renshou-cihang-school_2024_final.txt").info
    assert (info.department_name, info.fiscal_year, info.doc_type) == ("仁寿县慈航镇小学校", 2024, "final_account")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("城南镇中心小学是一所公办小学校,现有教职工42人。", "城南镇中心小学"),
        ("平乐县人民医院是一家二级甲等综合医院。", "平乐县人民医院"),
        ("本校是一所公办小学。", None),
    ],
)
def test_variant_description_of_its_kind(sentence, name):
    text = "一、单位基本情况\n(一)职能职责\n" + sentence + "\n二、收支情况\n本年收入合计100万元。\n"
    assert ident(text).department_name == (name or "x")


# The head searched for a title or a field is counted in lines holding text (_search_head): a page printed with a blank
# line after every line has the same head.
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("26v/text/08_sichuan_renshou-cihang-school_2024_final.txt", "仁寿县慈航镇小学校"),
        ("26p/text/08_xinjiang_changji-4zhong_2019_project_targets.txt", "昌吉州第四中学"),
    ],
)
def test_real_page_with_a_blank_line_after_every_line(page, name, tmp_path):
    text, _ = VARIANTS["a blank line after every line"]((HELDOUT / page).read_text("utf-8").split("\n"))
    spaced = tmp_path / "page.txt"
    spaced.write_text(text, encoding="utf-8")
    assert parse_path(spaced).info.department_name.endswith(name)


@pytest.mark.parametrize("blank", ["", "\n", "\n\n"])
def test_variant_description_below_blank_lines(blank):
    head = "".join(f"第{n}项说明{blank}\n" for n in range(30))
    text = head + "城南镇中心小学是一所公办小学校,现有教职工42人。\n本年收入合计100万元。\n"
    assert ident(text).department_name == "城南镇中心小学"


# A line holding a clause's mark is a sentence's (a piece of one, hard-wrapped), no title — but for its clause
# disclosing a body's year and kind (_title_name); a title broken over two lines names 部门项目支出预算 as its kind
# (DOC_KIND).
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("26v/text/05_hainan_shenjiting_2016_sangong_budget.txt", "海南省审计厅"),
        ("26q/text/08_ningxia_changqing-middle-school_2019_project_targets.txt", "宁夏长庆初级中学"),
    ],
)
def test_real_page_hard_wrapped_sentence_is_no_title(page, name, tmp_path):
    text, _ = VARIANTS["prose hard-wrapped"]((HELDOUT / page).read_text("utf-8").split("\n"))
    wrapped = tmp_path / "page.txt"
    wrapped.write_text(text, encoding="utf-8")
    assert parse_path(wrapped).info.department_name == name


def test_real_page_disclosing_clause_after_the_rules_it_follows():
    # 26r 07: 按照市政府、区政府关于…要求,现将焦石镇2020年度“三公”经费决算情况公开如下 (现将焦石镇 before)
    page = HELDOUT / "26r/text/07_chongqing_fuling-jiaoshi_2020_sangong_final.txt"
    assert parse_path(page).info.department_name == "焦石镇"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("2016年省财政厅预算安排,“因公出国(境)费”15万元,主\n要用于培训。\n", "x"),
        ("按照区政府要求,现将城南镇2020年度“三公”经费决算情况公开如下:\n", "城南镇"),
        ("2019年城南镇中心小学\n部门项目支出预算绩效目标公开\n", "城南镇中心小学"),
    ],
)
def test_variant_sentence_or_title(head, name):
    assert ident(head + "因公出国(境)费0万元。\n").department_name == name


# A project's 实施单位 printed one cell per line, a company too (_units_below with UNIT_CELL_RE), as on one line.
def test_real_page_company_carrying_the_project_out_one_cell_per_line(tmp_path):
    page = HELDOUT / "26v/text/10_yunnan_nanhua-yejun_selfeval_table.txt"
    text, _ = VARIANTS["tables one cell per line, closed by pipes"](page.read_text("utf-8").split("\n"))
    cells = tmp_path / "page.txt"
    cells.write_text(text, encoding="utf-8")
    assert parse_path(cells).info.department_name == "南华县国有资本管理有限公司"


@pytest.mark.parametrize("unit", ["城南县城投建设有限公司", "城南县第一中学"])
def test_variant_unit_below_its_label(unit):
    text = f"项目名称 |\n校舍维修 |\n主管部门 |\n城南县教育局 |\n实施单位 |\n{unit} |\n年度资金总额 |\n100 |\n"
    assert ident(text).department_name == unit


# A figure stated after a colon is stated as its kind (BUDGET_STATED_RE / FINAL_STATED_RE).
def test_real_page_budget_stated_with_colons(tmp_path):
    page = HELDOUT / "26p/text/05_anhui_jingxian-zhongxue_2021_sangong_budget.txt"
    assert reworded(page, "a colon for 为 before a figure", tmp_path).doc_type == "budget"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [("公务接待费支出预算:11.77万元。", "budget"), ("“三公”经费支出决算:11.77万元。", "final_account")],
)
def test_variant_kind_stated_after_a_colon(sentence, kind):
    assert ident("城南镇中学\n" + sentence + "\n").doc_type == kind

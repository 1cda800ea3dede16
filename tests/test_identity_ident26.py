"""Whose page is it, and of which year (ident26): the identity patterns last session's blind batches (27c–27h, now
development data) broke — another body named beside the page's own, the own body only where a page names it in a
way no rule read, suffixes, the year among several printed, and the kind of a spending statement or of a budget
report whose excerpt is its execution part. Each rule is tested on its real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
FRAGMENT = "一、项目基本情况\n本年度项目资金共计50万元,全部用于日常运转。\n二、绩效目标完成情况\n"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


def page(batch: str, prefix: str):
    return parse_path(next((HELDOUT / batch / "text").glob(f"{prefix}_*"))).info


# 1. Another body named beside the page's own.


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # the unit carrying the project out, its other name in brackets (27d 14), beside its superior, both orders
        ("主管部门 | 黄石市文化和旅游局 | 项目执行单位 | 黄石市文物局(湖北水泥遗址博物馆) | |||",
         "黄石市文物局(湖北水泥遗址博物馆)"),
        ("项目执行单位 | 平乐县文物局（平乐县博物馆） | 主管部门 | 平乐县文化和旅游局 |", "平乐县文物局(平乐县博物馆)"),
        ("主管部门:平乐县文化和旅游局  实施单位:平乐县文物局(平乐县博物馆)  项目属性:", "平乐县文物局(平乐县博物馆)"),
    ],
)
def test_the_unit_carrying_the_project_out_beats_its_superior(line, name):
    assert ident("平乐县项目支出绩效监控表\n" + line + "\n" + FRAGMENT).department_name == name


def test_real_sheet_executing_unit_with_bracketed_name():
    assert page("27d", "14").department_name == "黄石市文物局(湖北水泥遗址博物馆)"


@pytest.mark.parametrize(
    "lines",
    [
        # a contact list (27c 07: 驻马店市乡村振兴局电话:0396-2610268 西平县乡村振兴局)
        "六、监督方式\n国家乡村振兴局电话:12317 河南省乡村振兴局电话:0371-65919535\n"
        "驻马店市乡村振兴局电话:0396-2610268 西平县乡村振兴局\n",
        "平乐县农业农村局举报电话:0773-1234567\n平乐县财政局监督电话:0773-7654321\n",
        "平乐县农业农村局 地址:平乐县城关路1号\n",
        # a complaint channel's field (27g 03: 投诉监督单位:长白山管委会农业水利局乡村振兴科)
        "投诉监督单位:平乐县农业农村局\n",
        "举报受理单位:平乐县纪委监委\n",
    ],
)
def test_a_contact_or_complaint_body_is_never_the_page(lines):
    for text in (lines + FRAGMENT, FRAGMENT + lines):
        info = ident(text)
        assert info.department_evidence is None, (lines, info.department_name)


def test_real_contact_list_page_names_none():
    assert page("27c", "07").department_evidence is None  # (was 驻马店市乡村振兴局)


def test_a_contact_unit_of_the_notice_itself_is_still_read():
    # (26w 06: 如发现问题请及时与我们联系。联系单位:第一师阿拉尔市财政局 — the notice's own)
    assert page("26w", "06").department_name.endswith("阿拉尔市财政局")


NOTICE = (
    "关于下达2020年第二批省级财政水利发展资金的通知\n\n编辑:农业股 {source} 发布时间:2020-05-29 09:42\n\n"
    "{to}:\n\n根据有关文件,现将资金下达给你局,请按规定使用。\n\n"
    "附件:绩效目标表\n区级财政部门\n{issuer}\n区级主管部门\n{to}\n"
)


@pytest.mark.parametrize(
    ("source", "to", "issuer", "name"),
    [
        ("来源:财政局", "陈仓区水利局", "陈仓区财政局", "陈仓区财政局"),  # (27e 09)
        ("来源:财政局", "平乐县教育局", "平乐县财政局", "平乐县财政局"),
        ("来源: 发改局", "平乐县交通运输局", "平乐县发改局", "平乐县发改局"),
    ],
)
def test_a_notices_issuer_beats_its_addressee(source, to, issuer, name):
    assert ident(NOTICE.format(source=source, to=to, issuer=issuer)).department_name == name


def test_an_addressee_alone_is_never_the_page():
    # (no issuer named, nor printed under the addressee's region: the body it is sent to is no publisher)
    info = ident("平乐县水利局:\n\n根据有关文件,现将资金下达给你局,请按规定使用。\n" + FRAGMENT)
    assert info.department_evidence is None, info.department_name


def test_real_notice_issuer():
    assert page("27e", "09").department_name == "陈仓区财政局"  # (was 陈仓区水利局, the addressee)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("新乡市公立医院财务信息公开指标(    封丘县人民   医院)", "封丘县人民医院"),  # (27g 12)
        ("新乡市公立医院财务信息公开指标（封丘县中医院）", "封丘县中医院"),
        ("平乐县公办幼儿园收支情况表 ( 平乐县第二幼儿园 )", "平乐县第二幼儿园"),
    ],
)
def test_a_templates_bracketed_unit_beats_its_prefix(title, name):
    assert ident(title + "\n公开时段:第 1 月至第 12 月\n" + FRAGMENT).department_name == name


def test_a_template_title_naming_a_class_of_units_names_no_body():
    info = ident("新乡市公立医院财务信息公开指标\n公开时段:第 1 月至第 12 月\n" + FRAGMENT)
    assert info.department_evidence is None, info.department_name


def test_real_template_with_bracketed_unit():
    info = page("27g", "12")
    assert (info.department_name, info.fiscal_year) == ("封丘县人民医院", 2019)


SHEET = (
    "{file}永济市县(区)级预算部门(单位)项目支出绩效目标申报表 (2023年度) 项目名称 2023年文物保护经费 "
    "主管部门及代码 404-永济市文化和旅游局 {unit} 项目属性 一次性项目(1年结束) "
    "立项依据 根据永文保发【2022】26号关于将2022年文物保护经费纳入财政预算的请示\n"
)


def test_an_empty_unit_cell_gives_the_file_titles_unit_or_none():
    info = ident(SHEET.format(file="文物保护中心7个项目绩效目标表.xls\n", unit="实施单位"))
    assert (info.department_name, info.fiscal_year) == ("文物保护中心", 2023)
    info = ident(SHEET.format(file="", unit="实施单位"))  # (no file title: none, not the 主管部门)
    assert info.department_evidence is None, info.department_name
    info = ident(SHEET.format(file="", unit="实施单位 | |"))
    assert info.department_evidence is None, info.department_name
    # (a filled cell is read as before)
    assert ident(SHEET.format(file="", unit="实施单位 永济市文物保护中心")).department_name == "永济市文物保护中心"


def test_real_sheet_with_an_empty_unit_cell():
    info = page("27e", "05")
    assert (info.department_name, info.fiscal_year) == ("文物保护中心", 2023)


# 2. The own body only as the report's quoted subject.


@pytest.mark.parametrize(
    "line",
    ["我单位“北京市通州区城镇绿化服务中心”设立了预算机构1个", '本单位"北京市通州区城镇绿化服务中心"设立了预算机构1个'],
)
def test_a_pronoun_tied_to_a_quoted_name(line):
    text = "2023年度部门决算\n在北京市通州区园林绿化局的领导下,\n" + line + "\n" + FRAGMENT
    assert ident(text).department_name == "北京市通州区城镇绿化服务中心"
    # (a name without its region in the quotes is none: 我局“放管服”…, 我单位“中心”)
    assert ident("2023年度部门决算\n我单位“服务中心”设立了预算机构1个\n" + FRAGMENT).department_evidence is None


def test_real_quoted_subject():
    assert page("27g", "13").department_name == "北京市通州区城镇绿化服务中心"


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        # the body opening the report's paragraphs, then a year (27d 01), a copied paragraph naming another town once
        ("一、绩效目标分解下达情况\n(一)金寨县麻埠镇人民政府2023年度下达上级资金转移支付755.19万元。\n"
         "1.金寨县麻埠镇人民政府2023年度下达的10个项目均完工。\n2.金寨县麻埠镇人民政府2023年度严格按照文件设立项目。\n"
         "金寨县白塔畈镇人民政府2023年度下达资金755.19万元。\n",
         "金寨县麻埠镇人民政府"),
        ("二、绩效情况\n1、平乐县水利局2022年下达资金50万元。\n2、平乐县水利局2022年完成项目3个。\n", "平乐县水利局"),
        # (a sub-unit named after its parent, then the year: the sub-unit)
        ("(一)北京市文化和旅游局综合事务中心2023年度收入50万元。\n(二)北京市文化和旅游局综合事务中心2023年度支出40万元。\n",
         "北京市文化和旅游局综合事务中心"),
        # the body a 单位概况 says it was founded as (27e 07)
        ("第一部分 单位概况\n主要职能\n山东职业学院源于1951年建校的济南铁路管理局中级技术学校,\n", "山东职业学院"),
        ("一、单位概况\n平乐县中医医院始建于1984年10月,为差额补助事业单位。\n", "平乐县中医医院"),
    ],
)
def test_the_body_as_its_reports_subject(lines, name):
    assert ident(lines + FRAGMENT).department_name == name


@pytest.mark.parametrize(
    "lines",
    [
        # (once only, or two bodies opening as many paragraphs: none)
        "(一)平乐县同安镇人民政府2022年下达资金50万元。\n",
        "1、平乐县同安镇人民政府2022年下达资金50万元。\n2、平乐县同安镇人民政府2022年完成项目3个。\n"
        "3、平乐县二塘镇人民政府2022年拨付资金50万元。\n4、平乐县二塘镇人民政府2022年审核项目3个。\n",
    ],
)
def test_a_paragraph_subject_not_the_pages_one_is_none(lines):
    info = ident("二、绩效情况\n" + lines + FRAGMENT)
    assert info.department_evidence is None, info.department_name


def test_real_report_subjects():
    assert page("27d", "01").department_name == "金寨县麻埠镇人民政府"
    assert page("27e", "07").department_name == "山东职业学院"


# 3. Suffixes.


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("宣城市广播电视台2021年“三公”经费预算", "宣城市广播电视台"),  # (27d 10)
        ("浙江省衢州第二中专2020年度部门决算公开表", "浙江省衢州第二中专"),  # (27f 06)
        ("2022年度平乐县职专部门决算", "平乐县职专"),
        ("平乐县技校 2023年部门预算", "平乐县技校"),
    ],
)
def test_school_and_broadcaster_suffixes_are_bodies(title, name):
    assert ident(title + "\n" + FRAGMENT).department_name == name


def test_a_broadcaster_as_a_news_source_is_no_body():
    text = "平乐县召开2023年预算工作会议\n来源:平乐县广播电视台 发布时间:2023-05-01\n" + FRAGMENT
    assert ident(text).department_evidence is None


def test_real_suffix_pages():
    assert page("27d", "10").department_name == "宣城市广播电视台"
    assert page("27f", "06").department_name == "浙江省衢州第二中专"


# 4. Years.


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a comparison header's years in brackets under 上年度 本年度 (27g 12)
        ("一级指标 二级指标 单位 上年度 本年度 增长\n(2018年) (2019年)\n"
         "经济指标 总收入 万元 21226.69 24309.16 14.52%\n", 2019),
        ("指标 单位 上年度 本年度\n（2021年度） （2022年度）\n总收入 万元 100 120\n", 2022),
        # a year only in a month's table title (27c 02)
        ("5月份全市财政收支情况如下。\n2024年5月份全市一般公共预算分级次完成情况统计表 单位:万元\n", 2024),
        ("1-5月份全市财政收支情况如下。\n2023年1-5月份全市一般公共预算收支统计表\n", 2023),  # (a period: no date)
        # a cited notice's year is not the page's (27h 07)
        ("根据《福建省财政厅关于2025年中央专项彩票公益金支持社会公益事业项目资金的通知》文件,2024年省财政下达资金。\n"
         "长泰区2024年中央专项彩票公益金项目资金440万元。\n"
         "我区收到《福建省财政厅关于2025年彩票公益金的通知》后,及时分配。\n", 2024),
        # (where only a cited notice prints a year, its year, as before: the fixture tongxin-xiamaguan-2023)
        ("根据《关于下达2023年中央财政衔接推进乡村振兴资金预算指标的通知》精神,安排资金。\n", 2023),
        # a schedule over a plan's years is no page's year (27g 06); none with it
        ("补贴标准为2018年5000元/户,2019年4000元/户,2020年3000元/户;\n"
         "补贴标准为2018年4500元/户,2019年3500元/户,2020年2500元/户。\n", None),
    ],
)
def test_the_documents_year_among_several(text, year):
    assert ident("一、基本情况\n本单位全年运行平稳。\n" + text).fiscal_year == year


def test_a_sheets_year_label_beats_a_cited_requests_year():
    assert ident(SHEET.format(file="", unit="实施单位 永济市文物保护中心")).fiscal_year == 2023
    text = "平乐县项目支出绩效目标申报表（2024年度） 项目名称 日常运转 立项依据 平财发〔2023〕12号关于2023年经费的请示"
    text += "\n"
    assert ident(text).fiscal_year == 2024


@pytest.mark.parametrize(
    ("batch", "prefix", "year"), [("27e", "05", 2023), ("27g", "12", 2019), ("27h", "07", 2024), ("27c", "02", 2024)]
)
def test_real_years(batch, prefix, year):
    assert page(batch, prefix).fiscal_year == year


def test_real_schedule_page_gives_no_wrong_year():
    assert page("27g", "06").fiscal_year in (None, 2019)


# 5. doc_type.

SPENDING = "{title}\n\n2020-09-27 15:24:15        点击:[]\n\n一、基本情况\n{sentence}\n"


@pytest.mark.parametrize(
    ("title", "sentence", "kind"),
    [
        # a 三公 statement naming neither 预算 nor 决算, posted after its year, reporting spending on the year before
        ("乌鲁木齐市天山区2019年度“三公”经费公开说明",
         "2019年度一般公共预算财政拨款三公经费支出合计585.53万元,同比减少144.92万元。", "final_account"),  # (27e 01)
        ("平乐县2019年“三公”经费情况说明", "2019年三公经费支出合计20.5万元,比上年减少3.1万元。", "final_account"),
        # (a budget figure stated: a budget's statement, as before)
        ("平乐县2020年“三公”经费公开说明", "2020年三公经费预算数为20.5万元,比上年减少3.1万元。", "budget"),
    ],
)
def test_a_spending_statement_without_its_kind_word(title, sentence, kind):
    assert ident(SPENDING.format(title=title, sentence=sentence)).doc_type == kind


def test_real_spending_statement():
    assert page("27e", "01").doc_type == "final_account"


REPORT = (
    "{title}\n各位代表:\n一、{done}年财政预算执行情况\n"
    "{done}年,一般公共预算收入完成4220.18万元,为年初预算的135.18%。\n{more}"
)


@pytest.mark.parametrize(
    ("title", "more", "expected"),
    [
        ("重庆市大足区珠溪镇人民政府2024年政府预算报告", "", (2023, "final_account")),  # (27d 08)
        # (a budget's disclosure package is the presented year's budget, whatever part the excerpt holds: 26u 02
        # 2023年度昌吉市政府预算公开 — 27f 07, hand-read the other way, is left as it was)
        ("2024 年东莞市长安镇 政府预算公开", "", (2024, None)),
        ("关于平乐县2023年预算执行情况和2024年预算草案的报告", "", (2023, "final_account")),
        # (the new year's budget in the excerpt too: the report's presented year, as before)
        ("平乐县2024年政府预算报告", "二、2024年预算草案\n2024年一般公共预算收入安排5000万元。\n", (2024, None)),
    ],
)
def test_a_budget_report_holding_its_execution_part_only(title, more, expected):
    info = ident(REPORT.format(title=title, done=2023, more=more))
    year, kind = expected
    assert info.fiscal_year == year
    if kind:
        assert info.doc_type == kind


@pytest.mark.parametrize(("batch", "prefix", "year"), [("27d", "08", 2023), ("27h", "05", 2022)])
def test_real_budget_reports_execution_part(batch, prefix, year):
    info = page(batch, prefix)
    assert (info.fiscal_year, info.doc_type) == (year, "final_account")


def test_real_budget_package_stays_the_budget():
    info = page("26u", "02")
    assert (info.fiscal_year, info.doc_type) == (2023, "budget")

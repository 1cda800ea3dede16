"""Identity of the bodies the held-out batches 26p and 26q named otherwise or not at all (ingest/identity.py): a
second-level unit named after its parent, a body named only by a sentence or a duties clause, the unit a project's
notice or sheet names as 实施单位 — each on the real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


# 26p 03 (北京 丰台): a second-level unit's own name after its parent's, then its year
def test_a_sub_unit_named_after_its_parent_is_the_body():
    info = parse_path(PAGES / "fengtai-wanping-huanwei-2020-final-subunit.txt").info
    assert info.department_name == "北京市丰台区环境卫生服务中心宛平环卫所"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "北京市丰台区环境卫生服务中心宛平环卫所2020年度部门决算报表详见附件。",
            "北京市丰台区环境卫生服务中心宛平环卫所",
        ),
        ("平乐县公安局城关派出所2022年度部门决算报表详见附件。", "平乐县公安局城关派出所"),
        ("平乐县水利局河道管理站2021年度收入合计120万元。", "平乐县水利局河道管理站"),
        # no year after it: a word of the sentence, not a unit's name (所属, 所有)
        ("平乐县水利局所属单位共3个,2021年度收入合计120万元。", "平乐县水利局"),
        ("平乐县水利局的派出所2021年度收入合计120万元。", "平乐县水利局"),
    ],
)
def test_a_sub_units_tail_ends_before_its_year(sentence, name):
    text = "目 录\n第一部分 部门决算报表\n" + sentence + "\n"
    assert ident(text).department_name == name


# 26p 05 (安徽 泾县) and 06 (安徽 杜集, traditional characters with pinyin glosses): a 三公 table without its title,
# the body named only by the statement's first sentence, before its year and kind
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("jingxian-zhongxue-2021-sangong-budget-named-in-sentence.txt", "泾县中学"),
        ("duji-zfb-2021-sangong-final-traditional-named-in-sentence.txt", "杜集区政府办"),
    ],
)
def test_a_body_named_only_by_its_statements_first_sentence(page, name):
    assert parse_path(PAGES / page).info.department_name == name


SANGONG_TABLE = "一、2022年一般公共预算“三公”经费支出预算表\n单位:万元\n项 目 |\n预 算 数 |\n合 计 |\n3.5 |\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("平乐县第一中学2022年一般公共预算“三公”经费支出预算为3.5万元,比2021年预算减少0.1万元。", "平乐县第一中学"),
        ("平乐县卫生健康局2022年度“三公”经费支出预算为3.5万元。", "平乐县卫生健康局"),
        # the sentence's own subject (本单位): nothing names the body
        ("本单位2022年一般公共预算“三公”经费支出预算为3.5万元。", None),
        # a body named further on in the sentence is no subject of it
        ("2022年一般公共预算“三公”经费支出预算为3.5万元,全部用于平乐县第一中学。", None),
    ],
)
def test_a_statements_first_sentence_names_its_body(sentence, name):
    info = ident(SANGONG_TABLE + "二、2022年“三公”经费支出预算情况说明\n" + sentence + "\n")
    assert info.department_name == (name or "x")


# 26p 07, 08 (新疆 昌吉, a mirror in traditional characters): a project's public notice citing the finance bureau's
# allocation (依据昌吉州财政局“关于下达…的通知”), its numbered 实施单位及责任人 heading over the unit and the person
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("changji-zhiyuan-2019-project-notice-targets-traditional.txt", "昌吉职业技术学院"),
        ("changji-4zhong-2019-project-notice-targets-traditional.txt", "昌吉州第四中学"),
    ],
)
def test_a_project_notices_implementing_unit_and_person(page, name):
    assert parse_path(PAGES / page).info.department_name == name


NOTICE = (
    "平乐县第一中学项目情况公告公示\n"
    "依据平乐县财政局“关于下达2019年普通高中国家助学金的通知”文件,2019年国家助学金项目由平乐县第一中学实施完成,"
    "涉及资金95.8万元,现将项目有关情况公示如下:\n"
    "一、实施地点\n平乐县第一中学\n二、资金来源及规模\n财政资金95.8万元。\n"
)


@pytest.mark.parametrize(
    ("section", "name"),
    [
        ("六、实施单位及责任人\n平乐县第一中学 张某某\n", "平乐县第一中学"),
        ("六、实施单位及负责人\n\n平乐县第一中学  张某\n", "平乐县第一中学"),
        ("六、实施单位\n平乐县第一中学\n", "平乐县第一中学"),
        # the line below names no body: the cited bureau is still no publisher
        ("六、实施单位及责任人\n由学校负责实施\n", "x"),
    ],
)
def test_the_unit_below_a_notices_implementing_unit_heading(section, name):
    assert ident(NOTICE + section + "七、绩效目标\n总体目标:资助学生300人次。\n").department_name == name


def test_the_issuer_of_a_document_a_page_follows_is_no_publisher():
    text = "依据平乐县财政局“关于下达2019年普通高中国家助学金的通知”文件,现将有关情况公示如下:\n资金95.8万元。\n"
    assert ident(text).department_name == "x"
    assert ident(text.replace("依据", "")).department_name == "平乐县财政局"


@pytest.mark.parametrize(
    "page",
    [
        "changji-zhiyuan-2019-project-notice-targets-traditional.txt",
        "changji-4zhong-2019-project-notice-targets-traditional.txt",
    ],
)
def test_a_project_notices_targets_are_targets(page):
    assert parse_path(PAGES / page).info.doc_type == "performance_target"


TARGETS = (
    "六、实施单位及责任人\n平乐县第一中学 张某某\n七、绩效目标\n总体目标:资助学生300人次。\n"
    "(一)产出指标\n1、数量指标:资助学生300人次。\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (NOTICE + TARGETS, "performance_target"),
        # no public notice: a report headed by the project's targets is read as before, a self-evaluation
        (NOTICE.replace("公告公示", "绩效情况").replace("公示如下", "报告如下") + TARGETS, "self_evaluation"),
        # a notice printing what was reached is an evaluation's
        (NOTICE + TARGETS + "全年实际完成值300人次。\n", "self_evaluation"),
        # a heading naming the self-evaluation itself
        (NOTICE + TARGETS.replace("七、绩效目标", "七、绩效自评情况"), "self_evaluation"),
    ],
)
def test_a_notice_headed_by_its_targets_announces_them(text, kind):
    assert ident(text).doc_type == kind


# 26p 11 (安徽 镜湖): a people's organisation by its short name (残联), the transfer its report is about between its
# name and its year
def test_a_short_named_body_before_the_transfer_its_report_is_about():
    info = parse_path(PAGES / "jinghu-cl-2023-selfeval-glued-targets.txt").info
    assert (info.department_name, info.fiscal_year, info.doc_type) == ("镜湖区残联", 2023, "self_evaluation")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("镜湖区残联中央转移支付2023年度绩效自评报告(残疾人事业发展补助资金)\n", "镜湖区残联"),
        ("平乐县妇联省级专项转移支付2022年度绩效自评报告\n", "平乐县妇联"),
        ("平乐县残疾人联合会中央财政转移支付资金2022年度绩效自评报告\n", "平乐县残疾人联合会"),
        ("平乐县科协2022年度部门决算\n", "平乐县科协"),
        ("平乐县文联2022年“三公”经费预算情况说明\n", "平乐县文联"),
    ],
)
def test_titles_of_short_named_bodies_and_transfers(title, name):
    assert ident(title + "一、绩效目标分解下达情况\n").department_name == name


# 26q 09 (湖南 南岳, the finance bureau's page): a targets 申报表 whose 实施单位 is a company, with its code
def test_a_company_carrying_out_the_project_is_the_sheets_unit():
    info = parse_path(PAGES / "nanyue-2018-targets-company-implementing-unit.txt").info
    assert info.department_name == "湖南省润山润水生态农业发展有限公司"


FINANCE_PAGE = (
    "2018年市级专项扶贫资金基础设施绩效目标申报表\n发布时间:2018年05月20日 15:40 来源:平乐县财政局 作者:\n"
    "绩效目标申报表\n项目名称 2018年市级专项扶贫资金基础设施 项目负责人及电话 张某\n"
)


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ("主管部门 平乐县农业农村局 实施单位 [610001]平乐县绿源农业发展有限公司\n", "平乐县绿源农业发展有限公司"),
        ("主管部门 | 平乐县农业农村局 | 实施单位 | 平乐县绿源农业有限责任公司 |\n", "平乐县绿源农业有限责任公司"),
        # a company named outside the 实施单位 cell publishes nothing: the sheet stays the bureau's
        ("主管部门 平乐县农业农村局 合作单位 平乐县绿源农业发展有限公司\n", "平乐县财政局"),
        ("主管部门 平乐县绿源农业发展有限公司 实施单位 平乐县农业农村局\n", "平乐县农业农村局"),
    ],
)
def test_the_company_a_sheet_names_as_its_implementing_unit(fields, name):
    text = FINANCE_PAGE + fields + "资金情况(万元) 年度资金总额: 10\n绩效指标 一级指标 二级指标 三级指标 指标值\n"
    assert ident(text).department_name == name


# 26q 11 and 03 (甘肃 天水): a school district (学区) is a body, not a district; a budget whose opening names no
# body names it in its duties' sentence
def test_a_school_district_named_by_its_duties():
    info = parse_path(PAGES / "gangu-anyuan-xuequ-2022-budget-named-by-duties.txt").info
    assert (info.department_name, info.county, info.entity_kind) == ("甘谷县安远学区", "甘谷县", "department")


def test_a_school_district_is_no_region():
    info = parse_path(PAGES / "wushan-luomen-xuequ-2022-budget-school-district.txt").info
    assert (info.department_name, info.county, info.entity_kind) == ("武山县洛门学区", "武山县", "department")
    assert ident("平乐县城关学区2022年部门预算公开说明\n").entity_kind == "department"


OPENING = "按照《预算法》等有关规定,现将2022年部门预算公开如下:\n一、部门职责\n"


@pytest.mark.parametrize(
    ("duties", "name"),
    [
        ("甘谷县安远学区的主要职能是实施安远镇义务教育阶段中小学校及幼儿园的管理。", "甘谷县安远学区"),
        ("平乐县城关学区主要职责为:管理辖区中小学校。", "平乐县城关学区"),
        ("平乐县文化馆的主要职能:组织群众文化活动。", "平乐县文化馆"),
        # no body of its own named: nothing
        ("本单位的主要职能是管理辖区中小学校。", "x"),
        ("主要职能:管理辖区中小学校。", "x"),
    ],
)
def test_a_duties_sentence_names_its_body(duties, name):
    text = OPENING + duties + "\n二、机构设置\n2022年收入预算3038.92万元。\n"
    assert ident(text).department_name == name


# 26p 10 (内蒙古 临河, traditional characters): a project's notice printing no year but dates — the year its plan
# starts the work in is the project's; its body as its signature names it over the notice's date
# (巴彥淖爾市臨河區水利局 / 2025年7月4日: ident23, the prefecture printed — 临河区水利局 before, from its text)
def test_a_notices_year_is_the_one_its_plan_works_in():
    info = parse_path(PAGES / "linhe-slj-2025-project-notice-households-people.txt").info
    assert (info.department_name, info.fiscal_year) == ("巴彦淖尔市临河区水利局", 2025)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("工期:6个月,计划于2025年8月份开工。\n公告时间:2025年7月4日-7月14日\n", 2025),
        ("工期:6个月,预计2024年10月底完工。\n公告时间:2025年1月4日\n", 2024),
        ("本项目拟于2023年内建成。\n", 2023),
        # dates only: no year (the day a form was filled in, a notice's days)
        ("填报日期:2022年2月3日\n公告时间:2025年7月4日-7月14日\n", None),
        # a year the page states otherwise is its own
        ("2024年度项目实施方案\n计划于2025年3月开工。\n", 2024),
    ],
)
def test_the_year_a_plan_works_in(text, year):
    assert ident("工程名称:平乐县农村供水保障工程\n" + text).fiscal_year == year


# corpus 19 (广西 鹿寨): a region's 三公 accounts titled with its year first, compiled by the county's finance bureau
# (read from the corpus itself: a fixture with the same bytes would be the same document twice in the refresh test)
@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_a_regions_title_with_its_year_first_and_the_bureau_compiling_it():
    info = parse_path(REAL / "19_guangxi_luzhai_2019_sangong_final.txt").info
    assert (info.department_name, info.county, info.entity_kind) == ("鹿寨县财政局", "鹿寨县", "aggregate")


COMPILED = "经县财政局汇总,各乡(镇)、县本级部门使用一般公共预算拨款安排的“三公”经费决算支出情况如下:\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2019年度平乐县“三公”经费支出决算情况\n" + COMPILED, "平乐县财政局"),
        ("平乐县2019年度“三公”经费支出决算情况\n" + COMPILED, "平乐县财政局"),
        # no bureau compiling them: the region's own
        ("2019年度平乐县“三公”经费支出决算情况\n各乡(镇)“三公”经费决算支出情况如下:\n", "平乐县"),
        # a scope, not a region's name
        ("2020年度全区收支决算\n" + COMPILED, "x"),
        ("2020年全区收支决算\n" + COMPILED, "x"),
    ],
)
def test_a_regions_title_names_it_year_first_or_last(text, name):
    assert ident(text).department_name == name

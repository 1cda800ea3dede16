"""Who published a page where the blind batches 26w, 26x and 26y read another body, year or kind (ingest/identity.py):
a unit's parent named by the portal, a sheet's 主管部门 over the unit carrying its project out, a cited notice's
issuer, a list of bodies, a joint signature, a government issuing its accounts, a 街道's short name, a party school —
each on the real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


def page(batch: str, prefix: str):
    return parse_path(next((HELDOUT / batch / "text").glob(f"{prefix}_*"))).info


# 26w 01, 26x 08: a state forest farm's page posted by its parent bureau (北京市门头沟区园林绿化局 heading the portal,
# 发布机构 万州区林业局): the title names the farm, whose name ends in 林场
@pytest.mark.parametrize(
    ("batch", "prefix", "name"),
    [("26w", "01", "门头沟区西峰寺林场"), ("26x", "08", "重庆市万州区国有分水林场")],
)
def test_a_state_farms_page_is_the_farms_not_its_parent_bureaus(batch, prefix, name):
    assert page(batch, prefix).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("平乐县林业局\n信息名称:2023年平乐县大发林场预算情况说明\n2023年平乐县大发林场预算情况说明\n"
         "单位为县林业局下属全额拨款事业单位。\n", "平乐县大发林场"),
        ("[ 发布机构 ] 平乐县农业农村局\n[ 成文日期 ] 2022-10-31\n\n平乐县国营青龙农场2021年度单位决算公开说明\n",
         "平乐县国营青龙农场"),
        ("平乐县畜牧兽医局\n2022年平乐县种畜场部门预算\n", "平乐县种畜场"),
    ],
)
def test_a_state_farm_however_named(text, name):
    assert ident(text).department_name == name


# corpus 34 (宁夏 银川, OCR'd): 主管部门银川市教育局实施第位…银川市第六中学 — the 主管部门 oversees the school's
# project; the unit's cell is not read: none rather than the bureau
@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_a_sheets_supervisor_over_an_unread_unit_is_no_publisher():
    info = parse_path(REAL / "34_ningxia_yinchuan-6zhong_2021_selfeval.txt").info
    assert info.department_name == "34_ningxia_yinchuan-6zhong_2021_selfeval"
    # its own project (corpus 32): the same body in both cells
    assert parse_path(REAL / "32_sichuan_zhongjiang-slj_2022_selfeval.txt").info.department_name == "中江县水利局"


# 26w 04 (宁夏 原州): 主管部门及代码原州区宗教事务局116422210101621779实施单位原州区民族宗教事务局 — the unit's label
# run on after the code; the page's opening clause names a 目标申报表 of 2022, the sheet after it is a 自评表
def test_a_unit_after_its_supervisors_code_and_the_sheet_after_a_notices_clause():
    info = page("26w", "04")
    assert (info.department_name, info.fiscal_year, info.doc_type) == (
        "原州区民族宗教事务局", 2022, "self_evaluation")


SHEET = "项目支出绩效自评表(2021年度)项目名称校舍维修{cells}项目资金(万元)年初预算数全年执行数年度资金总额:20万元\n"


@pytest.mark.parametrize(
    ("cells", "name"),
    [
        ("主管部门及代码平乐县教育局452330001实施单位平乐县第二中学", "平乐县第二中学"),
        ("主管部门及代码 平乐县教育局 452330001 实施单位 平乐县第二中学 ", "平乐县第二中学"),
        # the unit's label OCR'd, another body in its cell: none
        ("主管部门平乐县教育局实施单仿自评得分90平乐县第二中学", "x"),
        ("主管部门平乐县教育局实施第位自评得分90平乐县第二中学", "x"),
        # the same body carrying out its own project, or no body named in the unit's cell: the 主管部门
        ("主管部门平乐县水利局实施单位平乐县水利局", "平乐县水利局"),
        ("主管部门平乐县发展和改革局实施单位相关项目建设单位", "平乐县发展和改革局"),
    ],
)
def test_a_sheets_supervisor_and_the_unit_carrying_it_out(cells, name):
    assert ident(SHEET.format(cells=cells)).department_name == name


# 26v 12 (湖南 发改委, traditional characters): 实施單位相關項目建設單位 names no body — the 主管部门's sheet
def test_a_sheets_supervisor_over_no_named_unit_publishes_it():
    assert page("26v", "12").department_name == "湖南省发展和改革委员会"  # (read in simplified characters)


# 26x 13 (福建 德化): a fund notice citing 《泉州市财政局 泉州市农业农村局关于下达…的通知》, signed jointly by 德化县财
# 政局 德化县农业农村局: the cited notice's issuers publish nothing here, and a joint signature names no one publisher
def test_a_cited_notices_issuers_and_a_joint_signature_name_no_publisher():
    assert page("26x", "13").department_name == "13_fujian_dehua-poverty-fund_2020_fund_notice"


NOTICE = (
    "各有关乡镇:\n根据《桂林市财政局 桂林市农业农村局关于下达2021年市级财政专项扶贫资金的通知》(桂财农〔2021〕8号)"
    "文件精神,现将资金12万元下达给你们。\n{signature}\n2021年3月1日\n"
)


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("平乐县财政局 平乐县农业农村局", "x"),
        ("平乐县财政局  平乐县农业农村局  平乐县乡村振兴局", "x"),
        ("平乐县财政局", "平乐县财政局"),  # signed by one body: that body's
    ],
)
def test_a_notices_signature_and_the_notice_it_cites(signature, name):
    assert ident(NOTICE.format(signature=signature)).department_name == name


# 26y 12 (广东 教育厅): a targets table listing the new colleges the funds build (…学校(筹)、广东梅州职业技术学院(筹)、
# …), its 省级业务主管部门 in a row whose cells run together (支持粤东粤西粤北地区新建高校 广东省教育厅)
def test_a_list_of_bodies_names_no_publisher_and_a_name_starts_at_its_province():
    assert page("26y", "12").department_name == "广东省教育厅"


@pytest.mark.parametrize(
    "row",
    [
        "新建平乐县第一中学(筹)、平乐县第二中学(筹)、平乐县职业技术学校(筹)",
        "新建平乐县第一中学、平乐县第二中学、平乐县职业技术学校",
    ],
)
def test_a_list_of_bodies_the_funds_build(row):
    text = (
        "绩效目标表\n资金名称 业务主管部门\n校舍建设专项资金 支持新建学校广西壮族自治区教育厅 专项资金\n"
        f"用途范围\n{row}\n"
    )
    assert ident(text).department_name == "广西壮族自治区教育厅"


# 26x 03 (福建 泉港, traditional characters): 泉州市泉港區人民政府關於提請審議2023年泉港區財政收支決算草案的議案 — the
# government issues its accounts, the bureau reports them for it (現委託區財政局向區人大常委會報告)
def test_a_government_issuing_its_accounts_is_their_body():
    assert page("26x", "03").department_name == "泉州市泉港区人民政府"


# 26x 07 (重庆 巴南): 巴南区一品街道 posts the page and titles it; its 部门(单位)名称 cell prints the office in full
def test_a_subdistrict_is_named_as_its_office():
    assert page("26x", "07").department_name == "重庆市巴南区人民政府一品街道办事处"


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("部门(单位)名称平乐县人民政府龙泉街道办事处区级支出预算总量100", "平乐县人民政府龙泉街道办事处"),
        ("单位名称:平乐县龙泉街道办事处", "平乐县龙泉街道办事处"),
        ("单位名称:平乐县龙泉街道", "平乐县龙泉街道"),  # no office printed: the name as printed
    ],
)
def test_a_subdistricts_office_however_printed(cell, name):
    text = (
        "[ 发布机构 ] 平乐县龙泉街道 [ 有效性 ]\n[ 成文日期 ] 2022-01-30\n\n平乐县龙泉街道2022年预算整体绩效公开\n"
        f"2022年部门(单位)整体绩效目标表\n{cell}\n"
    )
    assert ident(text).department_name == name


# 26w 02, 26x 09, 26y 11: party schools — 铁道党校2024年度部门决算 (a four-character name before its year), 上犹县委党
# 校是 参照公务员法管理事业单位 (its description), 实施单位 | 中共黄石市委党校 (a sheet's cell)
@pytest.mark.parametrize(
    ("batch", "prefix", "name"),
    [("26w", "02", "铁道党校"), ("26x", "09", "上犹县委党校"), ("26y", "11", "中共黄石市委党校")],
)
def test_a_party_school_is_a_body(batch, prefix, name):
    assert page(batch, prefix).department_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("路局党校2023年度部门预算\n目 录\n", "路局党校"),
        ("第一部分 部门概况\n平乐县委党校是参照公务员法管理的事业单位,主要职责是培训干部。\n", "平乐县委党校"),
        ("项目名称 | 主体班 |\n主管部门 | 实施单位 | 中共平乐县委党校 |\n", "中共平乐县委党校"),
    ],
)
def test_a_party_school_however_named(text, name):
    assert ident(text).department_name == name


# 26x 14 (广西 国资委机关服务中心): 2023年部门预算公开 under a sentence citing 《地方预决算公开操作规程》 twice — 预决算
# names both kinds, neither counts
def test_a_budget_citing_rules_on_both_kinds_is_a_budget():
    assert page("26x", "14").doc_type == "budget"


@pytest.mark.parametrize(
    "opening",
    [
        "根据《地方预决算公开操作规程》要求,现将我单位2023年部门预算编制情况说明如下:",
        "根据预决算公开有关要求,现将我单位2023年部门预算公开如下:",
    ],
)
def test_a_budget_naming_both_kinds(opening):
    assert ident(f"平乐县档案馆2023年部门预算公开\n{opening}\n").doc_type == "budget"


# 26w 05 (甘肃 清水): …2016-2020年财政专项扶贫资金项目绩效评价工作总结 — a self-evaluation
def test_a_performance_evaluations_summary_is_a_self_evaluation():
    assert page("26w", "05").doc_type == "self_evaluation"


@pytest.mark.parametrize(
    "title", ["平乐县果品中心2020年扶贫资金项目绩效评价工作总结", "平乐县果品中心2020年扶贫资金项目绩效评价总结"]
)
def test_a_performance_evaluations_summary_however_titled(title):
    assert ident(f"{title}\n一、项目建设情况\n").doc_type == "self_evaluation"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("现将2022年平乐县健康饮茶“送茶入户”边销茶推广项目绩效目标申报表公示如下,具体内容如下:项目支出绩效自评表(2022年度)",
         "self_evaluation"),
        ("现将2022年平乐县健康饮茶“送茶入户”边销茶推广项目自评情况公示如下:项目支出绩效自评表(2022年度)",
         "self_evaluation"),
        ("现将2022年平乐县健康饮茶“送茶入户”边销茶推广项目绩效目标公示如下:项目绩效目标申报表(2022年度)",
         "performance_target"),
    ],
)
def test_the_sheet_a_notices_clause_shows(opening, kind):
    text = (
        f"{opening}项目名称边销茶推广主管部门平乐县民宗局实施单位平乐县民宗局项目资金(万元)"
        "2021年底初步预算资金36.2万元\n"
    )
    info = ident(text)
    assert (info.doc_type, info.fiscal_year) == (kind, 2022)


# 26x 11 (浙江 径山镇): 我受径山镇人民政府委托向大会作2021年度镇财政决算…的报告 — the town's own accounts, its reporter
# unnamed
def test_a_report_made_for_a_government_is_the_governments():
    assert page("26x", "11").department_name == "径山镇人民政府"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("我受平乐县人民政府委托,向大会报告2021年财政决算情况,请予审议。", "平乐县人民政府"),
        ("我受沙子镇政府委托向大会作2021年度镇财政决算的报告。", "沙子镇政府"),
        ("我受区人民政府委托,向大会报告2021年财政决算情况,请予审议。", "x"),  # a level alone names none
    ],
)
def test_a_report_made_for_a_government_however_worded(opening, name):
    assert ident(f"各位代表:\n{opening}\n").department_name == name


# 26u 02 (新疆 昌吉): 2023年度昌吉市政府预算公开, its report bylined by the bureau presenting it (关于…的报告 / ——2023年
# 1月10日在…会议上 / 昌吉市财政局 / 我受市人民政府委托…): the bureau's, as the hand-read convention names region
# accounts
def test_a_governments_report_bylined_by_its_finance_bureau():
    assert page("26u", "02").department_name == "昌吉市财政局"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("华容县财政局", "华容县财政局"),
        ("县财政局", "华容县财政局"),  # by its level alone: under the title's region
        ("华容县财政局局长 丁乙", "华容县财政局"),
        ("岳阳县财政局", "华容县政府"),  # another county's bureau: the government titling the accounts
    ],
)
def test_a_regions_report_bylined_by_its_bureau(byline, name):
    text = f"2021年华容县政府决算公开\n关于华容县2021年财政决算的报告\n{byline}\n各位代表:\n"
    assert ident(text).department_name == name


# a short name (two characters before a two-character suffix) however the title is worded: 铁道党校2024年度部门决算
# (26w 02), its year first, broken over lines, 关于 between
@pytest.mark.parametrize(
    "title",
    [
        "路局党校2024年度部门决算", "2024年度路局党校部门决算", "路局党校2024年度\n部门决算",
        "路局党校关于2024年度部门决算的说明",
    ],
)
def test_a_short_name_however_the_title_is_worded(title):
    assert ident(f"{title}\n目 录\n一、基本情况\n").department_name == "路局党校"


# a project's sheet titled with its year first, then its body with its region, then the funds (26y 14 worded so:
# 2016年黑龙江省林业厅林业补助资金绩效评价报告) — not a project's name (26s 05: 2019年度村残疾人专职委员工作补贴项目…),
# nor the departments of a city (26y 01: 2020年鄂州市市直部门预算项目支出绩效目标表)
@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("2016年黑龙江省林业厅林业补助资金绩效评价报告", "黑龙江省林业厅"),
        ("2021年平乐县水利局小型水库维修项目绩效自评报告", "平乐县水利局"),
        ("2019年度村残疾人专职委员工作补贴项目绩效自评报告", "x"),
        ("2020年鄂州市市直部门预算项目支出绩效目标表", "x"),
    ],
)
def test_a_project_sheets_title_with_its_year_first(title, name):
    assert ident(f"{title}\n一、项目基本情况\n").department_name == name


# (fixture hengshan-2020-special-fund-self-evaluation: 负责人及电话旷建成、向建军县级主管部门衡山县商务和粮食局实施单位
# 粮食调控储备与产业发展股 — a list of persons before the 主管部门's name, its own 股 carrying the project out: the
# bureau's sheet)
PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.mark.parametrize(
    "cells",
    [
        "负责人及电话张三、李四县级主管部门平乐县商务局实施单位粮食储备股",
        "负责人及电话张三、李四 县级主管部门 平乐县商务局 实施单位 粮食储备股",
    ],
)
def test_a_supervisor_after_a_list_of_persons_over_its_own_division(cells):
    assert ident(SHEET.format(cells=cells)).department_name == "平乐县商务局"
    page = parse_path(PAGES / "hengshan-2020-special-fund-self-evaluation.txt").info
    assert page.department_name == "衡山县商务和粮食局"

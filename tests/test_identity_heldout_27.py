"""Who published a page where 27a and 27b (held out through the twenty-fourth session) read another body
(ingest/identity.py): a verb's object read as a name, a date's 日 read as a name's first character, a notice's joint
issuers run together over its date, a department's 整体 sheet naming it only as 主管部门, a performance report's title
printing no year, a government's portal posting its body's page — each on the real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import _whole_spending_supervisor, parse_identity
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


def page(batch: str, prefix: str):
    return parse_path(next((HELDOUT / batch / "text").glob(f"{prefix}_*"))).info


# 27b 05: 项目名称: | 重庆市忠县科学技术协会整体监控 | … 项目主管部门: | 705-重庆市忠县科学技术协会 — the body's whole
# spending, its sheet naming no 实施单位; its text's 做好忠州科技馆场馆的…管理 is the object of a verb, no body
def test_real_page_whole_spending_sheet_is_its_supervisors():
    info = page("27b", "05")
    assert info.department_name == "重庆市忠县科学技术协会"


@pytest.mark.parametrize(
    "head",
    [
        "项目名称 | 宁波市江北区档案馆部门整体支出 | 项目编码 | 123 |\n"
        "项目主管部门 | 123-宁波市江北区档案馆 | 联系人 | 张某 |\n",
        "项目名称：宁波市江北区档案馆整体支出\n主管部门：宁波市江北区档案馆\n",
    ],
)
def test_variant_whole_spending_sheet_is_its_supervisors(head):
    text = "2023年整体支出绩效自评表\n" + head + "全年接待宁波市江北区图书馆读者。宁波市江北区图书馆获奖。\n"
    assert ident(text).department_name == "宁波市江北区档案馆"


def test_variant_a_project_not_named_after_its_supervisor_is_no_whole_spending_sheet():
    text = "绩效自评表\n项目名称 | 图书采购 |\n项目主管部门 | 宁波市江北区档案馆 |\n宁波市江北区图书馆获奖。\n"
    assert _whole_spending_supervisor(split_lines(text)) is None  # (left to the other readings)


@pytest.mark.parametrize(
    "sentence",
    [
        "保障全体人员正常办公,加强泉州市丰泽区文化馆阵地建设,开展活动。",
        "全年做好宁德市蕉城区图书馆的基本管理和运行。",
        "做好忠州科技馆场馆的基本管理及维护、运行。",
    ],
)
def test_variant_a_verbs_object_is_no_publisher(sentence):
    # (none: the file's name stands)
    assert ident("整体支出绩效自评表\n一、工作情况\n" + sentence + "\n").department_name == "x"


def test_variant_a_body_after_its_sentences_mark_is_still_read():
    # (ident25: a body a sentence names after its comma is read where the clause makes it the page's own — its
    # subject responsible for the work, 负责; one doing something, 开展活动, may be any body: none)
    text = "整体支出绩效自评表\n一、工作情况\n全年,宁德市蕉城区图书馆负责全区公共图书服务。\n"
    assert ident(text).department_name == "宁德市蕉城区图书馆"
    text = "整体支出绩效自评表\n一、工作情况\n全年,宁德市蕉城区图书馆开展活动。\n"
    assert ident(text).department_name == "x"


# 27a 12: 2022年1月25日區農業農村局和區鄉村振興局聯合下發了… — the date's 日 is no part of a name; 区农业农村局
# names no region (the district's bureau, not the town publishing the report): none
def test_real_page_a_dates_day_starts_no_name():
    info = page("27a", "12")
    assert info.department_name == "12_anhui_xuanzhou-xintian_2022_monitoring"  # (none: the file's name)


@pytest.mark.parametrize(
    "line", ["2022年3月5日县财政局下达了资金。", "2021年12月区教育局下达了资金。", "2022年3月5号县财政局下达了资金。"]
)
def test_variant_a_dates_day_or_month_starts_no_name(line):
    # (none: the file's name stands)
    assert ident("绩效运行监控报告\n(一)下达情况\n" + line + "\n").department_name == "x"


# 27a 11: …附件:1.…莆田市秀屿区财政局莆田市秀屿区水利局2025年9月19日附件1… — two issuers run together over the
# notice's date, no space between them; the sheet's 主管部门(单位)名称 names the 水利局
def test_real_page_joint_issuers_run_together_are_no_publisher():
    assert page("27a", "11").department_name == "秀屿区水利局"


@pytest.mark.parametrize(
    "signature", ["漳州市龙海区财政局漳州市龙海区水利局2024年3月1日", "漳州市龙海区财政局漳州市龙海区水利局 2024年3月"]
)
def test_variant_joint_issuers_run_together_are_no_publisher(signature):
    text = (
        "关于下达2024年水利资金的通知\n各镇:现下达资金10万元。附件:1.资金安排表 " + signature
        + " 附件1 资金安排表 主管部门(单位)名称 龙海区水利局 资金总额 10\n"
    )
    assert ident(text).department_name == "龙海区水利局"


# 27b 06: 如皋市科技局 (the portal's column) above the title 如皋市科學(xué)技術(shù)協(xié)會(huì)科普活動(dòng)
# 項(xiàng)目績(jī)效自評(píng)價(jià)報(bào)告 — no year in it: the title's body publishes the report
def test_real_page_a_yearless_performance_title_names_its_body():
    assert page("27b", "06").department_name == "如皋市科学技术协会"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("泰兴市科学技术协会科普活动项目绩效自评价报告", "泰兴市科学技术协会"),
        ("泰兴市文化馆群众文化活动项目支出绩效自评表", "泰兴市文化馆"),
        ("泰兴市文化馆“送戏下乡”经费绩效评价报告", "泰兴市文化馆"),
    ],
)
def test_variant_a_yearless_performance_title_names_its_body(title, name):
    assert ident("泰兴市科技局\n" + title + "\n泰兴市科技局支持活动。\n").department_name == name


def test_variant_a_yearless_title_without_a_region_names_no_body():
    assert ident("泰兴市科技局\n文化馆群众文化活动项目支出绩效自评表\n").department_name != "文化馆"


# 27a 05: •发布机构:岳阳楼区人民政府 … 来源:区发改局 2021-06-16 — the district's portal posting its 发改局's sheet
def test_real_page_a_governments_portal_posts_its_bodys_page():
    assert page("27a", "05").department_name == "区发改局"


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        ("发布机构：临湘市人民政府\n来源：市教育局\n", "市教育局"),
        ("•发布机构:岳阳楼区人民政府\n•公开日期:2021-06-16\n来源:区发改局 2021-06-16 15:34\n", "区发改局"),
        # (its own page: the 来源 names the government too — the 发布机构 stands)
        ("发布机构：临湘市人民政府\n来源：临湘市人民政府\n", "临湘市人民政府"),
        # (a bureau's portal: its 发布机构 stands whatever the 来源)
        ("发布机构：临湘市教育局\n来源：市一中\n", "临湘市教育局"),
    ],
)
def test_variant_a_governments_portal_posts_its_bodys_page(fields, name):
    assert ident(fields + "项目支出绩效目标申报表\n").department_name == name

"""A fund's allocation or use notice (资金下达通知, 资金安排表, 公益金使用情况公告) is its own kind, ``fund_notice``:
it discloses where one fund went and never stands in for a department's 决算 or 预算 (it would otherwise be typed
a final account and could become a department-year's primary one). A notice that prints a targets table stays a
``performance_target`` and a self-evaluation stays one; a 三公 statement titled …经费使用情况 stays a final account.

Real pages (fixtures) and variants written here: titles in other words and widths, a notice's opening act with no
title, a notice cited by a 决算 (《关于下达…的通知》), the 三公 and 部门决算 titles that name funds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path

PAGES = Path(__file__).parent / "fixtures" / "pages"
BODY = "一、资金使用情况\n2023年共使用资金309.8万元,其中:儿童福利类项目19万元,养老服务类项目120万元。\n"


def kind(text: str) -> str:
    """The kind of a text read as a file is (its script made simplified first)."""
    return parse_bytes(text.encode(), Path("x.txt")).info.doc_type


@pytest.mark.parametrize(
    ("page", "doc_type"),
    [
        ("wanrong-mzj-2023-welfare-lottery-use.txt", "fund_notice"),  # …福利彩票公益金使用情况的公告, below a portal
        ("yiyang-czj-2017-disaster-relief-allocation-cells.txt", "fund_notice"),  # 关于下达…自然灾害生活补助资金的通知
        # allocation notices that print their targets tables stay targets; a 三公 使用情况 table stays a final account
        ("qingliu-czj-2024-village-allocation-cells.txt", "performance_target"),
        ("dehua-mzj-2025-project-targets-numbered-allocation.txt", "performance_target"),
        ("yuzhong-2020-three-public-final.txt", "final_account"),
    ],
)
def test_real_pages(page, doc_type):
    assert parse_path(PAGES / page).info.doc_type == doc_type


@pytest.mark.parametrize(
    "title",
    [
        "某县民政局关于2022年度福利彩票公益金使用情况的公告",
        "2021年度体育彩票公益金使用情况公示",
        "关于下达2024年省级财政林业草原专项资金预算(第一批)的通知",  # a notice naming a 预算 is no budget
        "某县财政局 某县教育局关于拨付 2023 年学生资助补助资金的通知",
        "2018年中职学校国家助学金和免学费补助资金安排表",
    ],
)
def test_a_notice_titled(title):
    assert kind(f"{title}\n{BODY}") == "fund_notice"


def test_a_notice_in_traditional_script():
    text = ("關於下達2017年自然災害生活補助資金的通知\n各縣(市、區)財政局、民政局:\n"
            "現將2017年自然災害生活補助資金下達給你們,請按規定使用。\n一、資金分配情況\n"
            "共下達資金309.8萬元,其中:災區群眾生活救助項目190萬元。\n")
    assert kind(text) == "fund_notice"


def test_a_notice_by_its_opening_act_without_title():
    text = "各乡(镇)人民政府:\n根据有关文件精神,现下达2025年市级乡村振兴专项资金100万元,用于村庄道路建设。\n" + BODY
    assert kind(text) == "fund_notice"


@pytest.mark.parametrize(
    "text",
    [
        # a final account citing a notice: the act is in the cited title
        "2023年度部门决算说明\n根据《关于下达2023年专项资金的通知》,本单位收到资金100万元。\n"
        "一、收入支出决算总体情况\n2023年度收入总计100万元,支出总计100万元。\n",
        # a 三公 statement titled in the fund words
        "2020年度全区“三公”经费使用情况\n公务接待费71.53万元,比上年减少2万元。\n",
        # a department's 决算 whose title names its funds
        "某县民政局2022年部门决算公开说明\n一、部门决算收支情况\n2022年度收入总计500万元,其中专项资金下达100万元。\n",
    ],
)
def test_accounts_naming_funds_stay_accounts(text):
    assert kind(text) == "final_account"

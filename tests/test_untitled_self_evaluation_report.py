"""A project self-evaluation report without its title (保山 2017, held-out batch 26r 12): money that opens its clause
is the fund printed right after it (…开展工作,10万元农村环境综合整治项目经费主要用于…: ingest/statements.py), and a
budget its text cites by title (根据《…关于2017年部门预算的批复通知》) is not the kind of the text (ingest/identity.py:
its numbered headings, 二、项目绩效自评工作开展情况, tell a self-evaluation). The real page and variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests._statement_helpers import figures, page_info, stated

BAOSHAN = "baoshan-hbj-2017-selfeval-report-untitled.txt"


def _read(found, line=None):
    return [(f.label, f.field, f.value) for f in found if line is None or (f.source_line == line and f.unit == "yuan")]


def test_real_page_money_opening_its_clause_is_the_fund_after_it():
    found = stated(BAOSHAN)
    assert _read(found, 9) == [
        ("农村环境综合整治项目经费", "amount", Decimal("100000.00")),
        ("项目资金", "amount", Decimal("100000.00")),
    ]


def test_real_page_is_a_self_evaluation():
    from ingest.document import parse_path
    from tests._statement_helpers import PAGES

    assert parse_path(PAGES / BAOSHAN).info.doc_type == "self_evaluation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我局及时开展工作，5.5万元饮水安全专项资金全部用于水源地保护。", ("饮水安全专项资金", Decimal("55000.00"))),
        ("资金下达后,120,000元 培训经费已拨付到位。", ("培训经费", Decimal("120000.00"))),
        ("项目于年底完工。8万元以奖代补资金2021年已全部支出。", ("以奖代补资金", Decimal("80000.00"))),
    ],
)
def test_variants(text, expected):
    assert [(f.label, f.value) for f in figures(text) if f.unit == "yuan"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "我局及时开展工作,10万元的资金用于水源地保护。",  # (a modifier's 的: no fund named)
        "我局及时开展工作,10万元资金用于水源地保护。",  # (资金 alone names nothing)
        "我局及时开展工作,10万元农村环境综合整治。",  # (no fund's noun)
    ],
)
def test_money_before_words_that_name_no_fund_stays_unread(text):
    assert [f for f in figures(text) if f.unit == "yuan"] == []


def test_a_nouns_own_label_before_the_money_stays_its_label():
    assert [(f.label, f.value) for f in figures("下达项目支出10万元农村环境整治经费主要用于补助。")] == [
        ("下达项目支出", Decimal("100000.00"))
    ]


@pytest.mark.parametrize(
    ("cited", "kind"),
    [
        ("根据《保山市财政局关于2019年部门预算的批复通知》(保财建〔2019〕2号),", "self_evaluation"),
        ("按照《关于做好2020年度部门决算工作的通知》要求,", "self_evaluation"),
        # (a kind the text names outside a cited title is its own, as before)
        ("根据2019年部门预算,", "budget"),
    ],
)
def test_a_kind_named_in_a_cited_title_is_the_cited_documents(cited, kind, tmp_path):
    text = (
        "一、项目基本情况\n开展农村环境综合整治工作。\n二、项目绩效自评工作开展情况\n组织学习绩效管理评价文件。\n"
        "科学制定方案。\n加强沟通协调。\n三、项目绩效实现情况\n(一)项目资金情况\n"
        "1.项目资金到位情况。" + cited + "批复我局项目支出160万元。\n"
    )
    assert page_info(text, tmp_path).doc_type == kind

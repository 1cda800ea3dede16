"""The twelfth session's batch 16n of unseen narrative pages (/tmp/unseen16n: 16 pages, 三公 statements,
部门决算/预算 说明, 区/市 government reports): each rule tested on the page as printed
(tests/fixtures/pages) and on a variant written here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _statement_helpers import PAGES, figures, page_info, stated

from ingest.document import parse_path
from ingest.records import StatedFigure

# 出国(境)经费、车辆购置及运行费、公务接待费(简称“三公”经费)支出合计24.75万元: the bracket names the total


def test_real_page_short_name_in_brackets_names_the_total():
    # 鹤山市水务局 2018 三公 (traditional script): the total was read as 公务接待费 (three_public_reception)
    found = [f for f in stated("heshan-swj-2018-three-public-budget.txt") if f.source_line == 2]
    total = [f for f in found if f.value == Decimal("247500.00")]
    assert [(f.label, f.metric) for f in total] == [("三公经费支出合计", "three_public_total")]
    reception = [f.value for f in found if f.metric == "three_public_reception"]
    assert reception == [Decimal("165500.00")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("本单位出国(境)经费、车辆购置及运行费、公务接待费(简称“三公”经费)支出合计24.75万元。", Decimal("247500.00")),
        ("出国（境）经费、公务用车运行费、公务接待费（以下简称“三公”经费）预算数为 247500 元。", Decimal("247500.00")),
        ("公务接待费(简称“三公”经费)共计24.75万元。", Decimal("247500.00")),
    ],
    ids=["万元", "以下简称, full-width, 元, the label ends with the aside", "共计 after the aside"],
)
def test_short_name_in_brackets_names_the_figure(text, value):
    found = [(f.metric, f.value) for f in figures(text) if f.field == "amount"]
    assert found == [("three_public_total", value)]


def test_short_name_in_brackets_in_traditional_script(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("鶴山市水務局2018年出國經費、公務接待費(簡稱“三公”經費)支出合計24.75萬元。\n", encoding="utf-8")
    found = [r for r in parse_path(path).records if isinstance(r, StatedFigure) and r.field == "amount"]
    assert [(f.metric, f.value) for f in found] == [("three_public_total", Decimal("247500.00"))]


def test_a_bracketed_short_name_ending_the_label_is_not_the_label():
    # 下降(以下简称“下降”)6.3%: an aside at the end says nothing of what follows it (ASIDE_RE's case)
    found = figures("一般公共预算收入1000万元,比上年同期下降(以下简称“下降”)6.3%。")
    assert ("change_pct", Decimal("6.3"), "decrease") in [(f.field, f.value, f.direction) for f in found]


# 并请区政协委员和其他列席人员提出意见: a sentence, not a body (并请区 is no district)


def test_real_page_cppcc_members_name_no_body():
    info = parse_path(PAGES / "hongqiao-2022-gov-budget-exec.txt").info
    assert "政协" not in (info.department_name or "")
    assert info.county != "并请区"
    # (the report's title names the district; its heading prints it under 天津市: 关于天津市红桥区2022年…)
    assert (info.department_name, info.county) == ("天津市红桥区", "红桥区")


@pytest.mark.parametrize(
    "sentence",
    ["并请区政协委员和其他列席人员提出意见。", "并请县政协委员提出意见。", "请市政协委员和列席同志审议。"],
)
def test_invited_members_name_no_body(tmp_path, sentence):
    info = page_info(f"关于2022年预算执行情况的报告\n各位代表:\n{sentence}\n一般公共预算收入157500万元。\n", tmp_path)
    assert "政协" not in (info.department_name or "")


# 盘龙区人大常委会办公室: the lazy name match stops at 人大常委; the committee and its office are the name's


def test_real_page_standing_committee_office_keeps_its_name():
    info = parse_path(PAGES / "panlong-rd-2017-budget.txt").info
    assert info.department_name == "盘龙区人大常委会办公室"


@pytest.mark.parametrize(
    "line, name",
    [
        ("盘龙区人大常委会办公室\n2017年3月23日", "盘龙区人大常委会办公室"),
        ("西山区人大常委会\n2018年4月1日", "西山区人大常委会"),
    ],
)
def test_standing_committee_signature(tmp_path, line, name):
    text = "一、机构及人员情况\n2017年部门经费预算7464053元,基本支出4566793元。\n" + line + "\n"
    assert page_info(text, tmp_path).department_name == name


# 比上年同期完成数26975万元减少7175万元, 较上年同43499万元增加301万元: the compared year's amount


def test_real_page_prior_year_completed_amount():
    found = stated("yangling-2020-05-gov-budget-exec.txt")
    prior = sorted(f.value for f in found if f.direction == "prior" or (f.field == "amount" and f.compared_with))
    assert Decimal("269750000.00") in prior and Decimal("434990000.00") in prior
    # the change after it is still the change
    assert [(f.field, f.value) for f in found if f.source_line == 3 and f.field == "change"] == [
        ("change", Decimal("71750000.00")), ("change", Decimal("31860000.00"))
    ]


@pytest.mark.parametrize(
    "text, prior, change",
    [
        ("财政总收入完成19800万元,比上年同期完成数26975万元减少7175万元,降低26.60%。", "269750000.00", "71750000.00"),
        ("一般预算支出完成 438000000 元，较上年同 434990000 元增加 3010000 元。", "434990000.00", "3010000.00"),
        ("财政总收入完成19800万元,较上年执行数26975万元减少7175万元。", "269750000.00", "71750000.00"),
    ],
    ids=["完成数", "同期 without 期, 元", "执行数"],
)
def test_prior_year_completed_amount(text, prior, change):
    found = figures(text)
    amounts = {f.value for f in found if f.field == "amount"}
    assert Decimal(prior) in amounts
    assert [f.value for f in found if f.field == "change"] == [Decimal(change)]

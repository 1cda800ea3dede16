"""Wrong readings found by reading every record this session's readers added (audit23), each mended and
tested on the real sentence's shape and on variants written here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.performance.narrative_indicators import read_narrative_indicators
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines


def read(text: str) -> tuple[list[StatedFigure], list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    return parse_statements(build_paragraphs(split_lines(text)), warnings), warnings


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # unseen 20n (上海 杨浦): a receipt a government approved is an amount; only a congress approves a budget
        ("加上上级补助收入989641万元,以及经市政府批准的地方政府一般债务转贷收入242000万元,收入总量为2848905万元。",
         "地方政府一般债务转贷收入"),
        ("另有经省政府批准的新增债券资金50000万元,全部用于项目建设。", "新增债券资金"),
    ],
)
def test_what_a_government_approved_is_an_amount(text, label):
    found = [f for f in read(text)[0] if label in f.label]
    assert found and all(f.field == "amount" for f in found)


def test_what_a_congress_approved_is_a_budget():
    found = read("县十五届人大一次会议批准的2022年全县一般公共预算收入为110400万元。")[0]
    assert [(f.field, f.value) for f in found] == [("budget_initial", Decimal("1104000000.00"))]


@pytest.mark.parametrize(
    "text",
    [
        # unseen 16n (昆明 盘龙区人大): money after 每 and a measure word is what each thing counted gets
        "街道人大工委代表工作联络指导经费120000元,按12家街道工委每家10000元测算,同上年。",
        "慰问经费6万元,按30户困难群众每户2000元安排。",
    ],
)
def test_money_per_thing_counted_is_no_amount_of_the_things(text):
    found, _ = read(text)
    per_thing = [f for f in found if f.value in (Decimal("10000.00"), Decimal("2000.00"))]
    assert all("每" in f.label for f in per_thing)  # left out, or labelled by its 每 (困难群众每户), never the things'
    assert not [f for f in found if f.label in ("街道工委", "困难群众") and f.field != "count"]  # (the count is theirs)


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        # unseen 20p (甘肃 会宁): 下达 is the name's verb; 达 links a name to a bare figure only
        ("(三)绩效指标完成情况分析。项目验收合格率100%,工作任务及时完成率≥90%,资金在规定时间下达≥90%,"
         "按时上报资金使用情况100%。", "资金在规定时间下达", "≥90%"),
        ("(三)绩效指标完成情况分析。资金及时下达≥95%,项目验收合格率达100%,群众满意度达95%。",
         "项目验收合格率", "100%"),
    ],
)
def test_a_verb_ending_in_da_stays_in_the_indicators_name(text, name, value, tmp_path):
    lines = split_lines("2021年度项目绩效自评报告\n" + text + "\n")
    found = {i.level3_name: i.actual_raw for i in read_narrative_indicators(lines)}
    assert found.get(name) == value
    assert not any(n.endswith("下") for n in found)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # unseen 12g (重庆 彭水): 调增 / 调减 is the change's word, no part of the label
        ("上级补助收入拟调整为389501万元,调增84000万元,分别是一般性转移支付收入调增55610万元、"
         "专项转移支付收入调增28390万元。", "一般性转移支付收入"),
        ("政府性基金收入调减1200万元,主要是土地出让收入减少。", "政府性基金收入"),
    ],
)
def test_an_adjustment_word_is_the_changes_not_the_labels(text, label):
    changes = [f for f in read(text)[0] if f.field == "change"]
    assert label in [f.label for f in changes]
    assert not any(f.label.endswith("调") for f in changes)

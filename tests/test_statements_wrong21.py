"""Readings of the twenty-first unseen batches that were wrong and that the scoreboard did not count: each cause on
variants written here (other labels, figures, spacing and units) — read right, or left out with a parse warning.
(The batches' own pages are held out: none is copied here.)"""

from __future__ import annotations

from decimal import Decimal

from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.performance.narrative_indicators import _indicator
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import Line, split_lines


def read(text: str) -> tuple[list[StatedFigure], list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    found = parse_statements(build_paragraphs(split_lines(text)), warnings)
    return found, warnings


def labels(text: str) -> list[tuple[str, str, Decimal]]:
    return [(f.label, f.field, f.value) for f in read(text)[0]]


def test_an_execution_rate_names_itself():
    assert labels("项目经费预算20万元,实际支出18万元,执行率90%。")[-1] == ("执行率", "share_pct", Decimal("90"))
    assert labels("2021年度维修类项目预算数为500万元,执行数为450万元,预算执行率90%。")[-1] == (
        "预算执行率",
        "share_pct",
        Decimal("90"),
    )
    assert labels("项目资金共300万元,已完成拨付300万元,执行率为100%。")[-1][0] == "执行率"
    # (a share the sentence's subject has stays the subject's)
    assert labels("基本支出80万元,占 40%。")[-1] == ("基本支出", "share_pct", Decimal("40"))


def test_issued_funds_keep_their_verb_and_brackets_close():
    assert labels("省级资金20万元,共计下达 40万元。")[-1] == ("共计下达", "amount", Decimal("400000.00"))
    assert labels("其他扶助对象(意外伤残)12人。") == [("其他扶助对象(意外伤残)", "count", Decimal("12"))]
    # a figure inside an aside opened after a year: not the words before the bracket
    assert labels("共计900万元专项资金(2022年度3个试点乡镇每乡补助300万元)")[0][:2] == ("试点乡镇", "count")
    # a form's tick mark: what stands before it is the form's
    assert labels("项目类型 其他类√ 项目概况 每人每月补助 300元")[0][0] == "项目概况每人每月补助"


def test_a_count_named_by_the_noun_after_its_measure_word_before_the_next_count():
    found = labels("本项目购置2台洒水车和5个垃圾箱,并配套30个分类桶。")
    assert found[:2] == [("洒水车", "count", Decimal("2")), ("垃圾箱", "count", Decimal("5"))]


def test_a_target_value_and_a_ratio_to_last_year_are_left_out_with_a_warning():
    found, warnings = read("设施验收合格率:指标值为“95%”,完成值为98%;\n")
    assert not [f for f in found if f.value == Decimal("95")]
    assert any("指标值为" in w.message for w in warnings)
    found, warnings = read("契税3200万元,为上年的88.5%;\n")
    assert [(f.label, f.field) for f in found] == [("契税", "amount")] and warnings


def test_a_change_word_alone_is_the_subject_change_and_a_prior_year_budget_is_named():
    found = labels("全县一般公共预算支出数为200000万元,占调整预算数101.2%,增支12000万元,增长6.4%。")
    assert ("全县一般公共预算支出", "change", Decimal("120000000.00")) in found
    assert not [f for f in found if f[0] == "增支"]
    figures, _ = read("公务接待费5万元,比上年预算数下降20%,比上年决算数下降10%。")
    assert [f.compared_with for f in figures if f.field == "change_pct"] == ["prior_year_budget", "prior_year"]


def test_a_score_belongs_to_the_item_it_is_obtained_for():
    assert labels("(2)资金到位率:收到拨付资金50万元,资金正在审核。得3分。")[-1] == ("资金到位率", "score", Decimal("3"))
    assert labels("(3)资金到位及时率得 2 分。") == [("资金到位及时率", "score", Decimal("2"))]
    found, warnings = read("(4)制度健全性:1、建立了制度,得1分;2、执行了制度,得1分。")
    assert not [f for f in found if f.field == "score"] and warnings
    assert labels("资金到位率:已 100%足额到位。") == [("足额到位", "share_pct", Decimal("100"))]


def test_a_narrative_indicator_keeps_its_approximation_and_a_bound_is_a_target():
    line = Line(3, "产出指标:仓储面积约3000平方米")
    about = _indicator(("产出指标", None), "仓储面积", "约3000平方米", "self_evaluation", line)
    assert about.actual_raw == "约3000平方米"
    bound = _indicator(("效益指标", None), "产量提高", "≥5%", "self_evaluation", line)
    assert bound.target_raw == "≥5%" and bound.actual_raw is None

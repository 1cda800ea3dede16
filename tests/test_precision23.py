"""prec23: no figure stated under the wrong year, base or row. The wrong records a precision audit found on real
pages (benchmarks/precision.py) held at what is reached; the scoreboard that sees a fact's year; and each rule
mended, on the real line and on a variant written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.fidelity import REAL_DOCUMENTS, score_document
from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.records import Indicator, Metric, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"

# The audit's wrong records (75, of 73 records) still emitted as they were, reached by prec23: every one of another
# year (48), of a change against a budget as a Metric's (4), of a 同口径 rate (3), of a weight glued to an amount (3)
# mended; 17 left (rows that are no indicators, a template's note, single cases). prec24: 7 left — a form's sign-off
# boxes (3), a header's level names run into one name, a template's note's points (2), a bound not reached, a price
# per 平方米, 乡镇 58 and a foreign reception's people mended; the garbled cells of corpus/33 (2), a score read as a
# count (corpus/34), 占馆藏86%, 26r/13's shifted cells (2) and a 经济科目 code (26s/05) not.
MAX_EMITTED_AS_THEY_WERE = 7


def read(text: str, year: int | None, budget: bool = False) -> list[StatedFigure]:
    """The statements of ``text`` in a document of ``year`` (a budget's, with ``budget``)."""
    return parse_statements(build_paragraphs(split_lines(text)), [], year if budget else None, year)


def by_value(figures: list[StatedFigure]) -> dict[Decimal, StatedFigure]:
    return {f.value: f for f in figures}


def heldout(batch: str, number: str) -> Path:
    return next((HELDOUT / batch / "text").glob(f"{number}_*"))


@pytest.mark.skipif(not (REAL_DOCUMENTS / "expected.yaml").exists(), reason="../shared/real-documents not present")
def test_the_audits_wrong_records_are_not_emitted_as_they_were():
    from benchmarks.precision import emitted_as_they_were

    still = emitted_as_they_were()
    assert len(still) <= MAX_EMITTED_AS_THEY_WERE, still
    assert not [one for one in still if one[-1] in (
        "earlier-year", "change-vs-budget-as-yoy", "comparable-basis-rate-as-plain", "weight-glued-to-figure")]


# --- the scoreboard sees a fact's year ------------------------------------------------------------------------------

def _stated(value: str, **fields) -> dict:
    return {"record_type": "stated_figure", "source_line": 7, "label": "总收入", "field": "amount",
            "value": value, "unit": "yuan", **fields}


@pytest.mark.parametrize(
    ("record", "status"),
    [
        (_stated("127011195.09"), "wrong"),  # 2018's figure stated as the 2020 account's own: its year lost
        (_stated("127011195.09", year=2018, compared_with="2018"), "found"),
        (_stated("127011195.09", compared_with="2018"), "found"),  # (an amount of another year, as 比上年… gives it)
        (_stated("127011195.09", year=2019), "wrong"),  # another year
    ],
)
def test_a_fact_of_another_year_is_found_only_with_its_year(record, status):
    fact = {"item": "总收入 2018年", "field": "amount", "value": 127011195.09, "unit": "元", "line": 7}
    assert [s for _, s, _ in score_document([fact], [record], 2020)] == [status]
    assert [s for _, s, _ in score_document([fact], [record])] == ["found"]  # (no year known: as before)


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({}, "found"),  # no base printed: the year-on-year change, against 2022 in a 2023 document
        ({"compared_with": "prior_year"}, "found"),
        ({"compared_with": "2022"}, "found"),
        ({"compared_with": "budget"}, "wrong"),  # against the budget, not 2022
    ],
)
def test_a_change_against_a_year_keeps_its_base(fields, status):
    fact = {"item": "全区一般公共预算支出 比2022年", "field": "change_pct", "value": 11.4, "unit": "%", "line": 26}
    record = {"record_type": "stated_figure", "source_line": 26, "label": "全区一般公共预算支出", "field": "change_pct",
              "value": "11.4", "unit": "percent", "direction": "increase", **fields}
    assert [s for _, s, _ in score_document([fact], [record], 2023)] == [status]


# --- a year heading a sentence or a clause --------------------------------------------------------------------------

def test_a_year_heading_the_sentence_is_its_figures_year_real_page():
    """26t/02 (a 2020 account): ``2018年总收入127,011,195.09元(含结转),其中财政拨款收入…;总支出…;结余…`` — every
    figure of the sentence is 2018's, across its ``;``; L8 2019's."""
    figures = [r for r in parse_path(PAGES / "henan-experimental-school-2020-final.txt").records
               if isinstance(r, StatedFigure) and r.source_line in (7, 8, 11)]
    assert {(f.source_line, f.year) for f in figures} == {(7, 2018), (8, 2019), (11, 2018)}
    assert all(f.compared_with == str(f.year) for f in figures if f.field == "amount")


@pytest.mark.parametrize("year", [2021, 2022])
def test_a_year_heading_the_sentence_variant(year):
    text = "2019年度收入总计1,234.50万元,其中:财政拨款收入1000万元;支出总计1200 万元,结余34.5万元。本年收入1500万元。"
    found = by_value(read(text, year))
    assert [found[Decimal(v)].year for v in ("12345000.00", "10000000.00", "12000000.00", "345000.00")] == [2019] * 4
    assert found[Decimal("15000000.00")].year is None  # (the next sentence names no year: the document's)
    assert all(f.year is None for f in read(text, 2019))  # (the document's own year: none)


def test_a_year_heading_a_clause_real_line():
    """26q/01 L17 (a 2021 account): the reason's 2020 is its figure's year."""
    text = ("1.总体情况。2021年度收入总计3,084.82万元,支出总计3,084.82万元。收支较上年决算数减少701.01万元、下降18.5%,"
            "主要原因是2020年有政府性基金预算财政拨款收入710万元,主要用于征地和拆迁补偿支出。")
    found = by_value(read(text, 2021))
    assert found[Decimal("7100000.00")].year == 2020
    assert found[Decimal("30848200.00")].year is None and found[Decimal("7010100.00")].year is None


def test_a_year_heading_a_clause_variant():
    text = "支出较上年增加60万元,原因是 2022 年收到上级补助资金 50 万元、其他收入12万元。"
    found = by_value(read(text, 2023))
    assert found[Decimal("600000.00")].year is None
    assert found[Decimal("500000.00")].year == found[Decimal("120000.00")].year == 2022


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a date run into the sentence after it (a signature's): no figure's year (synthetic corpus, 2023 account)
        ("2024 年 5月 25日 2023 年度事业单位公开招考经费项目绩效自评综述:项目全年预算数为47万元,"
         "执行数为47万元。", 2023),
        # an event's year, its clause stating no figure (corpus/02 L14, a 2023 account)
        ("舟曲县第二幼儿园始建于1985年,2018年正式命名为舟曲县第二幼儿园,我园现有学生 683人,22个教学班,教职工82人。",
         2023),
        ("2015年成立,共有在职职工20人,经费30万元。", 2023),  # (variant)
        # a range of years names no one year
        ("2018年-2020年学校收入合计3亿元。", 2020),
    ],
)
def test_no_year_from_a_date_an_event_or_a_range(text, year):
    assert all(f.year is None for f in read(text, year))


@pytest.mark.parametrize(
    "text",
    [
        # danzhou (a 2023 account): the comparison with 2022 ends 2022's clauses
        "2023年度收入总计453.13万元,支出总计453.13万元,2022年度收入总计400.22万元,支出总计400.22万元,"
        "与2022年度相比,收入、支出总计各增加52.91万元,增长13.22%。",
        "2023年收入453.13万元,2022年收入400.22万元,较2022年增加52.91万元,增长13.22%。",  # (variant)
    ],
)
def test_a_comparison_with_the_year_in_force_ends_it(text):
    found = by_value(read(text, 2023))
    assert found[Decimal("4002200.00")].year == 2022
    assert found[Decimal("529100.00")].year is None and found[Decimal("13.22")].year is None


@pytest.mark.parametrize(
    "text",
    [
        # corpus/29 (a 2016 budget): 2015's budget, then the change of 2016 against it
        "公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元;减少率35.22%。",
        "接待费2016年预算8万元,2015年预算为12.5万元,对比减少4.35万元,减少35.22%。",  # (variant)
    ],
)
def test_a_change_after_a_clause_of_another_year_takes_no_year(text):
    found = by_value(read(text, 2016))
    assert found[Decimal("125000.00")].year == 2015
    assert found[Decimal("43500.00")].year is None and found[Decimal("35.22")].year is None


# --- a section heading's year ---------------------------------------------------------------------------------------

def test_a_section_headings_year_real_page():
    """26u/02 (a 2023 budget): ``一、2022年财政收入预算执行情况`` over its paragraphs — 2022's, the growth too."""
    figures = [r for r in parse_path(heldout("26u", "02")).records if isinstance(r, StatedFigure)]
    under = [f for f in figures if f.source_line >= 28]
    assert under and all(f.year == 2022 for f in under)
    growth = next(f for f in under if f.field == "change_pct")
    assert (growth.value, growth.compared_with) == (Decimal("0.29"), "prior_year")


def test_a_section_headings_year_variant():
    text = ("一、2021 年预算执行情况\n(一)收入\n全年完成收入500万元,同比增长5%。\n二、2022年预算草案\n"
            "安排收入600万元。\n三、其他说明\n政府采购合同金额70万元。")
    found = by_value(read(text, 2022, budget=True))
    assert [found[Decimal(v)].year for v in ("5000000.00", "5", "6000000.00", "700000.00")] == [2021, 2021, None, None]
    assert all(f.year is None for f in read(text, 2022))  # (a final account's sections are of its own year)


@pytest.mark.skipif(not REAL_DOCUMENTS.exists(), reason="../shared/real-documents not present")
def test_a_paragraph_opening_with_its_own_year_under_a_heading_of_another_real_page():
    """corpus/30 (a 2022 budget): under ``二、2021年“三公”经费决算情况``, 2021's figures; the paragraph after it opens
    with 2022 (2022年度“三公”经费预算较2021年度增加…) — its changes are 2022's, not the heading's."""
    figures = [r for r in parse_path(REAL_DOCUMENTS / "text" / "30_neimenggu_ordos_2022_sangong_budget.txt").records
               if isinstance(r, StatedFigure)]
    assert {f.year for f in figures if f.source_line == 5} == {2021}
    assert {f.year for f in figures if f.source_line in (3, 6)} == {None}


def test_an_earlier_years_budget_opening_a_sentence_names_no_ones():
    """26v/05 (a 2016 budget): ``“因公出国(境)费”15万元,主要用于…。2015年预算数15万元``: whose 2015 budget the
    sentence does not say (a sentence may stand between: 本年支出100万元。办公楼维修完成。上年决算数80万元) — left
    out, not given to the sentence before's one amount (tried in prec23, taken back: it read the second too)."""
    found = [f for f in read("2016年省财政厅预算安排,“因公出国(境)费”15万元,主要用于业务培训费用。2015年预算数15万元。",
                             2016) if f.field == "budget_initial"]
    assert [(f.label, f.value) for f in found if f.label] == []


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("2023年度收入预算3309.58万元,比2022年年初预算数3683.76万元减少374.18万元,下降10.16%。", "2022"),  # 26u/10
        ("2023年支出预算500万元,较2022年预算数600万元减少100万元。", "2022"),
        ("支出决算500万元,比年初预算数600万元减少100万元。", "budget"),
    ],
)
def test_a_budget_compared_with_carries_its_base(text, compared):
    budget = next(f for f in read(text, 2023) if f.field == "budget_initial")
    assert budget.compared_with == compared


# --- a change against a budget is no year-on-year change ------------------------------------------------------------

def test_a_change_against_the_budget_is_no_metric_change_real_page():
    """26r/09 (a 2021 account): ``公务接待费支出2.14万元, 与2021年度预算相比,增加1.14万元`` — against the year's
    budget, not last year: no Metric.change_value (R10's this year − prior year); the stated figure keeps it."""
    records = parse_path(heldout("26r", "09")).records
    metric = next(r for r in records if isinstance(r, Metric) and r.metric == "three_public_reception")
    assert metric.value == Decimal("21400.00") and metric.change_value is None and metric.growth_pct is None
    assert any(isinstance(r, StatedFigure) and r.field == "change" and r.value == Decimal("11400.00") for r in records)


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("公务接待费支出5万元,比年初预算减少1万元,下降16.67%。", None),
        ("公务接待费支出5万元,較上年預算增加1萬元。", None),
        ("公务接待费支出5万元,比上年增加1万元,增长25%。", Decimal("10000.00")),
        # (a label holding 预算 compares with no budget: maoxian's sample)
        ("与2021年相比,一般公共预算财政拨款534.72万元增加5.53万元,增长1.6%。", None),
    ],
)
def test_a_change_against_the_budget_variant(tmp_path, sentence, change):
    page = tmp_path / "page.txt"
    page.write_text("某县某局2022年度部门决算\n第三部分 2022年度部门决算情况说明\n"
                    "(九)“三公”经费财政拨款支出决算情况说明\n" + sentence + "\n", encoding="utf-8")
    metrics = [r for r in parse_path(page).records if isinstance(r, Metric) and r.change_value is not None]
    assert [m.change_value for m in metrics if m.metric == "three_public_reception"] == ([abs(change)] if change
                                                                                           else [])


def test_a_change_whose_label_names_a_budget_stays_the_year_on_year_one():
    records = parse_path(Path("/work/shared/sample-documents/maoxian-county-hrss-2022-final-account.txt")).records \
        if Path("/work/shared/sample-documents/maoxian-county-hrss-2022-final-account.txt").exists() else []
    if not records:
        pytest.skip("../shared/sample-documents not present")
    metric = next(r for r in records if isinstance(r, Metric) and r.source_line == 50
                  and r.metric == "general_budget_expenditure")
    assert metric.change_value == Decimal("55300.00")


# --- a 同口径 rate ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        # corpus/09 L19
        "区本级一般公共预算总收入221615万元,完成调整后预算的110.8%,下降1.6%,剔除减税降费因素,同口径增长5.7%,"
        "其中地方一般公共预算收入135000万元。",
        "区本级一般公共预算总收入221615万元,下降1.6%,可比口径增长5.7%。",  # (variant)
    ],
)
def test_a_comparable_basis_rate_is_labelled_apart(text):
    rates = {f.value: f for f in read(text, 2020) if f.field == "change_pct"}
    assert rates[Decimal("1.6")].label == "区本级一般公共预算总收入"
    assert rates[Decimal("5.7")].label == "区本级一般公共预算总收入(同口径)" and rates[Decimal("5.7")].metric is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # lanshan (a 2023 government account): the only growth printed
        ("2023年,全县一般公共预算支出完成345789万元,同口径增长2.8%,占预算的96.9%。", "全县一般公共预算支出完成"),
        # corpus/19 L5: the only change, and its rate
        ("2019年,县本级“三公”经费决算支出数为1165.08万元,按同口径同比减少63.96万元,下降5.2%。",
         "县本级三公经费决算支出"),
    ],
)
def test_a_comparable_basis_change_alone_is_the_subjects(text, label):
    found = read(text, 2023)
    assert {f.label for f in found if f.field in ("change", "change_pct")} == {label}


# --- a weight glued to a target -------------------------------------------------------------------------------------

@pytest.mark.skipif(not REAL_DOCUMENTS.exists(), reason="../shared/real-documents not present")
def test_a_weight_glued_to_a_target_is_no_amount_real_page():
    """corpus/34 L4: ``…办公所需成本415万元15万元4维修(维护)所需成本335万元35万元3…`` (weight 4, target 15万元, actual
    15万元, score 4): the indicator is read; 415万元 is no amount of 办公所需成本."""
    records = parse_path(REAL_DOCUMENTS / "text" / "34_ningxia_yinchuan-6zhong_2021_selfeval.txt").records
    names = {r.level3_name: (r.weight, r.target_raw) for r in records if isinstance(r, Indicator)}
    assert names["办公所需成本"] == (Decimal("4"), "15万元")
    assert not [r for r in records if isinstance(r, StatedFigure) and r.value in (
        Decimal("4150000.00"), Decimal("3350000.00"))]

"""Figures of another year (MISSES-27i-27l row 1): a year named before a figure in its sentence or clause decides
which year the figure is of. A clause headed by a list of years (2021年、2022年…共计X) is of no one year: its figures
are left out with a warning; a list's item may open with a year of its own (…2,000万元、2020年度特别抗疫国债资金
收支3,500万元); a heading run in at a paragraph's start (2.2021年度绩效目标。…) gives the paragraph its year; a rate
carries the year in force as an amount does; and a page over a span of years listed together is of the span's last
year. The document's own year stays the document's own (no year carried). Each on the real page (dev batches 27i,
27j) and on variants written here (full- and half-width punctuation, 年度, 和 / 及, 元 / 万元, other wordings)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.final_accounts.paragraphs import build_paragraphs
from ingest.identity import detect_year
from ingest.records import ParseWarning, StatedFigure
from ingest.statements import parse_statements
from ingest.text import split_lines

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"
SHANDONG = HELDOUT / "27i" / "text" / "03_shandong_province-gbzn_2022_eval_report.txt"
SHAPINGBA = HELDOUT / "27j" / "text" / "14_chongqing_shapingba-jtj_2021_final.txt"


def read(text: str, year: int) -> tuple[list[StatedFigure], list[ParseWarning]]:
    warnings: list[ParseWarning] = []
    found = parse_statements(build_paragraphs(split_lines(text)), warnings, None, year)
    return found, warnings


def years_of(text: str, year: int) -> dict[Decimal, int | None]:
    return {f.value: f.year for f in read(text, year)[0]}


# --- the real pages --------------------------------------------------------------------------------------------


def _figures(path: Path) -> list[StatedFigure]:
    return [r for r in parse_path(path).all_records if isinstance(r, StatedFigure)]


def test_real_page_an_evaluation_report_over_two_years():
    # 27i 03: an evaluation report of 2021–2022 (山东省高标准农田): of 2022, the span's last year
    assert parse_path(SHANDONG).info.fiscal_year == 2022
    by_value = {(f.source_line, f.value): f for f in _figures(SHANDONG)}
    # 其中2021年省级资金248000万元、中央资金597784万元,2022年省级资金316390万元、…: each after its own year
    assert by_value[(6, Decimal("2480000000.00"))].year == 2021
    assert by_value[(6, Decimal("5977840000.00"))].year == 2021
    assert by_value[(6, Decimal("3163900000.00"))].year is None
    # 截至2022年7月底,2021年高标准农田建设资金实际到位资金为926318.05万元: 2021's (the date is no clause's year)
    assert by_value[(6, Decimal("9263180500.00"))].year == 2021
    # 2.2021年度绩效目标。新建高标准农田620万亩,…亩均投入财政资金1500元 (a rate): 2021's; 3.2022年度…: the page's own
    assert by_value[(9, Decimal("620"))].year == 2021
    assert by_value[(9, Decimal("1500.00"))].year == 2021
    assert by_value[(10, Decimal("640"))].year is None
    # 2021年、2022年…共计1838247万元: of no one year — left out
    assert (6, Decimal("18382470000.00")) not in by_value
    # 2021年、2022年山东省分别立项实施…620万亩、640万亩,同步发展高效节水灌溉项目166万亩、167万亩: each year's in
    # its place
    line_4 = [(by_value[(4, Decimal(v))].label, by_value[(4, Decimal(v))].year) for v in ("620", "640", "166", "167")]
    assert line_4 == [
        ("立项实施高标准农田项目", 2021), ("立项实施高标准农田项目", None),
        ("同步发展高效节水灌溉项目", 2021), ("同步发展高效节水灌溉项目", None),
    ]


def test_real_page_a_year_heading_a_list_item_inside_a_reason():
    # 27j 14 L15 (a 2021 account): 主要原因是区交通局2020年凌云路项目收支2,000万元、
    # 2020年度特别抗疫国债资金收支3,500万元
    figure = next(f for f in _figures(SHAPINGBA) if f.value == Decimal("35000000.00"))
    assert figure.year == 2020


# --- variants ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2021年、2022年全市高标准农田建设资金共计1838247万元,其中2021年省级资金248000万元、中央资金597784万元。",
        "2021年和2022年全市高标准农田建设资金共计1838247万元;其中2021年省级资金248000万元,中央资金597784万元。",
        "2021年度、2022年度全市高标准农田建设资金共计183.8247亿元，其中2021年度省级资金24.8亿元、中央资金59.7784亿元。",
    ],
)
def test_a_clause_headed_by_a_list_of_years_is_left_out_and_its_parts_keep_their_year(text):
    found, warnings = read(text, 2022)
    years = {f.value: f.year for f in found}
    assert Decimal("18382470000.00") not in years
    assert years[Decimal("2480000000.00")] == 2021 and years[Decimal("5977840000.00")] == 2021
    assert any("list of years" in w.message for w in warnings)


@pytest.mark.parametrize(
    "text",
    [
        "2021年、2022年全省分别新建高标准农田620万亩、640万亩,同步发展高效节水灌溉166万亩、167万亩。",
        "2021年度、2022年度全省分别新建高标准农田620万亩、640万亩；同步发展高效节水灌溉166万亩、167万亩。",
    ],
)
def test_respectively_over_a_list_of_years_gives_each_figure_its_year(text):
    found, _ = read(text, 2022)
    assert [(f.label, f.value, f.year) for f in found] == [
        ("新建高标准农田", Decimal(620), 2021), ("新建高标准农田", Decimal(640), None),
        ("同步发展高效节水灌溉", Decimal(166), 2021), ("同步发展高效节水灌溉", Decimal(167), None),
    ]
    # in the earlier year's document: the later year's carry theirs
    assert [f.year for f in read(text, 2021)[0]] == [None, 2022, None, 2022]


@pytest.mark.parametrize(
    "text",
    [
        # three figures for two years: which is whose, not told
        "2021年、2022年全省分别新建高标准农田620万亩、640万亩、700万亩。",
        # no 分别: a list of years heading a clause of one figure (the span's)
        "2021年、2022年全省新建高标准农田1260万亩。",
        # changes after the years' figures: against what, not told (and the list's next figure with it)
        "2021年度、2022年度全省分别安排资金620万元、640万元，增长5%、6%。",
    ],
)
def test_a_list_of_years_whose_figures_cannot_be_laid_over_them_is_left_out(text):
    found, warnings = read(text, 2022)
    assert all(f.unit != "percent" for f in found) and Decimal(700) not in {f.value for f in found}
    assert Decimal(1260) not in {f.value for f in found} and warnings


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        (
            "主要原因是2020年凌云路项目收支2,000万元、2020年度特别抗疫国债资金收支3,500万元,2021年无该项目。",
            "35000000.00",
            2020,
        ),
        ("支出减少主要是上年有一次性项目200万元、2020年特别国债资金收支35000000元。", "35000000.00", 2020),
        # the document's own year heading an item: the document's own
        ("收入包括上年结转200万元、2021年度财政拨款收入3500万元。", "35000000.00", None),
    ],
)
def test_a_year_heading_a_list_item_is_its_figures(text, value, year):
    assert years_of(text, 2021)[Decimal(value)] == year


@pytest.mark.parametrize(
    "text",
    [
        "2.2021年度绩效目标。新建高标准农田620万亩;以县为单位平均计算,亩均投入财政资金1500元。",
        "(二)2021年绩效目标:新建高标准农田620万亩，亩均投入财政资金1500元/亩。",
        "2021年工作完成情况。新建高标准农田620万亩,亩均投入财政资金0.15万元。",
    ],
)
def test_a_run_in_year_heading_gives_its_paragraph_its_year(text):
    found, _ = read(text, 2022)
    assert [f.year for f in found] == [2021, 2021]
    # in a report of that year: the document's own
    assert [f.year for f in read(text, 2021)[0]] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "2022年部门预算收入1000万元,支出1000万元。",
        "2022年度一般公共预算财政拨款收入1000万元、支出1000万元。",
        # an event's year, no section's noun: no year for the figures after it
        "2018年正式成立。现有学生683人,教职工50人。",
        # a cited title's and a document number's year name no figure's
        "根据《2021年高标准农田建设资金管理办法》(鲁财农〔2021〕12号),安排资金1000万元、补助资金500万元。",
    ],
)
def test_the_documents_own_year_and_no_years_stay_the_documents(text):
    assert all(f.year is None for f in read(text, 2022)[0])


@pytest.mark.parametrize(
    ("title", "body", "year"),
    [
        (
            "",
            "2021年、2022年山东省分别立项实施项目620万亩、640万亩。\n2021年省级资金248000万元。\n2022年省级资金316390万元。",
            2022,
        ),
        ("", "2021年和2022年全市共投入资金1000万元。\n2021年投入400万元。\n2022年投入600万元。", 2022),
    ],
)
def test_a_page_over_a_span_of_listed_years_is_of_the_last(title, body, year):
    assert detect_year(split_lines(body), title) == year


@pytest.mark.parametrize(
    "text",
    [
        # 27g 05 L6 (a 2018 notice): this year's standard for the homes renovated in 2017
        "今年继续对2017年实施的清洁取暖改造用户给予1000元/年的运行补贴。",
        "本年对2017年完成改造的用户给予每户1000元补助。",
    ],
)
def test_a_clause_of_the_present_naming_the_year_it_acts_on_is_the_documents(text):
    assert all(f.year is None for f in read(text, 2018)[0])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a clause opening with 对 and a year names what it acts on, that year's (see CLAUSE_YEAR_RE)
        ("(一)对2017年实施的改造用户给予1000元/户的补贴。", 2017),
        ("2017年度补助标准为1000元/户。", 2017),
    ],
)
def test_a_rate_in_a_clause_of_another_year_is_that_years(text, year):
    assert [f.year for f in read(text, 2018)[0]] == [year]


def _wordings():
    """Two years' figures in one sentence, in several wordings: (sentence, the earlier year's value, the document's)."""
    for earlier in ("2021年", "2021年度", "2021 年"):
        for comma, semicolon in ((",", ";"), ("，", "；")):
            for unit, scale in (("万元", Decimal(10000)), ("元", Decimal(1))):
                yield (f"{earlier}收入总计120{unit}{comma}支出总计110{unit}{semicolon}2022年收入总计150{unit}{comma}"
                       f"支出总计140{unit}。", Decimal(120) * scale, Decimal(150) * scale)
                yield (f"其中{earlier}省级资金120{unit}、中央资金110{unit}{comma}2022年省级资金150{unit}、"
                       f"中央资金140{unit}。", Decimal(120) * scale, Decimal(150) * scale)


@pytest.mark.parametrize(("text", "earlier", "own"), list(_wordings()))
def test_each_years_figures_in_one_sentence_carry_their_year_and_the_documents_none(text, earlier, own):
    years = years_of(text, 2022)
    assert years[earlier] == 2021 and years[earlier * 11 / 12] == 2021
    assert years[own] is None and years[own * 14 / 15] is None
    # in the earlier year's own document: the later year's figures carry theirs
    years = years_of(text, 2021)
    assert years[earlier] is None and years[own] == 2022

"""A funds block whose header and rows ran together with no separators (ingest/performance/funds_run.py): a
row's digits split into 预算数 | 执行数 | 执行率 [| 得分] only where exactly one split holds."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.performance.funds_run import splits
from ingest.records import ParseWarning, Project, ProjectFunding

PAGES = Path(__file__).parent / "fixtures" / "pages"
WAN = Decimal(10000)


def _funds(records) -> dict[str, tuple]:
    return {
        r.source: (r.budget_full_year_yuan, r.executed_yuan, r.execution_rate, r.source_line)
        for r in records if isinstance(r, ProjectFunding)
    }


def _warnings(records) -> list[str]:
    return [r.message for r in records if isinstance(r, ParseWarning) and r.parser == "performance.funds_block"]


def test_real_page_a_transfer_sheet_run_together_in_traditional_script_xuancheng():
    # 宣城市农业农村局 2024 (traditional script with pinyin glosses): ``全年預算數(A)全年執行數(B)預算執行率(B/A×100%)
    # 年度資金總額:390390100%其中:中央財政資金390390100%`` — 390 | 390 | 100% is the only split
    records = parse_path(PAGES / "xuancheng-nyncj-2024-selfeval-run-together.txt").records
    amount = Decimal(390) * WAN
    assert _funds(records) == {
        "total": (amount, amount, Decimal(100), 6),
        "fiscal": (amount, amount, Decimal(100), 6),
    }
    (project,) = [r for r in records if isinstance(r, Project)]
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (amount, amount, 100)
    assert not any("none of its figures" in r.message for r in records if isinstance(r, ParseWarning))


def test_real_page_a_report_with_its_sheet_run_together_gxwlt():
    # 广西文化和旅游厅 2021: ``资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:21182118100%其中:
    # 中央财政资金21182118100%地方资金其他资金总体目标…`` (the rows without figures read none)
    records = parse_path(PAGES / "gxwlt-2021-selfeval-report-run-together.txt").records
    amount = Decimal(2118) * WAN
    assert _funds(records) == {
        "total": (amount, amount, Decimal(100), 7),
        "fiscal": (amount, amount, Decimal(100), 7),
    }


def test_real_page_a_rate_printed_as_a_fraction_and_a_score_cjjb():
    # 长江禁捕 2020 (OCR of a DOCX): ``预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额1.561.56120`` is
    # 1.56 | 1.56 | 1 | 20: the rate 1 (= 100 %), the score 20 × 1 — onto the project the indicator reader found
    records = parse_path(PAGES / "cjjb-2020-selfeval-flattened-scan-noise.txt").records
    amount = Decimal("1.56") * WAN
    assert _funds(records) == {"total": (amount, amount, Decimal(100), 4)}
    (project,) = [r for r in records if isinstance(r, Project)]
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate, project.funds_score) == (
        amount, amount, 100, 20)


def test_real_page_funds_without_a_rate_column_are_not_split_linxiang():
    # 临湘市文化旅游广电局 2021: ``计划安排资金(万元)实际到位资金(万元)75实际支出(万元)89+82…`` — no 执行率 to confirm
    # a split (and an OCR's figures): nothing read
    records = parse_path(PAGES / "linxiang-wlgj-2021-selfeval-report-garbled.txt").records
    assert not [r for r in records if isinstance(r, ProjectFunding)]
    assert not [r for r in records if isinstance(r, Project) and r.executed_yuan is not None]


SHEET = "项目名称某某专项资金\n{caption}{header}{rows}总体目标完成情况\n"
HEADER = "全年预算数(A)全年执行数(B)预算执行率(B/A)"


def _parse(rows: str, caption: str = "资金投入情况(万元)", header: str = HEADER):
    return parse_bytes(SHEET.format(caption=caption, header=header, rows=rows).encode(), Path("x.txt")).records


@pytest.mark.parametrize(
    ("rows", "caption", "expected"),
    [
        # other amounts with decimals, a rate of 95.82 %
        ("年度资金总额:125.50120.2595.82%其中:财政拨款125.50120.2595.82%", "资金投入情况(万元)",
         (Decimal("125.50") * WAN, Decimal("120.25") * WAN, Decimal("95.82"))),
        # 元 with large amounts, a rate of 95.5 %, a full-width colon
        ("年度资金总额：1250000.001193750.0095.5%其中：财政拨款1250000.001193750.0095.5%", "资金投入情况(元)",
         (Decimal("1250000.00"), Decimal("1193750.00"), Decimal("95.5"))),
    ],
)
def test_variant_rows_run_together(rows, caption, expected):
    records = _parse(rows, caption)
    assert _funds(records) == {"total": (*expected, 2), "fiscal": (*expected, 2)}


def test_variant_a_score_column_with_its_points_in_the_header():
    # 2.43 / 2.56 = 0.949 → 0.95; 得分 20 × 0.95 = 19
    records = _parse("年度财政资金总额2.562.430.9519", "预算执行情况(万元)(20分)",
                     "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)")
    assert _funds(records) == {"total": (Decimal("2.56") * WAN, Decimal("2.43") * WAN, Decimal("95"), 2)}
    (project,) = [r for r in records if isinstance(r, Project)]
    assert project.funds_score == 19


def test_variant_a_score_the_points_times_the_rate_do_not_give_is_left_out():
    # 20 × 0.95 is 19, not 15: no split
    records = _parse("年度财政资金总额2.562.430.9515", "预算执行情况(万元)",
                     "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)")
    assert not _funds(records)
    assert any("split no way" in message for message in _warnings(records))


def test_variant_a_run_with_two_splits_is_left_out():
    # 10 | 1010 | 10 | 100% and 1010 | 10 | 10 | 100% both hold: neither is read
    records = _parse("年度资金总额:10101010100%", header="年初预算数全年预算数全年执行数执行率")
    assert not _funds(records)
    assert any("split several ways" in message for message in _warnings(records))


def test_variant_a_fraction_rate_of_one_needs_a_full_execution():
    # 1.50 / 1.56 is 96 %, not the 1 printed: no split
    records = _parse("年度财政资金总额1.561.50120", "预算执行情况(万元)",
                     "预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)")
    assert not _funds(records)


@pytest.mark.parametrize(
    ("run", "roles", "points", "expected"),
    [
        ("390390100%", ["full_year", "executed", "rate"], None, [("390", "390", "100%")]),
        ("1.561.56120", ["full_year", "executed", "rate", "score"], Decimal(20), [("1.56", "1.56", "1", "20")]),
        ("202010100.00%10", ["full_year", "executed", "weight", "rate", "score"], None,
         [("20", "20", "10", "100.00%", "10")]),
        ("2.562.430.9519", ["full_year", "executed", "rate", "score"], Decimal(20), [("2.56", "2.43", "0.95", "19")]),
        # the amounts print as many decimals: 2456.1 | 82456.18 is no split
        ("2456.182456.18100%", ["full_year", "executed", "rate"], None, [("2456.18", "2456.18", "100%")]),
        # nothing executed is no reading (39039010 | 0 | 0% would hold the division)
        ("390390100%", ["initial", "executed", "rate"], None, [("390", "390", "100%")]),
        # 执行数 ≤ 预算数 × 1.5; no number opens with 0
        ("10200200%", ["full_year", "executed", "rate"], None, []),
        ("100050100%", ["full_year", "executed", "rate"], None, []),
        ("5555100%", ["initial", "full_year", "executed", "rate"], None,
         [("5", "55", "5", "100%"), ("55", "5", "5", "100%")]),
    ],
)
def test_splits(run, roles, points, expected):
    assert sorted(tuple(cell for _, cell in split) for split in splits(run, roles, points)) == expected


def test_variant_header_and_rows_on_lines_of_their_own():
    # the header on one line, the rows run together on the next: each record at its row's line
    text = ("项目名称某某专项资金\n资金投入情况(万元)年初预算数全年预算数全年执行数执行率\n"
            "年度资金总额:80.0080.0076.5095.63%\n其中:上年结转资金80.0080.0076.5095.63%\n总体目标\n")
    records = parse_bytes(text.encode(), Path("x.txt")).records
    assert _funds(records) == {
        "total": (Decimal("80.00") * WAN, Decimal("76.50") * WAN, Decimal("95.63"), 3),
        "carryover": (Decimal("80.00") * WAN, Decimal("76.50") * WAN, Decimal("95.63"), 4),
    }
    (total,) = [r for r in records if isinstance(r, ProjectFunding) and r.source == "total"]
    assert total.budget_initial_yuan == Decimal(80) * WAN


@pytest.mark.parametrize("page", ["gxwlt-2021-selfeval-report-run-together.txt",
                                  "xuancheng-nyncj-2024-selfeval-run-together.txt"])
def test_real_page_a_transfer_name_ends_before_the_central_supervisors_label(page):
    # a 转移支付 sheet's fields run together: ``…名称非物质文化遗产保护资金中央主管部门文化和旅游部地方主管部门…`` — the
    # name ends where the label 中央主管部门 starts (not at 主管部门, leaving ``…资金中央``)
    names = [r.name for r in parse_path(PAGES / page).records if isinstance(r, Project)]
    assert names and not any(name.endswith(("中央", "地方")) for name in names)


@pytest.mark.parametrize("level", ["中央", "地方", "省级", "市级", "县级"])
def test_variant_a_name_run_into_a_supervisors_label_with_its_level(level):
    text = (f"转移支付(项目)名称2023年乡村学校少年宫补助资金{level}主管部门教育部资金使用单位某县教育局\n"
            "资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)\n"
            "年度资金总额:1209680%\n")
    names = [r.name for r in parse_bytes(text.encode(), Path("x.txt")).records if isinstance(r, Project)]
    assert names == ["2023年乡村学校少年宫补助资金"]


HEADER = "项目资金 (万元)年初预算数全年预算数全年执行数分值执行率得分\n"


def _glued(rows: str) -> list:
    text = "项目名称某某加工车间建设项目\n" + HEADER + rows + "年度总体目标预期目标实际完成情况\n"
    return parse_bytes(text.encode(), Path("sheet.txt")).records


def test_real_page_glued_a_dash_holds_the_place_of_an_empty_column_nanhua():
    # 南华县 野生菌加工车间 2023 (26v/10) with its rows' cells run together, as a preview copy prints them:
    # ``其中:当年财政拨款110011001100—100%—`` is 1100 | 1100 | 1100 | — | 100% | —, never 1 | 100 | 1 | 100 | 1 | 100
    # (the digits taken past the dash that holds the empty 分值)
    records = _glued("年度资金总额11001100110010100%10\n其中:当年财政拨款110011001100—100%—\n上年结转资金——\n")
    amount = Decimal(1100) * WAN
    assert _funds(records) == {
        "total": (amount, amount, Decimal(100), 3),
        "fiscal": (amount, amount, Decimal(100), 4),
    }


@pytest.mark.parametrize("dash", ["—", "-", "/", "－"])
def test_variant_a_dash_holds_the_place_of_an_empty_column(dash):
    # another sheet: 年初 250.5, 全年 300, 执行 285, 95% — its 其中 row's 分值 and 得分 left empty by a dash
    records = _glued(
        f"年度资金总额250.50300.00285.001095.00%9.5\n其中:当年财政拨款250.50300.00285.00{dash}95.00%{dash}\n"
    )
    assert _funds(records)["fiscal"] == (Decimal(300) * WAN, Decimal(285) * WAN, Decimal(95), 4)


def test_the_digits_before_a_dash_fill_only_the_columns_before_it():
    roles = ["initial", "full_year", "executed", "weight", "rate", "score"]
    assert list(splits("110011001100—100%—", roles)) == [(
        ("initial", "1100"), ("full_year", "1100"), ("executed", "1100"), ("weight", "—"), ("rate", "100%"),
        ("score", "—"),
    )]
    # a dash where an amount stands leaves that column empty: 年初 1100, 全年 —, 执行 1100
    assert list(splits("1100—1100100%", ["initial", "full_year", "executed", "rate"])) == [
        (("initial", "1100"), ("full_year", "—"), ("executed", "1100"), ("rate", "100%"))
    ]

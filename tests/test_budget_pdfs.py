"""The six 部门预算 / 单位预算 PDFs of 普陀区 bodies: budget tables into budget-stage records."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.pdf import parse_pdf
from ingest.pdf.duplicates import find_conflicting_duplicates
from ingest.pdf.pages import read_pages
from ingest.pdf.tables import find_tables
from ingest.records import EconomicItem, FunctionalItem, Metric, ParseWarning, SectionStatus
from juesuan.settings import SAMPLE_DOCUMENTS

PDF_DIR = SAMPLE_DOCUMENTS / "pdf"
WANLI_2024 = PDF_DIR / "上海市普陀区人民政府万里街道办事处24年预算.pdf"
WANLI_2025 = PDF_DIR / "上海市普陀区人民政府万里街道办事处25年预算.pdf"
GOV_OFFICE_2025 = PDF_DIR / "上海市普陀区人民政府办公室25年预算.pdf"
GOV_OFFICE_UNIT_2025 = PDF_DIR / "上海市普陀区人民政府办公室单位25年预算.pdf"
JUSTICE_UNIT_2026 = PDF_DIR / "上海市普陀区司法局2026年单位预算.pdf"
JUSTICE_2026 = PDF_DIR / "上海市普陀区司法局2026年部门预算.pdf"
THREE_PUBLIC = "“三公”经费和机关运行经费预算表"

# file, 收入总计 元, 基本支出, 项目支出, “三公” 合计 万元, 机关运行经费 万元,
# coded rows of 支出预算总表, 经济分类 rows
EXPECTED = [
    (WANLI_2024, "156211123", "99706020", "56505103", "47.91", "443.18", 66, 31),
    (WANLI_2025, "189767551", "101341746", "88425805", "37.91", "464.64", 66, 31),
    (GOV_OFFICE_2025, "91016775.35", "24606775.35", "66410000.00", "867.50", "213.28", 20, 29),
    (GOV_OFFICE_UNIT_2025, "91016775.35", "24606775.35", "66410000.00", "867.50", "213.28", 20, 29),
    (JUSTICE_UNIT_2026, "86959408.34", "22118861.00", "64840547.00", "10.71", "184.59", 21, 29),
    (JUSTICE_2026, "96282213.44", "25741666.44", "70540547.00", "10.81", "217.83", 21, 29),
]


@pytest.fixture(scope="module")
def parsed():
    return {path: parse_pdf(path.read_bytes())[1] for path, *_ in EXPECTED}


def metric(records, key: str, origin: str) -> Metric:
    (found,) = [r for r in records if isinstance(r, Metric) and r.metric == key and r.origin == f"table:{origin}"]
    return found


@pytest.mark.parametrize(("path", "total", "basic", "project", "three", "operation", "rows", "econ"), EXPECTED)
def test_budget_totals_three_public_and_row_counts(parsed, path, total, basic, project, three, operation, rows, econ):
    records = parsed[path]
    assert all(r.stage == "budget" for r in records if isinstance(r, (Metric, FunctionalItem, EconomicItem)))
    assert metric(records, "income_total", "财务收支预算总表").value == Decimal(total)
    assert metric(records, "expenditure_total", "财务收支预算总表").value == Decimal(total)
    assert metric(records, "expenditure_basic", "支出预算总表").value == Decimal(basic)
    assert metric(records, "expenditure_project", "支出预算总表").value == Decimal(project)
    assert metric(records, "three_public_total", THREE_PUBLIC).value == Decimal(three) * 10000
    assert metric(records, "operation_expense", THREE_PUBLIC).value == Decimal(operation) * 10000
    tables = {t.spec.canonical: t for t in find_tables(read_pages(path.read_bytes()))}
    assert len(tables) == 9
    assert sum(1 for r in tables["支出预算总表"].rows if r.code) == rows
    assert sum(1 for r in tables["一般公共预算基本支出经济分类预算表"].rows if r.code) == econ
    statuses = {s.section: s.status for s in records if isinstance(s, SectionStatus)}
    assert statuses["table:政府性基金预算支出功能分类预算表"] == "empty"
    assert statuses["table:收入预算总表"] == "present"


def test_justice_bureau_functional_items(parsed):
    records = parsed[JUSTICE_2026]
    items = {r.code: r for r in records if isinstance(r, FunctionalItem) and r.origin == "table:支出预算总表"}
    admin = items["2040601"]
    assert (admin.item_name, admin.kuan_name, admin.class_name) == ("行政运行", "司法", "公共安全支出")
    assert (admin.amount_yuan, admin.basic_yuan, admin.project_yuan) == (
        Decimal("16726725.44"),
        Decimal("16726725.44"),
        Decimal("0.00"),
    )
    assert (admin.source_page, admin.source_line) == (12, 9)
    assert items["2210203"].amount_yuan == Decimal("2433600.00")  # continued on page 13
    vehicle = metric(records, "three_public_vehicle_operation", THREE_PUBLIC)
    assert vehicle.value == Decimal("99800.00")


def test_justice_unit_budget_prints_a_project_figure_on_its_basic_only_row(parsed):
    # 单位预算 支出预算总表 prints 行政运行 14,348,853.34 | 14,348,853.34 | 64,840,547.00: kept as printed.
    items = {
        r.code: r
        for r in parsed[JUSTICE_UNIT_2026]
        if isinstance(r, FunctionalItem) and r.origin == "table:支出预算总表"
    }
    assert items["2040601"].project_yuan == Decimal("64840547.00")
    assert items["2040601"].amount_yuan == Decimal("14348853.34")


def test_economic_codes_without_leading_zero(parsed):
    items = {r.code: r for r in parsed[WANLI_2024] if isinstance(r, EconomicItem)}
    # printed "301 2 津贴补贴" and "301 7 绩效工资"
    assert items["30102"].name == "津贴补贴" and items["30102"].amount_yuan == Decimal("16623810")
    assert items["30107"].amount_yuan == Decimal("11447100") and items["30107"].group == "人员经费"
    assert items["30201"].group == "公用经费"
    assert metric(parsed[WANLI_2024], "personnel_expense", "一般公共预算基本支出经济分类预算表").value == Decimal(
        "88537451"
    )


def test_wanli_two_years_side_by_side(parsed):
    def urban(path):
        (row,) = [
            r
            for r in parsed[path]
            if isinstance(r, FunctionalItem) and r.code == "212" and r.origin == "table:一般公共预算支出功能分类预算表"
        ]
        return row.amount_yuan

    assert urban(WANLI_2024) == Decimal("119385303")
    assert urban(WANLI_2025) > 0
    purchase = {
        p: metric(parsed[p], "three_public_vehicle_purchase", THREE_PUBLIC).value for p in (WANLI_2024, WANLI_2025)
    }
    assert purchase == {WANLI_2024: Decimal("250000"), WANLI_2025: Decimal("150000")}


def test_wanli_2024_three_public_table_has_figures_but_says_it_is_empty(parsed):
    warnings = [r for r in parsed[WANLI_2024] if isinstance(r, ParseWarning)]
    assert [w.message for w in warnings] == ["table has figures but states it is empty"]
    status = {s.section: s for s in parsed[WANLI_2024] if isinstance(s, SectionStatus)}[f"table:{THREE_PUBLIC}"]
    assert status.status == "present" and "本表为空表" in status.statement


def test_gov_office_budget_has_no_conflicting_duplicates(parsed):
    assert find_conflicting_duplicates(parsed[GOV_OFFICE_2025]) == []

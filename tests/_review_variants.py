"""Copies of the 上海市普陀区财政局 2024 决算 PDF's records with one planted slip each (R16, R18–R23),
loaded beside the samples by the reconciliation tests (``_reconciliation_helpers``).

A PDF cannot be edited like a text sample, so each variant is the parsed document with its
records changed the way the printed page would be: a table figure restated, a direction word
swapped, a required table left out. R16 and R18 need a second document of the same department
(last year's final account, this year's budget): a copy renamed to another 普陀区 department
keeps each pair apart from the sample and from the other pairs.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from conftest import CAIZHENGJU_2024, CHANGJI

from ingest.document import ParsedDocument, parse_path
from ingest.records import DirectionStatement, FunctionalItem, Metric, Record, SectionStatus, YearStatement

WAN = Decimal(10000)
Edit = Callable[[list[Record]], list[Record]]


@dataclass(frozen=True)
class RecordVariant:
    """A copy of the 财政局 PDF's records; ``rule`` is the one rule the change should break (None: none)."""

    name: str
    documents: Callable[[], tuple[ParsedDocument, ...]]  # the first one is the variant itself
    rule: str | None
    base: Path = CAIZHENGJU_2024  # the sample it is a copy of

    @property
    def file_name(self) -> str:
        """The file name the variant document is loaded under."""
        return self.documents()[0].source_path.rsplit("/", 1)[-1]


@functools.cache
def parsed(path: Path) -> ParsedDocument:
    return parse_path(path)


def copy_of(name: str, edit: Edit = lambda records: records, *, department: str | None = None,
            year: int | None = None, doc_type: str | None = None, sample: Path = CAIZHENGJU_2024) -> ParsedDocument:
    """A sample (the 财政局 PDF) with ``edit`` applied to its records and its identity changed as asked."""
    base = parsed(sample)
    info = base.info
    changes = {k: v for k, v in (("department_name", department), ("fiscal_year", year), ("doc_type", doc_type))
               if v is not None}
    return ParsedDocument(
        document_id=f"{sample.stem}-{name}", source_path=f"synthetic/{sample.stem}--{name}{sample.suffix}",
        encoding=base.encoding, info=dataclasses.replace(info, **changes), records=edit(list(base.records)),
    )


def _replace(records: list[Record], match: Callable[[Record], bool], **changes: object) -> list[Record]:
    hits = [r for r in records if match(r)]
    assert hits, f"no record to change for {changes}"
    return [dataclasses.replace(r, **changes) if match(r) else r for r in records]


def _metric(key: str, *, narrative: bool) -> Callable[[Record], bool]:
    return lambda r: isinstance(r, Metric) and r.metric == key and (r.origin == "narrative") == narrative


# --- R22, R19, R23: one document each ---------------------------------------------------------
def table_income_restated(records: list[Record]) -> list[Record]:
    """本年收入合计 printed 2,946.35 in both tables (p6, p8), 2,946.25 in the prose (p21)."""
    return _replace(records, _metric("income_current_year", narrative=False), value=Decimal("2946.35") * WAN)


def prose_fiscal_total_corrected(records: list[Record]) -> list[Record]:
    """The prose's 财政拨款收入支出总计 0.3 万元 corrected to the table's 2,961.68 万元."""
    records = _replace(records, _metric("fiscal_income_total", narrative=True), value=Decimal("2961.68") * WAN,
                       ulp=Decimal(100))
    return _replace(records, _metric("fiscal_expenditure_total", narrative=True), value=Decimal("2961.68") * WAN,
                    ulp=Decimal(100))


def smaller_said_equal(records: list[Record]) -> list[Record]:
    """信息化建设: 年初预算 135.90, 支出决算 135.25 万元, "决算数等于预算数" (p22 L8)."""
    return _replace(records, lambda r: isinstance(r, DirectionStatement) and r.comparison == "budget"
                    and r.reference_yuan == Decimal("135.90") * WAN, word="等于")


def smaller_said_greater(records: list[Record]) -> list[Record]:
    """行政运行: 年初预算 1,560.05, 支出决算 1,511.89 万元, "决算数大于预算数" (p22 L3)."""
    return _replace(records, lambda r: isinstance(r, DirectionStatement) and r.comparison == "budget"
                    and r.reference_yuan == Decimal("1560.05") * WAN, word="大于")


def income_table_left_out(records: list[Record]) -> list[Record]:
    """收入决算表 and its 说明 left out: no section status of the income requirement."""
    income = ("table:收入决算表", "section:收入决算情况说明", "income")
    return [r for r in records if not (isinstance(r, SectionStatus) and r.section in income)]


def fund_table_without_statement(records: list[Record]) -> list[Record]:
    """The empty 政府性基金 table and section printed without saying the department has none."""
    return _replace(records, lambda r: isinstance(r, SectionStatus) and r.status == "empty"
                    and "政府性基金" in (r.statement or ""), statement=None)


def year_shifted(records: list[Record]) -> list[Record]:
    """The asset date 截至2023年12月31日 in a 2024 account (p24 L12)."""
    return _replace(records, lambda r: isinstance(r, YearStatement) and r.context == "as_of", year=2023)


def draft_of(year: int) -> Edit:
    """A next year's draft budget presented with the account (``关于…2024年预算执行情况和{year}年预算草案的报告``)."""
    def edit(records: list[Record]) -> list[Record]:
        return [*records, YearStatement(year=year, context="draft", snippet=f"{year}年预算草案", source_line=1,
                                        source_page=1)]
    return edit


# --- R16: this year's opening balances against last year's closing ones -----------------------
def last_year_of(this_year_begin: Decimal, fiscal_begin: Decimal) -> Edit:
    """Last year's final account: the closing balances and the figures this year's prose implies
    for last year (收入支出总计 2,995.39 + 56.95, 一般公共预算财政拨款支出 2,940.05 + 63.14,
    机关运行经费 184.65 − 2.55)."""
    def edit(records: list[Record]) -> list[Record]:
        def final(key: str, wan: str) -> Metric:
            return Metric(metric=key, label=key, value=Decimal(wan) * WAN, ulp=Decimal(100), origin="narrative",
                          source_line=1, source_page=1)
        return [
            final("carryover_end", str(this_year_begin)), final("fiscal_carryover_end", str(fiscal_begin)),
            final("expenditure_total", "3052.34"), final("general_budget_expenditure", "3003.19"),
            final("operation_expense", "182.10"),
        ]
    return edit


def cross_year_pair(department: str, fiscal_carryover_end: str) -> tuple[ParsedDocument, ...]:
    """This year's account (年初结转和结余 49.14 万元, p7 L2; 年初财政拨款结转和结余 21.63 万元, p13 L21)
    and last year's, closing with 49.14 and ``fiscal_carryover_end``."""
    this_year = copy_of(f"{department}-2024", department=department)
    last_year = copy_of(f"{department}-2023", last_year_of(Decimal("49.14"), Decimal(fiscal_carryover_end)),
                        department=department, year=2023)
    return this_year, last_year


# --- R18: the final account's 年初预算 against the budget document ----------------------------
def budget_of(offset_wan: str) -> Edit:
    """This year's budget document: the 年初预算 the final account prints for each 项 (and the 三公
    total), as a 一般公共预算支出功能分类预算表 — the first 项 ``offset_wan`` 万元 off."""
    def edit(records: list[Record]) -> list[Record]:
        out: list[Record] = []
        for r in records:
            if isinstance(r, FunctionalItem) and r.origin == "narrative" and r.budget_initial_yuan is not None:
                amount = r.budget_initial_yuan + (Decimal(offset_wan) * WAN if not out else 0)
                out.append(FunctionalItem(level=r.level, class_name=r.class_name, kuan_name=r.kuan_name,
                                          item_name=r.item_name, amount_yuan=amount, ulp_yuan=Decimal(100),
                                          stage="budget", origin="table:一般公共预算支出功能分类预算表",
                                          source_line=len(out) + 5, source_page=8))
        out.append(Metric(metric="three_public_total", label="“三公”经费合计", value=Decimal("0.95") * WAN,
                          ulp=Decimal(100), stage="budget", origin="table:“三公”经费和机关运行经费预算表",
                          source_line=9, source_page=20))
        return out
    return edit


def budget_pair(department: str, offset_wan: str) -> tuple[ParsedDocument, ...]:
    final = copy_of(f"{department}-2024-final", department=department)
    budget = copy_of(f"{department}-2024-budget", budget_of(offset_wan), department=department, doc_type="budget")
    return final, budget


# --- R16 by 功能分类 item: Changji prints 比上年决算增加 / 减少 for each 项 ----------------------
def items_of_last_year(offset_wan: str) -> Edit:
    """Last year's Changji account: each 项 that prints its change, at 本年 − 增减额 (the first one
    ``offset_wan`` 万元 off)."""
    def edit(records: list[Record]) -> list[Record]:
        out: list[Record] = []
        for r in records:
            if isinstance(r, FunctionalItem) and r.origin == "narrative" and r.change_yuan is not None \
                    and r.amount_yuan is not None:
                amount = r.amount_yuan - r.change_yuan + (Decimal(offset_wan) * WAN if not out else 0)
                out.append(dataclasses.replace(r, amount_yuan=amount, change_yuan=None, growth_pct=None,
                                               prior_year_amount_yuan=None))
        return out
    return edit


def item_year_pair(department: str, offset_wan: str) -> tuple[ParsedDocument, ...]:
    this_year = copy_of(f"{department}-2022", department=department, sample=CHANGJI)
    last_year = copy_of(f"{department}-2021", items_of_last_year(offset_wan), department=department, year=2021,
                        sample=CHANGJI)
    return this_year, last_year


CLEAN_DEPARTMENT = "上海市普陀区审计局"
CLEAN_ITEM_DEPARTMENT = "新疆昌吉州审计局"  # last year's account and this year's budget both agree

RECORD_VARIANTS: tuple[RecordVariant, ...] = (
    RecordVariant("R22", lambda: (copy_of("R22", table_income_restated),), "R22"),
    RecordVariant("R19", lambda: (copy_of("R19", smaller_said_equal),), "R19"),
    RecordVariant("R19-greater", lambda: (copy_of("R19-greater", smaller_said_greater),), "R19"),
    RecordVariant("R20", lambda: (copy_of("R20", year_shifted),), "R20"),
    RecordVariant("R20-draft", lambda: (copy_of("R20-draft", draft_of(2026)),), "R20"),
    RecordVariant("R23", lambda: (copy_of("R23", income_table_left_out),), "R23"),
    RecordVariant("R23-statement", lambda: (copy_of("R23-statement", fund_table_without_statement),), "R23"),
    RecordVariant("R16", lambda: cross_year_pair("上海市普陀区统计局", "22.63"), "R16"),
    RecordVariant("R18", lambda: budget_pair("上海市普陀区民政局", "1.00"), "R18"),
    RecordVariant("R16-item", lambda: item_year_pair("新疆昌吉州统计局", "1.00"), "R16", base=CHANGJI),
)
CLEAN_VARIANTS: tuple[RecordVariant, ...] = (
    RecordVariant("R22-clean", lambda: (copy_of("R22-clean", prose_fiscal_total_corrected),), None),
    RecordVariant("R20-draft-clean", lambda: (copy_of("R20-draft-clean", draft_of(2025)),), None),
    RecordVariant("R16-clean", lambda: cross_year_pair(CLEAN_DEPARTMENT, "21.63"), None),
    RecordVariant("R18-clean", lambda: budget_pair(CLEAN_DEPARTMENT, "0.00")[1:], None),
    RecordVariant("R16-item-clean", lambda: item_year_pair(CLEAN_ITEM_DEPARTMENT, "0.00"), None, base=CHANGJI),
)


def record_documents() -> list[ParsedDocument]:
    """Every document of every record variant, each once."""
    docs: dict[str, ParsedDocument] = {}
    for variant in RECORD_VARIANTS + CLEAN_VARIANTS:
        for doc in variant.documents():
            docs.setdefault(doc.document_id, doc)
    return list(docs.values())

"""One reconciled warehouse shared by the reconciliation tests (built once per test session).

The samples, one copy of a sample per rule with one figure changed beyond its tolerance (and a
few with a change within it), copies of the 财政局 PDF's records with one planted slip each
(``_review_variants``) and a handful of synthetic documents loaded straight from records are
parsed, built with dbt (the reconciliation models, their parents and fct_review_finding) and
validated by
:func:`expectations.run_reconciliation` — once, because dbt takes seconds.
"""

from __future__ import annotations

import functools
import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
from _review_variants import record_documents
from conftest import BAZHOU, CAIZHENGJU_2024, CHANGJI, MAOXIAN, ZENGDU

from ingest.document import ParsedDocument
from ingest.records import DocumentInfo, FunctionalItem, Metric, Record

WAN = Decimal(10000)
CENT_WAN = Decimal(100)  # 0.01 万元 in 元: the ulp of every synthetic figure
RUN_ID = "test-reconciliation"
LINE_SUFFIX = re.compile(r" @(p\d+ )?L\d+")


@dataclass(frozen=True)
class Variant:
    """A copy of a sample with text edits; ``rule`` is the one rule the edits should break (None: none)."""

    name: str
    base: Path
    edits: tuple[tuple[str, str], ...]
    rule: str | None

    @property
    def file_name(self) -> str:
        return f"{self.base.stem}--{self.name}.txt"


# A real 部门整体支出绩效自评表 (绥阳县太白镇; it prints no year: loaded under its county's year folder)
SUIYANG = Path(__file__).parent / "fixtures" / "pages" / "suiyang-taibai-2021-dept-self-evaluation.txt"
SUIYANG_FOLDER = Path("贵州省", "遵义市", "绥阳县", "2021")
BUDGET_SENTENCE = "公务用车运行费全年预算数 8.80 万元，决算数 8.80 万元"
RESTATED_BUDGET_SENTENCE = "公务用车运行费全年预算数 8.80 万元，决算数 8.90 万元"
ZENGDU_PART_THREE = "第三部分 2022 年度部门决算情况说明"

# Each edit replaces the FIRST occurrence of the text, which must exist. Where a figure is tied to
# others (a share, a growth rate), those are restated too so that only the rule under test breaks.
BEYOND_TOLERANCE: tuple[Variant, ...] = (
    # 收入总计 +1.00 (with 年初结转和结余 and the change restated: R02 and R10 still hold)
    Variant("R01", CHANGJI, (
        ("2022 年度收入总计 1,852.62 万元", "2022 年度收入总计 1,853.62 万元"),
        ("年初结转和结余 134.60 万元", "年初结转和结余 135.60 万元"),
        ("减少 1,291.13 万元，下降 41.07%", "减少 1,290.13 万元，下降 41.04%"),
    ), "R01"),
    Variant("R02", CHANGJI, (("年初结转和结余 134.60 万元", "年初结转和结余 134.63 万元"),), "R02"),
    Variant("R03", CHANGJI, (("年末结转和结余 78.04 万元", "年末结转和结余 79.04 万元"),), "R03"),
    Variant("R04", CHANGJI, (("其他收入 0.96 万元，占 0.06%", "其他收入 1.96 万元，占 0.11%"),), "R04"),
    Variant("R05", CHANGJI, (("项目支出 436.56 万元,占 24.60%", "项目支出 437.56 万元,占 24.66%"),), "R05"),
    Variant("R06", CHANGJI, (("卫生健康支出(类)76.05 万元,占 4.41%", "卫生健康支出(类)76.05 万元,占 4.51%"),), "R06"),
    Variant("R07", CHANGJI, (
        ("社会保障和就业支出(类)1,496.38 万元,占 86.70%", "社会保障和就业支出(类)1,497.38 万元,占 86.76%"),
    ), "R07"),
    Variant("R08", CHANGJI, (("人员经费 1,188.72 万元", "人员经费 1,189.72 万元"),), "R08"),
    # 运行维护费 is stated twice (and again as 决算数 beside its budget): both restated
    Variant("R09", CHANGJI, (
        ("公务用车运行维护费 8.80 万元。", "公务用车运行维护费 8.90 万元。"),
        (BUDGET_SENTENCE, RESTATED_BUDGET_SENTENCE),
    ), "R09"),
    # the 决算数 beside the budget restates 运行维护费 8.80 as 8.90: stated twice, two values
    Variant("R14", CHANGJI, ((BUDGET_SENTENCE, RESTATED_BUDGET_SENTENCE),), "R14"),
    Variant("R10", CHANGJI, (("增长 375.66%", "增长 376.66%"),), "R10"),
    Variant("R11", CHANGJI, (("89.17%", "90.17%"),), "R11"),
    Variant("R12", CHANGJI, (("98.60分", "97.60分"),), "R12"),
    Variant("R13", CHANGJI, (("政府采购货物支出 42.71 万元", "政府采购货物支出 43.71 万元"),), "R13"),
    Variant("R15", BAZHOU, (("1663.73\t1663.73\t0", "1664.73\t1663.73\t0"),), "R15"),
    # 综合业务管理: 682.71 万元 budgeted, 308.53 spent (45.19%): "支出决算数大于年初预算数" (line 275)
    Variant("R19", ZENGDU, (("45.19%，\n\n支出决算数小于", "45.19%，\n\n支出决算数大于"),), "R19"),
    # both years printed: "534.72万元减少5.53万元" to 543.25 (the change's own slip stays R10's)
    Variant("R19-both-years", MAOXIAN, (("534.72万元增加5.53万元", "534.72万元减少5.53万元"),), "R19"),
    # an asset date and a part heading naming the year before
    Variant("R20", CHANGJI, (("截止 2022 年 12 月 31 日", "截止 2021 年 12 月 31 日"),), "R20"),
    Variant("R20-heading", ZENGDU, ((ZENGDU_PART_THREE, "第三部分 2021 年度部门决算情况说明"),), "R20"),
    # a reason left as the template's placeholder, a table title still naming 上海市XX局
    Variant("R21", CHANGJI, (("主要原因是:本年增加访惠聚补助经费。", "主要原因是:XXXXXX。"),), "R21"),
    Variant("R21-title", ZENGDU, ((ZENGDU_PART_THREE, "第三部分 上海市XX局2022 年度部门决算情况说明"),), "R21"),
    # the same leftover twice on one line (empty brackets): one finding, its key unique
    Variant("R21-twice", CHANGJI, (
        ("主要原因是:本年增加访惠聚补助经费。", "主要原因是:本年增加()补助经费()。"),
    ), "R21"),
    # a 项 name no 支出功能分类 list has (劳动保障监察 → 劳动保障监督执法): an R17 warning, the amount still adds up
    Variant("R17", CHANGJI, (("(款)劳动保障监察(项)", "(款)劳动保障监督执法(项)"),), "R17"),
    # 项目支出's 全年执行数 353.75 → 363.75: 基本支出 + 项目支出 is 10 万元 more than 年度资金总额 1268.72
    Variant("R24", SUIYANG, (("项目支出 | 187.36 | 353.75", "项目支出 | 187.36 | 363.75"),), "R24"),
)
WITHIN_TOLERANCE: tuple[Variant, ...] = (
    # R02 on Changji adds four 0.01-万元 figures: it may miss by 0.02 万元, not by 0.03 (R02 above)
    Variant("R02-within", CHANGJI, (("年初结转和结余 134.60 万元", "年初结转和结余 134.62 万元"),), None),
    Variant("R07-within", CHANGJI, (("卫生健康支出(类)76.05 万元", "卫生健康支出(类)76.04 万元"),), None),
    Variant("R13-within", CHANGJI, (("政府采购货物支出 42.71 万元", "政府采购货物支出 42.72 万元"),), None),
    Variant("R15-within", BAZHOU, (("1663.73\t1663.73\t0", "1663.74\t1663.73\t0"),), None),
    # three 0.01-万元 figures may miss by 0.015 万元: 0.01 is within
    Variant("R24-within", SUIYANG, (("项目支出 | 187.36 | 353.75", "项目支出 | 187.36 | 353.76"),), None),
)
SAMPLES = (CHANGJI, MAOXIAN, ZENGDU, BAZHOU)


def apply_edits(text: str, edits: tuple[tuple[str, str], ...]) -> str:
    for old, new in edits:
        assert old in text, f"edit target not in the sample: {old!r}"
        text = text.replace(old, new, 1)
    return text


def write_corpus(folder: Path) -> None:
    """The samples and every variant, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for sample in (*SAMPLES, CAIZHENGJU_2024):
        shutil.copy(sample, folder / sample.name)
    (folder / SUIYANG_FOLDER).mkdir(parents=True)
    shutil.copy(SUIYANG, folder / SUIYANG_FOLDER / SUIYANG.name)
    for variant in BEYOND_TOLERANCE + WITHIN_TOLERANCE:
        text = variant.base.read_text(encoding="utf-8")
        (folder / variant.file_name).write_text(apply_edits(text, variant.edits), encoding="utf-8")


# --- synthetic documents: records a parser could have produced --------------------------------
def _wan(text: str) -> Decimal:
    return Decimal(text) * WAN


def _document(doc_id: str, records: list[Record]) -> ParsedDocument:
    info = DocumentInfo(department_name=f"合成 {doc_id}", source_line=1)
    return ParsedDocument(document_id=doc_id, source_path=f"synthetic/{doc_id}.txt", encoding="utf-8",
                          info=info, records=records)


def twenty_figures(doc_id: str, excess: str) -> ParsedDocument:
    """A 类 stated ``excess`` 万元 above the sum of its 19 项: twenty 0.01-万元 figures in all."""
    items = [
        FunctionalItem(level="项", class_name="社会保障和就业支出", kuan_name="就业补助", item_name=f"项目{i:02d}",
                       amount_yuan=_wan(f"{i}.37"), ulp_yuan=CENT_WAN, source_line=10 + i)
        for i in range(1, 20)
    ]
    total = sum(item.amount_yuan for item in items) + _wan(excess)
    parent = FunctionalItem(level="类", class_name="社会保障和就业支出", amount_yuan=total, ulp_yuan=CENT_WAN,
                            source_line=5)
    return _document(doc_id, [parent, *items])


def _metric(metric: str, value: str, line: int, **kwargs: object) -> Metric:
    return Metric(metric=metric, label=metric, value=_wan(value), ulp=CENT_WAN, source_line=line, **kwargs)


SYNTHETIC: tuple[ParsedDocument, ...] = (
    twenty_figures("synthetic-twenty-within", "0.10"),
    twenty_figures("synthetic-twenty-beyond", "0.11"),
    # a document without any figure the rules need
    _document("synthetic-no-figures", [Metric(metric="headcount_total", label="实有人数", value=Decimal(12),
                                              unit="person", ulp=Decimal(1), source_line=3)]),
    # one 类 in tables of different scope: income by function (收入决算表) and all-funds
    # expenditure (支出决算表) legitimately differ; the prose and the 一般公共预算 table agree
    _document("synthetic-two-scopes", [
        FunctionalItem(level="类", class_name="社会保障和就业支出", code="208", amount_yuan=_wan(f), ulp_yuan=CENT_WAN,
                       origin=origin, source_line=line, source_page=page)
        for f, origin, line, page in (
            ("326.71", "table:收入决算表", 12, 8),
            ("326.60", "table:支出决算表", 21, 10),
            ("300.00", "table:一般公共预算财政拨款支出决算表", 14, 15),
            ("300.00", "narrative", 25, 21),
        )
    ]),
    # the parser missed one side: 公务接待费, the SME amount, the base of a share
    _document("synthetic-parser-missed", [
        _metric("three_public_total", "9.00", 20),
        _metric("three_public_overseas", "0.00", 20),
        _metric("three_public_vehicle", "8.80", 20),
        _metric("procurement_total", "201.61", 30),
        _metric("procurement_small_micro", "100.00", 31),
        _metric("expenditure_basic", "1338.01", 40, share_pct=Decimal("75.40"), share_base="expenditure_current_year"),
    ]),
)


@dataclass(frozen=True)
class ReconciledWarehouse:
    db_path: Path
    data_docs_dir: Path
    rows: pd.DataFrame  # rec_reconciliation_checks with file_name
    report: object  # expectations.runner.ReconciliationReport

    def rows_of(self, file_name: str) -> pd.DataFrame:
        rows = self.rows[self.rows["file_name"] == file_name]
        assert not rows.empty, f"no reconciliation rows for {file_name}"
        return rows

    def failed_checks(self, file_name: str) -> set[tuple[str, str]]:
        """(rule, check without its line number) of every failed check of a document."""
        rows = self.rows_of(file_name)
        failed = rows[rows["outcome"] == "failed"]
        return {(r.rule_id, LINE_SUFFIX.sub("", r.check_key)) for r in failed.itertuples()}

    def new_failures(self, file_name: str, base_file_name: str) -> set[tuple[str, str]]:
        """Failures of a variant that its original sample does not have."""
        return self.failed_checks(file_name) - self.failed_checks(base_file_name)


@functools.cache
def reconciled_warehouse(base: Path) -> ReconciledWarehouse:
    """Parse, load, build and reconcile the test corpus below ``base`` (first call only)."""
    from expectations import run_reconciliation
    from juesuan.corpus import load_corpus
    from juesuan.dbt_runner import run_dbt
    from juesuan.load import load_documents

    docs, db_path, data_docs = base / "docs", base / "warehouse.duckdb", base / "data_docs"
    write_corpus(docs)
    load_corpus(docs, db_path)
    with duckdb.connect(str(db_path)) as con:
        load_documents(con, [*SYNTHETIC, *record_documents()])
    run_dbt(["seed"], db_path, target_path=base / "dbt_target")
    run_dbt(["run", "--select", "+reconciliation.* +fct_review_finding"], db_path, target_path=base / "dbt_target")
    report = run_reconciliation(db_path, RUN_ID, data_docs_dir=data_docs)
    with duckdb.connect(str(db_path), read_only=True) as con:
        rows = con.execute(
            "select c.*, d.file_name from reconciliation.rec_reconciliation_checks as c "
            "join raw.documents as d using (document_id)"
        ).df()
    return ReconciledWarehouse(db_path=db_path, data_docs_dir=data_docs, rows=rows, report=report)

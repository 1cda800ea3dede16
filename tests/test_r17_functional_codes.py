"""Codes and names outside the old seed: the build publishes, the marts keep the printed names, R17 reports them.

Documents derived from the samples: the 财政局 2024 决算 PDF with its 20106 财政事务 tables printed
as 20139 社会工作事务 (new in the 2024 classification) plus a 项 code no list has and a 项 under a
wrong name; the same PDF with one 项 printed under another 款's prefix; Changji 2022 with one 项
name no list has. They are built with the samples in one warehouse (``dbt build``, every dbt test)
and reconciled, as a nightly refresh would.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import CAIZHENGJU_2024, CHANGJI, MAOXIAN, ZENGDU

from ingest.document import ParsedDocument, parse_path
from ingest.records import FunctionalItem

pytestmark = pytest.mark.slow

SOCIAL_WORK = "derived-social-work-2024"
WRONG_PARENT = "derived-wrong-parent-2024"
UNKNOWN_NAME_LINE = "人力资源和社会保障管理事务(款)劳动保障监察(项)"
CHANGJI_UNKNOWN_NAME = f"{CHANGJI.stem}--unknown-item.txt"

# printed code → (code printed instead, name printed instead or None to keep it)
SOCIAL_WORK_CODES = {
    "20106": ("20139", "社会工作事务"),  # a 款 of the 2024 list, not of the old seed
    "2010601": ("2013901", None),  # 行政运行
    "2010602": ("2013902", None),  # 一般行政管理事务
    "2010607": ("2013907", "社区工作者队伍建设"),  # a code no list has
    "2010608": ("2013950", "社会工作服务"),  # 2013950 is 事业运行
}
WRONG_PARENT_CODES = {"2010602": ("2010502", None)}  # 一般行政管理事务 of 20105, printed under 20106


@functools.cache
def _caizhengju() -> ParsedDocument:
    return parse_path(CAIZHENGJU_2024)


def derived_pdf(doc_id: str, department: str, codes: dict[str, tuple[str, str | None]]) -> ParsedDocument:
    """The 财政局 PDF's records with some printed codes (and names) replaced, under another department.

    The prose (no codes) is left as printed.
    """
    base = _caizhengju()
    records = []
    for record in base.records:
        if isinstance(record, FunctionalItem) and record.code in codes:
            code, name = codes[record.code]
            changes: dict[str, str] = {"code": code}
            if name is not None:
                changes["kuan_name" if len(code) == 5 else "item_name"] = name
            record = dataclasses.replace(record, **changes)
        if isinstance(record, FunctionalItem) and record.code and record.code[:5] == "20139":
            record = dataclasses.replace(record, kuan_name="社会工作事务")  # its 款, as the tables print it
        records.append(record)
    return ParsedDocument(
        document_id=doc_id,
        source_path=f"derived/{doc_id}.pdf",
        encoding="pdf",
        info=dataclasses.replace(base.info, department_name=department),
        records=records,
    )


@dataclasses.dataclass(frozen=True)
class Built:
    db_path: Path
    report: object  # expectations.runner.ReconciliationReport

    def query(self, sql: str, params: list | None = None) -> list[tuple]:
        with duckdb.connect(str(self.db_path), read_only=True) as con:
            return con.execute(sql, params or []).fetchall()

    def r17_failures(self, file_name: str) -> set[tuple[str, str]]:
        """(severity, description) of the failed R17 checks of one document."""
        return set(
            self.query(
                "select c.severity, c.description from reconciliation.rec_reconciliation_checks as c "
                "join raw.documents as d using (document_id) "
                "where d.file_name = ? and c.rule_id = 'R17' and c.outcome = 'failed'",
                [file_name],
            )
        )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    from expectations import run_reconciliation
    from juesuan.corpus import load_corpus
    from juesuan.dbt_runner import build_warehouse
    from juesuan.load import load_documents

    root = tmp_path_factory.mktemp("r17")
    docs, db_path = root / "docs", root / "warehouse.duckdb"
    docs.mkdir()
    for sample in (CHANGJI, MAOXIAN, ZENGDU, CAIZHENGJU_2024):
        shutil.copy(sample, docs / sample.name)
    changji = CHANGJI.read_text(encoding="utf-8")
    assert UNKNOWN_NAME_LINE in changji and "昌吉州人力资源和社会保障局" in changji
    (docs / CHANGJI_UNKNOWN_NAME).write_text(
        changji.replace(UNKNOWN_NAME_LINE, "人力资源和社会保障管理事务(款)劳动保障监督执法(项)", 1).replace(
            "昌吉州人力资源和社会保障局", "昌吉州劳动保障监察局"
        ),
        encoding="utf-8",
    )
    load_corpus(docs, db_path)
    with duckdb.connect(str(db_path)) as con:
        load_documents(con, [
            derived_pdf(SOCIAL_WORK, "上海市普陀区商务委员会", SOCIAL_WORK_CODES),
            derived_pdf(WRONG_PARENT, "上海市普陀区规划和自然资源局", WRONG_PARENT_CODES),
        ])
    build_warehouse(db_path, target_path=root / "target")  # raises on any failed dbt test
    report = run_reconciliation(db_path, "test-r17", build_data_docs=False)
    return Built(db_path=db_path, report=report)


def test_samples_have_no_r17_finding(built: Built) -> None:
    for sample in (CHANGJI, MAOXIAN, ZENGDU, CAIZHENGJU_2024):
        assert built.r17_failures(sample.name) == set(), sample.name
    passed = built.query(
        "select count(*) from reconciliation.rec_reconciliation_checks as c join raw.documents as d "
        "using (document_id) where d.file_name = ? and c.rule_id = 'R17' and c.outcome = 'passed'",
        [CAIZHENGJU_2024.name],
    )[0][0]
    assert passed > 100  # every coded row of the PDF's tables, and every parent


def test_unknown_and_misnamed_codes_are_warnings(built: Built) -> None:
    assert built.r17_failures(f"{SOCIAL_WORK}.pdf") == {
        ("warning", "科目编码 2013907 (社区工作者队伍建设) is not in the 支出功能分类 reference"),
        ("warning", "科目编码 2013950 is printed as 社会工作服务, its name in the reference is 事业运行"),
    }


def test_a_code_under_another_prefix_is_an_error(built: Built) -> None:
    failures = built.r17_failures(f"{WRONG_PARENT}.pdf")
    assert {severity for severity, _ in failures} == {"error"}
    assert all(d.startswith("科目编码 2010502 (一般行政管理事务) is printed under 20106 财政事务") for _, d in failures)
    assert all(d.endswith(", not under its prefix 20105") for _, d in failures)


def test_an_unknown_name_is_a_warning_at_its_level(built: Built) -> None:
    assert built.r17_failures(CHANGJI_UNKNOWN_NAME) == {
        ("warning", "社会保障和就业支出/人力资源和社会保障管理事务/劳动保障监督执法: the 项 name is not in the "
                    "支出功能分类 reference"),
    }


def test_r17_findings_reach_the_report(built: Built) -> None:
    r17 = [f for f in built.report.failures if f.rule_id == "R17"]
    assert {f.severity for f in r17} == {"warning", "error"}
    assert all(f.source_lines.startswith("(p" if f.document.endswith(".pdf") else "(L") for f in r17)  # (p8 L12)


def test_unknown_code_is_in_the_dimension_under_its_printed_name(built: Built) -> None:
    rows = built.query(
        "select functional_code, name, level, parent_code, class_name, kuan_name, is_in_reference, valid_from "
        "from marts.dim_functional_item where functional_code in ('2013907', '20139', '2013901')"
        " order by functional_code"
    )
    assert rows == [
        ("20139", "社会工作事务", "款", "201", "一般公共服务支出", "社会工作事务", True, 2024),
        ("2013901", "行政运行", "项", "20139", "一般公共服务支出", "社会工作事务", True, 2024),
        ("2013907", "社区工作者队伍建设", "项", "20139", "一般公共服务支出", "社会工作事务", False, None),
    ]


def test_unknown_code_keeps_its_amount_and_printed_name_in_the_facts(built: Built) -> None:
    original = built.query(
        "select amount_yuan from marts.fct_expenditure_by_function as f join marts.dim_department as d "
        "using (department_id) where d.department_name = '上海市普陀区财政局' and f.functional_code = '2010607' "
        "and f.fund_scope = 'general_budget'"
    )
    derived = built.query(
        "select amount_yuan, item_name, printed_item_name, class_code, kuan_code, is_in_reference "
        "from marts.fct_expenditure_by_function as f join marts.dim_department as d using (department_id) "
        "where d.department_name = '上海市普陀区商务委员会' and f.functional_code = '2013907' "
        "and f.fund_scope = 'general_budget'"
    )
    assert len(original) == 1 and original[0][0] > 0
    assert derived == [(original[0][0], "社区工作者队伍建设", "社区工作者队伍建设", "201", "20139", False)]


def test_unknown_name_keeps_its_printed_path_and_parents(built: Built) -> None:
    rows = built.query(
        "select f.functional_code, f.amount_yuan, f.class_name, f.kuan_name, f.item_name, f.class_code, "
        "f.kuan_code, f.is_in_reference from marts.fct_expenditure_by_function as f "
        "join marts.dim_department as d using (department_id) "
        "where d.department_name like '%昌吉州劳动保障监察局' and f.printed_item_name = '劳动保障监督执法'"
        " and not f.is_derived and f.fund_scope = 'general_budget'"
    )
    # 劳动保障监察(项) of Changji: 支出决算数 12.00 万元 (line 135)
    assert rows == [("0", Decimal("120000.00"), "社会保障和就业支出", "人力资源和社会保障管理事务",
                     "劳动保障监督执法", "208", "20801", False)]

"""A document whose headline totals turned into unreadable text: the parser says so (a parse
warning at the line), the load log and the run summary name the document, and its completeness
is no longer 100 (昌吉州 2022 决算 with 收入总计 and 支出总计 garbled)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from conftest import CHANGJI, MAOXIAN, ZENGDU

from ingest.document import parse_bytes
from ingest.records import Metric, ParseWarning
from juesuan import corpus, discovery
from juesuan.progress import RunSummary, format_summary

GARBLED = "changji-garbled.txt"


def _garbled_changji() -> str:
    """昌吉州 with the figures of 收入总计 (line 91) and 支出总计 (line 93) unreadable."""
    lines = CHANGJI.read_text(encoding="utf-8").split("\n")
    assert "2022 年度收入总计 1,852.62 万元" in lines[90] and lines[92].startswith("本年支出总计 1,852.62 万元")
    lines[90] = lines[90].replace("1,852.62", "■,■■■.■■", 1)
    lines[92] = lines[92].replace("1,852.62", "l,8S2.6二", 1)
    return "\n".join(lines)


def _warnings(records: list) -> list[ParseWarning]:
    return [r for r in records if isinstance(r, ParseWarning) and r.parser == "final_account.headline_figures"]


def test_an_unreadable_total_is_a_parse_warning_at_its_line() -> None:
    doc = parse_bytes(_garbled_changji().encode(), Path(GARBLED))
    metrics = {r.metric for r in doc.records if isinstance(r, Metric)}
    assert "income_total" not in metrics and "expenditure_total" not in metrics
    warnings = _warnings(doc.records)
    assert [(w.source_line, w.message.split(":")[0]) for w in warnings] == [
        (91, "income_total unreadable"), (93, "expenditure_total unreadable")]
    assert "'l,8S2.6二'" in warnings[1].message


@pytest.mark.parametrize("sample", [CHANGJI, MAOXIAN, ZENGDU], ids=lambda p: p.name.split("-")[0])
def test_readable_samples_have_no_such_warning(sample: Path) -> None:
    assert _warnings(parse_bytes(sample.read_bytes(), sample).records) == []


@pytest.fixture
def loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[corpus.RefreshCounts]]:
    monkeypatch.setattr(discovery, "parser_version", lambda: "test-parser")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / CHANGJI.name).write_bytes(CHANGJI.read_bytes())
    (docs / GARBLED).write_text(_garbled_changji(), encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        runs = [corpus.refresh_raw(con, docs, max_workers=1) for _ in range(2)]
    return db, runs


def test_the_load_log_and_the_run_summary_name_the_document(loaded: tuple[Path, list[corpus.RefreshCounts]]) -> None:
    db, (first, second) = loaded
    with duckdb.connect(str(db), read_only=True) as con:
        log = con.execute("select run_id, status, reason from audit.load_log where source_path like ? "
                          "order by logged_at", [f"%{GARBLED}"]).fetchall()
    assert [(run, status) for run, status, _ in log] == [(first.run_id, "loaded"), (second.run_id, "unchanged")]
    assert all(reason.startswith("income_total unreadable") and "expenditure_total unreadable" in reason
               for _, _, reason in log)
    for run in (first, second):  # said again while the document stays as it is
        assert [Path(p).name for p, _ in run.warnings] == [GARBLED]
    summary = RunSummary(run_id=first.run_id, db_path="w.duckdb", loaded=2, warnings=first.warnings)
    text = format_summary(summary)
    assert "loaded with warnings:" in text and f"{GARBLED}: income_total unreadable" in text


@pytest.mark.slow
def test_completeness_counts_the_unreadable_figures(loaded: tuple[Path, list[corpus.RefreshCounts]],
                                                   tmp_path: Path) -> None:
    from juesuan.dbt_runner import run_dbt

    db, _ = loaded  # the models dim_document is made from, without the data tests of other models
    run_dbt(["build", "--select", "+dim_document", "--exclude-resource-type", "test",
             "--exclude-resource-type", "unit_test"], db, target_path=tmp_path / "target")
    with duckdb.connect(str(db), read_only=True) as con:
        rows = {name: (score, unreadable) for name, score, unreadable in con.execute(
            "select file_name, completeness_score, figures_unreadable from marts.dim_document").fetchall()}
    (clean_score, clean_unreadable), (garbled_score, garbled_unreadable) = rows[CHANGJI.name], rows[GARBLED]
    assert (clean_unreadable, garbled_unreadable) == (0, 2)
    assert garbled_score < clean_score and garbled_score < Decimal(100)

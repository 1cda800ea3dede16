"""One document's surprise never costs the others their refresh: a document whose parse raises,
runs past its time limit or yields records that do not fit ``raw`` is quarantined with a
one-line reason, logged as such, and every other document loads."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import loaded_files, make_corpus, outcomes, quarantine_reasons
from conftest import CHANGJI, MAOXIAN, ZENGDU

from juesuan import corpus, discovery, parsing
from juesuan.progress import RunSummary, format_summary

real_parse = parsing.parse_bytes
LOOPING = "looping.txt"
RAISING = "raising.txt"
OVERFLOWING = "overflowing.txt"


def _surprising_parse(data: bytes, path: Path, *args: object, **kwargs: object):
    """The real parser, except for three documents that a parser bug would break."""
    if path.name == LOOPING:
        while True:  # a parser stuck in a loop on this layout
            pass
    if path.name == RAISING:
        raise IndexError("list index out of range")
    doc = real_parse(data, path, *args, **kwargs)
    if path.name == OVERFLOWING:  # a figure no DECIMAL(24,6) column holds (a misread run of digits)
        first = dataclasses.replace(doc.records[0], value=Decimal("1E+25"))
        doc = dataclasses.replace(doc, records=[first, *doc.records[1:]])
    return doc


@pytest.fixture
def refreshed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, corpus.RefreshCounts]:
    monkeypatch.setattr(discovery, "parser_version", lambda: "test-parser")
    monkeypatch.setattr(parsing, "parse_bytes", _surprising_parse)
    monkeypatch.setattr(parsing, "PARSE_TIMEOUT_SECONDS", 1)
    docs = make_corpus(tmp_path / "docs", (CHANGJI, MAOXIAN))
    text = ZENGDU.read_text(encoding="utf-8")
    for name, note in ((LOOPING, "循环"), (RAISING, "异常"), (OVERFLOWING, "溢出")):
        (docs / name).write_text(text + f"\n附注：{note}\n", encoding="utf-8")
    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        counts = corpus.refresh_raw(con, docs, max_workers=1)
    return db, counts


def test_each_surprising_document_is_quarantined_with_one_line_and_the_others_load(
    refreshed: tuple[Path, corpus.RefreshCounts],
) -> None:
    db, counts = refreshed
    assert loaded_files(db) == {CHANGJI.name, MAOXIAN.name}
    reasons = quarantine_reasons(db)
    assert reasons[LOOPING] == "parse timed out after 1 s"
    assert reasons[RAISING] == "parser error: IndexError: list index out of range"
    assert reasons[OVERFLOWING].startswith("cannot load: ") and "\n" not in reasons[OVERFLOWING]
    assert outcomes(db, counts.run_id) == {CHANGJI.name: "loaded", MAOXIAN.name: "loaded", LOOPING: "quarantined",
                                           RAISING: "quarantined", OVERFLOWING: "quarantined"}
    with duckdb.connect(str(db), read_only=True) as con:
        logged = dict(con.execute("select source_path, reason from audit.load_log where status = 'quarantined'")
                      .fetchall())
        metrics = con.execute("select count(*) from raw.metrics m join raw.documents d using (document_id) "
                              "where d.file_name = ?", [OVERFLOWING]).fetchone()[0]
    assert {Path(p).name: r for p, r in logged.items()} == reasons
    assert metrics == 0  # none of the overflowing document's records, not a part of them


def test_the_run_summary_names_the_documents_set_aside_and_why(refreshed: tuple[Path, corpus.RefreshCounts]) -> None:
    _, counts = refreshed
    summary = RunSummary(run_id=counts.run_id, db_path="w.duckdb", loaded=len(counts.loaded),
                         quarantined=counts.quarantined)
    text = format_summary(summary)
    assert "2 loaded · 0 unchanged · 3 quarantined" in text
    assert f"{LOOPING}: parse timed out after 1 s" in text
    assert f"{RAISING}: parser error: IndexError: list index out of range" in text

"""Incremental refresh of ``raw`` from the four text samples: only new or changed bytes are parsed."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import file_sha256, loaded_files, make_corpus, outcomes, quarantine_reasons, snapshot
from conftest import CAIZHENGJU_2024, CHANGJI, MAOXIAN, TEMPLATE, ZENGDU

from juesuan import corpus, discovery, document_state, parsing
from juesuan.discovery import Fingerprint
from juesuan.document_state import PriorState, plan_refresh


def _refresh(docs: Path, db: Path) -> corpus.RefreshCounts:
    with duckdb.connect(str(db)) as con:
        return corpus.refresh_raw(con, docs, max_workers=1)


@pytest.fixture(autouse=True)
def _fixed_parser_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parser code edited while a test runs must not look like a new parser between its refreshes."""
    monkeypatch.setattr(discovery, "parser_version", lambda: "test-parser")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "docs", (CHANGJI, MAOXIAN, ZENGDU))


# --- the plan, pure ---------------------------------------------------------------------------
def _fp(path: str, sha: str | None, reason: str | None = None) -> Fingerprint:
    return Fingerprint(path, 10, sha, reason)


def test_plan_sorts_new_changed_unchanged_removed_and_duplicates() -> None:
    prior = {
        "/d/same.txt": PriorState("/d/same.txt", "aaa", "loaded", records=5, parser_version="v1"),
        "/d/edited.txt": PriorState("/d/edited.txt", "bbb", "loaded", parser_version="v1"),
        "/d/gone.txt": PriorState("/d/gone.txt", "ccc", "loaded", parser_version="v1"),
        "/d/bad.txt": PriorState("/d/bad.txt", "ddd", "quarantined", reason="empty file", parser_version="v1"),
    }
    fps = [_fp("/d/same.txt", "aaa"), _fp("/d/edited.txt", "bbb2"), _fp("/d/new.txt", "eee"),
           _fp("/d/copy of new.txt", "eee"), _fp("/d/bad.txt", "ddd"), _fp("/d/huge.txt", None, "file too large")]
    plan = plan_refresh(prior, fps, "v1")
    assert [fp.path for fp in plan.to_parse] == ["/d/edited.txt", "/d/new.txt"]
    assert [fp.path for fp, _ in plan.unchanged] == ["/d/same.txt", "/d/bad.txt"]
    assert [(fp.path, first) for fp, first in plan.duplicates] == [("/d/copy of new.txt", "/d/new.txt")]
    assert [fp.path for fp in plan.refused] == ["/d/huge.txt"]
    assert [s.source_path for s in plan.removed] == ["/d/gone.txt"]


def test_plan_follows_the_bytes_not_the_path() -> None:
    prior = {
        "/old/a.txt": PriorState("/old/a.txt", "aaa", "loaded", records=5, parser_version="v1"),
        "/old/b.txt": PriorState("/old/b.txt", "bbb", "loaded", parser_version="v0"),
        "/old/c.txt": PriorState("/old/c.txt", "ccc", "loaded", parser_version="v1"),
    }
    plan = plan_refresh(prior, [_fp("/new/a.txt", "aaa"), _fp("/new/b.txt", "bbb")], "v1")
    assert [(fp.path, before.source_path) for fp, before in plan.moved] == [("/new/a.txt", "/old/a.txt")]
    assert [fp.path for fp in plan.to_parse] == ["/new/b.txt"]  # moved, but read by older parser code
    assert [s.source_path for s in plan.removed] == ["/old/b.txt", "/old/c.txt"]


def test_new_parser_code_reparses_every_document() -> None:
    prior = {"/d/a.txt": PriorState("/d/a.txt", "aaa", "loaded", parser_version="v1")}
    plan = plan_refresh(prior, [_fp("/d/a.txt", "aaa")], "v2")
    assert [fp.path for fp in plan.to_parse] == ["/d/a.txt"] and not plan.unchanged


def test_parser_version_is_sixteen_hex_digits_of_the_ingest_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()
    version = discovery.parser_version()
    assert len(version) == 16 and int(version, 16) >= 0


# --- against a warehouse ----------------------------------------------------------------------
def test_second_refresh_without_changes_parses_nothing_and_changes_no_row(docs: Path, tmp_db: Path) -> None:
    first = _refresh(docs, tmp_db)
    assert first.parsed == 3 and len(first.loaded) == 3 and first.records > 300
    raw_before = snapshot(tmp_db, "raw", exclude_columns=("loaded_at",))
    second = _refresh(docs, tmp_db)
    assert second.parsed == 0
    assert sorted(Path(p).name for p in second.unchanged) == sorted(p.name for p in (CHANGJI, MAOXIAN, ZENGDU))
    assert snapshot(tmp_db, "raw") == snapshot(tmp_db, "raw") and snapshot(tmp_db, "raw", ("loaded_at",)) == raw_before
    assert set(outcomes(tmp_db, second.run_id).values()) == {"unchanged"}


def test_changing_one_document_reparses_only_it_and_replaces_its_rows(docs: Path, tmp_db: Path) -> None:
    _refresh(docs, tmp_db)
    old_id = file_sha256(docs / MAOXIAN.name)
    with open(docs / MAOXIAN.name, "a", encoding="utf-8") as handle:
        handle.write("\n附注：本文件于次日更正。\n")
    run = _refresh(docs, tmp_db)
    assert run.parsed == 1 and [Path(p).name for p in run.loaded] == [MAOXIAN.name]
    assert outcomes(tmp_db, run.run_id) == {CHANGJI.name: "unchanged", MAOXIAN.name: "loaded", ZENGDU.name: "unchanged"}
    with duckdb.connect(str(tmp_db), read_only=True) as con:
        ids = {r[0] for r in con.execute("select document_id from raw.documents").fetchall()}
        metric_ids = {r[0] for r in con.execute("select distinct document_id from raw.metrics").fetchall()}
    assert old_id not in ids and old_id not in metric_ids
    assert file_sha256(docs / MAOXIAN.name) in ids and len(ids) == 3


def test_a_removed_document_is_retired_from_raw_but_stays_in_the_load_log(docs: Path, tmp_db: Path) -> None:
    first = _refresh(docs, tmp_db)
    zengdu_id = file_sha256(docs / ZENGDU.name)
    (docs / ZENGDU.name).unlink()
    run = _refresh(docs, tmp_db)
    assert [Path(p).name for p in run.retired] == [ZENGDU.name] and run.parsed == 0
    assert loaded_files(tmp_db) == {CHANGJI.name, MAOXIAN.name}
    with duckdb.connect(str(tmp_db), read_only=True) as con:
        left = con.execute("select count(*) from raw.metrics where document_id = ?", [zengdu_id]).fetchone()[0]
        log = con.execute(
            "select run_id, status from audit.load_log where document_id = ? order by logged_at", [zengdu_id]
        ).fetchall()
    assert left == 0
    assert log == [(first.run_id, "loaded"), (run.run_id, "retired")]


def test_a_renamed_document_is_neither_parsed_again_nor_retired(docs: Path, tmp_db: Path) -> None:
    _refresh(docs, tmp_db)
    before = snapshot(tmp_db, "raw", exclude_columns=("loaded_at", "source_path", "file_name"))
    shutil.move(docs / CHANGJI.name, docs / "昌吉州 2022 决算.txt")
    run = _refresh(docs, tmp_db)
    assert run.parsed == 0 and not run.retired and run.changes_raw
    assert outcomes(tmp_db, run.run_id) == {"昌吉州 2022 决算.txt": "unchanged", MAOXIAN.name: "unchanged",
                                            ZENGDU.name: "unchanged"}
    assert snapshot(tmp_db, "raw", exclude_columns=("loaded_at", "source_path", "file_name")) == before
    assert "昌吉州 2022 决算.txt" in loaded_files(tmp_db) and CHANGJI.name not in loaded_files(tmp_db)


def test_a_moved_folder_is_a_run_without_parsing_or_retiring(docs: Path, tmp_db: Path) -> None:
    (docs / "empty.txt").write_bytes(b"")
    _refresh(docs, tmp_db)
    moved = docs.parent / "mounted-elsewhere" / "2022"
    moved.parent.mkdir()
    shutil.move(docs, moved)
    run = _refresh(moved, tmp_db)
    assert run.parsed == 0 and not run.retired and not run.loaded
    assert sorted(new for _, new in run.moved) == sorted(str(moved / name) for name in (
        CHANGJI.name, "empty.txt", MAOXIAN.name, ZENGDU.name))
    with duckdb.connect(str(tmp_db), read_only=True) as con:
        paths = {r[0] for r in con.execute("select source_path from audit.document_state").fetchall()}
        reason = con.execute("select reason from audit.load_log where run_id = ? and source_path = ?",
                             [run.run_id, str(moved / CHANGJI.name)]).fetchone()[0]
        quarantined = con.execute("select source_path, reason from audit.quarantine").fetchall()
    assert paths == {str(moved / p.name) for p in moved.iterdir()}
    assert reason == f"moved from {docs / CHANGJI.name}"
    assert quarantined == [(str(moved / "empty.txt"), "empty file")]


def test_an_empty_documents_folder_is_refused_and_changes_nothing(docs: Path, tmp_db: Path, tmp_path: Path) -> None:
    _refresh(docs, tmp_db)
    before = snapshot(tmp_db, "audit", exclude_columns=())
    empty = tmp_path / "unmounted"
    empty.mkdir()
    with pytest.raises(document_state.RetireRefused, match="refusing to retire 3 of the 3 documents"):
        _refresh(empty, tmp_db)
    assert snapshot(tmp_db, "audit") == before and len(loaded_files(tmp_db)) == 3
    for gone in (CHANGJI, MAOXIAN):  # two of three: more than half
        (docs / gone.name).unlink()
    with pytest.raises(document_state.RetireRefused, match="refusing to retire 2 of the 3"):
        _refresh(docs, tmp_db)
    with duckdb.connect(str(tmp_db)) as con:
        run = corpus.refresh_raw(con, docs, max_workers=1, allow_retire=True)
    assert len(run.retired) == 2 and loaded_files(tmp_db) == {ZENGDU.name}


def test_cli_load_of_an_empty_folder_is_one_line(docs: Path, tmp_db: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from juesuan.cli import main

    assert main(["load", "--docs", str(docs), "--db", str(tmp_db)]) == 0
    (tmp_path / "empty").mkdir()
    capsys.readouterr()
    assert main(["load", "--docs", str(tmp_path / "empty"), "--db", str(tmp_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not mounted?" in err and "--allow-retire" in err
    assert main(["load", "--docs", str(tmp_path / "empty"), "--db", str(tmp_db), "--allow-retire"]) == 0
    assert loaded_files(tmp_db) == set()


def test_a_copy_of_a_loaded_document_is_quarantined_as_a_duplicate(docs: Path, tmp_db: Path) -> None:
    shutil.copyfile(docs / ZENGDU.name, docs / "zz-copy.txt")
    run = _refresh(docs, tmp_db)
    assert loaded_files(tmp_db) == {CHANGJI.name, MAOXIAN.name, ZENGDU.name}
    assert quarantine_reasons(tmp_db)["zz-copy.txt"] == f"same bytes as {ZENGDU.name}: loaded once"
    assert len(run.loaded) == 3


def test_an_unchanged_quarantined_document_is_not_retried(docs: Path, tmp_db: Path) -> None:
    (docs / "empty.txt").write_bytes(b"")
    _refresh(docs, tmp_db)
    run = _refresh(docs, tmp_db)
    assert run.parsed == 0
    assert outcomes(tmp_db, run.run_id)["empty.txt"] == "quarantined"
    assert ("/empty.txt", "empty file") in [(p[-10:], r) for p, r in run.quarantined]


def test_a_fixed_document_leaves_the_quarantine(docs: Path, tmp_db: Path) -> None:
    (docs / "late.txt").write_bytes(b"")
    _refresh(docs, tmp_db)
    assert "late.txt" in quarantine_reasons(tmp_db)
    shutil.copyfile(CHANGJI, docs / "late.txt")
    (docs / CHANGJI.name).unlink()
    run = _refresh(docs, tmp_db)
    assert "late.txt" not in quarantine_reasons(tmp_db)
    assert outcomes(tmp_db, run.run_id)["late.txt"] == "unchanged"  # 昌吉州's bytes, moved: not parsed again
    assert loaded_files(tmp_db) == {"late.txt", MAOXIAN.name, ZENGDU.name}


# --- in-process or worker processes -----------------------------------------------------------
def test_few_text_documents_are_parsed_in_process_and_pdfs_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = discovery.fingerprint_documents([CHANGJI, MAOXIAN, ZENGDU])
    assert parsing.choose_workers(texts, max_workers=2) == 1
    pdfs = discovery.fingerprint_documents([CAIZHENGJU_2024, TEMPLATE])
    assert parsing.choose_workers(pdfs, max_workers=2) == 2
    assert parsing.choose_workers(pdfs, max_workers=1) == 1


@pytest.mark.slow
def test_worker_processes_parse_the_same_records_as_in_process() -> None:
    fps = discovery.fingerprint_documents([CHANGJI, MAOXIAN])
    seen: list[str] = []
    pooled = parsing.parse_documents(fps, workers=2, on_parsed=lambda o: seen.append(o.path))
    local = parsing.parse_documents(fps, workers=1)
    assert sorted(seen) == sorted(fp.path for fp in fps)
    assert [o.path for o in pooled] == [fp.path for fp in fps]
    assert [o.document.records for o in pooled] == [o.document.records for o in local]  # type: ignore[union-attr]


def test_loaded_outcomes_keep_only_their_record_count(tmp_path: Path) -> None:
    """What a refresh keeps of a parsed chunk once loaded: the count, not the records."""
    fps = discovery.fingerprint_documents([CHANGJI, MAOXIAN])
    parsed = [*parsing.parse_documents(fps), parsing.ParseOutcome("broken.txt", None, None, "empty file", 0.0)]
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        document_state.ensure_state(con)
        light = corpus.load_parsed(con, parsed)
        assert corpus.load_parsed(con, light) == light  # loaded ones are not loaded again
        raw_documents = con.execute("select count(*) from raw.documents").fetchone()[0]
    assert [o.document for o in light] == [None, None, None]
    assert [o.records for o in light] == [len(o.document.records) for o in parsed[:2]] + [None]  # type: ignore[union-attr]
    assert [o.parsed for o in light] == [True, True, False] and raw_documents == 2
    assert parsing.chunked([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]] and parsing.chunked([], 2) == []

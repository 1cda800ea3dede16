"""The Prefect refresh flow end to end on the four text samples: dbt, reconciliation, publish,
incremental re-runs, and a run killed mid-way that leaves the published warehouse as it was."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import file_sha256, loaded_files, make_corpus, outcomes, snapshot, tables_of
from conftest import BAZHOU, CHANGJI, MAOXIAN, ZENGDU

from juesuan import corpus, discovery, parsing, publish
from juesuan.cli import main

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

CORRECTION = "\n附注：本文件于次日更正。\n"


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module", autouse=True)
def _fixed_parser_version():
    """Parser code edited while these tests run must not look like a new parser between refreshes."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(discovery, "parser_version", lambda: "test-parser")
        patch.setattr(parsing, "PARSE_CHUNK", 2)  # four documents: two parse → load steps
        yield


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory: pytest.TempPathFactory, prefect_harness: None) -> dict:
    """Load the samples (raw only), then edit 茂县 and remove 曾都区 and refresh in full, then refresh
    again unchanged through the CLI."""
    from flows.refresh import refresh_flow

    root = tmp_path_factory.mktemp("flow")
    docs = make_corpus(root / "docs", (CHANGJI, MAOXIAN, ZENGDU, BAZHOU))
    db = root / "warehouse.duckdb"
    state: dict = {"docs": docs, "db": db}
    state["run1"] = refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
    state["sha1"] = file_sha256(db)
    state["zengdu_id"] = file_sha256(docs / ZENGDU.name)
    with open(docs / MAOXIAN.name, "a", encoding="utf-8") as handle:
        handle.write(CORRECTION)
    (docs / ZENGDU.name).unlink()
    state["run2"] = refresh_flow(docs_dir=str(docs), db_path=str(db))
    state["marts2"] = snapshot(db, "marts")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        state["cli_exit"] = main(["refresh", "--docs", str(docs), "--db", str(db)])
    state["cli_out"] = out.getvalue()
    with duckdb.connect(str(db), read_only=True) as con:
        last = con.execute("select run_id from audit.load_log order by logged_at desc limit 1").fetchone()
    state["run3_id"] = last[0]
    state["marts3"] = snapshot(db, "marts")
    return state


def test_changing_one_document_reparses_only_it_and_a_removed_one_leaves_the_marts(three_runs: dict) -> None:
    run1, run2, db = three_runs["run1"], three_runs["run2"], three_runs["db"]
    assert run1.parsed == 4 and run1.rule_findings is None
    assert (run2.parsed, run2.loaded, run2.retired) == (1, 1, 1)
    log = outcomes(db, run2.run_id)
    assert log[MAOXIAN.name] == "loaded" and log[ZENGDU.name] == "retired" and log[CHANGJI.name] == "unchanged"
    assert ZENGDU.name not in loaded_files(db)
    with duckdb.connect(str(db), read_only=True) as con:
        in_marts = con.execute(
            "select count(*) from marts.dim_document where document_id = ?", [three_runs["zengdu_id"]]
        ).fetchone()[0]
        facts = con.execute(
            "select count(*) from marts.fct_department_metric where document_id = ?", [three_runs["zengdu_id"]]
        ).fetchone()[0]
        kept_in_log = con.execute(
            "select count(*) from audit.load_log where document_id = ? and status = 'loaded'", [three_runs["zengdu_id"]]
        ).fetchone()[0]
    assert (in_marts, facts, kept_in_log) == (0, 0, 1)
    assert {"fct_department_metric", "dim_document", "mart_department_year"} <= set(three_runs["marts2"])
    assert three_runs["marts2"]["fct_department_metric"], "the marts hold the samples' figures"


def test_a_run_without_changes_parses_nothing_and_leaves_every_mart_identical(three_runs: dict) -> None:
    assert three_runs["cli_exit"] == 0
    log = outcomes(three_runs["db"], three_runs["run3_id"])
    assert set(log.values()) <= {"unchanged", "quarantined"} and len(log) == 3
    assert "parsed this run             0" in three_runs["cli_out"]
    assert "dbt and reconciliation skipped" in three_runs["cli_out"]  # nothing to build: marts as published
    assert three_runs["marts3"] == three_runs["marts2"]


def test_cli_refresh_prints_a_one_screen_summary(three_runs: dict) -> None:
    out = three_runs["cli_out"]
    assert "0 loaded · " in out and "rule findings (errors)" in out and "seconds per stage" in out
    assert "unparsed indicator targets" in out and f"version {''}" in out
    assert len(out.splitlines()) <= 25


def test_each_run_is_a_kept_version_and_the_summary_times_every_stage(three_runs: dict) -> None:
    db, run2 = three_runs["db"], three_runs["run2"]
    versions = publish.list_versions(db)
    assert len(versions) == 3 and versions[-1].is_current and versions[1].name == run2.published_version
    assert file_sha256(versions[0].path) == three_runs["sha1"]
    assert list(run2.stage_seconds) == [
        "prepare", "discover", "fingerprint", "plan", "parse", "load", "dbt", "reconcile", "review", "publish"
    ]
    assert "<tr class=\"document\">" in (db.parent / "review" / "index.html").read_text(encoding="utf-8")
    assert run2.rule_findings is not None
    assert run2.documents_in_warehouse == 3 - (BAZHOU.name in {Path(p).name for p, _ in run2.quarantined})
    assert [p.name for p in db.parent.iterdir() if ".building-" in p.name] == []


def test_documents_parsed_and_loaded_in_chunks_are_all_recorded(three_runs: dict) -> None:
    run1 = three_runs["run1"]
    assert run1.parsed == 4 and run1.loaded + len(run1.quarantined) == 4
    with duckdb.connect(str(publish.list_versions(three_runs["db"])[0].path), read_only=True) as con:
        logged = con.execute("select sum(records), count(*) from audit.load_log where status = 'loaded'").fetchone()
        documents = con.execute("select count(*) from raw.documents").fetchone()[0]
    assert logged == (run1.records_loaded, run1.loaded) and documents == run1.loaded


def test_the_run_leaves_a_markdown_artifact(three_runs: dict) -> None:
    import asyncio

    from prefect.client.orchestration import get_client

    async def read(artifact_id: str) -> dict:
        # by id: this Prefect build's /artifacts/filter rejects the nulls its own client sends
        async with get_client() as client:
            return (await client.request("GET", "/artifacts/{id}", path_params={"id": artifact_id})).json()

    artifact = asyncio.run(read(three_runs["run2"].artifact_id))
    assert (artifact["key"], artifact["type"]) == ("juesuan-refresh-summary", "markdown")
    assert three_runs["run2"].run_id in artifact["data"] and "| documents | 1 loaded · " in artifact["data"]


# --- killed mid-way ---------------------------------------------------------------------------
@pytest.fixture
def published(tmp_path: Path, prefect_harness: None) -> tuple[Path, Path]:
    from flows.refresh import refresh_flow

    docs = make_corpus(tmp_path / "docs", (CHANGJI, MAOXIAN))
    db = tmp_path / "warehouse.duckdb"
    refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
    return docs, db


def test_a_failure_inside_the_load_task_leaves_the_published_file_as_it_was(
    published: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.refresh import refresh_flow

    docs, db = published
    before, versions_before = file_sha256(db), publish.list_versions(db)
    with open(docs / MAOXIAN.name, "a", encoding="utf-8") as handle:
        handle.write(CORRECTION)
    real_load = corpus.load_documents

    def load_then_die(con: duckdb.DuckDBPyConnection, docs: list, **options: object) -> None:
        real_load(con, docs, **options)  # half the work is in the build file …
        raise RuntimeError("killed mid-way")  # … when the run dies

    monkeypatch.setattr(corpus, "load_documents", load_then_die)
    with pytest.raises(RuntimeError, match="killed mid-way"):
        refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
    assert file_sha256(db) == before
    assert publish.list_versions(db) == versions_before
    assert _files(db.parent) == ["docs", "warehouse.duckdb", "warehouse.duckdb.lock", "warehouse.duckdb.versions"]

    monkeypatch.undo()
    run = refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
    assert run.published_version and run.loaded == 1 and run.unchanged == 1
    assert file_sha256(db) != before


def test_a_failing_dbt_build_is_not_retried_publishes_nothing_and_the_cli_says_so_in_one_line(
    published: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from juesuan import dbt_runner

    docs, db = published
    before = file_sha256(db)
    (docs / MAOXIAN.name).unlink()
    calls = []

    def broken_dbt(building: Path, **options: object) -> None:
        calls.append(building)
        raise dbt_runner.DbtBuildError("dbt build failed on 1 node(s): fct_department_metric (error)")

    monkeypatch.setattr(dbt_runner, "build_warehouse", broken_dbt)
    assert main(["refresh", "--docs", str(docs), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(calls) == 1  # a deterministic failure: not tried again
    assert "refresh failed" in err and "left as it was" in err and "fct_department_metric (error)" in err
    log = Path(err.rsplit("(log: ", 1)[1].strip().rstrip(")"))
    assert "DbtBuildError" in log.read_text(encoding="utf-8")
    assert file_sha256(db) == before
    assert loaded_files(db) == {CHANGJI.name, MAOXIAN.name}
    assert "marts" not in {t for t in tables_of(db, "marts")}

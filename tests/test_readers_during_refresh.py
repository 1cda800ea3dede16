"""BI readers during a refresh: a process holding the published file read-only and a process
reconnecting in a loop — by turns with DuckDB's own connect and with the project's reader
(juesuan.reader) — only ever see one published version in full, and never get an error; except
that DuckDB 2.0's own connect, which opens the file three times, can fail when a publish lands
between its opens (tests/test_reader.py): such a connect is counted, and its retry must succeed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import make_corpus
from conftest import CHANGJI, MAOXIAN, ZENGDU

from juesuan import discovery

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("prefect_harness")]

# What a reader sees of one version, read in one query: documents, records and audit rows.
SIGNATURE_SQL = """
select (select count(*) from raw.documents)
    || '|' || (select coalesce(string_agg(document_id, ',' order by document_id), '') from raw.documents)
    || '|' || (select count(*) from raw.metrics)
    || '|' || (select count(distinct run_id) from audit.load_log)
"""

READER = '''
import os, sys, time, duckdb
from juesuan.reader import connect_read_only
db, out, stop, mode = sys.argv[1:5]
sql = sys.stdin.read()


def identity():
    st = os.stat(db)
    return st.st_ino, st.st_mtime_ns, st.st_size


def connect(how):
    if how == "helper":  # the project's readers: one open of the file (no retry here)
        return connect_read_only(db, attempts=1)
    return duckdb.connect(db, read_only=True)


held = duckdb.connect(db, read_only=True) if mode == "hold" else None
turn = 0
with open(out, "a", buffering=1) as log:
    while True:
        con, how = held, "held" if held is not None else ("duckdb", "helper")[turn % 2]
        turn += 1
        for attempt in range(1, 4):
            if held is not None:
                break
            before = identity()
            try:
                con = connect(how)
                break
            except duckdb.Error as exc:
                message = how + " " + type(exc).__name__ + ": " + str(exc).splitlines()[0]
                if how == "duckdb" and identity() != before and attempt < 3:
                    log.write("SPLIT " + message + "\\n")  # a publish landed inside the connect: retry
                    continue
                log.write("ERROR connect " + message + "\\n")
                break
        if con is not None:
            try:
                log.write("OK " + how + " " + con.execute(sql).fetchone()[0] + "\\n")
            except Exception as exc:
                log.write("ERROR " + type(exc).__name__ + ": " + str(exc).splitlines()[0] + "\\n")
            if held is None:
                con.close()
        if os.path.exists(stop):
            break
        time.sleep(0.005)
'''


def _signature(db: Path) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(SIGNATURE_SQL).fetchone()[0]


def _start_reader(db: Path, out: Path, stop: Path, mode: str) -> subprocess.Popen:
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(out), str(stop), mode], stdin=subprocess.PIPE, text=True
    )
    assert reader.stdin is not None
    reader.stdin.write(SIGNATURE_SQL)
    reader.stdin.close()
    return reader


def _wait_for_lines(out: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_text().count("\n") >= 3:
            return
        time.sleep(0.05)
    raise AssertionError(f"reader wrote nothing to {out}")


def test_readers_see_only_whole_versions_and_never_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.refresh import refresh_flow

    monkeypatch.setattr(discovery, "parser_version", lambda: "test-parser")
    docs = make_corpus(tmp_path / "docs", (CHANGJI, MAOXIAN, ZENGDU))
    db = tmp_path / "warehouse.duckdb"
    refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
    versions = [_signature(db)]

    stop = tmp_path / "stop"
    logs = {mode: tmp_path / f"reader-{mode}.log" for mode in ("hold", "reconnect")}
    readers = [_start_reader(db, out, stop, mode) for mode, out in logs.items()]
    try:
        for out in logs.values():
            _wait_for_lines(out)
        with open(docs / MAOXIAN.name, "a", encoding="utf-8") as handle:  # version 2: 茂县 corrected
            handle.write("\n附注：本文件于次日更正。\n")
        refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
        versions.append(_signature(db))
        (docs / ZENGDU.name).unlink()  # version 3: 曾都区 withdrawn
        refresh_flow(docs_dir=str(docs), db_path=str(db), build=False)
        versions.append(_signature(db))
        time.sleep(0.5)
    finally:
        stop.touch()
        for reader in readers:
            reader.wait(timeout=60)

    assert len(set(versions)) == 3, "each refresh published a different warehouse"
    seen, how = {}, {}
    for mode, out in logs.items():
        lines = out.read_text().splitlines()
        splits = [i for i, line in enumerate(lines) if line.startswith("SPLIT ")]
        assert [line for line in lines if not line.startswith(("OK ", "SPLIT "))] == [], f"{mode} reader got errors"
        # only DuckDB's own connect is split, at most once per publish, and its retry read a version
        assert len(splits) <= 2 and all(i + 1 < len(lines) and lines[i + 1].startswith("OK duckdb ") for i in splits)
        reads = [line.split(" ", 2)[1:] for line in lines if line.startswith("OK ")]
        how[mode] = {connect for connect, _ in reads}
        seen[mode] = [signature for _, signature in reads]
        assert set(seen[mode]) <= set(versions), f"{mode} reader saw a warehouse that was never published"
    assert set(seen["hold"]) == {versions[0]}, "an open connection keeps the version it opened"
    assert how == {"hold": {"held"}, "reconnect": {"duckdb", "helper"}}
    assert seen["reconnect"][-1] == versions[-1] and len(set(seen["reconnect"])) >= 2
    # versions only move forward for a reader that reconnects
    order = [versions.index(sig) for sig in seen["reconnect"]]
    assert order == sorted(order)

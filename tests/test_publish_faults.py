"""Publishing under faults: kill -9 inside publish, a rollback while a refresh builds, a full disk.

Each test ends with the published warehouse intact, no debris on disk and a one-line reason.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import build_with_value, file_sha256, values_of

from juesuan import publish
from juesuan.cli import main
from juesuan.load import load_documents


def _wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


# --- kill -9 inside publish -----------------------------------------------------------------
PUBLISH_THEN_HANG = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from juesuan import publish
    db, building = Path(sys.argv[1]), Path(sys.argv[2])
    real_replace = os.replace
    def hang(src, dst):  # the kept copy is written; the rename over PATH never comes
        Path(sys.argv[3]).touch()
        time.sleep(600)
    os.replace = hang
    publish.publish(building, db, "ghost")
""")


def test_kill_9_inside_publish_leaves_no_version_that_was_never_published(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    published = file_sha256(tmp_db)
    building = build_with_value(tmp_db, "ghost", 3)
    ready = tmp_db.with_name("ready")
    proc = subprocess.Popen([sys.executable, "-c", PUBLISH_THEN_HANG, str(tmp_db), str(building), str(ready)])
    try:
        _wait_for(ready.exists)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert file_sha256(tmp_db) == published
    assert [v.name.rsplit("-", 1)[1] for v in publish.list_versions(tmp_db)] == ["run1", "run2"]
    assert list(publish.versions_dir(tmp_db).glob("*.partial"))  # what the killed run left …
    # … goes at the next run; rollback's "previous" is the previously published version
    assert main(["rollback", "--db", str(tmp_db)]) == 0
    assert values_of(tmp_db) == [1]
    assert not list(publish.versions_dir(tmp_db).glob("*.partial"))
    assert not publish.building_path(tmp_db, "ghost").exists()
    for n in range(3, 6):  # pruning to three keeps real versions only
        publish.publish(build_with_value(tmp_db, f"run{n}", n), tmp_db, f"run{n}")
    assert [v.name.rsplit("-", 1)[1] for v in publish.list_versions(tmp_db)] == ["run3", "run4", "run5"]


# --- rollback during a refresh --------------------------------------------------------------
HOLD_LOCK = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from juesuan import publish
    with publish.warehouse_lock(Path(sys.argv[1])):
        Path(sys.argv[2]).touch()
        time.sleep(600)
""")


@contextlib.contextmanager
def _lock_held_elsewhere(db: Path) -> Iterator[None]:
    ready = db.with_name("locked")
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db), str(ready)])
    try:
        _wait_for(ready.exists)
        yield
    finally:
        proc.kill()
        proc.wait()


def test_a_rollback_while_a_refresh_holds_the_warehouse_is_refused_in_one_line(
    tmp_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    before = file_sha256(tmp_db)
    with _lock_held_elsewhere(tmp_db):
        assert main(["rollback", "--db", str(tmp_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot roll back: another refresh, rollback or load" in err
    assert file_sha256(tmp_db) == before
    assert main(["rollback", "--db", str(tmp_db)]) == 0  # the lock is free again
    assert values_of(tmp_db) == [1]


def test_a_refresh_does_not_publish_over_a_file_replaced_while_it_built(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    started_from = publish.identity(tmp_db)
    building = build_with_value(tmp_db, "run3", 3)
    first = publish.list_versions(tmp_db)[0].path  # another tool (or an old juesuan) ignores the lock:
    shutil.copyfile(first, tmp_db.with_name("copy"))
    os.replace(tmp_db.with_name("copy"), tmp_db)
    rolled_back = file_sha256(tmp_db)
    with pytest.raises(publish.PublishedChanged, match="was replaced while this refresh built"):
        publish.publish(building, tmp_db, "run3", expected=started_from)
    assert file_sha256(tmp_db) == rolled_back and values_of(tmp_db) == [1]
    assert [v.name.rsplit("-", 1)[1] for v in publish.list_versions(tmp_db)] == ["run1", "run2"]
    assert not list(publish.versions_dir(tmp_db).glob("*.partial"))


# --- a full disk ----------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs (root only; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(mount)],
                            capture_output=True, check=False)
    if result.returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path, leave_bytes: int) -> None:
    """Write a filler file until only about ``leave_bytes`` are free (0: until the disk is full)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (65536, 512):
            with contextlib.suppress(OSError):
                while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave_bytes + chunk:
                    os.write(fd, b"\0" * chunk)
                while not leave_bytes:
                    os.write(fd, b"\0" * chunk)
    finally:
        os.close(fd)


def _published_on(disk: Path, rows: int) -> Path:
    db = disk / "warehouse.duckdb"
    building = publish.start_build(db, "run1")
    with duckdb.connect(str(building)) as con:
        con.execute(f"create table t as select range as v from range({rows})")
    publish.publish(building, db, "run1")
    return db


def test_a_full_disk_in_the_build_copy_leaves_no_debris_and_names_the_cause(small_disk: Path) -> None:
    db = _published_on(small_disk, 400_000)
    before = file_sha256(db)
    _fill(small_disk, db.stat().st_size // 2)
    with pytest.raises(publish.PublishError) as raised:
        publish.start_build(db, "run2")
    message = str(raised.value)
    assert "\n" not in message and "No space left on device" in message
    assert "MB free in" in message and "MB needed" in message
    assert sorted(p.name for p in small_disk.iterdir()) == [
        "filler", "warehouse.duckdb", "warehouse.duckdb.versions"]
    assert file_sha256(db) == before


def test_a_full_disk_while_keeping_the_version_leaves_no_partial_and_is_not_retried(small_disk: Path) -> None:
    from juesuan.failures import is_transient

    db = _published_on(small_disk, 400_000)
    before = file_sha256(db)
    building = publish.start_build(db, "run2")
    _fill(small_disk, db.stat().st_size // 2)
    with pytest.raises(publish.PublishError, match="No space left on device") as raised:
        publish.publish(building, db, "run2")
    assert not is_transient(raised.value)
    assert not list(publish.versions_dir(db).glob("*.partial"))
    assert file_sha256(db) == before
    publish.discard_build(building)


def test_a_full_disk_while_loading_reports_the_write_that_failed(small_disk: Path) -> None:
    from conftest import CHANGJI, MAOXIAN

    from ingest.document import parse_path

    db = small_disk / "scratch.duckdb"
    with duckdb.connect(str(db)) as con:
        load_documents(con, [parse_path(CHANGJI)])
        con.execute("checkpoint")
        _fill(small_disk, 0)
        with pytest.raises(duckdb.Error, match="No space left on device") as raised:
            load_documents(con, [parse_path(MAOXIAN)])
    assert "no transaction is active" not in str(raised.value)


# --- what is retried ------------------------------------------------------------------------
def test_only_a_transient_failure_is_tried_again() -> None:
    import errno

    from juesuan.failures import retry_transient

    attempts: list[int] = []

    def busy_once() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError(errno.EBUSY, "Device or resource busy")
        return "published"

    assert retry_transient(busy_once, [0, 0]) == "published" and len(attempts) == 2

    for deterministic in (OSError(errno.ENOSPC, "No space left on device"), PermissionError(errno.EACCES, "denied"),
                          RuntimeError("dbt build failed on 1 node(s)")):
        attempts.clear()

        def fails(exc: BaseException = deterministic) -> str:
            attempts.append(1)
            raise exc

        with pytest.raises(type(deterministic)):
            retry_transient(fails, [0, 0])
        assert len(attempts) == 1, deterministic

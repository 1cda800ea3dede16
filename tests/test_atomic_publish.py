"""Publishing a built warehouse atomically, keeping N versions, rolling back (no Prefect)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import build_with_value, file_sha256, values_of

from juesuan import publish
from juesuan.cli import main


def test_first_publish_renames_the_build_into_place_and_keeps_a_version(tmp_db: Path) -> None:
    building = build_with_value(tmp_db, "run1", 1)
    assert building.name == "warehouse.duckdb.building-run1"
    version = publish.publish(building, tmp_db, "run1")
    assert not building.exists()
    assert values_of(tmp_db) == [1]
    assert version.name.endswith("-run1") and version.is_current
    assert version.path.parent == tmp_db.with_name("warehouse.duckdb.versions")
    assert file_sha256(version.path) == file_sha256(tmp_db)
    assert not version.path.stat().st_mode & stat.S_IWUSR  # a kept version is read-only
    assert not tmp_db.with_name("warehouse.duckdb.wal").exists()


def test_a_build_that_is_mostly_free_space_is_published_compacted(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    building = build_with_value(tmp_db, "run2", 2)
    with duckdb.connect(str(building)) as con:  # a dbt model dropped and rebuilt smaller
        con.execute("create table big as select range as v, md5(range::varchar) as s from range(2000000)")
        con.execute("checkpoint")
        con.execute("create table kept as select range as v from range(100000)")  # after big: no cutting the file
        con.execute("checkpoint")
        con.execute("drop table big")
        con.execute("checkpoint")
    grown = building.stat().st_size
    publish.publish(building, tmp_db, "run2")
    assert values_of(tmp_db) == [1, 2]
    assert tmp_db.stat().st_size < grown / 2 and publish.free_share(tmp_db) < publish.COMPACT_FREE_SHARE
    assert [p.name for p in tmp_db.parent.iterdir() if ".compact" in p.name] == []


def test_a_build_starts_from_the_published_warehouse(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    assert values_of(tmp_db) == [1, 2]


def test_only_the_last_n_versions_are_kept(tmp_db: Path) -> None:
    for n in range(1, 6):
        publish.publish(build_with_value(tmp_db, f"run{n}", n), tmp_db, f"run{n}", keep=3)
    names = [v.name for v in publish.list_versions(tmp_db)]
    assert [n.rsplit("-", 1)[1] for n in names] == ["run3", "run4", "run5"]
    assert [v.is_current for v in publish.list_versions(tmp_db)] == [False, False, True]


def test_rollback_publishes_the_previous_version_then_a_named_one(tmp_db: Path) -> None:
    for n in range(1, 4):
        publish.publish(build_with_value(tmp_db, f"run{n}", n), tmp_db, f"run{n}")
    assert values_of(tmp_db) == [1, 2, 3]
    assert publish.rollback(tmp_db).name.endswith("-run2")
    assert values_of(tmp_db) == [1, 2]
    assert publish.rollback(tmp_db).name.endswith("-run1")
    assert values_of(tmp_db) == [1]
    with pytest.raises(publish.PublishError, match="no version older"):
        publish.rollback(tmp_db)
    assert publish.rollback(tmp_db, "run3").name.endswith("-run3")
    assert values_of(tmp_db) == [1, 2, 3]
    # the kept versions themselves are untouched by rollbacks
    assert len(publish.list_versions(tmp_db)) == 3


def test_the_next_build_after_a_rollback_starts_from_the_rolled_back_file(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    publish.rollback(tmp_db)
    publish.publish(build_with_value(tmp_db, "run3", 3), tmp_db, "run3")
    assert values_of(tmp_db) == [1, 3]


def test_rollback_to_an_unknown_version_names_the_kept_ones(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    with pytest.raises(publish.PublishError, match=r"no version matches 'nope' \(kept: .*-run1\)"):
        publish.rollback(tmp_db, "nope")


def test_publishing_needs_no_write_access_to_the_published_file(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    os.chmod(tmp_db, stat.S_IRUSR)  # nobody may write the published file, not even the refresh
    building = build_with_value(tmp_db, "run2", 2)
    publish.publish(building, tmp_db, "run2")
    assert values_of(tmp_db) == [1, 2]


def test_a_reader_holding_the_file_keeps_its_version_and_new_readers_see_the_new_one(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    building = build_with_value(tmp_db, "run2", 2)
    with duckdb.connect(str(tmp_db), read_only=True) as reader:
        publish.publish(building, tmp_db, "run2")
        assert [r[0] for r in reader.execute("select v from t order by v").fetchall()] == [1]
    assert values_of(tmp_db) == [1, 2]


def test_discarding_a_build_leaves_the_published_file_byte_for_byte(tmp_db: Path) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    before = file_sha256(tmp_db)
    building = build_with_value(tmp_db, "run2", 2)
    publish.discard_build(building)
    assert file_sha256(tmp_db) == before
    assert sorted(p.name for p in tmp_db.parent.iterdir()) == ["warehouse.duckdb", "warehouse.duckdb.versions"]


def test_stale_builds_of_dead_refreshes_are_removed(tmp_db: Path) -> None:
    stale = publish.building_path(tmp_db, "dead")
    stale.write_bytes(b"half a warehouse")
    assert publish.remove_debris(tmp_db) == [stale]
    assert not stale.exists()


def test_a_second_refresh_of_the_same_warehouse_is_refused_while_one_runs(tmp_db: Path) -> None:
    with (
        publish.warehouse_lock(tmp_db),
        pytest.raises(publish.WarehouseBusy, match="another refresh, rollback or load"),
        publish.warehouse_lock(tmp_db),
    ):
        pass
    with publish.warehouse_lock(tmp_db):  # released again
        pass


def test_cli_rollback_lists_and_restores(tmp_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    publish.publish(build_with_value(tmp_db, "run1", 1), tmp_db, "run1")
    publish.publish(build_with_value(tmp_db, "run2", 2), tmp_db, "run2")
    assert main(["rollback", "--db", str(tmp_db), "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].startswith("  ") and listed[0].split()[0].endswith("-run1")
    assert listed[1].startswith("* ") and listed[1].split()[1].endswith("-run2")
    assert main(["rollback", "--db", str(tmp_db), "--to", "run1"]) == 0
    assert "rolled back" in capsys.readouterr().out
    assert values_of(tmp_db) == [1]


def test_cli_rollback_without_versions_fails_with_one_line(tmp_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rollback", "--db", str(tmp_db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no kept versions" in err

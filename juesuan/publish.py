"""Atomic publishing of the warehouse file, the last N published versions, and rollback.

The published warehouse (``--db PATH``, default ``./warehouse.duckdb``) is never opened for
writing by a refresh. A refresh works on a copy next to it, ``PATH.building-<run>``; when
every step succeeded the copy is checkpointed and renamed over ``PATH`` with
:func:`os.replace`, an atomic rename on one filesystem. A reader that holds ``PATH`` open
read-only keeps reading the file it opened (the old inode); a reader that connects after the
rename sees the new file. Nobody ever sees half a warehouse and nobody waits for a lock. (A
DuckDB 2.0 ``duckdb.connect(PATH)`` opens ``PATH`` three times and fails if the rename lands
between: connect again, or open it with :func:`juesuan.reader.connect_read_only`, which opens it
once.)

Each published file is also copied to ``PATH.versions/<timestamp>-<run>.duckdb`` (read-only);
the last :data:`DEFAULT_KEEP_VERSIONS` are kept for :func:`rollback`. ``PATH.versions/CURRENT``
names the version that is published now. The copy is written as ``….duckdb.partial`` and takes
its name only after the rename over ``PATH``: a run killed inside publish leaves a partial file
(removed by the next run, :func:`remove_debris`), never a version that was not published.

``PATH.lock`` (an ``flock``, :func:`warehouse_lock`) is held by every command that changes the
published file (refresh, rollback, load), so a rollback cannot slip in while a refresh builds; a
refresh also publishes only if ``PATH`` is still the file it copied (:func:`identity`). The lock
is never taken on ``PATH`` itself: readers never wait.

The published file is written in DuckDB storage format :data:`STORAGE_VERSION`, which the
DuckDB 1.x drivers bundled in BI tools read (DuckDB 2.0 would otherwise write a format only 2.0
reads). A first build is created in that format and keeps it; a build copied from a file in
another format is converted when it is published (by the same rewrite that compacts it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import os
import shutil
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from juesuan.failures import reason

DEFAULT_KEEP_VERSIONS = 3
VERSION_SUFFIX = ".duckdb"
CURRENT_MARKER = "CURRENT"
BUILDING_INFIX = ".building-"
PARTIAL_SUFFIX = ".partial"
# Seconds between two attempts to take a lock another process holds.
LOCK_POLL_SECONDS = 0.5
# Publish rewrites the build file compactly when more than this share of its blocks is free space
# (left by dbt's dropped and recreated tables): DuckDB reuses free blocks but never shrinks a file.
COMPACT_FREE_SHARE = 0.4
# Storage format of the published file: the oldest that stores every type the marts use (DECIMAL,
# VARCHAR, DATE, TIMESTAMP, BOOLEAN, BIGINT, DOUBLE), read by DuckDB 0.10 / 1.x and later clients.
STORAGE_VERSION = "v1.0.0"


class PublishError(RuntimeError):
    """Publishing or rolling back failed; the published warehouse is unchanged."""


class WarehouseBusy(PublishError):
    """Another process holds the warehouse's lock (a refresh, rollback or load is running)."""


class PublishedChanged(PublishError):
    """The published file was replaced while a refresh built (not by this refresh): not published."""


@dataclass(frozen=True)
class Version:
    """One kept published version of the warehouse."""

    name: str  # e.g. 20250101T020000-3f2a9c1b7d0e
    path: Path
    size_bytes: int
    is_current: bool


def versions_dir(db: Path) -> Path:
    """``PATH.versions/``: the kept published versions of ``db``."""
    return db.with_name(db.name + ".versions")


def building_path(db: Path, run_id: str) -> Path:
    """``PATH.building-<run>``: where a refresh builds the next warehouse."""
    return db.with_name(f"{db.name}{BUILDING_INFIX}{run_id}")


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


@contextlib.contextmanager
def warehouse_lock(db: Path, command: str = "refresh", *, wait_seconds: float = 0.0) -> Iterator[None]:
    """Hold ``PATH.lock`` while ``command`` changes the published file.

    Another holder (a refresh, rollback or load of the same warehouse in another process) is
    waited for up to ``wait_seconds``, then :class:`WarehouseBusy` is raised.
    """
    lock_path = db.with_name(db.name + ".lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait_seconds
    with open(lock_path, "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"cannot {command}: another refresh, rollback or load of {db} is running (lock {lock_path})"
                    ) from None
                time.sleep(LOCK_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def identity(db: Path) -> tuple[int, int, int] | None:
    """What tells the published file apart from any other put there: inode, mtime, size (None: absent).

    Every publish and rollback renames a new file over ``PATH``, so its inode changes.
    """
    try:
        st = db.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def remove_debris(db: Path) -> list[Path]:
    """Delete what runs killed mid-way left (call under the lock): build copies and their WALs,
    partial version copies, rollback and compaction staging files, a half-written ``CURRENT``."""
    patterns = [f"{db.name}{BUILDING_INFIX}*", f"{db.name}.rollback-*", f"{db.name}*.compact*"]
    debris = [path for pattern in patterns for path in db.parent.glob(pattern)]
    folder = versions_dir(db)
    if folder.is_dir():
        debris += [*folder.glob(f"*{PARTIAL_SUFFIX}"), *folder.glob(f"{CURRENT_MARKER}.tmp")]
    for path in debris:
        path.unlink(missing_ok=True)
    return sorted(debris)


def start_build(db: Path, run_id: str) -> Path:
    """Create ``PATH.building-<run>``: a copy of the published warehouse, or nothing if none.

    Copying only reads the published file, so readers are not disturbed and incremental state
    (fingerprints, raw rows) carries over to the new build.
    """
    target = building_path(db, run_id)
    discard_build(target)
    if db.exists():
        try:  # a copy that fails half-way (a full disk) is deleted, not left behind
            shutil.copyfile(db, target)
            if _wal(db).exists():  # a published file is checkpointed; keep a stray WAL's changes anyway
                shutil.copyfile(_wal(db), _wal(target))
        except OSError as exc:
            discard_build(target)
            raise PublishError(f"cannot copy {db.name} to start a build: "
                               f"{reason(exc, folder=db.parent, needed_bytes=2 * db.stat().st_size)}") from exc
        os.chmod(target, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    else:
        create_database(target)
    return target


def create_database(path: Path) -> None:
    """An empty DuckDB file in :data:`STORAGE_VERSION`; DuckDB keeps a file's format as it writes."""
    with duckdb.connect() as con:
        con.execute(f"attach '{path}' as juesuan_new (storage_version '{STORAGE_VERSION}')")
        con.execute("detach juesuan_new")


def storage_version(path: Path) -> str:
    """The storage format of the DuckDB file ``path`` (e.g. ``v1.0.0``: readable by that version on)."""
    with duckdb.connect(str(path), read_only=True) as con:
        tag = con.execute(
            "select tags['storage_version'] from duckdb_databases() where database_name = current_database()"
        ).fetchone()[0]  # type: ignore[index]
    return str(tag).rstrip("+")


def discard_build(building: Path) -> None:
    """Delete a build that will not be published (and its WAL)."""
    building.unlink(missing_ok=True)
    _wal(building).unlink(missing_ok=True)


def checkpoint(path: Path) -> None:
    """Fold the WAL into ``path`` so the single file is the whole warehouse."""
    with duckdb.connect(str(path)) as con:
        con.execute("checkpoint")
    if _wal(path).exists() and _wal(path).stat().st_size:
        raise PublishError(f"checkpoint left a write-ahead log next to {path}")
    _wal(path).unlink(missing_ok=True)


def free_share(path: Path) -> float:
    """Share of the blocks of the DuckDB file ``path`` that hold no data."""
    with duckdb.connect(str(path), read_only=True) as con:
        total, free = con.execute("select total_blocks, free_blocks from pragma_database_size()").fetchone()  # type: ignore[misc]
    return free / total if total else 0.0


def compact(path: Path) -> None:
    """Rewrite ``path`` without its free blocks and in :data:`STORAGE_VERSION` (``COPY FROM
    DATABASE`` into a new file, then rename)."""
    compacted = path.with_name(path.name + ".compact")
    discard_build(compacted)
    try:
        with duckdb.connect(str(path)) as con:
            source = con.execute("select current_database()").fetchone()[0]  # type: ignore[index]
            con.execute(f"attach '{compacted}' as juesuan_compacted (storage_version '{STORAGE_VERSION}')")
            con.execute(f'copy from database "{source}" to juesuan_compacted')
            con.execute("detach juesuan_compacted")
        os.replace(compacted, path)
    finally:
        discard_build(compacted)


def _version_name(run_id: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S%f")
    return f"{stamp}-{run_id}"


def _read_current(db: Path) -> str | None:
    marker = versions_dir(db) / CURRENT_MARKER
    if not marker.exists():
        return None
    return marker.read_text().strip() or None


def _write_current(db: Path, name: str) -> None:
    marker = versions_dir(db) / CURRENT_MARKER
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(name + "\n")
    os.replace(tmp, marker)


def _partial_copy(source: Path, db: Path, name: str) -> Path:
    """``PATH.versions/<name>.duckdb.partial``: the copy a version is made from once published."""
    folder = versions_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f"{name}{VERSION_SUFFIX}{PARTIAL_SUFFIX}"
    try:
        shutil.copyfile(source, partial)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PublishError(f"cannot keep a version of the build: "
                           f"{reason(exc, folder=folder, needed_bytes=source.stat().st_size)}") from exc
    os.chmod(partial, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # a kept version is never written
    return partial


def list_versions(db: Path) -> list[Version]:
    """The kept versions of ``db``, oldest first."""
    folder = versions_dir(db)
    if not folder.is_dir():
        return []
    current = _read_current(db)
    return [
        Version(name=p.name.removesuffix(VERSION_SUFFIX), path=p, size_bytes=p.stat().st_size,
                is_current=p.name.removesuffix(VERSION_SUFFIX) == current)
        for p in sorted(folder.glob(f"*{VERSION_SUFFIX}"))
    ]


def prune_versions(db: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` versions (never the current one)."""
    versions = list_versions(db)
    doomed = [v for v in versions[: max(len(versions) - keep, 0)] if not v.is_current]
    for version in doomed:
        version.path.unlink(missing_ok=True)
    return [v.path for v in doomed]


def publish(
    building: Path,
    db: Path,
    run_id: str,
    *,
    keep: int = DEFAULT_KEEP_VERSIONS,
    expected: tuple[int, int, int] | bool | None = False,
) -> Version:
    """Checkpoint ``building`` (compacting it when it is mostly free space, converting it when it
    is not in :data:`STORAGE_VERSION`), keep a copy in ``PATH.versions/`` and rename it over ``db``.

    The rename is the only moment ``db`` changes, and it is atomic; the kept copy becomes a
    version only after it. ``expected`` is the :func:`identity` of ``db`` when the build was
    copied from it (``False``: not checked): if ``db`` was replaced since, nothing is published
    (:class:`PublishedChanged`). Returns the new version.
    """
    if not building.exists():
        raise PublishError(f"nothing to publish: {building} does not exist")
    checkpoint(building)
    if free_share(building) > COMPACT_FREE_SHARE or storage_version(building) != STORAGE_VERSION:
        compact(building)
    name = _version_name(run_id)
    partial = _partial_copy(building, db, name)
    try:
        if expected is not False and identity(db) != expected:
            raise PublishedChanged(
                f"{db} was replaced while this refresh built (a rollback?); not published: run the refresh again"
            )
        os.chmod(building, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
        os.replace(building, db)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    kept = partial.with_name(partial.name.removesuffix(PARTIAL_SUFFIX))
    os.replace(partial, kept)
    _write_current(db, name)
    prune_versions(db, keep)
    return Version(name=name, path=kept, size_bytes=kept.stat().st_size, is_current=True)


def resolve_version(db: Path, to: str | None) -> Version:
    """The version ``rollback`` would restore: ``to`` (a name, a prefix or a run id) or the one
    published before the current one."""
    versions = list_versions(db)
    if not versions:
        raise PublishError(f"no kept versions of {db} in {versions_dir(db)}")
    if to:
        matches = [v for v in versions if v.name == to or v.name.startswith(to) or v.name.endswith(f"-{to}")]
        if len(matches) != 1:
            names = ", ".join(v.name for v in versions)
            raise PublishError(f"{'no' if not matches else 'more than one'} version matches {to!r} (kept: {names})")
        return matches[0]
    current = [i for i, v in enumerate(versions) if v.is_current]
    index = current[0] if current else len(versions) - 1
    if index == 0:
        raise PublishError(f"no version older than the current one ({versions[index].name}) is kept")
    return versions[index - 1]


def rollback(db: Path, to: str | None = None, *, wait_seconds: float = 0.0) -> Version:
    """Publish a kept version again, atomically; the versions themselves stay as they are.

    Holds the warehouse's lock: a rollback never overlaps a refresh (it waits up to
    ``wait_seconds`` for one to end, then raises :class:`WarehouseBusy`).
    """
    with warehouse_lock(db, "roll back", wait_seconds=wait_seconds):
        remove_debris(db)
        return _restore(db, resolve_version(db, to))


def _restore(db: Path, version: Version) -> Version:
    staging = db.with_name(f"{db.name}.rollback-{version.name}")
    try:
        shutil.copyfile(version.path, staging)
    except OSError as exc:
        staging.unlink(missing_ok=True)
        raise PublishError(f"cannot copy version {version.name}: "
                           f"{reason(exc, folder=db.parent, needed_bytes=version.size_bytes)}") from exc
    os.chmod(staging, stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
    os.replace(staging, db)
    _write_current(db, version.name)
    return Version(name=version.name, path=version.path, size_bytes=version.size_bytes, is_current=True)

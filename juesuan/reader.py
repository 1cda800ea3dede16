"""Opening the published warehouse for reading, safe against a publish landing mid-connect.

DuckDB 2.0's ``duckdb.connect(PATH)`` opens ``PATH`` three times, closing it in between: 16 bytes
of magic, then the file's headers (12 KB), then its blocks (a plain ``ATTACH`` opens it twice, the
first time for the headers). A publish renames a new file over ``PATH`` (:mod:`juesuan.publish`);
when the rename lands after the headers were read, the headers of one file meet the blocks of the
other. The connect then fails: ``INTERNAL Error: Failed to load metadata pointer``, ``IO Error: No
more data remaining in MetadataReader``, ``IO Error: Could not read enough bytes from file``,
``Serialization Error: Failed to deserialize``, depending on where the old file's metadata lay in
the new one (or it reads the new version whole, where the two agree).

``ATTACH … (TYPE duckdb)`` from an in-memory database opens ``PATH`` once and reads headers and
blocks through that one descriptor, so it gets one whole version, old or new, whatever the
publisher does (``tests/test_reader.py`` holds that open while the file is replaced).
:func:`connect_read_only` opens the warehouse that way and, should a DuckDB version open the file
more than once again, retries an open that failed while the file was replaced (its inode, size or
mtime changed during the attempt), a few times; every other error is raised at once.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from juesuan.publish import identity

CONNECT_ATTEMPTS = 3
RETRY_PAUSE_SECONDS = 0.05
# Names an in-memory DuckDB already gives its own databases.
RESERVED_NAMES = {"memory", "system", "temp", "main", ""}


def _quoted(text: str, quote: str) -> str:
    return quote + text.replace(quote, quote * 2) + quote


def open_once(db: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the DuckDB file ``db``, which is opened once.

    The file is attached under its stem (as ``duckdb.connect`` names it) and made the default
    database, so ``marts.x``, ``current_database()`` and the rest read as on a direct connection.
    """
    path = Path(db)
    name = path.stem if path.stem.lower() not in RESERVED_NAMES else "warehouse"
    con = duckdb.connect()
    try:
        alias = _quoted(name, '"')
        con.execute(f"attach {_quoted(str(path), chr(39))} as {alias} (read_only, type duckdb)")
        con.execute(f"use {alias}")
    except BaseException:
        con.close()
        raise
    return con


def connect_read_only(
    db: Path | str, *, attempts: int = CONNECT_ATTEMPTS, pause: float = RETRY_PAUSE_SECONDS
) -> duckdb.DuckDBPyConnection:
    """:func:`open_once`, tried again (up to ``attempts`` times in all) when it failed while ``db``
    was replaced (:func:`juesuan.publish.identity` changed during the attempt): the next attempt
    opens the new file whole. An error of an attempt during which the file stayed as it was, or of
    the last attempt, is raised."""
    attempt = 1
    while True:
        before = identity(Path(db))
        try:
            return open_once(db)
        except duckdb.Error:
            if attempt >= attempts or identity(Path(db)) == before:
                raise
        attempt += 1
        time.sleep(pause)

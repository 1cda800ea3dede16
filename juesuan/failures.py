"""Why a run failed, in one line, and whether trying again could help.

A refresh retries only what can succeed on a second try: an OS error that says "busy" or "try
again" (``EAGAIN``, ``EBUSY``, ``EINTR``, ``ETIMEDOUT``, ``ESTALE`` of a network share, ``EIO``).
A full disk, a missing permission, a dbt model that does not compile or a constraint a document
breaks fail the same way every time: they are reported at once, in one line naming the root
cause (a full disk often surfaces as a secondary error, e.g. DuckDB's "cannot rollback - no
transaction is active" after the write of its WAL failed).
"""

from __future__ import annotations

import errno
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TRANSIENT_ERRNOS = frozenset({errno.EAGAIN, errno.EBUSY, errno.EINTR, errno.ETIMEDOUT, errno.ESTALE, errno.EIO})
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
DISK_FULL_TEXT = ("No space left on device", "Disk quota exceeded", "File too large")
MB = 1024 * 1024


def causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it was raised from or during, outermost first."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def first_line(exc: BaseException) -> str:
    """``Type: message`` of ``exc``, first line only."""
    text = f"{type(exc).__name__}: {exc}".strip()
    return text.splitlines()[0] if text else type(exc).__name__


def disk_full_cause(exc: BaseException) -> BaseException | None:
    """The exception in ``exc``'s chain that says the disk is full, if any."""
    for cause in causes(exc):
        if isinstance(cause, OSError) and cause.errno in DISK_FULL_ERRNOS:
            return cause
        if any(text in str(cause) for text in DISK_FULL_TEXT):
            return cause
    return None


def is_transient(exc: BaseException) -> bool:
    """Whether trying again could succeed: a transient OS error and no full disk in the chain."""
    if disk_full_cause(exc) is not None:
        return False
    return any(isinstance(c, OSError) and c.errno in TRANSIENT_ERRNOS for c in causes(exc))


def free_bytes(folder: Path) -> int | None:
    """Free bytes on the filesystem of ``folder`` (None when it cannot be told)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def reason(exc: BaseException, *, folder: Path | None = None, needed_bytes: int | None = None) -> str:
    """One line naming the root cause of ``exc``; for a full disk, the free and needed space."""
    full = disk_full_cause(exc)
    if full is None:
        return first_line(exc)
    line = first_line(full)
    if folder is not None:
        free = free_bytes(folder)
        if free is not None:
            line += f" ({free / MB:.1f} MB free in {folder}"
            line += f", about {needed_bytes / MB:.1f} MB needed)" if needed_bytes else ")"
    return line


def retry_transient(step: Callable[[], T], delays: Sequence[float],
                    on_retry: Callable[[BaseException, float], None] | None = None) -> T:
    """Run ``step``; after a transient failure wait each of ``delays`` in turn and try again.

    Any other failure (and the last transient one) is raised at once.
    """
    for delay in delays:
        try:
            return step()
        except Exception as exc:
            if not is_transient(exc):
                raise
            if on_retry:
                on_retry(exc, delay)
            time.sleep(delay)
    return step()

"""Parsing the documents of a refresh: in this process or in spawned workers, one document at a time.

A parse never raises: a parser bug, an unreadable file or a parse past its time limit becomes
the document's one-line reason (it is quarantined, the others publish). Worker processes are
spawned only when the estimated work pays for their start-up, and die with the refresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from ingest.document import ParsedDocument, parse_bytes, read_document_bytes
from ingest.text import DocumentError
from juesuan.discovery import Fingerprint
from juesuan.lifetime import die_with_parent

T = TypeVar("T")

# Documents parsed and loaded per step of a refresh: bounds the parsed records held at once
# (~0.25 MB a document) while keeping the worker start-up (~1 s a step) small.
PARSE_CHUNK = 2000
# Measured on the 2-core build machine: a spawned worker costs ~0.5-1 s to start and import the
# parsers; a text document parses in ~20 ms, a PDF in ~1-3 s. Below this estimate of sequential
# parse seconds, parsing in-process is faster than starting workers.
POOL_BREAK_EVEN_SECONDS = 3.0
EST_SECONDS_PER_PDF = 1.5
EST_TEXT_BYTES_PER_SECOND = 2_000_000
# A document whose parse takes longer than this is set aside (quarantined) so the others publish.
PARSE_TIMEOUT_SECONDS = 300

@dataclass(frozen=True)
class ParseOutcome:
    """One document parsed (``document``) or not (``reason``), and how long it took.

    Once its records are in ``raw`` (:func:`load_parsed`) the outcome keeps only their count
    (``records``), so a run does not hold every parsed document until its bookkeeping.
    """

    path: str
    document_id: str | None
    document: ParsedDocument | None
    reason: str | None
    seconds: float
    records: int | None = None  # set once loaded: the document's record count
    warnings: tuple[str, ...] = ()  # set once loaded: headline figures printed but unreadable

    @property
    def parsed(self) -> bool:
        return self.document is not None or self.records is not None


class ParseTimeout(Exception):
    """One document's parse ran past its time limit."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ParseTimeout` in this thread after ``seconds`` (main thread only: ``SIGALRM``)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ParseTimeout(f"parse timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_file(path: str, timeout: float | None = None) -> ParseOutcome:
    """Read and parse one file; never raises (a parser bug or a parse past ``timeout`` seconds,
    default :data:`PARSE_TIMEOUT_SECONDS`, becomes a one-line reason)."""
    started = time.perf_counter()
    data: bytes | None = None
    try:
        with _time_limit(timeout or PARSE_TIMEOUT_SECONDS):
            data = read_document_bytes(Path(path))
            doc = parse_bytes(data, Path(path))
        return ParseOutcome(path, doc.document_id, doc, None, time.perf_counter() - started)
    except (DocumentError, ParseTimeout) as exc:
        reason = str(exc)
    except Exception as exc:  # a parser bug must not stop the other documents
        reason = f"parser error: {type(exc).__name__}: {exc}"
    doc_id = hashlib.sha256(data).hexdigest() if data is not None else None
    first_line = reason.splitlines()[0] if reason.strip() else "unknown error"
    return ParseOutcome(path, doc_id, None, first_line, time.perf_counter() - started)


def _die_with_parent(parent_pid: int) -> None:
    """Worker initializer: be killed when the refresh dies, even by ``kill -9`` (Linux)."""
    die_with_parent()
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)


def available_cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def choose_workers(fingerprints: Sequence[Fingerprint], max_workers: int | None = None) -> int:
    """Worker processes worth starting for ``fingerprints``: 1 (in-process) when the estimated
    sequential parse time is below :data:`POOL_BREAK_EVEN_SECONDS`."""
    limit = min(max_workers or available_cpus(), len(fingerprints))
    if limit <= 1:
        return 1
    pdfs = sum(1 for fp in fingerprints if fp.is_pdf)
    text_bytes = sum(fp.size_bytes or 0 for fp in fingerprints if not fp.is_pdf)
    estimate = pdfs * EST_SECONDS_PER_PDF + text_bytes / EST_TEXT_BYTES_PER_SECOND
    return limit if estimate >= POOL_BREAK_EVEN_SECONDS else 1


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` in consecutive lists of at most ``size``."""
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def parse_documents(
    fingerprints: Sequence[Fingerprint],
    *,
    workers: int = 1,
    on_parsed: Callable[[ParseOutcome], None] | None = None,
    timeout: float | None = None,
) -> list[ParseOutcome]:
    """Parse every fingerprinted file, in ``workers`` spawned processes (1: in this process).

    Results come back in the order of ``fingerprints``; ``on_parsed`` is called as each one ends.
    A worker process that dies turns its documents into one-line reasons; a document that parses
    longer than ``timeout`` seconds is set aside with one. Workers die with this process.
    """
    paths = [fp.path for fp in fingerprints]
    timeout = timeout or PARSE_TIMEOUT_SECONDS
    if workers <= 1 or len(paths) <= 1:
        outcomes = []
        for path in paths:
            outcomes.append(parse_file(path, timeout))
            if on_parsed:
                on_parsed(outcomes[-1])
        return outcomes
    by_path: dict[str, ParseOutcome] = {}
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        futures = {pool.submit(parse_file, path, timeout): path for path in paths}
        for future in as_completed(futures):
            path = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:  # BrokenProcessPool: the worker died (memory, a crash)
                outcome = ParseOutcome(path, None, None, f"parser process died: {type(exc).__name__}", 0.0)
            by_path[path] = outcome
            if on_parsed:
                on_parsed(outcome)
    return [by_path[path] for path in paths]

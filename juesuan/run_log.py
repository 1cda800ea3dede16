"""The log file of one command run: everything Prefect, dbt and juesuan log, tracebacks included.

The terminal gets the one-screen summary of a refresh, or one line saying why it failed and where
this log is (``logs/juesuan-refresh-<time>.log`` next to the warehouse). Prefect's console
output — every task's state, and a traceback for each failure — goes to the log file only, and
so does whatever is written to the process's standard error meanwhile, by it or by the processes
it starts (the temporary Prefect server prints its own tracebacks when it is stopped mid-query).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

LOG_FOLDER = "logs"
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
SILENT = logging.CRITICAL + 1
STDERR_FD = 2
KEEP_LOGS = 30  # run logs of each command kept; older ones are deleted when a new run starts


def log_path(db: Path, command: str) -> Path:
    """``logs/juesuan-<command>-<time>.log`` beside the warehouse ``db`` (older logs beyond
    :data:`KEEP_LOGS` are deleted)."""
    folder = Path(db).absolute().parent / LOG_FOLDER
    for old in sorted(folder.glob(f"juesuan-{command}-*.log"))[:-KEEP_LOGS or None]:
        old.unlink(missing_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    return folder / f"juesuan-{command}-{stamp}.log"


def _console_handlers() -> list[logging.Handler]:
    """Handlers that write to the terminal (stderr/stdout), on the root logger and every other logger."""
    loggers = [logging.getLogger(), *(lg for lg in logging.Logger.manager.loggerDict.values()
                                      if isinstance(lg, logging.Logger))]
    found = []
    for logger in loggers:
        for handler in logger.handlers:
            stream = getattr(handler, "stream", None)
            if not isinstance(handler, logging.FileHandler) and stream in (sys.stderr, sys.stdout, sys.__stderr__):
                found.append(handler)
    return found


def quiet_console() -> list[tuple[logging.Handler, int]]:
    """Silence every terminal log handler; returns them with their former levels."""
    quieted = [(h, h.level) for h in _console_handlers()]
    for console, _ in quieted:
        console.setLevel(SILENT)
    return quieted


@contextlib.contextmanager
def logged_to_file(path: Path) -> Iterator[Path]:
    """Send every log record to ``path`` instead of the terminal while the body runs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    quieted = quiet_console()
    root.addHandler(handler)
    terminal = _stderr_to(path)
    try:
        yield path
    except BaseException:
        logging.getLogger("juesuan").exception("the run failed")
        raise
    finally:
        _stderr_back(terminal)
        root.removeHandler(handler)
        handler.close()
        for console, level in quieted:
            console.setLevel(level)


def _stderr_to(path: Path) -> int:
    """Point file descriptor 2 (inherited by child processes) at ``path``; returns the old one."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    terminal = os.dup(STDERR_FD)
    log_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log_fd, STDERR_FD)
    os.close(log_fd)
    return terminal


def _stderr_back(terminal: int) -> None:
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os.dup2(terminal, STDERR_FD)
    os.close(terminal)

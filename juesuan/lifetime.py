"""Child processes die with the command that started them, even when it is killed with ``kill -9``.

A refresh starts other processes: the temporary Prefect API server (when ``PREFECT_API_URL`` is
unset), the parse workers and multiprocessing's resource tracker. Killed outright, the refresh
cannot stop them, and they would live on re-parented to PID 1 (the server still listening).

* The parse workers arm ``PR_SET_PDEATHSIG`` (:func:`die_with_parent`): the kernel kills them
  when their parent dies.
* For the others, whose start juesuan does not control, :func:`watch_children` starts a small
  watchdog process (``python -m juesuan.lifetime PID``) in its own session. It notes the
  descendants of the command every half second (not those already there when it started) and
  holds the read end of a pipe whose write end only the command holds; when the pipe closes (the
  command ended, however it ended) it kills the descendants it noted that are still alive (the
  same processes: their start time is checked).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5
GRACE_SECONDS = 2.0


def die_with_parent(sig: int = signal.SIGKILL) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies (Linux; False elsewhere)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _start_time(pid: int) -> str | None:
    """Field 22 of ``/proc/PID/stat`` (start time in clock ticks): tells a process from a reused PID."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]


def _parents() -> dict[int, int]:
    """Parent PID of every process (from ``/proc``)."""
    parents = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(entry.path, "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def descendants(pid: int) -> dict[int, str]:
    """Every living descendant of ``pid`` with its start time."""
    children: dict[int, list[int]] = {}
    for child, parent in _parents().items():
        children.setdefault(parent, []).append(child)
    found: dict[int, str] = {}
    stack = list(children.get(pid, []))
    while stack:
        child = stack.pop()
        started = _start_time(child)
        if started is not None and child not in found:
            found[child] = started
            stack.extend(children.get(child, []))
    return found


def _kill(noted: dict[int, str]) -> None:
    """SIGTERM the noted processes that are still the same processes, SIGKILL the ones that stay."""
    alive = {pid for pid, started in noted.items() if _start_time(pid) == started}
    for sig, wait in ((signal.SIGTERM, GRACE_SECONDS), (signal.SIGKILL, 0.0)):
        for pid in alive:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while alive and time.monotonic() < deadline:
            time.sleep(0.05)
            alive = {pid for pid in alive if _start_time(pid) == noted[pid]}


def watchdog(pid: int, pipe_fd: int) -> None:
    """Note ``pid``'s descendants until ``pipe_fd`` closes, then kill those still alive.

    Processes that were already there when the watch began (a test harness's server, say) are
    not the command's to stop and are left alone.
    """
    before = descendants(pid)
    noted: dict[int, str] = {}
    while True:
        readable, _, _ = select.select([pipe_fd], [], [], POLL_SECONDS)
        if readable and not os.read(pipe_fd, 64):
            break
        noted.update((child, started) for child, started in descendants(pid).items()
                     if before.get(child) != started)
    _kill(noted)


@contextlib.contextmanager
def watch_children(*, until_exit: bool = False) -> Iterator[None]:
    """Run the body with a watchdog that kills this process's children once it ends, however it ends.

    ``until_exit``: keep watching after the body, until this process ends (its exit handlers, such
    as Prefect's, stop their own children first; the watchdog reaps only what they leave).
    """
    if not Path("/proc/self/stat").exists():  # not Linux: nothing to watch with
        yield
        return
    read_end, write_end = os.pipe()
    os.set_inheritable(read_end, True)
    watcher = subprocess.Popen(
        [sys.executable, "-m", "juesuan.lifetime", str(os.getpid()), str(read_end)],
        pass_fds=(read_end,), start_new_session=True, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(read_end)
    # the write end must not leak into the children, or the pipe would not close with this process
    os.set_inheritable(write_end, False)
    try:
        yield
    finally:
        if not until_exit:  # else the pipe closes with the process
            os.close(write_end)  # the watchdog reaps what is left and exits
            with contextlib.suppress(subprocess.TimeoutExpired):
                watcher.wait(timeout=GRACE_SECONDS + 3)


if __name__ == "__main__":
    watchdog(int(sys.argv[1]), int(sys.argv[2]))

"""The ``juesuan`` command as an operator runs it, in a subprocess: a closed pipe, a refused run on
a busy machine, and ``kill -9`` in the middle of a refresh.

A failed run prints one line naming the cause and its log, and nothing else (no traceback, no
interpreter leak report); a killed run leaves no process behind (the temporary Prefect server,
the parse workers)."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _refresh_helpers import file_sha256
from conftest import CAIZHENGJU_2024, CHANGJI, PDF_DIR, TEMPLATE

from juesuan.lifetime import _start_time, descendants

JUESUAN = str(Path(sys.executable).with_name("juesuan"))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # no test harness server
    return env


def test_extract_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    result = subprocess.run(f"'{JUESUAN}' extract '{CHANGJI}' | head -1", shell=True, capture_output=True,
                            text=True, check=False, timeout=120)
    assert result.stdout.count("\n") == 1 and result.stdout.startswith("{")
    assert result.stderr == ""


def _burn() -> None:
    while True:
        pass


@contextlib.contextmanager
def _busy_machine() -> Iterator[None]:
    """Every CPU of the machine kept busy by a spinning process."""
    burners = [multiprocessing.get_context("spawn").Process(target=_burn, daemon=True)
               for _ in range(os.cpu_count() or 2)]
    for burner in burners:
        burner.start()
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.join()


@pytest.mark.slow
def test_a_refused_refresh_on_a_busy_machine_is_one_line_naming_its_log(tmp_path: Path) -> None:
    docs, empty, db = tmp_path / "docs", tmp_path / "unmounted", tmp_path / "warehouse.duckdb"
    docs.mkdir()
    empty.mkdir()
    shutil.copyfile(CHANGJI, docs / CHANGJI.name)
    subprocess.run([JUESUAN, "load", "--docs", str(docs), "--db", str(db)], check=True, capture_output=True,
                   env=_env(), timeout=300)
    before = file_sha256(db)
    with _busy_machine():  # the temporary Prefect server starts slower than Prefect's 20 s default
        result = subprocess.run([JUESUAN, "refresh", "--docs", str(empty), "--db", str(db)], capture_output=True,
                                text=True, env=_env(), check=False, timeout=600)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    line = result.stderr.strip()
    assert line.startswith(f"juesuan: error: refresh failed, {db} left as it was: RetireRefused: refusing to retire")
    log = Path(line.rsplit("(log: ", 1)[1].rstrip(")"))
    assert log.parent == tmp_path / "logs" and "Traceback" in log.read_text(encoding="utf-8")
    assert file_sha256(db) == before


# --- kill -9 ------------------------------------------------------------------------------------
def _children_of(pid: int) -> dict[int, str]:
    return {child: started for child, started in descendants(pid).items() if "juesuan.lifetime" not in _cmdline(child)}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.mark.slow
def test_kill_9_during_a_refresh_leaves_no_process_behind(tmp_path: Path) -> None:
    docs, db = tmp_path / "docs", tmp_path / "warehouse.duckdb"
    docs.mkdir()
    for pdf in (CAIZHENGJU_2024, TEMPLATE, *sorted(PDF_DIR.glob("*.pdf"))[:4]):  # enough to start workers
        shutil.copyfile(pdf, docs / pdf.name)
    proc = subprocess.Popen([JUESUAN, "refresh", "--docs", str(docs), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env(), start_new_session=True)
    seen: dict[int, str] = {}
    try:
        deadline = time.monotonic() + 400
        while time.monotonic() < deadline and proc.poll() is None:
            seen.update(_children_of(proc.pid))
            commands = " ".join(_cmdline(pid) for pid in seen)
            if "uvicorn" in commands and "multiprocessing" in commands:  # the server and a parse worker
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the refresh ended before it started its workers"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_start_time(pid) == started for pid, started in seen.items()):
            time.sleep(0.2)
        survivors = [_cmdline(pid) for pid, started in seen.items() if _start_time(pid) == started]
        assert not survivors
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        for pid, started in seen.items():
            if _start_time(pid) == started:
                os.kill(pid, signal.SIGKILL)

"""``juesuan validate`` on a warehouse another process holds open (a BI tool's reader, a refresh): it records
its checks in the warehouse, so it cannot open the file — one line saying so and exit 2, not DuckDB's
traceback (it printed one before)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

from juesuan.cli import main

HOLD = (
    "import duckdb, sys, time\n"
    "con = duckdb.connect(sys.argv[1], read_only=True)\n"
    "print('held', flush=True)\n"
    "time.sleep(60)\n"
)


def test_validate_on_a_file_another_process_holds_says_so_in_one_line(tmp_path: Path, capsys) -> None:
    db = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table t as select 1 as x")
    reader = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "held"
        code = main(["validate", "--db", str(db)])
    finally:
        reader.kill()
        reader.wait()
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1, err
    assert err.startswith("juesuan: error: ") and "open in another process" in err and "retry" in err
    assert "Traceback" not in err

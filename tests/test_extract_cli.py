"""``juesuan extract``: JSON lines for good documents, exit 2 and one stderr line for bad ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CHANGJI, ZENGDU

from ingest.document import parse_path
from juesuan.cli import main


def run(capsys, path):
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_prints_records(capsys):
    code, out, err = run(capsys, ZENGDU)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    assert rows[0]["record_type"] == "document" and rows[0]["county"] == "曾都区"
    run_item = next(r for r in rows if r["record_type"] == "functional_item" and r.get("item_name") == "行政运行")
    assert (run_item["budget_initial_yuan"], run_item["amount_yuan"]) == ("6198700.00", "2509200.00")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("unrelated.txt", "这是一段与财政无关的文字，没有任何可以识别的部分。\n".encode(), "no recognisable section"),
    ],
)
def test_bad_input_is_one_line(capsys, tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(capsys, path)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and reason in err and "Traceback" not in err


def test_gbk_copy_yields_the_same_records(tmp_path):
    gbk = tmp_path / "changji-gbk.txt"
    gbk.write_bytes(CHANGJI.read_text(encoding="utf-8").encode("gb18030"))
    original, copy = parse_path(CHANGJI), parse_path(gbk)
    assert copy.encoding == "gb18030"
    assert [r.to_dict() for r in copy.all_records] == [r.to_dict() for r in original.all_records]
    assert len(copy.records) > 100


@pytest.mark.parametrize("command", ["load", "refresh", "schedule"])
def test_a_missing_documents_folder_is_a_one_line_error(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--docs", str(tmp_path / "absent"), "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "documents folder does not exist" in err

"""Every record of the four text samples equals its golden file, line for line.

The golden files ``tests/fixtures/golden/<sample-stem>.jsonl`` hold the full ``juesuan extract``
output of each sample (``to_dict()`` as JSON lines, keys sorted). They guard the parsers'
behaviour while the code changes (e.g. speed work): any difference in any record fails here with
a unified diff.

A deliberate change of output: regenerate, review the diff in git, commit it with its reason::

    JUESUAN_REGEN_GOLDEN=1 .venv/bin/pytest tests/test_golden_records.py
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest
from conftest import BAZHOU, CHANGJI, MAOXIAN, ZENGDU

from ingest.document import parse_path

GOLDEN_DIR = Path(__file__).parent / "fixtures" / "golden"
REGEN_ENV = "JUESUAN_REGEN_GOLDEN"
SAMPLES = (CHANGJI, MAOXIAN, ZENGDU, BAZHOU)
# Diff lines shown on failure before cutting off.
MAX_DIFF_LINES = 80


def extract_lines(path: Path) -> list[str]:
    """The records of ``path`` as ``juesuan extract`` prints them, with sorted keys."""
    doc = parse_path(path)
    return [json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) for r in doc.all_records]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_records_equal_golden_file(sample: Path):
    golden = GOLDEN_DIR / f"{sample.stem}.jsonl"
    actual = extract_lines(sample)
    if os.environ.get(REGEN_ENV):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text("".join(f"{line}\n" for line in actual), encoding="utf-8")
    assert golden.exists(), f"missing {golden}: run {REGEN_ENV}=1 .venv/bin/pytest {Path(__file__).name}"
    expected = golden.read_text(encoding="utf-8").splitlines()
    if actual != expected:
        diff = list(difflib.unified_diff(expected, actual, "golden", "parsed", lineterm="", n=1))
        shown = "\n".join(diff[:MAX_DIFF_LINES])
        more = f"\n… {len(diff) - MAX_DIFF_LINES} more diff lines" if len(diff) > MAX_DIFF_LINES else ""
        pytest.fail(
            f"{sample.name}: records differ from {golden.name} "
            f"(intended? regenerate with {REGEN_ENV}=1 and commit)\n{shown}{more}"
        )


def test_golden_files_are_not_trivial():
    """Each golden file holds a document record and many content records."""
    for sample in SAMPLES:
        rows = [json.loads(line) for line in (GOLDEN_DIR / f"{sample.stem}.jsonl").read_text("utf-8").splitlines()]
        assert rows[0]["record_type"] == "document"
        assert len(rows) > 20, sample.name

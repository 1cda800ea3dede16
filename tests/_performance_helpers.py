"""What the unseen performance batches' tests compare: each indicator as (一级, 二级, 三级, target); and a
written page parsed as a file is (its name, page.txt)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ingest.document import parse_path
from ingest.records import Indicator


def parsed_page(text: str):
    """Every record (parse warnings too) of ``text`` written to a file and parsed as a document."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.txt"
        path.write_text(text, encoding="utf-8")
        return parse_path(path).all_records


def indicator_rows(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw)
        for i in records
        if isinstance(i, Indicator)
    ]

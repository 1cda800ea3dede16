"""What the unseen performance batches' tests compare: each indicator as (一级, 二级, 三级, target)."""

from __future__ import annotations

from ingest.records import Indicator


def indicator_rows(records) -> list[tuple]:
    return [
        (i.level1_name, i.level2_name, i.level3_name, i.target_raw)
        for i in records
        if isinstance(i, Indicator)
    ]

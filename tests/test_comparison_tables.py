"""The two-year comparison family (benchmarks/comparison_tables.py): every table — label sets × separators × years
× change words × decrease wordings × 元/万元 × with or without a 单位 column — read whole, and nothing wrong."""

from __future__ import annotations

import pytest

from benchmarks.comparison_tables import CHANGE_WORDS, LABEL_SETS, SEPARATORS, score, tables

ALL = list(tables())


def test_family_size():
    assert len(ALL) == len(LABEL_SETS) * len(SEPARATORS) * 3 * len(CHANGE_WORDS) * 2 * 2 * 2


@pytest.mark.parametrize("separator", list(SEPARATORS))
def test_every_table_read_whole_and_nothing_wrong(separator):
    for name, table in ALL:
        if f"/{separator}/" not in name:
            continue
        found, total, wrong = score(table)
        assert not wrong, (name, wrong)
        assert found == total, (name, found, total)

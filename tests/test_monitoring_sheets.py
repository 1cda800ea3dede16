"""The mid-year 绩效监控表 family (benchmarks/monitoring_sheets.py): every sheet — separators × to-date columns ×
budget columns × what follows × 元/万元 × progress columns × the columns after them — read whole: its funds rows'
budgets and executions to the month, its indicators' targets and progress; no to-date figure read as a year's
execution or actual."""

from __future__ import annotations

import pytest

from benchmarks.monitoring_sheets import SEPARATORS, TAILS, TO_DATE, score, sheets

ALL = list(sheets())


@pytest.mark.parametrize("to_date", list(TO_DATE))
def test_every_sheet_read_whole_and_nothing_wrong(to_date):
    for name, sheet in ALL:
        if f"/{to_date}/" not in name:
            continue
        found, total, wrong = score(sheet)
        assert not wrong, (name, wrong)
        assert found == total, (name, found, total)


def test_family_size():
    assert len(ALL) == len(SEPARATORS) * len(TO_DATE) * 2 * 3 * 2 * 3 * len(TAILS)

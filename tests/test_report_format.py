"""A finding the report prints may lack its source lines, snippet or description (an
insufficient_data row of R12 on a self-evaluation whose score rows were not read): the table prints
it with empty cells — it once failed the whole nightly refresh at its reconcile step."""

from __future__ import annotations

import math

import pandas as pd

from expectations.report_format import _failure_row
from expectations.runner import _failures


def test_a_finding_without_source_lines_snippet_or_description_is_printed() -> None:
    failed = pd.DataFrame([{
        "document_id": "d1", "document": "31_anhui.txt", "rule_id": "R12", "severity": "warning",
        "check_key": "河西村特色种养补贴到户项目 @L4 total_score", "description": math.nan,
        "expected": math.nan, "actual": 100, "difference": math.nan, "tolerance": math.nan, "unit": "point",
        "source_lines": math.nan, "outcome": "insufficient_data", "department": math.nan, "fiscal_year": math.nan,
        "stated_page": math.nan, "stated_line": 4, "implied_page": math.nan, "implied_line": math.nan,
        "snippet": math.nan,
    }])
    (failure,) = _failures(failed)
    assert failure.source_lines is None and failure.snippet is None and failure.description == ""
    row = _failure_row(failure)
    assert row[-1] == "" and row[0] == "31_anhui.txt"

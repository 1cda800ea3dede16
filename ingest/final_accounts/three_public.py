"""财政拨款“三公”经费: each category and the total with budget, prior year, change, and the counts.

Categories: 因公出国（境）费, 公务用车购置及运行维护费 (= 购置费 + 运行维护费), 公务接待费. Counts:
出国（境）团组/人次, 公务用车购置数/保有量, 国内公务接待批次/人次, 外事接待批次/人次. Statements
may come in any order and even be interrupted by another section (PDF extraction scrambles
them), so every narrative section but 基本支出 (whose economic items repeat 公务接待费) is read.
"""

from __future__ import annotations

import re

from ingest.final_accounts.figures import inside, read_metrics, reason_spans, required_words, spec
from ingest.final_accounts.sections import Narrative
from ingest.numbers import parse_decimal
from ingest.records import Metric

EXCLUDED_SECTIONS = ("basic", "performance", "income", "expenditure", "overview", "fiscal", "general_budget")
TOTAL = "three_public_total"
VEHICLE = "three_public_vehicle"
SPECS = (
    spec(TOTAL, r"(?:财政拨款)?.?三公.?经费(?:财政拨款)?"),
    spec("three_public_overseas", r"因公出国\s*\(境\)\s*(?:经)?费", TOTAL),
    spec(VEHICLE, r"公务用车购置及运行(?:维护)?费", TOTAL),
    spec("three_public_vehicle_purchase", r"公务用车购置(?:费|(?=支出))", VEHICLE),
    spec("three_public_vehicle_operation", r"公务用车运行(?:维护)?费", VEHICLE),
    spec("three_public_reception", r"(?<!国内)公务接待费", TOTAL),
)
# (metric, unit, regex with group n); searched in paragraphs of the 三公 statements.
COUNTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("overseas_groups", "batch", re.compile(r"出国\s*\(境\)\s*团组?\s*(?P<n>\d+)\s*(?:个|次)")),
    ("overseas_persons", "person_time", re.compile(r"出国\s*\(境\)\s*团组?\s*\d+\s*(?:个|次)\s*,?\s*[^\d。;]{0,12}?(?P<n>\d+)\s*人")),  # noqa: E501
    ("vehicles_purchased", "vehicle", re.compile(r"(?:公务用车购置数|购置\s*(?:\(更新\))?\s*公务用车)\s*(?P<n>\d+)\s*辆")),  # noqa: E501
    ("vehicles_held", "vehicle", re.compile(r"(?:公务用车保有量\s*为?|共有公务用车)\s*(?P<n>\d+)\s*辆")),
    ("reception_batches", "batch", re.compile(r"(?:国内公务接待|接待国内来访团组)\s*(?P<n>\d+)\s*(?:批次|个)")),
    ("reception_persons", "person_time", re.compile(r"(?:国内公务接待|接待国内来访团组)\s*\d+\s*(?:批次|个)\s*,?\s*(?P<n>\d+)\s*人")),  # noqa: E501
    ("foreign_reception_batches", "batch", re.compile(r"(?:外事接待|共接待来访团组)\s*(?P<n>\d+)\s*(?:批次|个)")),
    ("foreign_reception_persons", "person_time", re.compile(r"(?:外事接待|共接待来访团组)\s*\d+\s*(?:批次|个)\s*,?\s*(?P<n>\d+)\s*人")),  # noqa: E501
)
# The words one of which each count's statement prints (tested before its pattern).
COUNT_WORDS = {metric: required_words(pattern.pattern) for metric, _, pattern in COUNTS}
# Any of them, found in one scan: a paragraph without one states no count.
ANY_COUNT_WORD_RE = re.compile("|".join(re.escape(word) for words in COUNT_WORDS.values() for word in words or ("",)))
LABELS = {
    "overseas_groups": "因公出国（境）团组",
    "overseas_persons": "因公出国（境）人次",
    "vehicles_purchased": "公务用车购置数",
    "vehicles_held": "公务用车保有量",
    "reception_batches": "国内公务接待批次",
    "reception_persons": "国内公务接待人次",
    "foreign_reception_batches": "外事接待批次",
    "foreign_reception_persons": "外事接待人次",
}


def parse_counts(narrative: Narrative) -> list[Metric]:
    """The 三公 counts: groups, persons, vehicles, reception batches and persons."""
    out: dict[str, Metric] = {}
    for block in narrative.in_sections():
        if block.section in EXCLUDED_SECTIONS or ANY_COUNT_WORD_RE.search(block.text) is None:
            continue
        reasons = reason_spans(block.text)
        has = block.text.__contains__
        for metric, unit, pattern in COUNTS:
            if metric in out or not any(map(has, COUNT_WORDS[metric] or ("",))):
                continue
            for m in pattern.finditer(block.text):
                if inside(reasons, m.start("n")):
                    continue
                out[metric] = Metric(
                    metric=metric,
                    label=LABELS[metric],
                    value=parse_decimal(m.group("n")),
                    unit=unit,
                    ulp=parse_decimal("1"),
                    source_line=block.paragraph.line_at(m.start("n")),
                    source_page=block.paragraph.page_at(m.start("n")),
                )
                break
    return list(out.values())


def parse_three_public(narrative: Narrative) -> list[Metric]:
    """三公经费 amounts (with budget, prior year, change, share) and counts."""
    blocks = [b for b in narrative.in_sections() if b.section not in EXCLUDED_SECTIONS]
    return read_metrics(blocks, SPECS) + parse_counts(narrative)

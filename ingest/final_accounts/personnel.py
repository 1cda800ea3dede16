"""机构设置及人员情况: 编制数, 实有人数 and its split into 在职, 离休, 退休 (where the document states it).

``实有人数 110 人，其中：在职人员 60 人，离休人员 0 人，退休人员 50 人``; also the other wordings
departments print: ``核定编制 30 名，实有人员 28 名``, ``人员编制 12 人``, ``在编人员 9 人``,
``离退休人员 5 人`` (离休 and 退休 together). Only the sentence that states 实有人数 or 编制 is
read: headcounts quoted in a reason (``本年调离 3 人,退休 3 人``) are not.

A 编制 of one kind (``行政编制 25 人``, 事业编制, 参公编制, 工勤编制, 政法编制) is no 编制数: the
department's is their sum, which the sentence may not print. A sentence stating 实有人数 once for
each kind (``行政编制0人,实有人数0人;事业编制334人,实有人数301人``) gives no 实有人数 either.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.final_accounts.sections import Narrative
from ingest.numbers import parse_decimal
from ingest.records import Metric

# (编制 not after 预算/草案 is looked behind from after it, so that every alternative starts with a
# word and the regex engine skips the text between candidates.)
ANCHOR_RE = re.compile(r"实有人数|实有人员|编制人数|编制数|人员编制|核定编制|编制(?<!预算编制)(?<!草案编制)\s*\d")
HEADCOUNTS: tuple[tuple[str, str], ...] = (
    ("headcount_total", r"实有(?:人数|人员)"),
    # (not one kind's: 行政编制, 事业编制, 参公编制, 工勤编制, 政法编制)
    ("headcount_authorised", r"(?<![政业公勤法])(?:核定|人员)?编制(?:人数|数)?"),
    ("headcount_in_service", r"(?:在职|在编)(?:人员)?"),
    ("headcount_retired_all", r"离退休(?:人员)?"),
    ("headcount_retired_veteran", r"(?<!退)离休(?:人员)?"),
    ("headcount_retired", r"(?<![离])退休(?:人员)?"),
)
# A headcount: the figure and 人 or 名 (``28 名``).
COUNT = r"\s*(?:为|共|数)?\s*(?P<n>\d+)\s*[人名]"
HEADCOUNT_RES = tuple((metric, re.compile(r"(?P<label>" + label + r")" + COUNT)) for metric, label in HEADCOUNTS)
TOTAL_RE = re.compile(r"实有(?:人数|人员)")


def parse_personnel(narrative: Narrative) -> list[Metric]:
    """Headcounts from the paragraph stating 实有人数 / 编制 (anywhere before the narrative ends)."""
    out: dict[str, Metric] = {}
    for block in narrative.before_end():
        anchor = ANCHOR_RE.search(block.text)
        if anchor is None:
            continue
        end = block.text.find("。", anchor.start())
        sentence = block.text[: end if end != -1 else len(block.text)]
        per_kind = len(TOTAL_RE.findall(sentence)) > 1  # 实有人数 of each kind of 编制: no total
        for metric, pattern in HEADCOUNT_RES:
            if per_kind and metric == "headcount_total":
                continue
            m = pattern.search(sentence, anchor.start())  # (the look-behind sees the words before the anchor)
            if m and metric not in out:
                at = m.start("n")
                out[metric] = Metric(
                    metric=metric,
                    label=m.group("label"),
                    value=parse_decimal(m.group("n")),
                    unit="person",
                    ulp=Decimal(1),
                    source_line=block.paragraph.line_at(at),
                    source_page=block.paragraph.page_at(at),
                )
    return list(out.values())

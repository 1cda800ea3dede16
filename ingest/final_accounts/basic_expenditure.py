"""一般公共预算财政拨款基本支出: 人员经费, 公用经费 (日常公用经费) and their economic items.

``人员经费 1947.53 万元，主要包括：基本工资 597.64万元、津贴补贴 437.02 万元、…`` gives the group
total as a :class:`Metric` and each itemised 支出经济分类 item as an :class:`EconomicItem`. Lists
without amounts (``包括：基本工资、津贴补贴、…``) yield no items: there is nothing to record.
"""

from __future__ import annotations

import re

from ingest.final_accounts.figures import MONEY_UNIT, NUM, read_metrics, spec
from ingest.final_accounts.sections import Block, Narrative
from ingest.numbers import to_amount
from ingest.records import EconomicItem, Metric, Record

SECTIONS = ("basic",)
SPECS = (
    spec("general_budget_basic_expenditure", r"一般公共预算财政拨款基本支出", tail=False),
    spec("personnel_expense", r"人员经费", tail=False),
    spec("public_expense", r"(?:日常)?公用经费", tail=False),
)
GROUPS = (("personnel_expense", "人员经费"), ("public_expense", "公用经费"))
# "人员经费 1947.53 万元，主要包括：" … up to the end of the list (。) or the next group.
LIST_RE = re.compile(r"(?P<group>人员经费|(?:日常)?公用经费)\s*(?P<num>" + NUM + r")\s*" + MONEY_UNIT + r"\s*,?\s*(?:主要)?包括\s*:?")  # noqa: E501
ITEM_RE = re.compile(r"(?P<name>[\u4e00-\u9fff()\s]+?)\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")")


def parse_economic_items(block: Block) -> list[EconomicItem]:
    """The itemised economic items of the lists in one paragraph."""
    text = block.text
    out: list[EconomicItem] = []
    if "包括" not in text:
        return out  # every list is introduced by (主要)包括 (LIST_RE)
    for head in LIST_RE.finditer(text):
        end = text.find("。", head.end())
        body_end = end if end != -1 else len(text)
        next_group = LIST_RE.search(text, head.end(), body_end)
        body_end = next_group.start() if next_group else body_end
        group = "公用经费" if "公用经费" in head.group("group") else "人员经费"
        for m in ITEM_RE.finditer(text, head.end(), body_end):
            amount = to_amount(m.group("num"), m.group("unit"))
            name = "".join(m.group("name").split()).strip("、,;")
            if not name or amount is None:
                continue
            out.append(
                EconomicItem(
                    group=group,
                    name=name,
                    amount_yuan=amount.yuan,
                    ulp_yuan=amount.ulp_yuan,
                    source_line=block.paragraph.line_at(m.start("num")),
                    source_page=block.paragraph.page_at(m.start("num")),
                )
            )
    return out


def parse_basic_expenditure(narrative: Narrative) -> list[Record]:
    """人员经费 / 公用经费 totals (Metric) and itemised economic items (EconomicItem)."""
    blocks = narrative.in_sections(*SECTIONS)
    metrics: list[Metric] = read_metrics(blocks, SPECS)
    items = [item for block in blocks for item in parse_economic_items(block)]
    return [*metrics, *items]

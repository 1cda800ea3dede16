"""收入支出决算总体情况, 收入决算 and 支出决算: totals, income sources and uses of funds.

收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 本年收入合计 splits into
财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入; 支出总计 = 本年支出
合计 + 结余分配 + 年末结转和结余; 本年支出合计 splits into 基本支出, 项目支出, 上缴上级支出,
经营支出, 对附属单位补助支出. ``收、支总计`` states both totals at once; ``收、支总计各是 a,b 万元
…各减少 c,d 万元,各下降 e%、f%`` states each its own, in that order.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.final_accounts.figures import MONEY_UNIT, NUM, read_metrics, signed, spec
from ingest.final_accounts.sections import Block, Narrative
from ingest.numbers import parse_percent, to_amount
from ingest.records import Metric

SECTIONS = ("overview", "income", "expenditure")
INCOME = "income_current_year"
EXPENDITURE = "expenditure_current_year"
SPECS = (
    spec(("income_total", "expenditure_total"), r"(?<!财政拨款)收\s*、\s*支总计"),
    spec("income_total", r"(?<!财政拨款)收入总计"),
    spec("expenditure_total", r"(?<!财政拨款)支出总计"),
    spec(INCOME, r"本年收入合计|本年收入(?!合计)|(?<![本财])收入合计"),
    spec(EXPENDITURE, r"本年支出合计|本年支出(?!合计)|(?<![本财])支出合计"),
    spec("income_fiscal", r"(?<!预算)(?<!本年)财政拨款收入(?!总计)", INCOME, tail=False),
    spec("income_general_budget", r"一般公共预算财政拨款收入", INCOME, tail=False),
    spec("income_superior_subsidy", r"上级补助收入", INCOME, tail=False),
    spec("income_business", r"(?<!开展)事业收入", INCOME, tail=False),
    spec("income_operating", r"(?<!附属单位上缴)经营收入", INCOME, tail=False),
    spec("income_affiliated", r"附属单位上缴收入", INCOME, tail=False),
    spec("income_other", r"其他收入", INCOME, tail=False),
    spec("use_of_non_fiscal_balance", r"使用非财政拨款结余|使用专用结余", INCOME, tail=False),
    spec("carryover_begin", r"(?<!财政拨款)年初结转和结余", None, tail=False),
    spec("expenditure_basic", r"(?<!财政拨款)基本支出", EXPENDITURE, tail=False),
    spec("expenditure_project", r"项目支出", EXPENDITURE, tail=False),
    spec("expenditure_to_superior", r"上缴上级支出", EXPENDITURE, tail=False),
    spec("expenditure_operating", r"(?<!开展)经营支出", EXPENDITURE, tail=False),
    spec("expenditure_to_affiliated", r"对附属单位补助支出", EXPENDITURE, tail=False),
    spec("balance_distribution", r"结余分配", None, tail=False),
    spec("carryover_end", r"(?<!财政拨款)年末结转和结余", None, tail=False),
)


# 收、支总计各是4125.49,4143.91万元 (each its own): the two totals, then their changes and rates.
RESPECTIVE_RE = re.compile(
    rf"(?<!财政拨款)收\s*、\s*支总计\s*各(?:是|为)?\s*(?P<a>{NUM})\s*[,、]\s*(?P<b>{NUM})\s*(?P<unit>{MONEY_UNIT})"
)
# (the change words as departments print them: 各减少 / 各减, 各下降 / 各降幅 / 各减)
RESPECTIVE_CHANGE_RE = re.compile(
    rf"各(?P<dir>增加|减少|增|减)\s*(?P<a>{NUM})\s*[,、]\s*(?P<b>{NUM})\s*(?P<unit>{MONEY_UNIT})"
    rf"(?:\s*,\s*各(?P<pdir>增长|下降|增幅|降幅|增|减)\s*(?P<pa>{NUM})\s*%\s*[,、]\s*(?P<pb>{NUM})\s*%)?"
)


def _direction(word: str) -> str:
    """A change word as :func:`signed` reads it: 减 / 降 (减少, 减, 下降, 降幅) a decrease, else an increase."""
    return "减少" if word[0] in "减降下" else "增加"


def _respective_totals(blocks: list[Block]) -> list[Metric]:
    """``收、支总计各是 a,b 万元`` with the changes stated each of its own after it."""
    out: list[Metric] = []
    for block in blocks:
        match = RESPECTIVE_RE.search(block.text) if "支总计" in block.text else None  # (in every match)
        if match is None:
            continue
        # the changes are stated in the same sentence or the next (与2021年相比,收、支总计各减少…)
        ends = [i for i, char in enumerate(block.text) if char == "。" and i >= match.end()][:2]
        change = RESPECTIVE_CHANGE_RE.search(block.text, match.end(), ends[1] if len(ends) > 1 else len(block.text))
        for metric, side in (("income_total", "a"), ("expenditure_total", "b")):
            amount = to_amount(match.group(side), match.group("unit"))
            if amount is None:
                continue
            fields: dict[str, Decimal | None] = {}
            if change is not None:
                delta = to_amount(change.group(side), change.group("unit"))
                fields["change_value"] = signed(_direction(change.group("dir")), delta.yuan) if delta else None
                if change.group("pdir"):
                    rate = parse_percent(change.group("p" + side))
                    fields["growth_pct"] = signed(_direction(change.group("pdir")), rate) if rate is not None else None
            at = match.start(side)
            out.append(Metric(metric=metric, label="收、支总计", value=amount.yuan, unit="yuan", stage="final",
                              ulp=amount.ulp_yuan, source_line=block.paragraph.line_at(at),
                              source_page=block.paragraph.page_at(at), **fields))
    return out


def parse_summary(narrative: Narrative) -> list[Metric]:
    """Totals and components of income and expenditure (R01–R05 inputs)."""
    metrics = read_metrics(narrative.in_sections(*SECTIONS), SPECS)
    stated = {m.metric for m in metrics}
    metrics += [m for m in _respective_totals(narrative.in_sections(*SECTIONS)) if m.metric not in stated]
    names = {m.metric for m in metrics}
    if "income_fiscal" not in names:
        # 本年收入 stated as 一般公共预算财政拨款收入 only (Maoxian): that is its 财政拨款收入.
        from dataclasses import replace

        metrics += [replace(m, metric="income_fiscal") for m in metrics if m.metric == "income_general_budget"]
    return metrics

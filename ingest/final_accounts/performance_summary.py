"""预算绩效情况说明: how many projects were evaluated, their budget and execution, the overall score.

``开展预算绩效评价项目 13 个，全年预算数 618.00 万元，全年执行数 341.59 万元`` (Changji);
``共涉及项目 18 个，资金570.02万元，占一般公共预算项目支出总额的56.45％`` and ``整体绩效自评得分为
99 分`` (Zengdu); ``等4个项目开展了…`` (Maoxian). Per-project figures of the self-evaluation tables
are read by :mod:`ingest.performance`, not here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.final_accounts.figures import MONEY_UNIT, NUM, SHARE_RE, share_base_of
from ingest.final_accounts.sections import Narrative
from ingest.numbers import parse_decimal, parse_percent, to_amount
from ingest.records import Metric

SECTIONS = ("performance",)
PROJECTS_RE = re.compile(r"(?:项目\s*(?P<a>\d+)\s*个|(?P<b>\d+)\s*个项目)")
# A count of projects is of those evaluated only in a sentence about their evaluation (开展…绩效评价, 自评, 绩效…):
# a monitoring report's ``1-8月…1个项目支出75.13万元`` counts the projects that spent, not any evaluated.
EVALUATION_WORDS_RE = re.compile(r"评价|自评|绩效")
SENTENCE_END = "。；;"
BUDGET_RE = re.compile(r"(?P<label>全年预算数|预算数|资金)\s*(?:为)?\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")")  # noqa: E501
EXECUTED_RE = re.compile(r"(?P<label>全年执行数|执行数)\s*(?:为)?\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")")  # noqa: E501
SCORE_RE = re.compile(r"(?P<label>(?:整体)?绩效(?:自评|评价)?得分)\s*(?:为)?\s*(?P<num>" + NUM + r")\s*分")


def parse_performance_summary(narrative: Narrative) -> list[Metric]:
    """预算绩效 summary metrics of the narrative (first statement of each)."""
    out: dict[str, Metric] = {}
    for block in narrative.in_sections(*SECTIONS):
        text, para = block.text, block.paragraph

        def add(metric: str, label: str, value, unit: str, at: int, ulp=None, para=para, **extra) -> None:
            if metric not in out and value is not None:
                out[metric] = Metric(
                    metric=metric, label=label, value=value, unit=unit, ulp=ulp,
                    source_line=para.line_at(at), source_page=para.page_at(at), **extra,
                )

        projects = next((m for m in PROJECTS_RE.finditer(text) if _evaluation_sentence(text, m)), None)
        if projects:
            group = "a" if projects.group("a") else "b"
            add("performance_projects_evaluated", "绩效评价项目个数", parse_decimal(projects.group(group)), "project",
                projects.start(group), Decimal(1))
            end = text.find("。", projects.end())
            sentence = text[projects.end() : end if end != -1 else len(text)]
            budget = BUDGET_RE.search(sentence)
            if budget and "performance_budget" not in out:
                amount = to_amount(budget.group("num"), budget.group("unit"))
                share = SHARE_RE.search(sentence, budget.end())
                extra = {}
                if share:
                    extra = {"share_pct": parse_percent(share.group("num")),
                             "share_base": share_base_of(share.group("base"), None)}
                add("performance_budget", budget.group("label"), amount.yuan if amount else None, "yuan",
                    projects.end() + budget.start("num"), amount.ulp_yuan if amount else None, **extra)
            executed = EXECUTED_RE.search(sentence)
            if executed:
                amount = to_amount(executed.group("num"), executed.group("unit"))
                add("performance_executed", executed.group("label"), amount.yuan if amount else None, "yuan",
                    projects.end() + executed.start("num"), amount.ulp_yuan if amount else None)
        score = SCORE_RE.search(text)
        if score:
            number = score.group("num")
            add("performance_score", score.group("label"), parse_decimal(number), "percent", score.start("num"),
                Decimal(1).scaleb(-len(number.split(".")[1]) if "." in number else 0))
    return list(out.values())


def _evaluation_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence holding ``match`` speaks of evaluation (:data:`EVALUATION_WORDS_RE`)."""
    start = max(text.rfind(mark, 0, match.start()) for mark in SENTENCE_END) + 1
    ends = [end for end in (text.find(mark, match.end()) for mark in SENTENCE_END) if end != -1]
    return EVALUATION_WORDS_RE.search(text, start, min(ends, default=len(text))) is not None

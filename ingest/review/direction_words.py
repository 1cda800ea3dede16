"""Direction words and the figures they compare (R19): 决算数大于/小于/等于预算数, 决算数与预算数
(基本)持平, and year-on-year 增加/减少 … 增长/下降 … 持平.

Budget comparisons: the word's window is the text since the previous direction word, back to
the start of the paragraph before (the PDF of the 财政局 breaks ``…支出决算为10.00万元。`` and
``决算数与预算数基本持平。`` into two sentences); the last ``年初预算为 A 万元，支出决算为 B 万元``
pair in it gives both figures, or else the last ``完成年初预算的 C%``. Prior-year comparisons: a
sentence part after ``与2023年度相比`` / ``比上年`` with an amount word (增加/减少 x 万元) and a rate
word (增长/下降 y%), or 持平 with either. A word with no figure to check is not recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from ingest.final_accounts.figures import COMPLETION_RE, NUM, VS_PRIOR_BY_WORD_RES, VS_PRIOR_RE
from ingest.final_accounts.paragraphs import Paragraphs
from ingest.numbers import decimals_of, parse_decimal, to_amount
from ingest.records import DirectionStatement
from ingest.review.passages import Passage, stating

MONEY = r"(?:万元|元)"
# 决算数大于预算数 / 决算数与年初预算数基本持平 …; ``word`` normalised by WORDS.
BUDGET_WORD_RE = re.compile(
    r"决算数?\s*(?:(?P<cmp>大于|小于|等于|高于|低于)\s*(?:年初|全年)?\s*预算数?"
    r"|与\s*(?:年初|全年)?\s*预算数?\s*(?P<flat>基本持平|持平|一致|相等))"
)
WORDS = {"高于": "大于", "低于": "小于", "一致": "等于", "相等": "等于"}
# 年初预算为 A 万元，支出决算为 B 万元 (the two figures a budget comparison speaks of).
PAIR_RE = re.compile(
    r"预算数?\s*(?:为|是)?\s*(?P<a>" + NUM + r")\s*(?P<au>" + MONEY + r")\s*,?\s*"
    r"(?:支出)?\s*决算数?\s*(?:为|是)?\s*(?P<b>" + NUM + r")\s*(?P<bu>" + MONEY + ")"
)
AMOUNT_WORD_RE = re.compile(r"(?P<dir>增加|减少)\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY + ")")
RATE_WORD_RE = re.compile(r"(?P<dir>增长|下降|上升|降低)\s*(?P<num>" + NUM + r")\s*%")
# 持平 not after 基本 (its lookbehind after the 持: a pattern that starts with a character is looked
# for in a tight loop, one that starts with a lookbehind tried at every character).
FLAT_RE = re.compile(r"持(?<!基本持)平")
NEGATIVE = ("减少", "下降", "降低")
# Where a year-on-year statement ends: the sentence, its reason, or the next comparison.
PRIOR_STOP_RE = re.compile(r"[。;]|主要(?:变动)?原因|原因")


def parse_direction_words(paragraphs: Paragraphs) -> list[DirectionStatement]:
    """Every checkable direction statement of the document, in reading order."""
    return [*_budget_statements(paragraphs), *_prior_year_statements(paragraphs)]


def _windows(
    paragraphs: Paragraphs,
) -> Iterator[tuple[re.Match[str], Passage, list[tuple[Passage, int, int]]]]:
    """Each budget direction word with the text spans before it it may speak of: since the
    previous word of its paragraph, or for its first word also the text paragraph right before
    it, from after that paragraph's last word."""
    for passage in stating(paragraphs, (BUDGET_WORD_RE,), "text"):
        carry: tuple[Passage, int] | None = None
        previous = paragraphs[passage.index - 1] if passage.index > 0 else None
        if previous is not None and previous.kind == "text":
            last = None
            for last in BUDGET_WORD_RE.finditer(previous.text):  # noqa: B007 (the last one is kept)
                pass
            carry = (Passage(previous, passage.index - 1), last.end() if last is not None else 0)
        start = 0
        for match in BUDGET_WORD_RE.finditer(passage.text):
            spans = [(passage, start, match.start())]
            if start == 0 and carry is not None:
                spans.insert(0, (carry[0], carry[1], len(carry[0].text)))
            yield match, passage, spans
            start = match.end()


def _budget_statements(paragraphs: Paragraphs) -> Iterator[DirectionStatement]:
    for match, passage, spans in _windows(paragraphs):
        word = match.group("cmp") or match.group("flat")
        word = WORDS.get(word, word)
        pair = completion = None
        for span_passage, lo, hi in spans:
            for m in PAIR_RE.finditer(span_passage.text, lo, hi):
                pair = (span_passage, m)
            for m in COMPLETION_RE.finditer(span_passage.text, lo, hi):
                completion = (span_passage, m)
        if pair is None and completion is None:
            continue
        line, page = passage.where(match.start())
        fields: dict[str, object] = {}
        if pair is not None:
            at, m = pair
            final, budget = to_amount(m.group("b"), m.group("bu")), to_amount(m.group("a"), m.group("au"))
            if final is None or budget is None:
                continue
            (final_line, final_page), (budget_line, budget_page) = at.where(m.start("b")), at.where(m.start("a"))
            fields.update(stated_yuan=final.yuan, stated_line=final_line, stated_page=final_page,
                          reference_yuan=budget.yuan, reference_line=budget_line, reference_page=budget_page,
                          ulp_yuan=max(final.ulp_yuan, budget.ulp_yuan))
        if completion is not None:
            number = completion[1].group("num")
            fields.update(completion_pct=parse_decimal(number), pct_ulp=Decimal(1).scaleb(-decimals_of(number)))
        first = spans[0][0] if pair is None else pair[0]
        yield DirectionStatement(
            comparison="budget", word=word, source_line=line, source_page=page,
            snippet=_snippet(first, passage, match), **fields,  # type: ignore[arg-type]
        )


def _snippet(first: Passage, last: Passage, match: re.Match[str]) -> str:
    if first is last:
        return last.snippet(max(0, match.start() - 60), match.end())
    return (first.text[-40:] + last.text[: match.end()])[-80:]


def _prior_year_statements(paragraphs: Paragraphs) -> Iterator[DirectionStatement]:
    for passage in stating(paragraphs, VS_PRIOR_BY_WORD_RES, "text"):  # those comparing with a year at all
        text = passage.text
        markers = list(VS_PRIOR_RE.finditer(text))
        for i, marker in enumerate(markers):
            # up to the next comparison (the next marker: where a search after this one finds it)
            # or the sentence's end or its reason before it
            end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
            stop = PRIOR_STOP_RE.search(text, marker.end(), end)  # (no stop word holds a comparison word)
            end = stop.start() if stop else end
            amount = AMOUNT_WORD_RE.search(text, marker.end(), end)
            rate = RATE_WORD_RE.search(text, marker.end(), end)
            flat = FLAT_RE.search(text, marker.end(), end)
            if sum(x is not None for x in (amount, rate, flat)) < 2:
                continue
            words = sorted((m for m in (amount, rate, flat) if m is not None), key=lambda m: m.start())
            first = words[0]
            line, page = passage.where(first.start())
            change = to_amount(amount.group("num"), amount.group("unit")) if amount else None
            pct = parse_decimal(rate.group("num")) if rate else None
            yield DirectionStatement(
                comparison="prior_year",
                word="/".join(m.group("dir") if "dir" in m.re.groupindex else m.group(0) for m in words),
                change_yuan=_signed(amount, change.yuan) if amount and change else None,
                ulp_yuan=change.ulp_yuan if change else None,
                change_pct=_signed(rate, pct) if rate and pct is not None else None,
                pct_ulp=Decimal(1).scaleb(-decimals_of(rate.group("num"))) if rate else None,
                source_line=line, source_page=page,
                snippet=passage.snippet(marker.start(), end),
            )


def _signed(match: re.Match[str], value: Decimal) -> Decimal:
    return -abs(value) if match.group("dir") in NEGATIVE else abs(value)

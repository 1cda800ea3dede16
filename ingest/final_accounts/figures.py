"""The shared figure reader of the narrative parsers: a label, its number, and what follows.

Narrative sentences state a figure as ``LABEL [为] NUMBER 万元`` followed by clauses about it:
``占 99.94%`` (share), ``比上年减少 0.17 万元，下降 1.85%`` (change, growth), ``完成预算的 77.05%``,
``主要原因是：…`` (reason). A later sentence may refer back by label (``收入总计与上年相比，减少
1,291.13 万元`` or ``与2021年相比，收、支总计534.72万元增加5.53万元``) and a budget comparison may
state ``LABEL 年初预算数 X 万元，决算数 Y 万元，预决算差异率 Z%``. :func:`read_metrics` reads all
of these for a list of :class:`FigureSpec` and returns one :class:`~ingest.records.Metric` per
metric and value (repeated statements of the same value are merged).

Text is NFKC-normalised (``，`` → ``,``, ``（`` → ``(``, ``：`` → ``:``, ``；`` → ``;``); ``。`` stays.
Figures inside a 主要原因 explanation are never read as figures of their own.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property, lru_cache
from itertools import chain
from typing import Any

from ingest.final_accounts.sections import Block
from ingest.numbers import BARE_WAN, Amount, parse_decimal, parse_percent, to_amount
from ingest.records import Metric
from ingest.vocabulary import YEAR

# A printed number: thousands separators (a PDF may put a space after the comma), decimals.
NUM = r"[-+]?(?:\d{1,3}(?:, ?\d{3})+|\d+)(?:\.\d+)?"
# (万 without 元 too: every label these read names money — 收入总计, 基本支出, 结余分配 … — so a bare 万 after its
# figure is 万元: 收、支总计均为798.15万; never one that counts, numbers.BARE_WAN)
MONEY_UNIT = rf"(?:万元|元|{BARE_WAN})"
# What may stand between a label and its number: "均为", "为", ":" …
FILLER = r"\s*(?:[:,]\s*)?(?:均为|各为|合计为|共计|为|是|达)?\s*"
# Optional words after a label: "支出", "决算数".
LABEL_TAIL = r"(?:\s*支出)?(?:\s*决算数?)?"
# A comparison with the prior year: 比上年 / 与上年相比 / 与 2021 年度相比 / 比 2021 年度决算数. A
# comparison naming a year (``vs_year``) is one with the prior year only when no later year than the
# one after it is printed before it in its sentence (see :func:`compares_with_prior_year`).
COMPARISON_WORDS = ("比", "与", "较")
VS_PRIOR_AFTER_WORD = r"\s*(?:上年度?|上一年|(?P<vs_year>\d{4})\s*年度?)\s*(?:决算数?)?\s*(?:相比)?"
VS_PRIOR = "(?:" + "|".join(COMPARISON_WORDS) + ")" + VS_PRIOR_AFTER_WORD
VS_PRIOR_RE = re.compile(VS_PRIOR)
# VS_PRIOR once per word it starts with, to look for in a whole document: the regex engine looks for
# a pattern's one first character in a tight loop, but tests every character against a choice of
# three (a comparison is in a paragraph where one of these finds it).
VS_PRIOR_BY_WORD_RES = tuple(re.compile(word + VS_PRIOR_AFTER_WORD) for word in COMPARISON_WORDS)
VS_PRIOR_AT_RE = re.compile("(?=" + VS_PRIOR + ")")  # every offset a comparison starts at, overlaps included
CHANGE_RE = re.compile(VS_PRIOR + r"[,]?\s*[^\d。;%]{0,14}?(?P<dir>增加|减少|增长|下降)\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + ")")  # noqa: E501
GROWTH_RE = re.compile(r"^\s*[,]?\s*(?:[^\d。;%]{0,4}?)(?P<dir>增长|下降|增加|减少)\s*(?P<num>" + NUM + r")\s*%")
SHARE_RE = re.compile(r"占(?P<base>[^\d。;%]{0,16}?)(?P<num>" + NUM + r")\s*%")
# 完成预算的 77.05%; 完成全年预算84.82万元的73.2% (the budget stated inside the clause).
COMPLETION_RE = re.compile(
    r"完成(?P<kind>年初|全年)?预(?:算)?(?:数)?(?:(?P<bnum>" + NUM + r")\s*(?P<bunit>" + MONEY_UNIT + r"))?的?\s*"
    r"(?P<num>" + NUM + r")\s*%"
)
DIFF_RATE_RE = re.compile(r"差异率\s*(?:为)?\s*(?P<num>" + NUM + r")\s*%")
# 主要原因是：… up to the end of the sentence; continues over 。 when the next sentence is 二是/三是…
REASON_RE = re.compile(r"(?:主要(?:变动)?原因|原因)(?:是|为|如下)?\s*:?\s*")
CONTINUATION_RE = re.compile(r"\s*(?:[二三四五六七八九]是|[2-9]\s*[.、])")  # matched where the reason stopped
REASON_STOP_RE = re.compile(r"[。;]")
NEGATIVE = ("减少", "下降")
# 分别 (respectively) after a figure: the changes or shares after it are a list's, one per name listed before — not
# the last figure's (the sentence reader lays them over the names).
RESPECTIVELY = "分别"
# Share base wording → metric key.
SHARE_BASES: tuple[tuple[str, str], ...] = (
    ("授予中小企业合同金额", "procurement_sme"),
    ("政府采购支出总额", "procurement_total"),
    ("项目支出", "expenditure_project"),
    ("本年收入", "income_current_year"),
    ("本年支出", "expenditure_current_year"),
)


@dataclass(frozen=True)
class FigureSpec:
    """How one metric is stated: ``label`` is a regex of its wording (without the number)."""

    metrics: tuple[str, ...]  # metric keys set by this wording (收、支总计 sets two)
    label: str
    share_base: str | None = None  # default metric key a stated share is taken of
    tail: bool = True  # allow 支出/决算数 after the label

    @cached_property
    def patterns(self) -> _Patterns:
        """The spec's compiled patterns (kept on the spec: a dataclass hashes all its fields at
        every look-up in a cache)."""
        return _patterns(self)


def spec(metric: str | tuple[str, ...], label: str, share_base: str | None = None, tail: bool = True) -> FigureSpec:
    metrics = (metric,) if isinstance(metric, str) else metric
    return FigureSpec(metrics, label, share_base, tail)


# A year printed in a sentence (2023年度, 2019 年).
PRINTED_YEAR_RE = re.compile(rf"(?<!\d)({YEAR})\s*年")


def compares_with_prior_year(comparison: re.Match[str], sentence_before: str) -> bool:
    """Whether a :data:`VS_PRIOR` match compares with the year before the one its sentence speaks
    of. 比上年 always does; 与2022年相比 does unless the words of its sentence before it print a year
    later than 2023: ``2023年度“三公”经费…比上年增加38.97万元;比2019年(疫情前)决算数减少24.87万元``
    states a change against 2019, not the year-on-year change."""
    named = comparison.group("vs_year")
    if named is None or "年" not in sentence_before:
        return True
    return all(int(year) <= int(named) + 1 for year in PRINTED_YEAR_RE.findall(sentence_before))


def prior_year_change(window: str, text: str = "", before: int = 0) -> re.Match[str] | None:
    """The first :data:`CHANGE_RE` match in ``window`` that compares with the prior year
    (:func:`compares_with_prior_year`), not with a budget (:func:`compared_with_budget`); ``window``
    follows ``text[:before]``, whose sentence's words before it tell what year a comparison naming one is
    with."""
    change = CHANGE_RE.search(window)
    if change is None or (change.group("vs_year") is None and not compared_with_budget(window, change)):
        return change  # (most changes compare with 上年, or are none)
    sentence_before = text[text.rfind("。", 0, before) + 1 : before]
    for change in CHANGE_RE.finditer(window):
        if compared_with_budget(window, change):
            continue
        if change.group("vs_year") is None or compares_with_prior_year(
            change, sentence_before + window[: change.start()]
        ):
            return change
    return None


def compared_with_budget(text: str, change: re.Match[str]) -> bool:
    """Whether a change (a match of ``text`` with its ``dir`` group) is compared with a budget — a comparison word
    and a budget, a year's or the year before's, right after it (``与2021年度预算相比,增加1.14万元`` in a 2021
    final account, ``比年初预算减少``, ``较上年预算增加``; not ``与2021年相比,一般公共预算财政拨款…增加``, whose
    预算 is the label's): a final figure's difference from a budget, never the change from the year before
    (``Metric.change_value``, which R10 reads as this year − the prior year)."""
    return BUDGET_COMPARED_RE.search(text, change.start(), change.start("dir")) is not None


BUDGET_COMPARED_RE = re.compile(
    rf"(?:比|与|较)\s*(?:{YEAR}\s*年度?|上一?年度?|去年)?\s*(?:年初|全年|调整后?)?\s*预算"
)


def signed(direction: str, value: Decimal) -> Decimal:
    """减少/下降 make a change negative."""
    return -value if direction in NEGATIVE else value


@lru_cache(maxsize=512)
def reason_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of 主要原因 explanations in ``text`` (a paragraph is read by several
    parsers, each asking: worked out once)."""
    return tuple((match.start(), _reason_end(text, match.end())) for match in REASON_RE.finditer(text))


def _reason_end(text: str, start: int) -> int:
    """A reason ends at 。 or ; unless the next clause continues it (二是…, 三是…)."""
    pos = start
    while True:
        match = REASON_STOP_RE.search(text, pos)
        if match is None:
            return len(text)
        if not CONTINUATION_RE.match(text, match.end()):
            return match.start()
        pos = match.end()


def inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    return bool(spans) and any(a <= offset < b for a, b in spans)  # (most paragraphs give no reason)


def reason_in(text: str, start: int, stop: int) -> str | None:
    """The 主要原因 text starting in ``text[start:stop]`` (or right after it), trimmed."""
    match = REASON_RE.search(text, start, max(stop, start))
    if match is None:
        follow = REASON_RE.match(text, stop) if stop < len(text) else None
        if follow is None:
            return None
        match = follow
        stop = len(text)
    end = min(_reason_end(text, match.end()), max(stop, match.end()) if stop > match.end() else len(text))
    reason = text[match.end() : end].strip(" ,;:。")
    return reason or None


def share_base_of(words: str, default: str | None) -> str | None:
    for wording, key in SHARE_BASES:
        if wording in words:
            return key
    return default


def required_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` contains, or None if none can be named.

    Read from the pattern's parse: the longest run of literal characters it always matches (a
    zero-width assertion does not break a run), or for an alternation it must match the longest
    run of each alternative, whichever has the longer words. ``word in text`` is a cheap test
    that spares a regex scan of a paragraph the pattern cannot match in (most paragraphs, for
    most of the labels looked for)."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:  # pragma: no cover (the patterns are compiled already)
        return None
    return None if parsed.state.flags & re.IGNORECASE else _words_of(parsed.data)


def _words_of(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    runs: list[str] = []
    run: list[str] = []
    branches: list[tuple[str, ...] | None] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):  # zero-width: the run goes on
            continue
        runs.append("".join(run))
        run = []
        if op is sre.SUBPATTERN and av[1] & re.IGNORECASE:
            return None  # words compared as printed
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:  # a group is matched: its words are required
            branches.append(_words_of(av[-1] if op is sre.SUBPATTERN else av))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            branches.append(_words_of(av[2]))
        elif op is sre.BRANCH:
            alternatives = [_words_of(alternative) for alternative in av[1]]
            if all(alternatives):
                branches.append(tuple(word for words in alternatives for word in words))  # type: ignore[union-attr]
    runs.append("".join(run))
    candidates = [(max(runs, key=len),), *(words for words in branches if words)]
    best = max(candidates, key=lambda words: min(map(len, words)))  # the rarest: longest shortest word
    return best if best[0] else None


@dataclass(frozen=True)
class _Patterns:
    label: re.Pattern[str]  # the label alone: where the three patterns below can start
    figure: re.Pattern[str]
    budget: re.Pattern[str]
    subject_first: re.Pattern[str]
    prior_first: re.Pattern[str]
    # One of them is in every match of the label (see required_words): a paragraph without any
    # cannot match one of the patterns.
    words: tuple[str, ...] | None


# What a budget comparison states after its label: the budget, then the final figure. Any block a
# spec's ``budget`` pattern matches in holds a match of this alone (looked for once per block).
BUDGET_THEN_FINAL = (
    r"预算数?\s*为?\s*(?P<bnum>" + NUM + r")\s*(?P<bunit>" + MONEY_UNIT + r")\s*[,;]?\s*(?:支出)?决算数?\s*为?\s*"
    r"(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")"
)
BUDGET_THEN_FINAL_RE = re.compile(BUDGET_THEN_FINAL)
# The change a prior-year comparison states (增加 12.3 万元): in every match of a spec's
# ``subject_first`` and ``prior_first`` patterns (looked for once per block).
CHANGE = r"(?:各|均)?(?P<dir>增加|减少)\s*(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")"
CHANGE_BY_RE = re.compile(CHANGE)


@cache
def _patterns(s: FigureSpec) -> _Patterns:
    """The regexes of one spec, compiled once per process."""
    label = r"(?P<label>" + literal_first(s.label) + r")"
    money = r"(?P<num>" + NUM + r")\s*(?P<unit>" + MONEY_UNIT + r")"
    return _Patterns(
        label=re.compile(literal_first(s.label)),
        figure=re.compile(label + (LABEL_TAIL if s.tail else "") + FILLER + money),
        budget=re.compile(label + r"(?:\s*支出)?\s*(?P<kind>年初|全年)?" + BUDGET_THEN_FINAL),
        subject_first=re.compile(label + LABEL_TAIL + r"\s*" + VS_PRIOR + r"\s*,?\s*" + CHANGE),
        prior_first=re.compile(
            VS_PRIOR + r"\s*,?\s*" + label + r"\s*(?:(?P<pnum>" + NUM + r")\s*(?P<punit>" + MONEY_UNIT + r"))?\s*"
            + CHANGE
        ),
        words=required_words(s.label),
    )


# Lookbehinds that start an alternative of a label, then its first character: (?<!财政拨款)收.
LEADING_LOOKBEHINDS_RE = re.compile(r"((?:\(\?<[!=](?:[^()\\]|\\.)*\))+)([\u4e00-\u9fff])")
LOOKBEHIND_RE = re.compile(r"\(\?<(?P<sign>[!=])(?P<body>(?:[^()\\]|\\.)*)\)")


def literal_first(label: str) -> str:
    """``label`` with the lookbehinds that start an alternative moved after its first character:
    ``(?<!财政拨款)收入总计`` → ``收(?<!(?:财政拨款)收)入总计``. The same text matches, at the same
    offsets (a lookbehind is zero-width, and the character it now also looks behind at is the one
    just matched), but a pattern that starts with a character lets the regex engine skip to where
    it occurs, while one that starts with a lookbehind is tried at every character."""
    out = []
    for alternative in _alternatives(label):
        lead = LEADING_LOOKBEHINDS_RE.match(alternative)
        if lead is not None:
            char = lead.group(2)
            behind = "".join(
                f"(?<{m.group('sign')}(?:{m.group('body')}){char})" for m in LOOKBEHIND_RE.finditer(lead.group(1))
            )
            alternative = char + behind + alternative[lead.end() :]
        out.append(alternative)
    return "|".join(out)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at the ``|`` outside groups and classes)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


@dataclass
class _Found:
    """A metric stated at ``offset`` of block ``block``: its :class:`Metric` fields, which later
    statements may fill (the record is made once, when they are merged)."""

    fields: dict[str, Any]
    block: int
    offset: int
    # the growth right after the figure with no 增加/减少 before it (支出决算174,732.10元,增长176.55%): its
    # direction and rate, where the block compares with the prior year — the figure may be the change
    bare_growth: tuple[str, str] | None = None


def read_metrics(blocks: Sequence[Block], specs: Sequence[FigureSpec], *, stage: str = "final") -> list[Metric]:
    """Every figure of ``specs`` stated in ``blocks`` as :class:`Metric` records (see module doc)."""
    found: list[_Found] = []
    # Each spec with its patterns, and its one required word when it has one (most: looked for alone).
    compiled = [(s, s.patterns, s.patterns.words[0] if s.patterns.words and len(s.patterns.words) == 1 else None)
                for s in specs]
    for block in blocks:
        text = block.text
        if "元" not in text:
            continue  # every statement read here has a money figure (万元/元)
        has = text.__contains__
        present = [
            (s, p) for s, p, word in compiled
            if (word in text if word is not None else p.words is None or any(map(has, p.words)))
        ]
        if not present:
            continue
        reasons = reason_spans(text)
        compared = "相比" in text  # (what _after_comparison looks for)
        budgeted = "预算" in text and "决算" in text and BUDGET_THEN_FINAL_RE.search(text) is not None
        changed = (
            ("增加" in text or "减少" in text)
            and VS_PRIOR_RE.search(text) is not None
            and CHANGE_BY_RE.search(text) is not None
        )
        # A block scanned for more than figures: each label's offsets are found once, and each of its
        # patterns is tried there alone (see _label_starts).
        located = [(s, p, _label_starts(p.label, text) if budgeted or changed else None) for s, p in present]
        hits: list[tuple[int, int, FigureSpec, re.Match[str]]] = []
        taken: list[tuple[int, int]] = []
        for s, patterns, starts in located:
            figures = patterns.figure.finditer(text) if starts is None else _matches_from(patterns.figure, text, starts)
            for m in figures:
                if inside(reasons, m.start("num")) or (compared and _after_comparison(text, m.start())):
                    continue
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                hits.append((m.start("num"), m.end(), s, m))
        hits.sort(key=lambda h: h[0])
        for i, (num_at, end, s, m) in enumerate(hits):
            stop = hits[i + 1][3].start() if i + 1 < len(hits) else len(text)
            sentence_end = text.find("。", end)
            window_end = min(stop, sentence_end if sentence_end != -1 else len(text))
            window = text[end:window_end]
            if RESPECTIVELY in window:  # (…运行费7万元,分别比上年减少0万元、1.3万元、1万元: the list's, in turn)
                window = window[: window.index(RESPECTIVELY)]
            clauses = _clauses(window, s.share_base, text, end)
            if _is_compared(clauses):
                clauses["reason"] = reason_in(text, end, window_end)
            bare = BARE_GROWTH_RE.match(window) if changed and not _is_compared(clauses) else None
            for metric in s.metrics:
                found.append(_Found(_metric(metric, m, block, num_at, stage, clauses), block.index, num_at,
                                    bare.group("dir", "pct") if bare else None))
        if budgeted:
            _budget_statements(block, located, reasons, found, stage)
        if changed:
            _prior_statements(block, located, reasons, found)
    return _merged(found)


def _is_compared(clauses: dict[str, Any]) -> bool:
    """A figure compared with the prior year or the budget: a 主要原因 after it explains it."""
    return any(
        clauses.get(name) is not None
        for name in ("change_value", "budget_value", "budget_completion_pct", "budget_variance_pct")
    )


# 与2021年相比, right before a label (searched in the 16 characters before it).
COMPARED_BEFORE_RE = re.compile(r"相比\s*,?\s*$")


def _after_comparison(text: str, start: int) -> bool:
    """True when the label follows 与2021年相比, (its number is the prior-year figure)."""
    return COMPARED_BEFORE_RE.search(text, max(0, start - 16), start) is not None


def _metric(metric: str, m: re.Match[str], block: Block, num_at: int, stage: str, clauses: dict[str, Any]) -> dict[str, Any]:  # noqa: E501
    """The fields of the metric stated by ``m``, with those read from the clauses after it."""
    amount = _amount(m.group("num"), m.group("unit"))
    return {
        "metric": metric,
        "label": "".join(m.group("label").split()),
        "value": amount.yuan if amount else None,
        "unit": "yuan",
        "stage": stage,
        "ulp": amount.ulp_yuan if amount else None,
        "source_line": block.paragraph.line_at(num_at),
        "source_page": block.paragraph.page_at(num_at),
        **clauses,
    }


@lru_cache(maxsize=1024)
def _amount(number: str, unit: str) -> Amount | None:
    """:func:`~ingest.numbers.to_amount`, worked out once per printed figure: a narrative states
    most of its figures more than once (a total, then its share, then its change)."""
    return to_amount(number, unit)


def _clauses(window: str, default_base: str | None, text: str = "", before: int = 0) -> dict[str, Any]:
    """The share, change, growth and budget-completion clauses stated in ``window``, as fields
    (``window`` follows ``text[:before]``, whose sentence tells what year a comparison naming one
    is with: :func:`prior_year_change`)."""
    changes: dict[str, Any] = {}
    percent = "%" in window  # a share, a completion and a variance rate are stated in %
    share = SHARE_RE.search(window) if percent else None
    if share and not CHANGE_RE.search(window[: share.start()]):
        changes["share_pct"] = parse_percent(share.group("num"))
        changes["share_base"] = share_base_of(share.group("base"), default_base)
    change = prior_year_change(window, text, before)
    if change:
        amount = _amount(change.group("num"), change.group("unit"))
        if amount:
            changes["change_value"] = signed(change.group("dir"), amount.yuan)
        growth = GROWTH_RE.match(window[change.end() :])
        if growth:
            changes["growth_pct"] = signed(growth.group("dir"), parse_percent(growth.group("num")) or Decimal(0))
    completion = COMPLETION_RE.search(window) if percent else None
    if completion:
        changes["budget_completion_pct"] = parse_percent(completion.group("num"))
        if completion.group("bnum") and (budget := _amount(completion.group("bnum"), completion.group("bunit"))):
            changes["budget_value"] = budget.yuan
            changes["budget_kind"] = "full_year" if completion.group("kind") == "全年" else "initial"
    diff = DIFF_RATE_RE.search(window) if percent else None
    if diff:
        changes["budget_variance_pct"] = parse_percent(diff.group("num"))
    return changes


def _label_starts(label: re.Pattern[str], text: str) -> list[int]:
    """Every offset of ``text`` at which ``label`` matches, overlapping matches included (each
    search starts one past the last match's start, with the fast scan the engine makes for a
    pattern's first words). A spec's figure, budget and subject_first patterns start with its
    label, so they can match at these offsets alone (:func:`_matches_from`)."""
    starts: list[int] = []
    match = label.search(text)
    while match is not None:
        starts.append(match.start())
        match = label.search(text, match.start() + 1)
    return starts


def _budget_statements(block: Block, located, reasons, found: list[_Found], stage: str) -> None:
    """``LABEL 年初预算(数)为 X 万元，(支出)决算(数)为 Y 万元，完成预算的 Z% / 预决算差异率 Z%``.

    ``located``: each spec with its patterns and the offsets of its label; called only for blocks
    stating a budget and a final figure after it (:data:`BUDGET_THEN_FINAL_RE`)."""
    text = block.text
    for s, patterns, starts in located:
        for m in _matches_from(patterns.budget, text, starts):
            if inside(reasons, m.start("num")):
                continue
            budget = _amount(m.group("bnum"), m.group("bunit"))
            sentence_end = text.find("。", m.end())
            window = text[m.end() : sentence_end if sentence_end != -1 else len(text)]
            next_label = re.search(r";", window)
            window = window[: next_label.start()] if next_label else window
            clauses = _clauses(window, s.share_base, text, m.end())
            clauses["budget_value"] = budget.yuan if budget else None
            clauses["budget_kind"] = "full_year" if m.group("kind") == "全年" else "initial"
            clauses["reason"] = reason_in(text, m.end(), m.end() + len(window))
            num_at = m.start("num")
            for metric in s.metrics:
                found.append(_Found(_metric(metric, m, block, num_at, stage, clauses), block.index, num_at))


def _prior_statements(block: Block, located, reasons, found: list[_Found]) -> None:
    """``LABEL与上年相比，减少 X 万元，下降 Y%`` and ``与2021年相比，LABEL 534.72万元增加5.53万元``.

    ``located``: each spec with its patterns and the offsets of its label; called only for blocks
    stating a comparison with a prior year and a change (增加/减少 an amount: :data:`CHANGE_BY_RE`),
    as both patterns do."""
    text = block.text
    comparisons = [m.start() for m in VS_PRIOR_AT_RE.finditer(text)]  # where a prior_first match can start
    for s, patterns, starts in located:
        subject_first = _matches_from(patterns.subject_first, text, starts)
        for m in chain(subject_first, _matches_from(patterns.prior_first, text, comparisons)):
            if inside(reasons, m.start()) or compared_with_budget(text, m) or not compares_with_prior_year(
                m, text[text.rfind("。", 0, m.start()) + 1 : m.start("dir")]
            ):
                continue
            amount = _amount(m.group("num"), m.group("unit"))
            if amount is None:
                continue
            changes: dict[str, object] = {"change_value": signed(m.group("dir"), amount.yuan)}
            if "pnum" in m.groupdict() and m.group("pnum"):
                prior = _amount(m.group("pnum"), m.group("punit"))
                changes["prior_year_value"] = prior.yuan if prior else None
            growth = GROWTH_RE.match(text[m.end() :])
            if growth:
                changes["growth_pct"] = signed(growth.group("dir"), parse_percent(growth.group("num")) or Decimal(0))
            end = m.end() + (growth.end() if growth else 0)
            sentence_end = text.find("。", end)
            reason = reason_in(text, end, sentence_end if sentence_end != -1 else len(text))
            if reason:
                changes["reason"] = reason
            for metric in s.metrics:
                target = _latest(found, metric, block.index, m.start())
                if target is not None:
                    fill = {k: v for k, v in changes.items() if target.fields.get(k) is None}
                    target.fields.update(fill)


def _matches_from(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that can only match at ``starts`` (sorted offsets):
    tries those offsets alone instead of every character."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match:
                yield match
                end = match.end()


def _latest(found: list[_Found], metric: str, block: int, offset: int) -> _Found | None:
    best = None
    for f in found:
        if f.fields["metric"] == metric and (f.block, f.offset) <= (block, offset):
            best = f
    return best


# A growth right after a figure, no 增加/减少 before it (``…支出决算174,732.10元,增长176.55%``).
BARE_GROWTH_RE = re.compile(r"\s*,?\s*(?P<dir>增长|下降)\s*(?P<pct>\d+(?:\.\d+)?)\s*%")


def _change_of(f: _Found, found: list[_Found]) -> _Found | None:
    """The statement of the same metric whose amount ``f``'s figure is the change of, by arithmetic: in a block
    comparing with the prior year, a figure followed by a growth with no 增加/减少 (``公务用车购置及运行费支出决算
    174,732.10元,增长176.55%``) is the change where the metric's amount stated elsewhere (273,702.10元) is the
    prior year's (the change ÷ the rate) plus the change — never an amount of its own, which would contradict it."""
    if f.bare_growth is None or f.fields["value"] is None:
        return None
    direction, printed = f.bare_growth
    rate = Decimal(printed)
    if rate <= 0:
        return None
    change = f.fields["value"]
    prior = change * 100 / rate
    amount = prior + change if direction == "增长" else prior - change
    half_rate = Decimal(1).scaleb(Decimal(printed).as_tuple().exponent) / 2
    tolerance = prior * half_rate / rate + 2 * (f.fields.get("ulp") or Decimal("0.01"))
    for other in found:
        fields = other.fields
        if other is not f and fields["metric"] == f.fields["metric"] and fields["stage"] == f.fields["stage"] and (
            fields["value"] is not None and fields["value"] != change and abs(fields["value"] - amount) <= tolerance
        ):
            return other
    return None


def _merged(found: list[_Found]) -> list[Metric]:
    """One record per (metric, value): later statements fill fields the first one left empty — but a figure that
    is another statement's change by arithmetic (:func:`_change_of`) fills that one's change and growth."""
    for f in [f for f in found if f.bare_growth is not None]:
        amount = _change_of(f, found)
        if amount is not None:
            sign = 1 if f.bare_growth[0] == "增长" else -1
            if amount.fields.get("change_value") is None:
                amount.fields["change_value"] = sign * f.fields["value"]
            if amount.fields.get("growth_pct") is None:
                amount.fields["growth_pct"] = sign * Decimal(f.bare_growth[1])
            found.remove(f)
    out: dict[tuple[str, Decimal | None], dict[str, Any]] = {}
    for f in sorted(found, key=lambda f: (f.block, f.offset)):
        fields = f.fields
        key = (fields["metric"], fields["value"])
        if key not in out:
            out[key] = fields
            continue
        first = out[key]
        fill = {
            name: fields[name]
            for name in MERGED_FIELDS
            if first.get(name) is None and fields.get(name) is not None
        }
        if fill.get("share_pct") is None:
            fill.pop("share_base", None)
        first.update(fill)
    return [Metric(**fields) for fields in out.values()]


# What a later statement of the same metric and value may fill in the first one.
MERGED_FIELDS = ("prior_year_value", "change_value", "growth_pct", "share_pct", "share_base", "budget_value",
                 "budget_kind", "budget_completion_pct", "budget_variance_pct", "reason")


def count_value(text: str) -> Decimal | None:
    """A count as printed (``110``) → Decimal."""
    return parse_decimal(text)

"""Fidelity scoreboard: how many hand-read figures the parser extracts, and how many it gets wrong.

Scores ``juesuan extract`` output against ``../shared/real-documents/expected.yaml`` (43 real
disclosures from 19 provinces, 468 facts; conventions in that folder's README). A fact counts as
*found* when some record read at the fact's line holds the same figure in a field of the same
kind (``amount``, ``change`` …), converted to the fact's unit; *wrong* when a record at that line
names the same label in the same kind of field with another value and none holds the right one — or when
the fact is another year's (its item names a year not the document's: ``总收入 2018年`` in a 2020 account) and
the records holding its figure all state it as the document's own (:func:`_carries_year`). A per-unit rate
(field ``rate``: 5000元/户, 每人每月100元) counts for an ``amount`` fact only where the fact's item or unit names
a per-unit standard (a ``/``, 每, 人均 / 户均 / 生均 / 亩均, 标准, 单价: :func:`_names_per_unit`) — a total is
never found by a rate.

A mid-year 绩效监控表's figures to a date have their own fields (a funds row's ``executed_to_date_yuan``, 1-6月执行数;
an indicator's ``progress_raw``, 半年度指标执行情况): the hand-readers record them as the sheet's executed
``amount`` and the indicator's ``actual`` (benchmarks/heldout/27d 14 L14, L22), so they are candidates for those
fields (:func:`candidates_of`).

    .venv/bin/python -m benchmarks.fidelity            # the table per document and per section
    .venv/bin/python -m benchmarks.fidelity --misses   # and every fact not found
    .venv/bin/python -m benchmarks.fidelity --variants # and on re-printings (benchmarks/reprints.py)
    .venv/bin/python -m benchmarks.fidelity --wordings # and on re-wordings (other departments' words)
    .venv/bin/python -m benchmarks.fidelity --identity --wordings  # and who published, when, what kind, in each

``tests/test_fidelity.py`` fails when recall drops below, or wrong values rise above, the
thresholds reached so far.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from benchmarks.reprints import RUN_TOGETHER, SUFFIXES, VARIANTS, WORDINGS
from ingest.document import parse_path
from ingest.script import PINYIN_RE, _converter
from ingest.text import DocumentError

REAL_DOCUMENTS = Path(__file__).resolve().parents[1].parent / "shared" / "real-documents"
WAN = Decimal(10000)
MONEY_UNITS = {"yuan"}


@dataclass(frozen=True)
class Candidate:
    """One figure a record states, in the expected-facts vocabulary."""

    line: int
    field: str  # amount / change / change_pct / share_pct / budget_initial / target / actual / score / count / rate
    value: Decimal | str
    is_money: bool  # value in 元
    label: str
    # the year the record says the figure is of, where not the document's own: a year (``2018``) or
    # ``prior_year``; and what a change is measured against (``prior_year``, ``budget``, a year)
    of_year: str | None = None
    base: str | None = None


@dataclass(frozen=True)
class Outcome:
    file: str
    section: str
    item: str
    field: str
    value: Any
    line: int
    status: str  # found / missing / wrong / rejected
    got: str | None = None


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _money(record: dict, *keys: str) -> Iterator[tuple[str, Decimal]]:
    for key in keys:
        value = _dec(record.get(key))
        if value is not None:
            yield key, value


def candidates_of(record: dict) -> Iterator[Candidate]:
    """The figures of one extracted record (as ``to_dict`` gives it) as candidates."""
    kind = record["record_type"]
    line = record.get("source_line") or 0
    if kind == "metric":
        label = record.get("label") or record.get("metric") or ""
        money = record.get("unit") == "yuan"
        value_field = "amount" if money else "count"
        for key, field in (
            ("value", value_field),
            ("budget_value", "budget_initial"),
            ("prior_year_value", "amount"),
        ):
            value = _dec(record.get(key))
            if value is not None:
                yield Candidate(line, field, value, money and key != "x", label,
                                PRIOR_YEAR if key == "prior_year_value" else None)
        # (a metric's change and growth are against the year before: R10's this year − prior year)
        if (change := _dec(record.get("change_value"))) is not None:
            yield Candidate(line, "change", abs(change), money, label, base=PRIOR_YEAR)
        for key, field in (
            ("growth_pct", "change_pct"),
            ("share_pct", "share_pct"),
            ("budget_completion_pct", "share_pct"),
            ("budget_variance_pct", "share_pct"),
        ):
            value = _dec(record.get(key))
            if value is not None:
                yield Candidate(line, field, abs(value) if field == "change_pct" else value, False, label,
                                base=PRIOR_YEAR if key == "growth_pct" else None)
    elif kind == "functional_item":
        label = record.get("item_name") or record.get("kuan_name") or record.get("class_name") or ""
        for key, field in (
            ("amount_yuan", "amount"),
            ("prior_year_amount_yuan", "amount"),
            ("budget_initial_yuan", "budget_initial"),
            ("basic_yuan", "amount"),
            ("project_yuan", "amount"),
        ):
            if (value := _dec(record.get(key))) is not None:
                yield Candidate(line, field, value, True, label,
                                PRIOR_YEAR if key == "prior_year_amount_yuan" else None)
        if (change := _dec(record.get("change_yuan"))) is not None:
            yield Candidate(line, "change", abs(change), True, label, base=PRIOR_YEAR)
        for key, field in (("share_pct", "share_pct"), ("growth_pct", "change_pct"), ("completion_pct", "share_pct")):
            if (value := _dec(record.get(key))) is not None:
                yield Candidate(line, field, abs(value), False, label,
                                base=PRIOR_YEAR if key == "growth_pct" else None)
    elif kind in ("economic_item", "target_task"):
        label = record.get("name") or record.get("task_name") or ""
        for _, value in _money(record, "amount_yuan", "total_yuan", "fiscal_yuan", "other_yuan"):
            yield Candidate(line, "amount", value, True, label)
    elif kind in ("project", "project_funding", "department_funding"):
        label = record.get("name") or record.get("label") or ""
        at = _value_lines(record, line)  # a figure printed on a line of its own: at that line
        for key, value in _money(record, "budget_initial_yuan", "budget_full_year_yuan"):
            yield Candidate(at(key), "budget_initial", value, True, label)
            yield Candidate(at(key), "amount", value, True, label)
        for key, value in _money(record, "executed_yuan", "executed_to_date_yuan"):
            yield Candidate(at(key), "amount", value, True, label)
        if (rate := _dec(record.get("execution_rate"))) is not None:
            yield Candidate(at("execution_rate"), "share_pct", rate, False, label)
        for key in ("funds_weight", "funds_score", "total_weight", "total_score", "weight", "score"):
            if (value := _dec(record.get(key))) is not None:
                yield Candidate(at(key), "score", value, False, label)
    elif kind == "indicator":
        levels = (record.get("level1_name"), record.get("level2_name"), record.get("level3_name"))
        label = " | ".join(x for x in levels if x)
        at = _value_lines(record, line)
        if record.get("target_raw"):
            yield Candidate(at("target"), "target", record["target_raw"], False, label)
        if record.get("actual_raw"):
            yield Candidate(at("actual"), "actual", record["actual_raw"], False, label)
        if record.get("progress_raw"):  # (a monitoring sheet's execution to a date: the sheet's actual)
            yield Candidate(at("progress"), "actual", record["progress_raw"], False, label)
        for key in ("weight", "score"):
            if (value := _dec(record.get(key))) is not None:
                yield Candidate(at(key), "score", value, False, label)
    elif kind == "stated_figure":
        value = _dec(record.get("value"))
        if value is not None:
            field = record.get("field") or "amount"
            compared = record.get("compared_with")
            year = record.get("year")
            if field in CHANGE_FIELDS:  # (a change's compared_with is its base; its own year is ``year``)
                of_year, base = (str(year) if year else None), compared
            else:  # (an amount of another year carries it in compared_with: 比上年18.39亿元, 2023年决算数…)
                of_year, base = (str(year) if year else compared if compared != "budget" else None), None
            yield Candidate(line, field, abs(value), record.get("unit") == "yuan", record.get("label") or "",
                            of_year, base)


PRIOR_YEAR = "prior_year"
CHANGE_FIELDS = ("change", "change_pct")


def _value_lines(record: dict, line: int):
    """The line of each figure of a performance row (its ``value_lines``: ``target=14;actual=15``, where a
    figure stands off the row's line), else the row's line: ``at("target")``."""
    lines = dict(part.split("=") for part in (record.get("value_lines") or "").split(";") if "=" in part)
    names = {"budget_initial_yuan": "budget_initial", "budget_full_year_yuan": "budget_full_year",
             "executed_yuan": "executed"}
    return lambda key: int(lines.get(names.get(key, key), line))


def _body(name: str) -> str:
    """A body's name as :func:`score_identity` compares it: compact, without a last 人民政府, 政府 or 机关."""
    return BODY_TAIL_RE.sub("", _compact(name))


BODY_TAIL_RE = re.compile(r"(?:人民政府|政府|机关)$")


def _abbreviates(read: str, want: str) -> bool:
    """Whether a read body's name is the hand-read one printed short — a qualifier that does not change the
    body (:data:`SHORTENED_RE`: 人民, 机关, an autonomous place's peoples 回族彝族自治) left out inside it, its
    place name (two characters or more) and its kind (three or more) kept: a page that prints its body both
    ways (寻甸回族彝族自治县文化和旅游局 / 寻甸县文化和旅游局, 信阳市政府机关幼儿园 / 信阳市政府幼儿园) is read
    right by either. A left-out ordinal or any other word (第一人民医院 / 人民医院, 实验小学 / 小学) names
    another body: not found."""
    cut = len(want) - len(read)
    if cut <= 0 or len(read) < 5:
        return False
    return any(
        want[:head] + want[head + cut:] == read and SHORTENED_RE.match(want[head:head + cut])
        for head in range(2, len(read) - 2)
    )


SHORTENED_RE = re.compile(r"^(?:人民|机关|(?:[\u4e00-\u9fff]{1,3}族)+自治)$")


def _names_of_body(name: str) -> set[str]:
    """The names a hand-read body is found by (as :func:`_body` compares them): its whole name, and where it is
    printed with its second name in brackets — one body with two names (一个机构两块牌子: 武山县气象局(人影中心),
    拉浪林场(广西救助服务指导中心)) — each of the two."""
    names = {_body(name)}
    if match := TWO_NAMES_RE.match(_compact(name)):
        first, second = match.groups()
        names |= {_body(first), _body(second)}
    return names


# A body's name with its second name in brackets at its end (NFKC-compacted: half-width brackets).
TWO_NAMES_RE = re.compile(r"^(.{4,}?)\((.{4,})\)$")


def _compact(text: str) -> str:
    """A value or label without spaces, quotes or pipes, NFKC-normal and in simplified characters: a page
    printed in traditional characters is read in simplified (ingest/script.py), and a target printed
    ``≥3個`` is the figure read as ``≥3个``."""
    text = unicodedata.normalize("NFKC", str(text))
    return _simplified(re.sub(r"[\s|“”\"'‘’]", "", text))


@functools.lru_cache(maxsize=4096)
def _simplified(text: str) -> str:
    """(and without a mirror page's pinyin glosses, 應(yīng), as the parser reads it)"""
    return _converter().convert(PINYIN_RE.sub("", text)) if any(ord(ch) > 0x2E7F for ch in text) else text


# A target's bound printed in a column of its own (指标方向 | 大于等于 | 1 | 次): the hand-reader reads the 指标值 cell
# (``1``), the parser joins the bound to it (``大于等于1``) — the same figure. (A fact that prints a bound must match
# it exactly.)
BOUND_PREFIX_RE = re.compile(r"^(?:大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|≥|≤|>=|<=|>|<|=)")


def _value_matches(fact: dict, cand: Candidate) -> bool:
    if fact["field"] in ("target", "actual"):
        if not isinstance(cand.value, str):
            return False
        read, expected = _compact(cand.value), _compact(fact["value"])
        return read == expected or (
            fact["field"] == "target" and BOUND_PREFIX_RE.match(expected) is None
            and (bound := BOUND_PREFIX_RE.match(read)) is not None and read[bound.end():] == expected
        )
    expected = _dec(fact["value"])
    if expected is None or isinstance(cand.value, str):
        return False
    unit = fact.get("unit") or ""
    if cand.is_money:
        if unit == "万元":
            return cand.value == expected * WAN
        if unit == "元":
            return cand.value == expected
        return cand.value in (expected, expected * WAN)  # an amount whose unit is not printed
    if unit in ("万元", "元"):
        return False
    return cand.value == expected


def _field_matches(fact_field: str, cand_field: str) -> bool:
    if fact_field == cand_field:
        return True
    # (a length or an area, 32.63公里, is read as a measure; a hand-read fact lists it as a count of its unit)
    return (
        {fact_field, cand_field} <= {"amount", "budget_initial"} or {fact_field, cand_field} <= {"count", "amount"}
        or (fact_field, cand_field) == ("count", "measure")
    )


# A per-unit standard read as such (StatedFigure field ``rate``: 5000元/户, 每人每月100元, 户均1000元/年): the
# hand-readers record it as an ``amount`` whose item or unit names the standard (``補貼標準(元/戶)``, ``每人每月补贴``,
# ``標準(每生)``, ``人均…``). A rate record is a candidate for an amount fact only where the fact's item or unit names
# a per-unit standard so — a slash, 每, 人均 / 户均 / 生均 / 亩均, 标准 or 单价 — never for a total or any other amount
# (a rate must never be found as the amount an analyst would sum); for such a fact it may also be ``wrong``.
RATE = "rate"
PER_UNIT_FACT_RE = re.compile(r"/|每|[人户生亩]均|标准|单价")


def _names_per_unit(fact: dict) -> bool:
    """Whether an ``amount`` fact — or a ``budget_initial`` one, which an amount finds too (:func:`_field_matches`:
    ``每县4000万元`` set aside in a budget) — is a per-unit standard (see :data:`PER_UNIT_FACT_RE`): a rate record
    may find it."""
    return fact["field"] in ("amount", "budget_initial") and PER_UNIT_FACT_RE.search(
        _compact(f"{fact['item']} {fact.get('unit') or ''}")
    ) is not None


def _label_key(text: str) -> str:
    """The head of an expected item or a record label, for telling a wrong value from another figure."""
    text = _compact(text.split("|")[-1])  # (the last level of an indicator's path: its 三级指标)
    text = re.sub(r"\(.*?\)|（.*?）", "", text)
    # (without the template's number of a row, 任务2: / 指标3:, which rows of different names share)
    return ROW_NUMBER_KEY_RE.sub("", text, count=1)[:6]


ROW_NUMBER_KEY_RE = re.compile(r"^(?:指标|任务)\d{1,2}[:：]")


def score_document(
    facts: list[dict], records: list[dict], fiscal_year: int | None = None
) -> list[tuple[dict, str, str | None]]:
    """Each fact's status (found / wrong / untyped / missing) and what was read for it. With the document's
    ``fiscal_year``, a fact of another year (:func:`_fact_years`) is found only by a record that carries that year;
    its figure read only as the document's own is ``wrong`` (a year lost) — unless a fact of the document's own year
    on its line has that same figure and the records read it no more often than such facts state it (``因公出国(境)费
    15万元 … 2015年预算数15万元`` in a 2016 budget: the one 15万元 read is the 2016 fact's; the 2015 one is missing)."""
    by_line: dict[int, list[Candidate]] = defaultdict(list)
    for record in records:
        for cand in candidates_of(record):
            by_line[cand.line].append(cand)
    out = []
    for fact in facts:
        per_unit = _names_per_unit(fact)
        cands = [
            c for c in by_line.get(fact["line"], [])
            if _field_matches(fact["field"], c.field) or (per_unit and c.field == RATE)
        ]
        if matching := [c for c in cands if _value_matches(fact, c)]:
            if fiscal_year and (years := _fact_years(fact, fiscal_year)) and not any(
                _carries_year(c, years, fiscal_year) for c in matching
            ):
                if _owned_by_own_year_facts(fact, matching, facts, fiscal_year):
                    out.append((fact, "missing", None))
                    continue
                out.append((fact, "wrong", f"{matching[0].label}={matching[0].value} (its year lost)"))
            else:
                out.append((fact, "found", None))
            continue
        key = _label_key(fact["item"])
        wrong = [
            c for c in cands if (c.field == fact["field"] or c.field == RATE) and key and _label_key(c.label) == key
        ]
        if wrong:
            out.append((fact, "wrong", f"{wrong[0].label}={wrong[0].value}"))
        elif (plain := _read_untyped(fact, by_line.get(fact["line"], []))) is not None:
            out.append((fact, "untyped", f"{plain.label}={plain.value}"))
        else:
            out.append((fact, "missing", None))
    return out


def _owned_by_own_year_facts(fact: dict, matching: list[Candidate], facts: list[dict], fiscal_year: int) -> bool:
    """Whether the figures ``matching`` a fact of another year (none carrying it) are as many as, or fewer than, the
    facts of the document's own year on its line that they match too: each is one of those facts' own reading."""
    own = [
        other for other in facts
        if other is not fact and other["line"] == fact["line"] and not _fact_years(other, fiscal_year)
        and any(_field_matches(other["field"], c.field) and _value_matches(other, c) for c in matching)
    ]
    return 0 < len(matching) <= len(own)


# A year an expected item names (``总收入 2018年``, ``收入预算 比2022年年初预算数``), and a comparison right before it:
# the year a change is measured against, not the figure's own (``比2021年预算``, ``与2022年相比``, ``较2020年``).
FACT_YEAR_RE = re.compile(r"(?P<compared>(?:比|较|与|对比|同比)\s*)?(?P<year>(?:19|20)\d{2})\s*年")


def _fact_years(fact: dict, fiscal_year: int) -> tuple[tuple[str, bool], ...]:
    """The years other than ``fiscal_year`` a fact's item names, each with whether it is a change's base (a
    comparison before it, on a change or a growth) rather than the figure's own year. The item is read in simplified
    characters, as the page is: a mirror's page in traditional ones compares with 與 / 較
    (公務接待費 與2018年度決算相比)."""
    return tuple(
        (m.group("year"), bool(m.group("compared")) and fact["field"] in CHANGE_FIELDS)
        for m in FACT_YEAR_RE.finditer(_simplified(str(fact["item"])))
        if int(m.group("year")) != fiscal_year
    )


def _carries_year(cand: Candidate, years: tuple[tuple[str, bool], ...], fiscal_year: int) -> bool:
    """Whether ``cand`` carries every year of ``years`` (see :func:`_fact_years`): a base in what it is measured
    against (none printed: the year before), an own year in the year it is of (``prior_year`` standing for the year
    before ``fiscal_year``; a label naming the year carries it too)."""
    for year, is_base in years:
        said = cand.base if is_base else cand.of_year
        # (a change whose base is not printed is the year-on-year one: 比2022年(下同)增长8.0%。…支出…增长11.4%)
        ok = said == year or (
            int(year) == fiscal_year - 1 and said in (PRIOR_YEAR, "prior_year_budget", *((None,) if is_base else ()))
        ) or f"{year}年" in _compact(cand.label)
        if not ok:
            return False
    return True


def _read_untyped(fact: dict, cands: list[Candidate]) -> Candidate | None:
    """For a target or an actual not read as one: a figure of its line read with its number under its name
    (``已完成大坪乡村内道路硬化4970平方米`` read as a measure, not as an indicator's actual) — a figure the
    parser states without the indicator's type; not counted as found."""
    if fact["field"] not in ("target", "actual") or (number := NUMBER_IN_VALUE_RE.search(str(fact["value"]))) is None:
        return None
    value = Decimal(number.group())
    name = _compact(str(fact["item"]).split("|")[-1])
    head = name[:UNTYPED_NAME_CHARS]
    for cand in cands:
        if cand.field in ("target", "actual") or isinstance(cand.value, str):
            continue
        label = _compact(cand.label)
        if value in (cand.value, cand.value / WAN) and head and (head in label or label[-UNTYPED_NAME_CHARS:] in name):
            return cand
    return None


NUMBER_IN_VALUE_RE = re.compile(r"\d+(?:\.\d+)?")
# How much of an indicator's name a figure's label must share to be that indicator's figure read without its type.
UNTYPED_NAME_CHARS = 4


# Every figure a file's records state: (line, field, label compacted) → the values read there.
Figures = dict[tuple[int, str, str], set[Decimal | str]]


# What each file is read as (by file name): its DocumentInfo, None where the file is rejected.
Infos = dict[str, Any]


def score_corpus(root: Path = REAL_DOCUMENTS, variant: str | None = None) -> list[Outcome]:
    """Every expected fact's outcome; with ``variant``, on that re-printing of each file."""
    return read_corpus(root, variant)[0]


def read_corpus(
    root: Path = REAL_DOCUMENTS, variant: str | None = None, infos: Infos | None = None
) -> tuple[list[Outcome], dict[str, Figures]]:
    """:func:`score_corpus`, and every figure each file's records state (by file name); what each file is read as
    (its DocumentInfo) put in ``infos`` where given, for :func:`score_identity`."""
    expected = yaml.safe_load((root / "expected.yaml").read_text("utf-8"))
    outcomes: list[Outcome] = []
    figures: dict[str, Figures] = {}
    with tempfile.TemporaryDirectory(prefix="fidelity-") as folder:  # re-printings are removed after
        scratch = Path(folder) if variant else None
        for doc in expected["documents"]:
            _read_document(root, doc, variant, scratch, outcomes, figures, infos)
    return outcomes, figures


def reprinted_path(root: Path, file: str, variant: str | None, scratch: Path | None) -> tuple[Path, list[int] | None]:
    """The file ``file`` of ``root``, re-printed as ``variant`` (a re-printing or a re-wording) into ``scratch``
    where given, and the original line of each of its lines where they move."""
    path = root / "text" / file
    if scratch is None or variant is None:
        return path, None
    reprinted = scratch / (file + SUFFIXES.get(variant, ""))
    reprint = VARIANTS.get(variant) or WORDINGS.get(variant) or RUN_TOGETHER[variant]
    text, origin = reprint(path.read_text("utf-8").split("\n"))
    reprinted.write_bytes(text.encode("utf-8"))
    return reprinted, origin


def _read_document(
    root: Path,
    doc: dict,
    variant: str | None,
    scratch: Path | None,
    outcomes: list[Outcome],
    figures: dict[str, Figures],
    infos: Infos | None = None,
) -> None:
    """Score one expected document (re-printed as ``variant`` into ``scratch``), adding to ``outcomes``
    and ``figures`` (and what it is read as to ``infos``, where given)."""
    # (origin: the original line of each re-printed line, where lines move)
    path, origin = reprinted_path(root, doc["file"], variant, scratch)
    try:
        parsed = parse_path(path)
        records = [r.to_dict() for r in parsed.all_records]
        rejected, info = None, parsed.info
    except DocumentError as exc:
        records, rejected, info = [], str(exc), None
    if infos is not None:
        infos[doc["file"]] = info
    if origin is not None:  # a figure is scored at the line of the original it was printed on
        at_original_lines(records, origin)
    figures[doc["file"]] = stated_figures(records)
    facts = doc["facts"]
    if variant in WORDINGS:  # (a target or an actual quoted from the page: as the re-wording prints it)
        facts = [reworded_fact(fact, WORDINGS[variant]) for fact in facts]
    for fact, status, got in score_document(facts, records, doc.get("fiscal_year")):
        outcomes.append(
            Outcome(
                doc["file"],
                fact["section"],
                fact["item"],
                fact["field"],
                fact["value"],
                fact["line"],
                "rejected" if rejected else status,
                rejected or got,
            )
        )


def reworded_fact(fact: dict, wording) -> dict:
    """A hand-read fact as a re-wording prints it: an indicator's target or actual is its text as printed
    (``≥95%``), so it is compared with the same text re-worded (``不低于95%``); every other fact as it is."""
    if fact["field"] not in ("target", "actual") or not isinstance(fact["value"], str):
        return fact
    text, _ = wording(["", fact["value"]])  # (a re-wording keeps its first line, the page's ``# source:``)
    return {**fact, "value": text.split("\n", 1)[1]}


def at_original_lines(records: list[dict], origin: list[int]) -> None:
    """Move ``records`` (as dictionaries) of a re-printing to the lines of the original they were printed
    on (``origin``: the original line of each re-printed line): their ``source_line`` and ``value_lines``."""
    for record in records:
        if record.get("source_line"):
            record["source_line"] = origin[record["source_line"] - 1]
        if record.get("value_lines"):
            record["value_lines"] = ";".join(
                f"{name}={origin[int(number) - 1]}"
                for name, number in (part.split("=") for part in record["value_lines"].split(";"))
            )


def stated_figures(records: list[dict]) -> Figures:
    """Every figure ``records`` (as dictionaries) state, by line, field and compacted label; a text
    value (a target, an actual) compacted too (``≤ 20万元`` is ``≤20万元``)."""
    out: Figures = defaultdict(set)
    for record in records:
        for cand in candidates_of(record):
            value = _compact(cand.value) if isinstance(cand.value, str) else cand.value
            out[(cand.line, cand.field, _compact(cand.label).strip("()（）:：,，"))].add(value)
    return out


def disagreements(original: dict[str, Figures], reprinted: dict[str, Figures]) -> list[str]:
    """The figures a re-printing reads at a line under a label the original reads there too, with
    none of the original's values: a figure read differently for the way the text is printed."""
    out = []
    for file, figures in reprinted.items():
        for key, values in figures.items():
            if key in original.get(file, {}) and not values & original[file][key]:
                out.append(f"{file} L{key[0]} {key[2]} {key[1]}: {sorted(map(str, values))} "
                           f"(original: {sorted(map(str, original[file][key]))})")
    return out


@dataclass(frozen=True)
class IdentityOutcome:
    """Who published a document and for which year, against what was hand-read: ``found``,
    ``missing`` (none read, or the file's name used for want of one) or ``wrong``."""

    file: str
    field: str  # department / fiscal_year / doc_type
    expected: str | int
    got: str | int | None
    status: str


# The hand-read kinds of document (expected.yaml's ``doc_type``) as the warehouse's DOC_TYPES: a 三公 statement
# or a government's 决算 is a final account or a budget like a department's; every performance report,
# self-evaluation or monitoring report a self_evaluation. A government's 预算执行 report (its year's execution, with the
# next year's draft budget after it) is its year's final account, as the batches since 26v type it.
EXPECTED_DOC_TYPES = {
    "final_account": "final_account", "sangong_final": "final_account", "government_final_account": "final_account",
    "government_budget_execution": "final_account",
    "budget": "budget", "sangong_budget": "budget",
    "performance_targets": "performance_target", "dept_performance_targets": "performance_target",
    **dict.fromkeys(
        ("performance_self_eval", "performance_self_eval_report", "dept_performance_self_eval",
         "dept_performance_self_eval_report", "performance_eval_report", "performance_monitor_report"),
        "self_evaluation",
    ),
}


def score_identity(
    root: Path = REAL_DOCUMENTS, variant: str | None = None, infos: Infos | None = None
) -> list[IdentityOutcome]:
    """The department, fiscal year and kind each document of ``root`` is given, against its hand-read ones
    (re-printed or re-worded as ``variant``; read from ``infos``, what :func:`read_corpus` read each file as, where
    given)
    (the kind as :data:`EXPECTED_DOC_TYPES` names it; a document read as none is missing). A
    name is found where one ends the other (高虹镇中心幼儿园 for 杭州市临安区高虹镇中心幼儿园: the region
    prefix printed or not), compared in simplified characters and without a last 人民政府, 政府 or 机关 (a
    region's government is the region's entity, 红桥区 for 天津市红桥区人民政府; a department's 机关 is the
    department, 新洲区文化和旅游局 for 新洲区文化和旅游局机关)."""
    expected = yaml.safe_load((root / "expected.yaml").read_text("utf-8"))
    out: list[IdentityOutcome] = []
    with tempfile.TemporaryDirectory(prefix="fidelity-") as folder:
        for doc in expected["documents"]:
            if infos is not None and doc["file"] in infos:
                info = infos[doc["file"]]
            else:
                path, _ = reprinted_path(root, doc["file"], variant, Path(folder) if variant else None)
                try:
                    info = parse_path(path).info
                except DocumentError:
                    info = None
            out += _identity_outcomes(doc, info)
    return out


def _identity_outcomes(doc: dict, info: Any) -> list[IdentityOutcome]:
    """The department, year and kind a document (``doc``, hand-read) is read as (``info``; a name that is the file's
    own name, with its extension or without, a re-printing's too, is none read), each found, missing or wrong."""
    stems = {doc["file"], Path(doc["file"]).stem}
    out: list[IdentityOutcome] = []
    if doc.get("department"):
        name = info.department_name if info else None
        got = _body(name) if name and name not in stems else None
        status = (
            "missing" if got is None
            else "found" if any(got.endswith(want) or (want.endswith(got) and len(got) >= 4)
                                or _abbreviates(got, want) for want in _names_of_body(doc["department"]))
            else "wrong"
        )
        out.append(IdentityOutcome(doc["file"], "department", doc["department"], name, status))
    if doc.get("fiscal_year"):
        year = info.fiscal_year if info else None
        status = "missing" if year is None else "found" if year == doc["fiscal_year"] else "wrong"
        out.append(IdentityOutcome(doc["file"], "fiscal_year", doc["fiscal_year"], year, status))
    if doc_type := EXPECTED_DOC_TYPES.get(doc.get("doc_type") or ""):
        got_type = info.doc_type if info else None
        status = "missing" if got_type is None else "found" if got_type == doc_type else "wrong"
        out.append(IdentityOutcome(doc["file"], "doc_type", doc_type, got_type, status))
    return out


def summarise(outcomes: Iterable[Outcome], key) -> dict[str, tuple[int, int, int]]:
    """key → (facts, found, wrong)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for o in outcomes:
        row = table[key(o)]
        row[0] += 1
        row[1] += o.status == "found"
        row[2] += o.status == "wrong"
    return {k: (v[0], v[1], v[2]) for k, v in sorted(table.items())}


def _print_identity(original: list[IdentityOutcome], reprinted: list[IdentityOutcome], misses: bool) -> None:
    """A re-printing's or re-wording's identity: found / wrong of each field (and the change from the original's
    found), and with ``misses`` each one not found that the original finds."""
    parts = []
    for field in ("department", "fiscal_year", "doc_type"):
        rows = [o for o in reprinted if o.field == field]
        found = sum(o.status == "found" for o in rows)
        before = sum(o.status == "found" for o in original if o.field == field)
        wrong = sum(o.status == "wrong" for o in rows)
        parts.append(f"{field} {found}/{len(rows)} ({found - before:+d}) {wrong} wrong")
    print("    identity: " + ", ".join(parts))
    if misses:
        was = {(o.file, o.field): o.status for o in original}
        for o in reprinted:
            if o.status != "found" and was.get((o.file, o.field)) == "found":
                print(f"    {o.status:8} {o.file[:40]} {o.field} = {o.expected} {o.got or ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every fact not found")
    parser.add_argument("--root", type=Path, default=REAL_DOCUMENTS)
    parser.add_argument("--variants", action="store_true", help="also score re-printings of the corpus")
    parser.add_argument("--wordings", action="store_true",
                        help="also score re-wordings of the corpus (benchmarks/reprints.WORDINGS)")
    parser.add_argument("--run-together", action="store_true",
                        help="also score the tables run together (benchmarks/reprints.RUN_TOGETHER: precision)")
    parser.add_argument("--identity", action="store_true", help="also score each document's department, year and kind"
                        " (with --variants / --wordings: in each re-printing and re-wording too)")
    parser.add_argument("--only", help="only the re-printings and re-wordings whose name holds this")
    args = parser.parse_args(argv)
    outcomes, original = read_corpus(args.root)
    for title, key in (("document", lambda o: o.file[:40]), ("section", lambda o: o.section)):
        print(f"\n{title:<42} facts found wrong recall")
        for name, (n, found, wrong) in summarise(outcomes, key).items():
            print(f"{name:<42} {n:>5} {found:>5} {wrong:>5} {found / n:>6.0%}")
    total = len(outcomes)
    found = sum(o.status == "found" for o in outcomes)
    wrong = sum(o.status == "wrong" for o in outcomes)
    rejected = len({o.file for o in outcomes if o.status == "rejected"})
    print(f"\nall: {found}/{total} found ({found / total:.1%}), {wrong} wrong, {rejected} files rejected")
    if untyped := sum(o.status == "untyped" for o in outcomes):
        print(f"(of the facts not found, {untyped} targets and actuals are read as stated figures, without their "
              "indicator type)")
    if args.identity:
        identity = score_identity(args.root)
        for field in ("department", "fiscal_year", "doc_type"):
            rows = [o for o in identity if o.field == field]
            counts = {status: sum(o.status == status for o in rows) for status in ("found", "missing", "wrong")}
            print(f"{field}: {counts['found']}/{len(rows)} found, {counts['missing']} missing, {counts['wrong']} wrong")
        if args.misses:
            for o in identity:
                if o.status != "found":
                    print(f"{o.status:8} {o.file[:40]} {o.field} = {o.expected} {o.got or ''}")
    else:
        identity = []
    if args.variants:
        for name in VARIANTS:
            if args.only and args.only not in name:
                continue
            infos: Infos = {}
            reprinted, figures = read_corpus(args.root, name, infos)
            print(f"{name}: {sum(o.status == 'found' for o in reprinted)}/{len(reprinted)} found, "
                  f"{sum(o.status == 'wrong' for o in reprinted)} wrong, "
                  f"{len(disagreements(original, figures))} figures read otherwise than in the original")
            if args.identity:
                _print_identity(identity, score_identity(args.root, name, infos), args.misses)
    if args.run_together:
        for name in RUN_TOGETHER:
            glued, figures = read_corpus(args.root, name)
            print(f"{name}: {sum(o.status == 'found' for o in glued)}/{len(glued)} found, "
                  f"{sum(o.status == 'wrong' for o in glued)} wrong, "
                  f"{len(disagreements(original, figures))} figures read otherwise than in the original")
    if args.wordings:
        for name in WORDINGS:
            if args.only and args.only not in name:
                continue
            infos = {}
            reworded, figures = read_corpus(args.root, name, infos)
            lost = found - sum(o.status == "found" for o in reworded)
            # (an indicator's target or actual is its text as printed: reworded with it, never a disagreement)
            otherwise = [d for d in disagreements(original, figures) if not re.search(r" (?:target|actual): \[", d)]
            print(f"{name}: {sum(o.status == 'found' for o in reworded)}/{len(reworded)} found ({-lost:+d}), "
                  f"{sum(o.status == 'wrong' for o in reworded)} wrong, "
                  f"{len(otherwise)} figures read otherwise than in the original")
            if args.identity:
                _print_identity(identity, score_identity(args.root, name, infos), args.misses)
    if args.misses:
        for o in outcomes:
            if o.status != "found":
                print(f"{o.status:8} {o.file[:28]} L{o.line} {o.section}/{o.field} {o.item} = {o.value} {o.got or ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

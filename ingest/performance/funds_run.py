"""A funds block whose cells ran together with no separators, split by its arithmetic.

A document site's text of a Word or PDF 自评表 loses every cell separator of the funds block: its
header's cells, then each row's label and its figures' digits glued (``全年预算数(A)全年执行数(B)预算执行率
(B/A)年度资金总额:21182118100%其中:中央财政资金21182118100%``, ``预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)
年度财政资金总额1.561.56120``). The header's cells name the columns in order (:data:`HEADER_RE`); a row is a
funds label (:func:`~ingest.performance.funds_block.label_sources`) and the run of digits after it.

The digits are split into one number per column only where exactly one split holds (:func:`splits`):

- no number opens with a 0 before another digit, and the amounts print the same number of decimals;
- 执行率 = 执行数 / 预算数 to the rate's printed precision (at most half a percentage point), the rate
  printed with its % or as a fraction (``1``, ``0.955``), and nothing executed is no reading;
- 执行数 ≤ 预算数 × 1.5;
- 得分 ≤ its 分值 (the 分值 cell, or the points a header's ``得分(20分*执行率)`` prints, where the 得分 is
  those points times the rate), at most 100.

A 其中 row may leave its 分值 and 得分 empty: its splits with and without them are counted together. A dash
in the run (``其中:当年财政拨款110011001100—100%—``) holds an empty column's place: the digits before it fill the
columns before that one (1100 | 1100 | 1100 | — | 100% | —), never the columns after it. A
row with no split or several is left out with a parse warning (a wrong figure is worse than a missing one).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from ingest.performance.funds_block import MAX_LABEL_CHARS, BlockRow, FundsBlock, column_role, label_sources
from ingest.performance.run_together import money_unit
from ingest.text import Line

# A header cell run together with the others: its words (年初 / 全年 / 预算 …, then the column's noun) and
# its bracket (全年预算数(A), 预算执行率(B/A×100%), 得分(20分*执行率)).
# (自评得分 the 得分 column as a sheet words it)
HEADER_CELL = (
    r"(?:年初|全年|调整后|当年|自评)?(?:预算|转移支付)?(?:预算数|执行数|执行率|分值|权重|得分)(?:\([^()]{0,16}\))?"
)
# The header right before a row's label: three cells or more, the last ending the text searched.
HEADER_RE = re.compile(rf"(?:{HEADER_CELL}){{3,}}$")
HEADER_CELL_RE = re.compile(HEADER_CELL)
# The points a 得分 column's header prints for the rate (得分(20分*执行率), 得分(10分×执行率)).
SCORE_POINTS_RE = re.compile(r"得分\((?P<points>\d{1,3})分?[*×xX]执行率\)")
# The first funds label of the rows, its figures' digits right after it.
FIRST_LABEL_RE = re.compile(r"(?:年度|项目)?(?:财政)?资金总额[:]?(?:\((?:万元|元)\))?[:]?(?=\d)")
# A row's run of digits: digits, points and %, to the next label (no comma: a separator or a thousands' mark);
# an amount may keep its unit glued after it (``10万10万100%20``: 预算数 10万, 执行数 10万, 100%, 20).
DIGITS_RE = re.compile(r"\d[\d.%—–―/-]*(?:(?:万元|万|元)\d[\d.%—–―/-]*)*(?:万元|万)?")
# A dash (or slash) in a run: an empty column's place (:func:`_split`).
DASHES = frozenset("—–―/-")
# The unit glued after an amount of a run: it ends that amount's cell.
GLUED_UNIT_RE = re.compile(r"万元|万|元")
DIGIT_RE = re.compile(r"\d")
# A number as a cell prints it: no 0 before another digit.
NUMBER_RE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
# How far before the header its caption may declare the unit (资金投入情况(万元), 预算执行情况(万元)(20分)); a
# header cell's own (全年预算数(万元)) counts too.
CAPTION_CHARS = 24
# The header is looked for in so many characters before the first label.
HEADER_CHARS = 160
MONEY_ROLES = ("initial", "full_year", "executed")
POINT_ROLES = ("weight", "score")
MAX_OVERSPEND = Decimal("1.5")  # 执行数 ≤ 预算数 × 1.5
MAX_POINTS, HUNDRED, HALF = Decimal(100), Decimal(100), Decimal("0.5")
WIDEST_RATE_HALF = Decimal("0.5")  # a rate's precision, in percentage points, at its widest
EPSILON = Decimal("0.0001")


def read_run_together_block(lines: Sequence[Line]) -> FundsBlock | None:
    """The funds block of ``lines`` printed run together (see the module docstring), or None where its
    header and first row are not so printed."""
    text = "".join(line.compact for line in lines)
    label = FIRST_LABEL_RE.search(text)
    if label is None:
        return None
    header = HEADER_RE.search(text, max(0, label.start() - HEADER_CHARS), label.start())
    if header is None:
        return None
    cells = HEADER_CELL_RE.findall(header.group())
    roles = [column_role(cell) for cell in cells]
    if None in roles or len(set(roles)) != len(roles) or "executed" not in roles or "rate" not in roles:
        return None
    if not {"initial", "full_year"} & set(roles):
        return None
    unit = money_unit(text[max(0, header.start() - CAPTION_CHARS) : header.end()])  # (caption or header)
    ends = list(itertools.accumulate(len(line.compact) for line in lines))

    def line_at(at: int) -> Line:
        return lines[min(next(i for i, end in enumerate(ends) if at < end), len(lines) - 1)]

    block = FundsBlock(header_line=line_at(header.start()), unit=unit or "万元")
    points = SCORE_POINTS_RE.search(header.group())
    score_points = Decimal(points.group("points")) if points else None
    position = label.start()
    while position < len(text):
        first = DIGIT_RE.search(text, position, position + MAX_LABEL_CHARS + 1)  # (a label's length at most)
        digits = DIGITS_RE.match(text, first.start()) if first is not None else None
        if digits is None:
            break
        found = label_sources(text[position : digits.start()])
        if found is None:
            break
        source, name = found[-1]  # (labels run together: the rows before the last print no figures)
        line = line_at(position)
        run = digits.group()
        position = digits.end()
        if unit is None:
            block.notes.append((line, source, f"funds row {name} run together under a header whose unit is not "
                                "printed; left out", run))
            continue
        run, glued = _unglued(run)
        if glued and not all(unit == ("万元" if u == "万" else u) for u in glued.values()):  # (万: 万元 clipped)
            block.notes.append((line, source, f"funds row {name}: the unit glued to its amounts is not the "
                                "header's; left out", digits.group()))
            continue
        readings = set(splits(run, roles, score_points))
        if source != "total" and set(POINT_ROLES) & set(roles):
            readings |= set(splits(run, [r for r in roles if r not in POINT_ROLES], score_points))
        if glued:  # the glued units end the amounts' cells: only a split ending them there holds
            readings = {r for r in readings if _money_ends(r, roles) == set(glued)}
        if len(readings) != 1:
            block.notes.append((line, source, f"funds row {name}: its run-together digits split "
                                + ("several ways" if readings else "no way") + " under the header's columns "
                                "(执行率 = 执行数 / 预算数); left out", run))
            continue
        reading = dict(next(iter(readings)))
        starts = {role: at + sum(len(u) for end, u in glued.items() if end <= at - digits.start())
                  for role, at in _starts(run, reading, roles, digits.start()).items()}
        block.rows.append(BlockRow(
            label=name, source=source, line=line,
            figures={role: _shown(role, cell) for role, cell in reading.items() if cell not in DASHES},
            lines={role: line_at(at).number for role, at in starts.items() if reading[role] not in DASHES},
        ))
    return block if block.rows or block.notes else None


def _unglued(run: str) -> tuple[str, dict[int, str]]:
    """``run`` without the units glued to its amounts, and where each stood (its cell's end in the
    run without them) with the unit as printed."""
    ends: dict[int, str] = {}
    parts: list[str] = []
    at = removed = 0
    for match in GLUED_UNIT_RE.finditer(run):
        parts.append(run[at : match.start()])
        ends[match.start() - removed] = match.group()
        removed += len(match.group())
        at = match.end()
    parts.append(run[at:])
    return "".join(parts), ends


def _money_ends(reading: tuple[tuple[str, str], ...], roles: Sequence[str]) -> set[int]:
    """Where the money cells of a split end in its run."""
    ends: set[int] = set()
    at = 0
    for role, cell in reading:
        at += len(cell)
        if role in MONEY_ROLES:
            ends.add(at)
    return ends


def _shown(role: str, cell: str) -> str:
    """A cell's text as the funds rows' records read it: a fraction rate (``1``, ``0.955``) in percent."""
    if role != "rate" or cell.endswith("%"):
        return cell
    return format(Decimal(cell).scaleb(2), "f") + "%"


def _starts(run: str, reading: dict[str, str], roles: Sequence[str], offset: int) -> dict[str, int]:
    """Where each cell of ``reading`` starts in the text (its digits in the columns' order)."""
    out: dict[str, int] = {}
    at = 0
    for role in roles:
        if role in reading:
            out[role] = offset + at
            at += len(reading[role])
    return out


def splits(
    run: str, roles: Sequence[str], score_points: Decimal | None = None
) -> Iterator[tuple[tuple[str, str], ...]]:
    """Every split of ``run`` into one cell per role that holds (see the module docstring), each as
    (role, cell text) pairs in the columns' order."""
    yield from _split(run, 0, tuple(roles), (), score_points)


def _split(
    run: str, at: int, roles: tuple[str, ...], done: tuple[tuple[str, str], ...], score_points: Decimal | None
) -> Iterator[tuple[tuple[str, str], ...]]:
    if not roles:
        if at == len(run) and _holds(dict(done), score_points):
            yield done
        return
    role, rest = roles[0], roles[1:]
    if at < len(run) and run[at] in DASHES:  # an empty column's place: this column's cell is the dash
        yield from _split(run, at + 1, rest, (*done, (role, run[at])), score_points)
        return
    number = NUMBER_RE.match(run, at)
    if number is None:
        return
    places = next((_places(cell) for r, cell in done if r in MONEY_ROLES and cell not in DASHES), None)
    for end in range(at + 1, number.end() + 1):
        cell = run[at:end]
        if cell.endswith(".") or NUMBER_RE.fullmatch(cell) is None:
            continue
        if role == "rate" and end < len(run) and run[end] == "%":
            yield from _split(run, end + 1, rest, (*done, (role, cell + "%")), score_points)
        if "%" in run[end : end + 1]:
            continue  # (a % ends the rate's cell only)
        if role in MONEY_ROLES and places is not None and _places(cell) != places:
            continue  # the amounts print as many decimals
        if role in POINT_ROLES and Decimal(cell) > MAX_POINTS:
            continue
        if role == "rate" and Decimal(cell) > MAX_OVERSPEND:
            continue  # a fraction's rate (1, 0.955): at most 1.5
        yield from _split(run, end, rest, (*done, (role, cell)), score_points)


def _places(cell: str) -> int:
    return len(cell) - cell.index(".") - 1 if "." in cell else 0


def _half(cell: str) -> Decimal:
    """Half the value of a cell's last printed digit (``14.56`` → 0.005)."""
    return HALF.scaleb(-_places(cell.rstrip("%")))


def _holds(reading: dict[str, str], score_points: Decimal | None) -> bool:
    """Whether a split's cells hold: 执行率 = 执行数 / 预算数 (against the 全年预算数, or the 年初预算数) to the
    rate's precision, something executed, 执行数 ≤ 预算数 × 1.5, and 得分 ≤ 分值 (× the rate, under a header
    printing its points); a column a dash leaves empty holds nothing."""
    reading = {role: cell for role, cell in reading.items() if cell not in DASHES}
    if "executed" not in reading or "rate" not in reading:
        return False
    executed, rate_cell = reading["executed"], reading["rate"]
    rate, rate_half = _percent(rate_cell)
    e, he = Decimal(executed), _half(executed)
    if not e or not rate:
        return False
    budgets = [reading[role] for role in ("full_year", "initial") if role in reading]
    if not any(_rate_agrees(budget, e, he, rate, rate_half) for budget in budgets):
        return False
    weight = Decimal(reading["weight"]) if "weight" in reading else score_points
    if "score" in reading:
        score, half = Decimal(reading["score"]), _half(reading["score"])
        if score > (weight if weight is not None else MAX_POINTS):
            return False
        if score_points is not None and "weight" not in reading:
            low, high = score_points * (rate - rate_half) / HUNDRED, score_points * (rate + rate_half) / HUNDRED
            if score + half + EPSILON < low or score - half - EPSILON > min(high, score_points):
                return False
    return not ("weight" in reading and not Decimal(reading["weight"]))


def _percent(cell: str) -> tuple[Decimal, Decimal]:
    """A rate cell in percent and half its precision: ``95.5%`` → 95.5 ± 0.05, a fraction ``1`` → 100 ± 0.5
    (a fraction printed without decimals is read no looser than a whole percent)."""
    if cell.endswith("%"):
        return Decimal(cell[:-1]), _half(cell)
    return Decimal(cell).scaleb(2), min(_half(cell).scaleb(2), WIDEST_RATE_HALF)


def _rate_agrees(budget: str, e: Decimal, he: Decimal, rate: Decimal, rate_half: Decimal) -> bool:
    """Whether ``rate`` (± ``rate_half``) is 执行数 / 预算数, each amount ± half its last digit, and the
    execution at most 1.5 times the budget."""
    b, hb = Decimal(budget), _half(budget)
    if b <= hb or e > b * MAX_OVERSPEND:
        return False
    low, high = (e - he) / (b + hb) * HUNDRED, (e + he) / (b - hb) * HUNDRED
    return low <= rate + rate_half + EPSILON and high >= rate - rate_half - EPSILON

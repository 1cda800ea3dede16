"""Generate a national-size synthetic corpus from the four bundled sample documents.

Every synthetic document is one of the samples (Changji ``markdown_tsv``, Maoxian
``cell_per_line``, Zengdu ``hard_wrapped`` final accounts, Bazhou performance targets) published
by another department (部门) of another real region for another fiscal year:

- names: the sample's region and department are replaced by a real prefecture, county or
  district (``_regions.py``) and one of ~24 sectors (教育局, 民政局 …);
- years: 2022 → the new year, 2021 → the year before, and so on;
- money: every figure printed with 万元/元, and the unit-less money cells of the project
  funding rows (年度资金总额, 其中：财政资金 …) and of the performance-target task table, is
  multiplied by one factor ``k`` per document and printed back with its own decimals and
  thousands separator. Shares, growth rates, execution rates and scores are ratios and stay.
  Rounding moves a sum by at most half a unit of the last printed digit per figure, the
  precision the document itself states — reconciliation tolerances follow that precision;
- sections: narrative sections (一、…十一、) are swapped or dropped now and then;
- layouts: tables are re-rendered in one of the three layouts (a TSV row per line, one cell per
  tab-indented line, or space-separated hard-wrapped text with the narrative wrapped too);
- errors: with ``--plant-errors RATE`` a document gets one known slip (a total, a component or
  an execution rate changed) that breaks one reconciliation rule.

``DIR/manifest.jsonl`` has one line per document: file, template, identity, scale factor,
layout, sections dropped/swapped and the planted error (rule, figure, old → new, line).
The output is a pure function of ``--seed``: the same seed gives byte-identical files, and
the first N documents of a larger corpus are the N documents of the smaller one.

    python -m benchmarks.make_corpus --n 1000 --seed 7 --out /tmp/juesuan-bench/n1000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._regions import SECTORS, Region, regions_at

SAMPLES = Path(__file__).resolve().parent.parent / "sample_documents"
SAMPLE_YEAR = 2022
YEARS = (2019, 2020, 2021, 2022, 2023, 2024)
SCALE_RANGE = (0.6, 3.0)  # k: every money figure of a document × k
LAYOUTS = ("markdown_tsv", "cell_per_line", "hard_wrapped")
NATIVE_LAYOUT_SHARE = 0.6  # the rest is split over the other layouts
SWAP_SHARE = 0.3  # documents with two adjacent narrative sections swapped
DROP_SHARE = 0.3  # documents with one optional narrative section dropped
WRAP_WIDTH = 30  # characters per line of hard-wrapped text (Zengdu wraps at ~27)
MARK = "\ue000"  # private-use sentinel that tracks the planted figure through re-layout

# Money: a number printed before 万元 / 元 (万 and 元 may be split by a hard wrap).
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY_RE = re.compile(rf"(?<![\d.,])({NUMBER})(?=[ \t]*(?:万[ \t\n]*元|元))")
# A year between 2010 and 2029 standing alone (not part of a code, an amount or a count).
YEAR_RE = re.compile(r"(?<![\d.,A-Za-z])(20[12]\d)(?![\d.,%％]|\s*(?:万|元|人|个|件|次|户|辆|项))")
CELL_NUMBER_RE = re.compile(rf"^\s*({NUMBER})\s*$")
NOT_SCALED_BEFORE = ("单价",)  # thresholds such as 单价 100 万元以上 are rules, not money
# First cell of a project funding row (项目资金 / 预算执行情况): its first three numbers are money.
FUNDING_LABELS = frozenset(
    {
        "年度资金总额",
        "其中：当年财政拨款",
        "上年结转资金",
        "其他资金",
        "总额",
        "其中：财政资金",
        "财政专户管理资金",
        "单位资金",
    }
)
HEADING_RE = re.compile(r"^\s*([一二三四五六七八九十]{1,3})、\S")
BARRIER_RE = re.compile(r"^\s*第[一二三四五六七八九十]+部分")
DROPPABLE = ("政府性基金", "国有资本", "其他重要事项", "预算绩效", "名词解释")


@dataclass(frozen=True)
class Plant:
    """A known slip to plant: the figure matched by ``pattern`` (group ``v``) is changed."""

    rule: str
    figure: str
    pattern: str
    kind: str = "money"  # money / percent


@dataclass(frozen=True)
class Template:
    """One bundled sample and how to re-publish it."""

    key: str
    file: str
    doc_type: str
    admin_level: str
    layout: str  # native layout
    slug_doc_type: str
    identity: Callable[[Region, tuple[str, str, str]], dict[str, str]]
    plants: tuple[Plant, ...]
    task_table: bool = False  # performance-target task rows end in three money cells
    sections: bool = True  # narrative sections may be swapped/dropped

    def text(self) -> str:
        return (SAMPLES / self.file).read_text(encoding="utf-8")


def printed_name(template: str, region: Region, sector: tuple[str, str, str]) -> str:
    """The department's name as the document's title prints it (the way its sample does)."""
    county = region.county or ""
    if template in ("changji", "bazhou"):  # 新疆昌吉州人力资源和社会保障局
        return f"{region.province_short}{region.prefecture}{sector[0]}"
    if template == "maoxian":  # 四川省阿坝州茂县人力资源和社会保障局
        return f"{region.province}{region.prefecture}{county}{sector[0]}"
    return f"{county}{sector[0]}"  # zengdu: 曾都区人力资源和社会保障局


def _changji(region: Region, sector: tuple[str, str, str]) -> dict[str, str]:
    return {
        "新疆昌吉州人力资源和社会保障局": f"{region.province_short}{region.prefecture}{sector[0]}",
        "昌吉州": region.prefecture,
        "昌吉": region.prefecture_short,  # 昌吉日报
        "新疆": region.province_short,
        "人力资源和社会保障局": sector[0],
        "人社局": sector[0],
    }


def _bazhou(region: Region, sector: tuple[str, str, str]) -> dict[str, str]:
    return {
        "新疆巴州人力资源和社会保障局": f"{region.province_short}{region.prefecture}{sector[0]}",
        "巴州": region.prefecture,
        "新疆": region.province_short,
        "人力资源和社会保障局": sector[0],
    }


def _maoxian(region: Region, sector: tuple[str, str, str]) -> dict[str, str]:
    county = region.county or ""
    return {
        "四川省阿坝州茂县": f"{region.province}{region.prefecture}{county}",
        "阿坝州": region.prefecture,
        "茂县": county,
        "四川省": region.province,
        "四川": region.province_short,
        "人力资源和社会保障局": sector[0],
        "人力资源社会保障局": sector[0],
        "人社局": sector[0],
    }


def _zengdu(region: Region, sector: tuple[str, str, str]) -> dict[str, str]:
    county = region.county or ""
    return {
        "湖北省随州市曾都区": f"{region.province}{region.prefecture}{county}",
        "随州市曾都区": f"{region.prefecture}{county}",
        "曾都区": county,
        "随州市": region.prefecture,
        "随州": region.prefecture_short,
        "湖北省": region.province,
        "湖北": region.province_short,
        "人力资源和社会保障局": sector[0],
        "人社局": sector[0],
    }


TEMPLATES: tuple[Template, ...] = (
    Template(
        key="changji",
        file="changji-prefecture-hrss-2022-final-account.txt",
        doc_type="final_account",
        admin_level="prefecture",
        layout="markdown_tsv",
        slug_doc_type="final-account",
        identity=_changji,
        plants=(
            Plant("R01", "支出总计", r"本年支出总计\s*(?P<v>[\d,]+\.\d+)\s*万元"),
            Plant("R04", "其他收入", r"其他收入\s*(?P<v>[\d,]+\.\d+)\s*万元"),
            Plant("R09", "公务接待费", r"公务接待费支出\s*(?P<v>[\d,]+\.\d+)\s*万元"),
            Plant("R13", "政府采购货物支出", r"政府采购货物支出\s*(?P<v>[\d,]+\.\d+)\s*万元"),
            Plant(
                "R11",
                "执行率",
                r"年度资金总额\t[\d.,]+\t[\d.,]+\t[\d.,]+\t\d+\t(?P<v>\d+\.\d+)%",
                kind="percent",
            ),
        ),
    ),
    Template(
        key="maoxian",
        file="maoxian-county-hrss-2022-final-account.txt",
        doc_type="final_account",
        admin_level="county",
        layout="cell_per_line",
        slug_doc_type="final-account",
        identity=_maoxian,
        plants=(
            Plant("R05", "基本支出", r"基本支出(?P<v>[\d.]+)万元"),
            Plant("R09", "公务接待费", r"公务接待费支出决算(?P<v>[\d.]+)万元"),
            Plant("R07", "住房保障支出（类）", r"住房保障支出（类）(?P<v>[\d.]+)万元"),
        ),
    ),
    Template(
        key="zengdu",
        file="zengdu-district-hrss-2022-final-account.txt",
        doc_type="final_account",
        admin_level="district",
        layout="hard_wrapped",
        slug_doc_type="final-account",
        identity=_zengdu,
        plants=(
            Plant("R05", "基本支出", r"基本支出\s*(?P<v>[\d.]+)\s*万元"),
            Plant("R04", "其他收入", r"其他收入\s*(?P<v>[\d.]+)\s*万元"),
            Plant("R08", "公用经费", r"公用经费\s*(?P<v>[\d.]+)\s*万元"),
        ),
    ),
    Template(
        key="bazhou",
        file="bazhou-prefecture-hrss-2022-performance-targets.txt",
        doc_type="performance_target",
        admin_level="prefecture",
        layout="markdown_tsv",
        slug_doc_type="performance-targets",
        identity=_bazhou,
        plants=(Plant("R15", "任务预算总额", r"(?m)\t(?P<v>\d+(?:\.\d+)?)\t\d+(?:\.\d+)?\t\d+(?:\.\d+)?[ \t]*$"),),
        task_table=True,
        sections=False,
    ),
)
TEMPLATE_BY_KEY = {t.key: t for t in TEMPLATES}


# --- figures ------------------------------------------------------------------------------
def format_like(value: Decimal, original: str) -> str:
    """``value`` printed the way ``original`` was: same decimals, thousands separator if it had one."""
    decimals = len(original.split(".")[1]) if "." in original else 0
    q = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    if "," in original:
        return f"{q:,.{decimals}f}"
    return f"{q:.{decimals}f}"


def scale_figure(original: str, k: Decimal) -> str:
    """One printed money figure × k, printed back with its own precision."""
    return format_like(Decimal(original.replace(",", "")) * k, original)


def scale_money(text: str, k: Decimal) -> str:
    """Every figure followed by 万元/元 × k (except thresholds such as 单价 100 万元以上)."""

    def repl(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 4) : m.start()].rstrip()
        if before.endswith(NOT_SCALED_BEFORE):
            return m.group(1)
        return scale_figure(m.group(1), k)

    return MONEY_RE.sub(repl, text)


def shift_years(text: str, year: int) -> str:
    """2022 → ``year``, 2021 → ``year`` − 1 …: every standalone year moves by the same delta."""
    delta = year - SAMPLE_YEAR
    if delta == 0:
        return text
    return YEAR_RE.sub(lambda m: str(int(m.group(1)) + delta), text)


def _scale_cells(cells: list[str], k: Decimal, count: int, *, from_end: bool = False) -> list[str]:
    """Scale the first (or last) ``count`` numeric cells of a row."""
    order = range(len(cells) - 1, -1, -1) if from_end else range(len(cells))
    done = 0
    out = list(cells)
    for i in order:
        if done == count:
            break
        m = CELL_NUMBER_RE.match(out[i])
        if m:
            out[i] = out[i].replace(m.group(1), scale_figure(m.group(1), k))
            done += 1
    return out


def scale_table_cells(text: str, k: Decimal, *, task_table: bool) -> str:
    """Money cells printed without a unit (the column header says 万元).

    A TSV row whose first cell is a funding label (年度资金总额 …): its first three numbers;
    a cell-per-line row (tab-indented lines up to a blank line) starting with one: likewise;
    a performance-target task row (``task_table``): its last three cells.
    """
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            cells = line.split("\t")
            nonempty = [c.strip() for c in cells if c.strip()]
            if len(nonempty) > 1 and nonempty[0] in FUNDING_LABELS:
                lines[i] = "\t".join(_scale_cells(cells, k, 3))
            elif len(nonempty) == 1 and nonempty[0] in FUNDING_LABELS and line.startswith("\t"):
                j = i + 1
                row_end = j
                while row_end < len(lines) and lines[row_end].startswith("\t"):
                    row_end += 1
                block = _scale_cells([c[1:] for c in lines[j:row_end]], k, 3)
                lines[j:row_end] = ["\t" + c for c in block]
                i = row_end
                continue
            elif task_table and len(nonempty) >= 4 and all(CELL_NUMBER_RE.match(c) for c in nonempty[-3:]):
                lines[i] = "\t".join(_scale_cells(cells, k, 3, from_end=True))
        i += 1
    return "\n".join(lines)


def replace_identity(text: str, mapping: dict[str, str]) -> str:
    """Replace every old name by its new one in one pass, longest name first."""
    keys = sorted(mapping, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


# --- sections -----------------------------------------------------------------------------
def _section_blocks(lines: list[str]) -> list[list[tuple[int, int]]]:
    """Runs of sibling narrative sections (一、… up to the next 一、… or 第X部分), as
    ``(start, end)`` line ranges, grouped by the part (第X部分) they belong to."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        barrier = bool(BARRIER_RE.match(line))
        heading = bool(HEADING_RE.match(line)) and len(line.strip()) <= 40
        if barrier or heading:
            if start is not None:
                current.append((start, i))
                start = None
            if barrier:
                if current:
                    groups.append(current)
                current = []
                continue
            start = i
    if start is not None:
        current.append((start, len(lines)))
    if current:
        groups.append(current)
    return groups


def rearrange_sections(text: str, rng: random.Random) -> tuple[str, list[str], list[str]]:
    """Maybe swap two adjacent narrative sections and maybe drop an optional one."""
    lines = text.split("\n")
    groups = [g for g in _section_blocks(lines) if len(g) >= 2]
    swapped: list[str] = []
    dropped: list[str] = []
    if not groups:
        return text, swapped, dropped
    new_order: dict[tuple[int, int], list[tuple[int, int]]] = {}
    if rng.random() < SWAP_SHARE:
        group = rng.choice(groups)
        i = rng.randrange(len(group) - 1)
        a, b = group[i], group[i + 1]
        new_order[a] = [b, a]
        new_order[b] = []
        swapped = [lines[a[0]].strip(), lines[b[0]].strip()]
    if rng.random() < DROP_SHARE:
        candidates = [
            blk for g in groups for blk in g if any(w in lines[blk[0]] for w in DROPPABLE) and blk not in new_order
        ]
        if candidates:
            blk = rng.choice(candidates)
            new_order[blk] = []
            dropped = [lines[blk[0]].strip()]
    if not new_order:
        return text, swapped, dropped
    out: list[str] = []
    skip_until = -1
    blocks = {blk[0]: blk for g in groups for blk in g}
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        blk = blocks.get(i)
        if blk is not None and blk in new_order:
            for a, b in new_order[blk]:
                out.extend(lines[a:b])
            skip_until = blk[1]
            continue
        out.append(line)
    return "\n".join(out), swapped, dropped


# --- layouts ------------------------------------------------------------------------------
def tsv_to_cell_per_line(text: str) -> str:
    """Each TSV row becomes one tab-indented line per cell, rows separated by a blank line."""
    out: list[str] = []
    for line in text.split("\n"):
        if "\t" in line and line.strip():
            out.extend("\t" + cell for cell in line.split("\t"))
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def cell_per_line_to_tsv(text: str) -> str:
    """Runs of tab-indented cell lines (up to a blank line) become one TSV row."""
    out: list[str] = []
    row: list[str] = []
    for line in text.split("\n"):
        if line.startswith("\t"):
            row.append(line[1:])
            continue
        if row:
            out.append("\t".join(row))
            row = []
        out.append(line)
    if row:
        out.append("\t".join(row))
    return "\n".join(out)


def _can_break(text: str, pos: int) -> bool:
    """A wrap never splits a number or a number from its unit."""
    keep = "0123456789.,%％万元" + MARK
    return not (text[pos - 1] in keep and text[pos] in keep)


def _wrap_line(line: str, width: int) -> list[str]:
    pieces: list[str] = []
    rest = line
    while len(rest) > width:
        cut = width
        while cut < len(rest) and not _can_break(rest, cut):
            cut += 1
        if cut >= len(rest):
            break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def hard_wrap(text: str, width: int = WRAP_WIDTH) -> str:
    """PDF-copy style: table cells joined by spaces, long lines wrapped with blank lines between."""
    out: list[str] = []
    for line in cell_per_line_to_tsv(text).split("\n"):
        if "\t" in line:
            line = " ".join(c.strip() for c in line.split("\t") if c.strip())
        if len(line) <= width:
            out.append(line)
            continue
        out.append("\n\n".join(_wrap_line(line, width)))
    return "\n".join(out)


def relayout(text: str, native: str, target: str) -> str:
    """Render the tables (and for ``hard_wrapped`` the narrative too) in ``target`` layout."""
    if native == target:
        return text
    if target == "hard_wrapped":
        return hard_wrap(text)
    if target == "cell_per_line":
        return tsv_to_cell_per_line(text)
    return cell_per_line_to_tsv(text)


# --- errors -------------------------------------------------------------------------------
def _changed_figure(old: str, kind: str) -> str:
    if kind == "percent":
        value = Decimal(old)
        return format_like(value - Decimal("7.5") if value > 10 else value + Decimal("7.5"), old)
    value = Decimal(old.replace(",", ""))
    return format_like(value * Decimal("1.1") + 1, old)


def plant_error(text: str, template: Template, rng: random.Random) -> tuple[str, dict[str, str] | None]:
    """Change one figure so that one reconciliation rule fails; the changed figure is marked."""
    plants = list(template.plants)
    rng.shuffle(plants)
    for plant in plants:
        m = re.search(plant.pattern, text)
        if not m:
            continue
        old = m.group("v")
        new = _changed_figure(old, plant.kind)
        start, end = m.span("v")
        planted = {"rule": plant.rule, "figure": plant.figure, "old": old, "new": new}
        return text[:start] + MARK + new + text[end:], planted
    return text, None


# --- documents ----------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentPlan:
    """Everything that decides one synthetic document; drawn from the corpus seed."""

    index: int
    template: str
    region: Region
    sector: tuple[str, str, str]
    fiscal_year: int
    seed: int

    @property
    def file(self) -> str:
        t = TEMPLATE_BY_KEY[self.template]
        name = f"{self.region.slug}-{self.region.admin_level}-{self.sector[2]}-{self.fiscal_year}-{t.slug_doc_type}.txt"
        return f"{self.region.province_slug}/{name}"


@dataclass
class Generated:
    file: str
    text: str
    manifest: dict[str, object] = field(default_factory=dict)


def plan_corpus(n: int, seed: int) -> Iterator[DocumentPlan]:
    """N distinct (template, region, sector, year) choices; the first N of a larger corpus are
    the N of a smaller one with the same seed."""
    rng = random.Random(f"juesuan-corpus/{seed}")
    pools = {t.key: regions_at(t.admin_level) for t in TEMPLATES}
    seen: set[tuple[str, str, str, int]] = set()
    made = 0
    while made < n:
        template = rng.choice(TEMPLATES)
        region = rng.choice(pools[template.key])
        sector = rng.choice(SECTORS)
        year = rng.choice(YEARS)
        key = (template.doc_type, region.slug, sector[2], year)
        if key in seen:
            continue
        seen.add(key)
        yield DocumentPlan(made, template.key, region, sector, year, rng.getrandbits(32))
        made += 1


def _scale_factor(rng: random.Random) -> Decimal:
    low, high = SCALE_RANGE
    return Decimal(str(round(rng.uniform(low, high), 3)))


def render(
    plan: DocumentPlan, plant_rate: float, template_text: str | None = None, *, layout: str | None = None
) -> Generated:
    """Write one document's text from its plan (pure: same plan → same bytes); ``layout``
    overrides the layout the plan's seed would choose."""
    template = TEMPLATE_BY_KEY[plan.template]
    rng = random.Random(plan.seed)
    k = _scale_factor(rng)
    others = [lay for lay in LAYOUTS if lay != template.layout and template.layout != "hard_wrapped"]
    chosen = template.layout
    if others and rng.random() >= NATIVE_LAYOUT_SHARE:
        chosen = rng.choice(others)
    layout = layout or chosen
    text = template_text if template_text is not None else template.text()
    text = replace_identity(text, template.identity(plan.region, plan.sector))
    text = shift_years(text, plan.fiscal_year)
    text = scale_money(text, k)
    text = scale_table_cells(text, k, task_table=template.task_table)
    swapped: list[str] = []
    dropped: list[str] = []
    if template.sections:
        text, swapped, dropped = rearrange_sections(text, rng)
    planted = None
    if rng.random() < plant_rate:
        text, planted = plant_error(text, template, rng)
    text = relayout(text, template.layout, layout)
    if planted is not None:
        at = text.index(MARK)
        planted = {**planted, "line": text.count("\n", 0, at) + 1}
        text = text.replace(MARK, "")
    region = plan.region
    manifest: dict[str, object] = {
        "file": plan.file,
        "template": template.key,
        "doc_type": template.doc_type,
        "department_name": printed_name(template.key, region, plan.sector),
        "sector": plan.sector[1],
        "province": region.province,
        "prefecture": region.prefecture,
        "county": region.county,
        "admin_level": region.admin_level,
        "fiscal_year": plan.fiscal_year,
        "scale": str(k),
        "layout": layout,
        "sections_swapped": swapped,
        "sections_dropped": dropped,
        "planted": planted,
    }
    return Generated(plan.file, text, manifest)


_TEXTS: dict[str, str] = {}


def _render_and_write(args: tuple[DocumentPlan, float, str]) -> dict[str, object]:
    plan, plant_rate, out = args
    template = TEMPLATE_BY_KEY[plan.template]
    if template.key not in _TEXTS:
        _TEXTS[template.key] = template.text()
    doc = render(plan, plant_rate, _TEXTS[template.key])
    path = Path(out) / doc.file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(doc.text.encode("utf-8"))
    return doc.manifest


def make_corpus(n: int, seed: int, out: Path, *, plant_rate: float = 0.0, jobs: int = 1) -> list[dict[str, object]]:
    """Write N documents and ``manifest.jsonl`` below ``out``; return the manifest rows."""
    out.mkdir(parents=True, exist_ok=True)
    work = [(plan, plant_rate, str(out)) for plan in plan_corpus(n, seed)]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            rows = list(pool.map(_render_and_write, work, chunksize=32))
    else:
        rows = [_render_and_write(w) for w in work]
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--plant-errors", type=float, default=0.0, metavar="RATE",
                        help="share of documents (0–1) with one planted reconciliation error")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args(argv)
    if args.n < 0 or not 0 <= args.plant_errors <= 1:
        parser.error("--n must be ≥ 0 and --plant-errors within 0..1")
    rows = make_corpus(args.n, args.seed, args.out, plant_rate=args.plant_errors, jobs=args.jobs)
    planted = sum(1 for r in rows if r["planted"])
    size = sum((args.out / str(r["file"])).stat().st_size for r in rows)
    print(f"wrote {len(rows)} documents ({size / 1e6:.1f} MB, {planted} with a planted error) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

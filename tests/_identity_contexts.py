"""Identity contexts generated from the development pages whose department is titled (ident25).

Each such page (the corpus and batches 26p…27b) is cut to a fragment: its first lines without any line printing its
department's name, so the page no longer says who it is by a title. Into that fragment go, in the wordings real pages
use, names of OTHER bodies — a notice's issuing 财政局, a superior body, a contractor company, the object of a verb
(做好X工作), a partner (联合X), a beneficiary (向X拨付), a superior's leadership (在X的领导下), a name cut by a line
wrap — and, in some contexts, the page's own name given structurally (a labelled field 单位名称 / 填报单位, the
subject of the report tied to a name, 我局(X), a sheet's 主管部门 row), also in traditional characters.

The expected department is the page's own name where a context gives structural evidence, else none; a fragment
whose own lines still name the page's body (a table's 单位 cell further down, a sentence of its own) may be read as
it: the department read is scored right (the page's own), none, or wrong (any other body).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from ingest.closing_pipes import lines_with_cells_closed
from ingest.identity import REGION_RE, _is_known_run, parse_identity
from ingest.script import to_simplified
from ingest.text import split_lines

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real-documents"
BATCHES = sorted(p for p in (ROOT / "benchmarks" / "heldout").glob("2*") if (p / "expected.yaml").exists())
# (the batches the session may read: the held-out ones after 27b are never read here)
DEV_BATCHES = [p for p in BATCHES if p.name <= "27b"]
FRAGMENT_LINES = 60


@dataclass(frozen=True)
class Context:
    page: str  # batch/file
    kind: str
    text: str
    own: str  # the page's department as its title names it
    expected: str | None  # the department the context gives structural evidence for, else None


def read_identity(text: str):
    """The DocumentInfo a text file holding ``text`` is read as (simplified, cells closed, as parse_path does)."""
    text, _ = to_simplified(text)
    lines = split_lines(text)
    if "\n|" in text:
        lines = lines_with_cells_closed(lines)
    return parse_identity(lines, source_name="context.txt")


def _body(name: str) -> str:
    for end in ("人民政府", "政府", "机关"):
        name = name.removesuffix(end)
    return name


# A portal's fields naming who posted the page (often the unit's parent: 发布机构 | 舟曲县人民政府办公室, 来源:教育局).
POSTER_LABEL_RE = re.compile(
    r"(?:发布机构|发布单位|发布者|来源|信息来源|作者|所属机构|责任部门|主管部门|主管单位)\W{0,6}$"
)


def status(got: str | None, own: str, expected: str | None, info=None, text: str = "") -> str:
    """right (the expected body, or the page's own where its lines still name it), none, poster (another body the
    fragment's own title, name line or portal field names — 发布机构 | 舟曲县人民政府办公室, 来源:教育局 —: structural
    evidence the fragment keeps, read as titled or from that field), or wrong."""
    if got is None or got == "context":
        return "none"
    got = _body(got)
    for want in filter(None, (expected, own)):
        want = _body(want)
        if got.endswith(want) or (want.endswith(got) and len(got) >= 4):
            return "right"
    if info is not None and _posted(got, info, text):
        return "poster"
    if REGION_RE.match(got).group(0) == got and got.endswith(REGION_RE.match(own).group(0) or "\x00"):  # type: ignore[union-attr]
        return "poster"  # (the page's region alone: a government's report, as its title names the region)
    if (got, own) in SAME_BODY:
        return "right"
    return "wrong"


# Names of one body the fidelity scorer does not match (the pair as read, as titled): 26q 13 calls itself 我馆, its
# title 保山市档案局 — the archives bureau and the archives are one body (局馆合一).
SAME_BODY = {("保山市档案馆", "保山市档案局")}


def _posted(got: str, info, text: str) -> bool:
    if info.department_evidence == "titled":
        return True
    core = got[len(REGION_RE.match(got).group(0)) :]  # type: ignore[union-attr]
    compact = text.replace(" ", "").replace("\u3000", "")
    if f"\n{got}\n" in f"\n{compact}":
        return True  # (a line holding only the name: a portal's banner)
    return any(
        POSTER_LABEL_RE.search(compact[max(0, found.start() - 12) : found.start()])
        for key in {got, core or got}
        for found in re.finditer(re.escape(key), compact)
    )


@functools.lru_cache(maxsize=1)
def titled_pages() -> tuple[tuple[str, str, str, str, str], ...]:
    """(page, department read, its region's prefix, text, department as hand-read) of every development page whose
    department is titled and read right."""
    out = []
    for root in ([REAL] if REAL.exists() else []) + DEV_BATCHES:
        expected = yaml.safe_load((root / "expected.yaml").read_text("utf-8"))
        for doc in expected["documents"]:
            if not doc.get("department"):
                continue
            path = root / "text" / doc["file"]
            if path.suffix != ".txt" or not path.exists():
                continue
            text = path.read_text("utf-8", errors="replace")
            info = read_identity(text)
            if info.department_evidence != "titled" or status(info.department_name, doc["department"], None) != "right":
                continue
            name = info.department_name
            region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
            if len(region) < 2 or region[:1] in "省市州县区旗盟镇乡":
                continue  # (no region printed: the contexts name other bodies under the page's region)
            out.append((f"{root.name}/{doc['file']}", name, region, to_simplified(text)[0], doc["department"]))
    return tuple(out)


def fragment(text: str, name: str, region: str, hand_read: str) -> list[str]:
    """The page's first lines (its source line aside) without any line printing its name or its name's core (as
    read, as hand-read, 人民政府 or 政府)."""
    keys = set()
    for each in (name, to_simplified(hand_read)[0], *(part for part in hand_read.split() if len(part) >= 3)):
        for form in (each, each.replace("人民政府", "政府")):
            core = form[len(REGION_RE.match(form).group(0)) :]  # type: ignore[union-attr]
            keys.update(key for key in (form, core) if len(key) >= 3)
    lines = text.splitlines()[1:]
    kept = [line for line in lines if not any(key in line.replace(" ", "") for key in keys)]
    return kept[:FRAGMENT_LINES]


OTHER_BODIES = ("财政局", "教育局", "农业农村局", "市场监督管理局", "科学技术局", "民政局")


def _other(name: str, index: int = 0) -> str:
    """A body of the page's region that is not the page's own (its core differs)."""
    others = [body for body in OTHER_BODIES if not name.endswith(body)]
    return others[index % len(others)]


def _mentions(region: str, name: str) -> dict[str, list[str]]:
    """Lines naming other bodies in the contexts real pages name them in (the page's own is never among them)."""
    finance = f"{region}财政局" if not name.endswith("财政局") else f"{region}发展和改革委员会"
    other = region + _other(name, 1)
    third = region + _other(name, 2)
    cut = max(1, len(region) - 2)
    return {
        # a notice's issuer, cited without book-title marks (根据X财政局关于下达…的通知要求)
        "issuer": [f"根据{finance}关于下达2022年部门预算的通知要求,{finance}下达资金50万元,",
                   f"按{finance}文件精神,现将有关情况说明如下:"],
        # a superior body the page's unit belongs to (本单位系X下属事业单位), and its leadership
        "superior": [f"本单位系{other}下属公益一类事业单位,", f"在{other}的正确领导下,全年圆满完成各项工作任务。"],
        # a contractor company carrying the work out
        "company": [f"项目由{region}城市建设投资有限公司负责实施,委托{region}城投公司建设,",
                    f"{region}城投公司完成工程量的80%。"],
        # the object of a verb of work (做好X工作)
        "verb_object": [f"全年做好{region}科技馆免费开放工作,加强{region}图书馆建设,",
                        f"配合{other}做好项目验收工作。"],
        # a partner (联合X开展)
        "partner": [f"联合{other}开展专项检查3次,会同{third}开展督查,", f"与{other}联合开展宣传活动。"],
        # a beneficiary (向X拨付, 拨付至X)
        "beneficiary": [f"向{other}拨付资金120万元,", f"拨付至{third}80万元,已全部拨付到位。",
                        # (ident26: a year after the name, as a paragraph's subject is followed by one)
                        f"本年度向{other}2022年项目资金拨付到位,"],
        # a name cut by the line's wrap (拨付至平乐 / 县农业农村局): the second line starts with the name's tail
        "wrap_cut": [f"本年度资金已拨付至{region[:cut]}", f"{region[cut:]}{_other(name, 3)}统一管理使用,"],
        # (ident26) a contact list's entries, and a complaint channel's field (27c 07:
        # 驻马店市乡村振兴局电话:0396-2610268
        # 西平县乡村振兴局; 27g 03: 投诉监督单位:长白山管委会农业水利局乡村振兴科)
        "contact": [f"{other}电话:0396-2610268 {third}电话:0371-65919535", f"{finance}举报电话:12317 {other}",
                    f"投诉监督单位:{other}"],
        # a notice's addressee, the name alone on its line before a colon (27e 09: 陈仓区水利局:), both orders with the
        # notice's sentence
        "addressee": [f"{other}:", "现将有关资金下达给你局,请按规定使用。"],
        # a sheet's 主管部门 beside an empty 实施单位 field (27e 05: 主管部门及代码 404-永济市文化和旅游局 实施单位
        # 项目属性)
        "empty_unit": [f"项目名称 日常运转经费 主管部门及代码 404-{other} 实施单位 项目属性 一次性项目"],
        # a template's title naming a class of units, no bracket naming the unit (27g 12:
        # 新乡市公立医院财务信息公开指标)
        "template_prefix": [f"{region}公立医院财务信息公开指标", "公开时段:第 1 月至第 12 月"],
        # a broadcaster as a news item's source field (来源:X广播电视台)
        "media_source": [f"来源:{region}广播电视台 发布时间:2023-05-01"],
    }


def _structural(name: str) -> dict[str, list[str]]:
    """Lines naming the page's own body structurally."""
    return {
        "field": [f"单位名称:{name}"],
        "filled_by": [f"填报单位:{name}    填报日期:2023年3月1日"],
        "subject": [f"我局({name})2022年度项目支出绩效自评情况如下:"],
        "supervisor_row": [f"项目名称 | 日常运转经费 | 主管部门 | {name}"],
        # (ident26) the unit carrying the project out beside its superior, both orders (27d 14: 主管部门 |
        # 黄石市文化和旅游局 |
        # 项目执行单位 | 黄石市文物局(湖北水泥遗址博物馆) |)
        "executing_cell": [f"主管部门 | {_superior(name)} | 项目执行单位 | {name} |"],
        "executing_first": [f"项目执行单位 | {name} | 主管部门 | {_superior(name)} |"],
        # a template's title with the unit in brackets, spaces inside (27g 12: 新乡市公立医院财务信息公开指标(
        # 封丘县人民
        # 医院))
        "bracket_title": [f"{_superior(name)}财务信息公开指标( {_spaced(name)} )"],
        # the report's pronoun with the name in quotation marks (27g 13: 我单位“北京市通州区城镇绿化服务中心”设立了…)
        "quoted_subject": [f"我单位“{name}”设立了预算机构1个,内设办公室、财务室。"],
        # the body opening the report's paragraphs, then a year (27d 01: (一)金寨县麻埠镇人民政府2023年度下达…), and the
        # body a 单位概况 says it was founded as (27e 07: 山东职业学院源于1951年建校的…)
        "paragraph_subject": [f"(一){name}2023年度下达上级资金转移支付55.19万元。",
                              f"1.{name}2023年度下达的10个项目均已完工。"],
        "founded": [f"{name}源于1951年建校的一所技术学校,"],
    }


# The structural kinds also tried after the other bodies' lines.
ORDERED_KINDS = (
    "executing_cell", "executing_first", "bracket_title", "quoted_subject", "field", "paragraph_subject", "founded"
)


def _superior(name: str) -> str:
    """A body of the page's region above its own (its core differs)."""
    region = REGION_RE.match(name).group(0)  # type: ignore[union-attr]
    return region + _other(name, 4)


def _spaced(name: str) -> str:
    """The name with stray spaces inside, as a template's blank is filled in (封丘县人民 医院)."""
    cut = max(1, len(name) - 2)
    return f"{name[:cut]}  {name[cut:]}"


def contexts() -> Iterator[Context]:
    """Every context of every titled development page."""
    for page, name, region, text, hand_read in titled_pages():
        body = fragment(text, name, region, hand_read)
        if not body:
            continue
        yield Context(page, "fragment", "\n".join(body) + "\n", name, None)
        mentions = _mentions(region, name)
        if not _is_known_run(region):
            del mentions["wrap_cut"]  # (a region no seed knows: nothing tells its cut)
        for kind, lines in mentions.items():
            # (at the fragment's head, where a page's name is looked for first, and again further down)
            yield Context(page, kind, "\n".join([*lines, *body[:20], *lines, *body[20:]]) + "\n", name, None)
        every = [line for lines in mentions.values() for line in lines]
        # (every mention at once, in traditional characters as a mirror prints the page: 科學技術局 beside 科協)
        yield Context(page, "mentions(traditional)", _traditional("\n".join([*every, *body[:20], *every, *body[20:]])
                                                                  + "\n"), name, None)
        for kind, lines in _structural(name).items():
            yield Context(page, f"{kind}+mentions", "\n".join([*lines, *every, *body]) + "\n", name, name)
            if kind in ORDERED_KINDS:  # (ident26: the other bodies named first, the page's own after them)
                yield Context(page, f"mentions+{kind}", "\n".join([*every, *lines, *body]) + "\n", name, name)
        yield Context(page, "field+mentions(traditional)", _traditional("\n".join(
            [*_structural(name)["field"], *every, *body]) + "\n"), name, name)


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _traditional(text: str) -> str:
    return _s2t().convert(text)


def score() -> tuple[dict[str, dict[str, int]], list[tuple[Context, str | None]]]:
    """(kind → right / none / wrong counts, the wrong ones with what was read)."""
    table: dict[str, dict[str, int]] = {}
    wrong: list[tuple[Context, str | None]] = []
    for context in contexts():
        info = read_identity(context.text)
        got = info.department_name
        result = status(got, context.own, context.expected, info, to_simplified(context.text)[0])
        row = table.setdefault(context.kind, {"right": 0, "none": 0, "poster": 0, "wrong": 0})
        row[result] += 1
        if result == "wrong":
            wrong.append((context, got))
    return table, wrong


if __name__ == "__main__":
    import sys

    table, wrong = score()
    print(f"{'context':32} right  none poster wrong")
    for kind, row in table.items():
        print(f"{kind:32} {row['right']:5} {row['none']:5} {row['poster']:6} {row['wrong']:5}")
    total = {k: sum(row[k] for row in table.values()) for k in ("right", "none", "poster", "wrong")}
    print(f"{'all':32} {total['right']:5} {total['none']:5} {total['poster']:6} {total['wrong']:5}")
    if "-v" in sys.argv:
        for context, got in wrong:
            print(f"WRONG {context.kind:28} {context.page[:50]:50} own={context.own} got={got}")

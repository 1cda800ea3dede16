"""Disclosure completeness: which required tables and sections a document has.

The required list is the national 部门决算 template (附件2：部门决算模板.pdf): its nine tables and
the sections of its 第一/三/四部分; for a 部门预算 / 单位预算 the nine Shanghai budget tables and
the budget's sections. Each one is ``present``, ``empty`` (an explicit 无… statement, or a
table printed without figures) or ``missing``. Missing tables are findings, not errors.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.pdf.pages import Page
from ingest.pdf.tables import BUDGET_TABLES, FINAL_TABLES, Table
from ingest.records import SectionStatus
from ingest.text import normalise

# Sections of the national 决算 template (第一部分 概况, 第三部分 说明, 第四部分 名词解释).
FINAL_SECTIONS: tuple[tuple[str, str], ...] = (
    ("主要职能", r"主要职能"),
    ("部门决算单位构成", r"(部门决算单位构成|机构设置)"),
    ("收入支出决算总体情况说明", r"收入支出决算总体情况说明"),
    ("收入决算情况说明", r"收入决算情况说明"),
    ("支出决算情况说明", r"支出决算情况说明"),
    ("财政拨款收入支出决算总体情况说明", r"财政拨款收入支出决算总体情况说明"),
    ("一般公共预算财政拨款支出决算情况说明", r"一般公共预算财政拨款支出决算情况说明"),
    ("一般公共预算财政拨款基本支出决算情况说明", r"一般公共预算财政拨款基本支出决算情况说明"),
    ("财政拨款“三公”经费支出决算情况说明", r"财政拨款三公经费支出决算情况说明"),
    ("政府性基金预算财政拨款收入支出决算情况说明", r"政府性基金预算财政拨款收入支出决算情况说明"),
    ("国有资本经营预算财政拨款收入支出决算情况说明", r"国有资本经营预算财政拨款收入支出决算情况说明"),
    ("预算绩效管理情况", r"预算绩效管理情况"),
    ("其他重要事项的情况说明", r"其他重要事项(的情况)?说明"),
    ("名词解释", r"名词解释"),
)
BUDGET_SECTIONS: tuple[tuple[str, str], ...] = (
    ("主要职能", r".*主要职能"),
    ("机构设置", r".*机构设置"),
    ("名词解释", r"名词解释"),
    ("预算编制说明", r"(\d{4}年)?(部门|单位)?预算编制说明"),
    ("其他相关情况说明", r"其他相关情况说明"),
    ("项目经费情况说明", r".*项目经费情况说明"),
)
HEADING_PREFIX_RE = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?"
)
# A heading may carry a remark in brackets: 部门决算单位构成（仅有一个单位的部门，…
HEADING_REMARK = r"(?:\(.*)?"
STRIP_RE = re.compile(r"[“”\"'\s]")
# A section that says there is nothing to report: 本部门无…, 2024年度无“三公”经费….
NONE_STATEMENT_RE = re.compile(r"(^|[^并])无[^。]{0,40}(收入|支出|经费|预算)")
STATEMENT_LOOKAHEAD = 3


def document_kind(tables: list[Table], pages: list[Page]) -> str:
    """``final`` or ``budget``: by the tables found, else by the words of the first pages."""
    if tables:
        finals = sum(1 for t in tables if t.spec.stage == "final")
        return "final" if finals * 2 >= len(tables) else "budget"
    head = "".join(line.text for page in pages[:2] for line in page.lines)
    return "final" if "决算" in head else "budget"


def completeness_statuses(tables: list[Table], pages: list[Page]) -> list[SectionStatus]:
    """One SectionStatus per required table (``table:<title>``) and section (``section:<name>``)."""
    kind = document_kind(tables, pages)
    specs = FINAL_TABLES if kind == "final" else BUDGET_TABLES
    sections = FINAL_SECTIONS if kind == "final" else BUDGET_SECTIONS
    out = [_table_status(spec.canonical, [t for t in tables if t.spec == spec]) for spec in specs]
    out.extend(_section_statuses(sections, pages))
    return out


def _table_status(title: str, found: list[Table]) -> SectionStatus:
    section = f"table:{title}"
    if not found:
        return SectionStatus(section=section, status="missing", source_line=1, source_page=1)
    table = found[0]
    status = "present" if any(t.has_figures for t in found) else "empty"
    return SectionStatus(
        section=section, status=status, statement=table.statement, source_line=table.line, source_page=table.page
    )


def _body_lines(pages: list[Page]):
    """Lines outside the table of contents (目录 page and the heading-only pages after it)."""
    in_toc = False
    for page in pages:
        texts = [normalise(line.text).replace(" ", "") for line in page.lines]
        if any(t in ("目录", "目錄") for t in texts):
            in_toc = True
        elif in_toc and any("。" in t for t in texts):
            in_toc = False
        if in_toc:
            continue
        yield from page.lines


def _section_statuses(sections: tuple[tuple[str, str], ...], pages: list[Page]) -> list[SectionStatus]:
    lines = list(_body_lines(pages))
    out: list[SectionStatus] = []
    for name, pattern in sections:
        status = SectionStatus(section=f"section:{name}", status="missing", source_line=1, source_page=1)
        for i, line in enumerate(lines):
            text = HEADING_PREFIX_RE.sub("", STRIP_RE.sub("", normalise(line.text)))
            if "…" in text or not re.fullmatch(pattern + HEADING_REMARK, text):
                continue
            statement = _none_statement(lines[i + 1 : i + 1 + STATEMENT_LOOKAHEAD])
            status = SectionStatus(
                section=f"section:{name}",
                status="empty" if statement else "present",
                statement=statement,
                source_line=line.number,
                source_page=line.page,
            )
            break
        out.append(status)
    return out


def _none_statement(following) -> str | None:
    for line in following:
        text = STRIP_RE.sub("", normalise(line.text))
        if HEADING_PREFIX_RE.match(text).group(0):
            return None
        if NONE_STATEMENT_RE.search(text):
            return line.text.strip()
    return None


def completeness_score(statuses: list[SectionStatus]) -> Decimal:
    """Share of required tables and sections that are disclosed (present or declared empty)."""
    if not statuses:
        return Decimal(0)
    disclosed = sum(1 for s in statuses if s.status in ("present", "empty"))
    return (Decimal(disclosed) / Decimal(len(statuses))).quantize(Decimal("0.0001"))

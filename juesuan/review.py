"""The review report (审阅报告): self-contained HTML pages beside the warehouse, ``review/``.

``review/index.html`` lists every document (department, region, year, kind, completeness, its
findings) with two cross-county charts as inline SVG; ``review/documents/<id>.html`` shows one
document's findings (rule, stated vs implied, difference, tolerance, where each side stands as
``p21 L25``, the figures read) and the required tables it lacks. Pages carry their CSS inline and
no script or external asset, so they open from a file share or a USB stick without a network.
"""

from __future__ import annotations

import html
import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from expectations.report_format import format_amount
from juesuan.reader import connect_read_only

REVIEW_DIR = "review"
DOC_TYPE_ZH = {
    "final_account": "部门决算",
    "budget": "部门预算",
    "performance_target": "绩效目标",
    "self_evaluation": "绩效自评",
    "fund_notice": "资金公告",
}
# Where a figure stands in a finding's references: "p21 L25" or "L125".
PLACE_RE = re.compile(r"\b(?:p\d+ )?L\d+\b")
STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
       margin: 1.5rem auto; max-width: 72rem; color: #1d2733; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #d7dde4; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.error { color: #b00020; font-weight: 600; } .warning { color: #9a6700; font-weight: 600; }
.muted { color: #6b7785; } .where { white-space: nowrap; font-family: monospace; }
.charts { display: flex; flex-wrap: wrap; gap: 2rem; } svg text { font-size: 12px; fill: #1d2733; }
"""


@dataclass(frozen=True)
class ReviewDocument:
    document_id: str
    file_name: str
    department: str
    region: str
    fiscal_year: int | None
    doc_type: str
    completeness: Decimal | None
    errors: int
    warnings: int
    insufficient: int

    @property
    def page_name(self) -> str:
        return f"documents/{self.document_id[:16]}.html"


DOCUMENTS_SQL = """
select d.document_id, d.file_name, coalesce(dep.department_name, d.printed_department_name, d.file_name),
       concat_ws(' ', dep.province, dep.prefecture, dep.county), d.fiscal_year, d.doc_type, d.completeness_score,
       count(c.rule_id) filter (where c.outcome = 'failed' and c.severity = 'error'),
       count(c.rule_id) filter (where c.outcome = 'failed' and c.severity <> 'error'),
       count(c.rule_id) filter (where c.outcome = 'insufficient_data')
from marts.dim_document as d
left join marts.dim_department as dep using (department_id)
left join reconciliation.rec_reconciliation_checks as c using (document_id)
group by all
order by 3, 5, 6, 2
"""
FINDINGS_SQL = """
select document_id, rule_id, severity, outcome, description, check_key, actual, expected, difference, tolerance,
       unit, source_lines
from reconciliation.rec_reconciliation_checks
where outcome in ('failed', 'insufficient_data')
order by document_id, outcome, case severity when 'error' then 0 else 1 end, rule_id, check_key
"""
MISSING_SQL = """
select document_id, title_zh
from marts.fct_document_required_table
where status = 'missing' and kind = 'table'
order by document_id, sort_order
"""
CHARTS_SQL = """
select department_name || ' ' || fiscal_year, basic_share_pct, three_public_total_wan
from marts.mart_department_year
where not is_derived and (basic_share_pct is not null or three_public_total_wan is not null)
order by department_name, fiscal_year
"""


def write_review(db: Path, folder: Path) -> Path:
    """Write the review report of the warehouse ``db`` into ``folder`` (replacing an older one);
    return its ``index.html``."""
    with connect_read_only(db) as con:
        documents = [ReviewDocument(*row) for row in con.execute(DOCUMENTS_SQL).fetchall()]
        findings: dict[str, list[tuple]] = {}
        for row in con.execute(FINDINGS_SQL).fetchall():
            findings.setdefault(row[0], []).append(row[1:])
        missing: dict[str, list[str]] = {}
        for document_id, label in con.execute(MISSING_SQL).fetchall():
            missing.setdefault(document_id, []).append(label)
        chart_rows = con.execute(CHARTS_SQL).fetchall()
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    (partial / "documents").mkdir(parents=True)
    (partial / "index.html").write_text(_index(documents, chart_rows), encoding="utf-8")
    for doc in documents:
        page = _document_page(doc, findings.get(doc.document_id, []), missing.get(doc.document_id, []))
        (partial / doc.page_name).write_text(page, encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    return folder / "index.html"


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _index(documents: list[ReviewDocument], chart_rows: list[tuple]) -> str:
    rows = "".join(
        f'<tr class="document"><td><a href="{doc.page_name}">{_e(doc.department)}</a>'
        f'<div class="muted">{_e(doc.file_name)}</div></td><td>{_e(doc.region)}</td>'
        f'<td class="num">{_e(doc.fiscal_year)}</td><td>{_e(DOC_TYPE_ZH.get(doc.doc_type, doc.doc_type))}</td>'
        f'<td class="num">{_pct(doc.completeness)}</td>'
        f'<td class="num"><span class="error">{doc.errors or ""}</span></td>'
        f'<td class="num"><span class="warning">{doc.warnings or ""}</span></td>'
        f'<td class="num">{doc.insufficient or ""}</td></tr>\n'
        for doc in documents
    )
    basic = [(label, share) for label, share, _ in chart_rows if share is not None]
    three = [(label, wan) for label, _, wan in chart_rows if wan is not None]
    body = (
        f"<h1>审阅报告 · reconciliation review</h1><p class=\"muted\">{len(documents)} documents; "
        "findings are checks that failed (error / warning) or lacked figures (insufficient data).</p>"
        '<table id="documents"><thead><tr><th>department (部门)</th><th>region (地区)</th><th>year</th>'
        "<th>kind</th><th>completeness</th><th>errors</th><th>warnings</th><th>insufficient data</th></tr>"
        f"</thead><tbody>\n{rows}</tbody></table>"
        '<h2>Across counties (跨地区比较)</h2><div class="charts">'
        f'{_bar_chart("基本支出占本年支出 (%)", basic, "%")}'
        f'{_bar_chart("三公经费 (万元)", three, " 万元")}</div>'
    )
    return _page("审阅报告 juesuan", body)


def _document_page(doc: ReviewDocument, findings: list[tuple], missing: list[str]) -> str:
    rows = []
    for finding in findings:
        (rule_id, severity, outcome, description, check_key, actual, expected, difference, tolerance, unit,
         refs) = finding
        label = "insufficient data" if outcome == "insufficient_data" else severity
        places = ", ".join(dict.fromkeys(PLACE_RE.findall(f"{check_key} {refs or ''}")))
        rows.append(
            f'<tr class="finding"><td><span class="{_e(severity if outcome == "failed" else "muted")}">'
            f"{_e(rule_id)} {_e(label)}</span></td><td>{_e(description)}<div class=\"muted\">{_e(check_key)}</div></td>"
            f'<td class="num">{_e(format_amount(actual, unit))}</td>'
            f'<td class="num">{_e(format_amount(expected, unit))}</td>'
            f'<td class="num">{_e(format_amount(difference, unit))}</td>'
            f'<td class="num">{_e(format_amount(tolerance, unit))}</td>'
            f'<td class="where">{_e(places)}</td><td>{_e(refs)}</td></tr>'
        )
    findings_html = (
        "<table><thead><tr><th>rule</th><th>check</th><th>stated</th><th>implied</th><th>difference</th>"
        "<th>tolerance</th><th>page / line</th><th>figures read (snippet)</th></tr></thead><tbody>"
        + "\n".join(rows) + "</tbody></table>"
        if rows else "<p>No finding: every rule with figures in this document holds.</p>"
    )
    missing_html = (
        "<ul>" + "".join(f'<li class="missing">{_e(label)}</li>' for label in missing) + "</ul>"
        if missing else "<p>None: every table its kind must publish is present.</p>"
    )
    body = (
        '<p><a href="../index.html">← all documents</a></p>'
        f"<h1>{_e(doc.department)} · {_e(doc.fiscal_year)} · {_e(DOC_TYPE_ZH.get(doc.doc_type, doc.doc_type))}</h1>"
        f'<p class="muted">{_e(doc.file_name)} · {_e(doc.region)} · completeness {_pct(doc.completeness)} · '
        f"document_id {_e(doc.document_id)}</p>"
        f"<h2>Findings ({len(findings)})</h2>{findings_html}"
        f"<h2>Missing tables (缺少的表)</h2>{missing_html}"
    )
    return _page(f"{doc.department} {doc.fiscal_year}", body)


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def _bar_chart(title: str, bars: list[tuple[str, Decimal]], unit: str) -> str:
    """A horizontal bar chart as inline SVG (one bar per department-year)."""
    label_w, bar_w, row_h = 260, 260, 22
    top = max((value for _, value in bars), default=Decimal(0)) or Decimal(1)
    height = 30 + row_h * len(bars)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" height="{height}" '
             f'role="img" aria-label="{_e(title)}"><text x="0" y="16" font-weight="600">{_e(title)}</text>']
    for i, (label, value) in enumerate(bars):
        y = 30 + i * row_h
        width = float(value / top) * bar_w
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}" fill="#3f7cac"/>'
            f'<text x="{label_w + width + 4:.1f}" y="{y + 14}">{value:,.2f}{_e(unit)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)

"""A project self-evaluation printed as pipe rows (a web page's table copied as ``a | b |``): its
header cells, its funds row's points and one project per table (ingest/performance, text_tables)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, Project, StatedFigure

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"

VARIANT = """绩效目标自评表 | ||||
项目名称 | 村道路灯安装项目 | 项目负责人及电话 | 王某 | ||
主管部门 | 县交通运输局 | 实施单位 | 某某镇人民政府 | ||
资金情况 (万元) |
全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | ||
年度资金总额: | 12.5 | 12 | 10 | 96% | 9.6 | ||
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||
产 出 指 标 (50分) |
数量指标 | 安装路灯数量 | 20 | 120盏 | 118盏 | 18 | ||||
质量指标 | 验收合格率 | 20 | 100% | 100% | 20 | ||||
总分 | 100 | 95 | ||
"""


def _parse(tmp_path: Path, text: str):
    path = tmp_path / "variant.txt"
    path.write_text(text, encoding="utf-8")
    return parse_path(path).records


def test_variant_header_cells_points_and_one_project(tmp_path):
    records = _parse(tmp_path, VARIANT)
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.name, p.competent_department, p.implementing_unit) for p in projects] == [
        ("村道路灯安装项目", "县交通运输局", "某某镇人民政府")]
    figures = {r.label: r for r in records if isinstance(r, StatedFigure)}
    assert (figures["年度资金总额: 得分"].field, figures["年度资金总额: 得分"].value) == ("score", Decimal("9.6"))
    assert figures["年度资金总额: 全年预算数(A)"].value == Decimal(125000)
    assert not [f for f in figures.values() if f.unit == "yuan" and f.label.endswith(("分值", "得分"))]
    indicators = [r for r in records if isinstance(r, Indicator)]
    assert {i.project_key for i in indicators} == {projects[0].project_key}


@pytest.mark.skipif(not REAL.exists(), reason="the real-documents corpus is not beside the repository")
def test_real_page_xiaoxian():
    records = parse_path(next(REAL.glob("31_*"))).records
    projects = [r for r in records if isinstance(r, Project)]
    assert [(p.name, p.competent_department) for p in projects] == [("河西村特色种养补贴到户项目", "县农业农村局")]
    score = next(r for r in records if isinstance(r, StatedFigure) and r.label == "年度资金总额: 得分")
    assert (score.value, score.unit) == (Decimal(10), "point")


def test_a_markdown_self_evaluation_table_reads_as_its_pipe_rows(tmp_path):
    """The same table as a Markdown table (rows opening and closing with a pipe, the rule under the
    first row): its opening pipe is no cell and the rule no row, so the project, its funds and its
    indicators read as they do from the pipe rows."""
    rows = [line.rstrip(" |") for line in VARIANT.splitlines()]
    markdown = "\n".join(["| " + rows[0] + " |", "|---|---|---|---|", *("| " + row + " |" for row in rows[1:])])
    pipe = [r for r in _parse(tmp_path, VARIANT) if isinstance(r, (Project, Indicator))]
    read = [r for r in _parse(tmp_path, markdown + "\n") if isinstance(r, (Project, Indicator))]
    assert [(type(r).__name__, getattr(r, "name", None), getattr(r, "level3_name", None),
             getattr(r, "target_raw", None), getattr(r, "actual_raw", None)) for r in read] == [
        (type(r).__name__, getattr(r, "name", None), getattr(r, "level3_name", None),
         getattr(r, "target_raw", None), getattr(r, "actual_raw", None)) for r in pipe]
    assert any(isinstance(r, Indicator) and r.level3_name == "安装路灯数量" for r in read)

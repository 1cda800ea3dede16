"""A project self-evaluation printed as pipe rows (a web page's table copied as ``a | b |``): its
header cells, its funds row's points and one project per table (ingest/performance, text_tables)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.records import Indicator, Project, ProjectFunding, StatedFigure

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
    # its amounts the funds block's (ingest/performance/funds_block.py), no longer stated figures alone
    total = next(r for r in records if isinstance(r, ProjectFunding) and r.source == "total")
    assert (total.budget_full_year_yuan, total.executed_yuan, total.execution_rate) == (
        Decimal(125000), Decimal(120000), Decimal(96))
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


# A self-evaluation table as a tab-separated extraction prints it (the samples' layout: a merged cell's
# place kept by its tab), written here.
TSV_TABLE = (
    "项目支出绩效自评表\n(2023年度)\n"
    "项目名称\t\t乡村道路维修项目\t\t\t\t\t\t\n"
    "主管部门\t\t县交通运输局\t\t实施单位\t县公路中心\t\t\t\n"
    "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\t\n"
    "\t年度资金总额\t20.00\t20.00\t19.00\t10\t95.00%\t9.50分\t\n"
    "\t其中:当年财政拨款\t20.00\t20.00\t19.00\t—\t—\t—\t\n"
    "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t\t\n"
    "\t维修道路5公里。\t\t\t维修道路5公里。\t\t\t\t\n"
    "\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "年度绩效指标完成情况\t产出指标\t数量指标\t维修里程\t>=5公里\t5公里\t30\t30\t\n"
    "\t\t\t维修桥涵数量\t>=2座\t2座\t20\t20\t\n"
    "\t\t质量指标\t验收合格率\t=100%\t98%\t20\t19\t一处返工\n"
    "\t效益指标\t社会效益指标\t群众出行改善\t改善\t改善\t10\t10\t\n"
    "\t满意度指标\t服务对象满意度指标\t群众满意度\t>=90%\t95%\t10\t10\t\n"
    "总分\t\t\t\t\t\t100\t98.50分\t\n"
)


@pytest.mark.parametrize("count", ["characters", "display columns"])
def test_a_self_evaluation_lined_up_with_spaces_reads_as_its_tab_separated_rows(tmp_path, count):
    """A tab-separated table lined up with spaces instead (``pdftotext -layout``; a copy padded for
    the screen): its columns found where the cells of two rows or more start, a merged cell's place
    kept by its spaces — the project and indicators read as from the tab rows; a reading whose
    weights do not add up to the 总分 is not taken."""
    from benchmarks.reprints import display_width, lined_up

    text = "\n".join(lined_up(TSV_TABLE.splitlines(), len if count == "characters" else display_width)) + "\n"
    assert "\t" not in text

    def read(records):
        return [(type(r).__name__, getattr(r, "name", None), getattr(r, "level3_name", None),
                 getattr(r, "target_raw", None), getattr(r, "actual_raw", None), getattr(r, "weight", None),
                 getattr(r, "score", None)) for r in records if isinstance(r, (Project, Indicator))]

    tab_separated = read(_parse(tmp_path, TSV_TABLE))
    assert ("Indicator", None, "验收合格率", "=100%", "98%", Decimal(20), Decimal(19)) in tab_separated
    assert read(_parse(tmp_path, text)) == tab_separated
    unconfirmed = text.replace("\n总分 ", "\n合计 ").replace(" 100 ", " 101 ")  # weights no longer add up
    # the columns found by position are not taken: the indicator rows, each whole between spaces, are read as
    # cells in their header's order, the funds rows by the funds block (ingest/performance/funds_block.py): the
    # total where its 执行率 confirms its figures (执行数 / 预算数), the 其中 row where every placement its cells'
    # kinds allow agrees — the same figures as the tab rows'
    records = _parse(tmp_path, unconfirmed)
    assert read(records) == tab_separated

    def funds(records):
        return [(r.source, r.budget_initial_yuan, r.budget_full_year_yuan, r.executed_yuan, r.execution_rate)
                for r in records if isinstance(r, ProjectFunding)]

    assert funds(records) == funds(_parse(tmp_path, TSV_TABLE))
    assert [source for source, *_ in funds(records)] == ["total", "fiscal"]

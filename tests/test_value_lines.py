"""Each figure of a performance row printed one cell per line traces to its own line
(ingest/value_lines.py): ``value_lines`` names the lines off the row's own; a pipe row has none."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from benchmarks.fidelity import candidates_of
from ingest.document import parse_lines, parse_path
from ingest.records import Indicator, Project, ProjectFunding
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def _lines(value_lines: str | None) -> dict[str, int]:
    return {name: int(line) for name, line in (p.split("=") for p in (value_lines or "").split(";") if p)}


def test_real_page_one_cell_per_line_each_figure_at_its_line():
    """廊坊市食品工程学校 2019 self-evaluation, one cell per line with a blank line between cells: the funds
    row 年度资金总额 (L46) prints 43.2 / 43.2 / 37.24 on L48, L50, L52 and its rate 86% on L56;
    指标1工程完工率's target 100 stands on its row's line (L167), its actual 100, weight 10 and score 10
    on L169, L171, L173."""
    path = PAGES / "langfang-foodschool-2019-self-evaluation-rows.txt"
    records = parse_path(path).records
    total = next(r for r in records if isinstance(r, ProjectFunding) and r.source == "total")
    assert (total.source_line, _lines(total.value_lines)) == (
        46, {"budget_initial": 48, "budget_full_year": 50, "executed": 52, "execution_rate": 56})
    rate = next(r for r in records if isinstance(r, Indicator) and r.level3_name == "指标1工程完工率")
    assert (rate.source_line, _lines(rate.value_lines)) == (167, {"actual": 169, "weight": 171, "score": 173})
    text = path.read_text("utf-8").split("\n")
    assert [text[n - 1].strip() for n in (169, 171, 173)] == ["100", "10", "10"]
    # the scoreboard scores each figure at its own line
    at = {c.field: c.line for c in candidates_of(rate.to_dict()) if c.field in ("actual",)}
    assert at == {"actual": 169}


CELLS = """项目支出绩效自评表
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
产出指标
数量指标
培训人次
≥200人次
230人次
20
20
质量指标
培训合格率
100%
100%
10
10
"""


def test_written_table_equal_target_and_actual_each_on_its_line():
    _, records = parse_lines(split_lines(CELLS), source_name="x.txt")
    rows = {r.level3_name: r for r in records if isinstance(r, Indicator)}
    assert set(rows) >= {"培训人次", "培训合格率"}
    quality = rows["培训合格率"]
    lines = _lines(quality.value_lines)
    expected = {"target": 18, "actual": 19, "weight": 20, "score": 21}
    assert {name: lines.get(name, quality.source_line) for name in expected} == expected


def test_a_pipe_row_keeps_its_figures_on_its_line():
    text = ("项目支出绩效自评表\n一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 培训人次 | ≥200人次 | 230人次 | 20 | 20 |\n")
    _, records = parse_lines(split_lines(text), source_name="x.txt")
    (row,) = [r for r in records if isinstance(r, Indicator)]
    assert row.value_lines is None and "value_lines" not in row.to_dict()


def _sample(name: str) -> list:
    from juesuan.settings import SAMPLE_DOCUMENTS

    return parse_path(SAMPLE_DOCUMENTS / name).records


def test_real_target_split_over_three_cells_traces_to_its_number():
    """茂县 2022: a target printed ≥ / 90 / % one tab-indented cell per line (指标性质 | 指标值 | 度量单位,
    L255–257) is read as ≥90% and traces to its number's line, L256; its 分值 50 to L259."""
    records = _sample("maoxian-county-hrss-2022-final-account.txt")
    row = next(r for r in records if isinstance(r, Indicator) and r.level3_name.startswith("利用茂县生态农业综合"))
    assert (row.source_line, row.target_raw, row.weight) == (251, "≥90%", 50)
    assert _lines(row.value_lines) == {"target": 256, "weight": 259}


def test_real_wrapped_funds_row_traces_each_figure():
    """曾都区 2022 (PDF text, hard-wrapped): the funds row of 创业就业担保货款贴息资金和工作经费 prints
    ``108 108 100%`` on L3001 and its score 20 broken in its narrow cell as 2 (L3003) / 0 (L3005); the
    project (named on L2954) traces its budget, execution, rate to L3001 and its funds score to L3003,
    where it starts."""
    records = _sample("zengdu-district-hrss-2022-final-account.txt")
    name = "创业就业担保货款贴息资金和工作经费"
    project = next(r for r in records if isinstance(r, Project) and r.name == name)
    assert (project.source_line, project.budget_full_year_yuan, project.funds_score) == (2954, 1080000, 20)
    assert _lines(project.value_lines) == {
        "budget_full_year": 3001, "executed": 3001, "execution_rate": 3001, "funds_score": 3003}


WRAPPED_FUNDS = """项目支出绩效自评表
项目名称 培训补贴资金
项目资金(万元) 全年预算数 全年执行数 执行率 得分
年度财政资金总额
20.5 万元
18 万元 87.80%
9
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
产出指标 数量指标 培训人次 ≥200人次 230人次 20 20
总分 100 95
"""


def test_written_wrapped_funds_row_each_figure_at_its_line():
    """A variant: the funds row's figures wrapped over three lines, each with its unit."""
    _, records = parse_lines(split_lines(WRAPPED_FUNDS), source_name="x.txt")
    project = next(r for r in records if isinstance(r, Project))
    assert (project.budget_full_year_yuan, project.executed_yuan, project.execution_rate) == (205000, 180000,
                                                                                              Decimal("87.80"))
    lines = _lines(project.value_lines)
    assert {k: lines[k] for k in ("budget_full_year", "executed", "execution_rate")} == {
        "budget_full_year": 5, "executed": 6, "execution_rate": 6}


DEPARTMENT_BROKEN = """部门整体支出绩效自评表
部门(单位)名称 | 某镇人民政府
部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分
年度资金总额: | 1172.55 | 1268.72 |
10 | 9.5 |
年度总体目标 | 完成全年工作
"""


def test_written_department_funds_row_broken_over_two_lines():
    """A 部门整体 funds row broken over two lines: its 分值 and 得分 trace to the second."""
    from ingest.records import DepartmentFunding

    _, records = parse_lines(split_lines(DEPARTMENT_BROKEN), source_name="x.txt")
    (row,) = [r for r in records if isinstance(r, DepartmentFunding)]
    assert (row.source_line, row.executed_yuan, row.score) == (4, 12687200, Decimal("9.5"))
    assert _lines(row.value_lines) == {"weight": 5, "score": 5}

"""部门整体支出绩效自评表 (department-wide self-evaluation): its funds rows — 年度资金总额 / 基本支出 /
项目支出 / 其他 under 年初预算数 | 全年执行数 | 分值 | 得分 — read as department-wide records
(DepartmentFunding: no project), on a real page (绥阳县太白镇, unseen batch /tmp/unseen8, kept as
fixtures/pages/suiyang-taibai-2021-dept-self-evaluation.txt) and on variants written here."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.performance.department_self_evaluation import parse_department_self_evaluations
from ingest.records import DepartmentFunding, Indicator, ParseWarning, Project, ProjectFunding
from ingest.text import split_lines

PAGE = Path(__file__).parent / "fixtures" / "pages" / "suiyang-taibai-2021-dept-self-evaluation.txt"


def _rows(text: str) -> dict[str, tuple]:
    records = parse_department_self_evaluations(list(split_lines(text)))
    return {
        r.source: (r.source_line, r.budget_initial_yuan, r.executed_yuan, r.weight, r.score)
        for r in records
        if isinstance(r, DepartmentFunding)
    }


def test_suiyang_page_funds_rows_are_department_wide_records():
    """The real page: pipe rows with runs of empty cells, 基本支出's 分值/得分 broken onto the next
    line, 其他 printed blank (no record); no project is made of it."""
    records = parse_path(PAGE).records
    funds = {r.source: r for r in records if isinstance(r, DepartmentFunding)}
    assert set(funds) == {"total", "basic", "project"}
    total, basic, project = funds["total"], funds["basic"], funds["project"]
    assert (total.source_line, total.label) == (5, "年度资金总额")
    assert (total.budget_initial_yuan, total.executed_yuan) == (Decimal("11725500.00"), Decimal("12687200.00"))
    assert (total.weight, total.score) == (Decimal(10), Decimal(10))
    assert (basic.source_line, basic.budget_initial_yuan, basic.executed_yuan) == (
        6,
        Decimal("9851900.00"),
        Decimal("9149700.00"),
    )
    assert (basic.weight, basic.score) == (Decimal(10), Decimal(10))
    assert (project.source_line, project.budget_initial_yuan, project.executed_yuan) == (
        8,
        Decimal("1873600.00"),
        Decimal("3537500.00"),
    )
    # the page's own check: 基本支出 + 项目支出 = 年度资金总额
    assert basic.budget_initial_yuan + project.budget_initial_yuan == total.budget_initial_yuan
    assert basic.executed_yuan + project.executed_yuan == total.executed_yuan
    assert not any(isinstance(r, (Project, ProjectFunding)) for r in records)


VARIANT_TABS = """整体支出绩效自评表
部门（单位）名称\t某县某某局
单位:元
资金来源\t年初预算数\t全年执行数\t分值\t得分
年度资金总额\t3,200,000.00\t3,050,000.50\t10\t9.5
基本支出\t2,000,000.00\t2,010,000.00
项目支出\t1,000,000.00
\t940,000.50\t\t
其他\t200,000.00\t100,000.00\t\t
年度总体目标\t完成全年工作
"""


def test_tab_variant_in_yuan_with_other_row_and_a_broken_row():
    rows = _rows(VARIANT_TABS)
    assert rows["total"] == (5, Decimal("3200000.00"), Decimal("3050000.50"), Decimal(10), Decimal("9.5"))
    assert rows["basic"] == (6, Decimal("2000000.00"), Decimal("2010000.00"), None, None)
    assert rows["project"] == (7, Decimal("1000000.00"), Decimal("940000.50"), None, None)
    assert rows["other"] == (9, Decimal("200000.00"), Decimal("100000.00"), None, None)


VARIANT_SPACES = """部门整体支出绩效自评表
部门(单位)名称 某镇人民政府
资金(万元) 资金来源 年初预算数 全年执行数 分值 得分 得分计算方法
年度资金总额 500.5 480.25 10 9.6 执行率*该指标分值
其中:基本支出 400 390.25 10 9.8
项目支出 100.5 90 10 9
其他 - -
年度总体目标 年初设定目标 完成情况
"""


def test_space_variant_in_wan_yuan_with_a_method_column():
    rows = _rows(VARIANT_SPACES)
    assert rows == {
        "total": (4, Decimal("5005000.00"), Decimal("4802500.00"), Decimal(10), Decimal("9.6")),
        "basic": (5, Decimal("4000000.00"), Decimal("3902500.00"), Decimal(10), Decimal("9.8")),
        "project": (6, Decimal("1005000.00"), Decimal("900000.00"), Decimal(10), Decimal(9)),
    }


def test_a_row_whose_figures_cannot_be_placed_is_left_out_with_a_warning():
    text = VARIANT_SPACES.replace("项目支出 100.5 90 10 9", "项目支出 100.5 90 10")
    records = parse_department_self_evaluations(list(split_lines(text)))
    assert "project" not in {r.source for r in records if isinstance(r, DepartmentFunding)}
    assert [r.source_line for r in records if isinstance(r, ParseWarning)] == [6]


def test_a_project_table_is_not_read_as_department_wide():
    """项目名称 between the title and the funds header: a project's table, not the department's."""
    text = VARIANT_SPACES.replace("部门(单位)名称 某镇人民政府", "项目名称 某某项目")
    assert _rows(text) == {}


INDICATOR_ROWS = """方法 | |||||||
| 产出指标 | 数量指标 | 完成重点工作任务数 | 4项 | 4项 | 10 | 10 |
| | 质量指标 | 任务完成合格率 | 100% | 100% | 10 | 10 |
| 效益指标 | 社会效益指标 | 群众满意度 | ≥90% | 95% | 10 | 9 |
总分 | 100 | 95 |
"""


def test_indicators_of_a_department_wide_table_have_no_project(tmp_path):
    """The page's indicator header (its last line, 得分计算 / 方法 broken) with rows written here:
    the indicators are the department's (project_key None), stage self_evaluation."""
    path = tmp_path / "dept.txt"
    path.write_text(PAGE.read_text(encoding="utf-8") + INDICATOR_ROWS, encoding="utf-8")
    records = parse_path(path).records
    indicators = [r for r in records if isinstance(r, Indicator)]
    assert [(r.level3_name, r.project_key, r.stage, r.weight, r.score) for r in indicators] == [
        ("完成重点工作任务数", None, "self_evaluation", Decimal(10), Decimal(10)),
        ("任务完成合格率", None, "self_evaluation", Decimal(10), Decimal(10)),
        ("群众满意度", None, "self_evaluation", Decimal(10), Decimal(9)),
    ]
    assert {r.source for r in records if isinstance(r, DepartmentFunding)} == {"total", "basic", "project"}

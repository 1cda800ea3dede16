"""Department-wide funds (部门整体支出绩效自评表) in the marts: marts.fct_department_funding, one row per
department × year × document × funds breakdown × source, and R24 (年度资金总额 = the sum of its
parts), on a real page (绥阳县太白镇 2021: 年度资金总额 1172.55 / 1268.72 万元) laid in a corpus's
``<province>/<prefecture>/<county>/<year>/`` folders (the page prints no year), a 决算 table written
here in another layout (全年预算数 and a printed 执行率, both breakdowns, printed twice) and a region's
aggregate. The warehouse is built with every dbt test (a failed one fails the fixture)."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from juesuan.corpus import load_corpus
from juesuan.dbt_runner import build_warehouse, run_dbt

pytestmark = pytest.mark.slow

ANALYSIS = Path(__file__).resolve().parent.parent / "analyses" / "department_funds_execution.sql"
SUIYANG = Path(__file__).parent / "fixtures" / "pages" / "suiyang-taibai-2021-dept-self-evaluation.txt"

# A 决算's self-evaluation table (tabs, 万元, 全年预算数 and 执行率 columns), both splits of the total
# each with its 其他, and printed again in an annex: 500 = 400 + 90 + 10 = 450 + 50 + 0, and so on.
ZHENGAN_TABLE = """部门整体支出绩效自评表
部门(单位)名称\t正安县水务局
部门(单位)总体资金(万元)\t资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分
年度资金总额:\t500.00\t620.00\t589.00\t95.2%\t10\t9.5
基本支出\t400.00\t420.00\t410.00
项目支出\t90.00\t190.00\t170.00
其他\t10.00\t10.00\t9.00
其中:财政拨款\t450.00\t560.00\t530.00
上年结转\t50.00\t50.00\t49.00
其他资金\t0.00\t10.00\t10.00
年度总体目标\t年初设定目标\t年度总体目标完成情况
"""
ZHENGAN = f"""正安县水务局2022年度部门决算
单位(盖章):正安县水务局\t填报日期:2023年2月10日
{ZHENGAN_TABLE}完成年度工作任务。
附件:2022年度部门整体支出绩效自评表
{ZHENGAN_TABLE}"""
# A county's departments summed (县级部门汇总决算): a region's aggregate, no department to rank.
MEITAN = """湄潭县县级部门汇总决算
部门整体支出绩效自评表
(2022年度)
部门(单位)名称\t湄潭县县级部门汇总
部门(单位)总体资金(万元)\t资金来源\t年初预算数\t全年执行数\t分值\t得分
年度资金总额:\t90000.00\t88000.00\t10\t9.8
基本支出\t60000.00\t59000.00\t10\t9.8
项目支出\t30000.00\t29000.00\t10\t9.7
年度总体目标\t年初设定目标\t年度总体目标完成情况
"""


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("department_funds")
    docs = root / "docs" / "贵州省" / "遵义市"
    for county, year, name, text in (
        ("绥阳县", 2021, SUIYANG.name, SUIYANG.read_text(encoding="utf-8")),
        ("正安县", 2022, "正安县水务局2022年度部门决算.txt", ZHENGAN),
        ("湄潭县", 2022, "湄潭县县级部门汇总.txt", MEITAN),
    ):
        folder = docs / county / str(year)
        folder.mkdir(parents=True)
        (folder / name).write_text(text, encoding="utf-8")
    db = root / "warehouse.duckdb"
    load_corpus(root / "docs", db)
    build_warehouse(db, target_path=root / "target")  # raises on any failed model or data test
    return db


def _rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _funds(db: Path, county: str) -> dict[tuple[str, str], tuple]:
    rows = _rows(
        db,
        "select f.funds_breakdown, f.funds_source, f.fiscal_year, f.budget_initial_yuan, f.budget_full_year_yuan, "
        "f.executed_yuan, f.execution_rate, f.printed_execution_rate, f.execution_rate_basis, f.funds_weight, "
        "f.funds_score, f.entity_kind, f.is_preferred, f.tables_printed, f.source_line "
        "from marts.fct_department_funding f join marts.dim_department d using (department_id) where d.county = ?",
        [county],
    )
    return {(row[0], row[1]): row[2:] for row in rows}


def test_suiyang_page_figures_in_yuan_with_their_lines(warehouse: Path) -> None:
    """The real page: 年度资金总额 1172.55 → 1268.72 万元 = 基本支出 985.19 → 914.97 + 项目支出 187.36 →
    353.75, no 全年预算数 column, so the rate is 全年执行数 ÷ 年初预算数; 分值 10, 得分 10."""
    funds = _funds(warehouse, "绥阳县")
    assert funds == {
        ("total", "total"): (2021, Decimal("11725500.00"), None, Decimal("12687200.00"), Decimal("108.2018"), None,
                             "initial_budget", Decimal(10), Decimal(10), "department", True, 1, 5),
        ("spending_type", "basic"): (2021, Decimal("9851900.00"), None, Decimal("9149700.00"), Decimal("92.8724"),
                                     None, "initial_budget", Decimal(10), Decimal(10), "department", True, 1, 6),
        ("spending_type", "project"): (2021, Decimal("1873600.00"), None, Decimal("3537500.00"),
                                       Decimal("188.8076"), None, "initial_budget", Decimal(10), Decimal(10),
                                       "department", True, 1, 8),
    }


def test_printed_rate_kept_both_breakdowns_and_a_repeated_table_once(warehouse: Path) -> None:
    funds = _funds(warehouse, "正安县")
    assert set(funds) == {
        ("total", "total"),
        ("spending_type", "basic"), ("spending_type", "project"), ("spending_type", "other"),
        ("funding_source", "fiscal"), ("funding_source", "carryover"), ("funding_source", "other"),
    }
    total = funds[("total", "total")]
    # the printed 95.2% is kept and used (589 ÷ 620 would be 95.00); the first copy's line
    assert total[:9] == (2022, Decimal("5000000.00"), Decimal("6200000.00"), Decimal("5890000.00"),
                         Decimal("95.2000"), Decimal("95.2000"), "printed", Decimal(10), Decimal("9.5"))
    assert total[-2:] == (2, 6)
    # no printed rate: 全年执行数 ÷ 全年预算数 (410 ÷ 420)
    basic = funds[("spending_type", "basic")]
    assert (basic[4], basic[5], basic[6]) == (Decimal("97.6190"), None, "full_year_budget")
    for breakdown in ("spending_type", "funding_source"):
        parts = [v for (b, _), v in funds.items() if b == breakdown]
        assert sum(v[3] for v in parts) == total[3]  # 全年执行数 of the parts = 年度资金总额's


def test_aggregates_stay_out_of_a_department_ranking(warehouse: Path) -> None:
    """The 县级部门汇总 rows are in the fact, as an aggregate; a ranking of departments by execution
    rate (entity_kind = 'department', is_preferred, the total row) holds the two departments only."""
    assert {v[9] for v in _funds(warehouse, "湄潭县").values()} == {"aggregate"}
    ranking = _rows(
        warehouse,
        "select d.county, f.fiscal_year, f.execution_rate from marts.fct_department_funding f "
        "join marts.dim_department d using (department_id) "
        "where f.funds_source = 'total' and f.is_preferred and f.entity_kind = 'department' "
        "order by f.execution_rate desc",
    )
    assert ranking == [("绥阳县", 2021, Decimal("108.2018")), ("正安县", 2022, Decimal("95.2000"))]


def test_the_cross_county_analysis_ranks_departments_only(warehouse: Path) -> None:
    """analyses/department_funds_execution.sql (its refs read as marts.*, as the notebook does): one
    row per department-year, the aggregate left out, 基本支出 and 项目支出 beside the total."""
    sql = re.sub(r"\{\{\s*ref\(\s*'(\w+)'\s*\)\s*\}\}", r"marts.\1", ANALYSIS.read_text(encoding="utf-8"))
    rows = [(row[1], row[2], row[5], row[6], row[8], row[9], row[11]) for row in _rows(warehouse, sql)]
    assert rows == [
        ("绥阳县", 2021, Decimal("12687200.00"), Decimal("108.2018"), Decimal("9149700.00"), Decimal("3537500.00"), 1),
        ("正安县", 2022, Decimal("5890000.00"), Decimal("95.2000"), Decimal("4100000.00"), Decimal("1700000.00"), 1),
    ]


def test_parts_add_up_to_the_total_r24(warehouse: Path) -> None:
    """R24 on every table: the real page's two printed columns, and each copy of the written table
    by both breakdowns and three columns; all pass, and none is a finding."""
    rows = _rows(
        warehouse,
        "select d.file_name, c.outcome, count(*) from reconciliation.rec_reconciliation_checks c "
        "join marts.dim_document d using (document_id) where c.rule_id = 'R24' group by all order by all",
    )
    assert rows == [
        ("suiyang-taibai-2021-dept-self-evaluation.txt", "passed", 2),
        ("正安县水务局2022年度部门决算.txt", "passed", 12),
        ("湄潭县县级部门汇总.txt", "passed", 2),
    ]
    check = _rows(
        warehouse,
        "select c.description, c.expected, c.actual, c.tolerance, c.source_lines "
        "from reconciliation.rec_reconciliation_checks c join marts.dim_document d using (document_id) "
        "where c.rule_id = 'R24' and d.file_name like 'suiyang%' and c.check_key like '%executed'",
    )
    assert check == [(
        "年度资金总额 = 基本支出 + 项目支出 (全年执行数)", Decimal("12687200"), Decimal("12687200"), Decimal("150"),
        "年度资金总额 全年执行数 1268.72万元 (L5); 基本支出 914.97万元 (L6); 项目支出 353.75万元 (L8)",
    )]


def test_dbt_unit_tests_of_the_funds_models(warehouse: Path, tmp_path: Path) -> None:
    db = tmp_path / "warehouse.duckdb"
    shutil.copyfile(warehouse, db)
    result = run_dbt(
        ["test", "--select", "fct_department_funding,test_type:unit", "int_department_fundings_tabled,test_type:unit"],
        db, target_path=tmp_path / "target",
    )
    assert [r.status for r in result.results] == ["pass", "pass"]  # type: ignore[attr-defined]

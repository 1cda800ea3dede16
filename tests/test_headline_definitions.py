"""Headline figures that mean one thing: 支出总计 beside 本年支出合计, shares that name their base, headcounts."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
import yaml
from test_dbt_build import build_sample_warehouse

MARTS_YML = Path(__file__).parent.parent / "models" / "marts" / "_marts__models.yml"
HEADLINES = """
select figures_stage, expenditure_total_yuan, expenditure_current_year_yuan, carryover_end_yuan,
       expenditure_basic_yuan, basic_share_pct, headcount_total, headcount_in_service, headcount_retired
from marts.mart_department_year where department_name like ? and fiscal_year = 2022
"""


@pytest.fixture(scope="module")
def marts(tmp_path_factory: pytest.TempPathFactory):
    with duckdb.connect(str(build_sample_warehouse(tmp_path_factory)), read_only=True) as con:
        yield con


def test_every_percentage_column_of_the_marts_states_its_definition() -> None:
    """A column in percent (…_pct, …_rate) says what it divides by what (÷), or is a documented score."""
    undefined = []
    for model in yaml.safe_load(MARTS_YML.read_text(encoding="utf-8"))["models"]:
        for column in model.get("columns", []):
            name, description = column["name"], str(column.get("description", ""))
            if (name.endswith("_pct") or name.endswith("_rate")) and "÷" not in description:
                undefined.append(f"{model['name']}.{name}")
    assert undefined == []


@pytest.mark.slow
def test_changji_total_includes_carry_over_and_the_basic_share_is_of_this_years_spending(marts) -> None:
    stage, total, current, carryover, basic, share, *_ = marts.execute(HEADLINES, ["%昌吉州%"]).fetchone()
    assert stage == "final"
    assert (total, current, carryover) == (Decimal("18526200.00"), Decimal("17745700.00"), Decimal("780400.00"))
    assert basic == Decimal("13380100.00")  # 基本支出 1,338.01 万元, "占 75.40%" of 本年支出合计
    assert share == Decimal("75.3991")  # 1,338.01 ÷ 1,774.57, not ÷ 1,852.62 (72.22)


@pytest.mark.slow
def test_headcounts_wherever_the_documents_state_them(marts) -> None:
    changji = marts.execute(HEADLINES, ["%昌吉州%"]).fetchone()
    assert changji[-3:] == (110, 60, 50)  # 实有人数 110 人，其中：在职人员 60 人 … 退休人员 50 人
    # the Bazhou 绩效目标表 states the people its budget pays: 保障在职人员数量 >=109人, 保障退休人员数量 >=65人
    bazhou = marts.execute(HEADLINES, ["%巴州%"]).fetchone()
    assert (bazhou[0], *bazhou[-3:]) == ("budget", None, 109, 65)
    origins = marts.execute(
        "select metric, origin, source_line from marts.fct_department_metric as m"
        " join marts.dim_document as d using (document_id)"
        " where d.file_name like 'bazhou%' and m.unit = 'person' order by metric"
    ).fetchall()
    assert origins == [
        ("headcount_in_service", "indicator:保障在职人员数量", 18),
        ("headcount_retired", "indicator:保障退休人员数量", 35),
    ]


@pytest.mark.slow
def test_the_readme_query_runs_on_the_sample_warehouse(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Querying", 1)[1].split("```sh", 1)[1].split("```", 1)[0].strip()
    command = shlex.split(block)
    assert command[:2] == [".venv/bin/python", "-c"]
    shutil.copyfile(build_sample_warehouse(tmp_path_factory), tmp_path / "warehouse.duckdb")
    result = subprocess.run([sys.executable, "-c", command[2]], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "expenditure_current_year_wan" in result.stdout and "曾都区" in result.stdout

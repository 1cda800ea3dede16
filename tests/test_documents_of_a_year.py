"""A department's year in several files: a self-evaluation is its own kind of document, and every
file of a year gives its facts (int_documents_resolved.contributes_facts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_dbt_build import unit_test_outcomes

from ingest.document import parse_bytes
from ingest.identity import parse_identity
from ingest.text import split_lines

FIXTURES = Path(__file__).parent / "fixtures" / "pages"
REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"


def _doc_type(text: str) -> str:
    return parse_identity(split_lines(text), source_name="page.txt").doc_type


def test_a_self_evaluation_sheet_is_typed_so() -> None:
    page = FIXTURES / "huangshi-library-2022-selfeval.txt"
    assert parse_bytes(page.read_bytes(), page).info.doc_type == "self_evaluation"


def test_a_web_page_titles_its_self_evaluation_below_the_portal_fields() -> None:
    # 保山市卫生健康委员会's report (development corpus 35): 索引号 / 发布机构 / … then the title
    page = REAL / "35_yunnan_baoshan-wjw_2022_selfeval_report.txt"
    assert parse_bytes(page.read_bytes(), page).info.doc_type == "self_evaluation"
    portal = "".join(f"• {field}\n  • 某某\n" for field in ("索引号", "发布机构", "公开目录", "发布日期", "文号"))
    text = f"{portal}某某县林业局2022年度项目支出绩效自评报告\n一、项目基本情况\n"
    assert _doc_type(text) == "self_evaluation"
    # a 决算 page whose narrative reports its self-evaluations stays a final account
    text = f"{portal}某某县林业局2022年度部门决算\n绩效自评情况\n"
    assert _doc_type(text) == "final_account"


@pytest.mark.parametrize(
    "title",
    [
        "2023年度项目支出绩效自评表",
        "某某县交通运输局2022年度部门整体支出绩效自评报告",
        "项 目 支 出 绩 效 目 标 自 评 表",  # letter-spaced
        "部门整体支出绩效评价报告",
        # a sheet flattened into one line starts with its title
        "2021年度财政项目绩效自评表单位名称某某市中心医院填报日期2022年3月18日项目名称设备购置年初预算数",
    ],
)
def test_a_title_naming_a_self_evaluation_types_it(title: str) -> None:
    text = f"{title}\n项目名称\t设备购置\n年度资金总额\t100\t90\t10\t90%\t9\n"
    assert _doc_type(text) == "self_evaluation"


@pytest.mark.parametrize(
    "text",
    [
        # a final account reporting its self-evaluations names 决算 in its title
        "某某县财政局2022年度部门决算\n绩效自评情况\n本部门对3个项目开展绩效自评。\n",
        "2022年度部门决算及绩效自评报告\n",
        # a sentence of a 决算 fragment mentions 自评 but is no title
        "（七）预算绩效管理情况\n本部门组织对2022年度一般公共预算项目支出全面开展绩效自评，共涉及资金100万元。\n部门决算公开\n",
        "2023年度项目支出绩效目标表\n项目名称\t设备购置\n",
    ],
)
def test_a_final_account_or_targets_is_not_a_self_evaluation(text: str) -> None:
    assert _doc_type(text) != "self_evaluation"


@pytest.mark.slow
def test_every_file_of_a_year_gives_its_facts(tmp_path_factory: pytest.TempPathFactory) -> None:
    # (int_documents_resolved's unit test a_year_in_several_files_gives_facts_from_each runs with the
    # region resolution's: tests/test_region_resolution.py)
    assert unit_test_outcomes(tmp_path_factory, "int_projects_deduplicated") == ["pass"]
    assert unit_test_outcomes(tmp_path_factory, "mart_department_completeness") == ["pass"]

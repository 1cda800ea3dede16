"""Identity of the bodies the held-out batches 26p and 26q named otherwise or not at all (ingest/identity.py): a
second-level unit named after its parent, a body named only by a sentence or a duties clause, the unit a project's
notice or sheet names as 实施单位 — each on the real page and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


# 26p 03 (北京 丰台): a second-level unit's own name after its parent's, then its year
def test_a_sub_unit_named_after_its_parent_is_the_body():
    info = parse_path(PAGES / "fengtai-wanping-huanwei-2020-final-subunit.txt").info
    assert info.department_name == "北京市丰台区环境卫生服务中心宛平环卫所"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "北京市丰台区环境卫生服务中心宛平环卫所2020年度部门决算报表详见附件。",
            "北京市丰台区环境卫生服务中心宛平环卫所",
        ),
        ("平乐县公安局城关派出所2022年度部门决算报表详见附件。", "平乐县公安局城关派出所"),
        ("平乐县水利局河道管理站2021年度收入合计120万元。", "平乐县水利局河道管理站"),
        # no year after it: a word of the sentence, not a unit's name (所属, 所有)
        ("平乐县水利局所属单位共3个,2021年度收入合计120万元。", "平乐县水利局"),
        ("平乐县水利局的派出所2021年度收入合计120万元。", "平乐县水利局"),
    ],
)
def test_a_sub_units_tail_ends_before_its_year(sentence, name):
    text = "目 录\n第一部分 部门决算报表\n" + sentence + "\n"
    assert ident(text).department_name == name


# 26p 05 (安徽 泾县) and 06 (安徽 杜集, traditional characters with pinyin glosses): a 三公 table without its title,
# the body named only by the statement's first sentence, before its year and kind
@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("jingxian-zhongxue-2021-sangong-budget-named-in-sentence.txt", "泾县中学"),
        ("duji-zfb-2021-sangong-final-traditional-named-in-sentence.txt", "杜集区政府办"),
    ],
)
def test_a_body_named_only_by_its_statements_first_sentence(page, name):
    assert parse_path(PAGES / page).info.department_name == name


SANGONG_TABLE = "一、2022年一般公共预算“三公”经费支出预算表\n单位:万元\n项 目 |\n预 算 数 |\n合 计 |\n3.5 |\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("平乐县第一中学2022年一般公共预算“三公”经费支出预算为3.5万元,比2021年预算减少0.1万元。", "平乐县第一中学"),
        ("平乐县卫生健康局2022年度“三公”经费支出预算为3.5万元。", "平乐县卫生健康局"),
        # the sentence's own subject (本单位): nothing names the body
        ("本单位2022年一般公共预算“三公”经费支出预算为3.5万元。", None),
        # a body named further on in the sentence is no subject of it
        ("2022年一般公共预算“三公”经费支出预算为3.5万元,全部用于平乐县第一中学。", None),
    ],
)
def test_a_statements_first_sentence_names_its_body(sentence, name):
    info = ident(SANGONG_TABLE + "二、2022年“三公”经费支出预算情况说明\n" + sentence + "\n")
    assert info.department_name == (name or "x")

"""A department inferred only from structural evidence (ident25): a name the page prints where a page names its own
body — a labelled field, the start of its line, its signature over a date, the subject of a sentence, the report's
pronoun tied to it — and never one it only mentions (a notice's issuer, a superior, a partner, a beneficiary, a
verb's object, a name cut by a wrap, a form's maker); none, with a ParseWarning, where the page names no body so.

Scored on the identity contexts generated from every titled development page (tests/_identity_contexts.py), on the
real pages whose department these rules keep, and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.records import ParseWarning
from ingest.text import split_lines
from tests._identity_contexts import REAL, score

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


def ident(text: str):
    return parse_identity(split_lines(text), source_name="x.txt")


def page(batch: str, prefix: str):
    return parse_path(next((HELDOUT / batch / "text").glob(f"{prefix}_*"))).info


# The contexts: no other body read anywhere; the page's own read wherever a structural line names it (a labelled
# field, 填报单位, 我局(X), a sheet's 主管部门 row, traditional characters) — 378 right of the 405 at ident25, the
# others read as the fragment's own portal field or title (发布机构, a title naming the region).
MIN_RIGHT_STRUCTURAL = 378


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_generated_contexts_read_no_other_body():
    table, wrong = score()
    assert not wrong, [(c.kind, c.page, got) for c, got in wrong[:10]]
    structural = sum(row["right"] for kind, row in table.items() if "+" in kind)
    assert structural >= MIN_RIGHT_STRUCTURAL, table


FRAGMENT = "一、项目基本情况\n本年度项目资金共计50万元,全部用于日常运转。\n二、绩效目标完成情况\n"


@pytest.mark.parametrize(
    "mention",
    [
        "根据平乐县财政局关于下达2022年部门预算的通知要求,平乐县财政局下达资金50万元,",  # a notice's issuer
        "按平乐县财政局文件精神,现将有关情况说明如下:",
        "本单位系平乐县教育局下属公益一类事业单位,",  # a superior
        "在平乐县教育局的正确领导下,全年圆满完成各项工作任务。",
        "联合平乐县市场监督管理局开展专项检查3次,",  # a partner
        "与平乐县市场监督管理局联合开展宣传活动。",
        "向平乐县农业农村局拨付资金120万元,",  # a beneficiary
        "全年做好平乐县科技馆免费开放工作,",  # a verb's object
        "9.完成区交通局交办的其他任务。",  # (corpus 05: 完成区交通局交办的…)
        "本年度资金已拨付至平\n乐县农业农村局统一管理使用,",  # a name cut by a wrap
        "资金已拨付至云南省寻甸回族彝族自\n治县民政局统一管理,",
        "平乐县财政局(制)",  # a form's maker (26q 10: 岳阳楼区财政局(制))
        "本年度向平乐县教育局2022年项目资金拨付到位,",  # a year's funds after a name a verb governs
        "资金已拨付至平乐县教育局\n及其下属学校,",  # (a wrap after the name: the sentence goes on, 及其…)
    ],
)
def test_a_body_the_page_only_mentions_is_no_department(mention):
    for text in (mention + "\n" + FRAGMENT, FRAGMENT + mention + "\n" + mention + "\n"):
        info = ident(text)
        assert info.department_evidence is None, (mention, info.department_name)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("填报单位:平乐县第二中学    填报日期:2023年3月1日", "平乐县第二中学"),  # (27b 13: 填报单位(盖章):X)
        ("填报单位(盖章):平乐县第二中学单位负责人:李某|||", "平乐县第二中学"),
        ("申报单位:平乐县图书馆", "平乐县图书馆"),
        ("我局(平乐县林业局)2022年度项目支出绩效自评情况如下:", "平乐县林业局"),  # the report's pronoun tied
        ("平乐县林业局(以下简称“我局”)2022年度项目支出绩效自评情况如下:", "平乐县林业局"),
        ("本单位(平乐县青少年校外活动中心)全年共开展活动20次。", "平乐县青少年校外活动中心"),
        ("联系单位:第一师阿拉尔市财政局,联系人:蒋某", "阿拉尔市财政局"),  # (26w 06)
        ("项目名称 | 日常运转经费 | 主管部门 | 平乐县水利局", "平乐县水利局"),  # a sheet's 主管部门 row
        ("主管部门(单位)名称平乐县水利局资金情况(万元)资金总额35", "平乐县水利局"),  # (27a 11, run together)
        ("资金名称 新建高校 平乐县教育局 专项资金 2020年-2022年", "平乐县教育局"),  # a spaced row's cell (26y 12)
        ("相关表格平乐县财政局二○二一年十一月表格目录", "平乐县财政局"),  # signed over its date (corpus 17)
        ("附件:自评表平乐县水利局 2022年12月30日", "平乐县水利局"),
        ("(一)机构设置。平乐县档案馆是县委直属事业单位。", "平乐县档案馆"),  # a sentence's subject
        ("1、平乐县民政局2022年部门预算绩效文本", "平乐县民政局"),  # starting its line, numbered
        # a sentence's subject with its own units, or compiling the figures (the fixtures below)
        ("另外,平乐县民政局下属共有 6 个事业单位,", "平乐县民政局"),
        ("一是2020年,平乐县文化和旅游局及其下属各单位完成任务,", "平乐县文化和旅游局"),
        ("一是2020年,平乐县文化和旅游局\n及其下属各单位完成任务,", "平乐县文化和旅游局"),  # (wrapped after it)
        ("根据县政府工作安排,平乐县财政局对县本级“三公”经费决算数进行统计汇总,", "平乐县财政局"),
        ("单位信息: 324001-平乐县市场监督管理局 项目名称:", "平乐县市场监督管理局"),  # a budget code before it
    ],
)
def test_a_body_named_where_a_page_names_its_own_is_read(line, name):
    mention = "根据平乐县财政局关于下达资金的通知要求,向平乐县农业农村局拨付资金50万元,"
    info = ident(mention + "\n" + line + "\n" + FRAGMENT + mention + "\n")
    assert info.department_name == name


def test_a_unit_named_whole_in_its_field_not_cut_at_its_parents_agency_word():
    # (填报单位:北京市文化和旅游局综合事务中心 — the match stops at 局; the cell names the centre)
    text = "向北京市财政局报送\n" + "填报单位:北京市文化和旅游局综合事务中心    填报日期:2023年3月1日\n" + FRAGMENT
    assert ident(text).department_name == "北京市文化和旅游局综合事务中心"
    text = "项目主管部门北京市文化和旅游局项目执行单位化工区学校\n" + FRAGMENT
    assert ident(text).department_name != "北京市文化和旅游局项目执行单位化工区学校"


# Fixture pages read from such a place (the recdiff's pages whose department the first cut of these rules lost)
@pytest.mark.parametrize(
    ("fixture", "name"),
    [
        ("diqing-2021-three-public-final.txt", "迪庆州财政局"),  # ,X对州本级…进行统计汇总
        ("ganzi-scjgj-2023-targets-empty-operator-column.txt", "甘孜藏族自治州市场监督管理局"),  # 单位信息: 324001-X
        ("wuzhou-mzj-2025-budget.txt", "梧州市民政局"),  # ,X下属共有6个事业单位
        ("dongyang-wgltj-2020-eval-summary.txt", "东阳市文化和广电旅游体育局"),  # ,X及其下属各单位
        ("ningxiang-batang-2021-targets.txt", "宁乡市坝塘镇人民政府"),  # 填报单位(盖章):X (none before ident25)
    ],
)
def test_fixture_pages_keep_their_department(fixture, name):
    assert parse_path(Path(__file__).parent / "fixtures" / "pages" / fixture).info.department_name == name


# The real pages whose department is read from such a place (the inferred path kept: 0 of them lost).
@pytest.mark.parametrize(
    ("batch", "prefix", "name"),
    [
        ("26w", "06", "阿拉尔市财政局"),  # 联系单位:第一师阿拉尔市财政局
        ("26y", "12", "广东省教育厅"),  # a spaced row's cell
        ("27a", "11", "秀屿区水利局"),  # 主管部门(单位)名称秀屿区水利局
        ("27b", "13", "南岳区青少年校外活动中心"),  # 填报单位(盖章):
        ("27b", "03", "广水市城投公司"),  # a sheet's 项目实施单位 (the convention settled by ident25)
        ("26r", "06", "龙泉市财政局"),  # 经龙泉市财政局汇总
        ("26r", "05", "蕉城区财政局"),  # ,蕉城区财政局负责…公开工作
    ],
)
def test_real_pages_keep_their_department(batch, prefix, name):
    assert page(batch, prefix).department_name.endswith(name)


@pytest.mark.skipif(not REAL.exists(), reason="../shared/real-documents not present")
def test_a_page_naming_no_body_as_its_own_warns():
    # corpus 34 (银川 六中): the sheet's 主管部门 over a unit whose cell is not read — none, and the warning says which
    # body the page only mentions
    parsed = parse_path(REAL / "text" / "34_ningxia_yinchuan-6zhong_2021_selfeval.txt")
    assert parsed.info.department_evidence is None
    warnings = [r for r in parsed.records if isinstance(r, ParseWarning) and r.parser == "identity"]
    assert len(warnings) == 1 and "银川市教育局" in warnings[0].message
    # corpus 17: signed over its date in Chinese numerals — read, no warning
    parsed = parse_path(REAL / "text" / "17_ningxia_yinchuan-xixia_2021_gov_budget.txt")
    assert parsed.info.department_name.endswith("西夏区财政局")
    assert not [r for r in parsed.records if isinstance(r, ParseWarning) and r.parser == "identity"]

"""A body named only where the page tells how it was set up (机构设置: 根据…机构编制委员会《…》…号,设立X。), and a
democratic party's committee (民主党派: 中国致公党北京市委员会), its party's name before its region (ingest/identity.py)
— on the real page (held-out 27k 10, a mirror in traditional characters) and on variants written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from opencc import OpenCC

from ingest.document import parse_path
from ingest.identity import parse_identity
from ingest.script import to_simplified
from ingest.text import split_lines

PAGES = Path(__file__).parent / "fixtures" / "pages"
ZHIGONGDANG = PAGES / "beijing-zhigongdang-2023-final-traditional-established.txt"


def ident(text: str):
    return parse_identity(split_lines(to_simplified(text)[0]), source_name="x.txt")


def test_the_real_page_names_its_body_where_it_was_set_up(tmp_path: Path):
    """27k 10: no title nor field names the body; ``根據北京市機構編制委員會《關於中國致公黨北京市委員會機構設置和人員
    編制的通知》(1986)京編行字第94號,設立中國致公黨北京市委員會。`` does — not the 编制 committee the sentence cites.
    The same page in simplified characters reads the same."""
    info = parse_path(ZHIGONGDANG).info
    assert (info.department_name, info.province, info.source_line) == ("中国致公党北京市委员会", "北京市", 25)
    simplified = tmp_path / ZHIGONGDANG.name
    simplified.write_text(to_simplified(ZHIGONGDANG.read_text("utf-8"))[0], encoding="utf-8")
    assert parse_path(simplified).info.department_name == "中国致公党北京市委员会"


PAGE = (
    "目 录\n第一部分 2023年度部门决算报表\n第二部分 2023年度部门决算说明\n一、部门基本情况\n(一)机构设置、职责\n{}\n"
    "(二)人员构成情况\n行政编制20人,实有人数18人。\n二、收入支出决算总体情况说明\n"
    "2023年度收、支总计100.5万元,比上年减少9.9万元,下降9%。\n"
)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # another party, its approval before the act (经…批准,设立), the page in simplified characters
        ("九三学社上海市委员会是以科学技术界中高级知识分子为主的政党。经上海市机构编制委员会批准,设立九三学社上海市委员会。"
         "内设办公室、组织处。", "九三学社上海市委员会"),
        # the short name of a party, 成立 for 设立
        ("根据重庆市编办《关于民盟重庆市委员会机构设置的通知》,成立民盟重庆市委员会;内设一室三处。",
         "民盟重庆市委员会"),
        # a county's unit, the 编委's approval, the sentence going on after the name
        ("经县编委批准,成立某某县农业综合行政执法大队,为县农业农村局所属行政执法机构。", "某某县农业综合行政执法大队"),
        # 组建, the 编办's document before it
        ("根据市编办《关于印发某某市城市管理综合执法支队机构设置方案的通知》(某编发〔2019〕5号),组建某某市城市管理综合执法支队。",
         "某某市城市管理综合执法支队"),
    ],
)
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_body_named_where_its_establishment_is_told(sentence, name, script):
    text = PAGE.format(sentence)
    if script == "traditional":
        text = OpenCC("s2t").convert(text)
    assert ident(text).department_name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "根据工作需要,成立某某县脱贫攻坚指挥部。",  # (no establishment authority: a task force, not the page's body)
        "经县编委批准,成立了以局长为组长的绩效评价领导小组。",  # (no body's name)
        "本单位于1986年经县编委批准设立,内设办公室。",  # (no name after the act)
        "经县编委批准,设立县财政局国库支付中心。",  # (no region's name: a level alone)
    ],
)
def test_no_body_is_taken_from_a_sentence_setting_up_none(sentence):
    assert ident(PAGE.format(sentence)).department_name == "x"


@pytest.mark.parametrize(
    "name",
    ["中国致公党北京市委员会", "九三学社上海市委员会", "民盟重庆市委员会", "中国民主建国会天津市委员会",
     "中国农工民主党河北省委员会", "台盟福建省委员会", "中国国民党革命委员会广东省委员会"],
)
def test_a_democratic_partys_committee_in_a_title_keeps_its_partys_name(name):
    """A title naming a democratic party's committee (中国致公党北京市委员会2023年度部门决算): the whole name, not the
    region's 北京市委员会 a party's name would be cut to."""
    info = ident(f"{name}2023年度部门决算\n" + PAGE.format("内设办公室。"))
    assert info.department_name == name and info.province in ("北京市", "上海市", "重庆市", "天津市", "河北省",
                                                              "福建省", "广东省")

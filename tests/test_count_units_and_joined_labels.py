"""Counts of visits (户次, 家次, 所次: 共排查投资类企业40户次) are read in that unit, never as 40户 with the 次
dropped; and a count whose words before end in a word joining two nouns (166户农民专业合作社和6741户个体工商户被列入…,
下属1家机关和1家…) is not named by the noun before the 和 — the noun after it names it, and where that cannot be
read the count is left out. The real page is held-out batch 26p's 14 (河北 乐亭县市场监督管理局 2021
项目支出绩效自评表)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests._statement_helpers import figures, stated

LAOTING = "laoting-scjgj-2021-selfeval-preview-cells.txt"


def test_real_page_visits_and_a_list_joined_by_he():
    counts = [(f.label, f.value, f.unit) for f in stated(LAOTING) if f.source_line == 99 and f.field == "count"]
    assert ("共排查投资类企业", Decimal("40"), "户次") in counts
    assert ("企业", Decimal("500"), "户") in counts
    assert ("农民专业合作社", Decimal("166"), "户") in counts
    assert not [c for c in counts if c[1] == Decimal("6741") or c[0].endswith("和")]
    assert ("列入经营异常名录", Decimal("4"), "户") in counts
    assert ("企业列入经营异常名录", Decimal("13"), "户") in counts  # a count opening its clause: the words after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共排查投资类企业40户次,列入经营异常名录4户。",
         [("共排查投资类企业", Decimal("40"), "户次"), ("列入经营异常名录", Decimal("4"), "户")]),
        ("全年走访企业120家次，覆盖学校15所次。",
         [("全年走访企业", Decimal("120"), "家次"), ("覆盖学校", Decimal("15"), "所次")]),
        ("入户走访\n35户次。", [("入户走访", Decimal("35"), "户次")]),
        # the noun after 和 names the count where it can be read; else none
        ("2025年本单位下属1家机关和1家事业单位。", [("机关", Decimal("1"), "家"), ("事业单位", Decimal("1"), "家")]),
        ("全县300户企业与25户个体工商户被列入经营异常名录或标记为经营异常状态。", [("企业", Decimal("300"), "户")]),
        # a verb ending in 及 or 与 is the count's label
        ("该项目涉及1087户,惠及1200户,参与500人。",
         [("该项目涉及", Decimal("1087"), "户"), ("惠及", Decimal("1200"), "户"), ("参与", Decimal("500"), "人")]),
    ],
    ids=["户次", "家次 所次 full-width", "wrapped", "机关和", "企业与", "涉及 惠及 参与"],
)
def test_counts_of_visits_and_counts_after_a_joining_word(text, expected):
    assert [(f.label, f.value, f.unit) for f in figures(text) if f.field == "count"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count opening its clause is named by the words after it, up to ten characters (what is counted and what
        # befell it): 13户企业列入经营异常名录
        ("抽查结果全部公示,13户企业列入经营异常名录。", [("企业列入经营异常名录", Decimal("13"), "户")]),
        ("抽查结果全部公示，8家单位列入重点监管名单；", [("单位列入重点监管名单", Decimal("8"), "家")]),
        # longer words after it are no name: left out
        ("抽查结果全部公示,13户企业因未按时报送年度报告被列入经营异常名录。", []),
    ],
    ids=["after, ten characters", "full-width", "too long"],
)
def test_a_count_opening_its_clause_named_by_the_words_after_it(text, expected):
    assert [(f.label, f.value, f.unit) for f in figures(text) if f.field == "count"] == expected


def test_real_page_a_count_in_wan_people():
    # 三堂街镇 2021 村管费 评价报告, line 7: 2021年我镇人口数6.7万人 — a count in 万人, printed so (a count of 万
    # people may have decimals); 15个行政村 beside it is whole
    counts = [(f.label, f.value, f.unit) for f in stated("taojiang-santangjie-2021-eval-report.txt")
              if f.source_line == 7 and f.field == "count"]
    assert ("我镇人口", Decimal("6.7"), "万人") in counts
    assert ("行政村", Decimal("15"), "个") in counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年服务群众1.5万人次，受益群众2 万人。",
         [("全年服务群众", "count", Decimal("1.5"), "万人次"), ("受益群众", "count", Decimal("2"), "万人")]),
        ("新增参保人数1.3万人，比上年增加0.2万人。",
         [("新增参保人数", "count", Decimal("1.3"), "万人"), ("新增参保人数", "change", Decimal("0.2"), "万人")]),
        ("辖区人口2.5万人口。", []),  # (万人口: the unit runs on into a word)
        ("培训2.5人次。", []),  # (a count of people is whole)
    ],
)
def test_counts_in_wan_people(text, expected):
    assert [(f.label, f.field, f.value, f.unit) for f in figures(text)] == expected

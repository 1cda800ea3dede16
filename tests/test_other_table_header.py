"""An indicator table followed by another table: the other table's header (``序号 | 学校性质 | 培训机构 | … |
补助资金``: its rows' number first, no level, target or actual column) ends the indicator block, so neither that
header nor its rows (``1 | 民办 | 吕梁市远航职业培训学校 | 2600 | …``) are read as indicators — they were, on a
page of the eighteenth session's fresh batch (吕梁山护工培训, 山西)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes, parse_path
from ingest.records import Indicator

PAGE = Path(__file__).parent / "fixtures" / "pages" / "lvliang-hugong-2021-selfeval-school-table-after.txt"
SCHOOLS = ("吕梁市远航职业培训学校", "吕梁精准职业培训学校", "吕梁市离石区好大姐职业培训学校")


def indicators(records) -> list[Indicator]:
    return [r for r in records if isinstance(r, Indicator)]


def test_real_page_the_school_table_is_no_indicator_table():
    found = indicators(parse_path(PAGE).records)
    by_name = {r.level3_name: r for r in found}
    assert by_name["参训学员结业考核通过率"].actual_raw == "98.79%"  # (the indicator table is still read)
    assert by_name["吕梁山护工培训补贴标准达标"].target_raw == "3000元/人"
    assert not [r for r in found if r.source_line >= 16], [(r.source_line, r.level3_name) for r in found]
    assert not [r for r in found if {r.level3_name, r.target_raw} & {"序号", "民办", *SCHOOLS}]


TABLE = (
    "一级指标 | 二级指标 | 三级指标 | 目标值 | 完成值 |\n"
    "产出指标 | 数量指标 | 培训人数 | 12500人 | 12166人 |\n"
    "| 质量指标 | 结业考核通过率 | 100% | 98.79% |\n"
    "{header}\n"
    "1 | 民办 | 远航职业培训学校 | 2600 | 400 | 842 | 218.92 |\n"
    "2 | 公办 | 精准职业培训学校 | 2600 | 400 | 900 | 234 |\n"
)


@pytest.mark.parametrize(
    ("header", "sep"),
    [
        ("序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | 就业奖补标准(元/人) | 合格人数 | 补助资金 |", " | "),
        ("编号 | 单位性质 | 培训机构 | 补助标准 | 奖补标准 | 人数 | 资金(万元) |", " | "),
        ("序号 | 学校性质 | 培训机构 | 培训补助标准(元/人) | 就业奖补标准(元/人) | 合格人数 | 补助资金 |", "\t"),
    ],
)
def test_another_tables_header_ends_the_indicator_block(header, sep):
    text = TABLE.format(header=header).replace(" | ", sep).replace(" |\n", "\n")
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert {r.level3_name: r.actual_raw for r in found} == {"培训人数": "12166人", "结业考核通过率": "98.79%"}


def test_the_indicator_tables_own_header_repeated_does_not_end_it():
    """A page break repeating the indicator table's header (序号 | 一级指标 | … | 指标值): its rows go on."""
    text = (
        "序号 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 |\n"
        "1 | 产出指标 | 数量指标 | 培训人数 | 12500人 | 12166人 |\n"
        "序号 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 |\n"
        "2 | 效益指标 | 社会效益指标 | 就业率 | 60% | 53.53% |\n"
    )
    found = indicators(parse_bytes(text.encode(), Path("x.txt")).records)
    assert {r.level3_name: r.actual_raw for r in found} == {"培训人数": "12166人", "就业率": "53.53%"}

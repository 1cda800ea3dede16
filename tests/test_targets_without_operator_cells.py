"""A target table under 指标性质 | 指标值 | 度量单位 whose 指标性质 cell is left empty in every row, each row on a
line of its own (levels, name, values): its target is the number and the unit after the name, the weight
the last figure (甘孜州市场监督管理局, unseen 16p: nothing on the page had been read). A row that prints an
operator anywhere keeps reading its target from it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from ingest.document import parse_bytes

PAGE = Path(__file__).parent / "fixtures" / "pages" / "ganzi-scjgj-2023-targets-empty-operator-column.txt"


def _indicators(text: str) -> dict[str, tuple]:
    records = parse_bytes(text.encode("utf-8"), Path("page.txt")).records
    return {
        r.level3_name: (r.target_raw, r.target_value, r.target_unit, r.weight)
        for r in records
        if r.record_type == "indicator"
    }


def test_the_real_page() -> None:
    read = _indicators(PAGE.read_text("utf-8"))
    assert read["检查差旅费"] == ("470人/天", Decimal("470"), "人/天", Decimal("2"))
    assert read["召开食品安委会全体会议"] == ("2", Decimal("2"), None, Decimal("15"))
    assert read["食安委成员单位食品安全工作齐抓共管"] == ("100%", Decimal("100"), "%", Decimal("10"))
    assert "470人/天" not in read  # a figure is never a name


HEADER = "一级指标{s}二级指标{s}三级指标{s}指标性质{s}指标值{s}度量单位{s}权重(%)\n"


@pytest.mark.parametrize("sep", [" ", "\t", "  "])
def test_rows_written_here(sep: str) -> None:
    rows = [
        ["产出指标", "数量指标", "开展培训", "3", "次", "10"],
        ["产出指标", "成本指标", "人均培训费", "500", "元/人", "5"],
        ["产出指标", "时效指标", "完成时限", "1", "5"],
        ["效益指标", "社会效益指标", "群众知晓率", "≥", "90", "%", "20"],  # an operator printed: read from it
    ]
    text = "2024年项目支出绩效目标表\n" + HEADER.format(s=sep) + "".join(sep.join(row) + "\n" for row in rows)
    read = _indicators(text)
    assert read["开展培训"] == ("3次", Decimal("3"), "次", Decimal("10"))
    assert read["人均培训费"] == ("500元/人", Decimal("500"), "元/人", Decimal("5"))
    assert read["完成时限"][:2] == ("1", Decimal("1")) and read["完成时限"][3] == Decimal("5")
    assert read["群众知晓率"] == ("≥90%", Decimal("90"), "%", Decimal("20"))


def test_a_continuation_row_without_its_levels_is_no_indicator() -> None:
    # (永德县明朗中学's sheet: `| 有效 | 10 | 10 |` continues the row above — no indicator named 有效)
    text = "2024年项目支出绩效目标表\n" + HEADER.format(s=" | ") + "产出指标 | 数量指标 | 减轻负担\n有效 | 10 | 10\n"
    assert "有效" not in _indicators(text)

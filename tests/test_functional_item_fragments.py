"""类/款/项 sentences read wherever they stand: a fragment of a 决算 without its headings, names with
a bracketed word of their own, a 项 not named (ingest/final_accounts/functional_items.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_path
from ingest.records import FunctionalItem

FRAGMENT = (
    "教育支出(类)普通教育(款)小学教育(项):支出决算为1,234.50万元,完成预算98.5%,主要原因是学生人数增加。\n"
    "一般公共服务(类)人大事务(款)(项):支出决算为12.3万元,完成预算100%。\n"
    "一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项):支出决算为88万元,完成预算100%。\n"
    "另有说明:教育支出(类)普通教育(款)小学教育(项)的资金来源为上级补助。\n"
)


def test_a_fragment_without_headings(tmp_path: Path):
    path = tmp_path / "fragment.txt"
    path.write_text(FRAGMENT, encoding="utf-8")
    items = [r for r in parse_path(path).records if isinstance(r, FunctionalItem)]
    assert [(i.level, i.class_name, i.kuan_name, i.item_name, i.amount_yuan, i.source_line) for i in items] == [
        ("项", "教育支出", "普通教育", "小学教育", Decimal("12345000.00"), 1),
        ("款", "一般公共服务", "人大事务", None, Decimal("123000.00"), 2),
        ("项", "一般公共服务", "政府办公厅(室)及相关机构事务", "行政运行", Decimal("880000.00"), 3),
    ]  # the path quoted inside line 4's sentence is no item
    assert items[0].completion_pct == Decimal("98.5")

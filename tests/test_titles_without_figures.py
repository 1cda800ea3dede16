"""A file that names a fiscal table or a performance sheet by its title, but none of whose figures any reader
could place, is loaded with the title recorded as present and a parse warning — not rejected
(ingest/document.py ``tables_without_figures``). A file with no such title and no figure is rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_bytes
from ingest.records import SectionStatus
from ingest.text import DocumentError

# a sheet whose cells came out run together with no separator: nothing any reader can place
RUN_TOGETHER = "{title}\n单位名称某某单位资金投入情况全年预算数全年执行数年度资金总额:390390100%其中地方资金\n"


def _titles(records) -> list[str]:
    return [r.section for r in records if isinstance(r, SectionStatus)]


@pytest.mark.parametrize(
    "title",
    [
        "2024年度项目支出绩效自评表",
        "某县2021年部门整体支出绩效评价表",
        "财政支出项目绩效评价自评报告",
        "（动物防疫项目）绩效目标申报表",
        "2021年中央林业改革发展资金分配表",
        "省级补助资金分配明细表",
    ],
)
def test_a_titled_sheet_without_placed_figures_is_loaded_not_rejected(title):
    records = parse_bytes(RUN_TOGETHER.format(title=title).encode(), Path("x.txt")).records
    assert len(_titles(records)) == 1 and _titles(records)[0].startswith("table:")


def test_a_file_without_a_fiscal_title_or_figure_is_rejected():
    with pytest.raises(DocumentError, match="no recognisable section"):
        parse_bytes(RUN_TOGETHER.format(title="工作简报第三期").encode(), Path("x.txt"))

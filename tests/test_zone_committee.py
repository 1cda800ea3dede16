"""A development zone's sheet titled by the zone (金寨经济开发区2021年度项目支出绩效目标申报表) whose fields name the
committee managing it (实施单位 安徽金寨经济开发区管理委员会): the committee is the body, the zone an area
(ingest/identity.py ``_zones_committee``). Real page of held-out batch 26r (11) and variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import parse_path
from tests._statement_helpers import page_info

PAGES = Path(__file__).parent / "fixtures" / "pages"


def test_real_page_the_zones_committee_publishes():
    info = parse_path(PAGES / "jinzhai-kfq-2021-project-targets-space-rows.txt").info
    assert info.department_name == "安徽金寨经济开发区管理委员会"
    assert info.entity_kind == "department"


SHEET = "{title}\n项目支出绩效目标申报表\n(2021年度)\n项目名称 物业管理\n主管部门 县财政局 实施单位 {unit}\n"


@pytest.mark.parametrize(
    ("title", "unit", "name"),
    [
        ("六安经济技术开发区2022年度项目支出绩效目标申报表", "六安经济技术开发区管委会", "六安经济技术开发区管委会"),
        ("霍邱工业园区2022年度项目支出绩效目标申报表", "安徽霍邱工业园区管理委员会", "安徽霍邱工业园区管理委员会"),
        # (a committee printed for another zone, or none: the zone as the title names it)
        ("霍邱工业园区2022年度项目支出绩效目标申报表", "霍邱县经济和信息化局", "霍邱工业园区"),
    ],
)
def test_variants(title, unit, name, tmp_path):
    info = page_info(SHEET.format(title=title, unit=unit), tmp_path)
    assert info.department_name.endswith(name), info.department_name
    assert info.department_name.endswith(("管委会", "管理委员会")) == name.endswith(("管委会", "管理委员会"))

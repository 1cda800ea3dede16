"""The national region seed (seeds/regions.csv) and how a department's name resolves to a region."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_dbt_build import unit_test_outcomes

from juesuan.regions_seed import (
    SEED_PATH,
    build_regions,
    county_aliases,
    packaged_divisions,
    prefecture_aliases,
    read_divisions,
)

DIVISIONS = """adcode,name,longitude,latitude
310000000000,上海市,0,0
310100000000,上海市,0,0
310107000000,普陀区,0,0
330000000000,浙江省,0,0
330900000000,舟山市,0,0
330903000000,普陀区,0,0
513200000000,阿坝藏族羌族自治州,0,0
510000000000,四川省,0,0
513223000000,茂县,0,0
652800000000,巴音郭楞蒙古自治州,0,0
650000000000,新疆维吾尔自治区,0,0
999900000000,海域,0,0
"""


def test_divisions_become_a_hierarchy_with_the_names_documents_print() -> None:
    rows = {r.region_id: r for r in build_regions(read_divisions(DIVISIONS))}
    assert "310100" not in rows and "999900" not in rows  # a municipality's 市辖区 level; sea areas
    putuo = rows["310107"]
    assert (putuo.parent_id, putuo.prefecture, putuo.admin_level) == ("310000", "", "district")
    assert (rows["330903"].parent_id, rows["330903"].prefecture) == ("330900", "舟山市")
    assert (rows["513223"].parent_id, rows["513223"].admin_level, rows["513223"].aliases) == ("513200", "county", ())
    assert rows["513200"].aliases == ("阿坝州", "阿坝")
    assert rows["652800"].aliases == ("巴音郭楞州", "巴音郭楞", "巴州")
    assert rows["510000"].aliases == ("四川",)


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("随州市", ("随州",)),
        ("阿克苏地区", ("阿克苏",)),
        ("阿拉善盟", ("阿拉善",)),
        ("黔南布依族苗族自治州", ("黔南州", "黔南")),
        ("海西蒙古族藏族自治州", ("海西州", "海西")),
        ("克孜勒苏柯尔克孜自治州", ("克孜勒苏州", "克孜勒苏")),
        ("雄安新区", ()),
    ],
)
def test_prefecture_short_names(name: str, aliases: tuple[str, ...]) -> None:
    assert prefecture_aliases(name) == aliases


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("巴里坤哈萨克自治县", ("巴里坤县",)),
        ("长白朝鲜族自治县", ("长白县",)),  # 白 is a nationality too: the longest stem wins
        ("围场满族蒙古族自治县", ("围场县",)),
        ("双江拉祜族佤族布朗族傣族自治县", ("双江县",)),
        ("龙胜各族自治县", ("龙胜县",)),
        ("莫力达瓦达斡尔族自治旗", ("莫力达瓦旗",)),
        ("茂县", ()),
        ("曾都区", ()),
    ],
)
def test_autonomous_county_short_names(name: str, aliases: tuple[str, ...]) -> None:
    assert county_aliases(name) == aliases


def test_committed_seed_is_the_generated_one(tmp_path: Path) -> None:
    """seeds/regions.csv is regenerated, not edited: `python -m juesuan.regions_seed`."""
    from juesuan.regions_seed import write_seed

    out = tmp_path / "regions.csv"
    write_seed(build_regions(read_divisions(packaged_divisions())), out)
    assert out.read_text(encoding="utf-8") == SEED_PATH.read_text(encoding="utf-8")
    rows = list(csv.DictReader(SEED_PATH.open(encoding="utf-8")))
    levels = {level: sum(r["admin_level"] == level for r in rows) for level in ("province", "prefecture")}
    assert levels == {"province": 34, "prefecture": 340}
    assert len(rows) > 3000


@pytest.mark.slow
def test_region_resolution_unit_test_passes(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The dbt unit tests of int_documents_resolved (models/intermediate/_intermediate__unit_tests.yml):
    region resolution, short forms of a name keyed as their full form, and which files of a year give facts
    (tests/test_documents_of_a_year.py)."""
    assert unit_test_outcomes(tmp_path_factory, "int_documents_resolved") == ["pass", "pass", "pass"]

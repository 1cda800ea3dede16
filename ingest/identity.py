"""Who published a document, for which year, and in what layout (:class:`DocumentInfo`).

Read from the text, never from the file name unless nothing else is found:

- department: a name ending in an agency suffix (局, 厅, 委员会, 办公室, 办事处 …) with its region
  prefix, preferring the title lines (``新疆昌吉州人力资源和社会保障局``), ``预算主管部门：…`` or
  ``预算单位：…`` lines of budgets, then the most frequent name in the text;
- region: the prefix of the department name as printed (``四川省阿坝州茂县`` → 四川省 / 阿坝州 /
  茂县), enriched by a longer printed form of the same lowest region (``随州市曾都区``);
  admin level from the lowest region's suffix (区 → district, 县/旗 → county, 州/市/盟/地区 →
  prefecture, a province alone → province);
- fiscal year: ``2022 年度部门决算`` / ``2025年区级部门预算`` in the title, else the most frequent
  ``20xx年``;
- document type: 绩效目标表 → performance_target, 决算 → final_account, 预算 → budget;
- layout: ``pdf``; ``markdown_tsv`` (tab-separated table rows), ``cell_per_line`` (one
  tab-indented cell per line), ``hard_wrapped`` (short wrapped lines) or ``plain``;
- scope: ``unit`` when the title says 单位预算/单位决算.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from statistics import median

from ingest.records import DocumentInfo
from ingest.text import Line

# How many non-blank lines count as the title block.
TITLE_LINES = 6
PROVINCES = (
    "新疆维吾尔自治区", "广西壮族自治区", "宁夏回族自治区", "西藏自治区", "内蒙古自治区", "北京市", "天津市", "上海市", "重庆市",  # noqa: E501
    "新疆", "广西", "宁夏", "西藏", "内蒙古", "北京", "天津", "上海", "重庆",
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
    "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",  # noqa: E501
)
PROVINCES_LONGEST_FIRST = tuple(sorted(PROVINCES, key=len, reverse=True))
PROVINCE_RE = "|".join(PROVINCES_LONGEST_FIRST)
CJK = r"[\u4e00-\u9fff]"
# Region prefix of a department name: [province][prefecture][county].
REGION_RE = re.compile(
    rf"^(?P<province>{PROVINCE_RE})?"
    rf"(?P<prefecture>{CJK}{{1,12}}?(?:自治州|州市|州|地区|盟|市)(?![\u4e00-\u9fff]{{0,1}}(?:州|市)))?"
    rf"(?P<county>{CJK}{{1,6}}?(?:自治县|县|区|旗|市))?"
)
# What an agency's name ends in (a line without any of these names no department).
AGENCY_WORDS = ("委员会", "办公室", "办事处", "管理局", "局", "厅", "委", "中心", "院")
AGENCY_SUFFIX = "(?:" + "|".join(AGENCY_WORDS) + ")"
# A department name: a region prefix then words then an agency suffix.
DEPARTMENT_RE = re.compile(rf"(?:{PROVINCE_RE})?{CJK}{{1,12}}?(?:州|市|县|区|旗|盟|地区){CJK}{{2,24}}?{AGENCY_SUFFIX}")
# Words a name match may start with that are not part of the name.
NAME_NOISE_RE = re.compile(r"^(?:第[一二三四五六七八九十]+部分|(?:部门|单位)?(?:\(单位\))?名称|目录|附件\d*|主要职能|[一二三四五六七八九十]+、)+")  # noqa: E501
BUDGET_HOLDER_RE = re.compile(r"预算(?:主管部门|单位)\s*[:：]\s*(?P<name>\S+)")
TITLE_YEAR_RE = re.compile(r"(?P<year>20\d{2})\s*年度?\s*(?:区级|市级|县级|省级)?\s*(?:部门|单位)?\s*(?:决算|预算)")
YEAR_RE = re.compile(r"(20\d{2})\s*年")
# Phrases counted to tell a final account from a budget (alternatives spelled out in full: faster).
FINAL_PHRASE_RE = re.compile(r"部门决算|单位决算|决算公开|决算情况说明")
BUDGET_PHRASE_RE = re.compile(r"部门预算(?!项目)|单位预算(?!项目)|预算公开")
SECTOR_SUFFIX_RE = re.compile(r"(?:管理局|局|厅|委员会|委)$")
ADMIN_BY_SUFFIX = (("区", "district"), ("县", "county"), ("旗", "county"), ("市", "county"))
# Layout thresholds.
MIN_TABLE_ROWS = 5
SHORT_LINE_CHARS = 32


def _head(lines: list[Line]) -> list[Line]:
    """The title block: the first :data:`TITLE_LINES` non-blank lines."""
    return list(islice((line for line in lines if line.text.strip()), TITLE_LINES))


def _title(lines: list[Line]) -> str:
    return "".join(line.compact for line in _head(lines))


def _doc_type_of(text: str, title: str) -> str | None:
    """The document type ``text`` states, or None when it names none."""
    if "绩效目标表" in text and "决算" not in title:
        return "performance_target"
    finals = len(FINAL_PHRASE_RE.findall(text))
    budgets = len(BUDGET_PHRASE_RE.findall(text))
    if finals or budgets:
        return "final_account" if finals >= budgets else "budget"
    return None


def detect_doc_type(lines: list[Line], title: str) -> str:
    """performance_target / final_account / budget from the title, else from phrase counts."""
    return (
        _doc_type_of(title, title)
        or _doc_type_of("".join([line.norm for line in lines]), title)
        or "final_account"
    )


def detect_year(lines: list[Line], title: str) -> int | None:
    """The fiscal year stated in the title, else the most frequent 20xx年 of the text."""
    match = TITLE_YEAR_RE.search(title)
    if match:
        return int(match.group("year"))
    if re.search(r"(?:决算|预算)", title):
        years = re.findall(r"20\d{2}", title)
        if years:
            return int(years[0])
    for line in lines[:400]:
        m = TITLE_YEAR_RE.search(line.compact)
        if m:
            return int(m.group("year"))
    counts = Counter(int(y) for line in lines for y in YEAR_RE.findall(line.norm))
    return counts.most_common(1)[0][0] if counts else None


def detect_layout(lines: list[Line], is_pdf: bool) -> str:
    """pdf / markdown_tsv / cell_per_line / hard_wrapped / plain, by the shape of the lines."""
    if is_pdf:
        return "pdf"
    prose: list[int] = []  # lengths of the non-blank lines without tabs
    tsv = cells = 0  # rows of 3+ tab-separated cells / single tab-indented cells
    for text, count in Counter([line.text for line in lines]).items():  # each distinct line once
        if "\t" not in text:
            if text.strip():
                prose.extend([len(text.strip())] * count)
            continue
        filled = sum(1 for c in text.split("\t") if c.strip())
        if filled >= 3:
            tsv += count
        elif filled == 1 and text.startswith("\t"):
            cells += count
    if cells >= MIN_TABLE_ROWS and cells > tsv:
        return "cell_per_line"
    if tsv >= MIN_TABLE_ROWS:
        return "markdown_tsv"
    if prose and median(prose) <= SHORT_LINE_CHARS:
        return "hard_wrapped"
    return "plain"


def _candidates(lines: list[Line]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for line in lines:
        text = line.compact
        holder = BUDGET_HOLDER_RE.search(text)
        if holder:
            out.append((holder.group("name"), line.number))
            continue
        if not any(word in text for word in AGENCY_WORDS):
            continue
        for m in DEPARTMENT_RE.finditer(text):
            name = NAME_NOISE_RE.sub("", m.group(0))
            if REGION_RE.match(name) and REGION_RE.match(name).group(0):  # type: ignore[union-attr]
                out.append((name, line.number))
    return out


def _core(name: str) -> str:
    """The department name without its region prefix."""
    match = REGION_RE.match(name)
    return name[match.end() :] if match else name


def detect_department(lines: list[Line]) -> tuple[str | None, int]:
    """The department name and its line: title / 预算单位 line first, else the most frequent."""
    for name, number in _candidates(_head(lines)):
        return name, number
    candidates = _candidates(lines[:2000])
    if not candidates:
        return None, 1
    cores = Counter(_core(name) for name, _ in candidates if _core(name))
    if not cores:
        return None, 1
    core = cores.most_common(1)[0][0]
    variants = [(name, number) for name, number in candidates if _core(name) == core]
    names = Counter(name for name, _ in variants)
    best = names.most_common(1)[0][0]
    return best, next(number for name, number in variants if name == best)


def split_region(name: str, lines: list[Line]) -> tuple[str | None, str | None, str | None]:
    """(province, prefecture, county) printed in the department name, completed by a longer
    printed form of its lowest region elsewhere in the text (``随州市曾都区``)."""
    match = REGION_RE.match(name)
    if match is None or not match.group(0):
        return None, None, None
    province, prefecture, county = match.group("province"), match.group("prefecture"), match.group("county")
    lowest = county or prefecture
    if lowest and (province is None or (county and prefecture is None)):
        text = "".join([line.compact for line in lines[:3000]])
        found_province, found_prefecture = _printed_parents(text, lowest, with_prefecture=bool(county))
        province = province or found_province
        prefecture = prefecture or found_prefecture
    if province and prefecture is None and county is None:
        return province, None, None
    return province, prefecture, county


def _printed_parents(text: str, lowest: str, *, with_prefecture: bool) -> tuple[str | None, str | None]:
    """Province / prefecture printed right before ``lowest`` somewhere in ``text`` (shortest form)."""
    province = prefecture = None
    for m in re.finditer(re.escape(lowest), text):
        pos = m.start()
        if with_prefecture and prefecture is None:
            for k in range(2, 6):
                cand = text[max(0, pos - k - 1) : pos]
                if len(cand) == k + 1 and cand[-1] in "市州盟":
                    if cand in PROVINCES:
                        province = province or cand
                    else:
                        prefecture = cand
                        pos -= len(cand)
                    break
        for cand in PROVINCES_LONGEST_FIRST:
            if text.endswith(cand, 0, pos):
                province = province or cand
                break
        if province and (prefecture or not with_prefecture):
            break
    return province, prefecture


def admin_level(province: str | None, prefecture: str | None, county: str | None) -> str | None:
    """district / county / prefecture / province from the lowest region printed."""
    if county:
        for suffix, level in ADMIN_BY_SUFFIX:
            if county.endswith(suffix):
                return level
        return "county"
    if prefecture:
        return "prefecture"
    return "province" if province else None


def sector_of(name: str) -> str | None:
    """``新疆昌吉州人力资源和社会保障局`` → ``人力资源和社会保障``."""
    core = _core(name)
    sector = SECTOR_SUFFIX_RE.sub("", core)
    return sector or None


def parse_identity(lines: list[Line], *, source_name: str, is_pdf: bool = False) -> DocumentInfo:
    """Detect department, region, year, document type, layout and scope from the text."""
    title = _title(lines)
    name, line_number = detect_department(lines)
    sector = sector_of(name) if name else None
    if name is None:
        name = re.sub(r"\.[A-Za-z0-9]+$", "", source_name)
    province, prefecture, county = split_region(name, lines)
    return DocumentInfo(
        department_name=name,
        sector=sector,
        province=province,
        prefecture=prefecture,
        county=county,
        admin_level=admin_level(province, prefecture, county),
        fiscal_year=detect_year(lines, title),
        doc_type=detect_doc_type(lines, title),
        layout=detect_layout(lines, is_pdf),
        scope="unit" if re.search(r"单位(?:预算|决算)", title) else "department",
        source_line=line_number,
        source_page=lines[0].page if lines and is_pdf else None,
    )

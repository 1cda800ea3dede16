"""其他重要事项: 机关运行经费, 政府采购 and 国有资产占用 (vehicles, fixed assets, floor area, equipment).

``政府采购支出总额 201.61 万元，其中：政府采购货物支出 42.71 万元、…授予中小企业合同金额 201.61
万元，占政府采购支出总额的 100.00%，其中：授予小微企业合同金额 …`` and ``车辆 7 辆 …其中：
主要领导干部用车 0 辆、…、其他用车 7 辆 … 单价 100 万元（含）以上设备（不含车辆）0 台（套）``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ingest.final_accounts.figures import NUM, read_metrics, required_words, spec
from ingest.final_accounts.sections import Narrative
from ingest.numbers import decimals_of, parse_decimal
from ingest.records import Metric

OPERATION_SPECS = (spec("operation_expense", r"机关运行经费"),)
PROCUREMENT_SPECS = (
    spec("procurement_total", r"政府采购支出总额|(?<!设备)(?<!设施)(?<!货物)(?<!工程)(?<!服务)采购支出(?:总额)?", tail=False),  # noqa: E501
    spec("procurement_goods", r"政府采购货物支出|货物采购支出", "procurement_total", tail=False),
    spec("procurement_works", r"政府采购工程支出|工程采购支出", "procurement_total", tail=False),
    spec("procurement_services", r"政府采购服务支出|服务采购支出", "procurement_total", tail=False),
    spec("procurement_sme", r"(?<!其中:)授予中小企业合同金额", "procurement_total", tail=False),
    spec("procurement_small_micro", r"授予小微企业合同金额", "procurement_sme", tail=False),
)
ASSET_MONEY_SPECS = (spec("fixed_assets_value", r"固定资产(?:原值|总额|账面价值)?", tail=False),)
# Vehicle types (国有资产占用情况) → metric; counts are "N 辆".
VEHICLE_TYPES: tuple[tuple[str, str], ...] = (
    ("vehicles_senior_leader", r"副部\s*\(省\)\s*级及以上领导用车|副省级及以上领导干部用车|部级领导用车"),
    ("vehicles_principal_leader", r"主要领导干部用车"),
    ("vehicles_confidential", r"机要通信用车"),
    ("vehicles_emergency", r"应急保障用车"),
    ("vehicles_enforcement", r"执法执勤用车"),
    ("vehicles_special", r"特种专业技术用车"),
    ("vehicles_retired_cadre", r"离退休干部用车"),
    ("vehicles_other", r"其他用车"),
    ("vehicles_total", r"(?:共有|拥有)?车辆"),
)
# Each type's pattern (the count in 辆) and the words one of which its label prints.
VEHICLE_RES = tuple(
    (metric, re.compile(r"(?P<label>" + label + r")\s*(?P<n>\d+)\s*辆"), required_words(label) or ("",))
    for metric, label in VEHICLE_TYPES
)
FLOOR_AREA_RE = re.compile(r"房屋(?:建筑面积)?\s*(?P<n>" + NUM + r")\s*平方米")
EQUIPMENT_RE = re.compile(
    r"单(?:价|位价值)\s*(?P<threshold>\d+)\s*万元(?:\s*\(含\))?\s*以上[^\d。;]{0,16}?(?P<n>\d+)\s*台"
)
EQUIPMENT_METRICS = {100: "equipment_over_1m_units", 50: "equipment_over_500k_units"}


def _count(metric: str, label: str, number: str, unit: str, line: int, page: int | None) -> Metric:
    value = parse_decimal(number)
    ulp = Decimal(1).scaleb(-decimals_of(number)) if value is not None else None
    return Metric(metric=metric, label=label, value=value, unit=unit, ulp=ulp, source_line=line, source_page=page)


def parse_assets(narrative: Narrative) -> list[Metric]:
    """国有资产: fixed-asset value, floor area, vehicles by type, equipment over 1 million."""
    blocks = narrative.in_sections("assets")
    out: list[Metric] = list(read_metrics(blocks, ASSET_MONEY_SPECS))
    seen: set[str] = set()
    for block in blocks:
        text, para = block.text, block.paragraph
        has = text.__contains__
        for metric, pattern, words in VEHICLE_RES:
            m = pattern.search(text) if any(map(has, words)) else None
            if m and metric not in seen:
                seen.add(metric)
                out.append(_count(metric, m.group("label"), m.group("n"), "vehicle", para.line_at(m.start("n")), para.page_at(m.start("n"))))  # noqa: E501
        m = FLOOR_AREA_RE.search(text)
        if m and "floor_area_sqm" not in seen:
            seen.add("floor_area_sqm")
            at = m.start("n")
            out.append(_count("floor_area_sqm", "房屋", m.group("n"), "sqm", para.line_at(at), para.page_at(at)))
        for m in EQUIPMENT_RE.finditer(text):
            metric = EQUIPMENT_METRICS.get(int(m.group("threshold")))
            if metric and metric not in seen:
                seen.add(metric)
                label = f"单价{m.group('threshold')}万元以上设备"
                at = m.start("n")
                out.append(_count(metric, label, m.group("n"), "unit", para.line_at(at), para.page_at(at)))
    return out


def parse_other_matters(narrative: Narrative) -> list[Metric]:
    """机关运行经费, 政府采购 amounts and shares, and 国有资产 figures."""
    operation = read_metrics(narrative.in_sections("operation"), OPERATION_SPECS)
    procurement = read_metrics(narrative.in_sections("procurement"), PROCUREMENT_SPECS)
    # A procurement total stated once per project (Maoxian) repeats the same value: keep the first.
    totals = [m for m in procurement if m.metric == "procurement_total"]
    procurement = [m for m in procurement if m.metric != "procurement_total"] + totals[:1]
    return operation + procurement + parse_assets(narrative)



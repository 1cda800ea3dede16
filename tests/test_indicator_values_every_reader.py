"""Every reader's indicators carry their target's and actual's operator, value and unit (the stream,
narrative and bracketed-level readers keep the printed text only; ``parse_performance`` reads it for
them), and a bare figure takes its unit — and the template placeholder's operator — from its name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ingest.document import parse_bytes

REAL = Path(__file__).resolve().parents[2] / "shared" / "real-documents" / "text"
PAGES = Path(__file__).parent / "fixtures" / "pages"


def _indicators(text: str, name: str = "page.txt") -> dict[str, tuple]:
    records = parse_bytes(text.encode("utf-8"), Path(name)).records
    return {
        r.level3_name: (r.target_operator, r.target_value, r.target_unit, r.actual_value, r.actual_unit)
        for r in records
        if r.record_type == "indicator"
    }


def test_a_flattened_sheet_read_by_the_stream_reader_has_parsed_values() -> None:
    # 中江县 水利局's 自评表 flattened into one line: the stream reader reads it
    text = (REAL / "32_sichuan_zhongjiang-slj_2022_selfeval.txt").read_text("utf-8")
    read = _indicators(text)
    assert read["及时(按期)开工率"] == (">=", Decimal("90"), "%", Decimal("90"), "%")
    assert read["项目(工程)验收合格率"] == ("=", Decimal("100"), "%", Decimal("100"), "%")
    assert read["水标尺宽度"][:3] == (">=", Decimal("50"), "厘米")


def test_the_same_sheet_printed_half_width_and_spaced_reads_the_same() -> None:
    text = (REAL / "32_sichuan_zhongjiang-slj_2022_selfeval.txt").read_text("utf-8")
    variant = text.replace("≥90%", ">= 90 %").replace("≥266米", ">=266 米")
    read = _indicators(variant)
    assert read["及时(按期)开工率"] == (">=", Decimal("90"), "%", Decimal("90"), "%")
    assert read["安装坡面水标尺"] == (">=", Decimal("266"), "米", Decimal("266"), "米")


def test_a_bare_figure_takes_the_unit_and_placeholder_its_name_prints() -> None:
    # 原州区自然资源局's project targets: 修建作业道长度(公里) 30, 苗木成活率(≥**%) 85, 项目总投入(≥**万元) 6070
    page = PAGES / "yuanzhou-zrzyj-2022-project-targets-bracketed-units.txt"
    read = _indicators(page.read_text("utf-8"), page.name)
    assert read["修建作业道长度(公里)"][:3] == ("=", Decimal("30"), "公里")
    assert read["实施营造林总面积(亩)"][:3] == ("=", Decimal("80000"), "亩")
    assert read["苗木成活率(≥**%)"][:3] == (">=", Decimal("85"), "%")
    assert read["项目总投入(≥**万元)"][:3] == (">=", Decimal("6070"), "万元")


def test_bracketed_units_in_a_table_of_another_layout() -> None:
    text = (
        "某某县住房和城乡建设局2024年项目支出绩效目标表\n"
        "项目名称\t老旧小区改造\n"
        "一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t新建排水沟（m）\t1300\n"
        "产出指标\t数量指标\t培训人数（含线上）\t30\n"
        "产出指标\t质量指标\t道路硬化率（≥**%）\t95\n"
        "产出指标\t质量指标\t验收合格率（≥**%）\t=100%\n"
        "产出指标\t成本指标\t改造投入（≤**万元）\t500\n"
    )
    read = _indicators(text)  # (names are read with half-width brackets)
    assert read["新建排水沟(m)"][:3] == ("=", Decimal("1300"), "米")
    assert read["培训人数(含线上)"][:3] == ("=", Decimal("30"), "人")
    assert read["道路硬化率(≥**%)"][:3] == (">=", Decimal("95"), "%")
    assert read["验收合格率(≥**%)"][:3] == ("=", Decimal("100"), "%")  # the figure's own operator wins
    assert read["改造投入(≤**万元)"][:3] == ("<=", Decimal("500"), "万元")

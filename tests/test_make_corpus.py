"""The synthetic corpus generator: deterministic, consistent after rescaling, errors where planted."""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._regions import SECTORS, regions_at
from benchmarks.make_corpus import (
    DocumentPlan,
    format_like,
    make_corpus,
    plan_corpus,
    render,
    scale_money,
    shift_years,
)

CHANGJI_PLAN = DocumentPlan(0, "changji", regions_at("prefecture")[5], SECTORS[3], 2020, seed=11)
TOL_PER_FIGURE = Decimal("0.005")  # half of 0.01 万元, the precision the samples print


def _figure(text: str, label: str) -> Decimal:
    m = re.search(label + r"\s*([\d,]+\.\d+)\s*万元", text)
    assert m, f"{label} not found"
    return Decimal(m.group(1).replace(",", ""))


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_byte_identical_corpus(tmp_path: Path) -> None:
    make_corpus(5, 42, tmp_path / "a", plant_rate=0.5)
    make_corpus(5, 42, tmp_path / "b", plant_rate=0.5)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) == 6  # five documents and the manifest
    assert a == b


def test_other_seed_gives_other_documents(tmp_path: Path) -> None:
    make_corpus(5, 1, tmp_path / "a")
    make_corpus(5, 2, tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "b")


def test_smaller_corpus_is_a_prefix_of_a_larger_one() -> None:
    small = [p.file for p in plan_corpus(3, 9)]
    large = [p.file for p in plan_corpus(50, 9)]
    assert large[:3] == small
    assert len(set(large)) == 50  # one document per department, year and type


def test_manifest_describes_each_document(tmp_path: Path) -> None:
    rows = make_corpus(5, 3, tmp_path)
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows
    for row in rows:
        text = (tmp_path / str(row["file"])).read_text(encoding="utf-8")
        assert str(row["fiscal_year"]) in text
        assert row["planted"] is None


def test_rescaled_changji_totals_still_add_up() -> None:
    doc = render(CHANGJI_PLAN, plant_rate=0.0, layout="markdown_tsv")
    text = doc.text
    k = Decimal(str(doc.manifest["scale"]))
    assert k != 1
    income_total = _figure(text, "收入总计")
    assert income_total == Decimal(format_like(Decimal("1852.62") * k, "1852.62"))
    # R02: 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余, within 3 half-units
    parts = _figure(text, "本年收入合计") + _figure(text, "使用非财政拨款结余") + _figure(text, "年初结转和结余")
    assert abs(income_total - parts) <= 3 * TOL_PER_FIGURE
    # R04: 本年收入 = the income sources
    labels = ("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入")
    sources = sum(_figure(text, label) for label in labels)
    assert abs(_figure(text, "本年收入") - sources) <= 6 * TOL_PER_FIGURE
    # shares are ratios: they do not move
    assert "占 99.94%" in text
    assert "昌吉" not in text and "2022" not in text.split("1992-1993")[0]


def test_rescaled_bazhou_tasks_keep_total_equal_fiscal_plus_other() -> None:
    plan = DocumentPlan(0, "bazhou", regions_at("prefecture")[0], SECTORS[1], 2023, seed=5)
    doc = render(plan, plant_rate=0.0, layout="markdown_tsv")
    rows = re.findall(r"\t(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)\t(\d+(?:\.\d+)?)[ \t]*$", doc.text, flags=re.M)
    assert len(rows) == 4
    for total, fiscal, other in rows:
        assert Decimal(total) == Decimal(fiscal) + Decimal(other)
    assert "1663.73" not in doc.text  # the 人员保障 task was rescaled


def test_planted_error_is_where_the_manifest_says(tmp_path: Path) -> None:
    rows = make_corpus(5, 4, tmp_path, plant_rate=1.0)
    for row in rows:
        planted = row["planted"]
        assert planted, row["file"]
        lines = (tmp_path / str(row["file"])).read_text(encoding="utf-8").split("\n")
        assert planted["new"] in lines[planted["line"] - 1]
        assert planted["new"] != planted["old"]
        assert re.fullmatch(r"R\d\d", planted["rule"])


@pytest.mark.parametrize(
    ("original", "k", "expected"),
    [("1,852.62", "1.5", "2,778.93"), ("0.96", "2", "1.92"), ("622", "2.728", "1697"), ("0.00", "3.1", "0.00")],
)
def test_format_like_keeps_the_printed_precision(original: str, k: str, expected: str) -> None:
    assert format_like(Decimal(original.replace(",", "")) * Decimal(k), original) == expected


def test_scaling_leaves_percentages_counts_and_thresholds() -> None:
    text = "支出 12.00 万元，占 3.5%，7 人，单价 100 万元以上设备 0 台，成本 ≤72750 元，预算 682.71 万\n\n元"
    out = scale_money(text, Decimal("2"))
    assert out == "支出 24.00 万元，占 3.5%，7 人，单价 100 万元以上设备 0 台，成本 ≤145500 元，预算 1365.42 万\n\n元"


def test_years_shift_but_codes_and_amounts_do_not() -> None:
    text = "2022 年度，与 2021 年相比；项目 51322322T000005968529；2021 万元；截至2022年12月31日"
    expected = "2024 年度，与 2023 年相比；项目 51322322T000005968529；2021 万元；截至2024年12月31日"
    assert shift_years(text, 2024) == expected


@pytest.mark.slow
def test_synthetic_corpus_parses_on_a_local_dask_cluster(tmp_path: Path, prefect_harness: None) -> None:
    """The scale path of docs/scaling.md: the same parse as mapped Prefect tasks on Dask."""
    pytest.importorskip("prefect_dask")
    from benchmarks._dask_parse import parse_on_dask

    rows = make_corpus(4, 3, tmp_path / "docs")
    result = parse_on_dask(tmp_path / "docs", n_workers=1)
    assert result["documents"] == 4
    assert result["bytes"] == sum((tmp_path / "docs" / str(r["file"])).stat().st_size for r in rows)
    assert result["records"] > 4 * 10  # every document yields records, not just its identity


@pytest.mark.slow
def test_every_synthetic_document_parses_without_an_error(tmp_path: Path) -> None:
    """The parse of 120 generated documents (re-laid samples: other regions, years, amounts, wraps):
    every one reads — a reader's rule that raises on a layout it did not expect would set a real
    document aside (seven of these once raised IndexError in the stated-figure bracket rule)."""
    from ingest.document import parse_path

    make_corpus(120, 7, tmp_path / "docs")
    failed = {}
    for path in sorted((tmp_path / "docs").rglob("*.txt")):
        try:
            parse_path(path)
        except Exception as error:  # every kind of failure is the finding
            failed[path.name] = f"{type(error).__name__}: {error}"
    assert failed == {}

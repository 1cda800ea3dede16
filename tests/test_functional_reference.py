"""The national 支出功能分类 reference (seeds/functional_classification.csv) against itself, its
recorded sources (seeds/_seeds__models.yml meta) and every 科目编码 the bundled documents print.

Parses the sample documents (and ../shared/real-documents when present) without dbt: a code a
document prints must be in the reference under its printed name (or an alias), as R17 judges it.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
import yaml
from conftest import PDF_DIR

from benchmarks.fidelity import REAL_DOCUMENTS
from ingest.document import parse_path
from ingest.records import FunctionalItem
from juesuan.settings import SAMPLE_DOCUMENTS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
LEVEL_LENGTH = {"类": 3, "款": 5, "项": 7}


@functools.cache
def reference() -> dict[str, dict[str, str]]:
    with (SEEDS / "functional_classification.csv").open(encoding="utf-8") as f:
        return {row["functional_code"]: row for row in csv.DictReader(f)}


@functools.cache
def aliases() -> list[dict[str, str]]:
    with (SEEDS / "functional_item_aliases.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def name_key(name: str) -> str:
    """The folding of macros/keys.sql functional_name_key (half-width brackets, no spaces, no (款))."""
    for wide, narrow in (("（", "("), ("）", ")"), ("“", '"'), ("”", '"'), ("　", ""), ("•", "·")):
        name = name.replace(wide, narrow)
    name = re.sub(r"\((类|款|项)\)$", "", re.sub(r"\s+", "", name))
    return re.sub(r"支出支出$", "支出", name)


@functools.cache
def known_names() -> dict[str, frozenset[str]]:
    names: dict[str, set[str]] = {code: {name_key(row["name"])} for code, row in reference().items()}
    for alias in aliases():
        names.setdefault(alias["functional_code"], set()).add(name_key(alias["alias"]))
    return {code: frozenset(keys) for code, keys in names.items()}


def printed_name(item: FunctionalItem) -> str:
    return {3: item.class_name, 5: item.kuan_name}.get(len(item.code or ""), item.item_name) or ""


def unknown_printed_codes(items: Iterable[FunctionalItem]) -> set[tuple[str, str]]:
    """(code, printed name) of every printed code the reference lacks or knows under another name (R17)."""
    unknown = set()
    for item in items:
        if not item.code:
            continue
        key = name_key(printed_name(item))
        if not {key, key + "支出"} & known_names().get(item.code, frozenset()):
            unknown.add((item.code, printed_name(item)))
    return unknown


def bundled_documents() -> Iterator[Path]:
    yield from sorted(SAMPLE_DOCUMENTS.glob("*.txt"))
    yield from sorted(PDF_DIR.glob("*.pdf"))
    yield from sorted((REAL_DOCUMENTS / "text").glob("*.txt"))


@functools.cache
def printed_items() -> dict[str, list[FunctionalItem]]:
    return {
        path.name: [r for r in parse_path(path).records if isinstance(r, FunctionalItem) and r.code]
        for path in bundled_documents()
    }


def test_every_code_the_bundled_documents_print_is_in_the_reference() -> None:
    items = printed_items()
    codes = {item.code for found in items.values() for item in found}
    assert len(codes) > 75 and {"2010601", "2080505", "2210201"} <= codes  # the tables were read
    for name, found in items.items():
        assert unknown_printed_codes(found) == set(), name


def coded(code: str, name: str) -> FunctionalItem:
    """A 款 or 项 statement printing ``code`` with ``name`` (its parents' names do not matter here)."""
    level = "款" if len(code) == 5 else "项"
    return FunctionalItem(source_line=1, level=level, class_name="", kuan_name=name, item_name=name, code=code)


def test_a_code_outside_the_reference_or_under_another_name_is_reported() -> None:
    social_work = coded("2013907", "社区工作者队伍建设")  # a code no list has
    renamed = coded("20901", "养老保险基金支出")  # neither its name nor an alias
    assert unknown_printed_codes([social_work, renamed]) == {
        ("2013907", "社区工作者队伍建设"),
        ("20901", "养老保险基金支出"),
    }


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("企业职工基本养老保险基金支出", "20901"),
        ("基本养老保险基金支出", "20901"),  # its 2016 name
        ("工伤保险基金支出", "20904"),
        ("一般性转移支付", "23002"),
        ("一般性转移支付支出", "23002"),
        ("政府性基金转移支付支出", "23004"),
        ("一般公共服务", "21901"),
    ],
)
def test_social_insurance_assistance_and_transfer_kuan_are_known(printed: str, code: str) -> None:
    assert unknown_printed_codes([coded(code, printed)]) == set()


def test_every_row_sits_under_its_prefix() -> None:
    rows = reference()
    assert len(rows) > 590
    for code, row in rows.items():
        assert len(code) == LEVEL_LENGTH[row["level"]] and code.isdigit() and code.startswith("2"), code
        if row["level"] == "类":
            assert row["parent_code"] == "", code
        else:
            assert row["parent_code"] == code[:-2] and row["parent_code"] in rows, code
        if row["valid_from"] and row["valid_to"]:
            assert int(row["valid_from"]) <= int(row["valid_to"]), code


def test_every_alias_sits_at_its_code_level() -> None:
    """An alias is a name of its code's level under the code's parent, or a 项 name standing for its 款."""
    rows = reference()
    for alias in aliases():
        code = alias["functional_code"]
        row = rows[code]
        same_level = (alias["level"], alias["parent_code"]) == (row["level"], row["parent_code"])
        for_its_parent = alias["parent_code"] == code and LEVEL_LENGTH[alias["level"]] == len(code) + 2
        assert same_level or for_its_parent, alias


def test_recorded_sources_match_the_rows() -> None:
    """Every code seeds/_seeds__models.yml names a source for is in the CSV; every code it leaves out is not."""
    seeds = yaml.safe_load((SEEDS / "_seeds__models.yml").read_text(encoding="utf-8"))["seeds"]
    meta = next(s for s in seeds if s["name"] == "functional_classification")["config"]["meta"]
    sourced = {code for source in meta["sources"] for code in source["codes"]}
    left_out = {code for entry in meta["left_out"] for code in entry["codes"]}
    assert {"20901", "20904", "21901", "23002", "23003", "23004"} <= sourced
    assert sourced <= reference().keys()
    assert not left_out & reference().keys()

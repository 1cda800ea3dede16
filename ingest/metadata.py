"""Metadata from outside the text: a manifest the user provides, or the folder a file lies in.

Many published files do not print who they are (a 三公 statement of 区本级, one page of a 决算, a
performance table without a cover). Two places can say it instead:

- ``manifest.csv`` in the file's folder or any folder above it, with a header row and the
  columns ``file`` (path relative to the manifest, or the bare file name), ``department``,
  ``region`` (a GB/T 2260 code such as ``310107`` or a name such as ``上海市普陀区``),
  ``fiscal_year`` and ``doc_type`` (final_account / budget / performance_target /
  self_evaluation); empty cells say nothing;
- the folder path ``<province>/<prefecture>/<county>/<year>/…``: folder names that are region
  names (ending in 省, 自治区, 市, 州, 盟, 地区, 县, 区, 旗) and a folder that is a year.

The text wins where it prints a value (except the document type, which the text only suggests:
the manifest's wins); a value the manifest or path gives that disagrees with the
printed one is kept out and reported as a :class:`~ingest.records.ParseWarning`.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.identity import admin_level, region_rows, sector_of, split_region
from ingest.records import DOC_TYPES, DocumentInfo, ParseWarning
from ingest.vocabulary import YEAR

MANIFEST_NAME = "manifest.csv"
# How many folders above a file are searched for a manifest.
MANIFEST_DEPTH = 6
REGION_FOLDER_RE = re.compile(r"^[\u4e00-\u9fff]{1,20}(?:省|自治区|市|自治州|州|盟|地区|自治县|县|区|旗)$")
YEAR_FOLDER_RE = re.compile(rf"^{YEAR}(?:年度?)?$")
REGION_CODE_RE = re.compile(r"^\d{6}$")


@dataclass(frozen=True)
class ExternalMetadata:
    """What a manifest row or a folder path says about a document (None: says nothing)."""

    source: str  # manifest:<path> / folder path
    department: str | None = None
    province: str | None = None
    prefecture: str | None = None
    county: str | None = None
    fiscal_year: int | None = None
    doc_type: str | None = None


@functools.lru_cache(maxsize=64)
def _manifest_rows(path: Path, mtime_ns: int) -> dict[str, dict[str, str]]:
    """A manifest's rows by file (relative path and bare name); cached per file version."""
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("file") or "").strip()
            if name:
                clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
                rows[name] = clean
                rows.setdefault(Path(name).name, clean)
    return rows


@functools.lru_cache(maxsize=1)
def _regions_by_code() -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        row["region_id"]: (row["province"] or None, row["prefecture"] or None, row["county"] or None)
        for row in region_rows()
    }


def _region_parts(region: str) -> tuple[str | None, str | None, str | None]:
    if REGION_CODE_RE.match(region):
        return _regions_by_code().get(region, (None, None, None))
    return split_region(region.replace("/", "").replace(" ", ""), [])


def _year(text: str | None) -> int | None:
    match = re.match(rf"({YEAR})", text or "")
    return int(match.group(1)) if match else None


def from_manifest(path: Path) -> ExternalMetadata | None:
    """The manifest row naming ``path`` in its folder or a folder above, or None."""
    folder = path.parent
    for _ in range(MANIFEST_DEPTH):
        manifest = folder / MANIFEST_NAME
        if manifest.is_file():
            rows = _manifest_rows(manifest, manifest.stat().st_mtime_ns)
            row = rows.get(path.relative_to(folder).as_posix()) or rows.get(path.name)
            if row is not None:
                province, prefecture, county = _region_parts(row.get("region", ""))
                doc_type = row.get("doc_type") or None
                return ExternalMetadata(
                    source=f"manifest {manifest}",
                    department=row.get("department") or None,
                    province=province,
                    prefecture=prefecture,
                    county=county,
                    fiscal_year=_year(row.get("fiscal_year")),
                    doc_type=doc_type if doc_type in DOC_TYPES else None,
                )
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def from_folders(path: Path) -> ExternalMetadata | None:
    """Region and year named by the folders ``<province>/<prefecture>/<county>/<year>/…``, or None."""
    parts = path.parent.parts[-MANIFEST_DEPTH:]
    regions = "".join(p for p in parts if REGION_FOLDER_RE.match(p))
    year = next((_year(p) for p in reversed(parts) if YEAR_FOLDER_RE.match(p)), None)
    if not regions and year is None:
        return None
    province, prefecture, county = split_region(regions, []) if regions else (None, None, None)
    return ExternalMetadata(
        source=f"folder {path.parent}", province=province, prefecture=prefecture, county=county, fiscal_year=year
    )


def external_metadata(path: Path) -> ExternalMetadata | None:
    """The manifest's word on ``path``, else its folders'."""
    return from_manifest(path) or from_folders(path)


def merge_identity(info: DocumentInfo, external: ExternalMetadata | None) -> tuple[DocumentInfo, list[ParseWarning]]:
    """``info`` completed by ``external`` where the text prints nothing; disagreements are warnings. A department the
    text only infers (``department_evidence`` ``inferred``: a name it mentions, not one it prints as its own) gives
    way to the manifest's, as the kind the text suggests does: it is a guess, often wrong on unseen pages."""
    if external is None:
        return info, []
    changes: dict[str, object] = {}
    warnings: list[ParseWarning] = []

    def warn(message: str) -> None:
        warnings.append(
            ParseWarning(parser="metadata", message=message, source_line=info.source_line, source_page=info.source_page)
        )

    def take(field: str, value: object, printed: object, is_printed: bool) -> None:
        if value is None:
            return
        if not is_printed:
            changes[field] = value
        elif printed != value:
            warn(f"{field} printed as {printed!r}, {external.source} says {value!r}: printed kept")

    department = external.department
    if department is not None and info.department_evidence != "titled":
        if info.department_evidence == "inferred" and info.department_name != department:
            inferred = info.department_name
            warn(f"department inferred as {inferred!r}, {external.source} says {department!r}: manifest's kept")
        changes.update(department_name=department, department_evidence="manifest", sector=sector_of(department))
    else:
        take("department_name", department, info.department_name, True)
    take("fiscal_year", external.fiscal_year, info.fiscal_year, info.fiscal_year is not None)
    if external.doc_type is not None:  # the type a text states is inferred, never certain: the user's wins
        changes["doc_type"] = external.doc_type
    if info.province is None and info.prefecture is None and info.county is None:
        regions = (external.province, external.prefecture, external.county)
        if any(regions):
            changes.update(province=regions[0], prefecture=regions[1], county=regions[2])
            changes["admin_level"] = admin_level(*regions)
    return (dataclasses.replace(info, **changes) if changes else info), warnings

"""What users throw into the documents folder: every encoding of the 昌吉州 final account loads,
a PDF with a text layer loads, and each broken input gets a one-line quarantine reason while the
rest of the folder loads."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from _refresh_helpers import loaded_files, outcomes, quarantine_reasons
from conftest import CHANGJI, MAOXIAN, ZENGDU

from juesuan import corpus, discovery

# Lines of the 昌吉州 final account (收入支出决算总体情况说明) for the text-layer PDF.
CHANGJI_PDF_LINES = (
    "新疆昌吉州人力资源和社会保障局",
    "2022 年度部门决算公开说明",
    "第二部分 部门决算情况说明",
    "一、收入支出决算总体情况说明",
    "2022 年度收入总计 1,852.62 万元，其中：本年收入合计 1,718.02 万元，",
    "使用非财政拨款结余 0.00 万元，年初结转和结余 134.60 万元。",
    "本年支出总计 1,852.62 万元，其中：本年支出合计 1,774.57 万元，",
    "结余分配 0.00 万元，年末结转和结余 78.04 万元。",
)
HUGE_BYTES = 500 * 1024 * 1024


def _text_pdf(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    page = canvas.Canvas(str(path))
    page.setFont("STSong-Light", 11)
    for i, line in enumerate(CHANGJI_PDF_LINES):
        page.drawString(40, 800 - 18 * i, line)
    page.save()


def _scanned_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.rect(50, 50, 400, 600, fill=1)  # a picture of a page, no text
    page.save()


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, corpus.RefreshCounts]:
    """One folder with every kind of input, refreshed once into a scratch warehouse."""
    root = tmp_path_factory.mktemp("bad_inputs")
    docs = root / "docs"
    docs.mkdir()
    text = CHANGJI.read_text(encoding="utf-8")
    (docs / "昌吉州 决算 utf8.txt").write_text(text, encoding="utf-8")
    (docs / "changji-bom.md").write_bytes(text.encode("utf-8-sig"))
    (docs / "changji-gb18030.txt").write_bytes(text.encode("gb18030"))
    (docs / "changji-utf16.txt").write_bytes(text.encode("utf-16"))
    (docs / "maoxian-gbk.txt").write_bytes(MAOXIAN.read_text(encoding="utf-8").encode("gbk"))
    (docs / ZENGDU.name).write_bytes(ZENGDU.read_bytes())
    _text_pdf(docs / "昌吉州 2022 决算.pdf")
    _scanned_pdf(docs / "scanned.pdf")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (docs / "fake.pdf").write_bytes("这不是 PDF".encode())
    with open(docs / "huge.txt", "wb") as handle:
        handle.truncate(HUGE_BYTES)  # sparse: 500 MB on paper, nothing on disk
    os.symlink(docs, docs / "loop")  # a folder linking to itself
    os.symlink(docs / "self.txt", docs / "self.txt")  # a file linking to itself
    db = root / "warehouse.duckdb"
    with duckdb.connect(str(db)) as con:
        counts = corpus.refresh_raw(con, docs, max_workers=1)
    return docs, db, counts


def test_every_encoding_and_the_text_pdf_load(refreshed: tuple[Path, Path, corpus.RefreshCounts]) -> None:
    _, db, _ = refreshed
    assert loaded_files(db) == {
        "昌吉州 决算 utf8.txt", "changji-bom.md", "changji-gb18030.txt", "changji-utf16.txt",
        "maoxian-gbk.txt", ZENGDU.name, "昌吉州 2022 决算.pdf",
    }
    with duckdb.connect(str(db), read_only=True) as con:
        encodings = dict(con.execute("select file_name, encoding from raw.documents").fetchall())
        income = con.execute(
            "select d.file_name, m.value from raw.metrics m join raw.documents d using (document_id) "
            "where m.metric = 'income_total' and m.stage = 'final' and d.file_name like '%changji%' "
            "or (m.metric = 'income_total' and d.file_name like '%昌吉州%')"
        ).fetchall()
    assert encodings["changji-bom.md"] == "utf-8-sig"
    assert encodings["changji-gb18030.txt"] == encodings["maoxian-gbk.txt"] == "gb18030"
    assert encodings["changji-utf16.txt"] == "utf-16"
    assert encodings["昌吉州 2022 决算.pdf"] == "pdf"
    # 收入总计 1,852.62 万元, read alike from every encoding and from the PDF's text layer
    assert {name for name, _ in income} >= {"changji-bom.md", "changji-gb18030.txt", "昌吉州 2022 决算.pdf"}
    assert {value for _, value in income} == {18526200}


def test_each_broken_input_gets_a_one_line_reason(refreshed: tuple[Path, Path, corpus.RefreshCounts]) -> None:
    _, db, counts = refreshed
    reasons = quarantine_reasons(db)
    assert reasons["scanned.pdf"] == "PDF has no text layer (scanned images?): nothing to parse"
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["fake.pdf"] == "not a PDF: file has a .pdf name but no %PDF- header"
    assert reasons["huge.txt"] == "file too large (500 MB > 200 MB)"
    assert reasons["self.txt"] == "cannot read file: Too many levels of symbolic links"
    assert all("\n" not in reason for reason in reasons.values())
    assert set(reasons) == {"scanned.pdf", "empty.txt", "binary.txt", "fake.pdf", "huge.txt", "self.txt"}
    assert sorted(Path(p).name for p, _ in counts.quarantined) == sorted(reasons)


def test_the_symlink_loop_folder_is_skipped_with_a_reason(refreshed: tuple[Path, Path, corpus.RefreshCounts]) -> None:
    docs, db, counts = refreshed
    assert counts.skipped == [(str(docs / "loop"), "symlinked folder not followed (could loop)")]
    assert not any("/loop/" in path for path in outcomes(db, counts.run_id))


def test_every_document_has_an_outcome_in_the_load_log(refreshed: tuple[Path, Path, corpus.RefreshCounts]) -> None:
    _, db, counts = refreshed
    log = outcomes(db, counts.run_id)
    assert len(log) == 13
    assert sum(status == "loaded" for status in log.values()) == 7
    assert sum(status == "quarantined" for status in log.values()) == 6


def test_the_500_mb_file_is_refused_by_its_size_without_being_read(
    refreshed: tuple[Path, Path, corpus.RefreshCounts], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs, db, _ = refreshed
    opened: list[str] = []
    real_open = open

    def spy(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy)
    assert discovery.fingerprint(docs / "huge.txt").reason == "file too large (500 MB > 200 MB)"
    assert opened == []
    with duckdb.connect(str(db), read_only=True) as con:
        size, kept = con.execute(
            "select size_bytes, content is not null from audit.quarantine where source_path like '%huge.txt'"
        ).fetchone()
    assert (size, kept) == (HUGE_BYTES, False)

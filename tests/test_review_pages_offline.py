"""The review report and the Data Docs work in a browser without a network.

Rendered in headless Chromium (Debian's ``chromium`` with ``fonts-noto-cjk``, installed by
``make browser``, which ``make test`` runs) in a network namespace without any interface
(``unshare -n``; a dead proxy where that is not allowed), the pages must fill their DOM from
local files only: the review report lists every document with its findings as ``p21 L25``, and
the Data Docs index (built by bootstrap-table) lists the suites. Chromium's net log shows every
network request (not the ``file://`` loads): there must be none. That every local asset a page
points at exists is checked on the files.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import duckdb
import pytest
from test_dbt_build import build_sample_warehouse

from expectations.offline_docs import NETWORK_TAG_RE
from expectations.runner import run_reconciliation
from juesuan.review import write_review

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_BROWSER = "chromium not installed (make browser installs it with apt-get as root)"
# Chromium's own background traffic (updater, spelling dictionary), not the page's.
BROWSER_OWN_HOSTS = ("google.com", "googleapis.com", "gvt1.com", "gstatic.com")
URL_RE = re.compile(r'"url":"([^"]+)"')
# The asset a <script>, <link> or <img> tag loads.
ASSET_RE = re.compile(r"<(?:script|link|img)\b[^>]*?\b(?:src|href)=\"([^\"]+)\"", re.IGNORECASE)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A reconciled copy of the sample warehouse with its Data Docs and review report beside it."""
    folder = tmp_path_factory.mktemp("review")
    db = folder / "warehouse.duckdb"
    shutil.copyfile(build_sample_warehouse(tmp_path_factory), db)
    run_reconciliation(db, "review-test")
    write_review(db, folder / "review")
    return folder


def _document_count(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select count(*) from marts.dim_document").fetchone()[0]  # type: ignore[index]


def _can_unshare() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-n", "true"], capture_output=True, check=False
    ).returncode == 0


def render(page: Path, out: Path, *, screenshot: Path | None = None) -> tuple[str, list[str]]:
    """The DOM of ``page`` after its scripts ran, and every URL Chromium requested for it."""
    netlog = out / f"{page.stem}-net.json"
    command = [
        CHROMIUM or "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={out / 'profile'}", "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--virtual-time-budget=5000", "--window-size=1400,1100", f"--log-net-log={netlog}",
    ]
    command += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    if _can_unshare():
        command = ["unshare", "-n", *command]
    done = subprocess.run([*command, page.as_uri()], capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    urls = URL_RE.findall(netlog.read_text(encoding="utf-8", errors="replace"))
    return done.stdout, [u for u in urls if not (urlparse(u).hostname or "").endswith(BROWSER_OWN_HOSTS)]


def _assert_no_network_request(urls: list[str]) -> None:
    assert sorted({u for u in urls if urlparse(u).scheme not in ("file", "data", "about", "chrome", "blob")}) == []


def _missing_assets(page: Path) -> list[str]:
    """Local assets ``page`` loads that are not there (each would be a failed request)."""
    assets = ASSET_RE.findall(page.read_text(encoding="utf-8"))
    return [a for a in assets if not (page.parent / unquote(a.split("?")[0])).exists()]


def test_no_page_written_loads_from_the_network(pages: Path) -> None:
    written = [*pages.glob("review/**/*.html"), *pages.glob("data_docs/**/*.html")]
    assert len(written) > 10
    for page in written:
        assert NETWORK_TAG_RE.search(page.read_text(encoding="utf-8")) is None, page
    for sheet in pages.glob("data_docs/static/styles/*.css"):
        assert "https://" not in sheet.read_text(encoding="utf-8"), sheet


def test_the_review_report_lists_every_document_and_its_findings(pages: Path) -> None:
    index = (pages / "review" / "index.html").read_text(encoding="utf-8")
    assert index.count('<tr class="document">') == _document_count(pages / "warehouse.duckdb")
    assert "<svg" in index and "基本支出占本年支出" in index and "三公经费" in index
    caizhengju = next(p for p in pages.glob("review/documents/*.html") if "财政局2024年度部门决算" in p.read_text())
    text = caizhengju.read_text(encoding="utf-8")
    assert "R14 error" in text and "326.72 万元" in text and "326.71 万元" in text  # stated vs implied
    assert "p21 L25" in text  # the R06 share finding, page and line


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason=NO_BROWSER)
def test_the_review_report_renders_offline_in_chromium(pages: Path, tmp_path: Path) -> None:
    dom, urls = render(pages / "review" / "index.html", tmp_path)
    assert dom.count('class="document"') == _document_count(pages / "warehouse.duckdb")
    assert "上海市普陀区财政局" in dom and "新疆昌吉州人力资源和社会保障局" in dom
    _assert_no_network_request(urls)
    assert _missing_assets(pages / "review" / "index.html") == []
    page = next(pages.glob("review/documents/*.html"))
    _assert_no_network_request(render(page, tmp_path)[1])
    shot = tmp_path / "review.png"
    render(pages / "review" / "index.html", tmp_path, screenshot=shot)
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason=NO_BROWSER)
def test_the_data_docs_index_renders_offline_in_chromium(pages: Path, tmp_path: Path) -> None:
    dom, urls = render(pages / "data_docs" / "index.html", tmp_path)
    assert "bootstrap-table bootstrap4" in dom  # the CDN-less bootstrap-table built the index table
    suites = set(re.findall(r"validations/(\w+)/review-test/", dom))
    assert suites >= {"summary_balances", "three_public", "performance"}, suites
    _assert_no_network_request(urls)
    index = (pages / "data_docs" / "index.html").read_text(encoding="utf-8")
    assert 'href="static/vendor/bootstrap/bootstrap.min.css"' in index  # styled from the vendored copy
    for page in pages.glob("data_docs/**/*.html"):
        assert _missing_assets(page) == [], page
    assert (pages / "data_docs/static/vendor/fontawesome/webfonts/fa-solid-900.woff2").exists()  # the icons' font

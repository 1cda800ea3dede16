"""Data Docs that work without a network (离线): the CDN assets replaced by vendored copies.

Great Expectations writes pages that load Bootstrap, jQuery, bootstrap-table (which builds the
index's table), Font Awesome and a few more from public CDNs, and its logo from S3. Analysts who
open the pages without internet see an empty, unstyled index. :func:`make_offline` copies the
assets vendored in ``expectations/vendor/`` (from the npm packages, versions in its README) to
``<site>/static/vendor/`` and points every page at them with a relative path; the assets no page
here needs (Vega for charts no expectation draws, the dark-mode theme) are dropped, and so is any
other tag that would still load from the network. Subresource-integrity attributes go with the
CDN URLs (a browser refuses integrity checks on ``file://``), and links into ``static/`` are made
relative to each page (GE writes the validation pages' favicon link one level short).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

VENDOR = Path(__file__).resolve().parent / "vendor"
# CDN URL in Great Expectations 1.24's page templates → vendored file (relative to VENDOR).
CDN_ASSETS = {
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "bootstrap-table/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "bootstrap-table/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.js",
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "bootstrap/bootstrap.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "popper/popper.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "fontawesome/css/all.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css":
        "bootstrap-datepicker/bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js":
        "bootstrap-datepicker/bootstrap-datepicker.min.js",
}
# Great Expectations' logo on S3 → the copy it ships in its own static folder.
S3_LOGO_RE = re.compile(r"https://great-expectations-web-assets\.s3\.[\w.-]+\.amazonaws\.com/[\w.-]+\.png(\?[^\"')]*)?")
# A <script>, <link> or <img> tag that would load something from the network.
NETWORK_TAG_RE = re.compile(
    r"<(script|link|img)\b[^>]*?\b(?:src|href)\s*=\s*[\"'](?:https?:)?//[^\"']*[\"'][^>]*?>(?:\s*</script>)?",
    re.IGNORECASE,
)
INTEGRITY_RE = re.compile(r"\s+(?:integrity|crossorigin)=\"[^\"]*\"")
# A relative link into the site's static/ folder (Great Expectations writes some one level short).
STATIC_REF_RE = re.compile(r"(\b(?:src|href)=\")(?:\.{1,2}/)*static/([^\"]+)\"")


def make_offline(site: Path) -> list[Path]:
    """Rewrite every page and stylesheet of the Data Docs ``site`` to load nothing from the
    network; return the files changed."""
    if not site.is_dir():
        return []
    target = site / "static" / "vendor"
    shutil.copytree(VENDOR, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README.md"))
    changed = []
    for page in sorted(site.rglob("*.html")):
        if _rewrite(page, _page_text(page, site)):
            changed.append(page)
    for sheet in sorted((site / "static" / "styles").glob("*.css")):
        local_logo = os.path.relpath(site / "static" / "images" / "logo-long.png", sheet.parent)
        if _rewrite(sheet, S3_LOGO_RE.sub(local_logo, sheet.read_text(encoding="utf-8"))):
            changed.append(sheet)
    return changed


def _page_text(page: Path, site: Path) -> str:
    text = page.read_text(encoding="utf-8")
    vendor = os.path.relpath(site / "static" / "vendor", page.parent)
    for url, file in CDN_ASSETS.items():
        text = text.replace(f'"{url}"', f'"{vendor}/{file}"')
    text = S3_LOGO_RE.sub(os.path.relpath(site / "static" / "images" / "logo-long.png", page.parent), text)
    text = INTEGRITY_RE.sub("", text)
    static = os.path.relpath(site / "static", page.parent)
    text = STATIC_REF_RE.sub(lambda m: f'{m[1]}{static}/{m[2]}"', text)
    return NETWORK_TAG_RE.sub("", text)  # Vega, the dark theme, anything a newer release adds


def _rewrite(path: Path, text: str) -> bool:
    if text == path.read_text(encoding="utf-8"):
        return False
    path.write_text(text, encoding="utf-8")
    return True

"""Every page of a built site, found the way a search engine finds it: from its sitemaps.

Pages other engineers add are covered without a list to update. The 404 pages are not in a
sitemap; they are found as files.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

_LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def sitemap_paths(site: Path) -> list[str]:
    """Page paths relative to the site root ("", "en/", "saavutettavuus/"), from every sitemap.xml."""
    locs = set()
    for sitemap in site.rglob("sitemap.xml"):
        locs |= {urlsplit(loc.text.strip()).path for loc in ET.parse(sitemap).iter(_LOC)}
    if not locs:
        raise LookupError(f"{site}: no page in any sitemap.xml")
    base = min(locs, key=len)  # the home page is the site root, also under a sub-path
    return sorted(path.removeprefix(base) for path in locs)


def site_pages(site: Path) -> list[str]:
    """Every page a reader can open: the sitemap's pages and the 404 pages."""
    not_found = sorted(p.relative_to(site).as_posix() for p in site.rglob("404.html"))
    return sitemap_paths(site) + not_found


def page_file(site: Path, path: str) -> Path:
    """The HTML file that serves a page path."""
    target = site / path
    return target / "index.html" if path == "" or path.endswith("/") else target

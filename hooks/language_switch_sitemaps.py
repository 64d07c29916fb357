"""MkDocs hook: a one-entry sitemap.xml beside every page, for Material's language switch.

Material's script fetches `sitemap.xml` relative to every `<link rel="alternate" hreflang>` in
the page head. With i18n those links point at the page's own translations
(/kunnat/kuopio/, /en/kunnat/kuopio/), so without these files each page view logs two 404s.
Each small file holds just that page's entry and its language alternates, cut from the full
sitemap: linear in pages, and the head keeps the hreflang links search engines read.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

_ENTRY = re.compile(r"[ \t]*<url>\s*<loc>([^<]+)</loc>.*?</url>\n?", re.DOTALL)


@event_priority(-200)  # after i18n has built every language and written the full sitemap
def on_post_build(config, **kwargs) -> None:
    site = Path(config.site_dir)
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    head, tail = sitemap[: sitemap.index("<url>")].rstrip(" \t"), "</urlset>\n"
    base = urlsplit(config.site_url or "/").path
    for match in _ENTRY.finditer(sitemap):
        folder = urlsplit(match.group(1)).path.removeprefix(base).strip("/")
        target = site / folder / "sitemap.xml"
        if folder and target.parent.is_dir():
            content = head + match.group(0) + tail
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                target.write_text(content, encoding="utf-8")

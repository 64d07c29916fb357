"""Every page's footer links the accessibility statement, the privacy note and the Open data page in its own language."""
from __future__ import annotations

import re
from urllib.parse import urljoin

from ..site_pages import page_file, site_pages

TITLES = {"fi": ("Saavutettavuusseloste", "Tietosuoja", "Avoin data"),
          "en": ("Accessibility statement", "Privacy", "Open data")}


def test_every_footer_links_the_statement_and_the_privacy_note(built_site):
    for path in site_pages(built_site):
        html = page_file(built_site, path).read_text(encoding="utf-8")
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        footer = html[html.index('<footer class="md-footer">'):]
        links = dict((text, href) for href, text in re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', footer))
        prefix = "" if lang == "fi" else f"{lang}/"
        statement, privacy, open_data = TITLES[lang]
        base = "/" + (path if path.endswith("/") or path == "" else path.rsplit("/", 1)[0] + "/")
        assert urljoin(base, links[statement]) == f"/{prefix}saavutettavuus/", path
        assert urljoin(base, links[privacy]) == f"/{prefix}tietosuoja/", path
        assert urljoin(base, links[open_data]) == f"/{prefix}avoin-data/", path
        assert "Made with" not in footer and "squidfunk" not in footer

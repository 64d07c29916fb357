"""Every built page is valid HTML, and no link inside the site is broken."""
from __future__ import annotations

from ..site_pages import page_file, site_pages, sitemap_paths
from .html_checks import broken_links, nu_errors


def test_every_page_is_valid_html(built_site):
    files = [page_file(built_site, path) for path in site_pages(built_site)]
    assert nu_errors(files) == []


def test_no_internal_link_or_anchor_is_broken(built_site):
    assert broken_links(built_site) == []


def test_every_built_page_is_in_a_sitemap(built_site):
    # The whole-site browser checks find pages through the sitemaps: none may be missing there.
    listed = {page_file(built_site, path) for path in sitemap_paths(built_site)}
    built = {p for p in built_site.rglob("index.html") if p.parent != built_site / "search"}
    assert built - listed == set()
    assert {"", "en/", "saavutettavuus/", "en/saavutettavuus/", "tietosuoja/", "en/tietosuoja/"} <= set(
        sitemap_paths(built_site)
    )

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


def _title(html: str) -> str:
    import html as html_module
    import re

    return html_module.unescape(re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip())


def test_every_tab_names_its_page_then_the_site_and_the_home_page_says_what_the_site_is(built_site):
    titles = {path: _title(page_file(built_site, path).read_text(encoding="utf-8")) for path in site_pages(built_site)}
    assert titles[""] == "KYS Röntgen – Kuopion yliopistollisen sairaalan röntgen- ja kuvantamispalvelut"
    assert titles["en/"] == "KYS Röntgen – X-ray and imaging services of Kuopio University Hospital"
    others = {path: title for path, title in titles.items() if path not in ("", "en/")}
    assert [path for path, title in others.items() if not title.endswith(" – KYS Röntgen")] == []
    # No page is named after the site alone ("KYS Röntgen – KYS Röntgen").
    assert [path for path, title in titles.items() if title.count("KYS Röntgen") != 1] == []

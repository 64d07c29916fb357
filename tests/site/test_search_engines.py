"""What search engines and link previews read: sitemap, robots.txt, head links, meta
descriptions, Open Graph and JSON-LD, checked on the site built for a sub-path address."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from mkdocs.exceptions import Abort

from tests.conftest import ROOT, build_site, copy_project
from tests.html_helpers import jsonld_blocks, links, meta

LANGUAGES = [lang.code for lang in configured_languages(ROOT / "mkdocs.yml")]
DEFAULT = LANGUAGES[0]
SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
OG_LOCALE = {"fi": "fi_FI", "en": "en_GB"}


@pytest.fixture(scope="module")
def data():
    return load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)


def _pages(site: Path, public: str) -> dict[str, tuple[str, str]]:
    """{public URL: (language, html)} for every page (404 pages are not pages)."""
    found = {}
    for path in sorted(site.rglob("index.html")):
        relative = path.parent.relative_to(site).as_posix()
        url = public + ("" if relative == "." else relative + "/")
        lang = relative.split("/")[0] if relative.split("/")[0] in LANGUAGES else DEFAULT
        found[url] = (lang, path.read_text(encoding="utf-8"))
    return found


def _in_language(public: str, url: str, lang: str) -> str:
    """The same page's public URL in another language (default at the root, others under /<lang>/)."""
    path = url[len(public):]
    for code in LANGUAGES[1:]:
        path = path.removeprefix(f"{code}/")
    return public + ("" if lang == DEFAULT else f"{lang}/") + path


def test_every_page_has_a_canonical_link_and_an_alternate_per_language_plus_x_default(sub_path_site, sub_path_url):
    pages = _pages(sub_path_site, sub_path_url)
    for url, (lang, html) in pages.items():
        assert [link["href"] for link in links(html, "canonical")] == [url]
        alternates = {link["hreflang"]: link["href"] for link in links(html, "alternate") if "hreflang" in link}
        expected = {code: _in_language(sub_path_url, url, code) for code in LANGUAGES}
        assert alternates == {**expected, "x-default": expected[DEFAULT]}, url
        assert set(alternates.values()) <= pages.keys()


def test_sitemap_lists_every_page_with_its_language_alternates(sub_path_site, sub_path_url):
    pages = _pages(sub_path_site, sub_path_url)
    root = ET.parse(sub_path_site / "sitemap.xml").getroot()
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        loc = url.find("s:loc", SITEMAP_NS).text
        entries[loc] = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", SITEMAP_NS)}
    assert entries.keys() == pages.keys()
    for loc, alternates in entries.items():
        expected = {code: _in_language(sub_path_url, loc, code) for code in LANGUAGES}
        assert alternates == {**expected, "x-default": expected[DEFAULT]}, loc


def test_robots_txt_points_at_the_sitemap_of_the_public_address(sub_path_site, sub_path_url):
    robots = (sub_path_site / "robots.txt").read_text()
    assert re.findall(r"^Sitemap: (\S+)$", robots, re.MULTILINE) == [sub_path_url + "sitemap.xml"]
    assert "Disallow: /\n" not in robots


def test_every_page_has_its_own_short_description_and_open_graph_tags(sub_path_site, sub_path_url):
    for url, (lang, html) in _pages(sub_path_site, sub_path_url).items():
        [description] = meta(html, "description")
        assert 0 < len(description) <= 160, url
        assert meta(html, "og:description") == [description]
        assert meta(html, "og:url") == [url]
        assert meta(html, "og:title") and meta(html, "og:title")[0].strip()
        assert meta(html, "og:locale") == [OG_LOCALE[lang]]
        assert meta(html, "og:locale:alternate") == [OG_LOCALE[code] for code in LANGUAGES if code != lang]
        assert meta(html, "og:image") == []  # nothing loaded from elsewhere, no image made up


def test_every_page_describes_itself_rather_than_the_whole_site(sub_path_site, sub_path_url):
    # A page without its own description would fall back to the site's; the build refuses that.
    site_descriptions = {meta(page.read_text(encoding="utf-8"), "description")[0]
                         for page in sub_path_site.rglob("404.html")}  # 404 pages carry the site's
    assert len(site_descriptions) == len(LANGUAGES)
    for url, (_, html) in _pages(sub_path_site, sub_path_url).items():
        assert meta(html, "description")[0] not in site_descriptions, url


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_describes_the_service_from_its_data(sub_path_site, sub_path_url, data, lang):
    _, html = _pages(sub_path_site, sub_path_url)[_in_language(sub_path_url, sub_path_url, lang)]
    assert meta(html, "description") == [data.service.summary[lang]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_tells_search_engines_about_the_hospital_as_the_data_says(sub_path_site, sub_path_url, data, lang):
    _, html = _pages(sub_path_site, sub_path_url)[_in_language(sub_path_url, sub_path_url, lang)]
    [hospital] = [block for block in jsonld_blocks(html) if block.get("@type") == "Hospital"]
    kys = data.locations.by_id[data.service.hospital]
    assert hospital["@context"] == "https://schema.org"
    assert hospital["name"] == kys.name[lang]
    assert hospital["address"] == {
        "@type": "PostalAddress", "streetAddress": kys.address.street, "postalCode": kys.address.postal_code,
        "addressLocality": kys.address.post_office, "addressCountry": "FI",
    }
    assert hospital["parentOrganization"]["name"] == data.service.provider


def test_every_json_ld_block_on_every_page_is_valid_json(sub_path_site, sub_path_url):
    for path in sub_path_site.rglob("*.html"):
        for block in jsonld_blocks(path.read_text(encoding="utf-8")):  # json.loads raises on bad JSON
            assert block.get("@context") == "https://schema.org", path
            items = block.get("@graph", [block])
            assert items and all(item.get("@type") for item in items), path


def test_a_hand_written_page_without_a_description_stops_the_build(tmp_path, caplog):
    project = copy_project(tmp_path / "project")
    for lang in LANGUAGES:
        (project / "docs" / lang / "no-description.md").write_text("---\ntitle: X\n---\n\n# X\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(tmp_path / "site", project / "mkdocs.yml")
    assert "Page fi/no-description.md has no `description:` in its front matter" in caplog.text

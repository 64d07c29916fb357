"""Every built page is valid HTML, and no link inside the site is broken."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

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


class _LinkNames(HTMLParser):
    """Each link of a page as (accessible name, href): aria-label, else its whole text, the
    visually hidden words included, as a screen reader's list of links shows it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []
        self._open: list[list] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") is not None:
            self._open.append([a["href"], a.get("aria-label"), ""])

    def handle_endtag(self, tag):
        if tag == "a" and self._open:
            href, label, text = self._open.pop()
            self.links.append((" ".join((label or text).split()), href))

    def handle_data(self, data):
        for link in self._open:
            link[2] += data


def test_no_two_links_of_a_page_share_a_name_but_go_to_different_places(built_site):
    """WCAG 2.4.4: "Näytä kartalla (OpenStreetMap)" or "pshyvinvointialue.fi" three times on a
    page, each to another place, cannot be told apart in a screen reader's list of links."""
    clashes = {}
    for path in site_pages(built_site):
        parser = _LinkNames()
        parser.feed(page_file(built_site, path).read_text(encoding="utf-8"))
        targets: dict[str, set[str]] = {}
        for name, href in parser.links:
            targets.setdefault(name, set()).add(href)
        clashes.update({(path, name): hrefs for name, hrefs in targets.items() if len(hrefs) > 1})
    assert clashes == {}


def test_words_in_another_language_are_marked_with_it(built_site):
    """WCAG 3.1.2: a screen reader reads "suomi" on an English page, and the county's Finnish
    name in the English footer, with Finnish rules; "English" on a Finnish page with English ones."""
    from ..html_helpers import parse

    wrong = []
    for path in site_pages(built_site):
        html = page_file(built_site, path).read_text(encoding="utf-8")
        page_lang = re.search(r'<html lang="([^"]+)"', html).group(1)
        tags = parse(html).tags
        menu = {a["hreflang"]: a.get("lang") for tag, a in tags if tag == "a" and "md-select__link" in a.get("class", "")}
        owner = [a.get("lang") for tag, a in tags if "md-copyright__highlight" in a.get("class", "")]
        if menu != {"fi": "fi", "en": "en"} or owner != [None if page_lang == "fi" else "fi"]:
            wrong.append((path, menu, owner))
    assert wrong == []


def test_source_titles_and_finnish_names_carry_their_language(built_site):
    """WCAG 3.1.2: "Avbokning av tid" on a Finnish page is read with a Swedish voice, "Päivystysapu"
    and "Hyvinvointikeskus Aalto" on an English page with a Finnish one; a page's own language is
    never marked again."""
    fi_mri = page_file(built_site, "tutkimukset/mri/").read_text(encoding="utf-8")
    en_mri = page_file(built_site, "en/tutkimukset/mri/").read_text(encoding="utf-8")
    assert '<span lang="en">Magnetic resonance imaging (MRI) examination</span>' in fi_mri
    assert '<span lang="sv">Avbokning av tid</span>' in fi_mri and '<span lang="sv">Avbokning av tid</span>' in en_mri
    assert '<span lang="fi">Tulkkauspalvelut</span>' in en_mri
    assert '<span lang="en">' not in en_mri and '<span lang="fi">' not in fi_mri
    en_home = page_file(built_site, "en/").read_text(encoding="utf-8")
    assert 'Medical helpline (<span lang="fi">Päivystysapu</span>)' in en_home
    en_varkaus = page_file(built_site, "en/kunnat/varkaus/").read_text(encoding="utf-8")
    assert re.search(r'<h3[^>]*><span lang="fi">Hyvinvointikeskus Aalto</span> \(Varkaus health', en_varkaus)
    fi_varkaus = page_file(built_site, "kunnat/varkaus/").read_text(encoding="utf-8")
    assert '<span lang="fi">' not in fi_varkaus


def test_source_links_are_named_by_their_title_not_their_address(built_site):
    """A screen reader's list of links reads "kiuruvesilehti.fi: Kiuruvesi-lehden uutinen 7.5.2025: …", not
    the 130 characters of the news item's address, wherever a page names a titled source."""
    from kys_rontgen.dataset import load_dataset
    from kys_rontgen.languages import configured_languages
    from ..conftest import ROOT

    dataset = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
    titles = {lang: {page.url: page.name[lang] for page in dataset.exams.source_pages} for lang in ("fi", "en")}
    # The county's contact route may lead to the same page as a source; it is named by its publisher.
    routes = {lang: {route.page_for(lang): route.name[lang] for route in dataset.municipalities.current_information}
              for lang in ("fi", "en")}
    named = 0
    for path in site_pages(built_site):
        html = page_file(built_site, path).read_text(encoding="utf-8")
        lang = re.search(r'<html lang="([^"]+)"', html).group(1)
        parser = _LinkNames()
        parser.feed(html)
        for name, href in parser.links:
            title = titles[lang].get(href)
            if title is None:
                continue
            slug = urlsplit(href).path.strip("/")
            assert title in name or routes[lang].get(href) == name, (path, name)
            assert not slug or slug not in name, (path, name)
            named += 1
    assert named > 100
    home = page_file(built_site, "").read_text(encoding="utf-8")
    parser = _LinkNames()
    parser.feed(home)
    assert any(name.startswith("kiuruvesilehti.fi: Kiuruvesi-lehden uutinen") for name, _ in parser.links)


def test_no_two_navigation_landmarks_of_a_page_share_a_name_and_the_title_is_read_once(built_site):
    """A screen reader's list of landmarks showed "Sisällysluettelo" twice on the home page (Material's
    table of contents, in the sidebar and again in the phone's menu), and the header read the
    site's name twice."""
    repeated = {}
    for path in site_pages(built_site):
        html = page_file(built_site, path).read_text(encoding="utf-8")
        names = re.findall(r'<nav\b[^>]*\baria-label="([^"]*)"', html)
        names += [re.search(rf'id="{re.escape(ref)}"[^>]*>([^<]*)<', html).group(1).strip()
                  for ref in re.findall(r'<nav\b[^>]*\baria-labelledby="([^"]*)"', html)]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            repeated[path] = twice
        topics = re.findall(r'<div class="md-header__topic"([^>]*)>', html)
        assert len(topics) in (0, 2) and (not topics or 'aria-hidden="true"' in topics[1]), path
    assert repeated == {}
    kaavi = page_file(built_site, "kunnat/kaavi/").read_text(encoding="utf-8")
    assert 'aria-label="Paikat"' not in kaavi  # the sub-headings of the contents are no landmark

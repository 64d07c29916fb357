"""The real MkDocs build, both languages, asserted on the HTML a resident receives."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin

import pytest

LANG_ROOTS = {"fi": "", "en": "en/"}


def _pages(site: Path, lang: str) -> list[Path]:
    pages = [p for p in site.rglob("index.html")]
    if lang == "fi":
        return [p for p in pages if not p.relative_to(site).parts[0] == "en"]
    return [p for p in pages if p.relative_to(site).parts[0] == "en"]


def _html(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_page_exists_in_both_languages(built_site):
    fi = {p.relative_to(built_site) for p in _pages(built_site, "fi")}
    en = {p.relative_to(built_site / "en") for p in _pages(built_site, "en")}
    assert fi and fi == en


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_html_lang_is_right_on_every_page(built_site, lang):
    for page in _pages(built_site, lang):
        assert f'<html lang="{lang}"' in _html(page), page


def test_language_switcher_leads_to_the_same_page_in_the_other_language(built_site):
    for page in _pages(built_site, "fi"):
        relative = page.relative_to(built_site).parent.as_posix()
        path = "" if relative == "." else relative + "/"
        html = _html(page)
        links = dict(re.findall(r'<a href="([^"]*)" hreflang="(\w+)"[^>]* class="md-select__link"', html))
        # i18n writes these links relative on pages below the root ("../en/kunnat/"): resolve them.
        by_lang = {lang: urljoin(f"/{path}", href) for href, lang in links.items()}
        assert by_lang == {"fi": f"/{path}", "en": f"/en/{path}"}, page


SEED_FACTS = {
    "fi": ["lähete", "julkisen terveydenhuollon lääkärin", "ilman lähetettä", "proteesi", "Raskaus",
           "mihin tahansa röntgenkuvauspaikkaan", "ilman ajanvarausta", "ei peritä asiakasmaksua",
           "poliklinikkamaksu", "Läpivalaisu", "Magneettikuvaus", "Mammografia", "Toimenpideradiologia",
           "säteilysuojelu", "seulonta", "112", "116117"],
    "en": ["referral", "doctor working in public healthcare", "without a referral", "prosthesis",
           "Pregnancy", "any place that takes X-rays", "without an appointment", "no client fee", "outpatient clinic fee",
           "Fluoroscopy", "MRI", "Mammography", "Procedural radiology", "radiation protection",
           "screening", "112", "116117"],
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_home_page_states_the_service_facts(built_site, lang):
    html = _html(built_site / LANG_ROOTS[lang] / "index.html")
    text = re.sub(r"<[^>]+>", " ", html)
    for fact in SEED_FACTS[lang]:
        assert fact.lower() in text.lower(), f"{lang}: {fact!r} missing"
    assert "transillumination" not in text.lower()


def test_phone_numbers_are_call_links(built_site):
    html = _html(built_site / "index.html")
    assert 'href="tel:112"' in html and 'href="tel:116117"' in html


# Finnish words of the header's colour-scheme buttons: they must not reach English pages.
FINNISH_PALETTE_WORDS = re.compile(r'(?:title|aria-label)="Vaihda [^"]*"')


def test_colour_scheme_buttons_are_named_in_the_page_language(built_site):
    for page in _pages(built_site, "en") + [built_site / "en" / "404.html"]:
        html = _html(page)
        assert not FINNISH_PALETTE_WORDS.search(html), page
        assert 'title="Switch to dark mode"' in html, page
    assert FINNISH_PALETTE_WORDS.search(_html(built_site / "index.html"))


@pytest.mark.parametrize(("path", "lang"), [("404.html", "fi"), ("en/404.html", "en")])
def test_404_page_is_in_its_language(built_site, path, lang):
    html = _html(built_site / path)
    assert f'<html lang="{lang}"' in html


def test_no_page_loads_anything_from_a_third_party(built_site, site_url):
    # Links to other sites are fine; what a page *loads* (scripts, styles, images, fonts) is not.
    # Absolute URLs of the site itself (canonical, language alternates) are its own address.
    for page in built_site.rglob("*.html"):
        html = _html(page)
        loads = re.findall(r'\ssrc="([^"]+)"', html) + re.findall(r'<link\b[^>]*\shref="([^"]+)"', html)
        for url in loads:
            assert not re.match(r"(https?:)?//", url) or url.startswith(site_url), f"{page}: {url}"
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html


# The urgent numbers' call links are padded buttons: a full stop or colon right after one floats
# after a gap ("Hätänumero: 112 ." — resident review 3, finding 16).
AFTER_CALL_LINK = re.compile(r'<a href="tel:(?:112|116117)"[^>]*>[^<]*</a>(?:\s*</strong>)?\s*(<br>|[^\s<])')


def test_no_punctuation_follows_an_urgent_call_button_on_any_page(built_site):
    pages = [*built_site.rglob("index.html"), built_site / "404.html"]
    # The urgent box is on the home page, the 404 page and every exam and municipality page.
    with_box = [page for page in pages if page.name == "404.html" or page.parent in (built_site, built_site / "en")
                or page.parent.parent.name in ("kunnat", "tutkimukset")]
    assert len(with_box) > 40
    for page in pages:
        html = _html(page)
        after = AFTER_CALL_LINK.findall(html)
        assert all(text == "<br>" or text.isalnum() for text in after), (page, after)
        assert page not in with_box or len(after) >= 2, page
        # The helpline's hours are one sentence, not three fragments.
        assert "Ympäri vuorokauden. Neuvoo" not in html and "Open 24/7. Advice" not in html, page
    home = _html(built_site / "index.html")
    assert ("Päivystysapu <a href=\"tel:116117\">116117</a></strong><br>Vastaa ympäri vuorokauden ja neuvoo "
            "kiireellisissä asioissa, kun oma terveysasema on kiinni.") in home

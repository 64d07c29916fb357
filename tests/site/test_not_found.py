"""The root 404.html, the one page a static host serves for every missing address, speaks both
languages and sends each reader into their own language's pages (the real build)."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from html.parser import HTMLParser

import pytest

from tests.conftest import SUB_PATH
from tests.html_helpers import parse


class _Sections(HTMLParser):
    """Each `.kys-not-found` section of the page: its lang, text and link targets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections: list[dict] = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "kys-not-found" in (a.get("class") or ""):
            self.sections.append({"lang": a.get("lang"), "text": "", "links": []})
            self._depth = 1
        elif self._depth:
            self._depth += tag == "div"
            if tag == "a":
                self.sections[-1]["links"].append(a["href"])

    def handle_endtag(self, tag):
        if self._depth and tag == "div":
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.sections[-1]["text"] += data


def _sections(html: str) -> list[dict]:
    parser = _Sections()
    parser.feed(html)
    return parser.sections


def _by_language(html: str) -> dict[str, dict]:
    """{language: section}; a section without its own lang is in the page's language."""
    page_lang = re.search(r'<html lang="([^"]+)"', html).group(1)
    return {section["lang"] or page_lang: section for section in _sections(html)}


def _language_menu(html: str) -> dict[str, str]:
    return {a["hreflang"]: a["href"] for tag, a in parse(html).tags if tag == "a" and "md-select__link" in a.get("class", "")}


def test_the_root_404_speaks_finnish_then_english_marked_as_english(built_site):
    html = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="fi"' in html
    fi, en = _sections(html)
    assert fi["lang"] is None and "Suomeksi" in fi["text"] and "Etsimääsi sivua ei ole" in fi["text"]
    assert en["lang"] == "en" and "In English" in en["text"] and "is not on this site" in en["text"] and "Sivua" not in en["text"]
    # The title is heard once, in the H1: each language's part is headed by its language.
    assert "Sivua ei löydy" not in fi["text"] and "Page not found" not in en["text"]
    assert re.search(r"<title>Sivua ei löydy – Page not found – KYS Röntgen</title>", html)


def _page_links(section: dict) -> list[str]:
    return [href for href in section["links"] if not href.startswith("tel:")]


@pytest.mark.parametrize("path", ["404.html", "en/404.html"])
def test_each_language_links_to_its_own_home_exam_index_and_directory(built_site, path):
    sections = _by_language((built_site / path).read_text(encoding="utf-8"))
    assert _page_links(sections["fi"]) == ["/", "/tutkimukset/", "/kunnat/"]
    assert _page_links(sections["en"]) == ["/en/", "/en/tutkimukset/", "/en/kunnat/"]
    for href in _page_links(sections["fi"]) + _page_links(sections["en"]):
        assert (built_site / href.lstrip("/") / "index.html").is_file(), href


@pytest.mark.parametrize("path", ["404.html", "en/404.html"])
def test_a_reader_who_lands_on_a_missing_page_can_still_call_for_help(built_site, path):
    """A broken link is no dead end when help is needed now: 112 and 116117, as call links."""
    for lang, section in _by_language((built_site / path).read_text(encoding="utf-8")).items():
        assert [href for href in section["links"] if href.startswith("tel:")] == ["tel:112", "tel:116117"], lang
        assert ("Kiireellinen apu" if lang == "fi" else "Urgent help") in section["text"]


@pytest.mark.parametrize("path", ["404.html", "en/404.html"])
def test_the_language_menu_of_a_404_page_leads_to_each_home(built_site, path):
    # i18n left the menu of the last page it built (/tutkimukset/ultrasound/) on en/404.html.
    assert _language_menu((built_site / path).read_text(encoding="utf-8")) == {"fi": "/", "en": "/en/"}


def test_a_missing_english_address_under_a_sub_path_gets_english_links(sub_path_url):
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(sub_path_url + "en/no-such-page/")
    html = caught.value.read().decode("utf-8")
    english = _by_language(html)["en"]
    assert _page_links(english) == [SUB_PATH + p for p in ("en/", "en/tutkimukset/", "en/kunnat/")]
    assert _language_menu(html) == {"fi": SUB_PATH, "en": SUB_PATH + "en/"}

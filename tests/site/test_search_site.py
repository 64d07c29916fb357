"""The real build's search: one index per language, base forms hidden, no keyword lines on pages."""
from __future__ import annotations

import json
import re

import pytest

from urllib.parse import urljoin

from ..site_pages import page_file, site_pages

INDEXES = {"fi": "search/search_index.json", "en": "en/search/search_index.json"}


def _index(site, lang):
    return json.loads((site / INDEXES[lang]).read_text(encoding="utf-8"))


def test_each_language_has_its_own_index_with_only_its_pages(built_site):
    finnish = [doc["location"] for doc in _index(built_site, "fi")["docs"]]
    english = [doc["location"] for doc in _index(built_site, "en")["docs"]]
    assert finnish and english
    assert not [loc for loc in finnish if loc.startswith("en/")]
    assert all(loc.startswith("en/") for loc in english)
    # Every page of each language is searchable: its index has an entry for it.
    assert "kunnat/varkaus/" in finnish and "en/kunnat/varkaus/" in english


def test_inflected_finnish_forms_map_to_the_base_forms_the_index_holds(built_site):
    index = _index(built_site, "fi")
    forms = {form: base for base, found in index["config"]["forms"].items() for form in found.split()}
    for typed, base in [("varkaudessa", "varkaus"), ("iisalmessa", "iisalmi"), ("magneettikuvaukseen", "magneettikuvaus"),
                        ("lähetteen", "lähete"), ("hinnat", "hinta")]:
        assert forms[typed] == base
        assert any(base in (doc.get("base", "") + " " + doc.get("base_title", "")).split() for doc in index["docs"]), base


def test_no_search_result_or_page_shows_keywords(built_site):
    for lang in INDEXES:
        assert not [doc["location"] for doc in _index(built_site, lang)["docs"] if "tags" in doc]
    for path in site_pages(built_site):
        html = page_file(built_site, path).read_text(encoding="utf-8")
        assert not re.search(r"Hakusanat:|Keywords:|kys-keywords", html), path


@pytest.mark.parametrize(("lang", "path"), [("fi", "kunnat/varkaus/"), ("en", "en/kunnat/varkaus/"), ("en", "en/")])
def test_a_page_asks_for_the_index_of_its_own_language(built_site, lang, path):
    html = page_file(built_site, path).read_text(encoding="utf-8")
    relative = re.search(r'var SEARCH_INDEX = new URL\("([^"]+)"', html).group(1)
    assert urljoin("http://site/" + path, relative) == "http://site/" + INDEXES[lang]

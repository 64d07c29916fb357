"""Searching the site in Chromium finds exam pages by the words residents use, in base form."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

LANG_ROOTS = {"fi": "", "en": "en/"}


def _search(page, query: str) -> list[str]:
    """Type into Material's search box as a user does; return the paths of the result links."""
    # The header's search button (overrides/partials/header.html) on a phone, Material's label on a desktop.
    page.locator("button[data-kys-toggle='__search']:visible, label.md-header__button[for='__search']:visible").first.click()
    page.locator("input.md-search__input").press_sequentially(query)
    page.wait_for_selector(".md-search-result__item")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    return [urlsplit(href).path for href in hrefs]


@pytest.mark.parametrize(
    ("lang", "query", "exam_id"),
    [
        ("fi", "magneettikuvaus", "mri"),
        ("fi", "magneettitutkimus", "mri"),
        ("fi", "MRI", "mri"),
        ("fi", "ultraääni", "ultrasound"),
        ("fi", "paasto", "ultrasound"),
        ("fi", "paasto", "ct"),
        ("fi", "läpivalaisu", "fluoroscopy"),
        ("en", "MRI", "mri"),
        ("en", "ultrasound", "ultrasound"),
        ("en", "fasting", "procedural-radiology"),
        ("en", "fluoroscopy", "fluoroscopy"),
    ],
)
def test_search_finds_the_exam_page_in_the_sites_language(guarded_page, site_url, lang, query, exam_id):
    page, _ = guarded_page
    page.goto(site_url + LANG_ROOTS[lang])
    paths = _search(page, query)
    assert f"/{LANG_ROOTS[lang]}tutkimukset/{exam_id}/" in paths, paths

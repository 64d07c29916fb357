"""Reading the site leaves no trace: nothing from other hosts, no cookies, nothing stored."""
from __future__ import annotations

from . import checks
from .conftest import DESKTOP, guarded_visit


def test_plain_visits_to_every_page_store_nothing_and_contact_no_one_else(browser, site_url, every_page):
    with guarded_visit(browser, site_url, viewport=DESKTOP) as (page, log):
        for path in every_page:
            page.goto(site_url + path)
            page.wait_for_load_state("networkidle")
        page.goto(site_url)
        checks.open_search(page, "röntgen")  # searching is a plain visit too: it runs in the browser
        stored = checks.stored_data(page)
    assert log.foreign_requests == []
    assert stored == []
    assert log.console_errors == [] and log.failed_requests == []


def test_choosing_a_colour_scheme_stores_only_that_choice(browser, site_url):
    with guarded_visit(browser, site_url, viewport=DESKTOP, color_scheme="light") as (page, log):
        page.goto(site_url)
        assert checks.stored_data(page) == []
        page.locator("label[for^='__palette']:visible").click()
        page.goto(site_url + "en/")
        stored = checks.stored_data(page)
        scheme = page.locator("body").get_attribute("data-md-color-scheme")
    # The choice is kept (the next page opens in it) and is the one thing stored.
    assert len(stored) == 1 and stored[0].endswith(".__palette"), stored
    assert scheme == "default"  # automatic -> light was chosen, and the English page kept it
    assert log.foreign_requests == []


def test_each_language_has_a_sitemap_for_materials_language_switch(guarded_page, site_url):
    page, log = guarded_page
    full = page.request.get(f"{site_url}sitemap.xml")
    # The root sitemap is the one search engines read: every page, both languages.
    assert full.status == 200
    assert "/saavutettavuus/" in full.text() and "/en/saavutettavuus/" in full.text()
    # The English home's own small sitemap answers Material's switch (no 404 logged).
    english = page.request.get(f"{site_url}en/sitemap.xml")
    assert english.status == 200 and f"{site_url}en/</loc>" in english.text()

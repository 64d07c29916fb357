"""Under a sub-path, the site works in a real browser: styles load, and the header's
language switch (Material's script, which reads the sitemap) keeps the reader on the page."""
from __future__ import annotations

import pytest

from tests.browser.conftest import open_guarded_page


def test_language_switch_under_a_sub_path_keeps_the_page_without_errors(browser, sub_path_url):
    context, page, log = open_guarded_page(browser, sub_path_url, viewport={"width": 390, "height": 844})
    try:
        page.goto(sub_path_url)
        page.wait_for_load_state("networkidle")  # let the search worker load before leaving the page
        assert page.locator("html").get_attribute("lang") == "fi"
        # Material's stylesheet applied: the header is laid out as a flex row, not as plain text.
        assert page.locator(".md-header__inner").evaluate("e => getComputedStyle(e).display") == "flex"
        page.locator(".md-header [hreflang='en']").first.dispatch_event("click")
        page.wait_for_url(f"{sub_path_url}en/")
        assert page.locator("html").get_attribute("lang") == "en"
        page.wait_for_load_state("networkidle")
        assert log.failed_requests == [] and log.console_errors == []
        assert log.foreign_requests == []
    finally:
        context.close()


@pytest.mark.parametrize(("missing", "first", "other", "first_part", "other_part"), [
    ("en/no-such-page/", "Page not found", "Sivua ei löydy", "In English", "Suomeksi"),
    ("no-such-page/", "Sivua ei löydy", "Page not found", "Suomeksi", "In English"),
])
def test_a_missing_address_shows_its_languages_not_found_message_first(browser, sub_path_url, missing, first, other,
                                                                       first_part, other_part):
    """A static host answers every missing address with the root (Finnish) 404.html: an English
    reader who mistyped an /en/ address reads English first, on the first screen of a phone."""
    context, page, log = open_guarded_page(browser, sub_path_url, viewport={"width": 360, "height": 800})
    try:
        page.goto(sub_path_url + missing)
        section = page.locator(".kys-not-found").first
        # The title is the H1 only: each language's part is headed by its language, so a screen
        # reader does not hear "Sivua ei löydy" twice (resident review 3, finding 21).
        assert section.locator("h2").inner_text() == first_part
        assert section.get_attribute("lang") == (None if first == "Sivua ei löydy" else "en")
        urgent = section.locator("h3")
        assert urgent.bounding_box()["y"] + urgent.bounding_box()["height"] <= 800  # help on the first screen
        assert page.title() == f"{first} – {other} – KYS Röntgen"
        assert page.locator("h1").inner_text() == f"{first} – {other}"
        assert page.locator(".kys-not-found").nth(1).locator("h2").inner_text() == other_part
        assert page.locator("h2", has_text=first).count() == 0
    finally:
        context.close()

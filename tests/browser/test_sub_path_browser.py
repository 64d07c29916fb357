"""Under a sub-path, the site works in a real browser: styles load, and the header's
language switch (Material's script, which reads the sitemap) keeps the reader on the page."""
from __future__ import annotations

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

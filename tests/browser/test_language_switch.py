"""A resident switches language from the header and stays on the same page."""
from __future__ import annotations


def test_switching_language_from_the_home_page_keeps_the_page(guarded_page, site_url):
    page, log = guarded_page
    page.goto(site_url)
    assert page.locator("html").get_attribute("lang") == "fi"
    page.locator(".md-header [hreflang='en']").first.dispatch_event("click")
    page.wait_for_url(f"{site_url}en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "referral" in page.locator("article").inner_text()

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


def test_a_deep_page_loads_without_failed_requests_and_switches_to_its_translation(guarded_page, site_url):
    # Material fetches sitemap.xml beside each hreflang alternate; every one must exist.
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/kuopio/")
    page.wait_for_load_state("networkidle")
    assert log.failed_requests == [] and log.console_errors == []
    page.locator(".md-header [hreflang='en']").first.dispatch_event("click")
    page.wait_for_url(f"{site_url}en/kunnat/kuopio/")
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "en"
    assert log.failed_requests == [] and log.console_errors == []

"""axe-core finds no WCAG 2.x A/AA or best-practice violation on any page, in either colour scheme."""
from __future__ import annotations

import pytest

from . import checks
from .conftest import DESKTOP, PHONE, guarded_visit

# Material's body attribute names the scheme the reader sees: proof that the contrast
# checks ran in it. Dark is checked on a phone, light on a desktop: both layouts covered.
SCHEMES = [("light", "default", DESKTOP), ("dark", "slate", PHONE)]
# Every rule runs in the light scheme on a desktop. In the dark scheme on a phone what can
# differ is colour and the size of what a finger taps; those rules run there (time: 2 cores).
DARK_PHONE_RULES = ["color-contrast", "link-in-text-block", "target-size"]


@pytest.mark.parametrize(("scheme", "material_scheme", "viewport"), SCHEMES, ids=["light", "dark"])
def test_no_page_has_accessibility_violations(browser, site_url, every_page, scheme, material_scheme, viewport):
    problems = []
    rules = DARK_PHONE_RULES if scheme == "dark" else None
    with guarded_visit(browser, site_url, viewport=viewport, color_scheme=scheme) as (page, log):
        for path in every_page:
            page.goto(site_url + path)
            assert page.locator("body").get_attribute("data-md-color-scheme") == material_scheme, path
            problems += checks.axe_violations(page, rules)
    assert problems == []
    assert log.console_errors == [] and log.failed_requests == []


@pytest.mark.parametrize(("home", "query"), [("", "röntgen"), ("en/", "x-ray")], ids=["fi", "en"])
@pytest.mark.parametrize(("scheme", "material_scheme", "viewport"), SCHEMES, ids=["light", "dark"])
def test_open_search_dialog_with_results_has_no_violations(
    browser, site_url, home, query, scheme, material_scheme, viewport
):
    with guarded_visit(browser, site_url, viewport=viewport, color_scheme=scheme) as (page, log):
        page.goto(site_url + home)
        checks.open_search(page, query)
        assert page.get_by_role("dialog").get_attribute("aria-label")  # the dialog has a name a screen reader reads out
        assert page.locator(".md-search__output").is_visible()
        problems = checks.axe_violations(page)
    assert problems == []
    assert log.console_errors == [] and log.failed_requests == []

"""Everything works from the keyboard, with a visible focus that is never hidden."""
from __future__ import annotations

import pytest

from . import checks
from .conftest import DESKTOP, PHONE, guarded_visit


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_tab_reaches_a_skip_link_first_and_every_control_with_visible_focus(browser, site_url, every_page, viewport):
    problems = []
    with guarded_visit(browser, site_url, viewport=viewport) as (page, log):
        for path in every_page:
            page.goto(site_url + path)
            checks.without_motion(page)
            page.keyboard.press("Tab")
            if not page.evaluate("() => document.activeElement.classList.contains('md-skip')"):
                first = page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)")
                problems.append(f"{path}: the first Tab reaches {first}, not the skip link")
            page.evaluate("() => document.activeElement.blur()")
            _, found = checks.tab_through(page)
            problems += found + checks.unreachable_controls(page)
    assert problems == []


def test_skip_link_moves_focus_past_the_header(guarded_page, site_url):
    page, _ = guarded_page
    page.goto(site_url + "en/saavutettavuus/")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.closest('header, .md-header') === null")
    assert page.url.endswith("#accessibility-statement") and focused


@pytest.mark.parametrize(("start", "target", "expected"), [("", "English", "en/"), ("en/tietosuoja/", "suomi", "tietosuoja/")])
def test_language_switcher_works_from_the_keyboard(browser, site_url, start, target, expected):
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, log):
        page.goto(site_url + start)
        for _ in range(30):
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.textContent.trim()") == target:
                break
        link = page.locator(":focus")
        assert link.get_attribute("hreflang") and link.is_visible()
        page.keyboard.press("Enter")
        page.wait_for_url(site_url + expected)
    assert log.console_errors == [] and log.failed_requests == []


def test_menu_opens_from_the_keyboard_on_a_narrow_screen(browser, site_url):
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, _):
        page.goto(site_url + "en/")
        checks.without_motion(page)
        menu = page.locator("button[data-kys-toggle='__drawer']")
        menu.focus()
        page.keyboard.press("Enter")
        assert page.locator(".md-sidebar--primary").is_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')") or \
            page.evaluate("() => !!document.activeElement.closest('.md-header')")

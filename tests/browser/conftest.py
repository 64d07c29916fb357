"""Headless Chromium (Debian's package) driven by Playwright, against the built site served locally.

Every page a test opens is guarded: a request to any host but the local server fails the
test, and console errors and failed requests are collected for the test to assert on.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

BROWSER_TESTS = os.path.dirname(os.path.abspath(__file__))


def pytest_collection_modifyitems(items):
    """Every test in this folder carries the `browser` marker, so `pytest -m "not browser"`
    is the fast loop; a new browser test cannot forget it."""
    for item in items:
        if str(item.path).startswith(BROWSER_TESTS + os.sep):
            item.add_marker(pytest.mark.browser)


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")  # CI sets the runner's Chrome
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What happened while a page was open, beyond what it shows."""

    foreign_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


def open_guarded_page(browser, site_url: str, **context_options):
    """A new page in a fresh context that blocks and records any request leaving the local server."""
    context = browser.new_context(**context_options)
    log = PageLog()
    local = urlsplit(site_url).netloc

    def guard(route):
        url = route.request.url
        if urlsplit(url).netloc == local or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            log.foreign_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(f"{page.url}: {m.text}"))
    # ERR_ABORTED: the browser dropped the request itself because the page navigated away
    # (e.g. the search worker still loading); that is no broken resource.
    page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and log.failed_requests.append(r.url))
    page.on("response", lambda r: r.status >= 400 and log.failed_requests.append(f"{r.status} {r.url}"))
    return context, page, log


@pytest.fixture
def guarded_page(browser, site_url):
    """(page, log) on a phone-sized screen; fails the test if the page reached a third party."""
    context, page, log = open_guarded_page(browser, site_url, viewport={"width": 390, "height": 844})
    yield page, log
    context.close()
    assert log.foreign_requests == [], "the page contacted a third party"


# --- Whole-site checks (issue 6): every page of the built site, found from its sitemaps. ---

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="session")
def every_page(built_site) -> list[str]:
    """Paths of every page of the built site, both languages, 404 pages included."""
    from ..site_pages import site_pages

    return site_pages(built_site)


@contextmanager
def guarded_visit(browser, site_url: str, **context_options):
    """(page, log) in one fresh context for a walk over many pages; closed afterwards."""
    context, page, log = open_guarded_page(browser, site_url, **context_options)
    try:
        yield page, log
    finally:
        context.close()

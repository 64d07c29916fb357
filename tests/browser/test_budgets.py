"""First view on a phone: what Chromium actually downloads for each kind of page, in every language.

Sizes are the gzip size of each response body (the local test server does not compress,
a real host does), so the budget is deterministic: no timing is measured here.
"""
from __future__ import annotations

import gzip

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages.samples import sample_pages
from tests.conftest import ROOT

BUDGET_BYTES = 120_000  # first view, compressed, everything the page fetches on its own
PAGES = sample_pages(load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT))

# Layout shifts reported by Chromium while the page loads (PerformanceObserver, buffered):
# [score, the moved elements].
LAYOUT_SHIFTS = """() => new Promise(resolve => {
  const shifts = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push([entry.value,
      entry.sources.map(s => s.node && s.node.nodeName + "." + (s.node.className || ""))]);
  }).observe({type: "layout-shift", buffered: true});
  requestAnimationFrame(() => requestAnimationFrame(() => resolve(shifts)));
})"""

RENDER_BLOCKING = """() => performance.getEntriesByType("resource")
  .filter(entry => entry.renderBlockingStatus === "blocking").map(entry => entry.name)"""


def _open_and_collect(page, url: str) -> dict[str, int]:
    """Load `url` until the network is idle; return {url: compressed bytes} of every response."""
    responses = []
    page.context.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    return {r.url: len(gzip.compress(r.body(), compresslevel=9, mtime=0)) for r in responses}


@pytest.mark.parametrize("path", PAGES)
def test_first_view_fits_the_budget_on_a_phone(guarded_page, site_url, path):
    page, _ = guarded_page
    sizes = _open_and_collect(page, site_url + path)
    total = sum(sizes.values())
    detail = "\n".join(f"{size:>8} {url}" for url, size in sorted(sizes.items(), key=lambda i: -i[1]))
    assert total <= BUDGET_BYTES, f"/{path}: {total} bytes compressed > {BUDGET_BYTES}:\n{detail}"
    assert not any("search_index" in url for url in sizes), "the search index loaded before any search"


@pytest.mark.parametrize("path", PAGES)
def test_page_does_not_shift_while_loading(guarded_page, site_url, path):
    page, _ = guarded_page
    page.goto(site_url + path, wait_until="networkidle")
    shifts = page.evaluate(LAYOUT_SHIFTS)
    assert sum(value for value, _ in shifts) == 0, shifts
    # Render-blocking files may only come from our own server (guarded_page fails on any other).
    blocking = page.evaluate(RENDER_BLOCKING)
    assert all(url.startswith(site_url) for url in blocking), blocking


def test_search_index_loads_when_the_reader_searches_and_search_works(guarded_page, site_url):
    page, log = guarded_page
    requested = []
    page.context.on("request", lambda r: requested.append(r.url))
    page.goto(site_url, wait_until="networkidle")
    assert not any("search_index.json" in url for url in requested)
    page.click("button[data-kys-toggle='__search']")  # the magnifier on a phone
    page.keyboard.type("mammografia")
    page.wait_for_selector(".md-search-result__item")
    assert any("search_index.json" in url for url in requested)
    assert "Mammografia" in page.inner_text(".md-search-result")
    assert log.failed_requests == [] and log.console_errors == []

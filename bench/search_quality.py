"""Search quality and speed, measured in a real Chromium against a built site.

The queries of bench/search_queries.yaml go through the site's own search: its search worker
(Material's lunr), its index for the page's language and the query rewriting of the page
(overrides/partials/search-base-forms.js), exactly as a reader's typing does; only the typing
and the result list drawing are left out, so 100 queries take a second. A result's page is
the page of a result group (Material groups a page's sections under it).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import yaml

QUERIES = Path(__file__).with_name("search_queries.yaml")

# Runs in the page: load the index the page's search would load, start the site's search
# worker, send each query as Material's search box does, return the result pages in order.
_RUN_QUERIES = """
async (queries) => {
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base + "/", location.href);
  const url = window.SEARCH_INDEX || new URL("search/search_index.json", base).href;
  const index = await (await fetch(url)).json();
  const worker = new Worker(new URL(config.search, location.href));
  const reply = () => new Promise(resolve =>
    worker.addEventListener("message", event => resolve(event.data), {once: true}));
  worker.postMessage({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
  await reply();
  const ranked = [];
  for (const query of queries) {
    worker.postMessage({type: 2, data: query});
    const {data} = await reply();
    ranked.push(data.items.map(group => {
      const page = new URL(group[0].location, base);
      return decodeURIComponent(page.pathname).slice(decodeURIComponent(base.pathname).length);
    }));
  }
  worker.terminate();
  return ranked;
}
"""


@dataclass(frozen=True)
class Query:
    text: str
    expect: tuple[str, ...]  # pages under the site root, e.g. "kunnat/varkaus/" or "en/"


def load_queries(path: Path = QUERIES) -> dict[str, list[Query]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        lang: [Query(entry["query"], tuple(entry["expect"])) for entry in entries]
        for lang, entries in document.items()
    }


def ranked_pages(page, url: str, queries: list[Query]) -> list[list[str]]:
    """For each query, the result pages in rank order, searched from the page at `url`."""
    page.goto(url)
    return page.evaluate(_RUN_QUERIES, [query.text for query in queries])


def recall(queries: list[Query], ranked: list[list[str]], k: int) -> float:
    """Share of the queries with an expected page among their first k results."""
    found = sum(1 for query, pages in zip(queries, ranked) if set(query.expect) & set(pages[:k]))
    return found / len(queries)


def misses(queries: list[Query], ranked: list[list[str]], k: int) -> list[str]:
    return [f"{q.text!r}: {pages[:k]}" for q, pages in zip(queries, ranked) if not set(q.expect) & set(pages[:k])]


def time_to_first_result(browser, url: str, query: str, cpu_slowdown: float = 4) -> float:
    """Seconds from opening the search to the first result drawn, on a CPU slowed down as a phone's.

    The clock starts when the reader focuses the search field (that is when the index starts to
    load) and stops when Material shows the first result of `query` typed at once.
    """
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_load_state("load")
        session = context.new_cdp_session(page)
        session.send("Emulation.setCPUThrottlingRate", {"rate": cpu_slowdown})
        started = time.perf_counter()
        page.locator("button[data-kys-toggle='__search']:visible, label.md-header__button[for='__search']:visible").first.click()
        page.locator("input.md-search__input").fill(query)
        page.locator("input.md-search__input").dispatch_event("keyup")
        page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
        return time.perf_counter() - started
    finally:
        context.close()

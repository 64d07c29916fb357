"""Search quality and speed, measured in a real Chromium against a built site.

The queries of bench/search_queries.yaml go through the site's own search: its search worker
(Material's lunr), its index for the page's language and the query rewriting of the page
(overrides/partials/search-base-forms.js), exactly as a reader's typing does; only the typing
and the result list drawing are left out, so 100 queries take a second. A result's page is
the page of a result group (Material groups a page's sections under it).
"""
from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from .project import ROOT
from .server import free_port, serve

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


# --- `make bench`: today's search against ours, index sizes, time to the first result. ---

# main before issue 16: one index for both languages, no base forms, visible keyword lines.
TODAY = "708ee94"
# What a reader on a phone types first, per language, for the time to the first result.
FIRST_QUERIES = {"fi": "Varkaudessa", "en": "cost"}
SPEED_RUNS = 3


def language_roots(project: Path) -> dict[str, str]:
    from kys_rontgen.languages import configured_languages

    return {lang.code: "" if lang.default else f"{lang.code}/" for lang in configured_languages(project / "mkdocs.yml")}


def todays_project(destination: Path) -> Path:
    """The project as it was at TODAY, from git (the search as residents have it today)."""
    destination.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", TODAY], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(destination)], input=archive, check=True)
    return destination


def _chromium(playwright):
    """Debian's Chromium, as the Lighthouse runs use it (CHROMIUM names another)."""
    return playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                      args=["--no-sandbox", "--disable-gpu", "--no-first-run"])


def recall_table(sites: dict[str, Path], roots: dict[str, str]) -> dict[str, dict[str, tuple[float, float]]]:
    """{site name: {language: (recall at 1, recall at 5)}} over bench/search_queries.yaml."""
    from playwright.sync_api import sync_playwright

    queries = load_queries()
    table = {}
    with sync_playwright() as playwright:
        browser = _chromium(playwright)
        for name, site in sites.items():
            with serve(site, free_port()) as url:
                page = browser.new_page()
                table[name] = {}
                for lang, root in roots.items():
                    ranked = ranked_pages(page, url + root, queries[lang])
                    table[name][lang] = (recall(queries[lang], ranked, 1), recall(queries[lang], ranked, 5))
                page.close()
        browser.close()
    return table


def index_gzip_bytes(site: Path, roots: dict[str, str]) -> dict[str, int]:
    return {lang: len(gzip.compress((site / root / "search/search_index.json").read_bytes(), 6, mtime=0))
            for lang, root in roots.items()}


def first_result_seconds(site: Path, roots: dict[str, str]) -> dict[str, float]:
    """Median seconds to the first result per language, Chromium with its CPU slowed down 4x."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, serve(site, free_port()) as url:
        browser = _chromium(playwright)
        seconds = {
            lang: statistics.median(time_to_first_result(browser, url + root, FIRST_QUERIES.get(lang, "x"))
                                    for _ in range(SPEED_RUNS))
            for lang, root in roots.items()
        }
        browser.close()
    return seconds


def search_report(table: dict, scales: list[dict], roots: dict[str, str]) -> list[str]:
    queries = load_queries()
    lines = [
        "", "## Search", "",
        f"Recall of bench/search_queries.yaml ({', '.join(f'{len(queries[l])} {l}' for l in roots)} queries as residents",
        "type them), run through each site's own search worker in Chromium: the share of queries whose",
        f"expected page is the first result (@1) or among the first five (@5). Today: {TODAY}, one index for",
        "both languages. New: one index per language, base forms (simplemma), synonyms from data/search.yaml.", "",
        "| language | today @1 | today @5 | new @1 | new @5 |", "|---|---|---|---|---|",
    ]
    for lang in roots:
        (t1, t5), (n1, n5) = table["today"][lang], table["new"][lang]
        lines.append(f"| {lang} | {t1:.2f} | {t5:.2f} | {n1:.2f} | {n5:.2f} |")
    lines += [
        "", "Index per language (gzip) and time from opening the search to the first result drawn, Chromium",
        f"on a phone-sized screen with the CPU slowed down 4x (median of {SPEED_RUNS}; first queries "
        f"{', '.join(f'{l}: {q!r}' for l, q in FIRST_QUERIES.items())}):", "",
        "| data | pages | " + " | ".join(f"{l} index kB gz | {l} kB/page | {l} first result s" for l in roots) + " |",
        "|---|---|" + "---|---|---|" * len(roots),
    ]
    for s in scales:
        cells = " | ".join(
            f"{s['search_gzip'][l] / 1000:.1f} | {s['search_gzip'][l] / s['pages'] * len(roots) / 1000:.2f} | {s['first_result'][l]:.2f}"
            for l in roots
        )
        lines.append(f"| {s['factor']}× | {s['pages']} | {cells} |")
    return lines

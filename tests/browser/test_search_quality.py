"""Search in Chromium: the reader's language only, Finnish word forms, recall floors, screen readers, keyboard."""
from __future__ import annotations

import re

from urllib.parse import urlsplit

import pytest

from bench.search_quality import Query, load_queries, misses, ranked_pages, recall

pytestmark = pytest.mark.browser

LANG_ROOTS = {"fi": "", "en": "en/"}
QUERIES = load_queries()


# Counts the queries sent to the search worker and the answers back, so a test reads the
# results of the whole query, not of a few letters of it (installed before the page's scripts).
_COUNT_REPLIES = """(() => {
  const post = Worker.prototype.postMessage;
  window.kysSearch = {asked: 0, answered: 0};
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === 2) {
      if (!this.kysCounted) {
        this.kysCounted = true;
        this.addEventListener("message", event => { if (event.data.type === 3) window.kysSearch.answered++; });
      }
      window.kysSearch.asked++;
    }
    return post.apply(this, arguments);
  };
})()"""


@pytest.fixture
def search_page(guarded_page):
    page, log = guarded_page
    page.add_init_script(_COUNT_REPLIES)
    return page, log


def _search(page, query: str) -> list[str]:
    """Search as a reader types; the paths of the result links for the whole query."""
    page.locator("button[data-kys-toggle='__search']:visible, label.md-header__button[for='__search']:visible").first.click()
    box = page.locator("input.md-search__input")
    box.press_sequentially(query)
    # Playwright types "ä" as text input without key events, and Material reads the query on
    # keyup: the End key stands for the reader's last keystroke.
    box.press("End")
    page.wait_for_function("kysSearch.asked > 0 && kysSearch.answered === kysSearch.asked")
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    return [urlsplit(href).path for href in hrefs]


@pytest.mark.parametrize("lang", LANG_ROOTS)
def test_recall_at_5_of_the_residents_queries_is_at_least_0_9(guarded_page, site_url, lang):
    page, log = guarded_page
    queries = QUERIES[lang]
    assert len(queries) >= 40
    ranked = ranked_pages(page, site_url + LANG_ROOTS[lang], queries)
    assert recall(queries, ranked, 5) >= 0.9, misses(queries, ranked, 5)
    # Every result of every query is a page of the reader's language.
    other = [pages for pages in ranked for path in pages if path.startswith("en/") != (lang == "en")]
    assert other == []
    assert log.console_errors == [] and log.failed_requests == []


@pytest.mark.parametrize(("lang", "query"), [("fi", "varkaus"), ("en", "varkaus"), ("fi", "röntgen"), ("en", "x-ray")])
def test_results_are_in_the_language_of_the_page_searched_from(search_page, site_url, lang, query):
    page, _ = search_page
    page.goto(site_url + LANG_ROOTS[lang])
    paths = _search(page, query)
    assert paths
    english = [path for path in paths if path.startswith("/en/")]
    assert english == (paths if lang == "en" else [])


@pytest.mark.parametrize(("query", "expected"), [
    ("Varkaudessa", "/kunnat/varkaus/"),  # inessive with consonant gradation
    ("Iisalmessa", "/kunnat/iisalmi/"),
    ("magneettikuvaukseen", "/tutkimukset/mri/"),  # illative of a compound
    ("Siilinjärvellä", "/kunnat/siilinjarvi/"),  # adessive
    ("ultraäänitutkimukseen", "/tutkimukset/ultrasound/"),
])
def test_an_inflected_finnish_query_finds_its_page_first(search_page, site_url, query, expected):
    page, _ = search_page
    page.goto(site_url)
    paths = _search(page, query)
    assert paths[0] == expected, paths


@pytest.mark.parametrize("query", ["mammografiakutsu", "seulontakutsu"])
def test_a_reader_asking_for_the_screening_invitation_finds_the_screening_page_first(search_page, site_url, query):
    page, _ = search_page
    page.goto(site_url)
    assert _search(page, query)[0] == "/tutkimukset/mammography-screening/"


def test_a_reader_asking_for_night_time_emergency_care_lands_on_urgent_help(search_page, site_url):
    page, _ = search_page
    page.goto(site_url)
    _search(page, "yöpäivystys")
    # The first result is a page with its urgent-help section (112, 116117, the night-time emergency
    # department) as the section that matched, one tap away.
    links = page.eval_on_selector(".md-search-result__item", "item => [...item.querySelectorAll('a')].map(a => a.href)")
    assert "urgent" in [urlsplit(link).fragment for link in links], links


def test_english_synonyms_from_data_find_the_fees(search_page, site_url):
    page, _ = search_page
    page.goto(site_url + "en/")
    assert _search(page, "cost")[0] == "/en/"


def test_the_result_count_is_announced_and_the_keyboard_opens_a_result(search_page, site_url):
    page, _ = search_page
    page.goto(site_url)
    _search(page, "varkaus")
    meta = page.locator(".md-search-result__meta")
    assert meta.get_attribute("role") == "status"  # a live region: screen readers read the count out
    count = page.locator(".md-search-result__item").count()
    # The count of every matching page is read out; the theme lists the first ten of them at once.
    announced = re.search(r"\d+", meta.inner_text())
    assert count == 1 or (announced and int(announced.group()) >= count >= 1), meta.inner_text()
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused and "kunnat/varkaus/" in focused
    page.keyboard.press("Enter")
    page.wait_for_url("**/kunnat/varkaus/**")
    assert urlsplit(page.url).path == "/kunnat/varkaus/"


def test_a_one_letter_typo_finds_the_page_and_no_result_claims_the_word_is_missing(search_page, site_url):
    page, _ = search_page
    page.goto(site_url)
    assert _search(page, "ultaääni")[0] == "/tutkimukset/ultrasound/"
    terms = page.locator(".md-search-result__terms")  # Material's "Missing: ultaääni", written but hidden
    assert terms.count() > 0 and not terms.first.is_visible()


@pytest.mark.parametrize(("lang", "queries", "own_name"), [
    ("fi", ["aukioloajat", "puhelinnumero", "kunta", "terveysasemat"], "avoin data"),
    ("en", ["phone number", "municipality", "health centres"], "open data"),
])
def test_the_open_data_page_never_outranks_an_exam_or_municipality_page(guarded_page, site_url, lang, queries, own_name):
    """It lists what the directory holds (opening hours, phone numbers), for developers: a resident
    asking for those wants their municipality's page; asked for by name, it is still found."""
    page, _ = guarded_page
    root = LANG_ROOTS[lang]
    ranked = ranked_pages(page, site_url + root, [Query(text, ()) for text in queries + [own_name]])
    resident_pages = (root + "kunnat/", root + "tutkimukset/")
    for query, pages in zip(queries, ranked):
        later = pages[pages.index(root + "avoin-data/") + 1:] if root + "avoin-data/" in pages else []
        assert [p for p in later if p.startswith(resident_pages) and p not in resident_pages] == [], query
    assert ranked[-1][0] == root + "avoin-data/"

"""Examination pages: the index of all exams and one preparation page per exam.

Every exam in data/exams.yaml becomes tutkimukset/<id>.md; nothing else names the exams, so
adding an exam is adding one data entry. mkdocs.yml lists only the index in the nav, and the
index links every exam page.
"""
from __future__ import annotations

from types import SimpleNamespace

from ..model.exams import SECTIONS
from .directory import DIRECTORY, does_exam, every_place, municipality_page, place_cards
from .. import structured_data
from ..model.names import host
from .page import Page

FOLDER = "tutkimukset"
INDEX = f"{FOLDER}/index.md"


def exam_page(exam) -> str:
    """Path of an exam's page under docs/<lang>/."""
    return f"{FOLDER}/{exam.id}.md"


def exam_pages(dataset) -> dict[str, str]:
    """{exam id: its page}, in the data's order: for the lists that link every exam."""
    return {exam.id: exam_page(exam) for exam in dataset.exams.exams}


def search_terms(exam, lang: str) -> list[str]:
    """Base-form keywords for the search index, each once (search ignores case)."""
    unique = {}
    for word in exam.keywords[lang]:
        unique.setdefault(word.casefold(), word)
    return list(unique.values())


# The label (data/labels.yaml) that heads each fixed section on the page and names it in the sources list.
SECTION_HEADINGS = {section: f"exam_{section}_heading" for section in SECTIONS} | {"what_it_is": "exam_what_heading"}
# Each fixed section's id, the same in every language, so that a link to #before lasts a rewording.
SECTION_ANCHORS = {section: section.replace("_", "-") for section in SECTIONS}
SOURCES_ANCHOR = "sources"
URGENT_ANCHOR = "urgent"
# The page's jump list ("On this page"): (heading label, anchor) of the fixed sections, the urgent-help
# block and the sources, in page order.
JUMP_LIST = [(SECTION_HEADINGS[section], SECTION_ANCHORS[section]) for section in SECTIONS] + [
    ("phone_heading", URGENT_ANCHOR), ("exam_sources_heading", SOURCES_ANCHOR)]


def exam_locations(dataset, exam, cards: dict[str, str] | None = None) -> list[tuple]:
    """(place, its card: "kunnat/kuopio.md#kys", else its municipality's page) for each place, the
    editors' and PTV's, whose data says it does this exam. `cards`: directory.place_cards."""
    municipalities = {municipality.code: municipality for municipality in dataset.municipalities.municipalities}
    cards = place_cards(dataset) if cards is None else cards
    return [
        (place, cards.get(place.id) or municipality_page(municipalities[place.municipality]))
        for place in every_place(dataset)
        if does_exam(place, exam)
    ]


def exam_sources(dataset, exam, lang: str) -> list[SimpleNamespace]:
    """The sources list of the page in `lang`: each source page (one language version of a page
    listed in several, Exams.pages_of) with the heading labels of the sections resting on it,
    then the sources of the listed places' addresses (data/locations.yaml, data/ptv.yaml), named
    by `host` (the page adds their language and what kind of source a weak one is) with the
    places each backs."""
    listed = [
        SimpleNamespace(name=page.name, url=page.url, checked=page.checked, host=None, places=[],
                        lang=page.lang, title=page.title,
                        headings=[SECTION_HEADINGS[section] for section in sections])
        for page, sections in dataset.exams.pages_of(exam, lang)
    ]
    urls = {source.url for source in listed}
    by_url: dict[str, SimpleNamespace] = {}
    for location, _ in exam_locations(dataset, exam, {}):
        for url in [location.source] if isinstance(location.source, str) else location.source:
            if url in urls:
                continue
            name = host(url)
            entry = by_url.setdefault(url, SimpleNamespace(
                name={lang: name for lang in exam.name}, url=url, checked=location.checked, places=[],
                lang=None, title=None, host=name, headings=[SECTION_HEADINGS["where"]]))
            entry.checked = max(entry.checked, location.checked)
            entry.places.append(location)
    return listed + list(by_url.values())


def travel_sources(dataset, exam, lang: str) -> list:
    """Kela's pages the travel section rests on, linked from it (the taxi booking numbers live there)."""
    return [page for page, sections in dataset.exams.pages_of(exam, lang) if "travel" in sections and host(page.url) == "kela.fi"]


def before_lists(exam) -> list[tuple[str, str, list]]:
    """The do and don't lists before the exam that have items: (label key, CSS class, items)."""
    lists = [("exam_do_heading", "kys-do", exam.before.do), ("exam_dont_heading", "kys-dont", exam.before.dont)]
    return [entry for entry in lists if entry[2]]


def pages(dataset) -> list[Page]:
    index = Page(INDEX, "exam_index.md.j2", {"exam_pages": exam_pages(dataset), "urgent_anchor": URGENT_ANCHOR})
    cards = place_cards(dataset)
    return [index] + [
        Page(
            exam_page(exam),
            "exam.md.j2",
            {
                "exam": exam, "search_terms": search_terms, "before_lists": before_lists(exam),
                "locations": exam_locations(dataset, exam, cards),
                "address_missing": any(place.address is None for place, _ in exam_locations(dataset, exam, cards)),
                "index_page": INDEX, "directory_page": DIRECTORY,
                "headings": SimpleNamespace(**SECTION_HEADINGS), "anchors": SimpleNamespace(**SECTION_ANCHORS),
                "jump_list": JUMP_LIST, "sources_anchor": SOURCES_ANCHOR, "urgent_anchor": URGENT_ANCHOR,
                # Per language: a page listed in several languages is shown in the reader's.
                "sources": lambda lang, exam=exam: exam_sources(dataset, exam, lang),
                "travel_sources": lambda lang, exam=exam: travel_sources(dataset, exam, lang),
            },
            structured_data=lambda lang, exam=exam: structured_data.exam(exam, lang, dataset.labels),
            origin=("exams.yaml", ("exams", index, "summary")), name_origin=("exams.yaml", ("exams", index, "id")),
        )
        for index, exam in enumerate(dataset.exams.exams)
    ]

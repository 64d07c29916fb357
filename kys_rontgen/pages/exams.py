"""Examination pages: the index of all exams and one preparation page per exam.

Every exam in data/exams.yaml becomes tutkimukset/<id>.md; nothing else names the exams, so
adding an exam is adding one data entry. mkdocs.yml lists only the index in the nav, and the
index links every exam page.
"""
from __future__ import annotations

from types import SimpleNamespace

from ..model.exams import SECTIONS
from .directory import DIRECTORY, every_place, municipality_page
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


def exam_locations(dataset, exam) -> list[tuple]:
    """(place, page of its municipality) for each place, the editors' and PTV's, whose data says
    it does this exam."""
    municipalities = {municipality.code: municipality for municipality in dataset.municipalities.municipalities}
    return [
        (place, municipality_page(municipalities[place.municipality]))
        for place in every_place(dataset)
        if exam.id in place.exams or (exam.at_xray_locations and place.xray is True)
    ]


def exam_sources(dataset, exam) -> list[SimpleNamespace]:
    """The page's sources list: each source page with the heading labels of the sections resting
    on it, then the sources of the listed places' addresses (data/locations.yaml, data/ptv.yaml),
    named by host, with what kind of source a weak one is (`source_notes`) and the places it backs."""
    listed = [
        SimpleNamespace(name=page.name, url=page.url, checked=page.checked, note=None, places=[],
                        lang=page.lang, title=page.title,
                        headings=[SECTION_HEADINGS[section] for section in sections])
        for page, sections in dataset.exams.pages_of(exam)
    ]
    urls = {source.url for source in listed}
    by_url: dict[str, SimpleNamespace] = {}
    for location, _ in exam_locations(dataset, exam):
        for url in [location.source] if isinstance(location.source, str) else location.source:
            if url in urls:
                continue
            name = host(url)
            entry = by_url.setdefault(url, SimpleNamespace(
                name={lang: name for lang in exam.name}, url=url, checked=location.checked, places=[],
                lang=None, title=None,
                note=dataset.locations.source_notes.get(name), headings=[SECTION_HEADINGS["where"]]))
            entry.checked = max(entry.checked, location.checked)
            entry.places.append(location)
    return listed + list(by_url.values())


def travel_sources(dataset, exam) -> list:
    """Kela's pages the travel section rests on, linked from it (the taxi booking numbers live there)."""
    return [page for page, sections in dataset.exams.pages_of(exam) if "travel" in sections and host(page.url) == "kela.fi"]


def before_lists(exam) -> list[tuple[str, str, list]]:
    """The do and don't lists before the exam that have items: (label key, CSS class, items)."""
    lists = [("exam_do_heading", "kys-do", exam.before.do), ("exam_dont_heading", "kys-dont", exam.before.dont)]
    return [entry for entry in lists if entry[2]]


def pages(dataset) -> list[Page]:
    index = Page(INDEX, "exam_index.md.j2", {"exam_pages": exam_pages(dataset), "urgent_anchor": URGENT_ANCHOR})
    return [index] + [
        Page(
            exam_page(exam),
            "exam.md.j2",
            {
                "exam": exam, "search_terms": search_terms, "before_lists": before_lists(exam),
                "locations": exam_locations(dataset, exam), "index_page": INDEX, "directory_page": DIRECTORY,
                "headings": SimpleNamespace(**SECTION_HEADINGS), "anchors": SimpleNamespace(**SECTION_ANCHORS),
                "jump_list": JUMP_LIST, "sources_anchor": SOURCES_ANCHOR, "urgent_anchor": URGENT_ANCHOR,
                "sources": exam_sources(dataset, exam),
                "travel_sources": travel_sources(dataset, exam),
            },
            structured_data=lambda lang, exam=exam: structured_data.exam(exam, lang, dataset.labels),
            origin=("exams.yaml", ("exams", index, "summary")), name_origin=("exams.yaml", ("exams", index, "id")),
        )
        for index, exam in enumerate(dataset.exams.exams)
    ]

"""Examination pages: the index of all exams and one preparation page per exam.

Every exam in data/exams.yaml becomes tutkimukset/<id>.md; nothing else names the exams, so
adding an exam is adding one data entry. mkdocs.yml lists only the index in the nav, and the
index links every exam page.
"""
from __future__ import annotations

from .directory import DIRECTORY, municipality_page
from .exam_schema import exam_json_ld
from .page import Page

FOLDER = "tutkimukset"
INDEX = f"{FOLDER}/index.md"


def exam_page(exam) -> str:
    """Path of an exam's page under docs/<lang>/."""
    return f"{FOLDER}/{exam.id}.md"


def search_terms(exam, lang: str) -> list[str]:
    """Base-form keywords for the search index, each once (search ignores case)."""
    unique = {}
    for word in exam.keywords[lang]:
        unique.setdefault(word.casefold(), word)
    return list(unique.values())


def exam_locations(dataset, exam) -> list[tuple]:
    """(location, page of its municipality) for each location whose data says it does this exam."""
    municipalities = {municipality.code: municipality for municipality in dataset.municipalities.municipalities}
    return [
        (location, municipality_page(municipalities[location.municipality]))
        for location in dataset.locations.locations
        if exam.id in location.exams
    ]


def pages(dataset) -> list[Page]:
    index = Page(INDEX, "exam_index.md.j2", {"exam_page": exam_page})
    return [index] + [
        Page(
            exam_page(exam),
            "exam.md.j2",
            {
                "exam": exam, "exam_json_ld": exam_json_ld, "search_terms": search_terms,
                "locations": exam_locations(dataset, exam), "index_page": INDEX, "directory_page": DIRECTORY,
            },
            origin=("exams.yaml", ("exams", index, "summary")),
        )
        for index, exam in enumerate(dataset.exams.exams)
    ]

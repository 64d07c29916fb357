"""The municipality directory (kunnat/index.md) and one page per municipality (kunnat/<slug>.md).

Municipality pages stay out of the site navigation: the directory links them, so the
build stays linear when the data grows to hundreds of municipalities.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import structured_data
from ..formatting import finnish_sort_key
from ..lemmatiser import Lemmatiser
from ..model.exams import SCREENING_EXAM
from ..model.names import search_words
from ..published_files import CSV_PATH, EXPORT_PATH
from . import open_data
from .page import Page

DIRECTORY = "kunnat/index.md"


def municipality_page(municipality) -> str:
    return f"kunnat/{municipality.slug}.md"


def search_key(municipality) -> str:
    """What the finder matches typed text against: every official name and the localities
    (former municipalities, villages) that name its health stations, folded ("idensalmi iisalmi")."""
    names = [*municipality.name.model_dump().values(), *municipality.localities]
    return " ".join(sorted({search_words(name) for name in names} - {""}))


# A stem shorter than this, or more than this much shorter than its name, is a dictionary oddity,
# not an inflection: the finder would match unrelated words with it.
STEM_MIN, STEM_CUT_MAX = 4, 4


def _finnish_names(municipality) -> list[str]:
    return [municipality.name.fi, *municipality.localities]


@lru_cache(maxsize=8)
def _stems(names: tuple[str, ...], cache_dir: Path | None) -> dict[str, str]:
    """{folded name: the start every Finnish form of it shares} ("varkaus": "varkau", as in
    Varkaudessa, Varkauden), from the lemmatiser's dictionary (names it does not know keep their
    own form). Once per build and name list: the dictionary pass takes seconds without a cache."""
    lemmatiser = Lemmatiser("fi", cache_dir)
    lemmas = {name: name.casefold() for name in names}  # the dictionary keeps ä and ö: fold after it
    forms = lemmatiser.forms({lemma for lemma in lemmas.values() if " " not in lemma})
    lemmatiser.save()
    stems = {}
    for name, lemma in lemmas.items():
        word = search_words(name)
        stem = os.path.commonprefix([word, *(search_words(form) for form in forms.get(lemma, []))])
        stems[word] = stem if len(stem) >= max(STEM_MIN, len(word) - STEM_CUT_MAX) else word
    return stems


def finder_stems(municipality, stems: dict[str, str]) -> str:
    """The stems of the municipality's Finnish names where inflection changes their end, folded
    ("iisalm" for Iisalmi: Iisalmen, Iisalmessa); the finder matches a typed word that starts with
    a name or one of these. "" when every form starts with the name itself (Kuopio: Kuopion)."""
    words = [search_words(name) for name in _finnish_names(municipality)]
    return " ".join(sorted({stems.get(word, word) for word in words} - set(words) - {""}))


@dataclass(frozen=True)
class Place:
    """One location on a municipality page, with everything it does for the municipality's residents."""

    location: object  # model.locations.Location
    health_centre: bool
    xray: bool
    screening: bool
    # Where the place is ("Varkaudessa", the municipality's `in_name`), when that is not the page's
    # own municipality (a Joroinen resident's health centre in Varkaus): the card says so, and a
    # mistyped id shows on the page.
    elsewhere: dict | None = None
    # Every exam the place does (data/exams.yaml order), each linked from the card.
    exams: tuple = ()

    @property
    def roles(self) -> list[str]:
        """What the place does for the page's residents, in the card's order, less what its list of
        exams already names: X-ray (the exam done at every X-ray place) and breast screening (the
        exam people are invited to)."""
        named = {"xray": any(exam.at_xray_locations for exam in self.exams),
                 "screening": any(exam.booking == "invitation" for exam in self.exams)}
        return [role for role in ("health_centre", "xray", "screening") if getattr(self, role) and not named.get(role)]

    @property
    def own_description(self) -> bool:
        """Whether the card shows the place's own description. Not where another municipality's
        page shows it only as the screening site: "Palvelee myös Joroisten asukkaita" on the
        Leppävirta page read as "not you" (resident review #14)."""
        return not self.elsewhere or self.health_centre


def does_exam(location, exam) -> bool:
    """Whether the location's data says it does the exam (`exams:`, or `xray: true` for the
    exam done at every X-ray place)."""
    return exam.id in location.exams or (exam.at_xray_locations and location.xray is True)


def places(health_centres: list, xray_places: list, screening_sites: list, here: str = "",
           names: dict | None = None, exams: list | None = None) -> list[Place]:
    """Each location once, in the order a resident looks for them: health centres, the X-ray
    places in the municipality, then the breast screening sites. `here`: the page's municipality
    code; `names`: every municipality's `in_name` by code; `exams`: every exam, for each card's list."""
    by_id: dict = {}
    for location in [*health_centres, *xray_places, *screening_sites]:
        by_id.setdefault(location.id, location)
    health_centre_ids = {location.id for location in health_centres}
    screening_ids = {location.id for location in screening_sites}
    names = names or {}
    return [Place(location, health_centre=location.id in health_centre_ids, xray=location.xray is True,
                  screening=location.id in screening_ids,
                  elsewhere=names.get(location.municipality) if location.municipality != here else None,
                  exams=tuple(exam for exam in exams or [] if does_exam(location, exam)))
            for location in by_id.values()]


# Where a municipality page links for the list of every X-ray place (the directory's section).
XRAY_ANCHOR = "xray-places"
# The section of a municipality page that says how to reach someone now, whatever is known.
CONTACT_ANCHOR = "contact-now"


def own_xray_places(xray_locations: list, municipality) -> list:
    """The X-ray places in the municipality itself. The full list stands once, on the directory
    page: listing every place on every municipality page would grow with municipalities × places."""
    return [location for location in xray_locations if location.municipality == municipality.code]


# getattr: the report (report.py) also reads partial datasets, as its tests do.
def _imported(dataset) -> list:
    ptv = getattr(dataset, "ptv", None)
    return list(ptv.locations) if ptv else []


def _linked(dataset) -> set[str]:
    """PTV ids that an editor's location names (`ptv_id`): those places are shown once, joined."""
    return {getattr(location, "ptv_id", None) for location in dataset.locations.locations} - {None}


def joined(dataset, location):
    """An editor's location with a `ptv_id` shows PTV's contact facts under the editor's id, with
    the editor's X-ray and exam facts (and description when PTV has none); otherwise it is as written."""
    imported = next((p for p in _imported(dataset) if location.ptv_id and p.ptv_id == location.ptv_id), None)
    if imported is None:
        return location
    update = {"id": location.id, "exams": location.exams or imported.exams,
              "xray": imported.xray if location.xray is None else location.xray}
    if imported.description is None:
        update["description"] = location.description
    result = imported.model_copy(update=update)
    if imported.description is None:
        result._description_from_ptv = False  # the editor's text: Markdown as written
    return result


def every_place(dataset) -> list:
    """Every place once: the editors' locations (joined with PTV where they name a `ptv_id`),
    then the PTV places no editor's location shows."""
    linked = _linked(dataset)
    return ([joined(dataset, location) for location in dataset.locations.locations]
            + [location for location in _imported(dataset) if location.ptv_id not in linked])


def ptv_locations(dataset, municipality) -> list:
    """The places PTV lists in the municipality (by visiting address, or by service area) that
    no editor's location already shows."""
    linked = _linked(dataset)
    return [
        location for location in _imported(dataset)
        if location.ptv_id not in linked
        and (location.municipality == municipality.code or municipality.code in location.service_area)
    ]


def xray_places(dataset) -> list:
    """Every place that takes plain X-rays (`xray: true`), the editors' and PTV's, each once."""
    linked = _linked(dataset)
    xray = [joined(dataset, location) for location in dataset.locations.locations if location.xray is True]
    return xray + [location for location in _imported(dataset) if location.xray is True and location.ptv_id not in linked]


def sorted_municipalities(dataset) -> list:
    return sorted(dataset.municipalities.municipalities, key=lambda m: finnish_sort_key(m.name.fi))


def municipality_places(dataset) -> list[tuple[object, list[Place]]]:
    """(municipality, the places its page shows as cards), in the directory's order."""
    municipalities = sorted_municipalities(dataset)
    by_id = dataset.locations.by_id
    xray = xray_places(dataset)
    # A place in another municipality says where it is: "Paikka on Kuopiossa."
    in_name_by_code = {m.code: m.in_name for m in municipalities}
    result = []
    for municipality in municipalities:
        health_centres = [joined(dataset, by_id[i]) for i in municipality.health_centres]
        health_centres += ptv_locations(dataset, municipality)
        screening = [joined(dataset, by_id[i]) for i in municipality.screening_location]
        result.append((municipality, places(health_centres, own_xray_places(xray, municipality), screening,
                                            municipality.code, in_name_by_code, dataset.exams.exams)))
    return result


def place_cards(dataset) -> dict[str, str]:
    """{location id: the page and anchor of its card} ("kunnat/kuopio.md#kys"): the card on its own
    municipality's page, else on the first page that shows it. A place with no card has no entry."""
    cards: dict[str, str] = {}
    for municipality, shown in municipality_places(dataset):
        for place in shown:
            card = f"{municipality_page(municipality)}#{place.location.id}"
            if place.location.municipality == municipality.code or place.location.id not in cards:
                cards[place.location.id] = card
    return cards


def pages(dataset) -> list[Page]:
    from .exams import SECTION_ANCHORS, URGENT_ANCHOR, exam_pages  # here, not at the top: exams.py imports this module
    municipalities = sorted_municipalities(dataset)
    stems = _stems(tuple(sorted({name for m in municipalities for name in _finnish_names(m)})), dataset.cache_dir)
    entries = [(m, municipality_page(m), search_key(m), finder_stems(m, stems)) for m in municipalities]
    xray = xray_places(dataset)
    cards = place_cards(dataset)
    result = [Page(DIRECTORY, "directory.md.j2", {"entries": entries, "xray_locations": xray, "cards": cards,
                                                  "xray_anchor": XRAY_ANCHOR, "urgent_anchor": URGENT_ANCHOR,
                                                  "csv_path": CSV_PATH,
                                                  "json_path": EXPORT_PATH, "open_data_page": open_data.PATH})]
    exam_page_of = exam_pages(dataset)
    index_of = {id(m): index for index, m in enumerate(dataset.municipalities.municipalities)}
    for municipality, shown in municipality_places(dataset):
        origin = ("municipalities.yaml", ("municipalities", index_of[id(municipality)], "name", "fi"))
        health_centres = [place.location for place in shown if place.health_centre]
        result.append(Page(municipality_page(municipality), "municipality.md.j2", origin=origin, context={
            "municipality": municipality,
            "places": shown,
            "screening_count": len(municipality.screening_location),
            # Every X-ray place, at the booking text: a resident of a municipality without one
            # sees where to go without another tap (resident review 3, finding 4).
            "xray_locations": xray,
            # A place with a card on this page links to it here, not on another municipality's page.
            "cards": cards | {place.location.id: f"{municipality_page(municipality)}#{place.location.id}"
                              for place in shown},
            "contact_anchor": CONTACT_ANCHOR,
            "exam_pages": exam_page_of,
            # A screening card sends a reader whose invitation did not come to what to do then.
            "screening_booking": f"{exam_page_of[SCREENING_EXAM]}#{SECTION_ANCHORS['booking']}"
            if SCREENING_EXAM in exam_page_of else None,
            "directory_page": DIRECTORY,
            "today": dataset.now.date(),  # which opening-hour exceptions are still current
        }, structured_data=lambda lang, places=health_centres: structured_data.clinics(places, lang)))
    return result

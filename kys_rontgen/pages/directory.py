"""The municipality directory (kunnat/index.md) and one page per municipality (kunnat/<slug>.md).

Municipality pages stay out of the site navigation: the directory links them, so the
build stays linear when the data grows to hundreds of municipalities.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..clock import now
from ..formatting import finnish_sort_key, fold
from ..structured_data import json_ld
from .page import Page

DIRECTORY = "kunnat/index.md"


def municipality_page(municipality) -> str:
    return f"kunnat/{municipality.slug}.md"


def search_key(municipality) -> str:
    """What the finder matches typed text against: every official name and the localities
    (former municipalities, villages) that name its health stations, folded ("idensalmi iisalmi")."""
    names = [*municipality.name.model_dump().values(), *municipality.localities]
    return " ".join(sorted({fold(name) for name in names}))


@dataclass(frozen=True)
class Place:
    """One location on a municipality page, with everything it does for the municipality's residents."""

    location: object  # model.locations.Location
    health_centre: bool
    xray: bool
    screening: bool


def places(municipality, by_id: dict, xray_locations: list) -> list[Place]:
    """Each location once, in the order a resident looks for them: health centres, the X-ray
    places in the municipality, then the breast screening sites."""
    ids = [*municipality.health_centres, *(location.id for location in own_xray_places(xray_locations, municipality)),
           *municipality.screening_location]
    return [Place(by_id[i], health_centre=i in municipality.health_centres, xray=by_id[i].xray is True,
                  screening=i in municipality.screening_location)
            for i in dict.fromkeys(ids)]


# Where a municipality page links for the list of every X-ray place (the directory's section).
XRAY_ANCHOR = "xray-places"
# The section of a municipality page that says how to reach someone now, whatever is known.
CONTACT_ANCHOR = "contact-now"


def own_xray_places(xray_locations: list, municipality) -> list:
    """The X-ray places in the municipality itself. The full list stands once, on the directory
    page: listing every place on every municipality page would grow with municipalities × places."""
    return [location for location in xray_locations if location.municipality == municipality.code]


def pages(dataset, today: date | None = None) -> list[Page]:
    from .exams import exam_page  # here, not at the top: exams.py imports this module
    today = today or now().date()  # KYS_NOW or the clock; only decides which opening-hour exceptions are still current
    municipalities = sorted(dataset.municipalities.municipalities, key=lambda m: finnish_sort_key(m.name.fi))
    entries = [(m, municipality_page(m), search_key(m)) for m in municipalities]
    xray = [location for location in dataset.locations.locations if location.xray is True]
    result = [Page(DIRECTORY, "directory.md.j2", {"entries": entries, "xray_locations": xray,
                                                  "xray_anchor": XRAY_ANCHOR})]
    by_id = dataset.locations.by_id
    for municipality in municipalities:
        health_centres = [by_id[i] for i in municipality.health_centres]
        result.append(Page(municipality_page(municipality), "municipality.md.j2", {
            "municipality": municipality,
            "places": places(municipality, by_id, xray),
            "screening_count": len(municipality.screening_location),
            "xray_list": f"{DIRECTORY}#{XRAY_ANCHOR}",
            "contact_anchor": CONTACT_ANCHOR,
            "exam_page": exam_page,
            "json_ld": lambda lang, places=health_centres: json_ld(places, lang),
            "today": today,
        }))
    return result

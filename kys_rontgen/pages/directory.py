"""The municipality directory (kunnat/index.md) and one page per municipality (kunnat/<slug>.md).

Municipality pages stay out of the site navigation: the directory links them, so the
build stays linear when the data grows to hundreds of municipalities.
"""
from __future__ import annotations

from datetime import date

from ..clock import now
from ..formatting import finnish_sort_key, fold
from ..structured_data import json_ld
from .page import Page

DIRECTORY = "kunnat/index.md"


def municipality_page(municipality) -> str:
    return f"kunnat/{municipality.slug}.md"


def search_key(municipality) -> str:
    """What the finder matches typed text against: every official name, folded ("idensalmi iisalmi")."""
    return " ".join(sorted({fold(name) for name in municipality.name.model_dump().values()}))


# Where a municipality page links for the list of every X-ray place (the directory's section).
XRAY_ANCHOR = "xray-places"


def own_xray_places(xray_locations: list, municipality) -> list:
    """The X-ray places in the municipality itself. The full list stands once, on the directory
    page: listing every place on every municipality page would grow with municipalities × places."""
    return [location for location in xray_locations if location.municipality == municipality.code]


def pages(dataset, today: date | None = None) -> list[Page]:
    today = today or now().date()  # KYS_NOW or the clock; only decides which opening-hour exceptions are still current
    municipalities = sorted(dataset.municipalities.municipalities, key=lambda m: finnish_sort_key(m.name.fi))
    entries = [(m, municipality_page(m), search_key(m)) for m in municipalities]
    xray = [location for location in dataset.locations.locations if location.xray is True]
    result = [Page(DIRECTORY, "directory.md.j2", {"entries": entries, "xray_locations": xray,
                                                  "xray_anchor": XRAY_ANCHOR})]
    by_id = dataset.locations.by_id
    index_of = {id(m): index for index, m in enumerate(dataset.municipalities.municipalities)}
    for municipality in municipalities:
        health_centres = [by_id[i] for i in municipality.health_centres]
        origin = ("municipalities.yaml", ("municipalities", index_of[id(municipality)], "name", "fi"))
        result.append(Page(municipality_page(municipality), "municipality.md.j2", origin=origin, context={
            "municipality": municipality,
            "health_centres": health_centres,
            "xray_locations": own_xray_places(xray, municipality),
            "xray_list": f"{DIRECTORY}#{XRAY_ANCHOR}",
            "screening_locations": [by_id[i] for i in municipality.screening_location],
            "json_ld": lambda lang, places=health_centres: json_ld(places, lang),
            "today": today,
        }))
    return result

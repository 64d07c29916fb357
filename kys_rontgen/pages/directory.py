"""The municipality directory (kunnat/index.md) and one page per municipality (kunnat/<slug>.md).

Municipality pages stay out of the site navigation: the directory links them, so the
build stays linear when the data grows to hundreds of municipalities.
"""
from __future__ import annotations

from ..formatting import finnish_sort_key
from ..model.names import fold
from .. import structured_data
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
    return imported.model_copy(update=update)


def ptv_locations(dataset, municipality) -> list:
    """The places PTV lists in the municipality (by visiting address, or by service area) that
    no editor's location already shows."""
    linked = _linked(dataset)
    return [
        location for location in _imported(dataset)
        if location.ptv_id not in linked
        and (location.municipality == municipality.code or municipality.code in location.service_area)
    ]


def pages(dataset) -> list[Page]:
    municipalities = sorted(dataset.municipalities.municipalities, key=lambda m: finnish_sort_key(m.name.fi))
    entries = [(m, municipality_page(m), search_key(m)) for m in municipalities]
    linked = _linked(dataset)
    xray = [joined(dataset, location) for location in dataset.locations.locations if location.xray is True]
    xray += [location for location in _imported(dataset) if location.xray is True and location.ptv_id not in linked]
    result = [Page(DIRECTORY, "directory.md.j2", {"entries": entries, "xray_locations": xray,
                                                  "xray_anchor": XRAY_ANCHOR})]
    by_id = dataset.locations.by_id
    index_of = {id(m): index for index, m in enumerate(dataset.municipalities.municipalities)}
    for municipality in municipalities:
        health_centres = [joined(dataset, by_id[i]) for i in municipality.health_centres]
        health_centres += ptv_locations(dataset, municipality)
        origin = ("municipalities.yaml", ("municipalities", index_of[id(municipality)], "name", "fi"))
        result.append(Page(municipality_page(municipality), "municipality.md.j2", origin=origin, context={
            "municipality": municipality,
            "health_centres": health_centres,
            "xray_locations": own_xray_places(xray, municipality),
            "xray_list": f"{DIRECTORY}#{XRAY_ANCHOR}",
            "screening_locations": [joined(dataset, by_id[i]) for i in municipality.screening_location],
            "directory_page": DIRECTORY,
            "today": dataset.now.date(),  # which opening-hour exceptions are still current
        }, structured_data=lambda lang, places=health_centres: structured_data.clinics(places, lang)))
    return result

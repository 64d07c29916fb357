"""The machine-readable directory: /api/municipalities.json, every language in one file; the
same directory as /api/municipalities.csv for spreadsheets; and /api/locations.geojson, the
places with coordinates.

Deterministic (same data, same bytes); site_files.finish_site writes them once per build.
The Open data page (pages/open_data.py) describes the JSON and CSV fields.
"""
from __future__ import annotations

import csv
import re
import io
import json

from . import site_links
from .formatting import phone_e164
from .geo import wgs84
from .pages.directory import joined, municipality_page, ptv_locations
from .pages.page import site_path
from .published_files import CSV_PATH, EXPORT_PATH, GEOJSON_PATH, csv_columns  # noqa: F401 (site_files imports them here)


def _page_urls(municipality, languages) -> dict[str, str]:
    """Page address of a municipality per language, relative to the site root."""
    return {lang.code: site_path(municipality_page(municipality), lang) for lang in languages}


def _location(location) -> dict:
    record = location.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    for phone, data in zip(location.phones, record.get("phones", [])):
        data["e164"] = phone_e164(phone.number)
    record.setdefault("source", location.source)
    record.setdefault("checked", location.checked.isoformat())
    return record


def all_locations(dataset) -> list:
    """Editors' locations (data/locations.yaml), then those imported from PTV (data/ptv.yaml)."""
    return [*dataset.locations.locations, *dataset.ptv.locations]


def locations_geojson(dataset) -> str:
    """A GeoJSON FeatureCollection (RFC 7946: WGS84, longitude first) of every place with coordinates."""
    features = []
    for location in all_locations(dataset):
        coordinates = getattr(location, "coordinates", None)
        if coordinates is None:
            continue
        latitude, longitude = wgs84(coordinates)
        features.append({
            "type": "Feature",
            "id": location.id,
            "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
            "properties": {
                "name": location.name, "municipality": location.municipality,
                "address": location.address.model_dump(mode="json", exclude_none=True) if location.address else None,
                "source": location.source, "checked": location.checked.isoformat(),
            },
        })
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"


def directory_export(dataset, site_url: str) -> dict:
    """The directory as JSON-ready data; links in its texts to this site's pages lead to the
    full address (site_links), as the file is read away from the site."""
    municipalities = []
    for municipality in dataset.municipalities.municipalities:
        record = municipality.model_dump(mode="json")
        record["slug"] = municipality.slug
        record["pages"] = _page_urls(municipality, dataset.languages)
        municipalities.append(record)
    return site_links.in_record({
        "municipalities": municipalities,
        "locations": [_location(location) for location in all_locations(dataset)],
        "current_information": dataset.municipalities.model_dump(mode="json")["current_information"],
    }, site_url, dataset.languages)


def directory_json(dataset, site_url: str) -> str:
    return json.dumps(directory_export(dataset, site_url), ensure_ascii=False, indent=2) + "\n"


def _serving(dataset, municipality) -> list[tuple[str, object]]:
    """(role, place) for each place serving a municipality, as its page lists them: its health
    centres (an editor's place joined with its PTV record, then PTV's other places there) and
    where its residents go for breast screening."""
    by_id = dataset.locations.by_id
    health_centres = [joined(dataset, by_id[i]) for i in municipality.health_centres]
    health_centres += ptv_locations(dataset, municipality)
    return [("health_centre", place) for place in health_centres] + [
        ("screening", by_id[i]) for i in municipality.screening_location]


def _place_fields(location, languages) -> dict[str, str]:
    address = location.address
    return {
        "place_id": location.id,
        **{f"place_name_{lang.code}": location.name[lang.code] for lang in languages},
        "place_municipality_code": location.municipality,
        "street": address.street if address else "",
        "postal_code": (address.postal_code or "") if address else "",
        "post_office": address.post_office if address else "",
        "phones": " ; ".join(phone_e164(phone.number) for phone in location.phones),
        "xray": "" if location.xray is None else str(location.xray).lower(),
        "web_page": location.web_page or "",
        "source": location.source if isinstance(location.source, str) else " ; ".join(location.source),
        "checked": location.checked.isoformat(),
    }


def directory_rows(dataset) -> list[dict[str, str]]:
    """One row per municipality and place serving it; a municipality no known place serves gets
    one row with the place columns empty, so every municipality is in the file."""
    languages = dataset.languages
    rows = []
    for municipality in dataset.municipalities.municipalities:
        common = {"municipality_code": municipality.code,
                  **{f"municipality_{lang}": name for lang, name in municipality.name.model_dump().items()},
                  **{f"page_{lang}": url for lang, url in _page_urls(municipality, languages).items()}}
        places = _serving(dataset, municipality)
        for role, location in places:
            rows.append({**common, "role": role, **_place_fields(location, languages)})
        if not places:
            rows.append(common)
    return rows


_PHONE_LIKE = re.compile(r"[+\-]?[0-9 ()\-]*")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first: OWASP's CSV injection)
    starts with an apostrophe, which spreadsheets show as text; phone numbers stay as they are."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _PHONE_LIKE.fullmatch(value):
        return "'" + value
    return value


def directory_csv(dataset) -> str:
    """The directory as CSV (RFC 4180: comma, CRLF), with a byte order mark so that spreadsheet
    programs read it as UTF-8 (Excel shows ä and ö wrong without one)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=csv_columns(dataset.languages), restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({key: spreadsheet_safe(value) for key, value in row.items()} for row in directory_rows(dataset))
    return "\ufeff" + out.getvalue()


"""The machine-readable directory: /api/municipalities.json, every language in one file, and
/api/locations.geojson, the places with coordinates.

Deterministic (same data, same bytes); site_files.finish_site writes both once per build.
"""
from __future__ import annotations

import json

from .formatting import phone_e164
from .geo import wgs84
from .pages.directory import municipality_page
from .pages.page import site_path

EXPORT_PATH = "api/municipalities.json"
GEOJSON_PATH = "api/locations.geojson"  # the places with coordinates (from PTV), WGS84


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


def directory_export(dataset) -> dict:
    municipalities = []
    for municipality in dataset.municipalities.municipalities:
        record = municipality.model_dump(mode="json")
        record["slug"] = municipality.slug
        record["pages"] = _page_urls(municipality, dataset.languages)
        municipalities.append(record)
    return {
        "municipalities": municipalities,
        "locations": [_location(location) for location in all_locations(dataset)],
        "current_information": dataset.municipalities.model_dump(mode="json")["current_information"],
    }


def directory_json(dataset) -> str:
    return json.dumps(directory_export(dataset), ensure_ascii=False, indent=2) + "\n"


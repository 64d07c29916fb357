"""The machine-readable directory: /api/municipalities.json, every language in one file.

Deterministic (same data, same bytes); site_files.finish_site writes it once per build.
"""
from __future__ import annotations

import json

from .formatting import phone_e164
from .pages.directory import municipality_page
from .pages.page import site_path

EXPORT_PATH = "api/municipalities.json"


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


def directory_export(dataset) -> dict:
    municipalities = []
    for municipality in dataset.municipalities.municipalities:
        record = municipality.model_dump(mode="json")
        record["slug"] = municipality.slug
        record["pages"] = _page_urls(municipality, dataset.languages)
        municipalities.append(record)
    return {
        "municipalities": municipalities,
        "locations": [_location(location) for location in dataset.locations.locations],
        "current_information": dataset.municipalities.model_dump(mode="json")["current_information"],
    }


def directory_json(dataset) -> str:
    return json.dumps(directory_export(dataset), ensure_ascii=False, indent=2) + "\n"


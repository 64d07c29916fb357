"""The machine-readable directory: /api/municipalities.json and, for spreadsheets, the same
directory as /api/municipalities.csv, written once per build.

Deterministic (same data, same bytes), so writing them again in the second language build of
the i18n plugin changes nothing. The Open data page (pages/open_data.py) describes the fields.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .formatting import phone_e164

EXPORT_PATH = "api/municipalities.json"
CSV_PATH = "api/municipalities.csv"


def _page_urls(slug: str, languages) -> dict[str, str]:
    """Page address of a municipality per language, relative to the site root."""
    return {
        lang.code: ("" if lang.default else f"{lang.code}/") + f"kunnat/{slug}/" for lang in languages
    }


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
        record["pages"] = _page_urls(municipality.slug, dataset.languages)
        municipalities.append(record)
    return {
        "municipalities": municipalities,
        "locations": [_location(location) for location in dataset.locations.locations],
        "current_information": dataset.municipalities.model_dump(mode="json")["current_information"],
    }


def directory_json(dataset) -> str:
    return json.dumps(directory_export(dataset), ensure_ascii=False, indent=2) + "\n"


# Where a place serves a municipality (the CSV's `role`): the municipality's own health centre,
# or where its residents go for breast screening.
ROLES = {"health_centres": "health_centre", "screening_location": "screening"}


def csv_fields(languages) -> list[tuple[str, list[str]]]:
    """The CSV's columns in order, grouped by what they mean: (field, [column, ...]). The Open
    data page describes each field (label `open_data_field_<field>`); names and pages have one
    column per site language."""
    return [
        ("municipality_code", ["municipality_code"]),
        ("municipality_name", ["municipality_fi", "municipality_sv", "municipality_en"]),
        ("page", [f"page_{lang.code}" for lang in languages]),
        ("role", ["role"]),
        ("place_id", ["place_id"]),
        ("place_name", [f"place_name_{lang.code}" for lang in languages]),
        ("place_municipality_code", ["place_municipality_code"]),
        ("address", ["street", "postal_code", "post_office"]),
        ("phones", ["phones"]),
        ("xray", ["xray"]),
        ("web_page", ["web_page"]),
        ("source", ["source"]),
        ("checked", ["checked"]),
    ]


def csv_columns(languages) -> list[str]:
    return [column for _, columns in csv_fields(languages) for column in columns]


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
    by_id = dataset.locations.by_id
    rows = []
    for municipality in dataset.municipalities.municipalities:
        common = {"municipality_code": municipality.code,
                  **{f"municipality_{lang}": name for lang, name in municipality.name.model_dump().items()},
                  **{f"page_{lang}": url for lang, url in _page_urls(municipality.slug, languages).items()}}
        places = [(role, by_id[place]) for field, role in ROLES.items() for place in getattr(municipality, field)]
        for role, location in places:
            rows.append({**common, "role": role, **_place_fields(location, languages)})
        if not places:
            rows.append(common)
    return rows


def directory_csv(dataset) -> str:
    """The directory as CSV (RFC 4180: comma, CRLF), with a byte order mark so that spreadsheet
    programs read it as UTF-8 (Excel shows ä and ö wrong without one)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=csv_columns(dataset.languages), restval="", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(directory_rows(dataset))
    return "\ufeff" + out.getvalue()


def write_exports(site_dir: Path, dataset) -> list[Path]:
    """Write both files into a built site; only those whose content changed."""
    written = []
    for path, content in ((EXPORT_PATH, directory_json(dataset)), (CSV_PATH, directory_csv(dataset))):
        target = site_dir / path
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8", newline="")
            written.append(target)
    return written

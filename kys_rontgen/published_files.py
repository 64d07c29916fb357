"""Where the files written after the build stand, from the site root, and the CSV's columns.
Nothing imported: the pages link to these files and describe them (pages/open_data.py), the
post-build steps (export.py, site_files) write them."""
from __future__ import annotations

EXPORT_PATH = "api/municipalities.json"  # the directory, every language in one file
CSV_PATH = "api/municipalities.csv"  # the same directory for spreadsheets, one row per municipality and place
GEOJSON_PATH = "api/locations.geojson"  # the places with coordinates (from PTV), WGS84


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

"""The directory as CSV and the Open data page, from the generator alone."""
from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from kys_rontgen.export import csv_columns, directory_csv, spreadsheet_safe
from kys_rontgen.pages.environment import site_link


def _rows(dataset):
    text = directory_csv(dataset)
    assert text.startswith("\ufeff") and "\r\n" in text
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_a_municipality_no_known_place_serves_still_has_its_row(dataset):
    first = dataset.municipalities.municipalities[0]
    bare = first.model_copy(update={"health_centres": [], "screening_location": []})
    municipalities = dataset.municipalities.model_copy(
        update={"municipalities": [bare, *dataset.municipalities.municipalities[1:]]})
    rows = [row for row in _rows(dataclasses.replace(dataset, municipalities=municipalities))
            if row["municipality_code"] == first.code]
    assert len(rows) == 1 and rows[0]["municipality_fi"] == first.name.fi
    assert rows[0]["place_id"] == rows[0]["role"] == rows[0]["street"] == ""


def test_an_unknown_fact_is_empty_never_a_guess(dataset):
    rows = {row["place_id"]: row for row in _rows(dataset) if row["place_id"]}
    for location in dataset.locations.locations:
        if location.id in rows:
            expected = "" if location.xray is None else ("true" if location.xray else "false")
            assert rows[location.id]["xray"] == expected
            assert rows[location.id]["phones"] == "" or location.phones


def test_columns_follow_the_site_languages(dataset):
    columns = csv_columns(dataset.languages)
    assert [c for c in columns if c.startswith("place_name_")] == [f"place_name_{lang.code}" for lang in dataset.languages]
    assert len(columns) == len(set(columns))


def test_links_to_files_written_after_the_build_are_relative_to_the_page_address(dataset):
    fi, en = dataset.languages
    assert site_link("kunnat/index.md", fi, "api/municipalities.csv") == "../api/municipalities.csv"
    assert site_link("kunnat/index.md", en, "api/municipalities.csv") == "../../api/municipalities.csv"
    assert site_link("avoin-data.md", en, "en/notices.atom") == "../notices.atom"
    assert site_link("index.md", fi, "notices.atom") == "notices.atom"


def test_the_open_data_page_exists_in_every_language_and_names_whom_to_ask(dataset, pages):
    publisher = dataset.municipalities.current_information[0]
    for lang in dataset.languages:
        page = pages[f"{lang.code}/avoin-data.md"]
        assert f"]({publisher.web_page})" in page
        for column in csv_columns(dataset.languages):
            assert f"`{column}`" in page


@pytest.mark.parametrize("cell, shown", [
    ("=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("+1+cmd", "'+1+cmd"),
    ("+358 17 173 311", "+358 17 173 311"),  # a phone number stays as it is
    ("Kuopio", "Kuopio"),
])
def test_a_cell_that_a_spreadsheet_would_run_as_a_formula_opens_as_text(cell, shown):
    assert spreadsheet_safe(cell) == shown

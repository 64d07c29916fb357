"""`import-ptv`: PTV Open API v11 channels -> data/ptv.yaml, on made-up recorded-shape fixtures.

Every test works in a temporary copy of the project: fixture data never reaches the real data/.
"""
from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from kys_rontgen.clock import parse_finnish_time
from kys_rontgen.cli import main
from kys_rontgen.dataset import load_dataset
from kys_rontgen.export import locations_geojson
from kys_rontgen.languages import configured_languages

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ptv"
TODAY = date(2026, 12, 4)
NOW = parse_finnish_time(f"{TODAY.isoformat()} 10:00")  # the commands' one clock, on TODAY
KAAVI_ID = "0a1b2c3d-0000-4000-8000-000000000001"
TERVO_ID = "0a1b2c3d-0000-4000-8000-000000000002"


def pages() -> list[dict]:
    return [json.loads((FIXTURES / f"page-{n}.json").read_text(encoding="utf-8")) for n in (1, 2)]


@pytest.fixture
def project(tmp_path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path


def run(project: Path, export: object, *options: str, capsys) -> tuple[int, str, str]:
    path = project / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    code = main(["--root", str(project), "--now", TODAY.isoformat(), "import-ptv", str(path), *options])
    out, err = capsys.readouterr()
    return code, out, err


def imported(project: Path) -> dict:
    data = yaml.safe_load((project / "data" / "ptv.yaml").read_text(encoding="utf-8"))
    return {location["ptv_id"]: location for location in data["locations"]}


def test_import_adds_both_places_and_validates_with_the_rest_of_the_data(project, capsys):
    code, out, _ = run(project, pages(), capsys=capsys)
    assert code == 0
    assert "added kaavin-testiterveysasema (Kaavin testiterveysasema)" in out
    assert "added tervon-testiterveysasema (Tervon testiterveysasema)" in out
    assert "skipped 0a1b2c3d-0000-4000-8000-000000000004: a WebPage channel, not a place" in out
    dataset = load_dataset(project / "data", configured_languages(project / "mkdocs.yml"), project, NOW)
    assert {location.municipality for location in dataset.ptv.locations} == {"204", "844"}


def test_a_location_carries_its_suomi_fi_page_the_import_day_and_ptv_id_and_time(project, capsys):
    run(project, pages(), capsys=capsys)
    kaavi = imported(project)[KAAVI_ID]
    assert kaavi["source"].startswith("https://www.suomi.fi/palvelut/palvelupiste/")
    assert kaavi["source"].endswith(KAAVI_ID)
    assert kaavi["checked"] == "2026-12-04"
    assert kaavi["modified"] == "2030-01-15T09:30:00.123"


def test_phone_numbers_are_grouped_by_number_with_each_language_s_name_and_no_fax(project, capsys):
    run(project, pages(), capsys=capsys)
    phones = imported(project)[KAAVI_ID]["phones"]
    assert [p["number"] for p in phones] == ["+358175550101", "+358175550102"]  # +358175550190 is a fax
    assert phones[0]["name"] == {"fi": "Neuvonta", "en": "Advice"}
    assert phones[0]["charge"] == "Chargeable"
    # The phone channel "Kaavin testiterveysaseman ajanvaraus" belongs to the place: its hours are call hours.
    assert phones[1]["call_hours"] == [{"days": ["mo", "tu", "we", "th", "fr"], "opens": "8.00", "closes": "12.00"}]


def test_weekdays_with_the_same_hours_merge_and_over_midnight_splits_at_midnight(project, capsys):
    run(project, pages(), capsys=capsys)
    records = imported(project)
    assert records[KAAVI_ID]["opening_hours"]["standard"] == [
        {"days": ["mo", "tu", "we", "th"], "opens": "8.00", "closes": "16.00"},
        {"days": ["fr"], "opens": "8.00", "closes": "14.30"},
    ]
    tervo = records[TERVO_ID]["opening_hours"]["standard"]
    assert {"days": ["fr"], "opens": "22.00", "closes": "24.00"} in tervo
    assert {"days": ["sa"], "opens": "0.00", "closes": "6.00"} in tervo


def test_exceptions_keep_dates_closed_and_reason(project, capsys):
    run(project, pages(), capsys=capsys)
    records = imported(project)
    assert records[KAAVI_ID]["opening_hours"]["exceptions"] == [{
        "valid_from": "2030-12-24", "valid_to": "2030-12-26", "closed": True,
        "reason": {"fi": "Joulu", "en": "Christmas"},
    }]
    assert records[TERVO_ID]["opening_hours"]["exceptions"][0]["opens"] == "9.00"


def test_address_coordinates_web_page_and_email_are_read(project, capsys):
    run(project, pages(), capsys=capsys)
    kaavi = imported(project)[KAAVI_ID]
    assert kaavi["address"] == {"street": "Testikatu 7", "postal_code": "73600", "post_office": "Kaavi"}
    assert kaavi["coordinates"] == {"north": 6982001.5, "east": 579998.25}
    assert kaavi["web_page"] == "https://example.org/testiasema"
    assert kaavi["email"] == "testiasema@example.fi"


def test_a_missing_english_name_uses_the_finnish_one_and_is_reported(project, capsys):
    run(project, pages(), capsys=capsys)
    tervo = imported(project)[TERVO_ID]
    assert tervo["name"] == {"fi": "Tervon testiterveysasema", "en": "Tervon testiterveysasema"}
    assert tervo["description"] == {"fi": "Kuvitteellinen toinen testiasema."}  # no English: left out
    main(["--root", str(project), "--now", TODAY.isoformat(), "report"])
    out = capsys.readouterr().out
    assert "data/ptv.yaml:" in out and "name.en: Tervon testiterveysasema" in out


def test_a_second_import_of_the_same_file_changes_nothing(project, capsys):
    run(project, pages(), capsys=capsys)
    first = (project / "data" / "ptv.yaml").read_bytes()
    path = project / "export.json"
    code = main(["--root", str(project), "--now", "2027-01-10", "import-ptv", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "0 change(s); data/ptv.yaml is up to date" in out
    assert (project / "data" / "ptv.yaml").read_bytes() == first


def test_changed_and_removed_channels_are_printed(project, capsys):
    run(project, pages(), capsys=capsys)
    changed = pages()
    changed[0]["itemList"][0]["phoneNumbers"][0]["number"] = "175550109"
    del changed[0]["itemList"][1]
    code, out, _ = run(project, changed, capsys=capsys)
    assert code == 0
    assert "changed kaavin-testiterveysasema: phones" in out
    assert "removed tervon-testiterveysasema (Tervon testiterveysasema)" in out
    assert TERVO_ID not in imported(project)


def test_dry_run_only_prints(project, capsys):
    before = (project / "data" / "ptv.yaml").read_bytes()
    code, out, _ = run(project, pages(), "--dry-run", capsys=capsys)
    assert code == 0
    assert "added kaavin-testiterveysasema" in out and "dry run: data/ptv.yaml not written" in out
    assert (project / "data" / "ptv.yaml").read_bytes() == before


def test_a_plain_list_of_channels_and_one_page_are_read_too(project, capsys):
    channels = [item for page in pages() for item in page["itemList"]]
    assert run(project, channels, capsys=capsys)[0] == 0
    assert set(imported(project)) == {KAAVI_ID, TERVO_ID}
    assert run(project, pages()[0], capsys=capsys)[0] == 0  # page 1 only: the phone channel is on page 2
    assert len(imported(project)[KAAVI_ID]["phones"]) == 1


def test_editors_files_are_never_touched(project, capsys):
    before = {p.name: p.read_bytes() for p in (project / "data").iterdir() if p.name != "ptv.yaml"}
    run(project, pages(), capsys=capsys)
    assert {p.name: p.read_bytes() for p in (project / "data").iterdir() if p.name != "ptv.yaml"} == before


def _broken(change) -> list[dict]:
    data = pages()
    change(data[0]["itemList"][0])
    return data


BAD_INPUTS = {
    "old API version": (
        _broken(lambda c: c["serviceHours"][0].update(serviceHourType="Standard")),
        f"channel {KAAVI_ID}: serviceHourType: \"Standard\" is from PTV API version 7 or older",
    ),
    "phone number": (
        _broken(lambda c: c["phoneNumbers"][0].update(number="12", prefixNumber="")),
        f'channel {KAAVI_ID}: phoneNumbers[0].number: "12" is not a phone number; correct it in PTV',
    ),
    "municipality outside the county": (
        _broken(lambda c: c["addresses"][0]["streetAddress"]["municipality"].update(code="091")),
        f'channel {KAAVI_ID}: addresses[0].streetAddress.municipality.code: "091" is not a municipality of the county',
    ),
    "coordinate NaN": (
        _broken(lambda c: c["addresses"][0]["streetAddress"].update(latitude="NaN")),
        f"channel {KAAVI_ID}: coordinates.north: nan is not a place in Finland (ETRS-TM35FIN north is "
        "6500000–7800000 metres); correct the address's coordinates in PTV, then run make import-ptv again",
    ),
    "coordinate infinite": (
        _broken(lambda c: c["addresses"][0]["streetAddress"].update(longitude="-Infinity")),
        f"channel {KAAVI_ID}: coordinates.east: -inf is not a place in Finland (ETRS-TM35FIN east is 0–800000 metres)",
    ),
    "coordinate outside Finland": (
        _broken(lambda c: c["addresses"][0]["streetAddress"].update(latitude="62.89")),  # degrees, not metres
        f"channel {KAAVI_ID}: coordinates.north: 62.89 is not a place in Finland",
    ),
    "wrong shape": ({"items": []}, "input: is neither a paged response (pageNumber, pageCount, itemList) nor a list"),
    "not a channel": ([{"name": "x"}], "item 1: is not a service channel (no id)"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_names_channel_and_field_exits_non_zero_and_writes_nothing(project, case, capsys):
    export, message = BAD_INPUTS[case]
    before = (project / "data" / "ptv.yaml").read_bytes()
    code, out, err = run(project, export, capsys=capsys)
    assert code == 1
    assert message in err
    assert "nothing was written" in err
    assert (project / "data" / "ptv.yaml").read_bytes() == before


def test_every_problem_is_reported_at_once(project, capsys):
    data = pages()
    data[0]["itemList"][0]["phoneNumbers"][0]["number"] = "12"
    data[0]["itemList"][1]["addresses"][0]["streetAddress"]["municipality"]["code"] = "091"
    code, _, err = run(project, data, capsys=capsys)
    assert code == 1
    assert KAAVI_ID in err and TERVO_ID in err


def test_not_json_is_answered_in_one_line(project, capsys):
    path = project / "export.json"
    path.write_text("<html>Service unavailable</html>", encoding="utf-8")
    assert main(["--root", str(project), "import-ptv", str(path)]) == 1
    assert "export.json: is not JSON" in capsys.readouterr().err


def test_fetch_without_an_organisation_id_says_where_to_find_it(project, capsys):
    assert main(["--root", str(project), "import-ptv"]) == 1
    err = capsys.readouterr().err
    assert "no PTV organisation id" in err and "https://www.suomi.fi" in err and "ORG=" in err


def test_the_real_data_holds_no_fixture_data():
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").glob("*.yaml"))
    for page in pages():
        for channel in page["itemList"]:
            assert channel["id"] not in text
    assert "testiterveysasema" not in text and "example.org" not in text


def test_geojson_is_wgs84_longitude_first_for_every_place_with_coordinates(project, capsys):
    run(project, pages(), capsys=capsys)
    dataset = load_dataset(project / "data", configured_languages(project / "mkdocs.yml"), project, NOW)
    collection = json.loads(locations_geojson(dataset))
    assert collection["type"] == "FeatureCollection"
    points = {f["id"]: f["geometry"]["coordinates"] for f in collection["features"]}
    assert set(points) == {"kaavin-testiterveysasema", "tervon-testiterveysasema"}
    longitude, latitude = points["kaavin-testiterveysasema"]
    # ETRS-TM35FIN E 579998, N 6982002 lies in Kaavi, North Savo: about 62.96 N, 28.58 E.
    assert 62.9 < latitude < 63.0 and 28.5 < longitude < 28.7


def test_x_ray_comes_from_ptv_only_when_a_linked_service_says_so(project, capsys):
    run(project, pages(), capsys=capsys)
    records = imported(project)
    assert records[KAAVI_ID]["xray"] is True  # linked service "Röntgenkuvaus (testipalvelu)"
    assert "xray" not in records[TERVO_ID]  # not known: left out


def test_an_editor_location_with_the_ptv_id_is_shown_once_with_ptv_contacts(project, capsys):
    from kys_rontgen.pages.directory import pages as directory_pages

    locations = project / "data" / "locations.yaml"
    text = locations.read_text(encoding="utf-8")
    anchor = "  - id: kaavin-terveysasema\n"
    locations.write_text(text.replace(anchor, anchor + f"    ptv_id: {KAAVI_ID}\n"), encoding="utf-8")
    code, out, _ = run(project, pages(), capsys=capsys)
    assert code == 0
    dataset = load_dataset(project / "data", configured_languages(project / "mkdocs.yml"), project, NOW)
    kaavi = next(p for p in directory_pages(dataset) if p.path == "kunnat/kaavi.md")
    shown = [place.location for place in kaavi.context["places"] if place.health_centre]  # one card per place
    assert [location.id for location in shown] == ["kaavin-terveysasema"]  # the editor's id, once
    assert shown[0].phones[0].number == "+358175550101"  # PTV's contact facts


def test_a_ptv_place_named_like_an_editor_location_gets_a_hint(project, capsys):
    renamed = pages()
    renamed[0]["itemList"][1]["serviceChannelNames"][0]["value"] = "Kaavin terveysasema"
    renamed[0]["itemList"][1]["addresses"][0]["streetAddress"]["municipality"]["code"] = "204"
    code, out, _ = run(project, renamed, capsys=capsys)
    assert code == 0
    assert f"note: kaavin-terveysasema-ptv has the name of kaavin-terveysasema in data/locations.yaml; " \
           f"to show them as one place, add `ptv_id: {TERVO_ID}` there" in out


def test_a_days_of_the_week_entry_with_day_to_covers_those_days_and_sunday_night_ends_on_monday():
    from kys_rontgen.ptv_channels import _Problems, opening_hours

    hours = [
        {"serviceHourType": "DaysOfTheWeek", "openingHour": [{"dayFrom": "Monday", "dayTo": "Wednesday",
                                                              "from": "07:30", "to": "15:00"}]},
        {"serviceHourType": "OverMidnight", "openingHour": [{"dayFrom": "Sunday", "from": "21:00", "to": "07:00"}]},
    ]
    problems = _Problems()
    assert opening_hours(hours, "x", ["fi", "en"], problems)["standard"] == [
        {"days": ["mo"], "opens": "0.00", "closes": "7.00"},
        {"days": ["mo", "tu", "we"], "opens": "7.30", "closes": "15.00"},
        {"days": ["su"], "opens": "21.00", "closes": "24.00"},
    ]
    assert problems.lines == []


def test_a_value_the_data_rules_reject_is_told_by_channel_and_nothing_is_written(project, capsys):
    before = (project / "data" / "ptv.yaml").read_bytes()
    data = pages()
    data[0]["itemList"][0]["supportEmails"][0]["value"] = "not-an-address"
    code, _, err = run(project, data, capsys=capsys)
    assert code == 1
    assert f'channel {KAAVI_ID}: email: "not-an-address" is not a valid e-mail address' in err
    assert (project / "data" / "ptv.yaml").read_bytes() == before


def test_weekly_hours_not_in_force_now_are_left_out_and_said_so(project, capsys):
    data = pages()
    data[0]["itemList"][0]["serviceHours"].append({
        "serviceHourType": "DaysOfTheWeek", "validForNow": False,
        "validFrom": "2031-06-01T00:00:00", "validTo": "2031-08-31T00:00:00",
        "openingHour": [{"dayFrom": "Monday", "from": "10:00", "to": "12:00"}],
    })
    code, out, _ = run(project, data, capsys=capsys)
    assert code == 0
    assert f"skipped {KAAVI_ID}: serviceHours[2]: weekly hours for 2031-06-01–2031-08-31 are not in force now" in out
    assert "10.00" not in str(imported(project)[KAAVI_ID]["opening_hours"])


def test_a_field_of_the_wrong_shape_is_a_problem_of_its_channel_not_a_crash(project, capsys):
    data = pages()
    data[0]["itemList"][0]["serviceHours"] = "8-16"
    code, _, err = run(project, data, capsys=capsys)
    assert code == 1
    assert f"channel {KAAVI_ID}: shape: a field is not shaped as in PTV Open API v11" in err


def test_deeply_nested_json_is_one_line_and_nothing_is_written(project, capsys):
    path = project / "export.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    before = (project / "data" / "ptv.yaml").read_bytes()
    assert main(["--root", str(project), "import-ptv", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1:1: is nested too deeply to be a PTV answer; give the file the PTV API returned\n" in err
    assert "Traceback" not in err and "nothing was written" in err
    assert (project / "data" / "ptv.yaml").read_bytes() == before


BOMB = "".join(
    f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9 if previous else ['"lol"'] * 9) + "]\n"
    for previous, name in zip([None, *"abcdefgh"], "abcdefghi")
)
BROKEN_FILES = {
    "syntax error in ptv.yaml": ("ptv.yaml", "organization_id: \"unclosed\n",
                                 "data/ptv.yaml:1:18: YAML syntax: a quote is not closed"),
    "alias bomb in ptv.yaml": ("ptv.yaml", BOMB, "data/ptv.yaml:6:1: YAML: the file expands to more than 200000 values"),
    "syntax error in locations.yaml": ("locations.yaml", "locations:\n\t- id: x\n",
                                       "data/locations.yaml:2:1: YAML syntax: a tab character is used for indentation"),
    "a list for ptv.yaml": ("ptv.yaml", "- a\n- b\n", "data/ptv.yaml:1:1: is not a block of fields; restore it from git"),
}


@pytest.mark.parametrize("case", list(BROKEN_FILES))
def test_a_broken_data_file_is_one_line_with_its_line_and_nothing_is_written(project, case, capsys):
    name, text, message = BROKEN_FILES[case]
    (project / "data" / name).write_text(text, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (project / "data").iterdir()}
    code, _, err = run(project, pages(), capsys=capsys)
    assert code == 1
    assert err.startswith(message) and "Traceback" not in err
    assert "then run make import-ptv again" in err.splitlines()[0]
    assert {p.name: p.read_bytes() for p in (project / "data").iterdir()} == before


def _kaavi_page(project: Path) -> str:
    """The Finnish Markdown of Kaavi's municipality page, rendered by the generator alone."""
    from kys_rontgen.pages import directory
    from kys_rontgen.pages.environment import environment, page_context

    dataset = load_dataset(project / "data", configured_languages(project / "mkdocs.yml"), project, NOW)
    page = next(page for page in directory.pages(dataset) if page.path.startswith("kunnat/kaavi"))
    return environment().get_template(page.template).render(**page_context(dataset, "fi", page))


def test_a_ptv_description_is_shown_as_typed_never_as_markdown_or_html(project, capsys):
    """PTV's texts are plain text from another system: `*`, a link and a tag print literally."""
    import html as html_module

    export = pages()
    typed = "Katso *tämä* [linkki](https://example.org/x) ja <b>lihava</b> & muuta."
    kaavi = export[0]["itemList"][0]
    kaavi["serviceChannelDescriptions"][1]["value"] = typed
    code, _, err = run(project, export, capsys=capsys)
    assert code == 0, err
    page = _kaavi_page(project)
    line = next(line for line in page.splitlines() if "Katso" in line)
    assert "<b>" not in line and "](" not in line and "*" not in line  # nothing Markdown or HTML acts on
    assert html_module.unescape(line).strip() == typed  # what the reader sees: the text as PTV has it


@pytest.mark.parametrize(("name", "how"), [("Каави тервейсасема", "is written in Cyrillic"),
                                           ("Kaavin tеrveysasema", "mixes Latin and Cyrillic")])  # a Cyrillic е
def test_a_ptv_name_in_cyrillic_is_one_line_naming_the_record_and_nothing_is_written(project, capsys, name, how):
    before = (project / "data" / "ptv.yaml").read_text(encoding="utf-8")
    export = pages()
    export[0]["itemList"][0]["serviceChannelNames"][0]["value"] = name
    code, _, err = run(project, export, capsys=capsys)
    assert code == 1
    assert (f'channel {KAAVI_ID}: serviceChannelNames (fi): the name "{name}" {how} letters; '
            "the site writes names in the Latin alphabet (a page address is made from it): correct the name in PTV") in err
    assert "is not a valid id" not in err  # not the generic error of an empty page address
    assert (project / "data" / "ptv.yaml").read_text(encoding="utf-8") == before


def test_a_foreign_phone_number_from_ptv_is_refused_in_one_line_and_nothing_is_written(project, capsys):
    before = (project / "data" / "ptv.yaml").read_text(encoding="utf-8")
    export = pages()
    phone = export[0]["itemList"][0]["phoneNumbers"][0]
    phone["prefixNumber"], phone["number"] = "+46", "87890000"  # a Stockholm number
    code, _, err = run(project, export, capsys=capsys)
    assert code == 1
    assert [line for line in err.splitlines() if line.startswith("channel ")] == [
        f'channel {KAAVI_ID}: phoneNumbers[0].number: "+4687890000" is not a Finnish number (+46); '
        "the site shows only Finnish numbers: correct it in PTV"]
    assert (project / "data" / "ptv.yaml").read_text(encoding="utf-8") == before


def test_the_map_link_writes_degrees_with_fixed_decimals_never_in_exponent_form(monkeypatch):
    from types import SimpleNamespace

    from kys_rontgen.pages import formats

    monkeypatch.setattr(formats, "wgs84", lambda coordinates: (62.9, 9e-06))  # a longitude near 0°
    url = formats.Formats("fi").map_url(SimpleNamespace(coordinates=object()))
    assert url == "https://www.openstreetmap.org/?mlat=62.900000&mlon=0.000009#map=17/62.900000/0.000009"


def test_the_map_link_of_an_imported_place_points_at_its_coordinates(project, capsys):
    run(project, pages(), capsys=capsys)
    page = _kaavi_page(project)
    assert re.search(r"openstreetmap\.org/\?mlat=62\.\d{6}&(amp;)?mlon=\d{2}\.\d{6}", page), page


def test_the_dry_run_shows_each_changed_field_s_old_and_new_value(project, capsys):
    run(project, pages(), capsys=capsys)
    changed = pages()
    changed[0]["itemList"][0]["addresses"][0]["streetAddress"]["streetNumber"] = "9"
    del changed[0]["itemList"][0]["supportEmails"]
    code, out, _ = run(project, changed, "--dry-run", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    at = lines.index("changed kaavin-testiterveysasema: address, email")
    assert lines[at + 1:at + 3] == [
        '  address: {"street": "Testikatu 7", "postal_code": "73600", "post_office": "Kaavi"} → '
        '{"street": "Testikatu 9", "postal_code": "73600", "post_office": "Kaavi"}',
        '  email: "testiasema@example.fi" → (none)',
    ]


def test_an_imported_ptv_yaml_passes_make_check_and_a_hand_edit_of_it_does_not(project, capsys):
    run(project, pages(), capsys=capsys)
    check = ["--root", str(project), "--now", TODAY.isoformat(), "check"]
    assert main(check) == 0
    path = project / "data" / "ptv.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Testikatu 7", "Testikatu 8"), encoding="utf-8")
    capsys.readouterr()
    assert main(check) == 1
    assert ("data/ptv.yaml:7:1: was edited by hand (its content does not match the digest the import wrote); "
            "run make import-ptv again or revert (git checkout data/ptv.yaml)") in capsys.readouterr().out


def _join_to_kaavi(project, municipality: str, at: str, capsys) -> int:
    """Import the fixtures, give the first location of `municipality` the Kaavi PTV place's id; the line of `at`."""
    run(project, pages(), capsys=capsys)
    path = project / "data" / "locations.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace(f'    municipality: "{municipality}"\n', f'    municipality: "{municipality}"\n    ptv_id: {KAAVI_ID}\n', 1)
    path.write_text(text, encoding="utf-8")
    return text[:text.index(at)].count("\n") + 1


def test_a_ptv_id_of_a_place_in_another_municipality_is_an_error_naming_both(project, capsys):
    line = _join_to_kaavi(project, "140", f"ptv_id: {KAAVI_ID}", capsys)
    capsys.readouterr()
    assert main(["--root", str(project), "--now", TODAY.isoformat(), "check"]) == 1
    assert (f"data/locations.yaml:{line}:5: locations[1].ptv_id: links Iisalmen terveyskampus (Iisalmi) to the PTV place "
            "Kaavin testiterveysasema (Kaavi) of data/ptv.yaml; copy the right id from the place's suomi.fi page, "
            "or remove ptv_id") in capsys.readouterr().out


@pytest.mark.parametrize("url, host", [("https://%31%32%37.0.0.1/", "127.0.0.1"), ("https://ｉｎｔｒａ.ｌｏｃａｌ/", "intra.local")])
def test_a_web_page_a_browser_reads_as_an_intranet_host_is_refused_by_channel(project, capsys, url, host):
    before = (project / "data" / "ptv.yaml").read_bytes()
    data = pages()
    data[0]["itemList"][0]["webPages"] = [{"url": url, "language": "fi"}]
    code, _, err = run(project, data, capsys=capsys)
    assert code == 1
    assert f'channel {KAAVI_ID}: web_page: "{url}" points to a' in err and f"({host})" in err
    assert (project / "data" / "ptv.yaml").read_bytes() == before


def test_a_location_joined_to_a_ptv_place_of_another_name_warns_naming_both(project, capsys):
    line = _join_to_kaavi(project, "204", "fi: Kaavin terveysasema", capsys)
    ptv_line = (project / "data" / "ptv.yaml").read_text(encoding="utf-8").splitlines().index(
        "    fi: Kaavin testiterveysasema") + 1
    check = ["--root", str(project), "--now", TODAY.isoformat(), "check"]
    capsys.readouterr()
    assert main(check) == 0
    assert (f'warning: data/locations.yaml:{line}:7: locations[8].name.fi: "Kaavin terveysasema" is not the name of '
            f'its PTV place, "Kaavin testiterveysasema" (data/ptv.yaml line {ptv_line}), which the page shows; write '
            "that name here, or have it corrected in PTV and import again") in capsys.readouterr().out
    assert main([*check, "--strict"]) == 1

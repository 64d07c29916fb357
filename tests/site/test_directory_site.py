"""The municipality directory in the real build: pages, phone numbers, export, JSON-LD, nav, search."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from ..conftest import ROOT

DATA = {name: yaml.safe_load((ROOT / "data" / f"{name}.yaml").read_text(encoding="utf-8"))
        for name in ("municipalities", "locations", "service")}
MUNICIPALITIES = DATA["municipalities"]["municipalities"]
LOCATIONS = {location["id"]: location for location in DATA["locations"]["locations"]}
LANG_ROOTS = {"fi": "", "en": "en/"}


def _slug(name: str) -> str:
    return name.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


def _page(site: Path, lang: str, slug: str) -> str:
    return (site / LANG_ROOTS[lang] / "kunnat" / slug / "index.html").read_text(encoding="utf-8")


def _article(html: str) -> str:
    return html[html.index("<article"):html.index("</article>")]


def _digits(number) -> str:
    digits = re.sub(r"\D", "", str(number))
    return "0" + digits[3:] if digits.startswith("358") else digits


def test_there_are_19_municipalities_with_three_digit_codes():
    assert len(MUNICIPALITIES) == 19
    assert all(re.fullmatch(r"\d{3}", m["code"]) for m in MUNICIPALITIES)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_directory_links_every_municipality_page_in_both_languages(built_site, lang):
    directory = _article((built_site / LANG_ROOTS[lang] / "kunnat" / "index.html").read_text(encoding="utf-8"))
    for municipality in MUNICIPALITIES:
        slug = _slug(municipality["name"]["fi"])
        assert f'href="{slug}/"' in directory, municipality["name"]["fi"]
        page = _page(built_site, lang, slug)
        assert f'<html lang="{lang}"' in page
        assert municipality["name"]["fi"] in re.search(r"<h1[^>]*>(.*?)</h1>", page).group(1)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_phone_number_on_a_municipality_page_is_one_from_the_data(built_site, lang):
    known = {_digits(channel["number"]) for channel in DATA["service"]["phone_channels"]}
    known |= {_digits(phone["number"]) for location in LOCATIONS.values() for phone in location.get("phones", [])}
    for municipality in MUNICIPALITIES:
        article = _article(_page(built_site, lang, _slug(municipality["name"]["fi"])))
        dialled = re.findall(r'href="tel:([^"]+)"', article)
        assert {"112", "116117"} <= set(dialled)
        assert {_digits(number) for number in dialled} <= known
        text = re.sub(r"<[^>]+>", " ", article)
        # Anything that looks like a phone number in the text must be a known one, too.
        for shown in re.findall(r"(?<![\d.])(?:\+358|0)\d{1,3}[ \d]{5,}\d|\b11[26]\d*\b", text):
            assert _digits(shown) in known, f"{municipality['name']['fi']}: {shown}"


def test_export_matches_the_data(built_site):
    export = json.loads((built_site / "api" / "municipalities.json").read_text(encoding="utf-8"))
    assert [m["code"] for m in export["municipalities"]] == [m["code"] for m in MUNICIPALITIES]
    for exported, data in zip(export["municipalities"], MUNICIPALITIES):
        assert exported["name"] == data["name"]
        assert exported["health_centres"] == data["health_centres"]
        screening = data["screening_location"]
        assert exported["screening_location"] == ([screening] if isinstance(screening, str) else screening)
        assert exported["checked"] == str(data["checked"])
        assert (built_site / exported["pages"]["fi"] / "index.html").exists()
        assert (built_site / exported["pages"]["en"] / "index.html").exists()
    assert {loc["id"]: loc.get("address") for loc in export["locations"]} == {
        id: location.get("address") for id, location in LOCATIONS.items()
    }
    assert {loc["id"]: loc["source"] for loc in export["locations"]} == {
        id: location["source"] for id, location in LOCATIONS.items()
    }


def _json_ld(html: str) -> dict | None:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return json.loads(match.group(1)) if match else None


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_json_ld_on_municipality_pages_matches_the_data(built_site, lang):
    for municipality in MUNICIPALITIES:
        structured = _json_ld(_page(built_site, lang, _slug(municipality["name"]["fi"])))
        centres = [LOCATIONS[id] for id in municipality["health_centres"]]
        if not centres:
            assert structured is None
            continue
        assert [clinic["name"] for clinic in structured["@graph"]] == [c["name"][lang] for c in centres]
        for clinic, centre in zip(structured["@graph"], centres):
            assert clinic["@type"] == "MedicalClinic"
            if "address" in centre:
                assert clinic["address"]["streetAddress"] == centre["address"]["street"]
                assert clinic["address"].get("postalCode") == centre["address"].get("postal_code")
            else:
                assert "address" not in clinic
            assert ("telephone" in clinic) == bool(centre.get("phones"))


def test_municipality_pages_are_out_of_the_nav_and_the_directory_is_in_it(built_site):
    html = (built_site / "kunnat" / "varkaus" / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('md-nav--primary'):html.index('md-nav--secondary')]
    assert re.search(r'href="\.\./"[^>]*>\s*(<[^>]+>\s*)*Kunnat ja terveysasemat', nav)
    for municipality in MUNICIPALITIES:
        assert f'{_slug(municipality["name"]["fi"])}/"' not in nav


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_home_page_links_to_the_directory(built_site, lang):
    home = _article((built_site / LANG_ROOTS[lang] / "index.html").read_text(encoding="utf-8"))
    assert 'href="kunnat/"' in home


def test_finnish_search_finds_municipality_pages_by_the_base_form_terveyskeskus(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    # In the page's words or in the base forms and synonyms the index holds beside them (never shown).
    pages = {doc["location"].split("#")[0] for doc in index["docs"]
             if "terveyskeskus" in (doc["text"] + " " + doc.get("base", "")).lower()}
    for municipality in MUNICIPALITIES:
        assert f"kunnat/{_slug(municipality['name']['fi'])}/" in pages


def test_the_csv_has_a_row_per_municipality_and_place_and_agrees_with_the_json(built_site):
    import csv
    import io

    raw = (built_site / "api" / "municipalities.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))  # spreadsheets then read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    export = json.loads((built_site / "api" / "municipalities.json").read_text(encoding="utf-8"))
    expected = set()
    for municipality in export["municipalities"]:
        places = [("health_centre", id) for id in municipality["health_centres"]]
        places += [("screening", id) for id in municipality["screening_location"]]
        expected |= {(municipality["code"], role, id) for role, id in places} or {(municipality["code"], "", "")}
    assert {(row["municipality_code"], row["role"], row["place_id"]) for row in rows} == expected
    locations = {location["id"]: location for location in export["locations"]}
    for row in rows:
        assert (built_site / row["page_en"] / "index.html").is_file()
        if row["place_id"]:
            location = locations[row["place_id"]]
            assert row["place_name_fi"] == location["name"]["fi"] and row["checked"] == location["checked"]
            assert row["street"] == location.get("address", {}).get("street", "")
    assert any(row["municipality_sv"] == "Idensalmi" for row in rows)  # Swedish names, not mojibake


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_directory_links_its_csv_json_and_the_open_data_page(built_site, lang):
    page = built_site / LANG_ROOTS[lang] / "kunnat" / "index.html"
    article = _article(page.read_text(encoding="utf-8"))
    hrefs = re.findall(r'<a href="([^"]+)" type="(?:text/csv|application/json)">', article)
    assert len(hrefs) == 2
    assert {(page.parent / href).resolve() for href in hrefs} == {
        (built_site / "api" / name).resolve() for name in ("municipalities.csv", "municipalities.json")}
    open_data = re.search(r'<a href="([^"]*avoin-data/)">', article).group(1)
    assert (page.parent / open_data / "index.html").is_file()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_open_data_page_describes_every_csv_column_and_says_no_licence_is_decided(built_site, lang):
    page = built_site / LANG_ROOTS[lang] / "avoin-data" / "index.html"
    html = page.read_text(encoding="utf-8")
    header = (built_site / "api" / "municipalities.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    for column in header.split(","):
        assert f"<code>{column}</code>" in html, column
    assert ("lisenssiä" if lang == "fi" else "licence") in html
    for href in re.findall(r'<a href="([^"]+)" type="[^"]+">', _article(html)):
        assert (page.parent / href).resolve().is_file(), href


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_each_place_is_one_card_on_its_municipality_page(built_site, lang):
    """A place that is a health centre, an X-ray place and a screening site is shown once."""
    for municipality in MUNICIPALITIES:
        article = _article(_page(built_site, lang, _slug(municipality["name"]["fi"])))
        cards = [re.sub(r"<[^>]+>", "", card) for card in re.findall(r"<h3[^>]*>(.*?)</h3>", article)]
        assert len(cards) == len(set(cards)), (municipality["name"]["fi"], cards)
        shown = re.sub(r'<span lang="fi">(.*?)</span>', r"\1", article)  # a Finnish name's language mark
        ids = [*municipality.get("health_centres", []), *(
            [municipality["screening_location"]] if isinstance(municipality.get("screening_location"), str)
            else municipality.get("screening_location", []))]
        for location_id in ids:
            name = LOCATIONS[location_id]["name"][lang]
            assert cards.count(name) == 1, (municipality["name"]["fi"], name)
            # Not listed again under another heading: the X-ray list only links to the card.
            others = re.sub(rf'<a href="[^"]*#{location_id}">[^<]*</a>', "", shown)
            assert others.count(f">{name}<") == 1


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_each_card_has_its_location_id_as_a_unique_anchor(built_site, lang):
    """A link such as kunnat/varkaus/#hyvinvointikeskus-aalto opens at that one place."""
    for municipality in MUNICIPALITIES:
        html = _page(built_site, lang, _slug(municipality["name"]["fi"]))
        cards = re.findall(r'<div class="kys-place">\s*<h3 id="([^"]+)"', html)
        ids = re.findall(r'\bid="([^"]+)"', html)
        assert cards and set(cards) <= set(LOCATIONS), (municipality["name"]["fi"], cards)
        for location_id in cards:
            assert ids.count(location_id) == 1, (municipality["name"]["fi"], location_id)
        for location_id in municipality.get("health_centres", []):
            assert location_id in cards, (municipality["name"]["fi"], location_id)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_no_municipality_page_is_empty_of_a_way_forward(built_site, lang):
    """Even where nothing is known, the page gives the county's route, 116117 and 112."""
    route = DATA["municipalities"]["current_information"][0]
    county = route.get("web_page_in", {}).get(lang, route["web_page"])
    for municipality in MUNICIPALITIES:
        article = _article(_page(built_site, lang, _slug(municipality["name"]["fi"])))
        assert 'id="contact-now"' in article
        forward = article.split('id="contact-now"')[1]
        assert f'href="{county}"' in forward and 'href="tel:116117"' in forward and 'href="tel:112"' in forward


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_fees_rest_on_the_countys_own_fee_page_first(built_site, lang):
    """A resident checks the fees where the county publishes them, not on another region's page."""
    article = _article((built_site / LANG_ROOTS[lang] / "index.html").read_text(encoding="utf-8"))
    fees = article.split(">{}</h2>".format(DATA["service"]["charge"]["title"][lang]))[1].split("<h2")[0]
    county_fees = DATA["service"]["charge"]["sources"][0]
    assert county_fees.startswith("https://pshyvinvointialue.fi/")
    assert fees.count(f'href="{county_fees}"') == 2  # in the text (current amounts) and as the first source
    assert "sairaalanova" not in fees


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_after_the_referral_steps_the_home_page_leads_to_the_municipality_contacts(built_site, lang):
    """The referral steps are followed by who books the time (the one booking text), and the next
    question after that is whom to ask: the directory is one tap away."""
    article = _article((built_site / LANG_ROOTS[lang] / "index.html").read_text(encoding="utf-8"))
    after = article.split(">{}</h2>".format(DATA["service"]["user_instruction"]["title"][lang]))[-1]
    booking = after.split("<h2")[1]  # the section right after the steps: its heading and text
    assert ">{}</h2>".format(DATA["service"]["booking"]["title"][lang]) in booking
    assert re.search(r'href="(\./)?kunnat/"', booking), booking[-600:]

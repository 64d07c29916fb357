"""The directory and municipality pages, rendered by the generator alone (no MkDocs)."""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import datetime

import pytest

from kys_rontgen.clock import HELSINKI
from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.model.locations import Locations
from kys_rontgen.pages import directory, render_pages
from kys_rontgen.pages.environment import environment, page_context
from kys_rontgen.structured_data import script_element

from ..conftest import ROOT
from .synthetic import synthetic_dataset

# The 19 municipalities of North Savo in Finnish alphabetical order (facts.md, section 2).
FINNISH_ORDER = [
    "Iisalmi", "Joroinen", "Kaavi", "Keitele", "Kiuruvesi", "Kuopio", "Lapinlahti", "Leppävirta",
    "Pielavesi", "Rautalampi", "Rautavaara", "Siilinjärvi", "Sonkajärvi", "Suonenjoki", "Tervo",
    "Tuusniemi", "Varkaus", "Vesanto", "Vieremä",
]


def _links(markdown: str) -> list[tuple[str, str]]:
    return re.findall(r"^- \[([^\]]+)\]\(([^)]+)\)", markdown, re.MULTILINE)


def _municipality_links(directory_page: str) -> list[tuple[str, str]]:
    """The finder's list of municipalities (the page has other link lists too)."""
    return _links(directory_page.split('id="municipality-finder-list"')[1].split("</div>")[0])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_directory_lists_every_municipality_in_finnish_order_linking_its_page(pages, lang):
    links = _municipality_links(pages[f"{lang}/kunnat/index.md"])
    assert [name for name, _ in links] == FINNISH_ORDER
    for name, target in links:
        assert f"{lang}/kunnat/{target}" in pages, f"{name} links to a page that is not generated"
    assert ("Leppävirta", "leppavirta.md") in links


def test_directory_orders_a_umlaut_after_z():
    real = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
    municipalities = real.municipalities.model_dump(mode="json")
    for entry, name in zip(municipalities["municipalities"], ["Ähtäri", "Zeta", "Aura", "Öja"]):
        entry["name"] = {"fi": name, "sv": name, "en": name}
        municipalities["county_codes"][entry["code"]] = name  # a variant's own names
    changed = dataclasses.replace(real, municipalities=type(real.municipalities).model_validate(
        municipalities, context={"languages": ["fi", "en"]}))
    names = [name for name, _ in _municipality_links(render_pages(changed)["fi/kunnat/index.md"])]
    assert names.index("Aura") < names.index("Zeta") < names.index("Ähtäri") < names.index("Öja")


def test_finder_texts_come_from_the_labels(dataset, pages):
    page = pages["en/kunnat/index.md"]
    for key, attribute in [("finder_count_many", "data-count-many"), ("finder_count_none", "data-count-none")]:
        text = dataset.labels[key]["en"].replace("{total}", str(len(dataset.municipalities.municipalities)))
        assert f'{attribute}="{text}"' in page
    assert f'class="kys-finder__label">{dataset.labels["finder_label"]["en"]}</label>' in page
    assert 'data-key="idensalmi iisalmi"' in page  # Swedish name finds it too


def test_finder_key_holds_the_localities_and_the_list_names_them(dataset, pages):
    kuopio = next(m for m in dataset.municipalities.municipalities if m.name.fi == "Kuopio")
    assert directory.search_key(kuopio).split() == sorted(["kuopio", "juankoski", "karttula", "maaninka", "nilsia",
                                                          "riistavesi", "vehmersalmi"])
    line = next(line for line in pages["fi/kunnat/index.md"].splitlines() if line.startswith("- [Kuopio]"))
    assert line.endswith("(myös Juankoski, Karttula, Maaninka, Nilsiä, Riistavesi, Vehmersalmi)")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_municipality_without_known_health_centre_says_where_to_look_and_gives_emergency_numbers(dataset, pages, lang):
    page = pages[f"{lang}/kunnat/keitele.md"]
    assert dataset.labels["no_health_centre"][lang] in page
    for source in dataset.municipalities.current_information:  # the county's page in the page's language
        assert f"({source.page_for(lang)})" in page
    assert "(tel:112)" in page and "(tel:116117)" in page
    assert "application/ld+json" not in page  # no clinic known, so none described


def test_known_health_centre_shows_its_address_with_a_map_link_and_source(pages):
    page = pages["fi/kunnat/varkaus.md"]
    assert "Hyvinvointikeskus Aalto" in page
    assert "Savontie 55, 78300 Varkaus" in page
    assert "(https://www.openstreetmap.org/search?query=Savontie+55%2C+78300+Varkaus)" in page
    assert "Tiedot tarkistettu 28.11.2026" in page


def _xray_section(page: str) -> str:
    return page.split("## Missä röntgenkuvia otetaan")[1].split("\n## ")[0]


def _places(section: str) -> list[str]:
    return [line for line in section.splitlines() if line.startswith("- **")]


def test_the_directory_lists_every_xray_place_once(pages):
    places = _places(_xray_section(pages["fi/kunnat/index.md"]))
    assert len(places) == 3  # KYS, Iisalmi campus, Aalto: the places marked xray: true
    assert any("Puijonlaaksontie 2" in place for place in places)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_xray_list_says_how_to_book_while_no_booking_number_is_known(dataset, pages, lang):
    """"Book at any place" is followed by how: your health centre and the current sources."""
    section = pages[f"{lang}/kunnat/index.md"].split("{ #xray-places }")[1]
    assert dataset.labels["xray_intro"][lang] in section
    assert dataset.labels["contact_now_sources"][lang] in section
    for source in dataset.municipalities.current_information:
        assert f"]({source.page_for(lang)})" in section


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_municipality_page_lists_the_xray_places_before_how_to_book(dataset, pages, lang):
    """Resident review 3, finding 4: under "Missä röntgenkuvia otetaan" a Kaavi reader saw only the
    booking text and had to tap away to learn where the places are."""
    xray = [location for location in dataset.locations.locations if location.xray is True]
    assert len(xray) == 3
    booking = " ".join(dataset.service.booking.body[lang].split())
    for municipality in dataset.municipalities.municipalities:
        page = pages[f"{lang}/kunnat/{municipality.slug}.md"]
        section = page.split("\n## " + dataset.labels["xray_heading"][lang] + "\n")[1].split("\n## ")[0]
        text = " ".join(section.split())
        assert booking in text, municipality.slug
        for location in xray:
            card = next(m for m in dataset.municipalities.municipalities if m.code == location.municipality)
            here = f"{{ #{location.id} }}" in page  # a card on this page itself: "#kys"
            target = "" if here else f"{card.slug}.md"
            line = next(line for line in section.splitlines() if f"]({target}#{location.id})" in line)
            assert location.address.street in line and text.index(location.address.street) < text.index(booking)


def _cards(page: str) -> dict[str, str]:
    """{place name as the reader sees it (without its language mark): its card} of a municipality
    page's places section."""
    section = page.split("\n## ")[1]
    return {re.sub(r"<[^>]+>| \{ #[a-z0-9-]+ \}$", "", card.split("\n", 1)[0]): card
            for card in section.split("\n### ")[1:]}


def test_each_place_has_one_card_with_everything_it_does(pages):
    varkaus = pages["fi/kunnat/varkaus.md"]
    cards = _cards(varkaus)
    assert list(cards) == ["Hyvinvointikeskus Aalto (Varkauden sosiaali- ja terveyskeskus)"]
    assert "**Palvelut:** terveysasema." in cards[next(iter(cards))]
    # Not again under X-ray or screening (the map link's words for screen readers aside): the
    # X-ray list names it only as a link to this card.
    shown = re.sub(r'<span class="kys-visually-hidden">.*?</span>', "", varkaus.split("<script")[0])
    assert shown.count("Hyvinvointikeskus Aalto") == 2
    assert shown.count("](#hyvinvointikeskus-aalto)") == 1
    english = _cards(pages["en/kunnat/joroinen.md"])
    assert "**Services:**" not in english["Joroinen health centre"]  # a health centre: saying so adds nothing
    assert "**Services:** health centre.\n**Examinations:** [X-ray]" in next(
        card for name, card in english.items() if name.startswith("Hyvinvointikeskus Aalto"))


@pytest.mark.parametrize(("lang", "line"), [
    ("fi", "Paikka on Varkaudessa."), ("en", "This place is in Varkaus."),
])
def test_a_place_in_another_municipality_says_which(pages, lang, line):
    # Joroinen's residents also use Varkaus's Aalto: said on its card, so a mistyped id would show too.
    joroinen = _cards(pages[f"{lang}/kunnat/joroinen.md"])
    aalto = next(card for name, card in joroinen.items() if name.startswith("Hyvinvointikeskus Aalto"))
    assert line in aalto
    assert sum(line in card for card in joroinen.values()) == 1  # not on Joroinen's own centre
    assert "Paikka on" not in pages["fi/kunnat/varkaus.md"] and "This place is" not in pages["en/kunnat/varkaus.md"]
    assert not any("toisessa kunnassa" in page for page in pages.values())


def test_screening_place_follows_the_2025_split(pages):
    leppavirta = _cards(pages["fi/kunnat/leppavirta.md"])
    assert [name for name in leppavirta if "Aalto" in name] and "mammografiaseulonta" in "".join(leppavirta.values())
    kiuruvesi = _cards(pages["fi/kunnat/kiuruvesi.md"])
    assert list(kiuruvesi) == ["Terveystalo Kuopio", "Terveystalo Iisalmi"]
    assert all("Kutsukirjeessä lukee, kumpaan menet." in card for card in kiuruvesi.values())


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_municipality_page_says_how_to_get_in_touch_now(dataset, pages, lang):
    for municipality in dataset.municipalities.municipalities:
        page = pages[f"{lang}/kunnat/{municipality.slug}.md"]
        contact = page.split("{ #contact-now }")[1]
        assert dataset.labels["contact_now_letter"][lang] in contact, municipality.slug
        for source in dataset.municipalities.current_information:
            assert f"({source.page_for(lang)})" in contact
        for channel in dataset.service.phone_channels:
            assert f"(tel:{channel.number})" in contact


def _with_kaavi_details(dataset, **details):
    data = dataset.locations.model_dump(mode="json", exclude_none=True)
    for location in data["locations"]:
        if location["id"] == "kaavin-terveysasema":
            location.update(details)
    locations = Locations.model_validate(data, context={"languages": ["fi", "en"]})
    return dataclasses.replace(dataset, locations=locations)


PHONE = {"number": "017 123 4567", "name": {"fi": "Ajanvaraus", "en": "Appointments"},
         "call_hours": [{"days": ["mo", "tu", "we", "th", "fr"], "opens": "8.00", "closes": "15.00"}]}
HOURS = {
    "standard": [{"days": ["mo", "tu", "we", "th", "fr"], "opens": "8.00", "closes": "16.00"}],
    "exceptions": [
        {"valid_from": "2026-12-24", "valid_to": "2026-12-26", "closed": True, "reason": {"fi": "Joulu", "en": "Christmas"}},
        {"valid_from": "2026-01-02", "opens": "9.00", "closes": "12.00"},  # already over
    ],
}


def _kaavi_page(dataset, lang, now=datetime(2026, 12, 1, 12, tzinfo=HELSINKI)):
    changed = dataclasses.replace(_with_kaavi_details(dataset, phones=[PHONE], opening_hours=HOURS), now=now)
    municipality_pages = {p.path: p for p in directory.pages(changed)}
    page = municipality_pages["kunnat/kaavi.md"]
    return environment().get_template(page.template).render(**page_context(changed, lang, page))


def test_phone_is_a_tel_link_in_e164_shown_in_finnish_format_with_call_hours(dataset):
    page = _kaavi_page(dataset, "fi")
    assert "[017 123 4567](tel:+358171234567) ma–pe 8.00–15.00" in page
    assert "[017 123 4567](tel:+358171234567) Mon–Fri 08:00–15:00" in _kaavi_page(dataset, "en")


def test_current_exceptions_come_before_the_weekly_hours_and_past_ones_are_gone(dataset):
    page = _kaavi_page(dataset, "fi")
    exception = page.index("24.12.2026–26.12.2026: suljettu (Joulu)")
    assert exception < page.index("**Aukioloajat:** ma–pe 8.00–16.00")
    assert "2.1.2026" not in page
    assert "Puhelinnumeroa ja aukioloaikoja ei ole" not in _cards(page)["Kaavin terveysasema"]  # the data has them now


def _json_ld(page: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    return json.loads(match.group(1))


def test_json_ld_describes_the_clinic_with_only_known_fields(dataset):
    (clinic,) = _json_ld(_kaavi_page(dataset, "en"))["@graph"]
    assert clinic["@type"] == "MedicalClinic" and clinic["name"] == "Kaavi health centre"
    assert clinic["telephone"] == "+358171234567"
    assert "address" not in clinic  # Kaavi's address is not known
    standard, closed, past = clinic["openingHoursSpecification"]
    assert standard["dayOfWeek"][0] == "https://schema.org/Monday" and standard["opens"] == "08:00"
    assert closed == {"@type": "OpeningHoursSpecification", "validFrom": "2026-12-24",
                      "validThrough": "2026-12-26", "opens": "00:00", "closes": "00:00"}


def test_json_ld_cannot_end_its_script_element():
    element = script_element({"name": "</script><script>alert(1)</script> & <!--"})
    text = element.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == {"name": "</script><script>alert(1)</script> & <!--"}


def test_a_national_size_dataset_renders_with_no_code_change(dataset):
    large = synthetic_dataset(dataset, municipalities=300, centres_each=3)
    pages = render_pages(large)
    for lang in ("fi", "en"):
        municipality_pages = [p for p in pages if p.startswith(f"{lang}/kunnat/") and not p.endswith("index.md")]
        assert len(municipality_pages) == 300
        assert len(_municipality_links(pages[f"{lang}/kunnat/index.md"])) == 300
    page = pages["fi/kunnat/kunta-123-aakkonen.md"]
    assert page.count("(tel:+35817") == 3
    assert len(_json_ld(page)["@graph"]) == 3


@pytest.mark.parametrize("lang, heading", [("fi", "## Paikat"), ("en", "## Places")])
def test_the_places_heading_stands_alone_above_the_note_on_missing_details(pages, lang, heading):
    # A comment that strips whitespace once joined the note to the heading: "PaikatTällä sivustolla…".
    for path, markdown in pages.items():
        if path.startswith(f"{lang}/kunnat/") and not path.endswith("index.md"):
            assert f"\n{heading}\n\n" in markdown, path


def test_the_finder_knows_the_stems_of_inflected_names(pages):
    """Varkaus -> Varkaudessa, Iisalmi -> Iisalmen: the finder gets the start every form shares, from
    the dictionary; a name whose forms all start with it (Kaavi, Kaavin) needs none."""
    directory = pages["fi/kunnat/index.md"]
    assert '{ data-key="varkaus" data-stems="varkau" }' in directory
    assert '{ data-key="idensalmi iisalmi" data-stems="iisalm" }' in directory
    assert '{ data-key="kaavi" }' in directory
    kuopio = re.search(r'\[Kuopio\]\([^)]*\)\{ data-key="[^"]*" data-stems="([^"]*)" \}', directory).group(1)
    assert kuopio.split() == ["juankosk"]  # its own name and the other localities keep their whole form


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("path", ["kunnat/index.md", "tutkimukset/index.md"])
def test_the_finder_and_the_exam_index_give_the_urgent_numbers(dataset, pages, lang, path):
    # Resident review 3, finding 17: someone who lands on the finder at night looking for their
    # health centre finds 112 and 116117 there, under the finder, as on the other pages.
    markdown = pages[f"{lang}/{path}"]
    heading = f"## {dataset.labels['phone_heading'][lang]} {{ #urgent }}"
    assert markdown.count(heading) == 1, path
    block = markdown.split(heading)[1]
    assert "(tel:112)" in block and "(tel:116117)" in block
    assert dataset.service.phone_channels[1].call_hours[lang] in block
    if path.startswith("kunnat"):
        assert markdown.index('id="municipality-finder-list"') < markdown.index(heading)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_screening_card_says_what_to_do_when_no_invitation_comes(dataset, pages, lang):
    # Resident review 3, finding 19: "your invitation letter says which" is no help to a woman
    # whose letter did not come; the card links to the screening page's booking section.
    link = f"[{dataset.labels['screening_no_invitation'][lang]}](../tutkimukset/mammography-screening.md#booking)"
    for municipality in dataset.municipalities.municipalities:
        page = pages[f"{lang}/{directory.municipality_page(municipality)}"]
        cards = page.split('<div class="kys-place" markdown>')[1:]
        screening = [card for card in cards if dataset.labels["screening_many"][lang] in card
                     or dataset.labels["screening_one"][lang] in card]
        assert len(screening) == len(municipality.screening_location), municipality.name.fi
        assert all(link in card for card in screening), municipality.name.fi


def test_a_card_s_checked_date_and_source_are_a_line_of_their_own_not_a_list_item(dataset, pages):
    # Finding 23: on a card with no other details, a one-item list of the checked date read as a fact.
    kaavi = pages["fi/kunnat/kaavi.md"]
    assert re.search(r"^Tiedot tarkistettu \d", kaavi, re.M) and not re.search(r"^- Tiedot tarkistettu", kaavi, re.M)

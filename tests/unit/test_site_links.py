"""The resolver of links from data text to a page of this site (kys_rontgen.site_links.py)."""
from __future__ import annotations

import pytest
from markupsafe import Markup

from kys_rontgen.languages import Language
from kys_rontgen.site_links import (absolute, address_problem, anywhere, base_href, in_html, in_markdown, in_record,
                                    on_page, relative_href, unknown_place_problem, unknown_problem)

FI = Language("fi", "suomi", True)
EN = Language("en", "English", False)


# (link, page it is on, language, href): as mkdocs-redirects tests its table of paths.
@pytest.mark.parametrize(("url", "on", "language", "href"), [
    ("/tutkimukset/mri/", "", FI, "tutkimukset/mri/"),
    ("/tutkimukset/mri/", "en/", EN, "tutkimukset/mri/"),
    ("/tutkimukset/mri/", "tutkimukset/", FI, "mri/"),
    ("/tutkimukset/mri/", "kunnat/kuopio/", FI, "../../tutkimukset/mri/"),
    ("/tutkimukset/mri/", "en/kunnat/kuopio/", EN, "../../tutkimukset/mri/"),
    ("/kunnat/kuopio/", "kunnat/kuopio/", FI, "./"),
    ("/", "kunnat/kuopio/", FI, "../../"),
    ("/", "en/kunnat/kuopio/", EN, "../../"),
    ("/", "", FI, "./"),
    ("/", "en/", EN, "./"),
    ("/kunnat/kuopio/#kys", "en/tutkimukset/mri/", EN, "../../kunnat/kuopio/#kys"),
    ("/kunnat/kuopio/#kys", "kunnat/kuopio/", FI, "./#kys"),
])
def test_a_site_address_becomes_a_link_relative_to_the_page_in_its_language(url, on, language, href):
    assert relative_href(url, on, language) == href


@pytest.mark.parametrize(("base", "language", "href"), [
    ("/", FI, "/kunnat/kuopio/"), ("/", EN, "/en/kunnat/kuopio/"),
    ("/kys-rontgen/", FI, "/kys-rontgen/kunnat/kuopio/"), ("/kys-rontgen/", EN, "/kys-rontgen/en/kunnat/kuopio/"),
])
def test_on_a_page_served_at_any_address_the_link_starts_from_the_base_path(base, language, href):
    assert base_href("/kunnat/kuopio/", base, language) == href


@pytest.mark.parametrize("url", ["/", "/kunnat/", "/tutkimukset/mri/", "/kunnat/kuopio/", "/kunnat/kuopio/#kys"])
def test_page_addresses_are_allowed(url):
    assert address_problem(url) is None


@pytest.mark.parametrize(("url", "says"), [
    ("//evil.example/", "not the address"), ("/\\evil", "not the address"), ("/%2F%2Fevil/", "not the address"),
    ("/%5Cevil/", "not the address"), ("/tutkimukset/../../x/", "not the address"), ("/../x/", "not the address"),
    ("/tutkimukset/%0a/", "not the address"), ("/kunnat/\tkuopio/", "not the address"), ("/Kunnat/", "not the address"),
    ("/kunnat/?x=1", "query"), ("/kunnat/#Kuopio", "cannot check"), ("/kunnat/#a/b", "cannot check"),
    ("/kunnat/#", "cannot check"), ("/kunnat/#%6b", "cannot check"), ("/kunnat/kuopio", 'write it as "/kunnat/kuopio/"'),
    ("/kunnat/kuopio#kys", 'write it as "/kunnat/kuopio/#kys"'),
])
def test_hostile_or_malformed_site_addresses_are_refused_with_a_fix(url, says):
    assert says in address_problem(url)


def test_an_unknown_place_suggests_the_nearest_id_on_the_page():
    assert 'did you mean "/kunnat/kuopio/#kys"?' in unknown_place_problem("/kunnat/kuopio/#kyss", {"kys", "terveystalo"})
    assert "did you mean" not in unknown_place_problem("/kunnat/kuopio/#zzzz", {"kys"})


def test_an_unknown_page_suggests_the_nearest_address():
    known = ["/", "/kunnat/", "/kunnat/kuopio/", "/tutkimukset/mri/"]
    assert 'did you mean "/tutkimukset/mri/"?' in unknown_problem("/tutkimukset/mr/", known)
    assert "did you mean" not in unknown_problem("/zzzzzz/", known)


SITE = "https://example.org/kys-rontgen/"


@pytest.mark.parametrize(("text", "written"), [
    ("[MRI](/tutkimukset/mri/)", "[MRI](https://example.org/kys-rontgen/en/tutkimukset/mri/)"),
    ("[Koti](/)", "[Koti](https://example.org/kys-rontgen/en/)"),
    ('[Kunnat]( </kunnat/> "Kunnat")', '[Kunnat]( <https://example.org/kys-rontgen/en/kunnat/> "Kunnat")'),
    ("[Kunnat][k]\n\n[k]: /kunnat/", "[Kunnat][k]\n\n[k]: https://example.org/kys-rontgen/en/kunnat/"),
    ("[k]:\n  /kunnat/kuopio/", "[k]:\n  https://example.org/kys-rontgen/en/kunnat/kuopio/"),
    # Not site links: left as they are (the check refuses the broken one before any export).
    ("[Muu](https://muu.example/kunnat/)", "[Muu](https://muu.example/kunnat/)"),
    ("Polku /kunnat/ tekstinä", "Polku /kunnat/ tekstinä"),
])
def test_a_text_carried_away_from_the_site_gets_full_addresses_in_every_link_form(text, written):
    assert in_markdown(text, absolute(SITE, EN)) == written
    assert "](/" not in in_markdown(text, absolute(SITE, EN))


@pytest.mark.parametrize(("href", "written"), [
    (on_page("en/kunnat/kuopio/", EN), "../../tutkimukset/mri/"),
    (on_page("", FI), "tutkimukset/mri/"),
    (anywhere(SITE, EN), "/kys-rontgen/en/tutkimukset/mri/"),
    (anywhere("http://127.0.0.1:8000/", FI), "/tutkimukset/mri/"),
    (absolute(SITE, FI), "https://example.org/kys-rontgen/tutkimukset/mri/"),
])
def test_the_html_of_a_text_gets_the_href_of_where_it_is_shown(href, written):
    html = Markup('<p>Katso <a href="/tutkimukset/mri/">MRI</a> ja <a href="https://muu.example/">muu</a>.</p>')
    shown = in_html(html, href)
    assert str(shown) == str(html).replace('"/tutkimukset/mri/"', f'"{written}"')
    assert isinstance(shown, Markup)  # still the sanitised HTML: the theme's `| e` keeps it


def test_an_export_record_links_each_language_s_text_to_that_language_s_page():
    record = {"locations": [{"id": "kys", "description": {"fi": "[MRI](/tutkimukset/mri/)", "en": "[MRI](/tutkimukset/mri/)"},
                             "source": "https://example.fi/a/"}], "pages": {"fi": "kunnat/kuopio/"}}
    assert in_record(record, SITE, [FI, EN]) == {
        "locations": [{"id": "kys", "description": {"fi": "[MRI](https://example.org/kys-rontgen/tutkimukset/mri/)",
                                                    "en": "[MRI](https://example.org/kys-rontgen/en/tutkimukset/mri/)"},
                       "source": "https://example.fi/a/"}], "pages": {"fi": "kunnat/kuopio/"}}


# --- where a data text with a site link is shown (the generator alone, the real data edited) ---

@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    import shutil

    from kys_rontgen.dataset import load_dataset
    from kys_rontgen.languages import configured_languages

    from ..broken_data import NOW
    from ..conftest import ROOT
    from ..linked_data import add_site_links

    root = tmp_path_factory.mktemp("linked")
    shutil.copytree(ROOT / "data", root / "data")
    add_site_links(root / "data")
    return load_dataset(root / "data", configured_languages(ROOT / "mkdocs.yml"), root, NOW)


def test_a_notice_links_to_the_page_in_the_reader_s_language_from_the_page_it_is_on(linked):
    from kys_rontgen.notices import notices_for_page

    [english] = notices_for_page(linked.notices, linked.now, "en", href=on_page("en/kunnat/kuopio/", EN))
    [finnish] = notices_for_page(linked.notices, linked.now, "fi", href=on_page("", FI))
    assert '<a href="../../tutkimukset/mri/"' in english.html  # /en/kunnat/kuopio/ -> /en/tutkimukset/mri/
    assert '<a href="./#kys"' in english.html  # the place card on the page itself
    assert '<a href="tutkimukset/mri/"' in finnish.html and '<a href="kunnat/kuopio/#kys"' in finnish.html


def test_the_not_found_page_links_from_the_base_path_in_each_language(linked):
    from kys_rontgen.theme_texts import not_found_sections

    finnish, english = not_found_sections(linked, "fi", SITE)
    assert '<a href="/kys-rontgen/tutkimukset/"' in finnish["phones"][0][3]
    assert '<a href="/kys-rontgen/en/tutkimukset/"' in english["phones"][0][3]


def test_the_feeds_carry_the_full_address_of_the_page(linked):
    import feedparser
    import icalendar

    from kys_rontgen.feeds import atom_feed, icalendar_feed

    entry = feedparser.parse(atom_feed(linked, linked.now, EN, SITE)).entries[0]
    assert 'href="https://example.org/kys-rontgen/en/tutkimukset/mri/"' in entry.content[0].value
    [event] = icalendar.Calendar.from_ical(icalendar_feed(linked, linked.now, FI, SITE)).walk("VEVENT")
    assert str(event["description"]) == ("Lue [magneettikuvauksen ohje](https://example.org/kys-rontgen/tutkimukset/mri/). "
                                         "Yhteystiedot: [KYS](https://example.org/kys-rontgen/kunnat/kuopio/#kys).")


def test_the_directory_export_carries_the_full_address_in_each_language(linked):
    import json

    from kys_rontgen.export import directory_json

    exported = json.loads(directory_json(linked, SITE))
    [kys] = [place for place in exported["locations"] if place["id"] == "kys"]
    assert kys["description"]["fi"].endswith("[Kunnat](https://example.org/kys-rontgen/kunnat/)")
    assert kys["description"]["en"].endswith("[Municipalities](https://example.org/kys-rontgen/en/kunnat/)")
    assert "](/" not in directory_json(linked, SITE)


def test_a_generated_page_links_relative_to_itself_in_its_language(linked):
    from kys_rontgen.pages import render_pages

    pages = render_pages(linked)
    assert '<a href="../" rel="noopener noreferrer">Municipalities</a>' in pages["en/kunnat/kuopio.md"]  # -> /en/kunnat/
    assert '<a href="../" rel="noopener noreferrer">Kunnat</a>' in pages["fi/kunnat/kuopio.md"]


def test_structured_data_carries_the_link_s_words_not_its_root_relative_address(linked):
    from kys_rontgen import structured_data

    assert structured_data.hospital(linked, "fi")["description"].endswith("Alueen ainoa yöpäivystys on KYS:ssä. Kunnat")
    assert structured_data.hospital(linked, "en")["description"].endswith("is at KYS. Municipalities")


def test_an_exam_page_s_meta_description_and_structured_data_carry_the_link_s_words(linked):
    from kys_rontgen import structured_data
    from kys_rontgen.pages import render_pages

    pages = render_pages(linked)
    assert '\ndescription: "Kuvaus magneettikentän ja radioaaltojen avulla, ilman röntgensäteilyä. Kestää yleensä ' \
        '30–60 minuuttia. Katso kunnat."\n' in pages["fi/tutkimukset/mri.md"]
    assert 'It usually takes 30–60 minutes. See municipalities."\n' in pages["en/tutkimukset/mri.md"]
    mri = next(exam for exam in linked.exams.exams if exam.id == "mri")
    assert structured_data.exam(mri, "en", linked.labels)["description"].endswith("minutes. See municipalities.")

"""What a resident reads on a municipality page's place cards (resident review #5, #11, #14)."""
from __future__ import annotations

import re


def _card(page: str, location_id: str) -> str:
    """One place card of a generated municipality page, from its anchor to its closing tag."""
    match = re.search(rf'<div class="kys-place" markdown>\n\n(### [^\n]* {{ #{location_id} }}\n.*?)</div>', page, re.S)
    assert match, location_id
    return match.group(1)


def test_a_health_centre_card_does_not_say_its_only_service_is_being_a_health_centre(pages):
    kaavi = _card(pages["fi/kunnat/kaavi.md"], "kaavin-terveysasema")
    assert "Palvelut" not in kaavi
    assert "Services" not in _card(pages["en/kunnat/kaavi.md"], "kaavin-terveysasema")
    # A place that does more keeps the line: it tells the reader what they can go there for.
    varkaus = _card(pages["fi/kunnat/varkaus.md"], "hyvinvointikeskus-aalto")
    assert "**Palvelut:** terveysasema." in varkaus
    assert ("**Tutkimukset:** [Röntgenkuvaus](../tutkimukset/native-xray.md), "
            "[Mammografiaseulonta](../tutkimukset/mammography-screening.md).") in varkaus


def test_a_place_card_links_every_exam_the_place_does_in_the_pages_language(pages, dataset):
    """Resident review 3, finding 3: the KYS card said only "Palvelut: röntgenkuvaus", and the MRI
    page linked to it."""
    kys = dataset.locations.by_id["kys"]
    assert len(kys.exams) >= 6
    for lang in ("fi", "en"):
        card = _card(pages[f"{lang}/kunnat/kuopio.md"], "kys")
        shown = re.findall(r"\[([^\]]+)\]\(\.\./tutkimukset/([a-z-]+)\.md\)", card)
        expected = [(exam.name[lang], exam.id) for exam in dataset.exams.exams
                    if exam.id in kys.exams or exam.at_xray_locations]
        assert shown == expected, lang
        assert "**Palvelut:**" not in card and "**Services:**" not in card  # X-ray is in the list


def test_a_screening_site_elsewhere_says_where_it_is_in_plain_finnish(pages):
    """test_directory_pages covers Joroinen's health centre in Varkaus; this, a screening site."""
    assert "Paikka on Kuopiossa." in _card(pages["fi/kunnat/kaavi.md"], "terveystalo-kuopio")
    assert "This place is in Kuopio." in _card(pages["en/kunnat/kaavi.md"], "terveystalo-kuopio")


def test_a_screening_site_on_another_municipality_page_leaves_out_its_own_note(pages, dataset):
    """Aalto's "also serves Joroinen" is true on the Varkaus and Joroinen pages; on the Leppävirta
    page, where Aalto is only the screening site, it read as "not you"."""
    note = dataset.locations.by_id["hyvinvointikeskus-aalto"].description
    for lang in ("fi", "en"):
        assert note[lang] in _card(pages[f"{lang}/kunnat/varkaus.md"], "hyvinvointikeskus-aalto")
        assert note[lang] in _card(pages[f"{lang}/kunnat/joroinen.md"], "hyvinvointikeskus-aalto")
        assert note[lang] not in _card(pages[f"{lang}/kunnat/leppavirta.md"], "hyvinvointikeskus-aalto")


def test_the_night_line_reads_as_one_sentence(pages):
    page = pages["fi/kunnat/kaavi.md"]
    line = next(line for line in page.splitlines() if "**Yöllä**" in line)
    assert "**Yöllä** Pohjois-Savossa päivystää vain Kuopion yliopistollinen sairaala (KYS)" in line
    assert line.split("Lähteet:")[0].count(":") == 0
    assert "**At night** the only emergency department open in North Savo is" in pages["en/kunnat/kaavi.md"]

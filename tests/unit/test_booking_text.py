"""Who books a plain X-ray: one answer, from one data field, on every page a resident asks it on
(issue 15; the resident review found the home page, the X-ray page and the municipality pages
telling it three different ways)."""
from __future__ import annotations

import re

import pytest


def _paragraphs(text: str) -> list[str]:
    """The field's paragraphs as the page shows them: wrapped lines joined by single spaces."""
    return [" ".join(paragraph.split()) for paragraph in text.split("\n\n") if paragraph.strip()]


def _municipality_pages(pages, lang):
    return [path for path in pages if path.startswith(f"{lang}/kunnat/") and not path.endswith("index.md")]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_home_xray_page_and_every_municipality_page_carry_the_one_booking_text(pages, dataset, lang):
    paragraphs = _paragraphs(dataset.service.booking.body[lang])
    assert paragraphs
    municipalities = _municipality_pages(pages, lang)
    assert len(municipalities) == len(dataset.municipalities.municipalities)
    xray_exams = [exam.id for exam in dataset.exams.exams if exam.booking == "any_location"]
    assert xray_exams == ["native-xray"]
    for path in [f"{lang}/index.md", f"{lang}/tutkimukset/native-xray.md", *municipalities]:
        for paragraph in paragraphs:
            assert paragraph in pages[path], path


def test_a_page_that_does_not_know_the_health_centre_never_sends_the_reader_to_ask_it(pages, dataset):
    """The old municipality text said 'kysy ajanvarauksesta omalta terveysasemaltasi' two lines
    after 'the site has no details of the municipality's health centre': a loop."""
    keitele = pages["fi/kunnat/keitele.md"]
    assert dataset.labels["no_health_centre"]["fi"] in keitele
    assert "omalta terveysasemaltasi" not in keitele
    assert "your own health centre how to book" not in pages["en/kunnat/keitele.md"]


# What only a referral's appointment letter (or a screening invitation) gives: a reader who booked
# the plain X-ray themselves never gets one.
LETTER = {"fi": re.compile(r"kirje|kutsu", re.I), "en": re.compile(r"letter|invitation", re.I)}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_self_booked_xray_page_never_speaks_of_a_letter_or_of_other_exams(pages, dataset, lang):
    """Resident review 3, finding 2: the plain X-ray page told a reader who books the time
    themselves to cancel, find the unit, hear the results and find the way "as the appointment
    letter says", and told who books the other exams."""
    xray = pages[f"{lang}/tutkimukset/native-xray.md"]
    body = xray.split("\n# ", 1)[1].split("\n## " + dataset.labels["exam_sources_heading"][lang])[0]
    assert not LETTER[lang].search(body), LETTER[lang].search(body)
    others = _paragraphs(dataset.service.booking.others[lang])
    assert others and not any(paragraph in xray for paragraph in others)
    assert all(paragraph in pages[f"{lang}/index.md"] for paragraph in others)
    cancel = {"fi": "peru aika mahdollisimman pian samasta paikasta, josta varasit sen",
              "en": "cancel the appointment as soon as you can with the place where you booked it"}
    assert cancel[lang] in xray
    # Exams booked for the reader keep the letter's route.
    assert dataset.labels["exam_cancel_referring_unit"][lang] in pages[f"{lang}/tutkimukset/mri.md"]


# The site apologising for itself ("not on this site yet"): resident review 3, findings 1 and 7.
NOT_YET = {"fi": re.compile(r"ei (vielä|ole vielä)\b.*tällä sivustolla|tällä sivustolla ei vielä", re.I),
           "en": re.compile(r"\bnot\b[^.]*\bon this site yet|this site does not [^.]*\byet\b", re.I)}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_booking_and_municipality_pages_give_the_route_not_an_apology(pages, dataset, lang):
    municipalities = _municipality_pages(pages, lang)
    for path in [f"{lang}/index.md", f"{lang}/tutkimukset/native-xray.md",
                 f"{lang}/tutkimukset/mammography-screening.md", f"{lang}/kunnat/index.md", *municipalities]:
        assert not NOT_YET[lang].search(pages[path]), (path, NOT_YET[lang].search(pages[path]))
    # The plain X-ray text itself says whom to ask, and the page links where their numbers are.
    route = {"fi": "oma terveysasemasi kertoo, miten ajan voi varata",
             "en": "your own health centre, tells you how to book"}
    xray = pages[f"{lang}/tutkimukset/native-xray.md"]
    booking = xray.split("{ #booking }")[1].split("\n## ")[0]
    assert route[lang] in " ".join(booking.split())
    for source in dataset.municipalities.current_information:
        assert f"]({source.page_for(lang)})" in booking

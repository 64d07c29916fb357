"""Who books a plain X-ray: one answer, from one data field, on every page a resident asks it on
(issue 15; the resident review found the home page, the X-ray page and the municipality pages
telling it three different ways)."""
from __future__ import annotations

import pytest


def _paragraphs(text: str) -> list[str]:
    """The field's paragraphs as the page shows them: wrapped lines joined by single spaces."""
    return [" ".join(paragraph.split()) for paragraph in text.split("\n\n") if paragraph.strip()]


def _municipality_pages(pages, lang):
    return [path for path in pages if path.startswith(f"{lang}/kunnat/") and not path.endswith("index.md")]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_home_xray_page_and_every_municipality_page_carry_the_one_booking_text(pages, dataset, lang):
    paragraphs = _paragraphs(dataset.service.booking.body[lang])
    assert len(paragraphs) == 2
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

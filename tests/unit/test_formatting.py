"""How numbers, times, dates and names look on the pages: tables of input and expected text."""
from __future__ import annotations

from datetime import date, time

import pytest

from kys_rontgen.formatting import day_date, day_range, finnish_sort_key, phone_display, phone_e164, time_range
from kys_rontgen.model.names import fold, search_words, slugify


@pytest.mark.parametrize(
    ("number", "shown", "e164"),
    [
        ("017 123 4567", "017 123 4567", "+358171234567"),
        ("+358 17 123 4567", "017 123 4567", "+358171234567"),
        ("0401234567", "040 123 4567", "+358401234567"),
        ("09 310 1234", "09 310 1234", "+35893101234"),
        ("112", "112", "112"),  # short service numbers are dialled as they are
        ("116 117", "116117", "116117"),
    ],
)
def test_phone_is_shown_in_finnish_format_and_dialled_in_e164(number, shown, e164):
    assert phone_display(number) == shown
    assert phone_e164(number) == e164


@pytest.mark.parametrize(
    ("opens", "closes", "lang", "expected"),
    [
        (time(8), time(15), "fi", "8.00–15.00"),
        (time(7, 30), time(16, 45), "fi", "7.30–16.45"),
        (time(8), time(15), "en", "08:00–15:00"),
        (time(12, 5), time(20), "en", "12:05–20:00"),
    ],
)
def test_time_range_uses_the_languages_style_and_an_en_dash(opens, closes, lang, expected):
    assert time_range(opens, closes, lang) == expected


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (date(2026, 6, 24), "fi", "24.6.2026"),
        (date(2026, 12, 1), "fi", "1.12.2026"),
        (date(2026, 6, 24), "en", "24 June 2026"),
    ],
)
def test_dates_have_no_leading_zeros_in_finnish(day, lang, expected):
    assert day_date(day, lang) == expected


@pytest.mark.parametrize(
    ("days", "lang", "expected"),
    [
        (["mo", "tu", "we", "th", "fr"], "fi", "ma–pe"),
        (["fr", "mo", "tu"], "fi", "ma–ti, pe"),
        (["sa"], "fi", "la"),
        (["mo", "tu", "we", "th", "fr"], "en", "Mon–Fri"),
        (["mo", "we", "su"], "en", "Mon, Wed, Sun"),
    ],
)
def test_weekdays_are_collapsed_into_ranges(days, lang, expected):
    assert day_range(days, lang) == expected


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Leppävirta", "leppavirta"), ("Vieremä", "vierema"), ("Siilinjärvi", "siilinjarvi"),
     ("Pieksämäki", "pieksamaki"), ("Kaskinen – Kaskö", "kaskinen-kasko"), ("Mänttä-Vilppula", "mantta-vilppula"),
     ("Åbo", "abo")],
)
def test_slug_is_ascii_from_the_finnish_name(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(
    ("text", "key"),
    [("Leppävirta", "leppavirta"), ("LEPPÄ", "leppa"), ("Sonkajärvi", "sonkajarvi"), ("Åland Ö", "aland o")],
)
def test_search_key_ignores_case_and_diacritics(text, key):
    assert fold(text) == key


@pytest.mark.parametrize(
    ("name", "words"),
    [("Pieksä-Mäki", "pieksa maki"), ("Kuopio", "kuopio"),
     # Full-width brackets fold to ASCII ones: the finder's key (a Markdown attribute) keeps none.
     ("Kuopio ［x］（javascript：alert(1)）", "kuopio x javascript alert 1"),
     ('K" onclick="a()" {: x }', "k onclick a x"), ("*a* `b` _c_ !", "a b c"), ("［］", "")],
)
def test_finder_words_are_letters_and_digits_only(name, words):
    assert search_words(name) == words


def test_finnish_alphabetical_order_puts_a_umlaut_and_o_umlaut_after_z():
    names = ["Öja", "Vieremä", "Ähtäri", "Zyskowo", "Åva", "Aura", "Vaasa", "Äänekoski", "Vesanto"]
    assert sorted(names, key=finnish_sort_key) == [
        "Aura", "Vaasa", "Vesanto", "Vieremä", "Zyskowo", "Åva", "Ähtäri", "Äänekoski", "Öja",
    ]

"""Bad municipality and location data is rejected with the file, line, field and a fix."""
from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from kys_rontgen.model.contact import PhoneNumber, ServiceNumber

from .test_validation import _errors, _line_of, _replace, data_dir  # noqa: F401 (fixture)

AALTO = "  - id: hyvinvointikeskus-aalto\n"


def _add_to_aalto(data_dir, text):
    """Insert YAML lines (indented for a location's fields) into the Aalto record."""
    indented = "".join(f"    {line}\n" for line in text.strip("\n").splitlines())
    _replace(data_dir / "locations.yaml", AALTO, AALTO + indented)


def test_unknown_field_in_a_location(data_dir):
    _add_to_aalto(data_dir, "phone_number: 017 123 4567")
    line = _line_of(data_dir / "locations.yaml", "phone_number:")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/locations.yaml:{line}:")
    assert 'locations[2].phone_number: is not a known field; did you mean "phones"?' in error


def test_duplicate_location_id_points_at_the_copy(data_dir):
    _replace(data_dir / "locations.yaml", "  - id: kaavin-terveysasema\n", "  - id: kys\n")
    lines = [i for i, text in enumerate((data_dir / "locations.yaml").read_text().splitlines(), 1) if text == "  - id: kys"]
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/locations.yaml:{lines[1]}:")
    first = lines[0]
    assert f'"kys" is used twice (also on line {first}); give each one its own id' in error


def test_duplicate_municipality_code(data_dir):
    _replace(data_dir / "municipalities.yaml", 'code: "171"', 'code: "140"')
    (error,) = _errors(data_dir)
    assert 'municipalities[1].code: "140" is used twice (also on line' in error


def test_two_municipalities_with_the_same_page_name(data_dir):
    # Different spelling, same page address: kunnat/kaavi.md would be written twice.
    _replace(data_dir / "municipalities.yaml", "      fi: Keitele\n", "      fi: Kaávi\n")
    line = _line_of(data_dir / "municipalities.yaml", "fi: Kaávi")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/municipalities.yaml:{line}:")
    assert 'municipalities[3].name.fi: "kaavi" is used twice' in error and "its own page name (made from the Finnish name)" in error


@pytest.mark.parametrize("code", ['"14"', '"1400"', '"abc"'])
def test_code_must_be_three_digits(data_dir, code):
    _replace(data_dir / "municipalities.yaml", 'code: "140"', f"code: {code}")
    (error,) = _errors(data_dir)
    assert "municipalities[0].code" in error and "is not a municipality code; write the three-digit" in error


def test_bad_phone_number(data_dir):
    _add_to_aalto(data_dir, """
phones:
  - number: 017 99
    name: {fi: Ajanvaraus, en: Appointments}
""")
    line = _line_of(data_dir / "locations.yaml", "number: 017 99")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/locations.yaml:{line}:")
    assert "locations[2].phones[0].number" in error and "is not a valid Finnish phone number; write it as" in error


def test_missing_translation_of_a_location_name(data_dir):
    _replace(data_dir / "locations.yaml", "      en: Kaavi health centre\n", "")
    (error,) = _errors(data_dir)
    assert "name: has no text in en; add `en: …`" in error


def test_reference_to_a_location_that_does_not_exist_gives_the_line_of_the_reference(data_dir):
    municipalities = data_dir / "municipalities.yaml"
    _replace(municipalities, "health_centres: [kaavin-terveysasema]", "health_centres: [kaavin-terveysasma]")
    line = _line_of(municipalities, "kaavin-terveysasma")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/municipalities.yaml:{line}:")
    assert ('municipalities[2].health_centres[0]: "kaavin-terveysasma" is not the id of any of the locations in '
            'data/locations.yaml; did you mean "kaavin-terveysasema"?') in error


def test_location_in_an_unknown_municipality(data_dir):
    _replace(data_dir / "locations.yaml", 'municipality: "204"', 'municipality: "205"')
    (error,) = _errors(data_dir)
    assert 'municipality: "205" is not the code of any of the municipalities in data/municipalities.yaml' in error


@pytest.mark.parametrize(
    ("hours", "problem"),
    [
        ('{days: [mo], opens: "15.00", closes: "8.00"}', "closes at 08:00, which is not after it opens at 15:00"),
        ('{days: [mo], opens: "8.00", closes: "8.00"}', "which is not after it opens"),
        ('{days: [ma], opens: "8.00", closes: "15.00"}', '"ma" is not a weekday; use mo, tu, we, th, fr, sa or su'),
        ('{days: [mo], opens: "25.00", closes: "12.00"}', '"25.00" is not a time of day; write it in quotes as "8.00" or "08:00"'),
        ('{days: [], opens: "8.00", closes: "15.00"}', "days"),
    ],
)
def test_opening_hours_must_make_sense(data_dir, hours, problem):
    _add_to_aalto(data_dir, f"opening_hours:\n  standard:\n    - {hours}")
    line = _line_of(data_dir / "locations.yaml", "    - {days")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/locations.yaml:{line}:")
    assert "locations[2].opening_hours.standard[0]" in error and problem in error


@pytest.mark.parametrize(
    ("exception", "problem"),
    [
        ("{valid_from: 2026-12-26, valid_to: 2026-12-24, closed: true}", "valid_to 2026-12-24 is before valid_from 2026-12-26"),
        ('{valid_from: 2026-12-24, closed: true, opens: "8.00", closes: "12.00"}', "is marked closed but also has opening times"),
        ('{valid_from: 2026-12-24, opens: "8.00"}', "needs both `opens` and `closes`, or `closed: true`"),
    ],
)
def test_opening_hour_exceptions_must_make_sense(data_dir, exception, problem):
    _add_to_aalto(data_dir, f"opening_hours:\n  exceptions:\n    - {exception}")
    (error,) = _errors(data_dir)
    assert "locations[2].opening_hours.exceptions[0]" in error and problem in error


def test_all_problems_are_reported_at_once(data_dir):
    _replace(data_dir / "locations.yaml", 'municipality: "204"', 'municipality: "20"')
    _replace(data_dir / "municipalities.yaml", 'code: "171"', 'code: "140"')
    errors = _errors(data_dir)
    assert len(errors) == 2


def test_phone_number_without_quotes_is_explained(data_dir):
    _add_to_aalto(data_dir, """
phones:
  - number: 0401234567
    name: {fi: Ajanvaraus, en: Appointments}
""")
    (error,) = _errors(data_dir)
    assert "phones[0].number: was read as the number 401234567, which loses a leading zero; write a phone number in quotes" in error


@pytest.mark.parametrize(
    ("number", "kind"),
    [("017 123 4567", PhoneNumber), ("+358 18 12345", PhoneNumber), ("020 692 204", PhoneNumber),
     ("0800 12345", PhoneNumber), ("0295 000", PhoneNumber), ("116117", ServiceNumber), ("112", ServiceNumber)],
    ids=["landline", "Åland (+358 too)", "corporate number", "free of charge", "public service", "helpline", "emergency"],
)
def test_finnish_phone_numbers_other_than_charged_ones_are_accepted(number, kind):
    # Foreign, charged and (for a place) short numbers are refused (tests/broken_data.py); these must not be.
    assert TypeAdapter(kind).validate_python(number) == number


def test_a_locality_under_two_municipalities_is_reported_where_it_is_repeated(data_dir):
    # Nilsiä is Kuopio's; listed under Varkaus too, the finder would offer both pages.
    municipalities = data_dir / "municipalities.yaml"
    text = municipalities.read_text(encoding="utf-8")
    varkaus = text.index("      fi: Varkaus\n")
    source_line = text.index("    source:", varkaus)
    municipalities.write_text(text[:source_line] + "    localities: [Nilsiä]\n" + text[source_line:], encoding="utf-8")
    (error,) = _errors(data_dir)
    assert error.startswith(f"data/municipalities.yaml:{_line_of(municipalities, 'localities: [Nilsiä]')}:")
    assert '"Nilsiä" is also a locality of Kuopio; a place belongs to one municipality' in error


def test_a_name_typed_with_a_separate_accent_is_read_as_the_same_name(data_dir):
    # "a" + U+0308 looks like "ä" but is another text: another page name, the directory's order, the finder.
    from kys_rontgen.dataset import load_dataset

    from .test_validation import LANGUAGES

    _replace(data_dir / "municipalities.yaml", "      fi: Leppävirta\n", "      fi: Leppa\u0308virta\n")
    dataset = load_dataset(data_dir, LANGUAGES, data_dir.parent)
    (leppavirta,) = [m for m in dataset.municipalities.municipalities if m.code == "420"]
    assert leppavirta.name.fi == "Leppävirta"


def test_a_decomposed_name_that_differs_from_the_official_one_names_it(data_dir):
    _replace(data_dir / "municipalities.yaml", "      fi: Tervo\n", "      fi: Te\u0301rvo\n")
    (error,) = _errors(data_dir)
    assert 'municipalities[14].name.fi: "Térvo" is not the official name of the municipality 844; write "Tervo"' in error

"""Every kind of broken data is reported as one exact line: file, line, column, field, problem, fix."""
from __future__ import annotations

import shutil
from datetime import time

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages import render_pages
from kys_rontgen.validation import DataErrors

from ..broken_data import CASES, NOW, add_contacts, message_values, prepare
from ..conftest import ROOT

LANGUAGES = configured_languages(ROOT / "mkdocs.yml")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    add_contacts(monkeypatch)
    shutil.copytree(ROOT / "data", tmp_path / "data")
    prepare(tmp_path / "data")
    return tmp_path / "data"


def _errors(data_dir) -> list[str]:
    with pytest.raises(DataErrors) as caught:  # as make check: validate, then render every page
        render_pages(load_dataset(data_dir, LANGUAGES, data_dir.parent, NOW))
    return [str(e) for e in caught.value.errors]


def test_the_sample_and_real_data_are_valid(data_dir):
    dataset = load_dataset(data_dir, LANGUAGES, data_dir.parent, NOW)
    assert [c.id for c in dataset.contacts.contacts] == ["sample-centre", "second-centre"]
    # "8.00" in quotes is read as a time.
    assert dataset.contacts.contacts[0].opening_hours.standard[0].opens == time(8, 0)


def test_there_are_at_least_25_kinds():
    assert len({case.kind for case in CASES}) == len(CASES) >= 25


@pytest.mark.parametrize("case", CASES, ids=[case.kind for case in CASES])
def test_broken_data_is_reported_exactly(case, data_dir):
    case.apply(data_dir)
    errors = _errors(data_dir)
    expected = case.expected_lines(data_dir, **message_values(case, data_dir))
    assert [e for e in expected if e not in errors] == []
    # Nothing else is reported, except the field a misspelt one was meant to be.
    assert [e for e in errors if e not in expected and "is missing; add this field" not in e] == []


def test_every_problem_of_every_file_comes_at_once_sorted_by_file_and_line(data_dir):
    chosen = [c for c in CASES if c.kind in {
        "missing translation", "invalid phone number", "municipality code of two digits", "not a weekday", "html in a text",
    }]
    for case in chosen:
        case.apply(data_dir)
    errors = _errors(data_dir)
    assert len(errors) == len(chosen)
    files_and_lines = [(e.split(":")[0], int(e.split(":")[1])) for e in errors]
    assert files_and_lines == sorted(files_and_lines)
    assert [f for f, _ in files_and_lines] == [
        "data/contacts.yaml", "data/exams.yaml", "data/exams.yaml", "data/municipalities.yaml", "data/service.yaml",
    ]


def test_a_mistake_in_one_file_does_not_hide_a_broken_reference_to_it(data_dir):
    # locations.yaml fails validation, and municipalities.yaml names a location that does not exist.
    reference = next(c for c in CASES if c.kind == "reference to a health centre that does not exist")
    reference.apply(data_dir)
    locations = data_dir / "locations.yaml"
    text = locations.read_text(encoding="utf-8")
    locations.write_text(text.replace("  - id: ", "  - colour: red\n    id: ", 1), encoding="utf-8")
    errors = _errors(data_dir)
    assert reference.expected(data_dir, **message_values(reference, data_dir)) in errors
    assert [e for e in errors if e.startswith("data/locations.yaml")] != []


def test_a_mistake_in_a_file_does_not_hide_its_own_broken_references(data_dir):
    # municipalities.yaml has an unrelated error and, further down, a reference to no location.
    reference = next(c for c in CASES if c.kind == "reference to a health centre that does not exist")
    wrong_type = next(c for c in CASES if c.kind == "number where text is needed")
    reference.apply(data_dir)
    wrong_type.apply(data_dir)
    errors = _errors(data_dir)
    assert reference.expected(data_dir, **message_values(reference, data_dir)) in errors
    assert wrong_type.expected(data_dir, **message_values(wrong_type, data_dir)) in errors
    assert len(errors) == 2


def test_every_misspelt_value_chosen_label_is_reported_at_once_at_its_own_line(data_dir):
    labels = data_dir / "labels.yaml"
    text = labels.read_text(encoding="utf-8")
    labels.write_text(text.replace("\nexam_tell_pregnancy:", "\nexam_tell_pregnacy:")
                      .replace("\nexam_booking_invitation:", "\nexam_booking_invitaton:"), encoding="utf-8")
    lines = labels.read_text(encoding="utf-8").splitlines()
    errors = _errors(data_dir)
    assert [e.split(": ")[0] for e in errors] == sorted(
        f"data/labels.yaml:{lines.index(key) + 1}:1" for key in ("exam_tell_pregnacy:", "exam_booking_invitaton:")
    )

"""data/exams.yaml: the checks an editor relies on, with messages that say what to fix."""
from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from kys_rontgen import clock
from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.model.exams import SECTIONS, SUMMARY_MAX
from kys_rontgen.validation import DataErrors

from ..conftest import ROOT

LANGUAGES = configured_languages(ROOT / "mkdocs.yml")
EXAM_IDS = ["native-xray", "mri", "ct", "fluoroscopy", "ultrasound", "mammography",
            "procedural-radiology", "mammography-screening"]


@pytest.fixture
def exams_file(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data" / "exams.yaml"


def _errors(exams_file) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_dataset(exams_file.parent, LANGUAGES, exams_file.parent.parent)
    return [str(e) for e in caught.value.errors]


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(path, needle, start=1):
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if i >= start and needle in line)


def test_the_eight_exams_are_in_the_data_with_their_ids():
    dataset = load_dataset(ROOT / "data", LANGUAGES, ROOT)
    assert [exam.id for exam in dataset.exams.exams] == EXAM_IDS


def test_every_exam_is_reviewed_and_due_again_within_a_year():
    today = clock.now().date()
    for exam in load_dataset(ROOT / "data", LANGUAGES, ROOT).exams.exams:
        assert exam.last_reviewed <= today < exam.next_review_due, exam.id
        assert exam.sources, exam.id


def test_fluoroscopy_is_never_called_transillumination():
    assert "transillumination" not in (ROOT / "data" / "exams.yaml").read_text(encoding="utf-8").lower()


def test_too_long_summary_is_rejected_with_its_length_and_limit(exams_file):
    long_text = "Hyvin pitkä tiivistelmä. " * 8
    _edit(exams_file, "      fi: Rintojen röntgenkuvaus. Erityistä valmistautumista ei tarvita.",
          f"      fi: {long_text.strip()}")
    (error,) = _errors(exams_file)
    line = _line_of(exams_file, "Hyvin pitkä tiivistelmä") - 1
    assert error.startswith(f"data/exams.yaml:{line}:")
    assert "exams[5].summary: the fi text has" in error
    assert f"shorten it to at most {SUMMARY_MAX}" in error


def test_summary_of_exactly_the_limit_is_accepted(exams_file):
    _edit(exams_file, "      en: An X-ray of the breasts. No special preparation is needed.",
          "      en: " + "x" * SUMMARY_MAX)
    load_dataset(exams_file.parent, LANGUAGES, exams_file.parent.parent)


def test_last_reviewed_in_the_future_is_an_error(exams_file):
    tomorrow = (clock.now().date() + timedelta(days=1)).isoformat()
    due = (clock.now().date() + timedelta(days=200)).isoformat()
    text = exams_file.read_text(encoding="utf-8")
    start = text.index("  - id: ultrasound")
    tail = text[start:].replace("last_reviewed: 2026-11-28", f"last_reviewed: {tomorrow}", 1)
    tail = tail.replace("next_review_due: 2027-11-28", f"next_review_due: {due}", 1)
    exams_file.write_text(text[:start] + tail, encoding="utf-8")
    (error,) = _errors(exams_file)
    assert "exams[4].last_reviewed:" in error
    assert f"{tomorrow} is in the future" in error and "today or earlier" in error


def test_next_review_before_last_review_and_more_than_a_year_later_are_errors(exams_file):
    text = exams_file.read_text(encoding="utf-8")
    text = text.replace("next_review_due: 2027-11-28", "next_review_due: 2026-01-01", 1)
    text = text.replace("next_review_due: 2027-11-28", "next_review_due: 2028-06-01", 1)
    exams_file.write_text(text, encoding="utf-8")
    first, second = _errors(exams_file)
    assert "exams[0].next_review_due: 2026-01-01 is not after last_reviewed 2026-11-28" in first
    assert "exams[2].next_review_due: 2028-06-01 is more than a year after last_reviewed" in second  # mri has other dates
    assert first.startswith(f"data/exams.yaml:{_line_of(exams_file, '2026-01-01')}:")


def test_missing_translation_in_a_do_list_and_an_unknown_tell_us_key_are_reported_together(exams_file):
    _edit(exams_file, "          en: Fill in the MRI safety questionnaire in advance and bring it with you. "
                      "A radiographer goes through it with you before the scan. If the questionnaire did not come with your appointment letter, ask for it at the number in the letter.\n", "")
    _edit(exams_file, "tell_us: [pregnancy, contrast_allergy", "tell_us: [pregnant, contrast_allergy")
    errors = _errors(exams_file)
    assert any("exams[1].before.do[0]: has no text in en" in e for e in errors)
    assert any('exams[2].tell_us[0]: "pregnant" is not a common item; use one of pregnancy,' in e for e in errors)
    assert len(errors) == 2


def test_duration_shorter_than_its_minimum_is_an_error(exams_file):
    _edit(exams_file, "duration: {min: 10, max: 30}", "duration: {min: 30, max: 10}")
    (error,) = _errors(exams_file)
    assert "exams[4].duration.max: 10 is less than min 30; swap the two numbers" in error


def test_two_exams_with_one_id_are_an_error(exams_file):
    _edit(exams_file, "  - id: ct\n", "  - id: mri\n")
    (error,) = _errors(exams_file)
    assert '"mri" is used twice (also on line' in error


def test_every_exam_names_a_source_for_every_fixed_section_and_each_source_is_listed_once():
    exams = load_dataset(ROOT / "data", LANGUAGES, ROOT).exams
    ids = [page.id for page in exams.source_pages]
    assert len(ids) == len(set(ids)) and len({page.url for page in exams.source_pages}) == len(ids)
    for exam in exams.exams:
        for section in SECTIONS:
            assert getattr(exam.sources, section), (exam.id, section)
            assert set(getattr(exam.sources, section)) <= set(ids), (exam.id, section)


def test_every_section_without_a_source_is_reported_at_once_with_the_fix(exams_file):
    # One section left out, one emptied: both reported in one run.
    _edit(exams_file, "      after: [terveyskyla-xray]\n", "")
    _edit(exams_file, "      travel: [terveyskyla-visit-steps, kela-travel, kela-taxi, kela-taxi-fi]\n", "      travel: []\n")
    errors = _errors(exams_file)
    assert len(errors) == 2, errors
    assert f"data/exams.yaml:{_line_of(exams_file, '    sources:')}:5: exams[0].sources: " \
           'section "after" has no source; list the ids of the source_pages its text rests on' in errors[0]
    assert 'exams[0].sources.travel: section "travel" has no source' in errors[1]


def test_a_section_source_must_be_a_listed_source_page(exams_file):
    text = exams_file.read_text(encoding="utf-8")
    start = text.index("  - id: ct\n")
    exams_file.write_text(text[:start] + text[start:].replace("      before: [terveyskyla-ct,", "      before: [terveyskyla-c,", 1),
                          encoding="utf-8")
    (error,) = _errors(exams_file)
    assert error.startswith(f"data/exams.yaml:{_line_of(exams_file, 'before: [terveyskyla-c,')}:16: ")
    assert 'exams[2].sources.before[0]: "terveyskyla-c" is not the id of any of the source_pages in data/exams.yaml; ' \
           'did you mean "terveyskyla-ct"?' in error


def test_a_source_page_needs_its_address_and_the_day_it_was_checked(exams_file):
    _edit(exams_file, "    url: https://www.kela.fi/matkat\n    lang: fi\n    checked: 2026-12-02\n",
          "    url: www.kela.fi/matkat\n    lang: fi\n")
    errors = _errors(exams_file)
    assert any("source_pages[17].url:" in e and "is not a full web address" in e for e in errors), errors
    assert any("source_pages[17].checked: is missing; add this field" in e for e in errors), errors


def test_an_exam_without_what_it_is_or_what_happens_is_rejected(exams_file):
    text = exams_file.read_text(encoding="utf-8")
    start = text.index("  - id: ultrasound\n")
    tail = text[start:]
    description = tail[tail.index("    description:\n"):tail.index("    booking:")]
    tail = tail.replace(description, "", 1).replace("    during:\n      - fi: Tutkimus on kivuton.\n        en: The scan is painless.\n",
                                                    "    during: []\n", 1)
    exams_file.write_text(text[:start] + tail, encoding="utf-8")
    errors = _errors(exams_file)
    assert any("exams[4].description: is missing; add this field" in e for e in errors), errors
    assert any("exams[4].during: must not be empty; add at least one item" in e for e in errors), errors

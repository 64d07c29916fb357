"""Notices: an editor's mistakes are caught with their line, and a notice shows only
inside its window (Finnish time) and only where it is meant to."""
from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.clock import HELSINKI, now
from kys_rontgen.notices import notices_for_page
from kys_rontgen.validation import DataErrors

from ..conftest import ROOT

LANGUAGES = configured_languages(ROOT / "mkdocs.yml")

NOTICE = """\
notices:
  - id: scanner-change
    start: 2027-01-10 07:00
    end: 2027-01-24 16:00
    severity: warning
    shows_on: {shows_on}
    title:
      fi: Magneettikuvauksia siirretään
      en: Some MRI scans are moved
    text:
      fi: Saat uuden ajan **kirjeellä**.
      en: You will get a new time **by letter**.
"""


@pytest.fixture
def data_dir(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def _load(data_dir, text):
    (data_dir / "notices.yaml").write_text(text, encoding="utf-8")
    return load_dataset(data_dir, LANGUAGES, data_dir.parent)


def _errors(data_dir, text):
    with pytest.raises(DataErrors) as caught:
        _load(data_dir, text)
    return [str(e) for e in caught.value.errors]


def _at(text):
    return datetime.fromisoformat(text).replace(tzinfo=HELSINKI)


def test_the_shipped_file_has_no_notices():
    # No invented notices: the real file is an empty list (with a commented example).
    assert load_dataset(ROOT / "data", LANGUAGES, ROOT).notices.notices == []


@pytest.mark.parametrize(("moment", "shown"), [
    ("2027-01-10 06:59", False),  # a minute before the start
    ("2027-01-10 07:00", True),
    ("2027-01-24 15:59", True),
    ("2027-01-24 16:00", False),  # the end is the first moment it is gone
    ("2027-02-01 12:00", False),
])
def test_a_notice_shows_only_inside_its_window(data_dir, moment, shown):
    notices = _load(data_dir, NOTICE.format(shows_on="all")).notices
    assert bool(notices_for_page(notices, _at(moment), "fi")) is shown


def test_the_window_is_finnish_time_whatever_the_clock_of_the_machine(data_dir):
    notices = _load(data_dir, NOTICE.format(shows_on="all")).notices
    # 05:00 UTC on 10 January is 07:00 in Finland (winter time, UTC+2).
    assert notices_for_page(notices, datetime.fromisoformat("2027-01-10T05:00:00+00:00"), "fi")
    assert not notices_for_page(notices, datetime.fromisoformat("2027-01-10T04:59:00+00:00"), "fi")


def test_a_shown_notice_is_in_the_page_language_with_its_text_as_html(data_dir):
    notices = _load(data_dir, NOTICE.format(shows_on="all")).notices
    [fi] = notices_for_page(notices, _at("2027-01-12 10:00"), "fi")
    [en] = notices_for_page(notices, _at("2027-01-12 10:00"), "en")
    assert (fi.title, fi.severity) == ("Magneettikuvauksia siirretään", "warning")
    assert en.html == "<p>You will get a new time <strong>by letter</strong>.</p>"


def test_a_notice_for_one_exam_shows_only_on_that_exams_pages(data_dir):
    notices = _load(data_dir, NOTICE.format(shows_on="{exam: mri}")).notices
    inside = _at("2027-01-12 10:00")
    assert notices_for_page(notices, inside, "fi", exam="mri")
    assert not notices_for_page(notices, inside, "fi", exam="ct")
    assert not notices_for_page(notices, inside, "fi")


def test_end_before_start_is_an_error_on_the_end_line(data_dir):
    text = NOTICE.format(shows_on="all").replace("end: 2027-01-24 16:00", "end: 2027-01-09 16:00")
    assert _errors(data_dir, text) == [
        "data/notices.yaml:4:5: notices[0].end: is not after `start`; a notice must end after it starts"
    ]


@pytest.mark.parametrize(("shows_on", "field", "file"), [
    ("{exam: mrri}", "exam", "exams.yaml"), ("{location: nowhere-hospital}", "location", "locations.yaml"),
])
def test_an_unknown_exam_or_location_is_an_error_at_its_line(data_dir, shows_on, field, file):
    [error] = _errors(data_dir, NOTICE.format(shows_on=shows_on))
    value = shows_on.split(": ")[1].rstrip("}")
    assert error.startswith("data/notices.yaml:6:")
    assert f'notices[0].shows_on.{field}: "{value}" is not the id of any of the {field}s in data/{file}' in error


def test_a_notice_for_a_known_location_is_valid(data_dir):
    notices = _load(data_dir, NOTICE.format(shows_on="{location: kys}")).notices
    assert notices_for_page(notices, _at("2027-01-12 10:00"), "fi", locations=["kys"])
    assert not notices_for_page(notices, _at("2027-01-12 10:00"), "fi", locations=["kaavin-terveysasema"])


@pytest.mark.parametrize("shows_on", ["everywhere", "{}", "{exam: mri, all: true}"])
def test_shows_on_must_name_exactly_one_place(data_dir, shows_on):
    [error] = _errors(data_dir, NOTICE.format(shows_on=shows_on))
    assert error.startswith("data/notices.yaml:6:") and "notices[0].shows_on:" in error
    assert "`all`, or `exam: <id>`, or `location: <id>`" in error


def test_a_time_without_a_clock_time_is_an_error(data_dir):
    [error] = _errors(data_dir, NOTICE.format(shows_on="all").replace("start: 2027-01-10 07:00", "start: 10.1.2027"))
    assert "notices[0].start: \"10.1.2027\" is not a date and time; write it as 2027-01-10 07:00" in error


def test_now_comes_from_kys_now_in_finnish_time_or_from_the_clock():
    assert now({"KYS_NOW": "2027-07-01 12:00"}) == datetime.fromisoformat("2027-07-01T09:00:00+00:00")  # summer, UTC+3
    assert now({"KYS_NOW": "2027-07-01T12:00:00+00:00"}).hour == 12
    before, clock, after = datetime.now(HELSINKI), now({}), datetime.now(HELSINKI)
    assert before <= clock <= after
    with pytest.raises(ValueError, match="KYS_NOW='tomorrow' is not a date and time"):
        now({"KYS_NOW": "tomorrow"})

"""The notices as an Atom feed and an iCalendar file: valid, in Finnish time, only what has
not ended, with ids that survive a rebuild (the generator alone, no MkDocs)."""
from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import feedparser
import icalendar
import pytest

from kys_rontgen.clock import HELSINKI
from kys_rontgen.feeds import atom_feed, feed_files, feed_paths, icalendar_feed
from kys_rontgen.model.notices import Notices

SITE = "https://example.org/kys-rontgen/"


def _notice(id_, start, end, shows_on="all"):
    return {"id": id_, "start": start, "end": end, "severity": "info", "shows_on": shows_on,
            "title": {"fi": f"Otsikko {id_}", "en": f"Title {id_}"},
            "text": {"fi": f"Teksti **{id_}**.", "en": f"Text **{id_}**."}}


@pytest.fixture(scope="module")
def with_notices(dataset):
    notices = Notices.model_validate({"notices": [
        _notice("over", "2027-01-01 07:00", "2027-01-12 09:59"),
        _notice("coming", "2027-06-13 07:00", "2027-06-20 16:00", {"exam": "mri"}),
        _notice("current", "2027-01-10 07:00", "2027-01-24 16:00"),
    ]})
    return dataclasses.replace(dataset, notices=notices)


NOW = datetime(2027, 1, 12, 10, 0, tzinfo=HELSINKI)


def _lang(dataset, code):
    return next(lang for lang in dataset.languages if lang.code == code)


def test_the_atom_feed_parses_and_holds_only_notices_not_ended(with_notices):
    fi, en = _lang(with_notices, "fi"), _lang(with_notices, "en")
    feed = feedparser.parse(atom_feed(with_notices, NOW, fi, SITE))
    assert feed.bozo == 0 and feed.version == "atom10"
    assert [e.title for e in feed.entries] == ["Otsikko current", "Otsikko coming"]  # soonest first, "over" gone
    assert feed.feed.language == "fi"
    assert feed.entries[0].link == SITE and feed.entries[1].link == SITE + "tutkimukset/mri/"
    assert "<strong>current</strong>" in feed.entries[0].content[0].value  # the editor's Markdown, as HTML
    english = feedparser.parse(atom_feed(with_notices, NOW, en, SITE))
    assert english.entries[1].link == SITE + "en/tutkimukset/mri/"
    assert english.feed.links[-1].href == SITE + "en/notices.atom"  # rel="self"
    # Each language's entry is its own entry; a rebuild keeps every id.
    assert {e.id for e in english.entries}.isdisjoint(e.id for e in feed.entries)
    later = feedparser.parse(atom_feed(with_notices, NOW + timedelta(days=3), fi, SITE))
    assert [e.id for e in later.entries] == [e.id for e in feed.entries]


def test_the_feed_is_dated_by_its_notices_never_by_the_build(with_notices):
    fi = _lang(with_notices, "fi")
    feed = feedparser.parse(atom_feed(with_notices, NOW, fi, SITE))
    # The latest start or end already passed: "over" ended 12.1.2027 at 9.59 Finnish time.
    assert feed.feed.updated_parsed[:5] == (2027, 1, 12, 7, 59)
    assert atom_feed(with_notices, NOW, fi, SITE) == atom_feed(with_notices, NOW, fi, SITE)


def test_the_calendar_parses_in_finnish_time_with_stable_uids(with_notices):
    en = _lang(with_notices, "en")
    calendar = icalendar.Calendar.from_ical(icalendar_feed(with_notices, NOW, en, SITE))
    events = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Title current", "Title coming"]
    start = events[0].decoded("dtstart")
    assert start == datetime(2027, 1, 10, 7, 0, tzinfo=HELSINKI) and str(events[0]["dtstart"].params["TZID"]) == "Europe/Helsinki"
    # Summer time: 13.6.2027 at 7.00 in Kuopio is 4.00 UTC.
    assert events[1].decoded("dtstart").astimezone(timezone.utc).hour == 4
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    assert str(events[1]["url"]) == SITE + "en/tutkimukset/mri/"
    later = icalendar.Calendar.from_ical(icalendar_feed(with_notices, NOW + timedelta(days=3), en, SITE))
    assert [str(e["uid"]) for e in later.walk("VEVENT")] == [str(e["uid"]) for e in events]
    assert len({str(e["uid"]) for e in events}) == 2


def test_an_empty_feed_is_still_valid(dataset):
    fi = _lang(dataset, "fi")
    feed = feedparser.parse(atom_feed(dataset, NOW, fi, SITE))
    assert feed.bozo == 0 and feed.entries == [] and feed.feed.title == "KYS Röntgen – tiedotteet"
    calendar = icalendar.Calendar.from_ical(icalendar_feed(dataset, NOW, fi, SITE))
    assert list(calendar.walk("VEVENT")) == []


def test_every_language_gets_its_feed_and_calendar(with_notices):
    files = feed_files(with_notices, NOW, SITE)
    assert set(files) == {"notices.atom", "notices.ics", "en/notices.atom", "en/notices.ics"}
    assert set(files) == {path for lang in with_notices.languages for path in feed_paths(lang).values()}
    assert feed_files(with_notices, NOW, SITE) == files  # the same data and moment, the same bytes


ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_element_rfc_4287_and_rfc_5545_require_is_there(with_notices):
    import xml.etree.ElementTree as ET

    fi = _lang(with_notices, "fi")
    root = ET.fromstring(atom_feed(with_notices, NOW, fi, SITE).encode("utf-8"))
    assert root.tag == f"{ATOM}feed"
    # A feed needs id, title, updated, and an author (on the feed or on every entry).
    assert all(root.find(ATOM + name) is not None for name in ("id", "title", "updated", "author"))
    for entry in root.iter(f"{ATOM}entry"):
        assert all(entry.find(ATOM + name) is not None for name in ("id", "title", "updated", "link"))
        assert entry.find(f"{ATOM}id").text.startswith("urn:uuid:")
        assert entry.find(f"{ATOM}content").get("type") == "html"
    calendar = icalendar.Calendar.from_ical(icalendar_feed(with_notices, NOW, fi, SITE))
    assert str(calendar["version"]) == "2.0" and str(calendar["prodid"])
    for event in calendar.walk("VEVENT"):
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= set(event.keys())
        assert event.decoded("dtstamp").utcoffset().total_seconds() == 0  # DTSTAMP is in UTC


def test_the_feed_shows_notice_text_with_only_the_markdown_pages_allow(with_notices):
    """A feed reader shows the entry's HTML: raw HTML, handlers and off-site images from the
    text must not reach it, even past validation (the text is set after it here)."""
    poisoned = with_notices.notices.notices[-1]
    text = dict(poisoned.text)
    text["fi"] = ('Teksti <img src=x onerror=alert(1)> ![p](https://tracker.example/p.gif) '
                  '[x](javascript:alert(1)) **lihava**')
    object.__setattr__(poisoned, "text", text)
    content = feedparser.parse(atom_feed(with_notices, NOW, _lang(with_notices, "fi"), SITE)).entries[0].content[0].value
    assert "<strong>lihava</strong>" in content
    assert "<img" not in content and "tracker.example" not in content and "javascript:" not in content

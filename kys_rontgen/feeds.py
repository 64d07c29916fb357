"""Notices for machines: an Atom feed and an iCalendar file per language.

Feed readers and calendars learn of a disruption without visiting the site. Both files hold
the notices that have not ended at `now` (coming ones too, so a calendar shows them ahead),
each with an id that stays the same from build to build. Nothing here stamps the build time:
the same data and `now` give the same bytes (reproducible builds).
"""
from __future__ import annotations

import io
import uuid
from datetime import datetime, timezone
from urllib.parse import urlsplit

import feedgenerator
import icalendar

from . import site_links
from .clock import HELSINKI
from .data_text import text_html
from .languages import Language, language_prefix
from .model.notices import Notice
from .seo import absolute

ATOM_FILE = "notices.atom"
ICALENDAR_FILE = "notices.ics"
ATOM_TYPE = "application/atom+xml"
ICALENDAR_TYPE = "text/calendar"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def feed_paths(lang: Language) -> dict[str, str]:
    """{"atom": ..., "ics": ...}: the feed files of a language, relative to the site root."""
    prefix = language_prefix(lang)
    return {"atom": prefix + ATOM_FILE, "ics": prefix + ICALENDAR_FILE}


def not_ended(notices: list[Notice], now: datetime) -> list[Notice]:
    """The notices a feed holds: running or coming, the soonest first."""
    return sorted((n for n in notices if now < n.end), key=lambda n: (n.start, n.id))


def last_change(notices: list[Notice], now: datetime) -> datetime:
    """When the feed's content last changed by the clock: the latest start or end already passed.
    Data-only changes have no time of their own; the Unix epoch stands in when nothing has passed."""
    moments = [t for n in notices for t in (n.start, n.end) if t <= now]
    return max(moments, default=_EPOCH)


def notice_page(dataset, notice: Notice, lang: Language) -> str:
    """The page that shows the notice, relative to the site root."""
    where = notice.shows_on
    if where.exam is not None:
        return f"{language_prefix(lang)}tutkimukset/{where.exam}/"
    if where.location is not None:
        location = dataset.locations.by_id[where.location]
        municipality = next(m for m in dataset.municipalities.municipalities if m.code == location.municipality)
        return f"{language_prefix(lang)}kunnat/{municipality.slug}/"
    return language_prefix(lang)


def notice_uid(site_url: str, notice: Notice, lang: Language) -> str:
    """A stable id per notice and language: the data's id under the site's host."""
    host = urlsplit(site_url).hostname or "localhost"
    return f"{notice.id}.{lang.code}@{host}"


def _label(dataset, key: str, lang: Language) -> str:
    return dataset.labels[key][lang.code]


class _Atom(feedgenerator.Atom1Feed):
    """feedgenerator's Atom writer, with `updated` given instead of the current time."""

    def __init__(self, *args, updated: datetime, **kwargs):
        super().__init__(*args, **kwargs)
        self._updated = updated

    def latest_post_date(self):
        return self._updated


def atom_feed(dataset, now: datetime, lang: Language, site_url: str) -> str:
    """The Atom feed (RFC 4287) of the notices not ended at `now`, in one language."""
    notices = dataset.notices.notices
    home = absolute(site_url, language_prefix(lang))
    feed = _Atom(
        title=_label(dataset, "notices_feed_title", lang),
        link=home,
        description=_label(dataset, "notices_feed_description", lang),
        language=lang.code,
        author_name=dataset.service.provider,
        feed_url=absolute(site_url, feed_paths(lang)["atom"]),
        feed_guid=f"{home}{ATOM_FILE}",
        updated=last_change(notices, now),
    )
    links = site_links.absolute(site_url, lang)
    for notice in not_ended(notices, now):
        feed.add_item(
            title=notice.title[lang.code],
            link=absolute(site_url, notice_page(dataset, notice, lang)),
            description=None,
            # The pages' restricted Markdown + nh3; a link to a page of the site in full, as a
            # reader shows it away from the site (site_links).
            content=site_links.in_html(str(text_html(notice.text[lang.code], inline=False)), links),
            unique_id=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_DNS, notice_uid(site_url, notice, lang))}",
            pubdate=notice.start,
            updateddate=notice.start,
        )
    out = io.StringIO()
    feed.write(out, "utf-8")
    return out.getvalue() + "\n"


def icalendar_feed(dataset, now: datetime, lang: Language, site_url: str) -> bytes:
    """The iCalendar file (RFC 5545) of the notices not ended at `now`, in Finnish time."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//KYS Röntgen//notices//" + lang.code.upper())
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _label(dataset, "notices_feed_title", lang))
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    for notice in not_ended(dataset.notices.notices, now):
        event = icalendar.Event()
        event.add("uid", notice_uid(site_url, notice, lang))
        # DTSTAMP must be UTC; the notice's start stands in for when it was written (no build time).
        event.add("dtstamp", notice.start.astimezone(timezone.utc))
        event.add("dtstart", notice.start.astimezone(HELSINKI))
        event.add("dtend", notice.end.astimezone(HELSINKI))
        event.add("summary", notice.title[lang.code])
        event.add("description", site_links.in_markdown(notice.text[lang.code], site_links.absolute(site_url, lang)))
        event.add("url", absolute(site_url, notice_page(dataset, notice, lang)))
        event.add("transp", "TRANSPARENT")  # a notice does not make anyone busy
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def feed_files(dataset, now: datetime, site_url: str) -> dict[str, bytes]:
    """{path from the site root: content} of every language's feed and calendar."""
    files = {}
    for lang in dataset.languages:
        paths = feed_paths(lang)
        files[paths["atom"]] = atom_feed(dataset, now, lang, site_url).encode("utf-8")
        files[paths["ics"]] = icalendar_feed(dataset, now, lang, site_url)
    return files

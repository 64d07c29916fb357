"""Formatting bound to one page language, for templates: `fmt.phone(number)`, `fmt.hours(h)`.

The rules live in kys_rontgen.formatting; this only fixes the language and turns data
records (addresses, hours, sources) into the strings and links a page shows.
"""
from __future__ import annotations

from datetime import date
from urllib.parse import quote_plus, unquote, urlsplit

from .. import formatting
from ..geo import wgs84
from ..model.names import host


class Formats:
    def __init__(self, lang: str, source_titles: dict[str, str] | None = None,
                 page_languages: dict[str, str] | None = None, host_languages: dict[str, str] | None = None):
        self.lang = lang
        # {address: title in this language} of the pages the data names (exams.yaml source_pages).
        self.source_titles = source_titles or {}
        # {address: its language} of those pages, and {host, or host and path start: the language
        # of the pages under it} (locations.yaml source_languages).
        self.page_languages = page_languages or {}
        self.host_languages = host_languages or {}

    def phone(self, number: str) -> str:
        return formatting.phone_display(number)

    def tel(self, number: str) -> str:
        return "tel:" + formatting.phone_e164(number)

    def date(self, day: date) -> str:
        return formatting.day_date(day, self.lang)

    def dates(self, first: date, last: date) -> str:
        if first == last:
            return self.date(first)
        return f"{self.date(first)}–{self.date(last)}"

    def hours(self, weekly) -> str:
        """A WeeklyHours record: "ma–pe 8.00–15.00"."""
        days = formatting.day_range(weekly.days, self.lang)
        return f"{days} {formatting.time_range(weekly.opens, weekly.closes, self.lang)}"

    def times(self, opens, closes) -> str:
        return formatting.time_range(opens, closes, self.lang)

    @staticmethod
    def address(address) -> str:
        """Savontie 55, 78300 Varkaus (postal code only when known)."""
        town = " ".join(part for part in (address.postal_code, address.post_office) if part)
        return f"{address.street}, {town}"

    def map_url(self, location) -> str:
        """OpenStreetMap at the place's coordinates when known, else a search for its address.

        A plain link: nothing is loaded from the map site by our pages.
        """
        coordinates = getattr(location, "coordinates", None)
        if coordinates is not None:
            # Fixed decimals: str() of a float writes 0.000009 as 9e-06, which the map site misreads.
            latitude, longitude = (f"{degrees:.6f}" for degrees in wgs84(coordinates))
            return f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}#map=17/{latitude}/{longitude}"
        return "https://www.openstreetmap.org/search?query=" + quote_plus(self.address(location.address))

    @staticmethod
    def web_address(url: str) -> str:
        """A link's address as a reader types it: "pshyvinvointialue.fi/asiakaspalaute"."""
        path = unquote(urlsplit(url).path).strip("/")
        return host(url) + ("/" + path if path else "")

    @staticmethod
    def sources(source: str | list[str]) -> list[tuple[str, str, str]]:
        """[(link text, host, url)], e.g. ("pshyvinvointialue.fi", "pshyvinvointialue.fi", "https://...").
        The link text is the host; two pages of one host also show the last part of their
        path ("saavutettavuusvaatimukset.fi: kayttajan-oikeudet"), so that the list never shows
        the same link text twice."""
        urls = [source] if isinstance(source, str) else source
        hosts = [host(url) for url in urls]

        def text(host: str, url: str) -> str:
            page = urlsplit(url).path.rstrip("/").rpartition("/")[2]
            return f"{host}: {page}" if hosts.count(host) > 1 and page else host
        return [(text(host, url), host, url) for host, url in zip(hosts, urls)]

    def source_language(self, url: str) -> str | None:
        """The language a source page is written in, where the data says (None: not known): its
        own `lang` (exams.yaml source_pages), else the longest host-and-path start that fits
        (locations.yaml source_languages)."""
        if url in self.page_languages:
            return self.page_languages[url]
        parts = urlsplit(url)
        address = (parts.hostname or "").removeprefix("www.") + parts.path
        fitting = [start for start in self.host_languages
                   if address == start or address.startswith(start.rstrip("/") + "/")]
        return self.host_languages[max(fitting, key=len)] if fitting else None

    def source_detail(self, text: str, url: str) -> str:
        """Where a source link goes, for screen readers only (WCAG 2.4.4), so that two links of
        one page never read the same and lead to different places: the page's title when the
        data has one (exams.yaml source_pages), else, for a link named after its bare host, the
        address after the host in words ("web en imaging services"): a screen reader reads
        slashes and hyphens out one by one. "" when the text is the title already, or the link
        is the host's home page."""
        title = self.source_titles.get(url)
        if title:
            return "" if text == title else title
        parts = urlsplit(url)
        if text != (parts.hostname or "").removeprefix("www."):
            return ""
        return " ".join(unquote(parts.path).replace("-", " ").replace("_", " ").replace("/", " ").split())

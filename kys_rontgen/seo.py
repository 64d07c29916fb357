"""What search engines and link previews read in a page's head: canonical and language
alternates as absolute URLs under the public address (SITE_URL, sub-path included),
Open Graph locale, and the meta description rule."""
from __future__ import annotations

from dataclasses import dataclass
import re
from urllib.parse import urljoin

from .clock import SettingError

from .model.texts import META_DESCRIPTION_MAX

# Open Graph wants language_TERRITORY; the site serves Finland.
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


# http(s), a host, and a path of URL characters only: SITE_URL is printed into every page's HTML
# (404 pages, language menu, feeds, robots.txt), so a quote or space in it would end an attribute.
_SITE_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(:[0-9]+)?(/[A-Za-z0-9\-._~/%]*)?")


def site_address(site_url: str | None) -> None:
    """Refuse a SITE_URL that is not a plain web address (raises SettingError, one line)."""
    if site_url and not _SITE_URL.fullmatch(site_url):
        raise SettingError(f"SITE_URL={site_url} is not a web address; write it as "
                           "SITE_URL=https://example.fi/kys-rontgen/ (no quotes, spaces or < >)")


def absolute(site_url: str, url: str) -> str:
    """A page URL relative to the site root ("en/kunnat/", "./", "") as an absolute URL."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return urljoin(base, "" if url in {"", "./", "."} else url.lstrip("/"))


@dataclass(frozen=True)
class HeadLinks:
    canonical: str
    alternates: list[tuple[str, str]]  # (hreflang, absolute URL), x-default last
    locale: str
    locale_alternates: list[str]


def head_links(site_url: str, urls: dict[str, str], languages: list[str], current: str) -> HeadLinks:
    """`urls`: the page's URL (relative to the site root) in each language it exists in;
    `languages`: every configured language, the default first."""
    hrefs = [(lang, absolute(site_url, urls[lang])) for lang in languages if lang in urls]
    default = hrefs[0][1] if hrefs and hrefs[0][0] == languages[0] else None
    alternates = hrefs + ([("x-default", default)] if default else [])
    return HeadLinks(
        canonical=absolute(site_url, urls[current]),
        alternates=alternates,
        locale=OG_LOCALES.get(current, current),
        locale_alternates=[OG_LOCALES.get(lang, lang) for lang, _ in hrefs if lang != current],
    )


def description_problem(description: object) -> str | None:
    """Why a page's meta description is unusable, or None when it is fine."""
    if not isinstance(description, str) or not description.strip():
        return "has no `description:` in its front matter; add one (at most 160 characters)"
    if len(description) > META_DESCRIPTION_MAX:
        return f"has a description of {len(description)} characters; shorten it to at most {META_DESCRIPTION_MAX}"
    return None

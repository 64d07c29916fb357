"""Links from data text to a page of this site (issue 13), step 1 of 2: the resolver.

An editor writes the page's Finnish address from the site root, as the address bar shows it
without the host: `[magneettikuvaus](/tutkimukset/magneettikuvaus/)`. Page paths are the same in
every language (kys_rontgen.pages.page.site_path), so in an English text the same address means
the English page, /en/tutkimukset/magneettikuvaus/.

The link is written relative to the page it appears on, so it works at any depth and under a
sub-path SITE_URL; a page served at any depth (404.html) gets the address from the site's base
path instead, as its other links do (kys_rontgen.theme_texts).

Not yet wired in: validation (model/links.py still refuses addresses without a scheme as
relative) and rendering (data_text.text_html) are step 2; see the branch's notes.
"""
from __future__ import annotations

import difflib
import posixpath
import re

from ..languages import Language, language_prefix

# /segment/segment/ with lowercase slug segments (letters, digits, single hyphens) and the
# trailing slash of a directory address: no "..", "%", "\\", "?", "#" or control can pass.
SITE_ADDRESS = re.compile(r"/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*")
EXAMPLE = "/tutkimukset/magneettikuvaus/"


def address_problem(url: str) -> str | None:
    """Why `url` (starting with one "/") is not a site address an editor may write; None if it is."""
    if SITE_ADDRESS.fullmatch(url):
        return None
    if "#" in url:
        return (f'"{url}" points to a place inside a page (#…), which the site cannot check; '
                "remove the # and what follows it and link the page")
    if "?" in url:
        return f'"{url}" has a query (?…), which no page of this site takes; remove the ? and what follows it'
    if url.rstrip("/") and not url.endswith("/") and SITE_ADDRESS.fullmatch(url + "/"):
        return f'"{url}" has no "/" at the end; write it as "{url}/"'
    return (f'"{url}" is not the address of a page of this site; write the Finnish page\'s address from the '
            f'site root in lowercase, e.g. "{EXAMPLE}" (no "..", "%", "\\" or spaces)')


def unknown_problem(url: str, known: list[str]) -> str:
    """The message for a well-formed address no page has, with the nearest existing one."""
    close = difflib.get_close_matches(url, known, n=1, cutoff=0.6)
    hint = f'did you mean "{close[0]}"? ' if close else ""
    return f'"{url}" is not the address of any page of this site; {hint}copy the address of the Finnish page'


def published(url: str, language: Language) -> str:
    """The page a site address means in `language`, from the site root without its leading "/":
    "/kunnat/kuopio/" -> "kunnat/kuopio/" (Finnish), "en/kunnat/kuopio/" (English)."""
    return language_prefix(language) + url.lstrip("/")


def relative_href(url: str, from_address: str, language: Language) -> str:
    """The href of site address `url` on the page published at `from_address` (from the site
    root, e.g. "en/tutkimukset/mri/"): "../../kunnat/kuopio/"."""
    target = published(url, language)
    href = posixpath.relpath(target or ".", from_address.rstrip("/") or ".")
    return "./" if href == "." else href + "/"


def base_href(url: str, base_path: str, language: Language) -> str:
    """The href on a page served at any address (404.html): from the site's base path ("/" or
    "/kys-rontgen/")."""
    return base_path.rstrip("/") + "/" + published(url, language)


# A site address in a sanitised data text's HTML (kys_rontgen.data_text keeps only the form
# SITE_ADDRESS allows; anything else lost its href there).
_SITE_HREF = re.compile(r'href="(/(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*)"')


def resolved(html: str, href) -> str:
    """`html` with every site address replaced by `href(address)`."""
    return _SITE_HREF.sub(lambda match: f'href="{href(match.group(1))}"', html)

"""Links from data text to a page of this site (issue 13).

An editor writes the page's Finnish address from the site root, as the address bar shows it
without the host: `[magneettikuvaus](/tutkimukset/magneettikuvaus/)`. Page paths are the same in
every language (kys_rontgen.pages.page.site_path), so in an English text the same address means
the English page, /en/tutkimukset/magneettikuvaus/.

Where the text is shown decides how the link is written (an `Href`, address -> href):
- on a generated page or a theme's notice: relative to that page (`on_page`), so it works at
  any depth and under a sub-path SITE_URL;
- on a page served at any address (404.html): from the site's base path (`anywhere`), as that
  page's other links (kys_rontgen.theme_texts);
- in a file read away from the site (feeds, api/*.json): the full address (`absolute`).
A root-relative "/kunnat/" is never written out: under SITE_URL https://host/kys-rontgen/ it
would lead off the site.

The form of an address (model/links.py::address_problem) is checked with every other link;
that a page has the address is checked in render_pages, which knows every page.
"""
from __future__ import annotations

import html
import posixpath
import re
from typing import Callable
from urllib.parse import urlsplit

from markupsafe import Markup

from .languages import Language, default_language, language_prefix
from .data_text import rendered_markdown
from .model.links import SITE_ADDRESS, address_problem
from .model.walk import iter_values
from .seo import absolute as absolute_url
from .validation import DataError, field_path, nearest

__all__ = ["absolute", "address_problem", "anywhere", "base_href", "in_html", "in_markdown", "in_record",
           "on_page", "relative_href", "unknown_problem"]

Href = Callable[[str], str]  # a site address ("/kunnat/kuopio/") -> the href written where the text is shown

def unknown_problem(url: str, known: list[str]) -> str:
    """The message for a well-formed address no page has, with the nearest existing one."""
    close = nearest(url.partition("#")[0], known)
    hint = f'did you mean "{close}"? ' if close else ""
    return f'"{url}" is not the address of any page of this site; {hint}copy the address of the Finnish page'


def unknown_place_problem(url: str, ids: set[str]) -> str:
    """The message for a place (#id) that the page does not have in every language."""
    page, _, place = url.partition("#")
    close = nearest(place, ids)
    hint = f'did you mean "{page}#{close}"? ' if close else ""
    return (f'"{url}": the page {page} has no place "#{place}"; {hint}link a place card by its id '
            "(the id of the place in data/locations.yaml), or remove the # and what follows it")


def published(url: str, language: Language) -> str:
    """The page a site address means in `language`, from the site root without its leading "/":
    "/kunnat/kuopio/" -> "kunnat/kuopio/" (Finnish), "en/kunnat/kuopio/" (English)."""
    return language_prefix(language) + url.lstrip("/")


def relative_href(url: str, from_address: str, language: Language) -> str:
    """The href of site address `url` on the page published at `from_address` (from the site
    root, e.g. "en/tutkimukset/mri/"): "../../kunnat/kuopio/"."""
    page, hash_, place = url.partition("#")
    href = posixpath.relpath(published(page, language) or ".", from_address.rstrip("/") or ".")
    return ("./" if href == "." else href + "/") + hash_ + place


def base_href(url: str, base_path: str, language: Language) -> str:
    """The href on a page served at any address (404.html): from the site's base path ("/" or
    "/kys-rontgen/")."""
    return base_path.rstrip("/") + "/" + published(url, language)


def on_page(page_address: str, language: Language) -> Href:
    """Site links on the page published at `page_address` (from the site root, "en/kunnat/")."""
    return lambda url: relative_href(url, page_address, language)


def anywhere(site_url: str, language: Language) -> Href:
    """Site links on a page served at any address (404.html), from the base path of `site_url`."""
    base = urlsplit(site_url or "/").path.rstrip("/") + "/"
    return lambda url: base_href(url, base, language)


def absolute(site_url: str, language: Language) -> Href:
    """Site links in a file read away from the site (a feed, an export): the full address."""
    return lambda url: absolute_url(site_url or "/", published(url, language))


# A site address in a sanitised data text's HTML (kys_rontgen.data_text keeps only the form
# SITE_ADDRESS allows; anything else lost its href there).
_SITE_HREF = re.compile(f'href="({SITE_ADDRESS.pattern})"')
# ... and in its Markdown: [text](/kunnat/), [text](</kunnat/> "title"), or the definition of a
# reference link, "[name]: /kunnat/" at a line's start (the forms Python-Markdown reads as links).
_MARKDOWN_TARGET = re.compile(
    rf"(\]\(\s*<?|^ {{0,3}}\[[^\]\n]*\]:[ \t]*\n?[ \t]*<?)({SITE_ADDRESS.pattern})(?=[>)\s]|$)", re.MULTILINE)


def in_html(html: str, href: Href) -> str:
    """Rendered data text (or a page of it) with every site link's href made `href(address)`."""
    resolved = _SITE_HREF.sub(lambda match: f'href="{href(match.group(1))}"', html)
    # Still the sanitised HTML it was (the hrefs come from checked addresses): the theme's `| e`
    # must not escape it.
    return Markup(resolved) if isinstance(html, Markup) else resolved


def in_markdown(text: str, href: Href) -> str:
    """A data text as written, with every site link's address made `href(address)`: for a file
    that carries the editor's text, not its HTML (the calendar's description)."""
    return _MARKDOWN_TARGET.sub(lambda match: match.group(1) + href(match.group(2)), text)


def in_record(value, site_url: str, languages: list[Language], language: Language | None = None):
    """Exported data (JSON-ready dicts, lists and strings) with every site link in its texts made
    absolute: a text under a language's code ({"fi": …, "en": …}) leads to that language's page,
    any other to the default language's."""
    by_code = {language.code: language for language in languages}
    if isinstance(value, dict):
        return {key: in_record(item, site_url, languages, by_code.get(key, language)) for key, item in value.items()}
    if isinstance(value, list):
        return [in_record(item, site_url, languages, language) for item in value]
    if isinstance(value, str) and "/" in value:
        default = language or default_language(languages)
        return in_markdown(value, absolute(site_url, default))
    return value


_LINK = re.compile(r'<a\b[^>]*?\shref="(/[^"]*)"')
_ID = re.compile(r'<[a-z][^>]*?\sid="([^"]+)"')
# A heading's own id, the same in every language: a place card's heading (### Name { #kys }).
_HEADING_ID = re.compile(r"^#{1,6} .*?\{ *#([^\s}]+) *\} *$", re.M)


def places(html: str) -> set[str]:
    """The ids on a rendered page that a site link may point at (#kys): the page's own (raw HTML
    ids and headings' `{ #id }`), not MkDocs' anchors made from a title in each language."""
    return set(_ID.findall(html)) | set(_HEADING_ID.findall(html))


def unknown_links(dataset, pages: dict[str, set[str]]) -> list[DataError]:
    """A data text's site link to an address no page has, or to a place (#id) its page does not
    have in every language (`pages`: every page's address -> those ids), at the text's
    file:line:column."""
    problems = []
    for name, model in dataset.models().items():
        source = dataset.sources.get(name)
        for loc, value, _ in iter_values(model):
            if not isinstance(value, str) or "]" not in value or "/" not in value:
                continue  # no link to a page of the site can be formed (skip rendering)
            for url in (html.unescape(url) for url in _LINK.findall(rendered_markdown(value))):
                if address_problem(url) is not None:
                    continue  # refused by the check of every link, with its own message
                page, _, place = url.partition("#")
                if page not in pages:
                    problem = unknown_problem(url, sorted(pages))
                elif place and place not in pages[page]:
                    problem = unknown_place_problem(url, pages[page])
                else:
                    continue
                line, column = source.position(loc) if source else (1, 1)
                shown = str(source.path) if source else f"data/{name}"
                problems.append(DataError(shown, line, column, field_path(loc), problem))
    return problems

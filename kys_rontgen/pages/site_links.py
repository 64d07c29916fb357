"""Links from data text to a page of this site (issue 13), step 1 of 2: the resolver.

An editor writes the page's Finnish address from the site root, as the address bar shows it
without the host: `[magneettikuvaus](/tutkimukset/magneettikuvaus/)`. Page paths are the same in
every language (kys_rontgen.pages.page.site_path), so in an English text the same address means
the English page, /en/tutkimukset/magneettikuvaus/.

The link is written relative to the page it appears on, so it works at any depth and under a
sub-path SITE_URL; a page served at any depth (404.html) gets the address from the site's base
path instead, as its other links do (kys_rontgen.theme_texts).

The form of an address (model/links.py::address_problem) is checked with every other link;
that a page has the address is checked in render_pages, which knows every page.
"""
from __future__ import annotations

import difflib
import html
import posixpath
import re

from ..languages import Language, language_prefix
from ..data_text import rendered_markdown
from ..model.links import address_problem
from ..model.walk import iter_values
from ..validation import DataError, field_path

__all__ = ["address_problem", "base_href", "relative_href", "resolved", "unknown_problem"]

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


_LINK = re.compile(r'<a\b[^>]*?\shref="(/[^"]*)"')


def unknown_links(dataset, addresses: list[str]) -> list[DataError]:
    """A data text's site link to an address no page has, at the text's file:line:column."""
    known = set(addresses)
    problems = []
    for name, model in dataset.models().items():
        source = dataset.sources.get(name)
        for loc, value, _ in iter_values(model):
            if not isinstance(value, str) or "](/" not in value and "]: /" not in value and "]:/" not in value:
                continue
            for url in (html.unescape(url) for url in _LINK.findall(rendered_markdown(value))):
                if url not in known and address_problem(url) is None:
                    line, column = source.position(loc) if source else (1, 1)
                    shown = str(source.path) if source else f"data/{name}"
                    problems.append(DataError(shown, line, column, field_path(loc), unknown_problem(url, sorted(known))))
    return problems

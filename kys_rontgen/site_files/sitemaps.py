"""sitemap.xml from the built pages themselves, and the one-entry sitemaps Material's language
switch fetches.

Each page's head already holds its canonical URL and its hreflang alternates (x-default
included, see seo.head_links), so the sitemap is read from there: it can never disagree with
the pages, and it needs nothing from the builder. No <lastmod>: it would only repeat the
build day, and builds are reproducible.

Material's script fetches `sitemap.xml` relative to every `<link rel="alternate" hreflang>` of
a page (/kunnat/kuopio/sitemap.xml, /en/kunnat/kuopio/sitemap.xml); without a file there each
page view logs a 404. Each small file holds just that page's entry: linear in pages.
"""
from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .writing import write_if_changed

SITEMAP = "sitemap.xml"
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n' \
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
_TAIL = "</urlset>\n"


@dataclass(frozen=True)
class SitemapEntry:
    folder: Path  # the page's folder in the site, relative to its root ("." for the home page)
    canonical: str
    alternates: tuple[tuple[str, str], ...]  # (hreflang, absolute URL), x-default last

    def xml(self) -> str:
        links = "".join(
            f'        <xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(url)}/>\n'
            for lang, url in self.alternates
        )
        return f"    <url>\n        <loc>{escape(self.canonical)}</loc>\n{links}    </url>\n"


class _HeadLinks(HTMLParser):
    """The canonical and hreflang links of one page's head."""

    def __init__(self):
        super().__init__()
        self.canonical: str | None = None
        self.alternates: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag != "link":
            return
        attributes = dict(attrs)
        if attributes.get("rel") == "canonical":
            self.canonical = attributes.get("href")
        elif attributes.get("rel") == "alternate" and attributes.get("hreflang"):
            self.alternates.append((attributes["hreflang"], attributes.get("href") or ""))


# The head's <link> tags, for the parser to read (decoding their attributes as a browser does)
# without walking through the head's styles and scripts: a third of the post-build time.
_LINK_TAG = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)


def _head_links(html: bytes) -> str:
    end = html.find(b"</head>")
    return b"".join(_LINK_TAG.findall(html if end < 0 else html[:end])).decode("utf-8")


def page_entries(site_dir: Path) -> list[SitemapEntry]:
    """One entry per page with a canonical link (404 pages have none), the default language's first."""
    entries = []
    for page in site_dir.rglob("*.html"):
        parser = _HeadLinks()
        parser.feed(_head_links(page.read_bytes()))
        if parser.canonical:
            entries.append(SitemapEntry(page.parent.relative_to(site_dir), parser.canonical, tuple(parser.alternates)))
    return sorted(entries, key=_language_order)


def _language_order(entry: SitemapEntry) -> tuple:
    languages = [lang for lang, _ in entry.alternates if lang != "x-default"]
    own = next((lang for lang, url in entry.alternates if url == entry.canonical and lang != "x-default"), "")
    return (languages.index(own) if own in languages else len(languages), entry.canonical)


def write_sitemap(site_dir: Path, source_date_epoch: int = 0) -> list[SitemapEntry]:
    """sitemap.xml (every page, its alternates) and sitemap.xml.gz with no build time stamped
    into it (its time is SOURCE_DATE_EPOCH, or 0); returns the entries."""
    entries = page_entries(site_dir)
    content = _HEAD + "".join(entry.xml() for entry in entries) + _TAIL
    write_if_changed(site_dir / SITEMAP, content)
    packed = io.BytesIO()
    with gzip.GzipFile(filename="", fileobj=packed, mode="wb", mtime=source_date_epoch) as archive:
        archive.write(content.encode("utf-8"))
    write_if_changed(site_dir / (SITEMAP + ".gz"), packed.getvalue())
    return entries


def write_language_switch_sitemaps(site_dir: Path, entries: list[SitemapEntry]) -> None:
    """A one-entry sitemap.xml in each page's folder (the root keeps the full one)."""
    for entry in entries:
        if entry.folder != Path("."):
            write_if_changed(site_dir / entry.folder / SITEMAP, _HEAD + entry.xml() + _TAIL)

"""Read what machines read in a built page: head links, meta tags, JSON-LD, every reference."""
from __future__ import annotations

import json
from html.parser import HTMLParser


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.jsonld: list[str] = []
        self._in_jsonld = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        self._in_jsonld = tag == "script" and attributes.get("type") == "application/ld+json"
        if self._in_jsonld:
            self.jsonld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_jsonld = False

    def handle_data(self, data):
        if self._in_jsonld:
            self.jsonld[-1] += data


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def jsonld_blocks(html: str) -> list:
    """Every <script type="application/ld+json"> of a page, parsed (json.loads raises on bad JSON)."""
    return [json.loads(text) for text in parse(html).jsonld]


def meta(html: str, key: str) -> list[str]:
    """Contents of <meta name=key> or <meta property=key>."""
    return [a.get("content", "") for tag, a in parse(html).tags
            if tag == "meta" and key in (a.get("name"), a.get("property"))]


def links(html: str, rel: str) -> list[dict[str, str]]:
    return [a for tag, a in parse(html).tags if tag == "link" and rel in a.get("rel", "").split()]


def references(html: str) -> list[str]:
    """Every URL the page links to or loads: a/link href, src of scripts, images and media."""
    found = []
    for tag, a in parse(html).tags:
        for attribute in ("href", "src"):
            if a.get(attribute) and tag in {"a", "link", "script", "img", "source", "iframe", "audio", "video"}:
                found.append(a[attribute])
    return found

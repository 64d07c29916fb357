"""Identifiers the data itself uses or derives, shared by the models and the pages: the
weekday codes of opening hours, the ASCII slug and folded search key of a name, and the host
of a web address.
(Here, not in formatting, so that model code never imports presentation code.)"""
from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def fold(text: str) -> str:
    """Search key: lower case, diacritics removed ("Leppävirta" -> "leppavirta")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(name: str) -> str:
    """A name as the finder matches it: folded, each run of anything but letters and digits one
    space ("Pieksä-Mäki" -> "pieksa maki"). The key goes into the page's Markdown as an attribute,
    so it must never carry a character Markdown reads (brackets, parentheses, quotes, braces),
    including full-width ones that folding turns into ASCII ("［" -> "[")."""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(name)).split())


def slugify(name: str) -> str:
    """ASCII page name from a Finnish name: "Leppävirta" -> "leppavirta", "Pieksä-Mäki" -> "pieksa-maki"."""
    words = "".join(c if c.isalnum() and c.isascii() else " " for c in fold(name)).split()
    return "-".join(words)


def host(url: str) -> str:
    """The readable name of a web address: https://www.example.fi/x -> example.fi (a source's link
    text, and the key of its note in data/locations.yaml source_notes)."""
    return urlsplit(url).hostname.removeprefix("www.")

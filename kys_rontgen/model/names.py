"""Identifiers the data itself uses or derives, shared by the models and the pages: the
weekday codes of opening hours, and the ASCII slug and folded search key of a name.
(Here, not in formatting, so that model code never imports presentation code.)"""
from __future__ import annotations

import unicodedata

WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


def fold(text: str) -> str:
    """Search key: lower case, diacritics removed ("Leppävirta" -> "leppavirta")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(name: str) -> str:
    """ASCII page name from a Finnish name: "Leppävirta" -> "leppavirta", "Pieksä-Mäki" -> "pieksa-maki"."""
    words = "".join(c if c.isalnum() and c.isascii() else " " for c in fold(name)).split()
    return "-".join(words)

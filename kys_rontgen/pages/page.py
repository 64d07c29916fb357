"""One page to generate: where it goes, which template lays it out, and what it shows."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..languages import Language, language_prefix


@dataclass(frozen=True)
class Page:
    path: str  # under docs/<lang>/, the same in every language: "kunnat/kuopio.md"
    template: str  # a file in kys_rontgen/templates/
    context: dict[str, Any] = field(default_factory=dict)  # extra template variables
    # The data value a problem with the page is reported at: (data file, path in it).
    origin: tuple[str, tuple] | None = None
    # The data value the page's name (its path) is made from, when not `origin`.
    name_origin: tuple[str, tuple] | None = None
    # The page's schema.org data in a language (a kys_rontgen.structured_data builder), or None.
    structured_data: Callable[[str], dict | None] | None = None


def site_path(path: str, language: Language) -> str:
    """Where a docs/<lang>/ page is published, from the site root (directory URLs):
    "kunnat/kuopio.md" -> "kunnat/kuopio/" in the default language, "en/kunnat/kuopio/" in English."""
    stem = path.removesuffix(".md")
    url = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return language_prefix(language) + url

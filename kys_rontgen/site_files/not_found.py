"""The page-not-found page per language: the default language's at the root (static hosts serve
only /404.html for every missing path), each other language's under /<lang>/404.html.

A multilingual builder (mkdocs-static-i18n) writes every language's 404.html to the same root
file, so the last language would win: after each language's build its page is set aside under
/<lang>/, and the finished site puts the default language's back at the root.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..languages import Language, default_language

NOT_FOUND = "404.html"


def set_aside_404(site_dir: Path, lang: str) -> None:
    """Move the 404.html a language's build just wrote to <lang>/404.html."""
    page = site_dir / NOT_FOUND
    if page.exists():
        (site_dir / lang).mkdir(exist_ok=True)
        os.replace(page, site_dir / lang / NOT_FOUND)


def place_404_pages(site_dir: Path, languages: list[Language]) -> None:
    default = default_language(languages).code
    aside = site_dir / default / NOT_FOUND
    if aside.exists():
        os.replace(aside, site_dir / NOT_FOUND)
        if not any(aside.parent.iterdir()):
            aside.parent.rmdir()

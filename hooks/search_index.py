"""MkDocs hook: one search index per language, with base forms (kys_rontgen.search_index).

It runs after mkdocs-static-i18n (priority -100) has built every language and written the
all-language index; i18n's nested per-language builds are skipped.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from kys_rontgen.search_index import SearchLanguage, write_language_indexes


@event_priority(-110)
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:
        return
    languages = [
        SearchLanguage(code, "" if code == i18n.default_language else f"{code}/") for code in i18n.build_languages
    ]
    write_language_indexes(Path(config.site_dir), languages, Path(config.config_file_path).parent / "data")

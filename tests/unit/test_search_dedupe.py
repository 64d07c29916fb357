"""The search index keeps one entry per page and language, deduplicated in linear time."""
from __future__ import annotations

import importlib.util

from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("search_dedupe", ROOT / "hooks" / "search_dedupe.py")
search_dedupe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(search_dedupe)


def _entry(location, title, text):
    return {"location": location, "title": title, "text": text}


def test_translated_entries_equal_to_the_default_language_ones_are_dropped_others_kept():
    entries = [
        _entry("", "KYS Röntgen", "same"), _entry("en/", "KYS Röntgen", "same"),
        _entry("en/", "KYS Röntgen", "translated"),
        _entry("kunnat/kuopio/", "Kuopio", "same"), _entry("en/kunnat/kuopio/", "Kuopio", "same"),
        _entry("en/kunnat/iisalmi/", "Kuopio", "same"),  # same words, another page
    ]
    search_dedupe.remove_search_duplicates(entries, ["fi", "en"])
    assert entries == [
        _entry("", "KYS Röntgen", "same"), _entry("en/", "KYS Röntgen", "translated"),
        _entry("kunnat/kuopio/", "Kuopio", "same"), _entry("en/kunnat/iisalmi/", "Kuopio", "same"),
    ]

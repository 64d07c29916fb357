"""Words the theme shows outside generated pages, in one language: the footer links to the
accessibility statement and the privacy note, and the page-not-found page."""
from __future__ import annotations

from .dataset import Dataset
from .pages import accessibility, privacy

# (label key in data/labels.yaml, generated page under docs/<lang>/)
FOOTER_PAGES = [("accessibility_title", accessibility.PATH), ("privacy_title", privacy.PATH)]


def theme_texts(dataset: Dataset, lang: str) -> dict:
    label = {key: text[lang] for key, text in dataset.labels.root.items()}
    return {
        "footer_label": label["footer_links"],
        "footer_links": [(label[key], path) for key, path in FOOTER_PAGES],
        "not_found_title": label["not_found_title"],
        "not_found_body": label["not_found_body"],
        "home_link": label["home_link"],
    }

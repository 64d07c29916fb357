"""Which pages to measure: the home page and the first page of every generated layout.

Driven by the generator's own page list, so a new page kind (a directory, municipality
pages, exam pages...) is measured as soon as it exists, in every configured language.
Used by the byte budgets in tests/browser and by `make bench` (Lighthouse).
"""
from __future__ import annotations

from ..dataset import Dataset
from . import PAGE_KINDS
from .page import site_path


def sample_pages(dataset: Dataset) -> list[str]:
    """URL paths from the site root, e.g. ["", "en/", "kunnat/", "en/kunnat/", ...]."""
    first_of_each_layout: dict[str, str] = {}
    for kind in PAGE_KINDS:
        for page in kind.pages(dataset):
            first_of_each_layout.setdefault(page.template, page.path)
    paths = ["index.md", *(p for p in first_of_each_layout.values() if p != "index.md")]
    return [site_path(path, lang) for path in paths for lang in dataset.languages]

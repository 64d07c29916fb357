"""Which pages to measure: the home page and the first page of every generated layout.

Driven by the generator's own page list, so a new page kind (a directory, municipality
pages, exam pages...) is measured as soon as it exists, in every configured language.
Used by the byte budgets in tests/ and by `make bench` (Lighthouse).
"""
from __future__ import annotations

from pathlib import Path

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages import PAGE_KINDS

ROOT = Path(__file__).resolve().parents[1]


def page_url(path: str) -> str:
    """docs/ path of a page -> its URL path under the language root (use_directory_urls)."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def sample_pages(root: Path = ROOT) -> list[str]:
    """URL paths from the site root, e.g. ["", "en/", "kunnat/", "en/kunnat/", ...]."""
    languages = configured_languages(root / "mkdocs.yml")
    dataset = load_dataset(root / "data", languages, root)
    first_of_each_layout: dict[str, str] = {}
    for kind in PAGE_KINDS:
        for page in kind.pages(dataset):
            first_of_each_layout.setdefault(page.template, page.path)
    paths = ["index.md", *(p for p in first_of_each_layout.values() if p != "index.md")]
    return [
        ("" if lang.default else f"{lang.code}/") + page_url(path) for path in paths for lang in languages
    ]

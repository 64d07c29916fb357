"""One call from data/ to generated pages in docs/: load, validate, render, write."""
from __future__ import annotations

from pathlib import Path

from .dataset import load_dataset
from .languages import configured_languages
from .pages import render_pages
from .sync import sync_pages


def generate(root: Path, docs_dir: Path) -> list[str]:
    """Validate everything first; only a valid dataset touches docs/."""
    languages = configured_languages(root / "mkdocs.yml")
    dataset = load_dataset(root / "data", languages, root)
    return sync_pages(docs_dir, render_pages(dataset))

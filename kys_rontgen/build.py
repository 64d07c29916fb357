"""One call from data/ to generated pages in docs/: load, validate, render, write."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .clock import check_settings
from .dataset import load_dataset
from .freshness import freshness_problems, today_from_environment
from .languages import configured_languages
from .pages import render_pages
from .sync import sync_pages
from .validation import DataError


@dataclass(frozen=True)
class Generated:
    changed: list[str]  # paths under docs/ written or deleted
    warnings: list[DataError]  # stale data: shown to the editor, never a failed build


def generate(root: Path, docs_dir: Path, today: date | None = None) -> Generated:
    """Validate everything first; only a valid dataset touches docs/ (raises DataErrors)."""
    check_settings()
    today = today or today_from_environment()
    languages = configured_languages(root / "mkdocs.yml")
    dataset = load_dataset(root / "data", languages, root, today)
    # Render every page in memory before writing any: a template error leaves docs/ as it was.
    pages = render_pages(dataset)
    return Generated(sync_pages(docs_dir, pages), freshness_problems(dataset, today))

"""One call from data/ to generated pages in docs/: load, validate, render, write."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .build_cache import CACHE_DIR
from .dataset import Dataset, load_dataset
from .freshness import freshness_problems
from .languages import configured_languages
from .pages import render_pages
from .sync import sync_pages
from .validation import DataError


@dataclass(frozen=True)
class Generated:
    dataset: Dataset  # the build's one load: the adapter hands it to every later step
    changed: list[str]  # paths under docs/ written or deleted
    warnings: list[DataError]  # stale data: shown to the editor, never a failed build


def generate(root: Path, docs_dir: Path, now: datetime, data_dir: Path | None = None) -> Generated:
    """Validate everything first; only a valid dataset touches docs/ (raises DataErrors).

    `now` is the build's one reading of the clock (clock.now), passed on in the dataset.
    `data_dir` is root/data unless the preview falls back to an earlier copy (kys_rontgen.preview)."""
    languages = configured_languages(root / "mkdocs.yml")
    cache_dir = root / CACHE_DIR
    dataset = load_dataset(data_dir or root / "data", languages, root, now, cache_dir=cache_dir)
    # Render every page in memory before writing any: a template error leaves docs/ as it was.
    markdown_by_path = render_pages(dataset, cache_dir)
    return Generated(dataset, sync_pages(docs_dir, markdown_by_path), freshness_problems(dataset))

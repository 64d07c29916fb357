"""The files a finished site gets after the builder has written its pages, for any builder.

Input: the built site folder (plain HTML pages whose heads carry canonical and hreflang links,
each language's 404 page set aside by `set_aside_404`) and the build's dataset. No MkDocs here:
a change of builder keeps every step. The order of the steps is the order of the code below.
"""
from __future__ import annotations

from pathlib import Path

from ..dataset import Dataset
from ..export import CSV_PATH, EXPORT_PATH, GEOJSON_PATH, directory_csv, directory_json, locations_geojson
from ..feeds import feed_files
from ..search_index import write_language_indexes
from .not_found import place_404_pages, set_aside_404
from .robots import write_robots
from .sitemaps import write_language_switch_sitemaps, write_sitemap
from .writing import write_if_changed

__all__ = ["data_files", "finish_site", "set_aside_404"]


def data_files(dataset: Dataset, site_url: str) -> dict[str, str | bytes]:
    """The files made from the data alone, by path in the site: the exports and the notice
    feeds (those not ended at `now`). `make check` makes them too, so data they would fail
    on fails the check first."""
    files: dict[str, str | bytes] = {
        EXPORT_PATH: directory_json(dataset, site_url), GEOJSON_PATH: locations_geojson(dataset), CSV_PATH: directory_csv(dataset),
    }
    return {**files, **feed_files(dataset, dataset.now, site_url)}


def finish_site(site_dir: Path, dataset: Dataset, site_url: str, source_date_epoch: int = 0,
                cache_dir: Path | None = None) -> None:
    """Everything after the last language's pages are written (idempotent: run again, same bytes).

    `cache_dir` keeps work that outlives one build (the lemmatiser's answers), never output."""
    place_404_pages(site_dir, dataset.languages)
    entries = write_sitemap(site_dir, source_date_epoch)
    write_language_switch_sitemaps(site_dir, entries)
    write_robots(site_dir, site_url)
    for path, content in data_files(dataset, site_url).items():
        write_if_changed(site_dir / path, content)
    write_language_indexes(site_dir, dataset.languages, dataset.search, cache_dir)

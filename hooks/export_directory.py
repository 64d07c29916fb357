"""MkDocs hook: write the machine-readable directory /api/municipalities.json at the site root.

A thin adapter over kys_rontgen.export. i18n runs the build once per language; the file
holds every language, so it is written in the default language's build only (site_dir is
the site root there) and the same data always gives the same bytes.
"""
from __future__ import annotations

from pathlib import Path

from kys_rontgen.dataset import load_dataset
from kys_rontgen.export import EXPORT_PATH, GEOJSON_PATH, directory_json, locations_geojson
from kys_rontgen.languages import configured_languages


def on_post_build(config, **kwargs) -> None:
    root = Path(config.config_file_path).parent
    languages = configured_languages(root / "mkdocs.yml")
    if config.theme["language"] != next(lang.code for lang in languages if lang.default):
        return
    dataset = load_dataset(root / "data", languages, root)
    for path, content in ((EXPORT_PATH, directory_json(dataset)), (GEOJSON_PATH, locations_geojson(dataset))):
        target = Path(config.site_dir) / path
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")

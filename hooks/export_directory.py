"""MkDocs hook: write the machine-readable directory /api/municipalities.json at the site root.

A thin adapter over kys_rontgen.export. i18n runs the build once per language; the file
holds every language, so it is written in the default language's build only (site_dir is
the site root there) and the same data always gives the same bytes.
"""
from __future__ import annotations

from pathlib import Path

from kys_rontgen import preview
from kys_rontgen.export import EXPORT_PATH, directory_json
from kys_rontgen.languages import configured_languages


def on_post_build(config, **kwargs) -> None:
    root = Path(config.config_file_path).parent
    languages = configured_languages(root / "mkdocs.yml")
    if config.theme["language"] != next(lang.code for lang in languages if lang.default):
        return
    dataset = preview.load(root / "data", languages, root)
    target = Path(config.site_dir) / EXPORT_PATH
    content = directory_json(dataset)
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")

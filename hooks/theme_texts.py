"""MkDocs hook: give the theme its words (footer links, 404 page) in the language being built.

The words come from data/labels.yaml through the generator; overrides/ lays them out.
i18n builds once per language and sets theme.language before each build.
"""
from __future__ import annotations

from pathlib import Path

from kys_rontgen import preview
from kys_rontgen.languages import configured_languages
from kys_rontgen.theme_texts import theme_texts


def on_env(env, config, files, **kwargs):
    root = Path(config.config_file_path).parent
    lang = config.theme["language"]
    texts = theme_texts(preview.load(root / "data", configured_languages(root / "mkdocs.yml"), root), lang)
    links = []
    for text, path in texts.pop("footer_links"):
        file = files.get_file_from_path(f"{lang}/{path}")
        if file is None:  # the generator writes these pages; a missing one is a bug, never a silent gap
            raise LookupError(f"footer link target {lang}/{path} is not among the built pages")
        links.append({"text": text, "url": file.url})
    env.globals["site_texts"] = {**texts, "footer_links": links}
    return env

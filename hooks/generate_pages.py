"""MkDocs hook: run the generator before each build and put its pages under docs/<lang>/.

A thin adapter: all logic lives in the `kys_rontgen` package. It runs in on_pre_build,
which MkDocs calls before it cleans site/, so invalid data stops the build while the last
good site/ stays as it was.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import Abort

from kys_rontgen.build import generate
from kys_rontgen.languages import configured_languages
from kys_rontgen.validation import DataErrors

log = logging.getLogger("mkdocs.hooks.generate_pages")
# Stale data is a warning, not a failure: a logger outside "mkdocs" is not counted by --strict.
freshness_log = logging.getLogger("kys_rontgen.freshness")


def on_pre_build(config, **kwargs) -> None:
    # i18n runs the whole build once per language; generation is idempotent, so
    # the second run finds every file unchanged and writes nothing.
    root = Path(config.config_file_path).parent
    try:
        generated = generate(root, Path(config.docs_dir))
    except DataErrors as error:  # the editor's report, without a traceback
        raise Abort(f"The data has {len(error.errors)} problem(s):\n{error}") from None
    if generated.changed:
        log.info("Generated pages changed: %s", ", ".join(generated.changed))
    # Once per build, not once per language: i18n sets the theme language of each language build.
    default = next(lang.code for lang in configured_languages(root / "mkdocs.yml") if lang.default)
    if config.theme["language"] == default:
        for warning in generated.warnings:
            freshness_log.warning("Stale data (warning): %s", warning)

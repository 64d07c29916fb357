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
from kys_rontgen.validation import DataErrors

log = logging.getLogger("mkdocs.hooks.generate_pages")


def on_pre_build(config, **kwargs) -> None:
    # i18n runs the whole build once per language; generation is idempotent, so
    # the second run finds every file unchanged and writes nothing.
    root = Path(config.config_file_path).parent
    try:
        changed = generate(root, Path(config.docs_dir))
    except DataErrors as error:  # the editor's report, without a traceback
        raise Abort(f"The data has {len(error.errors)} problem(s):\n{error}") from None
    if changed:
        log.info("Generated pages changed: %s", ", ".join(changed))

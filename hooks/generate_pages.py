"""MkDocs hook: run the generator before each build and put its pages under docs/<lang>/.

A thin adapter: all logic lives in the `kys_rontgen` package. It runs in on_pre_build,
which MkDocs calls before it cleans site/, so invalid data stops the build while the last
good site/ stays as it was.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import Abort

from kys_rontgen import preview
from kys_rontgen.build import generate
from kys_rontgen.clock import SettingError
from kys_rontgen.sync import is_generated
from kys_rontgen.validation import DataErrors

log = logging.getLogger("mkdocs.hooks.generate_pages")
# Stale data is a warning, not a failure: a logger outside "mkdocs" is not counted by --strict.
freshness_log = logging.getLogger("kys_rontgen.freshness")
preview_log = logging.getLogger("kys_rontgen.preview")


def on_startup(command, **kwargs) -> None:
    if command == "serve":
        preview.start_serving()


def on_pre_build(config, **kwargs) -> None:
    # i18n builds the other languages from inside the first language's build (its
    # `building` flag is set then); the pages were generated for all languages a moment
    # ago, so running again would only cost time (it would write nothing).
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    root = Path(config.config_file_path).parent
    try:
        generated = generate(root, Path(config.docs_dir))
    except DataErrors as error:  # the editor's report, without a traceback
        if preview.can_fall_back(root / "data"):  # `make serve`: keep the last good pages, show the problems
            preview.record(error.errors)
            preview_log.warning("The data has %d problem(s); showing the last good pages:\n%s", len(error.errors), error)
            return
        raise Abort(f"The data has {len(error.errors)} problem(s):\n{error}") from None
    except SettingError as error:
        raise Abort(str(error)) from None
    preview.record([])
    if generated.changed:
        log.info("Generated pages changed: %s", ", ".join(generated.changed))
    # Once per build: the other languages' builds returned above.
    for warning in generated.warnings:
        freshness_log.warning("Stale data (warning): %s", warning)


def on_serve(server, config, builder, **kwargs):
    """One rebuild per saved data change in `mkdocs serve`.

    The server rebuilds when anything in docs/ changes. A data change starts a build whose
    on_pre_build rewrites generated pages in docs/; the server would see those writes and
    build a second time. Its docs/ watcher is therefore told to pass over generated files
    (hand-written pages still trigger it). MkDocs 1.6 has no public filter for this, so we
    wrap its handler; if its internals change, serve merely falls back to two rebuilds.
    """
    docs = Path(config.docs_dir)
    watch = getattr(server, "_watch_refs", {}).get(os.path.abspath(docs))
    for handler in getattr(server.observer, "_handlers", {}).get(watch, ()):
        rebuild = handler.on_any_event

        def unless_generated(event, rebuild=rebuild):
            paths = [event.src_path, getattr(event, "dest_path", "") or event.src_path]
            if not all(is_generated(docs, path) for path in paths):
                rebuild(event)

        handler.on_any_event = unless_generated
    return server

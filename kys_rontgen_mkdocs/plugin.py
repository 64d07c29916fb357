"""The MkDocs plugin `kys-rontgen`: the generator's steps, in order, on MkDocs' events.

All logic lives in the `kys_rontgen` package; this class only hands it what MkDocs knows and
puts its results where MkDocs and the theme read them. Per build (both languages):

0. on_config: MkDocs renders no sitemap of its own (step 3 writes it);
1. on_pre_build: read the clock once, load and validate the data once, write the generated
   pages into docs/<lang>/ (invalid data stops the build before site/ is touched);
2. on_env, on_page_context, on_template_context: give the theme its words, each page its head
   links and notices, from that one dataset and that one moment (the theme's compiled templates
   are kept in the build cache, .cache/, for both languages and the next build);
3. on_post_build, after each language: set its 404 page aside; after the last language:
   kys_rontgen.site_files.finish_site (404 pages, sitemaps, robots.txt, the exports, the feeds,
   the search index of each language).

mkdocs-static-i18n builds the other languages from inside the first language's build (its
`building` flag is set then), so every event but on_serve fires once per language. The
state lives on this object, which MkDocs creates anew for every build (also every rebuild of
`mkdocs serve`): nothing survives from one build to the next but the build cache
(kys_rontgen/build_cache.py), whose every entry is checked against what it was made from.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs import __version__ as mkdocs_version
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from kys_rontgen import clock, notices, preview, seo
from kys_rontgen.build_cache import CACHE_DIR, template_cache
from kys_rontgen.build import Generated, generate
from kys_rontgen.site_files import finish_site, set_aside_404
from kys_rontgen.sync import is_generated
from kys_rontgen.theme_texts import language_homes, theme_texts
from kys_rontgen.validation import DataErrors

log = logging.getLogger("mkdocs.plugins.kys_rontgen")
# Stale data is a warning, not a failure: a logger outside "mkdocs" is not counted by --strict.
freshness_log = logging.getLogger("kys_rontgen.freshness")
preview_log = logging.getLogger("kys_rontgen.preview")


def _inside_another_language_build(config) -> bool:
    return bool(getattr(config.plugins.get("i18n"), "building", False))


class KysRontgenPlugin(BasePlugin):
    def __init__(self):
        self.generated: Generated | None = None  # this build's dataset, read once in on_pre_build

    @staticmethod
    def _cache_dir(config) -> Path:
        return Path(config.config_file_path).parent / CACHE_DIR

    def on_config(self, config):
        try:
            seo.site_address(config.site_url)  # printed raw by the theme: checked before anything is built
        except clock.SettingError as error:
            raise Abort(str(error)) from None
        # The sitemaps are written from the finished pages (step 3): MkDocs need not render its own.
        config.theme.static_templates.discard("sitemap.xml")
        return config

    # --- 1. data -> pages --------------------------------------------------------------------

    def on_pre_build(self, config) -> None:
        # The pages were generated for all languages at the start of the first language's build.
        if self.generated is not None and _inside_another_language_build(config):
            return
        root = Path(config.config_file_path).parent
        try:
            self.generated = generate(root, Path(config.docs_dir), clock.now())  # the one reading of the clock
        except clock.SettingError as error:  # a bad KYS_NOW: one line
            raise Abort(str(error)) from None
        except DataErrors as error:  # the editor's report, without a traceback
            self.generated = preview.fallback(root, error)  # `make serve`: the last good pages, the problems shown
            if self.generated is None:
                raise Abort(f"The data has {len(error.errors)} problem(s):\n{error}") from None
            preview_log.warning("The data has %d problem(s); showing the last good pages:\n%s", len(error.errors), error)
            return
        preview.succeeded(root, self.generated)
        if self.generated.changed:
            log.info("Generated pages changed: %s", ", ".join(self.generated.changed))
        for warning in self.generated.warnings:
            freshness_log.warning("Stale data (warning): %s", warning)

    # --- 2. what the theme shows ---------------------------------------------------------------

    @property
    def _dataset(self):
        return self.generated.dataset

    def on_env(self, env, config, files):
        # Compiled once, not once per language and build: i18n makes a new environment per language.
        env.bytecode_cache = template_cache(self._cache_dir(config), f"theme-mkdocs-{mkdocs_version}")
        lang = config.theme["language"]  # i18n sets it before each language's build
        texts = theme_texts(self._dataset, lang, config.site_url)
        links = []
        for text, path in texts.pop("footer_links"):
            file = files.get_file_from_path(f"{lang}/{path}")
            if file is None:  # the generator writes these pages; a missing one is a bug, never a silent gap
                raise LookupError(f"footer link target {lang}/{path} is not among the built pages")
            links.append({"text": text, "url": file.url})
        env.globals["site_texts"] = {**texts, "footer_links": links}
        return env

    def _notices(self, config, meta: dict) -> list:
        locations = meta.get("locations") or []
        locations = [locations] if isinstance(locations, str) else locations
        return notices.notices_for_page(self._dataset.notices, self._dataset.now, config.theme["language"],
                                        exam=meta.get("exam"), locations=list(locations))

    def on_page_context(self, context, page, config, nav):
        lang = config.theme["language"]
        alternates = getattr(page.file, "alternates", None) or {lang: page.file}
        urls = {code: file.url for code, file in alternates.items()}
        languages = [language.code for language in self._dataset.languages]
        context["seo"] = seo.head_links(config.site_url, urls, languages, lang)
        problem = seo.description_problem(page.meta.get("description"))
        if problem:
            log.warning("Page %s %s", page.file.src_uri, problem)
        context["notices"] = self._notices(config, page.meta)
        context["data_problems"] = preview.banner(lang)  # only while previewing broken data
        return context

    def on_template_context(self, context, template_name, config):
        if template_name == "404.html":
            context["notices"] = self._notices(config, {})
            # i18n leaves the language menu of the last page it built; this page is every
            # language's. It sets the menu as an attribute, which Jinja reads before the item.
            homes = language_homes(self._dataset, config.site_url)
            config.extra["alternate"] = homes
            setattr(config.extra, "alternate", homes)
        return context

    # --- 3. the finished site --------------------------------------------------------------------

    # Before i18n's on_post_build (priority -100), which starts the next language's build.
    @event_priority(0)
    def _after_each_language(self, config) -> None:
        set_aside_404(Path(config.site_dir), config.theme["language"])

    # After i18n has built every language (and written its search index).
    @event_priority(-200)
    def _after_the_last_language(self, config) -> None:
        if _inside_another_language_build(config):
            return
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
        finish_site(Path(config.site_dir), self._dataset, config.site_url or "/", epoch, self._cache_dir(config))

    on_post_build = CombinedEvent(_after_each_language, _after_the_last_language)

    # --- mkdocs serve ------------------------------------------------------------------------

    def on_serve(self, server, config, builder):
        """Broken data keeps the last good pages from now on (kys_rontgen.preview); one
        rebuild per saved data change.

        The server rebuilds when anything in docs/ changes. A data change starts a build whose
        on_pre_build rewrites generated pages in docs/; the server would see those writes and
        build a second time. Its docs/ watcher is therefore told to pass over generated files
        (hand-written pages still trigger it). MkDocs 1.6 has no public filter for this, so we
        wrap its handler; if its internals change, serve merely falls back to two rebuilds.
        """
        preview.start_serving()
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

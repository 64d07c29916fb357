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
build's state lives on this object and is reset in on_config at the start of every build:
nothing survives from one build to the next but whether this process is `mkdocs serve`
(on_startup; MkDocs keeps a plugin that has on_startup for the whole serve session) and the
build cache on disk (kys_rontgen/build_cache.py), whose every entry is checked against what it
was made from. While serving, broken data shows the last good pages or a problems page
(kys_rontgen.preview).
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import jinja2
from mkdocs import __version__ as mkdocs_version
from mkdocs.exceptions import Abort
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from kys_rontgen import clock, notices, preview, seo, site_links
from kys_rontgen.build_cache import CACHE_DIR, template_cache
from kys_rontgen.build import Generated, generate
from kys_rontgen.languages import configured_languages
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


def _nav_pages(nav) -> list[str]:
    """The page paths that the nav configuration names (for the problems page)."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    items = nav.values() if isinstance(nav, dict) else nav or []
    return [path for item in items for path in _nav_pages(item)]


class KysRontgenPlugin(BasePlugin):
    def __init__(self):
        self.serving = False  # `mkdocs serve`: broken data is previewed, not a failed build
        self._start_build()

    def _start_build(self) -> None:
        self.read = False  # the data has been read in this build (on_pre_build of the first language)
        self.generated: Generated | None = None  # this build's dataset; None while previewing without one
        self.problems: list = []  # while previewing broken data: what the editor must fix
        self.languages: list = []

    @staticmethod
    def _cache_dir(config) -> Path:
        return Path(config.config_file_path).parent / CACHE_DIR

    def on_startup(self, *, command, dirty):
        self.serving = command == "serve"

    def on_config(self, config):
        try:
            seo.site_address(config.site_url)  # printed raw by the theme: checked before anything is built
        except clock.SettingError as error:
            raise Abort(str(error)) from None
        if not _inside_another_language_build(config):
            self._start_build()
        # The sitemaps are written from the finished pages (step 3): MkDocs need not render its own.
        config.theme.static_templates.discard("sitemap.xml")
        return config

    # --- 1. data -> pages --------------------------------------------------------------------

    def on_pre_build(self, config) -> None:
        # The pages were generated for all languages at the start of the first language's build.
        if self.read and _inside_another_language_build(config):
            return
        self.read = True
        root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
        try:
            now = clock.now()  # the one reading of the clock
            self.generated = generate(root, docs, now)
        except clock.SettingError as error:  # a bad KYS_NOW: one line
            raise Abort(str(error)) from None
        except DataErrors as error:  # the editor's report, without a traceback
            if not self.serving:
                raise Abort(f"The data has {len(error.errors)} problem(s):\n{error}") from None
            self._preview_broken_data(root, docs, now, error, _nav_pages(config.nav))
            return
        except Exception as error:  # noqa: BLE001 - a fault, not the data's report
            if not self.serving:
                raise
            # `make serve` must keep serving the last good pages and say what happened (a fault
            # here used to stop the preview); the traceback is logged for the developers.
            preview_log.exception("The pages could not be made")
            self._preview_broken_data(root, docs, now, preview.unexpected(error), _nav_pages(config.nav))
            return
        preview.remember_good_data(root)
        if self.generated.changed:
            log.info("Generated pages changed: %s", ", ".join(self.generated.changed))
        for warning in self.generated.warnings:
            freshness_log.warning("Stale data (warning): %s", warning)

    def _preview_broken_data(self, root: Path, docs: Path, now, error: DataErrors, nav_pages: list[str]) -> None:
        """`make serve`: the last good pages with the problems on them, else the problems page."""
        self.problems = error.errors
        self.languages = configured_languages(root / "mkdocs.yml")
        self.generated = preview.last_good_pages(root, docs, now)
        if self.generated is None:
            preview.write_problem_pages(docs, self.languages, nav_pages)
            shown = "no data that worked to show pages from; every page lists the problems"
        else:
            shown = "showing the last good pages"
        preview_log.warning("The data has %d problem(s); %s:\n%s", len(error.errors), shown, error)

    # --- 2. what the theme shows ---------------------------------------------------------------

    @property
    def _dataset(self):
        return self.generated.dataset

    def on_env(self, env, config, files):
        # Compiled once, not once per language and build: i18n makes a new environment per language.
        env.bytecode_cache = template_cache(self._cache_dir(config), f"theme-mkdocs-{mkdocs_version}")
        lang = config.theme["language"]  # i18n sets it before each language's build
        if self.generated is None:  # previewing with no good data: every page is the problems page
            env.globals["data_problems_page"] = preview.problems_page(self.problems, lang, self.languages)
            theme = env.loader

            def problems_layout(name):
                return theme.get_source(env, "data-problems.html") if name in {"main.html", "404.html"} else None

            env.loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(problems_layout), theme])
            return env
        texts = theme_texts(self._dataset, lang, config.site_url)
        links = []
        for text, path in texts.pop("footer_links"):
            file = files.get_file_from_path(f"{lang}/{path}")
            if file is None:  # the generator writes these pages; a missing one is a bug, never a silent gap
                raise LookupError(f"footer link target {lang}/{path} is not among the built pages")
            links.append({"text": text, "url": file.url})
        env.globals["site_texts"] = {**texts, "footer_links": links}
        return env

    def _notices(self, config, meta: dict, page_url: str | None) -> list:
        """The notices of a page published at `page_url`, or (None) of the page served at any address."""
        locations = meta.get("locations") or []
        locations = [locations] if isinstance(locations, str) else locations
        lang = config.theme["language"]
        language = next(language for language in self._dataset.languages if language.code == lang)
        href = (site_links.anywhere(config.site_url, language) if page_url is None
                else site_links.on_page(page_url, language))
        return notices.notices_for_page(self._dataset.notices, self._dataset.now, lang,
                                        exam=meta.get("exam"), locations=list(locations), href=href)

    def on_page_context(self, context, page, config, nav):
        if self.generated is None:
            return context
        lang = config.theme["language"]
        alternates = getattr(page.file, "alternates", None) or {lang: page.file}
        urls = {code: file.url for code, file in alternates.items()}
        languages = [language.code for language in self._dataset.languages]
        context["seo"] = seo.head_links(config.site_url, urls, languages, lang)
        problem = seo.description_problem(page.meta.get("description"))
        if problem:
            log.warning("Page %s %s", page.file.src_uri, problem)
        context["notices"] = self._notices(config, page.meta, page.url)
        context["data_problems"] = preview.banner(self.problems, lang)  # only while previewing broken data
        return context

    def on_template_context(self, context, template_name, config):
        if template_name == "404.html" and self.generated is not None:
            context["notices"] = self._notices(config, {}, None)
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
        if self.generated is None:  # the problems page: no site to finish
            return
        set_aside_404(Path(config.site_dir), config.theme["language"])

    # After i18n has built every language (and written its search index).
    @event_priority(-200)
    def _after_the_last_language(self, config) -> None:
        if _inside_another_language_build(config) or self.generated is None:
            return
        epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
        finish_site(Path(config.site_dir), self._dataset, config.site_url or "/", epoch, self._cache_dir(config))

    on_post_build = CombinedEvent(_after_each_language, _after_the_last_language)

    # --- mkdocs serve ------------------------------------------------------------------------

    def on_serve(self, server, config, builder):
        """One rebuild per saved data change.

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

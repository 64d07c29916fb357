"""MkDocs hook: what publishing adds to every page, and normalised output files.

- head links (canonical, hreflang alternates with x-default, Open Graph) under SITE_URL;
- a warning (so --strict fails) for a page without a usable meta description;
- the notices active now for the page (front matter `exam: <id>` / `locations: [<id>]`
  choose the targeted ones; every page, 404 included, gets those for `all`);
- robots.txt pointing at the sitemap, and a sitemap.xml.gz without a build time in it.
Logic lives in kys_rontgen; this adapts it to MkDocs events.
"""
from __future__ import annotations

import gzip
import logging
import os
from pathlib import Path

from kys_rontgen import clock, notices, preview, seo
from kys_rontgen.languages import configured_languages

log = logging.getLogger("mkdocs.hooks.publishing")
_build: dict = {}  # per build: languages, notices, now (module globals survive between builds)


def on_pre_build(config, **kwargs) -> None:
    root = Path(config.config_file_path).parent
    languages = configured_languages(root / "mkdocs.yml")
    # generate_pages ran first and stopped the build on invalid data; this load succeeds.
    _build.update(languages=[lang.code for lang in languages],
                  notices=preview.load(root / "data", languages, root).notices,
                  now=clock.now())


def _notices(config, meta: dict) -> list:
    locations = meta.get("locations") or []
    locations = [locations] if isinstance(locations, str) else locations
    return notices.notices_for_page(_build["notices"], _build["now"], config.theme["language"],
                                    exam=meta.get("exam"), locations=list(locations))


def on_page_context(context, page, config, nav, **kwargs):
    lang = config.theme["language"]  # i18n sets it per language build
    alternates = getattr(page.file, "alternates", None) or {lang: page.file}
    urls = {code: file.url for code, file in alternates.items()}
    context["seo"] = seo.head_links(config.site_url, urls, _build["languages"], lang)
    problem = seo.description_problem(page.meta.get("description"))
    if problem:
        log.warning("Page %s %s", page.file.src_uri, problem)
    context["notices"] = _notices(config, page.meta)
    context["data_problems"] = preview.banner(lang)  # only while previewing broken data
    return context


def on_template_context(context, template_name, config, **kwargs):
    if template_name == "404.html":
        context["notices"] = _notices(config, {})
    if template_name == "sitemap.xml":
        context["x_default_language"] = _build["languages"][0]
    return context


def on_post_build(config, **kwargs) -> None:
    site = Path(config.site_dir)
    robots = f"User-agent: *\nAllow: /\n\nSitemap: {seo.absolute(config.site_url, 'sitemap.xml')}\n"
    (site / "robots.txt").write_text(robots, encoding="utf-8")
    _gzip_reproducibly(site / "sitemap.xml")


def _gzip_reproducibly(path: Path) -> None:
    """MkDocs stamps the build day into sitemap.xml.gz; use SOURCE_DATE_EPOCH or nothing."""
    if not path.exists():
        return
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
    with open(path.with_name(path.name + ".gz"), "wb") as raw:
        with gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=mtime) as packed:
            packed.write(path.read_bytes())

"""Render the validated dataset into page Markdown, every page in every language.

Each page kind is one module with a `pages(dataset)` function listing its pages; adding a
kind is one module and one line in PAGE_KINDS. Templates hold the layout; the data and
data/labels.yaml hold every word, so one template serves all languages.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from ..dataset import Dataset
from ..seo import description_problem
from ..validation import DataError, DataErrors, field_path
from .. import site_links
from . import accessibility, directory, exams, home, open_data, privacy
from .environment import environment, page_context, relative_link
from .page import Page, site_path

PAGE_KINDS = [home, directory, exams, accessibility, privacy, open_data]
# Longer page names make addresses no one can read or share, and near 255 bytes no file
# system can store the page (make check would pass, the build fail).
PAGE_NAME_MAX = 100
# Front matter as MkDocs reads it (YAML 1.1, safe), with libyaml's parser when PyYAML has it.
_FRONT_MATTER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

__all__ = ["Page", "relative_link", "render_pages"]


def render_pages(dataset: Dataset, cache_dir: Path | None = None) -> dict[str, str]:
    """{path under docs/: Markdown}, e.g. {"fi/index.md": "...", "en/index.md": "..."}.

    Raises DataErrors when a page would fail the build's own checks (its meta description),
    so that `make check` rejects first, at the data line that makes the page. `cache_dir`
    keeps the compiled templates between builds (kys_rontgen/build_cache.py).
    """
    env = environment(cache_dir)
    rendered: dict[str, str] = {}
    problems: list[DataError] = []
    templates = {}  # one lookup per template, not per page (Jinja checks the file each time)
    default = next(language for language in dataset.languages if language.default)
    # Every page's address as editors link it (its Finnish one from the site root) -> the places
    # (ids) a link may point at on it in every language.
    places: dict[str, set[str]] = {}
    for kind in PAGE_KINDS:
        for page in kind.pages(dataset):
            if page.template not in templates:
                templates[page.template] = env.get_template(page.template)
            template = templates[page.template]
            address = "/" + site_path(page.path, default)
            for language in dataset.languages:
                context = page_context(dataset, language.code, page, problems)
                path = f"{language.code}/{page.path}"
                here = site_path(page.path, language)
                rendered[path] = site_links.in_html(
                    template.render(**context), site_links.on_page(here, language))
                problems += _page_problems(dataset, page, path, rendered[path])
                ids = site_links.places(rendered[path])
                places[address] = places[address] & ids if address in places else ids
    problems += site_links.unknown_links(dataset, places)
    if problems:
        raise DataErrors(problems)
    return rendered


def _page_problems(dataset: Dataset, page: Page, path: str, markdown: str) -> list[DataError]:
    front = yaml.load(markdown.split("---\n", 2)[1], Loader=_FRONT_MATTER) if markdown.startswith("---\n") else {}
    problem = description_problem((front or {}).get("description"))
    origin = page.origin
    name = path.rsplit("/", 1)[-1].removesuffix(".md")
    if len(name) > PAGE_NAME_MAX:  # the same in every language: one line (DataErrors drops repeats)
        path, origin = page.path, page.name_origin or origin
        problem = f"has a name of {len(name)} characters; shorten it to at most {PAGE_NAME_MAX}"
    if problem is None:
        return []
    file, loc = origin or ("labels.yaml", ())
    source = dataset.sources.get(file)
    line, column = source.position(loc) if source else (1, 1)
    shown = str(source.path) if source else f"data/{file}"
    return [DataError(shown, line, column, field_path(loc), f"makes the page {path}, which {problem}")]

"""Render the validated dataset into page Markdown, every page in every language.

Each page kind is one module with a `pages(dataset)` function listing its pages; adding a
kind is one module and one line in PAGE_KINDS. Templates hold the layout; the data and
data/labels.yaml hold every word, so one template serves all languages.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify

from ..dataset import Dataset
from ..seo import description_problem
from ..validation import DataError, DataErrors, field_path
from .. import site_links
from ..languages import default_language
from . import accessibility, directory, exams, home, open_data, privacy
from .environment import environment, page_context, page_formats, relative_link
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
    fmts = {language.code: page_formats(dataset, language.code) for language in dataset.languages}
    default = default_language(dataset.languages)
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
                context = page_context(dataset, language.code, page, problems, fmt=fmts[language.code])
                path = f"{language.code}/{page.path}"
                here = site_path(page.path, language)
                rendered[path] = site_links.in_html(
                    template.render(**context), site_links.on_page(here, language))
                problems += _page_problems(dataset, page, path, rendered[path])
                problems += _anchor_problems(dataset, path, rendered[path])
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


# The anchors a page's Markdown makes: a heading's `{ #id }` or, without one, the id the toc extension
# makes from its text (as MkDocs does: its default slugify), and the raw HTML's `id="…"` (a place card's
# heading carries its location id, templates/location.md.j2). Read from the page itself, so a new section is covered.
# A card's own title (the heading right after it) is not counted: the toc gives it another id.
_HEADING = re.compile(r"^#{1,6} +(.*?)(?: +\{ *#([^\s}]+) *\})? *$")
_HTML_ID = re.compile(r'<[a-z][^<>]*\sid="([^"]+)"')
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _anchors(markdown: str) -> list[str]:
    anchors, card = [], None  # card: the id of the element just above, until the next text line
    for line in markdown.splitlines():
        if heading := _HEADING.match(line):
            text, explicit = heading.groups()
            anchor = explicit or slugify(_LINK.sub(r"\1", text), "-")
            if anchor != card:
                anchors.append(anchor)
        ids = _HTML_ID.findall(line)
        anchors += ids
        if ids or line.strip():
            card = ids[-1] if ids else None
    return anchors


def _anchor_problems(dataset: Dataset, path: str, markdown: str) -> list[DataError]:
    """A place's id that is also another anchor of its page (`paikat`, the heading "Paikat"): a shared
    link to that section (…/kunnat/iisalmi/#paikat) would open at the card, or the card at the section."""
    twice = {anchor for anchor, count in Counter(_anchors(markdown)).items() if count > 1}
    problems = []
    for file in ("locations.yaml", "ptv.yaml"):
        source, model = dataset.sources.get(file), dataset.models().get(file)
        for index, location in enumerate(getattr(model, "locations", [])):
            if location.id in twice and source is not None:
                line, column = source.position(("locations", index, "id"))
                problems.append(DataError(
                    str(source.path), line, column, f"locations[{index}].id",
                    f'"{location.id}" is also the anchor of a section of the page {path} (a link …#{location.id} '
                    "would open at the wrong place); give the location another id"))
    return problems

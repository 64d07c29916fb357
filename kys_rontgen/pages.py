"""Render the validated dataset into page Markdown, one page per language, through Jinja2.

Returns {path relative to docs/: Markdown}. Templates hold the layout; the data and
data/labels.yaml hold every word, so a template is shared by all languages.
"""
from __future__ import annotations

import json
import posixpath
from pathlib import Path

from markupsafe import Markup
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .dataset import Dataset

TEMPLATES = Path(__file__).parent / "templates"

# page kind -> (template, path under docs/<lang>/)
SINGLE_PAGES = {
    "home": ("home.md.j2", "index.md"),
}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Data goes into Markdown, which passes HTML through: escape every value by default.
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Front matter is YAML, not HTML: a JSON string is a valid YAML scalar.
    # (Text fields reject markup, so the page title cannot carry any either.)
    env.filters["yaml_string"] = lambda text: Markup(json.dumps(str(text), ensure_ascii=False))
    return env


def relative_link(from_page: str, to_page: str) -> str:
    """Markdown link from one docs/ page to another, which MkDocs resolves and checks."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


class PageContext:
    """What a template sees for one page in one language."""

    def __init__(self, dataset: Dataset, lang: str, page_path: str):
        self.dataset, self.lang, self.page_path = dataset, lang, page_path

    def t(self, localized: dict[str, str]) -> str:
        return localized[self.lang]

    def label(self, key: str) -> str:
        return self.dataset.labels[key][self.lang]

    def link(self, to_page: str) -> str:
        return relative_link(self.page_path, to_page)


def render_pages(dataset: Dataset) -> dict[str, str]:
    env = _environment()
    pages: dict[str, str] = {}
    for language in dataset.languages:
        for template_name, path in SINGLE_PAGES.values():
            ctx = PageContext(dataset, language.code, path)
            template = env.get_template(template_name)
            pages[f"{language.code}/{path}"] = template.render(
                data=dataset, t=ctx.t, label=ctx.label, link=ctx.link, lang=language.code
            )
    return pages

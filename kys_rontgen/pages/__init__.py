"""Render the validated dataset into page Markdown, every page in every language.

Each page kind is one module with a `pages(dataset)` function listing its pages; adding a
kind is one module and one line in PAGE_KINDS. Templates hold the layout; the data and
data/labels.yaml hold every word, so one template serves all languages.
"""
from __future__ import annotations

from ..dataset import Dataset
from . import accessibility, directory, exams, home, open_data, privacy
from .environment import environment, page_context, relative_link
from .page import Page

PAGE_KINDS = [home, directory, exams, accessibility, privacy, open_data]

__all__ = ["Page", "relative_link", "render_pages"]


def render_pages(dataset: Dataset) -> dict[str, str]:
    """{path under docs/: Markdown}, e.g. {"fi/index.md": "...", "en/index.md": "..."}."""
    env = environment()
    rendered: dict[str, str] = {}
    for kind in PAGE_KINDS:
        for page in kind.pages(dataset):
            template = env.get_template(page.template)
            for language in dataset.languages:
                context = page_context(dataset, language.code, page)
                rendered[f"{language.code}/{page.path}"] = template.render(**context)
    return rendered

"""MkDocs hook: list every exam page in the nav beneath the exam index, derived from the data.

mkdocs.yml names only `tutkimukset/index.md`; here that entry becomes a section holding the
index and one page per exam in data/exams.yaml, in the data's order. So adding an exam is
adding a data entry: no nav line to write. A thin adapter: the page list comes from
`kys_rontgen`, which knows nothing of MkDocs.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation, Section, _add_parent_links, _add_previous_and_next_links
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages.exams import INDEX, exam_page


def _is_exam_index(item) -> bool:
    # With i18n's folder layout a file is "fi/tutkimukset/index.md"; without it, "tutkimukset/index.md".
    return isinstance(item, Page) and (item.file.src_uri == INDEX or item.file.src_uri.endswith("/" + INDEX))


def _exam_section(index: Page, files, root: Path) -> Section:
    language_folder = index.file.src_uri.removesuffix(INDEX)
    dataset = load_dataset(root / "data", configured_languages(root / "mkdocs.yml"), root)
    exam_files = [files.get_file_from_path(language_folder + exam_page(exam)) for exam in dataset.exams.exams]
    children = [index] + [file.page for file in exam_files]
    # The section is named like the index page, in the language being built (its front matter).
    _, meta = get_data(index.file.content_string)
    return Section(meta.get("title") or index.file.name, children)


@event_priority(-200)  # after the i18n plugin (-100) has made this language's nav
def on_nav(nav: Navigation, config, files) -> Navigation:
    position = next((i for i, item in enumerate(nav.items) if _is_exam_index(item)), None)
    if position is None:
        return nav
    items = list(nav.items)
    items[position] = _exam_section(items[position], files, Path(config.config_file_path).parent)
    pages = list(_pages(items))
    _add_previous_and_next_links(pages)
    _add_parent_links(items)
    derived = Navigation(items, pages)
    derived.homepage = nav.homepage  # i18n chose it for this language
    return derived


def _pages(items):
    for item in items:
        if isinstance(item, Section):
            yield from _pages(item.children)
        elif isinstance(item, Page):
            yield item

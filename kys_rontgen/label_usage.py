"""Which labels of data/labels.yaml the pages and the theme use, read from the templates.

Every `label("key")` in a template is required; `label("prefix_" ~ value)` and label keys
written as strings elsewhere in a template (`("exam_do_heading", …)`) make those names
known. Read from the templates themselves, so a new label is never declared twice. Parsing
every template costs more than loading the data, so the answer is kept in the build cache
until a template or page module changes (kys_rontgen/build_cache.py).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from jinja2 import Environment, nodes

from .build_cache import remembered

TEMPLATES = Path(__file__).parent / "templates"
PAGE_MODULES = Path(__file__).parent / "pages"
_KEY = re.compile(r"[a-z]+(_[a-z]+)+")
# Labels that Python code uses outside templates (theme_texts.py, structured_data.py, feeds.py).
CODE_LABELS = ("footer_links", "accessibility_title", "privacy_title", "not_found_title", "not_found_language", "not_found_body",
               "home_link", "exam_results", "notices_feed_title", "notices_feed_description",
               "notices_feed_atom_link", "notices_feed_ics_link")


def used_labels(cache_dir: Path | None = None) -> tuple[frozenset[str], tuple[str, ...]]:
    """(label keys a page needs, prefixes of keys chosen by a value such as `exam_booking_`)."""
    sources = [*TEMPLATES.glob("*.j2"), *PAGE_MODULES.glob("*.py"), Path(__file__)]
    required, prefixes = remembered(cache_dir, "label-usage", sources, _read_label_usage)
    return frozenset(required), tuple(prefixes)


def _read_label_usage() -> tuple[list[str], list[str]]:
    env = Environment()
    required: set[str] = set(CODE_LABELS)
    prefixes: set[str] = set()
    for path in sorted(TEMPLATES.glob("*.j2")):
        tree = env.parse(path.read_text(encoding="utf-8"))
        for call in tree.find_all(nodes.Call):
            if not (isinstance(call.node, nodes.Name) and call.node.name == "label" and call.args):
                continue
            key = call.args[0]
            if isinstance(key, nodes.Const) and isinstance(key.value, str):
                required.add(key.value)
            elif isinstance(key, nodes.Concat) and isinstance(key.nodes[0], nodes.Const):
                prefixes.add(key.nodes[0].value)
            else:  # label(heading): the key is one of the template's string constants
                prefixes.update(
                    c.value for c in tree.find_all(nodes.Const) if isinstance(c.value, str) and _KEY.fullmatch(c.value)
                )
    # Keys the page modules choose in Python (the exam page's section headings and lists).
    from .pages.exams import SECTION_HEADINGS

    prefixes.update(SECTION_HEADINGS.values())
    for module in sorted(PAGE_MODULES.glob("*.py")):
        prefixes.update(
            node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _KEY.fullmatch(node.value)
            and node.value.endswith("_heading")
        )
    return sorted(required), sorted(prefixes)


def page_headings(cache_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """{template: the labels that head its sections} ("exam.md.j2": exam_what_heading, …): the keys
    ending in `_heading` a template names, and for a template that takes a label key from its page
    module (`label(heading)`), the `_heading` keys of the module that renders it."""
    sources = [*TEMPLATES.glob("*.j2"), *PAGE_MODULES.glob("*.py"), Path(__file__)]
    pages = remembered(cache_dir, "page-headings", sources, _read_page_headings)
    return {page: frozenset(keys) for page, keys in pages.items()}


def _heading_keys(values) -> set[str]:
    return {value for value in values if isinstance(value, str) and _KEY.fullmatch(value) and value.endswith("_heading")}


def _read_page_headings() -> dict[str, list[str]]:
    env = Environment()
    pages: dict[str, set[str]] = {}
    chosen: set[str] = set()  # templates whose label keys come from Python
    for path in sorted(TEMPLATES.glob("*.j2")):
        tree = env.parse(path.read_text(encoding="utf-8"))
        pages[path.name] = _heading_keys(c.value for c in tree.find_all(nodes.Const))
        if any(isinstance(call.node, nodes.Name) and call.node.name == "label" and call.args
               and not isinstance(call.args[0], nodes.Const) for call in tree.find_all(nodes.Call)):
            chosen.add(path.name)
    for module in sorted(PAGE_MODULES.glob("*.py")):
        constants = [node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)]
        for template in chosen.intersection(constants):
            pages[template] |= _heading_keys(constants)
    from .pages.exams import SECTION_HEADINGS  # made in Python, not written as constants

    pages["exam.md.j2"] |= set(SECTION_HEADINGS.values())
    return {page: sorted(keys) for page, keys in pages.items() if len(keys) > 1}

"""Which labels of data/labels.yaml the pages and the theme use, read from the templates.

Every `label("key")` in a template is required; `label("prefix_" ~ value)` and label keys
written as strings elsewhere in a template (`("exam_do_heading", …)`) make those names
known. Read from the templates themselves, so a new label is never declared twice.
"""
from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from jinja2 import Environment, nodes

TEMPLATES = Path(__file__).parent / "templates"
_KEY = re.compile(r"[a-z]+(_[a-z]+)+")
# Labels that Python code uses outside templates (theme_texts.py, structured_data.py, feeds.py).
CODE_LABELS = ("footer_links", "accessibility_title", "privacy_title", "not_found_title", "not_found_body",
               "home_link", "exam_results", "notices_feed_title", "notices_feed_description",
               "notices_feed_atom_link", "notices_feed_ics_link")


@functools.cache
def used_labels(extra: tuple[str, ...] = CODE_LABELS) -> tuple[frozenset[str], tuple[str, ...]]:
    """(label keys a page needs, prefixes of keys chosen by a value such as `exam_booking_`)."""
    env = Environment()
    required: set[str] = set(extra)
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
    for module in sorted((TEMPLATES.parent / "pages").glob("*.py")):
        prefixes.update(
            node.value for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _KEY.fullmatch(node.value)
            and node.value.endswith("_heading")
        )
    return frozenset(required), tuple(sorted(prefixes))

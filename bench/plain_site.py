"""The baseline: a plain Material + i18n site with the same pages written by hand.

It gets the Markdown our generator produced as ordinary files, the same Markdown
extensions, languages and nav policy, and none of our plugin, hooks, overrides or CSS, so the
ratio of the two build times is what our own features cost on top of the theme.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from kys_rontgen.languages import configured_languages


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV tags do not matter here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def make_plain_site(project: Path, destination: Path) -> Path:
    """`project` must have been built once, so its docs/ holds the generated pages."""
    ours = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    languages = configured_languages(project / "mkdocs.yml")
    shutil.copytree(project / "docs", destination / "docs", ignore=shutil.ignore_patterns(".generated.json"))
    config = {
        "site_name": "Plain",
        "site_url": "http://127.0.0.1:8000/",
        "theme": {"name": "material", "language": languages[0].code, "font": False},
        "markdown_extensions": ours.get("markdown_extensions", []),
        "plugins": [
            {"search": {"lang": [lang.code for lang in languages]}},
            {"i18n": {
                "docs_structure": "folder",
                "languages": [
                    {"locale": lang.code, "name": lang.name, "default": lang.default, "build": True}
                    for lang in languages
                ],
            }},
        ],
        "nav": ours.get("nav", ["index.md"]),
    }
    (destination / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return destination

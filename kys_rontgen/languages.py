"""The site's languages, read from the i18n plugin's list in mkdocs.yml (the one place they are set).

Plain YAML reading, no MkDocs import: `make check` needs the list without building.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Language:
    code: str  # "fi"
    name: str  # the language's name in itself: "suomi", "English"
    default: bool


# Languages written right to left (ISO 639-1 and -3 codes): while none of them is configured, a
# right-to-left letter in the data is a slip that reorders the digits beside it on the page.
RIGHT_TO_LEFT = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "nqo", "ps", "sd", "syr", "ug", "ur", "yi"})


def left_to_right(languages: list[Language]) -> bool:
    """Whether every configured language is written left to right."""
    return not any(language.code.split("-")[0].split("_")[0] in RIGHT_TO_LEFT for language in languages)


def default_language(languages: list[Language]) -> Language:
    """The language at the site root, the one editors write first."""
    return next(language for language in languages if language.default)


def language_prefix(language: Language) -> str:
    """Where a language's pages start under the site root: "" for the default, "en/" otherwise."""
    return "" if language.default else f"{language.code}/"


class _TolerantLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when built with it
    """mkdocs.yml may hold tags such as !ENV; their values do not matter here."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def configured_languages(mkdocs_yml: Path) -> list[Language]:
    config = yaml.load(mkdocs_yml.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            entries = plugin["i18n"]["languages"]
            languages = [
                Language(e["locale"], e["name"], bool(e.get("default", False))) for e in entries
            ]
            # The default language comes first: it is the one editors write first.
            return sorted(languages, key=lambda lang: not lang.default)
    raise ValueError(f"{mkdocs_yml}: no i18n plugin with a `languages:` list")

"""data/search.yaml: words that mean the same to a reader, for the site search (kys_rontgen/search_index.py)."""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, ValidationInfo
from pydantic_core import PydanticCustomError

from .base import Strict
from .texts import Text


def _site_language(value: str, info: ValidationInfo) -> str:
    languages = (info.context or {}).get("languages") or []
    if languages and value not in languages:
        raise PydanticCustomError(
            "language", '"{value}" is not a language of the site; write one of {known}',
            {"value": value, "known": ", ".join(languages)},
        )
    return value


SiteLanguage = Annotated[str, AfterValidator(_site_language)]


def _a_group(words: list[str]) -> list[str]:
    if len(words) < 2:
        raise PydanticCustomError("synonyms", "a group of one word finds nothing new; add the words that mean the same")
    return words


class SynonymGroup(Strict):
    language: SiteLanguage
    words: Annotated[list[Text], AfterValidator(_a_group)]


class Search(Strict):
    synonyms: list[SynonymGroup] = []

    def groups(self, language: str) -> list[list[str]]:
        """The synonym groups of one language."""
        return [group.words for group in self.synonyms if group.language == language]

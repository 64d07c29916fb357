"""data/search.yaml: words that mean the same to a reader, for the site search (kys_rontgen/search_index.py)."""
from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from .fields import Strict


class SynonymGroup(Strict):
    language: str
    words: list[str] = Field(min_length=2)

    @field_validator("language")
    @classmethod
    def _site_language(cls, value: str, info: ValidationInfo) -> str:
        languages = (info.context or {}).get("languages") or []
        if languages and value not in languages:
            raise PydanticCustomError(
                "language", '"{value}" is not a language of the site; write one of {known}',
                {"value": value, "known": ", ".join(languages)},
            )
        return value


class Search(Strict):
    synonyms: list[SynonymGroup] = []

    def groups(self, language: str) -> list[list[str]]:
        """The synonym groups of one language."""
        return [group.words for group in self.synonyms if group.language == language]

"""data/search.yaml: words that mean the same to a reader, for the site search (kys_rontgen/search_index.py)."""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, ValidationError, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import Strict
from .texts import Text, compatibility_character

# Every word of a group goes into the hidden search text of each page that has any word of it
# (search_index.py), so a group's size multiplies the index: one pasted line of 3000 words made
# it 10 MB. The committed groups have at most 6 words and 72 in all; twice and six times that
# leave room for real additions (a group of a dozen synonyms is already more than readers type)
# and stop a pasted word list at once.
MAX_WORDS_IN_GROUP = 12
MAX_WORDS_IN_ALL = 400


@cache
def stop_words(language: str) -> frozenset[str]:
    """The words the site search leaves out of every query in `language` (lunr's stop words, from the
    copy of lunr that Material serves): a synonym among them can never be searched for."""
    spec = importlib.util.find_spec("material")  # finds the theme's files without importing MkDocs
    if spec is None or spec.origin is None:
        return frozenset()
    scripts = Path(spec.origin).parent / "templates" / "assets" / "javascripts"
    if language == "en":  # English is built into lunr, in Material's search worker
        files = sorted((scripts / "workers").glob("search.*.min.js"))
        found = re.search(r"generateStopWordFilter\(\[([^\]]*)\]", files[0].read_text(encoding="utf-8")) if files else None
        return frozenset(re.findall(r'"([^"]+)"', found.group(1))) if found else frozenset()
    path = scripts / "lunr" / "min" / f"lunr.{language}.min.js"
    found = re.search(r'generateStopWordFilter\("([^"]*)"', path.read_text(encoding="utf-8")) if path.is_file() else None
    return frozenset(found.group(1).split()) if found else frozenset()


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
    if len(words) > MAX_WORDS_IN_GROUP:
        raise PydanticCustomError(
            "synonyms_many",
            "has {count} words; a group holds at most {most} (every word is added to each page that has one of "
            "them, so a long list makes the search slow to load): keep the words readers really type, "
            "or split the group by meaning",
            {"count": len(words), "most": MAX_WORDS_IN_GROUP},
        )
    return words


class SynonymGroup(Strict):
    language: SiteLanguage
    words: Annotated[list[Text], AfterValidator(_a_group)]


# What a word of the search may hold: letters, digits, and the space, hyphen and apostrophe between
# them ("health centre", "x-ray"). The search reads "*", "~", "^", "+", ":" and a leading "-" as
# instructions (wildcard, fuzzy, boost, required, field, excluded), so a synonym of them finds nothing
# it seems to.
_SEARCH_WORD = re.compile(r"[^\W_]+(?:[ '’-][^\W_]+)*")


def _word_problem(word: str, language: str) -> PydanticCustomError | None:
    folded = word.strip().lower()
    if character := compatibility_character(folded):
        return PydanticCustomError(
            "synonym_letter_form",
            '"{word}" has "{character}", a look-alike form of "{plain}" (full-width or similar) that readers never '
            'type; write "{plain}"', {"word": word, "character": character,
                                       "plain": unicodedata.normalize("NFKC", character)})
    if not _SEARCH_WORD.fullmatch(folded):
        return PydanticCustomError(
            "synonym_characters",
            '"{word}" has characters other than letters, digits and a space, hyphen or apostrophe between them '
            "(the search reads * ~ ^ + : as instructions); write the plain word", {"word": word})
    if len(folded) > SYNONYM_MAX:
        # The longest real Finnish words of the site are about 30 letters ("rintasyöpäseulontakutsu").
        return PydanticCustomError(
            "synonym_length", '"{start}…" has {count} characters; a search word has at most {most}: write the word '
            "readers type", {"start": word[:20], "count": len(folded), "most": SYNONYM_MAX})
    if len(folded) == 1:
        return PydanticCustomError(
            "synonym_letter", '"{word}" is one letter, which is in nearly every page; remove it', {"word": word})
    if folded in stop_words(language):
        return PydanticCustomError(
            "synonym_stop_word",
            '"{word}" is a word the search leaves out of every query (a stop word, like "ja" or "the"), so it '
            "never finds anything; remove it", {"word": word})
    return None


SYNONYM_MAX = 60


def _groups(groups: list[SynonymGroup]) -> list[SynonymGroup]:
    problems = []
    total = sum(len(group.words) for group in groups)
    if total > MAX_WORDS_IN_ALL:
        problems.append(InitErrorDetails(type=PydanticCustomError(
            "synonyms_total",
            "hold {count} words in all; the groups hold at most {most} together (each word makes the search "
            "slower to load on every page): remove the groups readers do not need",
            {"count": total, "most": MAX_WORDS_IN_ALL}), loc=(), input=total))
    first: dict[tuple[str, str], tuple[int, int]] = {}
    for index, group in enumerate(groups):
        for position, word in enumerate(group.words):
            loc = (index, "words", position)
            if problem := _word_problem(word, group.language):
                problems.append(InitErrorDetails(type=problem, loc=loc, input=word))
                continue
            key = (group.language, word.strip().lower())
            if key in first and first[key][0] == index:
                problems.append(InitErrorDetails(type=PydanticCustomError(
                    "synonym_repeated", '"{word}" is twice in this group; remove one',
                    {"word": word, "see": (first[key][1],)}), loc=loc, input=word))
            elif key in first:
                # One word in two groups joins them silently: each finds the other's words.
                problems.append(InitErrorDetails(type=PydanticCustomError(
                    "synonym_twice",
                    '"{word}" is in two groups; a word belongs to one group: merge the groups, or remove it from one',
                    {"word": word, "see": (first[key][0], "words", first[key][1])}), loc=loc, input=word))
            first.setdefault(key, (index, position))
    if problems:
        raise ValidationError.from_exception_data("synonyms", problems)
    return groups


class Search(Strict):
    synonyms: Annotated[list[SynonymGroup], AfterValidator(_groups)] = []

    def groups(self, language: str) -> list[list[str]]:
        """The synonym groups of one language."""
        return [group.words for group in self.synonyms if group.language == language]

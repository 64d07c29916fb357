"""The lemmatiser of the site search (simplemma), with its answers kept on disk between builds.

simplemma's Finnish dictionary (3.5 million entries) takes about 3 s of CPU to load, more than
the rest of a build. The site's words change little from one build to the next, so each answer
(a word's base form; the dictionary's forms of a base form) is kept in a cache folder
(`.cache/` of the project, git-ignored; kys_rontgen/build_cache.py), one file per language and
simplemma version. A build loads the dictionary only when it meets a word no earlier build
asked about: the first build of a fresh clone fills the cache and is that much slower. The
answers are the same either way.
"""
from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

from .build_cache import write_atomically

_FORMAT = 1  # of the cache file; a new layout gets a new number and starts a new cache


class Lemmatiser:
    """One language's base forms and word forms, answered from the cache when it can."""

    def __init__(self, lang: str, cache_dir: Path | None = None):
        self.lang = lang
        self._path = cache_dir / f"lemmas-{lang}-simplemma-{version('simplemma')}.json" if cache_dir else None
        self._base: dict[str, str] = {}
        self._forms: dict[str, list[str]] = {}
        self._new = False
        if self._path:
            self._read()

    def _read(self) -> None:
        try:
            cached = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # no cache yet, or a broken one: start again
            return
        if isinstance(cached, dict) and cached.get("format") == _FORMAT:
            self._base, self._forms = cached["base"], cached["forms"]

    def base_form(self, word: str) -> str:
        """The word's base form in lower case ("Varkaudessa" -> "varkaus"); the word itself if unknown."""
        base = self._base.get(word)
        if base is None:
            base = self._base[word] = _lemmatize(word, self.lang)
            self._new = True
        return base

    def forms(self, lemmas: set[str]) -> dict[str, list[str]]:
        """For each lower-case lemma, its one-word forms in the dictionary, lower case (maybe none)."""
        missing = lemmas - self._forms.keys()
        if missing:
            self._forms.update(_dictionary_forms(self.lang, missing))
            self._new = True
        return {lemma: self._forms[lemma] for lemma in lemmas}

    def save(self) -> None:
        """Write what this build asked anew (atomically: a build running beside it reads a whole file)."""
        if not (self._path and self._new):
            return
        write_atomically(self._path, json.dumps({"format": _FORMAT, "base": self._base, "forms": self._forms},
                                                ensure_ascii=False, separators=(",", ":"), sort_keys=True))
        self._new = False


def _supported(lang: str) -> bool:
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    return lang in SUPPORTED_LANGUAGES


def _lemmatize(word: str, lang: str) -> str:
    if not _supported(lang):
        return word.casefold()
    import simplemma  # here, not at the top: a build whose words are all in the cache never needs it

    return simplemma.lemmatize(word, lang=lang).casefold()


def _dictionary_forms(lang: str, lemmas: set[str]) -> dict[str, list[str]]:
    """Every lemma's one-word forms in the dictionary, in one pass over it.

    The 3.5 million Finnish entries are compared as the bytes simplemma keeps (20 times faster
    than decoding each); the dictionary writes names capitalised and acronyms upper case.
    """
    found: dict[str, set[str]] = {lemma: set() for lemma in lemmas}
    if not _supported(lang):
        return {lemma: [] for lemma in lemmas}
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    mapping = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    raw = getattr(mapping, "_dict", None)  # simplemma 2.0's bytes dictionary (pinned)
    if raw is None:
        entries = ((form, lemma) for form, lemma in mapping.items() if lemma.casefold() in lemmas)
    else:
        wanted = {variant.encode() for lemma in lemmas for variant in (lemma, lemma.capitalize(), lemma.upper())}
        entries = ((form.decode(), lemma.decode()) for form, lemma in raw.items() if lemma in wanted)
    for form, lemma in entries:
        if " " not in form and lemma.casefold() in found:
            found[lemma.casefold()].add(form.casefold())
    return {lemma: sorted(forms) for lemma, forms in found.items()}

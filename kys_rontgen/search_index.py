"""One search index per language, with base forms, from the index Material writes for the whole site.

Material's search plugin writes one `search/search_index.json` holding every language, so a
reader on a Finnish page gets English results too. After the build this step splits it: the
default language's pages stay in `search/search_index.json`, each other language's go to
`<lang>/search/search_index.json` (overrides/partials/search-on-demand.js asks for the one of
the page's language).

Finnish inflects ("Varkaus", "Varkaudessa"), and lunr's prefix match cannot see that two forms
are one word. A lemmatiser (simplemma, pure Python, dictionaries for every language it knows)
gives each word of a page its base form: those go into a `base` field that lunr indexes and
Material never shows. Beside the index goes a table, for the base forms the site uses, of the
word forms a reader may type; overrides/partials/search-base-forms.js turns the query's words
into base forms with it before lunr sees them. The lemmatiser's answers are kept on disk between
builds (kys_rontgen/lemmatiser.py). Synonyms from data/search.yaml go into the
same hidden field, so "cost" finds the page that says "fee". Keywords from the data (page
front matter `tags`) move to a hidden `keywords` field: indexed, never shown in the results.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from .languages import Language
from .lemmatiser import Lemmatiser
from .model.search import Search

INDEX = Path("search") / "search_index.json"
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]+>")
# lunr's trimmer strips punctuation from the ends of words, so "Varkaus," and "Varkaus" match.
PIPELINE = ["stopWordFilter", "trimmer"]
# A word the dictionary knows in fewer forms than this is taken to be a compound it lacks.
COMPOUND_FORMS_BELOW = 10


def _prefix(language: Language) -> str:
    """Where a language's pages live in the site: the default language at the root."""
    return "" if language.default else f"{language.code}/"


def _words(text: str) -> list[str]:
    return _WORD.findall(html.unescape(_TAG.sub(" ", text)))


# A compound's last part is a word of its own: no longer than this ("vastaanottotoiminta"). Without
# the bound, one pasted "word" of 30,000 letters asked the lemmatiser about 30,000 tails (quadratic
# time, a cache of hundreds of megabytes).
LONGEST_TAIL = 24


def _tails(word: str) -> list[str]:
    """Final parts a compound may end in, longest first: "magneettikuvaus" -> "eettikuvaus", … "kuvaus", … "kaus"."""
    return [word[i:] for i in range(max(3, len(word) - LONGEST_TAIL), len(word) - 3)]


def word_forms(base_forms: set[str], lemmatiser: Lemmatiser) -> dict[str, list[str]]:
    """For each of `base_forms`, its other forms in the lemmatiser's dictionary (lower case).

    The dictionary lists few forms of compounds ("magneettikuvaus"); a compound inflects in its
    last part, so it also gets the forms of its longest final part the dictionary knows ("kuvaus").
    """
    tails = {tail for base in base_forms for tail in _tails(base)}
    known = {lemma: found for lemma, found in lemmatiser.forms(base_forms | tails).items() if found}
    forms = {}
    for base in sorted(base_forms):
        found = set(known.get(base, ()))
        tail = next((tail for tail in _tails(base) if tail in known), None)
        if tail and len(found) < COMPOUND_FORMS_BELOW:
            found |= {base[: len(base) - len(tail)] + form for form in known[tail]}
        found.discard(base)  # the base form itself needs no entry: the query keeps unknown words
        if found:
            forms[base] = sorted(found)
    return forms


def _synonym_lookup(groups: list[list[str]], lemmatiser: Lemmatiser) -> dict[str, list[str]]:
    """Each synonym's base form -> the base forms of its whole group."""
    lookup: dict[str, list[str]] = {}
    for group in groups:
        members = [_synonym_base(word, lemmatiser) for phrase in group for word in _words(phrase)]
        for member in members:
            lookup.setdefault(member, [])
            lookup[member] += [other for other in members if other not in lookup[member]]
    return lookup


def _synonym_base(word: str, lemmatiser: Lemmatiser) -> str:
    """A synonym's base form: the lemmatiser's when the word is one of its forms ("raskaana" ->
    "raskas"), else the word as written. The lemmatiser takes a compound its dictionary lacks for
    its first part ("mammografiakutsu" -> "mammografia", "asiakasmaksu" -> "asiakas"), which would
    give every page with that other word the group's words and none the word a reader types."""
    written, base = word.casefold(), lemmatiser.base_form(word)
    if base == written or written in lemmatiser.forms({base})[base]:
        return base
    return written


class _HiddenWords:
    """The base forms and synonyms of a word that differ from it, worked out once per word:
    a site repeats its words thousands of times."""

    def __init__(self, lemmatiser: Lemmatiser, synonym_of: dict[str, list[str]]):
        self.lemmatiser, self.synonym_of = lemmatiser, synonym_of
        self.known: dict[str, list[str]] = {}

    def of(self, word: str) -> list[str]:
        hidden = self.known.get(word)
        if hidden is None:
            base = self.lemmatiser.base_form(word)
            hidden = self.known[word] = [other for other in [base, *self.synonym_of.get(base, ())]
                                         if other != word.casefold()]
        return hidden

    def in_text(self, words: list[str]) -> list[str]:
        """Once per occurrence (so a page that uses a word often still ranks above one that uses it once)."""
        return [other for word in words for other in self.of(word)]


def language_index(merged: dict, language: Language, languages: list[Language],
                   synonyms: list[list[str]], lemmatiser: Lemmatiser | None = None) -> dict:
    """The search index of one language's pages, with hidden base forms and the query table."""
    prefix = _prefix(language)
    other_prefixes = tuple(_prefix(other) for other in languages if not other.default)
    lang = language.code
    lemmatiser = lemmatiser or Lemmatiser(lang)
    synonym_of = _synonym_lookup(synonyms, lemmatiser)
    hidden_words = _HiddenWords(lemmatiser, synonym_of)
    docs, vocabulary = [], set()
    for entry in merged["docs"]:
        location = entry["location"]
        if prefix:
            if not location.startswith(prefix):
                continue
        elif location.startswith(other_prefixes):
            continue
        doc = dict(entry)
        keywords = doc.pop("tags", None)
        if keywords:
            doc["keywords"] = " ".join(keywords)
        # The base forms of the title weigh as the title, those of the text as the text.
        for field, text in (("base_title", doc["title"]), ("base", doc["text"] + " " + doc.get("keywords", ""))):
            words = _words(text)
            hidden = hidden_words.in_text(words)
            vocabulary.update(lemmatiser.base_form(word) for word in set(words))
            if hidden:
                doc[field] = " ".join(hidden)
        docs.append(doc)
    # The query table covers the synonyms too: "hinnat" -> "hinta", which the synonyms then widen.
    vocabulary |= set(synonym_of)
    fields = dict(merged["config"]["fields"])
    # Keywords name the page as its title does (Material gives tags a thousand times more).
    fields.pop("tags")
    fields["keywords"] = fields["title"]
    fields["base_title"] = fields["title"]
    fields["base"] = fields["text"]
    config = {
        **merged["config"],
        # One language's stemmer and stop words; lunr has no support files for every language.
        "lang": [lang] if lang in merged["config"]["lang"] else ["en"],
        "pipeline": PIPELINE,
        "fields": fields,
        "forms": {lemma: " ".join(forms) for lemma, forms in word_forms(vocabulary, lemmatiser).items()},
    }
    return {"config": config, "docs": docs}


def write_language_indexes(site_dir: Path, languages: list[Language], search: Search,
                           cache_dir: Path | None = None) -> None:
    """Replace the site's all-language search index by one index per language built.

    A language whose pages were not built (`make serve-fast`) gets no index. The lemmatiser's
    answers are kept in `cache_dir` between builds (kys_rontgen/lemmatiser.py).
    """
    merged_path = site_dir / INDEX
    if not merged_path.exists():  # no search plugin, no search
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    if "forms" in merged["config"]:  # split already (the step ran before on this site)
        return
    indexes = {}
    for lang in languages:
        lemmatiser = Lemmatiser(lang.code, cache_dir)
        indexes[_prefix(lang)] = language_index(merged, lang, languages, search.groups(lang.code), lemmatiser)
        lemmatiser.save()
    for prefix, index in indexes.items():
        if not index["docs"]:
            continue
        path = site_dir / prefix / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

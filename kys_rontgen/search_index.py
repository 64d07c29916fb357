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
into base forms with it before lunr sees them. Synonyms from data/search.yaml go into the
same hidden field, so "cost" finds the page that says "fee". Keywords from the data (page
front matter `tags`) move to a hidden `keywords` field: indexed, never shown in the results.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY, SUPPORTED_LANGUAGES

from .languages import Language
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


@lru_cache(maxsize=200_000)
def base_form(word: str, lang: str) -> str:
    """The word's base form in lower case ("Varkaudessa" -> "varkaus"); the word itself if unknown."""
    if lang not in SUPPORTED_LANGUAGES:
        return word.casefold()
    return simplemma.lemmatize(word, lang=lang).casefold()


def _dictionary_entries(lang: str, lemmas: set[str]):
    """(form, lemma) of the lemmatiser's dictionary for the given lower-case lemmas.

    The 3.5 million Finnish entries are compared as the bytes simplemma keeps (20 times
    faster than decoding each); the dictionary writes names capitalised and acronyms upper case.
    """
    mapping = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
    raw = getattr(mapping, "_dict", None)  # simplemma 2.0's bytes dictionary (pinned)
    if raw is None:
        yield from ((form, lemma) for form, lemma in mapping.items() if lemma.casefold() in lemmas)
        return
    wanted = {variant.encode() for lemma in lemmas for variant in (lemma, lemma.capitalize(), lemma.upper())}
    for form, lemma in raw.items():
        if lemma in wanted:
            yield form.decode(), lemma.decode()


def _tails(word: str) -> list[str]:
    """Final parts a compound may end in, longest first: "magneettikuvaus" -> "eettikuvaus", … "kuvaus", … "kaus"."""
    return [word[i:] for i in range(3, len(word) - 3)]


def word_forms(base_forms: set[str], lang: str) -> dict[str, list[str]]:
    """For each of `base_forms`, its other forms in the lemmatiser's dictionary (lower case).

    The dictionary lists few forms of compounds ("magneettikuvaus"); a compound inflects in its
    last part, so it also gets the forms of its longest final part the dictionary knows ("kuvaus").
    """
    if lang not in SUPPORTED_LANGUAGES:
        return {}
    tails = {tail for base in base_forms for tail in _tails(base)}
    known: dict[str, set[str]] = {}
    for form, lemma in _dictionary_entries(lang, base_forms | tails):
        if " " not in form:
            known.setdefault(lemma.casefold(), set()).add(form.casefold())
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


def _synonym_lookup(groups: list[list[str]], lang: str) -> dict[str, list[str]]:
    """Each synonym's base form -> the base forms of its whole group."""
    lookup: dict[str, list[str]] = {}
    for group in groups:
        members = [base_form(word, lang) for phrase in group for word in _words(phrase)]
        for member in members:
            lookup.setdefault(member, [])
            lookup[member] += [other for other in members if other not in lookup[member]]
    return lookup


def _hidden_words(words: list[str], lang: str, synonym_of: dict[str, list[str]]) -> list[str]:
    """The base forms and synonyms of `words` that differ from the words, once per occurrence
    (so a page that uses a word often still ranks above one that uses it once)."""
    hidden = []
    for word in words:
        base = base_form(word, lang)
        hidden += [other for other in [base, *synonym_of.get(base, ())] if other != word.casefold()]
    return hidden


def language_index(merged: dict, language: Language, languages: list[Language],
                   synonyms: list[list[str]]) -> dict:
    """The search index of one language's pages, with hidden base forms and the query table."""
    prefix = _prefix(language)
    other_prefixes = tuple(_prefix(other) for other in languages if not other.default)
    lang = language.code
    synonym_of = _synonym_lookup(synonyms, lang)
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
            hidden = _hidden_words(_words(text), lang, synonym_of)
            vocabulary.update(base_form(word, lang) for word in _words(text))
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
        "forms": {lemma: " ".join(forms) for lemma, forms in word_forms(vocabulary, lang).items()},
    }
    return {"config": config, "docs": docs}


def write_language_indexes(site_dir: Path, languages: list[Language], search: Search) -> None:
    """Replace the site's all-language search index by one index per language built.

    A language whose pages were not built (`make serve-fast`) gets no index.
    """
    merged_path = site_dir / INDEX
    if not merged_path.exists():  # no search plugin, no search
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    if "forms" in merged["config"]:  # split already (the step ran before on this site)
        return
    indexes = {_prefix(lang): language_index(merged, lang, languages, search.groups(lang.code)) for lang in languages}
    for prefix, index in indexes.items():
        if not index["docs"]:
            continue
        path = site_dir / prefix / INDEX
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

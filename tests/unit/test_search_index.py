"""One search index per language, with Finnish base forms, synonyms and hidden keywords (kys_rontgen.search_index)."""
from __future__ import annotations

import json

import pytest

import shutil

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import Language, configured_languages
from kys_rontgen.model.search import Search
from kys_rontgen import lemmatiser
from kys_rontgen.lemmatiser import Lemmatiser
from kys_rontgen.search_index import language_index, word_forms, write_language_indexes
from kys_rontgen.validation import DataErrors

from ..conftest import ROOT

FI, EN, SV = Language("fi", "suomi", True), Language("en", "English", False), Language("sv", "svenska", False)
CONFIG = {
    "lang": ["fi", "en", "sv"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
    "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}},
}


def _merged(*docs):
    return {"config": CONFIG, "docs": [{"location": loc, "title": title, "text": text, **extra} for loc, title, text, *rest in docs for extra in (rest[0] if rest else {},)]}


MERGED = _merged(
    ("kunnat/varkaus/", "Varkaus", "<p>Röntgenkuvia otetaan Varkauden sairaalassa.</p>"),
    ("en/kunnat/varkaus/", "Varkaus", "<p>Plain X-rays are taken at the hospital. There is a fee.</p>"),
    ("sv/kunnat/varkaus/", "Varkaus", "<p>Röntgen på sjukhuset.</p>"),
    ("tutkimukset/mri/", "Magneettikuvaus", "<p>Ennen tutkimusta.</p>", {"tags": ["paasto", "tahdistin"]}),
)


def test_each_language_gets_only_its_own_pages_a_third_one_included():
    languages = [FI, EN, SV]
    pages = {lang.code: [d["location"] for d in language_index(MERGED, lang, languages, [])["docs"]] for lang in languages}
    assert pages == {
        "fi": ["kunnat/varkaus/", "tutkimukset/mri/"],
        "en": ["en/kunnat/varkaus/"],
        "sv": ["sv/kunnat/varkaus/"],
    }


def test_finnish_text_is_indexed_in_base_forms_and_the_query_table_knows_inflected_forms():
    index = language_index(MERGED, FI, [FI, EN, SV], [])
    varkaus = index["docs"][0]
    # "Varkauden" (genitive, consonant gradation) is indexed as "varkaus", hidden from the results.
    assert "varkaus" in varkaus["base"].split() and "sairaala" in varkaus["base"].split()
    assert "Varkauden" in varkaus["text"]  # what the reader sees is unchanged
    forms = {form: base for base, found in index["config"]["forms"].items() for form in found.split()}
    assert forms["varkaudessa"] == "varkaus"  # inessive, a form the page never uses
    assert forms["magneettikuvaukseen"] == "magneettikuvaus"  # illative of a compound
    assert index["config"]["lang"] == ["fi"]  # Finnish stop words and trimmer only


def test_compounds_get_the_forms_of_their_last_part():
    forms = word_forms({"magneettikuvaus"}, Lemmatiser("fi"))["magneettikuvaus"]
    assert {"magneettikuvauksen", "magneettikuvauksessa", "magneettikuvausta"} <= set(forms)


def test_a_pasted_word_of_thousands_of_letters_asks_the_dictionary_about_few_parts():
    asked = []

    class Counting(Lemmatiser):
        def forms(self, lemmas):
            asked.extend(lemmas)
            return super().forms(lemmas)

    word = "kuvaus" * 5000  # a 30,000-letter "word": the build took 28 s and wrote a 450 MB cache
    word_forms({word, "magneettikuvaus"}, Counting("fi", cache_dir=None))
    assert len(asked) < 50
    assert "kuvaus" in asked  # a compound's last part is still looked up


def test_keywords_are_indexed_but_never_shown():
    mri = language_index(MERGED, FI, [FI, EN, SV], [])["docs"][1]
    assert "tags" not in mri  # Material shows a document's tags in the result list
    assert mri["keywords"] == "paasto tahdistin"


def test_synonyms_from_data_let_cost_find_the_page_that_says_fee():
    index = language_index(MERGED, EN, [FI, EN, SV], [["cost", "fee", "price"]])
    assert {"cost", "price"} <= set(index["docs"][0]["base"].split())


def test_a_compound_synonym_the_dictionary_lacks_finds_its_page_and_no_other():
    # simplemma reads "mammografiakutsu" as "mammografia": the synonym stands as written, so a reader
    # typing it (or "seulontakutsua") finds the screening page, and the clinical mammography page,
    # which only says "mammografia", does not get the screening words.
    merged = _merged(
        ("tutkimukset/mammography-screening/", "Mammografiaseulonta", "<p>Kutsu tulee kirjeellä.</p>"),
        ("tutkimukset/mammography/", "Mammografia", "<p>Lääkärin lähetteellä.</p>"),
    )
    index = language_index(merged, FI, [FI, EN], [["mammografiaseulonta", "mammografiakutsu", "seulontakutsu"]])
    screening, clinical = index["docs"]
    assert {"mammografiakutsu", "seulontakutsu"} <= set(screening["base_title"].split())
    assert "kutsu" not in clinical.get("base_title", "") + clinical.get("base", "")
    assert "seulontakutsuun" in index["config"]["forms"]["seulontakutsu"].split()  # an inflected query finds it too


def test_the_real_synonyms_are_valid_and_every_language_of_the_site_has_some():
    dataset = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
    assert dataset.search.groups("fi") and dataset.search.groups("en")


def test_a_wrong_synonym_file_names_file_line_field_and_fix(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    (tmp_path / "data" / "search.yaml").write_text(
        "synonyms:\n  - {language: fi, words: [hinta, maksu]}\n  - {language: de, words: [Preis, Kosten]}\n"
        "  - {language: en, words: [cost]}\n", encoding="utf-8")
    with pytest.raises(DataErrors) as failure:
        load_dataset(tmp_path / "data", configured_languages(ROOT / "mkdocs.yml"), tmp_path)
    report = str(failure.value).splitlines()
    assert report == [
        'data/search.yaml:3:6: synonyms[1].language: "de" is not a language of the site; write one of fi, en',
        "data/search.yaml:4:20: synonyms[2].words: a group of one word finds nothing new; add the words that mean the same",
    ]


def test_indexes_are_written_per_language_replacing_the_merged_one(tmp_path):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(json.dumps(MERGED), encoding="utf-8")
    write_language_indexes(site, [FI, EN, SV], Search())
    root = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    english = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert [d["location"] for d in root["docs"]] == ["kunnat/varkaus/", "tutkimukset/mri/"]
    assert [d["location"] for d in english["docs"]] == ["en/kunnat/varkaus/"]
    # Run again on the finished site (the post-build steps are idempotent): nothing changes.
    before = (site / "search" / "search_index.json").read_bytes()
    write_language_indexes(site, [FI, EN, SV], Search())
    assert (site / "search" / "search_index.json").read_bytes() == before


def _no_dictionary(*args):
    raise AssertionError("the dictionary was asked although the cache knew the answer")


def test_a_rebuild_answers_from_the_cache_without_loading_the_dictionary(tmp_path, monkeypatch):
    fresh = Lemmatiser("fi", tmp_path)
    first = language_index(MERGED, FI, [FI, EN, SV], [["hinta", "maksu"]], fresh)
    fresh.save()
    monkeypatch.setattr(lemmatiser, "_lemmatize", _no_dictionary)
    monkeypatch.setattr(lemmatiser, "_dictionary_forms", _no_dictionary)
    assert language_index(MERGED, FI, [FI, EN, SV], [["hinta", "maksu"]], Lemmatiser("fi", tmp_path)) == first


def test_a_new_word_is_the_only_question_a_rebuild_asks(tmp_path, monkeypatch):
    cached = Lemmatiser("fi", tmp_path)
    language_index(MERGED, FI, [FI, EN, SV], [], cached)
    cached.save()
    asked = []
    real = lemmatiser._lemmatize
    monkeypatch.setattr(lemmatiser, "_lemmatize", lambda word, lang: asked.append(word) or real(word, lang))
    edited = _merged(*[(d["location"], d["title"], d["text"]) for d in MERGED["docs"]],
                     ("kunnat/iisalmi/", "Iisalmi", "<p>Iisalmessa</p>"))
    index = language_index(edited, FI, [FI, EN, SV], [], Lemmatiser("fi", tmp_path))
    assert set(asked) == {"Iisalmi", "Iisalmessa"}
    assert "iisalmi" in index["docs"][-1]["base"].split()


def test_a_broken_cache_file_is_rebuilt_with_the_same_answers(tmp_path):
    expected = language_index(MERGED, FI, [FI, EN, SV], [])
    broken = Lemmatiser("fi", tmp_path)._path
    broken.write_text('{"format": 1, "base": {"Varkauden": "väärä"', encoding="utf-8")
    assert language_index(MERGED, FI, [FI, EN, SV], [], Lemmatiser("fi", tmp_path)) == expected

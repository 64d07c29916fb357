"""The generator alone, without MkDocs: data in, page Markdown out."""
from __future__ import annotations

import re

import pytest

from kys_rontgen.languages import configured_languages
from kys_rontgen.pages import relative_link, render_pages

from ..conftest import ROOT


def test_languages_come_from_mkdocs_yml_default_first():
    languages = configured_languages(ROOT / "mkdocs.yml")
    assert [lang.code for lang in languages][:2] == ["fi", "en"]
    assert languages[0].default and languages[0].name == "suomi"


def test_every_page_is_rendered_in_every_language(dataset):
    pages = render_pages(dataset)
    for language in ("fi", "en"):
        assert f"{language}/index.md" in pages
    fi_paths = {p.removeprefix("fi/") for p in pages if p.startswith("fi/")}
    en_paths = {p.removeprefix("en/") for p in pages if p.startswith("en/")}
    assert fi_paths == en_paths


def test_home_page_carries_the_service_texts_in_its_own_language(dataset):
    pages = render_pages(dataset)
    assert "lähete" in pages["fi/index.md"].lower()
    assert "referral" in pages["en/index.md"].lower()
    # A source's address, read out to screen readers only, is not text in another language.
    shown = re.sub(r'<span class="kys-visually-hidden">.*?</span>', "", pages["fi/index.md"])
    assert "referral" not in shown.lower()
    for exam in dataset.exams.exams:
        assert exam.name["fi"] in pages["fi/index.md"]
        assert exam.name["en"] in pages["en/index.md"]


def test_data_text_is_escaped_in_pages(dataset):
    # A stray '&' or quote in data must reach the page as text, never as markup.
    hostile = dataset.service.model_copy(
        update={"name": {"fi": 'A & "B"', "en": "A & B"}}
    )
    pages = render_pages(type(dataset)(**{**dataset.__dict__, "service": hostile}))
    assert '\n# A &amp; "B"\n' in pages["fi/index.md"]  # an escaped & in the heading, quotes as text
    # Front matter is YAML; the title is HTML-escaped there because the theme prints it unescaped.
    assert 'title: "A &amp; \\"B\\""' in pages["fi/index.md"]


@pytest.mark.parametrize(
    ("from_page", "to_page", "expected"),
    [
        ("index.md", "kunnat/index.md", "kunnat/index.md"),
        ("kunnat/index.md", "index.md", "../index.md"),
        ("kunnat/kuopio.md", "tutkimukset/mri.md", "../tutkimukset/mri.md"),
        ("kunnat/kuopio.md", "kunnat/index.md", "index.md"),
    ],
)
def test_relative_link(from_page, to_page, expected):
    assert relative_link(from_page, to_page) == expected


def test_a_source_named_by_its_host_tells_screen_readers_its_address_in_words(dataset):
    # Resident review 3, finding 10: "pshyvinvointialue.fi : web/en/emergency-care" was read out
    # slash by slash and hyphen by hyphen.
    pages = render_pages(dataset)
    # [host<span>: where</span>](address): the link named after its host, not a page title.
    hidden = re.findall(r'\[([a-z0-9.]+)(?:&#46;[a-z]+)?<span class="kys-visually-hidden">: (.*?)</span>\]\((https://[^)]*)\)',
                        pages["fi/index.md"])
    assert ("web en emergency care", "https://pshyvinvointialue.fi/web/en/emergency-care") in [h[1:] for h in hidden]
    titled = {page.url for page in dataset.exams.source_pages}  # these read their page's title
    untitled = [where for _, where, url in hidden if url not in titled]
    assert untitled and not [where for where in untitled if "/" in where or "-" in where], untitled

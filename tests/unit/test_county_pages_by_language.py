"""English pages send an English reader to the county's English page (resident review #5)."""
from __future__ import annotations


def test_english_municipality_pages_link_the_countys_english_page(pages, dataset):
    county = dataset.municipalities.current_information[0]
    english = county.web_page_in["en"]
    assert english.startswith("https://pshyvinvointialue.fi/web/en/")
    assert f"({english})" in pages["en/kunnat/kaavi.md"] and f"({english})" in pages["en/kunnat/index.md"]
    assert f"({county.web_page})" in pages["fi/kunnat/kaavi.md"] and f"({english})" not in pages["fi/kunnat/kaavi.md"]


def test_a_page_in_a_language_the_site_does_not_have_is_an_error(dataset):
    import pytest
    from pydantic import ValidationError
    from kys_rontgen.model.municipalities import InformationSource
    with pytest.raises(ValidationError, match='"sv" is not a language of the site'):
        InformationSource.model_validate(
            {"name": {"fi": "x", "en": "x"}, "web_page": "https://pshyvinvointialue.fi",
             "web_page_in": {"sv": "https://pshyvinvointialue.fi/sv"}}, context={"languages": ["fi", "en"]})

"""Head links, meta descriptions and JSON-LD as the generator produces them, without MkDocs."""
from __future__ import annotations

import shutil

import pytest

from kys_rontgen import structured_data
from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.clock import SettingError
from kys_rontgen.seo import description_problem, head_links, site_address
from kys_rontgen.validation import DataErrors

from ..conftest import ROOT

LANGUAGES = configured_languages(ROOT / "mkdocs.yml")


def test_head_links_are_absolute_under_a_sub_path_with_x_default_in_the_default_language():
    urls = {"fi": "kunnat/kuopio/", "en": "en/kunnat/kuopio/"}
    links = head_links("https://example.org/kys-rontgen/", urls, ["fi", "en"], "en")
    assert links.canonical == "https://example.org/kys-rontgen/en/kunnat/kuopio/"
    assert links.alternates == [
        ("fi", "https://example.org/kys-rontgen/kunnat/kuopio/"),
        ("en", "https://example.org/kys-rontgen/en/kunnat/kuopio/"),
        ("x-default", "https://example.org/kys-rontgen/kunnat/kuopio/"),
    ]
    assert (links.locale, links.locale_alternates) == ("en_GB", ["fi_FI"])


def test_the_home_page_links_to_the_site_root():
    links = head_links("https://example.org/kys-rontgen", {"fi": "./", "en": "en/"}, ["fi", "en"], "fi")
    assert links.canonical == "https://example.org/kys-rontgen/"
    assert links.locale == "fi_FI"


@pytest.mark.parametrize(("description", "problem"), [
    (None, "has no `description:`"), ("  ", "has no `description:`"), ("x" * 161, "161 characters"),
])
def test_a_missing_or_long_description_is_a_problem(description, problem):
    assert problem in description_problem(description)
    assert description_problem("x" * 160) is None


def test_hospital_structured_data_comes_from_its_location_record():
    dataset = load_dataset(ROOT / "data", LANGUAGES, ROOT)
    kys = dataset.locations.by_id[dataset.service.hospital]
    data = structured_data.hospital(dataset, "en")
    assert data["@type"] == "Hospital" and data["name"] == kys.name["en"]
    assert data["address"]["streetAddress"] == kys.address.street
    assert data["address"]["postalCode"] == kys.address.postal_code
    assert data["parentOrganization"]["name"] == dataset.service.provider


def test_the_hospital_must_be_a_known_location(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    service = tmp_path / "data" / "service.yaml"
    service.write_text(service.read_text(encoding="utf-8").replace("hospital: kys", "hospital: kyz"))
    with pytest.raises(DataErrors) as caught:
        load_dataset(tmp_path / "data", LANGUAGES, tmp_path)
    [error] = [str(e) for e in caught.value.errors]
    assert error.startswith("data/service.yaml:") and 'hospital: "kyz" is not the id of any of the locations' in error


def test_a_summary_too_long_for_search_results_is_a_data_error(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    service = tmp_path / "data" / "service.yaml"
    text = service.read_text(encoding="utf-8")
    service.write_text(text.replace("  en: X-ray and other imaging", "  en: " + "Very " * 30 + "X-ray and other imaging"))
    with pytest.raises(DataErrors) as caught:
        load_dataset(tmp_path / "data", LANGUAGES, tmp_path)
    [error] = [str(e) for e in caught.value.errors]
    assert error.startswith("data/service.yaml:") and "summary: the en text has" in error
    assert "shorten it to at most 160 (it is the page's description in search results)" in error


def test_a_problem_with_the_home_page_description_is_told_at_the_service_summary(monkeypatch):
    # A rule the build applies to the rendered page (as description_problem would flag a summary the
    # field rules let through): the editor is sent to the summary, not to data/labels.yaml:1:1.
    from kys_rontgen import pages

    dataset = load_dataset(ROOT / "data", LANGUAGES, ROOT)
    home = dataset.service.summary["fi"]
    monkeypatch.setattr(pages, "description_problem", lambda text: "is wrong" if text == home else None)
    with pytest.raises(DataErrors) as caught:
        pages.render_pages(dataset)
    line = next(number for number, text in enumerate(
        (ROOT / "data" / "service.yaml").read_text(encoding="utf-8").splitlines(), 1) if text == "summary:")
    assert [str(e) for e in caught.value.errors] == [f"data/service.yaml:{line}:1: summary: makes the page fi/index.md, which is wrong"]


@pytest.mark.parametrize("site_url", ['https://example.fi/"><script>alert(1)</script>/', "https://example.fi/a b/",
                                      "https://example.fi/x'onmouseover=alert(1)//", "ftp://example.fi/"])
def test_a_site_url_that_is_not_a_plain_web_address_is_refused_in_one_line(site_url):
    with pytest.raises(SettingError, match=r"^SITE_URL=.* is not a web address; write it as SITE_URL=https://"):
        site_address(site_url)
    site_address("https://example.fi/kys-rontgen/")  # the usual forms pass
    site_address("http://127.0.0.1:8000/")

"""The resolver of links from data text to a page of this site (kys_rontgen/pages/site_links.py)."""
from __future__ import annotations

import pytest

from kys_rontgen.languages import Language
from kys_rontgen.pages.site_links import address_problem, base_href, relative_href, unknown_problem

FI = Language("fi", "suomi", True)
EN = Language("en", "English", False)


# (link, page it is on, language, href): as mkdocs-redirects tests its table of paths.
@pytest.mark.parametrize(("url", "on", "language", "href"), [
    ("/tutkimukset/mri/", "", FI, "tutkimukset/mri/"),
    ("/tutkimukset/mri/", "en/", EN, "tutkimukset/mri/"),
    ("/tutkimukset/mri/", "tutkimukset/", FI, "mri/"),
    ("/tutkimukset/mri/", "kunnat/kuopio/", FI, "../../tutkimukset/mri/"),
    ("/tutkimukset/mri/", "en/kunnat/kuopio/", EN, "../../tutkimukset/mri/"),
    ("/kunnat/kuopio/", "kunnat/kuopio/", FI, "./"),
    ("/", "kunnat/kuopio/", FI, "../../"),
    ("/", "en/kunnat/kuopio/", EN, "../../"),
    ("/", "", FI, "./"),
    ("/", "en/", EN, "./"),
])
def test_a_site_address_becomes_a_link_relative_to_the_page_in_its_language(url, on, language, href):
    assert relative_href(url, on, language) == href


@pytest.mark.parametrize(("base", "language", "href"), [
    ("/", FI, "/kunnat/kuopio/"), ("/", EN, "/en/kunnat/kuopio/"),
    ("/kys-rontgen/", FI, "/kys-rontgen/kunnat/kuopio/"), ("/kys-rontgen/", EN, "/kys-rontgen/en/kunnat/kuopio/"),
])
def test_on_a_page_served_at_any_address_the_link_starts_from_the_base_path(base, language, href):
    assert base_href("/kunnat/kuopio/", base, language) == href


@pytest.mark.parametrize("url", ["/", "/kunnat/", "/tutkimukset/mri/", "/kunnat/kuopio/"])
def test_page_addresses_are_allowed(url):
    assert address_problem(url) is None


@pytest.mark.parametrize(("url", "says"), [
    ("//evil.example/", "not the address"), ("/\\evil", "not the address"), ("/%2F%2Fevil/", "not the address"),
    ("/%5Cevil/", "not the address"), ("/tutkimukset/../../x/", "not the address"), ("/../x/", "not the address"),
    ("/tutkimukset/%0a/", "not the address"), ("/kunnat/\tkuopio/", "not the address"), ("/Kunnat/", "not the address"),
    ("/kunnat/?x=1", "query"), ("/kunnat/#kuopio", "inside a page"), ("/kunnat/kuopio", 'write it as "/kunnat/kuopio/"'),
])
def test_hostile_or_malformed_site_addresses_are_refused_with_a_fix(url, says):
    assert says in address_problem(url)


def test_an_unknown_page_suggests_the_nearest_address():
    known = ["/", "/kunnat/", "/kunnat/kuopio/", "/tutkimukset/mri/"]
    assert 'did you mean "/tutkimukset/mri/"?' in unknown_problem("/tutkimukset/mr/", known)
    assert "did you mean" not in unknown_problem("/zzzzzz/", known)

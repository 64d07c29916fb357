"""`import-ptv FILE=<fixture>` into a temporary copy of the project, then the real build: the two
municipalities' pages show the phones, hours and addresses PTV gave (made-up fixture data)."""
from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, build_site, copy_project

FIXTURES = ROOT / "tests" / "fixtures" / "ptv"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("ptv-project"))
    pages = [json.loads((FIXTURES / f"page-{n}.json").read_text(encoding="utf-8")) for n in (1, 2)]
    export = project / "export.json"
    export.write_text(json.dumps(pages), encoding="utf-8")
    command = [sys.executable, "-m", "kys_rontgen", "--root", str(project), "import-ptv", str(export)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return build_site(project / "site", config_file=project / "mkdocs.yml")


def _text(site: Path, page: str) -> str:
    """The article of a built page as a reader sees it: tags removed, entities decoded, spaces collapsed."""
    document = (site / page).read_text(encoding="utf-8")
    article = document[document.index("<article"):document.index("</article>")]
    # Words for screen readers only (where a map link goes) are not seen.
    article = re.sub(r'<span class="kys-visually-hidden">.*?</span>', " ", article)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", article)))


def test_kaavi_page_shows_phones_as_finns_write_them_hours_and_address(site):
    text = _text(site, "kunnat/kaavi/index.html")
    assert "Kaavin testiterveysasema" in text
    assert "Puhelin, Neuvonta: 017 555 0101 (Matkapuhelin- tai paikallisverkkomaksu)" in text
    assert "Puhelin, Ajanvaraus: 017 555 0102 ma–pe 8.00–12.00" in text
    assert "Aukioloajat: ma–to 8.00–16.00, pe 8.00–14.30" in text
    assert "Osoite: Testikatu 7, 73600 Kaavi" in text
    page = (site / "kunnat/kaavi/index.html").read_text(encoding="utf-8")
    assert 'href="tel:+358175550101"' in page


def test_a_place_ptv_links_to_an_x_ray_service_is_listed_among_x_ray_places(site):
    assert "Kaavin testiterveysasema" in _text(site, "kunnat/index.html")
    text = _text(site, "kunnat/kaavi/index.html")
    # One card per place: it says it is a health centre with X-ray (issue 15); the X-ray list
    # names it again only as a link to that card.
    assert "Kaavin testiterveysasema Palvelut: terveysasema. Tutkimukset: Röntgenkuvaus" in text
    assert text.split("{\"@context\"")[0].count("Kaavin testiterveysasema") == 2  # JSON-LD aside
    assert "Tervon testiterveysasema" not in _text(site, "kunnat/index.html")  # PTV did not say X-ray


def test_exceptions_come_before_the_weekly_hours(site):
    text = _text(site, "kunnat/kaavi/index.html")
    assert "24.12.2030–26.12.2030: suljettu (Joulu)" in text
    assert text.index("24.12.2030") < text.index("Aukioloajat")


def test_tervo_page_in_english_uses_the_finnish_name_and_leaves_out_the_untranslated_description(site):
    english = _text(site, "en/kunnat/tervo/index.html")
    assert "Tervon testiterveysasema" in english
    assert "Phone: 044 555 0103 (free of charge)" in english
    assert "Mon, Wed 08:00–15:00, Fri 22:00–24:00, Sat 00:00–06:00" in english
    assert "Kuvitteellinen toinen testiasema" not in english
    assert "Kuvitteellinen toinen testiasema" in _text(site, "kunnat/tervo/index.html")


def test_each_place_links_to_openstreetmap_at_its_coordinates(site):
    page = (site / "kunnat/kaavi/index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(https://www\.openstreetmap\.org/[^"]+)"', page)
    assert "https://www.openstreetmap.org/?mlat=62.958996&amp;mlon=28.577258#map=17/62.958996/28.577258" in links


def test_geojson_beside_the_municipality_export(site):
    assert (site / "api" / "municipalities.json").exists()
    collection = json.loads((site / "api" / "locations.geojson").read_text(encoding="utf-8"))
    names = {feature["properties"]["name"]["fi"] for feature in collection["features"]}
    assert names == {"Kaavin testiterveysasema", "Tervon testiterveysasema"}
    exported = json.loads((site / "api" / "municipalities.json").read_text(encoding="utf-8"))
    assert "Kaavin testiterveysasema" in {location["name"]["fi"] for location in exported["locations"]}


def test_pages_with_imported_places_are_valid_html(site):
    from .html_checks import nu_errors

    pages = [site / lang / "kunnat" / name / "index.html" for lang in ("", "en") for name in ("kaavi", "tervo")]
    assert nu_errors(pages) == []


def test_the_x_ray_page_lists_the_ptv_x_ray_place_with_its_address_and_municipality(site):
    page = (site / "tutkimukset/native-xray/index.html").read_text(encoding="utf-8")
    where = page.split(">Missä tutkimus tehdään</h2>")[1].split("<h2")[0]
    assert '<a href="../../kunnat/kaavi/#kaavin-testiterveysasema">Kaavin testiterveysasema</a>: Testikatu 7, 73600 Kaavi' in where
    assert "Tervon testiterveysasema" not in where  # PTV did not say X-ray
    assert (site / "kunnat/kaavi/index.html").exists()

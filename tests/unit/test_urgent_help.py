"""The urgent-help block: every page type a resident lands on says where to go at night (issue 15)."""
from __future__ import annotations

import pytest

from kys_rontgen.pages.formats import Formats

from ..conftest import ROOT


def _urgent_pages(pages, dataset, lang):
    """Home, every exam page and every municipality page in one language."""
    exams = [f"{lang}/tutkimukset/{exam.id}.md" for exam in dataset.exams.exams]
    municipalities = [path for path in pages if path.startswith(f"{lang}/kunnat/") and not path.endswith("index.md")]
    assert len(municipalities) == len(dataset.municipalities.municipalities)
    return [f"{lang}/index.md", *exams, *municipalities]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_page_type_names_the_night_emergency_department_with_its_address(pages, dataset, lang):
    night = dataset.service.night_emergency
    place = dataset.locations.by_id[night.location]
    expected = dataset.labels["night_emergency_place"][lang].format(
        place=place.name[lang], address=Formats(lang).address(place.address))
    for path in _urgent_pages(pages, dataset, lang):
        page = pages[path]
        assert expected in page, path
        assert night.text[lang] in page, path
        assert "(tel:112)" in page and "(tel:116117)" in page, path
        assert "(https://116117.fi/fi/Varkaus)" in page, path  # its source, shown beside it


def test_the_night_place_is_the_kys_record_and_its_address_is_written_once(dataset):
    """The block takes the address from the location record: no second copy to go stale."""
    assert dataset.service.night_emergency.location == dataset.service.hospital == "kys"
    data = "".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "data").glob("*.yaml")))
    assert data.count("Puijonlaaksontie 2") == 1

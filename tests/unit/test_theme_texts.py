"""Words the theme shows outside generated pages (the 404 page): rendered as the pages render them."""
from __future__ import annotations

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.theme_texts import not_found_sections

from ..broken_data import NOW
from ..conftest import ROOT


def test_the_not_found_page_shows_data_markdown_as_the_home_page_does(tmp_path):
    import shutil

    shutil.copytree(ROOT / "data", tmp_path / "data")
    service = tmp_path / "data" / "service.yaml"
    text = service.read_text(encoding="utf-8")
    first_hours = text.index("call_hours:", text.index('number: "116117"'))
    fi = text.index("fi:", first_hours)
    end = text.index("\n", fi)
    service.write_text(text[:fi] + 'fi: "**Ympäri vuorokauden**, katso [ohje](https://www.116117.fi)."' + text[end:],
                       encoding="utf-8")
    dataset = load_dataset(tmp_path / "data", configured_languages(ROOT / "mkdocs.yml"), tmp_path, NOW)
    (finnish, *_) = not_found_sections(dataset, "fi")
    hours = [hours for _, display, _, hours in finnish["phones"] if display == "116117"][0]
    assert "**" not in hours and "<strong>Ympäri vuorokauden</strong>" in hours
    assert '<a href="https://www.116117.fi"' in hours

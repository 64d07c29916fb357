"""Exam pages as a resident reads them on a phone, in Chromium."""
from __future__ import annotations

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages

from ..conftest import ROOT

DATASET = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
LANG_ROOTS = {"fi": "", "en": "en/"}
TELLING = [exam.id for exam in DATASET.exams.exams if exam.tell_us or exam.tell_us_also or exam.tell_us_note]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_what_to_tell_in_advance_has_its_own_heading_and_body_size_text(guarded_page, site_url, lang):
    """The pacemaker and implant warning is not small print inside another box."""
    page, _ = guarded_page
    page.set_viewport_size({"width": 360, "height": 800})
    assert "mri" in TELLING
    for exam_id in TELLING:
        page.goto(f"{site_url}{LANG_ROOTS[lang]}tutkimukset/{exam_id}/")
        heading = page.get_by_role("heading", name=DATASET.labels["exam_tell_title"][lang], exact=True)
        assert heading.count() == 1 and heading.is_visible(), exam_id
        sizes = page.evaluate("""() => {
            const size = element => parseFloat(getComputedStyle(element).fontSize);
            const heading = document.querySelector("h3.kys-tell-us");
            const items = [];
            for (let next = heading.nextElementSibling; next && next.tagName !== "H3" && next.tagName !== "H2";
                 next = next.nextElementSibling) items.push(...next.querySelectorAll("li"), next);
            return {body: size(document.querySelector("article h1 ~ p")),
                    warning: Math.min(...items.map(size))};
        }""")
        assert sizes["warning"] >= sizes["body"], (exam_id, sizes)

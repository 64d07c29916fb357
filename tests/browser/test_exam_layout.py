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


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_sources_are_closed_on_screen_and_open_on_paper_and_the_jump_list_works_on_a_phone(guarded_page, site_url, lang):
    """On a phone the long sources list waits behind one tap, the jump list takes the reader to a
    section; on paper there is no jump list and every source is printed."""
    page, _ = guarded_page
    labels = DATASET.labels
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{site_url}{LANG_ROOTS[lang]}tutkimukset/mri/")
    first_source = page.locator("details.kys-sources li a").first
    summary = page.locator("details.kys-sources > summary")
    assert summary.inner_text().strip() == labels["exam_sources_show"][lang]
    assert not first_source.is_visible()

    jump_list = page.get_by_role("navigation", name=labels["on_this_page"][lang])
    assert jump_list.is_visible()
    link = jump_list.get_by_role("link", name=labels["exam_results_heading"][lang], exact=True)
    box = link.bounding_box()
    assert box["height"] >= 44, box
    # Two columns: the sections are one tap away without filling the first screen.
    assert jump_list.bounding_box()["height"] < 400, jump_list.bounding_box()
    link.click()
    heading = page.get_by_role("heading", name=labels["exam_results_heading"][lang], level=2)
    assert page.url.endswith("#results")
    assert 0 <= heading.bounding_box()["y"] < 800

    summary.click()
    assert first_source.is_visible()
    summary.click()
    page.emulate_media(media="print")
    assert first_source.is_visible() and not jump_list.is_visible() and not summary.is_visible()


@pytest.mark.parametrize("path", ["", "en/", "tutkimukset/mri/", "en/kunnat/kuopio/"])
def test_the_page_title_is_the_largest_boldest_heading_in_the_text_colour(guarded_page, site_url, path):
    """The h1 reads as the page's title: not Material's light grey, thinner than the h2s under it."""
    page, _ = guarded_page
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(site_url + path)
    style = page.evaluate("""() => {
        const of = selector => getComputedStyle(document.querySelector(selector));
        return {h1: [parseFloat(of("article h1").fontSize), parseInt(of("article h1").fontWeight), of("article h1").color],
                h2: [parseFloat(of("article h2").fontSize), parseInt(of("article h2").fontWeight)],
                text: of("article p").color};
    }""")
    assert style["h1"][0] > style["h2"][0] and style["h1"][1] > style["h2"][1], style
    assert style["h1"][2] == style["text"], style

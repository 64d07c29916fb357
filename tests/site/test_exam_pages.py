"""Exam pages in the real MkDocs build, both languages, asserted on the HTML a resident receives."""
from __future__ import annotations

import html as html_lib
import json
import re
import shutil
from pathlib import Path

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen import structured_data

from ..conftest import ROOT, build_site

DATASET = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
LABELS = DATASET.labels
LANG_ROOTS = {"fi": "", "en": "en/"}
# The fixed sections of every exam page (issue 15), in page order, as the label keys of their headings.
SECTIONS = ["exam_what_heading", "exam_where_heading", "exam_booking_heading", "exam_before_heading",
            "exam_during_heading", "exam_after_heading", "exam_results_heading", "exam_travel_heading",
            "exam_sources_heading"]
# A quoted title or a Finnish name marked with its language (WCAG 3.1.2): its text as the reader sees it.
LANG_MARK = re.compile(r'<span lang="[a-z]+">(.*?)</span>')
DATE_TEXT = {"fi": lambda d: f"{d.day}.{d.month}.{d.year}", "en": lambda d: f"{d.day} {d.strftime('%B')} {d.year}"}


def _html(site: Path, lang: str, path: str) -> str:
    return (site / LANG_ROOTS[lang] / path / "index.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    content = html.split('<article class="md-content__inner md-typeset">')[1].split("</article>")[0]
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content)))


def _json_ld(html: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("exam", DATASET.exams.exams, ids=lambda exam: exam.id)
def test_exam_page_has_every_section_and_its_review_dates(built_site, lang, exam):
    html = _html(built_site, lang, f"tutkimukset/{exam.id}")
    text = _text(html)
    assert f'<html lang="{lang}"' in html
    assert re.search(rf"<h1[^>]*>{re.escape(html_lib.escape(exam.name[lang], quote=False))}", html)
    content = html.split('<article class="md-content__inner md-typeset">')[1].split("</article>")[0]
    headings = [html_lib.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", content, re.S)]
    # the sections, then the urgent-help block every page type shares, then the sources
    assert headings == [LABELS[k][lang] for k in [*SECTIONS[:-1], "phone_heading", SECTIONS[-1]]]
    tell = "exam_tell_heading_invitation" if exam.booking == "invitation" else "exam_tell_heading"
    assert LABELS[tell][lang] in text and 'class="kys-tell-us"' in html
    assert exam.summary[lang] in text
    assert f"{LABELS['exam_last_reviewed'][lang]}: {DATE_TEXT[lang](exam.last_reviewed)}" in text
    assert f"{LABELS['exam_next_review'][lang]}: {DATE_TEXT[lang](exam.next_review_due)}" in text
    assert LABELS["exam_bring_earlier_images"][lang] in text
    assert re.search(r'<button type="button" class="[^"]*kys-print__button[^"]*" data-print>', html)


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("exam", DATASET.exams.exams, ids=lambda exam: exam.id)
def test_exam_json_ld_matches_the_data(built_site, lang, exam):
    data = _json_ld(_html(built_site, lang, f"tutkimukset/{exam.id}"))
    assert data == structured_data.exam(exam, lang, LABELS)
    assert data["lastReviewed"] == exam.last_reviewed.isoformat()
    assert data["mainEntity"]["preparation"].startswith(exam.before.do[0][lang])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_index_lists_every_exam_with_a_working_link_and_the_nav_only_the_index(built_site, lang):
    html = _html(built_site, lang, "tutkimukset")
    text = _text(html)
    for exam in DATASET.exams.exams:
        assert f'<a href="{exam.id}/">{html_lib.escape(exam.name[lang], quote=False)}</a>' in html
        assert exam.summary[lang] in text
        assert (built_site / LANG_ROOTS[lang] / "tutkimukset" / exam.id / "index.html").exists()
    home = _html(built_site, lang, "")
    nav_link = re.search(r'<a href="tutkimukset/" class="md-nav__link\s*">\s*<span class="md-ellipsis">\s*(.*?)\s*</span>',
                         home, re.S)
    assert nav_link and html_lib.unescape(nav_link.group(1)) == LABELS["exams_index_title"][lang]
    for exam in DATASET.exams.exams:
        assert f'<a href="tutkimukset/{exam.id}/">{html_lib.escape(exam.name[lang], quote=False)}</a>' in home
        # Exam pages stay out of the nav, so a page's size does not grow with the number of exams.
        assert f'{exam.id}/" class="md-nav__link' not in html


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("exam", DATASET.exams.exams, ids=lambda exam: exam.id)
def test_exam_page_links_every_source_page_with_the_day_it_was_checked(built_site, lang, exam):
    html = _html(built_site, lang, f"tutkimukset/{exam.id}")
    sources = html.split('id="sources"')[1].split('class="kys-review"')[0]
    items = [html_lib.unescape(LANG_MARK.sub(r"\1", item)) for item in re.findall(r"<li>(.*?)</li>", sources, re.S)]
    pages = DATASET.exams.pages_of(exam, lang)  # of a page's language versions, the one in lang
    assert len(items) >= len(pages) > 0
    for item, (page, _) in zip(items, pages):  # the exam's own source pages first, in order of use
        assert f'<a href="{page.url}">{page.name[lang]}</a>' in item
        detail = item.split('<span class="kys-source-detail">')[1]  # left out on paper (print.css)
        assert detail.endswith(f"{LABELS['exam_sources_checked'][lang]} {DATE_TEXT[lang](page.checked)})</span>")
    # Then where the listed places' addresses come from, with the day each record was checked.
    for location in DATASET.locations.locations:
        if exam.id in location.exams or (exam.at_xray_locations and location.xray):
            for url in [location.source] if isinstance(location.source, str) else location.source:
                if url in {page.url for page, _ in pages}:
                    continue  # listed once, as the exam's source page, with the day that page was read
                assert any(f'href="{url}"' in item and DATE_TEXT[lang](location.checked) in item for item in items), url
    listed = html_lib.unescape(re.sub(r"<[^>]+>", " ", sources))
    for key in SECTIONS[:-1]:  # every section rests on at least one of the listed pages
        assert LABELS[key][lang] in listed, key


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize("exam", DATASET.exams.exams, ids=lambda exam: exam.id)
def test_where_section_links_each_place_to_its_built_municipality_page(built_site, lang, exam):
    html = _html(built_site, lang, f"tutkimukset/{exam.id}")
    heading = html_lib.escape(LABELS["exam_where_heading"][lang], quote=False)
    where = LANG_MARK.sub(r"\1", html.split(f">{heading}</h2>")[1].split("<h2")[0])
    places = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>: ([^<]+)</li>', where)
    expected = [location for location in DATASET.locations.locations
                if exam.id in location.exams or (exam.at_xray_locations and location.xray)]
    assert [html_lib.unescape(name) for _, name, _ in places] == [location.name[lang] for location in expected]
    page = built_site / LANG_ROOTS[lang] / "tutkimukset" / exam.id
    for href, _, _ in places:
        path, _, card = href.partition("#")  # each name leads to the place's own card
        target = (page / path / "index.html").resolve()
        assert href.startswith("../../kunnat/") and target.exists(), href
        assert card and f'id="{card}"' in target.read_text(encoding="utf-8"), href


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_mri_page_says_how_to_reach_the_imaging_unit_with_a_working_link(built_site, lang):
    html = _html(built_site, lang, "tutkimukset/mri")
    box = html.split('class="kys-tell-us"')[1].split("<h3")[0]
    assert html_lib.escape(LABELS["exam_contact_imaging_unit"][lang], quote=False) in box
    (href,) = re.findall(r'<a href="([^"]+)">', box)
    assert (built_site / LANG_ROOTS[lang] / "tutkimukset" / "mri" / href / "index.html").resolve().exists()


def test_fluoroscopy_is_never_called_transillumination(built_site):
    for page in built_site.rglob("index.html"):
        assert "transillumination" not in page.read_text(encoding="utf-8").lower(), page


NINTH_EXAM = """
  - id: bone-density
    name:
      fi: Luuntiheysmittaus
      en: Bone density scan
    summary:
      fi: Röntgenmittaus luun tiheydestä.
      en: An X-ray measurement of bone density.
    description:
      fi: Luuntiheyttä tutkitaan röntgenkuvalla.
      en: Bone density is examined with an X-ray.
    booking: any_location
    during:
      - fi: Kuvauksessa ei yleensä käytetä varjoainetta.
        en: Usually no contrast agent is used.
    keywords:
      fi: [luuntiheys]
      en: [bone density]
    sources:
      what_it_is: [terveyskyla-xray]
      where: [county-imaging]
      booking: [county-imaging]
      before: [terveyskyla-xray]
      during: [terveyskyla-xray]
      after: [terveyskyla-xray]
      results: [county-imaging]
      travel: [kela-travel]
    last_reviewed: 2026-11-28
    next_review_due: 2027-11-28
"""


def test_adding_an_exam_is_adding_one_data_entry(tmp_path):
    project = tmp_path / "project"
    for name in ("data", "hooks", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    with (project / "data" / "exams.yaml").open("a", encoding="utf-8") as exams:
        exams.write(NINTH_EXAM)
    site = build_site(tmp_path / "site", project / "mkdocs.yml")
    for lang, name in (("fi", "Luuntiheysmittaus"), ("en", "Bone density scan")):
        page = _html(site, lang, "tutkimukset/bone-density")
        assert re.search(rf"<h1[^>]*>{name}", page)
        assert LABELS["exam_booking_any_location"][lang] in _text(page)
        index = _html(site, lang, "tutkimukset")
        assert f'<a href="bone-density/">{name}</a>' in index

        assert f'<a href="tutkimukset/bone-density/">{name}</a>' in _html(site, lang, "")
    # Nothing but the data changed: templates, code and mkdocs.yml are the project's own.
    assert (project / "mkdocs.yml").read_text() == (ROOT / "mkdocs.yml").read_text()


@pytest.mark.parametrize("exam", DATASET.exams.exams, ids=lambda exam: exam.id)
def test_jump_list_leads_to_every_section_by_an_address_that_is_the_same_in_both_languages(built_site, exam):
    """'Tällä sivulla' links each h2 in page order; a link to #before works on the Finnish and English page."""
    anchors = {}
    for lang in LANG_ROOTS:
        html = _html(built_site, lang, f"tutkimukset/{exam.id}")
        content = html.split('<article class="md-content__inner md-typeset">')[1].split("</article>")[0]
        (jump_list,) = re.findall(r'<nav [^>]*class="kys-on-this-page"[^>]*>(.*?)</nav>', content, re.S)
        links = re.findall(r'<a href="#([^"]+)">(.*?)</a>', jump_list)
        sections = re.findall(r'<h2 id="([^"]+)"[^>]*>(.*?)<', content)
        assert [(anchor, html_lib.unescape(name)) for anchor, name in links] == [
            (anchor, html_lib.unescape(name).strip()) for anchor, name in sections], lang
        assert LABELS["on_this_page"][lang] in jump_list
        anchors[lang] = [anchor for anchor, _ in links]
    assert anchors["fi"] == anchors["en"]
    assert {"before", "results", "sources"} <= set(anchors["fi"])

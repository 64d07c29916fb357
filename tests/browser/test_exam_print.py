"""Exam pages on paper, in Chromium: only the instructions and their address, at most two A4 pages."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages

from ..conftest import ROOT
from .conftest import open_guarded_page

DATASET = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
EXAM_IDS = [exam.id for exam in DATASET.exams.exams]
LANG_ROOTS = {"fi": "", "en": "en/"}
SITE_CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-search", ".md-footer",
               ".kys-print__button"]


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_print_button_is_a_real_button_that_opens_the_print_dialog(guarded_page, site_url, lang):
    page, _ = guarded_page
    page.add_init_script("window.print = () => { window.__printCalls = (window.__printCalls || 0) + 1 }")
    page.goto(f"{site_url}{LANG_ROOTS[lang]}tutkimukset/mri/")
    button = page.get_by_role("button", name={"fi": "Tulosta", "en": "Print"}[lang])
    button.click()
    assert page.evaluate("window.__printCalls") == 1


def test_without_javascript_there_is_no_dead_print_button(browser, site_url):
    context, page, log = open_guarded_page(browser, site_url, java_script_enabled=False)
    try:
        page.goto(f"{site_url}tutkimukset/mri/")
        button = page.locator("button.kys-print__button")
        assert button.count() == 1 and button.is_hidden()
        assert page.locator("h1").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_printed_page_hides_site_chrome_and_shows_its_address(guarded_page, site_url, lang):
    page, _ = guarded_page
    url = f"{site_url}{LANG_ROOTS[lang]}tutkimukset/ct/"
    page.goto(url)
    address = page.locator(".kys-print-url")
    assert not address.is_visible()  # on screen the address line is not needed
    page.emulate_media(media="print")
    for selector in SITE_CHROME:
        assert page.locator(selector).count() >= 1, selector
        assert not page.locator(selector).first.is_visible(), f"{selector} shows on paper"
    assert address.is_visible() and url in address.inner_text()
    assert page.locator("h1").is_visible() and page.locator("h3.kys-tell-us").is_visible()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_exam_prints_on_at_most_two_a4_pages(browser, site_url, lang):
    context = browser.new_context()
    page = context.new_page()
    try:
        for exam_id in EXAM_IDS:
            page.goto(f"{site_url}{LANG_ROOTS[lang]}tutkimukset/{exam_id}/")
            pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
            text = "".join(p.extract_text() for p in pdf.pages)
            assert 1 <= len(pdf.pages) <= 2, f"{lang}/{exam_id}: {len(pdf.pages)} pages"
            flat = text.replace("\n", "")
            assert "tutkimukset/" + exam_id in flat  # the address is on the paper
            # The urgent numbers print, each with its name, on a line of their own.
            for channel in DATASET.service.phone_channels:
                assert f"{channel.name[lang]} {channel.number}" in text, (lang, exam_id, channel.number)
            # Each source prints with its web address; a link elsewhere on the page (Kela's pages
            # under "Getting there") keeps its text alone, so each address is on the paper once.
            exam = next(exam for exam in DATASET.exams.exams if exam.id == exam_id)
            for source, _ in DATASET.exams.pages_of(exam, lang):
                assert flat.count(source.url) == 1, (lang, exam_id, source.url)
    finally:
        context.close()

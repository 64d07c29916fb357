"""On a phone, the home page offers a resident's top tasks within the first screen and a half."""
from __future__ import annotations

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.pages.home import referral_anchors

from ..conftest import ROOT
from .conftest import guarded_visit

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}
FIRST_SCREENS = 1200  # px from the top of the page: the "first screen and a half"

# Where each link leads, and its bottom edge on the page (not the viewport).
LINKS = """() => [...document.querySelectorAll("article a[href]")].map(a => {
  const box = a.getBoundingClientRect();
  return {href: a.href, text: a.textContent.trim(), bottom: box.bottom + window.scrollY,
          visible: box.width > 0 && box.height > 0};
})"""


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)


def _tasks(dataset, home: str, lang: str) -> dict[str, str]:
    """{what the task is: the address its link must lead to}, from the data."""
    anchor = referral_anchors(dataset)[lang]
    tasks = {"referral": f"{home}#{anchor}", "municipality contacts": f"{home}kunnat/"}
    for exam in dataset.exams.exams:
        tasks[f"exam {exam.id}"] = f"{home}tutkimukset/{exam.id}/"
    for channel in dataset.service.phone_channels:
        tasks[f"call {channel.number}"] = f"tel:{channel.number}"
    return tasks


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_top_tasks_are_within_the_first_1200_px_at_360_px(browser, site_url, dataset, lang):
    home = site_url if lang == "fi" else f"{site_url}en/"
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, log):
        page.goto(home)
        links = page.evaluate(LINKS)
        for task, href in _tasks(dataset, home, lang).items():
            found = [link for link in links if link["href"] == href and link["visible"]]
            assert found, f"{lang}: no visible link for the task '{task}' ({href})"
            assert min(link["bottom"] for link in found) <= FIRST_SCREENS, (
                f"{lang}: the task '{task}' starts below {FIRST_SCREENS} px: {found}")
        assert log.foreign_requests == [] and log.failed_requests == []


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_referral_task_opens_the_section_on_what_happens_next(browser, site_url, dataset, lang):
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, _):
        page.goto(site_url if lang == "fi" else f"{site_url}en/")
        anchor = referral_anchors(dataset)[lang]
        page.locator(f'.kys-tasks a[href="#{anchor}"]').click()
        heading = page.locator(f"h2#{anchor}")
        assert heading.inner_text().strip() == dataset.service.user_instruction.title[lang]
        assert 0 <= heading.bounding_box()["y"] < PHONE["height"] / 2  # scrolled to it, below the sticky header


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_urgent_numbers_are_in_the_first_screen_and_easy_to_tap_at_360_px(browser, site_url, dataset, lang):
    """112 and 116117 are on the first 800 px of a phone screen, each a 44 × 44 px target."""
    home = site_url if lang == "fi" else f"{site_url}en/"
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, _):
        page.goto(home)
        heading = page.locator(".kys-task--urgent h2")
        assert heading.inner_text().strip() == dataset.labels["phone_heading"][lang]
        for channel in dataset.service.phone_channels:
            box = page.locator(f'.kys-task--urgent a[href="tel:{channel.number}"]').bounding_box()
            assert box["y"] + box["height"] <= PHONE["height"], (channel.number, box)
            assert box["width"] >= 44 and box["height"] >= 44, (channel.number, box)


@pytest.mark.parametrize("path", ["", "en/", "kunnat/kuopio/", "en/kunnat/varkaus/", "tutkimukset/mri/"])
def test_every_phone_number_is_a_44_px_target_at_360_px(browser, site_url, path):
    with guarded_visit(browser, site_url, viewport=PHONE) as (page, _):
        page.goto(site_url + path)
        boxes = page.evaluate("""() => [...document.querySelectorAll('article a[href^="tel:"]')]
            .filter(a => a.offsetParent !== null).map(a => {
              const box = a.getBoundingClientRect();
              return [a.textContent.trim(), Math.round(box.width), Math.round(box.height)];
            })""")
        assert boxes, path
        assert [box for box in boxes if box[1] < 44 or box[2] < 44] == [], path

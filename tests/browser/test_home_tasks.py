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

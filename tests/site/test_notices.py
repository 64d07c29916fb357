"""A notice appears at the top of its pages inside its window and is gone on the first
build after it, with a fixed clock (KYS_NOW) in the real build."""
from __future__ import annotations

import re

import pytest

from tests.conftest import build_site, copy_project

NOW = "2027-01-12 10:00"
AFTER_ALL = "2027-03-01 10:00"


def _notice(id_, start, end, shows_on, fi, en):
    return f"""\
  - id: {id_}
    start: {start}
    end: {end}
    severity: warning
    shows_on: {shows_on}
    title: {{fi: "{fi}", en: "{en}"}}
    text: {{fi: "Teksti {fi}.", en: "Text {en}."}}
"""


NOTICES = "notices:\n" + "".join([
    _notice("current", "2027-01-10 07:00", "2027-01-24 16:00", "all", "Nyt voimassa", "In force now"),
    _notice("coming", "2027-01-13 07:00", "2027-01-20 16:00", "all", "Tuleva", "Coming"),
    _notice("over", "2027-01-01 07:00", "2027-01-12 09:59", "all", "Päättynyt", "Over"),
    _notice("mri-only", "2027-01-10 07:00", "2027-02-01 16:00", "{exam: mri}", "Vain MRI", "MRI only"),
    _notice("kaavi-closed", "2027-01-10 07:00", "2027-02-01 16:00", "{location: kaavin-terveysasema}",
            "Kaavin terveysasema suljettu", "Kaavi health centre closed"),
    _notice("aalto-xray", "2027-01-10 07:00", "2027-02-01 16:00", "{location: hyvinvointikeskus-aalto}",
            "Aallon röntgen suljettu", "Aalto X-ray closed"),
])

EXAM_PAGE = """\
---
title: "{title}"
description: "{title}: a page about one exam, for the notice test."
exam: mri
---

# {title}
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of the project with test notices and a hand-written page about one exam."""
    root = copy_project(tmp_path_factory.mktemp("project"))
    (root / "data" / "notices.yaml").write_text(NOTICES, encoding="utf-8")
    for lang, title in (("fi", "Magneettikuvaus"), ("en", "MRI")):
        (root / "docs" / lang / "mri-test.md").write_text(EXAM_PAGE.format(title=title), encoding="utf-8")
    return root


def _build_at(project, moment, name):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KYS_NOW", moment)
        return build_site(project / name, project / "mkdocs.yml")


@pytest.fixture(scope="module")
def site_now(project):
    return _build_at(project, NOW, "site-now")


def _banner_titles(html: str) -> list[str]:
    """Titles of the notices in the announcement area above the page header, in order."""
    banner = html.split('data-md-component="announce"', 1)[1].split("<header", 1)[0]
    return re.findall(r'<h2 id="notice-[^"]+" class="kys-notice__title">([^<]*)</h2>', banner)


def test_a_notice_shows_inside_its_window_at_the_top_of_its_pages(site_now):
    site = site_now
    assert _banner_titles((site / "index.html").read_text()) == ["Nyt voimassa"]
    assert _banner_titles((site / "en" / "index.html").read_text()) == ["In force now"]
    assert _banner_titles((site / "mri-test" / "index.html").read_text()) == ["Nyt voimassa", "Vain MRI"]
    assert _banner_titles((site / "en" / "mri-test" / "index.html").read_text()) == ["In force now", "MRI only"]
    assert _banner_titles((site / "404.html").read_text()) == ["Nyt voimassa"]
    # The exam's own generated page carries its notice too.
    assert _banner_titles((site / "tutkimukset" / "mri" / "index.html").read_text()) == ["Nyt voimassa", "Vain MRI"]
    assert _banner_titles((site / "tutkimukset" / "ct" / "index.html").read_text()) == ["Nyt voimassa"]
    # A location's notice shows on the pages of the municipalities that location serves.
    assert _banner_titles((site / "kunnat" / "kaavi" / "index.html").read_text()) == [
        "Nyt voimassa", "Kaavin terveysasema suljettu"]
    assert _banner_titles((site / "kunnat" / "kuopio" / "index.html").read_text()) == ["Nyt voimassa"]
    # An X-ray place's notice: on its municipality's page and on the directory, which lists every X-ray place.
    assert _banner_titles((site / "kunnat" / "varkaus" / "index.html").read_text()) == [
        "Nyt voimassa", "Aallon röntgen suljettu"]
    assert _banner_titles((site / "en" / "kunnat" / "index.html").read_text()) == ["In force now", "Aalto X-ray closed"]


def test_a_notice_is_a_named_region_above_the_page_heading(site_now):
    html = (site_now / "index.html").read_text()
    section = html.split('<section class="kys-notice kys-notice--warning" aria-labelledby="notice-current">', 1)
    assert len(section) == 2, "the notice is not a section labelled by its heading"
    assert '<h2 id="notice-current"' in section[1] and "<p>Teksti Nyt voimassa.</p>" in section[1]
    assert section[1].index("notice-current") < section[1].index("<h1")


def test_expired_notices_are_gone_on_the_next_build(project, site_now):
    site = _build_at(project, AFTER_ALL, "site-after")
    for page in ("index.html", "en/index.html", "mri-test/index.html", "404.html"):
        html = (site / page).read_text()
        assert _banner_titles(html) == [] and "md-banner" not in html, page


def _head_feeds(html: str) -> dict[str, str]:
    from tests.html_helpers import links

    return {link["type"]: link["href"] for link in links(html, "alternate") if "type" in link}


def test_the_feeds_hold_what_has_not_ended_and_every_page_links_them(site_now):
    import feedparser
    import icalendar

    site = site_now
    for prefix, word in (("", "Nyt voimassa"), ("en/", "In force now")):
        feed = feedparser.parse((site / prefix / "notices.atom").read_bytes())
        titles = [entry.title for entry in feed.entries]
        assert not feed.bozo and word in titles
        assert len(titles) == 5 and not {"Päättynyt", "Over"} & set(titles)  # the ended one is gone
        calendar = icalendar.Calendar.from_ical((site / prefix / "notices.ics").read_bytes())
        assert sorted(str(e["summary"]) for e in calendar.walk("VEVENT")) == sorted(titles)
    for page, prefix in (("index.html", ""), ("kunnat/kuopio/index.html", "../../"), ("en/tutkimukset/mri/index.html", "../../"),
                         ("en/index.html", ""), ("404.html", "/")):
        html = (site / page).read_text(encoding="utf-8")
        feeds = _head_feeds(html)
        assert feeds == {"application/atom+xml": prefix + "notices.atom", "text/calendar": prefix + "notices.ics"}, page
        # and where the notices stand, a reader can follow them
        banner = html.split('data-md-component="announce"', 1)[1].split("<header", 1)[0]
        assert f'href="{prefix}notices.atom"' in banner and f'href="{prefix}notices.ics"' in banner, page


def test_every_page_head_links_its_own_language_feed(site_now):
    from urllib.parse import urljoin

    from tests.site_pages import page_file, site_pages

    for path in site_pages(site_now):
        html = page_file(site_now, path).read_text(encoding="utf-8")
        lang = re.search(r'<html lang="(\w+)"', html).group(1)
        base = "/" + (path if path.endswith("/") or path == "" else path.rsplit("/", 1)[0] + "/")
        feeds = {kind: urljoin(base, href) for kind, href in _head_feeds(html).items()}
        prefix = "/" if lang == "fi" else f"/{lang}/"
        assert feeds == {"application/atom+xml": prefix + "notices.atom", "text/calendar": prefix + "notices.ics"}, path


def test_feeds_are_written_even_when_no_notice_is_in_force(project, site_now):
    import feedparser

    site = _build_at(project, AFTER_ALL, "site-after-feeds")
    feed = feedparser.parse((site / "en" / "notices.atom").read_bytes())
    assert feed.bozo == 0 and feed.entries == []
    assert _head_feeds((site / "en" / "index.html").read_text()) == {
        "application/atom+xml": "notices.atom", "text/calendar": "notices.ics"}


@pytest.mark.parametrize("page", ["404.html", "en/404.html"])
def test_with_notices_the_first_link_of_a_404_page_is_still_its_skip_link(site_now, page):
    # The feed links under the notices come before the header: the skip link must come first.
    from tests.html_helpers import parse

    body = (site_now / page).read_text(encoding="utf-8").split("<body", 1)[1]
    first = next(a for tag, a in parse(body).tags if tag in {"a", "button", "input"} and a.get("type") != "checkbox")
    assert "md-skip" in first.get("class", "") and first["href"] == "#__not-found"

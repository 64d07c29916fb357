"""The browser checks catch what they are for: each deliberately broken page makes one fail.

Small HTML fixtures served on a local HTTP server, checked by the same functions that check
the real site (checks.py, the guarded page of conftest.py).
"""
from __future__ import annotations

import pytest

from ..conftest import serve_directory
from . import checks
from .conftest import open_guarded_page

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>
<style>body {{ margin: 0; font: 16px sans-serif; }} {style}</style></head>
<body><a class="skip" href="#main">Skip</a><header class="bar">Site</header>
<main id="main"><h1>Fixture</h1>{body}</main></body></html>"""

GOOD = {"style": "", "body": '<p>Plain text and <a href="#main">a link</a>.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot">'}
BROKEN = {
    "image without alt text": {"style": "", "body": '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'},
    "low-contrast colour": {"style": "p { color: #aaa; background: #fff; }", "body": "<p>Pale grey text</p>"},
}


@pytest.fixture
def fixture_site(tmp_path):
    """write(name, style=..., body=...) -> URL of that page on a local server."""
    with serve_directory(tmp_path) as url:
        def write(name, style="", body=""):
            (tmp_path / name).write_text(PAGE.format(style=style, body=body), encoding="utf-8")
            return url + name
        yield write


@pytest.fixture
def page_and_log(browser):
    context, page, log = None, None, None

    def open_(url):
        nonlocal context, page, log
        context, page, log = open_guarded_page(browser, url, viewport={"width": 800, "height": 600})
        return page, log

    yield open_
    if context:
        context.close()


def test_axe_passes_a_good_page(fixture_site, page_and_log):
    url = fixture_site("good.html", **GOOD)
    page, _ = page_and_log(url)
    page.goto(url)
    assert checks.axe_violations(page) == []


@pytest.mark.parametrize(("regression", "rule"), [("image without alt text", "image-alt"), ("low-contrast colour", "color-contrast")])
def test_axe_finds_the_regression(fixture_site, page_and_log, regression, rule):
    url = fixture_site("broken.html", **BROKEN[regression])
    page, _ = page_and_log(url)
    page.goto(url)
    assert any(f": {rule} (" in problem for problem in checks.axe_violations(page))


def test_guard_records_a_third_party_script(fixture_site, page_and_log):
    url = fixture_site("tracker.html", body='<script src="https://cdn.tracker.example/t.js"></script>')
    page, log = page_and_log(url)
    page.goto(url)
    assert log.foreign_requests == ["https://cdn.tracker.example/t.js"]


def test_storage_check_finds_a_cookie_and_stored_data(fixture_site, page_and_log):
    url = fixture_site("store.html", body="<script>document.cookie = 'id=1; path=/'; sessionStorage.setItem('seen', '1');</script>")
    page, _ = page_and_log(url)
    page.goto(url)
    found = checks.stored_data(page)
    assert any("cookie id" in f for f in found) and any("sessionStorage seen" in f for f in found)


def test_reflow_check_finds_content_wider_than_the_window(fixture_site, page_and_log):
    url = fixture_site("wide.html", body='<div style="width: 500px">Wide</div>')
    page, _ = page_and_log(url)
    page.set_viewport_size({"width": 320, "height": 600})
    page.goto(url)
    assert checks.reflow_problems(page)
    page.set_viewport_size({"width": 800, "height": 600})
    assert checks.reflow_problems(page) == []


def test_keyboard_check_finds_a_hidden_focus_and_a_missing_focus_indicator(fixture_site, page_and_log):
    sticky = ".bar { position: fixed; top: 0; left: 0; right: 0; height: 120px; background: #fff; }"
    url = fixture_site(
        "focus.html",
        style=sticky + " .bare:focus { outline: none; } main { padding-top: 2000px; }",
        body='<p><a class="bare" href="#main">No ring</a></p><p><a href="#main">Ringed</a></p>',
    )
    page, _ = page_and_log(url)
    page.goto(url)
    names, problems = checks.tab_through(page)
    assert '<a> "No ring"' in names
    assert any('"No ring" shows no focus indicator' in p for p in problems), problems
    assert any("hidden behind <header" in p for p in problems), problems

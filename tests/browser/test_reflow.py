"""At 320 and 360 CSS px wide (small phones) and at 200 % zoom no page scrolls sideways
(WCAG 1.4.10), with JavaScript on and off: without it Material's header menus stay as plain HTML."""
from __future__ import annotations

import pytest

from . import checks
from .conftest import guarded_visit

pytestmark = pytest.mark.browser

# 200 % zoom of a 1280 px wide window leaves 640 CSS px; the device scale makes it real zoom.
VIEWS = {"320px": ({"width": 320, "height": 640}, 1), "360px": ({"width": 360, "height": 640}, 1),
         "zoom-200%": ({"width": 640, "height": 400}, 2)}


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("view", VIEWS)
def test_no_page_scrolls_sideways(browser, site_url, every_page, view, javascript):
    viewport, scale = VIEWS[view]
    problems = []
    with guarded_visit(browser, site_url, viewport=viewport, device_scale_factor=scale,
                       java_script_enabled=javascript) as (page, _):
        for path in every_page:
            page.goto(site_url + path)
            checks.without_motion(page)
            problems += checks.reflow_problems(page)
    assert problems == []

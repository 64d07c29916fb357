"""A resident finds their municipality's page from the directory, with and without JavaScript."""
from __future__ import annotations

import re

from .conftest import open_guarded_page

FINDER = "[data-municipality-finder]"


def _problems(log) -> list[str]:
    """Console errors and failed requests while the finder was used."""
    return log.failed_requests + log.console_errors


def _visible_names(page) -> list[str]:
    return [name.strip() for name in page.locator(f"{FINDER} li:visible a").all_inner_texts()]


def test_typing_without_diacritics_filters_to_leppavirta_and_enter_opens_it(guarded_page, site_url):
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/")
    box = page.get_by_label("Kirjoita kuntasi nimi")  # the input is labelled from data/labels.yaml
    assert len(_visible_names(page)) == 19
    box.click()
    page.keyboard.type("leppa")
    assert _visible_names(page) == ["Leppävirta"]
    status = page.locator(f"{FINDER} [role=status]")
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == "1 kunta löytyi"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}kunnat/leppavirta/")
    assert "Leppävirta" in page.locator("h1").inner_text()
    assert _problems(log) == []


def test_finder_is_usable_with_the_keyboard_alone_in_english(guarded_page, site_url):
    page, log = guarded_page
    page.goto(f"{site_url}en/kunnat/")
    # Tab from the top of the page until the finder's text box has focus.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "municipality-finder-input":
            break
    else:
        raise AssertionError("the finder's text box cannot be reached with Tab")
    page.keyboard.type("JÄRVI")  # upper case and with ä: still matches
    assert _visible_names(page) == ["Siilinjärvi", "Sonkajärvi"]
    assert page.locator(f"{FINDER} [role=status]").inner_text() == "2 municipalities found"
    page.keyboard.type("xyz")
    assert len(_visible_names(page)) == 19  # nothing found: the whole list stays in view
    assert "No municipality found" in page.locator(f"{FINDER} [role=status]").inner_text()
    page.keyboard.press("Enter")  # nothing to open: stays on the directory
    assert page.url == f"{site_url}en/kunnat/"
    for _ in range(3):
        page.keyboard.press("Backspace")
    page.keyboard.press("Tab")  # onwards from the box to the first matching link
    assert page.evaluate("document.activeElement.textContent") == "Siilinjärvi"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}en/kunnat/siilinjarvi/")
    assert _problems(log) == []


def test_without_javascript_the_directory_is_a_plain_list_of_working_links(browser, site_url):
    context, page, log = open_guarded_page(browser, site_url, java_script_enabled=False)
    try:
        page.goto(f"{site_url}kunnat/")
        assert page.locator(f"{FINDER} input").is_hidden()  # no dead search box
        links = page.locator(f"{FINDER} li a")
        assert links.count() == 19
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        for href in hrefs:
            response = page.request.get(href)
            assert response.status == 200, href
        links.filter(has_text="Leppävirta").click()
        page.wait_for_url(re.compile(r".*/kunnat/leppavirta/$"))
        assert "Leppävirta" in page.locator("h1").inner_text()
        assert log.foreign_requests == []
    finally:
        context.close()


def test_finder_does_nothing_on_other_pages(guarded_page, site_url):
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/kuopio/")
    assert page.locator("#municipality-finder-input").count() == 0
    assert _problems(log) == []


def test_former_municipalities_and_villages_find_their_municipality(guarded_page, site_url):
    from kys_rontgen.dataset import load_dataset
    from kys_rontgen.languages import configured_languages

    from ..conftest import ROOT

    dataset = load_dataset(ROOT / "data", configured_languages(ROOT / "mkdocs.yml"), ROOT)
    localities = [(m, name) for m in dataset.municipalities.municipalities for name in m.localities]
    assert {name for _, name in localities} >= {"Nilsiä", "Juankoski", "Maaninka", "Karttula", "Vehmersalmi",
                                               "Riistavesi"}  # the examples stay in the data
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/")
    box = page.get_by_label("Kirjoita kuntasi nimi")
    for municipality, name in localities:
        box.fill(name.lower())
        assert _visible_names(page) == [municipality.name.fi], name
    box.fill("nilsia")  # typed without the ä
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}kunnat/kuopio/")
    assert "Nilsiä" in page.locator("article").inner_text()  # the page says why it came up
    assert _problems(log) == []


def test_an_inflected_name_finds_its_municipality(guarded_page, site_url):
    """A resident types the form of the name they would say: "Kuopion", "Varkaudessa"."""
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/")
    box = page.get_by_label("Kirjoita kuntasi nimi")
    for typed, municipality in [("Kaavin", "Kaavi"), ("Kuopion", "Kuopio"), ("Iisalmen", "Iisalmi"),
                                ("Varkaudessa", "Varkaus"), ("Lapinlahdella", "Lapinlahti"),
                                ("Joroisten", "Joroinen"), ("Juankoskella", "Kuopio"), ("vesannolla", "Vesanto")]:
        box.fill(typed)
        assert _visible_names(page) == [municipality], typed
    box.fill("Kuopion terveysasema")  # the name, then what they look for
    assert _visible_names(page) == ["Kuopio"]
    assert _problems(log) == []


def test_every_municipality_link_is_a_44_px_target_at_360_px(guarded_page, site_url):
    page, _ = guarded_page
    page.set_viewport_size({"width": 360, "height": 800})
    for path in ["kunnat/", "en/kunnat/"]:
        page.goto(site_url + path)
        boxes = page.evaluate("""() => [...document.querySelectorAll('#municipality-finder-list a')].map(a => {
            const box = a.getBoundingClientRect();
            return [a.textContent.trim(), Math.round(box.width), Math.round(box.height)];
        })""")
        assert len(boxes) == 19
        assert [box for box in boxes if box[1] < 44 or box[2] < 44] == [], path


def test_a_dropped_letter_still_finds_and_no_match_says_what_the_site_covers(guarded_page, site_url):
    """Resident review 3, finding 8: "Kuopo" found nothing, and "Joensuu" (outside the county) was
    told to type the municipality its village belongs to, with an empty list."""
    page, log = guarded_page
    page.goto(f"{site_url}kunnat/")
    box = page.get_by_label("Kirjoita kuntasi nimi")
    status = page.locator(f"{FINDER} [role=status]")
    for typed, expected in [("Kuopo", ["Kuopio"]), ("Lepävirta", ["Leppävirta"]), ("Iisalmii", ["Iisalmi"])]:
        box.fill(typed)
        assert _visible_names(page) == expected, typed
    box.fill("Joensuu")
    assert len(_visible_names(page)) == 19
    assert "Sivustolla ovat kaikki Pohjois-Savon 19 kuntaa" in status.inner_text()
    page.keyboard.press("Enter")  # the list is shown for choosing, not opened
    assert page.url == f"{site_url}kunnat/"
    box.fill("Kuopo")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}kunnat/kuopio/")
    page.goto(f"{site_url}en/kunnat/")
    page.get_by_label("Type the name of your municipality").fill("Joensuu")
    assert "This site covers all 19 municipalities of North Savo" in status.inner_text()
    assert _problems(log) == []

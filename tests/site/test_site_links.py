"""A link in data text to a page of this site (written as the Finnish page's address,
"/kunnat/") leads to that page in the text's language from wherever the real build shows it: a
generated page, a notice on every page, the 404 page at any depth, the feeds and the export;
published at the root and under a sub-path SITE_URL."""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import NamedTuple
import urllib.error
import urllib.request
from urllib.parse import urljoin

import pytest

from kys_rontgen.static_host import server as static_host
from tests.conftest import SUB_PATH, build_site, copy_project
from tests.linked_data import KYS_NOW, add_site_links


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


class Published(NamedTuple):
    url: str
    site: Path


@pytest.fixture(scope="module", params=["/", SUB_PATH], ids=["root", "sub-path"])
def published(request, tmp_path_factory):
    """The project with site links in its data, built for and served at http://127.0.0.1:<port><base>."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    add_site_links(project / "data")
    site = project / "site"
    site.mkdir()
    server = static_host(site, port=0, base_path=request.param)  # every other path gets the root 404.html
    url = f"http://127.0.0.1:{server.server_port}{request.param}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KYS_NOW", KYS_NOW)
        build_site(site, project / "mkdocs.yml", site_url=url)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield Published(url, site)
    server.shutdown()
    server.server_close()


def _followed(url: str, text: str) -> str:
    """Where the link with `text` on the page at `url` leads, after checking it is a real page
    (and, for a #place, that the page has it)."""
    status, html = _get(url)
    assert status in {200, 404}, url
    hrefs = re.findall(rf'<a href="([^"]*)"[^>]*>{re.escape(text)}</a>', html)
    assert hrefs, f"no link {text!r} on {url}"
    (target,) = {urljoin(url, href) for href in hrefs}
    page, _, place = target.partition("#")
    status, html = _get(page)
    assert status == 200 and (not place or f'id="{place}"' in html), target
    return target


@pytest.mark.parametrize(("page", "text", "target"), [
    ("kunnat/kuopio/", "Kunnat", "kunnat/"),
    ("en/kunnat/kuopio/", "Municipalities", "en/kunnat/"),
])
def test_a_place_s_description_links_to_the_page_in_its_language(published, page, text, target):
    assert _followed(published.url + page, text) == published.url + target


@pytest.mark.parametrize(("page", "text", "target"), [
    ("", "magneettikuvauksen ohje", "tutkimukset/mri/"),
    ("kunnat/kuopio/", "magneettikuvauksen ohje", "tutkimukset/mri/"),
    ("en/", "the MRI instructions", "en/tutkimukset/mri/"),
    ("en/kunnat/kuopio/", "the MRI instructions", "en/tutkimukset/mri/"),
    ("en/tutkimukset/mri/", "the MRI instructions", "en/tutkimukset/mri/"),
    ("tutkimukset/mri/", "KYS", "kunnat/kuopio/#kys"),
    ("en/kunnat/kuopio/", "KYS", "en/kunnat/kuopio/#kys"),
])
def test_a_notice_links_to_the_page_from_every_page_it_is_on(published, page, text, target):
    assert _followed(published.url + page, text) == published.url + target


@pytest.mark.parametrize("missing", ["no-such-page/", "en/no/such/page/"])
def test_the_404_page_links_to_the_page_in_each_language_from_any_depth(published, missing):
    assert _followed(published.url + missing, "tutkimukset") == published.url + "tutkimukset/"
    assert _followed(published.url + missing, "the exams") == published.url + "en/tutkimukset/"


def test_the_feed_and_the_export_carry_the_page_s_full_address(published):
    _, atom = _get(published.url + "en/notices.atom")
    assert f'href="{published.url}en/tutkimukset/mri/"' in atom.replace("&quot;", '"')
    _, calendar = _get(published.url + "notices.ics")
    assert f"({published.url}tutkimukset/mri/)" in calendar.replace("\r\n ", "")
    _, export = _get(published.url + "api/municipalities.json")
    [kys] = [place for place in json.loads(export)["locations"] if place["id"] == "kys"]
    assert kys["description"]["en"].endswith(f"[Municipalities]({published.url}en/kunnat/)")
    assert "](/" not in export  # no root-relative link left


def test_no_file_of_a_site_under_a_sub_path_carries_a_root_relative_site_link(published):
    """Under https://host/kys-rontgen/ an address "/kunnat/" leads off the site: no page, feed,
    export or structured data may carry one (at the root that address is right)."""
    if not published.url.endswith(SUB_PATH):
        pytest.skip("at the root a root-relative address is the right one")
    root_relative = re.compile(r'["(](?:/en)?/(?:kunnat|tutkimukset)/')
    found = [f"{path.relative_to(published.site)}: {match.group()}" for path in published.site.rglob("*")
             if path.suffix in {".html", ".json", ".atom", ".ics", ".xml", ".geojson", ".csv"}
             for match in root_relative.finditer(path.read_text(encoding="utf-8", errors="replace"))]
    assert found == []

"""Published under a sub-path (SITE_URL=https://<host>/kys-rontgen/), every link,
asset, language switch, sitemap entry and canonical URL still leads somewhere real."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

from tests.conftest import SUB_PATH
from tests.html_helpers import parse, references


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers.get_content_type(), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read().decode("utf-8", "replace")


def _local(url: str, served: str) -> str | None:
    """`url` when it is on this site's server, None for another site."""
    return url if urlsplit(url).netloc == urlsplit(served).netloc else None


def _crawl(start: str, served: str) -> tuple[dict[str, str], list[str]]:
    """Fetch every page and asset reachable from `start`; return the HTML pages and broken references."""
    pages, broken, seen, queue = {}, [], {start}, deque([(start, "start")])
    while queue:
        url, referrer = queue.popleft()
        status, kind, body = _get(url)
        if status != 200:
            broken.append(f"{status} {url} (from {referrer})")
            continue
        if kind == "text/html":
            pages[url] = body
            found = references(body)
        elif url.endswith("sitemap.xml"):
            found = re.findall(r'(?:<loc>|href=")([^<"]+)', body)
        elif url.endswith("robots.txt"):
            found = re.findall(r"^Sitemap: (\S+)", body, re.MULTILINE)
        else:
            continue
        for reference in found:
            if reference.startswith(("mailto:", "tel:", "javascript:", "data:")):
                continue
            target = _local(urldefrag(urljoin(url, reference)).url, served)
            if target and target not in seen:
                seen.add(target)
                queue.append((target, url))
    return pages, broken


def test_crawling_from_the_root_finds_no_broken_link(sub_path_url):
    pages, broken = _crawl(sub_path_url, sub_path_url)
    robots_pages, robots_broken = _crawl(sub_path_url + "robots.txt", sub_path_url)
    assert broken == [] and robots_broken == []
    assert {sub_path_url, sub_path_url + "en/"} <= pages.keys()
    assert robots_pages.keys() <= pages.keys() | {sub_path_url + "robots.txt"}


def test_the_404_page_works_from_any_depth(sub_path_url):
    missing = sub_path_url + "no/such/page/"
    status, _, html = _get(missing)
    assert status == 404 and "<html" in html
    _, broken = _crawl(missing, sub_path_url)
    assert broken == [f"404 {missing} (from start)"]  # only the missing page itself


def test_every_language_switch_stays_under_the_sub_path_and_keeps_the_page(sub_path_url):
    pages, _ = _crawl(sub_path_url, sub_path_url)
    for url, html in pages.items():
        here = urlsplit(url).path[len(SUB_PATH):]
        same_page = {"fi": here.removeprefix("en/"), "en": "en/" + here.removeprefix("en/")}
        switches = [a for tag, a in parse(html).tags if tag == "a" and "md-select__link" in a.get("class", "")]
        assert {a["hreflang"] for a in switches} == {"fi", "en"}, url
        for a in switches:
            target = urljoin(url, a["href"])
            assert urlsplit(target).path == SUB_PATH + same_page[a["hreflang"]], f"{url}: {a['href']}"
            assert f'<html lang="{a["hreflang"]}"' in _get(target)[2]

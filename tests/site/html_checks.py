"""Checks of built HTML files: validity (Nu Html Checker) and internal links and anchors.

Each returns a list of problems (empty = passes). They run on the real site in
test_html.py and on small broken fixtures in test_checkers.py.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
# The Nu Html Checker, pinned in package.json (npm vnu-jar); `make test` runs `npm ci`.
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def nu_errors(files: list[Path]) -> list[str]:
    """Errors the Nu Html Checker finds in the files, one line each (one Java run for all)."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        raise RuntimeError("the HTML check needs Java and node_modules/vnu-jar: run make test")
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True, text=True, check=False,
    )
    messages = json.loads(result.stderr)["messages"]
    return [
        f"{unquote(urlsplit(m.get('url', '')).path)}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages if m["type"] in {"error", "non-document-error"}
    ]


class _LinksAndIds(HTMLParser):
    """Every URL a page links to or loads, and every id a link can point at."""

    URL_ATTRIBUTES = {"href", "src"}

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in self.URL_ATTRIBUTES:
                self.urls.append(value)
            elif name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)


def _parse(path: Path) -> _LinksAndIds:
    parser = _LinksAndIds()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _target_file(site: Path, url_path: str) -> Path:
    target = site / unquote(url_path).lstrip("/")
    return target / "index.html" if url_path.endswith("/") or target.is_dir() else target


def broken_links(site: Path) -> list[str]:
    """Links between the site's own pages and files that lead nowhere, or to a missing #anchor.

    Links to other sites are not followed (the tests run offline); mailto: and tel: are skipped.
    """
    pages = {path: _parse(path) for path in site.rglob("*.html")}
    problems = []
    for page, parsed in pages.items():
        page_url = "http://site.invalid/" + page.relative_to(site).as_posix()
        for url in parsed.urls:
            resolved = urlsplit(urljoin(page_url, url))
            if resolved.netloc != "site.invalid":
                continue  # another site, or mailto:, tel:, data:, javascript:
            target = _target_file(site, resolved.path)
            where = f"{page.relative_to(site)}: {url}"
            if not target.is_file():
                problems.append(f"{where}: no such page or file")
            elif resolved.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(resolved.fragment) not in ids:
                    problems.append(f"{where}: the page has no #{resolved.fragment}")
    return problems

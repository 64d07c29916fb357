"""Every link of the home page that points at a place on a page (#fragment) lands on it: the
task "I have a referral" leads to its section even when the section's title has no Latin
letters (its anchor was made from the title's ASCII letters and came out empty)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from tests.conftest import build_site, copy_project
from tests.html_helpers import parse


def _missing_fragments(site: Path) -> list[str]:
    """Every home page link (both languages) whose #fragment is no id of its target page."""
    problems = []
    for home in ("index.html", "en/index.html"):
        base = f"http://site/{home}"
        for tag, attributes in parse((site / home).read_text(encoding="utf-8")).tags:
            href = attributes.get("href", "")
            if tag != "a" or "#" not in href or href.startswith(("http:", "https:", "mailto:", "tel:")):
                continue
            url, fragment = urldefrag(urljoin(base, href))
            path = urlsplit(url).path.lstrip("/")
            target = site / (path + "index.html" if path.endswith("/") or not path else path)
            ids = {a.get("id") for _, a in parse(target.read_text(encoding="utf-8")).tags}
            if not fragment or unquote(fragment) not in ids:
                problems.append(f"{home}: {href} -> no id {fragment!r} on {target.relative_to(site)}")
    return problems


def test_every_home_page_link_to_a_place_on_a_page_finds_it(built_site):
    assert _missing_fragments(built_site) == []


def test_the_referral_task_finds_its_section_when_the_title_has_no_latin_letters(tmp_path):
    project = copy_project(tmp_path / "project")
    service = project / "data" / "service.yaml"
    text = service.read_text(encoding="utf-8")
    old = '    en: "I have a referral: what happens next?"'
    assert old in text
    service.write_text(text.replace(old, '    en: "Направление: что дальше?"'), encoding="utf-8")
    site = build_site(tmp_path / "site", project / "mkdocs.yml")
    assert "Направление: что дальше?" in (site / "en" / "index.html").read_text(encoding="utf-8")
    assert _missing_fragments(site) == []

"""The post-build step alone: kys_rontgen.site_files over a folder of plain HTML files, as any
builder would leave it, with no MkDocs imported."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

from ..conftest import ROOT

SITE_URL = "https://example.org/kys-rontgen/"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
PAGES = {"": "", "kunnat/kuopio/": "kunnat/kuopio/"}  # fi path -> en path under en/


def _page(lang: str, path: str) -> str:
    fi, en = SITE_URL + path, SITE_URL + "en/" + path
    own = fi if lang == "fi" else en
    return (f'<!doctype html><html lang="{lang}"><head><title>t</title>'
            f'<link rel="canonical" href="{own}">'
            f'<link rel="alternate" hreflang="fi" href="{fi}"><link rel="alternate" hreflang="en" href="{en}">'
            f'<link rel="alternate" hreflang="x-default" href="{fi}"></head>'
            f'<body><link rel="canonical" href="https://wrong.example/"></body></html>')


# Run in a fresh interpreter: the step must work where MkDocs was never imported.
STEP = textwrap.dedent("""
    import sys
    from pathlib import Path
    from kys_rontgen.dataset import load_dataset
    from kys_rontgen.languages import configured_languages
    from kys_rontgen.site_files import finish_site, set_aside_404

    root, site = Path(sys.argv[1]), Path(sys.argv[2])
    dataset = load_dataset(root / "data", configured_languages(root / "mkdocs.yml"), root)
    for lang in ("fi", "en"):  # each language's build writes its 404.html at the root
        (site / "404.html").write_text(f'<!doctype html><html lang="{lang}"><head></head></html>')
        set_aside_404(site, lang)
    finish_site(site, dataset, sys.argv[3], source_date_epoch=1700000000)
    assert not any(name == "mkdocs" or name.startswith(("mkdocs.", "mkdocs_")) for name in sys.modules), "MkDocs imported"
""")


def _finish(site):
    subprocess.run([sys.executable, "-c", STEP, str(ROOT), str(site), SITE_URL], check=True, cwd=ROOT)


def _built(tmp_path):
    site = tmp_path / "site"
    for path in PAGES:
        for lang, folder in (("fi", site / path), ("en", site / "en" / path)):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.html").write_text(_page(lang, path), encoding="utf-8")
    _finish(site)
    return site


def _entries(sitemap) -> dict[str, dict[str, str]]:
    root = ET.parse(sitemap).getroot()
    return {url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
            for url in root.findall("s:url", NS)}


def test_the_whole_post_build_step_finishes_a_plain_html_site(tmp_path):
    site = _built(tmp_path)
    # Static hosts serve /404.html for every missing path: it is the default language's.
    assert '<html lang="fi"' in (site / "404.html").read_text()
    assert '<html lang="en"' in (site / "en" / "404.html").read_text()
    assert not (site / "fi").exists()

    entries = _entries(site / "sitemap.xml")
    assert list(entries) == [SITE_URL, SITE_URL + "kunnat/kuopio/", SITE_URL + "en/", SITE_URL + "en/kunnat/kuopio/"]
    assert entries[SITE_URL + "en/kunnat/kuopio/"] == {
        "fi": SITE_URL + "kunnat/kuopio/", "en": SITE_URL + "en/kunnat/kuopio/", "x-default": SITE_URL + "kunnat/kuopio/"}
    # Material's language switch fetches sitemap.xml beside each alternate: each has its page.
    assert list(_entries(site / "en" / "kunnat" / "kuopio" / "sitemap.xml")) == [SITE_URL + "en/kunnat/kuopio/"]
    assert list(_entries(site / "en" / "sitemap.xml")) == [SITE_URL + "en/"]

    packed = (site / "sitemap.xml.gz").read_bytes()
    assert gzip.decompress(packed) == (site / "sitemap.xml").read_bytes()
    assert int.from_bytes(packed[4:8], "little") == 1700000000  # SOURCE_DATE_EPOCH, not the build time

    assert "Sitemap: https://example.org/kys-rontgen/sitemap.xml\n" in (site / "robots.txt").read_text()
    export = json.loads((site / "api" / "municipalities.json").read_text())
    kuopio = next(m for m in export["municipalities"] if m["slug"] == "kuopio")
    assert kuopio["pages"] == {"fi": "kunnat/kuopio/", "en": "en/kunnat/kuopio/"}


def test_running_the_step_again_changes_no_byte(tmp_path):
    site = _built(tmp_path)
    before = {path: path.read_bytes() for path in site.rglob("*") if path.is_file()}
    _finish(site)  # a rebuild (the builder writes its 404 pages again)
    assert {path: path.read_bytes() for path in site.rglob("*") if path.is_file()} == before

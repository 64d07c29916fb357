"""The HTML checks catch what they are for: each deliberately broken fixture makes one fail."""
from __future__ import annotations

from .html_checks import broken_links, nu_errors

PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>{}</body></html>'


def _write(folder, name, body):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(body), encoding="utf-8")
    return path


def test_link_checker_passes_good_links_and_finds_a_broken_link_and_anchor(tmp_path):
    _write(tmp_path, "index.html", '<h1 id="top">Home</h1><a href="a/">A</a> <a href="a/#part">part</a>'
           ' <a href="https://example.org/missing">elsewhere</a> <a href="tel:112">112</a>')
    _write(tmp_path, "a/index.html", '<h2 id="part">Part</h2><a href="../#top">home</a>')
    assert broken_links(tmp_path) == []
    _write(tmp_path, "b/index.html", '<a href="../gone/">gone</a> <a href="../a/#nowhere">x</a> <img src="/pic.png" alt="p">')
    problems = broken_links(tmp_path)
    assert len(problems) == 3, problems
    assert any("../gone/" in p and "no such page" in p for p in problems)
    assert any("#nowhere" in p for p in problems)
    assert any("/pic.png" in p for p in problems)


def test_html_checker_passes_valid_html_and_finds_invalid_markup(tmp_path):
    good = _write(tmp_path, "good.html", "<main><h1>Fine</h1><p>Text</p></main>")
    bad = _write(tmp_path, "bad.html", '<main><h1>Broken</h1><p><div>block in a paragraph</p><img src="x.png"></main>')
    assert nu_errors([good]) == []
    problems = nu_errors([bad])
    assert any("bad.html" in p and "alt" in p for p in problems), problems

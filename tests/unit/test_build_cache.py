"""What one build keeps for the next in .cache/ (kys_rontgen.build_cache): reused only while
what it was made from is unchanged, and the pages the same with or without it."""
from __future__ import annotations

import jinja2

from kys_rontgen import label_usage
from kys_rontgen.build_cache import remembered
from kys_rontgen.pages import render_pages


def test_a_result_is_reused_until_one_of_its_sources_changes(tmp_path):
    source = tmp_path / "template.j2"
    source.write_text("{{ label('a_b') }}", encoding="utf-8")
    calls = []

    def compute():
        calls.append(1)
        return {"keys": ["a_b"], "count": len(calls)}

    first = remembered(tmp_path / "cache", "usage", [source], compute)
    assert remembered(tmp_path / "cache", "usage", [source], compute) == first and len(calls) == 1
    source.write_text("{{ label('c_d') }}", encoding="utf-8")
    assert remembered(tmp_path / "cache", "usage", [source], compute)["count"] == 2


def test_a_broken_cache_entry_is_computed_again(tmp_path):
    (tmp_path / "usage.json").write_text('{"sources": ', encoding="utf-8")
    assert remembered(tmp_path, "usage", [], lambda: [1, 2]) == [1, 2]


def test_label_usage_from_the_cache_equals_reading_the_templates(tmp_path, monkeypatch):
    read = label_usage.used_labels()
    assert label_usage.used_labels(tmp_path) == read  # fills the cache
    monkeypatch.setattr(label_usage, "_read_label_usage", lambda: (_ for _ in ()).throw(AssertionError("parsed again")))
    assert label_usage.used_labels(tmp_path) == read


def test_pages_are_the_same_with_compiled_templates_from_an_earlier_build(dataset, tmp_path):
    without = render_pages(dataset)
    assert render_pages(dataset, tmp_path) == without  # compiles and keeps
    assert any((tmp_path / f"jinja-{jinja2.__version__}-pages").iterdir())
    assert render_pages(dataset, tmp_path) == without  # from the kept code

"""Editors wait for the generator on every save: it runs once per build and rewrites nothing unchanged."""
from __future__ import annotations

import json

import kys_rontgen.build
from tests.conftest import ROOT, build_site


def test_a_build_generates_once_for_all_languages_and_rewrites_nothing_unchanged(tmp_path, monkeypatch):
    docs = ROOT / "docs"
    kys_rontgen.build.generate(ROOT, docs)  # bring docs/ up to date with data/ first
    generated = json.loads((docs / ".generated.json").read_text())
    before = {path: (docs / path).stat().st_mtime_ns for path in generated}
    calls = []  # generate() loads the dataset once per call (the hook holds its own name for generate)
    real = kys_rontgen.build.load_dataset
    monkeypatch.setattr(kys_rontgen.build, "load_dataset", lambda *args: calls.append(args) or real(*args))

    build_site(tmp_path / "site")

    assert len(calls) == 1, "the generator ran once per language: i18n's nested builds repeat it"
    # `mkdocs serve` watches docs/: rewriting a page there would start a second rebuild.
    assert {path: (docs / path).stat().st_mtime_ns for path in generated} == before

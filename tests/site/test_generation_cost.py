"""Editors wait for the generator on every save: one clock reading, one read of each data
file per build (both languages), and nothing unchanged rewritten."""
from __future__ import annotations

import collections
import json

import kys_rontgen.build
import kys_rontgen.clock
import kys_rontgen.dataset
from tests.conftest import ROOT, build_site


def test_a_build_reads_the_clock_and_each_data_file_once_and_rewrites_nothing_unchanged(tmp_path, monkeypatch):
    docs = ROOT / "docs"
    kys_rontgen.build.generate(ROOT, docs, kys_rontgen.clock.now())  # bring docs/ up to date with data/ first
    generated = json.loads((docs / ".generated.json").read_text())
    before = {path: (docs / path).stat().st_mtime_ns for path in generated}
    reads, clock_readings = collections.Counter(), []
    real_load, real_now = kys_rontgen.dataset.load_yaml, kys_rontgen.clock.now
    monkeypatch.setattr(kys_rontgen.dataset, "load_yaml", lambda path, *rest: reads.update([path.name]) or real_load(path, *rest))
    monkeypatch.setattr(kys_rontgen.clock, "now", lambda *args: clock_readings.append(1) or real_now(*args))

    build_site(tmp_path / "site")

    assert set(reads) == set(kys_rontgen.dataset.DATA_FILES)
    assert set(reads.values()) == {1}, f"data files read more than once per build: {reads}"
    assert len(clock_readings) == 1, "every step must see the build's one moment"
    # `mkdocs serve` watches docs/: rewriting a page there would start a second rebuild.
    assert {path: (docs / path).stat().st_mtime_ns for path in generated} == before

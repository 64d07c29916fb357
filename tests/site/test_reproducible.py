"""Two builds of the same commit give byte-identical sites, so a CDN re-uploads only what changed."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def _build(site_dir, hash_seed: str) -> dict[str, bytes]:
    # Separate processes with different hash seeds: set or dict order may not leak into the output.
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": "https://example.org/kys-rontgen/"}
    env.pop("SOURCE_DATE_EPOCH", None)  # reproducible without it, too
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
                   cwd=ROOT, env=env, check=True)
    return {path.relative_to(site_dir).as_posix(): path.read_bytes() for path in site_dir.rglob("*") if path.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    first, second = _build(tmp_path / "a", "1"), _build(tmp_path / "b", "2")
    assert first.keys() == second.keys()
    differing = sorted(name for name in first if first[name] != second[name])
    assert differing == []
    assert "sitemap.xml.gz" in first and "search/search_index.json" in first


def test_no_build_date_is_stamped_into_the_site(built_site):
    # A build day would change files every day with no change in content; only SOURCE_DATE_EPOCH
    # (the last commit's time, from the Makefile) may give one.
    gz_header = (built_site / "sitemap.xml.gz").read_bytes()[:10]
    expected = int(os.environ.get("SOURCE_DATE_EPOCH") or 0)
    assert int.from_bytes(gz_header[4:8], "little") == expected  # the gzip header's modification time
    assert "<lastmod>" not in (built_site / "sitemap.xml").read_text()

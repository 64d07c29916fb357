"""Throwaway copies of the project (real or scaled data) and full builds of them, timed."""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = ROOT / ".venv" / "bin" / "python"
_NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", ".cache", "node_modules", "site", ".site-*", ".pytest_cache", "__pycache__", "*.egg-info",
    "BENCHMARKS.md", "bench",
)

# Runs inside the copy: a full MkDocs build (both languages), timing our generator within it.
# kys_rontgen is imported from the copy (the working directory comes first on sys.path).
_BUILD = r"""
import json, sys, time
import kys_rontgen.build as generator
real, spent = generator.generate, [0.0]
def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return real(*args, **kwargs)
    finally:
        spent[0] += time.perf_counter() - start
generator.generate = timed  # the plugin imports it after this line, when MkDocs loads its config
from mkdocs.commands.build import build
from mkdocs.config import load_config
build(load_config("mkdocs.yml", site_dir=sys.argv[1]))
print(json.dumps({"generator": spent[0]}))
"""


@dataclass
class Build:
    seconds: float  # wall clock of the whole command, as `make build` costs it
    cpu_seconds: float  # its user + system CPU time: what other jobs on the machine disturb least
    generator_seconds: float  # our generator's share: load, validate, render, write (both languages)
    pages: int  # HTML pages written (every language, 404 pages left out)
    html_bytes: int  # their total size


def copy_project(destination: Path) -> Path:
    shutil.copytree(ROOT, destination, ignore=_NOT_COPIED)
    return destination


def output_pages(site: Path) -> list[Path]:
    return [p for p in site.rglob("*.html") if p.name != "404.html"]


def full_build(project: Path, site: Path, env: dict | None = None) -> Build:
    """One `mkdocs build` of `project` into a fresh `site` in a new Python process."""
    shutil.rmtree(site, ignore_errors=True)
    # As `make build` runs: Python keeps the compiled generator in __pycache__ for the next build.
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [str(PYTHON), "-c", _BUILD, str(site)], cwd=project, env=environment, capture_output=True, text=True
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"build of {project} failed:\n{done.stderr[-3000:]}")
    generator = json.loads(done.stdout.strip().splitlines()[-1])["generator"]
    pages = output_pages(site)
    return Build(seconds, cpu_seconds, generator, len(pages), sum(p.stat().st_size for p in pages))

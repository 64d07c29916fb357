"""`make serve` while the data is broken: the last good pages stay, with the problems on them.

Runs the real `mkdocs serve` on a copy of the project, breaks a data file, and fixes it again.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project

MKDOCS = Path(sys.executable).parent / "mkdocs"
HEADING_FI = "Datassa on virheitä"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _wait_for(url: str, condition, seconds: float = 120) -> str:
    deadline = time.monotonic() + seconds
    page = ""
    while time.monotonic() < deadline:
        try:
            page = _get(url)
            if condition(page):
                return page
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{url} never reached the expected state; last page began {page[:200]!r}")


@pytest.fixture
def serving(tmp_path):
    project = copy_project(tmp_path / "project")
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KYS_NOW": "2026-12-02 12:00", "PYTHONPATH": str(ROOT)}
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [str(MKDOCS), "serve", "--dev-addr", f"127.0.0.1:{port}", "--watch", "data"],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        yield project, f"http://127.0.0.1:{port}/", tmp_path / "serve.log"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def test_broken_data_keeps_the_last_good_pages_and_shows_the_problems(serving):
    project, url, log = serving
    exams = url + "tutkimukset/"
    good = _wait_for(exams, lambda page: "Magneettikuvaus" in page)
    assert HEADING_FI not in good

    service = project / "data" / "exams.yaml"
    text = service.read_text(encoding="utf-8")
    service.write_text(text.replace("  - id: ct\n", "  - id: CT scan\n", 1), encoding="utf-8")
    broken = _wait_for(exams, lambda page: HEADING_FI in page)
    assert "Magneettikuvaus" in broken  # the last good page, not an error or a hanging request
    assert "data/exams.yaml" in broken and "is not a valid id" in broken
    english = _get(url + "en/tutkimukset/")
    assert "The data has problems" in english
    assert log.read_text(encoding="utf-8").count("is not a valid id") == 1  # printed once per save

    service.write_text(text, encoding="utf-8")
    fixed = _wait_for(exams, lambda page: HEADING_FI not in page)
    assert "Magneettikuvaus" in fixed

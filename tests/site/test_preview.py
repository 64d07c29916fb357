"""`make serve` while the data is broken: the last good pages stay, with the problems on them;
with no good data at all, every page lists the problems.

Runs the real `mkdocs serve` on a copy of the project, breaks a data file, and fixes it again;
or starts it on data that is already broken (a restart, a fresh clone, a broken commit).
"""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site, copy_project

MKDOCS = Path(sys.executable).parent / "mkdocs"
HEADING_FI = "Datassa on virheitä"
PROBLEMS_PAGE = {"fi": "Esikatselulla ei ole aiempia toimivia sivuja", "en": "The preview has no earlier working pages"}
GOOD_ID, BAD_ID = "  - id: ct\n", "  - id: CT scan\n"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    """The page at `url`, also when the server answers it with an error status (its 404 page)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")


def _break(project: Path) -> str:
    """Give an exam an id that is not valid; return the good text."""
    exams = project / "data" / "exams.yaml"
    text = exams.read_text(encoding="utf-8")
    assert GOOD_ID in text
    exams.write_text(text.replace(GOOD_ID, BAD_ID, 1), encoding="utf-8")
    return text


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


@contextlib.contextmanager
def _mkdocs_serve(project: Path, log_path: Path):
    """The real `mkdocs serve` of `project` on a free port; yields its URL."""
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "KYS_NOW": "2026-12-02 12:00", "PYTHONPATH": str(ROOT)}
    log = log_path.open("w")
    server = subprocess.Popen(
        [str(MKDOCS), "serve", "--dev-addr", f"127.0.0.1:{port}", "--watch", "data"],
        cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


@pytest.fixture
def serving(tmp_path):
    project = copy_project(tmp_path / "project")
    with _mkdocs_serve(project, tmp_path / "serve.log") as url:
        yield project, url, tmp_path / "serve.log"


def test_broken_data_keeps_the_last_good_pages_and_shows_the_problems(serving):
    project, url, log = serving
    exams = url + "tutkimukset/"
    good = _wait_for(exams, lambda page: "Magneettikuvaus" in page)
    assert HEADING_FI not in good

    text = _break(project)
    broken = _wait_for(exams, lambda page: HEADING_FI in page)
    assert "Magneettikuvaus" in broken  # the last good page, not an error or a hanging request
    assert "data/exams.yaml" in broken and "is not a valid id" in broken
    english = _get(url + "en/tutkimukset/")
    assert "The data has problems" in english
    assert log.read_text(encoding="utf-8").count("is not a valid id") == 1  # printed once per save

    (project / "data" / "exams.yaml").write_text(text, encoding="utf-8")
    fixed = _wait_for(exams, lambda page: HEADING_FI not in page)
    assert "Magneettikuvaus" in fixed


def test_starting_on_broken_data_with_no_good_data_shows_the_problems_in_each_language(tmp_path):
    # A copy with no .cache/ and no git: nothing that worked to fall back on.
    project = copy_project(tmp_path / "project")
    good = _break(project)
    log = tmp_path / "serve.log"
    with _mkdocs_serve(project, log) as url:
        finnish = _wait_for(url, lambda page: PROBLEMS_PAGE["fi"] in page)
        english = _get(url + "en/")
        assert PROBLEMS_PAGE["en"] in english and PROBLEMS_PAGE["fi"] not in english
        assert PROBLEMS_PAGE["en"] not in finnish
        for page in (finnish, english):
            assert "data/exams.yaml:" in page and "exams[" in page and "is not a valid id" in page
        # An address with no page yet: the problems in both languages.
        missing = _get(url + "kunnat/varkaus/")
        assert PROBLEMS_PAGE["fi"] in missing and PROBLEMS_PAGE["en"] in missing and "is not a valid id" in missing

        (project / "data" / "exams.yaml").write_text(good, encoding="utf-8")
        fixed = _wait_for(url + "tutkimukset/", lambda page: "Magneettikuvaus" in page)
        assert HEADING_FI not in fixed and PROBLEMS_PAGE["fi"] not in _get(url)
    assert log.read_text(encoding="utf-8").count("Building documentation") == 2  # the fix: one rebuild


def test_a_restart_on_broken_data_serves_the_last_data_that_worked(tmp_path):
    project = copy_project(tmp_path / "project")
    build_site(tmp_path / "site", project / "mkdocs.yml")  # a good build leaves its data in .cache/
    exams = project / "data" / "exams.yaml"
    exams.write_text(exams.read_text(encoding="utf-8").replace("Magneettikuvaus", "Magneettikuvaus (uusi)"), encoding="utf-8")
    _break(project)
    with _mkdocs_serve(project, tmp_path / "serve.log") as url:
        page = _wait_for(url + "tutkimukset/", lambda page: HEADING_FI in page)
        assert "Magneettikuvaus" in page and "Magneettikuvaus (uusi)" not in page  # the data that worked
        assert "is not a valid id" in page


def test_broken_data_with_no_earlier_build_serves_the_committed_data(tmp_path):
    project = copy_project(tmp_path / "project")
    git = ["git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "data"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "data"], cwd=project, check=True)
    _break(project)
    with _mkdocs_serve(project, tmp_path / "serve.log") as url:
        page = _wait_for(url + "tutkimukset/", lambda page: HEADING_FI in page)
        assert "Magneettikuvaus" in page and "is not a valid id" in page
        assert "The data has problems" in _get(url + "en/tutkimukset/")

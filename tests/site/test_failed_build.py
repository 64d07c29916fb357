"""Invalid data stops the real MkDocs build before it touches site/ or writes any page, and
`make check` rejects it first, with the same lines.

Each case edits a copy of the project, then checks it and builds it with MkDocs' own API into
a copy of the last good site. Check and build must fail with the editor's one-line message
(the same lines, so no case passes the check and then fails the build), the build must leave
every file of the old site as it was, and leave docs/ exactly as it was.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort


from kys_rontgen.cli import check

from ..broken_data import CASES, NOW, add_contacts, message_values, prepare
from ..conftest import ROOT, build_site

# Only what a build reads: the package itself is imported from where it is installed.
IGNORED = shutil.ignore_patterns(
    ".venv", ".git", ".cache", "site", ".site-*", "node_modules", "__pycache__", ".pytest_cache", "*.egg-info",
    "tests", "kys_rontgen", "bench", "scripts",
)


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def good_build(tmp_path_factory):
    """A copy of the project (data/ also holds the sample contacts.yaml) and its built site."""
    folder = tmp_path_factory.mktemp("good")
    with pytest.MonkeyPatch.context() as patch:
        add_contacts(patch)
        shutil.copytree(ROOT, folder / "project", ignore=IGNORED)
        prepare(folder / "project" / "data")
        build_site(folder / "site", folder / "project" / "mkdocs.yml")
    return folder


@pytest.fixture
def project(good_build, tmp_path, monkeypatch):
    add_contacts(monkeypatch)
    monkeypatch.setenv("KYS_NOW", NOW.strftime("%Y-%m-%d %H:%M"))
    shutil.copytree(good_build / "project", tmp_path / "project")
    shutil.copytree(good_build / "site", tmp_path / "site")  # the last good site
    return tmp_path / "project"


@pytest.mark.parametrize("case", CASES, ids=[case.kind for case in CASES])
def test_check_and_the_build_reject_broken_data_alike_and_the_last_good_site_survives(case, project, capsys):
    last_good_site = project.parent / "site"
    site_before = snapshot(last_good_site)
    assert "index.html" in site_before and "en/index.html" in site_before
    docs_before = snapshot(project / "docs")
    assert "fi/index.md" in docs_before  # generated pages of the good build

    case.apply(project / "data")
    capsys.readouterr()
    assert check(project, NOW, strict=False) == 1
    checked = capsys.readouterr().out.splitlines()
    with pytest.raises(Abort) as failure:
        build_site(last_good_site, project / "mkdocs.yml")

    expected = case.expected_lines(project / "data", **message_values(case, project / "data"))
    assert [e for e in expected if e not in checked] == []
    assert str(failure.value).splitlines() == [f"The data has {len(checked)} problem(s):", *checked]
    assert "Traceback" not in str(failure.value)
    assert snapshot(last_good_site) == site_before
    assert snapshot(project / "docs") == docs_before


@pytest.mark.parametrize("variable, value, message", [
    ("KYS_NOW", "tomorrow", 'KYS_NOW=\'tomorrow\' is not a date and time; write it as KYS_NOW="2027-01-10 07:00"'),
    # SITE_URL is printed raw by the theme (404 pages, language menu): a quote would be HTML.
    ("SITE_URL", 'https://example.fi/"><script>alert(1)</script>/',
     'SITE_URL=https://example.fi/"><script>alert(1)</script>/ is not a web address; '
     "write it as SITE_URL=https://example.fi/kys-rontgen/ (no quotes, spaces or < >)"),
])
def test_a_bad_setting_stops_the_build_in_one_line_and_the_last_good_site_survives(project, monkeypatch, variable, value, message):
    last_good_site = project.parent / "site"
    site_before = snapshot(last_good_site)
    monkeypatch.setenv(variable, value)
    with pytest.raises(Abort) as failure:
        build_site(last_good_site, project / "mkdocs.yml")
    assert str(failure.value) == message  # one line, naming the setting and the fix
    assert snapshot(last_good_site) == site_before

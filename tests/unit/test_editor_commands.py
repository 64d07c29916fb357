"""`python -m kys_rontgen check|report`: what an editor sees, on copies of the real data."""
from __future__ import annotations

import shutil
import subprocess
import sys
from types import SimpleNamespace

import pytest

from kys_rontgen import dataset as dataset_module
from kys_rontgen.cli import main
from kys_rontgen.report import municipality_gaps

from ..broken_data import CONTACTS_YAML, NOTICE, add_contacts, prepare
from ..conftest import ROOT


@pytest.fixture
def project(tmp_path, monkeypatch):
    """mkdocs.yml and data/ (with the sample contacts.yaml) in a temporary project folder."""
    add_contacts(monkeypatch)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp_path / "data")
    prepare(tmp_path / "data")
    return tmp_path


def _run(project, *args) -> int:
    return main(["--root", str(project), *args])


def test_check_passes_with_a_one_line_summary(project, capsys):
    assert _run(project, "--now", "2026-12-04", "check") == 0
    (out,) = capsys.readouterr().out.splitlines()
    assert out.startswith(f"OK: {len(dataset_module.DATA_FILES)} data files valid in fi, en (")
    assert "8 exams" in out and "19 municipalities" in out and out.endswith(", 2 contacts)")


def test_check_fails_with_one_line_per_problem(project, capsys):
    exams = project / "data/exams.yaml"
    exams.write_text(exams.read_text().replace("  - id: ct\n", "  - id: CT\n"))
    services = project / "data/service.yaml"
    services.write_text(services.read_text().replace('number: "112"', 'number: "12"'))
    assert _run(project, "--now", "2026-12-04", "check") == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("data/exams.yaml:") and "exams[2].id:" in lines[0]
    assert lines[1].startswith("data/service.yaml:") and "phone_channels[0].number:" in lines[1]
    assert "2 problem(s)" in captured.err and "Traceback" not in captured.err


def test_stale_data_warns_in_check_and_fails_in_strict_check(project, capsys):
    # 2028: every `checked` (28.11.2026) is over 12 months old; the sample's review was due 1.11.2027.
    assert _run(project, "--now", "2028-01-01", "check") == 0
    out = capsys.readouterr().out
    assert "warning: data/contacts.yaml:3:1: next_review_due: the review was due on 1.11.2027;" in out
    assert "stale warning(s)" in out.splitlines()[-1]
    assert _run(project, "--now", "2028-01-01", "check", "--strict") == 1
    out = capsys.readouterr().out
    assert any(line.startswith("data/contacts.yaml:3:1: next_review_due: the review was due on 1.11.2027")
               for line in out.splitlines())
    # On the day it was due, it is not yet overdue.
    _run(project, "--now", "2027-11-01", "check", "--strict")
    assert "next_review_due" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("start", "end", "problem"),
    [
        # The editor meant 2026: the notice would show on no page, and check said nothing.
        ("2025-11-20 07:00", "2025-12-24 16:00", "end: is over (it ended on 24.12.2025 16.00), so it shows on no page"),
        ("2062-12-01 07:00", "2062-12-24 16:00", "start: starts on 1.12.2062 7.00, more than a year from now"),
    ],
    ids=["ended a year ago", "starts in 36 years"],
)
def test_a_notice_that_shows_on_no_page_warns_in_check_and_fails_in_strict_check(project, capsys, start, end, problem):
    notice = NOTICE.format(text="Uusi laite.").replace("2026-11-01 07:00", start).replace("2026-12-31 16:00", end)
    (project / "data/notices.yaml").write_text(notice, encoding="utf-8")
    assert _run(project, "--now", "2026-12-04", "check") == 0
    assert any(line.startswith("warning: data/notices.yaml:") and problem in line
               for line in capsys.readouterr().out.splitlines())
    assert _run(project, "--now", "2026-12-04", "check", "--strict") == 1
    assert problem in capsys.readouterr().out


def test_an_opening_hours_exception_that_is_over_warns(project, capsys):
    # The sample's Christmas closure is 24.–26.12.2026.
    assert _run(project, "--now", "2026-12-26", "check", "--strict") == 0
    capsys.readouterr()
    assert _run(project, "--now", "2026-12-27", "check") == 0
    assert ("warning: data/contacts.yaml:21:11: contacts[0].opening_hours.exceptions[0].valid_to: is over "
            "(it ended on 26.12.2026), so it shows on no page") in capsys.readouterr().out


def _section(sections: dict[str, str], title: str) -> str:
    (lines,) = [lines for heading, lines in sections.items() if heading.startswith(title)]
    return lines


def test_report_lists_what_is_missing_or_stale(project, capsys):
    exams = project / "data/exams.yaml"
    exams.write_text(exams.read_text().replace("      en: MRI scan\n", ""))
    assert _run(project, "--now", "2028-01-01", "report") == 0
    report = capsys.readouterr().out
    sections = dict(part.split("\n", 1) for part in report.split("\n\n")[1:] if part.strip())
    name_line = [i for i, line in enumerate(exams.read_text().splitlines(), 1) if line == "  - id: mri"][0] + 1
    assert f"data/exams.yaml:{name_line}:5: exams[1].name: has no text in en" in _section(sections, "Texts missing in a configured language (1)")
    assert "data/contacts.yaml:3:1: next_review_due" in _section(sections, "Pages past their next review date")
    stale = _section(sections, "Facts checked more than 12 months ago")
    assert "data/service.yaml:7:1: checked: was checked on 28.11.2026" in stale
    missing = _section(sections, "Facts recorded as not known (missing) (2)")
    email_line = [i for i, line in enumerate(CONTACTS_YAML.splitlines(), 1) if line == "    email:"][0]
    assert f"data/contacts.yaml:{email_line}: contacts[1].email: Not published on the county's pages (looked 28.11.2026)" in missing
    # The real data records the accessibility feedback address as not published.
    statement = (project / "data/accessibility.yaml").read_text().splitlines()
    feedback_line = statement.index("  email:") + 1
    assert f"data/accessibility.yaml:{feedback_line}: feedback.email: No public e-mail address" in missing


def test_report_refuses_invalid_data(project, capsys):
    exams = project / "data/exams.yaml"
    exams.write_text(exams.read_text().replace("  - id: ct\n", "  - id: CT\n"))
    assert _run(project, "report") == 1
    assert "exams[2].id" in capsys.readouterr().out


def _location(id, **facts):
    return SimpleNamespace(id=id, name={"fi": id.title()}, **{"phones": [], "address": None, "opening_hours": None, **facts})


def test_report_follows_municipalities_to_their_health_centres():
    hours = SimpleNamespace(standard=[SimpleNamespace(days=["mo"], opens="8.00", closes="15.00")])
    dataset = SimpleNamespace(
        municipalities=SimpleNamespace(municipalities=[
            SimpleNamespace(name=SimpleNamespace(fi="Kuopio"), health_centres=["a", "b"]),
            SimpleNamespace(name=SimpleNamespace(fi="Kaavi"), health_centres=["c"]),
            SimpleNamespace(name=SimpleNamespace(fi="Tervo"), health_centres=[]),
        ]),
        locations=SimpleNamespace(locations=[
            _location("a", phones=["017 123 4567"]),
            _location("b", address=SimpleNamespace(street="Tie 1"), opening_hours=hours),
            _location("c", address=SimpleNamespace(street="Tie 2"), opening_hours=SimpleNamespace(standard=[])),
        ]),
    )
    assert municipality_gaps(dataset) == [
        "Kaavi: no phone number, no opening hours (C)",
        "Tervo: no health centre recorded",
    ]


def test_check_answers_without_importing_mkdocs():
    code = (
        "import sys; from kys_rontgen.cli import main; code = main(['--root', sys.argv[1], 'check']);"
        "assert not any(m.split('.')[0] in {'mkdocs', 'material', 'mkdocs_static_i18n'} for m in sys.modules), 'mkdocs imported';"
        "sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")


def test_a_value_with_terminal_escapes_is_quoted_visibly_in_check(project, capsys):
    # ESC [2K erases the line on a terminal; the rest would print a fake "OK" in its place.
    services = project / "data/service.yaml"
    services.write_text(services.read_text().replace('number: "116117"', r'number: "017\e[2K\rOK: all valid"'))
    assert _run(project, "--now", "2026-12-04", "check") == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\r" not in out
    assert r'"017\x1b[2K\x0dOK: all valid"' in out


@pytest.mark.parametrize("command", [["check"], ["report"], ["import-ptv", "x.json"]])
def test_a_folder_without_mkdocs_yml_is_one_line_not_a_traceback(tmp_path, capsys, command):
    assert main(["--root", str(tmp_path), *command]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{tmp_path} is not the site's folder (it has no mkdocs.yml); run the command in the folder that has "
        "mkdocs.yml, or name that folder with --root"]

"""Data errors name the file, line, column and field, and all are reported at once."""
from __future__ import annotations

import shutil

import pytest

from kys_rontgen.dataset import load_dataset
from kys_rontgen.languages import configured_languages
from kys_rontgen.validation import DataErrors

from ..conftest import ROOT

LANGUAGES = configured_languages(ROOT / "mkdocs.yml")


@pytest.fixture
def data_dir(tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    return tmp_path / "data"


def _errors(data_dir):
    with pytest.raises(DataErrors) as caught:
        load_dataset(data_dir, LANGUAGES, data_dir.parent)
    return [str(e) for e in caught.value.errors]


def _replace(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path, needle):
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_real_data_is_valid():
    load_dataset(ROOT / "data", LANGUAGES, ROOT)


def test_missing_translation_names_file_line_field_and_fix(data_dir):
    service = data_dir / "service.yaml"
    _replace(service, "  en: KYS Röntgen\n", "")
    line = _line_of(service, "fi: KYS Röntgen")
    assert _errors(data_dir) == [
        f"data/service.yaml:{line - 1}:1: name: has no text in en; add `en: …` beside the other languages"
    ]


def test_several_problems_in_several_files_are_reported_together_in_file_order(data_dir):
    _replace(data_dir / "municipalities.yaml", 'code: "140"', 'code: "14"')
    _replace(data_dir / "exams.yaml", "  - id: mri\n", "  - id: mri\n    colour: red\n")
    errors = _errors(data_dir)
    assert len(errors) == 2
    assert errors[0].startswith("data/exams.yaml:") and "exams[1].colour: is not a known field" in errors[0]
    line = _line_of(data_dir / "municipalities.yaml", 'code: "14"')
    assert errors[1].startswith(f"data/municipalities.yaml:{line}:") and "municipalities[0].code" in errors[1]


def test_yaml_syntax_error_gives_its_line(data_dir):
    _replace(data_dir / "labels.yaml", "exams_heading:\n", "exams_heading: [\n")
    (error,) = _errors(data_dir)
    assert error.startswith("data/labels.yaml:") and "YAML syntax" in error


def test_html_in_a_text_is_rejected(data_dir):
    _replace(data_dir / "service.yaml", "  en: KYS Röntgen\n", "  en: <script>alert(1)</script>\n")
    (error,) = _errors(data_dir)
    assert "name.en: contains HTML or a script" in error

"""The JSON Schemas in schemas/ match the models, accept the real data and reject broken data."""
from __future__ import annotations

import json
import shutil

import jsonschema
import pytest

from kys_rontgen.dataset import DATA_FILES
from kys_rontgen.languages import configured_languages
from kys_rontgen.schemas import model_schema, outdated_schemas, schema_name
from kys_rontgen.validation import field_path
from kys_rontgen.yaml_source import load_yaml

from ..broken_data import CASES, Contacts, prepare
from ..conftest import ROOT

LANGUAGES = [lang.code for lang in configured_languages(ROOT / "mkdocs.yml")]

# What a static schema can express; duplicates, references, dates in the future and the
# order of two times are checked by `make check` only.
SCHEMA_KINDS = {
    "unknown field, misspelt", "unknown field, no near name", "missing field", "number where text is needed",
    "list where text is needed", "text where a list is needed", "missing translation", "empty translation",
    "unconfigured language", "html in a text", "script link in a text", "id with capitals and spaces",
    "municipality code of two digits", "source without https://", "impossible date", "date in Finnish format",
    "invalid e-mail address", "web page over http", "not a weekday", "not a time of day", "a time without quotes",
    "a source address of 2,000 characters",
}


def _schema_for(name: str) -> dict:
    if name == "contacts.yaml":  # the sample file's model is not a data file: export its schema here
        return model_schema(Contacts, LANGUAGES, "contacts")
    return jsonschema_from_file(name)


def jsonschema_from_file(name: str) -> dict:
    return json.loads((ROOT / "schemas" / schema_name(name)).read_text(encoding="utf-8"))


def _problems(schema: dict, data) -> list[jsonschema.ValidationError]:
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return list(validator.iter_errors(data))


def test_committed_schemas_are_up_to_date_with_the_models():
    assert outdated_schemas(ROOT) == [], "run `make schemas` and commit schemas/"


@pytest.mark.parametrize("name", list(DATA_FILES))
def test_each_data_file_names_its_schema_on_its_first_line(name):
    first = (ROOT / "data" / name).read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{schema_name(name)}"


@pytest.mark.parametrize("name", list(DATA_FILES))
def test_real_data_is_valid_against_its_schema(name):
    assert _problems(jsonschema_from_file(name), load_yaml(ROOT / "data" / name).data) == []


def test_schemas_require_every_configured_language():
    schema = jsonschema_from_file("exams.yaml")
    name = schema["$defs"]["Exam"]["properties"]["name"]
    assert name["required"] == LANGUAGES and name["additionalProperties"] is False


@pytest.mark.parametrize("case", [c for c in CASES if c.kind in SCHEMA_KINDS], ids=lambda c: c.kind)
def test_schema_rejects_broken_data_at_its_place(case, tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    prepare(tmp_path / "data")
    case.apply(tmp_path / "data")
    problems = _problems(_schema_for(case.file), load_yaml(tmp_path / "data" / case.file).data)
    assert problems, f"{case.kind}: the schema accepted it"
    places = {field_path(tuple(p.absolute_path)) for p in problems}
    # The schema points at the field, or at the record that lacks or has too many fields.
    assert any(case.field == place or case.field.startswith(place + ".") or case.field.startswith(place + "[")
               for place in places), (case.field, places)


def test_kinds_the_schema_checks_exist():
    assert SCHEMA_KINDS <= {c.kind for c in CASES}

"""JSON Schemas of the data files, exported from the models into schemas/<file>.schema.json.

Each YAML file names its schema on its first line, so an editor's IDE (VS Code with the
YAML extension) completes field names and underlines mistakes while typing. The
configured languages are written into every translatable text, so the IDE also flags a
missing translation. `python -m kys_rontgen schemas` rewrites them; a test fails when the
committed ones differ from the models.
"""
from __future__ import annotations

import json
from pathlib import Path

from .dataset import DATA_FILES
from .languages import configured_languages

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _localize(node, languages: list[str]):
    """Turn every `x-localized` text map into an object requiring each configured language."""
    if isinstance(node, list):
        return [_localize(item, languages) for item in node]
    if not isinstance(node, dict):
        return node
    if node.get("x-localized"):
        text = _localize(node.get("additionalProperties", {"type": "string"}), languages)
        return {
            "type": "object",
            "description": f"The same text in every language of the site: {', '.join(languages)}.",
            "properties": {lang: text for lang in languages},
            "required": list(languages),
            "additionalProperties": False,
        }
    return {key: _localize(value, languages) for key, value in node.items()}


def schema_name(data_file: str) -> str:
    return data_file.removesuffix(".yaml") + ".schema.json"


def model_schema(model, languages: list[str], title: str) -> dict:
    return {"$schema": DIALECT, **_localize(model.model_json_schema(), languages), "title": title}


def json_schemas(languages: list[str]) -> dict[str, dict]:
    """{"service.schema.json": {...}, ...}: one schema per data file."""
    return {
        schema_name(data_file): model_schema(model, languages, f"data/{data_file}")
        for data_file, model in DATA_FILES.items()
    }


def render(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _expected(root: Path) -> dict[str, str]:
    languages = [lang.code for lang in configured_languages(root / "mkdocs.yml")]
    return {name: render(schema) for name, schema in json_schemas(languages).items()}


def outdated_schemas(root: Path) -> list[str]:
    """Schema files that are missing or differ from what the models produce now."""
    folder = root / "schemas"
    return [
        name
        for name, text in _expected(root).items()
        if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write_schemas(root: Path) -> list[str]:
    """Write schemas/ from the models; return the files that changed."""
    folder = root / "schemas"
    folder.mkdir(exist_ok=True)
    changed = outdated_schemas(root)
    for name, text in _expected(root).items():
        if name in changed:
            (folder / name).write_text(text, encoding="utf-8")
    return changed

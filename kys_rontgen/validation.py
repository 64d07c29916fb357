"""Validate a parsed YAML file against its model and explain each problem to an editor.

Each problem becomes one DataError: file, line, column, field path, what is wrong and
how to fix it. All problems of all files are collected before anything is reported.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from .yaml_source import Loc, YamlSource

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True, order=True)
class DataError:
    file: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class DataErrors(Exception):
    """Raised with every problem found; str() is the report an editor reads."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


def field_path(loc: Loc) -> str:
    """('municipalities', 5, 'phones', 0) -> 'municipalities[5].phones[0]'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _explain(error: dict, model: type[BaseModel]) -> str:
    """Pydantic's message, reworded where an editor needs to know the fix."""
    kind = error["type"]
    if kind == "missing":
        return "is missing; add this field"
    if kind == "extra_forbidden":
        return "is not a known field; check its spelling or remove it (see the schema in schemas/)"
    if kind == "string_pattern_mismatch":
        return f"{error['input']!r} has the wrong form; it must match {error['ctx']['pattern']}"
    if kind in {"string_type", "int_type", "list_type", "dict_type", "model_type", "date_type", "date_from_datetime_parsing", "date_parsing"}:
        return f"{error['msg'].lower()}, got {error['input']!r}"
    return error["msg"][0].lower() + error["msg"][1:] if error["msg"] else kind


def _loc_in_file(loc: tuple) -> Loc:
    # Pydantic adds tagged-union and validator names to a location; keep only data keys.
    return tuple(p for p in loc if isinstance(p, int) or not str(p).startswith("function-"))


def validate(source: YamlSource, model: type[M], context: dict) -> tuple[M | None, list[DataError]]:
    """Return the validated model, or None and the problems found in this file."""
    try:
        return model.model_validate(source.data, context=context), []
    except ValidationError as failure:
        errors = []
        for error in failure.errors(include_url=False):
            loc = _loc_in_file(error["loc"])
            if model.__pydantic_root_model__ and loc and loc[0] == "root":
                loc = loc[1:]
            line, column = source.position(loc)
            errors.append(DataError(str(source.path), line, column, field_path(loc), _explain(error, model)))
        return None, errors


def relative(path: Path, root: Path) -> Path:
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError:
        return path

"""What every data record and field type is built on.

Field names follow the Suomi.fi service catalogue (PTV) where one fits, so that the data
could later be synchronised with the national catalogue. Every validator raises
`PydanticCustomError(kind, "<what is wrong>; <how to fix>")`: validation.py turns it into
the one line an editor reads. `located(...)` puts a `loc` in the error's context that points
at a field below the validated record (`closes` when it is not after `opens`), so the line
shown is the one to change. `JsonSchema` states each rule for the exported JSON Schema.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

# A date or time the site shows outside these years is a typing mistake (year 1 or 9999 also
# breaks the feeds and the structured data).
YEARS = range(2000, 2101)


class Strict(BaseModel):
    """Base of every data record: unknown fields are errors (a typo must not vanish).

    True/false and whole-number fields are StrictBool and StrictInt: pydantic's default would read
    `children: 'yes'`, `children: 1` or `min: "30"` as true and 30, so a quoted or mistyped value
    would pass as something the editor did not write. (Not strict for the whole model: dates and
    times arrive as text from data/ptv.yaml and are parsed on purpose.)"""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class JsonSchema:
    """Annotation metadata: what the exported JSON Schema says about a value.

    Our checks are Python functions, which pydantic cannot export; this states the same rule
    for the editor's IDE (schemas/). `{"x-localized": True}` is filled in with the configured
    languages by kys_rontgen/schemas.py.
    """

    extra: dict
    replace: bool = False  # True: the schema is exactly `extra` (the value is not a plain string)

    def __hash__(self) -> int:
        return id(self)

    def __get_pydantic_json_schema__(self, core_schema, handler):
        if self.replace:
            return dict(self.extra)
        schema = handler(core_schema)
        schema.update(self.extra)
        return schema


def located(kind: str, message: str, at: tuple = (), **context: Any) -> PydanticCustomError:
    """An editor-facing error that points `at` a field below the value being validated."""
    return PydanticCustomError(kind, message, {**context, "loc": tuple(at)})


def checked_text(regex: str, kind: str, message: str, json_pattern: str | None = None):
    """A text that must match `regex`, with an editor's message instead of the regex."""
    compiled = re.compile(regex)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise PydanticCustomError(kind, message, {"value": value})
        return value

    return Annotated[str, AfterValidator(check), JsonSchema({"pattern": json_pattern or f"^(?:{regex})$"})]


def other_digit(value: str) -> str | None:
    """The first digit of `value` that is not one of 0–9 (Arabic-Indic "٢", full-width "２"…), or None."""
    if value.isascii():
        return None
    return next((c for c in value if c.isdecimal() and not c.isascii()), None)


def ascii_digits(value: str) -> str:
    """A phone number, time or street address in the digits 0–9: the page may show another
    script's digits, but diallers, importers and the open data read them as something else."""
    if digit := other_digit(value):
        raise PydanticCustomError(
            "other_digits",
            'has "{digit}" (U+{code} {name}), a digit of another script, which a phone, an importer or the open '
            "data does not read as {plain}; write the digits 0–9",
            {"digit": digit, "code": f"{ord(digit):04X}", "name": unicodedata.name(digit, "digit").lower(),
             "plain": unicodedata.decimal(digit)},
        )
    return value

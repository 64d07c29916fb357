"""Validate a parsed YAML file against its model and explain each problem to an editor.

Each problem becomes one DataError: file, line, column, field path, what is wrong and
how to fix it. All problems of all files are collected before anything is reported.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .languages import Language, left_to_right
from .model.walk import field_names_at
from .yaml_source import Loc, YamlSource, control_character_problem

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
        line = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return visible(line)


# An editor's value quoted in a message must not move the terminal's cursor, erase lines
# (ESC [2K) or reverse text (U+202E) in make check's output: what Python cannot print is escaped.
def visible(text: str) -> str:
    """`text` with every invisible character written as its escape (\\x1b, \\u202e), on one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else
                   (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}")
                   for c in text)


class DataErrors(Exception):
    """Raised with every problem found; str() is the report an editor reads."""

    def __init__(self, errors: list[DataError]):
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


def field_path(loc: Loc) -> str:
    """('municipalities', 5, 'phones', 0) -> 'municipalities[5].phones[0]'."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f'"{value}"' if isinstance(value, str) else str(value)


def _wrong_type(error: dict) -> str:
    value = error["input"]
    kind = error["type"]
    if value is None:
        return _empty(error.get("_written", ""))
    if kind == "string_type":
        if isinstance(value, (int, float, bool, date)):
            written = error.get("_written", value)  # 091, not the 91 YAML made of it
            return f'is {written}, which YAML reads as a number, date or true/false; put it in quotes: "{written}"'
        return f"must be a single text, not {_shown(value)}; write the text after the colon"
    if kind in {"list_type", "tuple_type"}:
        return f'must be a list, got {_shown(value)}; write each item on its own line starting with "- "'
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return f"must be a block of fields (field: value on indented lines below it), got {_shown(value)}"
    if kind in {"bool_type", "bool_parsing"}:
        return f"must be true or false, got {_shown(value)}"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{_shown(value)} is not a valid date; write it as YYYY-MM-DD, e.g. 2026-11-28"
    if kind.startswith("int") or kind.startswith("float"):
        return f"must be a number, got {_shown(value)}"
    return f"{error['msg'][0].lower()}{error['msg'][1:]}, got {_shown(value)}"


def _empty(written: str) -> str:
    if written.startswith("#"):  # `fi: # Otsikko`: YAML reads a value starting with # as a comment
        return (f'is empty: YAML reads "{written[:40]}" as a comment, since a value may not start with #; '
                f"put the text in quotes: \"{written[:40]}\"")
    return "is empty; write a value after the colon or remove the field"


_TYPE_KINDS = {
    "string_type", "list_type", "tuple_type", "dict_type", "model_type", "model_attributes_type",
    "bool_type", "bool_parsing", "int_type", "int_parsing", "float_type", "float_parsing",
    "date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "none_required",
}


def _editor_message(error: dict, model: type[BaseModel], loc: Loc) -> str:
    """Pydantic's message, reworded where an editor needs to know the fix."""
    kind = error["type"]
    if kind == "missing":
        return "is missing; add this field"
    if kind == "extra_forbidden":
        known = field_names_at(model, loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), sorted(known), n=1, cutoff=0.5)
        if close:
            return f'is not a known field; did you mean "{close[0]}"? Correct the spelling or remove it'
        listed = ", ".join(sorted(known)) or "none"
        return f"is not a known field; remove it or use one of: {listed}"
    if kind in _TYPE_KINDS:
        return _wrong_type(error)
    if kind == "literal_error":
        return f"{_shown(error['input'])} is not allowed; write {error['ctx']['expected']}"
    if kind == "too_short":
        return "must not be empty; add at least one item"
    if kind == "string_pattern_mismatch":
        return f"{_shown(error['input'])} has the wrong form; it must match {error['ctx']['pattern']}"
    message = error["msg"].removeprefix("Value error, ")
    return message[0].lower() + message[1:] if message else kind


def _loc_in_data(loc: tuple, data: Any, kind: str) -> Loc:
    """Keep only the parts of pydantic's location that exist in the YAML.

    Pydantic adds union members, validator and tag names ('function-after[...]', 'str',
    'known'); following the data drops them. A missing field's own name is kept.
    """
    kept: list = []
    for index, part in enumerate(loc):
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        elif index == len(loc) - 1 and kind == "missing" and isinstance(part, str) and isinstance(data, dict):
            pass
        else:
            continue
        kept.append(part)
    return tuple(kept)


def _one_per_place(errors: list[dict]) -> list[dict]:
    # A value that fits no member of a union gets one error per member; "not a list" beside
    # "not a valid web address" is noise, so a type mismatch yields to a specific problem.
    # The specific problem may be inside the value: one bad URL in a list of sources is that
    # URL's problem, not "must be a single text" about the list.
    specific = {e["_loc"] for e in errors if e["type"] not in _TYPE_KINDS}

    def explained(loc) -> bool:
        return any(place[: len(loc)] == loc for place in specific)

    return [e for e in errors if e["type"] not in _TYPE_KINDS or not explained(e["_loc"])]


def validate(source: YamlSource, model: type[M], context: dict) -> tuple[M | None, list[DataError]]:
    """Return the validated model, or None and the problems found in this file."""
    if source.data is None:
        return None, [DataError(str(source.path), 1, 1, "", "the file is empty; restore it from git")]
    try:
        return model.model_validate(source.data, context=context), []
    except ValidationError as failure:
        raw = failure.errors(include_url=False)
    for error in raw:
        loc = _loc_in_data(error["loc"], source.data, error["type"])
        ctx = error.get("ctx") or {}
        error["_loc"] = loc + tuple(ctx.get("loc", ()))
    errors = []
    for error in _one_per_place(raw):
        loc = error["_loc"]
        offset = (error.get("ctx") or {}).get("text_offset")  # a problem's place inside a text (model/texts.py)
        line, column = (source.position_in_text(loc, error["input"], offset) if offset is not None
                        and isinstance(error["input"], str) else source.position(loc))
        if loc in source.written:
            error["_written"] = source.written[loc]
        message = _editor_message(error, model, loc)
        see = (error.get("ctx") or {}).get("see")
        if see is not None:  # the first of two duplicates: `see` is its place in the same list
            other = _loc_in_data(error["loc"][: -len(see)] + tuple(see), source.data, "")
            what, _, fix = message.partition("; ")
            message = f"{what} (also on line {source.position(other)[0]}); {fix}"
        errors.append(DataError(str(source.path), line, column, field_path(loc), message))
    return None, errors


def nearest(value: str, known) -> str | None:
    """The known value closest to a misspelt one, for an error's "did you mean" (None if none is close)."""
    close = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


# Characters no page, feed or calendar can carry (XML 1.0 forbids them; HTML shows them as
# boxes or not at all): C0 and C1 controls but tab and line breaks, lone surrogates, noncharacters.
# YAML lets "\x07" or "\ud800" in a quoted text make them; copied text sometimes brings them.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _texts(value: Any, loc: Loc = ()):
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, loc + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, loc + (index,))


def unprintable_errors(source: YamlSource) -> list[DataError]:
    """One error for each text of the file that holds a character no page can show."""
    errors = []
    for loc, text in _texts(source.data):
        found = _UNPRINTABLE.search(text)
        if found:
            line, column = source.position(loc)
            errors.append(DataError(
                str(source.path), line, column, field_path(loc),
                control_character_problem(found.group())))
    return errors


def right_to_left_letter(text: str) -> str | None:
    """The first letter of `text` of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…:
    Unicode's bidi class R or AL), or None."""
    if text.isascii():
        return None
    return next((c for c in text if unicodedata.bidirectional(c) in ("R", "AL")), None)


def right_to_left_errors(source: YamlSource, languages: list[Language]) -> list[DataError]:
    """One error for each text holding a right-to-left letter while every language of the site is
    written left to right: beside such a letter the browser shows the digits and words around it in
    another order ("017 123 4567" reads "4567 123 017"), with no control character to see."""
    if not left_to_right(languages):
        return []
    codes = ", ".join(language.code for language in languages)
    errors = []
    for loc, text in _texts(source.data):
        if letter := right_to_left_letter(text):
            line, column = source.position(loc)
            errors.append(DataError(
                str(source.path), line, column, field_path(loc),
                f'has "{letter}" (U+{ord(letter):04X} {unicodedata.name(letter, "letter").lower()}), a letter of a '
                "right-to-left script, which makes the page show the words and digits beside it in another order "
                f"(a phone number next to it reads backwards); the site's languages ({codes}) are written left to "
                "right: remove it, or write the word in Latin letters"))
    return errors


def relative(path: Path, root: Path) -> Path:
    try:
        return path.resolve().relative_to(root.resolve())
    except ValueError:
        return path

"""Identifiers of records, references from one data file to another, and uniqueness in a list."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from .base import checked_text

Slug = checked_text(
    r"[a-z0-9]+(-[a-z0-9]+)*",
    "slug",
    '"{value}" is not a valid id; use lowercase a–z, digits and single hyphens, e.g. native-xray',
)

MunicipalityCode = checked_text(
    r"[0-9]{3}",
    "municipality_code",
    '"{value}" is not a municipality code; write the three-digit Statistics Finland code in quotes, e.g. "297"',
)


def _attribute(item: Any, path: str) -> Any:
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else getattr(item, part, None)
    return item


def _repeats(values: list, key=None):
    """(index, index of its first copy, value) for each value that came before in `values` (compared
    by `key(value)` when given); None never repeats."""
    first: dict = {}
    for index, value in enumerate(values):
        if value is None:
            continue
        same = key(value) if key else value
        if same in first:
            yield index, first[same], value
        else:
            first[same] = index


def unique_by(*keys: str | tuple[str, str, str]) -> AfterValidator:
    """Annotation for a list of records: no two items share a value of any of `keys`.

    A key is an attribute path ("id", "code", "name.fi"), or for a derived value such as a
    page name made from a name, (property, field to point at, what to call it):
    `Annotated[list[Municipality], unique_by("code", ("slug", "name.fi", "page name"))]`.
    Every copy is reported at its own line, with the line of the first one.
    """
    rules = [(key, key, key) if isinstance(key, str) else key for key in keys]

    def check(items: list) -> list:
        problems = []
        for key, shown, what in rules:
            at = tuple(shown.split("."))
            for index, first, value in _repeats([_attribute(item, key) for item in items]):
                problems.append(InitErrorDetails(
                    type=PydanticCustomError(
                        "duplicate",
                        '"{value}" is used twice; give each one its own {what}',
                        {"value": value, "what": what, "see": (first, *at)},
                    ),
                    loc=(index, *at),
                    input=value,
                ))
        if problems:
            # Raised from a validator, a ValidationError keeps each problem's own location.
            raise ValidationError.from_exception_data("duplicates", problems)
        return items

    return AfterValidator(check)


def listed_once(what: str, key=None) -> AfterValidator:
    """Annotation for a list of plain values (ids): each is listed once. A place named twice
    under a municipality would show twice on its page, and the second copy hides a place the
    editor meant to write; both lines are named. `key`: what makes two values the same (a
    name's search key: "Nilsiä" and "nilsia" are one place to the finder)."""

    def check(items: list) -> list:
        problems = [
            InitErrorDetails(
                type=PydanticCustomError(
                    "listed_twice",
                    '"{value}" is listed twice in this list; keep one and remove the other, or correct the {what}',
                    {"value": value, "what": what, "see": (first,)},
                ),
                loc=(index,),
                input=value,
            )
            for index, first, value in _repeats(items, key)
        ]
        if problems:
            raise ValidationError.from_exception_data("listed twice", problems)
        return items

    return AfterValidator(check)


@dataclass(frozen=True)
class Reference:
    """Annotation: the value names a record in another data file (checked in dataset.py)."""

    file: str  # "locations.yaml"
    collection: str  # the top-level list in it: "locations"
    key: str  # the field that identifies a record: "id"


LocationRef = Annotated[Slug, Reference("locations.yaml", "locations", "id")]
ExamRef = Annotated[Slug, Reference("exams.yaml", "exams", "id")]
MunicipalityRef = Annotated[MunicipalityCode, Reference("municipalities.yaml", "municipalities", "code")]

"""data/notices.yaml: time-bound notices (disruptions, holiday hours, a scanner replaced).

Times are wall-clock Finnish time (Europe/Helsinki, summer time included), as an editor
reads them on a calendar. A notice names where it shows: every page, one location or one
exam (dataset.py checks that the id exists).
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BeforeValidator, StrictBool, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..clock import finnish, parse_finnish_time
from .base import YEARS, JsonSchema, Strict
from .identifiers import ExamRef, LocationRef, Slug, unique_by
from .texts import Localized, LocalizedLine


def finnish_time(value: object) -> datetime:
    """'2027-01-10 07:00' (Finnish wall-clock time) -> an aware datetime."""
    if isinstance(value, str):
        try:
            parsed = parse_finnish_time(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.year not in YEARS:
            raise PydanticCustomError(
                "finnish_time_year", '"{value}" is in the year {year}; a notice must start and end between the years {first} and {last}: check the year',
                {"value": value, "year": parsed.year, "first": YEARS.start, "last": YEARS.stop - 1},
            )
        if parsed is None:
            raise PydanticCustomError(
                "finnish_time", '"{value}" is not a date and time; write it as 2027-01-10 07:00 (Finnish time)',
                {"value": value},
            )
        return parsed
    if not isinstance(value, datetime):
        raise PydanticCustomError(
            "finnish_time", "needs a date and a time; write it as 2027-01-10 07:00 (Finnish time)"
        )
    return finnish(value)


FinnishTime = Annotated[datetime, BeforeValidator(finnish_time), JsonSchema(
    {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", "description": "Finnish time: 2027-01-10 07:00"},
    replace=True,
)]


class Placement(Strict):
    """Where a notice shows: `all`, or `exam: <id>`, or `location: <id>`."""

    all: StrictBool = False
    exam: ExamRef | None = None
    location: LocationRef | None = None

    @model_validator(mode="before")
    @classmethod
    def _word_all(cls, value: object) -> object:
        if value == "all":
            return {"all": True}
        if isinstance(value, str):
            raise PydanticCustomError(
                "shows_on", '"{value}" is not a place; write `all`, or `exam: <id>`, or `location: <id>`',
                {"value": value},
            )
        return value

    @model_validator(mode="after")
    def _exactly_one(self) -> Placement:
        if self.all + (self.exam is not None) + (self.location is not None) != 1:
            raise PydanticCustomError(
                "shows_on", "name exactly one place: `all`, or `exam: <id>`, or `location: <id>`"
            )
        return self


class Notice(Strict):
    id: Slug
    start: FinnishTime  # shows from this moment...
    end: FinnishTime  # ...until this one (gone on the first build after it)
    severity: Literal["info", "warning"]  # warning: something does not work as usual
    shows_on: Placement
    title: LocalizedLine
    text: Localized

    @field_validator("end")
    @classmethod
    def _after_start(cls, end: datetime, info: ValidationInfo) -> datetime:
        start = info.data.get("start")
        if start is not None and end <= start:
            raise PydanticCustomError("window", "is not after `start`; a notice must end after it starts")
        return end

    def is_active(self, now: datetime) -> bool:
        return self.start <= now < self.end

    def shows_on_page(self, exam: str | None, locations: list[str]) -> bool:
        where = self.shows_on
        return where.all or (where.exam is not None and where.exam == exam) or where.location in locations


class Notices(Strict):
    notices: Annotated[list[Notice], unique_by("id")]

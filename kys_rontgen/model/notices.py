"""data/notices.yaml: time-bound notices (disruptions, holiday hours, a scanner replaced).

Times are wall-clock Finnish time (Europe/Helsinki, summer time included), as an editor
reads them on a calendar. A notice names where it shows: every page, one location or one
exam (dataset.py checks that the id exists).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Annotated, Literal

from pydantic import BeforeValidator, StrictBool, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..clock import HELSINKI, finnish, parse_finnish_time
from .base import YEARS, JsonSchema, Strict
from .identifiers import ExamRef, LocationRef, Slug, unique_by
from .texts import Localized, LocalizedNoticeTitle


def _in_finnish_time(value: object, parsed: datetime) -> datetime:
    """A time written with a zone (2026-12-01T07:00:00+09:00) must be Finnish time: the field is read
    as Finnish time everywhere, so another zone moves the notice by hours without showing it."""
    if parsed.tzinfo is None:
        local = parsed.replace(tzinfo=HELSINKI)
        # 3.00–3.59 on the last Sunday of March is not a time on Finnish clocks (they go from 3.00
        # to 4.00): zoneinfo would quietly read it as an hour earlier or later.
        if local.astimezone(timezone.utc).astimezone(HELSINKI).replace(tzinfo=None) != parsed:
            raise PydanticCustomError(
                "finnish_time_gap",
                '"{value}" is not a time on Finnish clocks: they go forward from 3.00 to 4.00 that night; write '
                "04:00 or later, or a time before 03:00", {"value": str(value)},
            )
        return local
    if parsed.utcoffset() == parsed.replace(tzinfo=HELSINKI).utcoffset():
        return finnish(parsed)
    raise PydanticCustomError(
        "finnish_time_zone",
        '"{value}" is in the time zone {offset}, not in Finnish time; write the Finnish time without a zone: '
        "{finnish} is the same moment", {"value": str(value), "offset": parsed.strftime("%z")[:3] + ":" + parsed.strftime("%z")[3:],
                          "finnish": parsed.astimezone(HELSINKI).strftime("%Y-%m-%d %H:%M")},
    )


def finnish_time(value: object) -> datetime:
    """'2027-01-10 07:00' (Finnish wall-clock time) -> an aware datetime."""
    if isinstance(value, datetime):
        return _in_finnish_time(value, value)
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
        return _in_finnish_time(value, datetime.fromisoformat(value.strip()))
    raise PydanticCustomError(
        "finnish_time", "needs a date and a time; write it as 2027-01-10 07:00 (Finnish time)"
    )


FinnishTime = Annotated[datetime, BeforeValidator(finnish_time), JsonSchema(
    {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}", "description": "Finnish time: 2027-01-10 07:00"},
    replace=True,
)]


LONGEST_NOTICE = timedelta(days=366)


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
    title: LocalizedNoticeTitle
    text: Localized

    @field_validator("end")
    @classmethod
    def _after_start(cls, end: datetime, info: ValidationInfo) -> datetime:
        start = info.data.get("start")
        if start is not None and end <= start:
            raise PydanticCustomError("window", "is not after `start`; a notice must end after it starts")
        if start is not None and end - start > LONGEST_NOTICE:
            # On every page it names for longer than that, it is no longer news: a typo in a year
            # (2036 for 2026) put one on every page for ten years.
            raise PydanticCustomError(
                "notice_length",
                "makes the notice show for {days} days; a notice shows at most a year: check the year, or put a "
                "lasting change into the page's own data", {"days": (end - start).days})
        return end

    def is_active(self, now: datetime) -> bool:
        return self.start <= now < self.end

    def shows_on_page(self, exam: str | None, locations: list[str]) -> bool:
        where = self.shows_on
        return where.all or (where.exam is not None and where.exam == exam) or where.location in locations


class Notices(Strict):
    notices: Annotated[list[Notice], unique_by("id")]
